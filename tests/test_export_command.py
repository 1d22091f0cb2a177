"""`metkasekor-desktop export` end to end: from the demo project to files partners open,
read back with pyogrio and with independent readers (pyshp, GDAL's GeoPackage validator,
openpyxl, the XML and CSV parsers), compared with the project itself.

With ``--personal`` the files hold the farmers' names and phones and the plot outlines;
without it (the default) every file of the output is read and holds none of them, and
each plot is a point at its centre, rounded to 4 decimals, with its area."""

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
    """Every format with --personal: names, phones and outlines as in the project."""
    out = tmp_path_factory.mktemp("pkg")
    args = ["export", str(demo), "--out", str(out), "--personal"]
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
                 "--role", "control", "--crs", "32648", "--personal"]) == 0
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


# -- without --personal: no names, no phones, no outlines -----------------------------------
PRIVATE_FORMATS = [*FORMATS, "kml"]


@pytest.fixture(scope="module")
def personal_words(demo: Path) -> set[str]:
    """Every farmer's Khmer and Latin name and phone number (also without its spaces)."""
    with Project.open(demo) as project:
        farmers = project.farmers.list()
    words = {w for f in farmers for w in (f.name_kh, f.name_latin, f.phone) if w}
    words |= {f.phone.replace(" ", "") for f in farmers if f.phone}
    assert len(words) > 3 * len(farmers) // 2
    return words


@pytest.fixture(scope="module")
def private(demo: Path, tmp_path_factory) -> tuple[Path, str]:
    """Every format without --personal, unzipped; and what the command printed."""
    out = tmp_path_factory.mktemp("private")
    args = ["export", str(demo), "--out", str(out / "private.zip")]
    for fmt in PRIVATE_FORMATS:
        args += ["--format", fmt]
    printed = io.StringIO()
    from contextlib import redirect_stdout

    with redirect_stdout(printed):
        assert main(args) == 0
    folder = out / "unzipped"
    with zipfile.ZipFile(out / "private.zip") as zf:
        zf.extractall(folder)
    return folder, printed.getvalue()


def _texts_of(path: Path) -> list[str]:
    """Every value a partner's program reads from one file of the package, as text."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".csvt", ".txt", ".prj", ".cpg", ".kml"):
        text = path.read_text(encoding="utf-8-sig")
        if suffix == ".csv":
            return [cell for row in csv.reader(io.StringIO(text)) for cell in row] + [text]
        return [text]
    if suffix == ".kmz":
        with zipfile.ZipFile(path) as zf:
            return [zf.read(n).decode("utf-8") for n in zf.namelist()]
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return [str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
                    for v in row if v is not None]
        finally:
            book.close()
    if suffix in (".shp", ".gpkg", ".geojson"):
        texts = []
        for layer, _ in pyogrio.list_layers(path):
            frame = pyogrio.read_dataframe(path, layer=layer)
            texts += [*map(str, frame.columns), *(str(v) for v in frame.to_numpy().ravel())]
        return texts
    return []  # .shx, .dbf: read with the .shp, and scanned as bytes below


def test_without_personal_no_farmer_name_or_phone_is_in_any_file(private, personal_words):
    folder, printed = private
    files = [p for p in folder.rglob("*") if p.is_file()]
    suffixes = {p.suffix.lower() for p in files}
    assert {".shp", ".dbf", ".gpkg", ".geojson", ".kml", ".kmz", ".csv", ".xlsx",
            ".txt"} <= suffixes
    for path in files:
        texts = _texts_of(path)
        raw = path.read_bytes()
        if path.suffix.lower() not in (".xlsx", ".kmz"):  # not compressed: scan the bytes
            texts.append(raw.decode("utf-8", errors="replace"))
        found = {w for w in personal_words for t in texts if w in t}
        assert not found, (path.name, sorted(found)[:5])
    found = {w for w in personal_words if w in printed}
    assert not found


def test_without_personal_the_tables_keep_what_counts_need(private):
    folder, _ = private
    farmers = pyogrio.read_dataframe(folder / "plots.gpkg", layer="farmers",
                                     read_geometry=False)
    assert list(farmers.columns) == ["id", "sex", "village_code", "cooperative",
                                     "early_adopter"]
    plots = pyogrio.read_dataframe(folder / "plots.gpkg", layer="plots")
    assert {"farmer_id", "farmer_sex", "area_ha", "village_code"} <= set(plots.columns)
    assert not {"farmer_name_kh", "farmer_name_latin", "farmer_phone"} & set(plots.columns)
    assert set(plots["farmer_id"].dropna()) <= set(farmers["id"])  # they still join
    with (folder / "tables" / "plots.csv").open(encoding="utf-8-sig") as f:
        header = next(csv.reader(f))
    assert "farmer_id" in header and "farmer_name_latin" not in header


def test_without_personal_each_plot_is_its_rounded_centre_with_its_area(demo, private,
                                                                         truth):
    folder, _ = private
    with Project.open(demo) as project:
        table = project.plots.load_table()
        outlines = dict(zip(table.codes, table.geometries, strict=True))
    for name in ("plots.shp", "plots.gpkg", "plots.geojson", "plots.kml"):
        frame = pyogrio.read_dataframe(folder / name, layer="plots" if name.endswith(
            ".gpkg") else None)
        assert len(frame) == len(truth), name
        assert set(frame.geometry.geom_type) == {"Point"}, name
        xy = shapely.get_coordinates(np.asarray(frame.geometry.values))
        assert np.allclose(xy, np.round(xy, 4), atol=1e-9), name
        for code, point in zip(frame["code"], frame.geometry, strict=True):
            centre = outlines[code].centroid
            assert abs(point.x - centre.x) <= 5.1e-5 and abs(point.y - centre.y) <= 5.1e-5
        if "area_ha" in frame.columns:
            areas = dict(zip(frame["code"], frame["area_ha"], strict=True))
            assert all(abs(areas[c] - t["area"]) < 1e-6 for c, t in truth.items()), name
    with zipfile.ZipFile(folder / "plots.kmz") as zf:
        kml = zf.read("doc.kml").decode("utf-8")
    assert "<Point>" in kml and "<Polygon>" not in kml


def test_the_readme_and_the_output_line_say_personal_data_were_left_out(private, package):
    folder, printed = private
    readme = (folder / "README.txt").read_text(encoding="utf-8-sig")
    assert "Personal data left out" in readme and "about 10 m" in readme
    assert "farmer_name_kh" not in readme and "farmer_phone" not in readme
    assert "Personal data left out" in printed and "point" in printed
    with_names = next(package.glob("README*")).read_text(encoding="utf-8-sig")
    assert "Personal data included" in with_names and "left out" not in with_names


def test_a_single_csv_or_excel_export_leaves_the_names_out_too(demo, tmp_path, truth,
                                                                personal_words):
    assert main(["export", str(demo), "--out", str(tmp_path), "--format", "xlsx"]) == 0
    assert main(["export", str(demo), "--out", str(tmp_path), "--format", "csv"]) == 0
    book = openpyxl.load_workbook(next(tmp_path.glob("*.xlsx")), read_only=True)
    values = {str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
              for v in row if v is not None}
    book.close()
    assert not values & personal_words
    with zipfile.ZipFile(next(tmp_path.glob("*.zip"))) as zf:
        text = "".join(zf.read(n).decode("utf-8-sig") for n in zf.namelist())
    assert not {w for w in personal_words if w in text}
    assert main(["export", str(demo), "--out", str(tmp_path / "named.xlsx"), "--format",
                 "xlsx", "--personal"]) == 0
    book = openpyxl.load_workbook(tmp_path / "named.xlsx", read_only=True)
    named = {str(v) for row in book["farmers"].iter_rows(values_only=True) for v in row}
    book.close()
    assert named & personal_words
