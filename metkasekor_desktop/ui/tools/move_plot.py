"""Move plot: drag a plot to where it belongs; one change (one undo step) at release."""

from __future__ import annotations

import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.edit_overlay import PICK_PX, EditMapTool, dragged, draw_shape


class MovePlotTool(EditMapTool):
    name = "move_plot"

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Move plot"),
            "M",
            self.tr("Drag a plot to move it; Esc cancels the drag."),
        )
        self.cursor = Qt.CursorShape.SizeAllCursor
        self.plot_id: int | None = None
        self._start: MapMouseEvent | None = None
        self._end: MapMouseEvent | None = None

    def status_hint(self) -> str:
        if self.plot_id is None:
            return self.tr("Drag a plot to move it.")
        return self.tr("Release to put the plot here; Esc cancels.")

    def _moved(self) -> bool:
        s, e = self._start, self._end
        return s is not None and e is not None and dragged(s, e)

    def _cancel(self) -> None:
        self.plot_id = None
        self._start = self._end = None
        self.changed()

    def press(self, event: MapMouseEvent) -> bool:
        if event.button != Qt.MouseButton.LeftButton:
            return False
        plot_id = self.plot_under(event, PICK_PX)
        if plot_id is None:
            return False
        self.plot_id, self._start, self._end = plot_id, event, event
        self.select_plot(plot_id)
        self.changed()
        return True

    def move(self, event: MapMouseEvent) -> bool:
        if self._start is None:
            return False
        self._end = event
        self.canvas.update()
        return True

    def release(self, event: MapMouseEvent) -> bool:
        if self._start is None or event.button != Qt.MouseButton.LeftButton:
            return False
        self._end = event
        plot_id, start, moved = self.plot_id, self._start, self._moved()
        self._cancel()
        editor = self.editor
        if moved and editor is not None and plot_id is not None:
            self.attempt(editor.move_plot, plot_id, event.x - start.x, event.y - start.y)
        return True

    def claimed_keys(self) -> set[int]:
        return {Qt.Key.Key_Escape} if self._start is not None else set()

    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        if key == Qt.Key.Key_Escape and self._start is not None:
            self._cancel()
            return True
        return False

    def deactivate(self) -> None:
        self.plot_id = None
        self._start = self._end = None
        super().deactivate()

    def paint_overlay(self, painter: QPainter) -> None:
        geom = self.plot_geometry(self.plot_id)
        if geom is not None and self._moved():
            dx, dy = self._end.x - self._start.x, self._end.y - self._start.y
            moved = shapely.transform(geom, lambda c: c + (dx, dy))
            draw_shape(painter, self.canvas.viewport, moved, dashed=True)
        self.paint_problem(painter)
