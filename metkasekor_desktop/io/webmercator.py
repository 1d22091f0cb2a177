"""Tile maths of the web map tile grid (EPSG:3857, XYZ scheme, 256-pixel tiles).

Tile (z, x, y) counts x from longitude -180 eastward and y from latitude +85.05
southward; MBTiles and gdal2tiles folders use the TMS scheme, whose row is
``2**z - 1 - y``.
"""

from __future__ import annotations

import math

EARTH_RADIUS = 6_378_137.0  # the sphere of EPSG:3857, metres
ORIGIN_SHIFT = math.pi * EARTH_RADIUS  # half the width of the square world, metres
MAX_LATITUDE = 85.051_128_779_806_59  # the latitude at which the square world ends
TILE_SIZE = 256

Bounds = tuple[float, float, float, float]  # (west/xmin, south/ymin, east/xmax, north/ymax)


def tile_count(z: int) -> int:
    """Tiles along one side of the world at zoom ``z``."""
    return 1 << z


def flip_y(z: int, y: int) -> int:
    """The TMS row of XYZ row ``y`` (and back: the flip is its own inverse)."""
    return tile_count(z) - 1 - y


def lonlat_to_tile_xy(lon: float, lat: float, z: int) -> tuple[float, float]:
    """Fractional tile coordinates of a point; the integer parts name its tile."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    n = tile_count(z)
    x = (lon + 180.0) / 360.0 * n
    phi = math.radians(lat)
    y = (1.0 - math.log(math.tan(phi) + 1.0 / math.cos(phi)) / math.pi) / 2.0 * n
    return x, y


def tile_for_lonlat(lon: float, lat: float, z: int) -> tuple[int, int]:
    """The (x, y) of the tile at zoom ``z`` that contains the point."""
    fx, fy = lonlat_to_tile_xy(lon, lat, z)
    last = tile_count(z) - 1
    return min(last, max(0, math.floor(fx))), min(last, max(0, math.floor(fy)))


def tile_xy_to_lonlat(x: float, y: float, z: int) -> tuple[float, float]:
    """The longitude and latitude of fractional tile coordinates (a corner for integers)."""
    n = tile_count(z)
    lon = x / n * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y / n))))
    return lon, lat


def tile_xy_to_mercator(x: float, y: float, z: int) -> tuple[float, float]:
    """EPSG:3857 metres of fractional tile coordinates."""
    size = 2.0 * ORIGIN_SHIFT / tile_count(z)
    return x * size - ORIGIN_SHIFT, ORIGIN_SHIFT - y * size


def tile_bounds_mercator(z: int, x: int, y: int) -> Bounds:
    """(xmin, ymin, xmax, ymax) of a tile in EPSG:3857 metres."""
    xmin, ymax = tile_xy_to_mercator(x, y, z)
    xmax, ymin = tile_xy_to_mercator(x + 1, y + 1, z)
    return xmin, ymin, xmax, ymax


def tile_bounds_lonlat(z: int, x: int, y: int) -> Bounds:
    """(west, south, east, north) of a tile in degrees."""
    west, north = tile_xy_to_lonlat(x, y, z)
    east, south = tile_xy_to_lonlat(x + 1, y + 1, z)
    return west, south, east, north


def resolution(z: int, latitude: float = 0.0) -> float:
    """Ground metres per tile pixel at zoom ``z`` and ``latitude`` (web maps shrink
    the ground by cos(latitude) away from the equator)."""
    return 2.0 * ORIGIN_SHIFT * math.cos(math.radians(latitude)) / (TILE_SIZE * tile_count(z))


def zoom_for_resolution(metres_per_pixel: float, latitude: float = 0.0) -> float:
    """The fractional zoom whose tiles show ``metres_per_pixel`` of ground a pixel."""
    ground = 2.0 * ORIGIN_SHIFT * math.cos(math.radians(latitude)) / TILE_SIZE
    return math.log2(ground / max(metres_per_pixel, 1e-9))


def tiles_in_bounds(bounds: Bounds, z: int) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1), inclusive, of the tiles at zoom ``z`` that cover lon/lat bounds."""
    west, south, east, north = bounds
    x0, y0 = tile_for_lonlat(west, north, z)
    x1, y1 = tile_for_lonlat(east, south, z)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
