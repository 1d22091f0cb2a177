"""Files built to hurt (zip bombs, padded Shapefiles, endless views) are refused quickly,
with the figures, and a killed import's temporary folder is removed at the next start."""

from __future__ import annotations

import os
import sqlite3
import struct
import time
import zipfile
from pathlib import Path

import pytest

from metkasekor_desktop.domain.messages import Message
from metkasekor_desktop.io import archives, file_checks
from metkasekor_desktop.io.file_checks import check_source
from metkasekor_desktop.io.temp_files import make_temp_dir, remove_leftover_temp_folders
from tests.io.test_file_checks import _write_gpkg, fatal_text, write_shapefile, zip_shapefile

MB = 1 << 20


def _zeros_zip(path: Path, name: str, megabytes: int) -> None:
    chunk = b"\0" * MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, \
            archive.open(name, "w", force_zip64=True) as member:
        for _ in range(megabytes):
            member.write(chunk)


def _temp_folders(tmp: Path) -> list[Path]:
    return sorted(p for p in tmp.iterdir() if p.name.startswith("metkasekor-"))


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


def test_a_zip_bomb_member_is_refused_by_its_ratio_and_not_extracted(
        tmp_path: Path, private_tmp: Path) -> None:
    bomb = tmp_path / "plots.zip"
    _zeros_zip(bomb, "plots.gpkg", 64)  # 64 MB of zeros, stored in well under 1 MB
    assert bomb.stat().st_size < MB
    check = check_source(bomb)
    assert check.refused
    text = fatal_text(check)
    assert "plots.gpkg" in text and "64.0 MB" in text and "limit is 200" in text
    # said in the officer's language: a template with its values, not a sentence
    refusal = [p.message for p in check.problems if p.fatal][0]
    assert isinstance(refusal, Message) and refusal.template.startswith("{name}: {member} is")
    assert refusal.params["member"] == "plots.gpkg" and refusal.params["limit"] == 200
    assert _temp_folders(private_tmp) == []  # nothing was unpacked, nothing left


def test_total_size_and_member_count_are_limited(tmp_path: Path, private_tmp: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shp = write_shapefile(tmp_path / "build")
    archive = tmp_path / "plots.zip"
    zip_shapefile(shp, archive)
    monkeypatch.setattr(archives, "LIMITS", archives.ArchiveLimits(total_bytes=200))
    monkeypatch.setattr(file_checks, "extract", lambda *a: archives.extract(
        *a, limits=archives.ArchiveLimits(total_bytes=200)))
    check = check_source(archive)
    assert check.refused and "would unpack to more than 200 bytes" in fatal_text(check)
    monkeypatch.setattr(file_checks, "extract", lambda *a: archives.extract(
        *a, limits=archives.ArchiveLimits(members=3)))
    check = check_source(archive)
    assert check.refused and "more than the 3 a plot file" in fatal_text(check)
    assert _temp_folders(private_tmp) == []


def test_a_kmz_bomb_is_refused(tmp_path: Path, private_tmp: Path) -> None:
    kmz = tmp_path / "walk.kmz"
    _zeros_zip(kmz, "doc.kml", 16)
    check = check_source(kmz)
    assert check.refused and "doc.kml" in fatal_text(check)
    assert _temp_folders(private_tmp) == []


def test_a_zip_inside_a_zip_is_opened_one_level_deep(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "build")
    inner = tmp_path / "inner.zip"
    zip_shapefile(shp, inner)
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as z:
        z.write(inner, "sent/inner.zip")
    check = check_source(outer)
    try:
        assert not check.refused, check.problems
        assert check.path_to_read is not None and check.path_to_read.is_file()
    finally:
        check.cleanup()


def test_a_padded_shapefile_is_checked_from_its_headers(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "src", count=4)
    shx, dbf = shp.with_suffix(".shx"), shp.with_suffix(".dbf")
    for path in (shp, shx):  # 512 MB of nothing after each: sparse, so cheap to make
        with path.open("r+b") as stream:
            stream.truncate(path.stat().st_size + 512 * MB)
    # A .shx and .dbf whose headers were padded too (they claim the padding as entries).
    with shx.open("r+b") as stream:
        stream.seek(24)
        stream.write(struct.pack(">i", shx.stat().st_size // 2))
    data = bytearray(dbf.read_bytes())
    data[4:8] = struct.pack("<I", 134217728)
    dbf.write_bytes(bytes(data))
    with dbf.open("r+b") as stream:
        stream.truncate(dbf.stat().st_size + 64 * MB)
    started = time.perf_counter()
    check = check_source(shp)
    assert time.perf_counter() - started < 5  # the headers, not 1 GB, were read
    assert not check.refused and not check.needs_consent, check.problems
    text = " ".join(p.message for p in check.problems)
    assert "padded" in text
    assert "134217728 plots" not in text and "would be missing" not in text


def test_a_shapefile_whose_index_does_not_match_is_named_damaged(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "src", count=4)
    shx = shp.with_suffix(".shx")
    data = bytearray(shx.read_bytes())
    data[100 + 3 * 8:100 + 3 * 8 + 4] = struct.pack(">i", 60)  # last entry points elsewhere
    shx.write_bytes(bytes(data))
    check = check_source(shp)
    assert check.refused
    assert "plots.shp is damaged" in fatal_text(check)


def test_a_geopackage_with_an_endless_view_is_refused_in_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gpkg = tmp_path / "plots.gpkg"
    _write_gpkg(gpkg)
    with sqlite3.connect(gpkg) as db:
        db.execute("CREATE VIEW endless AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                   "SELECT i + 1 FROM n) SELECT i AS fid, NULL AS geom FROM n")
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) "
                   "VALUES ('endless', 'features', 'endless')")
    db.close()
    monkeypatch.setattr(file_checks, "VIEW_SECONDS", 0.5)
    started = time.perf_counter()
    check = check_source(gpkg)
    assert time.perf_counter() - started < 10
    assert check.refused
    assert "'endless' is a view" in fatal_text(check)


def test_leftover_import_folders_are_removed_at_the_next_start(tmp_path: Path) -> None:
    ours_dead = tmp_path / "metkasekor-import-999999999-abc123"
    ours_alive = tmp_path / f"metkasekor-import-{os.getppid()}-def456"
    not_ours = tmp_path / "import-xyz"
    for folder in (ours_dead, ours_alive, not_ours):
        folder.mkdir()
        (folder / "plots.shp").write_bytes(b"x")
        old = time.time() - 3600
        os.utime(folder, (old, old))
    fresh = make_temp_dir("import")
    try:
        removed = remove_leftover_temp_folders(tmp_path)
        assert removed == [ours_dead]
        assert ours_alive.exists() and not_ours.exists()
        assert remove_leftover_temp_folders() is not None  # the default folder: no error
        assert fresh.exists()  # ours, made by this very process
    finally:
        fresh.rmdir()


def test_an_import_folder_is_named_so_that_it_can_be_found(private_tmp: Path,
                                                          tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "build")
    archive = tmp_path / "plots.zip"
    zip_shapefile(shp, archive)
    check = check_source(archive)
    assert [p.name.split("-")[:3] for p in _temp_folders(private_tmp)] == [
        ["metkasekor", "import", str(os.getpid())]]
    check.cleanup()
    assert _temp_folders(private_tmp) == []
