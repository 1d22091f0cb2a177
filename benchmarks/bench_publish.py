"""Publish benchmark: a 100,000-plot office project into an empty shared register, and
the province written back out as an office project.

    python benchmarks/bench_publish.py [--runs 3] [--plots 100000]

Starts its own PostgreSQL 15 + PostGIS server in a temporary folder (as the tests do,
but durable: fsync and synchronous commits on, as a real server runs), makes
``benchmarks/data/province.gpkg`` (the demo generator) when missing, and per run:
creates a register with ``server init``, times ``publish PROJECT URL`` (every plot with
its farmers, plans, practices, trials, samples, yields and events; COPY), then times
``export URL --format project --province 02`` (the office's copy back). Prints the
median of each and rows per second. Target: publish under 30 s. Timings, not tests.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import ensure_project  # noqa: E402

TARGET_S = 30.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plots", type=int, default=100_000)
    args = parser.parse_args()

    from metkasekor_desktop.layers.register_copy import export_project, publish
    from metkasekor_desktop.storage.postgis.local_server import LocalServer
    from metkasekor_desktop.storage.postgis.register import initialise

    office = ensure_project(args.plots)
    server = LocalServer(durable=True)
    server.start()
    folder = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    publish_s, export_s = [], []
    try:
        for run in range(args.runs):
            db = f"bench_publish_{run}"
            server.execute(f"CREATE DATABASE {db}")
            server.execute("CREATE EXTENSION postgis", db)
            url = server.url(db)
            initialise(url)
            t0 = time.perf_counter()
            report = publish(office, url)
            t1 = time.perf_counter()
            out, back = export_project(url, folder / f"office-{run}.gpkg", province="02")
            t2 = time.perf_counter()
            if not report.written or report.clashes:
                raise SystemExit(f"publish wrote nothing: {len(report.clashes)} clashes")
            rows = sum(report.added.values())
            publish_s.append(t1 - t0)
            export_s.append(t2 - t1)
            print(f"run {run + 1}: publish {t1 - t0:.2f} s ({rows:,} rows: "
                  f"{report.counts_text()}); export province 02 {t2 - t1:.2f} s "
                  f"({back.added.get('plots', 0):,} plots, {out.stat().st_size / 1e6:.0f} MB)",
                  flush=True)
            server.execute(f"DROP DATABASE {db} WITH (FORCE)")
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    median = statistics.median(publish_s)
    verdict = "met" if median < TARGET_S else "NOT met"
    print(f"publish: median of {len(publish_s)}: {median:.2f} s  "
          f"(target < {TARGET_S:.0f} s: {verdict})")
    print(f"export of province 02 as an office project: median {statistics.median(export_s):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
