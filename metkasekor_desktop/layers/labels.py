"""Plot labels: a code or farmer name on each plot big enough to carry it, never overlapping.

Labels are placed greedily in priority order (demonstration and control plots first,
then larger plots): a label whose box, with a small margin, meets a label already placed
is skipped, and plots smaller than ``min_size_px`` on screen get none, so zooming out
thins the labels instead of piling them up. Placed boxes are kept in a coarse grid of
cells, so each test looks at a few neighbours only, however many plots are in view.
Text is dark with a white halo, readable over imagery: the halo is the text drawn in
white at eight small offsets (stroking glyph outlines was 25 times slower, ~1.4 ms a
label). Khmer is shaped by Qt, with the shipped Khmer font as fallback.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from metkasekor_desktop.layers import fonts
from metkasekor_desktop.layers.label_settings import LABEL_FIELDS
from metkasekor_desktop.layers.viewport import Viewport

if TYPE_CHECKING:
    from metkasekor_desktop.layers.plot_layer import PlotLayer


MARGIN_PX = 2.0  # free space kept around every label
CELL_PX = 64.0  # side of a cell of the grid of placed labels
BATCH = 64  # labels drawn between two looks at ``cancelled()``
CHECK_EVERY = 256  # candidates between two looks at ``cancelled()``
HALO_PX = 1.25  # the halo: the text drawn in white this far around, in 8 directions
HALO_OFFSETS = tuple(
    (round(HALO_PX * math.cos(a), 3), round(HALO_PX * math.sin(a), 3))
    for a in (k * math.pi / 4 for k in range(8))
)
HALO_RGBA = (255, 255, 255, 235)
TEXT_RGBA = (25, 25, 25, 255)
POINTS_TO_PIXELS = 96.0 / 72.0  # map labels are sized for a 96 dpi logical pixel




class PlacedLabel(NamedTuple):
    """A label that won its place: its text box (pixels) and where its baseline starts."""

    plot_id: int
    rect: QRectF
    text: str
    origin: QPointF


def label_font(size_pt: float) -> QFont:
    """The application font, with the shipped Khmer fallback, at ``size_pt`` points."""
    font = fonts.application_font(QFont())
    font.setPixelSize(max(1, round(size_pt * POINTS_TO_PIXELS)))
    return font


def _text_boxes(layer: PlotLayer, field: str, font: QFont) -> dict[int, QRectF | None]:
    """Per-layer cache of each label's box relative to its baseline origin."""
    key = ("label_boxes", field, font.key())
    cache = layer.render_cache
    if key not in cache:
        cache[key] = {}
    return cache[key]


def _text_of(values: np.ndarray, index: int) -> str:
    value = values[index]
    return "" if value is None else str(value).strip()


def place_labels(
    layer: PlotLayer,
    viewport: Viewport,
    font: QFont | None = None,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[PlacedLabel] | None:
    """The labels to draw, in priority order; None when ``cancelled()`` became true."""
    settings = layer.labels
    n = len(layer.table)
    if n == 0:
        return []
    font = font if font is not None else label_font(settings.font_size_pt)
    geo = layer.geometry
    anchors = layer.label_anchors()
    b = geo.bboxes
    with np.errstate(invalid="ignore"):
        size_px = np.fmax(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / viewport.units_per_pixel
        px, py = viewport.map_to_pixel(anchors[:, 0], anchors[:, 1])
        ok = (geo.visible(viewport.extent) & (size_px >= settings.min_size_px)
              & (px >= 0) & (px <= viewport.width) & (py >= 0) & (py <= viewport.height))
    priority = layer.label_priority()
    candidates = priority[ok[priority]]
    values = np.asarray(getattr(layer.table, LABEL_FIELDS[settings.field]), dtype=object)
    ids = layer.table.ids
    boxes = _text_boxes(layer, settings.field, font)
    metrics = QFontMetricsF(font)
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    placed: list[PlacedLabel] = []
    for count, i in enumerate(candidates.tolist()):
        if count % CHECK_EVERY == 0 and cancelled():
            return None
        box = boxes.get(i, False)
        if box is False:
            text = _text_of(values, i)
            box = metrics.boundingRect(text) if text else None
            boxes[i] = box
        if box is None:
            continue
        ox = float(px[i]) - box.center().x()
        oy = float(py[i]) - box.center().y()
        x0, y0 = ox + box.left() - MARGIN_PX, oy + box.top() - MARGIN_PX
        x1, y1 = ox + box.right() + MARGIN_PX, oy + box.bottom() + MARGIN_PX
        cells = [(cx, cy) for cx in range(int(x0 // CELL_PX), int(x1 // CELL_PX) + 1)
                 for cy in range(int(y0 // CELL_PX), int(y1 // CELL_PX) + 1)]
        if any(x0 < r[2] and r[0] < x1 and y0 < r[3] and r[1] < y1
               for cell in cells for r in grid.get(cell, ())):
            continue
        for cell in cells:
            grid.setdefault(cell, []).append((x0, y0, x1, y1))
        placed.append(PlacedLabel(int(ids[i]), box.translated(ox, oy), _text_of(values, i),
                                  QPointF(ox, oy)))
    return placed


def render_plot_labels(
    painter: QPainter,
    layer: PlotLayer,
    viewport: Viewport,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> bool:
    """Draw the layer's labels on top of the map; False when ``cancelled()`` stopped it."""
    settings = layer.labels
    if not settings.enabled or not layer.visible:
        return True
    if cancelled():
        return False
    font = label_font(settings.font_size_pt)
    placed = place_labels(layer, viewport, font, cancelled=cancelled)
    if placed is None:
        return False
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        passes = [(HALO_OFFSETS, QColor(*HALO_RGBA))] if settings.halo else []
        passes.append((((0.0, 0.0),), QColor(*TEXT_RGBA)))
        for offsets, colour in passes:
            painter.setPen(colour)
            for start in range(0, len(placed), BATCH):
                if cancelled():
                    return False
                for label in placed[start : start + BATCH]:
                    x, y = label.origin.x(), label.origin.y()
                    for dx, dy in offsets:
                        painter.drawText(QPointF(x + dx, y + dy), label.text)
    finally:
        painter.restore()
    return True
