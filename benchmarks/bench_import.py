"""Import benchmark: a 100,000-plot Shapefile into a fresh, empty project.

    python benchmarks/bench_import.py [--runs 3]

Makes ``benchmarks/data/province.gpkg`` (the demo generator, 100k plots) when missing,
and once from it ``benchmarks/data/province_plots.shp`` (pyogrio, UTF-8 with a .cpg): the
plots with their code, name, farmer's Khmer name, village code, role, soil type and one
extra column, as a partner would send them. Then it times, on a new empty project each
run, the steps of the import wizard: ``PlotImport(...).read()`` (check and read the file),
``run_review()`` (reproject, map, check every feature against the project) and
``commit()`` (write plots, farmers and extras in one transaction), and prints the median
of each step and of the total. The yardstick is ``pyogrio.read_arrow`` of the same file,
timed in the same run (before each import): the total should stay under 5 times it (and
under 5 s). Timings, not tests.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import DATA, ensure_project  # noqa: E402

PROVINCE = DATA / "province.gpkg"
SHAPEFILE = DATA / "province_plots.shp"
TARGET_S = 5.0
TARGET_RATIO = 5.0  # total / pyogrio.read_arrow of the same file
STEPS = ("read", "review", "commit")


def ensure_shapefile() -> Path:
    """The province's plots as a partner's Shapefile (written once, kept for later runs)."""
    if SHAPEFILE.exists():
        return SHAPEFILE
    import geopandas
    import pyogrio

    source = ensure_project()
    print(f"writing {SHAPEFILE.name} from {source.name} ...", flush=True)
    frame = pyogrio.read_dataframe(source, layer="plots",
                                   columns=["code", "name", "farmer_id", "village_code",
                                            "role", "soil_type"])
    with sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True) as con:
        farmers = dict(con.execute("SELECT id, name_kh FROM farmers").fetchall())
    out = geopandas.GeoDataFrame({
        "PLOT_CODE": frame["code"],
        "PLOT_NAME": frame["name"],
        "FARMER": [farmers.get(i, "") if i == i else "" for i in frame["farmer_id"]],
        "VILL_CODE": frame["village_code"],
        "ROLE": frame["role"],
        "SOIL_TYPE": frame["soil_type"],
        "SURVEY_ID": [f"S-{i:06d}" for i in range(len(frame))],
    }, geometry=frame.geometry.values, crs=frame.crs)
    pyogrio.write_dataframe(out, SHAPEFILE, driver="ESRI Shapefile", encoding="UTF-8")
    return SHAPEFILE


def read_arrow_seconds(shapefile: Path) -> float:
    """Seconds of ``pyogrio.read_arrow`` of the whole file: the floor of any import."""
    import pyogrio

    t0 = time.perf_counter()
    _meta, table = pyogrio.read_arrow(shapefile)
    elapsed = time.perf_counter() - t0
    if table.num_rows == 0:
        raise SystemExit(f"{shapefile.name} holds no feature")
    return elapsed


def one_import(shapefile: Path, folder: Path) -> dict[str, float]:
    """Seconds of each step of one import into a new empty project in ``folder``."""
    from metkasekor_desktop.layers.plot_import import PlotImport
    from metkasekor_desktop.storage import Project

    project = Project.create(folder / "bench.gpkg")
    times: dict[str, float] = {}
    try:
        t0 = time.perf_counter()
        job = PlotImport(project, shapefile)
        job.read()
        t1 = time.perf_counter()
        review = job.run_review()
        t2 = time.perf_counter()
        result = job.commit()
        t3 = time.perf_counter()
        job.close()
    finally:
        project.close()
    accepted = len(review.accepted(job.options))
    if len(result.written.plot_ids) != accepted:
        raise SystemExit(f"wrote {len(result.written.plot_ids)} plots of {accepted} accepted")
    times.update(read=t1 - t0, review=t2 - t1, commit=t3 - t2, total=t3 - t0)
    times["plots"] = len(result.written.plot_ids)
    times["farmers"] = result.written.new_farmers
    times["refused"] = result.refused
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs to take the median of")
    args = parser.parse_args()
    shapefile = ensure_shapefile()
    runs = []
    for run in range(args.runs):
        folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
        arrow = read_arrow_seconds(shapefile)
        try:
            runs.append(one_import(shapefile, folder))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        r = runs[-1]
        r["read_arrow"] = arrow
        print(f"run {run + 1}: " + ", ".join(f"{s} {r[s]:.2f} s"
                                             for s in ("read_arrow", *STEPS, "total")),
              flush=True)
    first = runs[0]
    print(f"{shapefile.name}: {int(first['plots']):,} plots imported, "
          f"{int(first['farmers']):,} new farmers, {int(first['refused'])} refused")
    arrow = statistics.median(r["read_arrow"] for r in runs)
    print(f"read_arrow: median of {len(runs)}: {arrow:.2f} s  (pyogrio.read_arrow, the yardstick)")
    for step in (*STEPS, "total"):
        median = statistics.median(r[step] for r in runs)
        note = f"  (target < {TARGET_S:.0f} s: ratio {median / TARGET_S:.2f})" \
            if step == "total" else ""
        print(f"{step:>10}: median of {len(runs)}: {median:.2f} s{note}")
    total = statistics.median(r["total"] for r in runs)
    ratio = total / arrow
    verdict = "met" if ratio < TARGET_RATIO else "NOT met"
    print(f"total / read_arrow: {ratio:.1f}x  (target < {TARGET_RATIO:.0f}x: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
