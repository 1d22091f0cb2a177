"""Reshape: draw a new stretch of a plot's boundary, from the boundary back to it; the
part of the boundary between the two ends is replaced by the stretch."""

from __future__ import annotations

from shapely.geometry import LineString

from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.edit_overlay import PICK_PX
from metkasekor_desktop.ui.tools.plot_line import PlotLineTool


class ReshapeTool(PlotLineTool):
    name = "reshape"
    plot_from_line = True  # the plot the stretch starts on

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Reshape plot"),
            "R",
            self.tr("Draw a new stretch of a plot boundary, starting and ending on it."),
        )

    def status_hint(self) -> str:
        if not self.sketch.points:
            text = self.tr("Click on a plot boundary where the new stretch starts.")
        else:
            text = self.tr("Click the next point; end on the boundary with a double-click "
                           "or Enter; Backspace removes the last point; Esc cancels.")
        return f"{text} {self.snapping_text()}"

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
        return self.end_line(event)

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
