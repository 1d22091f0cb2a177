"""Building overviews beside a raster: right levels, progress, cancel, and the raster untouched."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from metkasekor_desktop.io.raster_errors import RasterError
from metkasekor_desktop.io.raster_overviews import (
    build_overviews,
    external_overview_path,
    has_overviews,
)
from metkasekor_desktop.io.raster_source import RasterSource
from tests.io.test_raster_source import from_origin, write_raster

E0, N0, CELL = 300_000.0, 1_420_000.0, 10.0


def checkerboard(path: Path, size: int) -> Path:
    """Cells alternate 0 and 100: a nearest read shows 0 or 100, an averaged overview 50."""
    rows, cols = np.mgrid[0:size, 0:size]
    data = np.where((rows + cols) % 2 == 0, 0.0, 100.0).astype(np.float32)
    return write_raster(path, data, from_origin(E0, N0, CELL, CELL))


def test_build_writes_an_ovr_with_levels_down_to_under_256_cells(tmp_path: Path) -> None:
    path = checkerboard(tmp_path / "board.tif", 2000)
    before = path.read_bytes()
    reports: list[float] = []
    assert not has_overviews(path)
    factors = build_overviews(path, progress=reports.append)
    assert factors == [2, 4, 8]  # 1000, 500, 250 cells a side
    assert external_overview_path(path).is_file()
    assert has_overviews(path)
    assert path.read_bytes() == before  # the officer's file is not rewritten
    assert reports[-1] == 1.0
    assert reports == sorted(reports) and len(reports) >= len(factors) + 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.tif", "board.tif.ovr"]


def test_decimated_reads_come_from_the_averaged_overview(tmp_path: Path) -> None:
    path = checkerboard(tmp_path / "board.tif", 2000)
    extent = (E0, N0 - 20_000, E0 + 20_000, N0)  # the whole raster into 200 x 200 cells
    with RasterSource(path) as source:
        raw = source.read(extent, 32648, 200, 200)
    assert set(np.unique(raw.data)) <= {0.0, 100.0}
    build_overviews(path)
    with RasterSource(path) as source:
        assert source.overview_factors == [2, 4, 8]
        smooth = source.read(extent, 32648, 200, 200)
    assert np.allclose(smooth.data, 50.0)


def test_overviews_ignore_nodata(tmp_path: Path) -> None:
    data = np.full((600, 600), 20.0, dtype=np.float32)
    data[:300, :300] = -9999.0
    path = write_raster(tmp_path / "holes.tif", data, from_origin(E0, N0, CELL, CELL),
                        nodata=-9999.0)
    assert build_overviews(path) == [2, 4]
    with RasterSource(path) as source:
        grid = source.read((E0, N0 - 6000, E0 + 6000, N0), 32648, 150, 150,
                           resampling="average")
    valid = grid.compressed()
    assert valid.size > 0 and np.allclose(valid, 20.0)
    assert np.ma.getmaskarray(grid)[0, :70, :70].all()


def test_cancelled_build_leaves_no_ovr(tmp_path: Path) -> None:
    path = checkerboard(tmp_path / "board.tif", 2000)
    reports: list[float] = []
    factors = build_overviews(path, progress=reports.append,
                              cancelled=lambda: len(reports) > 1)
    assert factors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.tif"]
    assert not has_overviews(path)


def test_a_file_with_overviews_is_left_alone(tmp_path: Path) -> None:
    path = checkerboard(tmp_path / "board.tif", 600)
    assert build_overviews(path) == [2, 4]
    stamp = external_overview_path(path).stat().st_mtime_ns
    assert build_overviews(path) == [2, 4]
    assert external_overview_path(path).stat().st_mtime_ns == stamp


def test_a_small_raster_needs_no_overviews(tmp_path: Path) -> None:
    path = checkerboard(tmp_path / "small.tif", 200)
    assert build_overviews(path) == []
    assert not external_overview_path(path).exists()


def test_failure_to_write_says_where_and_what_to_do(tmp_path: Path) -> None:
    path = checkerboard(tmp_path / "board.tif", 600)
    external_overview_path(path).mkdir()  # something in the way of the .ovr
    with pytest.raises(RasterError, match="folder you can write to") as info:
        build_overviews(path)
    assert "board.tif" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.tif", "board.tif.ovr"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="needs a POSIX user that file permissions apply to")
def test_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = checkerboard(folder / "board.tif", 600)
    folder.chmod(0o555)
    try:
        with pytest.raises(RasterError, match="read-only"):
            build_overviews(path)
    finally:
        folder.chmod(0o755)


def test_missing_raster_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RasterError, match="is missing"):
        build_overviews(tmp_path / "gone.tif")
