"""Rasters partners send: without a coordinate system, empty, damaged, somewhere else.
Each is refused in one line naming the file and what is wrong, or warned about."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
import rasterio
from affine import Affine

from metkasekor_desktop.app import main
from metkasekor_desktop.io.raster_errors import RasterError
from metkasekor_desktop.layers.raster_layer import RasterLayer
from metkasekor_desktop.layers.viewport import Viewport


def _tif(path: Path, *, crs: str | None = "EPSG:4326", fill: float | None = None,
         nodata: float | None = None, west: float = 103.0) -> Path:
    data = np.arange(64 * 64, dtype=np.float32).reshape(1, 64, 64)
    if fill is not None:
        data[:] = fill
    profile = dict(driver="GTiff", width=64, height=64, count=1, dtype="float32",
                   transform=Affine(0.01, 0.0, west, 0.0, -0.01, 13.5), nodata=nodata)
    if crs:
        profile["crs"] = crs
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # rasterio's NotGeoreferencedWarning, on purpose
        with rasterio.open(path, "w", **profile) as ds:
            ds.write(data)
    return path


@pytest.fixture(scope="module")
def project_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("project") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "12"]) == 0
    return path


def _render(project_path: Path, raster: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["render", str(project_path), "--out", str(raster.with_suffix(".png")),
                 "--raster", str(raster), "--size", "160x120"])
    return code, capsys.readouterr().err


def test_render_refuses_a_raster_without_a_coordinate_system_in_one_line(
        project_path: Path, tmp_path: Path, capsys) -> None:
    code, err = _render(project_path, _tif(tmp_path / "scan.tif", crs=None), capsys)
    assert code == 1
    assert err.count("\n") == 1 and "scan.tif has no coordinate system" in err
    assert "Traceback" not in err


def test_an_all_nodata_raster_warns_no_valid_data(project_path: Path, tmp_path: Path,
                                                  capsys) -> None:
    code, err = _render(project_path, _tif(tmp_path / "empty.tif", fill=-9999, nodata=-9999),
                        capsys)
    assert code == 0
    assert "empty.tif holds no valid data" in err and "-9999" in err


def test_a_damaged_raster_names_the_file_and_the_damage(project_path: Path, tmp_path: Path,
                                                        capsys) -> None:
    good = _tif(tmp_path / "good.tif")
    damaged = tmp_path / "cut.tif"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    code, err = _render(project_path, damaged, capsys)
    assert code == 1
    assert "cut.tif is damaged" in err and "See previous exception" not in err
    layer = RasterLayer(damaged, 3857)
    try:
        with pytest.raises(RasterError, match="cut.tif is damaged"):
            layer.problems()
    finally:
        layer.close()


def test_a_raster_far_from_the_view_can_be_zoomed_to(tmp_path: Path) -> None:
    layer = RasterLayer(_tif(tmp_path / "far.tif", west=120.0), 3857)
    try:
        view = Viewport(0.0, 0.0, 1.0, 800, 600).fitted((11_600_000, 1_250_000,
                                                         11_700_000, 1_300_000))
        extent = layer.extent()
        assert extent is not None
        zoomed = view.fitted(extent)
        x0, y0, x1, y1 = zoomed.extent
        assert x0 <= extent[0] and extent[2] <= x1 and y0 <= extent[1] and extent[3] <= y1
    finally:
        layer.close()
