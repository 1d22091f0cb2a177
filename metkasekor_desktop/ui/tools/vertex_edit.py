"""Vertex editor: move, add and delete the corners of one plot.

A drag is one ``editor.change_geometry`` at release, so one gesture is one undo step.
The tool keeps no copy of the shape: it reads the plot from the layer each time, so undo,
redo and edits elsewhere show at once.
"""

from __future__ import annotations

import shapely
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.vertex_edits import (
    delete_vertices,
    insert_vertex,
    move_vertices,
    nearest_edge,
    vertex_list,
)
from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.edit_overlay import (
    PICK_PX,
    XY,
    EditMapTool,
    dragged,
    draw_box,
    draw_handles,
    draw_shape,
    draw_snap_marker,
)

VertexKey = tuple[int, int, int]  # (part, ring, index)
SHIFT = Qt.KeyboardModifier.ShiftModifier


class VertexEditTool(EditMapTool):
    name = "vertex_edit"

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Edit vertices"),
            "V",
            self.tr("Click a plot to edit its corners."),
        )
        self.plot_id: int | None = None
        self.selected: set[VertexKey] = set()
        self._grab: VertexKey | None = None  # the vertex under the press
        self._grab_was_selected = False
        self._drag_to: XY | None = None
        self._drag_snap = None
        self._box_end: MapMouseEvent | None = None

    def status_hint(self) -> str:
        if self.plot_id is None:
            return self.tr("Click a plot to edit its corners.")
        return self.tr(
            "Drag a corner to move it; click or drag a box to select corners (Shift adds); "
            "Delete removes them; double-click an edge to add a corner; Esc leaves the "
            "plot.") + " " + self.snapping_text()

    # --- the plot being edited --------------------------------------------------------
    def geometry(self):
        """The plot's shape in map coordinates, as the layer holds it now."""
        return self.plot_geometry(self.plot_id)

    def vertices(self) -> list[tuple[int, int, int, float, float]]:
        geom = self.geometry()
        return [] if geom is None else vertex_list(geom)

    def edit(self, plot_id: int | None) -> None:
        """Start editing a plot (None leaves it)."""
        self.plot_id = plot_id
        self.selected = set()
        self._cancel_drag()
        self.select_plot(plot_id)
        self.changed()

    def vertex_at(self, event: MapMouseEvent) -> VertexKey | None:
        tolerance = PICK_PX * self.units_per_pixel
        best, best_d = None, tolerance
        for part, ring, index, x, y in self.vertices():
            d = ((x - event.x) ** 2 + (y - event.y) ** 2) ** 0.5
            if d <= best_d:
                best, best_d = (part, ring, index), d
        return best

    def _moves(self) -> dict[VertexKey, XY]:
        """Where the dragged vertices go: all selected ones shift with the grabbed one."""
        if self._grab is None or self._drag_to is None:
            return {}
        coords = {(p, r, i): (x, y) for p, r, i, x, y in self.vertices()}
        if self._grab not in coords:
            return {}
        gx, gy = coords[self._grab]
        dx, dy = self._drag_to[0] - gx, self._drag_to[1] - gy
        keys = self.selected if self._grab in self.selected else {self._grab}
        return {k: (coords[k][0] + dx, coords[k][1] + dy) for k in keys if k in coords}

    def _cancel_drag(self) -> None:
        self._press = None
        self._grab = None
        self._drag_to = self._drag_snap = None
        self._box_end = None

    def _commit(self, build, *args) -> None:
        """One change of the plot's shape (``build(*args)``), one undo step; errors go to
        the window and change nothing."""
        editor = self.editor
        if editor is None or self.plot_id is None:
            return
        try:
            geom = build(*args)
        except DomainError as error:  # e.g. too few corners left in a ring
            self.report(error)
            return
        ok, _ = self.attempt(editor.change_geometry, self.plot_id, geom)
        if ok:
            present = {(p, r, i) for p, r, i, _x, _y in self.vertices()}
            self.selected &= present
        self.changed()

    # --- mouse ------------------------------------------------------------------------
    def press(self, event: MapMouseEvent) -> bool:
        if not super().press(event):
            return False
        if self.geometry() is None:
            self.plot_id = None
            return True
        self._grab = self.vertex_at(event)
        if self._grab is not None:
            self._grab_was_selected = self._grab in self.selected
            if not self._grab_was_selected:
                self.selected = ({*self.selected, self._grab} if event.modifiers & SHIFT
                                 else {self._grab})
            self.canvas.update()
        return True

    def move(self, event: MapMouseEvent) -> bool:
        press = self._press
        if press is None:
            return False
        far = dragged(press, event)
        if self._grab is not None and (far or self._drag_to is not None):
            x, y, self._drag_snap = self.snap(event, exclude=(self.plot_id,))
            self._drag_to = (x, y)
        elif self._grab is None and self.plot_id is not None and far:
            self._box_end = event
        self.canvas.update()
        return True

    def release(self, event: MapMouseEvent) -> bool:
        press = self._press
        if press is None or event.button != Qt.MouseButton.LeftButton:
            return False
        if self._grab is not None and self._drag_to is not None:
            moves = self._moves()
            geom = self.geometry()
            self._cancel_drag()
            if moves and geom is not None:
                self._commit(move_vertices, geom, moves)
        elif self._grab is not None:
            if self._grab_was_selected and event.modifiers & SHIFT:
                self.selected.discard(self._grab)
            self._cancel_drag()
            self.changed()
        elif self._box_end is not None:
            self._select_box(press, event)
            self._cancel_drag()
        else:
            self._cancel_drag()
            self.clicked(event)
        return True

    def _select_box(self, start: MapMouseEvent, end: MapMouseEvent) -> None:
        xmin, xmax = sorted((start.x, end.x))
        ymin, ymax = sorted((start.y, end.y))
        inside = {(p, r, i) for p, r, i, x, y in self.vertices()
                  if xmin <= x <= xmax and ymin <= y <= ymax}
        self.selected = self.selected | inside if end.modifiers & SHIFT else inside
        self.changed()

    def clicked(self, event: MapMouseEvent) -> bool:
        """A click away from the corners: near the edited plot it clears the selection,
        on another plot it edits that one."""
        geom = self.geometry()
        tolerance = PICK_PX * self.units_per_pixel
        if geom is not None and shapely.dwithin(geom, shapely.Point(event.x, event.y),
                                                tolerance):
            if not event.modifiers & SHIFT:
                self.selected = set()
            self.changed()
            return True
        picked = self.plot_under(event, PICK_PX)
        if picked is not None:
            self.edit(picked)
        elif not event.modifiers & SHIFT:
            self.selected = set()
            self.changed()
        return True

    def double_clicked(self, event: MapMouseEvent) -> bool:
        """On an edge of the edited plot: a new corner there."""
        geom = self.geometry()
        if geom is None or self.vertex_at(event) is not None:
            return False
        part, ring, index, distance = nearest_edge(geom, event.x, event.y)
        if distance > PICK_PX * self.units_per_pixel:
            return False
        x, y = _on_edge(geom, part, ring, index, event.x, event.y)
        self._commit(insert_vertex, geom, part, ring, index, x, y)
        return True

    # --- keys -------------------------------------------------------------------------
    def claimed_keys(self) -> set[int]:
        keys = super().claimed_keys()
        if self.plot_id is not None:
            keys.add(Qt.Key.Key_Escape)
        if self.selected:
            keys |= {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
        return keys

    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        if key == Qt.Key.Key_Escape:
            if self._drag_to is not None or self._box_end is not None:
                self._cancel_drag()
                self.changed()
            elif self.plot_id is not None:
                self.edit(None)
            else:
                return False
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            geom = self.geometry()
            if geom is None or not self.selected:
                return False
            self._commit(delete_vertices, geom, set(self.selected))
        else:
            return super().key_press(key, modifiers)
        return True

    def deactivate(self) -> None:
        self._cancel_drag()
        self.plot_id = None
        self.selected = set()
        super().deactivate()

    # --- drawing ----------------------------------------------------------------------
    def paint_overlay(self, painter: QPainter) -> None:
        geom = self.geometry()
        if geom is None:
            self.paint_problem(painter)
            return
        viewport = self.canvas.viewport
        moves = self._moves()
        if moves:
            draw_shape(painter, viewport, move_vertices(geom, moves), dashed=True)
            draw_snap_marker(painter, viewport, self._drag_snap)
        vertices = self.vertices()
        points = [moves.get((p, r, i), (x, y)) for p, r, i, x, y in vertices]
        draw_handles(painter, viewport, points,
                     [(p, r, i) in self.selected for p, r, i, _x, _y in vertices])
        if self._press is not None and self._box_end is not None:
            draw_box(painter, QPointF(self._press.px, self._press.py),
                     QPointF(self._box_end.px, self._box_end.py))
        self.paint_problem(painter)


def _on_edge(geom, part: int, ring: int, index: int, x: float, y: float) -> XY:
    """The point of edge ``index`` (to ``index + 1``) of a ring nearest to (x, y), so that
    a new corner does not change the boundary."""
    polygon = geom.geoms[part] if hasattr(geom, "geoms") else geom
    line = polygon.exterior if ring == 0 else polygon.interiors[ring - 1]
    coords = list(line.coords)
    (ax, ay), (bx, by) = coords[index][:2], coords[index + 1][:2]
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
    return (ax + t * dx, ay + t * dy)
