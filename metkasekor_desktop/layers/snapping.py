"""Snapping the cursor to vertices and edges of existing plots while drawing or editing.

Built once from the layer's map-CRS geometries: an STRtree finds the few plots near the
cursor, and their coordinates, held in flat numpy arrays, are searched with numpy, so a
snap costs tens of microseconds however many plots the project holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import shapely

from metkasekor_desktop.domain.messages import msg


@dataclass(frozen=True)
class SnapResult:
    """Where the cursor snaps to: a vertex of a plot, or the nearest point on its edge."""

    x: float
    y: float
    kind: str  # "vertex" | "edge"
    plot_id: int


class Snapper:
    """Snap targets of plots given as ``ids`` and map-CRS shapely ``geoms``.

    Rebuild it after the plots change (it is a snapshot); missing or empty geometries
    are ignored.
    """

    def __init__(self, ids: np.ndarray, geoms: np.ndarray) -> None:
        geoms = np.asarray(geoms, dtype=object)
        ids = np.asarray(ids, dtype=np.int64)
        if len(ids) != len(geoms):
            raise ValueError(msg("ids and geoms must have the same length"))
        present = np.flatnonzero(~(shapely.is_missing(geoms) | shapely.is_empty(geoms)))
        self._ids = ids[present]
        self._tree = shapely.STRtree(geoms[present])
        parts, part_of = shapely.get_parts(geoms[present], return_index=True)
        rings, ring_part = shapely.get_rings(parts, return_index=True)
        coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
        plot_of = part_of[ring_part[coord_ring]] if len(coords) else np.zeros(0, np.int64)
        # Within one ring, coordinate k starts an edge to k + 1; the last coordinate only
        # closes the ring (it repeats the first), so it is neither a vertex nor an edge start.
        starts = np.zeros(len(coords), dtype=bool)
        starts[:-1] = coord_ring[1:] == coord_ring[:-1]
        k = np.flatnonzero(starts)
        self._vertices = coords[k]
        self._edge_a = coords[k]
        self._edge_ab = coords[k + 1] - coords[k]
        self._edge_len2 = np.maximum((self._edge_ab**2).sum(axis=1), 1e-300)
        owner = plot_of[k]
        plots = np.arange(len(self._ids))
        self._start = np.searchsorted(owner, plots, side="left")
        self._end = np.searchsorted(owner, plots, side="right")

    def __len__(self) -> int:
        return len(self._ids)

    def snap(
        self, x: float, y: float, tolerance: float, exclude: Iterable[int] = ()
    ) -> SnapResult | None:
        """The nearest vertex within ``tolerance`` (map units) of (x, y); else the nearest
        point on an edge within it; else None. Plots whose id is in ``exclude`` are
        ignored (e.g. the plot being edited)."""
        if tolerance <= 0 or len(self._ids) == 0:
            return None
        hits = self._tree.query(shapely.box(x - tolerance, y - tolerance,
                                            x + tolerance, y + tolerance))
        if len(hits) == 0:
            return None
        excluded = set(exclude)
        if excluded:
            hits = np.array([h for h in hits if int(self._ids[h]) not in excluded], np.int64)
            if len(hits) == 0:
                return None
        if len(hits) == 1:  # the usual case: one plot near the cursor, no copies
            idx: slice | np.ndarray = slice(self._start[hits[0]], self._end[hits[0]])
            owner = np.full(self._end[hits[0]] - self._start[hits[0]], hits[0])
        else:
            idx = np.concatenate([np.arange(self._start[h], self._end[h]) for h in hits])
            owner = np.repeat(hits, self._end[hits] - self._start[hits])
        if len(owner) == 0:
            return None
        xy = self._vertices[idx]
        d2 = (xy[:, 0] - x) ** 2 + (xy[:, 1] - y) ** 2
        k = int(np.argmin(d2))
        tol2 = tolerance * tolerance
        if d2[k] <= tol2:
            return SnapResult(float(xy[k, 0]), float(xy[k, 1]), "vertex", int(self._ids[owner[k]]))
        # Every vertex starts one edge, so the same index selects the edges.
        a, ab = self._edge_a[idx], self._edge_ab[idx]
        t = ((x - a[:, 0]) * ab[:, 0] + (y - a[:, 1]) * ab[:, 1]) / self._edge_len2[idx]
        np.clip(t, 0.0, 1.0, out=t)
        px, py = a[:, 0] + t * ab[:, 0], a[:, 1] + t * ab[:, 1]
        e2 = (px - x) ** 2 + (py - y) ** 2
        k = int(np.argmin(e2))
        if e2[k] <= tol2:
            return SnapResult(float(px[k]), float(py[k]), "edge", int(self._ids[owner[k]]))
        return None
