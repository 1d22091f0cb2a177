"""Benchmark: zonal mean/min/max of the 100k demo plots over a 10,000 x 10,000 GeoTIFF.

Run from the repository root:  python benchmarks/bench_zonal.py

Uses benchmarks/data/province.gpkg (plots in WGS 84, reprojected here to the raster's
UTM 48N) and benchmarks/data/dem_10k.tif (made by bench_raster.py). The demo plots spread
over two provinces; only part of them lie on this raster, and the script says how many.
``zonal_stats`` is timed 3 times in each mode (pixel centres, coverage-weighted) and the
median printed. When the ``exactextract`` package is importable (it is not a project
dependency:  pip install exactextract==0.3.0) its mean/min/max on the same data is timed
as well, and the script prints the time ratios (target: at most 0.4) and the largest
relative difference of the mean on plots of more than 50 pixels (target: within 0.5 %).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
PLOTS = DATA / "province.gpkg"
RASTER = DATA / "dem_10k.tif"
RUNS = 3
MIN_PIXELS = 50


def load_plots(crs: object) -> tuple[np.ndarray, list[object]]:
    """Plot geometries (in ``crs``) and their ids, read with pyogrio."""
    import geopandas
    import pyogrio

    frame = pyogrio.read_dataframe(PLOTS, layer="plots", columns=["code"])
    frame = geopandas.GeoDataFrame(frame, geometry=frame.geometry.name).to_crs(crs)
    id_column = next((c for c in ("code", "plot_code", "id", "fid") if c in frame), None)
    ids = list(frame[id_column]) if id_column else list(range(len(frame)))
    return frame.geometry.to_numpy(), ids


def median_time(function: object, runs: int = RUNS) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    import rasterio
    import shapely

    from metkasekor_desktop.analysis.zonal import zonal_stats

    if not RASTER.exists():
        print(f"{RASTER.name} is missing: run benchmarks/bench_raster.py once to make it.")
        return 1
    with rasterio.open(RASTER) as dataset:
        geoms, ids = load_plots(dataset.crs)
        left, bottom, right, top = dataset.bounds
        on_raster = shapely.intersects(geoms, shapely.box(left, bottom, right, top))
        inside = shapely.within(geoms, shapely.box(left, bottom, right, top))
        print(f"plots: {len(geoms):,}; on the raster: {int(on_raster.sum()):,} "
              f"(wholly inside: {int(inside.sum()):,})")

        def ours(coverage: bool) -> object:
            with rasterio.open(RASTER) as fresh:  # a fresh handle: no warm block cache
                return zonal_stats(geoms, ids, fresh, coverage=coverage)

        timings = {mode: median_time(lambda mode=mode: ours(mode)) for mode in (False, True)}
    for coverage, (seconds, _table) in timings.items():
        name = "coverage-weighted" if coverage else "pixel centres"
        print(f"zonal_stats ({name}): median of {RUNS}: {seconds:.2f} s")
    table = timings[False][1]
    covered = table.count > 0
    print(f"plots with pixels: {int(covered.sum()):,}; fallback to one pixel: "
          f"{int(table.fallback.sum()):,}; with > {MIN_PIXELS} pixels: "
          f"{int((table.count > MIN_PIXELS).sum()):,}")

    try:
        from exactextract import exact_extract
    except ImportError:
        print("exactextract is not installed; to compare:  pip install exactextract==0.3.0")
        return 0
    import geopandas

    with rasterio.open(RASTER) as dataset:
        crs = dataset.crs
    frame = geopandas.GeoDataFrame({"idx": np.arange(len(geoms))}, geometry=geoms, crs=crs)
    selected = frame[on_raster]

    def reference() -> object:
        with rasterio.open(RASTER) as fresh:
            return exact_extract(fresh, selected, ["mean", "min", "max"],
                                 include_cols=["idx"], output="pandas")

    ref_time, ref = median_time(reference)
    print(f"exactextract: median of {RUNS}: {ref_time:.2f} s "
          f"(on the {len(selected):,} plots that touch the raster; ours on all)")
    idx = ref["idx"].to_numpy()
    big = timings[False][1].count[idx] > MIN_PIXELS
    ref_mean = ref["mean"].to_numpy()[big]
    # The DEM crosses zero, where a relative difference means nothing: judge it on
    # plots whose mean is at least 1 m from zero, and give absolute figures for all.
    away = np.abs(ref_mean) >= 1.0
    print(f"agreement of the mean on {int(big.sum()):,} plots of > {MIN_PIXELS} pixels "
          f"({int(away.sum()):,} with |mean| >= 1 m):")
    for coverage, (seconds, table) in timings.items():
        difference = np.abs(table.mean[idx][big] - ref_mean)
        relative = difference[away] / np.abs(ref_mean[away])
        same_min = (table.min[idx][big] == ref["min"].to_numpy()[big]).mean() * 100
        print(f"  {'coverage-weighted' if coverage else 'pixel centres'}: "
              f"time ratio {seconds / ref_time:.2f} (target <= 0.40); "
              f"max relative difference {np.nanmax(relative) * 100:.3f} % "
              f"(target <= 0.5 %), median {np.nanmedian(relative) * 100:.4f} %, "
              f"beyond 0.5 %: {int((relative > 0.005).sum())}; max absolute difference "
              f"{np.nanmax(difference):.4f} m; min equal on {same_min:.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
