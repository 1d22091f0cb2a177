"""Benchmark: areas in hectares of 100,000 Cambodian plots with ``areas_ha``.

Run from the repository root:  python benchmarks/bench_areas.py

The plots are made here around Phnom Penh (104.9 E, 12.9 N, spread over about 2 degrees):
half are 10-100 m squares (``shapely.box``), half 16-sided buffers of 5-60 m radius,
with 1 % of them bow-ties (invalid, measured after repair). ``areas_ha`` is timed 5
times and the median printed. Target: the median under 1 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

N_PLOTS = 100_000
RUNS = 5
TARGET_S = 1.0
DEG_PER_M = 1 / 111_000  # about; the plots' sizes need not be exact


def make_plots(n: int = N_PLOTS, seed: int = 48) -> np.ndarray:
    import shapely

    rng = np.random.default_rng(seed)
    x = 104.9 + rng.uniform(-1.0, 1.0, n)
    y = 12.9 + rng.uniform(-1.0, 1.0, n)
    half = n // 2
    side = rng.uniform(10, 100, half) * DEG_PER_M
    squares = shapely.box(x[:half], y[:half], x[:half] + side, y[:half] + side)
    radius = rng.uniform(5, 60, n - half) * DEG_PER_M
    rounds = shapely.buffer(shapely.points(x[half:], y[half:]), radius, quad_segs=4)
    plots = np.concatenate([squares, rounds])
    for i in rng.choice(n, n // 100, replace=False):  # bow-ties: two corners swapped
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), *_ = shapely.box(
            x[i], y[i], x[i] + 50 * DEG_PER_M, y[i] + 50 * DEG_PER_M).exterior.coords
        plots[i] = shapely.Polygon([(x0, y0), (x2, y2), (x1, y1), (x3, y3)])
    return plots


def main() -> int:
    from metkasekor_desktop.domain.geometry import areas_ha

    plots = make_plots()
    areas_ha(plots[:10])  # transformers made, libraries loaded
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        areas = areas_ha(plots)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"areas_ha of {len(plots):,} plots: median of {RUNS} runs {median:.3f} s "
          f"(target: under {TARGET_S:.0f} s); total {areas.sum():,.0f} ha, "
          f"{int(np.isnan(areas).sum())} NaN")
    return 0 if median < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
