"""The legend of the visible layers, drawn as in the map export."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from metkasekor_desktop.layers.decorations import decoration_font, draw_legend, legend_size
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_export import legend_entries

MARGIN = 6


class _LegendCanvas(QWidget):
    def __init__(self, layers: LayerList, parent=None) -> None:
        super().__init__(parent)
        self.layers = layers
        self.font_ = decoration_font(13)

    def entries(self):
        return legend_entries(self.layers)

    def sizeHint(self) -> QSize:
        width = max(160, self.width())
        size = legend_size(self.entries(), self.font_, width - 2 * MARGIN)
        return QSize(width, int(size.height()) + 2 * MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        entries = self.entries()
        if not entries:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_legend(painter, QPointF(MARGIN, MARGIN), entries, "", self.font_,
                    self.width() - 2 * MARGIN)
        painter.end()


class LegendPanel(QScrollArea):
    """Follows the layer list: every change of a layer or its style redraws it."""

    def __init__(self, layers: LayerList, parent=None) -> None:
        super().__init__(parent)
        self.canvas = _LegendCanvas(layers, self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        layers.changed.connect(lambda _l: self.refresh())

    def refresh(self) -> None:
        self.canvas.setMinimumHeight(self.canvas.sizeHint().height())
        self.canvas.update()
