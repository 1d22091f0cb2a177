"""Trials in the window: the charts load only when their dock is first shown, a trial
shown on the map is outlined, the measurements follow the selected plot."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.recent import AppSettings
from tests.ui.conftest import open_project


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_project: Path) -> MainWindow:
    create_application()
    win = MainWindow(AppSettings(QSettings(str(tmp_path / "s.ini"),
                                           QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    assert open_project(win, demo_project, qtbot)
    return win


def test_charts_load_on_first_show_and_follow_the_trial(window, qtbot):
    trials = window.trials
    assert trials.charts is None
    trials.trials_dock.show()
    trial = trials.trials.trials()[0]
    trials.trials.select_trial(trial.id)
    trials.charts_dock.show()
    trials.charts_dock.raise_()  # its tab in front: the charts load now
    qtbot.waitUntil(lambda: trials.charts is not None, timeout=5000)
    assert "pyqtgraph" in sys.modules
    assert trials.charts.current_trial().id == trial.id


def test_a_trial_shown_on_the_map_is_outlined_and_selected(window):
    trials = window.trials
    trial = trials.trials.trials()[0]
    trials.trials.select_trial(trial.id)
    ids = [m.plot_id for m in trial.members]
    trials.show_trial_plots(ids)
    assert set(window.canvas.plot_layer.selected) == set(ids)
    assert trials.roles == {m.plot_id: m.treatment for m in trial.members}


def test_measurements_follow_the_selected_plot(window):
    layer = window.canvas.plot_layer
    trial = window.trials.trials.trials()[0]
    plot_id = trial.members[0].plot_id
    layer.select([plot_id])
    window.trials.measurements_dock.show()
    assert window.trials.measurements.soil_samples(), "the plot's soil samples are listed"
