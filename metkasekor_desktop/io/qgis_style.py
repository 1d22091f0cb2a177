"""QGIS (QML) and OGC SLD 1.1 styles for the plots layer of a project file.

A project file opened in QGIS should look as it does in MetKasekor Desktop: plots
coloured by role, semi-transparent over imagery, with their codes as labels once the
map is zoomed in far enough to read them. QGIS reads the default style of a layer from
the GeoPackage's ``layer_styles`` table (QML first; SLD for other OGC clients); this
module only builds the two documents as text, from plain data, so it needs neither Qt
nor QGIS.

The QML follows what QGIS 3.x writes itself: a ``categorizedSymbol`` renderer on one
field, one ``SimpleFill`` symbol per category, a category with the empty value for
"all other values", and ``simple`` labeling. Symbol-layer properties are written both
as an ``Option`` map (read by QGIS 3.18 and later) and as ``prop`` elements (read by
every QGIS 3.x before that), as QGIS 3.16 to 3.20 did.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.messages import msg

QML_DOCTYPE = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
QGIS_VERSION = "3.22.16-Białowieża"  # the oldest QGIS these styles are checked against
POLYGON_GEOMETRY = "2"  # QgsWkbTypes::PolygonGeometry, checked by QGIS on import

SLD_NS = "http://www.opengis.net/sld"
SE_NS = "http://www.opengis.net/se"
OGC_NS = "http://www.opengis.net/ogc"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SLD_SCHEMA = "http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd"

LABEL_MAX_SCALE = 10_000.0
"""Labels show at 1:10,000 and closer: a one-hectare plot is then ~1 cm on screen."""
LABEL_FONT = "Arial"
LABEL_SIZE_PT = 9.0
LABEL_TEXT = "#191919ff"
LABEL_HALO = "#ffffffeb"
LABEL_HALO_MM = 0.5
STROKE_WIDTH_PX = 1.0


class StyleCategory(NamedTuple):
    """One value of the categorized field, its legend label and its colours.

    Colours are hexadecimal ``#rrggbb`` or ``#rrggbbaa`` (alpha last, as in CSS).
    """

    value: str
    label: str
    fill: str
    outline: str


# The application's role style (layers.styles.role_style), as plain data for io.
ROLE_CATEGORIES: tuple[StyleCategory, ...] = (
    StyleCategory(PlotRole.DEMONSTRATION.value, "Demonstration", "#2e9e44d2", "#14501eff"),
    StyleCategory(PlotRole.CONTROL.value, "Control", "#e68c1ed2", "#78460aff"),
    StyleCategory(PlotRole.FARMER_FIELD.value, "Farmer field", "#ded2a0be", "#6e6446ff"),
)
OTHER_CATEGORY = StyleCategory("", "Other", "#c8c8c8c8", "#282828ff")
"""Plots whose role is none of the above (or missing): the app's default grey."""

_HEX = re.compile(r"^#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$")
_NO_SCALE = "3x:0,0,0,0,0,0"


def rgba_of(colour: str) -> tuple[int, int, int, int]:
    """``#rrggbb`` or ``#rrggbbaa`` as (r, g, b, a), alpha 255 when not given."""
    match = _HEX.match(colour.strip()) if isinstance(colour, str) else None
    if match is None:
        raise ValueError(msg("Colour {colour!r} is not #rrggbb or #rrggbbaa.", colour=colour))
    rgb, alpha = match.group(1), match.group(2) or "ff"
    r, g, b = (int(rgb[i:i + 2], 16) for i in (0, 2, 4))
    return r, g, b, int(alpha, 16)


def hex_of(rgba: Iterable[int]) -> str:
    """(r, g, b) or (r, g, b, a) as ``#rrggbbaa``, e.g. from a layers Symbol's fill."""
    values = [min(255, max(0, int(v))) for v in rgba]
    if len(values) == 3:
        values.append(255)
    if len(values) != 4:
        raise ValueError(msg("A colour needs three or four components, not {count}.",
                             count=len(values)))
    return "#" + "".join(f"{v:02x}" for v in values)


def _categories(
    categories: Iterable[Sequence[str]], other: Sequence[str] | None
) -> list[StyleCategory]:
    out = [StyleCategory(*c) for c in categories]
    values = [c.value for c in out]
    if len(set(values)) != len(values):
        raise ValueError(msg("Category values repeat: {values!r}.", values=values))
    if "" in values:
        raise ValueError(msg("The empty value is kept for the category of all other values."))
    if other is not None:
        out.append(StyleCategory(*other)._replace(value=""))
    for category in out:  # a wrong colour is refused here, before any XML is built
        rgba_of(category.fill)
        rgba_of(category.outline)
    return out


# --- QML ------------------------------------------------------------------------------


def _qgis_colour(colour: str, opaque: bool = False) -> str:
    """QGIS's "r,g,b,a"; ``opaque`` leaves the alpha to a separate opacity setting."""
    r, g, b, a = rgba_of(colour)
    return f"{r},{g},{b},{255 if opaque else a}"


def _css(colour: str) -> str:
    r, g, b, _ = rgba_of(colour)
    return f"#{r:02x}{g:02x}{b:02x}"


def _opacity(colour: str) -> str:
    """The alpha as an opacity of three decimals, rounded up: readers that truncate
    opacity x 255 (QGIS does) get the alpha back, not one less."""
    return f"{math.ceil(rgba_of(colour)[3] / 255 * 1000) / 1000:g}"


def _sub(parent: ET.Element, tag: str, attrib: Mapping[str, str] | None = None,
         text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag, dict(attrib or {}))
    if text is not None:
        element.text = text
    return element


def _option_map(parent: ET.Element, props: Mapping[str, str], tag: str = "Option") -> None:
    """Properties the way QGIS saves them: an ``Option`` map of strings."""
    options = _sub(parent, tag, {"type": "Map"})
    for key, value in props.items():
        _sub(options, "Option", {"type": "QString", "name": key, "value": value})


def _fill_symbol(parent: ET.Element, name: str, category: StyleCategory,
                 stroke_width_px: float) -> None:
    symbol = _sub(parent, "symbol", {"type": "fill", "name": name, "alpha": "1",
                                     "clip_to_extent": "1", "force_rhr": "0"})
    layer = _sub(symbol, "layer", {"class": "SimpleFill", "enabled": "1", "locked": "0",
                                   "pass": "0"})
    props = {
        "border_width_map_unit_scale": _NO_SCALE,
        "color": _qgis_colour(category.fill),
        "joinstyle": "bevel",
        "offset": "0,0",
        "offset_map_unit_scale": _NO_SCALE,
        "offset_unit": "MM",
        "outline_color": _qgis_colour(category.outline),
        "outline_style": "solid",
        "outline_width": f"{stroke_width_px:g}",
        "outline_width_unit": "Pixel",
        "style": "solid",
    }
    _option_map(layer, props)
    for key, value in props.items():  # for QGIS before 3.18
        _sub(layer, "prop", {"k": key, "v": value})


def _labeling(parent: ET.Element, field: str, max_scale: float, font_family: str,
              font_size_pt: float) -> None:
    labeling = _sub(parent, "labeling", {"type": "simple"})
    settings = _sub(labeling, "settings", {"calloutType": "simple"})
    text_style = _sub(settings, "text-style", {
        "fieldName": field, "isExpression": "0",
        "fontFamily": font_family, "namedStyle": "Regular", "fontSize": f"{font_size_pt:g}",
        "fontSizeUnit": "Point", "fontSizeMapUnitScale": _NO_SCALE, "fontWeight": "50",
        "fontItalic": "0", "fontUnderline": "0", "fontStrikeout": "0", "fontKerning": "1",
        "fontLetterSpacing": "0", "fontWordSpacing": "0", "capitalization": "0",
        "textColor": _qgis_colour(LABEL_TEXT), "textOpacity": "1", "blendMode": "0",
        "multilineHeight": "1", "previewBkgrdColor": "255,255,255,255",
        "useSubstitutions": "0", "allowHtml": "0", "textOrientation": "horizontal",
    })
    _sub(text_style, "text-buffer", {
        "bufferDraw": "1", "bufferSize": f"{LABEL_HALO_MM:g}", "bufferSizeUnits": "MM",
        "bufferSizeMapUnitScale": _NO_SCALE,
        "bufferColor": _qgis_colour(LABEL_HALO, opaque=True),
        "bufferOpacity": _opacity(LABEL_HALO), "bufferNoFill": "1",
        "bufferJoinStyle": "128", "bufferBlendMode": "0",
    })
    _sub(text_style, "background", {"shapeDraw": "0"})
    _sub(text_style, "shadow", {"shadowDraw": "0"})
    _sub(text_style, "substitutions")
    _sub(settings, "text-format", {
        "wrapChar": "", "multilineAlign": "1", "autoWrapLength": "0",
        "useMaxLineLengthForAutoWrap": "1", "addDirectionSymbol": "0", "formatNumbers": "0",
        "decimals": "3", "plussign": "0",
    })
    # Offset from centroid (1), the centroid forced inside the polygon, inside only (2),
    # and only where the whole label fits in the plot.
    _sub(settings, "placement", {
        "placement": "1", "layerType": "PolygonGeometry", "polygonPlacementFlags": "2",
        "centroidInside": "1", "centroidWhole": "0", "fitInPolygonOnly": "1",
        "quadOffset": "4", "dist": "0", "distUnits": "MM", "distMapUnitScale": _NO_SCALE,
        "offsetType": "0", "xOffset": "0", "yOffset": "0", "offsetUnits": "MM",
        "labelOffsetMapUnitScale": _NO_SCALE, "rotationAngle": "0", "priority": "5",
        "overlapHandling": "PreventOverlap", "allowDegraded": "0",
        "geometryGenerator": "", "geometryGeneratorEnabled": "0",
        "geometryGeneratorType": "PointGeometry",
    })
    # QGIS names these attributes the other way round: "scaleMax" holds the most
    # zoomed-out scale (the minimum scale) at which labels still show.
    _sub(settings, "rendering", {
        "scaleVisibility": "1", "scaleMin": "0", "scaleMax": f"{max_scale:g}",
        "drawLabels": "1", "obstacle": "1", "obstacleFactor": "1", "obstacleType": "1",
        "fontLimitPixelSize": "0", "fontMinPixelSize": "3", "fontMaxPixelSize": "10000",
        "upsidedownLabels": "0", "labelPerPart": "0", "mergeLines": "0",
        "minFeatureSize": "0", "limitNumLabels": "0", "maxNumLabels": "2000",
        "displayAll": "0", "zIndex": "0", "unplacedVisibility": "0",
    })


def plots_qml(
    categories: Iterable[Sequence[str]] = ROLE_CATEGORIES,
    *,
    field: str = "role",
    other: Sequence[str] | None = OTHER_CATEGORY,
    label_field: str | None = "code",
    label_max_scale: float = LABEL_MAX_SCALE,
    font_family: str = LABEL_FONT,
    font_size_pt: float = LABEL_SIZE_PT,
    stroke_width_px: float = STROKE_WIDTH_PX,
) -> str:
    """A QGIS 3 layer style (QML) for the plots: a categorized renderer on ``field``.

    ``categories``: (value, label, fill, outline) for each value, colours ``#rrggbb`` or
    ``#rrggbbaa``; ``other``: the symbol and label of every other value (None: those
    plots are not drawn). ``label_field``: the field whose value labels each plot (None:
    no labels), shown from ``label_max_scale`` (a scale denominator) inward.
    """
    cats = _categories(categories, other)
    root = ET.Element("qgis", {
        "version": QGIS_VERSION, "styleCategories": "Symbology|Labeling",
        "labelsEnabled": "1" if label_field else "0",
    })
    renderer = _sub(root, "renderer-v2", {
        "type": "categorizedSymbol", "attr": field, "forceraster": "0",
        "symbollevels": "0", "enableorderby": "0", "referencescale": "-1",
    })
    category_list = _sub(renderer, "categories")
    symbols = _sub(renderer, "symbols")
    for index, category in enumerate(cats):
        _sub(category_list, "category", {
            "value": category.value, "label": category.label, "symbol": str(index),
            "render": "true", "type": "string",
        })
        _fill_symbol(symbols, str(index), category, stroke_width_px)
    if label_field:
        _labeling(root, label_field, label_max_scale, font_family, font_size_pt)
    _sub(root, "blendMode", text="0")
    _sub(root, "featureBlendMode", text="0")
    _sub(root, "layerOpacity", text="1")
    _sub(root, "layerGeometryType", text=POLYGON_GEOMETRY)
    ET.indent(root, space="  ")
    return QML_DOCTYPE + "\n" + ET.tostring(root, encoding="unicode") + "\n"


# --- SLD ------------------------------------------------------------------------------


def _se(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    return _sub(parent, f"{{{SE_NS}}}{tag}", text=text)


def _svg(parent: ET.Element, name: str, value: str) -> None:
    _sub(parent, f"{{{SE_NS}}}SvgParameter", {"name": name}, value)


def _rule_name(rule: ET.Element, name: str, title: str) -> None:
    _se(rule, "Name", name)
    description = _se(rule, "Description")
    _se(description, "Title", title)


def _polygon_symbolizer(rule: ET.Element, category: StyleCategory,
                        stroke_width_px: float) -> None:
    symbolizer = _se(rule, "PolygonSymbolizer")
    fill = _se(symbolizer, "Fill")
    _svg(fill, "fill", _css(category.fill))
    _svg(fill, "fill-opacity", _opacity(category.fill))
    stroke = _se(symbolizer, "Stroke")
    _svg(stroke, "stroke", _css(category.outline))
    _svg(stroke, "stroke-opacity", _opacity(category.outline))
    _svg(stroke, "stroke-width", f"{stroke_width_px:g}")
    _svg(stroke, "stroke-linejoin", "bevel")


def _ogc(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    return _sub(parent, f"{{{OGC_NS}}}{tag}", text=text)


def _equal_to(parent: ET.Element, field: str, value: str) -> None:
    condition = _ogc(parent, "PropertyIsEqualTo")
    _ogc(condition, "PropertyName", field)
    _ogc(condition, "Literal", value)


def _other_values(parent: ET.Element, field: str, values: list[str]) -> None:
    """``field`` is missing or none of ``values``: NOT (= a OR = b ...) OR IS NULL."""
    either = _ogc(parent, "Or")
    known = _ogc(_ogc(either, "Not"), "Or") if len(values) > 1 else _ogc(either, "Not")
    for value in values:
        _equal_to(known, field, value)
    _ogc(_ogc(either, "PropertyIsNull"), "PropertyName", field)


def _text_rule(style: ET.Element, field: str, max_scale: float, font_family: str,
               font_size_pt: float) -> None:
    rule = _se(style, "Rule")
    _rule_name(rule, "labels", field)
    _se(rule, "MaxScaleDenominator", f"{max_scale:g}")
    text = _se(rule, "TextSymbolizer")
    _ogc(_se(text, "Label"), "PropertyName", field)
    font = _se(text, "Font")
    _svg(font, "font-family", font_family)
    _svg(font, "font-size", f"{round(font_size_pt * 96 / 72):d}")  # pixels at 96 dpi
    placement = _se(_se(text, "LabelPlacement"), "PointPlacement")
    anchor = _se(placement, "AnchorPoint")
    _se(anchor, "AnchorPointX", "0.5")
    _se(anchor, "AnchorPointY", "0.5")
    halo = _se(text, "Halo")
    _se(halo, "Radius", "1")
    halo_fill = _se(halo, "Fill")
    _svg(halo_fill, "fill", _css(LABEL_HALO))
    _svg(halo_fill, "fill-opacity", _opacity(LABEL_HALO))
    text_fill = _se(text, "Fill")
    _svg(text_fill, "fill", _css(LABEL_TEXT))


def plots_sld(
    categories: Iterable[Sequence[str]] = ROLE_CATEGORIES,
    *,
    field: str = "role",
    other: Sequence[str] | None = OTHER_CATEGORY,
    label_field: str | None = "code",
    label_max_scale: float = LABEL_MAX_SCALE,
    font_family: str = LABEL_FONT,
    font_size_pt: float = LABEL_SIZE_PT,
    stroke_width_px: float = STROKE_WIDTH_PX,
    layer_name: str = "plots",
) -> str:
    """The same style as :func:`plots_qml` as an OGC SLD 1.1 (Symbology Encoding) document.

    One rule per category with an equality filter on ``field``, then a rule for every
    other value (missing ones included) and the labels in a second FeatureTypeStyle.
    The other values are spelled out as a filter rather than an ``ElseFilter``, which
    QGIS 3.22 reads as "always" and would paint over every plot.
    """
    cats = _categories(categories, other)
    for prefix, uri in (("sld", SLD_NS), ("se", SE_NS), ("ogc", OGC_NS),
                        ("xlink", XLINK_NS), ("xsi", XSI_NS)):
        ET.register_namespace(prefix, uri)
    root = ET.Element(f"{{{SLD_NS}}}StyledLayerDescriptor", {
        "version": "1.1.0", f"{{{XSI_NS}}}schemaLocation": f"{SLD_NS} {SLD_SCHEMA}",
    })
    named_layer = _sub(root, f"{{{SLD_NS}}}NamedLayer")
    _se(named_layer, "Name", layer_name)
    user_style = _sub(named_layer, f"{{{SLD_NS}}}UserStyle")
    _se(user_style, "Name", layer_name)
    fills = _se(user_style, "FeatureTypeStyle")
    for category in cats:
        rule = _se(fills, "Rule")
        _rule_name(rule, category.label, category.label)
        known = [c.value for c in cats if c.value]
        if category.value:
            _equal_to(_ogc(rule, "Filter"), field, category.value)
        elif known:  # with no categories at all, "every other value" is every plot
            _other_values(_ogc(rule, "Filter"), field, known)
        _polygon_symbolizer(rule, category, stroke_width_px)
    if label_field:
        _text_rule(_se(user_style, "FeatureTypeStyle"), label_field, label_max_scale,
                   font_family, font_size_pt)
    ET.indent(root, space="  ")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")
