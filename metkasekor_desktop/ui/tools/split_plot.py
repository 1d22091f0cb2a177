"""Split plot: click a plot, then draw a line across it; the window asks what happens to
the plot's records and calls ``editor.split``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter
from shapely.geometry import LineString

from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.edit_overlay import PICK_PX, XY, draw_label, measure
from metkasekor_desktop.ui.tools.plot_line import PlotLineTool


class SplitPlotTool(PlotLineTool):
    name = "split_plot"

    split_requested = Signal(int, object)  # plot id, the line (LineString, map CRS)

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Split plot"),
            "K",
            self.tr("Click the plot to split, then draw a line across it."),
        )

    def status_hint(self) -> str:
        if self.plot_id is None:
            return self.tr("Click the plot to split.")
        if not self.sketch.points:
            return self.tr("Click outside the plot where the dividing line starts.")
        return self.tr("Click the next point of the line; double-click or Enter ends it "
                       "outside the plot; Backspace removes the last point; Esc cancels."
                       ) + " " + self.snapping_text()

    def clear(self) -> None:
        self.problem_at = None
        super().clear()

    def clicked(self, event: MapMouseEvent) -> bool:
        if self._geometry() is None:
            self.plot_id = self.plot_under(event, PICK_PX)
            self.select_plot(self.plot_id)
            self.sketch.clear()
            self.changed()
            return self.plot_id is not None
        if self.add_vertex(self.sketch, event):
            self.changed()
        return True

    def double_clicked(self, event: MapMouseEvent) -> bool:
        if self._geometry() is None:
            return False
        return self.end_line(event)

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

    def paint_line(self, painter: QPainter, band: list[XY]) -> None:
        """The length of the segment being drawn, at the cursor."""
        if len(band) >= 2:
            length = measure(band[-2:], self.canvas.map_epsg)[1]
            draw_label(painter, self.canvas.viewport, band[-1], f"{length:,.0f} m")
