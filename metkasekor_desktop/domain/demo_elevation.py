"""The demo project's elevation grid: smooth, plausible terrain under its plots.

Computed rather than shipped, so the demo needs no data file: lowlands, the hills of
Ratanak Mondul and Samlout and the Preah Vihear plateau, in UTM 48N.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from pyproj import Transformer

from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG

_HILLS = (  # (lon, lat, height m, sigma m): the hills of Ratanak Mondul and Samlout
    (102.88, 12.78, 290.0, 4000.0), (102.97, 12.73, 210.0, 3000.0),
    (102.82, 12.88, 150.0, 2500.0), (103.06, 12.66, 240.0, 5000.0),
    (102.70, 12.60, 280.0, 9000.0), (102.45, 13.55, 90.0, 3500.0),
)
_PLATEAU = (105.05, 13.60, 115.0, 70_000.0)  # Preah Vihear plateau, around Rovieng


@dataclass(slots=True)
class DemoElevation:
    """An elevation grid (metres, float32) in UTM 48N with its GDAL transform."""

    array: np.ndarray
    transform: tuple[float, float, float, float, float, float]
    epsg: int = METRIC_EPSG
    nodata: float = -9999.0


def demo_elevation(
    bounds: tuple[float, float, float, float],
    margin_m: float = 3000.0,
    max_size: int = 3000,
) -> DemoElevation:
    """Smooth, plausible terrain over UTM ``bounds`` (minx, miny, maxx, maxy) plus a margin.

    Lowlands of 15-60 m, hills up to ~350 m near Ratanak Mondul, a plateau of
    ~80-200 m around Rovieng; cells of 100 m or more so that the grid stays under
    ``max_size`` cells a side. A ragged strip of the left edge is nodata, as at the
    edge of a scanned or clipped source.
    """
    minx, miny, maxx, maxy = bounds
    minx, miny, maxx, maxy = minx - margin_m, miny - margin_m, maxx + margin_m, maxy + margin_m
    cell = max(100.0, math.ceil(max(maxx - minx, maxy - miny) / max_size / 10) * 10)
    nx, ny = max(2, math.ceil((maxx - minx) / cell)), max(2, math.ceil((maxy - miny) / cell))
    x = (minx + (np.arange(nx) + 0.5) * cell).astype(np.float64)
    y = (maxy - (np.arange(ny) + 0.5) * cell).astype(np.float64)
    z = (32.0 + 12.0 * np.outer(np.cos(y / 31_000.0), np.sin(x / 23_000.0))
         + 8.0 * np.outer(np.cos(y / 11_000.0), np.sin(x / 11_000.0))
         + 4.0 * np.outer(np.sin(y / 4_700.0), np.cos(x / 5_300.0))).astype(np.float32)
    to_utm = Transformer.from_crs(STORAGE_EPSG, METRIC_EPSG, always_xy=True)
    for lon, lat, height, sigma in _HILLS:
        hx, hy = to_utm.transform(lon, lat)
        gx = np.exp(-((x - hx) ** 2) / (2 * sigma**2))
        gy = np.exp(-((y - hy) ** 2) / (2 * sigma**2))
        z += (height * np.outer(gy, gx)).astype(np.float32)
    px, py = to_utm.transform(_PLATEAU[0], _PLATEAU[1])
    gx = ((x - px) / _PLATEAU[3]) ** 2
    gy = ((y - py) / (_PLATEAU[3] * 0.7)) ** 2
    z += (_PLATEAU[2] * np.exp(-((gy[:, None] + gx[None, :]) ** 2))).astype(np.float32)
    nodata = -9999.0
    edge = (margin_m / cell * 0.6 * np.clip(1.0 - np.arange(ny) / (ny * 0.6), 0, 1)
            * (0.7 + 0.3 * np.sin(np.arange(ny) / 7.0))).astype(int)
    z[np.arange(nx)[None, :] < edge[:, None]] = nodata
    transform = (float(minx), float(cell), 0.0, float(maxy), 0.0, -float(cell))
    return DemoElevation(z, transform, METRIC_EPSG, nodata)

