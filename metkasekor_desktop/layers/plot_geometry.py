"""Plot polygons as flat numpy arrays in the map CRS, ordered for batched drawing.

One Python object per plot is too slow at province scale (DESIGN.md decision 4): the
coordinates of all plots live in one array, with ring offsets, per-plot bounding boxes and
a drawing order sorted by category and place so that each batch path is small.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from metkasekor_desktop.domain.geometry import STORAGE_EPSG

MOVE_TO = 0  # QPainterPath element types
LINE_TO = 1


def ranges_to_index(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Concatenate ``arange(s, e)`` for every pair without a Python loop."""
    counts = ends - starts
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
    return np.arange(total, dtype=np.int64) + offsets


def _spatial_key(cx: np.ndarray, cy: np.ndarray, cells: int = 64) -> np.ndarray:
    """Row-major, snake-ordered grid cell of each centre: neighbours share batches."""
    if len(cx) == 0:
        return np.zeros(0, dtype=np.int64)
    x0, x1, y0, y1 = cx.min(), cx.max(), cy.min(), cy.max()
    ix = ((cx - x0) / max(x1 - x0, 1e-9) * (cells - 1)).astype(np.int64)
    iy = ((cy - y0) / max(y1 - y0, 1e-9) * (cells - 1)).astype(np.int64)
    ix = np.where(iy % 2 == 1, cells - 1 - ix, ix)
    return iy * cells + ix


@dataclass
class PlotGeometryArrays:
    """Coordinates in the map CRS and the offsets that cut them into plots and rings."""

    coords: np.ndarray  # (C, 2) float64, in plot order
    element_types: np.ndarray  # (C,) int32: MOVE_TO at each ring start, LINE_TO elsewhere
    coord_start: np.ndarray  # (N,) first coordinate of each plot
    coord_end: np.ndarray  # (N,) one past the last coordinate of each plot
    bboxes: np.ndarray  # (N, 4) xmin, ymin, xmax, ymax
    map_epsg: int
    ring_offsets: np.ndarray
    polygon_offsets: np.ndarray
    part_offsets: np.ndarray

    @classmethod
    def from_geometries(cls, geometries: np.ndarray, map_epsg: int) -> PlotGeometryArrays:
        """Build the arrays from WGS 84 MultiPolygons (empty array allowed)."""
        n = len(geometries)
        if n == 0:
            z = np.zeros(0, dtype=np.int64)
            return cls(np.zeros((0, 2)), np.zeros(0, np.int32), z, z, np.zeros((0, 4)),
                       map_epsg, np.zeros(1, np.int64), np.zeros(1, np.int64),
                       np.zeros(1, np.int64))
        geoms = np.asarray(geometries, dtype=object)
        _, coords, (ring_off, poly_off, part_off) = shapely.to_ragged_array(geoms)
        coords = np.ascontiguousarray(coords, dtype=np.float64)
        if map_epsg != STORAGE_EPSG:
            from pyproj import Transformer

            tr = Transformer.from_crs(STORAGE_EPSG, map_epsg, always_xy=True)
            x, y = tr.transform(coords[:, 0], coords[:, 1])
            coords = np.column_stack([x, y])
        types = np.full(len(coords), LINE_TO, dtype=np.int32)
        types[ring_off[:-1]] = MOVE_TO
        coord_start = ring_off[poly_off[part_off[:-1]]]
        coord_end = ring_off[poly_off[part_off[1:]]]
        nonempty = coord_end > coord_start
        # Reduce over the starts of non-empty plots only: they increase strictly, so each
        # slice spans exactly one plot's coordinates (plots without geometry have none).
        starts = coord_start[nonempty]
        xs, ys = coords[:, 0], coords[:, 1]
        bboxes = np.full((n, 4), np.nan)
        if len(starts):
            bboxes[nonempty] = np.column_stack([
                np.minimum.reduceat(xs, starts), np.minimum.reduceat(ys, starts),
                np.maximum.reduceat(xs, starts), np.maximum.reduceat(ys, starts),
            ])
        return cls(coords, types, coord_start.astype(np.int64), coord_end.astype(np.int64),
                   bboxes, map_epsg, ring_off, poly_off, part_off)

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
        return shapely.from_ragged_array(
            shapely.GeometryType.MULTIPOLYGON,
            self.coords,
            (self.ring_offsets, self.polygon_offsets, self.part_offsets),
        )

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
