"""The partner package: one zip with the chosen formats and a README of the fields."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from openpyxl import load_workbook

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import areas_ha
from metkasekor_desktop.domain.messages import as_message
from metkasekor_desktop.io.export_table import ExportTable, text_column
from metkasekor_desktop.io.partner_package import (
    PACKAGE_FORMATS,
    ExportCancelled,
    PartnerPackageError,
    package_readme,
    write_partner_package,
)
from tests.io.test_shapefile_export import KHMER_NAMES, sample_geometries, sample_plots


@pytest.fixture
def plots() -> ExportTable:
    return sample_plots()


@pytest.fixture
def related() -> list[ExportTable]:
    practices = ExportTable("practices", {
        "key": text_column(["no_till", "cover_crop"]),
        "name_en": text_column(["No-till / direct seeding", "Cover crop"]),
        "name_kh": text_column(["ការដាំដុះដោយមិនភ្ជួររាស់", "ដំណាំគម្របដី"]),
    })
    harvests = ExportTable("harvests", {
        "plot_code": text_column(["BTB-RM-0001", "0042"]),
        "moisture_pct": np.array([14.0, 13.5]),
    }, descriptions={"moisture_pct": "Grain moisture at harvest (%)."})
    return [practices, harvests]


def _areas_m2(df) -> np.ndarray:
    return shapely.area(np.asarray(df.geometry.values, dtype=object))


def test_every_format_is_in_the_zip_and_reads_back(tmp_path, plots, related):
    out = write_partner_package(tmp_path / "partner.zip", plots, related, PACKAGE_FORMATS,
                                epsg=32648, title="Battambang plots 2024", personal=True)
    assert out == tmp_path / "partner.zip"
    assert [p.name for p in tmp_path.iterdir()] == ["partner.zip"]
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert zf.testzip() is None
        zf.extractall(tmp_path / "x")
    assert {"README.txt", "plots.shp", "plots.shx", "plots.dbf", "plots.prj", "plots.cpg",
            "plots_fields.csv", "plots_long_text.csv", "plots.gpkg", "plots.geojson",
            "plots.kml", "plots.kmz", "tables/plots.csv", "tables/practices.csv",
            "tables/harvests.csv", "tables.xlsx", "tables/plots.csvt",
            "tables/practices.csvt", "tables/harvests.csvt"} == names
    x = tmp_path / "x"
    shp = pyogrio.read_dataframe(x / "plots.shp")
    assert list(shp["farmer_kh"]) == KHMER_NAMES
    np.testing.assert_allclose(_areas_m2(shp) / 10_000, areas_ha(sample_geometries()),
                               rtol=1e-4)  # UTM 48N: metres
    assert pyogrio.read_info(x / "plots.gpkg", layer="plots")["crs"] == "EPSG:32648"
    assert {n for n, _ in pyogrio.list_layers(x / "plots.gpkg")} == {
        "plots", "practices", "harvests"}
    check = subprocess.run([sys.executable, "-m", "osgeo_utils.samples.validate_gpkg",
                            str(x / "plots.gpkg")], capture_output=True, check=False)
    assert check.returncode == 0
    assert pyogrio.read_info(x / "plots.geojson")["crs"] == "EPSG:4326"
    raw = (x / "tables" / "plots.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["farmer_name_kh"] for r in rows] == KHMER_NAMES
    assert rows[0]["village_code"] == "02070101" and rows[0]["sown_on"] == "2024-05-12"
    book = load_workbook(x / "tables.xlsx", read_only=True)
    assert book.sheetnames == ["plots", "practices", "harvests"]
    sheet = list(book["plots"].iter_rows(values_only=True))
    assert sheet[1][1] == KHMER_NAMES[0] and sheet[1][0] == "BTB-RM-0001"
    book.close()


def test_readme_explains_every_field_unit_and_code(tmp_path, plots, related):
    out = write_partner_package(tmp_path / "p.zip", plots, related, ["shp", "gpkg"],
                                title="Rovieng demonstration plots", personal=True)
    with zipfile.ZipFile(out) as zf:
        readme = zf.read("README.txt").decode("utf-8-sig")
    assert readme.startswith("Rovieng demonstration plots")
    assert "Plots: 3" in readme and "EPSG:4326" in readme
    for table in (plots, *related):
        for column in table.headers:
            assert f"  {column}" in readme, column
    assert "farmer_name_kh (Shapefile: farmer_kh)" in readme
    assert "village_code (Shapefile: vill_code): Village code, 8 digits" in readme
    assert "hectares" in readme and "Grain moisture at harvest (%)." in readme
    assert "demonstration = " in readme and "control = " in readme
    assert "cover_crop = Cover crop / ដំណាំគម្របដី" in readme
    assert "village 8 digits" in readme and "province 2 digits" in readme
    assert "plots_long_text.csv" in readme
    assert "Personal data included" in readme


def test_by_default_names_are_left_out_and_plots_are_rounded_centres(tmp_path, plots,
                                                                     related):
    out = write_partner_package(tmp_path / "p.zip", plots, related, PACKAGE_FORMATS,
                                epsg=32648)
    with zipfile.ZipFile(out) as zf:
        zf.extractall(tmp_path / "x")
    x = tmp_path / "x"
    names = [*KHMER_NAMES, "Sok Chan", "Chan Bopha", "Heng Sokha"]
    for path in (p for p in x.rglob("*") if p.is_file()):
        if path.suffix in (".xlsx", ".kmz"):
            with zipfile.ZipFile(path) as inner:
                text = "".join(inner.read(n).decode("utf-8", "replace")
                               for n in inner.namelist())
        else:
            text = path.read_bytes().decode("utf-8", "replace")
        assert not [n for n in names if n in text], path.name
    centres = shapely.centroid(sample_geometries())
    for name in ("plots.shp", "plots.gpkg", "plots.geojson", "plots.kml"):
        frame = pyogrio.read_dataframe(x / name, layer="plots")
        assert set(frame.geometry.geom_type) == {"Point"}, name
        frame = frame.to_crs(4326)
        xy = shapely.get_coordinates(np.asarray(frame.geometry.values))
        np.testing.assert_allclose(xy, shapely.get_coordinates(centres), atol=5.1e-5)
        if name != "plots.shp":  # the Shapefile in UTM: its degrees are not round
            np.testing.assert_allclose(xy, np.round(xy, 4), atol=1e-9)
        if "area_ha" in frame.columns:
            assert list(frame["area_ha"]) == [1.23, 0.98, 2.5]
    readme = (x / "README.txt").read_text(encoding="utf-8-sig")
    assert "Personal data left out" in readme and "farmer_name_kh" not in readme


def test_a_table_without_areas_gets_them_from_the_outlines(tmp_path, plots):
    from metkasekor_desktop.io.personal_data import without_personal

    bare = ExportTable("plots", {k: v for k, v in plots.columns.items() if k != "area_ha"},
                       plots.wkb, plots.epsg)
    points, _ = without_personal(bare, [])
    np.testing.assert_allclose(points.columns["area_ha"], areas_ha(sample_geometries()))
    assert points.geometry_type() == "Point" and bare.geometry_type() == "MultiPolygon"
    again, _ = without_personal(points, [])
    assert list(again.wkb) == list(points.wkb)  # leaving out twice changes nothing
    utm = without_personal(plots.reprojected(32648), [])[0]  # centred in WGS 84 all the same
    assert utm.epsg == 4326
    np.testing.assert_allclose(shapely.get_coordinates(utm.geometries()),
                               shapely.get_coordinates(points.geometries()), atol=1.01e-4)


def test_the_farmers_table_keeps_its_counts_and_loses_names_and_phones(plots):
    from metkasekor_desktop.io.personal_data import without_personal

    farmers = ExportTable("farmers", {
        "id": np.array([1, 2]), "name_kh": text_column(KHMER_NAMES[:2]),
        "name_latin": text_column(["Sok Chan", "Chan Bopha"]),
        "sex": text_column(["male", "female"]), "phone": text_column(["012 345 678", None]),
        "village_code": text_column(["02070101", "02070101"]),
        "cooperative": text_column([None, "coop"]), "early_adopter": np.array([True, False]),
    }, descriptions={"name_kh": "Name.", "sex": "Sex."})
    kept, (left,) = without_personal(plots, [farmers])
    assert left.headers == ["id", "sex", "village_code", "cooperative", "early_adopter"]
    assert left.descriptions == {"sex": "Sex."}
    assert "farmer_name_kh" not in kept.columns and "farmer_name_latin" not in kept.columns
    assert "name_kh" in farmers.columns and "farmer_name_kh" in plots.columns  # copies


def test_only_the_chosen_formats_are_written(tmp_path, plots, related):
    out = write_partner_package(tmp_path / "p.zip", plots, related, ["CSV", ".kmz"])
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["README.txt", "plots.kmz", "tables/harvests.csv",
                                         "tables/harvests.csvt", "tables/plots.csv",
                                         "tables/plots.csvt", "tables/practices.csv",
                                         "tables/practices.csvt"]


def test_progress_is_reported_to_the_end(tmp_path, plots, related):
    seen: list[tuple[int, int]] = []
    write_partner_package(tmp_path / "p.zip", plots, related, ["geojson", "csv"],
                          progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("stop_after", [1, 3, 6])
def test_a_cancelled_export_leaves_nothing_behind(tmp_path, plots, related, stop_after):
    old = tmp_path / "p.zip"
    old.write_bytes(b"the package sent last year")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls >= stop_after

    with pytest.raises(ExportCancelled, match="cancelled"):
        write_partner_package(old, plots, related, ["shp", "gpkg", "csv"],
                              cancelled=cancelled)
    assert [p.name for p in tmp_path.iterdir()] == ["p.zip"]
    assert old.read_bytes() == b"the package sent last year"


def test_bad_requests_are_refused_with_a_message(tmp_path, plots, related):
    with pytest.raises(PartnerPackageError, match="pdf"):
        write_partner_package(tmp_path / "p.zip", plots, related, ["shp", "pdf"])
    with pytest.raises(PartnerPackageError, match="formats"):
        write_partner_package(tmp_path / "p.zip", plots, related, [])
    with pytest.raises(PartnerPackageError, match="EPSG:3857"):
        write_partner_package(tmp_path / "p.zip", plots, related, ["shp"], epsg=3857)
    with pytest.raises(PartnerPackageError, match="distinct names"):
        write_partner_package(tmp_path / "p.zip", plots, [related[0], related[0]], ["csv"])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DomainError, match="Could not write"):
        write_partner_package(blocker / "p.zip", plots, related, ["csv"])
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_the_package_is_written_in_the_language_of_say(tmp_path, plots, related):
    """The README, the field descriptions (Shapefile and GeoPackage) and the KML legend
    are messages: ``say`` turns each into the text written, its values said the same way."""
    words = {"Plots: {count}": "ក្បាលដី៖ {count}", "Files": "ឯកសារ",
             "Plot code, unique in the project (text; keep leading zeros).": "កូដក្បាលដី",
             "{field}: {meaning}": "{field} — {meaning}", "Colours by {column}:": "ពណ៌ {column}៖",
             "MetKasekor plots": "ក្បាលដី MetKasekor"}

    def say(text: str) -> str:
        return as_message(text).said(lambda template: words.get(template, template))

    out = write_partner_package(tmp_path / "km.zip", plots, related, ["shp", "gpkg", "kml"],
                                say=say)
    with zipfile.ZipFile(out) as zf:
        readme = zf.read("README.txt").decode("utf-8-sig")
        fields = zf.read("plots_fields.csv").decode("utf-8-sig")
        kml = zf.read("plots.kml").decode("utf-8")
        zf.extract("plots.gpkg", tmp_path)
    lines = readme.splitlines()
    assert lines[:2] == ["ក្បាលដី MetKasekor", "=" * len("ក្បាលដី MetKasekor")]
    assert "ក្បាលដី៖ 3" in lines and lines[lines.index("ឯកសារ") + 1] == "-" * len("ឯកសារ")
    assert "  code (Shapefile: code) — កូដក្បាលដី" in lines
    assert "Written: " in readme  # what has no translation stays English
    assert "code,code,កូដក្បាលដី" in fields.splitlines()
    assert "<name>ក្បាលដី MetKasekor</name>" in kml and "ពណ៌ practices៖" in kml
    with sqlite3.connect(tmp_path / "plots.gpkg") as db:
        (comment,) = db.execute("SELECT description FROM gpkg_data_columns WHERE "
                                "table_name = 'plots' AND column_name = 'code'").fetchone()
    assert comment == "កូដក្បាលដី"


def test_the_default_readme_is_english_and_its_lines_are_messages(plots, related):
    english = package_readme(plots, related, ["shp", "csv"], epsg=32648)
    said = package_readme(plots, related, ["shp", "csv"], epsg=32648,
                          say=lambda text: as_message(text).said(lambda t: t))
    assert english == said and type(english) is str
    assert "Coordinate reference system: EPSG:32648, WGS 84 / UTM zone 48N" in english
    with pytest.raises(PartnerPackageError) as refused:
        write_partner_package(Path("p.zip"), plots, related, ["pdf"])
    assert as_message(refused.value).template.startswith("Choose the formats of the package")
    assert as_message(refused.value).params["unknown"] == "pdf"
