"""GeoPackage, GeoJSON and KML/KMZ exports, read back the way partners open them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import date

import numpy as np
import pyogrio
import pytest
import shapely

from metkasekor_desktop.domain.geometry import areas_ha
from metkasekor_desktop.io.export_table import ExportTable, date_column, text_column
from metkasekor_desktop.io.vector_export import (
    VectorExportError,
    write_geojson,
    write_geopackage,
    write_kml,
)
from tests.io.test_shapefile_export import (
    KHMER_NAMES,
    LONG_NOTE,
    sample_geometries,
    sample_plots,
)

KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture
def plots() -> ExportTable:
    return sample_plots()


@pytest.fixture
def practices() -> ExportTable:
    return ExportTable("practices", {
        "key": text_column(["no_till", "cover_crop"]),
        "name_en": text_column(["No-till / direct seeding", "Cover crop"]),
        "name_kh": text_column(["ការដាំដុះដោយមិនភ្ជួររាស់", "ដំណាំគម្របដី"]),
        "added_on": date_column([date(2023, 1, 5), None]),
    })


def _validate(path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "osgeo_utils.samples.validate_gpkg", "--extra",
         "--warning-as-error", str(path)],
        capture_output=True, text=True, check=False,
    )


def _read_areas_ha(path, epsg: int, layer: str | None = None) -> np.ndarray:
    df = pyogrio.read_dataframe(path, layer=layer)
    geoms = np.asarray(df.geometry.values, dtype=object)
    return areas_ha(geoms) if epsg == 4326 else shapely.area(geoms) / 10_000


# --- GeoPackage ------------------------------------------------------------------------------
@pytest.mark.parametrize("epsg", [4326, 32648])
def test_geopackage_is_valid_and_holds_plots_and_related_tables(tmp_path, plots, practices,
                                                                epsg):
    out = write_geopackage(tmp_path / "export.gpkg", plots, [practices], epsg=epsg)
    assert out == tmp_path / "export.gpkg"
    result = _validate(out)
    assert result.returncode == 0, result.stdout + result.stderr
    layers = dict(pyogrio.list_layers(out).tolist())
    assert layers == {"plots": "MultiPolygon", "practices": None}
    assert pyogrio.read_info(out, layer="plots")["crs"] == f"EPSG:{epsg}"
    np.testing.assert_allclose(_read_areas_ha(out, epsg, "plots"),
                               areas_ha(sample_geometries()), rtol=1e-4)
    df = pyogrio.read_dataframe(out, layer="plots")
    assert list(df["farmer_name_kh"]) == KHMER_NAMES
    assert list(df["village_code"]) == ["02070101", "02070101", "13050101"]
    assert df["notes"].iloc[0] == LONG_NOTE  # no 254-byte limit here
    assert str(df["sown_on"].iloc[0].date()) == "2024-05-12" and df["sown_on"].isna().iloc[2]
    holed = shapely.get_parts(df.geometry.values[2])
    assert sorted(shapely.get_num_interior_rings(holed)) == [0, 1]
    info = pyogrio.read_info(out, layer="practices")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["added_on"] == "OFTDate"
    table = pyogrio.read_dataframe(out, layer="practices", read_geometry=False)
    assert list(table["name_kh"]) == ["ការដាំដុះដោយមិនភ្ជួររាស់", "ដំណាំគម្របដី"]
    assert [p.name for p in tmp_path.iterdir()] == ["export.gpkg"]  # no temporary left


def test_geopackage_columns_carry_their_meaning_for_qgis(tmp_path, plots):
    out = write_geopackage(tmp_path / "p.gpkg", plots)
    with sqlite3.connect(out) as db:
        comments = dict(db.execute(
            "SELECT column_name, description FROM gpkg_data_columns WHERE table_name='plots'"))
    assert "hectares" in comments["area_ha"]
    assert comments["sown_on"] == "Date the crop was sown."


def test_geopackage_replaces_an_old_file_and_refuses_bad_input(tmp_path, plots, practices):
    target = tmp_path / "p.gpkg"
    target.write_bytes(b"an old export")
    write_geopackage(target, plots.take([0]))
    assert len(pyogrio.read_dataframe(target, layer="plots")) == 1
    with pytest.raises(VectorExportError, match="EPSG:3857"):
        write_geopackage(tmp_path / "q.gpkg", plots, epsg=3857)
    clash = ExportTable("Plots", {"x": text_column(["a"])})
    with pytest.raises(VectorExportError, match="'Plots'"):
        write_geopackage(tmp_path / "q.gpkg", plots, [clash])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(VectorExportError, match="Could not write"):
        write_geopackage(blocker / "r.gpkg", plots)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "p.gpkg"]


# --- GeoJSON ---------------------------------------------------------------------------------
def test_geojson_is_wgs84_utf8_with_dates_and_nulls(tmp_path, plots):
    out = write_geojson(tmp_path / "p.geojson", plots.reprojected(32648))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data  # RFC 7946
    features = data["features"]
    assert [f["properties"]["farmer_name_kh"] for f in features] == KHMER_NAMES
    assert features[0]["properties"]["sown_on"] == "2024-05-12"
    assert features[2]["properties"]["sown_on"] is None
    assert features[1]["properties"]["yield_t_ha"] is None
    assert features[0]["properties"]["village_code"] == "02070101"
    lon, lat = features[0]["geometry"]["coordinates"][0][0][0]
    assert 102.3 < lon < 107.7 and 10.4 < lat < 14.7
    shapes = np.array([shapely.geometry.shape(f["geometry"]) for f in features], dtype=object)
    np.testing.assert_allclose(areas_ha(shapes), areas_ha(sample_geometries()), rtol=1e-4)


# --- KML and KMZ -----------------------------------------------------------------------------
def _placemarks(root: ET.Element) -> list[ET.Element]:
    return root.findall(f".//{KML}Placemark")


def test_kml_has_a_style_per_practice_names_balloons_and_data(tmp_path, plots):
    out = write_kml(tmp_path / "p.kml", plots, title="Battambang")
    root = ET.parse(out).getroot()
    assert root.find(f"{KML}Document/{KML}name").text == "Battambang"
    styles = {s.get("id"): s for s in root.iter(f"{KML}Style")}
    assert len(styles) == 3  # "no_till", "no_till; cover_crop" and no value
    fills = {s.find(f"{KML}PolyStyle/{KML}color").text for s in styles.values()}
    assert len(fills) == 3 and all(f.startswith("80") for f in fills)  # half transparent
    marks = _placemarks(root)
    assert len(marks) == 3
    names = [m.find(f"{KML}name").text for m in marks]
    assert names == ["BTB-RM-0001", "BTB-RM-0002", "0042"]  # the code: KML's own name
    used = [m.find(f"{KML}styleUrl").text.lstrip("#") for m in marks]
    assert set(used) <= set(styles) and used[0] != used[1] != used[2]
    balloon = marks[0].find(f"{KML}description").text
    assert balloon.startswith("<table") and "farmer_name_kh" in balloon
    assert LONG_NOTE in balloon and "nan" not in balloon.lower()
    data = {d.get("name"): d.text for d in marks[1].iter(f"{KML}SimpleData")}
    assert data["code"] == "BTB-RM-0002" and data["village_code"] == "02070101"
    assert data["sown_on"] == "2024-05-14" and "yield_t_ha" not in data  # NaN left out


def test_kml_geometry_has_parts_holes_and_lon_lat_with_7_decimals(tmp_path, plots):
    out = write_kml(tmp_path / "p.kml", plots.reprojected(32648))
    marks = _placemarks(ET.parse(out).getroot())
    assert marks[0].find(f"{KML}Polygon") is not None
    multi = marks[2].find(f"{KML}MultiGeometry")
    assert len(multi.findall(f"{KML}Polygon")) == 2
    assert len(multi.findall(f".//{KML}innerBoundaryIs")) == 1
    text = marks[0].find(f".//{KML}coordinates").text
    lon, lat = text.split()[0].split(",")
    assert len(lon.split(".")[1]) == 7 and 102.3 < float(lon) < 107.7
    assert 10.4 < float(lat) < 14.7
    read = pyogrio.read_dataframe(out)
    assert len(read) == 3
    np.testing.assert_allclose(areas_ha(np.asarray(read.geometry.values, dtype=object)),
                               areas_ha(sample_geometries()), rtol=1e-4)


def test_kml_is_well_formed_whatever_the_text(tmp_path):
    awkward = 'a <b>bold</b> & "quoted" ]]> end\x01'
    table = ExportTable("plots", {"code": text_column(["X&1"]), "notes": text_column([awkward])},
                        np.array([shapely.to_wkb(sample_geometries()[0])], dtype=object))
    out = write_kml(tmp_path / "odd.kml", table, style_column="notes")
    mark = _placemarks(ET.parse(out).getroot())[0]
    assert mark.find(f"{KML}name").text == "X&1"
    assert "a &lt;b&gt;bold&lt;/b&gt; &amp;" in mark.find(f"{KML}description").text
    data = {d.get("name"): d.text for d in mark.iter(f"{KML}SimpleData")}
    assert data["notes"] == 'a <b>bold</b> & "quoted" ]]> end'  # the control byte dropped


def test_kmz_is_a_zip_with_doc_kml_that_gis_programs_read(tmp_path, plots):
    out = write_kml(tmp_path / "p.kmz", plots)
    with zipfile.ZipFile(out) as zf:
        assert zf.namelist() == ["doc.kml"]
        root = ET.fromstring(zf.read("doc.kml"))
    assert len(_placemarks(root)) == 3
    read = pyogrio.read_dataframe(out)
    assert len(read) == 3
    assert list(read["Name"]) == ["BTB-RM-0001", "BTB-RM-0002", "0042"]
    if "code" in read.columns:  # GDAL's LIBKML driver reads the fields; plain KML does not
        assert list(read["code"]) == ["BTB-RM-0001", "BTB-RM-0002", "0042"]
    assert [p.name for p in tmp_path.iterdir()] == ["p.kmz"]
