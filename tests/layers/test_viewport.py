"""The map view: pixels and map coordinates agree while the officer pans and zooms."""

from __future__ import annotations

import numpy as np
import pytest

from metkasekor_desktop.layers.viewport import Viewport


@pytest.fixture
def view() -> Viewport:
    # 2 m per pixel around Battambang on an 800 x 600 canvas.
    return Viewport(
        center_x=300_000.0, center_y=1_420_000.0, units_per_pixel=2.0, width=800, height=600
    )


def test_extent_is_centred_and_sized_by_resolution(view):
    assert view.extent == pytest.approx((299_200.0, 1_419_400.0, 300_800.0, 1_420_600.0))


def test_centre_pixel_is_the_centre_and_top_left_is_the_north_west_corner(view):
    assert view.pixel_to_map(400, 300) == pytest.approx((300_000.0, 1_420_000.0))
    assert view.pixel_to_map(0, 0) == pytest.approx((299_200.0, 1_420_600.0))
    px, py = view.map_to_pixel(300_000.0, 1_420_100.0)  # 100 m north: 50 px up
    assert (float(px), float(py)) == pytest.approx((400.0, 250.0))


def test_map_to_pixel_and_pixel_to_map_are_inverse(view):
    rng = np.random.default_rng(7)
    for px, py in rng.uniform(-200, 1000, size=(50, 2)):
        mx, my = view.pixel_to_map(px, py)
        back = view.map_to_pixel(mx, my)
        assert (float(back[0]), float(back[1])) == pytest.approx((px, py), abs=1e-6)


def test_map_to_pixel_takes_arrays(view):
    xs = np.array([299_200.0, 300_000.0, 300_800.0])
    ys = np.array([1_420_600.0, 1_420_000.0, 1_419_400.0])
    px, py = view.map_to_pixel(xs, ys)
    np.testing.assert_allclose(px, [0, 400, 800])
    np.testing.assert_allclose(py, [0, 300, 600])


@pytest.mark.parametrize("factor", [2.0, 0.5, 1.25])
@pytest.mark.parametrize("cursor", [(0.0, 0.0), (123.0, 456.0), (799.0, 1.0)])
def test_zoom_keeps_the_map_point_under_the_cursor(view, factor, cursor):
    before = view.pixel_to_map(*cursor)
    zoomed = view.zoomed_at(*cursor, factor)
    assert zoomed.units_per_pixel == pytest.approx(view.units_per_pixel / factor)
    assert zoomed.pixel_to_map(*cursor) == pytest.approx(before, abs=1e-6)


def test_zoom_in_shows_less_of_the_map(view):
    zoomed = view.zoomed_at(100, 100, 2.0)
    xmin, ymin, xmax, ymax = zoomed.extent
    assert xmax - xmin == pytest.approx(800.0)
    assert ymax - ymin == pytest.approx(600.0)


def test_dragging_right_and_down_moves_the_map_with_the_hand(view):
    moved = view.panned_pixels(10, 20)
    # The map moves right, so the view now looks further west: centre x decreases.
    assert moved.center_x == pytest.approx(view.center_x - 20.0)
    # The map moves down, so the view looks further north: centre y increases.
    assert moved.center_y == pytest.approx(view.center_y + 40.0)
    # The map point that was under the cursor before the drag is under it after.
    point = view.pixel_to_map(300, 200)
    assert moved.pixel_to_map(310, 220) == pytest.approx(point)


@pytest.mark.parametrize(
    "extent",
    [
        (300_000.0, 1_420_000.0, 300_600.0, 1_420_460.0),  # wide
        (300_000.0, 1_420_000.0, 300_010.0, 1_425_000.0),  # tall and narrow
        (1.0, 2.0, 1.0, 2.0),  # a single point
    ],
)
def test_fitted_view_shows_the_whole_extent(view, extent):
    fitted = view.fitted(extent)
    xmin, ymin, xmax, ymax = fitted.extent
    assert xmin < extent[0] and ymin < extent[1]
    assert xmax > extent[2] and ymax > extent[3]
    assert (fitted.width, fitted.height) == (view.width, view.height)
    cx, cy = (extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2
    assert (fitted.center_x, fitted.center_y) == pytest.approx((cx, cy))


def test_fitted_view_is_not_needlessly_small(view):
    extent = (300_000.0, 1_420_000.0, 300_800.0, 1_420_300.0)  # wider than the canvas
    fitted = view.fitted(extent, margin=0.05)
    # The width fills the canvas but for a 5 % margin on each side.
    assert fitted.units_per_pixel == pytest.approx(800 * 1.1 / 800)


def test_resized_keeps_centre_and_resolution(view):
    bigger = view.resized(1000, 0)
    assert (bigger.width, bigger.height) == (1000, 1)
    assert (bigger.center_x, bigger.center_y, bigger.units_per_pixel) == (
        view.center_x,
        view.center_y,
        view.units_per_pixel,
    )


def test_scale_of_one_metre_per_pixel_on_a_96_dpi_screen():
    view = Viewport(0.0, 0.0, 1.0, 100, 100)
    assert view.scale_denominator() == pytest.approx(3779.5, abs=0.1)
    assert view.scale_denominator(dpi=192) == pytest.approx(2 * 3779.53, abs=0.1)
