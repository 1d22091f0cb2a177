"""A project reopens where the officer left it; without a saved view it opens on its
plots, even when a basemap covers the whole country."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage

from metkasekor_desktop.io.webmercator import tile_for_lonlat
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.recent import AppSettings
from metkasekor_desktop.ui.window_layout import VIEW_SETTING
from tests.ui.conftest import open_project


def _new_window(qtbot, tmp_path: Path, show: bool = True) -> MainWindow:
    from metkasekor_desktop.ui.application import create_application

    create_application()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppSettings(settings))
    qtbot.addWidget(window)
    if show:
        window.show()
    return window


def _country_tiles(root: Path) -> Path:
    """Tiles at zoom 5 over Cambodia and its neighbours: a basemap of the whole country."""
    for x in range(24, 27):
        for y in range(13, 16):
            folder = root / "5" / str(x)
            folder.mkdir(parents=True, exist_ok=True)
            image = QImage(256, 256, QImage.Format.Format_RGB32)
            image.fill(QColor(90, 140, 90))
            image.save(str(folder / f"{y}.png"))
    assert tile_for_lonlat(104.9, 11.6, 5) in {(x, y) for x in range(24, 27)
                                               for y in range(13, 16)}
    return root


def test_a_project_reopens_at_its_last_view(window, demo_project, qtbot, tmp_path):
    canvas = window.canvas
    canvas.zoom_by(6.0)
    canvas.pan_pixels(40, -25)
    canvas.view_settled()
    left = canvas.viewport
    window.close()
    again = _new_window(qtbot, tmp_path / "again")
    assert open_project(again, demo_project, qtbot)
    view = again.canvas.viewport
    assert view.center_x == pytest.approx(left.center_x, abs=left.units_per_pixel * 2)
    assert view.center_y == pytest.approx(left.center_y, abs=left.units_per_pixel * 2)
    assert view.units_per_pixel == pytest.approx(left.units_per_pixel, rel=0.05)


def test_without_a_saved_view_the_project_opens_on_its_plots(demo_project, qtbot,
                                                             tmp_path):
    first = _new_window(qtbot, tmp_path / "first")
    assert open_project(first, demo_project, qtbot)
    layer = first.map_layers.add_basemap(
        {"type": "folder", "path": str(_country_tiles(tmp_path / "tiles"))})
    assert layer is not None and layer.extent() is not None
    first.close()
    project = Project.open(demo_project)
    project.set_setting(VIEW_SETTING, "")  # as a project that was never closed here
    project.close()
    # At start-up the recent project opens before the window is first shown.
    window = _new_window(qtbot, tmp_path / "second", show=False)
    assert window.open_project(demo_project)
    window.show()
    qtbot.waitExposed(window)
    plots = window.canvas.plot_layer.extent()
    view = window.canvas.viewport.extent
    assert view[0] <= plots[0] and view[2] >= plots[2]  # the plots are in view
    assert (view[2] - view[0]) < 3 * (plots[2] - plots[0]) or \
        (view[3] - view[1]) < 3 * (plots[3] - plots[1]), "zoomed to the plots, not the country"


def test_the_view_does_not_drift_from_one_opening_to_the_next(window, demo_project, qtbot,
                                                               tmp_path):
    """Each opening restores the centre and scale it was closed at, whatever the size of
    the window and however its docks settle after the project opens (the saved extent
    used to be fitted to a canvas not yet laid out: the map zoomed out at each reopen)."""
    window.canvas.zoom_by(3.0)
    window.canvas.view_settled()
    left = window.canvas.viewport
    window.close()
    for k, (width, height) in enumerate([(1366, 768), (900, 700), (1600, 900)]):
        again = _new_window(qtbot, tmp_path / f"again{k}", show=False)
        again.resize(width, height)
        again.show()
        assert open_project(again, demo_project, qtbot)
        qtbot.wait(50)
        view = again.canvas.viewport
        assert view.units_per_pixel == pytest.approx(left.units_per_pixel, rel=1e-6)
        assert view.center_x == pytest.approx(left.center_x, abs=0.01)
        assert view.center_y == pytest.approx(left.center_y, abs=0.01)
        again.close()


def test_an_extent_to_show_whole_stays_whole_while_the_window_settles(window, qtbot):
    """The plots fitted at opening stay whole through the resizes of the first layout;
    once the view is moved, a resize keeps centre and scale."""
    canvas = window.canvas
    plots = canvas.plot_layer.extent()
    canvas.fit_while_settling(plots)
    canvas.resize(canvas.width() // 2, canvas.height())
    qtbot.wait(10)
    view = canvas.viewport.extent
    assert view[0] <= plots[0] and view[2] >= plots[2]
    assert view[1] <= plots[1] and view[3] >= plots[3]
    canvas.zoom_by(2.0)
    upp = canvas.viewport.units_per_pixel
    canvas.resize(canvas.width() * 2, canvas.height())
    qtbot.wait(10)
    assert canvas.viewport.units_per_pixel == pytest.approx(upp)
