"""Editing in the real window: draw with the mouse, save through the form, undo, redo,
delete with confirmation, and the refusal of a crossing shape marked on the map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.delete_plots_dialog import DeletePlotsDialog
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.new_plot_dialog import NewPlotDialog
from metkasekor_desktop.ui.recent import AppSettings
from tests.ui.conftest import open_project


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_project: Path) -> MainWindow:
    create_application()
    win = MainWindow(AppSettings(QSettings(str(tmp_path / "s.ini"),
                                           QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert open_project(win, demo_project, qtbot)
    return win


def _pixel(window: MainWindow, x: float, y: float) -> QPoint:
    px, py = window.canvas.viewport.map_to_pixel(x, y)
    return QPoint(int(round(float(px))), int(round(float(py))))


def _draw_square(window: MainWindow, x0: float, y0: float, size: float, qtbot) -> None:
    canvas = window.canvas
    window.tools.activate("draw_plot")
    canvas.setFocus()
    corners = [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size)]
    for x, y in corners:
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                         _pixel(window, x, y))
    QTest.keyClick(canvas, Qt.Key.Key_Return)  # closes the ring
    QTest.keyClick(canvas, Qt.Key.Key_Return)  # ends the shape: the form opens


def _empty_spot(window: MainWindow) -> tuple[float, float]:
    xmin, ymin, xmax, ymax = window.canvas.plot_layer.extent()
    return xmin - 2_000.0, ymin - 2_000.0


def test_draw_save_undo_redo_in_the_window(window, qtbot, monkeypatch):
    def accept(self: NewPlotDialog) -> int:  # the officer takes the proposed code
        return QDialog.DialogCode.Accepted if self.save() else 0

    monkeypatch.setattr(NewPlotDialog, "exec", accept)
    x0, y0 = _empty_spot(window)
    window.canvas.zoom_to_extent((x0 - 50, y0 - 50, x0 + 150, y0 + 150))
    before = len(window.canvas.plot_layer.table)
    _draw_square(window, x0, y0, 100.0, qtbot)
    layer = window.canvas.plot_layer
    assert len(layer.table) == before + 1
    new_id = int(layer.table.ids[-1])
    assert layer.selected == (new_id,)
    with Project.open(window.project.path) as project:
        stored = project.plots.get(new_id)
        # clicks land on whole pixels (0.25 m here): the square is 1 ha within 1%
        assert stored.area_ha == pytest.approx(1.0, rel=1e-2)
    window.edit.undo_action.trigger()
    assert len(window.canvas.plot_layer.table) == before
    assert window.plots.model.rowCount() == before, "the table follows undo"
    window.edit.redo_action.trigger()
    assert len(window.canvas.plot_layer.table) == before + 1
    assert window.history_panel.current_row() == 1


def test_a_crossing_shape_is_refused_and_marked(window, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    x0, y0 = _empty_spot(window)
    window.canvas.zoom_to_extent((x0 - 50, y0 - 50, x0 + 150, y0 + 150))
    canvas = window.canvas
    window.tools.activate("draw_plot")
    canvas.setFocus()
    for x, y in [(x0, y0), (x0 + 100, y0 + 100), (x0 + 100, y0), (x0, y0 + 100)]:  # a bow-tie
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                         _pixel(window, x, y))
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert shown and "cross" in shown[0].lower()
    mx, my = window.edit.problem_at
    assert abs(mx - (x0 + 50)) < 1 and abs(my - (y0 + 50)) < 1, "the crossing is marked"


def test_delete_asks_first_and_undo_brings_everything_back(window, qtbot, monkeypatch):
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[6])  # a demonstration plot with plans and samples
    layer.select([plot_id])
    texts: list[str] = []

    def refuse(self: DeletePlotsDialog) -> int:
        texts.append(self.summary_text())
        return 0

    monkeypatch.setattr(DeletePlotsDialog, "exec", refuse)
    window.edit.delete_action.trigger()
    assert texts and "season plan" in texts[0]
    assert plot_id in [int(i) for i in window.canvas.plot_layer.table.ids], "Cancel keeps it"
    monkeypatch.setattr(DeletePlotsDialog, "exec", lambda self: 1)
    window.edit.delete_action.trigger()
    assert plot_id not in [int(i) for i in window.canvas.plot_layer.table.ids]
    with Project.open(window.project.path) as project:
        assert project.plots.get(plot_id) is None
    window.edit.undo_action.trigger()
    with Project.open(window.project.path) as project:
        assert project.plots.get(plot_id) is not None
        assert project.plans.for_plot(plot_id)


def test_delete_key_on_the_map_asks_to_delete_the_selection(window, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(DeletePlotsDialog, "exec",
                        lambda self: asked.append(self.summary_text()) or 0)
    layer = window.canvas.plot_layer
    layer.select([int(layer.table.ids[0])])
    window.tools.activate("select")
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert asked, "Delete on the map asks before deleting the selected plot"


def test_split_asks_about_records_and_merge_joins_the_parts(window, qtbot, monkeypatch):
    import shapely
    from shapely.geometry import LineString

    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[0])
    geom = layer.map_geometries()[layer.index_of(plot_id)]
    area = geom.area
    minx, miny, maxx, maxy = geom.bounds
    cx = (minx + maxx) / 2
    line = LineString([(cx, miny - 20), (cx, maxy + 20)])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = len(layer.table)
    window.edit.ask_split(plot_id, line)
    layer = window.canvas.plot_layer
    assert len(layer.table) == before + 1
    new_id = int(layer.table.ids[-1])
    parts = layer.map_geometries()[[layer.index_of(plot_id), layer.index_of(new_id)]]
    assert sum(shapely.area(parts)) == pytest.approx(area, rel=1e-6)
    with Project.open(window.project.path) as project:
        assert len(project.plans.for_plot(new_id)) == len(project.plans.for_plot(plot_id))
    layer.select([plot_id, new_id])
    window.edit.merge_action.trigger()
    layer = window.canvas.plot_layer
    assert len(layer.table) == before
    assert layer.map_geometries()[layer.index_of(plot_id)].area == pytest.approx(area, rel=1e-4)
    assert window.history_panel.current_row() == 2, "split and merge: two undo steps"


def test_overlaps_are_listed_and_shown(window, qtbot, monkeypatch):
    from metkasekor_desktop.layers.plot_editor import EditSettings

    layer = window.canvas.plot_layer
    editor = window.edit.editor
    editor.settings = EditSettings(avoid_overlaps=False)  # as imported data may be
    geom = layer.map_geometries()[0]
    prepared = editor.prepare(shapely_translate(geom, 10.0, 0.0))
    new_id = editor.add_plot(prepared, code="BTB-RM-0900")
    window.edit.overlaps_action.trigger()
    panel = window.overlaps_panel
    assert window.overlaps_dock.isVisible()
    found = panel.show_overlaps(window.canvas.plot_layer)
    assert any(new_id in (a, b) for a, b, _ in found)
    window.edit.show_plots((int(layer.table.ids[0]), new_id))
    assert set(window.canvas.plot_layer.selected) == {int(layer.table.ids[0]), new_id}


def shapely_translate(geom, dx, dy):
    import shapely.affinity

    return shapely.affinity.translate(geom, dx, dy)
