"""Plot styles: each plot gets the colour of its category, the legend explains it, the
project remembers it."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from metkasekor_desktop.domain.enums import Stage
from metkasekor_desktop.layers.label_settings import LabelError, LabelSettings
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import BACKGROUND, render_map
from metkasekor_desktop.layers.plot_layer import MissingAttributeError, PlotLayer
from metkasekor_desktop.layers.styles import (
    CategorizedStyle,
    GraduatedStyle,
    SingleStyle,
    StyleError,
    Symbol,
    crop_style,
    graduated_area_style,
    practice_style,
    provider_style,
    role_style,
    stage_style,
    style_from_config,
)
from metkasekor_desktop.layers.viewport import Viewport

RED, BLUE = Symbol((255, 0, 0, 255)), Symbol((0, 0, 255, 255))
NAMES = {"no_till": "No-till", "cover_crop": "Cover crop", "conventional": "Farmer practice",
         "rotation": "Crop rotation"}


def obj(values) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def labels_of(style) -> list[str]:
    return [entry.label for entry in style.legend()]


# --- single and categorized ---------------------------------------------------------------


def test_single_style_gives_every_plot_the_one_symbol(qapp):
    style = SingleStyle(RED)
    assert style.attribute is None
    assert list(style.classify(obj(["a", None, "b"]))) == [0, 0, 0]
    assert style.symbol_of(0) == RED
    assert labels_of(style) == ["Plots"]
    assert style.legend()[0].fill == RED.fill
    assert labels_of(SingleStyle(RED, "All plots of 2024")) == ["All plots of 2024"]


def test_categorized_style_puts_unknown_values_in_the_last_category(qapp):
    style = CategorizedStyle("crop", {"maize": RED, "cassava": BLUE},
                             labels={"maize": "Maize"})
    cats = style.classify(obj(["cassava", "maize", "rice", None, ""]))
    assert list(cats) == [1, 0, 2, 2, 2]
    assert [style.symbol_of(c) for c in cats[:3]] == [BLUE, RED, style.default]
    # A value without a label shows itself.
    assert labels_of(style) == ["Maize", "cassava"]


def test_role_style_legend_names_the_roles(qapp):
    style = role_style()
    assert list(style.classify(obj(["control", "demonstration", "farmer_field"]))) == [1, 0, 2]
    assert labels_of(style) == ["Demonstration", "Control", "Farmer field"]
    assert [e.fill for e in style.legend()] == [s.fill for s in style.symbols.values()]


class Shouting(QTranslator):
    """A translator that answers every "styles" word in capitals."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return source.upper() if context == "styles" else ""


def test_legend_words_follow_the_installed_translation(qapp):
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        assert labels_of(role_style()) == ["DEMONSTRATION", "CONTROL", "FARMER FIELD"]
        assert labels_of(stage_style())[-1] == "NO EVENT"
        assert labels_of(practice_style(["", "no_till"], NAMES)) == ["No-till", "NO PLAN"]
        assert labels_of(provider_style(["", "3"], PROVIDERS)) == ["Angkor Cover Seeds",
                                                                   "NO PROVIDER"]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert labels_of(role_style())[0] == "Demonstration"


def test_practice_style_colours_ca_conventional_and_no_plan_apart(qapp):
    plots = ["cover_crop+no_till", "no_till", "", "conventional", "cover_crop+no_till",
             "conventional+rotation", "cover_crop+no_till", "no_till"]
    style = practice_style(plots, NAMES, season_id=7)

    # Most frequent CA combination first, then CA, conventional ones, "no plan" last.
    assert style.categories() == ["cover_crop+no_till", "no_till", "conventional",
                                  "conventional+rotation", ""]
    assert labels_of(style) == ["Cover crop + No-till", "No-till", "Farmer practice",
                                "Farmer practice + Crop rotation", "No plan"]
    assert list(style.classify(obj(plots))) == [0, 1, 4, 2, 0, 3, 0, 1]
    assert style.attribute == "practice" and style.season_id == 7
    fills = [style.symbol_of(i).fill[:3] for i in range(5)]
    assert len(set(fills)) == 5
    r, g, b = fills[0]
    assert g > r and (g > 100 or b > 100)  # CA: green or blue
    for r, g, b in fills[2:4]:  # conventional: warm, red above blue
        assert r > b and r >= g
    assert max(fills[4]) - min(fills[4]) < 10 and min(fills[4]) > 180  # light grey


def test_practice_combinations_beyond_the_palette_share_the_other_symbol(qapp):
    values = [f"practice_{n:02d}" for n in range(14)]
    style = practice_style(values, {})
    assert len(style.symbols) == 10
    cats = style.classify(obj(values))
    assert list(cats[:10]) == list(range(10)) and set(cats[10:]) == {10}
    assert labels_of(style)[-1] == "Other combinations"
    assert style.symbol_of(10) == style.default


PROVIDERS = {"3": "Angkor Cover Seeds", "7": "Battambang No-Till", "12": "សហគមន៍ស្ដៅ"}


def test_provider_style_gives_each_provider_and_combination_a_colour(qapp):
    plots = ["7", "3+7", "", "7", "12", "3+7", "", "7", ""]
    style = provider_style(plots, PROVIDERS, season_id=5)

    # The most frequent first, combinations as they are, "no provider" last.
    assert style.attribute == "provider" and style.season_id == 5
    assert style.categories() == ["7", "3+7", "12", ""]
    assert labels_of(style) == ["Battambang No-Till", "Angkor Cover Seeds + Battambang No-Till",
                                "សហគមន៍ស្ដៅ", "No provider"]
    assert list(style.classify(obj(plots))) == [0, 1, 3, 0, 2, 1, 3, 0, 3]
    fills = [style.symbol_of(i).fill for i in range(4)]
    assert len({f[:3] for f in fills}) == 4
    for r, g, b, _a in fills[:3]:  # served plots: saturated colours
        assert max(r, g, b) - min(r, g, b) > 80
    r, g, b, a = fills[3]  # unserved plots: a faint grey, fainter than any served one
    assert max(r, g, b) - min(r, g, b) < 10 and a < min(f[3] for f in fills[:3])


def test_provider_colours_are_far_apart(qapp):
    from metkasekor_desktop.layers.styles import PROVIDER_COLOURS

    def lab(rgb):
        c = np.asarray(rgb, dtype=float) / 255
        c = np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)
        m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                      [0.0193, 0.1192, 0.9505]])
        xyz = c @ m.T / np.array([0.95047, 1.0, 1.08883])
        f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
        return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]),
                         200 * (f[..., 1] - f[..., 2])], -1)

    colours = lab(list(PROVIDER_COLOURS) + [(215, 215, 215), (150, 150, 150)])
    distance = np.linalg.norm(colours[:, None] - colours[None], axis=-1)
    np.fill_diagonal(distance, np.inf)
    assert len(PROVIDER_COLOURS) == 12 and distance.min() > 20


def test_providers_beyond_twelve_share_other_providers(qapp):
    values = [str(n) for n in range(1, 16) for _ in range(20 - n)] + [""]
    names = {str(n): f"Provider {n}" for n in range(1, 16)}
    style = provider_style(values, names)
    assert style.categories()[:12] == [str(n) for n in range(1, 13)]
    assert style.categories()[12:] == [""]
    labels = labels_of(style)
    assert labels[:2] == ["Provider 1", "Provider 2"]
    assert labels[-2:] == ["No provider", "Other providers"]
    cats = style.classify(obj(["13", "14", "15", "1", ""]))
    assert list(cats) == [13, 13, 13, 0, 12]
    assert style.symbol_of(13) == style.default
    assert provider_style(["1", "2"], names).default_label == ""  # nothing grouped


def test_an_unknown_provider_id_shows_itself(qapp):
    assert labels_of(provider_style(["3+99"], PROVIDERS)) == ["Angkor Cover Seeds + 99"]


def test_crop_style_names_crops_and_combinations(qapp):
    style = crop_style(["maize", "maize+cowpea", "", "cassava", "maize"],
                       {"maize": "Maize", "cowpea": "Cowpea", "cassava": "Cassava"})
    assert style.categories() == ["maize", "cassava", "maize+cowpea", ""]
    assert labels_of(style) == ["Maize", "Cassava", "Maize + Cowpea", "No plan"]
    assert len({style.symbol_of(i).fill for i in range(4)}) == 4


def test_stage_style_orders_the_six_stages_on_a_ramp(qapp):
    style = stage_style()
    assert style.categories() == [s.value for s in Stage] + [""]
    assert labels_of(style) == ["Identification", "Demand creation meeting", "Field showcase",
                                "Commercial demonstration", "Annual meeting",
                                "Promotional meeting", "No event"]
    assert list(style.classify(obj(["field_showcase", "", "identification"]))) == [2, 6, 0]
    # Sequential: each stage darker than the one before.
    lightness = [sum(style.symbol_of(i).fill[:3]) for i in range(len(Stage))]
    assert lightness == sorted(lightness, reverse=True)


# --- graduated ----------------------------------------------------------------------------

AREAS = np.array([0.2, 0.4, 0.5, 0.9, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0])


def test_quantile_classes_hold_equal_counts():
    style = graduated_area_style(AREAS, classes=5, method="quantile")
    assert style.attribute == "area_ha"
    assert style.breaks == pytest.approx([0.2, 0.48, 0.96, 1.32, 2.1, 3.0])
    cats = style.classify(AREAS)
    assert list(cats) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


def test_equal_interval_classes_have_equal_widths():
    style = graduated_area_style(AREAS, classes=4, method="equal")
    assert style.breaks == pytest.approx([0.2, 0.9, 1.6, 2.3, 3.0])
    # 0.9 is an upper edge (computed as 0.8999...): it belongs to the first class only.
    assert list(style.classify(AREAS)) == [0, 0, 0, 0, 1, 1, 1, 2, 3, 3]


@pytest.mark.parametrize("method", ["quantile", "equal"])
def test_every_area_is_in_exactly_one_class(method):
    areas = np.random.default_rng(3).lognormal(0.0, 0.8, 500)
    style = graduated_area_style(areas, classes=5, method=method)
    cats = style.classify(areas)
    assert cats.min() == 0 and cats.max() == len(style.symbols) - 1
    edges = style.breaks
    for area, c in zip(areas, cats, strict=True):
        inside = [i for i in range(len(edges) - 1)
                  if (edges[i] < area or (i == 0 and area == edges[0])) and area <= edges[i + 1]]
        assert inside == [c]


def test_graduated_legend_and_ramp(qapp):
    style = graduated_area_style([0.2, 0.55, 0.9], classes=2, method="equal")
    assert labels_of(style) == ["0.20 - 0.55 ha", "0.55 - 0.90 ha"]
    light, dark = (sum(s.fill[:3]) for s in style.symbols)
    assert light > dark


def test_values_outside_the_classes_are_other():
    style = GraduatedStyle("area_ha", [1.0, 2.0, 3.0], [RED, BLUE])
    assert list(style.classify(np.array([0.5, 1.0, 2.0, 2.5, 3.5, np.nan]))) == [2, 0, 0, 1, 2, 2]
    assert style.symbol_of(2) == style.default


def test_repeated_areas_merge_classes_and_one_area_makes_one_class():
    assert len(graduated_area_style([1.0] * 9 + [2.0], classes=5).symbols) == 1
    single = graduated_area_style([0.7, 0.7], classes=5, method="equal")
    assert single.breaks == [0.7, 0.7] and list(single.classify(np.array([0.7]))) == [0]
    assert len(graduated_area_style([], classes=5).symbols) == 1


def test_bad_graduated_input_is_refused():
    with pytest.raises(StyleError, match="quantile or equal"):
        graduated_area_style(AREAS, method="jenks")
    with pytest.raises(StyleError, match="one more break"):
        GraduatedStyle("area_ha", [1.0, 2.0], [RED, BLUE])


# --- saving -------------------------------------------------------------------------------


@pytest.mark.parametrize("style", [
    SingleStyle(RED, "Plots 2024"),
    role_style(),
    practice_style(["no_till", "", "conventional"], NAMES, season_id=3),
    crop_style(["maize"], {"maize": "ពោត"}, season_id=4),
    provider_style(["3", "3+12", "", "7"], PROVIDERS, season_id=6),
    provider_style([str(n) for n in range(20)], {}, season_id=6),
    stage_style(),
    graduated_area_style(AREAS, classes=4),
], ids=["single", "role", "practice", "crop", "provider", "providers-grouped", "stage",
        "graduated"])
def test_every_style_survives_a_save_and_reopen(qapp, style):
    saved = json.loads(json.dumps(style.to_config(), ensure_ascii=False))
    back = style_from_config(saved)
    assert back == style
    assert labels_of(back) == labels_of(style)


@pytest.mark.parametrize("config", [
    {"type": "heatmap"}, {"type": "categorized"}, {"type": "graduated", "attribute": "area_ha"},
    {"type": "single", "symbol": {"fill": "red"}}, "not a dict",
])
def test_a_damaged_saved_style_gives_a_clear_error(config):
    with pytest.raises(StyleError, match="style"):
        style_from_config(config)


def test_label_settings_survive_a_save_and_reopen():
    settings = LabelSettings(enabled=True, field="farmer_kh", font_size_pt=11.0,
                             min_size_px=30.0, halo=False)
    assert LabelSettings.from_config(json.loads(json.dumps(settings.to_config()))) == settings
    assert LabelSettings.from_config({}) == LabelSettings()
    with pytest.raises(LabelError, match="farmer_kh"):
        LabelSettings.from_config({"field": "village"})


# --- the plot layer -------------------------------------------------------------------------


def test_set_style_reads_the_attribute_given_to_the_layer(plot_layer):
    changes = []
    plot_layer.changed.connect(changes.append)
    plot_layer.set_attribute("practice", obj(["no_till", "conventional", "", "no_till"]))
    style = practice_style(["no_till", "conventional", "", "no_till"], NAMES)
    plot_layer.set_style(style)
    assert changes == [plot_layer]
    assert list(plot_layer.categories) == [0, 1, 2, 0]
    assert sorted(plot_layer.categories[plot_layer.order]) == list(
        plot_layer.categories[plot_layer.order])
    assert plot_layer.legend() == style.legend()
    # New values for the attribute the style reads classify the plots again.
    plot_layer.set_attribute("practice", obj(["", "", "", "conventional"]))
    assert list(plot_layer.categories) == [2, 2, 2, 1]
    assert len(changes) == 2


def test_area_and_role_styles_read_the_table(plot_layer):
    plot_layer.set_style(graduated_area_style(plot_layer.table.areas_ha, 3, "equal"))
    assert list(plot_layer.categories) == [0, 0, 2, 0]  # 1.0, 1.0, 3.75, 0.72 ha
    plot_layer.set_style(SingleStyle(RED))
    assert list(plot_layer.categories) == [0, 0, 0, 0]


def test_a_style_without_its_attribute_is_refused_and_changes_nothing(plot_layer):
    before = (plot_layer.style, plot_layer.categories.copy())
    with pytest.raises(MissingAttributeError, match="stage"):
        plot_layer.set_style(stage_style())
    assert plot_layer.style is before[0]
    assert list(plot_layer.categories) == list(before[1])


def test_attribute_values_must_be_one_per_plot(plot_layer):
    with pytest.raises(ValueError, match="one per plot"):
        plot_layer.set_attribute("stage", obj(["", ""]))


def test_the_layer_config_restores_style_and_labels(plot_layer, known_plots):
    plot_layer.set_attribute("stage", obj(["field_showcase", "", "identification", ""]))
    plot_layer.set_style(stage_style())
    plot_layer.labels = LabelSettings(enabled=True, field="farmer_latin", min_size_px=10)
    plot_layer.opacity = 0.6
    config = json.loads(json.dumps(plot_layer.to_config(), ensure_ascii=False))

    fresh = PlotLayer(known_plots.table, plot_layer.geometry.map_epsg)
    with pytest.raises(MissingAttributeError):
        fresh.apply_config(config)  # the stages are not loaded yet: nothing is restored
    assert fresh.labels == LabelSettings() and fresh.opacity == 1.0
    fresh.set_attribute("stage", obj(["field_showcase", "", "identification", ""]))
    fresh.apply_config(config)
    assert fresh.style == plot_layer.style
    assert fresh.labels == plot_layer.labels
    assert fresh.opacity == 0.6
    assert list(fresh.categories) == [2, 6, 0, 6]


def test_changing_the_labels_announces_a_change(plot_layer):
    changes = []
    plot_layer.changed.connect(changes.append)
    plot_layer.labels = LabelSettings(enabled=True)
    plot_layer.labels = LabelSettings(enabled=True)
    assert changes == [plot_layer]
    with pytest.raises(LabelError):
        plot_layer.labels = LabelSettings(font_size_pt=0)


# --- what the officer sees ------------------------------------------------------------------


def composite(fill) -> tuple[int, ...]:
    alpha = fill[3] / 255
    bg = (BACKGROUND.red(), BACKGROUND.green(), BACKGROUND.blue())
    return tuple(round(c * alpha + b * (1 - alpha)) for c, b in zip(fill[:3], bg, strict=True))


def assert_plot_colours(plot_layer, known_plots, expected_fill: dict[int, tuple]):
    layers = LayerList()
    layers.append(plot_layer)
    view = Viewport(0.0, 0.0, 1.0, 300, 300).fitted(plot_layer.extent())
    image = render_map(layers, view, antialias=False)
    for plot_id, points in known_plots.inside.items():
        for x, y in points:
            px, py = view.map_to_pixel(x, y)
            c = image.pixelColor(math.floor(float(px)), math.floor(float(py)))
            want = composite(expected_fill[plot_id])
            got = (c.red(), c.green(), c.blue())
            assert all(abs(a - b) <= 3 for a, b in zip(got, want, strict=True)), (
                plot_id, got, want)


def test_practice_style_paints_each_plot_in_its_category_colour(qapp, plot_layer, known_plots):
    values = obj(["cover_crop+no_till", "conventional", "", "cover_crop+no_till"])
    plot_layer.set_attribute("practice", values)
    style = practice_style(values, NAMES)
    plot_layer.set_style(style)
    fills = {i: style.symbols[v].fill for i, v in zip((101, 102, 103, 104), values, strict=True)}
    assert len(set(fills.values())) == 3
    assert_plot_colours(plot_layer, known_plots, fills)


def test_graduated_style_paints_each_plot_in_its_class_colour(qapp, plot_layer, known_plots):
    style = graduated_area_style(plot_layer.table.areas_ha, classes=3, method="equal")
    plot_layer.set_style(style)
    small, large = style.symbols[0].fill, style.symbols[2].fill
    assert_plot_colours(plot_layer, known_plots, {101: small, 102: small, 103: large,
                                                  104: small})
