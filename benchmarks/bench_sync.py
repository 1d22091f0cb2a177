"""Offline-copy benchmark: a 100,000-plot province checked out of the shared register and
synchronised with it.

    python benchmarks/bench_sync.py [--runs 3] [--plots 100000] [--changes 1000]

Starts its own PostgreSQL + PostGIS server in a temporary folder (durable, as a real
server runs), makes ``benchmarks/data/province.gpkg`` (the demo generator) when missing,
publishes it once into a new register, then per run times:

- ``checkout`` of province 02 (``--area``; ``all`` copies every plot) into a new
  GeoPackage (target < 20 s);
- a sync with nothing changed on either side (target < 0.5 s);
- a sync of ``--changes`` plot notes changed in the copy (plain SQLite, as QGIS would)
  and as many other plots' notes changed in the register (target < 3 s).

Prints each run and the median of each against its target. Timings, not tests.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import ensure_project  # noqa: E402

PROVINCE = "02"
TARGETS = {"checkout": 20.0, "sync, nothing changed": 0.5,
           "sync, changes both ways": 3.0}


def _copy_edit(copy: Path, ids: list[int], run: int) -> None:
    """Change the notes of ``ids`` in the copy the way another program would."""
    from metkasekor_desktop.storage.gpkg.functions import register_functions

    con = sqlite3.connect(copy)
    try:
        register_functions(con)
        with con:
            con.executemany("UPDATE plots SET notes = ? WHERE fid = ?",
                            [(f"copy run {run} plot {i}", i) for i in ids])
    finally:
        con.close()


def _register_edit(url: str, ids: list[int], run: int) -> None:
    """Change the notes of ``ids`` in the register through its plot repository's table
    (one transaction, as an office colleague's bulk edit)."""
    from sqlalchemy import bindparam, update

    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.storage.schema import T

    plots = T["plots"]
    with Project.connect(url) as shared, shared.backend.write_transaction() as conn:
        conn.execute(update(plots).where(plots.c.fid == bindparam("b_id"))
                     .values(notes=bindparam("b_notes")),
                     [{"b_id": i, "b_notes": f"register run {run} plot {i}"} for i in ids])


def _id_pairs(copy: Path) -> list[tuple[int, int]]:
    con = sqlite3.connect(copy)
    try:
        return con.execute("SELECT local_id, remote_id FROM mk_sync_ids WHERE "
                           "table_name = 'plots' ORDER BY local_id").fetchall()
    finally:
        con.close()


def _verdict(name: str, values: list[float]) -> str:
    median = statistics.median(values)
    target = TARGETS[name]
    met = "met" if median < target else "NOT met"
    return f"{name}: median of {len(values)}: {median:.3f} s  (target < {target:g} s: {met})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plots", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--area", default=PROVINCE,
                        help="the area checked out: a province or district code, or 'all' "
                        "(every plot of the register: a copy of 100,000 plots)")
    args = parser.parse_args()

    from metkasekor_desktop.layers.office_sync import checkout, synchronise
    from metkasekor_desktop.layers.register_copy import publish
    from metkasekor_desktop.storage.postgis.local_server import LocalServer
    from metkasekor_desktop.storage.postgis.register import initialise

    office = ensure_project(args.plots)
    server = LocalServer(durable=True)
    server.start()
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    times: dict[str, list[float]] = {name: [] for name in TARGETS}
    try:
        server.execute("CREATE DATABASE bench_sync")
        server.execute("CREATE EXTENSION postgis", "bench_sync")
        url = server.url("bench_sync")
        initialise(url)
        t0 = time.perf_counter()
        report = publish(office, url)
        print(f"published {report.added.get('plots', 0):,} plots in "
              f"{time.perf_counter() - t0:.1f} s", flush=True)
        for run in range(args.runs):
            out = folder / f"copy-{run}.gpkg"
            t0 = time.perf_counter()
            copy, made = checkout(url, out, area=None if args.area == "all" else args.area)
            checkout_s = time.perf_counter() - t0
            times["checkout"].append(checkout_s)

            t0 = time.perf_counter()
            idle = synchronise(copy)
            idle_s = time.perf_counter() - t0
            times["sync, nothing changed"].append(idle_s)

            pairs = _id_pairs(copy)
            n = min(args.changes, len(pairs) // 2)
            start = (run * 2 * n) % max(1, len(pairs) - 2 * n)
            mine = [local for local, _remote in pairs[start:start + n]]
            theirs = [remote for _local, remote in pairs[start + n:start + 2 * n]]
            _copy_edit(copy, mine, run)
            _register_edit(url, theirs, run)
            t0 = time.perf_counter()
            both = synchronise(copy)
            both_s = time.perf_counter() - t0
            times["sync, changes both ways"].append(both_s)
            print(f"run {run + 1}: checkout {checkout_s:.2f} s "
                  f"({made.added.get('plots', 0):,} plots, {out.stat().st_size / 1e6:.0f} MB); "
                  f"sync with nothing changed {idle_s:.3f} s (nothing: {idle.nothing}); "
                  f"sync of {n:,} + {n:,} changes {both_s:.2f} s (pushed "
                  f"{both.pushed.get('plots', 0):,}, pulled {both.pulled.get('plots', 0):,}, "
                  f"conflicts {len(both.conflicts)})", flush=True)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    for name, values in times.items():
        print(_verdict(name, values))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
