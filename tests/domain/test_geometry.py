"""Plot geometry: areas in hectares measured in UTM 48N, and shapes that may enter a project."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from metkasekor_desktop.domain.errors import DomainError, GeometryError
from metkasekor_desktop.domain.geometry import (
    area_ha,
    areas_ha,
    perimeter_m,
    to_metric,
    to_multipolygon,
    validate_plot_geometry,
    within_cambodia,
)

# Independent of the module under test: our own transformer from UTM 48N to WGS 84.
_UTM_TO_WGS84 = Transformer.from_crs(32648, 4326, always_xy=True)

# A point in Ratanak Mondul, Battambang (about 102.9 E, 12.8 N) in UTM 48N metres.
EASTING, NORTHING = 273_000.0, 1_416_000.0


def utm_square(side_m: float, x0: float = EASTING, y0: float = NORTHING) -> Polygon:
    """A square of ``side_m`` metres drawn in UTM 48N, returned in WGS 84 degrees."""
    corners = [(x0, y0), (x0 + side_m, y0), (x0 + side_m, y0 + side_m), (x0, y0 + side_m)]
    return Polygon([_UTM_TO_WGS84.transform(x, y) for x, y in corners])


# --- measuring ------------------------------------------------------------------------------


def test_hectare_square_measures_one_hectare() -> None:
    square = utm_square(100.0)
    assert area_ha(square) == pytest.approx(1.0, rel=1e-6)


def test_hectare_square_perimeter_is_400_m() -> None:
    assert perimeter_m(utm_square(100.0)) == pytest.approx(400.0, rel=1e-6)


def test_area_is_not_measured_in_degrees() -> None:
    square = utm_square(100.0)
    # Its area in square degrees is about 8e-7: a tool that forgot to project would say ~0 ha.
    assert square.area < 1e-5
    assert area_ha(square) > 0.99


def test_one_square_kilometre_is_100_ha() -> None:
    assert area_ha(utm_square(1000.0)) == pytest.approx(100.0, rel=1e-6)


def test_area_of_a_plot_with_two_parts_is_their_sum() -> None:
    two_parts = MultiPolygon([utm_square(100.0), utm_square(50.0, x0=EASTING + 500.0)])
    assert area_ha(two_parts) == pytest.approx(1.0 + 0.25, rel=1e-6)


def test_a_hole_is_not_counted_in_the_area() -> None:
    outer = utm_square(100.0)
    hole = utm_square(20.0, x0=EASTING + 40.0, y0=NORTHING + 40.0)
    with_hole = Polygon(outer.exterior.coords, [hole.exterior.coords])
    assert area_ha(with_hole) == pytest.approx(1.0 - 0.04, rel=1e-6)


def test_no_shape_has_no_area() -> None:
    assert area_ha(None) == 0.0
    assert area_ha(Polygon()) == 0.0
    assert perimeter_m(None) == 0.0


def test_areas_of_many_plots_at_once() -> None:
    plots = np.array([utm_square(100.0), utm_square(200.0), utm_square(10.0)], dtype=object)
    np.testing.assert_allclose(areas_ha(plots), [1.0, 4.0, 0.01], rtol=1e-6)
    assert len(areas_ha(np.array([], dtype=object))) == 0


def test_central_meridian_of_zone_48_is_easting_500_km() -> None:
    # UTM zone 48 is centred on 105 E; the equator there is (500000, 0) by definition.
    x, y = to_metric(Point(105.0, 0.0)).coords[0]
    assert x == pytest.approx(500_000.0, abs=1e-3)
    assert y == pytest.approx(0.0, abs=1e-3)


# --- shapes that may enter the project ------------------------------------------------------


def test_polygon_becomes_multipolygon_with_the_same_area() -> None:
    square = utm_square(100.0)
    plot = validate_plot_geometry(square)
    assert isinstance(plot, MultiPolygon)
    assert len(plot.geoms) == 1
    assert area_ha(plot) == pytest.approx(1.0, rel=1e-6)
    assert isinstance(to_multipolygon(square), MultiPolygon)


def test_multipolygon_is_kept_as_it_is() -> None:
    multi = MultiPolygon([utm_square(100.0), utm_square(50.0, x0=EASTING + 500.0)])
    assert validate_plot_geometry(multi).equals(multi)


def test_z_values_from_a_gps_are_dropped() -> None:
    flat = utm_square(100.0)
    with_z = Polygon([(x, y, 25.0) for x, y in flat.exterior.coords])
    plot = validate_plot_geometry(with_z)
    assert not plot.has_z
    assert plot.equals(MultiPolygon([flat]))


@pytest.mark.parametrize(
    "shape",
    [Point(104.9, 11.5), LineString([(104.9, 11.5), (104.91, 11.51)])],
    ids=["point", "line"],
)
def test_a_point_or_a_line_is_not_a_plot(shape) -> None:
    with pytest.raises(GeometryError, match="polygon") as info:
        validate_plot_geometry(shape)
    assert shape.geom_type in str(info.value)


@pytest.mark.parametrize("shape", [None, Polygon(), MultiPolygon()], ids=["none", "empty", "multi"])
def test_a_plot_without_shape_is_refused(shape) -> None:
    with pytest.raises(GeometryError, match="no shape"):
        validate_plot_geometry(shape)


def test_bow_tie_is_refused_at_the_crossing_point() -> None:
    # Corners of a 0.001 degree square visited in a crossed order: the two edges from
    # (w, s) to (e, n) and from (e, s) to (w, n) are the diagonals, which cross at the centre.
    w, s, e, n = 104.0, 13.0, 104.001, 13.001
    bow_tie = Polygon([(w, s), (e, n), (e, s), (w, n)])
    with pytest.raises(GeometryError) as info:
        validate_plot_geometry(bow_tie)
    error = info.value
    assert "self-intersect" in str(error).lower()
    assert "cross itself" in str(error)
    assert error.location is not None
    assert error.location[0] == pytest.approx((w + e) / 2, abs=1e-9)
    assert error.location[1] == pytest.approx((s + n) / 2, abs=1e-9)
    # The message names the place too, so the officer can find it without the map.
    assert "104.00050, 13.00050" in str(error), "degrees to 5 decimals (about 1 m)"


def test_a_crossing_in_utm_is_worded_to_the_metre() -> None:
    x, y = EASTING, NORTHING
    bow_tie = Polygon([(x, y), (x + 100.3, y + 100.7), (x + 100.3, y), (x, y + 100.7)])
    with pytest.raises(GeometryError) as info:
        validate_plot_geometry(bow_tie)
    assert f"{x + 50.15:.0f}, {y + 50.35:.0f}" in str(info.value)
    assert f"{x + 50.15:.1f}" not in str(info.value), "no fractions of a metre"


def test_overlapping_parts_are_refused() -> None:
    overlapping = MultiPolygon([utm_square(100.0), utm_square(100.0, x0=EASTING + 50.0)])
    with pytest.raises(GeometryError):
        validate_plot_geometry(overlapping)


def test_geometry_error_is_a_domain_error_for_the_user() -> None:
    with pytest.raises(DomainError):
        validate_plot_geometry(Point(104.9, 11.5))


def test_invalid_shape_is_not_repaired_silently() -> None:
    bow_tie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    with pytest.raises(GeometryError):
        validate_plot_geometry(bow_tie)
    # The refused shape is still what the user drew.
    assert not shapely.is_valid(bow_tie)


# --- inside Cambodia ------------------------------------------------------------------------


def test_plot_in_battambang_is_within_cambodia() -> None:
    assert within_cambodia(utm_square(100.0))


def test_swapped_latitude_and_longitude_is_outside_cambodia() -> None:
    square = utm_square(100.0)
    swapped = shapely.transform(square, lambda xy: xy[:, ::-1])
    assert not within_cambodia(swapped)


def test_shape_crossing_the_extent_is_not_within_cambodia() -> None:
    # From Phnom Penh (104.9 E) to Bangkok (100.5 E): partly outside the extent.
    long_strip = Polygon([(100.5, 11.5), (104.9, 11.5), (104.9, 11.6), (100.5, 11.6)])
    assert not within_cambodia(long_strip)


def test_square_area_agrees_with_the_geodesic_area() -> None:
    # An independent measure on the ellipsoid: within 0.1 % of the UTM area (scale factor
    # at 102.9 E is about 1.0001 squared), so the transform itself is right.
    from pyproj import Geod

    square = utm_square(100.0)
    geodesic_m2, _ = Geod(ellps="WGS84").geometry_area_perimeter(square)
    assert math.isclose(area_ha(square), abs(geodesic_m2) / 10_000, rel_tol=1e-3)
