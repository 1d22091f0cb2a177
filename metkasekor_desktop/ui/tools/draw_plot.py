"""Draw plot: click the corners of a new plot, with holes and several parts.

The finished shape goes through ``editor.prepare`` (checks, clipping against the
neighbours) and is shown dashed as it would be saved, then handed to the window with
``shape_finished``; the window asks for the code, farmer, role and village, saves, and
calls :meth:`DrawPlotTool.clear`.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from shapely.geometry import Point, Polygon

from metkasekor_desktop.domain.errors import DomainError, GeometryError
from metkasekor_desktop.domain.plot_shape import polygon_from_rings
from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.edit_overlay import (
    BAND_COLOUR,
    ENTER_KEYS,
    SKETCH_KEYS,
    XY,
    EditMapTool,
    Sketch,
    draw_label,
    draw_shape,
    draw_sketch,
    measure,
    measure_text,
)

Ring = list[XY]


class Mode(Enum):
    OUTER = "outer"  # drawing the outer ring of the first or of another part
    HOLE = "hole"  # drawing a hole in the last part
    SHAPE = "shape"  # rings finished: H, P, or Enter to end the shape
    PREVIEW = "preview"  # prepared and handed to the window


class DrawPlotTool(EditMapTool):
    name = "draw_plot"

    shape_finished = Signal(object)  # PreparedShape

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Draw plot"),
            "D",
            self.tr("Click the corners of a new plot; double-click or Enter closes it."),
        )
        self.mode = Mode.OUTER
        self.parts: list[list[Ring]] = []  # finished rings: [[outer, hole, ...], ...]
        self.sketch = Sketch()  # the ring being drawn
        self.prepared = None  # PreparedShape of the finished shape

    # --- state ------------------------------------------------------------------------
    @property
    def drawing(self) -> bool:
        return bool(self.parts or self.sketch.points)

    def shape(self):
        """The finished rings as a MultiPolygon in map coordinates (not validated)."""
        return polygon_from_rings(self.parts)

    def clear(self) -> None:
        """Forget the drawing (after the window saved it, or on Esc)."""
        self.parts = []
        self.sketch.clear()
        self.prepared = None
        self.problem_at = None
        self.mode = Mode.OUTER
        self.changed()

    def status_hint(self) -> str:
        snapping = self.snapping_text()
        if self.mode is Mode.PREVIEW:
            text = self.tr("The dashed outline is the plot as it will be saved. Enter opens "
                           "the form again; a click starts a new plot; Esc clears it.")
        elif self.mode is Mode.SHAPE:
            text = self.tr("Enter ends the plot; H draws a hole in it; P draws another "
                           "part; Backspace reopens the boundary; Esc cancels.")
        elif not self.sketch.points:
            text = (self.tr("Click the first corner of the hole, inside the plot.")
                    if self.mode is Mode.HOLE else
                    self.tr("Click the first corner of another part of the plot.")
                    if self.parts else self.tr("Click the first corner of the new plot."))
        else:
            text = self.tr("Click the next corner; double-click or Enter closes the ring; "
                           "Backspace removes the last corner; Esc cancels.")
        return f"{text} {snapping}"

    def live_measure(self) -> str:
        """Area and perimeter of the ring drawn so far, closed through the cursor."""
        band = self.sketch.with_cursor()
        if self.mode not in (Mode.OUTER, Mode.HOLE) or len(band) < 2:
            return ""
        return measure_text(self, *measure(band, self.canvas.map_epsg))

    def _edited(self) -> None:
        self.problem_at = None
        self.changed()

    # --- mouse ------------------------------------------------------------------------
    def move(self, event: MapMouseEvent) -> bool:
        if self.mode in (Mode.OUTER, Mode.HOLE):
            self.sketch.hover(*self.snap(event))
            self.canvas.update()
            return True
        return False

    def clicked(self, event: MapMouseEvent) -> bool:
        if self.mode is Mode.PREVIEW:
            self.clear()
        if self.mode is Mode.SHAPE:
            return False
        if self.add_vertex(self.sketch, event):
            self._edited()
        return True

    def double_clicked(self, event: MapMouseEvent) -> bool:
        if self.mode is Mode.PREVIEW:
            return False
        if self.mode in (Mode.OUTER, Mode.HOLE):
            self.add_vertex(self.sketch, event)
            self.finish_ring()
        elif self.mode is Mode.SHAPE:
            self.finish_shape()
        return True

    # --- keys -------------------------------------------------------------------------
    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        if key == Qt.Key.Key_Escape:
            if not self.drawing and self.prepared is None:
                return False
            self.clear()
        elif key == Qt.Key.Key_Backspace:
            return self.remove_last_vertex()
        elif key in ENTER_KEYS:
            if self.mode is Mode.PREVIEW:
                self.shape_finished.emit(self.prepared)
            elif self.mode is Mode.SHAPE:
                self.finish_shape()
            elif self.sketch.points:
                self.finish_ring()
            elif self.parts:  # a hole or part was started but not drawn: end the shape
                self.mode = Mode.SHAPE
                self.finish_shape()
            else:
                return False
        elif key == Qt.Key.Key_H and self.mode is Mode.SHAPE:
            self.mode = Mode.HOLE
            self._edited()
        elif key == Qt.Key.Key_P and self.mode is Mode.SHAPE:
            self.mode = Mode.OUTER
            self._edited()
        else:
            return super().key_press(key, modifiers)
        return True

    def claimed_keys(self) -> set[int]:
        keys = super().claimed_keys()
        if self.drawing or self.prepared is not None:
            keys |= SKETCH_KEYS
        if self.mode is Mode.SHAPE:
            keys |= {Qt.Key.Key_H, Qt.Key.Key_P}
        return keys

    def remove_last_vertex(self) -> bool:
        """Backspace: the last corner goes. A hole or part just started (no corner yet)
        is given up; with the rings all finished, the last one is reopened without its
        last corner."""
        if self.mode is Mode.PREVIEW:
            self.prepared = None
            self.mode = Mode.SHAPE
        if self.mode is not Mode.SHAPE and not self.sketch.points:
            if not self.parts:
                return False
            self.mode = Mode.SHAPE
            self._edited()
            return True
        if self.mode is Mode.SHAPE:
            part = self.parts[-1]
            ring = part.pop()
            self.mode = Mode.HOLE if part else Mode.OUTER
            if not part:
                self.parts.pop()
            self.sketch.points = list(ring)
        self.sketch.pop()
        self._edited()
        return True

    # --- finishing --------------------------------------------------------------------
    def finish_ring(self) -> None:
        ring = list(self.sketch.points)
        if len(ring) < 3:
            self.report(GeometryError(self.tr(
                "A plot boundary needs at least three corners. Click more corners, or "
                "press Esc to cancel.")))
            return
        if self.mode is Mode.HOLE:
            outer = Polygon(self.parts[-1][0])
            outside = [p for p in ring if not outer.covers(Point(p))]
            if outside:
                self.report(GeometryError(self.tr(
                    "A hole must lie inside the plot: this corner is outside it. Press "
                    "Backspace and click it again inside the plot."), outside[0]))
                return
            self.parts[-1].append(ring)
        else:
            self.parts.append([ring])
        self.sketch.clear()
        self.mode = Mode.SHAPE
        self._edited()

    def finish_shape(self) -> None:
        """Check and clip the shape; show it; hand it to the window."""
        editor = self.editor
        if editor is None:
            self.report(DomainError(self.tr("Open a project before drawing plots.")))
            return
        ok, prepared = self.attempt(editor.prepare, self.shape(), refresh=False)
        if not ok:
            return
        self.prepared = prepared
        self.mode = Mode.PREVIEW
        self.changed()
        self.shape_finished.emit(prepared)

    def deactivate(self) -> None:
        self.parts = []
        self.sketch.clear()
        self.prepared = None
        self.mode = Mode.OUTER
        super().deactivate()

    # --- drawing ----------------------------------------------------------------------
    def paint_overlay(self, painter: QPainter) -> None:
        viewport = self.canvas.viewport
        if self.prepared is not None:
            draw_shape(painter, viewport, self.prepared.geometry_map, dashed=True)
        elif self.parts:
            draw_shape(painter, viewport, self.shape(), dashed=False, colour=BAND_COLOUR)
        if self.mode in (Mode.OUTER, Mode.HOLE):
            draw_sketch(painter, viewport, self.sketch, closed=True)
            if self.sketch.cursor is not None:
                draw_label(painter, viewport, self.sketch.cursor, self.live_measure())
        self.paint_problem(painter)
