"""Paint a plot layer into a QPainter in batches of small paths (DESIGN.md decision 4)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from metkasekor_desktop.layers.plot_geometry import LINE_TO, MOVE_TO, ranges_to_index
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
_MARKER_TYPES = np.array([MOVE_TO, LINE_TO, LINE_TO, LINE_TO, LINE_TO], dtype=np.int32)
_MARKER_DX = np.array([-0.5, 0.5, 0.5, -0.5, -0.5]) * MARKER_PX
_MARKER_DY = np.array([-0.5, -0.5, 0.5, 0.5, -0.5]) * MARKER_PX


def _cuts(cats: np.ndarray, batch: int) -> list[tuple[int, int]]:
    """Cut a category-sorted run at every category change and every ``batch`` items."""
    cuts = set(range(0, len(cats), batch))
    cuts.update((np.nonzero(np.diff(cats))[0] + 1).tolist())
    ordered = sorted(cuts) + [len(cats)]
    return list(zip(ordered[:-1], ordered[1:], strict=True))


def _visible_batches(layer: PlotLayer, viewport: Viewport, plot_mask: np.ndarray | None = None):
    """Yield (category, is_marker, records) for each batch path of the visible plots."""
    geo = layer.geometry
    visible = geo.visible(viewport.extent)
    if plot_mask is not None:
        visible &= plot_mask
    order = layer.order[visible[layer.order]]
    if len(order) == 0:
        return
    boxes = geo.bboxes[order]
    size_px = np.maximum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])
    tiny = size_px / viewport.units_per_pixel < TINY_PX
    shapes = order[~tiny]
    if len(shapes):
        starts, ends = geo.coord_start[shapes], geo.coord_end[shapes]
        idx = ranges_to_index(starts, ends)
        px, py = viewport.map_to_pixel(geo.coords[idx, 0], geo.coords[idx, 1])
        records = element_records(geo.element_types[idx], px, py)
        bounds = np.concatenate(([0], np.cumsum(ends - starts)))
        cats = layer.categories[shapes]
        for a, b in _cuts(cats, BATCH):
            yield int(cats[a]), False, records[bounds[a] : bounds[b]]
    markers = order[tiny]
    # Markers of neighbouring plots overlap: the first categories of the style (the
    # demonstration plots of the role style) are drawn last, on top.
    markers = markers[np.argsort(-layer.categories[markers], kind="stable")]
    if len(markers):
        b = geo.bboxes[markers]
        cx, cy = viewport.map_to_pixel((b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2)
        n = len(markers)
        records = element_records(
            np.tile(_MARKER_TYPES, n),
            (cx[:, None] + _MARKER_DX).ravel(),
            (cy[:, None] + _MARKER_DY).ravel(),
        )
        cats = layer.categories[markers]
        for a, b2 in _cuts(cats, BATCH * 8):
            yield int(cats[a]), True, records[a * 5 : b2 * 5]


def render_plot_layer(
    painter: QPainter,
    layer: PlotLayer,
    viewport: Viewport,
    *,
    antialias: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
) -> bool:
    """Draw the visible plots; return False when ``cancelled()`` stopped the drawing."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
    painter.setOpacity(layer.opacity)
    current: tuple[int, bool] | None = None
    try:
        for category, marker, records in _visible_batches(layer, viewport):
            if cancelled():
                return False
            if (category, marker) != current:
                symbol = layer.style.symbol_of(category)
                if marker:  # a solid dot of the category's colour
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QBrush(QColor(*symbol.fill[:3])))
                else:
                    painter.setPen(_pen(symbol))
                    painter.setBrush(QBrush(QColor(*symbol.fill)))
                current = (category, marker)
            painter.drawPath(path_from_records(records, WINDING if marker else ODD_EVEN))
    finally:
        painter.restore()
    return True


def render_selection(painter: QPainter, layer: PlotLayer, viewport: Viewport) -> None:
    """Draw the selected plots on top: a bright outline over a light tint."""
    if not layer.selected:
        return
    mask = np.zeros(len(layer.table), dtype=bool)
    mask[[layer.index_of(i) for i in layer.selected]] = True
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(*SELECTION_STROKE))
    pen.setWidthF(2.5)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(*SELECTION_FILL)))
    for _, marker, records in _visible_batches(layer, viewport, mask):
        painter.drawPath(path_from_records(records, WINDING if marker else ODD_EVEN))
    painter.restore()
