"""Peer benchmark: QGIS opening the demo project to its first rendered frame.

    python benchmarks/bench_qgis.py [--plots 100000] [--project PATH] [--repeat 5]

The same GeoPackage as bench_window.py (``benchmarks/data/province.gpkg``, made with
``metkasekor-desktop demo PATH --plots N`` when missing), opened by QGIS the way a user
does, in QGIS's fastest setup: ``qgis --nologo --noversioncheck --noplugins`` with a new,
empty ``--profiles-path`` (no user plugins or settings), a 1920x1080 main window, and a
``--code`` script that records the first completed render of the map canvas
(``mapCanvasRefreshed``) with the plots layer drawn. The clock starts in this process just
before QGIS is spawned; the child writes ``time.time()`` and its RSS (VmRSS) at that frame,
and its RSS once more 1 s later (bench_window.py measures our RSS after a 1 s settle).
Modes, each run ``--repeat`` times and the medians printed:

* ``desktop file``: ``qgis FILE``, what a user double-clicking the file gets: QGIS adds
  every table of the GeoPackage (19 here, 18 of them without geometry) and draws the plots.
* ``desktop plots layer``: ``qgis "FILE|layername=plots"``, the same application opening
  only the plots layer (as a user adding just that layer from the Browser panel).
* ``layer only``: not an application a user runs, a lighter figure: a ``python3`` script
  with a ``QgsApplication`` and a bare 1920x1080 ``QgsMapCanvas`` that opens the plots
  layer, sets its extent and waits for the first render.

The peer figure (the comparable one, ``ours/QGIS``) is the faster of the two desktop
modes. The QGIS desktop application aborts under ``QT_QPA_PLATFORM=offscreen`` (QGIS
3.22: a null clipboard in ``QgsClipboard::hasFormat``), so it runs on an ``Xvfb`` server
started once here (1920x1080x24; the server's start is not timed: a user's display is
already up); the layer-only mode runs offscreen. Each mode has one untimed warm-up run
first (QGIS fills the new profile on its first start; its time is printed). QGIS opens a
GeoPackage for update and switches it to WAL, so it opens a copy of the file in a
temporary folder, never the project file itself. QGIS's map canvas restarts a render
still running 500 ms after its last resize (``QgsMapCanvas``'s resize timer; the window is
laid out at start), so on a loaded machine a run's first frame can jump by ~0.5-1 s: see
the runs printed. bench_window.py times ours from a start computed from /proc (``btime``,
whole seconds, plus the start ticks), which can be up to 1 s early; the offset measured here
(``proc_clock_offset_s``) puts the two on one clock. Prints "QGIS not installed: skipped" and
exits 0 when ``qgis`` is not on PATH. Timings, not tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1920, 1080)
LAYER = "plots"
TIMEOUT_S = 180.0
SETTLE_S = 1.0

COMMON = """
import json, os, sys, time
OUT = {out!r}
SETTLE_S = {settle!r}

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")

def process_start():
    try:
        ticks = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19])
        boot = next(float(line.split()[1]) for line in open("/proc/stat")
                    if line.startswith("btime"))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return float("nan")

state = {{"script_t": time.time()}}

def on_refreshed(canvas):
    # The first completed render of the canvas with a vector layer that has features.
    if "frame_t" in state:
        return
    from qgis.core import QgsMapLayerType
    drawn = [layer for layer in canvas.layers()
             if layer.type() == QgsMapLayerType.VectorLayer and layer.featureCount() > 0]
    if not drawn:
        return
    state["frame_t"] = time.time()
    state["rss_mb"] = rss_mb()
    state["canvas"] = [canvas.width(), canvas.height()]
    state["layers_drawn"] = [layer.name() for layer in drawn]
    state["features"] = sum(layer.featureCount() for layer in drawn)
    state["renderer"] = drawn[0].renderer().type() if drawn[0].renderer() else ""
    from qgis.PyQt.QtCore import QTimer
    QTimer.singleShot(int(SETTLE_S * 1000), finish)

def finish():
    from qgis.core import QgsProject
    state["rss_settled_mb"] = rss_mb()
    state["process_start"] = process_start()
    state["project_layers"] = len(QgsProject.instance().mapLayers())
    with open(OUT + ".tmp", "w") as f:
        json.dump(state, f)
    os.replace(OUT + ".tmp", OUT)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # QGIS 3.22 may abort in exitQgis on a scripted quit; nothing to keep
"""

DESKTOP = COMMON + """
from qgis.utils import iface
window = iface.mainWindow()
window.resize({width}, {height})
state["window"] = [window.width(), window.height()]
canvas = iface.mapCanvas()
canvas.mapCanvasRefreshed.connect(lambda: on_refreshed(canvas))
"""

LAYER_ONLY = COMMON + """
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapCanvas
app = QgsApplication([], True, {profile!r})
app.initQgis()
canvas = QgsMapCanvas()
canvas.resize({width}, {height})
canvas.show()
layer = QgsVectorLayer({uri!r}, "plots", "ogr")  # loads the layer's default style
if not layer.isValid():
    sys.exit("layer not valid: " + {uri!r})
QgsProject.instance().addMapLayer(layer)
canvas.setDestinationCrs(layer.crs())
canvas.setLayers([layer])
canvas.setExtent(layer.extent())
canvas.mapCanvasRefreshed.connect(lambda: on_refreshed(canvas))
canvas.refresh()
state["window"] = [canvas.width(), canvas.height()]
app.exec_()
"""

MODES = ("desktop file", "desktop plots layer", "layer only")
DESKTOP_MODES = MODES[:2]


def qgis_version(exe: str) -> str:
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True,
                             timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return "?"
    return out.strip().splitlines()[0] if out.strip() else "?"


def qgis_python() -> str | None:
    """An interpreter that imports the QGIS bindings (Debian: the system python3)."""
    for candidate in ("/usr/bin/python3", shutil.which("python3"), sys.executable):
        if candidate and os.path.exists(candidate):
            ok = subprocess.run([candidate, "-c", "import qgis.core, qgis.gui"],
                                capture_output=True).returncode == 0
            if ok:
                return candidate
    return None


class Xvfb:
    """An X server of 1920x1080x24 for the QGIS desktop application, up while in use."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        exe = shutil.which("Xvfb")
        if exe is None:
            return self
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [exe, "-displayfd", str(write), "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        self.display = f":{number}" if number else ""
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def one_run(command: list[str], out: Path, env: dict[str, str], log: Path) -> dict:
    """Spawns ``command``, waits for it to write ``out``; the time since the spawn."""
    out.unlink(missing_ok=True)
    with open(log, "ab") as err:
        start = time.time()
        process = subprocess.Popen(command, env=env, stdout=err, stderr=err,
                                   start_new_session=True)
        try:
            process.wait(TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if not out.exists():
        raise RuntimeError(f"{command[0]} wrote no result (exit {process.returncode}); "
                           f"see {log}")
    result = json.loads(out.read_text())
    result["first_frame_s"] = result["frame_t"] - start
    result["script_s"] = result["script_t"] - start
    result["spawn_gap_s"] = result["process_start"] - start
    return result


def run_mode(mode: str, data: Path, tmp: Path, repeat: int, display: str,
             python: str | None, exe: str) -> dict | None:
    """Medians of ``repeat`` timed runs of one mode after an untimed warm-up run."""
    out = tmp / f"{mode.replace(' ', '-')}.json"
    log = out.with_suffix(".log")
    profiles = tmp / "profiles"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    if mode in DESKTOP_MODES:
        if not display:
            return None
        env["DISPLAY"] = display
        script = tmp / "first_frame_code.py"
        script.write_text(DESKTOP.format(out=str(out), settle=SETTLE_S, width=SIZE[0],
                                         height=SIZE[1]))
        target = str(data) if mode == "desktop file" else f"{data}|layername={LAYER}"
        command = [exe, "--nologo", "--noversioncheck", "--noplugins",
                   "--profiles-path", str(profiles), "--code", str(script), target]
    else:
        if python is None:
            return None
        env["QT_QPA_PLATFORM"] = "offscreen"
        code = LAYER_ONLY.format(out=str(out), settle=SETTLE_S, width=SIZE[0],
                                 height=SIZE[1], uri=f"{data}|layername={LAYER}",
                                 profile=str(profiles / "layer-only"))
        command = [python, "-c", code]
    warm = one_run(command, out, env, log)
    runs = [one_run(command, out, env, log) for _ in range(repeat)]
    result = {key: statistics.median(r[key] for r in runs)
              for key in ("first_frame_s", "rss_mb", "rss_settled_mb", "script_s",
                          "spawn_gap_s")}
    result.update(mode=mode, runs=[r["first_frame_s"] for r in runs],
                  warm_up_s=warm["first_frame_s"], canvas=runs[0]["canvas"],
                  window=runs[0]["window"], features=runs[0]["features"],
                  layers_drawn=runs[0]["layers_drawn"], renderer=runs[0]["renderer"],
                  project_layers=runs[0]["project_layers"], log=str(log),
                  messages=distinct_lines(log))
    return result


def distinct_lines(log: Path, limit: int = 12) -> list[str]:
    """The distinct lines QGIS printed (warnings), without Python's deprecation noise."""
    seen: list[str] = []
    for line in log.read_text(errors="replace").splitlines():
        line = line.strip()
        if line and line not in seen and "setapi() is deprecated" not in line:
            seen.append(line)
    return seen[:limit]


def qgis_first_frame(path: str | os.PathLike[str], repeat: int = 5,
                     modes: tuple[str, ...] = MODES) -> dict | None:
    """QGIS's first frame on ``path`` in each mode, or None when QGIS is not installed.

    Returns ``{"version", "modes": {mode: medians...}, "peer": mode, "first_frame_s",
    "rss_mb", "proc_clock_offset_s"}``; the peer is the faster desktop mode (what a user
    runs), its RSS the one after the 1 s settle, as bench_window.py measures ours. Times
    run from the spawn. ``proc_clock_offset_s`` is where a process's start computed from
    /proc (``btime`` + the start ticks, bench_window.py's clock) falls relative to its
    actual spawn: ``btime`` is truncated to whole seconds, so that start is up to 1 s
    early (negative); 0 would mean the two clocks agree.
    """
    exe = shutil.which("qgis")
    if exe is None:
        return None
    python = qgis_python() if "layer only" in modes else None
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-qgis-") as folder, Xvfb() as xvfb:
        tmp = Path(folder)
        data = tmp / Path(path).name  # QGIS writes to what it opens: a copy
        shutil.copyfile(path, data)
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, f"{data}-wal")
        for mode in modes:
            result = run_mode(mode, data, tmp, repeat, xvfb.display, python, exe)
            if result is not None:
                results[mode] = result
    desktop = [results[m] for m in DESKTOP_MODES if m in results]
    if not desktop:
        return {"version": qgis_version(exe), "modes": results, "peer": None,
                "first_frame_s": float("nan"), "rss_mb": float("nan"),
                "proc_clock_offset_s": float("nan")}
    peer = min(desktop, key=lambda r: r["first_frame_s"])
    return {"version": qgis_version(exe), "modes": results, "peer": peer["mode"],
            "first_frame_s": peer["first_frame_s"], "rss_mb": peer["rss_settled_mb"],
            "proc_clock_offset_s": statistics.median(r["spawn_gap_s"] for r in desktop)}


def print_result(result: dict, repeat: int, verbose: bool = True) -> None:
    print(f"{result['version']}; median of {repeat} runs after one warm-up run:")
    for mode, r in result["modes"].items():
        peer = "  <- peer" if mode == result["peer"] else ""
        script = (f"the --code script ran at {r['script_s']:.2f} s; "
                  if mode in DESKTOP_MODES else "")
        print(f"  {mode}: first frame {r['first_frame_s']:.2f} s "
              f"({script}runs "
              f"{', '.join(f'{t:.2f}' for t in r['runs'])}; warm-up "
              f"{r['warm_up_s']:.2f} s), RSS {r['rss_mb']:.0f} MB at the frame, "
              f"{r['rss_settled_mb']:.0f} MB 1 s later; canvas {r['canvas'][0]}x"
              f"{r['canvas'][1]} in a {r['window'][0]}x{r['window'][1]} window, "
              f"{r['project_layers']} layers in the project, drawn "
              f"{', '.join(r['layers_drawn'])} ({r['features']:,} features, "
              f"{r['renderer']} renderer){peer}")
        if verbose and r["messages"]:
            print("    QGIS printed: " + " | ".join(r["messages"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=100_000)
    parser.add_argument("--project", default="",
                        help="the GeoPackage to open (default: the demo of --plots plots "
                             "in benchmarks/data, made when missing)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--modes", default=",".join(MODES),
                        help=f"comma-separated, of: {'; '.join(MODES)}")
    args = parser.parse_args()
    if shutil.which("qgis") is None:
        print("QGIS not installed: skipped")
        return 0
    sys.path.insert(0, str(HERE))
    from bench_data import ensure_project

    path = ensure_project(args.plots, Path(args.project) if args.project else None)
    modes = tuple(m.strip() for m in args.modes.split(",") if m.strip() in MODES)
    print(f"QGIS opening {path} ({os.path.getsize(path) / 1e6:.0f} MB); load "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    result = qgis_first_frame(path, args.repeat, modes)
    assert result is not None
    print_result(result, args.repeat)
    if result["peer"]:
        print(f"peer (the faster desktop mode, what a user runs): {result['peer']}: "
              f"first frame median {result['first_frame_s']:.2f} s, RSS "
              f"{result['rss_mb']:.0f} MB; a process start computed from /proc's btime "
              f"(bench_window.py's clock) is {result['proc_clock_offset_s']:+.2f} s from the "
              f"actual spawn here")
    else:
        print("the QGIS desktop application could not run (Xvfb missing?): no peer")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
