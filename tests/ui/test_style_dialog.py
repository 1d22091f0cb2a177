"""The plot style dialog changes the map, and Cancel puts it back."""

from __future__ import annotations

import numpy as np

from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.style_dialog import PlotStyleDialog


def _layer_and_project(demo_project):
    project = Project.open(demo_project)
    return PlotLayer(project.plots.load_table(), 32648), project


def test_choosing_practice_and_labels_applies_them(qtbot, demo_project):
    create_application()
    layer, project = _layer_and_project(demo_project)
    dialog = PlotStyleDialog(layer, project, "kh")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("practice"))
    assert dialog.season.isEnabled() and not dialog.classes.isEnabled()
    dialog.labels_on.setChecked(True)
    dialog.field.setCurrentIndex(dialog.field.findData("farmer_kh"))
    assert dialog.apply()
    assert layer.style.attribute == "practice"
    assert layer.style.season_id == dialog.season.currentData()
    assert layer.labels.enabled and layer.labels.field == "farmer_kh"
    khmer = [e.label for e in layer.legend() if any("\u1780" <= c <= "\u17ff" for c in e.label)]
    assert khmer, "practice names in the legend are in Khmer"
    project.close()


def test_cancel_restores_the_previous_style(qtbot, demo_project):
    create_application()
    layer, project = _layer_and_project(demo_project)
    before = layer.categories.copy()
    dialog = PlotStyleDialog(layer, project, "en")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("area"))
    assert dialog.apply() and layer.style.attribute == "area_ha"
    dialog.reject()
    assert layer.style.attribute == "role"
    assert np.array_equal(layer.categories, before)
    project.close()


def test_a_season_style_without_seasons_says_why(qtbot, tmp_path):
    create_application()
    path = tmp_path / "empty.gpkg"
    Project.create(path).close()
    layer, project = _layer_and_project(path)
    dialog = PlotStyleDialog(layer, project, "en")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("crop"))
    assert not dialog.apply()
    assert "season" in dialog.message.text()
    project.close()


def test_choosing_provider_colours_plots_by_who_served_them(qtbot, demo_project, english):
    layer, project = _layer_and_project(demo_project)
    dialog = PlotStyleDialog(layer, project, "en")
    qtbot.addWidget(dialog)
    index = dialog.kind.findData("provider")
    assert index >= 0 and dialog.kind.itemText(index) == "By service provider in a season"
    dialog.kind.setCurrentIndex(index)
    assert dialog.season.isEnabled() and not dialog.classes.isEnabled()
    seasons = {s.id: s.name for s in project.seasons.list()}
    dialog.season.setCurrentIndex(
        dialog.season.findData(next(i for i, n in seasons.items() if n == "2024 main wet")))
    assert dialog.apply()
    assert layer.style.attribute == "provider"
    assert layer.style.season_id == dialog.season.currentData()
    labels = [e.label for e in layer.legend()]
    names = {p.name for p in project.providers.list()}
    assert labels[-1] == "No provider"
    assert {part for label in labels[:-1] for part in label.split(" + ")} <= names
    assert len(labels) >= 3
    dialog.reject()  # Cancel: back to the role style
    assert layer.style.attribute == "role"
    project.close()


def test_the_window_legend_lists_the_providers(window, qtbot):
    from metkasekor_desktop.layers.map_export import legend_entries
    from metkasekor_desktop.layers.plot_styling import apply_style

    layer, project = window.canvas.plot_layer, window.project
    season = next(s.id for s in project.seasons.list() if s.name == "2023 early wet")
    apply_style(layer, project, "provider", season_id=season, language="kh")
    panel = window.legend_panel
    labels = [e.label for e in legend_entries(panel.canvas.layers)]
    served = {p.name for p in project.providers.list()
              if any(p.id == pp.provider_id for plan in project.plans.list()
                     if plan.season_id == season and plan.status != "cancelled"
                     for pp in plan.practices)}
    assert served and served <= set(labels)
    # The legend is tall enough for every line: none is cut off at the bottom.
    panel.refresh()
    assert panel.canvas.minimumHeight() >= panel.canvas.sizeHint().height()
