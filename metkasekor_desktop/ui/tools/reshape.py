"""Reshape: draw a new stretch of a plot's boundary, from the boundary back to it; the
part of the boundary between the two ends is replaced by the stretch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from shapely.geometry import LineString

from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.edit_overlay import (
    BAND_COLOUR,
    PICK_PX,
    EditMapTool,
    Sketch,
    draw_handles,
    draw_rubber_band,
    draw_shape,
    draw_snap_marker,
)


class ReshapeTool(EditMapTool):
    name = "reshape"

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Reshape plot"),
            "R",
            self.tr("Draw a new stretch of a plot boundary, starting and ending on it."),
        )
        self.sketch = Sketch()
        self.plot_id: int | None = None  # the plot the stretch starts on

    def status_hint(self) -> str:
        if not self.sketch.points:
            text = self.tr("Click on a plot boundary where the new stretch starts.")
        else:
            text = self.tr("Click the next point; end on the boundary with a double-click "
                           "or Enter; Backspace removes the last point; Esc cancels.")
        return f"{text} {self.snapping_text()}"

    def _geometry(self):
        layer = self.canvas.plot_layer
        if self.plot_id is None or layer is None:
            return None
        try:
            return layer.map_geometries()[layer.index_of(self.plot_id)]
        except (KeyError, IndexError):
            return None

    def clear(self) -> None:
        self.sketch.clear()
        self.plot_id = None
        self.changed()

    def move(self, event: MapMouseEvent) -> bool:
        self.sketch.hover(*self.snap(event))
        self.canvas.update()
        return True

    def clicked(self, event: MapMouseEvent) -> bool:
        if not self.sketch.points:
            x, y, snap = self.snap(event)
            self.plot_id = self._plot_on_boundary(x, y, snap)
            if self.plot_id is None:
                self.report(GeometryError(self.tr(
                    "Start the new stretch on the boundary of the plot to reshape."),
                    (x, y)))
                return True
        if self.add_vertex(self.sketch, event):
            self.changed()
        return True

    def _plot_on_boundary(self, x: float, y: float, snap) -> int | None:
        if snap is not None:
            return int(snap.plot_id)
        layer = self.canvas.plot_layer
        if layer is None:
            return None
        return layer.plot_at(x, y, PICK_PX * self.units_per_pixel)

    def double_clicked(self, event: MapMouseEvent) -> bool:
        if not self.sketch.points:
            return False
        self.add_vertex(self.sketch, event)
        self.finish()
        return True

    def finish(self) -> None:
        editor = self.editor
        if editor is None or self.plot_id is None:
            return
        if len(self.sketch.points) < 2:
            self.report(GeometryError(self.tr(
                "Draw the new stretch with at least two points, ending on the boundary.")))
            return
        ok, _ = self.attempt(editor.reshape, self.plot_id, LineString(self.sketch.points))
        if ok:
            self.clear()

    def claimed_keys(self) -> set[int]:
        keys = super().claimed_keys()
        if self.sketch.points:
            keys |= {Qt.Key.Key_Escape, Qt.Key.Key_Backspace, Qt.Key.Key_Return,
                     Qt.Key.Key_Enter}
        return keys

    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        if key == Qt.Key.Key_Escape and self.sketch.points:
            self.clear()
        elif key == Qt.Key.Key_Backspace and self.sketch.points:
            self.sketch.pop()
            if not self.sketch.points:
                self.plot_id = None
            self.changed()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.sketch.points:
            self.finish()
        elif key == Qt.Key.Key_N:
            self.toggle_snapping()
        else:
            return False
        return True

    def deactivate(self) -> None:
        self.sketch.clear()
        self.plot_id = None
        super().deactivate()
        self.canvas.update()

    def paint_overlay(self, painter: QPainter) -> None:
        viewport = self.canvas.viewport
        geom = self._geometry()
        if geom is not None:
            draw_shape(painter, viewport, geom, dashed=False, colour=BAND_COLOUR)
        band = self.sketch.with_cursor() if self.sketch.points else []
        draw_rubber_band(painter, viewport, band, closed=False)
        draw_handles(painter, viewport, self.sketch.points)
        draw_snap_marker(painter, viewport, self.sketch.cursor_snap)
        self.paint_problem(painter)
