"""The registry of import formats: one entry per format, read by every place that lists them.

FlatGeobuf and GML were added as one entry each; they are imported here through the same
path as the command line, plain and inside a zip.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import box

from metkasekor_desktop.app import main
from metkasekor_desktop.io.file_checks import check_source
from metkasekor_desktop.io.import_formats import (
    FORMATS,
    GDAL,
    dialog_filter,
    format_for,
    is_readable,
    readable_suffixes,
    zip_member_suffixes,
)
from metkasekor_desktop.io.source_features import SourceError
from metkasekor_desktop.io.vector_source import open_source, read_layer
from metkasekor_desktop.storage import Project

# Battambang, Phnom Penh, Stung Treng: well inside Cambodia.
PLACES = [(103.2, 13.1), (104.9, 11.55), (106.0, 13.5)]
CODES = ["NEW-1", "NEW-2", "NEW-3"]


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def write_plots(path: Path, driver: str) -> Path:
    """Three small square plots (about 1 ha) with a code and a farmer, in WGS 84."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = gpd.GeoDataFrame(
        {"code": CODES, "farmer": ["Sok Chan", "Srey Pov", "Chan Thy"]},
        geometry=[box(x, y, x + 0.001, y + 0.001) for x, y in PLACES], crs="EPSG:4326")
    frame.to_file(path, driver=driver)
    return path


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "project" / "province.gpkg"
    path.parent.mkdir()
    Project.create(path).close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["import", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


def codes_of(project_path: Path) -> set[str]:
    with Project.open(project_path) as project:
        return project.plots.codes()


# --- the registry ---------------------------------------------------------------------


def test_every_format_read_before_is_still_readable() -> None:
    before = {".shp", ".zip", ".gpkg", ".geojson", ".json", ".kml", ".kmz", ".gpx", ".csv",
              ".txt", ".gdb"}
    assert before <= set(readable_suffixes())
    assert {".fgb", ".gml"} <= set(readable_suffixes())
    assert format_for("C:/Data/PLOTS.FGB").key == "flatgeobuf"
    assert format_for("plots.gml").key == "gml"
    assert format_for("plots.kmz").source_kind == "kml"
    assert format_for("plots.xlsx") is None and not is_readable("notes.docx")


def test_suffixes_and_keys_are_unique_and_lower_case() -> None:
    suffixes = [s for f in FORMATS for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))
    assert all(s.startswith(".") and s == s.lower() for s in suffixes)
    assert len({f.key for f in FORMATS}) == len(FORMATS)


def test_gdal_read_formats_name_a_driver_this_gdal_has() -> None:
    drivers = pyogrio.list_drivers()
    for fmt in FORMATS:
        if fmt.reader == GDAL:
            assert fmt.driver in drivers, fmt.key


def test_zip_members_keep_their_order_and_new_formats_come_last() -> None:
    ranked = sorted((f for f in FORMATS if f.zip_rank is not None), key=lambda f: f.zip_rank)
    assert [f.key for f in ranked] == ["geopackage", "filegdb", "shapefile", "geojson", "kml",
                                       "gpx", "flatgeobuf", "gml"]
    assert ".gdb" not in zip_member_suffixes()  # a folder, found by its path's parts


def test_dialog_filter_has_all_readable_files_first_and_all_files_last() -> None:
    parts = dialog_filter().split(";;")
    assert parts[0].startswith("All readable files (*.shp *.zip *.gpkg")
    every = parts[0][parts[0].index("(") + 1:-1].split()
    files = [f for f in FORMATS if not f.folder]
    assert every == [f"*{s}" for f in files for s in f.suffixes]
    assert parts[1:-1] == [f"{f.name} ({f.patterns})" for f in files]
    assert "FlatGeobuf (*.fgb)" in parts and "GML (*.gml)" in parts
    assert parts[-1] == "All files (*)" and "*.gdb" not in parts[0]
    translated = dialog_filter("Tout", "Tous").split(";;")
    assert translated[0].startswith("Tout (") and translated[-1] == "Tous (*)"


def test_messages_listing_readable_files_come_from_the_registry(
        tmp_path: Path, capsys) -> None:
    other = tmp_path / "plots.xlsx"
    other.write_bytes(b"PK not a GIS file")
    refused = check_source(other)
    message = " ".join(p.message for p in refused.problems)
    assert refused.refused and "plots.xlsx is not a file type" in message
    for fmt in FORMATS:
        assert fmt.label() in message
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    message = " ".join(p.message for p in check_source(archive).problems)
    assert "holds no GIS data" in message
    assert "FlatGeobuf (.fgb)" in message and "GML (.gml)" in message
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for fmt in FORMATS:
        assert fmt.label() in help_text


# --- FlatGeobuf and GML, as the command line imports them -----------------------------


@pytest.mark.parametrize(("suffix", "driver"), [(".fgb", "FlatGeobuf"), (".gml", "GML")])
def test_new_format_is_imported_from_the_command_line(
        project_path: Path, tmp_path: Path, capsys, suffix: str, driver: str) -> None:
    source = write_plots(tmp_path / "src" / f"plots{suffix}", driver)
    before = snapshot(source.parent)
    code, out, err = run(capsys, project_path, source)
    assert code == 0, out + err
    assert "province.gpkg: 3 plots imported" in out and "0 refused" in out
    assert codes_of(project_path) == set(CODES)
    assert snapshot(source.parent) == before  # GML's .gfs is not written beside it


@pytest.mark.parametrize(("suffix", "driver", "layer"),
                         [(".fgb", "FlatGeobuf", ""), (".gml", "GML", "plots")])
def test_new_format_reads_into_features_in_wgs84(tmp_path: Path, suffix: str, driver: str,
                                                 layer: str) -> None:
    source = write_plots(tmp_path / "src" / f"plots{suffix}", driver)
    with open_source(source) as info:
        assert [x.name for x in info.layers] == [layer]  # GML may hold several layers
        assert info.layers[0].feature_count == 3
        features = read_layer(info)
    assert features.crs_epsg == 4326
    found = dict(zip(features.values["code"], features.geometries, strict=True))
    for code, (x, y) in zip(CODES, PLACES, strict=True):
        assert found[code].bounds == pytest.approx((x, y, x + 0.001, y + 0.001))


def test_a_zip_of_both_lists_them_and_layer_picks_the_gml(
        project_path: Path, tmp_path: Path, capsys) -> None:
    build = tmp_path / "build"
    write_plots(build / "plots.fgb", "FlatGeobuf")
    write_plots(build / "plots.gml", "GML")  # and its schema, plots.xsd
    archive = tmp_path / "src" / "partner.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as zf:
        for part in sorted(build.iterdir()):
            zf.write(part, f"export/{part.name}")
    code, out, err = run(capsys, project_path, archive, "--dry-run")
    assert code == 0, out + err
    assert "holds 2 GIS files: export/plots.fgb, export/plots.gml" in err
    code, out, err = run(capsys, project_path, archive, "--layer", "plots.gml")
    assert code == 0, out + err
    assert "3 plots imported" in out and codes_of(project_path) == set(CODES)


def test_a_gml_cut_short_is_refused_before_reading(tmp_path: Path) -> None:
    source = write_plots(tmp_path / "src" / "plots.gml", "GML")
    source.write_bytes(source.read_bytes()[:-400])
    with pytest.raises(SourceError, match=r"plots\.gml is not a well-formed GML file"):
        open_source(source)
