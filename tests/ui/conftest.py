"""Fixtures of the UI tests: one demo project made once per session, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from metkasekor_desktop.app import main


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def demo_project(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo project for each test (the master is never opened)."""
    path = tmp_path / "demo.gpkg"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_project: Path):
    """The main window with a fresh copy of the demo project open (settings of its own)."""
    from PySide6.QtCore import QSettings

    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    create_application()
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppSettings(qsettings))
    qtbot.addWidget(win)
    win.show()
    assert open_project(win, demo_project, qtbot)  # the table is filled too
    return win


def open_project(window, path: Path, qtbot) -> bool:
    """Open a project in the window and wait until its table is filled (after the map's
    first frame, as a user sees it)."""
    if not window.open_project(path):
        return False
    qtbot.waitUntil(lambda: window.plots.model.rowCount() > 0, timeout=10_000)
    return True


@pytest.fixture
def session(demo_project: Path, open_session):
    """The demo project open as the window opens it: its layer, undo stack and editor
    in one session (in the window's map CRS), closed after the test."""
    from metkasekor_desktop.storage import Project

    return open_session(Project.open(demo_project))


@pytest.fixture
def english(qapp):
    """The application with no translator before and after the test (English)."""
    from metkasekor_desktop.ui.language import remove_translators

    remove_translators(qapp)
    yield qapp
    remove_translators(qapp)


@pytest.fixture
def khmer(english):
    """The application in Khmer for the test (English again after it)."""
    from metkasekor_desktop.ui.language import install_translators

    install_translators(english, "km")
    return english

