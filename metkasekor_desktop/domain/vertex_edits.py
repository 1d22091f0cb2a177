"""Editing a plot's shape one vertex at a time: list, move, delete, insert, find the edge.

The vertex tool addresses a vertex by its key (part, ring, index), ring 0 being the
outer ring and a ring's closing repeat left out; each function returns the new shape
and leaves the check of it to :func:`~metkasekor_desktop.domain.plot_shape.check_shape`,
so that the tool can show a vertex dragged into an invalid shape before it is refused.
Coordinates are in metres, in the map CRS.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plot_shape import Ring, as_multi, open_ring

VertexKey = tuple[int, int, int]  # (part, ring, index); ring 0 is the outer ring


def _rings(geom) -> list[list[Ring]]:
    """Parts as lists of open rings: [[outer, hole, ...], ...]."""
    return [
        [open_ring(p.exterior), *[open_ring(h) for h in p.interiors]]
        for p in as_multi(geom).geoms
    ]


def _build(parts: list[list[Ring]]) -> MultiPolygon:
    return MultiPolygon([Polygon(p[0], p[1:]) for p in parts])


def vertex_list(geom) -> list[tuple[int, int, int, float, float]]:
    """Every vertex as (part, ring, index, x, y); a ring's closing repeat is left out."""
    return [
        (pi, ri, k, x, y)
        for pi, part in enumerate(_rings(geom))
        for ri, ring in enumerate(part)
        for k, (x, y) in enumerate(ring)
    ]


def _check_key(parts: list[list[Ring]], key: VertexKey) -> None:
    pi, ri, k = key
    if not (0 <= pi < len(parts) and 0 <= ri < len(parts[pi]) and 0 <= k < len(parts[pi][ri])):
        raise GeometryError(msg("The plot has no vertex {vertex} in ring {ring} of part {part}.",
                                vertex=k, ring=ri, part=pi))


def move_vertices(geom, moves: dict[VertexKey, tuple[float, float]]) -> MultiPolygon:
    """The shape with the given vertices moved (the first one moves the closing one too)."""
    parts = _rings(geom)
    for key, (x, y) in moves.items():
        _check_key(parts, key)
        pi, ri, k = key
        parts[pi][ri][k] = (float(x), float(y))
    return _build(parts)


def delete_vertices(geom, keys: Iterable[VertexKey]) -> MultiPolygon:
    """The shape without the given vertices.

    Deleting every vertex of a hole removes the hole, and every vertex of one part of a
    multipart plot removes that part; any other ring must keep 3 distinct vertices.
    """
    parts = _rings(geom)
    doomed: dict[tuple[int, int], set[int]] = {}
    for key in keys:
        _check_key(parts, key)
        doomed.setdefault(key[:2], set()).add(key[2])
    new_parts: list[list[Ring]] = []
    for pi, part in enumerate(parts):
        if doomed.get((pi, 0), set()) >= set(range(len(part[0]))) and len(parts) > 1:
            continue  # the whole part goes
        new_rings: list[Ring] = []
        for ri, ring in enumerate(part):
            gone = doomed.get((pi, ri), set())
            kept = [c for k, c in enumerate(ring) if k not in gone]
            if ri > 0 and not kept:
                continue  # the whole hole goes
            if len(set(kept)) < 3:
                what = msg("the outer boundary") if ri == 0 else msg("a hole")
                raise GeometryError(msg(
                    "Deleting these vertices would leave {ring} with fewer than 3 corners. "
                    "Select fewer vertices, or delete the whole plot instead.", ring=what),
                    ring[min(gone)] if gone else None,
                )
            new_rings.append(kept)
        new_parts.append(new_rings)
    return _build(new_parts)


def insert_vertex(
    geom, part: int, ring: int, after_index: int, x: float, y: float
) -> MultiPolygon:
    """The shape with a new vertex on the edge that starts at ``after_index``."""
    parts = _rings(geom)
    _check_key(parts, (part, ring, after_index))
    parts[part][ring].insert(after_index + 1, (float(x), float(y)))
    return _build(parts)


def nearest_edge(geom, x: float, y: float) -> tuple[int, int, int, float]:
    """(part, ring, index, distance) of the edge nearest (x, y); an edge runs index -> index+1."""
    best = (-1, -1, -1, float("inf"))
    for pi, part in enumerate(_rings(geom)):
        for ri, ring in enumerate(part):
            a = np.asarray(ring, dtype=float)
            b = np.roll(a, -1, axis=0)
            ab = b - a
            length2 = np.maximum((ab**2).sum(axis=1), 1e-300)
            t = np.clip(((x - a[:, 0]) * ab[:, 0] + (y - a[:, 1]) * ab[:, 1]) / length2, 0, 1)
            d = np.hypot(a[:, 0] + t * ab[:, 0] - x, a[:, 1] + t * ab[:, 1] - y)
            k = int(np.argmin(d))
            if d[k] < best[3]:
                best = (pi, ri, k, float(d[k]))
    if best[0] < 0:
        raise GeometryError(msg("The plot has no edges."))
    return best
