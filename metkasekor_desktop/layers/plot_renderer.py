"""Paint a plot layer into a QPainter in batches of small paths (DESIGN.md decision 4)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from metkasekor_desktop.layers.plot_geometry import ranges_to_index
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.qpath import element_records, path_from_records
from metkasekor_desktop.layers.styles import SELECTION_FILL, SELECTION_STROKE, Symbol
from metkasekor_desktop.layers.viewport import Viewport

BATCH = 64  # polygons per path: small paths keep antialiased filling fast


def _pen(symbol: Symbol) -> QPen:
    pen = QPen(QColor(*symbol.stroke))
    pen.setWidthF(symbol.stroke_width)
    pen.setCosmetic(True)
    return pen


def _visible_batches(layer: PlotLayer, viewport: Viewport, plot_mask: np.ndarray | None = None):
    """Yield (category, records) for each batch path of the visible plots."""
    geo = layer.geometry
    visible = geo.visible(viewport.extent)
    if plot_mask is not None:
        visible &= plot_mask
    order = layer.order[visible[layer.order]]
    if len(order) == 0:
        return
    starts, ends = geo.coord_start[order], geo.coord_end[order]
    idx = ranges_to_index(starts, ends)
    px, py = viewport.map_to_pixel(geo.coords[idx, 0], geo.coords[idx, 1])
    records = element_records(geo.element_types[idx], px, py)
    bounds = np.concatenate(([0], np.cumsum(ends - starts)))
    cats = layer.categories[order]
    # Cut at every category change and every BATCH plots.
    cuts = set(range(0, len(order), BATCH))
    cuts.update((np.nonzero(np.diff(cats))[0] + 1).tolist())
    cuts_sorted = sorted(cuts) + [len(order)]
    for a, b in zip(cuts_sorted[:-1], cuts_sorted[1:], strict=True):
        yield int(cats[a]), records[bounds[a] : bounds[b]]


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
    current = -1
    try:
        for category, records in _visible_batches(layer, viewport):
            if cancelled():
                return False
            if category != current:
                symbol = layer.style.symbol_of(category)
                painter.setPen(_pen(symbol))
                painter.setBrush(QBrush(QColor(*symbol.fill)))
                current = category
            painter.drawPath(path_from_records(records))
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
    for _, records in _visible_batches(layer, viewport, mask):
        painter.drawPath(path_from_records(records))
    painter.restore()
