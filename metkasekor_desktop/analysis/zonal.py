"""Zonal statistics: the count, mean, minimum and maximum of a raster band in each plot.

A pixel belongs to a plot when its centre lies inside the plot (the rule GDAL uses to
rasterize with ``all_touched=False``). Instead of burning plot ids into a raster, which
keeps one plot per pixel and so loses overlaps, every plot is scan-converted on its own,
vectorised over all plots with numpy: each ring edge is cut by the pixel-centre lines it
crosses, the crossings of one plot on one line are paired (even-odd rule, so holes and
multi-part plots come out right), and each pair gives a run of pixels. Overlapping plots
therefore each get all their pixels without colouring passes, and only the windows of
the raster that hold plot pixels are read.

The raster is processed in row blocks so that memory stays bounded however large the
raster or the plots are. Inputs are plain: shapely geometries already in the raster's
CRS, their ids, and a dataset with ``transform``, ``height``/``width`` (or ``shape``),
``nodata`` and ``read(band, window=((row0, row1), (col0, col1)), masked=True)`` -- an
open rasterio dataset or :class:`ArrayRaster`. Nothing here imports rasterio.

With ``coverage=True`` each pixel is instead weighted by the part of it the plot covers
(exact along each of four scan lines per pixel row, so within a quarter row across edges
that run east-west), as exactextract does: the mean then agrees with exactextract's to
about 0.1 % on plots of 50 pixels or more, where the pixel-centre rule differs by up to
~2 % on small plots over rough ground (edge pixels are a third of such a plot), and
``count`` becomes fractional. Min and max then include every pixel the plot touches
(shares some area with, as exactextract's coverage > 0): the pixels each ring edge runs
through are added to those of the scan lines, which can pass by a pixel the plot only
clips at a corner or along a thin strip.

A plot so small (or thin) that no pixel centre falls inside it takes the value of the
pixel under its representative point; its ``count`` stays 0 and ``fallback`` is True,
so a report can tell such plots apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg

BLOCK_ROWS = 1024  # raster rows handled at a time: bounds memory, and where cancel is checked
COL_CHUNK = 512  # column granularity of the windows read inside a block (skips empty areas)
COVERAGE_LINES = 4  # scan lines per pixel row when pixels are weighted by coverage


class ZonalError(DomainError):
    """Zonal statistics cannot be computed; the message says why and what to do."""


class ZonalCancelled(ZonalError):
    """The user cancelled the computation; nothing was returned."""


@dataclass(frozen=True, slots=True)
class ZonalRow:
    """The statistics of one plot; the values are NaN when it has no valid pixel."""

    id: Hashable
    count: float
    mean: float
    min: float
    max: float
    fallback: bool


@dataclass(frozen=True, slots=True)
class ZonalTable:
    """Statistics per plot, in the order of the ids given.

    ``count`` is the number of valid pixels whose centre is inside the plot (with
    ``coverage``, the covered pixel area, in pixels); ``mean``, ``min`` and ``max`` are
    NaN where there is none (plot off the raster or on nodata), except for ``fallback``
    plots, which take the pixel under their representative point.
    """

    ids: tuple[Hashable, ...]
    count: np.ndarray  # float64, whole numbers unless coverage weighting was used
    mean: np.ndarray  # float64
    min: np.ndarray  # float64
    max: np.ndarray  # float64
    fallback: np.ndarray  # bool

    def __len__(self) -> int:
        return len(self.ids)

    def rows(self) -> Iterator[ZonalRow]:
        """One row per plot, for tables and exports."""
        for i, plot_id in enumerate(self.ids):
            yield ZonalRow(plot_id, float(self.count[i]), float(self.mean[i]),
                           float(self.min[i]), float(self.max[i]), bool(self.fallback[i]))


class ArrayRaster:
    """An in-memory band that reads like a rasterio dataset (for derived layers and tests)."""

    def __init__(self, values: np.ndarray, transform: Sequence[float],
                 nodata: float | None = None) -> None:
        if values.ndim != 2:
            raise ZonalError(msg("A raster band must be two-dimensional (rows x columns)."))
        self.values = values
        self.transform = transform
        self.nodata = nodata
        self.height, self.width = values.shape

    def read(self, band: int = 1, window: Any = None, masked: bool = True) -> np.ndarray:
        """The band (only band 1 exists), or a window ``((row0, row1), (col0, col1))``."""
        if band != 1:
            raise ZonalError(msg("This raster has one band; band {band} was asked for.",
                                 band=band))
        data = self.values
        if window is not None:
            (r0, r1), (c0, c1) = window
            data = data[r0:r1, c0:c1]
        if not masked:
            return data
        mask = np.zeros(data.shape, dtype=bool)
        if self.nodata is not None:
            mask |= data == self.nodata
        return np.ma.MaskedArray(data, mask=mask)


def zonal_stats(
    geoms: Sequence[Any] | np.ndarray,
    ids: Sequence[Hashable],
    dataset: Any,
    band: int = 1,
    progress: Callable[[float], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
    block_rows: int = BLOCK_ROWS,
    coverage: bool = True,
) -> ZonalTable:
    """Count, mean, min and max of ``band`` under each geometry (in the raster's CRS).

    Nodata and NaN pixels are left out. ``progress`` receives the fraction done (0..1);
    when ``cancelled()`` turns true the work stops with :class:`ZonalCancelled`.
    ``block_rows`` bounds memory (raster rows per step). With ``coverage`` (the
    default) each pixel weighs the part of it the plot covers, as exactextract does:
    small plots on rough ground agree with it within 0.1 % (pixel centres alone were off
    by up to 1.7 %), ``count`` is then a fractional number of pixels, and ``min`` and
    ``max`` are those of every pixel the plot touches; with ``coverage=False`` only
    pixels whose centre is inside count, each fully, for all four figures.
    """
    geoms = np.asarray(geoms, dtype=object)
    ids = tuple(ids)
    if len(ids) != len(geoms):
        raise ZonalError(msg("Got {plots} plots but {ids} ids; give one id per plot.",
                             plots=len(geoms), ids=len(ids)))
    if block_rows < 1:
        raise ZonalError(msg("block_rows must be at least 1."))
    n = len(geoms)
    height, width = _shape(dataset)
    inverse = _inverse(dataset.transform)
    lines = COVERAGE_LINES if coverage else 1
    edges = _edges(geoms, inverse, lines)
    segments = _segments(geoms, inverse) if coverage else None

    count = np.zeros(n, dtype=np.float64)
    total = np.zeros(n, dtype=np.float64)
    low = np.full(n, np.inf)
    high = np.full(n, -np.inf)
    blocks = range(0, height, block_rows)
    for done, row0 in enumerate(blocks):
        if cancelled is not None and cancelled():
            raise ZonalCancelled(msg("Zonal statistics were cancelled; nothing was saved."))
        row1 = min(row0 + block_rows, height)
        plot, rows, cols, weight = _pixels(*_spans(edges, row0 * lines, row1 * lines),
                                           lines, width)
        if segments is not None:  # pixels only touched: weight 0, for min and max only
            touched = _touched(segments, row0, row1, width)
            plot, rows, cols = (np.concatenate([a, b]) for a, b in
                                zip((plot, rows, cols), touched, strict=True))
            weight = np.concatenate([weight, np.zeros(len(touched[0]))])
        if len(plot):
            _accumulate(dataset, band, plot, rows, cols, weight, count, total, low, high)
        if progress is not None:
            progress((done + 1) / len(blocks))

    empty = count == 0
    mean = np.divide(total, count, out=np.full(n, np.nan), where=~empty)
    low[empty] = np.nan
    high[empty] = np.nan
    fallback = np.zeros(n, dtype=bool)
    _fallback(geoms, empty, dataset, band, inverse, height, width, mean, low, high, fallback)
    return ZonalTable(ids, count, mean, low, high, fallback)


def slope(dem: np.ndarray, transform: Sequence[float]) -> np.ndarray:
    """Slope in degrees by Horn's method (the one GDAL and QGIS use); NaN stays NaN.

    Edges use the nearest row or column repeated, so the result has the DEM's shape.
    Mask nodata as NaN before calling.
    """
    xres = math.hypot(transform[0], transform[3])
    yres = math.hypot(transform[1], transform[4])
    z = np.pad(np.asarray(dem, dtype=np.float64), 1, mode="edge")
    a, b, c = z[:-2, :-2], z[:-2, 1:-1], z[:-2, 2:]
    d, f = z[1:-1, :-2], z[1:-1, 2:]
    g, h, i = z[2:, :-2], z[2:, 1:-1], z[2:, 2:]
    dzdx = ((c + 2 * f + i) - (a + 2 * d + g)) / (8 * xres)
    dzdy = ((g + 2 * h + i) - (a + 2 * b + c)) / (8 * yres)
    return np.degrees(np.arctan(np.hypot(dzdx, dzdy)))


# --- internals -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Edges:
    """Ring edges of all plots in pixel space (x = column, y = row), lowest y first."""

    plot: np.ndarray
    x0: np.ndarray
    y0: np.ndarray
    slope: np.ndarray  # dx/dy
    first: np.ndarray  # first pixel-centre row crossed
    stop: np.ndarray  # one past the last row crossed


def _shape(dataset: Any) -> tuple[int, int]:
    if hasattr(dataset, "height") and hasattr(dataset, "width"):
        return int(dataset.height), int(dataset.width)
    rows, cols = dataset.shape[-2:]
    return int(rows), int(cols)


def _inverse(transform: Sequence[float]) -> tuple[float, ...]:
    """Coefficients of the map -> pixel affine (column, row) of a GDAL geotransform."""
    a, b, c, d, e, f = (float(v) for v in tuple(transform)[:6])
    det = a * e - b * d
    if det == 0:
        raise ZonalError(
            msg("The raster's geotransform is degenerate; check its georeferencing."))
    ia, ib, id_, ie = e / det, -b / det, -d / det, a / det
    return ia, ib, -(ia * c + ib * f), id_, ie, -(id_ * c + ie * f)


def _edges(geoms: np.ndarray, inverse: tuple[float, ...], lines: int) -> _Edges:
    """Edges in pixel space with y scaled by ``lines``, so scan line s is at y = s + 0.5."""
    parts, part_plot = shapely.get_parts(geoms, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
    ia, ib, ic, id_, ie, if_ = inverse
    cols = ia * coords[:, 0] + ib * coords[:, 1] + ic
    rows = (id_ * coords[:, 0] + ie * coords[:, 1] + if_) * lines
    same = coord_ring[1:] == coord_ring[:-1]  # consecutive vertices of one ring
    xa, ya, xb, yb = cols[:-1][same], rows[:-1][same], cols[1:][same], rows[1:][same]
    plot = part_plot[ring_part[coord_ring[:-1][same]]]
    swap = yb < ya
    xa, xb = np.where(swap, xb, xa), np.where(swap, xa, xb)
    ya, yb = np.where(swap, yb, ya), np.where(swap, ya, yb)
    # Scan lines y = s + 0.5 crossed with ya <= y < yb (half-open: vertices count once).
    first = np.ceil(ya - 0.5).astype(np.int64)
    stop = np.ceil(yb - 0.5).astype(np.int64)
    keep = stop > first
    dy = (yb - ya)[keep]
    return _Edges(plot[keep], xa[keep], ya[keep], (xb - xa)[keep] / dy, first[keep], stop[keep])


_EPS = 1e-9  # in pixels: an edge along a pixel border does not enter the pixel


@dataclass(frozen=True, slots=True)
class _Segments:
    """Ring edges of all plots in pixel space, lowest y first, with the pixel rows whose
    inside they cross (``row0`` to ``row1`` inclusive; none for an edge along a border)."""

    plot: np.ndarray
    xa: np.ndarray
    ya: np.ndarray
    xb: np.ndarray
    yb: np.ndarray
    row0: np.ndarray
    row1: np.ndarray


def _segments(geoms: np.ndarray, inverse: tuple[float, ...]) -> _Segments:
    parts, part_plot = shapely.get_parts(geoms, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
    ia, ib, ic, id_, ie, if_ = inverse
    cols = ia * coords[:, 0] + ib * coords[:, 1] + ic
    rows = id_ * coords[:, 0] + ie * coords[:, 1] + if_
    same = coord_ring[1:] == coord_ring[:-1]
    xa, ya, xb, yb = cols[:-1][same], rows[:-1][same], cols[1:][same], rows[1:][same]
    plot = part_plot[ring_part[coord_ring[:-1][same]]]
    swap = yb < ya
    xa, xb = np.where(swap, xb, xa), np.where(swap, xa, xb)
    ya, yb = np.where(swap, yb, ya), np.where(swap, ya, yb)
    row0 = np.floor(ya + _EPS).astype(np.int64)
    row1 = np.ceil(yb - _EPS).astype(np.int64) - 1
    keep = row1 >= row0
    return _Segments(plot[keep], xa[keep], ya[keep], xb[keep], yb[keep], row0[keep],
                     row1[keep])


def _touched(seg: _Segments, row0: int, row1: int, width: int
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pixels (plot, row, column) in rows [row0, row1) whose inside an edge crosses.

    With the pixels wholly inside a plot (which the scan lines find), these are all the
    pixels a plot shares area with: the rule of GDAL's ``all_touched`` and of
    exactextract's coverage > 0.
    """
    hit = (seg.row0 < row1) & (seg.row1 >= row0)
    first = np.maximum(seg.row0[hit], row0)
    last = np.minimum(seg.row1[hit], row1 - 1)
    lengths = last - first + 1
    total = int(lengths.sum())
    empty = np.zeros(0, dtype=np.int64)
    if total == 0:
        return empty, empty, empty
    which = np.flatnonzero(hit)[np.repeat(np.arange(len(first)), lengths)]
    starts = np.cumsum(lengths) - lengths
    rows = np.repeat(first, lengths) + (np.arange(total) - np.repeat(starts, lengths))
    xa, ya, xb, yb = seg.xa[which], seg.ya[which], seg.xb[which], seg.yb[which]
    dy = yb - ya
    slope = np.divide(xb - xa, dy, out=np.zeros(total), where=dy > 0)
    # The part of the edge inside the pixel row: its x range gives the columns crossed.
    xs = xa + (np.clip(rows, ya, yb) - ya) * slope
    xe = np.where(dy > 0, xa + (np.clip(rows + 1, ya, yb) - ya) * slope, xb)
    lo, hi = np.minimum(xs, xe), np.maximum(xs, xe)
    col0 = np.clip(np.floor(lo + _EPS), 0, width).astype(np.int64)
    col1 = np.clip(np.ceil(hi - _EPS), 0, width).astype(np.int64)
    spans = np.maximum(col1 - col0, 0)
    size = int(spans.sum())
    if size == 0:
        return empty, empty, empty
    offsets = np.arange(size) - np.repeat(np.cumsum(spans) - spans, spans)
    return (seg.plot[which].repeat(spans), rows.repeat(spans),
            np.repeat(col0, spans) + offsets)


def _spans(edges: _Edges, line0: int, line1: int
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Inside intervals (plot, scan line, x from, x to) on scan lines [line0, line1)."""
    hit = (edges.first < line1) & (edges.stop > line0)
    first = np.maximum(edges.first[hit], line0)
    stop = np.minimum(edges.stop[hit], line1)
    lengths = stop - first
    total = int(lengths.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty.astype(float), empty.astype(float)
    which = np.repeat(np.arange(len(first)), lengths)
    starts = np.cumsum(lengths) - lengths
    lines = np.repeat(first, lengths) + (np.arange(total) - np.repeat(starts, lengths))
    x = edges.x0[hit][which] + (lines + 0.5 - edges.y0[hit][which]) * edges.slope[hit][which]
    plot = edges.plot[hit][which]
    order = np.lexsort((x, lines, plot))
    plot, lines, x = plot[order], lines[order], x[order]
    return plot[0::2], lines[0::2], x[0::2], x[1::2]


def _pixels(plot: np.ndarray, line: np.ndarray, xa: np.ndarray, xb: np.ndarray,
            lines: int, width: int
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """The pixels (plot, row, column, weight) of the intervals; weight None means 1 each.

    With one scan line per row a pixel counts when its centre is inside; with several,
    each pixel is weighted by the part of it the intervals cover.
    """
    if lines == 1:
        col0 = np.clip(np.ceil(xa - 0.5), 0, width).astype(np.int64)
        col1 = np.clip(np.ceil(xb - 0.5), 0, width).astype(np.int64)
    else:
        xa, xb = np.clip(xa, 0, width), np.clip(xb, 0, width)
        col0 = np.floor(xa).astype(np.int64)
        col1 = np.maximum(np.ceil(xb).astype(np.int64), col0)
    lengths = col1 - col0
    size = int(lengths.sum())
    starts = np.cumsum(lengths) - lengths
    offset = np.arange(size) - np.repeat(starts, lengths)
    cols = np.repeat(col0, lengths) + offset
    weight = None
    if lines > 1:
        left, right = np.repeat(xa, lengths), np.repeat(xb, lengths)
        weight = (np.minimum(cols + 1, right) - np.maximum(cols, left)) / lines
    return np.repeat(plot, lengths), np.repeat(line // lines, lengths), cols, weight


def _accumulate(dataset: Any, band: int, pix_plot: np.ndarray, pix_row: np.ndarray,
                pix_col: np.ndarray, weight: np.ndarray | None, count: np.ndarray,
                total: np.ndarray, low: np.ndarray, high: np.ndarray) -> None:
    """Read the windows under the pixels and add the valid ones to each plot's figures."""
    size = len(pix_plot)
    values = np.empty(size, dtype=np.float64)
    valid = np.zeros(size, dtype=bool)
    # Read only the column chunks that hold pixels, merged into contiguous windows.
    chunk = pix_col // COL_CHUNK
    used = np.unique(chunk)
    breaks = np.flatnonzero(np.diff(used) > 1)
    for lo, hi in zip(np.r_[used[0], used[breaks + 1]], np.r_[used[breaks], used[-1]],
                      strict=True):
        inside = (chunk >= lo) & (chunk <= hi)
        r, c = pix_row[inside], pix_col[inside]
        r0, c0 = int(r.min()), int(c.min())
        block = dataset.read(band, window=((r0, int(r.max()) + 1), (c0, int(c.max()) + 1)),
                             masked=True)
        data = np.ma.getdata(block)[r - r0, c - c0].astype(np.float64)
        values[inside] = data
        valid[inside] = ~np.ma.getmaskarray(block)[r - r0, c - c0] & ~np.isnan(data)
    if weight is not None:  # a pixel of weight 0 is only touched: min and max, not mean
        weight = weight[valid]
    pix_plot, values = pix_plot[valid], values[valid]
    if not len(values):
        return
    count += np.bincount(pix_plot, weights=weight, minlength=len(count))
    weighted = values if weight is None else values * weight
    total += np.bincount(pix_plot, weights=weighted, minlength=len(total))
    order = np.argsort(pix_plot, kind="stable")
    pix_plot, values = pix_plot[order], values[order]
    group = np.flatnonzero(np.r_[True, pix_plot[1:] != pix_plot[:-1]])
    owners = pix_plot[group]
    low[owners] = np.minimum(low[owners], np.minimum.reduceat(values, group))
    high[owners] = np.maximum(high[owners], np.maximum.reduceat(values, group))


def _fallback(geoms: np.ndarray, empty: np.ndarray, dataset: Any, band: int,
              inverse: tuple[float, ...], height: int, width: int, mean: np.ndarray,
              low: np.ndarray, high: np.ndarray, fallback: np.ndarray) -> None:
    """Give plots without a pixel centre the value of the pixel under their inner point."""
    candidates = np.flatnonzero(empty & ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms))
    if not len(candidates):
        return
    points = shapely.get_coordinates(shapely.point_on_surface(geoms[candidates]))
    ia, ib, ic, id_, ie, if_ = inverse
    cols = np.floor(ia * points[:, 0] + ib * points[:, 1] + ic).astype(np.int64)
    rows = np.floor(id_ * points[:, 0] + ie * points[:, 1] + if_).astype(np.int64)
    for i, r, c in zip(candidates, rows, cols, strict=True):
        if not (0 <= r < height and 0 <= c < width):
            continue
        pixel = dataset.read(band, window=((int(r), int(r) + 1), (int(c), int(c) + 1)),
                             masked=True)
        value = float(np.ma.getdata(pixel)[0, 0])
        if np.ma.getmaskarray(pixel)[0, 0] or math.isnan(value):
            continue
        mean[i] = low[i] = high[i] = value
        fallback[i] = True
