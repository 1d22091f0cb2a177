"""Paint a raster layer: read the screen's grid, colour it in numpy, draw one image.

The grid is read at physical-pixel resolution (a high-DPI screen gets its full
sharpness), only where the raster covers the view, and drawn 1:1 so Qt does no
scaling. Masked cells (nodata, NaN, outside the raster) get alpha 0.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from metkasekor_desktop.io.raster_errors import RasterError
from metkasekor_desktop.io.raster_grid import GridBlock
from metkasekor_desktop.layers.color_ramps import apply_ramp, hillshade, ramp_lut
from metkasekor_desktop.layers.raster_layer import RasterLayer
from metkasekor_desktop.layers.viewport import Viewport

HILLSHADE_STRENGTH = 0.6
"""How much the hillshade darkens: colour x (1 - strength x (1 - shade)); flat ground
keeps ~80 % of its ramp colour, a slope turned away from the sun goes down to 40 %."""


def render_raster_layer(
    painter: QPainter,
    layer: RasterLayer,
    viewport: Viewport,
    *,
    antialias: bool,
    cancelled: Callable[[], bool],
) -> bool:
    """Draw ``layer`` over ``viewport``; False when ``cancelled()`` stopped it."""
    del antialias  # cells are drawn 1:1, there are no edges to smooth
    device = painter.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0
    width = max(1, round(viewport.width * dpr))
    height = max(1, round(viewport.height * dpr))
    cell = viewport.units_per_pixel * viewport.width / width  # map units per pixel
    bands = list(layer.rgb_bands) if layer.mode == "rgb" else [layer.band]
    resampling = "nearest"
    if layer.mode == "ramp" and layer.hillshade and cell < min(layer.source.cell_size):
        resampling = "bilinear"  # zoomed in: smooth relief instead of terraces
    try:
        block = layer.source.read_block(viewport.extent, layer.map_epsg, width, height,
                                        bands, resampling=resampling, cancelled=cancelled)
    except RasterError:  # the file was closed or went away: draw nothing this frame
        return True
    if block is None or cancelled():
        return False
    rows, cols = block.data.shape[1:]
    if rows == 0 or cols == 0:
        return True
    rgba, premultiplied = colorize(layer, block, cell)
    if cancelled():
        return False
    fmt = (QImage.Format.Format_RGBA8888_Premultiplied if premultiplied
           else QImage.Format.Format_RGBA8888)
    image = QImage(rgba.data, cols, rows, cols * 4, fmt)  # borrows ``rgba``: keep it alive
    painter.save()
    try:
        painter.setOpacity(painter.opacity() * layer.opacity)
        target = QRectF(block.col / dpr, block.row / dpr, cols / dpr, rows / dpr)
        painter.drawImage(target, image, QRectF(0, 0, cols, rows))
    finally:
        painter.restore()
    del image
    return True


def colorize(layer: RasterLayer, block: GridBlock, cell: float) -> tuple[np.ndarray, bool]:
    """RGBA (rows, cols, 4) uint8 of a grid block in the layer's style, and whether
    it is valid premultiplied (opaque colours, masked cells all zero)."""
    values = block.data.data
    mask = np.ma.getmaskarray(block.data)
    if layer.mode == "rgb":
        rgba = np.empty((*values.shape[1:], 4), dtype=np.uint8)
        for i, band in enumerate(layer.rgb_bands):
            lo, hi = layer.rgb_range(band)
            rgba[..., i] = _stretch(values[i], lo, hi)
        rgba[..., 3] = 255
        hidden = mask.any(axis=0)  # as QGIS: a cell with any band missing is hidden
        premultiplied = True
    else:
        band = values[0]
        hidden = mask[0]
        rgba = apply_ramp(band, layer.vmin, layer.vmax, layer.ramp)
        premultiplied = bool((ramp_lut(layer.ramp)[:, 3] == 255).all())
        if layer.hillshade:
            elevation = band.copy()
            elevation[hidden] = np.nan
            factor = 1.0 - HILLSHADE_STRENGTH * (1.0 - hillshade(elevation, cell, cell))
            rgba[..., :3] = (rgba[..., :3] * factor[..., None] + 0.5).astype(np.uint8)
    rgba.view(np.uint32).reshape(hidden.shape)[hidden] = 0
    return rgba, premultiplied


def _stretch(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Values lo..hi to 0..255 (uint8), clamped."""
    if lo == 0.0 and hi == 255.0:
        out = np.clip(values, 0, 255)
    else:
        out = (values - np.float32(lo)) * np.float32(255.0 / (hi - lo))
        np.clip(out, 0, 255, out=out)
    np.nan_to_num(out, copy=False, nan=0.0)  # masked cells; hidden by the caller
    out += 0.5
    return out.astype(np.uint8)
