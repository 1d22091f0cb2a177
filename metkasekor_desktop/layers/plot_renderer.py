"""Paint a plot layer into a QPainter in batches of small paths (DESIGN.md decision 4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

from metkasekor_desktop.domain.wkb_column import ranges_to_index
from metkasekor_desktop.layers.plot_geometry import LINE_TO, MOVE_TO
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.qpath import (
    ODD_EVEN,
    WINDING,
    element_records,
    path_from_records,
)
from metkasekor_desktop.layers.styles import SELECTION_FILL, SELECTION_STROKE, Symbol
from metkasekor_desktop.layers.viewport import Viewport

BATCH = 64  # polygons per path: small paths keep antialiased filling fast


def _pen(symbol: Symbol) -> QPen:
    pen = QPen(QColor(*symbol.stroke))
    pen.setWidthF(symbol.stroke_width)
    pen.setCosmetic(True)
    return pen


TINY_PX = 2.5  # plots smaller than this on screen are drawn as markers, so they stay seen
MARKER_PX = 5.0
SELECTED_MARKER_PX = 7.0  # a selected tiny plot: a bright square around its marker
MARKER_BATCH = 1024  # markers per path when filled without antialiasing
_MARKER_TYPES = np.array([MOVE_TO, LINE_TO, LINE_TO, LINE_TO, LINE_TO], dtype=np.int32)
_MARKER_DX = np.array([-0.5, 0.5, 0.5, -0.5, -0.5]) * MARKER_PX
_MARKER_DY = np.array([-0.5, -0.5, 0.5, 0.5, -0.5]) * MARKER_PX


def _cuts(cats: np.ndarray, batch: int) -> list[tuple[int, int]]:
    """Cut a category-sorted run at every category change and every ``batch`` items."""
    cuts = set(range(0, len(cats), batch))
    cuts.update((np.nonzero(np.diff(cats))[0] + 1).tolist())
    ordered = sorted(cuts) + [len(cats)]
    return list(zip(ordered[:-1], ordered[1:], strict=True))


@dataclass
class VisiblePlots:
    """The visible plots of a view: path batches of the shapes, centres of the markers."""

    shapes: list[tuple[int, np.ndarray]]  # (category, path records) per batch
    marker_categories: np.ndarray  # drawing order: the first categories last (on top)
    marker_x: np.ndarray  # pixel centres
    marker_y: np.ndarray


def visible_plots(
    layer: PlotLayer, viewport: Viewport, plot_mask: np.ndarray | None = None
) -> VisiblePlots:
    """Cut the visible plots into small path batches and tiny plots into markers."""
    geo = layer.geometry
    visible = geo.visible(viewport.extent)
    if plot_mask is not None:
        visible &= plot_mask
    order = layer.order[visible[layer.order]]
    boxes = geo.bboxes[order]
    size_px = np.maximum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])
    tiny = size_px / viewport.units_per_pixel < TINY_PX
    batches: list[tuple[int, np.ndarray]] = []
    shapes = order[~tiny]
    if len(shapes):
        starts, ends = geo.coord_start[shapes], geo.coord_end[shapes]
        idx = ranges_to_index(starts, ends)
        px, py = viewport.map_to_pixel(geo.coords[idx, 0], geo.coords[idx, 1])
        records = element_records(geo.element_types[idx], px, py)
        bounds = np.concatenate(([0], np.cumsum(ends - starts)))
        cats = layer.categories[shapes]
        batches = [(int(cats[a]), records[bounds[a] : bounds[b]]) for a, b in _cuts(cats, BATCH)]
    markers = order[tiny]
    # Markers of neighbouring plots overlap: the first categories of the style (the
    # demonstration plots of the role style) are drawn last, on top.
    markers = markers[np.argsort(-layer.categories[markers], kind="stable")]
    b = geo.bboxes[markers]
    cx, cy = viewport.map_to_pixel((b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2)
    return VisiblePlots(batches, layer.categories[markers], np.asarray(cx), np.asarray(cy))


def _marker_path(cx: np.ndarray, cy: np.ndarray, size_px: float = MARKER_PX) -> QPainterPath:
    n = len(cx)
    scale = size_px / MARKER_PX
    records = element_records(
        np.tile(_MARKER_TYPES, n),
        (cx[:, None] + _MARKER_DX * scale).ravel(),
        (cy[:, None] + _MARKER_DY * scale).ravel(),
    )
    return path_from_records(records, WINDING)


def _raster_markers(painter: QPainter, plots: VisiblePlots, layer: PlotLayer,
                    viewport: Viewport) -> bool:
    """Stamp the markers straight into pixels with numpy (100k markers in a few ms).

    Only for an image device drawn without a transform; returns False otherwise, and
    the caller draws them as paths (vector output for PDF stays vector).
    """
    device = painter.device()
    if not isinstance(device, QImage) or not painter.transform().isIdentity():
        return False
    ratio = device.devicePixelRatioF()
    w, h = device.width(), device.height()
    buffer = np.zeros((h, w), dtype=np.uint32)
    ix = np.round(plots.marker_x * ratio).astype(np.int64)
    iy = np.round(plots.marker_y * ratio).astype(np.int64)
    half = max(1, int(round(MARKER_PX * ratio / 2)))
    cats = plots.marker_categories
    for category in np.unique(cats)[::-1]:  # the first categories last, on top
        r, g, b = layer.style.symbol_of(int(category)).fill[:3]
        color = np.uint32(0xFF000000 | (r << 16) | (g << 8) | b)
        sel = cats == category
        cx, cy = ix[sel], iy[sel]
        for dy in range(-half, half):
            for dx in range(-half, half):
                x, y = cx + dx, cy + dy
                ok = (x >= 0) & (x < w) & (y >= 0) & (y < h)
                buffer[y[ok], x[ok]] = color
    image = QImage(buffer.data, w, h, w * 4, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    painter.drawImage(QRectF(0, 0, viewport.width, viewport.height), image)
    return True


def render_plot_layer(
    painter: QPainter,
    layer: PlotLayer,
    viewport: Viewport,
    *,
    antialias: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
) -> bool:
    """Draw the visible plots; return False when ``cancelled()`` stopped the drawing.

    Antialiased, the fill is drawn without antialiasing and the outline with it: the
    outline covers the fill's edge, and antialiased filling costs four times as much.
    """
    painter.save()
    painter.setOpacity(layer.opacity)
    try:
        plots = visible_plots(layer, viewport)
        if len(plots.marker_categories) and not _raster_markers(painter, plots, layer,
                                                                viewport):
            painter.setPen(Qt.PenStyle.NoPen)
            for category in np.unique(plots.marker_categories)[::-1]:
                sel = plots.marker_categories == category
                fill = layer.style.symbol_of(int(category)).fill
                painter.setBrush(QBrush(QColor(*fill[:3])))
                painter.drawPath(_marker_path(plots.marker_x[sel], plots.marker_y[sel]))
        paths: list[tuple[int, QPainterPath]] = []
        for category, records in plots.shapes:
            if cancelled():
                return False
            paths.append((category, path_from_records(records, ODD_EVEN)))
        split = antialias
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias and not split)
        current = -1
        for category, path in paths:
            if category != current:
                symbol = layer.style.symbol_of(category)
                painter.setBrush(QBrush(QColor(*symbol.fill)))
                painter.setPen(Qt.PenStyle.NoPen if split else _pen(symbol))
                current = category
            painter.drawPath(path)
        if split:
            if cancelled():
                return False
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            current = -1
            for category, path in paths:
                if category != current:
                    painter.setPen(_pen(layer.style.symbol_of(category)))
                    current = category
                painter.drawPath(path)
    finally:
        painter.restore()
    return True


def render_selection(painter: QPainter, layer: PlotLayer, viewport: Viewport) -> None:
    """Draw the selected plots on top: a bright outline over a light tint."""
    if not layer.selected:
        return
    mask = layer.selected_mask()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(*SELECTION_STROKE))
    pen.setWidthF(2.5)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(*SELECTION_FILL)))
    plots = visible_plots(layer, viewport, mask)
    for _, records in plots.shapes:
        painter.drawPath(path_from_records(records, ODD_EVEN))
    # Tiny plots: a bright square each, filled without a pen or antialiasing (stroking
    # 100,000 squares, or filling them antialiased in one path, takes seconds).
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(*SELECTION_STROKE)))
    for start in range(0, len(plots.marker_x), MARKER_BATCH):
        end = start + MARKER_BATCH
        painter.drawPath(_marker_path(plots.marker_x[start:end], plots.marker_y[start:end],
                                      SELECTED_MARKER_PX))
    painter.restore()
