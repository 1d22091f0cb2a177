"""Reading the cells of an open raster into the map's viewport grid.

The map asks for the grid of its viewport: ``width`` x ``height`` cells over an extent
in the map CRS. Only the visible window of the file is read, decimated by GDAL to
screen resolution (GDAL takes the closest overview when the file has some, which is
what makes a large raster quick: DESIGN.md decision 4). A raster in another CRS is
read the same way, decimated, and then warped into the viewport grid. Reads go in
strips of rows, so that a render that is no longer wanted stops between two strips.

This is the arithmetic of windows and grids and the GDAL calls that fill them; which
file is open, and whether it may be read now, is :class:`RasterSource`'s business.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.raster_errors import RasterError, damaged_message, is_rasterio_error

Extent = tuple[float, float, float, float]  # (xmin, ymin, xmax, ymax)

RESAMPLING = ("nearest", "bilinear", "average")
"""Resampling names: nearest is fastest; average looks best when zoomed out."""

STRIP_ROWS = 256  # grid rows per GDAL call: the points where a read can be cancelled
_EPS = 1e-6
# GDAL decodes the tiles of one read in parallel with this many threads (it helps most
# at the first look at a region, when nothing is in the block cache yet).
DECODE_THREADS = max(1, min(4, os.cpu_count() or 1))


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


def gdal_env():
    """The GDAL settings of a viewport read (tiles decoded on several threads)."""
    import rasterio

    return rasterio.Env(GDAL_NUM_THREADS=str(DECODE_THREADS))


def resampling_method(name: str):
    """rasterio's Resampling for one of :data:`RESAMPLING`; ValueError for another name."""
    from rasterio.enums import Resampling

    if name not in RESAMPLING:
        raise ValueError(msg("Resampling must be one of {choices!r}, not {name!r}.",
                             choices=RESAMPLING, name=name))
    return Resampling[name]


def empty_block(width: int, height: int, n: int) -> GridBlock:
    """A grid of ``n`` bands that the raster does not cover at all."""
    data = np.ma.MaskedArray(np.zeros((n, 0, 0), dtype=np.float32),
                             mask=np.ones((n, 0, 0), dtype=bool))
    return GridBlock(0, 0, data, width, height)


class GridReader:
    """Reads one open rasterio dataset into grids; the caller holds the dataset's lock."""

    def __init__(self, dataset: Any, path: Path) -> None:
        from rasterio.enums import MaskFlags

        self._ds = dataset
        self._path = path
        self.nodata = [None if v is None else float(v) for v in dataset.nodatavals]
        # Masks that nodata alone does not explain (alpha band, per-dataset mask) are
        # read from GDAL; nodata and NaN are cheaper to find in numpy.
        self._gdal_masks = any(MaskFlags.per_dataset in f or MaskFlags.alpha in f
                               for f in dataset.mask_flag_enums)

    def read_direct(self, extent, width, height, bands, resampling, stop) -> GridBlock | None:
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
            return empty_block(width, height, len(bands))
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
            if not self.read_window(part_v, part_m, window, bands, resampling, stop):
                return None
            values[inner], mask[inner] = part_v, part_m
            _replicate_edges(values, mask, ri0 - r0, ri1 - r0, ci0 - c0, ci1 - c0)
        else:  # the raster is smaller than two cells: squeeze it into what it covers
            window = (0.0, 0.0, float(self._ds.width), float(self._ds.height))
            if not self.read_window(values, mask, window, bands, resampling, stop):
                return None
        return GridBlock(r0, c0, np.ma.MaskedArray(values, mask=mask), width, height)

    def _own_bounds(self) -> Extent:
        """(left, bottom, right, top) of a north-up raster from its transform."""
        t = self._ds.transform
        return (t.c, t.f + t.e * int(self._ds.height), t.c + t.a * int(self._ds.width), t.f)

    def read_warped(self, extent, map_crs, map_bounds: Extent | None, width, height, bands,
                    resampling, stop) -> GridBlock | None:
        """Another CRS: read the covering window decimated, then warp it into the grid.
        ``map_bounds`` is the raster's extent in ``map_crs`` (None when unknown)."""
        from rasterio.transform import Affine
        from rasterio.warp import reproject, transform_bounds

        xmin, ymin, xmax, ymax = extent
        dx, dy = (xmax - xmin) / width, (ymax - ymin) / height
        mb = map_bounds
        if mb is not None:
            ix0, iy0 = max(xmin, mb[0]), max(ymin, mb[1])
            ix1, iy1 = min(xmax, mb[2]), min(ymax, mb[3])
            if ix1 <= ix0 or iy1 <= iy0:
                return empty_block(width, height, len(bands))
        else:
            ix0, iy0, ix1, iy1 = extent
        c0 = max(0, math.floor((ix0 - xmin) / dx + _EPS))
        c1 = min(width, math.ceil((ix1 - xmin) / dx - _EPS))
        r0 = max(0, math.floor((ymax - iy1) / dy + _EPS))
        r1 = min(height, math.ceil((ymax - iy0) / dy - _EPS))
        if c1 <= c0 or r1 <= r0:
            return empty_block(width, height, len(bands))
        sub = (xmin + c0 * dx, ymax - r1 * dy, xmin + c1 * dx, ymax - r0 * dy)
        ds = self._ds
        try:
            own = transform_bounds(map_crs, ds.crs, *sub, densify_pts=21)
        except Exception:  # noqa: BLE001 - a view PROJ cannot transform shows nothing
            return empty_block(width, height, len(bands))
        if not all(math.isfinite(v) for v in own):
            b = ds.bounds
            own = (b.left, b.bottom, b.right, b.top)
        window = _pixel_window(ds.transform, own, ds.width, ds.height)
        if window is None:
            return empty_block(width, height, len(bands))
        sw, sh = window[2], window[3]
        factor = max(1.0, min(sw / (c1 - c0), sh / (r1 - r0)))
        ow, oh = max(1, math.ceil(sw / factor)), max(1, math.ceil(sh / factor))
        src = np.empty((len(bands), oh, ow), dtype=np.float32)
        src_mask = np.empty(src.shape, dtype=bool)
        if not self.read_window(src, src_mask, window, bands, resampling, stop):
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
            dst_crs=map_crs, dst_nodata=np.nan,
            resampling=resampling_method("nearest" if resampling == "nearest" else "bilinear"),
            num_threads=2,
        )
        mask = np.isnan(dst)
        dst[mask] = 0.0
        return GridBlock(r0, c0, np.ma.MaskedArray(dst, mask=mask), width, height)

    def read_window(
        self,
        values: np.ndarray,
        mask: np.ndarray,
        window: tuple[float, float, float, float],
        bands: Sequence[int],
        resampling: str,
        stop: Callable[[], bool],
    ) -> bool:
        """Read the fractional ``window`` (col, row, width, height) of the file into
        ``values`` (resampled to its shape) in strips of rows; fill ``mask``.
        False when ``stop()`` became true."""
        from rasterio.windows import Window

        ds = self._ds
        col_off, row_off, win_w, win_h = _clamp(window, ds.width, ds.height)
        rs = resampling_method(resampling)
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
                if is_rasterio_error(exc):
                    raise RasterError(damaged_message(self._path, exc)) from None
                raise
        for i, band in enumerate(bands):
            bad = np.isnan(values[i])
            nodata = self.nodata[band - 1]
            if nodata is not None:
                with np.errstate(over="ignore"):
                    bad |= values[i] == np.float32(nodata)
            mask[i] |= bad
        return True


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
