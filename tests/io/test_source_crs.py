"""Coordinate systems of imported files: sensible guesses only, honest conversions to WGS 84."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Geod, Transformer
from pyproj.transformer import TransformerGroup
from shapely.geometry import Point, Polygon, box

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.import_review import CAMBODIA_LONLAT
from metkasekor_desktop.io.source_crs import (
    SourceCrsError,
    bounds_of,
    crs_label,
    guess_crs,
    swapped_lonlat,
    to_wgs84,
)

GEOD = Geod(ellps="WGS84")
ESRI_UTM48N = (
    'PROJCS["WGS_1984_UTM_Zone_48N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",'
    'SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],'
    'UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],'
    'PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],'
    'PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],'
    'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'
)
ESRI_WGS84 = (
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,'
    '298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'
)


def _objects(*geoms) -> np.ndarray:
    out = np.empty(len(geoms), dtype=object)
    out[:] = list(geoms)
    return out


def _lonlat_bounds(epsg: int, bounds) -> tuple[float, float, float, float]:
    tr = Transformer.from_crs(epsg, 4326, always_xy=True)
    return tr.transform_bounds(*bounds)


def _distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


# --- guesses ----------------------------------------------------------------------------


def test_degrees_in_cambodia_are_guessed_as_wgs84_lonlat():
    choices = guess_crs((103.1, 12.0, 104.2, 13.5))  # Battambang to Kampong Thom
    assert [c.epsg for c in choices] == [4326]
    assert "longitude" in choices[0].label and "103.10" in choices[0].reason


def test_degrees_just_across_the_border_are_still_guessed_but_far_away_are_not():
    assert [c.epsg for c in guess_crs((101.9, 13.0, 102.5, 13.4))] == [4326]
    assert guess_crs((5.0, 50.0, 6.0, 51.0)) == []  # Belgium: no guess
    assert guess_crs((100.0, 15.5, 101.0, 16.5)) == []  # central Thailand, > 1 degree away


def test_utm48n_metres_are_guessed_as_utm48n_then_indian_1960():
    bounds = (300_000.0, 1_400_000.0, 320_000.0, 1_420_000.0)
    choices = guess_crs(bounds)
    assert [c.epsg for c in choices[:2]] == [32648, 3148]
    assert "48N" in choices[0].label and "Indian 1960" in choices[1].label
    assert all(c.reason for c in choices)


def test_every_guess_puts_the_data_in_or_near_cambodia():
    w, s, e, n = CAMBODIA_LONLAT
    for bounds in [(200_000.0, 1_150_000.0, 790_000.0, 1_620_000.0),
                   (850_000.0, 1_300_000.0, 880_000.0, 1_320_000.0),
                   (950_000.0, 1_400_000.0, 990_000.0, 1_450_000.0)]:
        for choice in guess_crs(bounds):
            lon0, lat0, lon1, lat1 = _lonlat_bounds(choice.epsg, bounds)
            assert lon0 >= w - 2 and lon1 <= e + 2 and lat0 >= s - 2 and lat1 <= n + 2, choice


def test_western_cambodia_in_utm47n_is_offered_as_zone_47n():
    tr = Transformer.from_crs(4326, 32647, always_xy=True)
    x0, y0 = tr.transform(102.6, 12.9)  # Pailin / Battambang
    x1, y1 = tr.transform(102.9, 13.2)
    choices = guess_crs((x0, y0, x1, y1))
    assert 32647 in [c.epsg for c in choices]
    assert 32648 not in [c.epsg for c in choices]  # would put the data in Vietnam's sea


def test_metres_far_from_cambodia_get_no_guess():
    assert guess_crs((400_000.0, 4_000_000.0, 420_000.0, 4_020_000.0)) == []  # 36 N
    assert guess_crs((2_000_000.0, 1_300_000.0, 2_100_000.0, 1_400_000.0)) == []


def test_no_bounds_or_broken_bounds_get_no_guess():
    assert guess_crs(None) == []
    assert guess_crs((float("nan"), 0.0, 1.0, 1.0)) == []


def test_swapped_latitude_longitude_is_detected():
    assert swapped_lonlat((12.0, 104.0, 12.5, 104.5)) is True
    assert swapped_lonlat((104.0, 12.0, 104.5, 12.5)) is False
    assert swapped_lonlat((300_000.0, 1_400_000.0, 320_000.0, 1_420_000.0)) is False
    assert swapped_lonlat(None) is False


# --- labels -----------------------------------------------------------------------------


def test_labels_name_the_system_and_its_epsg_code():
    assert crs_label(3148) == "Indian 1960 / UTM zone 48N (EPSG:3148)"
    assert crs_label("EPSG:32648") == "WGS 84 / UTM zone 48N (EPSG:32648)"
    # An ESRI .prj is named by the EPSG system it matches, not "WGS_1984_UTM_Zone_48N".
    assert crs_label(ESRI_UTM48N) == "WGS 84 / UTM zone 48N (EPSG:32648)"


def test_an_unreadable_coordinate_system_is_refused_with_advice():
    with pytest.raises(SourceCrsError) as info:
        to_wgs84(_objects(Point(1, 2)), 'PROJCS["broken')
    assert isinstance(info.value, DomainError)
    assert "cannot be read" in str(info.value) and ".prj" in str(info.value)
    with pytest.raises(SourceCrsError):
        crs_label("this is not a coordinate system")


# --- conversion -------------------------------------------------------------------------


def test_utm48n_converts_to_the_same_positions_as_pyproj():
    square = box(480_000, 1_380_000, 481_000, 1_381_000)
    out, note = to_wgs84(_objects(square, None, Point(500_000, 0), Point(612_345.6, 1_456_789)),
                         32648)
    assert out[1] is None
    assert out[2].x == pytest.approx(105.0, abs=1e-9) and out[2].y == pytest.approx(0, abs=1e-9)
    expected = Transformer.from_crs(32648, 4326, always_xy=True).transform(612_345.6, 1_456_789)
    assert _distance_m((out[3].x, out[3].y), expected) < 0.01
    assert out[0].geom_type == "Polygon" and out[0].is_valid
    assert note is not None and not note.ballpark and note.accuracy_m == 0
    assert "WGS 84 / UTM zone 48N" in note.message and note.unconverted == []


def test_indian_1960_is_reported_as_a_ballpark_conversion_with_its_error():
    # PROJ 9 knows Indian 1960 shifts only for parts of Vietnam; on Cambodian soil it can
    # only offer its "ballpark" offset, and that is what the officer must be told.
    square = box(480_000, 1_380_000, 481_000, 1_381_000)
    out, note = to_wgs84(_objects(square, Point(480_000, 1_380_000)), 3148)
    assert note.ballpark is True and note.accuracy_m is None
    assert "ballpark" in note.message and "Indian 1960 / UTM zone 48N" in note.message
    assert 300 < note.estimated_error_m < 700  # the published shifts move it ~450 m
    assert f"{round(note.estimated_error_m, -1):.0f} m" in note.message
    ballpark = next(t for t in TransformerGroup(3148, 4326, always_xy=True).transformers
                    if "Ballpark" in t.description)
    expected = ballpark.transform(480_000, 1_380_000)
    assert _distance_m((out[1].x, out[1].y), expected) < 0.01


def test_a_file_across_the_edge_of_a_datum_shift_area_is_not_torn_apart():
    # Two points 20 km apart, one each side of the edge (106.54 E) of the area where PROJ
    # has a 27 m Indian 1960 shift: converted point by point they would end ~430 m closer.
    pts = _objects(Point(655_000, 1_200_000), Point(675_000, 1_200_000))
    out, note = to_wgs84(pts, 3148)
    distance = _distance_m((out[0].x, out[0].y), (out[1].x, out[1].y))
    assert distance == pytest.approx(20_000, abs=10)
    assert note.ballpark


def test_wgs84_sources_are_returned_as_they_are():
    square = box(104.0, 12.0, 104.001, 12.001)
    for source in (4326, "OGC:CRS84", ESRI_WGS84):
        out, note = to_wgs84(_objects(square), source)
        assert note is None and out[0].equals(square)


def test_swapped_coordinates_are_swapped_before_conversion():
    out, note = to_wgs84(_objects(Point(12.5, 104.9)), 4326, swap_xy=True)
    assert (out[0].x, out[0].y) == (104.9, 12.5) and note is None
    out, _ = to_wgs84(_objects(Point(1_400_000, 500_000)), 32648, swap_xy=True)
    assert out[0].x == pytest.approx(105.0)


def test_a_geometry_proj_cannot_convert_becomes_none_and_is_listed():
    out, note = to_wgs84(_objects(Point(1e12, 1e12), Point(500_000, 1_400_000)), 32648)
    assert out[0] is None and out[1] is not None
    assert note.unconverted == [0]


def test_heights_do_not_survive_the_conversion():
    poly = Polygon([(480_000, 1_380_000, 5), (481_000, 1_380_000, 6), (481_000, 1_381_000, 7)])
    out, _ = to_wgs84(_objects(poly), 32648)
    assert not shapely.has_z(out[0])


def test_bounds_ignore_missing_and_empty_shapes():
    geoms = _objects(None, Polygon(), box(1, 2, 3, 4), Point(0, 5))
    assert bounds_of(geoms) == (0.0, 2.0, 3.0, 5.0)
    assert bounds_of(_objects(None, Polygon())) is None
    assert bounds_of(_objects()) is None
