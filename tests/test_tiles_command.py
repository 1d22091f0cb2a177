"""`metkasekor-desktop tiles`: an MBTiles basemap of the plots for the phones, and its
refusals (one line that says what to do, nothing written)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from metkasekor_desktop.app import COMMANDS, main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tiles-cmd") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "40"]) == 0
    return path


def metadata(path: Path) -> dict[str, str]:
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT name, value FROM metadata"))
    finally:
        db.close()


def tile_counts(path: Path) -> dict[int, int]:
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT zoom_level, count(*) FROM tiles GROUP BY zoom_level"))
    finally:
        db.close()


def test_tiles_of_a_district_are_written_and_reported(demo: Path, tmp_path: Path, capsys):
    out = tmp_path / "area.mbtiles"
    assert "tiles" in COMMANDS
    assert main(["tiles", str(demo), "--out", str(out), "--extent", "0207",
                 "--min-zoom", "12", "--max-zoom", "15", "--style", "role"]) == 0
    said = capsys.readouterr().out.strip()
    counts = tile_counts(out)
    per_zoom = ", ".join(f"z{z}: {n}" for z, n in sorted(counts.items()))
    assert said.startswith(f"{out}: {sum(counts.values())} tiles over district 0207, "
                           f"zooms 12-15 ({per_zoom}); ")
    assert re.search(r"; \d+\.\d (kB|MB)$", said)
    assert sorted(counts) == [12, 13, 14, 15]
    meta = metadata(out)
    assert meta["type"] == "overlay" and meta["format"] == "png"
    assert "district 0207" in meta["description"] and "role" in meta["description"]
    assert [p.name for p in tmp_path.iterdir()] == ["area.mbtiles"]  # no temporary left


def test_a_raster_below_makes_a_base_layer(demo: Path, tmp_path: Path, capsys):
    out = tmp_path / "relief.mbtiles"
    dem = demo.with_name("demo-elevation.tif")
    assert main(["tiles", str(demo), "--out", str(out), "--extent", "0207",
                 "--min-zoom", "12", "--max-zoom", "13", "--raster", str(dem)]) == 0
    assert metadata(out)["type"] == "baselayer"
    assert str(out) in capsys.readouterr().out


def test_all_plots_at_the_default_zooms_count_only_tiles_near_plots(demo: Path,
                                                                    tmp_path: Path):
    """Three districts far apart: 300,000 tiles between them up to zoom 17, a few
    hundred near the plots; only those count against the limit."""
    out = tmp_path / "all.mbtiles"
    assert main(["tiles", str(demo), "--out", str(out)]) == 0
    assert sorted(tile_counts(out)) == [12, 13, 14, 15, 16, 17]


def test_too_many_tiles_are_refused_with_the_count(demo: Path, tmp_path: Path, capsys,
                                                   monkeypatch):
    from metkasekor_desktop.layers import tile_export

    monkeypatch.setattr(tile_export, "MAX_TILES", 50)  # 40 plots never make 200,000
    out = tmp_path / "area.mbtiles"
    assert main(["tiles", str(demo), "--out", str(out), "--max-zoom", "22"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("metkasekor-desktop: error: ")
    assert re.search(r"Zoom levels 12 to 22 of this extent make [\d,]+ tiles, more than 50: "
                     r"give --max-zoom 1\d or less", err)
    assert "--max-zoom" in err and "smaller extent" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where, words", [
    ("missing/area.mbtiles", "does not exist"),
    ("notes.txt/area.mbtiles", "does not exist"),
    ("area.png", "must end in .mbtiles"),
])
def test_an_unusable_output_is_refused_before_drawing(demo: Path, tmp_path: Path, capsys,
                                                      where, words):
    (tmp_path / "notes.txt").write_text("x")
    assert main(["tiles", str(demo), "--out", str(tmp_path / where)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("args, words", [
    (["--min-zoom", "16", "--max-zoom", "12"], "--min-zoom 16 is above --max-zoom 12"),
    (["--extent", "9999"], "No plot of this project lies in district 9999"),
    (["--raster", "nowhere.tif"], "--raster nowhere.tif: no such file"),
])
def test_refusals_are_one_line(demo: Path, tmp_path: Path, capsys, args, words):
    assert main(["tiles", str(demo), "--out", str(tmp_path / "a.mbtiles"), *args]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert list(tmp_path.iterdir()) == []
