"""After an edit the layer reprojects only the changed plots, and gets them right."""

from __future__ import annotations

import numpy as np
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.geometry import transform
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.storage.plot_table import PlotTable, update_rows


def _table(ids, boxes) -> PlotTable:
    n = len(ids)
    obj = lambda values: np.array(values, dtype=object)  # noqa: E731
    geoms = obj([MultiPolygon([transform(b, 32648, 4326)]) for b in boxes])
    return PlotTable(np.array(ids, dtype=np.int64), obj([f"P-{i}" for i in ids]),
                     obj([""] * n), obj([None] * n), obj([""] * n), obj([""] * n),
                     obj([None] * n), obj(["farmer_field"] * n), obj([None] * n),
                     np.ones(n), geoms)


def test_changed_plots_are_reprojected_and_the_others_kept():
    layer = PlotLayer(_table([1, 2, 3], [box(300000 + 200 * i, 1420000, 300100 + 200 * i,
                                               1420100) for i in range(3)]), 32648)
    before = layer.map_geometries()
    moved = _table([2], [box(310000, 1420000, 310100, 1420100)])
    added = _table([4], [box(320000, 1420000, 320100, 1420100)])
    layer.set_table(update_rows(update_rows(layer.table, moved), added, removed_ids=[3]))
    after = layer.map_geometries()
    assert list(layer.table.ids) == [1, 2, 4]
    assert after[0] is before[0], "an unchanged plot keeps its map shape"
    assert np.allclose(after[1].bounds, (310000, 1420000, 310100, 1420100), atol=1e-6)
    assert np.allclose(after[2].bounds, (320000, 1420000, 320100, 1420100), atol=1e-6)
    assert layer.plot_at(310050, 1420050) == 2
    assert layer.plot_at(300450, 1420050) is None, "the removed plot is gone from hit tests"


def test_updated_arrays_equal_arrays_built_from_scratch():
    from shapely.geometry import Polygon

    from metkasekor_desktop.layers.plot_geometry import PlotGeometryArrays

    def wgs(geom):
        return transform(geom, 32648, 4326)

    holed = Polygon(box(300000, 1420000, 300200, 1420200).exterior.coords,
                    [box(300050, 1420050, 300100, 1420100).exterior.coords])
    old = np.array([MultiPolygon([wgs(box(300000 + 300 * i, 1421000, 300100 + 300 * i,
                                          1421100))]) for i in range(5)], dtype=object)
    arrays = PlotGeometryArrays.from_geometries(old, 32648)
    new = np.array([old[0], MultiPolygon([wgs(holed)]), old[2],
                    MultiPolygon([wgs(box(0 + 310000, 1421000, 310050, 1421050)),
                                  wgs(box(310100, 1421000, 310150, 1421050))]), old[4]],
                   dtype=object)
    reuse = np.array([0, -1, 2, -1, 4])
    got = arrays.updated(new, reuse)
    want = PlotGeometryArrays.from_geometries(new, 32648)
    assert np.array_equal(got.coords, want.coords)
    assert np.array_equal(got.element_types, want.element_types)
    assert np.array_equal(got.coord_start, want.coord_start)
    assert np.array_equal(got.coord_end, want.coord_end)
    assert np.allclose(got.bboxes, want.bboxes)


def test_replaced_rows_equal_arrays_made_from_scratch():
    """Splicing new shapes (more corners, fewer, a hole, two parts) into the arrays gives
    exactly the arrays made from all the shapes at once."""
    from shapely.geometry import MultiPolygon, Polygon, box

    from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform
    from metkasekor_desktop.layers.plot_geometry import PlotGeometryArrays

    def wgs(geom):
        return transform(np.array([geom], dtype=object), METRIC_EPSG, STORAGE_EPSG)[0]

    squares = [wgs(MultiPolygon([box(300_000 + 100 * i, 1_420_000, 300_050 + 100 * i,
                                     1_420_050)])) for i in range(6)]
    before = PlotGeometryArrays.from_geometries(np.array(squares, dtype=object), METRIC_EPSG)
    holed = Polygon([(300_100, 1_420_000), (300_160, 1_420_000), (300_160, 1_420_060),
                     (300_100, 1_420_060)], [[(300_120, 1_420_020), (300_130, 1_420_020),
                                              (300_130, 1_420_030)]])
    new = list(squares)
    new[1] = wgs(MultiPolygon([holed]))
    new[3] = wgs(MultiPolygon([box(300_300, 1_420_000, 300_310, 1_420_010),
                               box(300_320, 1_420_000, 300_330, 1_420_010)]))
    new[5] = wgs(MultiPolygon([Polygon([(300_500, 1_420_000), (300_540, 1_420_000),
                                        (300_500, 1_420_040)])]))
    geoms = np.array(new, dtype=object)
    got = before.replaced(geoms, np.array([5, 1, 3]))
    want = PlotGeometryArrays.from_geometries(geoms, METRIC_EPSG)
    assert np.allclose(got.coords, want.coords)
    assert np.array_equal(got.element_types, want.element_types)
    assert np.array_equal(got.coord_start, want.coord_start)
    assert np.array_equal(got.coord_end, want.coord_end)
    assert np.allclose(got.bboxes, want.bboxes)
