"""Export benchmark: the 100,000-plot demo project as Shapefile and GeoPackage, end to end.

    python benchmarks/bench_export.py [--plots 100000] [--runs 5]

Makes ``benchmarks/data/province.gpkg`` (the demo generator) when missing. The baseline
is a plain ``pyogrio.write_dataframe(..., use_arrow=True)`` of a GeoDataFrame already in
memory with the same columns and geometries (built from our own table, outside the
timing). Ours starts from the project file: open it, read and join the plots
(``plots_export_table``, with the latest season's plan columns as the export dialog
does), then write with the project's writers: loose Shapefile files, the Shapefile zip,
a GeoPackage of the plots alone and one with every related table (read in the timing).
It prints the median of each, its ratio to the baseline (target: at most 1.3x) and a
breakdown of where our time goes. Timings, not tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import ensure_project  # noqa: E402

TARGET_RATIO = 1.3


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def fresh(path: Path) -> Path:
    """``path`` with nothing left from an earlier run (files or a Shapefile's folder)."""
    if path.is_dir():
        shutil.rmtree(path)
    for old in path.parent.glob(path.stem + ".*"):
        old.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def baseline_frames(table):  # noqa: ANN001, ANN201 - an ExportTable -> two GeoDataFrames
    """The same columns and geometries as a GeoDataFrame (Shapefile: same short names)."""
    import geopandas
    import pandas as pd

    from metkasekor_desktop.io.shapefile_export import short_field_names

    geometry = geopandas.GeoSeries.from_wkb(table.wkb, crs=f"EPSG:{table.epsg}")
    frame = geopandas.GeoDataFrame(pd.DataFrame(table.columns), geometry=geometry)
    return frame.rename(columns=short_field_names(table.headers)), frame


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = ensure_project(args.plots)

    import pyogrio

    from metkasekor_desktop.domain.places import place
    from metkasekor_desktop.io.export_table import ExportTable
    from metkasekor_desktop.io.shapefile_export import write_shapefile, write_shapefile_zip
    from metkasekor_desktop.io.vector_export import write_geopackage
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.storage.export_data import (
        ExportFilter,
        latest_season_with_plans,
        plots_export_table,
        related_export_tables,
        select_plot_ids,
    )

    warnings.filterwarnings("ignore", category=RuntimeWarning, module="pyogrio")
    gazetteer_s, _ = timed(lambda: place("02070101"))  # built once per session
    with Project.open(source) as project:
        season = latest_season_with_plans(project)
        table = plots_export_table(project, season_id=season).to(ExportTable)
    shp_frame, gpkg_frame = baseline_frames(table)
    print(f"{len(table):,} plots, {len(table.headers)} columns (season id {season}); "
          f"median of {args.runs} runs; official place list loaded once: {gazetteer_s:.2f} s")

    samples: dict[str, list[float]] = {}

    def record(name: str, seconds: float) -> None:
        samples.setdefault(name, []).append(seconds)

    def ours(name: str, write: Callable[[ExportTable, Project], object]) -> None:
        t_open, project = timed(lambda: Project.open(source))
        with project:
            t_read, plots = timed(lambda: plots_export_table(
                project, season_id=season).to(ExportTable))
            t_write, _ = timed(lambda: write(plots, project))
        record("open project", t_open)
        record("read + join plots", t_read)
        record(f"{name}: write", t_write)
        record(f"{name}: from the open project", t_read + t_write)
        record(f"{name}: end to end", t_open + t_read + t_write)

    def with_related(plots: ExportTable, project: Project, out: Path) -> None:
        t_related, related = timed(lambda: [
            t.to(ExportTable) for t in related_export_tables(
                project, select_plot_ids(project, ExportFilter()))])
        record("read related tables", t_related)
        write_geopackage(out, plots, related)

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        out = Path(tmp)
        for _ in range(args.runs):
            record("baseline Shapefile", timed(lambda: pyogrio.write_dataframe(
                shp_frame, fresh(out / "base" / "plots.shp"), driver="ESRI Shapefile",
                use_arrow=True, encoding="UTF-8"))[0])
            record("baseline GeoPackage", timed(lambda: pyogrio.write_dataframe(
                gpkg_frame, fresh(out / "base.gpkg"), layer="plots", driver="GPKG",
                use_arrow=True))[0])
            ours("Shapefile files", lambda t, _p: write_shapefile(
                t, fresh(out / "ours_shp"), "plots"))
            ours("Shapefile zip", lambda t, _p: write_shapefile_zip(
                t, fresh(out / "plots.zip")))
            ours("GeoPackage", lambda t, _p: write_geopackage(fresh(out / "ours.gpkg"), t))
            ours("GeoPackage + related", lambda t, p: with_related(
                t, p, fresh(out / "related.gpkg")))

    median = {name: statistics.median(values) for name, values in samples.items()}
    base = {"Shapefile files": median["baseline Shapefile"],
            "Shapefile zip": median["baseline Shapefile"],
            "GeoPackage": median["baseline GeoPackage"],
            "GeoPackage + related": median["baseline GeoPackage"]}
    print(f"\nbaseline (pyogrio.write_dataframe, Arrow): Shapefile "
          f"{base['Shapefile files']:.3f} s, GeoPackage {base['GeoPackage']:.3f} s")
    print(f"\n{'export':24} {'end to end':>11} {'ratio':>6}   {'from open project':>17} "
          f"{'ratio':>6}   {'write only':>10} {'ratio':>6}")
    for name, goal in base.items():
        e2e, warm, write = (median[f"{name}: {k}"] for k in ("end to end",
                                                               "from the open project", "write"))
        print(f"{name:24} {e2e:10.3f}s {e2e / goal:6.2f}   {warm:16.3f}s {warm / goal:6.2f}   "
              f"{write:9.3f}s {write / goal:6.2f}")
    print(f"\ntarget: at most {TARGET_RATIO}x the baseline")
    print("\nbreakdown (medians):")
    for name in ("open project", "read + join plots", "read related tables"):
        print(f"  {name:22} {median[name]:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
