"""Colour ramps for one-band rasters and the hillshade that gives elevation its relief.

A ramp is a list of stops (position 0..1, RGBA). It is turned once into a look-up table
of 256 colours, so colouring a screen of values is one vectorised index operation.
The ramps change steadily in lightness, so they still read in grey and for people
with colour-vision deficiency.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from metkasekor_desktop.domain.messages import msg

RGBA = tuple[int, int, int, int]
Stop = tuple[float, RGBA]
Ramp = tuple[Stop, ...]

LUT_SIZE = 256


def _even(*colors: str) -> Ramp:
    """Stops evenly spaced over 0..1 from hexadecimal "#rrggbb" colours."""
    n = len(colors) - 1
    return tuple(
        (i / n, (int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16), 255))
        for i, c in enumerate(colors)
    )


RAMPS: dict[str, Ramp] = {
    # Land only: green lowlands, yellow and brown hills, pale summits (no sea blues,
    # which would make Cambodia's lowlands look flooded).
    "terrain": _even("#1a6b3c", "#5ba354", "#c3d88a", "#ecd98f", "#c99a5b", "#8c5a3c",
                     "#f2efe9"),
    "viridis": _even("#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89",
                     "#35b779", "#6ece58", "#b5de2b", "#fde725"),
    "greys": _even("#000000", "#ffffff"),
    # Red (bare, stressed) through yellow to green (dense vegetation), ColorBrewer RdYlGn.
    "ndvi": _even("#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b", "#ffffbf",
                  "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850", "#006837"),
}
"""The named ramps a raster layer can use."""


class RampError(ValueError):
    """An unknown ramp name or a malformed list of stops."""


def ramp_names() -> list[str]:
    return list(RAMPS)


def _stops(ramp: str | Sequence[Stop]) -> Ramp:
    if isinstance(ramp, str):
        try:
            return RAMPS[ramp]
        except KeyError:
            raise RampError(msg("There is no colour ramp called {ramp!r}; choose one of {ramps}.",
                                ramp=ramp, ramps=", ".join(RAMPS))) from None
    stops = tuple((float(p), tuple(int(c) for c in rgba)) for p, rgba in ramp)
    if len(stops) < 2 or any(len(c) != 4 for _, c in stops):
        raise RampError(msg("A colour ramp needs at least two stops of (position, RGBA)."))
    return stops  # type: ignore[return-value]


@lru_cache(maxsize=32)
def _lut_of(stops: Ramp) -> np.ndarray:
    positions = np.array([p for p, _ in stops], dtype=np.float64)
    colors = np.array([c for _, c in stops], dtype=np.float64)
    t = np.linspace(0.0, 1.0, LUT_SIZE)
    lut = np.empty((LUT_SIZE, 4), dtype=np.uint8)
    for channel in range(4):
        lut[:, channel] = np.round(np.interp(t, positions, colors[:, channel]))
    lut.setflags(write=False)
    return lut


def ramp_lut(ramp: str | Sequence[Stop]) -> np.ndarray:
    """The (256, 4) uint8 RGBA table of a ramp name or of a list of stops."""
    return _lut_of(_stops(ramp))


def ramp_colors(ramp: str | Sequence[Stop], n: int = 7) -> tuple[RGBA, ...]:
    """``n`` colours evenly spaced along the ramp (for a legend swatch)."""
    lut = ramp_lut(ramp)
    idx = np.round(np.linspace(0, LUT_SIZE - 1, max(2, n))).astype(int)
    return tuple(tuple(int(v) for v in lut[i]) for i in idx)  # type: ignore[misc]


def ramp_indices(values: np.ndarray, vmin: float, vmax: float) -> np.ndarray:
    """The LUT index (uint8) of each value; NaN gets 0, values outside are clamped."""
    span = float(vmax) - float(vmin)
    scale = (LUT_SIZE - 1) / span if span != 0 and math.isfinite(span) else 0.0
    scaled = np.asarray(values, dtype=np.float32) - np.float32(vmin)
    scaled *= np.float32(scale)
    scaled += np.float32(0.5)  # round to the nearest table entry
    np.clip(scaled, 0, LUT_SIZE - 1, out=scaled)  # NaN stays NaN
    scaled[np.isnan(scaled)] = 0
    return scaled.astype(np.uint8)


def apply_ramp(
    values: np.ndarray, vmin: float, vmax: float, ramp: str | Sequence[Stop] = "terrain"
) -> np.ndarray:
    """Colour ``values`` (any shape) with the ramp from ``vmin`` to ``vmax``.

    Returns uint8 RGBA of shape ``values.shape + (4,)``. Values below ``vmin`` or above
    ``vmax`` take the end colours; NaN takes the first colour (the caller masks it).
    """
    lut = ramp_lut(ramp)
    idx = ramp_indices(values, vmin, vmax)
    packed = lut.view(np.uint32).reshape(LUT_SIZE)[idx]  # one 32-bit gather per pixel
    return packed.view(np.uint8).reshape(*idx.shape, 4)


def hillshade(
    elevation: np.ndarray,
    cellsize_x: float,
    cellsize_y: float,
    azimuth: float = 315.0,
    altitude: float = 45.0,
) -> np.ndarray:
    """Illumination 0..1 of each cell of a north-up grid (row 0 is the north edge).

    The sun shines from ``azimuth`` (degrees clockwise from north) at ``altitude``
    degrees above the horizon; a flat cell gets sin(altitude), a slope facing the sun
    more, a slope facing away less. Cells next to NaN get 1 (no shading), so holes
    do not grow dark rims.
    """
    z = np.asarray(elevation, dtype=np.float32)
    if z.ndim != 2 or min(z.shape) < 2:
        return np.ones(z.shape, dtype=np.float32)
    d_row, dz_dx = np.gradient(z, float(cellsize_y), float(cellsize_x))
    dz_dnorth = -d_row  # rows run southwards
    az, alt = math.radians(azimuth), math.radians(altitude)
    sun_x = math.sin(az) * math.cos(alt)
    sun_y = math.cos(az) * math.cos(alt)
    sun_z = math.sin(alt)
    with np.errstate(invalid="ignore"):
        shade = (sun_z - dz_dx * sun_x - dz_dnorth * sun_y) / np.sqrt(
            1.0 + dz_dx * dz_dx + dz_dnorth * dz_dnorth
        )
    shade = np.asarray(shade, dtype=np.float32)
    shade[np.isnan(shade)] = 1.0
    np.clip(shade, 0.0, 1.0, out=shade)
    return shade
