"""Rasters in the window (style, overviews, removal), map export, the render worker."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from metkasekor_desktop.io.geotiff import write_geotiff
from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import RENDERERS
from metkasekor_desktop.layers.viewport import Viewport
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.raster_style_dialog import RasterStyleDialog
from metkasekor_desktop.ui.recent import AppSettings
from metkasekor_desktop.ui.render_worker import RenderWorker


def _dem(path: Path, window: MainWindow) -> Path:
    """A small elevation raster over the demo plots, in UTM 48N."""
    xmin, ymin, xmax, ymax = window.canvas.plot_layer.extent()
    cols, rows = 300, 200
    cell = max((xmax - xmin) / cols, (ymax - ymin) / rows)
    values = np.linspace(10, 300, cols * rows, dtype=np.float32).reshape(rows, cols)
    return write_geotiff(path, values, (xmin, cell, 0.0, ymax, 0.0, -cell), 32648,
                         nodata=-9999.0, overviews=False)


def test_add_raster_style_and_remove(window, tmp_path):
    layer = window.map_layers.add_raster(_dem(tmp_path / "dem.tif", window))
    assert [lyr.kind for lyr in window.layers] == ["plots", "raster"]
    dialog = RasterStyleDialog(layer, window)
    dialog.hillshade.setChecked(True)
    dialog.ramp.setCurrentIndex(dialog.ramp.findData("greys"))
    assert dialog.apply()
    assert layer.hillshade and layer.ramp == "greys"
    dialog.reject()
    assert not layer.hillshade and layer.ramp == "terrain", "Cancel puts the style back"
    window.layers_panel.select_layer(layer)
    window.layers_panel.remove_current()
    assert [lyr.kind for lyr in window.layers] == ["plots"]
    assert layer.source.closed, "a removed raster lets go of its file"


def test_a_raster_without_valid_cells_is_added_with_its_problem(window, tmp_path,
                                                                monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    xmin, ymin, xmax, ymax = window.canvas.plot_layer.extent()
    empty = np.full((20, 30), -9999.0, dtype=np.float32)
    path = write_geotiff(tmp_path / "empty.tif", empty,
                         (xmin, (xmax - xmin) / 30, 0.0, ymax, 0.0, -(ymax - ymin) / 20),
                         32648, nodata=-9999.0, overviews=False)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    layer = window.map_layers.add_raster(path)
    assert layer is not None and [lyr.kind for lyr in window.layers] == ["plots", "raster"]
    assert len(shown) == 1 and "empty.tif" in shown[0] and "no valid data" in shown[0]
    assert "no valid data" in window.statusBar().currentMessage()


def test_a_good_raster_is_added_without_a_warning(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert window.map_layers.add_raster(_dem(tmp_path / "dem.tif", window)) is not None
    assert shown == []


def test_build_overviews_with_progress(window, tmp_path, qtbot):
    path = _dem(tmp_path / "dem.tif", window)
    layer = window.map_layers.add_raster(path)
    assert window.map_layers.build_overviews(layer)
    assert Path(str(path) + ".ovr").exists()
    assert layer.source.overview_factors


def test_export_map_writes_the_current_view(window, tmp_path, monkeypatch):
    from metkasekor_desktop.ui.export_map_dialog import ExportMapDialog

    target = tmp_path / "map.png"
    monkeypatch.setattr(ExportMapDialog, "exec", lambda self: 1)
    monkeypatch.setattr(ExportMapDialog, "target", lambda self: target)
    window.export_map_action.trigger()
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1754, 1240)


class SlowLayer(Layer):
    """Draws nothing, slowly, and notes that it ran; stops when cancelled."""

    kind = "slow"
    started = threading.Event()

    def extent(self):
        return (0.0, 0.0, 1.0, 1.0)


def _render_slow(painter, layer, viewport, *, antialias, cancelled) -> bool:
    SlowLayer.started.set()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if cancelled():
            return False
        time.sleep(0.005)
    return True


def test_a_new_request_cancels_the_render_in_progress(qtbot, monkeypatch):
    create_application()
    monkeypatch.setitem(RENDERERS, "slow", (__name__, "_render_slow"))
    layers = LayerList()
    layers.append(SlowLayer("slow"))
    worker = RenderWorker()
    images = []
    worker.image_ready.connect(lambda image, viewport, aa: images.append(viewport))
    first = Viewport(0.5, 0.5, 0.01, 100, 100)
    worker.request(layers, first, antialias=False)
    assert SlowLayer.started.wait(5)
    start = time.monotonic()
    layers.remove(layers[0])  # the next render has nothing slow to draw
    second = Viewport(0.5, 0.5, 0.02, 100, 100)
    worker.request(layers, second, antialias=False)
    assert worker.wait(5000)
    assert time.monotonic() - start < 2, "the slow render stopped when asked"
    qtbot.waitUntil(lambda: bool(images), timeout=2000)
    assert images == [second], "only the newest view is delivered"


def test_background_task_reports_cancel_and_errors(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress

    create_application()

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                widget.cancel()

    def until_cancelled(progress, cancelled):
        while not cancelled():
            time.sleep(0.01)
        return "stopped"

    QTimer.singleShot(300, press_cancel)
    with pytest.raises(TaskCancelled):
        run_with_progress(None, "waiting", until_cancelled)

    def fails(progress, cancelled):
        raise ValueError("the file is damaged")

    with pytest.raises(ValueError, match="damaged"):
        run_with_progress(None, "failing", fails)
    assert run_with_progress(None, "quick", lambda progress, cancelled: 7) == 7


def test_rasters_and_basemaps_come_back_with_their_style(window, tmp_path, qtbot):
    from tests.io.test_tiles import solid_png, tile_for_lonlat, write_folder

    raster = window.map_layers.add_raster(_dem(tmp_path / "dem.tif", window))
    raster.update_style(ramp="viridis", hillshade=True)
    x, y = tile_for_lonlat(103.0, 12.8, 10)
    tiles = write_folder(tmp_path / "tiles", {(10, x, y): solid_png((0, 90, 200))})
    window.map_layers.add_basemap({"type": "folder", "path": str(tiles),
                                   "attribution": "Imagery PDAFF"})
    window.map_layers.save()
    path = window.project.path
    second = MainWindow(AppSettings(QSettings(str(tmp_path / "t.ini"),
                                              QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    assert second.open_project(path)
    kinds = [layer.kind for layer in second.layers]
    assert kinds == ["plots", "raster", "basemap"]
    restored = second.layers[1]
    assert restored.ramp == "viridis" and restored.hillshade
    assert second.layers[2].attribution() == "Imagery PDAFF"


def test_a_missing_raster_is_left_out_with_a_message(window, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dem = _dem(tmp_path / "dem.tif", window)
    window.map_layers.add_raster(dem)
    window.map_layers.save()
    path = window.project.path
    window.close()
    dem.unlink()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    second = MainWindow(AppSettings(QSettings(str(tmp_path / "u.ini"),
                                              QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    assert second.open_project(path)
    assert [layer.kind for layer in second.layers] == ["plots"]
    assert shown and "dem.tif" in shown[0] and "missing" in shown[0]


def test_dropping_a_geotiff_on_the_window_adds_it(window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    dem = _dem(tmp_path / "dropped.tif", window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dem))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert [layer.kind for layer in window.layers] == ["plots", "raster"]
    assert window.layers[1].name == "dropped"


def test_zonal_statistics_from_the_layer_menu(window, tmp_path, qtbot):
    layer = window.map_layers.add_raster(_dem(tmp_path / "dem.tif", window))
    window.layers_panel.select_layer(layer)
    window.zonal_action.trigger()
    project = window.project
    assert project.raster_stats.layers() == ["dem"]
    stats = project.raster_stats.table("dem")
    assert len(stats["ids"]) == len(window.canvas.plot_layer.table)
    assert ((stats["mean"] >= 10) & (stats["mean"] <= 300)).all()
    headers = window.plots.model.headers()
    assert "dem mean" in headers and "dem max" in headers
