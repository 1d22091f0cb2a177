"""Plot polygons as flat arrays: the same corners, holes, parts and areas as drawn."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG
from metkasekor_desktop.domain.wkb_column import ranges_to_index
from metkasekor_desktop.layers.plot_geometry import LINE_TO, MOVE_TO, PlotGeometryArrays
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


# --- from a ShapeColumn: the coordinates read from WKB equal shapely's -------------------


def shape_mix(known_plots, n: int = 40, seed: int = 0) -> np.ndarray:
    """Plots of every kind (simple, with a hole, in parts, none, empty, as Polygon) in a
    shuffled order, in WGS 84."""
    from shapely.geometry import MultiPolygon

    rng = np.random.default_rng(seed)
    known = list(known_plots.table.geometries)  # simple, simple, holed, two parts
    kinds = [*known, None, MultiPolygon(), known[0].geoms[0], known[2].geoms[0]]
    out = np.empty(n, dtype=object)
    for i in range(n):
        g = kinds[int(rng.integers(0, len(kinds)))]
        out[i] = None if g is None else shapely.affinity.translate(
            g, xoff=float(rng.uniform(0, 0.05)), yoff=float(rng.uniform(0, 0.05)))
    return out


def shape_column(geoms: np.ndarray):
    from metkasekor_desktop.domain.shape_column import ShapeColumn
    from metkasekor_desktop.domain.wkb_column import WkbColumn

    return ShapeColumn(WkbColumn.of([None if g is None else bytes(shapely.to_wkb(g))
                                     for g in geoms]))


def assert_same_arrays(got: PlotGeometryArrays, expected: PlotGeometryArrays) -> None:
    np.testing.assert_allclose(got.coords, expected.coords, rtol=0, atol=1e-6)
    np.testing.assert_array_equal(got.element_types, expected.element_types)
    np.testing.assert_array_equal(got.coord_start, expected.coord_start)
    np.testing.assert_array_equal(got.coord_end, expected.coord_end)
    np.testing.assert_allclose(got.bboxes, expected.bboxes, rtol=0, atol=1e-6, equal_nan=True)
    assert got.map_epsg == expected.map_epsg


def shapely_arrays(geoms, epsg: int) -> PlotGeometryArrays:
    array = np.empty(len(geoms), dtype=object)
    array[:] = list(geoms)
    return PlotGeometryArrays.from_geometries(array, epsg)


@pytest.mark.parametrize("epsg", [METRIC_EPSG, STORAGE_EPSG])
@pytest.mark.parametrize("seed", range(3))
def test_arrays_of_a_shape_column_equal_those_of_its_shapes(known_plots, seed, epsg):
    geoms = shape_mix(known_plots, seed=seed)
    column = shape_column(geoms)
    got = PlotGeometryArrays.from_geometries(column, epsg)
    assert_same_arrays(got, shapely_arrays(geoms, epsg))
    assert not column.all_made  # the simple plots were read from the bytes


def test_arrays_of_a_shape_column_of_gpkg_blobs(known_plots):
    from metkasekor_desktop.domain.shape_column import ShapeColumn
    from metkasekor_desktop.storage.gpkg import blob

    geoms = shape_mix(known_plots, seed=5)
    column = ShapeColumn(blob.wkb_column(blob.encode_blobs(geoms, STORAGE_EPSG)))
    assert_same_arrays(PlotGeometryArrays.from_geometries(column, METRIC_EPSG),
                       shapely_arrays(geoms, METRIC_EPSG))


def test_arrays_of_a_permuted_take_follow_the_rows_taken(known_plots):
    geoms = shape_mix(known_plots, seed=1)
    rows = np.random.default_rng(1).permutation(len(geoms))
    rows = np.concatenate([rows, rows[:4]])  # some rows twice
    taken = shape_column(geoms).take(rows)
    assert_same_arrays(PlotGeometryArrays.from_geometries(taken, METRIC_EPSG),
                       shapely_arrays(geoms[rows], METRIC_EPSG))


def test_arrays_of_a_column_with_rows_set_use_the_shapes_set(known_plots):
    from shapely.geometry import MultiPolygon

    geoms = shape_mix(known_plots, seed=2)
    column = shape_column(geoms).take(np.arange(len(geoms))[::-1])
    expected = geoms[::-1].copy()
    new = [shapely.affinity.translate(known_plots.table.geometries[2], 0.01, 0.0),
           MultiPolygon([shapely.box(103.0, 13.0, 103.001, 13.001)]), None]
    for row, shape in zip((0, 7, 30), new, strict=True):
        column[row] = shape
        expected[row] = shape
    assert not column.all_made
    assert_same_arrays(PlotGeometryArrays.from_geometries(column, METRIC_EPSG),
                       shapely_arrays(expected, METRIC_EPSG))


def test_arrays_of_a_shape_column_whose_last_rows_have_no_coordinates(known_plots):
    from shapely.geometry import MultiPolygon

    geoms = shape_mix(known_plots, n=6, seed=3)
    geoms = np.concatenate([geoms, np.array([MultiPolygon(), None], dtype=object)])
    assert_same_arrays(PlotGeometryArrays.from_geometries(shape_column(geoms), METRIC_EPSG),
                       shapely_arrays(geoms, METRIC_EPSG))


def test_a_polygon_of_one_empty_ring_in_wkb_draws_as_no_coordinates(known_plots):
    # Valid WKB of a polygon with one ring of no points (shapely reads POLYGON EMPTY), as
    # the last row: it has no coordinates to draw, like an empty plot.
    from metkasekor_desktop.domain.shape_column import ShapeColumn
    from metkasekor_desktop.domain.wkb_column import WkbColumn

    one_empty_ring = bytes.fromhex("01" "03000000" "01000000" "00000000")
    geoms = list(known_plots.table.geometries)
    values = [bytes(shapely.to_wkb(g)) for g in geoms] + [one_empty_ring]
    column = ShapeColumn(WkbColumn.of(values))
    expected = shapely_arrays(shapely.from_wkb(np.array(values, dtype=object)), METRIC_EPSG)
    assert_same_arrays(PlotGeometryArrays.from_geometries(column, METRIC_EPSG), expected)


# --- PlotLayer.plot_at over a ShapeColumn table ------------------------------------------


def with_shape_column(table):
    import dataclasses

    from metkasekor_desktop.domain.shape_column import ShapeColumn
    from metkasekor_desktop.storage.gpkg import blob

    geoms = np.asarray(table.geometries, dtype=object)
    column = ShapeColumn(blob.wkb_column(blob.encode_blobs(geoms, STORAGE_EPSG)))
    return dataclasses.replace(table, geometries=column)


def clicks(known_plots) -> list[tuple[float, float, float]]:
    """(x, y, tolerance) in UTM: inside every plot, on and beside the shared edge, in the
    hole, between parts, near a plot within a tolerance and too far for one."""
    out = [(x, y, t) for points in known_plots.inside.values() for x, y in points
           for t in (0.0, 5.0)]
    edge, hole = known_plots.shared_edge_x, known_plots.hole_centre
    out += [(edge, N0 + 50, 0.0), (edge, N0 + 50, 5.0), (edge + 1, N0 + 50, 0.0),
            (edge - 1, N0 + 50, 5.0), (hole[0], hole[1], 0.0), (hole[0], hole[1], 5.0),
            (hole[0], hole[1] + 22, 5.0), (E0 + 130, N0 + 430, 0.0),
            (E0 + 230, N0 + 50, 10.0), (E0 + 230, N0 + 50, 31.0),
            (E0 + 230, N0 + 50, 200.0), (E0 + 380, N0 + 50, 200.0),
            (E0 + 30, N0 - 5, 500.0), (E0 + 5000, N0, 50.0)]
    return out


def test_plot_at_on_a_shape_column_table_finds_what_the_object_table_finds(known_plots):
    from metkasekor_desktop.layers.plot_layer import PlotLayer

    objects = PlotLayer(known_plots.table, METRIC_EPSG)
    table = with_shape_column(known_plots.table)
    column = PlotLayer(table, METRIC_EPSG)
    found = [(objects.plot_at(x, y, t), column.plot_at(x, y, t))
             for x, y, t in clicks(known_plots)]
    assert [a for a, _ in found] == [b for _, b in found]
    # The clicks test something: every plot is found, and some clicks find none.
    assert {a for a, _ in found} == {101, 102, 103, 104, None}
    assert column.plot_at(known_plots.shared_edge_x, N0 + 50) == objects.plot_at(
        known_plots.shared_edge_x, N0 + 50)


def many_plots(n: int):
    """``n`` 20 m squares, 30 m apart in rows of 50, as a ShapeColumn table."""
    from metkasekor_desktop.domain.geometry import transform
    from metkasekor_desktop.storage.plot_table import PlotTable

    i = np.arange(n)
    x0, y0 = E0 + (i % 50) * 30.0, N0 + (i // 50) * 30.0
    utm = shapely.multipolygons([[g] for g in shapely.box(x0, y0, x0 + 20, y0 + 20)])
    wgs84 = transform(np.asarray(utm, dtype=object), METRIC_EPSG, STORAGE_EPSG)

    def text(value) -> np.ndarray:
        out = np.empty(n, dtype=object)
        out[:] = value
        return out

    table = PlotTable(ids=np.arange(1, n + 1, dtype=np.int64), codes=text("C"),
                      names=text("P"), farmer_ids=text(None), farmer_names_kh=text(None),
                      farmer_names_latin=text(None), village_codes=text("02010101"),
                      roles=text("farmer_field"), paired_ids=text(None),
                      areas_ha=np.full(n, 0.04), geometries=np.asarray(wgs84, dtype=object))
    return table, with_shape_column(table)


def test_a_click_on_a_shape_column_layer_makes_only_a_few_shapes():
    from metkasekor_desktop.layers.plot_layer import PlotLayer

    objects, table = many_plots(2000)
    layer = PlotLayer(table, METRIC_EPSG)
    column = table.geometries
    assert not column.all_made
    # Plot 1234 (row 1233): row 24, column 33 of the grid; its centre, then 3 m beside it.
    x, y = E0 + 33 * 30.0 + 10, N0 + 24 * 30.0 + 10
    assert layer.plot_at(x, y) == 1234
    assert layer.plot_at(x + 13, y, tolerance=5.0) == 1234
    assert layer.plot_at(x + 15, y, tolerance=4.0) is None  # in the gap between plots
    made = sum(column.take(np.array([row])).all_made for row in range(len(column)))
    assert 0 < made <= 4
    assert not column.all_made
    reference = PlotLayer(objects, METRIC_EPSG)
    for px, py, t in [(x, y, 0.0), (x + 13, y, 5.0), (x + 15, y, 4.0), (x + 15, y, 6.0),
                      (E0 - 3, N0 - 3, 5.0)]:
        assert layer.plot_at(px, py, t) == reference.plot_at(px, py, t), (px, py, t)
