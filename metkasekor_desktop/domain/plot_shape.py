"""A plot's shape in metres: built from rings, taken apart, and checked before it is kept.

Drawing, typed coordinates and GPS tracks give rings; :func:`polygon_from_rings` turns
them into a shape without judging it, so that a tool can show an invalid shape (and
where it is wrong) before :func:`check_shape` refuses it. The small helpers here (a
shape as its polygonal parts, a ring as open coordinates, a part's mean width) are the
vocabulary the editing modules share.

Everything is planar, in one metric CRS (the map CRS, UTM 48N by default);
``GeometryError.location`` is given in the same CRS as the input.
"""

from __future__ import annotations

from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.domain.geometry import problem_location
from metkasekor_desktop.domain.messages import msg

Ring = list[tuple[float, float]]

M2_PER_HA = 10_000.0


# --- parts and rings ------------------------------------------------------------------------


def polygon_from_rings(parts: list[list[list[tuple[float, float]]]]) -> MultiPolygon:
    """Build a MultiPolygon from ``[[outer, hole, ...], ...]`` without validating it.

    Rings may be closed or not; parts whose outer ring has fewer than 3 points are left
    out (they cannot enclose an area).
    """
    polygons = [Polygon(p[0], p[1:]) for p in parts if p and len(open_ring(p[0])) >= 3]
    return MultiPolygon(polygons)


def as_multi(geom: BaseGeometry) -> MultiPolygon:
    """Polygonal parts of any geometry as a MultiPolygon (others are dropped)."""
    if isinstance(geom, MultiPolygon):
        return geom
    if isinstance(geom, Polygon):
        return MultiPolygon([geom]) if not geom.is_empty else MultiPolygon()
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon | MultiPolygon)]
    parts: list[Polygon] = []
    for g in polys:
        parts.extend(as_multi(g).geoms)
    return MultiPolygon([p for p in parts if not p.is_empty])


def open_ring(ring) -> Ring:
    """Ring coordinates without the closing repeat."""
    coords = [(float(x), float(y)) for x, y, *_ in (ring.coords if hasattr(ring, "coords")
                                                     else ring)]
    if len(coords) > 1 and coords[0] == coords[-1]:
        coords = coords[:-1]
    return coords


def mean_width(poly: Polygon) -> float:
    """Mean width of a shape: 2 x area / perimeter (exact for a long thin strip)."""
    length = poly.length
    return 2.0 * poly.area / length if length > 0 else 0.0


def point_xy(point: Point) -> tuple[float, float]:
    """A point as the (x, y) of a :class:`GeometryError` location."""
    return (float(point.x), float(point.y))


# --- checking -------------------------------------------------------------------------------


def _fmt(value: float, decimals: int = 4) -> str:
    """A number without trailing zeros: 0.0040 -> "0.004"."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


_REASONS = {
    "Self-intersection": msg("its boundary crosses itself"),
    "Ring Self-intersection": msg("a ring touches itself"),
    "Interior is disconnected": msg("a hole cuts the plot into separate pieces"),
    "Hole lies outside shell": msg("a hole lies outside the plot"),
    "Holes are nested": msg("a hole lies inside another hole"),
    "Nested shells": msg("one part lies inside another part"),
    "Duplicate Rings": msg("two rings are the same"),
    "Too few points in geometry component": msg("a ring has fewer than 3 corners"),
    "Invalid Coordinate": msg("a corner has no valid coordinates"),
}


def check_shape(geom, *, min_area_m2: float = 100.0, min_width_m: float = 2.0) -> None:
    """Raise :class:`GeometryError` when the shape cannot become a plot.

    Refused: no shape, a shape that is not an area, an invalid shape (why and where),
    a plot smaller than ``min_area_m2``, and slivers: any part whose mean width
    (2 x area / perimeter) is under ``min_width_m``.
    """
    if geom is None or geom.is_empty:
        raise GeometryError(msg("The plot has no shape. Draw or import its boundary."))
    if not isinstance(geom, Polygon | MultiPolygon):
        raise GeometryError(msg(
            "A plot must be an area (polygon); this shape is a {kind}. "
            "Draw the plot boundary with at least three corners.", kind=geom.geom_type))
    if not geom.is_valid:
        reason = explain_validity(geom)
        label = reason.split("[")[0].strip()
        why = _REASONS.get(label) or label.lower() or msg("the shape is not valid")
        raise GeometryError(msg(
            "The plot boundary is not a valid shape: {reason} (marked on the map). "
            "Move or delete vertices so that the boundary does not cross or touch itself.",
            reason=why), problem_location(reason))
    area = geom.area
    if area < min_area_m2:
        raise GeometryError(msg(
            "The plot is {ha} ha ({m2} m²), smaller than the minimum of {minimum} ha set in "
            "the options. Draw the whole plot, or lower the minimum plot area in the options.",
            ha=_fmt(area / M2_PER_HA), m2=_fmt(area, 1), minimum=_fmt(min_area_m2 / M2_PER_HA)),
            point_xy(geom.representative_point()))
    for part in as_multi(geom).geoms:
        if mean_width(part) < min_width_m:
            raise GeometryError(msg(
                "A part of the plot is a thin sliver (about {width} m wide, {m2} m²), narrower "
                "than the minimum of {minimum} m (marked on the map). Delete that part or move "
                "its vertices to the real boundary.", width=_fmt(mean_width(part), 2),
                m2=_fmt(part.area, 1), minimum=_fmt(min_width_m, 2)),
                point_xy(part.representative_point()))
