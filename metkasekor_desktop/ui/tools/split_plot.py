"""Split plot: click a plot, then draw a line across it; the window asks what happens to
the plot's records and calls ``editor.split``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
    draw_label,
    draw_rubber_band,
    draw_shape,
    draw_snap_marker,
    measure,
)


class SplitPlotTool(EditMapTool):
    name = "split_plot"

    split_requested = Signal(int, object)  # plot id, the line (LineString, map CRS)

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Split plot"),
            "K",
            self.tr("Click the plot to split, then draw a line across it."),
        )
        self.plot_id: int | None = None
        self.sketch = Sketch()

    def status_hint(self) -> str:
        if self.plot_id is None:
            return self.tr("Click the plot to split.")
        if not self.sketch.points:
            return self.tr("Click outside the plot where the dividing line starts.")
        return self.tr("Click the next point of the line; double-click or Enter ends it "
                       "outside the plot; Backspace removes the last point; Esc cancels."
                       ) + " " + self.snapping_text()

    def _geometry(self):
        layer = self.canvas.plot_layer
        if self.plot_id is None or layer is None:
            return None
        try:
            return layer.map_geometries()[layer.index_of(self.plot_id)]
        except (KeyError, IndexError):
            return None

    def clear(self) -> None:
        self.plot_id = None
        self.sketch.clear()
        self.problem_at = None
        self.changed()

    def move(self, event: MapMouseEvent) -> bool:
        if self.plot_id is None:
            return False
        self.sketch.hover(*self.snap(event))
        self.canvas.update()
        return True

    def clicked(self, event: MapMouseEvent) -> bool:
        if self._geometry() is None:
            layer = self.canvas.plot_layer
            tolerance = PICK_PX * self.units_per_pixel
            self.plot_id = None if layer is None else layer.plot_at(event.x, event.y,
                                                                    tolerance)
            if self.plot_id is not None:
                layer.select([self.plot_id])
            self.sketch.clear()
            self.changed()
            return self.plot_id is not None
        if self.add_vertex(self.sketch, event):
            self.changed()
        return True

    def double_clicked(self, event: MapMouseEvent) -> bool:
        if self._geometry() is None:
            return False
        self.add_vertex(self.sketch, event)
        self.finish()
        return True

    def finish(self) -> None:
        if self.plot_id is None:
            return
        if len(self.sketch.points) < 2:
            self.report(GeometryError(self.tr(
                "Draw the dividing line with at least two points, from outside the plot "
                "across it to the other side.")))
            return
        plot_id, line = self.plot_id, LineString(self.sketch.points)
        self.clear()
        self.split_requested.emit(plot_id, line)

    def claimed_keys(self) -> set[int]:
        keys = super().claimed_keys()
        if self.plot_id is not None:
            keys |= {Qt.Key.Key_Escape, Qt.Key.Key_Backspace, Qt.Key.Key_Return,
                     Qt.Key.Key_Enter}
        return keys

    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        if key == Qt.Key.Key_Escape:
            if self.sketch.points:
                self.sketch.clear()
                self.changed()
            elif self.plot_id is not None:
                self.clear()
            else:
                return False
        elif key == Qt.Key.Key_Backspace:
            if self.sketch.pop() is None:
                return False
            self.changed()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.plot_id is not None:
            self.finish()
        elif key == Qt.Key.Key_N:
            self.toggle_snapping()
        else:
            return False
        return True

    def deactivate(self) -> None:
        self.plot_id = None
        self.sketch.clear()
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
            if len(band) >= 2:
                length = measure(band[-2:], self.canvas.map_epsg)[1]
                draw_label(painter, viewport, band[-1], f"{length:,.0f} m")
        self.paint_problem(painter)
