"""Zipped Shapefile export: what a partner opening the zip in QGIS or pyshp sees."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from datetime import date

import numpy as np
import pytest
import shapefile  # pyshp: an independent reader
import shapely
from pyproj import CRS

from metkasekor_desktop.domain.geometry import areas_ha
from metkasekor_desktop.io.export_table import ExportTable, date_column, text_column
from metkasekor_desktop.io.shapefile_export import (
    FIELD_NAMES,
    ShapefileExportError,
    short_field_names,
    shorten_text,
    split_text,
    write_shapefile,
    write_shapefile_zip,
    write_zip,
)

LONG_NOTE = "ដីល្អ" * 60  # 300 Khmer characters, 900 bytes in UTF-8
KHMER_NAMES = ["សុខ ចាន់", "ចាន់ បុប្ផា", "ហេង សុខា"]


def _square(lon: float, lat: float, size: float = 0.001) -> shapely.MultiPolygon:
    return shapely.MultiPolygon([shapely.box(lon, lat, lon + size, lat + size * 1.3)])


def sample_geometries() -> np.ndarray:
    """Two squares and a two-part plot whose first part has a hole (WGS 84)."""
    outer = shapely.box(105.0, 13.40, 105.0012, 13.4012)
    hole = shapely.box(105.0004, 13.4004, 105.0008, 13.4008)
    holed = shapely.MultiPolygon([shapely.Polygon(outer.exterior.coords, [hole.exterior.coords]),
                                  shapely.box(105.0015, 13.40, 105.0020, 13.4005)])
    return np.array([_square(102.95, 12.80), _square(102.952, 12.80, 0.0008), holed],
                    dtype=object)


def sample_plots(name: str = "plots") -> ExportTable:
    """Three plots with Khmer text, a 300-character note, codes, dates, NaN and None."""
    ints = np.empty(3, dtype=object)
    ints[:] = [2, None, None]
    columns = {
        "code": text_column(["BTB-RM-0001", "BTB-RM-0002", "0042"]),
        "farmer_name_kh": text_column(KHMER_NAMES),
        "farmer_name_latin": text_column(["Sok Chan", "Chan Bopha", "Heng Sokha"]),
        "village_code": text_column(["02070101", "02070101", "13050101"]),
        "village_name_kh": text_column(["បាណង់", "បាណង់", "រវៀងជើង"]),
        "role": text_column(["demonstration", "control", "farmer_field"]),
        "area_ha": np.array([1.23, 0.98, 2.5]),
        "notes": text_column([LONG_NOTE, "ដីជម្រាលបន្តិច", None]),
        "paired_plot_id": ints,
        "practices": text_column(["no_till; cover_crop", None, "no_till"]),
        "yield_t_ha": np.array([4.2, np.nan, 3.1]),
        "sown_on": date_column([date(2024, 5, 12), date(2024, 5, 14), None]),
    }
    wkb = np.asarray(shapely.to_wkb(sample_geometries(), output_dimension=2), dtype=object)
    return ExportTable(name, columns, wkb, 4326, {"sown_on": "Date the crop was sown."})


@pytest.fixture
def plots() -> ExportTable:
    return sample_plots()


def _read_zip_text(path, name: str) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name).decode("utf-8-sig")


def _pyshp_reader(path):
    with zipfile.ZipFile(path) as zf:
        parts = {s: io.BytesIO(zf.read(f"plots.{s}")) for s in ("shp", "shx", "dbf")}
    return shapefile.Reader(**parts, encoding="utf-8")


def test_khmer_text_codes_and_dates_survive_in_both_readers(tmp_path, plots):
    import pyogrio

    summary = write_shapefile_zip(plots, tmp_path / "plots.zip")
    out = summary.path
    assert out == tmp_path / "plots.zip" and out.exists() and summary.count == 3
    df = pyogrio.read_dataframe(f"/vsizip/{out}/plots.shp")
    assert len(df) == 3
    assert list(df["farmer_kh"]) == KHMER_NAMES
    assert list(df["vill_code"]) == ["02070101", "02070101", "13050101"]
    assert list(df["code"]) == ["BTB-RM-0001", "BTB-RM-0002", "0042"]
    assert str(df["sown_on"].iloc[0].date()) == "2024-05-12"
    assert df["yield_t_ha"].isna().tolist() == [False, True, False]
    info = pyogrio.read_info(f"/vsizip/{out}/plots.shp")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["vill_code"] == types["code"] == "OFTString"
    assert types["sown_on"] == "OFTDate"

    reader = _pyshp_reader(out)
    assert len(reader) == 3
    records = reader.records()
    assert [r["farmer_kh"] for r in records] == KHMER_NAMES
    assert [r["vill_kh"] for r in records] == ["បាណង់", "បាណង់", "រវៀងជើង"]
    assert records[0]["vill_code"] == "02070101"
    assert records[1]["notes"] == "ដីជម្រាលបន្តិច"
    assert [r["sown_on"] for r in records] == [date(2024, 5, 12), date(2024, 5, 14), None]
    assert [r["pair_id"] for r in records] == [2, None, None]
    assert [r["practices"] for r in records][0] == "no_till; cover_crop"


def test_cpg_says_utf8_and_prj_names_the_crs(tmp_path, plots):
    wgs = write_shapefile_zip(plots, tmp_path / "wgs.zip").path
    utm = write_shapefile_zip(plots, tmp_path / "utm.zip", epsg=32648).path
    assert _read_zip_text(wgs, "plots.cpg").strip().upper() in ("UTF-8", "UTF8")
    assert CRS.from_wkt(_read_zip_text(wgs, "plots.prj")).to_epsg() == 4326
    assert CRS.from_wkt(_read_zip_text(utm, "plots.prj")).to_epsg() == 32648


@pytest.mark.parametrize("epsg", [4326, 32648])
def test_polygon_areas_holes_and_parts_are_kept(tmp_path, plots, epsg):
    out = write_shapefile_zip(plots, tmp_path / "p.zip", epsg=epsg).path
    shapes = _pyshp_reader(out).shapes()
    read = np.array([shapely.geometry.shape(s.__geo_interface__) for s in shapes], dtype=object)
    read_ha = areas_ha(read) if epsg == 4326 else shapely.area(read) / 10_000
    np.testing.assert_allclose(read_ha, areas_ha(sample_geometries()), rtol=1e-4)
    holed = shapely.get_parts(read[2])
    assert len(holed) == 2 and sorted(shapely.get_num_interior_rings(holed)) == [0, 1]
    if epsg == 32648:  # metres, not degrees
        assert shapely.bounds(read[0])[0] > 100_000


def test_long_khmer_text_is_shortened_visibly_and_kept_in_full_in_a_sidecar(tmp_path, plots):
    summary = write_shapefile_zip(plots, tmp_path / "p.zip")
    assert summary.shortened == [("BTB-RM-0001", "notes")]
    assert "254 bytes" in summary.message() and "long_text.csv" in summary.message()
    note = _pyshp_reader(summary.path).record(0)["notes"]
    assert note.endswith("…") and len(note.encode("utf-8")) <= 254
    kept = note[:-1]
    assert LONG_NOTE.startswith(kept) and len(kept) > 60
    # cut between clusters: never after a subscript sign, never before a vowel sign
    assert kept[-1] != "\u17d2" and not unicodedata.category(LONG_NOTE[len(kept)]).startswith("M")
    with zipfile.ZipFile(summary.path) as zf:
        raw = zf.read("plots_long_text.csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte-order mark for Excel
    sidecar = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {r["code"] for r in sidecar} == {"BTB-RM-0001"} and {r["field"] for r in sidecar} == {
        "notes"}
    assert [int(r["part"]) for r in sidecar] == list(range(1, len(sidecar) + 1))
    assert all(len(r["text"].encode("utf-8")) <= 254 for r in sidecar)
    assert "".join(r["text"] for r in sidecar) == LONG_NOTE


def test_without_long_text_there_is_no_sidecar(tmp_path, plots):
    short = plots.take([1, 2])
    summary = write_shapefile_zip(short, tmp_path / "p.zip")
    assert summary.shortened == [] and "long_text" not in summary.message()
    with zipfile.ZipFile(summary.path) as zf:
        assert sorted(zf.namelist()) == ["plots.cpg", "plots.dbf", "plots.prj", "plots.shp",
                                         "plots.shx", "plots_fields.csv"]
        assert zf.testzip() is None


def test_field_names_are_short_stable_and_listed_with_their_meaning(tmp_path, plots):
    out = write_shapefile_zip(plots, tmp_path / "p.zip").path
    fields = {f[0]: f for f in _pyshp_reader(out).fields[1:]}
    assert all(len(f) <= 10 for f in fields)
    assert {"code", "farmer_kh", "farmer_lat", "vill_code", "vill_kh", "role", "area_ha",
            "notes", "pair_id", "practices", "yield_t_ha", "sown_on"} == set(fields)
    assert fields["code"][2] == len("BTB-RM-0001")  # text fields sized to their content
    assert fields["farmer_kh"][2] == max(len(n.encode("utf-8")) for n in KHMER_NAMES)
    listed = list(csv.DictReader(io.StringIO(_read_zip_text(out, "plots_fields.csv"))))
    by_short = {r["short_name"]: r for r in listed}
    assert by_short["farmer_kh"]["full_name"] == "farmer_name_kh"
    assert by_short["vill_code"]["full_name"] == "village_code"
    assert "hectares" in by_short["area_ha"]["description"]
    assert by_short["sown_on"]["description"] == "Date the crop was sown."


def test_short_field_names_are_unique_deterministic_and_keep_known_names():
    names = ["village_code", "harvest_weight_kg", "harvest_weight_g", "Harvest Weight Kg",
             "created_at", "2nd_visit", "practice_names_kh", "done", "done_date"]
    mapping = short_field_names(names)
    assert mapping == short_field_names(names)
    assert mapping["village_code"] == "vill_code" and mapping["created_at"] == "created"
    assert mapping["practice_names_kh"] == "pract_kh" and mapping["done_date"] == "done"
    assert mapping["done"] == "done_1"  # an imported "done" gives way to the known field
    shorts = [s.lower() for s in mapping.values()]
    assert len(set(shorts)) == len(shorts) and all(len(s) <= 10 for s in shorts)
    assert mapping["harvest_weight_kg"] == "harvest_we"
    assert mapping["harvest_weight_g"] == "harvest__1"
    assert mapping["2nd_visit"] == "f2nd_visit"
    assert all(len(s) <= 10 for s in FIELD_NAMES.values())
    assert len({s.lower() for s in FIELD_NAMES.values()}) == len(FIELD_NAMES)


def test_shorten_and_split_text_cut_on_character_boundaries():
    assert shorten_text("abc") == "abc"
    short = shorten_text("ក" * 100)
    assert short.endswith("…") and len(short.encode("utf-8")) <= 254
    parts = split_text(LONG_NOTE)
    assert "".join(parts) == LONG_NOTE and len(parts) == 4
    assert all(len(p.encode("utf-8")) <= 254 and p[-1] != "\u17d2" for p in parts)
    assert split_text("") == [""]


def test_write_shapefile_leaves_the_loose_files_in_a_folder(tmp_path, plots):
    files = write_shapefile(plots, tmp_path / "shp", "plots")
    assert {f.name for f in files} == {"plots.shp", "plots.shx", "plots.dbf", "plots.prj",
                                      "plots.cpg", "plots_fields.csv", "plots_long_text.csv"}
    assert all(f.parent == tmp_path / "shp" and f.exists() for f in files)


def test_other_crs_is_refused(tmp_path, plots):
    with pytest.raises(ShapefileExportError, match="EPSG:4326 or EPSG:32648"):
        write_shapefile_zip(plots, tmp_path / "p.zip", epsg=3857)
    assert not any(tmp_path.iterdir())


def test_an_unwritable_target_is_refused_with_a_message_and_no_partial_file(tmp_path, plots):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(ShapefileExportError, match="Could not write"):
        write_shapefile_zip(plots, blocker / "plots.zip")
    target = tmp_path / "exists.zip"
    target.mkdir()  # a folder where the zip should go
    with pytest.raises(ShapefileExportError, match="exists.zip"):
        write_shapefile_zip(plots, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exists.zip", "not_a_folder"]


def test_zip_of_large_files_is_read_back_byte_for_byte(tmp_path):
    big = tmp_path / "big.dbf"
    lines = (f"BTB-RM-{i:06d} ដីល្អ {i * 7919 % 1000:03d}\n".encode() for i in range(330_000))
    big.write_bytes(b"".join(lines))  # about 10 MB: several 4 MB chunks
    empty = tmp_path / "empty.cpg"
    empty.write_bytes(b"")
    khmer = tmp_path / "ដី.csv"
    khmer.write_text("ដីល្អ", encoding="utf-8")
    out = tmp_path / "out.zip"
    write_zip(out, [big, empty, khmer])
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None  # every CRC matches
        assert zf.namelist() == ["big.dbf", "empty.cpg", "ដី.csv"]
        assert zf.read("big.dbf") == big.read_bytes()
        assert zf.read("empty.cpg") == b""
        assert zf.read("ដី.csv").decode("utf-8") == "ដីល្អ"
        assert zf.getinfo("big.dbf").compress_type == zipfile.ZIP_DEFLATED
        assert zf.getinfo("big.dbf").compress_size < big.stat().st_size / 5
