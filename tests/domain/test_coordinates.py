"""Coordinates typed in a table: decimal, DMS, Khmer digits, UTM 48N, swapped values."""

from __future__ import annotations

import pytest

from metkasekor_desktop.domain.coordinates import format_dms, parse_angle, parse_lonlat, parse_utm
from metkasekor_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "axis", "expected"),
    [
        ("103.1234", "lon", 103.1234),
        ("103,1234", "lon", 103.1234),  # decimal comma
        ("  104.9 ", "lon", 104.9),
        ("12°30'00\"N", "lat", 12.5),
        ("12°30′00″N", "lat", 12.5),  # typographic prime marks
        ("12°45.5'N", "lat", 12 + 45.5 / 60),
        ("12°45,5'N", "lat", 12 + 45.5 / 60),
        ("103°05'12.3\"E", "lon", 103 + 5 / 60 + 12.3 / 3600),
        ("103 05 12.3 E", "lon", 103 + 5 / 60 + 12.3 / 3600),
        ("E 103 05 12.3", "lon", 103 + 5 / 60 + 12.3 / 3600),
        ("104° 55' 12.3'' E", "lon", 104 + 55 / 60 + 12.3 / 3600),
        ("១២°៣០'N", "lat", 12.5),  # Khmer digits
        ("១០៤.៥", "lon", 104.5),
        ("12 30 S", "lat", -12.5),
        ("-12.5", "lat", -12.5),
        ("77.5 W", "lon", -77.5),
    ],
)
def test_angles_are_read_in_every_usual_spelling(text: str, axis: str, expected: float) -> None:
    assert parse_angle(text, axis) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("text", "axis", "reason"),
    [
        ("", "lat", "empty"),
        ("abc", "lon", "characters"),
        ("12°30'N", "lon", "ends in E or W"),
        ("103°E", "lat", "ends in N or S"),
        ("95", "lat", "between -90 and 90"),
        ("181", "lon", "between -180 and 180"),
        ("12 61 00 N", "lat", "minutes must be under 60"),
        ("12 30 60 N", "lat", "seconds must be under 60"),
        ("12.5 30 N", "lat", "only the last number"),
        ("-12 S", "lat", "minus sign and a hemisphere"),
        ("1 2 3 4", "lat", "more than three"),
    ],
)
def test_unreadable_angles_are_refused_with_the_reason_and_an_example(
    text: str, axis: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as info:
        parse_angle(text, axis)
    assert reason in str(info.value)
    assert "for example" in str(info.value)
    assert info.value.field == axis


def test_a_lonlat_pair_in_cambodia_is_read() -> None:
    assert parse_lonlat("104°55'12\"E", "11,5564") == pytest.approx(
        (104 + 55 / 60 + 12 / 3600, 11.5564)
    )


@pytest.mark.parametrize(("lon", "lat"), [("11.55", "104.9"), ("11°33'N", "104°55'E")])
def test_swapped_longitude_and_latitude_are_refused_as_swapped(lon: str, lat: str) -> None:
    with pytest.raises(ValidationError, match="look swapped"):
        parse_lonlat(lon, lat)


def test_a_lonlat_pair_outside_cambodia_is_not_called_swapped() -> None:
    assert parse_lonlat("2.35", "48.85") == (2.35, 48.85)  # Paris: far away, but a place


@pytest.mark.parametrize(
    ("easting", "northing", "expected"),
    [
        ("491234.5", "1277000", (491_234.5, 1_277_000.0)),
        ("491,234", "1,277,000.5", (491_234.0, 1_277_000.5)),  # thousands marks
        ("491 234,5", "1 277 000", (491_234.5, 1_277_000.0)),  # spaces and decimal comma
        ("៤៩១២៣៤", "១២៧៧០០០ m", (491_234.0, 1_277_000.0)),
    ],
)
def test_utm_coordinates_are_read(easting: str, northing: str, expected: tuple) -> None:
    assert parse_utm(easting, northing) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("easting", "northing", "message"),
    [
        ("1277000", "491234", "look swapped"),
        ("50000", "1277000", "easting 50000 is outside"),
        ("491234", "2277000", "northing 2277000 is outside"),
        ("abc", "1277000", "not a number"),
        ("", "1277000", "empty"),
    ],
)
def test_implausible_utm_coordinates_are_refused(easting: str, northing: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_utm(easting, northing)


@pytest.mark.parametrize(
    ("value", "axis", "text"),
    [
        (12.5, "lat", "12°30'00.0\"N"),
        (-12.5, "lat", "12°30'00.0\"S"),
        (104.916, "lon", "104°54'57.6\"E"),
        (11.99999999, "lat", "12°00'00.0\"N"),  # rounds up without 60 seconds
    ],
)
def test_dms_formatting(value: float, axis: str, text: str) -> None:
    assert format_dms(value, axis) == text


@pytest.mark.parametrize(
    ("value", "axis"), [(10.123456, "lat"), (14.999, "lat"), (103.0867, "lon"), (-102.5, "lon")]
)
def test_formatted_dms_reads_back_within_a_tenth_of_a_second(value: float, axis: str) -> None:
    assert parse_angle(format_dms(value, axis), axis) == pytest.approx(value, abs=0.05 / 3600)
