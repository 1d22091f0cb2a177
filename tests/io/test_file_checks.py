"""Damaged GIS files are refused with the file and the problem named; sources untouched."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from pathlib import Path

import pytest
import shapefile  # pyshp

from metkasekor_desktop.io.file_checks import check_source

WGS84_PRJ = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
    'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]'
)


def _square(x: float, y: float, d: float = 0.001) -> list[list[tuple[float, float]]]:
    return [[(x, y), (x, y + d), (x + d, y + d), (x + d, y), (x, y)]]


def write_shapefile(folder: Path, name: str = "plots", count: int = 4) -> Path:
    """A valid polygon Shapefile with Khmer names, .prj and .cpg."""
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / name
    with shapefile.Writer(str(base), shapeType=shapefile.POLYGON, encoding="utf-8") as w:
        w.field("CODE", "C", size=20)
        w.field("FARMER", "C", size=80)
        for i in range(count):
            w.poly(_square(104.9 + i * 0.01, 11.5))
            w.record(f"P-{i:03d}", "សុខ ចាន់")
    (folder / f"{name}.prj").write_text(WGS84_PRJ)
    (folder / f"{name}.cpg").write_text("UTF-8")
    return base.with_suffix(".shp")


def zip_shapefile(shp: Path, archive: Path) -> Path:
    """Zip the Shapefile ``shp`` with all its parts, as a partner sends it."""
    with zipfile.ZipFile(archive, "w") as z:
        for f in shp.parent.iterdir():
            z.write(f, f.name)
    return archive


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its hash, to prove nothing was written there."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return tmp_path / "source"


def checked(path: Path, folder: Path):
    before = snapshot(folder)
    check = check_source(path)
    try:
        assert snapshot(folder) == before, "the check wrote next to the source files"
    finally:
        check.cleanup()
    return check


def fatal_text(check) -> str:
    return " ".join(p.message for p in check.problems if p.fatal)


def test_good_shapefile_passes(source: Path) -> None:
    shp = write_shapefile(source)
    check = checked(shp, source)
    assert check.kind == "shapefile"
    assert check.path_to_read == shp
    assert not check.refused and not check.needs_consent
    assert check.problems == []


def test_truncated_shp_refused_naming_file(source: Path) -> None:
    shp = write_shapefile(source)
    data = shp.read_bytes()
    shp.write_bytes(data[:-30])
    check = checked(shp, source)
    assert check.refused
    assert "plots.shp is truncated" in fatal_text(check)
    assert "3 complete shapes" in fatal_text(check)


def test_dbf_count_differs_from_shapes_needs_consent(source: Path) -> None:
    shp = write_shapefile(source, count=4)
    dbf = source / "plots.dbf"
    data = bytearray(dbf.read_bytes())
    data[4:8] = struct.pack("<I", 3)  # header now says 3 records
    dbf.write_bytes(bytes(data))
    check = checked(shp, source)
    assert not check.refused
    assert check.needs_consent
    [problem] = [p for p in check.problems if p.missing_count is not None]
    assert problem.file == "plots.dbf"
    assert "plots.dbf has 3 records but plots.shp has 4 shapes" in problem.message
    assert problem.missing_count == 1


def test_truncated_dbf_counts_missing_records(source: Path) -> None:
    shp = write_shapefile(source, count=4)
    dbf = source / "plots.dbf"
    header_length, record_length = struct.unpack("<HH", dbf.read_bytes()[8:12])
    dbf.write_bytes(dbf.read_bytes()[: header_length + 2 * record_length])  # 2 of 4 kept
    check = checked(shp, source)
    messages = " ".join(p.message for p in check.problems)
    assert "plots.dbf is truncated" in messages
    assert "2 plots would lose their attributes" in messages
    assert check.needs_consent
    assert sum(p.file == "plots.dbf" for p in check.problems) == 1  # said once, not twice


@pytest.mark.parametrize("missing", ["shx", "dbf"])
def test_missing_sidecar_refused(source: Path, missing: str) -> None:
    shp = write_shapefile(source)
    (source / f"plots.{missing}").unlink()
    check = checked(shp, source)
    assert check.refused
    assert f"plots.{missing}" in fatal_text(check)
    assert "missing" in fatal_text(check)


def test_sidecars_found_in_other_letter_case(source: Path) -> None:
    shp = write_shapefile(source)
    (source / "plots.dbf").rename(source / "plots.DBF")
    check = checked(shp, source)
    assert not check.refused


def test_zero_byte_shp_refused(source: Path) -> None:
    shp = write_shapefile(source)
    shp.write_bytes(b"")
    check = checked(shp, source)
    assert check.refused
    assert "plots.shp is empty (0 bytes)" in fatal_text(check)


def test_missing_prj_and_cpg_are_warnings_with_language_driver(source: Path) -> None:
    shp = write_shapefile(source)
    (source / "plots.prj").unlink()
    (source / "plots.cpg").unlink()
    dbf = source / "plots.dbf"
    data = bytearray(dbf.read_bytes())
    data[29] = 0x57
    dbf.write_bytes(bytes(data))
    check = checked(shp, source)
    assert not check.refused and not check.needs_consent
    files = {p.file: p.message for p in check.warnings}
    assert set(files) == {"plots.prj", "plots.cpg"}
    assert "0x57" in files["plots.cpg"]


def test_zip_without_gis_data_refused(source: Path) -> None:
    source.mkdir()
    archive = source / "notes.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "no plots here")
    check = checked(archive, source)
    assert check.refused
    assert "notes.zip holds no GIS data" in fatal_text(check)


def test_zip_with_shapefile_in_subfolder_passes_and_cleans_up(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "build" / "data")
    source = tmp_path / "source"
    source.mkdir()
    archive = source / "plots.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in shp.parent.iterdir():
            z.write(f, f"export/data/{f.name}")
    before = snapshot(source)
    check = check_source(archive)
    assert snapshot(source) == before
    assert not check.refused, check.problems
    assert check.kind == "shapefile"
    assert check.path_to_read is not None and check.path_to_read.name == "plots.shp"
    assert source not in check.path_to_read.parents
    assert check.path_to_read.is_file()
    workdir = check.workdir
    check.cleanup()
    assert workdir is not None and not workdir.exists()


def test_zip_with_damaged_shapefile_names_archive_and_file(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "build")
    (tmp_path / "build" / "plots.shx").unlink()
    source = tmp_path / "source"
    source.mkdir()
    archive = source / "plots.zip"
    zip_shapefile(shp, archive)
    check = checked(archive, source)
    assert check.refused
    assert "In plots.zip: plots.shx is missing" in fatal_text(check)


def test_not_a_zip_refused(source: Path) -> None:
    source.mkdir()
    archive = source / "plots.zip"
    archive.write_bytes(b"PK\x03\x04 this is not really a zip")
    check = checked(archive, source)
    assert check.refused
    assert "plots.zip is not a readable zip" in fatal_text(check)


def _write_gpkg(path: Path) -> None:
    import geopandas as gpd
    from shapely.geometry import Polygon

    frame = gpd.GeoDataFrame(
        {"code": [f"P-{i}" for i in range(200)]},
        geometry=[Polygon(_square(104.9 + i * 0.001, 11.5)[0]) for i in range(200)],
        crs="EPSG:4326",
    )
    frame.to_file(path, driver="GPKG", engine="pyogrio")


def test_good_geopackage_passes(source: Path) -> None:
    source.mkdir()
    gpkg = source / "plots.gpkg"
    _write_gpkg(gpkg)
    check = checked(gpkg, source)
    assert check.kind == "geopackage"
    assert not check.refused, check.problems


def test_half_written_geopackage_refused(tmp_path: Path, source: Path) -> None:
    _write_gpkg(tmp_path / "full.gpkg")
    source.mkdir()
    gpkg = source / "plots.gpkg"
    gpkg.write_bytes((tmp_path / "full.gpkg").read_bytes()[:2048])
    check = checked(gpkg, source)
    assert check.refused
    assert fatal_text(check).startswith("plots.gpkg is truncated")


def test_sqlite_without_gpkg_contents_refused(source: Path) -> None:
    import sqlite3

    source.mkdir()
    db = source / "other.gpkg"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    check = checked(db, source)
    assert check.refused
    assert "no gpkg_contents" in fatal_text(check)


def test_text_file_named_gpkg_refused(source: Path) -> None:
    source.mkdir()
    gpkg = source / "plots.gpkg"
    gpkg.write_text("hello")
    check = checked(gpkg, source)
    assert "plots.gpkg is not a GeoPackage" in fatal_text(check)


def test_geojson_cut_short_refused_and_good_passes(source: Path) -> None:
    source.mkdir()
    document = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {"name": "សុខ"},
                      "geometry": {"type": "Polygon",
                                   "coordinates": [[list(p) for p in _square(104.9, 11.5)[0]]]}}],
    }
    good = source / "good.geojson"
    good.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert not checked(good, source).refused
    cut = source / "cut.geojson"
    cut.write_text(json.dumps(document)[:60])
    check = checked(cut, source)
    assert check.refused and "cut.geojson is not valid JSON" in fatal_text(check)
    empty = source / "empty.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}')
    assert "empty.geojson holds no features" in fatal_text(checked(empty, source))


KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>P</name>
<Polygon><outerBoundaryIs><LinearRing><coordinates>104.9,11.5 104.91,11.5 104.91,11.51
104.9,11.5</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>
"""


def test_kml_kmz_and_gpx(source: Path) -> None:
    source.mkdir()
    kml = source / "plots.kml"
    kml.write_text(KML)
    assert not checked(kml, source).refused
    broken = source / "broken.kml"
    broken.write_text(KML[:150])
    assert "broken.kml is not a well-formed KML file" in fatal_text(checked(broken, source))
    kmz = source / "plots.kmz"
    with zipfile.ZipFile(kmz, "w") as z:
        z.writestr("doc.kml", KML)
    check = check_source(kmz)
    assert not check.refused and check.path_to_read is not None
    assert check.path_to_read.read_text() == KML
    check.cleanup()
    gpx = source / "walk.gpx"
    gpx.write_text('<gpx version="1.1"><trk><trkseg><trkpt lat="11.5" lon="104.9"/>')
    assert "walk.gpx is not a well-formed GPX file" in fatal_text(checked(gpx, source))


def test_unknown_type_and_missing_file_refused(source: Path) -> None:
    source.mkdir()
    other = source / "plots.xlsx"
    other.write_bytes(b"x")
    assert "plots.xlsx is not a file type" in fatal_text(checked(other, source))
    assert check_source(source / "gone.shp").refused


def test_cleanup_twice_is_safe(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "build")
    archive = tmp_path / "plots.zip"
    zip_shapefile(shp, archive)
    check = check_source(archive)
    workdir = check.workdir
    assert workdir is not None and workdir.is_dir()
    check.cleanup()
    check.cleanup()
    assert not workdir.exists() and check.workdir is None
