"""Writing MBTiles: TMS rows, the metadata a phone reads, no half file ever in place."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.io.mbtiles import (
    MBTilesError,
    MBTilesMetadata,
    MBTilesWriter,
    check_target,
)

BOUNDS = (102.9, 12.9, 103.3, 13.2)  # around Battambang


def metadata(**changes) -> MBTilesMetadata:
    values = {"name": "Battambang plots", "bounds": BOUNDS, "min_zoom": 12, "max_zoom": 15,
              "description": "test", "attribution": "MetKasekor Desktop"}
    values.update(changes)
    return MBTilesMetadata(**values)


def rows(path: Path, query: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return list(db.execute(query))
    finally:
        db.close()


def test_tiles_are_stored_with_tms_rows_and_the_metadata_a_phone_reads(tmp_path: Path):
    out = tmp_path / "area.mbtiles"
    with MBTilesWriter(out, metadata()) as writer:
        writer.add(12, 3220, 1890, b"tile-a")
        writer.add(15, 25760, 15123, b"tile-bb")
        assert not out.exists()  # only a hidden temporary file while writing
        written = writer.finish()

    assert written == out
    assert rows(out, "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles "
                     "ORDER BY zoom_level") == [
        (12, 3220, 2**12 - 1 - 1890, b"tile-a"),
        (15, 25760, 2**15 - 1 - 15123, b"tile-bb"),
    ]
    meta = dict(rows(out, "SELECT name, value FROM metadata"))
    assert {"name", "format", "bounds", "center", "minzoom", "maxzoom", "type",
            "description", "attribution", "version"} <= set(meta)
    assert meta["format"] == "png" and meta["type"] == "overlay"
    assert (meta["minzoom"], meta["maxzoom"]) == ("12", "15")
    assert [float(v) for v in meta["bounds"].split(",")] == pytest.approx(BOUNDS)
    lon, lat, zoom = meta["center"].split(",")
    assert (float(lon), float(lat), int(zoom)) == pytest.approx((103.1, 13.05, 12))
    assert writer.counts == {12: 1, 15: 1} and writer.bytes_written == 13
    assert sorted(p.name for p in tmp_path.iterdir()) == ["area.mbtiles"]


def test_a_failed_export_leaves_the_old_file_and_no_temporary_one(tmp_path: Path):
    out = tmp_path / "area.mbtiles"
    out.write_bytes(b"the basemap of last season")
    with pytest.raises(RuntimeError), MBTilesWriter(out, metadata()) as writer:
        writer.add(12, 1, 1, b"x")
        raise RuntimeError("drawing failed")
    assert out.read_bytes() == b"the basemap of last season"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["area.mbtiles"]


def test_a_finished_file_replaces_the_old_one(tmp_path: Path):
    out = tmp_path / "area.mbtiles"
    out.write_bytes(b"old")
    with MBTilesWriter(out, metadata(type="baselayer")) as writer:
        writer.finish()
    assert dict(rows(out, "SELECT name, value FROM metadata"))["type"] == "baselayer"


def test_a_tile_outside_the_grid_is_refused(tmp_path: Path):
    with MBTilesWriter(tmp_path / "a.mbtiles", metadata()) as writer, \
            pytest.raises(MBTilesError, match="12/4096/0"):
        writer.add(12, 4096, 0, b"x")


@pytest.mark.parametrize("changes, words", [
    ({"format": "tiff"}, "cannot be 'tiff'"),
    ({"type": "background"}, "overlay"),
    ({"min_zoom": 16, "max_zoom": 15}, "min zoom <= max zoom"),
    ({"bounds": (300000.0, 1400000.0, 310000.0, 1410000.0)}, "longitudes and latitudes"),
])
def test_unusable_metadata_is_refused_before_anything_is_written(tmp_path: Path, changes,
                                                                  words):
    with pytest.raises(MBTilesError, match=words):
        MBTilesWriter(tmp_path / "a.mbtiles", metadata(**changes))
    assert not any(tmp_path.iterdir())


def test_a_missing_folder_is_refused_clearly(tmp_path: Path):
    target = tmp_path / "missing" / "area.mbtiles"
    with pytest.raises(MBTilesError) as info:
        MBTilesWriter(target, metadata())
    assert isinstance(info.value, DomainError)
    assert "area.mbtiles" in str(info.value) and "does not exist" in str(info.value)
    assert not target.parent.exists()


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(MBTilesError, match="does not exist"):
        check_target(tmp_path / "notes.txt" / "area.mbtiles")


def test_the_name_must_end_in_mbtiles(tmp_path: Path):
    with pytest.raises(MBTilesError, match=r"must end in \.mbtiles"):
        check_target(tmp_path / "area.png")
    (tmp_path / "dir.mbtiles").mkdir()
    with pytest.raises(MBTilesError, match="is a folder"):
        check_target(tmp_path / "dir.mbtiles")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="needs a POSIX user that file permissions apply to")
def test_a_read_only_folder_is_refused(tmp_path: Path):
    folder = tmp_path / "share"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(MBTilesError, match="read-only"):
            MBTilesWriter(folder / "area.mbtiles", metadata())
    finally:
        folder.chmod(0o755)
