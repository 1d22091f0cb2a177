"""What the tools that draw a line on one plot share (split and reshape): the plot and the
sketch of the line, the keys that edit the line, and the drawing of both.

A subclass says what it expects next (:meth:`status_hint`), how a click starts
(:meth:`clicked`), when a double-click may end the line, and what :meth:`finish` does with
the finished line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.edit_overlay import (
    BAND_COLOUR,
    ENTER_KEYS,
    SKETCH_KEYS,
    XY,
    EditMapTool,
    Sketch,
    draw_shape,
    draw_sketch,
)


class PlotLineTool(EditMapTool):
    """A line drawn on the plot ``plot_id``, whose outline is shown while it is drawn.

    ``plot_from_line``: the line's first point picks the plot (reshape), so the plot is
    forgotten with the line and ``plot_id`` is set exactly while the line has points.
    Otherwise a click picks the plot first (split) and Esc drops the line before the plot.
    """

    plot_from_line = False

    def __init__(self, canvas, text: str, shortcut: str, tip: str) -> None:
        super().__init__(canvas, text, shortcut, tip)
        self.plot_id: int | None = None
        self.sketch = Sketch()

    def _geometry(self):
        return self.plot_geometry(self.plot_id)

    def clear(self) -> None:
        self.sketch.clear()
        self.plot_id = None
        self.changed()

    def finish(self) -> None:
        """Hand the finished line on (or report why it cannot be used)."""
        raise NotImplementedError

    def _line_changed(self) -> None:
        if self.plot_from_line and not self.sketch.points:
            self.plot_id = None
        self.changed()

    # --- mouse ------------------------------------------------------------------------
    def move(self, event: MapMouseEvent) -> bool:
        if self.plot_id is None and not self.plot_from_line:
            return False
        self.sketch.hover(*self.snap(event))
        self.canvas.update()
        return True

    def end_line(self, event: MapMouseEvent) -> bool:
        """A double-click: its point ends the line."""
        self.add_vertex(self.sketch, event)
        self.finish()
        return True

    # --- keys -------------------------------------------------------------------------
    def claimed_keys(self) -> set[int]:
        keys = super().claimed_keys()
        if self.plot_id is not None:
            keys |= SKETCH_KEYS
        return keys

    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        if key == Qt.Key.Key_Escape:
            if self.sketch.points:
                self.sketch.clear()
                self._line_changed()
            elif self.plot_id is not None:
                self.clear()
            else:
                return False
        elif key == Qt.Key.Key_Backspace:
            if self.sketch.pop() is None:
                return False
            self._line_changed()
        elif key in ENTER_KEYS and self.plot_id is not None:
            self.finish()
        else:
            return super().key_press(key, modifiers)
        return True

    def deactivate(self) -> None:
        self.plot_id = None
        self.sketch.clear()
        super().deactivate()

    # --- drawing ----------------------------------------------------------------------
    def paint_overlay(self, painter: QPainter) -> None:
        viewport = self.canvas.viewport
        geom = self._geometry()
        if geom is not None:
            draw_shape(painter, viewport, geom, dashed=False, colour=BAND_COLOUR)
        if geom is not None or self.plot_from_line:
            self.paint_line(painter, draw_sketch(painter, viewport, self.sketch,
                                                 closed=False))
        self.paint_problem(painter)

    def paint_line(self, painter: QPainter, band: list[XY]) -> None:
        """Anything more to draw along the line (``band``: its points and the cursor)."""
