"""Pan: drag the map."""

from __future__ import annotations

from PySide6.QtCore import Qt

from metkasekor_desktop.ui.tools.base import MapMouseEvent, MapTool


class PanTool(MapTool):
    name = "pan"

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Pan"),
            "P",
            self.tr("Drag the map to move it; the wheel zooms around the cursor."),
        )
        self.cursor = Qt.CursorShape.OpenHandCursor
        self._last: tuple[float, float] | None = None

    def press(self, event: MapMouseEvent) -> bool:
        if event.button != Qt.MouseButton.LeftButton:
            return False
        self._last = (event.px, event.py)
        self.canvas.begin_gesture()
        self.canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def move(self, event: MapMouseEvent) -> bool:
        if self._last is None:
            return False
        dx, dy = event.px - self._last[0], event.py - self._last[1]
        self._last = (event.px, event.py)
        self.canvas.pan_pixels(dx, dy)
        return True

    def release(self, event: MapMouseEvent) -> bool:
        if self._last is None:
            return False
        self._last = None
        self.canvas.setCursor(self.cursor)
        self.canvas.view_settled()
        return True
