"""Zonal statistics of plots over a raster: the figures an officer reads per plot."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from affine import Affine
from shapely.geometry import Polygon, box

from metkasekor_desktop.analysis.zonal import (
    ArrayRaster,
    ZonalCancelled,
    ZonalError,
    slope,
    zonal_stats,
)
from metkasekor_desktop.domain.messages import as_message

CELL = 10.0
WEST, NORTH = 1000.0, 2000.0
TRANSFORM = Affine(CELL, 0.0, WEST, 0.0, -CELL, NORTH)


def grid(rows: int = 20, cols: int = 20) -> np.ndarray:
    """Values row * 10 + col, so every pixel is recognisable."""
    r, c = np.mgrid[0:rows, 0:cols]
    return (r * 10 + c).astype(np.float32)


def cells(row0: int, col0: int, row1: int, col1: int, inset: float = 0.1) -> Polygon:
    """A square covering pixel rows [row0, row1) and columns [col0, col1), slightly inset."""
    return box(WEST + (col0 + inset) * CELL, NORTH - (row1 - inset) * CELL,
               WEST + (col1 - inset) * CELL, NORTH - (row0 + inset) * CELL)


def test_a_square_gets_exact_mean_min_and_max():
    values = grid()
    table = zonal_stats([cells(2, 3, 5, 7)], ["P1"], ArrayRaster(values, TRANSFORM), coverage=False)
    (row,) = table.rows()
    expected = values[2:5, 3:7]
    assert row.id == "P1"
    assert row.count == 12
    assert row.mean == pytest.approx(expected.mean())
    assert (row.min, row.max) == (23.0, 46.0)
    assert not row.fallback


def test_overlapping_plots_each_get_all_their_pixels():
    values = grid()
    left, right = cells(0, 0, 4, 6), cells(1, 3, 5, 9)
    table = zonal_stats([left, right], [1, 2], ArrayRaster(values, TRANSFORM), coverage=False)
    assert list(table.count) == [24, 24]
    assert table.mean[0] == pytest.approx(values[0:4, 0:6].mean())
    assert table.mean[1] == pytest.approx(values[1:5, 3:9].mean())
    assert (table.min[1], table.max[1]) == (13.0, 48.0)


def test_plot_with_a_hole_and_a_second_part_counts_only_its_inside():
    values = grid()
    hole = cells(1, 1, 4, 4, inset=0.0).exterior.coords
    ring = Polygon(cells(0, 0, 5, 5).exterior.coords, [hole])
    plot = shapely.MultiPolygon([ring, cells(10, 10, 12, 12)])
    table = zonal_stats([plot], ["holed"], ArrayRaster(values, TRANSFORM), coverage=False)
    inside = np.ones((5, 5), dtype=bool)
    inside[1:4, 1:4] = False
    expected = np.r_[values[0:5, 0:5][inside], values[10:12, 10:12].ravel()]
    assert table.count[0] == len(expected) == 20
    assert table.mean[0] == pytest.approx(expected.mean())
    assert table.max[0] == 121.0


def test_nodata_and_nan_pixels_are_left_out():
    values = grid()
    values[2, 3] = -9999.0
    values[3, 4] = np.nan
    table = zonal_stats([cells(2, 3, 4, 5)], ["P"], ArrayRaster(values, TRANSFORM, -9999.0),
                        coverage=False)
    assert table.count[0] == 2
    assert table.mean[0] == pytest.approx((24.0 + 33.0) / 2)
    assert (table.min[0], table.max[0]) == (24.0, 33.0)


def test_plot_only_on_nodata_or_off_the_raster_has_no_values():
    values = grid()
    values[0:2, 0:2] = -9999.0
    off = box(0.0, 0.0, 50.0, 50.0)  # far west and south of the raster
    table = zonal_stats([cells(0, 0, 2, 2), off], ["nodata", "off"],
                        ArrayRaster(values, TRANSFORM, -9999.0), coverage=False)
    assert list(table.count) == [0, 0]
    assert np.isnan(table.mean).all() and np.isnan(table.min).all()
    assert not table.fallback.any()


def test_plot_smaller_than_a_pixel_takes_the_pixel_under_it_and_is_flagged():
    values = grid()
    # A 2 m square inside pixel (row 6, col 8), away from the pixel centre.
    x, y = WEST + 8 * CELL + 1.0, NORTH - 6 * CELL - 3.0
    tiny = box(x, y - 2.0, x + 2.0, y)
    table = zonal_stats([tiny], ["tiny"], ArrayRaster(values, TRANSFORM), coverage=False)
    assert table.count[0] == 0
    assert table.fallback[0]
    assert table.mean[0] == table.min[0] == table.max[0] == 68.0


def test_cancel_stops_with_an_error_and_progress_reaches_one():
    raster = ArrayRaster(grid(), TRANSFORM)
    seen: list[float] = []
    zonal_stats([cells(0, 0, 20, 20)], ["all"], raster, progress=seen.append, block_rows=5,
                coverage=False)
    assert seen == [0.25, 0.5, 0.75, 1.0]
    calls = iter([False, True])
    with pytest.raises(ZonalCancelled) as refused:
        zonal_stats([cells(0, 0, 20, 20)], ["all"], raster, cancelled=lambda: next(calls),
                    block_rows=5, coverage=False)
    said = as_message(refused.value)  # a message, said in the user's language
    assert said.template == "Zonal statistics were cancelled; nothing was saved."


def test_a_plot_across_row_blocks_gives_the_same_figures_as_one_block():
    values = grid(40, 30)
    plots = [cells(3, 2, 17, 11), Polygon([(1005, 1995), (1290, 1700), (1010, 1620)])]
    raster = ArrayRaster(values, TRANSFORM)
    whole = zonal_stats(plots, [1, 2], raster, block_rows=1000, coverage=False)
    for rows in (1, 4, 7):
        split = zonal_stats(plots, [1, 2], raster, block_rows=rows, coverage=False)
        np.testing.assert_array_equal(split.count, whole.count)
        np.testing.assert_allclose(split.mean, whole.mean)
        np.testing.assert_array_equal(split.min, whole.min)
        np.testing.assert_array_equal(split.max, whole.max)


def brute_force(plot: Polygon, values: np.ndarray, nodata: float
                ) -> tuple[int, float, float, float]:
    """Test every pixel centre against the plot, one by one."""
    picked = []
    for r in range(values.shape[0]):
        for c in range(values.shape[1]):
            centre = shapely.Point(WEST + (c + 0.5) * CELL, NORTH - (r + 0.5) * CELL)
            if plot.contains(centre) and values[r, c] != nodata and not math.isnan(values[r, c]):
                picked.append(float(values[r, c]))
    if not picked:
        return 0, math.nan, math.nan, math.nan
    return len(picked), float(np.mean(picked)), min(picked), max(picked)


def test_random_plots_match_a_pixel_by_pixel_count():
    rng = np.random.default_rng(7)
    values = rng.normal(30, 10, (30, 25)).astype(np.float32)
    values[rng.random(values.shape) < 0.05] = -1.0
    plots = []
    for _ in range(25):
        cx, cy = WEST + rng.uniform(0, 250), NORTH - rng.uniform(0, 300)
        angles = np.sort(rng.uniform(0, 2 * math.pi, 7))
        radii = rng.uniform(5, 60, 7)
        plots.append(Polygon(np.c_[cx + radii * np.cos(angles), cy + radii * np.sin(angles)]))
    table = zonal_stats(plots, list(range(25)), ArrayRaster(values, TRANSFORM, -1.0),
                        block_rows=8, coverage=False)
    for i, plot in enumerate(plots):
        count, mean, low, high = brute_force(plot, values, -1.0)
        if count == 0:
            continue  # covered by the fallback test
        assert table.count[i] == count
        assert table.mean[i] == pytest.approx(mean, rel=1e-6)
        assert (table.min[i], table.max[i]) == (low, high)
    assert table.count.sum() > 100  # the case is not trivially empty


def test_reads_an_open_geotiff(tmp_path):
    rasterio = pytest.importorskip("rasterio")
    path = tmp_path / "dem.tif"
    values = grid()
    with rasterio.open(path, "w", driver="GTiff", width=20, height=20, count=1,
                       dtype="float32", crs="EPSG:32648", transform=TRANSFORM,
                       nodata=-9999.0) as dst:
        dst.write(values, 1)
    with rasterio.open(path) as dataset:
        table = zonal_stats([cells(2, 3, 5, 7)], ["P1"], dataset, coverage=False)
    assert table.count[0] == 12
    assert table.mean[0] == pytest.approx(values[2:5, 3:7].mean())


def test_ids_must_match_the_plots():
    with pytest.raises(ZonalError, match="one id per plot"):
        zonal_stats([cells(0, 0, 1, 1)], [], ArrayRaster(grid(), TRANSFORM))


def test_slope_of_a_plane_in_degrees():
    rows, cols = np.mgrid[0:6, 0:6]
    dem = cols * CELL * math.tan(math.radians(30))  # rises 30 degrees to the east
    result = slope(dem, TRANSFORM)
    np.testing.assert_allclose(result[1:-1, 1:-1], 30.0, atol=1e-9)
    flat = slope(np.full((4, 4), 12.0), TRANSFORM)
    assert (flat == 0).all()


def test_coverage_weights_pixels_by_the_part_the_plot_covers():
    values = grid()
    # Columns 2..4 of row 3 in full, and the west half of column 5 (value 35).
    plot = box(WEST + 2 * CELL, NORTH - 4 * CELL, WEST + 5.5 * CELL, NORTH - 3 * CELL)
    table = zonal_stats([plot], ["half"], ArrayRaster(values, TRANSFORM), coverage=True)
    assert table.count[0] == pytest.approx(3.5)
    assert table.mean[0] == pytest.approx((32 + 33 + 34 + 0.5 * 35) / 3.5)
    assert (table.min[0], table.max[0]) == (32.0, 35.0)


def test_coverage_mode_keeps_overlaps_and_block_boundaries():
    values = grid(40, 30)
    plots = [cells(3, 2, 17, 11), Polygon([(1005, 1995), (1290, 1700), (1010, 1620)])]
    raster = ArrayRaster(values, TRANSFORM)
    whole = zonal_stats(plots, [1, 2], raster, coverage=True)
    split = zonal_stats(plots, [1, 2], raster, coverage=True, block_rows=3)
    np.testing.assert_allclose(split.count, whole.count)
    np.testing.assert_allclose(split.mean, whole.mean)
    # Coverage is exact along each scan line but sampled on four lines per pixel row.
    for i, plot in enumerate(plots):
        assert whole.count[i] == pytest.approx(shapely.area(plot) / CELL**2, rel=0.02)


def test_coverage_min_and_max_include_an_edge_pixel_the_scan_lines_pass_by():
    values = grid()
    values[2, 4] = 999.0  # a pixel the plot clips only along its bottom 5 %
    values[6, 6] = -50.0  # a pixel the plot clips only at its north-west corner
    # Rows 3..5 and columns 3..5 in full, 0.05 pixel into row 2, and a corner triangle.
    plot = Polygon([(WEST + 3 * CELL, NORTH - 2.95 * CELL), (WEST + 6 * CELL, NORTH - 2.95 * CELL),
                    (WEST + 6 * CELL, NORTH - 6 * CELL), (WEST + 6.1 * CELL, NORTH - 6 * CELL),
                    (WEST + 6 * CELL, NORTH - 6.1 * CELL), (WEST + 3 * CELL, NORTH - 6 * CELL)])
    table = zonal_stats([plot], ["edge"], ArrayRaster(values, TRANSFORM), coverage=True)
    touched = [values[r, c] for r in range(2, 6) for c in range(3, 6)] + [values[6, 6]]
    assert (table.min[0], table.max[0]) == (min(touched), max(touched)) == (-50.0, 999.0)
    # The mean keeps its weighting: slivers no scan line crosses weigh nothing.
    assert table.mean[0] == pytest.approx(values[3:6, 3:6].mean())
    aligned = zonal_stats([box(WEST + 3 * CELL, NORTH - 6 * CELL, WEST + 6 * CELL,
                               NORTH - 3 * CELL)], ["a"], ArrayRaster(values, TRANSFORM))
    assert (aligned.min[0], aligned.max[0]) == (values[3:6, 3:6].min(), values[3:6, 3:6].max())


def test_coverage_min_and_max_are_those_of_every_pixel_the_plot_touches():
    rng = np.random.default_rng(11)
    values = rng.normal(30, 10, (30, 25)).astype(np.float32)
    values[rng.random(values.shape) < 0.05] = -1.0
    plots = []
    for _ in range(40):
        cx, cy = WEST + rng.uniform(0, 250), NORTH - rng.uniform(0, 300)
        angles = np.sort(rng.uniform(0, 2 * math.pi, 7))
        radii = rng.uniform(3, 40, 7)
        plots.append(shapely.make_valid(Polygon(np.c_[cx + radii * np.cos(angles),
                                                      cy + radii * np.sin(angles)])))
    table = zonal_stats(plots, list(range(40)), ArrayRaster(values, TRANSFORM, -1.0),
                        block_rows=7, coverage=True)
    checked = 0
    for i, plot in enumerate(plots):
        if table.count[i] == 0:
            continue
        touched = [float(values[r, c]) for r in range(30) for c in range(25)
                   if values[r, c] != -1.0 and shapely.intersection(plot, box(
                       WEST + c * CELL, NORTH - (r + 1) * CELL, WEST + (c + 1) * CELL,
                       NORTH - r * CELL)).area > 0]
        assert (table.min[i], table.max[i]) == (min(touched), max(touched)), i
        checked += 1
    assert checked > 20
