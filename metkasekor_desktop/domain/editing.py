"""Editing a plot's shape as a whole: move, clip to neighbours, split, merge, reshape.

These are the operations behind the editor's tools. Every function works in one metric
CRS (the map CRS, UTM 48N by default): inputs and outputs are in metres, and the caller
transforms results to WGS 84 before storing them. Functions that build shapes do not
validate them: :func:`~metkasekor_desktop.domain.plot_shape.check_shape` does, so that
a tool can show an invalid shape (and where it is wrong) before refusing it.
``GeometryError.location`` is given in the same CRS as the input.

Vertex edits are in :mod:`~metkasekor_desktop.domain.vertex_edits`, overlaps between
the plots of a layer in :mod:`~metkasekor_desktop.domain.layer_overlaps`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import split as _shapely_split
from shapely.ops import substring as _substring

from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plot_shape import as_multi, mean_width, point_xy

# Re-exported: the plot editor checks every result as ``editing.check_shape``.
from metkasekor_desktop.domain.plot_shape import check_shape as check_shape

CLIP_MIN_WIDTH_M = 0.5  # pieces left by clipping that are thinner than this are dropped
CLIP_MIN_AREA_M2 = 1.0  # ... or smaller than this
MERGE_GAP_M = 0.05  # gaps narrower than this between plots being merged are closed
MERGE_MIN_SHARED_M = 0.01  # plots share a boundary when they touch along more than this
RESHAPE_TOLERANCE_M = 1.0  # a stretch ending this close to a boundary is taken to end on it


def move_geometry(geom, dx: float, dy: float) -> MultiPolygon:
    """The whole shape shifted by (dx, dy) metres."""
    return as_multi(shapely.transform(geom, lambda c: c + np.array([dx, dy])))


def _clean(geom: BaseGeometry, min_width: float, min_area: float) -> MultiPolygon:
    """Valid polygonal parts of ``geom`` without slivers thinner or smaller than given."""
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    keep = []
    for part in as_multi(geom).geoms:
        if part.area < min_area:
            continue
        if part.buffer(-min_width / 2.0, join_style="mitre").is_empty:
            continue
        keep.append(part)
    return MultiPolygon(keep)


CLIP_GRID_M = 0.001


def clip_to_neighbours(geom, neighbours: list) -> tuple[MultiPolygon, float]:
    """The shape minus the union of its neighbours, and the area removed in m².

    Pieces the clipping leaves thinner than 0.5 m or smaller than 1 m² are dropped, so a
    boundary drawn along a neighbour's edge does not leave slivers behind.
    """
    shape = as_multi(shapely.make_valid(geom) if not geom.is_valid else geom)
    others = [g for g in neighbours if g is not None and not g.is_empty]
    others = [g if g.is_valid else shapely.make_valid(g) for g in others]
    if not others:
        return shape, 0.0
    rest = shape.difference(shapely.union_all(others))
    # Floating-point noise of the overlay leaves zero-width spikes along shared edges,
    # which become self-intersections once reprojected: snap the result to 1 mm.
    rest = shapely.make_valid(shapely.set_precision(rest, CLIP_GRID_M))
    clipped = _clean(rest, CLIP_MIN_WIDTH_M, CLIP_MIN_AREA_M2)
    if clipped.is_empty:
        raise GeometryError(
            msg("Nothing is left of the plot once its overlap with neighbouring plots is "
                "removed: it lies inside plots that already exist. Draw it outside them, or "
                "turn off 'avoid overlaps' to draw over them."),
            point_xy(shape.representative_point()),
        )
    return clipped, max(0.0, shape.area - clipped.area)


def _side_of_line(line: LineString, piece: Polygon) -> int:
    """+1 when the piece lies left of the line (in its drawing direction), -1 when right."""
    shared = piece.boundary.intersection(line)
    segments = [g for g in getattr(shared, "geoms", [shared]) if g.length > 0]
    if segments:
        seg = max(segments, key=lambda g: g.length)
        mid = seg.interpolate(0.5, normalized=True)
        d = line.project(mid)
        a = line.interpolate(max(0.0, d - 1e-3))
        b = line.interpolate(min(line.length, d + 1e-3))
        dx, dy = b.x - a.x, b.y - a.y
        norm = np.hypot(dx, dy) or 1.0
        eps = max(1e-6, min(1e-3, seg.length * 1e-3))
        left = Point(mid.x - dy / norm * eps, mid.y + dx / norm * eps)
        return 1 if piece.buffer(1e-9).contains(left) else -1
    # A piece away from the line: the side of the nearest segment.
    p = piece.representative_point()
    coords = np.asarray(line.coords)
    a, b = coords[:-1], coords[1:]
    ab = b - a
    t = np.clip(((p.x - a[:, 0]) * ab[:, 0] + (p.y - a[:, 1]) * ab[:, 1])
                / np.maximum((ab**2).sum(axis=1), 1e-300), 0.0, 1.0)
    near = a + ab * t[:, None]
    i = int(np.argmin(np.hypot(near[:, 0] - p.x, near[:, 1] - p.y)))
    cross = ab[i, 0] * (p.y - a[i, 1]) - ab[i, 1] * (p.x - a[i, 0])
    return 1 if cross >= 0 else -1


def split_plot(geom, line: LineString) -> tuple[MultiPolygon, MultiPolygon]:
    """Split along a drawn line into two plots; the larger comes first.

    When the line crosses the plot several times, the pieces are grouped by the side of
    the line they lie on, so the result is always two plots.
    """
    shape = as_multi(geom)
    pieces = [p for p in _shapely_split(shape, line).geoms if p.area > 0]
    if len(pieces) < 2:
        raise GeometryError(
            msg("The line must cross the plot from one side to the other. Start and end the "
                "line outside the plot."),
            point_xy(line.interpolate(0.5, normalized=True)) if not line.is_empty else None,
        )
    left = [p for p in pieces if _side_of_line(line, p) > 0]
    right = [p for p in pieces if _side_of_line(line, p) <= 0]
    if not left or not right:  # a line folding back on itself: fall back to one piece each
        biggest = max(pieces, key=lambda p: p.area)
        left = [biggest]
        right = [p for p in pieces if p is not biggest]
    a, b = as_multi(shapely.union_all(left)), as_multi(shapely.union_all(right))
    return (a, b) if a.area >= b.area else (b, a)


def _shared_length(a: BaseGeometry, b: BaseGeometry, gap: float) -> float:
    """Length along which two shapes touch, allowing a gap; corners touching give ~0."""
    near = a.boundary.intersection(b.buffer(gap)).length
    return max(0.0, near - 2.0 * gap)


def merge_plots(geoms: list, names: Sequence[str] | None = None) -> MultiPolygon:
    """Union of plots that touch along their edges (one connected group).

    Near-coincident shared edges (gaps under 5 cm) are snapped together first, so the
    union has no slivers or pinholes along the old boundary.
    """
    shapes = [as_multi(g) for g in geoms]
    labels = list(names) if names else [f"{i + 1}" for i in range(len(shapes))]
    if len(shapes) < 2:
        raise GeometryError(msg("Select at least two plots to merge."))
    # Which plots share a boundary: a connected graph is required.
    tree = shapely.STRtree(shapes)
    linked: dict[int, set[int]] = {i: set() for i in range(len(shapes))}
    for i, s in enumerate(shapes):
        for j in tree.query(s.buffer(MERGE_GAP_M)):
            j = int(j)
            if j > i and _shared_length(s, shapes[j], MERGE_GAP_M) > MERGE_MIN_SHARED_M:
                linked[i].add(j)
                linked[j].add(i)
    seen, todo = {0}, [0]
    while todo:
        for j in linked[todo.pop()] - seen:
            seen.add(j)
            todo.append(j)
    if len(seen) < len(shapes):
        outside = min(set(range(len(shapes))) - seen)
        inside = min(seen, key=lambda i: shapes[i].distance(shapes[outside]))
        raise GeometryError(msg(
            "Plots {first} and {second} do not share a boundary, so they "
            "cannot be merged. Only plots that touch along an edge can become one plot.",
            first=labels[inside], second=labels[outside]),
            point_xy(shapes[outside].representative_point()),
        )
    # Snap each shape onto what is merged so far, both ways, then unite.
    merged: BaseGeometry = shapes[0]
    for s in shapes[1:]:
        s = shapely.snap(s, merged, MERGE_GAP_M)
        merged = shapely.snap(merged, s, MERGE_GAP_M)
        merged = shapely.union(merged, s)
    result = _close_gaps(as_multi(shapely.make_valid(merged)))
    return result


def _close_gaps(shape: MultiPolygon) -> MultiPolygon:
    """Drop holes that are only gaps between merged plots (thinner than 10 cm)."""
    parts = []
    for part in shape.geoms:
        holes = [h for h in part.interiors if mean_width(Polygon(h)) >= 2 * MERGE_GAP_M]
        parts.append(Polygon(part.exterior, holes))
    return _clean(MultiPolygon(parts), 2 * MERGE_GAP_M, 1e-4)


def _ring_arc(ring: LineString, start: float, end: float) -> list[tuple[float, float]]:
    """Points along a closed ring from distance ``start`` forward to ``end`` (wrapping)."""
    coords = list(ring.coords)[:-1]
    total = ring.length
    dists = [ring.project(Point(c)) for c in coords]
    span = (end - start) % total
    walk = sorted(
        ((d - start) % total, c) for d, c in zip(dists, coords, strict=True)
        if 0 < (d - start) % total < span
    )
    p, q = ring.interpolate(start), ring.interpolate(end)
    return [(p.x, p.y), *[c for _, c in walk], (q.x, q.y)]


def _stretch_on_ring(ring: LineString, stretch: LineString) -> LineString | None:
    """The stretch with its ends on the ring, or None when it does not reach it."""
    coords = list(stretch.coords)
    start, end = Point(coords[0]), Point(coords[-1])
    if ring.distance(start) <= RESHAPE_TOLERANCE_M and ring.distance(end) <= RESHAPE_TOLERANCE_M:
        p = ring.interpolate(ring.project(start))
        q = ring.interpolate(ring.project(end))
        return LineString([(p.x, p.y), *coords[1:-1], (q.x, q.y)])
    # A stretch drawn across the boundary: keep it between its first and last crossing.
    hits = stretch.intersection(ring)
    points = [g for g in getattr(hits, "geoms", [hits]) if isinstance(g, Point)]
    if len(points) < 2:
        return None
    dists = sorted(stretch.project(p) for p in points)
    return _substring(stretch, dists[0], dists[-1])


def reshape_plot(geom, stretch: LineString) -> MultiPolygon:
    """Replace part of one ring's boundary by a newly drawn stretch.

    The stretch starts and ends on the boundary of one ring (or within 1 m of it, or it
    is drawn across the boundary and is cut at its first and last crossing). The two
    ends divide the ring in two; each gives a candidate ring: stretch + that part.
    Rule: of the candidates that give a valid plot, the one that changes the least area
    (smallest symmetric difference with the original) wins. So a stretch inside the plot
    cuts off the smaller piece, a stretch outside adds its bulge however large, and a
    stretch from a hole into the plot enlarges the hole (QGIS reshape semantics).
    """
    shape = as_multi(geom)
    best: tuple[float, int, int, LineString] | None = None
    for pi, part in enumerate(shape.geoms):
        for ri, ring_coords in enumerate([part.exterior, *part.interiors]):
            ring = LineString(ring_coords.coords)
            on_ring = _stretch_on_ring(ring, stretch)
            if on_ring is None:
                continue
            score = ring.distance(Point(stretch.coords[0])) + ring.distance(
                Point(stretch.coords[-1])
            )
            if best is None or score < best[0]:
                best = (score, pi, ri, on_ring)
    if best is None:
        raise GeometryError(
            msg("The new stretch must start and end on the plot boundary (within 1 m). Start "
                "drawing on the boundary, or draw across it."),
            point_xy(Point(stretch.coords[0])) if not stretch.is_empty else None,
        )
    _, pi, ri, line = best
    part = shape.geoms[pi]
    rings = [part.exterior, *part.interiors]
    ring = LineString(rings[ri].coords)
    d_start, d_end = ring.project(Point(line.coords[0])), ring.project(Point(line.coords[-1]))
    if abs(d_start - d_end) < 1e-6:
        raise GeometryError(
            msg("The new stretch starts and ends at the same place on the boundary. End it at "
                "another place on the boundary."),
            point_xy(Point(line.coords[0])),
        )
    ends = np.array([line.coords[0], line.coords[-1]])
    touches = shapely.get_coordinates(ring.intersection(line))
    far = np.hypot(*(touches[:, None, :] - ends[None, :, :]).transpose(2, 0, 1)).min(axis=1)
    if (far > 1e-6).any():
        x, y = touches[int(np.argmax(far))]
        raise GeometryError(
            msg("The new stretch meets the boundary between its ends. Draw it so that it meets "
                "the boundary only where it starts and where it ends."),
            (float(x), float(y)),
        )
    new_pts = list(line.coords)
    candidates = [
        new_pts + _ring_arc(ring, d_end, d_start)[1:],  # back along the ring, forward
        new_pts + list(reversed(_ring_arc(ring, d_start, d_end)))[1:],  # the other way
    ]
    chosen: tuple[float, MultiPolygon] | None = None
    for pts in candidates:
        new_rings = [list(r.coords) for r in rings]
        new_rings[ri] = pts
        poly = Polygon(new_rings[0], new_rings[1:])
        others = [p for i, p in enumerate(shape.geoms) if i != pi]
        result = MultiPolygon([*others[:pi], poly, *others[pi:]])
        if not poly.is_valid or not result.is_valid or poly.area <= 0:
            continue
        changed = poly.area + part.area - 2.0 * poly.intersection(part).area
        if chosen is None or changed < chosen[0]:
            chosen = (changed, result)
    if chosen is None:
        raise GeometryError(
            msg("The new stretch crosses the boundary or itself, so the reshaped plot would not "
                "be a valid shape. Draw a stretch that meets the boundary only at its ends."),
            point_xy(line.interpolate(0.5, normalized=True)),
        )
    return chosen[1]
