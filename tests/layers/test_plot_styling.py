"""Styles made from the project's data: practice, crop and provider per season, stage,
area."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.enums import ProviderKind, Service
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.persistence import layers_config, restore_layers
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.plot_styling import (
    STYLE_KINDS,
    StyleChoiceError,
    apply_style,
    make_style,
    provider_name,
    refresh_style,
)
from metkasekor_desktop.storage import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("styling") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "80"]) == 0
    return path


@pytest.fixture
def project(demo: Path, tmp_path: Path):
    copy = tmp_path / "demo.gpkg"
    shutil.copyfile(demo, copy)
    with Project.open(copy) as p:
        yield p


def _season(project: Project, name: str) -> int:
    return next(s.id for s in project.seasons.list() if s.name == name)


def test_practice_style_follows_the_plans_of_the_season(project):
    layer = PlotLayer(project.plots.load_table(), 32648)
    season = _season(project, "2024 main wet")
    apply_style(layer, project, "practice", season_id=season, language="en")
    assert layer.style.attribute == "practice"
    values = layer.attribute_values("practice")
    plans = {p.plot_id: p for p in project.plans.list() if p.season_id == season}
    practices = {p.id: p.key for p in project.practices.list()}
    for n, plot_id in enumerate(layer.table.ids):
        plan = plans.get(int(plot_id))
        expected = "" if plan is None or plan.status == "cancelled" else "+".join(
            sorted(practices[pp.practice_id] for pp in plan.practices))
        assert values[n] == expected
    labels = [e.label for e in layer.legend()]
    assert "No plan" in labels
    assert any("Cover crop" in label for label in labels)


def test_provider_style_shows_who_served_each_plot_in_the_season(project):
    layer = PlotLayer(project.plots.load_table(), 32648)
    season = _season(project, "2024 main wet")
    apply_style(layer, project, "provider", season_id=season, language="en")
    assert layer.style.attribute == "provider" and layer.style.season_id == season
    values = layer.attribute_values("provider")
    plans = {p.plot_id: p for p in project.plans.list() if p.season_id == season}
    for n, plot_id in enumerate(layer.table.ids):
        plan = plans.get(int(plot_id))
        ids = set() if plan is None or plan.status == "cancelled" else {
            pp.provider_id for pp in plan.practices if pp.provider_id is not None}
        assert values[n] == "+".join(str(i) for i in sorted(ids))
    names = {p.name for p in project.providers.list()}
    labels = [e.label for e in layer.legend()]
    assert labels[-1] == "No provider"
    served = [label.split(" + ") for label in labels[:-1]]
    assert served and all(part in names for parts in served for part in parts)
    assert any(len(parts) == 2 for parts in served), "no-till and cover-crop seed providers"
    with pytest.raises(StyleChoiceError, match="Choose a season"):
        make_style(layer, project, "provider")


def test_a_name_in_both_scripts_shows_the_chosen_one():
    both = "សហគមន៍កសិកម្មស្ដៅ (Sdau Agricultural Cooperative)"
    assert provider_name(both, "kh") == "សហគមន៍កសិកម្មស្ដៅ"
    assert provider_name(both, "en") == "Sdau Agricultural Cooperative"
    assert provider_name("Sdau Cooperative (សហគមន៍ស្ដៅ)", "kh") == "សហគមន៍ស្ដៅ"
    for name in ("Green Field Inputs (GFI)", "Angkor Seeds", "សហគមន៍ស្ដៅ"):
        assert provider_name(name, "kh") == provider_name(name, "en") == name


def test_provider_colours_follow_a_changed_plan(project):
    layer = PlotLayer(project.plots.load_table(), 32648)
    season = _season(project, "2024 main wet")
    apply_style(layer, project, "provider", season_id=season, language="en")
    plot_id = int(next(i for i, v in zip(layer.table.ids, layer.attribute_values("provider"),
                                         strict=True) if v == ""))
    newcomer = Provider(name="Kampong Spray", kind=ProviderKind.MACHINERY_SERVICE,
                        services=(Service.SPRAYING,))
    project.providers.add(newcomer)
    plan = project.plans.find(plot_id, season) or PlotSeasonPlan(plot_id=plot_id,
                                                                 season_id=season)
    plan.practices = [PlannedPractice(practice_id=project.practices.by_key("no_till").id,
                                      provider_id=newcomer.id)]
    if plan.id is None:
        project.plans.add(plan)
    else:
        project.plans.update(plan)

    assert refresh_style(layer, project, [plot_id])
    n = layer.index_of(plot_id)
    assert layer.attribute_values("provider")[n] == str(newcomer.id)
    assert "Kampong Spray" in [e.label for e in layer.legend()]  # still in English
    symbol = layer.style.symbol_of(int(layer.categories[n]))
    assert symbol == layer.style.symbols[str(newcomer.id)] != layer.style.symbols[""]


def test_a_saved_provider_style_comes_back_with_the_same_colours(project):
    layer = PlotLayer(project.plots.load_table(), 32648)
    season = _season(project, "2023 early wet")
    apply_style(layer, project, "provider", season_id=season)
    layers = LayerList()
    layers.append(layer)
    saved = layers_config(layers)
    fresh = PlotLayer(project.plots.load_table(), 32648)
    restored, problems = restore_layers(saved, fresh, 32648, project)
    assert problems == [] and restored == [fresh]
    assert fresh.style == layer.style and fresh.style.season_id == season
    assert np.array_equal(fresh.categories, layer.categories)


def test_a_season_style_needs_a_season(project):
    layer = PlotLayer(project.plots.load_table(), 32648)
    with pytest.raises(StyleChoiceError, match="Choose a season"):
        make_style(layer, project, "crop")


def test_area_classes_hold_every_plot(project):
    layer = PlotLayer(project.plots.load_table(), 32648)
    apply_style(layer, project, "area", classes=4, method="equal")
    assert set(np.unique(layer.categories)) <= set(range(4))


def test_a_saved_practice_style_comes_back_with_the_same_colours(project):
    layer = PlotLayer(project.plots.load_table(), 32648)
    season = _season(project, "2023 main wet")
    apply_style(layer, project, "practice", season_id=season)
    layers = LayerList()
    layers.append(layer)
    saved = layers_config(layers)
    fresh = PlotLayer(project.plots.load_table(), 32648)
    restored, problems = restore_layers(saved, fresh, 32648, project)
    assert problems == [] and restored == [fresh]
    assert fresh.style.season_id == season
    assert np.array_equal(fresh.categories, layer.categories)


@pytest.mark.parametrize("kind", STYLE_KINDS)
def test_every_style_paints_each_plot_in_its_category_colour(project, qapp, kind):
    """The pixel at a plot's inside point has its category's fill over the background."""
    import shapely
    from PySide6.QtGui import QColor

    from metkasekor_desktop.layers.map_renderer import BACKGROUND, render_map
    from metkasekor_desktop.layers.viewport import Viewport

    layer = PlotLayer(project.plots.load_table(), 32648)
    apply_style(layer, project, kind, season_id=_season(project, "2024 main wet"))
    layers = LayerList()
    layers.append(layer)
    ids = [int(i) for i in layer.table.ids[:6]]  # one village's plots, side by side
    xmin, ymin, xmax, ymax = layer.plot_extent(ids)
    view = Viewport(0, 0, 1, 700, 500).fitted((xmin, ymin, xmax, ymax))
    image = render_map(layers, view, antialias=False)
    bg = BACKGROUND
    for plot_id in ids:
        n = layer.index_of(plot_id)
        point = shapely.point_on_surface(layer.map_geometries()[n])
        px, py = view.map_to_pixel(point.x, point.y)
        r, g, b, a = layer.style.symbol_of(int(layer.categories[n])).fill
        expected = [round(c * a / 255 + k * (1 - a / 255)) for c, k in
                    zip((r, g, b), (bg.red(), bg.green(), bg.blue()), strict=True)]
        got = image.pixelColor(int(px), int(py))
        assert abs(got.red() - expected[0]) <= 3 and abs(got.green() - expected[1]) <= 3 \
            and abs(got.blue() - expected[2]) <= 3, (kind, plot_id, got.name(),
                                                     QColor(*expected).name())
