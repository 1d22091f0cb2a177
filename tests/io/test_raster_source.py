"""Reading the viewport grid of a raster: right values in the right cells, holes masked."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
from affine import Affine
from pyproj import Transformer

from metkasekor_desktop.io.raster_errors import RasterError
from metkasekor_desktop.io.raster_source import RasterSource

UTM = 32648
E0, N0 = 300_000.0, 1_420_000.0  # top-left corner of the test DEM, Battambang
CELL = 10.0
NODATA = -9999.0


def from_origin(west: float, north: float, dx: float, dy: float) -> Affine:
    """The transform of a north-up raster whose top-left corner is (west, north)."""
    return Affine(dx, 0.0, west, 0.0, -dy, north)


def write_raster(path: Path, data: np.ndarray, transform, epsg: int | None = UTM,
                 nodata: float | None = None, units: str | None = None) -> Path:
    """A small GeoTIFF of ``data`` (rows, cols) or (bands, rows, cols)."""
    data = data if data.ndim == 3 else data[np.newaxis]
    profile = {"driver": "GTiff", "width": data.shape[2], "height": data.shape[1],
               "count": data.shape[0], "dtype": data.dtype, "transform": transform,
               "nodata": nodata}
    if epsg is not None:
        profile["crs"] = f"EPSG:{epsg}"
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
        if units:
            dst.units = [units] * data.shape[0]
    return path


def dem_values() -> np.ndarray:
    """200 rows x 300 cols: value = 10 + col / 2 + row / 10, a nodata and a NaN block."""
    rows, cols = np.mgrid[0:200, 0:300]
    z = (10 + cols * 0.5 + rows * 0.1).astype(np.float32)
    z[20:40, 20:40] = NODATA
    z[20:40, 100:120] = np.nan
    return z


@pytest.fixture
def dem_path(tmp_path: Path) -> Path:
    return write_raster(tmp_path / "dem.tif", dem_values(), from_origin(E0, N0, CELL, CELL),
                        nodata=NODATA, units="metre")


@pytest.fixture
def dem(dem_path: Path):
    with RasterSource(dem_path) as source:
        yield source


def cell_centre(col: int, row: int) -> tuple[float, float]:
    return (E0 + (col + 0.5) * CELL, N0 - (row + 0.5) * CELL)


def test_source_describes_the_file(dem: RasterSource) -> None:
    assert (dem.width, dem.height, dem.count) == (300, 200, 1)
    assert dem.epsg == UTM
    assert dem.bounds == pytest.approx((E0, N0 - 2000, E0 + 3000, N0))
    assert dem.nodata == NODATA
    assert dem.dtypes == ("float32",)
    assert dem.units == ("metre",)
    assert dem.overview_factors == []
    assert dem.map_bounds(UTM) == pytest.approx((E0, N0 - 2000, E0 + 3000, N0))


def test_native_grid_gives_the_file_values_with_holes_masked(dem: RasterSource) -> None:
    grid = dem.read((E0, N0 - 2000, E0 + 3000, N0), UTM, 300, 200)
    expected = dem_values()
    holes = (expected == NODATA) | np.isnan(expected)
    assert grid.shape == (1, 200, 300)
    assert grid.dtype == np.float32
    assert np.array_equal(np.ma.getmaskarray(grid)[0], holes)
    assert np.allclose(grid[0][~holes], expected[~holes])


def test_a_wider_view_masks_what_lies_outside_the_raster(dem: RasterSource) -> None:
    # 1000 m of empty map on every side, 20 m per grid cell.
    extent = (E0 - 1000, N0 - 3000, E0 + 4000, N0 + 1000)
    grid = dem.read(extent, UTM, 250, 200)
    mask = np.ma.getmaskarray(grid)[0]
    assert mask[:50].all() and mask[150:].all()  # above and below the raster
    assert mask[:, :50].all() and mask[:, 200:].all()  # left and right of it
    # Grid cell (row r, col c) has its centre on file cell (2 (r - 50) + 1, 2 (c - 50) + 1).
    assert grid[0, 100, 100] == pytest.approx(10 + 101 * 0.5 + 101 * 0.1)
    values = dem_values()
    sampled = values[1::2, 1::2]
    holes = (sampled == NODATA) | np.isnan(sampled)
    assert np.array_equal(mask[50:150, 50:200], holes)


def test_decimated_read_keeps_values_at_their_place(dem: RasterSource) -> None:
    extent = (E0, N0 - 2000, E0 + 3000, N0)
    grid = dem.read(extent, UTM, 100, 50)  # 3 x 4 file cells per grid cell
    rows, cols = np.mgrid[0:50, 0:100]
    expected = 10 + (cols * 3 + 1.5) * 0.5 + (rows * 4 + 2) * 0.1
    ok = ~np.ma.getmaskarray(grid)[0]
    assert np.abs(grid[0][ok] - expected[ok]).max() <= 0.5 * 1.5 + 0.1 * 2 + 1e-3


def test_raster_in_wgs84_lands_at_its_place_in_the_utm_map(tmp_path: Path) -> None:
    # 0.001 degree cells over (103.0..103.1 E, 12.8..12.9 N); one cell holds 99.
    data = np.zeros((100, 100), dtype=np.float32)
    data[40, 60] = 99.0  # centre 103.0605 E, 12.8595 N
    path = write_raster(tmp_path / "ll.tif", data, from_origin(103.0, 12.9, 0.001, 0.001),
                        epsg=4326)
    x, y = Transformer.from_crs(4326, UTM, always_xy=True).transform(103.0605, 12.8595)
    with RasterSource(path) as source:
        left, bottom, right, top = source.map_bounds(UTM)
        assert left < x < right and bottom < y < top
        # A 20 m grid around the point: the 99 cell (about 108 x 110 m) covers its centre.
        grid = source.read((x - 500, y - 500, x + 500, y + 500), UTM, 50, 50)
    assert grid[0, 25, 25] == 99.0
    assert grid[0, 2, 2] == 0.0
    hot_rows, hot_cols = np.nonzero(grid[0].filled(0) == 99.0)
    assert 20 <= hot_rows.mean() <= 30 and 20 <= hot_cols.mean() <= 30


def test_wgs84_raster_outside_the_view_is_all_masked(tmp_path: Path) -> None:
    path = write_raster(tmp_path / "ll.tif", np.ones((10, 10), np.float32),
                        from_origin(103.0, 12.9, 0.001, 0.001), epsg=4326)
    with RasterSource(path) as source:
        grid = source.read((E0, N0, E0 + 1000, N0 + 1000), UTM, 10, 10)
    assert np.ma.getmaskarray(grid).all()


def test_statistics_approximate_the_band(dem: RasterSource) -> None:
    values = dem_values()
    valid = values[(values != NODATA) & ~np.isnan(values)]
    stats = dem.statistics(1)
    assert stats.minimum == pytest.approx(valid.min(), abs=1.0)
    assert stats.maximum == pytest.approx(valid.max(), abs=1.0)
    assert stats.p2 == pytest.approx(np.percentile(valid, 2), abs=2.0)
    assert stats.p98 == pytest.approx(np.percentile(valid, 98), abs=2.0)
    assert dem.statistics(1) is stats  # computed once


def test_cancelled_read_returns_none(dem: RasterSource) -> None:
    assert dem.read((E0, N0 - 2000, E0 + 3000, N0), UTM, 300, 200,
                    cancelled=lambda: True) is None


def test_unknown_band_is_refused(dem: RasterSource) -> None:
    with pytest.raises(RasterError, match="no band 2"):
        dem.read((E0, N0 - 2000, E0 + 3000, N0), UTM, 30, 20, bands=[2])


def test_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(RasterError, match="is missing") as info:
        RasterSource(tmp_path / "gone.tif")
    assert "gone.tif" in str(info.value)


def test_a_file_that_is_not_a_raster_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.tif"
    path.write_text("not a raster", encoding="utf-8")
    with pytest.raises(RasterError, match="not a raster"):
        RasterSource(path)


def test_a_raster_without_coordinate_system_is_refused(tmp_path: Path) -> None:
    path = write_raster(tmp_path / "scan.tif", np.zeros((5, 5), np.uint8),
                        from_origin(0, 5, 1, 1), epsg=None)
    with pytest.raises(RasterError, match="has no coordinate system"):
        RasterSource(path)
