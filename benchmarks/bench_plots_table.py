"""Plots table benchmark: the columns of the window's plots table at 1,000,000 plots.

    python benchmarks/bench_plots_table.py [--plots 1000000] [--runs 3]

Opens the demo project of ``--plots`` plots (``benchmarks/data/province-1000000.gpkg``,
made once with bench_data's ``ensure_project`` when missing: that takes minutes) with
``Project.open`` and loads the plot table once (``project.plots.load_table()``, not
timed). Then each run times what the table does on the UI thread when a project opens
(``PlotsTableModel.set_layer``): ``layer_columns(table, "km")``, the table's own columns
(code, farmer, places, role, area, and the lower-cased search columns), and
``read_season(project, season_id, ids, "km")``, the season columns of the season the
window shows first (``latest_season_id``, as ``CurrentSeason`` picks it). It also reads
the resident memory (``/proc/self/statm``) before each step and after it, with the
step's result still held, and prints the medians of the times and of the RSS growth:
the growth is what the table keeps for as long as the project is open. Timings, not
tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import ensure_project  # noqa: E402

STEPS = ("layer_columns", "read_season")
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """The process's resident memory now, in MB (the second field of /proc/self/statm)."""
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * PAGE / 1e6


def one_run(project, table, season_id: int | None) -> dict[str, float]:
    """Seconds and RSS growth (MB) of each step, the results held until both are done."""
    from metkasekor_desktop.ui.plots_columns import layer_columns
    from metkasekor_desktop.ui.plots_filters import read_season

    gc.collect()
    out: dict[str, float] = {}
    r0 = rss_mb()
    t0 = time.perf_counter()
    base = layer_columns(table, "km")
    t1 = time.perf_counter()
    r1 = rss_mb()
    season = read_season(project, season_id, table.ids, "km")
    t2 = time.perf_counter()
    r2 = rss_mb()
    out.update(layer_columns=t1 - t0, read_season=t2 - t1,
               layer_columns_mb=r1 - r0, read_season_mb=r2 - r1)
    del base, season
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=1_000_000, help="plots of the project")
    parser.add_argument("--runs", type=int, default=3, help="runs to take the median of")
    args = parser.parse_args()
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.storage.plot_attributes import latest_season_id

    path = ensure_project(args.plots)
    project = Project.open(path)
    try:
        t0 = time.perf_counter()
        table = project.plots.load_table()
        season_id = latest_season_id(project)
        print(f"{path.name}: {len(table):,} plots loaded in {time.perf_counter() - t0:.1f} s "
              f"(not timed), season {season_id}, RSS {rss_mb():.0f} MB", flush=True)
        runs = []
        for run in range(args.runs):
            runs.append(one_run(project, table, season_id))
            r = runs[-1]
            print(f"run {run + 1}: " + ", ".join(
                f"{s} {r[s]:.2f} s (+{r[s + '_mb']:.0f} MB)" for s in STEPS), flush=True)
    finally:
        project.close()
    for step in STEPS:
        seconds = statistics.median(r[step] for r in runs)
        growth = statistics.median(r[step + "_mb"] for r in runs)
        print(f"{step:>14}: median of {len(runs)}: {seconds:.2f} s, RSS +{growth:.0f} MB")
    total = statistics.median(r["layer_columns"] + r["read_season"] for r in runs)
    print(f"{'total':>14}: median of {len(runs)}: {total:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
