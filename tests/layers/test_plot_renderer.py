"""What the officer sees: the colour of each plot, its holes, opacity and the selection."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import BACKGROUND, render_map
from metkasekor_desktop.layers.plot_geometry import LINE_TO, MOVE_TO
from metkasekor_desktop.layers.plot_renderer import render_plot_layer, render_selection
from metkasekor_desktop.layers.qpath import element_records, path_from_records
from metkasekor_desktop.layers.styles import (
    SELECTION_STROKE,
    CategorizedStyle,
    Symbol,
    role_style,
)
from metkasekor_desktop.layers.viewport import Viewport
from tests.layers.conftest import E0, N0

SIZE = 400
TOLERANCE = 3  # per channel, for rounding in premultiplied ARGB
ROLE_OF = {101: "demonstration", 102: "control", 103: "farmer_field", 104: "farmer_field"}


@pytest.fixture
def layers(plot_layer) -> LayerList:
    lst = LayerList()
    lst.append(plot_layer)
    return lst


@pytest.fixture
def view(plot_layer) -> Viewport:
    return Viewport(0.0, 0.0, 1.0, SIZE, SIZE).fitted(plot_layer.extent())


def rgb(color: QColor) -> tuple[int, int, int]:
    return (color.red(), color.green(), color.blue())


def composite(fill: tuple[int, int, int, int], opacity: float = 1.0) -> tuple[int, ...]:
    """The colour a fill with alpha shows over the map background."""
    alpha = fill[3] / 255 * opacity
    return tuple(
        round(c * alpha + b * (1 - alpha)) for c, b in zip(fill[:3], rgb(BACKGROUND), strict=True)
    )


def pixel_at(image: QImage, view: Viewport, x: float, y: float) -> tuple[int, int, int]:
    px, py = view.map_to_pixel(x, y)
    return rgb(image.pixelColor(math.floor(float(px)), math.floor(float(py))))


def assert_close(actual, expected, tol=TOLERANCE):
    assert all(abs(a - e) <= tol for a, e in zip(actual, expected, strict=True)), (
        f"colour {actual} is not {expected} (+-{tol})"
    )


def fill_of(role: str) -> tuple[int, int, int, int]:
    return role_style().symbols[role].fill


# --- render_map ---------------------------------------------------------------------------


def test_each_plot_shows_its_role_colour(qapp, layers, view, known_plots):
    image = render_map(layers, view, antialias=False)
    assert image is not None
    assert (image.width(), image.height()) == (SIZE, SIZE)
    # The simple squares at their centroids.
    for n, plot_id in enumerate((101, 102)):
        c = known_plots.utm[n].centroid
        assert_close(pixel_at(image, view, c.x, c.y), composite(fill_of(ROLE_OF[plot_id])))
    # Every plot at points well inside it (the holed and two-part plots' centroids are
    # not inside them).
    for plot_id, points in known_plots.inside.items():
        for x, y in points:
            assert_close(pixel_at(image, view, x, y), composite(fill_of(ROLE_OF[plot_id])))


def test_the_roles_are_told_apart(qapp, layers, view, known_plots):
    image = render_map(layers, view, antialias=False)
    colours = {pixel_at(image, view, *known_plots.inside[i][0]) for i in (101, 102, 103)}
    assert len(colours) == 3


def test_a_hole_and_the_gaps_show_the_background(qapp, layers, view, known_plots):
    image = render_map(layers, view, antialias=False)
    assert pixel_at(image, view, *known_plots.hole_centre) == rgb(BACKGROUND)
    assert pixel_at(image, view, E0 + 130, N0 + 430) == rgb(BACKGROUND)  # between parts
    assert pixel_at(image, view, E0 + 300, N0 + 50) == rgb(BACKGROUND)  # between plots


def test_plot_outlines_are_drawn(qapp, layers, view):
    image = render_map(layers, view, antialias=False)
    # Left edge of plot 103, half-way up: the farmer-field outline colour.
    stroke = role_style().symbols["farmer_field"].stroke
    px, py = view.map_to_pixel(E0 + 400, N0 + 100)
    found = [
        rgb(image.pixelColor(math.floor(float(px)) + d, math.floor(float(py)))) for d in (-1, 0, 1)
    ]
    assert any(
        all(abs(a - e) <= TOLERANCE for a, e in zip(c, stroke[:3], strict=True)) for c in found
    ), found


def test_a_hidden_layer_draws_nothing(qapp, layers, view, plot_layer):
    plot_layer.visible = False
    image = render_map(layers, view, antialias=False)
    blank = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    blank.fill(BACKGROUND)
    assert image == blank


def test_half_opacity_lightens_the_plots(qapp, layers, view, plot_layer, known_plots):
    full = render_map(layers, view, antialias=False)
    plot_layer.opacity = 0.5
    half = render_map(layers, view, antialias=False)
    x, y = known_plots.inside[101][0]
    fill = fill_of("demonstration")
    assert pixel_at(half, view, x, y) != pixel_at(full, view, x, y)
    assert_close(pixel_at(half, view, x, y), composite(fill, opacity=0.5))


def test_a_new_style_repaints_the_plots(qapp, layers, view, plot_layer, known_plots):
    red = Symbol((255, 0, 0, 255), (0, 0, 0, 255))
    plot_layer.set_style(
        CategorizedStyle("role", {"control": red}, default=Symbol((0, 0, 255, 255)))
    )
    image = render_map(layers, view, antialias=False)
    assert pixel_at(image, view, *known_plots.inside[102][0]) == (255, 0, 0)
    assert pixel_at(image, view, *known_plots.inside[101][0]) == (0, 0, 255)


def test_plots_outside_the_view_are_not_drawn_and_do_not_break_it(qapp, layers, plot_layer):
    # A view on plot 104's first part only, at 0.25 m per pixel.
    view = Viewport(E0 + 30, N0 + 430, 0.25, SIZE, SIZE)
    image = render_map(layers, view, antialias=True)
    colour = rgb(image.pixelColor(SIZE // 2, SIZE // 2))
    assert_close(colour, composite(fill_of("farmer_field")))


def test_a_cancelled_render_returns_no_image(qapp, layers, view):
    assert render_map(layers, view, cancelled=lambda: True) is None


def test_cancelling_during_the_plot_layer_stops_it(qapp, plot_layer, view):
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        done = render_plot_layer(painter, plot_layer, view, cancelled=lambda: True)
    finally:
        painter.end()
    assert done is False


def test_an_empty_layer_list_renders_the_background(qapp, view):
    image = render_map(LayerList(), view)
    assert rgb(image.pixelColor(10, 10)) == rgb(BACKGROUND)


# --- render_selection --------------------------------------------------------------------


def test_the_selection_outline_is_drawn_on_the_selected_plot_only(qapp, layers, view, plot_layer):
    plot_layer.select([103])
    image = render_map(layers, view, antialias=False)
    painter = QPainter(image)
    try:
        render_selection(painter, plot_layer, view)
    finally:
        painter.end()

    def edge_pixel(x, y):
        px, py = view.map_to_pixel(x, y)
        return rgb(image.pixelColor(math.floor(float(px)), math.floor(float(py))))

    assert_close(edge_pixel(E0 + 400, N0 + 100), SELECTION_STROKE[:3], tol=8)  # 103, left
    assert_close(edge_pixel(E0 + 500, N0 + 200), SELECTION_STROKE[:3], tol=8)  # 103, top
    assert_close(edge_pixel(E0 + 475, N0 + 100), SELECTION_STROKE[:3], tol=8)  # its hole
    for x, y in [(E0 + 200, N0 + 50), (E0 + 30, N0 + 400)]:  # plots 102 and 104
        assert edge_pixel(x, y) != SELECTION_STROKE[:3]


def test_no_selection_draws_nothing(qapp, layers, view, plot_layer):
    image = render_map(layers, view, antialias=False)
    before = image.copy()
    painter = QPainter(image)
    try:
        render_selection(painter, plot_layer, view)
    finally:
        painter.end()
    assert image == before


# --- path_from_records -------------------------------------------------------------------


def ring(x0, y0, size):
    xs = np.array([x0, x0 + size, x0 + size, x0, x0], dtype=float)
    ys = np.array([y0, y0, y0 + size, y0 + size, y0], dtype=float)
    return xs, ys


def square_with_hole():
    ox, oy = ring(10, 20, 100)
    hx, hy = ring(50, 60, 20)
    types = np.array([MOVE_TO] + [LINE_TO] * 4 + [MOVE_TO] + [LINE_TO] * 4)
    return element_records(types, np.concatenate([ox, hx]), np.concatenate([oy, hy]))


def test_path_from_records_covers_the_records(qapp):
    path = path_from_records(square_with_hole())
    assert path.elementCount() == 10
    assert path.boundingRect() == QRectF(10, 20, 100, 100)


def test_path_from_records_leaves_holes(qapp):
    path = path_from_records(square_with_hole())
    assert not path.contains(QPointF(60, 70))  # the hole's centre
    assert path.contains(QPointF(30, 40))  # between hole and outer ring
    assert not path.contains(QPointF(5, 5))  # outside


def test_path_from_records_keeps_parts_apart(qapp):
    ax, ay = ring(0, 0, 10)
    bx, by = ring(50, 0, 10)
    types = np.array([MOVE_TO] + [LINE_TO] * 4 + [MOVE_TO] + [LINE_TO] * 4)
    path = path_from_records(element_records(types, np.r_[ax, bx], np.r_[ay, by]))
    assert path.contains(QPointF(5, 5)) and path.contains(QPointF(55, 5))
    assert not path.contains(QPointF(30, 5))
    assert path.boundingRect() == QRectF(0, 0, 60, 10)


def test_path_from_no_records_is_empty(qapp):
    assert path_from_records(square_with_hole()[:0]).isEmpty()


def test_tiny_plots_show_as_markers_with_the_first_category_on_top(qapp):
    """At province scale plots are smaller than a pixel: they still show, and a
    demonstration plot is not hidden under its neighbours' markers."""
    import numpy as np
    import shapely
    from PySide6.QtGui import QColor

    from metkasekor_desktop.layers.layer_list import LayerList
    from metkasekor_desktop.layers.map_renderer import render_map
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.layers.styles import role_style
    from metkasekor_desktop.layers.viewport import Viewport
    from metkasekor_desktop.storage.plot_table import PlotTable

    lon, lat = 103.0, 12.8
    boxes = [shapely.box(lon + i * 1e-3, lat, lon + i * 1e-3 + 8e-4, lat + 8e-4) for i in range(3)]
    geoms = np.array([shapely.MultiPolygon([b]) for b in boxes], dtype=object)
    roles = np.array(["farmer_field", "demonstration", "control"], dtype=object)
    n = len(geoms)
    table = PlotTable(
        ids=np.arange(1, n + 1), codes=np.array(["A", "B", "C"], dtype=object),
        names=np.array([""] * n, dtype=object), farmer_ids=np.array([None] * n, dtype=object),
        farmer_names_kh=np.array([""] * n, dtype=object),
        farmer_names_latin=np.array([""] * n, dtype=object),
        village_codes=np.array([None] * n, dtype=object), roles=roles,
        paired_ids=np.array([None] * n, dtype=object), areas_ha=np.ones(n), geometries=geoms,
    )
    layer = PlotLayer(table, 32648)
    layers = LayerList()
    layers.append(layer)
    x0, y0, x1, y1 = layer.extent()
    viewport = Viewport((x0 + x1) / 2, (y0 + y1) / 2, 2000.0, 50, 50)  # 2 km a pixel
    image = render_map(layers, viewport, antialias=False)
    px, py = viewport.map_to_pixel((x0 + x1) / 2, (y0 + y1) / 2)
    demo_fill = role_style().symbols["demonstration"].fill
    assert image.pixelColor(int(px), int(py)) == QColor(*demo_fill[:3])
