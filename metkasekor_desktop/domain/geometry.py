"""Plot geometry rules: stored in WGS 84, measured in metres, always valid.

Areas are measured in the WGS 84 / UTM zone of each shape (UTM 48N for all of Cambodia,
so the whole province is measured as before); the map and lengths use UTM 48N.
"""

from __future__ import annotations

import threading

import numpy as np
import shapely
from shapely.errors import ShapelyError
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.domain.messages import msg

STORAGE_EPSG = 4326  # WGS 84, the CRS plots are stored in
METRIC_EPSG = 32648  # WGS 84 / UTM zone 48N, covers all of Cambodia

# Cambodia's extent in degrees (west, south, east, north), with a small margin.
CAMBODIA_BOUNDS = (102.3, 10.4, 107.7, 14.7)

M2_PER_HA = 10_000.0

_UTM_NORTH = 32600  # EPSG of WGS 84 / UTM zone N north is 32600 + N, south 32700 + N
_UTM_SOUTH = 32700
_POLYGONAL = (3, 6)  # shapely type ids of Polygon and MultiPolygon

# pyproj Transformers must not be shared between threads (the map renders in a worker):
# each thread keeps its own, made once per (source, target).
_local = threading.local()


def _transformer(src_epsg: int, dst_epsg: int):  # -> pyproj.Transformer
    """This thread's transformer from ``src_epsg`` to ``dst_epsg`` (x = longitude/east)."""
    cache = getattr(_local, "transformers", None)
    if cache is None:
        cache = _local.transformers = {}
    found = cache.get((src_epsg, dst_epsg))
    if found is None:
        from pyproj import Transformer

        found = Transformer.from_crs(src_epsg, dst_epsg, always_xy=True)
        cache[(src_epsg, dst_epsg)] = found
    return found


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


def planar_areas_m2(geoms: np.ndarray, src_epsg: int, dst_epsg: int) -> np.ndarray:
    """Areas in square metres of shapes reprojected to ``dst_epsg`` (NaN for a missing
    shape), as ``shapely.area(transform(...))`` gives them but without making 100,000
    reprojected shapes only to read their areas: a shape of one ring (nearly every plot)
    is measured from its coordinate array with the shoelace formula about its first
    corner, as GEOS measures a ring; shapes with holes or several parts go through
    shapely."""
    shapes = np.asarray(geoms, dtype=object).reshape(-1)
    out = np.full(len(shapes), np.nan)
    present = np.flatnonzero(~shapely.is_missing(shapes))
    if not len(present):
        return out
    group = shapes[present]
    coords, owner = shapely.get_coordinates(group, return_index=True)
    n = len(group)
    counts = np.bincount(owner, minlength=n)
    end = np.cumsum(counts)
    start = end - counts
    polygonal = np.isin(shapely.get_type_id(group), _POLYGONAL)
    simple = polygonal & (counts == 0)  # empty: no area
    if len(coords):
        first = coords[np.minimum(start, len(coords) - 1)]
        closes = np.all(coords == first[owner], axis=1)
        closes[start[counts > 0]] = False
        n_closes = np.bincount(owner[closes], minlength=n)
        last = np.maximum(end - 1, 0)
        one_ring = polygonal & (counts > 0) & (n_closes == 1) & closes[last]
        simple |= one_ring
        x, y = coords[:, 0].copy(), coords[:, 1].copy()
        if src_epsg != dst_epsg:
            x, y = _transformer(src_epsg, dst_epsg).transform(x, y)
            x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        first_row = np.minimum(start, len(x) - 1)[owner]
        dx, dy = x - x[first_row], y - y[first_row]
        cross = dx[:-1] * dy[1:] - dx[1:] * dy[:-1]
        same = owner[:-1] == owner[1:]
        summed = np.bincount(owner[:-1][same], weights=cross[same], minlength=n)
        area = np.abs(summed) / 2.0
    else:
        area = np.zeros(n)
    area[counts == 0] = 0.0
    others = np.flatnonzero(~simple)
    if len(others):  # holes, several parts, collections, lines: shapely's way
        with np.errstate(invalid="ignore"):
            area[others] = shapely.area(transform(group[others], src_epsg, dst_epsg))
    out[present] = area
    return out


def area_ha(geom: BaseGeometry | None) -> float:
    """Area of a WGS 84 geometry in hectares, measured in the UTM zone of its centroid
    (never in degrees); see :func:`areas_ha`."""
    if geom is None or geom.is_empty:
        return 0.0
    one = np.empty(1, dtype=object)
    one[0] = geom
    return float(areas_ha(one)[0])


def areas_ha(geoms: np.ndarray, known: np.ndarray | None = None, *,
             assume_valid: bool = False) -> np.ndarray:
    """Areas in hectares of an array of WGS 84 geometries, never NaN.

    Each shape is measured in the WGS 84 / UTM zone of its centroid's longitude (north
    or south by its latitude), one vectorised reprojection per zone; in Cambodia that is
    UTM 48N for every plot. An invalid shape is measured as ``shapely.make_valid``
    repairs it (its polygon parts: a bow-tie is its two triangles); None, empty shapes,
    lines and points, and shapes that cannot be measured (NaN coordinates) get 0.

    ``known`` (aligned, NaN where unknown): hectares already measured in UTM 48N of
    these very shapes (``shapely.area(to_metric(g)) / M2_PER_HA``, as the import review
    does); a valid shape whose zone is 48N takes it instead of a second reprojection.
    ``assume_valid``: the caller has checked every shape is valid (not checked again).
    """
    geoms = np.asarray(geoms, dtype=object).reshape(-1)
    out = np.zeros(len(geoms), dtype=np.float64)
    if len(geoms) == 0:
        return out
    index = np.flatnonzero(~(shapely.is_missing(geoms) | shapely.is_empty(geoms)))
    shapes = geoms[index]
    invalid = (np.zeros(len(shapes), dtype=bool) if assume_valid
               else ~shapely.is_valid(shapes))
    if invalid.any():
        shapes[invalid] = _polygon_parts(shapes[invalid])
    epsg = _utm_epsg(shapes)
    if known is not None:
        given = np.asarray(known, dtype=np.float64).reshape(-1)[index]
        reuse = (epsg == METRIC_EPSG) & ~invalid & np.isfinite(given)
        out[index[reuse]] = given[reuse]
        epsg[reuse] = 0  # measured already
    for code in np.unique(epsg):
        if code == 0:
            continue
        rows = np.flatnonzero(epsg == code)
        group = shapes if len(rows) == len(shapes) else shapes[rows]
        out[index[rows]] = planar_areas_m2(group, STORAGE_EPSG, int(code)) / M2_PER_HA
    out[~np.isfinite(out)] = 0.0
    return out


def _polygon_parts(geoms: np.ndarray) -> np.ndarray:
    """``make_valid`` of each invalid shape, keeping its polygon parts (None if none)."""
    try:
        fixed = shapely.make_valid(geoms)
    except ShapelyError:  # e.g. NaN coordinates: repair one by one, None where it fails
        fixed = np.empty(len(geoms), dtype=object)
        for i, geom in enumerate(geoms):
            try:
                fixed[i] = shapely.make_valid(geom)
            except ShapelyError:
                fixed[i] = None
    kind = shapely.get_type_id(fixed)
    fixed[~np.isin(kind, (*_POLYGONAL, 7))] = None  # lines and points have no area
    for i in np.flatnonzero(kind == 7).tolist():  # a collection: its polygons, lines dropped
        parts = [q for p in shapely.get_parts(fixed[i]) for q in shapely.get_parts(p)
                 if shapely.get_type_id(q) == 3]
        fixed[i] = MultiPolygon(parts) if parts else None
    return fixed


def _zone(lon: np.ndarray) -> np.ndarray:
    """UTM zone numbers (1-60) of longitudes in degrees (any multiple of 360 apart)."""
    return np.floor(np.mod(lon + 180.0, 360.0) / 6.0).astype(np.int64) % 60 + 1


def _utm_epsg(shapes: np.ndarray) -> np.ndarray:
    """EPSG code of the WGS 84 / UTM zone of each shape's centroid; 0 where there is none.

    The centroid lies within the bounding box, so it is computed only for the shapes
    whose box spans two zones or the equator; the others take the zone of their box.
    """
    epsg = np.zeros(len(shapes), dtype=np.int64)
    if len(shapes) == 0:
        return epsg
    bounds = shapely.bounds(shapes)
    ok = np.isfinite(bounds).all(axis=1)
    minx, miny, maxx, maxy = np.where(ok[:, None], bounds, 0.0).T
    lon, lat = minx.copy(), miny.copy()
    across = ok & ((_zone(minx) != _zone(maxx)) | ((miny < 0) != (maxy < 0)))
    if across.any():
        centroids = shapely.centroid(shapes[across])
        lon[across], lat[across] = shapely.get_x(centroids), shapely.get_y(centroids)
        ok[across] &= np.isfinite(lon[across]) & np.isfinite(lat[across])
        lon[~ok] = lat[~ok] = 0.0
    epsg[ok] = np.where(lat[ok] < 0, _UTM_SOUTH, _UTM_NORTH) + _zone(lon[ok])
    return epsg


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
    raise GeometryError(msg(
        "A plot must be an area (polygon); this shape is a {kind}. "
        "Draw or import the plot boundary as a polygon.", kind=geom.geom_type))


def location_text(x: float, y: float) -> str:
    """A problem's place as an officer reads it: degrees to 5 decimals (about 1 m),
    metres (a projected CRS such as UTM) to the whole metre."""
    if abs(x) <= 180 and abs(y) <= 90:
        return f"{x:.5f}, {y:.5f}"
    return f"{x:.0f}, {y:.0f}"


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
        raise GeometryError(msg("The plot has no shape. Draw or import its boundary."))
    multi = to_multipolygon(geom)
    if shapely.has_z(multi):
        multi = shapely.force_2d(multi)
    if not multi.is_valid:
        reason = explain_validity(multi)
        location = problem_location(reason)
        why = reason.split("[")[0].strip()
        if location:
            text = msg("The plot boundary is not a valid shape: {reason} at {place}. Move the "
                       "vertices so that the boundary does not cross itself.",
                       reason=why, place=location_text(*location))
        else:
            text = msg("The plot boundary is not a valid shape: {reason}. Move the vertices "
                       "so that the boundary does not cross itself.", reason=why)
        raise GeometryError(text, location)
    return multi


def within_cambodia(geom):
    """True when the whole shape lies inside Cambodia's extent (a warning, not a rule).

    Given an array of shapes, a boolean array (False for None and empty shapes).
    """
    w, s, e, n = CAMBODIA_BOUNDS
    if isinstance(geom, np.ndarray):
        minx, miny, maxx, maxy = shapely.bounds(geom).reshape(-1, 4).T
        inside = (minx >= w) & (maxx <= e) & (miny >= s) & (maxy <= n)
        return inside.reshape(geom.shape)
    minx, miny, maxx, maxy = geom.bounds
    return minx >= w and maxx <= e and miny >= s and maxy <= n


def transform_xy(x: float, y: float, src_epsg: int, dst_epsg: int) -> tuple[float, float]:
    """Reproject one point, e.g. the cursor position for the status bar."""
    if src_epsg == dst_epsg:
        return (x, y)
    tx, ty = _transformer(src_epsg, dst_epsg).transform(x, y)
    return (float(tx), float(ty))
