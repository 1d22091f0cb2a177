"""Render the visible layers of a layer list into one image of the viewport."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QImage, QPainter

from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.plot_renderer import render_plot_layer
from metkasekor_desktop.layers.viewport import Viewport

BACKGROUND = QColor(246, 244, 238)


def render_layer(
    painter: QPainter,
    layer: Layer,
    viewport: Viewport,
    *,
    antialias: bool,
    cancelled: Callable[[], bool],
) -> bool:
    """Draw one layer with the renderer of its kind; False when cancelled."""
    if isinstance(layer, PlotLayer):
        return render_plot_layer(painter, layer, viewport, antialias=antialias,
                                 cancelled=cancelled)
    return True


def render_map(
    layers: LayerList,
    viewport: Viewport,
    *,
    antialias: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
    background: QColor | None = BACKGROUND,
    device_pixel_ratio: float = 1.0,
) -> QImage | None:
    """A new image of the map, or None when the render was cancelled."""
    w = max(1, round(viewport.width * device_pixel_ratio))
    h = max(1, round(viewport.height * device_pixel_ratio))
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(background if background is not None else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        for layer in layers.bottom_up():
            if cancelled():
                return None
            if not render_layer(painter, layer, viewport, antialias=antialias,
                                cancelled=cancelled):
                return None
    finally:
        painter.end()
    return image
