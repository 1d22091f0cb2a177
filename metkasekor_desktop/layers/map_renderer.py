"""Render the visible layers of a layer list into one image of the viewport.

Each layer kind has one renderer function with the same signature; the plot labels
are drawn after every layer so that no layer covers them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtGui import QColor, QImage, QPainter

from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.viewport import Viewport

BACKGROUND = QColor(246, 244, 238)

# kind -> (module, function); imported on first use so that rasterio and the tile
# readers load only when such a layer is drawn.
RENDERERS: dict[str, tuple[str, str]] = {
    "plots": ("metkasekor_desktop.layers.plot_renderer", "render_plot_layer"),
    "raster": ("metkasekor_desktop.layers.raster_renderer", "render_raster_layer"),
    "basemap": ("metkasekor_desktop.layers.basemap_renderer", "render_basemap_layer"),
}


def _renderer(kind: str) -> Callable[..., bool] | None:
    if kind not in RENDERERS:
        return None
    module, name = RENDERERS[kind]
    return getattr(import_module(module), name)


def render_layer(
    painter: QPainter,
    layer: Layer,
    viewport: Viewport,
    *,
    antialias: bool,
    cancelled: Callable[[], bool],
) -> bool:
    """Draw one layer with the renderer of its kind; False when cancelled."""
    renderer = _renderer(layer.kind)
    if renderer is None:
        return True
    return renderer(painter, layer, viewport, antialias=antialias, cancelled=cancelled)


def render_labels(
    painter: QPainter, layers: LayerList, viewport: Viewport, cancelled: Callable[[], bool]
) -> bool:
    """Labels of the visible plot layers that have them switched on, on top of all."""
    for layer in layers.bottom_up():
        labels = getattr(layer, "labels", None)
        if labels is not None and labels.enabled:
            from metkasekor_desktop.layers.labels import render_plot_labels

            if not render_plot_labels(painter, layer, viewport, cancelled=cancelled):
                return False
    return True


def paint_map(
    painter: QPainter,
    layers: LayerList,
    viewport: Viewport,
    *,
    antialias: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
) -> bool:
    """Paint every visible layer, then the labels; False when cancelled."""
    for layer in layers.bottom_up():
        if cancelled():
            return False
        if not render_layer(painter, layer, viewport, antialias=antialias, cancelled=cancelled):
            return False
    return render_labels(painter, layers, viewport, cancelled)


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
        if not paint_map(painter, layers, viewport, antialias=antialias, cancelled=cancelled):
            return None
    finally:
        painter.end()
    return image
