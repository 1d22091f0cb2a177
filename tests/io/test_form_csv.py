"""Phone-form CSV: geoshape, WKT and lon/lat columns read as plots of known area."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import area_ha, transform_xy
from metkasekor_desktop.domain.messages import as_message
from metkasekor_desktop.io.form_csv import (
    FormCsvError,
    parse_geoshape,
    parse_wkt_polygon,
    read_form_csv,
    rows_to_points,
    rows_to_polygons,
)

# A 100 m x 100 m square (1 ha) near Battambang, as (lon, lat) corners.
_E, _N = 300_000.0, 1_450_000.0
HECTARE = [
    transform_xy(x, y, 32648, 4326)
    for x, y in [(_E, _N), (_E, _N + 100), (_E + 100, _N + 100), (_E + 100, _N)]
]


def geoshape(points, sep: str = ";") -> str:
    return sep.join(f"{lat:.9f} {lon:.9f} 12.5 4.0" for lon, lat in points)


def test_geoshape_of_one_hectare() -> None:
    points = parse_geoshape(geoshape(HECTARE + HECTARE[:1]))
    assert points[0] == pytest.approx(HECTARE[0])  # longitude first
    from shapely.geometry import Polygon

    assert area_ha(Polygon(points)) == pytest.approx(1.0, rel=1e-3)


def test_geoshape_tolerates_spaces_trailing_semicolon_and_short_points() -> None:
    text = "  11.5 104.9 0 5 ;11.6   104.9;  11.6 104.95 3 ;"
    assert parse_geoshape(text) == [(104.9, 11.5), (104.9, 11.6), (104.95, 11.6)]


def test_geoshape_decimal_commas_and_khmer_digits() -> None:
    assert parse_geoshape("11,5 104,9 0 5; 11,6 104,9") == [(104.9, 11.5), (104.9, 11.6)]
    assert parse_geoshape("១១.៥ ១០៤.៩ ០ ៥") == [(104.9, 11.5)]


@pytest.mark.parametrize(
    ("text", "point", "words"),
    [
        ("11.5 104.9; 11.6 abc 0 0", 2, "not a list of numbers"),
        ("11.5 104.9; 11.6 104.9; 1 2 3 4 5", 3, "5 numbers"),
        ("11.5 104.9; 12 105; 1 2; 104.9 200", 4, "latitude comes first"),
        ("11.5 nan", 1, "not a list of numbers"),
    ],
)
def test_geoshape_bad_point_named(text: str, point: int, words: str) -> None:
    with pytest.raises(FormCsvError) as caught:
        parse_geoshape(text)
    assert caught.value.point == point
    assert f"Point {point}" in str(caught.value)
    assert words in str(caught.value)
    assert isinstance(caught.value, DomainError)
    said = as_message(caught.value)
    assert said.template.startswith("Point {number} ('{value}')") and said.params["number"] == point


def test_empty_geoshape_refused() -> None:
    with pytest.raises(FormCsvError, match="empty"):
        parse_geoshape(" ; ; ")


def test_wkt_polygon_area_and_z_note() -> None:
    ring = ", ".join(f"{lon} {lat}" for lon, lat in HECTARE + HECTARE[:1])
    polygon, note = parse_wkt_polygon(f"POLYGON (({ring}))")
    assert note is None
    assert area_ha(polygon) == pytest.approx(1.0, rel=1e-3)
    ring_z = ", ".join(f"{lon} {lat} 10" for lon, lat in HECTARE + HECTARE[:1])
    polygon_z, note = parse_wkt_polygon(f"MULTIPOLYGON Z ((({ring_z})))")
    assert not polygon_z.has_z
    assert note is not None and "dropped" in note
    assert area_ha(polygon_z) == pytest.approx(1.0, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "words"),
    [("POINT (104.9 11.5)", "Point, not a polygon"), ("POLYGON ((104.9", "not valid WKT"),
     ("", "empty"), ("POLYGON EMPTY", "empty")],
)
def test_wkt_refusals(text: str, words: str) -> None:
    with pytest.raises(FormCsvError, match=words):
        parse_wkt_polygon(text)


def _write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_kobo_geoshape_csv_with_semicolon_delimiter(tmp_path: Path) -> None:
    shape = geoshape(HECTARE + HECTARE[:1])
    text = (
        "farmer;village;plot/plot_boundary;_uuid\r\n"
        f'សុខ ចាន់;Kampong Ampil;"{shape}";a1\r\n'
        "Dara;Kampong Ampil;;a2\r\n"
        "Vanna;Ta Meun;11.5 104.9 0 0;11.5 104.9 0 0;a3\r\n"
    )
    # the third row's geoshape is quoted so the delimiter inside it is kept
    text = text.replace("11.5 104.9 0 0;11.5 104.9 0 0", '"11.5 104.9 0 0;11.5 104.9 0 0"')
    table = read_form_csv(_write(tmp_path / "form.csv", text))
    assert table.kind == "geoshape"
    assert table.geometry_column == "plot/plot_boundary"
    assert table.rows[0][0] == "សុខ ចាន់"
    results = rows_to_polygons(table)
    assert [r.row for r in results] == [2, 3, 4]
    assert area_ha(results[0].polygon) == pytest.approx(1.0, rel=1e-3)
    assert results[0].polygon.exterior.is_closed
    assert results[1].polygon is None and "Row 3 has no boundary" in results[1].problem
    assert results[2].polygon is None
    assert "Row 4" in results[2].problem and "1 distinct points" in results[2].problem


def test_open_ring_is_closed(tmp_path: Path) -> None:
    text = f"id,geo_shape\n1,{geoshape(HECTARE)}\n"
    [result] = rows_to_polygons(read_form_csv(_write(tmp_path / "f.csv", text)))
    assert result.problem is None
    assert area_ha(result.polygon) == pytest.approx(1.0, rel=1e-3)


def test_wkt_column_found_by_content_in_cp1252_file(tmp_path: Path) -> None:
    ring = ", ".join(f"{lon} {lat}" for lon, lat in HECTARE + HECTARE[:1])
    text = f'name,shape_text\nCaf\u00e9 plot,"POLYGON (({ring}))"\n'
    table = read_form_csv(_write(tmp_path / "f.csv", text, "cp1252"))
    assert table.kind == "wkt" and table.geometry_column == "shape_text"
    assert table.encoding == "cp1252"
    assert table.rows[0][0] == "Caf\u00e9 plot"
    [result] = rows_to_polygons(table)
    assert area_ha(result.polygon) == pytest.approx(1.0, rel=1e-3)


def test_lonlat_columns_for_points(tmp_path: Path) -> None:
    text = (
        "\ufeffname\t_gps_latitude\t_gps_longitude\n"
        "well\t11,55\t104,91\nbad\tx\t104.9\n"
    )
    table = read_form_csv(_write(tmp_path / "f.csv", text, "utf-8"))
    assert table.kind == "lonlat"
    assert (table.geometry_column, table.latitude_column) == ("_gps_longitude", "_gps_latitude")
    points = rows_to_points(table)
    assert points[0].point == (104.91, 11.55)
    assert points[1].point is None and "Row 3" in points[1].problem
    with pytest.raises(FormCsvError, match="points"):
        rows_to_polygons(table)


@pytest.mark.parametrize(
    ("text", "words"),
    [("", "empty"), ("a,b\n1,2\n", "No boundary column"), ("\n\n  \n", "empty")],
)
def test_tables_without_geometry_refused(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(FormCsvError, match=words):
        read_form_csv(_write(tmp_path / "f.csv", text, "utf-8"))


def test_undecodable_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"geoshape\n\x81\x8d\xff\xfe\n")
    with pytest.raises(FormCsvError, match="neither UTF-8 nor Windows-1252"):
        read_form_csv(path)


# --- fuzzing: only FormCsvError or a result may come out ------------------------------

_POINTISH = st.text(alphabet="0123456789.,; -eE\t១២nainf", max_size=80)
_FUZZ = settings(max_examples=200, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])


@_FUZZ
@given(st.one_of(st.text(max_size=120), _POINTISH))
def test_fuzz_parse_geoshape(text: str) -> None:
    try:
        points = parse_geoshape(text)
    except FormCsvError:
        return
    assert points and all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in points)


@_FUZZ
@given(st.text(max_size=120))
def test_fuzz_parse_wkt(text: str) -> None:
    try:
        parse_wkt_polygon(text)
    except FormCsvError:
        pass


_CELLS = st.one_of(_POINTISH, st.text(max_size=20), st.sampled_from(
    ["POLYGON ((0 0, 1 0, 1 1, 0 0))", "11.5 104.9 0 0;11.6 104.9;11.6 105", "", '"']))


@_FUZZ
@given(
    headers=st.lists(st.one_of(st.sampled_from(
        ["geoshape", "lon", "lat", "wkt", "boundary", "name"]), st.text(max_size=8)),
        min_size=1, max_size=4),
    rows=st.lists(st.lists(_CELLS, max_size=5), max_size=5),
    delimiter=st.sampled_from([",", ";", "\t"]),
    raw=st.binary(max_size=60),
)
def test_fuzz_read_form_csv(tmp_path: Path, headers, rows, delimiter, raw) -> None:
    text = "\n".join(delimiter.join(r) for r in [headers, *rows])
    for name, data in (("a.csv", text.encode("utf-8")), ("b.csv", raw)):
        path = tmp_path / name
        path.write_bytes(data)
        try:
            table = read_form_csv(path)
        except FormCsvError:
            continue
        if table.kind == "lonlat":
            rows_to_points(table)
        else:
            for result in rows_to_polygons(table):
                assert (result.polygon is None) != (result.problem is None)
