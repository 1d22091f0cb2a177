"""Paint a basemap layer: web-mercator tiles warped into the map CRS.

The zoom level is the one whose tile pixels best match the screen pixels. Each tile is
drawn with the projective transform that maps its four corners to where they fall on
the map: over a tile at province scale this is accurate to a small fraction of a pixel
(coarse zoom levels are cut into a few parts, each warped on its own). Corners are
computed once on a grid shared by neighbouring tiles, so tiles meet without gaps.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPolygonF, QTransform

from metkasekor_desktop.domain.messages import as_message
from metkasekor_desktop.io.tiles import TileError
from metkasekor_desktop.io.webmercator import (
    ORIGIN_SHIFT,
    TILE_SIZE,
    tile_count,
    tiles_in_bounds,
)
from metkasekor_desktop.layers.basemap_layer import BasemapLayer
from metkasekor_desktop.layers.viewport import Viewport

log = logging.getLogger(__name__)

MERCATOR = 3857
LONLAT = 4326
MAX_TILES = 400  # more than this (far below the source's coarsest zoom): draw nothing
MARGIN_PX = 16  # tiles are listed for the view plus this margin
EDGE_POINTS = 9  # points per view edge transformed to lon/lat to find the tiles
WARP_TOLERANCE_PX = 0.2
MAX_PARTS = 16


@dataclass(frozen=True)
class TilePlan:
    """The tiles (x0..x1, y0..y1 inclusive, zoom ``z``) that cover a view, and the
    view pixels ``px``/``py`` of the corners of their ``parts`` x ``parts`` cells:
    arrays of shape (rows * parts + 1, cols * parts + 1)."""

    z: int
    x0: int
    y0: int
    x1: int
    y1: int
    parts: int
    px: np.ndarray
    py: np.ndarray

    def tiles(self) -> Iterator[tuple[int, int]]:
        """(x, y) of every tile, row by row from the north-west."""
        for y in range(self.y0, self.y1 + 1):
            for x in range(self.x0, self.x1 + 1):
                yield x, y


def parts_for_zoom(z: int, view_zoom: float | None = None) -> int:
    """Cells a tile is cut into so that each cell's warp is within ~0.2 view pixels.

    Measured in UTM 48N: the error of one warp over a whole tile shown at its own size
    is ~0.4 px at zoom 8 and halves with each finer zoom; cutting a tile into n x n
    cells divides it by n squared; showing the tile enlarged (``view_zoom`` above ``z``,
    past the source's finest level) enlarges the error as much.
    """
    scale = 2.0 ** max(0.0, (view_zoom if view_zoom is not None else z) - z)
    error = 0.5 * 2.0 ** (8 - z) * scale
    if error <= WARP_TOLERANCE_PX:
        return 1
    return min(MAX_PARTS, 1 << math.ceil(math.log2(math.sqrt(error / WARP_TOLERANCE_PX))))


def mercator_per_pixel(layer: BasemapLayer, viewport: Viewport) -> float | None:
    """EPSG:3857 metres per view pixel at the view's centre (any map CRS)."""
    step = viewport.units_per_pixel * 8
    cx, cy = viewport.center_x, viewport.center_y
    xs, ys = layer.transformer(layer.map_epsg, MERCATOR).transform(
        np.array([cx, cx + step, cx]), np.array([cy, cy, cy + step])
    )
    if not (np.all(np.isfinite(xs)) and np.all(np.isfinite(ys))):
        return None
    dx = math.hypot(xs[1] - xs[0], ys[1] - ys[0])
    dy = math.hypot(xs[2] - xs[0], ys[2] - ys[0])
    per_pixel = math.sqrt(dx * dy) / 8
    return per_pixel if per_pixel > 0 else None


def view_zoom(
    layer: BasemapLayer, viewport: Viewport, device_pixel_ratio: float = 1.0
) -> float | None:
    """The fractional zoom whose tile pixels are the size of the device pixels."""
    per_pixel = mercator_per_pixel(layer, viewport)
    if per_pixel is None:
        return None
    device = per_pixel / max(device_pixel_ratio, 1e-6)
    return math.log2(2 * ORIGIN_SHIFT / (TILE_SIZE * device))


def choose_zoom(
    layer: BasemapLayer, viewport: Viewport, device_pixel_ratio: float = 1.0
) -> int | None:
    """The source zoom whose tile pixels are closest in size to the device pixels,
    clamped to the source's range (above it, the finest tiles are scaled up)."""
    zoom = view_zoom(layer, viewport, device_pixel_ratio)
    if zoom is None:
        return None
    return max(layer.source.min_zoom, min(layer.source.max_zoom, round(zoom)))


def _view_lonlat_bounds(layer: BasemapLayer, viewport: Viewport):
    xmin, ymin, xmax, ymax = viewport.extent
    m = MARGIN_PX * viewport.units_per_pixel
    xmin, ymin, xmax, ymax = xmin - m, ymin - m, xmax + m, ymax + m
    t = np.linspace(0.0, 1.0, EDGE_POINTS)
    xs = np.concatenate([xmin + (xmax - xmin) * t, np.full_like(t, xmax),
                         xmax - (xmax - xmin) * t, np.full_like(t, xmin)])
    ys = np.concatenate([np.full_like(t, ymin), ymin + (ymax - ymin) * t,
                         np.full_like(t, ymax), ymax - (ymax - ymin) * t])
    lon, lat = layer.transformer(layer.map_epsg, LONLAT).transform(xs, ys)
    ok = np.isfinite(lon) & np.isfinite(lat)
    if not ok.any():
        return None
    return float(lon[ok].min()), float(lat[ok].min()), float(lon[ok].max()), float(lat[ok].max())


def plan_tiles(
    layer: BasemapLayer, viewport: Viewport, device_pixel_ratio: float = 1.0
) -> TilePlan | None:
    """Which tiles to draw for the view and where their corners fall; None when none."""
    zoom = view_zoom(layer, viewport, device_pixel_ratio)
    view = _view_lonlat_bounds(layer, viewport)
    if zoom is None or view is None:
        return None
    z = max(layer.source.min_zoom, min(layer.source.max_zoom, round(zoom)))
    west, south, east, north = view
    if layer.source.bounds is not None:
        bw, bs, be, bn = layer.source.bounds
        west, south, east, north = max(west, bw), max(south, bs), min(east, be), min(north, bn)
        if west >= east or south >= north:
            return None
    x0, y0, x1, y1 = tiles_in_bounds((west, south, east, north), z)
    if (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES:
        return None
    parts = parts_for_zoom(z, zoom)
    size = 2 * ORIGIN_SHIFT / tile_count(z)
    gx = (x0 + np.arange((x1 - x0 + 1) * parts + 1) / parts) * size - ORIGIN_SHIFT
    gy = ORIGIN_SHIFT - (y0 + np.arange((y1 - y0 + 1) * parts + 1) / parts) * size
    mx, my = np.meshgrid(gx, gy)
    ex, ey = layer.transformer(MERCATOR, layer.map_epsg).transform(mx, my)
    px, py = viewport.map_to_pixel(ex, ey)
    return TilePlan(z, x0, y0, x1, y1, parts, np.asarray(px), np.asarray(py))


def cell_transform(
    plan: TilePlan, x: int, y: int, i: int, j: int, width: int = TILE_SIZE,
    height: int = TILE_SIZE,
) -> QTransform | None:
    """The warp from the pixels of tile (x, y)'s image (``width`` x ``height``) to view
    pixels, fitted on the corners of its cell in row ``i`` and column ``j``."""
    r = (y - plan.y0) * plan.parts + i
    c = (x - plan.x0) * plan.parts + j
    px, py = plan.px[r:r + 2, c:c + 2], plan.py[r:r + 2, c:c + 2]
    if not (np.all(np.isfinite(px)) and np.all(np.isfinite(py))):
        return None
    cw, ch = width / plan.parts, height / plan.parts
    sx, sy = j * cw, i * ch
    source = QPolygonF([QPointF(sx, sy), QPointF(sx + cw, sy), QPointF(sx + cw, sy + ch),
                        QPointF(sx, sy + ch)])
    target = QPolygonF([QPointF(px[0, 0], py[0, 0]), QPointF(px[0, 1], py[0, 1]),
                        QPointF(px[1, 1], py[1, 1]), QPointF(px[1, 0], py[1, 0])])
    transform = QTransform()
    if not QTransform.quadToQuad(source, target, transform):
        return None
    return transform


def _cell_visible(plan: TilePlan, x: int, y: int, i: int, j: int, viewport: Viewport) -> bool:
    r = (y - plan.y0) * plan.parts + i
    c = (x - plan.x0) * plan.parts + j
    px, py = plan.px[r:r + 2, c:c + 2], plan.py[r:r + 2, c:c + 2]
    return not (px.max() < 0 or py.max() < 0 or px.min() > viewport.width
                or py.min() > viewport.height)


def _draw_tile(painter: QPainter, base: QTransform, plan: TilePlan, x: int, y: int,
               image: QImage, viewport: Viewport) -> None:
    w, h = image.width(), image.height()
    cw, ch = w / plan.parts, h / plan.parts
    for i in range(plan.parts):
        for j in range(plan.parts):
            if not _cell_visible(plan, x, y, i, j, viewport):
                continue
            transform = cell_transform(plan, x, y, i, j, w, h)
            if transform is None:
                continue
            painter.setTransform(transform * base)
            cell = QRectF(j * cw, i * ch, cw, ch)
            painter.drawImage(cell, image, cell)


def _device_pixel_ratio(painter: QPainter) -> float:
    device = painter.device()
    return float(device.devicePixelRatioF()) if device is not None else 1.0


def render_basemap_layer(
    painter: QPainter,
    layer: BasemapLayer,
    viewport: Viewport,
    *,
    antialias: bool,
    cancelled: Callable[[], bool],
) -> bool:
    """Draw the tiles that cover the view; False when ``cancelled()`` became true.

    Missing tiles are left out; when the source fails (a file gone, a disk error) the
    layer draws nothing, keeps the reason in ``layer.last_error`` and the map goes on.
    """
    try:
        plan = plan_tiles(layer, viewport, _device_pixel_ratio(painter))
    except Exception as exc:  # pyproj errors have no common base; the map must go on
        log.warning("Basemap %r: tiles for this view cannot be placed: %s", layer.name, exc)
        return True
    if plan is None:
        return True
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # no seams
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, antialias)
        painter.setOpacity(layer.opacity)
        base = painter.transform()
        for x, y in plan.tiles():
            if cancelled():
                return False
            try:
                image = layer.tile_image(plan.z, x, y)
            except (TileError, OSError) as exc:
                layer.last_error = as_message(exc)
                log.warning("Basemap %r cannot be read: %s", layer.name, exc)
                return True
            if image is not None:
                _draw_tile(painter, base, plan, x, y, image, viewport)
        layer.last_error = None
    finally:
        painter.restore()
    return True
