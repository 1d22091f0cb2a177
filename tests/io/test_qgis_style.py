"""The QGIS and SLD styles of the plots layer: what QGIS and an OGC client will show."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.io.qgis_style import (
    OTHER_CATEGORY,
    ROLE_CATEGORIES,
    StyleCategory,
    hex_of,
    plots_qml,
    plots_sld,
    rgba_of,
)

SE = "{http://www.opengis.net/se}"
OGC = "{http://www.opengis.net/ogc}"
SLD = "{http://www.opengis.net/sld}"


def _qml() -> ET.Element:
    return ET.fromstring(plots_qml())


def _fill_props(root: ET.Element, symbol_name: str) -> dict[str, str]:
    symbol = root.find(f"renderer-v2/symbols/symbol[@name='{symbol_name}']")
    assert symbol is not None
    layer = symbol.find("layer[@class='SimpleFill']")
    assert layer is not None
    options = {o.get("name"): o.get("value") for o in layer.findall("Option/Option")}
    props = {p.get("k"): p.get("v") for p in layer.findall("prop")}
    assert options == props  # new and old QGIS read the same symbol
    return options  # type: ignore[return-value]


def test_role_categories_are_the_colours_of_the_app_role_style() -> None:
    from metkasekor_desktop.layers.styles import role_labels, role_style

    style = role_style()
    assert [c.value for c in ROLE_CATEGORIES] == list(style.symbols)
    assert [c.value for c in ROLE_CATEGORIES] == [r.value for r in PlotRole]
    labels = role_labels()
    for category in ROLE_CATEGORIES:
        symbol = style.symbols[category.value]
        assert rgba_of(category.fill) == symbol.fill
        assert rgba_of(category.outline) == symbol.stroke
        assert category.label == labels[category.value]
    assert rgba_of(OTHER_CATEGORY.fill) == style.default.fill
    assert rgba_of(OTHER_CATEGORY.outline) == style.default.stroke


def test_qml_is_a_categorized_qgis_style_on_role_with_one_category_per_role() -> None:
    text = plots_qml()
    assert text.startswith("<!DOCTYPE qgis ")
    root = ET.fromstring(text)
    assert root.tag == "qgis" and root.get("version", "").startswith("3.")
    assert root.findtext("layerGeometryType") == "2"  # polygons
    renderer = root.find("renderer-v2")
    assert renderer is not None
    assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "role"
    categories = renderer.findall("categories/category")
    assert [c.get("value") for c in categories] == [r.value for r in PlotRole] + [""]
    assert [c.get("label") for c in categories] == [
        "Demonstration", "Control", "Farmer field", "Other"]
    names = {s.get("name") for s in renderer.findall("symbols/symbol")}
    assert {c.get("symbol") for c in categories} == names


def test_qml_fills_have_the_app_colours_semi_transparent() -> None:
    root = _qml()
    categories = root.findall("renderer-v2/categories/category")
    by_value = {c.get("value"): c.get("symbol") for c in categories}
    demo = _fill_props(root, by_value["demonstration"])
    assert demo["color"] == "46,158,68,210"  # alpha < 255: imagery shows through
    assert demo["outline_color"] == "20,80,30,255"
    assert demo["style"] == "solid"
    control = _fill_props(root, by_value["control"])
    assert control["color"] == "230,140,30,210"
    field = _fill_props(root, by_value["farmer_field"])
    assert field["color"] == "222,210,160,190"
    other = _fill_props(root, by_value[""])
    assert other["color"] == "200,200,200,200"


def test_qml_labels_plot_codes_inside_polygons_only_when_zoomed_in() -> None:
    root = _qml()
    assert root.get("labelsEnabled") == "1"
    labeling = root.find("labeling")
    assert labeling is not None and labeling.get("type") == "simple"
    style = labeling.find("settings/text-style")
    assert style is not None
    assert style.get("fieldName") == "code" and style.get("isExpression") == "0"
    buffer = style.find("text-buffer")
    assert buffer is not None and buffer.get("bufferDraw") == "1"
    placement = labeling.find("settings/placement")
    assert placement is not None
    assert placement.get("fitInPolygonOnly") == "1"
    assert placement.get("polygonPlacementFlags") == "2"  # inside the polygon
    rendering = labeling.find("settings/rendering")
    assert rendering is not None
    assert rendering.get("scaleVisibility") == "1"
    # QGIS reads "scaleMax" as the most zoomed-out scale at which labels show.
    assert rendering.get("scaleMax") == "10000" and rendering.get("scaleMin") == "0"


def test_qml_without_labels_and_with_other_categories() -> None:
    root = ET.fromstring(plots_qml(
        [("a", "Alpha", "#112233", "#000000"), StyleCategory("b", "Beta", "#aabbcc80",
                                                             "#000000ff")],
        field="crop", other=None, label_field=None,
    ))
    assert root.get("labelsEnabled") == "0" and root.find("labeling") is None
    renderer = root.find("renderer-v2")
    assert renderer is not None and renderer.get("attr") == "crop"
    assert [c.get("value") for c in renderer.findall("categories/category")] == ["a", "b"]
    assert _fill_props(root, "0")["color"] == "17,34,51,255"
    assert _fill_props(root, "1")["color"] == "170,187,204,128"


def test_text_is_escaped_and_khmer_survives() -> None:
    root = ET.fromstring(plots_qml([("x<&\"", "ស្រែ & <ដី>", "#000000", "#000000")]))
    category = root.find("renderer-v2/categories/category")
    assert category is not None
    assert category.get("value") == "x<&\"" and category.get("label") == "ស្រែ & <ដី>"
    sld = ET.fromstring(plots_sld([("x<&\"", "ស្រែ & <ដី>", "#000000", "#000000")]))
    assert sld.find(f".//{OGC}Literal").text == "x<&\""  # type: ignore[union-attr]


@pytest.mark.parametrize("bad", [
    [("a", "A", "red", "#000000")],
    [("a", "A", "#00000", "#000000")],
    [("a", "A", "#000000", "#0000000")],
    [("a", "A", "#000000", "#000000"), ("a", "A again", "#000000", "#000000")],
    [("", "Empty", "#000000", "#000000")],
])
def test_bad_categories_are_refused(bad: list[tuple[str, str, str, str]]) -> None:
    with pytest.raises(ValueError):
        plots_qml(bad)
    with pytest.raises(ValueError):
        plots_sld(bad)


def test_hex_and_rgba_round_trip() -> None:
    assert rgba_of("#2E9E44") == (46, 158, 68, 255)
    assert rgba_of("#2e9e44d2") == (46, 158, 68, 210)
    assert hex_of((46, 158, 68, 210)) == "#2e9e44d2"
    assert hex_of((46, 158, 68)) == "#2e9e44ff"
    with pytest.raises(ValueError):
        hex_of((1, 2))


def test_sld_is_sld_1_1_with_one_rule_per_role_and_an_else_rule() -> None:
    text = plots_sld()
    root = ET.fromstring(text)
    assert root.tag == f"{SLD}StyledLayerDescriptor" and root.get("version") == "1.1.0"
    assert root.findtext(f"{SLD}NamedLayer/{SE}Name") == "plots"
    styles = root.findall(f"{SLD}NamedLayer/{SLD}UserStyle/{SE}FeatureTypeStyle")
    assert len(styles) == 2  # fills; labels apart, so the else rule can match
    rules = styles[0].findall(f"{SE}Rule")
    filters = [
        (r.findtext(f"{OGC}Filter/{OGC}PropertyIsEqualTo/{OGC}PropertyName"),
         r.findtext(f"{OGC}Filter/{OGC}PropertyIsEqualTo/{OGC}Literal"))
        for r in rules[:-1]
    ]
    assert filters == [("role", r.value) for r in PlotRole]
    # Every other role, or none: NOT (role = ... OR ...) OR role IS NULL. Not an
    # ElseFilter, which QGIS 3.22 reads as "always".
    other = rules[-1].find(f"{OGC}Filter/{OGC}Or")
    assert other is not None
    excluded = other.findall(f"{OGC}Not/{OGC}Or/{OGC}PropertyIsEqualTo/{OGC}Literal")
    assert [e.text for e in excluded] == [r.value for r in PlotRole]
    assert other.findtext(f"{OGC}PropertyIsNull/{OGC}PropertyName") == "role"
    fills = [
        {p.get("name"): p.text for p in r.findall(f"{SE}PolygonSymbolizer/{SE}Fill/"
                                                   f"{SE}SvgParameter")}
        for r in rules
    ]
    assert fills[0] == {"fill": "#2e9e44", "fill-opacity": "0.824"}
    assert fills[1]["fill"] == "#e68c1e" and fills[2]["fill"] == "#ded2a0"
    # Opacities rounded up, so that alpha = int(opacity * 255) is the app's alpha.
    assert [int(float(f["fill-opacity"]) * 255) for f in fills] == [210, 210, 190, 200]
    assert [r.findtext(f"{SE}Name") for r in rules] == [
        "Demonstration", "Control", "Farmer field", "Other"]
    strokes = [r.find(f"{SE}PolygonSymbolizer/{SE}Stroke/{SE}SvgParameter[@name='stroke']")
               for r in rules]
    assert [s.text for s in strokes if s is not None] == [
        "#14501e", "#78460a", "#6e6446", "#282828"]


def test_sld_labels_codes_with_a_halo_from_1_to_10000() -> None:
    root = ET.fromstring(plots_sld())
    styles = root.findall(f"{SLD}NamedLayer/{SLD}UserStyle/{SE}FeatureTypeStyle")
    rule = styles[1].find(f"{SE}Rule")
    assert rule is not None
    assert rule.findtext(f"{SE}MaxScaleDenominator") == "10000"
    text = rule.find(f"{SE}TextSymbolizer")
    assert text is not None
    assert text.findtext(f"{SE}Label/{OGC}PropertyName") == "code"
    assert text.find(f"{SE}Halo/{SE}Fill") is not None
    assert text.find(f"{SE}LabelPlacement/{SE}PointPlacement") is not None
    no_labels = ET.fromstring(plots_sld(label_field=None))
    assert len(no_labels.findall(f".//{SE}FeatureTypeStyle")) == 1


def test_sld_with_only_an_other_category_has_no_filter() -> None:
    root = ET.fromstring(plots_sld([], label_field=None))
    rules = root.findall(f".//{SE}Rule")
    assert len(rules) == 1 and rules[0].find(f"{OGC}Filter") is None
    one = ET.fromstring(plots_sld([("a", "A", "#000000", "#000000")], label_field=None))
    other = one.findall(f".//{SE}Rule")[-1]
    assert other.findtext(f"{OGC}Filter/{OGC}Or/{OGC}Not/{OGC}PropertyIsEqualTo/"
                          f"{OGC}Literal") == "a"
