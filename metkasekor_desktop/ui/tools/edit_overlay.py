"""What the editing tools share: a base class wired to the plot editor (the plot worked
on, snapping, the N key, clicks told from drags), a sketch of clicked points, and the
drawing of rubber bands, vertex handles, the snap marker and the live measure label.

Everything is drawn in widget pixels from map coordinates through the canvas viewport, so
the tools keep their state in map units and the overlay follows every pan and zoom.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import shapely
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from shapely.geometry import LineString, Polygon

from metkasekor_desktop.domain.errors import DomainError, GeometryError
from metkasekor_desktop.domain.geometry import M2_PER_HA, METRIC_EPSG, transform
from metkasekor_desktop.ui.tools.base import MapMouseEvent, MapTool

if TYPE_CHECKING:
    from metkasekor_desktop.layers.viewport import Viewport

XY = tuple[float, float]

BAND_COLOUR = QColor(230, 80, 20)
BAND_FILL = QColor(230, 80, 20, 45)
PREVIEW_COLOUR = QColor(20, 110, 200)
HANDLE_COLOUR = QColor(255, 255, 255)
SELECTED_HANDLE_COLOUR = QColor(230, 40, 40)
SNAP_COLOUR = QColor(210, 0, 160)
PROBLEM_COLOUR = QColor(220, 0, 0)
HANDLE_PX = 7.0  # side of a vertex handle
PICK_PX = 6.0  # how near a click must be to a handle or an edge to grab it
CLICK_PX = 4.0  # a press and release further apart than this are a drag
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# the keys of a line or ring being drawn: cancel, remove the last point, end it
SKETCH_KEYS = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_Backspace, *ENTER_KEYS})


def dragged(start: MapMouseEvent, end: MapMouseEvent) -> bool:
    """True when the pointer went further between the two events than a click allows."""
    return abs(end.px - start.px) > CLICK_PX or abs(end.py - start.py) > CLICK_PX


# --- measuring ---------------------------------------------------------------------------
def measure(points: Sequence[XY], map_epsg: int) -> tuple[float, float]:
    """Area (ha) and perimeter (m) of the ring through ``points`` (closed back to the
    first point), measured in UTM 48N whatever the map CRS. Two points: the length only."""
    if len(points) < 2:
        return 0.0, 0.0
    if len(points) == 2:
        line = transform(LineString(points), map_epsg, METRIC_EPSG)
        return 0.0, float(line.length)
    ring = transform(Polygon(points), map_epsg, METRIC_EPSG)
    return float(shapely.area(ring)) / M2_PER_HA, float(ring.exterior.length)


def measure_text(tool: MapTool, area_ha: float, perimeter_m: float) -> str:
    return tool.tr("{area} ha, {perimeter} m").format(area=f"{area_ha:.2f}",
                                                      perimeter=f"{perimeter_m:,.0f}")


# --- the base of the editing tools -------------------------------------------------------
class EditMapTool(MapTool):
    """A tool that edits plots through ``canvas.editor``.

    ``problem`` carries a DomainError (GeometryError: ``location`` in map coordinates) for
    the window to show; ``status_changed`` carries the new :meth:`status_hint` whenever the
    tool expects something else next. A press and release close together call
    :meth:`clicked`; the release that ends a double-click is swallowed.
    """

    problem = Signal(object)
    status_changed = Signal(str)

    def __init__(self, canvas, text: str, shortcut: str, tip: str) -> None:
        super().__init__(canvas, text, shortcut, tip)
        self.cursor = Qt.CursorShape.CrossCursor
        self._press: MapMouseEvent | None = None
        self.problem_at: XY | None = None  # drawn as a red ring until the next change

    @property
    def editor(self) -> Any:
        return getattr(self.canvas, "editor", None)

    @property
    def units_per_pixel(self) -> float:
        return self.canvas.viewport.units_per_pixel

    def plot_geometry(self, plot_id: int | None):
        """A plot's shape in map coordinates as the layer holds it now (None when it is
        gone): the tools keep no copy, so undo, redo and edits elsewhere show at once."""
        layer = self.canvas.plot_layer
        if plot_id is None or layer is None:
            return None
        try:
            return layer.map_geometries()[layer.index_of(plot_id)]
        except (KeyError, IndexError):
            return None

    def select_plot(self, plot_id: int | None) -> None:
        """Select the plot a tool works on, so the table and the map show which it is."""
        layer = self.canvas.plot_layer
        if plot_id is not None and layer is not None:
            layer.select([plot_id])

    def snap(self, event: MapMouseEvent, exclude: Iterable[int] = ()) -> tuple[float, float,
                                                                              Any]:
        """The event's point snapped onto existing plots, unless snapping is off, Shift is
        held or there is no editor: then the point itself and no snap result."""
        editor = self.editor
        if (editor is None or not editor.settings.snapping
                or event.modifiers & Qt.KeyboardModifier.ShiftModifier):
            return event.x, event.y, None
        return editor.snap(event.x, event.y, self.units_per_pixel, tuple(exclude))

    def toggle_snapping(self) -> None:
        editor = self.editor
        if editor is not None:
            editor.settings = replace(editor.settings, snapping=not editor.settings.snapping)
            self.changed()

    def snapping_text(self) -> str:
        editor = self.editor
        if editor is None or editor.settings.snapping:
            return self.tr("Snapping on (N turns it off, Shift skips it once).")
        return self.tr("Snapping off (N turns it on).")

    def add_vertex(self, sketch: Sketch, event: MapMouseEvent) -> bool:
        """Add the (snapped) point of a click to a sketch; True when it was added.

        A double-click may arrive alone or after the click of its first press: its point
        is added unless that click already put a vertex there."""
        x, y, snap = self.snap(event)
        sketch.hover(x, y, snap)
        if not sketch.add(x, y, CLICK_PX * self.units_per_pixel):
            return False
        self.problem_at = None
        return True

    def report(self, error: DomainError) -> None:
        """Hand an error to the window, and remember where to mark it on the map."""
        self.problem_at = getattr(error, "location", None) if isinstance(
            error, GeometryError) else None
        self.canvas.update()
        self.problem.emit(error)

    def attempt(self, action: Callable[..., Any], *args: Any, refresh: bool = True
                ) -> tuple[bool, Any]:
        """Run an editor call; a DomainError becomes a ``problem`` and changes nothing.
        ``refresh`` re-renders the map after a call that changed plots."""
        try:
            result = action(*args)
        except DomainError as error:
            self.report(error)
            return False, None
        self.problem_at = None
        if refresh:
            self.canvas.refresh()
        return True, result

    def changed(self) -> None:
        """The tool's state changed: repaint and announce what it expects next."""
        self.canvas.update()
        self.status_changed.emit(self.status_hint())

    # --- keys the tool needs --------------------------------------------------------------
    def claimed_keys(self) -> set[int]:
        """Keys the tool uses in its present state: they reach :meth:`key_press` even when
        a window action has them as its shortcut (P for Pan while drawing a part...)."""
        return {Qt.Key.Key_N}

    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """N turns snapping on or off; a subclass handles its own keys first."""
        if key == Qt.Key.Key_N:
            self.toggle_snapping()
            return True
        return False

    def activate(self) -> None:
        super().activate()
        self.canvas.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (watched is self.canvas and event.type() == QEvent.Type.ShortcutOverride
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and event.key() in self.claimed_keys()):
            event.accept()
            return True
        return False

    # --- clicks ------------------------------------------------------------------------
    def press(self, event: MapMouseEvent) -> bool:
        if event.button != Qt.MouseButton.LeftButton:
            return False
        self._press = event
        return True

    def release(self, event: MapMouseEvent) -> bool:
        press, self._press = self._press, None
        if press is None or event.button != Qt.MouseButton.LeftButton:
            return False
        if dragged(press, event):
            return False
        return self.clicked(event)

    def double_click(self, event: MapMouseEvent) -> bool:
        self._press = None
        if event.button != Qt.MouseButton.LeftButton:
            return False
        return self.double_clicked(event)

    def clicked(self, event: MapMouseEvent) -> bool:
        return False

    def double_clicked(self, event: MapMouseEvent) -> bool:
        return False

    def deactivate(self) -> None:
        """Subclasses forget their drawing first, then call this, which repaints."""
        self.canvas.removeEventFilter(self)
        self._press = None
        self.problem_at = None
        super().deactivate()
        self.canvas.update()

    def paint_problem(self, painter: QPainter) -> None:
        if self.problem_at is not None:
            draw_problem_marker(painter, self.canvas.viewport, self.problem_at)


# --- a line or ring being clicked --------------------------------------------------------
class Sketch:
    """Points clicked so far (map units), the cursor and its snap, for rubber bands."""

    def __init__(self) -> None:
        self.points: list[XY] = []
        self.cursor: XY | None = None
        self.cursor_snap: Any = None

    def __len__(self) -> int:
        return len(self.points)

    def add(self, x: float, y: float, min_distance: float = 0.0) -> bool:
        """Add a vertex; a click on (or within ``min_distance`` of) the last vertex adds
        nothing, so the second click of a double-click is not a second vertex."""
        if self.points:
            lx, ly = self.points[-1]
            if (lx, ly) == (x, y) or ((lx - x) ** 2 + (ly - y) ** 2) ** 0.5 <= min_distance:
                return False
        self.points.append((x, y))
        return True

    def pop(self) -> XY | None:
        return self.points.pop() if self.points else None

    def hover(self, x: float, y: float, snap: Any) -> None:
        self.cursor, self.cursor_snap = (x, y), snap

    def clear(self) -> None:
        self.points.clear()
        self.cursor = self.cursor_snap = None

    def with_cursor(self) -> list[XY]:
        return self.points + ([self.cursor] if self.cursor is not None else [])


# --- drawing -----------------------------------------------------------------------------
def to_pixels(viewport: Viewport, points: Sequence[XY]) -> list[QPointF]:
    if not points:
        return []
    xs, ys = viewport.map_to_pixel([p[0] for p in points], [p[1] for p in points])
    return [QPointF(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]


def geometry_path(viewport: Viewport, geom) -> QPainterPath:
    """A QPainterPath (odd-even filled) of a polygonal map-CRS shape, in pixels."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    if geom is None or geom.is_empty:
        return path
    for polygon in getattr(geom, "geoms", [geom]):
        for ring in [polygon.exterior, *polygon.interiors]:
            pts = to_pixels(viewport, list(ring.coords))
            if pts:
                path.moveTo(pts[0])
                for p in pts[1:]:
                    path.lineTo(p)
                path.closeSubpath()
    return path


def draw_rubber_band(painter: QPainter, viewport: Viewport, points: Sequence[XY], *,
                     closed: bool, filled: bool = True) -> None:
    """The lines through the points (and back to the first when ``closed``)."""
    pts = to_pixels(viewport, points)
    if len(pts) < 2:
        return
    painter.save()
    painter.setPen(QPen(BAND_COLOUR, 2.0))
    if closed and filled and len(pts) >= 3:
        painter.setBrush(QBrush(BAND_FILL))
        painter.drawPolygon(QPolygonF(pts))
    elif closed:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF(pts))
    else:
        painter.drawPolyline(QPolygonF(pts))
    painter.restore()


def draw_sketch(painter: QPainter, viewport: Viewport, sketch: Sketch, *,
                closed: bool) -> list[XY]:
    """A sketch as it is drawn: the rubber band through its points and the cursor, the
    vertex handles and the snap marker. Returns the band (points and cursor)."""
    band = sketch.with_cursor()
    draw_rubber_band(painter, viewport, band, closed=closed)
    draw_handles(painter, viewport, sketch.points)
    draw_snap_marker(painter, viewport, sketch.cursor_snap)
    return band


def draw_shape(painter: QPainter, viewport: Viewport, geom, *, dashed: bool,
               colour: QColor = PREVIEW_COLOUR) -> None:
    """A whole polygonal shape: the dashed preview of a result, or a finished ring."""
    painter.save()
    pen = QPen(colour, 2.0, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    fill = QColor(colour)
    fill.setAlpha(40)
    painter.setBrush(QBrush(fill))
    painter.drawPath(geometry_path(viewport, geom))
    painter.restore()


def draw_handles(painter: QPainter, viewport: Viewport, points: Sequence[XY],
                 selected: Sequence[bool] | None = None) -> None:
    """Square vertex handles; selected ones filled red."""
    painter.save()
    painter.setPen(QPen(QColor(40, 40, 40), 1.0))
    half = HANDLE_PX / 2
    for n, p in enumerate(to_pixels(viewport, points)):
        on = selected is not None and selected[n]
        painter.setBrush(QBrush(SELECTED_HANDLE_COLOUR if on else HANDLE_COLOUR))
        painter.drawRect(QRectF(p.x() - half, p.y() - half, HANDLE_PX, HANDLE_PX))
    painter.restore()


def draw_snap_marker(painter: QPainter, viewport: Viewport, snap: Any) -> None:
    """A square on a snapped vertex, a cross on a snapped edge."""
    if snap is None:
        return
    (p,) = to_pixels(viewport, [(snap.x, snap.y)])
    painter.save()
    painter.setPen(QPen(SNAP_COLOUR, 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = 6.0
    if snap.kind == "vertex":
        painter.drawRect(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r))
    else:
        painter.drawLine(QPointF(p.x() - r, p.y() - r), QPointF(p.x() + r, p.y() + r))
        painter.drawLine(QPointF(p.x() - r, p.y() + r), QPointF(p.x() + r, p.y() - r))
    painter.restore()


def draw_label(painter: QPainter, viewport: Viewport, at: XY, text: str) -> None:
    """A small boxed label just right of and below a map point (the cursor)."""
    if not text:
        return
    (p,) = to_pixels(viewport, [at])
    painter.save()
    metrics = QFontMetricsF(painter.font())
    box = metrics.boundingRect(text).adjusted(-4, -2, 4, 2)
    box.moveTopLeft(QPointF(p.x() + 14, p.y() + 14))
    painter.setPen(QPen(QColor(60, 60, 60), 1.0))
    painter.setBrush(QBrush(QColor(255, 255, 240, 230)))
    painter.drawRect(box)
    painter.setPen(QColor(20, 20, 20))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def draw_box(painter: QPainter, start: QPointF, end: QPointF) -> None:
    """The dashed rectangle of a box selection, in pixels."""
    painter.save()
    painter.setPen(QPen(PREVIEW_COLOUR, 1.0, Qt.PenStyle.DashLine))
    painter.setBrush(QBrush(QColor(20, 110, 200, 30)))
    painter.drawRect(QRectF(start, end).normalized())
    painter.restore()


def draw_problem_marker(painter: QPainter, viewport: Viewport, at: XY) -> None:
    (p,) = to_pixels(viewport, [at])
    painter.save()
    painter.setPen(QPen(PROBLEM_COLOUR, 3.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(p, 10.0, 10.0)
    painter.restore()
