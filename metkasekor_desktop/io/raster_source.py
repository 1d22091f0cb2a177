"""A GeoTIFF (or any GDAL raster) opened once and read a screen at a time.

This is the file as the map layer sees it: opened and checked (it exists, GDAL reads
it, it has a coordinate system and bands), described (size, bands, nodata, units,
overviews), placed in the map CRS, summarised by band statistics, and read a viewport
at a time through :class:`~metkasekor_desktop.io.raster_grid.GridReader`.

The dataset stays open between frames; a lock keeps the render worker and the window
from using the GDAL handle at the same time.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from metkasekor_desktop.domain.messages import Message, msg
from metkasekor_desktop.io.raster_errors import RasterError, damaged_message
from metkasekor_desktop.io.raster_grid import (
    Extent,
    GridBlock,
    GridReader,
    gdal_env,
    resampling_method,
)

_STATS_SIZE = 1024  # cells a side read for statistics when the file has no overviews


@dataclass(frozen=True, slots=True)
class BandStatistics:
    """Approximate statistics of one band (from its smallest overview)."""

    minimum: float
    maximum: float
    p2: float
    p98: float
    mean: float

    @property
    def empty(self) -> bool:
        return not math.isfinite(self.minimum)


class RasterSource:
    """One raster file, opened once and kept open until :meth:`close`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._dataset: Any = None
        self._reader: GridReader  # set by _open, with the dataset
        self._stats: dict[int, BandStatistics] = {}
        self._map_bounds: dict[int, Extent | None] = {}
        self._same_crs: dict[int, bool] = {}
        self._open()

    # --- opening ------------------------------------------------------------------------
    def _open(self) -> None:
        import rasterio
        from rasterio.errors import RasterioIOError

        if not self.path.exists():
            raise RasterError(msg(
                "The raster {path} is missing; it was moved, renamed or deleted. "
                "Put it back or add it to the map again from its new place.",
                path=str(self.path)))
        try:
            with gdal_env():
                dataset = rasterio.open(self.path)
        except RasterioIOError as exc:
            raise RasterError(msg(
                "{path} is not a raster this application can read ({reason}). "
                "Choose a GeoTIFF or another raster format GDAL knows.", path=str(self.path),
                reason=str(exc))) from exc
        if dataset.crs is None or not dataset.crs.to_wkt():
            dataset.close()
            raise RasterError(msg(
                "The raster {path} has no coordinate system; the map cannot tell "
                "where it lies. Georeference it (for example in QGIS) or save it as a "
                "GeoTIFF with its coordinate system, then add it again.", path=str(self.path)))
        if dataset.count < 1:
            dataset.close()
            raise RasterError(msg("The raster {path} has no bands to show.",
                                  path=str(self.path)))
        self._dataset = dataset
        self._reader = GridReader(dataset, self.path)

    def damaged_message(self, exc: BaseException) -> Message:
        """One line naming the file and what GDAL found wrong while reading it."""
        return damaged_message(self.path, exc)

    def reopen(self) -> None:
        """Open the file again: GDAL sees overviews built since it was opened."""
        with self._lock:
            self.close()
            self._stats.clear()
            self._open()

    @property
    def closed(self) -> bool:
        return self._dataset is None

    def close(self) -> None:
        with self._lock:
            if self._dataset is not None:
                self._dataset.close()
                self._dataset = None

    def __enter__(self) -> RasterSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _ds(self) -> Any:
        if self._dataset is None:
            raise RasterError(msg("The raster {path} was closed.", path=str(self.path)))
        return self._dataset

    @property
    def _grid(self) -> GridReader:
        """The reader of the open dataset; RasterError once the file is closed."""
        if self._dataset is None:
            raise RasterError(msg("The raster {path} was closed.", path=str(self.path)))
        return self._reader

    # --- what the file is ---------------------------------------------------------------
    @property
    def crs_wkt(self) -> str:
        return self._ds.crs.to_wkt()

    @property
    def epsg(self) -> int | None:
        return self._ds.crs.to_epsg()

    @property
    def bounds(self) -> Extent:
        """(left, bottom, right, top) in the raster's own CRS."""
        b = self._ds.bounds
        return (b.left, b.bottom, b.right, b.top)

    @property
    def width(self) -> int:
        return int(self._ds.width)

    @property
    def height(self) -> int:
        return int(self._ds.height)

    @property
    def count(self) -> int:
        return int(self._ds.count)

    @property
    def dtypes(self) -> tuple[str, ...]:
        return tuple(self._ds.dtypes)

    @property
    def nodata(self) -> float | None:
        """The nodata value of band 1 (None when the file declares none)."""
        return self._reader.nodata[0]

    @property
    def units(self) -> tuple[str, ...]:
        """The unit of each band ("" where the file does not say)."""
        return tuple(u or "" for u in self._ds.units)

    @property
    def overview_factors(self) -> list[int]:
        """The decimation factors of the overviews of band 1 ([] when there are none)."""
        with self._lock:
            return list(self._ds.overviews(1))

    @property
    def cell_size(self) -> tuple[float, float]:
        """Cell width and height in the raster's CRS units."""
        t = self._ds.transform
        return (math.hypot(t.a, t.d), math.hypot(t.b, t.e))

    # --- the raster in the map ----------------------------------------------------------
    def _map_crs(self, map_epsg: int):
        from rasterio.crs import CRS

        return CRS.from_epsg(map_epsg)

    def same_crs(self, map_epsg: int) -> bool:
        """True when the raster is north-up in the map CRS (read without warping)."""
        if map_epsg not in self._same_crs:
            t = self._ds.transform  # north-up: no rotation, rows run southwards
            self._same_crs[map_epsg] = bool(
                self._ds.crs == self._map_crs(map_epsg) and t.b == 0 and t.d == 0
                and t.a > 0 and t.e < 0
            )
        return self._same_crs[map_epsg]

    def map_bounds(self, map_epsg: int) -> Extent | None:
        """The raster's extent in the map CRS (edges transformed densely), or None when
        it cannot be expressed there (a world-wide raster in a UTM map)."""
        with self._lock:
            if map_epsg not in self._map_bounds:
                self._map_bounds[map_epsg] = self._compute_map_bounds(map_epsg)
            return self._map_bounds[map_epsg]

    def _compute_map_bounds(self, map_epsg: int) -> Extent | None:
        from rasterio.errors import CRSError
        from rasterio.warp import transform_bounds

        ds = self._ds
        t = ds.transform
        corners = [t @ (c, r) for c, r in ((0, 0), (ds.width, 0), (0, ds.height),
                                         (ds.width, ds.height))]
        xs, ys = zip(*corners, strict=True)
        own = (min(xs), min(ys), max(xs), max(ys))
        if self.same_crs(map_epsg):
            return own
        try:
            out = transform_bounds(ds.crs, self._map_crs(map_epsg), *own, densify_pts=51)
        except (CRSError, ValueError, RuntimeError):
            return None
        return out if all(math.isfinite(v) for v in out) else None

    # --- statistics ---------------------------------------------------------------------
    def statistics(self, band: int = 1) -> BandStatistics:
        """Min, max, 2nd and 98th percentiles of a band, from its smallest overview
        (or a decimated read), computed once."""
        with self._lock:
            if band not in self._stats:
                self._stats[band] = self._compute_statistics(band)
            return self._stats[band]

    def _compute_statistics(self, band: int) -> BandStatistics:
        self._check_bands([band])
        ds = self._ds
        factors = ds.overviews(band)
        factor = max(factors) if factors else max(1, math.ceil(max(ds.width, ds.height)
                                                               / _STATS_SIZE))
        rows, cols = max(1, math.ceil(ds.height / factor)), max(1, math.ceil(ds.width / factor))
        values = np.empty((1, rows, cols), dtype=np.float32)
        mask = np.zeros(values.shape, dtype=bool)
        window = (0.0, 0.0, float(ds.width), float(ds.height))
        self._grid.read_window(values, mask, window, [band], "nearest", lambda: False)
        valid = values[~mask]
        if valid.size == 0:
            nan = float("nan")
            return BandStatistics(nan, nan, nan, nan, nan)
        p2, p98 = np.percentile(valid, [2, 98])
        return BandStatistics(float(valid.min()), float(valid.max()), float(p2), float(p98),
                              float(valid.mean(dtype=np.float64)))

    # --- reading ------------------------------------------------------------------------
    def read(
        self,
        extent_map: Extent,
        map_epsg: int,
        width: int,
        height: int,
        bands: Sequence[int] = (1,),
        *,
        resampling: str = "nearest",
        cancelled: Callable[[], bool] | None = None,
    ) -> np.ma.MaskedArray | None:
        """The viewport grid: (bands, height, width) float32 over ``extent_map``.

        Masked where the raster has nodata or NaN and outside the raster. None when
        ``cancelled()`` became true during the read.
        """
        block = self.read_block(extent_map, map_epsg, width, height, bands,
                                resampling=resampling, cancelled=cancelled)
        return None if block is None else block.full()

    def read_block(
        self,
        extent_map: Extent,
        map_epsg: int,
        width: int,
        height: int,
        bands: Sequence[int] = (1,),
        *,
        resampling: str = "nearest",
        cancelled: Callable[[], bool] | None = None,
    ) -> GridBlock | None:
        """Like :meth:`read`, but only the rectangle of the grid the raster covers
        (a renderer then colours and draws fewer cells). None when cancelled."""
        bands = [int(b) for b in bands]
        self._check_bands(bands)
        resampling_method(resampling)
        width, height = max(1, int(width)), max(1, int(height))
        stop = cancelled or (lambda: False)
        with self._lock, gdal_env():
            if self.same_crs(map_epsg):
                return self._grid.read_direct(extent_map, width, height, bands, resampling,
                                              stop)
            map_bounds = self.map_bounds(map_epsg)
            return self._grid.read_warped(extent_map, self._map_crs(map_epsg), map_bounds,
                                          width, height, bands, resampling, stop)

    def _check_bands(self, bands: Sequence[int]) -> None:
        for b in bands:
            if not 1 <= b <= self.count:
                raise RasterError(msg(
                    "The raster {path} has {count} band(s); there is no band {band}.",
                    path=str(self.path), count=self.count, band=b))
