"""Zonal statistics of a raster for every plot: computed, stored, shown in the table."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
import rasterio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.analysis.zonal import zonal_stats
from metkasekor_desktop.domain.geometry import STORAGE_EPSG, transform
from metkasekor_desktop.ui import zonal_action
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.zonal_action import compute_zonal


@pytest.fixture
def dem(window: MainWindow, demo_master: Path):
    path = demo_master.with_name(f"{demo_master.stem}-elevation.tif")
    assert path.exists(), "the demo writes its elevation beside the project"
    return window.map_layers.add_raster(path)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []

    def record(_parent, _title, text, *_a, **_k):  # noqa: ANN001, ANN202
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def _headers(window: MainWindow) -> list[str]:
    model = window.plots.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_means_are_stored_and_shown(window, dem, tmp_path) -> None:
    assert compute_zonal(window, dem)
    stored = window.project.raster_stats.table(dem.name)
    table = window.canvas.plot_layer.table
    assert len(stored["ids"]) == len(table)

    with rasterio.open(dem.path) as ds:
        geoms = transform(np.asarray(table.geometries, dtype=object), STORAGE_EPSG,
                          ds.crs.to_epsg())
        direct = zonal_stats(geoms, list(table.ids), ds)
    by_id = dict(zip(direct.ids, direct.mean, strict=True))
    expected = np.array([by_id[i] for i in stored["ids"]])
    np.testing.assert_allclose(stored["mean"], expected, rtol=1e-12)
    assert np.all(stored["min"] <= stored["mean"]) and np.all(stored["mean"] <= stored["max"])

    headers = _headers(window)
    assert headers[-3:] == [f"{dem.name} mean", f"{dem.name} min", f"{dem.name} max"]
    model = window.plots.model
    col = headers.index(f"{dem.name} mean")
    window.plots.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    shown = [float(model.data(model.index(r, col))) for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True), "sorted as numbers, not as text"
    assert len(set(shown)) > 1

    out = window.plots.export_csv(tmp_path / "plots.csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert f"{dem.name} max" in rows[0]
    assert float(rows[1][rows[0].index(f"{dem.name} mean")]) == pytest.approx(shown[0],
                                                                              abs=0.01)


def test_slope_is_stored_under_its_own_name(window, dem) -> None:
    assert compute_zonal(window, dem, "slope")
    assert window.project.raster_stats.layers() == [f"{dem.name} slope"]
    slope = window.project.raster_stats.table(f"{dem.name} slope")["mean"]
    assert np.nanmin(slope) >= 0 and np.nanmax(slope) < 90
    assert f"{dem.name} slope mean" in _headers(window)


def test_cancel_stores_nothing(window, dem, monkeypatch, warnings) -> None:
    def cancel_at_once(_parent, _label, work):  # noqa: ANN001, ANN202
        return work(lambda _f: None, lambda: True)

    monkeypatch.setattr(zonal_action, "run_with_progress", cancel_at_once)
    columns = window.plots.model.columnCount()
    assert not compute_zonal(window, dem)
    assert not compute_zonal(window, dem, "slope")
    assert window.project.raster_stats.layers() == []
    assert window.plots.model.columnCount() == columns
    assert warnings == [], "a cancel is not an error"


def test_too_large_for_slope_is_refused_with_a_message(window, dem, monkeypatch,
                                                       warnings) -> None:
    monkeypatch.setattr(zonal_action, "MAX_SLOPE_CELLS", 100)
    assert not compute_zonal(window, dem, "slope")
    assert window.project.raster_stats.layers() == []
    assert len(warnings) == 1 and "too many" in warnings[0]


def test_recomputing_replaces_and_plot_deletion_cascades(window, dem) -> None:
    assert compute_zonal(window, dem)
    assert compute_zonal(window, dem)
    stats = window.project.raster_stats
    ids = stats.table(dem.name)["ids"]
    assert len(ids) == len(set(ids.tolist())) == len(window.canvas.plot_layer.table)
    with window.project.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM plots WHERE fid = ?", (int(ids[0]),))
    assert int(ids[0]) not in stats.table(dem.name)["ids"].tolist()


def test_the_result_is_told_and_its_columns_are_brought_into_view(window, dem) -> None:
    window.resize(1000, 700)
    assert compute_zonal(window, dem)
    message = window.statusBar().currentMessage()
    plots = len(window.canvas.plot_layer.table)
    assert dem.name in message and f"{plots} plots" in message
    view = window.plots.view
    col = _headers(window).index(f"{dem.name} mean")
    x = view.columnViewportPosition(col)
    assert 0 <= x < view.viewport().width(), "the new column is in view, not off at the right"


def test_the_only_raster_is_used_without_selecting_it(window, dem, warnings) -> None:
    from PySide6.QtCore import QModelIndex

    window.layers_panel.view.setCurrentIndex(QModelIndex())
    assert window.layers_panel.current_layer() is None
    assert window.map_layers.chosen_raster() is dem
    window.map_layers.zonal_statistics()
    assert warnings == [], "no 'select a raster first' with only one raster"
    assert window.project.raster_stats.layers() == [dem.name]
