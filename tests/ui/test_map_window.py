"""The map parts of the window: layer panel, identify, zoom box, scale, saved layers."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.layers_dock import MIME
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.recent import AppSettings
from metkasekor_desktop.ui.status_bar import parse_scale
from tests.ui.conftest import open_project


class NoteLayer(Layer):
    """A layer of no particular kind, to fill the list in tests."""

    kind = "note"


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_project: Path) -> MainWindow:
    create_application()
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    assert open_project(win, demo_project, qtbot)
    return win


def _pixel(window: MainWindow, x: float, y: float) -> QPoint:
    px, py = window.canvas.viewport.map_to_pixel(x, y)
    return QPoint(int(round(float(px))), int(round(float(py))))


def test_layer_checkbox_hides_the_layer(window):
    model = window.layers_panel.model
    index = model.index(0)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not window.canvas.plot_layer.visible


def test_dragging_a_layer_reorders_the_list(window):
    window.layers.append(NoteLayer("notes"))
    model = window.layers_panel.model
    data = QMimeData()
    data.setData(MIME, b"1")  # drag the notes layer (row 1) onto the top
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [layer.name for layer in window.layers][0] == "notes"


def test_opacity_slider_and_remove(window):
    panel = window.layers_panel
    notes = NoteLayer("notes")
    window.layers.append(notes)
    panel.select_layer(notes)
    panel.opacity.setValue(40)
    assert notes.opacity == pytest.approx(0.4)
    panel.select_layer(window.canvas.plot_layer)
    assert not panel.remove_button.isEnabled(), "the project's plots cannot be removed"
    panel.select_layer(notes)
    assert panel.current_layer() is notes
    panel.remove_button.click()
    assert notes not in list(window.layers)


def test_identify_shows_the_plot_details(window, qtbot):
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[6])
    window.canvas.zoom_to_extent(layer.plot_extent([plot_id]))
    window.tools.activate("identify")
    point = shapely.point_on_surface(layer.map_geometries()[layer.index_of(plot_id)])
    QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _pixel(window, point.x, point.y))
    values = window.identify_panel.values()
    with Project.open(window.project.path) as project:
        plot = project.plots.get(plot_id)
        farmer = project.farmers.get(plot.farmer_id)
    assert values["Code"] == plot.code
    assert farmer.name_kh in values["Farmer"]
    assert values["Area (ha)"] == f"{plot.area_ha:.2f}"
    assert "បាត់ដំបង" in values["Village"] or "ព្រះវិហារ" in values["Village"]
    assert layer.selected == (plot_id,)


def test_zoom_box_zooms_to_the_dragged_rectangle(window):
    canvas = window.canvas
    window.tools.activate("zoom_box")
    before = canvas.viewport.units_per_pixel
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(100, 100))
    QTest.mouseMove(canvas, QPoint(200, 150))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(300, 200))
    w, h = canvas.viewport.width, canvas.viewport.height
    expected = before * max(200 / w, 100 / h) * 1.1  # the box with a 5% margin each side
    assert canvas.viewport.units_per_pixel == pytest.approx(expected)


@pytest.mark.parametrize("text,value", [("1:25000", 25000.0), ("1 : 25 000", 25000.0),
                                        ("25,000", 25000.0), ("abc", None), ("1:0", None)])
def test_parse_scale(text, value):
    assert parse_scale(text) == value


def test_typing_a_scale_zooms_to_it(window):
    status = window.status
    status.scale_edit.setText("1:10000")
    status.apply_scale()
    assert status.scale_denominator() == pytest.approx(10_000, rel=1e-6)
    assert status.scale_edit.text() == "1:10,000"


def test_layer_list_is_saved_in_the_project_and_restored(window, qtbot, tmp_path):
    layer = window.canvas.plot_layer
    layer.opacity = 0.6
    layer.name = "ក្បាលដី 2024"
    window.map_layers.save()
    path = window.project.path
    settings = AppSettings(QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat))
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.open_project(path)
    restored = second.canvas.plot_layer
    assert restored.opacity == pytest.approx(0.6)
    assert restored.name == "ក្បាលដី 2024"


def test_basemap_dialog_checks_the_source_and_adds_it_at_the_bottom(window, tmp_path):
    from metkasekor_desktop.ui.basemap_dialog import BasemapDialog
    from tests.io.test_tiles import solid_png, tile_for_lonlat, write_folder

    x, y = tile_for_lonlat(103.0, 12.8, 10)
    folder = write_folder(tmp_path / "tiles", {(10, x, y): solid_png((10, 200, 10))})
    dialog = BasemapDialog(window)
    dialog.folder.setChecked(True)
    dialog.path.setText(str(tmp_path / "no-such-folder"))
    dialog.accept_if_valid()
    assert dialog.result() == 0 and "no-such-folder" in dialog.message.text()
    dialog.path.setText(str(folder))
    dialog.attribution.setText("PDAFF Battambang imagery")
    dialog.accept_if_valid()
    assert dialog.result() == 1
    layer = window.map_layers.add_basemap(dialog.spec())
    assert list(window.layers)[-1] is layer
    assert layer.attribution() == "PDAFF Battambang imagery"
