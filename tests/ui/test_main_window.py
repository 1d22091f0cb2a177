"""The first window on the demo project: table, map, selection both ways, memory."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from metkasekor_desktop.layers.styles import SELECTION_STROKE
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.recent import AppSettings
from tests.ui.conftest import open_project


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings: AppSettings) -> MainWindow:
    create_application()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _settled(window: MainWindow, qtbot) -> None:
    window.canvas.wait_for_render()
    qtbot.wait(20)
    QApplication.processEvents()
    window.canvas.wait_for_render()
    QApplication.processEvents()


def _centroid_pixel(window: MainWindow, plot_id: int) -> QPoint:
    layer = window.canvas.plot_layer
    geom = layer.map_geometries()[layer.index_of(plot_id)]
    point = shapely.point_on_surface(geom)
    px, py = window.canvas.viewport.map_to_pixel(point.x, point.y)
    return QPoint(int(round(float(px))), int(round(float(py))))


def test_demo_project_opens_with_every_plot_in_the_table(window, demo_project, qtbot):
    assert open_project(window, demo_project, qtbot)
    with Project.open(demo_project) as project:
        expected = project.plots.count()
    assert window.plots.model.rowCount() == expected > 100
    assert len(window.canvas.plot_layer.table) == expected
    assert demo_project.name in window.windowTitle()
    _settled(window, qtbot)
    layer = window.canvas.plot_layer
    image = window.canvas.grab().toImage()
    background = QColor(246, 244, 238)
    painted = 0
    for plot_id in layer.table.ids[:40]:  # at full extent plots show as markers
        p = _centroid_pixel(window, int(plot_id))
        painted += image.pixelColor(p.x(), p.y()) != background
    assert painted == 40, "every plot is drawn on the map, even when tiny"
    window.canvas.zoom_to_extent(layer.plot_extent([int(layer.table.ids[0])]))
    _settled(window, qtbot)
    image = window.canvas.grab().toImage()
    p = _centroid_pixel(window, int(layer.table.ids[0]))
    assert image.pixelColor(p.x(), p.y()) != background


def test_table_selection_selects_the_plot_on_the_map(window, demo_project, qtbot):
    open_project(window, demo_project, qtbot)
    view = window.plots.view
    view.selectRow(3)
    code = window.plots.model.data(window.plots.model.index(3, 0))
    layer = window.canvas.plot_layer
    assert len(layer.selected) == 1
    assert str(layer.table.codes[layer.index_of(layer.selected[0])]) == code
    window.zoom_sel_action.trigger()
    _settled(window, qtbot)
    image = window.canvas.grab().toImage()
    stroke = QColor(*SELECTION_STROKE)
    hits = sum(
        image.pixelColor(x, y) == stroke
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    assert hits > 10, "the selected plot is outlined on the map"


def test_clicking_a_plot_on_the_map_selects_its_row(window, demo_project, qtbot):
    open_project(window, demo_project, qtbot)
    layer = window.canvas.plot_layer
    target = int(layer.table.ids[10])
    window.canvas.zoom_to_extent(layer.plot_extent([target]))
    _settled(window, qtbot)
    window.tools.activate("select")
    QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _centroid_pixel(window, target))
    assert layer.selected == (target,)
    assert window.plots.selected_ids() == [target]
    assert "1 selected" in window.status.count_label.text()


def test_search_finds_khmer_farmer_names(window, demo_project, qtbot):
    open_project(window, demo_project, qtbot)
    layer = window.canvas.plot_layer
    name = next(str(n) for n in layer.table.farmer_names_kh if n)
    window.plots.search.setText(name)
    window.plots.apply_search()
    model = window.plots.model
    rows = model.rowCount()
    assert 0 < rows < len(layer.table)
    for row in range(rows):  # the column shows the name in the UI's language
        plot = layer.index_of(model.plot_id(row))
        assert str(layer.table.farmer_names_kh[plot]) == name
    latin = str(layer.table.farmer_names_latin[layer.index_of(model.plot_id(0))])
    window.plots.search.setText(latin.upper())
    window.plots.apply_search()
    assert 0 < model.rowCount() < len(layer.table)


def test_wheel_zooms_around_the_cursor(window, demo_project, qtbot):
    open_project(window, demo_project, qtbot)
    canvas = window.canvas
    pos = QPointF(300.0, 200.0)
    before = canvas.viewport.pixel_to_map(pos.x(), pos.y())
    upp = canvas.viewport.units_per_pixel
    event = QWheelEvent(pos, canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)
    assert canvas.viewport.units_per_pixel < upp
    after = canvas.viewport.pixel_to_map(pos.x(), pos.y())
    assert np.allclose(before, after, atol=1e-6 * upp)


def test_dragging_pans_the_map_and_the_status_bar_shows_lon_lat(window, demo_project, qtbot):
    open_project(window, demo_project, qtbot)
    canvas = window.canvas
    window.tools.activate("pan")
    center = canvas.viewport.center_x
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(400, 300))
    QTest.mouseMove(canvas, QPoint(450, 300))
    QTest.mouseMove(canvas, QPoint(500, 300))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(500, 300))
    assert canvas.viewport.center_x == pytest.approx(
        center - 100 * canvas.viewport.units_per_pixel)
    window.prev_view_action.trigger()
    assert canvas.viewport.center_x == pytest.approx(center), "one drag is one view step"
    lon_text = window.status.lonlat_label.text()
    assert "Lon 10" in lon_text and "Lat 1" in lon_text
    assert "UTM 48N" in window.status.utm_label.text()


def test_zoom_to_all_and_previous_view(window, demo_project, qtbot):
    open_project(window, demo_project, qtbot)
    canvas = window.canvas
    full = canvas.viewport
    canvas.zoom_by(4.0)
    assert canvas.viewport.units_per_pixel == pytest.approx(full.units_per_pixel / 4)
    window.prev_view_action.trigger()
    assert canvas.viewport.units_per_pixel == pytest.approx(full.units_per_pixel)
    window.next_view_action.trigger()
    window.zoom_all_action.trigger()
    xmin, ymin, xmax, ymax = canvas.viewport.extent
    lxmin, lymin, lxmax, lymax = canvas.layers.extent()
    assert xmin <= lxmin and ymin <= lymin and xmax >= lxmax and ymax >= lymax


def test_refused_file_shows_a_message_and_keeps_the_open_project(
    window, demo_project, tmp_path, monkeypatch, qtbot
):
    open_project(window, demo_project, qtbot)
    bogus = tmp_path / "notes.gpkg"
    bogus.write_text("not a project")
    before = bogus.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.open_project(bogus)
    assert shown and "notes.gpkg" in shown[0]
    assert window.project is not None and window.project.path == demo_project
    assert bogus.read_bytes() == before


def test_last_project_recent_files_and_layout_are_remembered(
    qtbot, settings, demo_project
):
    create_application()
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(780, 680)
    first.show()
    first.open_project(demo_project)
    first.plots_dock.hide()
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    assert settings.last_project() == demo_project.resolve()
    assert settings.recent_projects()[0] == demo_project.resolve()
    assert (second.size().width(), second.size().height()) == (780, 680)
    assert second.plots_dock.isHidden()
    second.files.fill_recent_menu()
    assert demo_project.name in second.files.recent_menu.actions()[0].text()
