"""Plot geometry rules: stored in WGS 84, measured in WGS 84 / UTM 48N, always valid."""

from __future__ import annotations

from functools import cache

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from metkasekor_desktop.domain.errors import GeometryError

STORAGE_EPSG = 4326  # WGS 84, the CRS plots are stored in
METRIC_EPSG = 32648  # WGS 84 / UTM zone 48N, covers all of Cambodia

# Cambodia's extent in degrees (west, south, east, north), with a small margin.
CAMBODIA_BOUNDS = (102.3, 10.4, 107.7, 14.7)

M2_PER_HA = 10_000.0


@cache
def _transformer(src_epsg: int, dst_epsg: int):  # -> pyproj.Transformer
    from pyproj import Transformer

    return Transformer.from_crs(src_epsg, dst_epsg, always_xy=True)


def transform(geom, src_epsg: int, dst_epsg: int):
    """Reproject a shapely geometry (or array of them) between two EPSG codes."""
    if src_epsg == dst_epsg:
        return geom
    tr = _transformer(src_epsg, dst_epsg)

    def _xy(coords: np.ndarray) -> np.ndarray:
        x, y = tr.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geom, _xy)


def to_metric(geom):
    """A WGS 84 geometry (or array) in UTM 48N metres."""
    return transform(geom, STORAGE_EPSG, METRIC_EPSG)


def area_ha(geom: BaseGeometry | None) -> float:
    """Area of a WGS 84 geometry in hectares, measured in UTM 48N (never in degrees)."""
    if geom is None or geom.is_empty:
        return 0.0
    return float(shapely.area(to_metric(geom))) / M2_PER_HA


def areas_ha(geoms: np.ndarray) -> np.ndarray:
    """Vectorised :func:`area_ha` for an array of WGS 84 geometries."""
    if len(geoms) == 0:
        return np.zeros(0)
    return shapely.area(to_metric(np.asarray(geoms, dtype=object))) / M2_PER_HA


def perimeter_m(geom: BaseGeometry | None) -> float:
    """Boundary length of a WGS 84 geometry in metres (UTM 48N)."""
    if geom is None or geom.is_empty:
        return 0.0
    return float(shapely.length(shapely.boundary(to_metric(geom))))


def to_multipolygon(geom: BaseGeometry) -> MultiPolygon:
    """Plots are always MultiPolygons, so that a plot can gain a second part later."""
    if isinstance(geom, MultiPolygon):
        return geom
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    raise GeometryError(
        f"A plot must be an area (polygon); this shape is a {geom.geom_type}. "
        "Draw or import the plot boundary as a polygon."
    )


def problem_location(reason: str) -> tuple[float, float] | None:
    """explain_validity ends with ``[x y]``: the place of the problem."""
    if "[" not in reason:
        return None
    try:
        x, y = reason[reason.rindex("[") + 1 : reason.rindex("]")].split()[:2]
        return (float(x), float(y))
    except ValueError:
        return None


def validate_plot_geometry(geom: BaseGeometry | None) -> MultiPolygon:
    """Return the geometry as a valid MultiPolygon or raise :class:`GeometryError`.

    The message says why and where, so that the officer can correct the shape; nothing
    is repaired here: a repair needs the user's consent and a report of the area change.
    """
    if geom is None or geom.is_empty:
        raise GeometryError("The plot has no shape. Draw or import its boundary.")
    multi = to_multipolygon(geom)
    if shapely.has_z(multi):
        multi = shapely.force_2d(multi)
    if not multi.is_valid:
        reason = explain_validity(multi)
        location = problem_location(reason)
        where = f" at {location[0]:.6f}, {location[1]:.6f}" if location else ""
        raise GeometryError(
            f"The plot boundary is not a valid shape: {reason.split('[')[0].strip()}{where}. "
            "Move the vertices so that the boundary does not cross itself.",
            location,
        )
    return multi


def within_cambodia(geom: BaseGeometry) -> bool:
    """True when the whole shape lies inside Cambodia's extent (a warning, not a rule)."""
    w, s, e, n = CAMBODIA_BOUNDS
    minx, miny, maxx, maxy = geom.bounds
    return minx >= w and maxx <= e and miny >= s and maxy <= n


def transform_xy(x: float, y: float, src_epsg: int, dst_epsg: int) -> tuple[float, float]:
    """Reproject one point, e.g. the cursor position for the status bar."""
    if src_epsg == dst_epsg:
        return (x, y)
    tx, ty = _transformer(src_epsg, dst_epsg).transform(x, y)
    return (float(tx), float(ty))
