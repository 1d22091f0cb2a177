"""The editing map tools, driven by synthetic map events on a canvas that is never shown
(and one end-to-end test clicking on a real canvas)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter
from PySide6.QtTest import QTest
from shapely.geometry import LineString, Polygon, box

from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.domain.vertex_edits import vertex_list
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.viewport import Viewport
from metkasekor_desktop.ui.map_canvas import MapCanvas
from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.draw_plot import DrawPlotTool, Mode
from metkasekor_desktop.ui.tools.edit_overlay import (
    HANDLE_COLOUR,
    SELECTED_HANDLE_COLOUR,
    measure,
)
from metkasekor_desktop.ui.tools.move_plot import MovePlotTool
from metkasekor_desktop.ui.tools.reshape import ReshapeTool
from metkasekor_desktop.ui.tools.split_plot import SplitPlotTool
from metkasekor_desktop.ui.tools.vertex_edit import VertexEditTool

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
EPSG = 32648
# Empty land east of every demo plot, in Cambodia (UTM 48N metres).
EMPTY = (530_000.0, 1_450_000.0)


@pytest.fixture
def canvas(qtbot, session):
    layers = LayerList()
    layers.append(session.layer)
    canvas = MapCanvas(layers)
    qtbot.addWidget(canvas)
    canvas.set_session(session)
    yield canvas
    canvas.stop_rendering()


def _view(canvas: MapCanvas, x: float, y: float, units_per_pixel: float) -> None:
    canvas.set_viewport(Viewport(x, y, units_per_pixel, 800, 600))


def _event(canvas, x, y, modifiers=NONE) -> MapMouseEvent:
    px, py = canvas.viewport.map_to_pixel(x, y)
    return MapMouseEvent(x, y, float(px), float(py), LEFT, LEFT, modifiers)


def _pixel_event(canvas, px, py, modifiers=NONE) -> MapMouseEvent:
    x, y = canvas.viewport.pixel_to_map(px, py)
    return MapMouseEvent(x, y, px, py, LEFT, LEFT, modifiers)


def _click(tool, event) -> None:
    tool.move(event)
    tool.press(event)
    tool.release(event)


def _double_click(tool, event) -> None:
    """What Qt delivers for a double-click: press, release, double-click, release."""
    tool.press(event)
    tool.release(event)
    tool.double_click(event)
    tool.release(event)


def _key(tool, key) -> bool:
    return tool.key_press(key, NONE)


def _use(canvas, tool_class):
    tool = canvas.tools.add(tool_class(canvas))
    canvas.tools.activate(tool.name)
    return tool


def _no_snapping(canvas) -> None:
    canvas.editor.settings = replace(canvas.editor.settings, snapping=False)


def _square(x0, y0, size=100.0):
    return [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size)]


def _geometry(canvas, plot_id):
    layer = canvas.plot_layer
    return layer.map_geometries()[layer.index_of(plot_id)]


def _first_plot(canvas):
    layer = canvas.plot_layer
    plot_id = int(layer.table.ids[0])
    geom = _geometry(canvas, plot_id)
    c = geom.centroid
    _view(canvas, c.x, c.y, 0.25)
    return plot_id, geom


# --- drawing ------------------------------------------------------------------------------
def test_a_drawn_100_m_square_is_one_hectare(canvas):
    tool = _use(canvas, DrawPlotTool)
    finished = []
    tool.shape_finished.connect(finished.append)
    x0, y0 = EMPTY
    _view(canvas, x0 + 50, y0 + 50, 0.5)
    corners = _square(x0, y0)
    for x, y in corners:
        _click(tool, _event(canvas, x, y))
    assert tool.sketch.points == corners
    assert _key(tool, Qt.Key.Key_Return)  # closes the ring
    assert tool.mode is Mode.SHAPE and not finished
    assert _key(tool, Qt.Key.Key_Return)  # ends the shape
    assert len(finished) == 1
    assert finished[0].area_ha == pytest.approx(1.0, rel=1e-6)
    assert finished[0].geometry_map.equals(box(x0, y0, x0 + 100, y0 + 100))
    assert tool.mode is Mode.PREVIEW and tool.prepared is finished[0]
    tool.clear()
    assert not tool.drawing and tool.prepared is None


def test_double_click_closes_the_ring_and_ends_the_shape(canvas):
    tool = _use(canvas, DrawPlotTool)
    finished = []
    tool.shape_finished.connect(finished.append)
    x0, y0 = EMPTY
    _view(canvas, x0 + 50, y0 + 50, 0.5)
    *first, last = _square(x0, y0, 50.0)
    for x, y in first:
        _click(tool, _event(canvas, x, y))
    _double_click(tool, _event(canvas, *last))
    assert tool.parts == [[_square(x0, y0, 50.0)]]  # the double-clicked corner once
    _double_click(tool, _event(canvas, x0 + 200, y0 + 200))
    assert len(finished) == 1
    assert finished[0].area_ha == pytest.approx(0.25, rel=1e-6)


def test_the_live_label_measures_the_ring_with_the_cursor(canvas):
    tool = _use(canvas, DrawPlotTool)
    x0, y0 = EMPTY
    _view(canvas, x0 + 50, y0 + 50, 0.5)
    _click(tool, _event(canvas, x0, y0))
    _click(tool, _event(canvas, x0 + 100, y0))
    tool.move(_event(canvas, x0 + 100, y0 + 100))
    area, perimeter = measure(tool.sketch.with_cursor(), EPSG)
    assert area == pytest.approx(0.5)
    assert perimeter == pytest.approx(200 + 100 * 2**0.5)
    assert tool.live_measure() == "0.50 ha, 341 m"


def test_backspace_removes_the_last_vertex_and_esc_clears(canvas):
    tool = _use(canvas, DrawPlotTool)
    x0, y0 = EMPTY
    _view(canvas, x0 + 50, y0 + 50, 0.5)
    corners = _square(x0, y0)
    for x, y in corners[:3]:
        _click(tool, _event(canvas, x, y))
    assert _key(tool, Qt.Key.Key_Backspace)
    assert tool.sketch.points == corners[:2]
    for x, y in corners[2:]:
        _click(tool, _event(canvas, x, y))
    assert tool.sketch.points == corners
    assert _key(tool, Qt.Key.Key_Escape)
    assert not tool.drawing and tool.sketch.points == []
    assert not _key(tool, Qt.Key.Key_Escape)  # nothing left to cancel: the key passes on


def test_a_hole_and_a_second_part(canvas):
    tool = _use(canvas, DrawPlotTool)
    finished = []
    tool.shape_finished.connect(finished.append)
    x0, y0 = EMPTY
    _view(canvas, x0 + 100, y0 + 50, 0.5)
    for x, y in _square(x0, y0):
        _click(tool, _event(canvas, x, y))
    _key(tool, Qt.Key.Key_Return)
    assert _key(tool, Qt.Key.Key_H)
    for x, y in _square(x0 + 40, y0 + 40, 20.0):
        _click(tool, _event(canvas, x, y))
    _key(tool, Qt.Key.Key_Return)
    assert _key(tool, Qt.Key.Key_P)
    for x, y in _square(x0 + 150, y0, 50.0):
        _click(tool, _event(canvas, x, y))
    _key(tool, Qt.Key.Key_Return)
    assert _key(tool, Qt.Key.Key_H) and _key(tool, Qt.Key.Key_Backspace)  # changed my mind
    assert tool.mode is Mode.SHAPE and len(tool.parts) == 2
    _key(tool, Qt.Key.Key_Return)
    assert len(finished) == 1
    shape = finished[0].geometry_map
    assert len(shape.geoms) == 2
    assert finished[0].area_ha == pytest.approx(1.0 - 0.04 + 0.25, rel=1e-6)


def test_a_hole_outside_the_plot_is_refused_where_it_is(canvas):
    tool = _use(canvas, DrawPlotTool)
    problems = []
    tool.problem.connect(problems.append)
    x0, y0 = EMPTY
    _view(canvas, x0 + 50, y0 + 50, 0.5)
    for x, y in _square(x0, y0):
        _click(tool, _event(canvas, x, y))
    _key(tool, Qt.Key.Key_Return)
    _key(tool, Qt.Key.Key_H)
    for x, y in [(x0 + 10, y0 + 10), (x0 + 150, y0 + 10), (x0 + 10, y0 + 50)]:
        _click(tool, _event(canvas, x, y))
    _key(tool, Qt.Key.Key_Return)
    assert len(problems) == 1
    assert problems[0].location == (x0 + 150, y0 + 10)
    assert tool.mode is Mode.HOLE and len(tool.sketch.points) == 3  # kept to fix


def test_a_bow_tie_is_a_problem_marked_at_the_crossing(canvas):
    tool = _use(canvas, DrawPlotTool)
    problems, finished = [], []
    tool.problem.connect(problems.append)
    tool.shape_finished.connect(finished.append)
    x0, y0 = EMPTY
    _view(canvas, x0 + 50, y0 + 50, 0.5)
    bow_tie = [(x0, y0), (x0 + 100, y0 + 100), (x0 + 100, y0), (x0, y0 + 100)]
    for x, y in bow_tie:
        _click(tool, _event(canvas, x, y))
    _key(tool, Qt.Key.Key_Return)
    _key(tool, Qt.Key.Key_Return)
    assert not finished and len(problems) == 1
    error = problems[0]
    assert isinstance(error, GeometryError) and str(error)
    assert error.location is not None
    assert np.hypot(error.location[0] - (x0 + 50), error.location[1] - (y0 + 50)) < 1.0
    assert tool.problem_at == error.location
    # The drawing is kept: Backspace reopens the ring without its last corner.
    assert tool.parts == [[bow_tie]]
    _key(tool, Qt.Key.Key_Backspace)
    assert tool.mode is Mode.OUTER and tool.sketch.points == bow_tie[:3]


def test_fewer_than_three_corners_is_a_problem(canvas):
    tool = _use(canvas, DrawPlotTool)
    problems = []
    tool.problem.connect(problems.append)
    x0, y0 = EMPTY
    _view(canvas, x0, y0, 0.5)
    _click(tool, _event(canvas, x0, y0))
    _double_click(tool, _event(canvas, x0 + 50, y0))
    assert len(problems) == 1 and tool.mode is Mode.OUTER


# --- snapping ------------------------------------------------------------------------------
def test_a_click_3_px_from_a_neighbours_vertex_snaps_onto_it(canvas):
    tool = _use(canvas, DrawPlotTool)
    _, geom = _first_plot(canvas)
    _, _, _, vx, vy = vertex_list(geom)[1]
    px, py = canvas.viewport.map_to_pixel(vx, vy)
    _click(tool, _pixel_event(canvas, float(px) + 3, float(py)))
    assert tool.sketch.points == [(vx, vy)]
    assert tool.sketch.cursor_snap.kind == "vertex"
    # Shift skips snapping once.
    off = _pixel_event(canvas, float(px) + 3, float(py) - 40, SHIFT)
    _click(tool, off)
    assert tool.sketch.points[-1] == (off.x, off.y)


def test_n_toggles_snapping_and_says_so(canvas):
    tool = _use(canvas, DrawPlotTool)
    hints = []
    tool.status_changed.connect(hints.append)
    _, geom = _first_plot(canvas)
    _, _, _, vx, vy = vertex_list(geom)[1]
    px, py = canvas.viewport.map_to_pixel(vx, vy)
    assert _key(tool, Qt.Key.Key_N)
    assert canvas.editor.settings.snapping is False
    assert "Snapping off" in hints[-1] and "Snapping off" in tool.status_hint()
    near = _pixel_event(canvas, float(px) + 3, float(py))
    _click(tool, near)
    assert tool.sketch.points == [(near.x, near.y)]
    _key(tool, Qt.Key.Key_N)
    assert canvas.editor.settings.snapping is True


def test_an_overlapping_draw_is_clipped_off_the_neighbours(canvas):
    tool = _use(canvas, DrawPlotTool)
    finished = []
    tool.shape_finished.connect(finished.append)
    _no_snapping(canvas)
    _, geom = _first_plot(canvas)
    xmin, ymin, xmax, ymax = geom.bounds
    square = _square(xmax - 30.0, ymin + 20.0)
    _view(canvas, xmax + 20, ymin + 70, 0.5)
    for x, y in square:
        _click(tool, _event(canvas, x, y))
    _key(tool, Qt.Key.Key_Return)
    _key(tool, Qt.Key.Key_Return)
    assert len(finished) == 1
    drawn = Polygon(square)
    plots = shapely.union_all(canvas.plot_layer.map_geometries())
    overlap = drawn.intersection(plots).area
    assert overlap > 100.0  # the test draws over a plot indeed
    prepared = finished[0]
    assert prepared.area_ha == pytest.approx((drawn.area - overlap) / 10_000, abs=1e-4)
    assert prepared.removed_ha == pytest.approx(overlap / 10_000, abs=1e-4)
    assert prepared.geometry_map.intersection(plots).area < 0.01
    assert prepared.warnings  # the officer is told it was clipped


# --- vertex editing ------------------------------------------------------------------------
def test_a_vertex_drag_is_one_change_and_one_undo_restores_it_exactly(canvas):
    tool = _use(canvas, VertexEditTool)
    _no_snapping(canvas)
    plot_id, geom = _first_plot(canvas)
    layer, editor = canvas.plot_layer, canvas.editor
    stored_before = layer.table.geometries[layer.index_of(plot_id)].wkb
    c = geom.centroid
    _click(tool, _event(canvas, c.x, c.y))
    assert tool.plot_id == plot_id
    _, _, _, vx, vy = vertex_list(geom)[1]
    target = (vx + 0.2 * (c.x - vx), vy + 0.2 * (c.y - vy))
    tool.press(_event(canvas, vx, vy))
    tool.move(_event(canvas, (vx + target[0]) / 2, (vy + target[1]) / 2))
    tool.move(_event(canvas, *target))
    tool.release(_event(canvas, *target))
    moved = vertex_list(_geometry(canvas, plot_id))[1]
    assert moved[3:] == pytest.approx(target, abs=1e-6)
    assert len(editor.stack.commands) == 1
    editor.undo()
    assert layer.table.geometries[layer.index_of(plot_id)].wkb == stored_before
    assert vertex_list(_geometry(canvas, plot_id))[1][3:] == pytest.approx((vx, vy), abs=1e-6)


def test_select_vertices_and_delete_them(canvas):
    tool = _use(canvas, VertexEditTool)
    plot_id, geom = _first_plot(canvas)
    _click(tool, _event(canvas, geom.centroid.x, geom.centroid.y))
    vertices = vertex_list(geom)
    assert len(vertices) == 5
    _click(tool, _event(canvas, *vertices[1][3:]))
    assert tool.selected == {vertices[1][:3]}
    _click(tool, _event(canvas, *vertices[3][3:], SHIFT))
    assert tool.selected == {vertices[1][:3], vertices[3][:3]}
    assert _key(tool, Qt.Key.Key_Delete)
    left = [v[3:] for v in vertex_list(_geometry(canvas, plot_id))]
    expected = [vertices[i][3:] for i in (0, 2, 4)]
    assert np.ravel(left) == pytest.approx(np.ravel(expected), abs=1e-6)


def test_a_box_drag_selects_the_vertices_inside(canvas):
    tool = _use(canvas, VertexEditTool)
    plot_id, geom = _first_plot(canvas)
    _click(tool, _event(canvas, geom.centroid.x, geom.centroid.y))
    key, *_, vx, vy = vertex_list(geom)[2]
    start = _event(canvas, vx - 5, vy - 5)
    end = _event(canvas, vx + 5, vy + 5)
    tool.press(start)
    tool.move(end)
    tool.release(end)
    assert tool.selected == {vertex_list(geom)[2][:3]}
    assert _key(tool, Qt.Key.Key_Escape)  # leaves the plot
    assert tool.plot_id is None


def test_double_click_on_an_edge_adds_a_vertex_without_changing_the_area(canvas):
    tool = _use(canvas, VertexEditTool)
    plot_id, geom = _first_plot(canvas)
    _click(tool, _event(canvas, geom.centroid.x, geom.centroid.y))
    (_, _, _, ax, ay), (_, _, _, bx, by) = vertex_list(geom)[:2]
    _double_click(tool, _event(canvas, (ax + bx) / 2 + 0.2, (ay + by) / 2))
    after = _geometry(canvas, plot_id)
    assert len(vertex_list(after)) == len(vertex_list(geom)) + 1
    assert after.area == pytest.approx(geom.area, rel=1e-6)
    assert len(canvas.editor.stack.commands) == 1


# --- move, split, reshape -------------------------------------------------------------------
def test_drag_moves_a_plot(canvas):
    tool = _use(canvas, MovePlotTool)
    canvas.editor.settings = replace(canvas.editor.settings, avoid_overlaps=False)
    plot_id, geom = _first_plot(canvas)
    inside = geom.representative_point()
    tool.press(_event(canvas, inside.x, inside.y))
    tool.move(_event(canvas, inside.x + 15, inside.y - 5))
    tool.release(_event(canvas, inside.x + 30, inside.y - 20))
    moved = _geometry(canvas, plot_id)
    expected = shapely.transform(geom, lambda c: c + (30.0, -20.0))
    assert moved.equals_exact(expected, 1e-4)
    assert len(canvas.editor.stack.commands) == 1
    canvas.editor.undo()
    assert _geometry(canvas, plot_id).equals_exact(geom, 1e-6)


def test_a_click_without_a_drag_moves_nothing(canvas):
    tool = _use(canvas, MovePlotTool)
    plot_id, geom = _first_plot(canvas)
    inside = geom.representative_point()
    tool.press(_event(canvas, inside.x, inside.y))
    tool.release(_event(canvas, inside.x, inside.y))
    assert canvas.editor.stack.commands == []


def test_split_along_a_line_gives_two_plots_whose_areas_add_up(canvas):
    tool = _use(canvas, SplitPlotTool)
    _no_snapping(canvas)
    plot_id, geom = _first_plot(canvas)
    layer = canvas.plot_layer
    area_before = float(layer.table.areas_ha[layer.index_of(plot_id)])
    requests, results = [], []
    tool.split_requested.connect(lambda pid, line: requests.append((pid, line)))
    tool.split_requested.connect(
        lambda pid, line: results.append(canvas.editor.split(pid, line, False)))
    inside = geom.representative_point()
    _click(tool, _event(canvas, inside.x, inside.y))
    assert tool.plot_id == plot_id
    xmin, ymin, xmax, ymax = geom.bounds
    cx = (xmin + xmax) / 2
    _click(tool, _event(canvas, cx, ymin - 10))
    _double_click(tool, _event(canvas, cx, ymax + 10))
    assert len(requests) == 1
    assert requests[0][0] == plot_id
    assert list(requests[0][1].coords) == [(cx, ymin - 10), (cx, ymax + 10)]
    (a, b), = results
    areas = [float(layer.table.areas_ha[layer.index_of(i)]) for i in (a, b)]
    assert a == plot_id and b != plot_id
    assert sum(areas) == pytest.approx(area_before, rel=1e-6)
    assert min(areas) > 0.1 * area_before
    assert tool.plot_id is None and tool.sketch.points == []


def test_reshape_cuts_a_triangle_off_the_boundary(canvas):
    tool = _use(canvas, ReshapeTool)
    plot_id, geom = _first_plot(canvas)
    (_, _, _, ax, ay), (_, _, _, bx, by) = vertex_list(geom)[:2]
    c = geom.centroid
    mx, my = (ax + bx) / 2, (ay + by) / 2
    d = np.hypot(c.x - mx, c.y - my)
    inner = (mx + (c.x - mx) * 10 / d, my + (c.y - my) * 10 / d)
    _click(tool, _event(canvas, ax + 0.3, ay))  # snaps onto the corner
    assert tool.sketch.points == [(ax, ay)] and tool.plot_id == plot_id
    _click(tool, _event(canvas, *inner, SHIFT))
    _double_click(tool, _event(canvas, bx, by + 0.3))
    triangle = Polygon([(ax, ay), inner, (bx, by)])
    assert _geometry(canvas, plot_id).area == pytest.approx(geom.area - triangle.area,
                                                            abs=0.01)
    assert tool.sketch.points == [] and len(canvas.editor.stack.commands) == 1


def test_reshape_must_start_on_a_plot(canvas):
    tool = _use(canvas, ReshapeTool)
    problems = []
    tool.problem.connect(problems.append)
    x0, y0 = EMPTY
    _view(canvas, x0, y0, 0.5)
    _click(tool, _event(canvas, x0, y0))
    assert len(problems) == 1 and tool.sketch.points == []


def test_the_overlay_draws_the_rubber_band(canvas):
    tool = _use(canvas, DrawPlotTool)
    x0, y0 = EMPTY
    _view(canvas, x0 + 50, y0 + 50, 0.5)
    for x, y in _square(x0, y0)[:3]:
        _click(tool, _event(canvas, x, y))
    tool.move(_event(canvas, x0, y0 + 100))
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    tool.paint_overlay(painter)
    painter.end()
    px, py = canvas.viewport.map_to_pixel(x0 + 50, y0)  # middle of the first side
    assert image.pixelColor(int(px), int(py)) != QColor("white")
    px, py = canvas.viewport.map_to_pixel(x0 + 200, y0 + 200)  # far outside
    assert image.pixelColor(int(px), int(py)) == QColor("white")


def _painted(canvas, tool) -> QImage:
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    tool.paint_overlay(painter)
    painter.end()
    return image


def test_vertex_handles_show_the_selection_and_the_drag(canvas):
    tool = _use(canvas, VertexEditTool)
    _no_snapping(canvas)
    plot_id, geom = _first_plot(canvas)
    _click(tool, _event(canvas, geom.centroid.x, geom.centroid.y))
    vertices = vertex_list(geom)
    _click(tool, _event(canvas, *vertices[1][3:]))
    image = _painted(canvas, tool)
    for n, colour in ((1, SELECTED_HANDLE_COLOUR), (2, HANDLE_COLOUR)):
        px, py = canvas.viewport.map_to_pixel(*vertices[n][3:])
        assert image.pixelColor(int(px) + 1, int(py) + 1) == colour
    # While dragging, the handle follows the cursor and the old place is empty.
    vx, vy = vertices[1][3:]
    tool.press(_event(canvas, vx, vy))
    tool.move(_event(canvas, vx + 5, vy + 5))
    image = _painted(canvas, tool)
    px, py = canvas.viewport.map_to_pixel(vx + 5, vy + 5)
    assert image.pixelColor(int(px) + 1, int(py) + 1) == SELECTED_HANDLE_COLOUR
    px, py = canvas.viewport.map_to_pixel(vx, vy)
    assert image.pixelColor(int(px) + 1, int(py) + 1) != SELECTED_HANDLE_COLOUR
    assert canvas.editor.stack.commands == []  # nothing changes before the release
    assert _key(tool, Qt.Key.Key_Escape)  # cancels the drag, stays on the plot
    assert tool.plot_id == plot_id and canvas.editor.stack.commands == []


@pytest.mark.parametrize("tool_class", [DrawPlotTool, VertexEditTool, MovePlotTool,
                                        SplitPlotTool, ReshapeTool])
def test_every_tool_paints_on_the_canvas_and_has_its_shortcut(canvas, tool_class):
    tool = _use(canvas, tool_class)
    _, geom = _first_plot(canvas)
    inside = geom.representative_point()
    tool.press(_event(canvas, inside.x, inside.y))
    tool.move(_event(canvas, inside.x + 3, inside.y + 3))
    canvas.grab()  # the whole paint event, with the tool's overlay last
    assert tool.action.shortcut().toString() == {
        "draw_plot": "D", "vertex_edit": "V", "move_plot": "M", "split_plot": "K",
        "reshape": "R"}[tool.name]
    assert tool.action.statusTip() and tool.status_hint()


# --- end to end ----------------------------------------------------------------------------
def test_clicking_on_the_real_canvas_draws_a_plot(qtbot, canvas):
    tool = _use(canvas, DrawPlotTool)
    finished = []
    tool.shape_finished.connect(finished.append)
    canvas.resize(800, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    x0, y0 = EMPTY
    viewport = canvas.viewport
    canvas.set_viewport(Viewport(x0 + 50, y0 + 50, 0.5, viewport.width, viewport.height))
    pixels = []
    for x, y in _square(x0, y0):
        px, py = canvas.viewport.map_to_pixel(x, y)
        pixels.append(QPoint(round(float(px)), round(float(py))))
    for pos in pixels[:-1]:
        QTest.mouseClick(canvas, LEFT, NONE, pos)
    QTest.mouseDClick(canvas, LEFT, NONE, pixels[-1])
    assert tool.mode is Mode.SHAPE
    # P starts another part even where a window action has P as its shortcut (Pan).
    pan = QAction("Pan", canvas)
    pan.setShortcut(QKeySequence("P"))
    canvas.addAction(pan)
    triggered = []
    pan.triggered.connect(lambda: triggered.append(True))
    canvas.activateWindow()
    assert QTest.qWaitForWindowActive(canvas)
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_P)
    assert tool.mode is Mode.OUTER and not triggered
    QTest.keyClick(canvas, Qt.Key.Key_Backspace)  # no second part after all
    assert tool.mode is Mode.SHAPE
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert len(finished) == 1
    corners = [canvas.viewport.pixel_to_map(p.x(), p.y()) for p in pixels]
    assert finished[0].area_ha == pytest.approx(Polygon(corners).area / 10_000, rel=1e-6)
    assert finished[0].area_ha == pytest.approx(1.0, rel=0.02)
    assert LineString(corners).length > 0
