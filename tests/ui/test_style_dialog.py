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
