"""GeoTIFF writing: what a reader (rasterio, QGIS) finds in the file."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio

from metkasekor_desktop.domain.demo import demo_elevation
from metkasekor_desktop.io.geotiff import GeoTiffError, overview_factors, write_geotiff

TRANSFORM = (300_000.0, 100.0, 0.0, 1_450_000.0, 0.0, -100.0)


def _terrain(rows: int = 700, cols: int = 900) -> np.ndarray:
    y, x = np.mgrid[0:rows, 0:cols]
    z = (40 + 20 * np.sin(x / 50) * np.cos(y / 70)).astype(np.float32)
    z[:30, :40] = -9999.0
    return z


def test_written_raster_reads_back_with_crs_transform_values_and_nodata(tmp_path):
    z = _terrain()
    out = write_geotiff(tmp_path / "dem.tif", z, TRANSFORM, 32648, nodata=-9999.0)
    assert out == tmp_path / "dem.tif"
    with rasterio.open(out) as src:
        assert src.crs.to_epsg() == 32648
        assert src.transform.to_gdal() == TRANSFORM
        assert src.nodata == -9999.0
        assert src.dtypes == ("float32",)
        np.testing.assert_array_equal(src.read(1), z)
        assert src.read_masks(1)[0, 0] == 0 and src.read_masks(1)[500, 500] == 255
        assert src.profile["compress"].lower() == "deflate"
        assert src.block_shapes == [(256, 256)]
        assert src.overviews(1) == [2, 4]  # 900 -> 450 -> 225 pixels
    assert not list(tmp_path.glob("*.part"))


def test_overviews_only_when_asked_and_down_to_under_256_pixels(tmp_path):
    z = _terrain(300, 2805)
    assert overview_factors(2805, 300) == [2, 4, 8, 16]
    assert overview_factors(200, 100) == []
    with rasterio.open(write_geotiff(tmp_path / "a.tif", z, TRANSFORM, 32648)) as src:
        assert src.overviews(1) == [2, 4, 8, 16]
        small = src.read(1, out_shape=(19, 175))  # read through the smallest overview
        assert np.isfinite(small).all()
    with rasterio.open(write_geotiff(tmp_path / "b.tif", z, TRANSFORM, 32648,
                                     overviews=False)) as src:
        assert src.overviews(1) == []


def test_progress_is_reported_to_the_end(tmp_path):
    seen: list[float] = []
    write_geotiff(tmp_path / "p.tif", _terrain(300, 300), TRANSFORM, 32648, progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


def test_demo_elevation_round_trips(tmp_path):
    dem = demo_elevation((250_000.0, 1_400_000.0, 300_000.0, 1_430_000.0))
    out = write_geotiff(tmp_path / "demo.tif", dem.array, dem.transform, dem.epsg, dem.nodata)
    with rasterio.open(out) as src:
        assert src.crs.to_epsg() == dem.epsg and src.transform.to_gdal() == dem.transform
        np.testing.assert_array_equal(src.read(1), dem.array)
        assert (src.read_masks(1) == 0).any()


def test_unwritable_target_raises_a_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(GeoTiffError, match="Could not write the GeoTIFF"):
        write_geotiff(blocker / "dem.tif", _terrain(50, 50), TRANSFORM, 32648)
