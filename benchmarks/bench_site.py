"""Public website benchmark: how long the site takes to write, and to load in a browser.

    python benchmarks/bench_site.py [--runs 5] [--province]

Writes the website of the demo project (and with ``--province`` of the 100,000-plot
province, ``benchmarks/data/province.gpkg``, made when missing) with ``site``, then opens
its ``index.html`` from the folder in headless Chromium (``/usr/bin/chromium``, as the
tests do) ``--runs`` times and reads the page's own clock: from the start of navigation
to the end of the load event, and to the moment its map and charts are drawn (the page
logs it). Prints the medians; the target is under 2 s on a laptop. Timings, not tests.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--enable-logging=stderr", "--v=0", "--dump-dom")
# Logged by the page when it has loaded, with its own clock (milliseconds).
PROBE = """
window.addEventListener('load', function () {
  var t = performance.timing;
  setTimeout(function () {
    console.log('MK-LOAD-MS ' + (t.loadEventEnd - t.navigationStart) + ' '
                + Math.round(performance.now()));
  }, 0);
});
"""


def write_site(project: Path, out: Path) -> float:
    from metkasekor_desktop.app import main

    t0 = time.perf_counter()
    if main(["site", str(project), "--out", str(out)]) != 0:
        raise SystemExit(f"site failed for {project}")
    return time.perf_counter() - t0


def load_times(site: Path, runs: int) -> list[tuple[float, float]]:
    script = site / "data" / "site.js"
    script.write_text(PROBE + script.read_text(encoding="utf-8"), encoding="utf-8")
    out = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as profile:
            done = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}",
                                   (site / "index.html").as_uri()],
                                  capture_output=True, text=True, timeout=120, check=False)
        found = re.search(r"MK-LOAD-MS (\d+) (\d+)", done.stderr)
        if not found:
            raise SystemExit(f"the page did not report its load time:\n{done.stderr[-2000:]}")
        out.append((int(found.group(1)) / 1000, int(found.group(2)) / 1000))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--province", action="store_true",
                        help="also the 100,000-plot province")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        raise SystemExit("needs /usr/bin/chromium (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as folder:
        projects = []
        demo = Path(folder) / "demo.gpkg"
        from metkasekor_desktop.app import main as run

        run(["demo", str(demo)])
        projects.append(("demo (150 plots)", demo))
        if args.province:
            from bench_data import ensure_project

            projects.append(("province (100,000 plots)", ensure_project()))
        for label, project in projects:
            site = Path(folder) / f"site-{len(label)}"
            written = write_site(project, site)
            size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
            times = load_times(site, args.runs)
            load = statistics.median(t for t, _ in times)
            drawn = statistics.median(t for _, t in times)
            print(f"{label}: written in {written:.1f} s, {size / 1e6:.1f} MB; in Chromium, "
                  f"median of {args.runs}: loaded {load:.2f} s, map and charts drawn "
                  f"{drawn:.2f} s (target < 2 s: {'met' if drawn < 2 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
