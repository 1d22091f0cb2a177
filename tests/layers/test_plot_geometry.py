"""Plot polygons as flat arrays: the same corners, holes, parts and areas as drawn."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG
from metkasekor_desktop.layers.plot_geometry import (
    LINE_TO,
    MOVE_TO,
    PlotGeometryArrays,
    ranges_to_index,
)
from tests.layers.conftest import E0, N0, utm_coordinates


@pytest.fixture
def arrays(plot_table) -> PlotGeometryArrays:
    return PlotGeometryArrays.from_geometries(plot_table.geometries, METRIC_EPSG)


# --- ranges_to_index -----------------------------------------------------------------


def python_ranges(starts, ends) -> np.ndarray:
    parts = [np.arange(s, e) for s, e in zip(starts, ends, strict=True)]
    return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)


@pytest.mark.parametrize("seed", range(20))
def test_ranges_to_index_equals_concatenated_aranges(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 12))
    starts = rng.integers(0, 1000, size=n)
    lengths = rng.integers(0, 6, size=n) * (rng.random(n) > 0.3)  # many empty ranges
    ends = starts + lengths
    got = ranges_to_index(starts, ends)
    np.testing.assert_array_equal(got, python_ranges(starts, ends))
    assert got.dtype == np.int64


@pytest.mark.parametrize(
    ("starts", "ends", "expected"),
    [
        ([], [], []),
        ([4, 9], [4, 9], []),
        ([7, 0, 3], [9, 2, 3], [7, 8, 0, 1]),  # out of order, last one empty
        ([0, 5, 5], [0, 7, 6], [5, 6, 5]),  # empty first, overlapping ranges
    ],
)
def test_ranges_to_index_edge_cases(starts, ends, expected):
    got = ranges_to_index(np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64))
    np.testing.assert_array_equal(got, expected)


# --- PlotGeometryArrays ----------------------------------------------------------------


def test_coordinates_reprojected_to_utm_are_the_corners_drawn(arrays, known_plots):
    np.testing.assert_allclose(arrays.coords, utm_coordinates(known_plots), rtol=0, atol=1e-6)
    assert arrays.map_epsg == METRIC_EPSG


def test_in_storage_crs_coordinates_are_left_as_stored(plot_table):
    arrays = PlotGeometryArrays.from_geometries(plot_table.geometries, STORAGE_EPSG)
    np.testing.assert_array_equal(arrays.coords, shapely.get_coordinates(plot_table.geometries))


def test_each_plot_owns_its_coordinates(arrays, known_plots):
    for n, utm in enumerate(known_plots.utm):
        mine = arrays.coords[arrays.coord_start[n] : arrays.coord_end[n]]
        np.testing.assert_allclose(mine, shapely.get_coordinates(utm), atol=1e-6)


def test_bounding_boxes_and_extent(arrays):
    expected = np.array(
        [
            [E0, N0, E0 + 100, N0 + 100],
            [E0 + 100, N0, E0 + 200, N0 + 100],
            [E0 + 400, N0, E0 + 600, N0 + 200],
            [E0, N0 + 400, E0 + 260, N0 + 460],
        ]
    )
    np.testing.assert_allclose(arrays.bboxes, expected, rtol=0, atol=1e-6)
    assert arrays.extent() == pytest.approx((E0, N0, E0 + 600, N0 + 460), abs=1e-6)
    assert len(arrays) == 4


def test_every_ring_starts_with_a_move_to(arrays):
    types = arrays.element_types
    # Simple squares: one ring of five points each.
    for n in (0, 1):
        s = arrays.coord_start[n]
        assert types[s] == MOVE_TO
        assert list(types[s + 1 : s + 5]) == [LINE_TO] * 4
    # The hole of plot 103 and the second part of plot 104 each start a new subpath.
    for n in (2, 3):
        s, e = arrays.coord_start[n], arrays.coord_end[n]
        assert e - s == 10
        assert list(np.nonzero(types[s:e] == MOVE_TO)[0]) == [0, 5]
    assert int((types == MOVE_TO).sum()) == 6  # 1 + 1 + 2 rings + 2 parts


def test_visible_mask_follows_the_view(arrays):
    # A view well inside plot 101 only.
    assert list(arrays.visible((E0 + 10, N0 + 10, E0 + 20, N0 + 20))) == [True, False, False, False]
    # A view between the plots, in plot 103's hole: its bounding box still meets it.
    assert list(arrays.visible((E0 + 490, N0 + 90, E0 + 510, N0 + 110))) == [
        False,
        False,
        True,
        False,
    ]
    # A view in the gap between the two parts of plot 104.
    assert list(arrays.visible((E0 + 100, N0 + 420, E0 + 150, N0 + 440))) == [
        False,
        False,
        False,
        True,
    ]
    # Far away: nothing.
    assert not arrays.visible((E0 + 5000, N0, E0 + 6000, N0 + 100)).any()
    # Everything.
    assert arrays.visible((E0 - 1, N0 - 1, E0 + 601, N0 + 461)).all()


def test_map_geometries_keep_the_areas_drawn(arrays, known_plots):
    geoms = arrays.map_geometries()
    assert len(geoms) == 4
    assert all(g.geom_type == "MultiPolygon" for g in geoms)
    expected = [known_plots.areas_m2[i] for i in (101, 102, 103, 104)]
    np.testing.assert_allclose(shapely.area(geoms), expected, rtol=1e-9)
    assert len(geoms[2].geoms[0].interiors) == 1
    assert len(geoms[3].geoms) == 2


def test_drawing_order_is_sorted_by_category(arrays):
    categories = np.array([2, 0, 1, 0])
    order = arrays.drawing_order(categories)
    assert sorted(order.tolist()) == [0, 1, 2, 3]
    assert list(categories[order]) == [0, 0, 1, 2]


def test_drawing_order_groups_neighbours_within_a_category():
    # Nine 10 m squares in a row, shuffled: one category, drawn in place order.
    xs = np.array([5, 0, 8, 2, 7, 1, 4, 6, 3]) * 10.0
    geoms = np.array([shapely.box(x, 0, x + 10, 10) for x in xs], dtype=object)
    geoms = shapely.multipolygons([[g] for g in geoms])
    arrays = PlotGeometryArrays.from_geometries(geoms, STORAGE_EPSG)
    order = arrays.drawing_order(np.zeros(9, dtype=np.int64))
    assert list(xs[order]) == sorted(xs)


def test_no_plots(plot_table):
    arrays = PlotGeometryArrays.from_geometries(np.zeros(0, dtype=object), METRIC_EPSG)
    assert len(arrays) == 0
    assert arrays.extent() is None
    assert len(arrays.map_geometries()) == 0
    assert len(arrays.visible((0, 0, 1, 1))) == 0
    assert len(arrays.drawing_order(np.zeros(0, dtype=np.int64))) == 0


def test_plots_without_a_boundary_do_not_spoil_their_neighbours(known_plots):
    # A plot recorded before its boundary was drawn has no geometry (None or empty).
    geoms = np.empty(6, dtype=object)
    geoms[:] = [
        known_plots.table.geometries[0],
        None,
        known_plots.table.geometries[2],
        shapely.MultiPolygon(),
        known_plots.table.geometries[3],
        None,
    ]
    arrays = PlotGeometryArrays.from_geometries(geoms, METRIC_EPSG)
    assert len(arrays) == 6
    np.testing.assert_allclose(
        arrays.bboxes[[0, 2, 4]],
        [
            [E0, N0, E0 + 100, N0 + 100],
            [E0 + 400, N0, E0 + 600, N0 + 200],
            [E0, N0 + 400, E0 + 260, N0 + 460],
        ],
        atol=1e-6,
    )
    assert np.isnan(arrays.bboxes[[1, 3, 5]]).all()
    assert arrays.extent() == pytest.approx((E0, N0, E0 + 600, N0 + 460), abs=1e-6)
    # A view on plot 101 finds it, and never the plots without a boundary.
    assert list(arrays.visible((E0 + 10, N0 + 10, E0 + 20, N0 + 20))) == [
        True,
        False,
        False,
        False,
        False,
        False,
    ]


def test_only_plots_without_a_boundary_have_no_extent():
    geoms = np.empty(2, dtype=object)
    geoms[:] = [None, shapely.MultiPolygon()]
    arrays = PlotGeometryArrays.from_geometries(geoms, METRIC_EPSG)
    assert arrays.extent() is None
    assert not arrays.visible((0, 0, 1e9, 1e9)).any()
