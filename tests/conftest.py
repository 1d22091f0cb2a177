"""Shared test set-up: Qt runs without a screen, and fixtures every test package can use."""

from __future__ import annotations

import os

# Before anything imports Qt: tests draw into offscreen surfaces, on a server as on a PC.
# setdefault lets a developer watch the widgets with QT_QPA_PLATFORM=xcb on purpose.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application():
    """One QApplication (with widgets) for the whole run, made before any test. A command
    that draws (``render``) would otherwise make a plain QGuiApplication first, on which
    no widget test can start afterwards: the order the tests ran in would matter."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["metkasekor-tests"])


@pytest.fixture
def open_session():
    """Opens a session on a project as the window opens one: its layer (in the map CRS,
    UTM 48N unless told), undo stack and editor; every session opened is closed (its
    project with it) after the test."""
    from metkasekor_desktop.domain.geometry import METRIC_EPSG
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.layers.session import ProjectSession

    opened = []

    def open_(project, map_epsg: int = METRIC_EPSG):
        session = ProjectSession(project, PlotLayer(project.plots.load_table(), map_epsg),
                                 map_epsg)
        opened.append(session)
        return session

    yield open_
    for session in reversed(opened):
        session.close()


# The PostgreSQL server of the shared-register tests, for every package (started only
# by a test that asks for it, once per session).
from tests.storage.postgis.pg_fixtures import (  # noqa: E402, F401
    empty_db,
    own_server,
    pg_server,
    postgis_template,
    register_db,
    register_template,
    register_url,
)
