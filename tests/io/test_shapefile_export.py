"""Zipped Shapefile export: what a partner opening the zip in QGIS or pyshp sees."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import numpy as np
import pytest
import shapefile  # pyshp: an independent reader
import shapely
from pyproj import CRS

from metkasekor_desktop.domain.geometry import areas_ha, to_metric
from metkasekor_desktop.io.shapefile_export import (
    FIELD_NAMES,
    ShapefileExportError,
    export_plots_shapefile_zip,
    short_field_names,
    shorten_text,
    write_shapefile_zip,
)

LONG_NOTE = "ដីល្អ" * 60  # 300 Khmer characters, 900 bytes in UTF-8


def _square(lon: float, lat: float, size: float = 0.001) -> shapely.MultiPolygon:
    return shapely.MultiPolygon([shapely.box(lon, lat, lon + size, lat + size * 1.3)])


@pytest.fixture
def plots():
    rows = [
        {"code": "BTB-RM-0001", "farmer_name_kh": "សុខ ចាន់", "farmer_name_latin": "Sok Chan",
         "village_code": "02070101", "village_name_kh": "បាណង់", "role": "demonstration",
         "area_ha": 1.23, "notes": LONG_NOTE, "paired_plot_id": 2,
         "sown_on": date(2024, 5, 12)},
        {"code": "BTB-RM-0002", "farmer_name_kh": "ចាន់ បុប្ផា", "farmer_name_latin": "Chan Bopha",
         "village_code": "02070101", "village_name_kh": "បាណង់", "role": "control",
         "area_ha": 0.98, "notes": "ដីជម្រាលបន្តិច", "paired_plot_id": None,
         "sown_on": date(2024, 5, 14)},
        {"code": "0042", "farmer_name_kh": "ហេង សុខា", "farmer_name_latin": "Heng Sokha",
         "village_code": "13050101", "village_name_kh": "រវៀងជើង", "role": "farmer_field",
         "area_ha": 2.5, "notes": "", "paired_plot_id": None, "sown_on": None},
    ]
    geoms = np.array([_square(102.95, 12.80), _square(102.952, 12.80, 0.0008),
                      _square(105.0, 13.40, 0.0012)], dtype=object)
    return rows, geoms


def _read_zip_text(path, name: str) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name).decode("utf-8-sig")


def _pyshp_reader(path):
    zf = zipfile.ZipFile(path)
    return shapefile.Reader(
        shp=io.BytesIO(zf.read("plots.shp")), shx=io.BytesIO(zf.read("plots.shx")),
        dbf=io.BytesIO(zf.read("plots.dbf")), encoding="utf-8",
    )


def test_khmer_text_codes_and_dates_survive_in_both_readers(tmp_path, plots):
    import pyogrio

    rows, geoms = plots
    out = export_plots_shapefile_zip(rows, geoms, tmp_path / "plots.zip")
    assert out == tmp_path / "plots.zip" and out.exists()
    df = pyogrio.read_dataframe(f"/vsizip/{out}/plots.shp")
    assert len(df) == 3
    assert list(df["farmer_kh"]) == ["សុខ ចាន់", "ចាន់ បុប្ផា", "ហេង សុខា"]
    assert list(df["vill_code"]) == ["02070101", "02070101", "13050101"]
    assert list(df["code"]) == ["BTB-RM-0001", "BTB-RM-0002", "0042"]
    assert str(df["sown_on"].iloc[0].date()) == "2024-05-12"
    info = pyogrio.read_info(f"/vsizip/{out}/plots.shp")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["vill_code"] == types["code"] == "OFTString"
    assert types["sown_on"] == "OFTDate"

    reader = _pyshp_reader(out)
    assert len(reader) == 3
    records = reader.records()
    assert [r["farmer_kh"] for r in records] == ["សុខ ចាន់", "ចាន់ បុប្ផា", "ហេង សុខា"]
    assert [r["vill_kh"] for r in records] == ["បាណង់", "បាណង់", "រវៀងជើង"]
    assert records[0]["vill_code"] == "02070101"
    assert records[1]["notes"] == "ដីជម្រាលបន្តិច"


def test_cpg_says_utf8_and_prj_names_the_crs(tmp_path, plots):
    rows, geoms = plots
    wgs = export_plots_shapefile_zip(rows, geoms, tmp_path / "wgs.zip")
    utm = export_plots_shapefile_zip(rows, geoms, tmp_path / "utm.zip", epsg=32648)
    assert _read_zip_text(wgs, "plots.cpg").strip().upper() in ("UTF-8", "UTF8")
    assert CRS.from_wkt(_read_zip_text(wgs, "plots.prj")).to_epsg() == 4326
    assert CRS.from_wkt(_read_zip_text(utm, "plots.prj")).to_epsg() == 32648


@pytest.mark.parametrize("epsg", [4326, 32648])
def test_polygon_areas_are_kept(tmp_path, plots, epsg):
    rows, geoms = plots
    out = export_plots_shapefile_zip(rows, geoms, tmp_path / "p.zip", epsg=epsg)
    shapes = _pyshp_reader(out).shapes()
    read = np.array([shapely.geometry.shape(s.__geo_interface__) for s in shapes], dtype=object)
    read_ha = areas_ha(read) if epsg == 4326 else shapely.area(read) / 10_000
    np.testing.assert_allclose(read_ha, areas_ha(geoms), rtol=1e-4)
    assert shapely.area(to_metric(geoms)).min() > 0


def test_long_khmer_text_is_shortened_visibly_and_kept_in_full_in_a_sidecar(tmp_path, plots):
    rows, geoms = plots
    summary = write_shapefile_zip(rows, geoms, tmp_path / "p.zip")
    assert summary.shortened == [("BTB-RM-0001", "notes")]
    assert "254 bytes" in summary.message() and "long_text.csv" in summary.message()
    note = _pyshp_reader(summary.path).record(0)["notes"]
    assert note.endswith("…") and len(note.encode("utf-8")) <= 254
    assert LONG_NOTE.startswith(note[:-1])
    with zipfile.ZipFile(summary.path) as zf:
        raw = zf.read("plots_long_text.csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte-order mark for Excel
    sidecar = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert sidecar == [{"code": "BTB-RM-0001", "field": "notes", "text": LONG_NOTE}]


def test_field_names_are_short_stable_and_listed_in_the_zip(tmp_path, plots):
    rows, geoms = plots
    out = export_plots_shapefile_zip(rows, geoms, tmp_path / "p.zip")
    fields = [f[0] for f in _pyshp_reader(out).fields[1:]]
    assert all(len(f) <= 10 for f in fields)
    assert {"code", "farmer_kh", "farmer_lat", "vill_code", "vill_kh", "role", "area_ha",
            "notes", "pair_id", "sown_on"} <= set(fields)
    listed = list(csv.reader(io.StringIO(_read_zip_text(out, "plots_fields.csv"))))
    assert listed[0] == ["short_name", "full_name"]
    assert ["farmer_kh", "farmer_name_kh"] in listed and ["vill_code", "village_code"] in listed


def test_short_field_names_are_unique_deterministic_and_keep_known_names():
    names = ["village_code", "harvest_weight_kg", "harvest_weight_g", "Harvest Weight Kg",
             "created_at", "2nd_visit"]
    mapping = short_field_names(names)
    assert mapping == short_field_names(names)
    assert mapping["village_code"] == "vill_code" and mapping["created_at"] == "created"
    shorts = [s.lower() for s in mapping.values()]
    assert len(set(shorts)) == len(shorts) and all(len(s) <= 10 for s in shorts)
    assert mapping["harvest_weight_kg"] == "harvest_we"
    assert mapping["harvest_weight_g"] == "harvest__1"
    assert all(len(s) <= 10 for s in FIELD_NAMES.values())


def test_shorten_text_cuts_on_a_character_boundary():
    assert shorten_text("abc") == "abc"
    short = shorten_text("ក" * 100)
    assert short.endswith("…") and len(short.encode("utf-8")) <= 254
    short.encode("utf-8").decode("utf-8")


def test_an_unwritable_target_is_refused_with_a_message_and_no_partial_file(tmp_path, plots):
    rows, geoms = plots
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(ShapefileExportError, match="Could not write"):
        export_plots_shapefile_zip(rows, geoms, blocker / "plots.zip")
    target = tmp_path / "exists.zip"
    target.mkdir()  # a folder where the zip should go
    with pytest.raises(ShapefileExportError):
        export_plots_shapefile_zip(rows, geoms, target)
    assert not (tmp_path / "exists.part").exists()
