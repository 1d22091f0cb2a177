"""A GeoTIFF (or any GDAL raster) opened once and read a screen at a time.

The map asks for the grid of its viewport: ``width`` x ``height`` cells over an extent
in the map CRS. Only the visible window of the file is read, decimated by GDAL to
screen resolution (GDAL takes the closest overview when the file has some, which is
what makes a large raster quick: DESIGN.md decision 4). A raster in another CRS is
read the same way, decimated, and then warped into the viewport grid.

The dataset stays open between frames; a lock keeps the render worker and the window
from using the GDAL handle at the same time.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from metkasekor_desktop.domain.errors import DomainError

Extent = tuple[float, float, float, float]  # (xmin, ymin, xmax, ymax)

RESAMPLING = ("nearest", "bilinear", "average")
"""Resampling names: nearest is fastest; average looks best when zoomed out."""

STRIP_ROWS = 256  # grid rows per GDAL call: the points where a read can be cancelled
_STATS_SIZE = 1024  # cells a side read for statistics when the file has no overviews
_EPS = 1e-6
# GDAL decodes the tiles of one read in parallel with this many threads (it helps most
# at the first look at a region, when nothing is in the block cache yet).
DECODE_THREADS = max(1, min(4, os.cpu_count() or 1))


class RasterError(DomainError):
    """A raster cannot be opened or read; the message says which file and what to do."""


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


@dataclass(frozen=True, slots=True)
class GridBlock:
    """The rectangle of a viewport grid that the raster covers, and its values.

    ``data`` is (bands, rows, cols) float32, masked where there is nodata, NaN, or no
    raster; it starts at ``row``, ``col`` of a grid of ``grid_height`` x ``grid_width``.
    """

    row: int
    col: int
    data: np.ma.MaskedArray
    grid_width: int
    grid_height: int

    def full(self) -> np.ma.MaskedArray:
        """The whole grid, masked outside the block."""
        bands, rows, cols = self.data.shape
        values = np.zeros((bands, self.grid_height, self.grid_width), dtype=np.float32)
        mask = np.ones(values.shape, dtype=bool)
        values[:, self.row : self.row + rows, self.col : self.col + cols] = self.data.data
        mask[:, self.row : self.row + rows, self.col : self.col + cols] = np.ma.getmaskarray(
            self.data
        )
        return np.ma.MaskedArray(values, mask=mask)


def _gdal_env():
    import rasterio

    return rasterio.Env(GDAL_NUM_THREADS=str(DECODE_THREADS))


def _resampling(name: str):
    from rasterio.enums import Resampling

    if name not in RESAMPLING:
        raise ValueError(f"Resampling must be one of {RESAMPLING}, not {name!r}.")
    return Resampling[name]


class RasterSource:
    """One raster file, opened once and kept open until :meth:`close`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._dataset: Any = None
        self._stats: dict[int, BandStatistics] = {}
        self._map_bounds: dict[int, Extent | None] = {}
        self._same_crs: dict[int, bool] = {}
        self._open()

    # --- opening ------------------------------------------------------------------------
    def _open(self) -> None:
        import rasterio
        from rasterio.errors import RasterioIOError

        if not self.path.exists():
            raise RasterError(
                f"The raster {self.path} is missing; it was moved, renamed or deleted. "
                "Put it back or add it to the map again from its new place."
            )
        try:
            with _gdal_env():
                dataset = rasterio.open(self.path)
        except RasterioIOError as exc:
            raise RasterError(
                f"{self.path} is not a raster this application can read ({exc}). "
                "Choose a GeoTIFF or another raster format GDAL knows."
            ) from exc
        if dataset.crs is None or not dataset.crs.to_wkt():
            dataset.close()
            raise RasterError(
                f"The raster {self.path} has no coordinate system; the map cannot tell "
                "where it lies. Georeference it (for example in QGIS) or save it as a "
                "GeoTIFF with its coordinate system, then add it again."
            )
        if dataset.count < 1:
            dataset.close()
            raise RasterError(f"The raster {self.path} has no bands to show.")
        from rasterio.enums import MaskFlags

        self._dataset = dataset
        self._nodata = [None if v is None else float(v) for v in dataset.nodatavals]
        # Masks that nodata alone does not explain (alpha band, per-dataset mask) are
        # read from GDAL; nodata and NaN are cheaper to find in numpy.
        self._gdal_masks = any(MaskFlags.per_dataset in f or MaskFlags.alpha in f
                               for f in dataset.mask_flag_enums)

    def damaged_message(self, exc: BaseException) -> str:
        """One line naming the file and what GDAL found wrong while reading it."""
        return (f"The raster {self.path.name} is damaged: its cells cannot be read "
                f"({_damage(exc)}). It was not copied or saved completely; copy it again "
                "from the original.")

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
            raise RasterError(f"The raster {self.path} was closed.")
        return self._dataset

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
        return self._nodata[0]

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
        self._read_into(values, mask, window, [band], "nearest", lambda: False)
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
        _resampling(resampling)
        width, height = max(1, int(width)), max(1, int(height))
        stop = cancelled or (lambda: False)
        with self._lock, _gdal_env():
            if self.same_crs(map_epsg):
                return self._read_direct(extent_map, width, height, bands, resampling, stop)
            return self._read_warped(extent_map, map_epsg, width, height, bands,
                                     resampling, stop)

    def _check_bands(self, bands: Sequence[int]) -> None:
        for b in bands:
            if not 1 <= b <= self.count:
                raise RasterError(
                    f"The raster {self.path} has {self.count} band(s); there is no band {b}."
                )

    def _empty(self, width: int, height: int, n: int) -> GridBlock:
        data = np.ma.MaskedArray(np.zeros((n, 0, 0), dtype=np.float32),
                                 mask=np.ones((n, 0, 0), dtype=bool))
        return GridBlock(0, 0, data, width, height)

    def _read_direct(self, extent, width, height, bands, resampling, stop) -> GridBlock | None:
        """Same CRS, north-up: a (fractional) window of the file for each grid cell."""
        xmin, _ymin, _xmax, ymax = extent
        dx = (extent[2] - xmin) / width
        dy = (ymax - extent[1]) / height
        left, bottom, right, top = self._own_bounds()
        # Grid cells whose centre lies on the raster...
        c0 = max(0, math.ceil((left - xmin) / dx - 0.5 - _EPS))
        c1 = min(width, math.ceil((right - xmin) / dx - 0.5 - _EPS))
        r0 = max(0, math.ceil((ymax - top) / dy - 0.5 - _EPS))
        r1 = min(height, math.ceil((ymax - bottom) / dy - 0.5 - _EPS))
        if c1 <= c0 or r1 <= r0:
            return self._empty(width, height, len(bands))
        # ...and those wholly on it, read exactly; a half-covered edge cell repeats its
        # neighbour (GDAL refuses windows that reach outside the file).
        ci0 = max(c0, math.ceil((left - xmin) / dx - _EPS))
        ci1 = min(c1, math.floor((right - xmin) / dx + _EPS))
        ri0 = max(r0, math.ceil((ymax - top) / dy - _EPS))
        ri1 = min(r1, math.floor((ymax - bottom) / dy + _EPS))
        t = self._ds.transform
        values = np.zeros((len(bands), r1 - r0, c1 - c0), dtype=np.float32)
        mask = np.zeros(values.shape, dtype=bool)
        if ci1 > ci0 and ri1 > ri0:
            col_off = (xmin + ci0 * dx - t.c) / t.a
            row_off = (t.f - (ymax - ri0 * dy)) / -t.e
            window = (col_off, row_off, (ci1 - ci0) * dx / t.a, (ri1 - ri0) * dy / -t.e)
            inner = (slice(None), slice(ri0 - r0, ri1 - r0), slice(ci0 - c0, ci1 - c0))
            part_v = np.empty((len(bands), ri1 - ri0, ci1 - ci0), dtype=np.float32)
            part_m = np.empty(part_v.shape, dtype=bool)
            if not self._read_into(part_v, part_m, window, bands, resampling, stop):
                return None
            values[inner], mask[inner] = part_v, part_m
            _replicate_edges(values, mask, ri0 - r0, ri1 - r0, ci0 - c0, ci1 - c0)
        else:  # the raster is smaller than two cells: squeeze it into what it covers
            window = (0.0, 0.0, float(self.width), float(self.height))
            if not self._read_into(values, mask, window, bands, resampling, stop):
                return None
        return GridBlock(r0, c0, np.ma.MaskedArray(values, mask=mask), width, height)

    def _own_bounds(self) -> Extent:
        """(left, bottom, right, top) of a north-up raster from its transform."""
        t = self._ds.transform
        return (t.c, t.f + t.e * self.height, t.c + t.a * self.width, t.f)

    def _read_warped(self, extent, map_epsg, width, height, bands, resampling,
                     stop) -> GridBlock | None:
        """Another CRS: read the covering window decimated, then warp it into the grid."""
        from rasterio.transform import Affine
        from rasterio.warp import reproject, transform_bounds

        xmin, ymin, xmax, ymax = extent
        dx, dy = (xmax - xmin) / width, (ymax - ymin) / height
        mb = self.map_bounds(map_epsg)
        if mb is not None:
            ix0, iy0 = max(xmin, mb[0]), max(ymin, mb[1])
            ix1, iy1 = min(xmax, mb[2]), min(ymax, mb[3])
            if ix1 <= ix0 or iy1 <= iy0:
                return self._empty(width, height, len(bands))
        else:
            ix0, iy0, ix1, iy1 = extent
        c0 = max(0, math.floor((ix0 - xmin) / dx + _EPS))
        c1 = min(width, math.ceil((ix1 - xmin) / dx - _EPS))
        r0 = max(0, math.floor((ymax - iy1) / dy + _EPS))
        r1 = min(height, math.ceil((ymax - iy0) / dy - _EPS))
        if c1 <= c0 or r1 <= r0:
            return self._empty(width, height, len(bands))
        sub = (xmin + c0 * dx, ymax - r1 * dy, xmin + c1 * dx, ymax - r0 * dy)
        ds = self._ds
        try:
            own = transform_bounds(self._map_crs(map_epsg), ds.crs, *sub, densify_pts=21)
        except Exception:  # noqa: BLE001 - a view PROJ cannot transform shows nothing
            return self._empty(width, height, len(bands))
        if not all(math.isfinite(v) for v in own):
            own = self.bounds
        window = _pixel_window(ds.transform, own, ds.width, ds.height)
        if window is None:
            return self._empty(width, height, len(bands))
        sw, sh = window[2], window[3]
        factor = max(1.0, min(sw / (c1 - c0), sh / (r1 - r0)))
        ow, oh = max(1, math.ceil(sw / factor)), max(1, math.ceil(sh / factor))
        src = np.empty((len(bands), oh, ow), dtype=np.float32)
        src_mask = np.empty(src.shape, dtype=bool)
        if not self._read_into(src, src_mask, window, bands, resampling, stop):
            return None
        src[src_mask] = np.nan
        src_transform = (ds.transform @ Affine.translation(window[0], window[1])
                         @ Affine.scale(sw / ow, sh / oh))
        dst = np.full((len(bands), r1 - r0, c1 - c0), np.nan, dtype=np.float32)
        if stop():
            return None
        reproject(
            source=src, destination=dst,
            src_transform=src_transform, src_crs=ds.crs, src_nodata=np.nan,
            dst_transform=Affine(dx, 0.0, sub[0], 0.0, -dy, sub[3]),
            dst_crs=self._map_crs(map_epsg), dst_nodata=np.nan,
            resampling=_resampling("nearest" if resampling == "nearest" else "bilinear"),
            num_threads=2,
        )
        mask = np.isnan(dst)
        dst[mask] = 0.0
        return GridBlock(r0, c0, np.ma.MaskedArray(dst, mask=mask), width, height)

    def _read_into(
        self,
        values: np.ndarray,
        mask: np.ndarray,
        window: tuple[float, float, float, float],
        bands: list[int],
        resampling: str,
        stop: Callable[[], bool],
    ) -> bool:
        """Read the fractional ``window`` (col, row, width, height) of the file into
        ``values`` (resampled to its shape) in strips of rows; fill ``mask``.
        False when ``stop()`` became true."""
        from rasterio.windows import Window

        ds = self._ds
        col_off, row_off, win_w, win_h = _clamp(window, ds.width, ds.height)
        rs = _resampling(resampling)
        rows = values.shape[1]
        for a in range(0, rows, STRIP_ROWS):
            b = min(rows, a + STRIP_ROWS)
            if stop():
                return False
            win = Window(col_off, row_off + win_h * a / rows, win_w, win_h * (b - a) / rows)
            shape = (len(bands), b - a, values.shape[2])
            try:
                values[:, a:b] = ds.read(bands, window=win, out_shape=shape, resampling=rs,
                                         out_dtype="float32")
                if self._gdal_masks:
                    masks = ds.read_masks(bands, window=win, out_shape=shape)
                    mask[:, a:b] = masks == 0
                else:
                    mask[:, a:b] = False
            except RasterError:
                raise
            except Exception as exc:  # rasterio's errors, GDAL's decoding errors
                if _is_rasterio_error(exc):
                    raise RasterError(self.damaged_message(exc)) from None
                raise
        for i, band in enumerate(bands):
            bad = np.isnan(values[i])
            nodata = self._nodata[band - 1]
            if nodata is not None:
                with np.errstate(over="ignore"):
                    bad |= values[i] == np.float32(nodata)
            mask[i] |= bad
        return True


def _is_rasterio_error(exc: BaseException) -> bool:
    return type(exc).__module__.startswith(("rasterio", "pyogrio")) or isinstance(exc, OSError)


def _damage(exc: BaseException) -> str:
    """GDAL's own words for a failed read: rasterio hides them behind "Read failed. See
    previous exception for details", in the exception's cause."""
    seen = exc
    while seen.__cause__ is not None or seen.__context__ is not None:
        seen = seen.__cause__ or seen.__context__  # type: ignore[assignment]
    text = str(seen).strip() or str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _clamp(window, width: int, height: int) -> tuple[float, float, float, float]:
    """Keep a fractional window inside the file (rounding can push it out by a hair)."""
    col, row, w, h = (float(v) for v in window)
    col = min(max(col, 0.0), width - 1e-9)
    row = min(max(row, 0.0), height - 1e-9)
    return (col, row, max(min(w, width - col), 1e-9), max(min(h, height - row), 1e-9))


def _pixel_window(transform, own_bounds, width: int, height: int):
    """Whole-pixel window (col, row, w, h) of the file covering ``own_bounds``, padded
    by a cell and clipped to the file; None when they do not meet."""
    inverse = ~transform
    x0, y0, x1, y1 = own_bounds
    cols, rows = zip(*(inverse @ (x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1),
                                                      (x1, y1))), strict=True)
    c0 = max(0, math.floor(min(cols)) - 1)
    r0 = max(0, math.floor(min(rows)) - 1)
    c1 = min(width, math.ceil(max(cols)) + 1)
    r1 = min(height, math.ceil(max(rows)) + 1)
    if c1 <= c0 or r1 <= r0:
        return None
    return (float(c0), float(r0), float(c1 - c0), float(r1 - r0))


def _replicate_edges(values: np.ndarray, mask: np.ndarray, r0: int, r1: int, c0: int,
                     c1: int) -> None:
    """Fill the cells around the exactly-read rectangle [r0:r1, c0:c1] from its edges."""
    for arr in (values, mask):
        if c0 > 0:
            arr[:, r0:r1, :c0] = arr[:, r0:r1, c0 : c0 + 1]
        if c1 < arr.shape[2]:
            arr[:, r0:r1, c1:] = arr[:, r0:r1, c1 - 1 : c1]
        if r0 > 0:
            arr[:, :r0, :] = arr[:, r0 : r0 + 1, :]
        if r1 < arr.shape[1]:
            arr[:, r1:, :] = arr[:, r1 - 1 : r1, :]
