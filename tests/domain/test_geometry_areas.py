"""Areas anywhere: each shape in the UTM zone of its centroid, repaired, never NaN."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, Point, Polygon

from metkasekor_desktop.domain import geometry
from metkasekor_desktop.domain.geometry import area_ha, areas_ha, to_metric, within_cambodia


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG of the WGS 84 / UTM zone of a point, worked out here independently."""
    zone = int((lon + 180.0) // 6.0) + 1
    return (32700 if lat < 0 else 32600) + zone


def square_in_zone(lon: float, lat: float, side_m: float = 100.0,
                   epsg: int | None = None) -> Polygon:
    """A square of ``side_m`` metres drawn in the UTM zone of (lon, lat) (or ``epsg``)
    with its lower-left corner there, returned in WGS 84 degrees."""
    epsg = epsg or utm_epsg(lon, lat)
    to_utm = Transformer.from_crs(4326, epsg, always_xy=True)
    to_wgs84 = Transformer.from_crs(epsg, 4326, always_xy=True)
    x0, y0 = to_utm.transform(lon, lat)
    corners = [(x0, y0), (x0 + side_m, y0), (x0 + side_m, y0 + side_m), (x0, y0 + side_m)]
    return Polygon([to_wgs84.transform(x, y) for x, y in corners])


def area_in(geom, epsg: int) -> float:
    tr = Transformer.from_crs(4326, epsg, always_xy=True)
    return float(shapely.area(shapely.transform(
        geom, lambda c: np.column_stack(tr.transform(c[:, 0], c[:, 1]))))) / 10_000


PLACES = {
    "Phnom Penh": (104.92, 11.56),
    "Paris": (2.35, 48.85),
    "Quito": (-78.51, -0.22),
    "Fiji, by the antimeridian": (179.9, -16.5),
    "Chukotka, by the antimeridian": (179.9, 65.0),
}


@pytest.mark.parametrize("place", PLACES)
def test_a_hectare_measures_one_hectare_anywhere(place: str) -> None:
    lon, lat = PLACES[place]
    square = square_in_zone(lon, lat)
    assert area_ha(square) == pytest.approx(1.0, rel=1e-3)
    assert areas_ha(np.array([square]))[0] == pytest.approx(1.0, rel=1e-3)


def test_paris_is_not_measured_in_cambodias_zone() -> None:
    square = square_in_zone(2.35, 48.85)
    assert area_in(square, 32648) > 1.5  # what UTM 48N would say: far too much
    assert area_ha(square) == pytest.approx(area_in(square, 32631), rel=1e-12)


def test_south_of_the_equator_uses_the_southern_zone() -> None:
    square = square_in_zone(-78.51, -0.22)
    assert area_ha(square) == pytest.approx(area_in(square, 32717), rel=1e-12)


def test_a_square_across_the_equator_measures_one_hectare() -> None:
    square = square_in_zone(-78.51, -0.0004, epsg=32717)
    assert area_ha(square) == pytest.approx(1.0, rel=1e-3)


def test_a_shape_across_two_zones_is_measured_in_its_centroids_zone() -> None:
    # 108 E is the border of zones 48 and 49; the centroid of this box lies in 49.
    box = shapely.box(107.999, 12.0, 108.003, 12.004)
    assert area_ha(box) == pytest.approx(area_in(box, 32649), rel=1e-12)
    assert areas_ha(np.array([box]))[0] == pytest.approx(area_in(box, 32649), rel=1e-12)


def test_groups_of_zones_in_one_array_keep_their_order() -> None:
    places = list(PLACES.values())
    shapes = np.array([square_in_zone(lon, lat, side_m=100.0 * (i + 1))
                       for i, (lon, lat) in enumerate(places)], dtype=object)
    expected = [(i + 1) ** 2 for i in range(len(places))]
    np.testing.assert_allclose(areas_ha(shapes), expected, rtol=1e-3)


def test_a_bow_tie_measures_its_two_triangles() -> None:
    corners = square_in_zone(104.92, 11.56).exterior.coords[:4]
    bow_tie = Polygon([corners[0], corners[2], corners[1], corners[3]])  # edges cross
    assert not bow_tie.is_valid
    triangles = shapely.make_valid(bow_tie)
    assert [g.geom_type for g in triangles.geoms] == ["Polygon", "Polygon"]
    expected = sum(area_in(t, 32648) for t in triangles.geoms)
    assert expected == pytest.approx(0.5, rel=1e-3)  # two triangles of a quarter hectare
    assert area_ha(bow_tie) == pytest.approx(expected, rel=1e-9)
    assert areas_ha(np.array([bow_tie]))[0] == pytest.approx(expected, rel=1e-9)


def test_a_repair_that_leaves_a_line_counts_only_its_polygon() -> None:
    square = square_in_zone(104.92, 11.56)
    (x0, y0), (x1, y1), *_ = square.exterior.coords
    # The square with a spike out from a corner and back: make_valid gives a polygon and
    # a line (a GeometryCollection).
    spike = Polygon([*square.exterior.coords, (x0 - (x1 - x0), y0 - (y1 - y0)), (x0, y0)])
    assert shapely.make_valid(spike).geom_type == "GeometryCollection"
    assert area_ha(spike) == pytest.approx(1.0, rel=1e-3)


def test_no_shape_has_no_area_and_nothing_is_nan() -> None:
    with np.errstate(invalid="ignore"):
        nan_corner = Polygon([(104.9, 12.9), (104.91, np.nan), (104.91, 12.9)])
    odd = np.array([None, Polygon(), shapely.MultiPolygon(), Point(104.9, 12.9),
                    LineString([(104.9, 12.9), (104.91, 12.91)]), nan_corner,
                    square_in_zone(104.92, 11.56), None], dtype=object)
    areas = areas_ha(odd)
    assert not np.isnan(areas).any()
    np.testing.assert_array_equal(areas[[0, 1, 2, 3, 4, 5, 7]], 0.0)
    assert areas[6] == pytest.approx(1.0, rel=1e-3)
    assert area_ha(None) == 0.0
    assert area_ha(Polygon()) == 0.0
    assert areas_ha(np.empty(0, dtype=object)).shape == (0,)
    assert not np.isnan(areas_ha(np.array([None, None], dtype=object))).any()


def test_cambodian_areas_are_those_of_utm_48n() -> None:
    rng = np.random.default_rng(7)
    x = rng.uniform(102.4, 107.6, 2_000)
    y = rng.uniform(10.5, 14.6, 2_000)
    side = rng.uniform(0.0002, 0.01, 2_000)
    shapes = np.concatenate([shapely.box(x, y, x + side, y + side),
                             shapely.buffer(shapely.points(x, y), side, quad_segs=4)])
    utm48 = shapely.area(to_metric(shapes)) / 10_000
    np.testing.assert_allclose(areas_ha(shapes), utm48, rtol=1e-9)
    assert area_ha(shapes[0]) == pytest.approx(utm48[0], rel=1e-9)


def test_transformers_are_not_shared_between_threads() -> None:
    mine = geometry._transformer(4326, 32648)
    assert geometry._transformer(4326, 32648) is mine
    theirs: list[object] = []
    results: list[np.ndarray] = []
    shapes = np.array([square_in_zone(*place) for place in PLACES.values()], dtype=object)

    def work() -> None:
        theirs.append(geometry._transformer(4326, 32648))
        results.append(areas_ha(shapes))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(t) for t in theirs}) == 4
    assert all(t is not mine for t in theirs)
    for result in results:
        np.testing.assert_array_equal(result, areas_ha(shapes))


def test_within_cambodia_of_many_shapes() -> None:
    shapes = np.array([shapely.box(104.9, 12.9, 104.91, 12.91), square_in_zone(2.35, 48.85),
                       None, Polygon()], dtype=object)
    np.testing.assert_array_equal(within_cambodia(shapes), [True, False, False, False])
    assert within_cambodia(shapes[0]) is True


def test_planar_areas_equal_shapelys_on_every_kind_of_shape():
    """The coordinate-array measure gives the areas shapely gives after reprojecting
    (to the last bits), for rings, holes, parts, bow-ties, empties and missing shapes."""
    import numpy as np
    import shapely
    from shapely.geometry import MultiPolygon, Polygon, box

    from metkasekor_desktop.domain.geometry import planar_areas_m2, to_metric

    rng = np.random.default_rng(7)
    shapes = []
    for _ in range(300):
        x, y = 102.5 + rng.random() * 4, 10.5 + rng.random() * 3.5
        w, h = rng.random() * 0.002 + 1e-5, rng.random() * 0.002 + 1e-5
        shapes.append(box(x, y, x + w, y + h))
        shapes.append(shapely.buffer(shapely.Point(x, y), w, quad_segs=int(rng.integers(2, 9))))
    holed = Polygon([(104, 12), (104.002, 12), (104.002, 12.002), (104, 12.002)],
                    [[(104.0005, 12.0005), (104.001, 12.0005), (104.001, 12.001)]])
    parts = MultiPolygon([box(105, 13, 105.001, 13.001), box(105.002, 13, 105.003, 13.002)])
    bow_tie = Polygon([(104, 12), (104.001, 12.001), (104.001, 12), (104, 12.001)])
    shapes += [holed, parts, bow_tie, Polygon(), MultiPolygon(), None]
    geoms = np.empty(len(shapes), dtype=object)
    geoms[:] = shapes
    ours = planar_areas_m2(geoms, 4326, 32648)
    with np.errstate(invalid="ignore"):
        theirs = shapely.area(to_metric(geoms))
    assert np.isnan(ours[-1]) and np.isnan(theirs[-1])
    np.testing.assert_allclose(ours[:-1], theirs[:-1], rtol=1e-12, atol=1e-9)
