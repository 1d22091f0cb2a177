"""Plot polygons as flat numpy arrays in the map CRS, ordered for batched drawing.

One Python object per plot is too slow at province scale (DESIGN.md decision 4): the
coordinates of all plots live in one array, with ring offsets, per-plot bounding boxes and
a drawing order sorted by category and place so that each batch path is small.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely

from metkasekor_desktop.domain.geometry import STORAGE_EPSG, transform
from metkasekor_desktop.domain.shape_column import ShapeColumn
from metkasekor_desktop.domain.wkb_column import ranges_to_index

MOVE_TO = 0  # QPainterPath element types
LINE_TO = 1


def _spatial_key(cx: np.ndarray, cy: np.ndarray, cells: int = 64) -> np.ndarray:
    """Row-major, snake-ordered grid cell of each centre: neighbours share batches."""
    if len(cx) == 0:
        return np.zeros(0, dtype=np.int64)
    x0, x1, y0, y1 = cx.min(), cx.max(), cy.min(), cy.max()
    ix = ((cx - x0) / max(x1 - x0, 1e-9) * (cells - 1)).astype(np.int64)
    iy = ((cy - y0) / max(y1 - y0, 1e-9) * (cells - 1)).astype(np.int64)
    ix = np.where(iy % 2 == 1, cells - 1 - ix, ix)
    return iy * cells + ix


def _shapely_parts(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Coordinates, their count per plot and their path element types, of shapely shapes.

    Nearly every plot is one polygon without holes; its only ring starts at its first
    coordinate, which a vectorised test finds. The rare plot with holes or parts is cut
    into rings by shapely's ragged arrays (slower, so only for those).
    """
    n = len(geoms)
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    counts = np.bincount(owner, minlength=n).astype(np.int64)
    coord_end = np.cumsum(counts)
    coord_start = coord_end - counts
    nonempty = counts > 0
    types = np.full(len(coords), LINE_TO, dtype=np.int32)
    types[coord_start[nonempty]] = MOVE_TO
    if len(coords):
        first = coords[coord_start[owner]]
        closes = (coords[:, 0] == first[:, 0]) & (coords[:, 1] == first[:, 1])
        closes[coord_start[nonempty]] = False
        n_closes = np.bincount(owner[closes], minlength=n)
        last = np.maximum(coord_end - 1, 0)
        single_ring = nonempty & (n_closes == 1) & closes[last]
        several = nonempty & ~single_ring
        if several.any():
            _, _, (ring_off, _, _) = shapely.to_ragged_array(geoms[several])
            positions = ranges_to_index(coord_start[several], coord_end[several])
            types[positions[ring_off[:-1]]] = MOVE_TO
    return coords, counts, types


def _transform_in_parts(make: Callable[[], Any], x: np.ndarray, y: np.ndarray) -> None:
    """``make().transform(x, y, inplace=True)``, on two threads for millions of
    coordinates (PROJ lets go of the GIL; a national register has 5 million). Each
    thread makes its own transformer: PROJ objects are not shared between threads."""
    n = len(x)
    if n < 500_000:
        make().transform(x, y, inplace=True)
        return
    from concurrent.futures import ThreadPoolExecutor

    half = n // 2
    with ThreadPoolExecutor(1, thread_name_prefix="map-transform") as pool:
        later = pool.submit(lambda: make().transform(x[half:], y[half:], inplace=True))
        make().transform(x[:half], y[:half], inplace=True)
        later.result()


def _column(geometries: np.ndarray | ShapeColumn) -> np.ndarray | ShapeColumn:
    """Shapes as given when they are a :class:`ShapeColumn` (rows made when read), else
    as an object array."""
    return geometries if isinstance(geometries, ShapeColumn) else np.asarray(geometries,
                                                                             dtype=object)


def _wkb_parts(column: ShapeColumn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_shapely_parts` of a column of WKB: the simple plots read from the bytes
    (in the order the bytes lie, then put in the column's order), the others made into
    shapes."""
    wkb, places = column.source()
    n = len(column)
    read = places < len(wkb)
    simple_read, read_coords, read_counts = wkb.simple_polygons()
    count_at = np.zeros(len(wkb), dtype=np.int64)
    count_at[simple_read] = read_counts
    start_at = np.cumsum(count_at) - count_at
    simple = np.zeros(n, dtype=bool)
    simple[read] = simple_read[places[read]]
    others = np.flatnonzero(~simple)
    other_coords, other_counts, other_types = _shapely_parts(
        np.asarray(column[others], dtype=object))
    counts = np.zeros(n, dtype=np.int64)
    rows = np.flatnonzero(simple)
    counts[rows] = count_at[places[rows]]
    counts[others] = other_counts
    coord_end = np.cumsum(counts)
    coord_start = coord_end - counts
    coords = np.empty((int(coord_end[-1]) if n else 0, 2), dtype=np.float64)
    types = np.full(len(coords), LINE_TO, dtype=np.int32)
    source_rows = places[rows]
    in_order = len(rows) == len(wkb) and np.array_equal(source_rows, np.arange(len(wkb)))
    target = ranges_to_index(coord_start[rows], coord_end[rows])
    coords[target] = read_coords if in_order else read_coords[ranges_to_index(
        start_at[source_rows], start_at[source_rows] + counts[rows])]
    types[coord_start[rows]] = MOVE_TO
    if len(others):
        at = ranges_to_index(coord_start[others], coord_end[others])
        coords[at] = other_coords
        types[at] = other_types
    return coords, counts, types


@dataclass
class PlotGeometryArrays:
    """Coordinates in the map CRS and the offsets that cut them into plots and rings."""

    coords: np.ndarray  # (C, 2) float64, in plot order
    element_types: np.ndarray  # (C,) int32: MOVE_TO at each ring start, LINE_TO elsewhere
    coord_start: np.ndarray  # (N,) first coordinate of each plot
    coord_end: np.ndarray  # (N,) one past the last coordinate of each plot
    bboxes: np.ndarray  # (N, 4) xmin, ymin, xmax, ymax
    map_epsg: int
    source: np.ndarray | ShapeColumn  # the WGS 84 geometries the arrays were made of

    @classmethod
    def from_geometries(cls, geometries: np.ndarray | ShapeColumn,
                        map_epsg: int) -> PlotGeometryArrays:
        """Build the arrays from WGS 84 MultiPolygons (empty array allowed).

        A :class:`ShapeColumn` whose rows are not made yet is read from its WKB: the
        coordinates of simple plots straight out of the buffer, the others through
        shapely (and only those are made into objects).
        """
        if isinstance(geometries, ShapeColumn) and not geometries.all_made:
            coords, counts, types = _wkb_parts(geometries)
            source: np.ndarray | ShapeColumn = geometries
        else:
            source = np.asarray(geometries, dtype=object)
            coords, counts, types = _shapely_parts(source)
        n = len(counts)
        coord_end = np.cumsum(counts)
        coord_start = coord_end - counts
        nonempty = counts > 0
        if map_epsg != STORAGE_EPSG and len(coords):
            from pyproj import Transformer

            x, y = coords[:, 0].copy(), coords[:, 1].copy()
            _transform_in_parts(lambda: Transformer.from_crs(STORAGE_EPSG, map_epsg,
                                                             always_xy=True), x, y)
            coords = np.column_stack([x, y])
        coords = np.ascontiguousarray(coords, dtype=np.float64)
        # Reduce over the starts of non-empty plots only: they increase strictly, so each
        # slice spans exactly one plot's coordinates (plots without geometry have none).
        starts = coord_start[nonempty]
        bboxes = np.full((n, 4), np.nan)
        if len(starts):
            xs, ys = coords[:, 0], coords[:, 1]
            bboxes[nonempty] = np.column_stack([
                np.minimum.reduceat(xs, starts), np.minimum.reduceat(ys, starts),
                np.maximum.reduceat(xs, starts), np.maximum.reduceat(ys, starts),
            ])
        return cls(coords, types, coord_start, coord_end, bboxes, map_epsg, source)

    def updated(self, geometries: np.ndarray, reuse: np.ndarray) -> PlotGeometryArrays:
        """The arrays of a new list of plots in which ``reuse[i]`` is the row of these
        arrays that holds plot ``i`` unchanged, or -1 for a new or edited plot.

        After an edit only the edited plots are reprojected and cut into rings; the
        others' coordinates are copied (a province's plots are not all rebuilt per edit).
        """
        geoms = _column(geometries)
        n = len(geoms)
        kept = reuse >= 0
        fresh = PlotGeometryArrays.from_geometries(geoms[~kept], self.map_epsg)
        counts = np.zeros(n, dtype=np.int64)
        counts[kept] = (self.coord_end - self.coord_start)[reuse[kept]]
        counts[~kept] = fresh.coord_end - fresh.coord_start
        coord_end = np.cumsum(counts)
        coord_start = coord_end - counts
        coords = np.empty((int(counts.sum()), 2), dtype=np.float64)
        types = np.empty(len(coords), dtype=np.int32)
        for rows, source, src_start, src_end in (
            (np.nonzero(kept)[0], self, self.coord_start[reuse[kept]],
             self.coord_end[reuse[kept]]),
            (np.nonzero(~kept)[0], fresh, fresh.coord_start, fresh.coord_end),
        ):
            if len(rows) == 0:
                continue
            dst = ranges_to_index(coord_start[rows], coord_end[rows])
            src = ranges_to_index(src_start, src_end)
            coords[dst] = source.coords[src]
            types[dst] = source.element_types[src]
        bboxes = np.empty((n, 4))
        bboxes[kept] = self.bboxes[reuse[kept]]
        bboxes[~kept] = fresh.bboxes
        return PlotGeometryArrays(coords, types, coord_start, coord_end, bboxes,
                                  self.map_epsg, geoms)

    def replaced(self, geometries: np.ndarray, rows: np.ndarray) -> PlotGeometryArrays:
        """The arrays after the plots at ``rows`` got new shapes (``geometries`` is the
        whole new list): only those plots are reprojected, and the coordinates of the
        others are moved in a few slices, not gathered one by one (one edit on a
        province's plots)."""
        geoms = _column(geometries)
        rows = np.unique(np.asarray(rows, dtype=np.int64))
        fresh = PlotGeometryArrays.from_geometries(geoms[rows], self.map_epsg)
        coord_parts, type_parts = [], []
        counts = self.coord_end - self.coord_start
        counts = counts.copy()
        previous = 0
        for k, row in enumerate(rows.tolist()):
            start, end = int(self.coord_start[row]), int(self.coord_end[row])
            coord_parts += [self.coords[previous:start],
                            fresh.coords[fresh.coord_start[k]:fresh.coord_end[k]]]
            type_parts += [self.element_types[previous:start],
                           fresh.element_types[fresh.coord_start[k]:fresh.coord_end[k]]]
            counts[row] = fresh.coord_end[k] - fresh.coord_start[k]
            previous = end
        coord_parts.append(self.coords[previous:])
        type_parts.append(self.element_types[previous:])
        coord_end = np.cumsum(counts)
        bboxes = self.bboxes.copy()
        bboxes[rows] = fresh.bboxes
        return PlotGeometryArrays(np.concatenate(coord_parts), np.concatenate(type_parts),
                                  coord_end - counts, coord_end, bboxes, self.map_epsg, geoms)

    def with_source(self, geometries: np.ndarray) -> PlotGeometryArrays:
        """The same arrays over a new list of the very same shapes (attributes edited)."""
        return PlotGeometryArrays(self.coords, self.element_types, self.coord_start,
                                  self.coord_end, self.bboxes, self.map_epsg,
                                  _column(geometries))

    def __len__(self) -> int:
        return len(self.coord_start)

    def extent(self) -> tuple[float, float, float, float] | None:
        if len(self) == 0 or np.all(np.isnan(self.bboxes[:, 0])):
            return None
        b = self.bboxes
        return (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])),
                float(np.nanmax(b[:, 2])), float(np.nanmax(b[:, 3])))

    def map_geometries(self) -> np.ndarray:
        """The plots as shapely MultiPolygons in the map CRS (for hit tests and overlays)."""
        if len(self) == 0:
            return np.zeros(0, dtype=object)
        return transform(self.source, STORAGE_EPSG, self.map_epsg)

    def drawing_order(self, categories: np.ndarray) -> np.ndarray:
        """Plot indices sorted by category, then by place (for small batch paths)."""
        with np.errstate(invalid="ignore"):
            cx = np.nan_to_num((self.bboxes[:, 0] + self.bboxes[:, 2]) / 2)
            cy = np.nan_to_num((self.bboxes[:, 1] + self.bboxes[:, 3]) / 2)
        return np.lexsort((_spatial_key(cx, cy), categories))

    def visible(self, extent: tuple[float, float, float, float]) -> np.ndarray:
        """Boolean mask of plots whose bounding box meets ``extent``."""
        xmin, ymin, xmax, ymax = extent
        b = self.bboxes
        with np.errstate(invalid="ignore"):
            return (b[:, 2] >= xmin) & (b[:, 0] <= xmax) & (b[:, 3] >= ymin) & (b[:, 1] <= ymax)
