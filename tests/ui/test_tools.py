"""Map tools driven by synthetic map events, without showing a window."""

from __future__ import annotations

import shapely
from PySide6.QtCore import Qt

from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.map_canvas import MapCanvas
from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.pan import PanTool
from metkasekor_desktop.ui.tools.select import SelectTool


def _canvas(qtbot, demo_project) -> MapCanvas:
    with Project.open(demo_project) as project:
        table = project.plots.load_table()
    layers = LayerList()
    layers.append(PlotLayer(table, 32648))
    canvas = MapCanvas(layers)
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.zoom_to_all()
    return canvas


def _event(canvas: MapCanvas, x: float, y: float, modifiers=Qt.KeyboardModifier.NoModifier):
    px, py = canvas.viewport.map_to_pixel(x, y)
    return MapMouseEvent(x, y, float(px), float(py), Qt.MouseButton.LeftButton,
                         Qt.MouseButton.LeftButton, modifiers)


def test_select_tool_selects_toggles_and_clears(qtbot, demo_project):
    canvas = _canvas(qtbot, demo_project)
    tool = canvas.tools.add(SelectTool(canvas))
    canvas.tools.activate("select")
    layer = canvas.plot_layer
    a, b = (int(i) for i in layer.table.ids[:2])
    pa = shapely.point_on_surface(layer.map_geometries()[layer.index_of(a)])
    pb = shapely.point_on_surface(layer.map_geometries()[layer.index_of(b)])
    canvas.zoom_to_extent(layer.plot_extent([a, b]))
    tool.release(_event(canvas, pa.x, pa.y))
    assert layer.selected == (a,)
    ctrl = Qt.KeyboardModifier.ControlModifier
    tool.release(_event(canvas, pb.x, pb.y, ctrl))
    assert layer.selected == (a, b)
    tool.release(_event(canvas, pa.x, pa.y, ctrl))
    assert layer.selected == (b,)
    xmin, ymin, _, _ = canvas.layers.extent()
    tool.release(_event(canvas, xmin - 50_000, ymin - 50_000))
    assert layer.selected == ()


def test_pan_tool_moves_the_view_by_the_drag(qtbot, demo_project):
    canvas = _canvas(qtbot, demo_project)
    tool = canvas.tools.add(PanTool(canvas))
    canvas.tools.activate("pan")
    start = canvas.viewport
    x, y = start.center_x, start.center_y
    tool.press(_event(canvas, x, y))
    e = _event(canvas, x, y)
    moved = MapMouseEvent(x, y, e.px + 40, e.py - 30)
    tool.move(moved)
    tool.release(moved)
    assert canvas.viewport.center_x == start.center_x - 40 * start.units_per_pixel
    assert canvas.viewport.center_y == start.center_y - 30 * start.units_per_pixel


def test_only_one_tool_is_active(qtbot, demo_project):
    canvas = _canvas(qtbot, demo_project)
    pan = canvas.tools.add(PanTool(canvas))
    select = canvas.tools.add(SelectTool(canvas))
    canvas.tools.activate("pan")
    select.action.trigger()
    assert canvas.tools.active is select
    assert select.action.isChecked() and not pan.action.isChecked()
