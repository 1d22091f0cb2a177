"""Window benchmark: the real main window opening the demo project of 100,000 plots.

    python benchmarks/bench_window.py [--plots 100000] [--runs 3] [--profile FILE]

Makes the demo project once (``metkasekor-desktop demo PATH --plots N`` into the
git-ignored ``benchmarks/data``), then for each run starts a fresh process that opens
the window the way users do (``create_application``, ``MainWindow``, ``open_project``),
offscreen, and reports the time from the process's start to the map canvas's first
frame and the resident memory once the plots table has filled. Prints the medians and
the ratios to the targets. Timings, not tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SIZE = (1920, 1080)
TARGET_FIRST_FRAME_S = 2.0
TARGET_RSS_MB = 450.0


def ensure_demo(n: int) -> Path:
    """The demo project users get, made once with the command line's ``demo`` command."""
    path = DATA / ("province.gpkg" if n == 100_000 else f"province-{n}.gpkg")
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        exe = shutil.which("metkasekor-desktop", path=str(Path(sys.executable).parent))
        command = ([exe] if exe else [sys.executable, "-m", "metkasekor_desktop"])
        print(f"making {path.name} ({n} plots) ...", flush=True)
        subprocess.run([*command, "demo", str(path), "--plots", str(n)], check=True)
    return path


CHILD = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
PROFILE = {profile!r}

def process_start():
    # Seconds since the process started (Linux /proc), else since this line.
    try:
        ticks = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19])
        boot = next(float(line.split()[1]) for line in open("/proc/stat")
                    if line.startswith("btime"))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return time.time()

def rss_mb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def run():
    from PySide6.QtCore import QSettings
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings
    app = create_application()
    settings = AppSettings(QSettings(os.devnull, QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize({width}, {height})
    window.show()
    shown = []
    window.canvas.frame_shown.connect(lambda: shown.append(time.time()))
    window.open_project({path!r})
    while not shown:
        app.processEvents()
        time.sleep(0.001)
    first = shown[0]
    # The plots table fills after the first frame; let it and anything queued finish.
    settle = time.time() + 1.0
    while time.time() < settle or window.plots.model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.005)
        if time.time() > settle + 30:
            break
    return first, window

start = process_start()
if PROFILE:
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
    first, window = run()
    profiler.disable()
    profiler.dump_stats(PROFILE)
else:
    first, window = run()
import json
print(json.dumps({{"first_frame_s": first - start, "rss_mb": rss_mb(),
                  "table_rows": window.plots.model.rowCount()}}))
"""


def one_run(path: Path, profile: str = "") -> dict[str, float]:
    code = CHILD.format(path=str(path), width=SIZE[0], height=SIZE[1], profile=profile)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, cwd=str(HERE.parent))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", default="",
                        help="also write a cProfile of one extra run to this file")
    args = parser.parse_args()
    path = ensure_demo(args.plots)
    runs = []
    for i in range(args.runs):
        result = one_run(path)
        runs.append(result)
        print(f"run {i + 1}: first frame {result['first_frame_s']:.2f} s, "
              f"RSS {result['rss_mb']:.0f} MB, table rows {int(result['table_rows'])}",
              flush=True)
    frame = statistics.median(r["first_frame_s"] for r in runs)
    rss = statistics.median(r["rss_mb"] for r in runs)
    print(f"median of {args.runs}: process start to first frame {frame:.2f} s "
          f"({frame / TARGET_FIRST_FRAME_S:.2f}x the {TARGET_FIRST_FRAME_S:.0f} s target); "
          f"RSS after the table filled {rss:.0f} MB "
          f"({rss / TARGET_RSS_MB:.2f}x the {TARGET_RSS_MB:.0f} MB target)")
    if args.profile:
        one_run(path, os.path.abspath(args.profile))
        print(f"profile written to {args.profile}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
