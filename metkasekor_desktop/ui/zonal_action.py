"""Zonal statistics of a raster layer for every plot, stored and shown in the plots table.

The plots are taken to the raster's CRS (rather than warping the raster to the plots)
so every pixel keeps its value; the work runs in a thread with a progress dialog, and
only a finished computation is stored, so Cancel or a refusal changes nothing. The
figures are derived data, recomputed at will, so they are not put on the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.analysis.zonal import ZonalCancelled, ZonalTable, zonal_stats
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import STORAGE_EPSG, transform
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress

if TYPE_CHECKING:
    from metkasekor_desktop.layers.raster_layer import RasterLayer

MAX_SLOPE_CELLS = 60_000_000  # the slope grid is computed in memory: ~1.5 GB of float64
WHATS = ("value", "slope")


def stats_layer_name(raster_layer: RasterLayer, what: str = "value") -> str:
    """The name the figures are stored under: the layer's, or "<name> slope"."""
    return raster_layer.name if what == "value" else f"{raster_layer.name} slope"


def compute_zonal(window: Any, raster_layer: RasterLayer, what: str = "value") -> bool:
    """Compute and store the mean, minimum and maximum of ``raster_layer`` (its band 1,
    or the slope derived from it) under every plot; True when stored."""
    if what not in WHATS:
        raise ValueError(f"what must be one of {WHATS}, not {what!r}")
    project = window.project
    plot_layer = window.canvas.plot_layer
    title = QCoreApplication.translate("ZonalAction", "Zonal statistics")
    if project is None or plot_layer is None or len(plot_layer.table) == 0:
        QMessageBox.information(window, title, QCoreApplication.translate(
            "ZonalAction", "The project has no plots; add or import plots first."))
        return False
    source = raster_layer.source
    epsg = source.epsg
    if epsg is None:
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "ZonalAction", "The coordinate system of the raster {0} has no EPSG code, so the "
            "plots cannot be placed on it. Save the raster in a projection with an EPSG code "
            "(for example UTM 48N, EPSG:32648) and add it again.").format(raster_layer.name))
        return False
    cells = source.width * source.height
    if what == "slope" and cells >= MAX_SLOPE_CELLS:
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "ZonalAction", "The raster {0} has {1:,} cells, too many to compute its slope in "
            "memory (the limit is {2:,}). Clip it to the area of the plots, or compute the "
            "slope in QGIS and add that raster instead.").format(
                raster_layer.name, cells, MAX_SLOPE_CELLS))
        return False

    table = plot_layer.table
    geoms = np.asarray(table.geometries, dtype=object)
    usable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    ids = np.asarray(table.ids, dtype=np.int64)[usable]
    local = transform(geoms[usable], STORAGE_EPSG, int(epsg))
    path = raster_layer.path
    name = stats_layer_name(raster_layer, what)

    def work(progress, cancelled) -> ZonalTable:  # noqa: ANN001 - run_with_progress's
        return _zonal(path, local, ids, what, progress, cancelled)

    label = QCoreApplication.translate("ZonalAction", "Computing the statistics of {0} for "
                                       "{1} plots…").format(name, len(ids))
    try:
        result = run_with_progress(window, label, work)
    except (TaskCancelled, ZonalCancelled):
        return False
    except (DomainError, OSError) as exc:
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "ZonalAction", "The statistics of {0} could not be computed:\n{1}").format(
                name, say(exc)))
        return False
    try:
        project.raster_stats.replace(name, ids, result.count, result.mean, result.min,
                                     result.max)
    except ProjectError as exc:
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "ZonalAction", "The statistics of {0} could not be saved:\n{1}").format(name, say(exc)))
        return False
    window.plots.refresh_extra()
    _show_result(window, name, len(ids))
    return True


def _show_result(window: Any, name: str, plots: int) -> None:
    """Say what was computed and bring its columns into view (they come last)."""
    first = window.plots.model.tr("{0} mean").format(name)
    dock = getattr(window, "plots_dock", None)
    if dock is not None:
        dock.show()
        dock.raise_()
    window.plots.show_column(first)
    window.statusBar().showMessage(QCoreApplication.translate(
        "ZonalAction", "Zonal statistics of {0} computed for {1} plots: the columns "
        "\u201c{0} mean\u201d, \u201cmin\u201d and \u201cmax\u201d are at the right of "
        "the plots table.").format(name, plots), 15000)


def _zonal(path: Any, geoms: np.ndarray, ids: np.ndarray, what: str, progress: Any,
           cancelled: Any) -> ZonalTable:
    """In the worker thread: open the raster on its own handle (the map's render thread
    reads through the layer's) and compute the table."""
    import rasterio

    from metkasekor_desktop.analysis.zonal import ArrayRaster, slope

    with rasterio.open(path) as dataset:
        if what == "value":
            return zonal_stats(geoms, ids, dataset, progress=progress, cancelled=cancelled)
        dem = dataset.read(1, masked=True).astype(np.float64).filled(np.nan)
        if cancelled():
            raise ZonalCancelled("Zonal statistics were cancelled; nothing was saved.")
        progress(0.3)
        grid = ArrayRaster(slope(dem, dataset.transform), dataset.transform)
        del dem
        return zonal_stats(geoms, ids, grid, cancelled=cancelled,
                           progress=lambda f: progress(0.3 + 0.7 * f))
