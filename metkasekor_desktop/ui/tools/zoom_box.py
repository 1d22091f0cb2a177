"""Zoom box: drag a rectangle to zoom to it; a click zooms in around the point."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from metkasekor_desktop.ui.tools.base import MapMouseEvent, MapTool

MIN_BOX_PX = 5  # a smaller drag is a click


class ZoomBoxTool(MapTool):
    name = "zoom_box"

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Zoom box"),
            "Z",
            self.tr("Drag a box to zoom to it; click to zoom in; Esc cancels."),
        )
        self.cursor = Qt.CursorShape.CrossCursor
        self._start: MapMouseEvent | None = None
        self._end: MapMouseEvent | None = None

    def press(self, event: MapMouseEvent) -> bool:
        if event.button != Qt.MouseButton.LeftButton:
            return False
        self._start = self._end = event
        return True

    def move(self, event: MapMouseEvent) -> bool:
        if self._start is None:
            return False
        self._end = event
        self.canvas.update()
        return True

    def release(self, event: MapMouseEvent) -> bool:
        if self._start is None:
            return False
        start, self._start, self._end = self._start, None, None
        if abs(event.px - start.px) < MIN_BOX_PX or abs(event.py - start.py) < MIN_BOX_PX:
            self.canvas.zoom_by(2.0, event.px, event.py)
        else:
            self.canvas.zoom_to_extent((min(start.x, event.x), min(start.y, event.y),
                                        max(start.x, event.x), max(start.y, event.y)))
        self.canvas.update()
        return True

    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        if key == Qt.Key.Key_Escape and self._start is not None:
            self._start = self._end = None
            self.canvas.update()
            return True
        return False

    def deactivate(self) -> None:
        self._start = self._end = None
        super().deactivate()

    def paint_overlay(self, painter: QPainter) -> None:
        if self._start is None or self._end is None:
            return
        rect = QRectF(self._start.px, self._start.py, self._end.px - self._start.px,
                      self._end.py - self._start.py).normalized()
        pen = QPen(QColor(20, 90, 160), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(20, 90, 160, 40))
        painter.drawRect(rect)
