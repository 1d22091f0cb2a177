"""Window benchmark: the real main window opening the demo project of 100,000 plots.

    python benchmarks/bench_window.py [--plots 100000] [--runs 3] [--profile FILE]
        [--project PATH]

Makes the demo project once (``metkasekor-desktop demo PATH --plots N`` into the
git-ignored ``benchmarks/data``, or into ``--project PATH``: e.g. 1,000,000 plots under
/tmp), then for each run starts a fresh process that opens the window the way users do
(``create_application``, ``MainWindow``, ``open_project``), offscreen, and reports the
time from the process's start to the map canvas's first frame and the resident memory
once the plots table has filled. Then, in the same process, the full-extent frame: the
map zoomed in 4x and left to render, then "Zoom to all" (the View menu's action), timed
until the next frame is shown (``frame_shown``: the quick frame, after the canvas's
60 ms settle timer) and until the antialiased frame that follows (``rendered``); the
median of a few zooms per run. Prints the medians and the ratios to the targets (those
of 1,000,000 plots from 1,000,000 plots on). Timings, not tests: nothing here asserts a
time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_data import ensure_project  # noqa: E402

SIZE = (1920, 1080)
TARGET_FIRST_FRAME_S = 2.0
TARGET_RSS_MB = 450.0
# From 1,000,000 plots (the largest demo): first frame, RSS.
TARGET_1M_FIRST_FRAME_S = 6.0
TARGET_1M_RSS_MB = 2048.0
TARGET_FULL_EXTENT_MS = 150.0
ZOOMS = 3  # full-extent frames timed per run


CHILD = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
PROFILE = {profile!r}

def process_start():
    # Seconds since the process started (Linux /proc), else since this line.
    # The boot time of /proc/stat is in whole seconds (up to 1 s off): count back from
    # the uptime, in hundredths, instead.
    try:
        ticks = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19])
        uptime = float(open("/proc/uptime").read().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
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

def peak_mb():
    # VmHWM: the peak of this program's own memory. ru_maxrss would count the parent's
    # memory at the fork (a benchmark that published a million plots before).
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
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
    cpu.append(time.process_time())  # the process's CPU seconds (all threads) so far
    # The plots table fills after the first frame; let it and anything queued finish.
    settle = time.time() + 1.0
    while time.time() < settle or window.plots.model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.005)
        if time.time() > settle + 300:
            break
    return first, window

def until_rendered(app, canvas, rendered, before, timeout=300.0):
    # Events until the canvas's antialiased frame of the current view is shown.
    end = time.perf_counter() + timeout
    while len(rendered) <= before and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)

def full_extent(window):
    # "Zoom to all" from a view zoomed in 4x: ms to the next frame shown, and to the
    # antialiased frame after it.
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    canvas = window.canvas
    frames, rendered = [], []
    canvas.frame_shown.connect(lambda: frames.append(time.perf_counter()))
    canvas.rendered.connect(lambda: rendered.append(time.perf_counter()))
    canvas.wait_for_render()  # what was under way; its frames are of other views
    out = []
    for _ in range({zooms}):
        n = len(rendered)
        canvas.zoom_by(4.0)
        until_rendered(app, canvas, rendered, n)
        n_frames, n_rendered = len(frames), len(rendered)
        t0 = time.perf_counter()
        window.zoom_all_action.trigger()
        until_rendered(app, canvas, rendered, n_rendered)
        frame = frames[n_frames] if len(frames) > n_frames else float("nan")
        final = rendered[n_rendered] if len(rendered) > n_rendered else float("nan")
        out.append(((frame - t0) * 1000, (final - t0) * 1000))
    out.sort()
    return out[len(out) // 2]

def district_frame(window):
    # From the whole country ("Zoom to all"), zoom to the district with the most plots
    # (its plots' extent, as Zoom to selection does): ms to the next frame shown and to
    # the antialiased frame after it.
    import numpy as np
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    canvas = window.canvas
    layer = window.session.layer
    codes = np.array([str(c or "")[:4] for c in layer.table.village_codes.tolist()])
    names, counts = np.unique(codes[codes != ""], return_counts=True)
    district = names[np.argmax(counts)]
    extent = layer.plot_extent(layer.table.ids[codes == district])
    frames, rendered = [], []
    canvas.frame_shown.connect(lambda: frames.append(time.perf_counter()))
    canvas.rendered.connect(lambda: rendered.append(time.perf_counter()))
    out = []
    for _ in range({zooms}):
        n = len(rendered)
        window.zoom_all_action.trigger()
        until_rendered(app, canvas, rendered, n)
        n_frames, n_rendered = len(frames), len(rendered)
        t0 = time.perf_counter()
        canvas.zoom_to_extent(extent)
        until_rendered(app, canvas, rendered, n_rendered)
        frame = frames[n_frames] if len(frames) > n_frames else float("nan")
        final = rendered[n_rendered] if len(rendered) > n_rendered else float("nan")
        out.append(((frame - t0) * 1000, (final - t0) * 1000, int(counts.max())))
    out.sort()
    return out[len(out) // 2]

start = process_start()
cpu = []
if PROFILE:
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
    first, window = run()
    profiler.disable()
    profiler.dump_stats(PROFILE)
else:
    first, window = run()
rss = rss_mb()
frame_ms, rendered_ms = full_extent(window) if {zooms} else (float("nan"), float("nan"))
district_ms, district_rendered_ms, district_plots = (
    district_frame(window) if {zooms} else (float("nan"), float("nan"), 0))
import json
print(json.dumps({{"first_frame_s": first - start, "first_frame_cpu_s": cpu[0], "rss_mb": rss,
                  "table_rows": window.plots.model.rowCount(),
                  "full_extent_frame_ms": frame_ms, "full_extent_rendered_ms": rendered_ms,
                  "district_frame_ms": district_ms,
                  "district_rendered_ms": district_rendered_ms,
                  "district_plots": district_plots,
                  "rss_after_zooms_mb": rss_mb(), "peak_rss_mb": peak_mb()}}))
"""


def one_run(path: Path, profile: str = "", zooms: int = ZOOMS) -> dict[str, float]:
    code = CHILD.format(path=str(path), width=SIZE[0], height=SIZE[1], profile=profile,
                        zooms=zooms)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, cwd=str(HERE.parent))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", default="",
                        help="also write a cProfile of one extra run to this file")
    parser.add_argument("--project", default="",
                        help="the demo project to open (made with --plots when missing), "
                             "e.g. one of 1,000,000 plots under /tmp; default: "
                             "benchmarks/data")
    args = parser.parse_args()
    path = ensure_project(args.plots, Path(args.project) if args.project else None)
    runs = []
    for i in range(args.runs):
        result = one_run(path)
        runs.append(result)
        print(f"run {i + 1}: first frame {result['first_frame_s']:.2f} s "
              f"(CPU {result['first_frame_cpu_s']:.2f} s), "
              f"RSS {result['rss_mb']:.0f} MB, table rows {int(result['table_rows'])}, "
              f"full-extent frame {result['full_extent_frame_ms']:.0f} ms "
              f"(antialiased {result['full_extent_rendered_ms']:.0f} ms), "
              f"district frame {result['district_frame_ms']:.0f} ms "
              f"({int(result['district_plots']):,} plots), "
              f"RSS after the zooms {result['rss_after_zooms_mb']:.0f} MB, "
              f"peak {result['peak_rss_mb']:.0f} MB", flush=True)
    frame = statistics.median(r["first_frame_s"] for r in runs)
    rss = statistics.median(r["rss_mb"] for r in runs)
    full = statistics.median(r["full_extent_frame_ms"] for r in runs)
    final = statistics.median(r["full_extent_rendered_ms"] for r in runs)
    peak = statistics.median(r["peak_rss_mb"] for r in runs)
    large = max(args.plots, int(runs[0]["table_rows"])) >= 1_000_000
    target_s = TARGET_1M_FIRST_FRAME_S if large else TARGET_FIRST_FRAME_S
    target_mb = TARGET_1M_RSS_MB if large else TARGET_RSS_MB
    print(f"median of {args.runs}: process start to first frame {frame:.2f} s "
          f"({frame / target_s:.2f}x the {target_s:.0f} s target); "
          f"RSS after the table filled {rss:.0f} MB "
          f"({rss / target_mb:.2f}x the {target_mb:.0f} MB target); "
          f"full-extent frame {full:.0f} ms "
          f"({full / TARGET_FULL_EXTENT_MS:.2f}x the {TARGET_FULL_EXTENT_MS:.0f} ms target), "
          f"antialiased {final:.0f} ms; peak RSS {peak:.0f} MB")
    if args.profile:
        one_run(path, os.path.abspath(args.profile), zooms=0)
        print(f"profile written to {args.profile}")
    # The peer, side by side on the same file: QGIS's desktop application (bench_qgis.py).
    sys.path.insert(0, str(HERE))
    from bench_qgis import print_result, qgis_first_frame

    peer = qgis_first_frame(path, args.runs)
    if peer is None:
        print("QGIS not installed: skipped")
    elif peer["peer"]:
        print_result(peer, args.runs, verbose=False)
        # Both from their process's start (ours from /proc's uptime clock, within a few ms
        # of the spawn; QGIS from its spawn).
        print(f"QGIS first frame median {peer['first_frame_s']:.2f} s, RSS "
              f"{peer['rss_mb']:.0f} MB; ours {frame:.2f} s: ours/QGIS = "
              f"{frame / peer['first_frame_s']:.2f} x (target <= 1.2x) (QGIS {peer['peer']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
