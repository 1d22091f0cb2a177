"""`metkasekor-desktop export` end to end: from the demo project to files partners open,
read back with pyogrio and with independent readers (pyshp, GDAL's GeoPackage validator,
openpyxl, the XML and CSV parsers), compared with the project itself."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from pathlib import Path

import numpy as np
import openpyxl
import pyogrio
import pytest
import shapefile
import shapely

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.geometry import areas_ha
from metkasekor_desktop.storage import Project

FORMATS = ["shp", "gpkg", "geojson", "kmz", "csv", "xlsx"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "120"]) == 0
    return path


@pytest.fixture(scope="module")
def truth(demo: Path) -> dict[str, dict[str, object]]:
    """Per plot code: the project's area, role, village and farmer's Khmer name."""
    with Project.open(demo) as project:
        table = project.plots.load_table()
    return {str(c): {"area": float(a), "role": str(r), "village": v, "farmer_kh": f or ""}
            for c, a, r, v, f in zip(table.codes, table.areas_ha, table.roles,
                                     table.village_codes, table.farmer_names_kh, strict=True)}


@pytest.fixture(scope="module")
def package(demo: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pkg")
    args = ["export", str(demo), "--out", str(out)]
    for fmt in FORMATS:
        args += ["--format", fmt]
    assert main(args) == 0
    zips = list(out.glob("*.zip"))
    assert len(zips) == 1
    folder = out / "unzipped"
    with zipfile.ZipFile(zips[0]) as zf:
        zf.extractall(folder)
    return folder


def test_the_shapefile_reads_the_same_in_pyshp_and_pyogrio(package, truth):
    shp = package / "plots.shp"
    assert (package / "plots.cpg").read_text().strip().upper() == "UTF-8"
    reader = shapefile.Reader(str(shp), encoding="utf-8")
    records = reader.records()
    assert len(records) == len(truth)
    frame = pyogrio.read_dataframe(shp)
    assert len(frame) == len(truth)
    codes = [r["code"] for r in records]
    assert sorted(codes) == sorted(truth)
    assert list(frame["code"]) == codes
    for record in records:
        assert record["farmer_kh"] == truth[record["code"]]["farmer_kh"]
        assert record["role"] == truth[record["code"]]["role"]
        assert isinstance(record["created"], date)
    areas = areas_ha(shapely.from_wkb(shapely.to_wkb(np.asarray(frame.geometry.values))))
    expected = np.array([truth[c]["area"] for c in frame["code"]])
    assert np.allclose(areas, expected, rtol=1e-4)
    with (package / "plots_fields.csv").open(encoding="utf-8-sig") as f:
        mapping = {row["short_name"]: row["full_name"] for row in csv.DictReader(f)}
    assert mapping["farmer_kh"] == "farmer_name_kh"
    assert all(len(name) <= 10 for name in mapping)


def test_the_geopackage_passes_gdal_validation_and_holds_every_table(package, truth):
    gpkg = package / "plots.gpkg"
    check = subprocess.run([sys.executable, "-m", "osgeo_utils.samples.validate_gpkg",
                            str(gpkg)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    layers = {name for name, _ in pyogrio.list_layers(gpkg)}
    assert {"plots", "farmers", "seasons", "practices", "plot_season_plans",
            "yield_records", "soil_samples"} <= layers
    plots = pyogrio.read_dataframe(gpkg, layer="plots")
    assert len(plots) == len(truth)
    kh = dict(zip(plots["code"], plots["farmer_name_kh"].fillna(""), strict=True))
    assert kh == {c: t["farmer_kh"] for c, t in truth.items()}


def test_geojson_kmz_csv_and_xlsx_hold_every_plot_with_khmer_names(package, truth):
    geo = pyogrio.read_dataframe(package / "plots.geojson")
    assert len(geo) == len(truth)
    with zipfile.ZipFile(package / "plots.kmz") as zf:
        kml = zf.read("doc.kml").decode("utf-8")
    placemarks = ET.fromstring(kml).iter("{http://www.opengis.net/kml/2.2}Placemark")
    assert sum(1 for _ in placemarks) == len(truth)
    some_khmer = next(t["farmer_kh"] for t in truth.values() if t["farmer_kh"])
    assert some_khmer in kml
    raw = (package / "tables" / "plots.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Khmer only with the mark
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(truth) and some_khmer in raw.decode("utf-8-sig")
    book = openpyxl.load_workbook(package / "tables.xlsx", read_only=True)
    assert "plots" in book.sheetnames and "farmers" in book.sheetnames
    assert sum(1 for _ in book["plots"].iter_rows()) == len(truth) + 1
    readme = next(package.glob("README*")).read_text(encoding="utf-8-sig")
    assert "farmer_kh" in readme and "area_ha" in readme


def test_a_filtered_utm_shapefile_keeps_areas_and_only_the_chosen_plots(demo, truth,
                                                                        tmp_path):
    out = tmp_path / "ctrl.zip"
    assert main(["export", str(demo), "--out", str(out), "--district", "0207",
                 "--role", "control", "--crs", "32648"]) == 0
    frame = pyogrio.read_dataframe(f"/vsizip/{out}/plots.shp")
    wanted = {c for c, t in truth.items()
              if t["role"] == "control" and str(t["village"] or "").startswith("0207")}
    assert wanted and set(frame["code"]) == wanted
    assert "UTM zone 48N" in frame.crs.to_wkt() or frame.crs.to_epsg() == 32648
    planar = frame.geometry.area.to_numpy() / 10_000  # metres in UTM: hectares directly
    expected = np.array([truth[c]["area"] for c in frame["code"]])
    assert np.allclose(planar, expected, rtol=1e-4)


def test_refusals_are_one_line_and_write_nothing(demo, tmp_path, capsys):
    assert main(["export", str(demo), "--out", str(tmp_path / "x"), "--season",
                 "1999 dry"]) == 1
    assert "no season named '1999 dry'" in capsys.readouterr().err
    assert main(["export", str(demo), "--out", str(tmp_path / "y"), "--district",
                 "9999"]) == 1
    assert "no plots match" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())
