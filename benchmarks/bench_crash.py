"""Crash benchmark: every committed edit survives a kill.

    python benchmarks/bench_crash.py [--kills 200] [--modes wal,delete] [--seed 1]

Makes a small demo project (the generator of the ``demo`` command) in a temporary
folder, once per journal mode: WAL (as a project is created) and DELETE (the rollback
journal used on network shares; the created file is converted with plain sqlite3).

Each round starts a child process that opens the project with ``Project.open`` and makes
real edits through the application's undo stack, as fast as it can: a plot's notes
(``ChangeAttributes``), a plot moved a few metres (``ChangeGeometry``) and now and then a
farmer's phone (``SaveRecord``). After each command returns, the child appends one line
to a log and fsyncs it, so every logged line is an edit the application reported as
committed. Before each edit it announces it on its stdout, so that the parent knows the
one edit a kill may interrupt (which may be in the file or not, but not half).

The parent kills the child with SIGKILL 20-400 ms (seeded) after it is ready, reopens the
file with ``Project.open`` (which must not refuse it), checks that the last logged edit of
every plot and farmer is in the file and nothing else changed, runs
``PRAGMA integrity_check`` and, every 10th kill and at the end, GDAL's GeoPackage
validator. The next round edits the same file: the edits accumulate.

Prints per mode the kills, the edits committed and verified, lost edits (must be 0),
refused reopens, integrity and validator failures and the median time from the kill to a
successful reopen; exits 1 when anything was lost or failed. Figures, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEMO_SEED = 7
VALIDATE_EVERY = 10
READY_TIMEOUT_S = 60.0
KILL_DELAY_S = (0.020, 0.400)
MOVE_M = 5.0  # a moved plot goes at most this many metres each way
FARMERS = 8  # farmers whose phone the child changes
SHOWN_MESSAGES = 3  # failure messages printed per kind and mode


# -- shared ---------------------------------------------------------------------------------

def shape_key(geom: Any) -> str:
    """A fingerprint of a shape that survives storing it (normalised WKB, hashed)."""
    import shapely

    return hashlib.sha1(shapely.to_wkb(shapely.normalize(geom))).hexdigest()[:16]


def parse_line(line: str) -> tuple[int, str, str]:
    """``<n> <target> <value>`` -> (n, target, value); target is a plot id or
    ``farmer-<id>``; value is the notes, ``geom:<key>`` or ``phone:<phone>``."""
    n, target, value = line.rstrip("\n").split(" ", 2)
    return int(n), target, value


# -- the child: edits until killed ------------------------------------------------------

def next_number(logpath: Path) -> int:
    """The child's first edit number: past every logged one and past the one edit a kill
    may have interrupted unlogged, so that notes values never repeat."""
    last = 0
    if logpath.exists():
        for line in logpath.read_text(encoding="utf-8").splitlines():
            if line.strip():
                last = max(last, parse_line(line)[0])
    return last + 2


def child(path: Path, logpath: Path, seed: int) -> None:
    from shapely.affinity import translate

    from metkasekor_desktop.domain.geometry import (
        METRIC_EPSG,
        STORAGE_EPSG,
        transform,
        validate_plot_geometry,
    )
    from metkasekor_desktop.layers.edit_commands import (
        ChangeAttributes,
        ChangeGeometry,
        EditContext,
    )
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.layers.record_commands import SaveRecord
    from metkasekor_desktop.layers.undo_stack import UndoStack
    from metkasekor_desktop.storage import Project

    rng = random.Random(seed)
    n = next_number(logpath)
    project = Project.open(path)
    layer = PlotLayer(project.plots.load_table(), METRIC_EPSG)
    stack = UndoStack(EditContext(project, layer, METRIC_EPSG))
    farmer_ids = sorted(int(f.id) for f in project.farmers.list())[:FARMERS]
    log = os.open(logpath, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def announce(line: str) -> None:
        sys.stdout.write(f"intend {line}\n")
        sys.stdout.flush()

    def commit_line(line: str) -> None:
        os.write(log, f"{line}\n".encode())
        os.fsync(log)

    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        choice = rng.random()
        if choice < 0.1 and farmer_ids:
            farmer_id = rng.choice(farmer_ids)
            farmer = project.farmers.get(farmer_id)
            farmer.phone = f"012{n:07d}"
            line = f"{n} farmer-{farmer_id} phone:{farmer.phone}"
            announce(line)
            stack.push(SaveRecord("farmers", farmer))
        elif choice < 0.55:
            row = rng.randrange(len(layer.table))
            plot_id = int(layer.table.ids[row])
            line = f"{n} {plot_id} edit-{n}"
            announce(line)
            stack.push(ChangeAttributes(plot_id, {"notes": f"edit-{n}"}))
        else:
            row = rng.randrange(len(layer.table))
            plot_id = int(layer.table.ids[row])
            moved = translate(layer.map_geometries()[row], rng.uniform(-MOVE_M, MOVE_M),
                              rng.uniform(-MOVE_M, MOVE_M))
            new = validate_plot_geometry(transform(moved, METRIC_EPSG, STORAGE_EPSG))
            announce(f"{n} {plot_id} geom:{shape_key(new)}")
            stack.push(ChangeGeometry(plot_id, new))
            # What the layer read back from the project after the commit.
            stored = layer.table.geometries[list(layer.table.ids).index(plot_id)]
            line = f"{n} {plot_id} geom:{shape_key(stored)}"
        commit_line(line)
        n += 1


# -- the parent: kills, reopens, checks ---------------------------------------------------

@dataclass
class Figures:
    mode: str
    journal_mode: str = ""
    kills: int = 0
    committed: int = 0
    verified: int = 0
    lost: int = 0
    interrupted_in_file: int = 0
    interrupted_not_in_file: int = 0
    refused: int = 0
    integrity_failures: int = 0
    validator_failures: int = 0
    validator_runs: int = 0
    child_failures: int = 0
    hot_journals: int = 0
    reopen_s: list[float] = field(default_factory=list)
    messages: dict[str, list[str]] = field(default_factory=dict)

    def note(self, kind: str, message: str) -> None:
        shown = self.messages.setdefault(kind, [])
        if len(shown) < SHOWN_MESSAGES:
            shown.append(message.strip())
            print(f"  [{self.mode}] {kind}: {message.strip()}", flush=True)

    @property
    def failed(self) -> bool:
        return bool(self.lost or self.refused or self.integrity_failures
                    or self.validator_failures or self.child_failures)


State = dict[str, str]  # target ("<plot id>", "<plot id>/geom", "farmer-<id>") -> value


def read_state(project: Any, farmer_ids: list[int]) -> State:
    """The value of every target the child may change, as stored."""
    state: State = {}
    notes = {int(p.id): p.notes for p in project.plots.list()}
    table = project.plots.load_table()
    for plot_id, geom in zip(table.ids, table.geometries, strict=True):
        state[str(int(plot_id))] = notes[int(plot_id)]
        state[f"{int(plot_id)}/geom"] = f"geom:{shape_key(geom)}"
    for farmer_id in farmer_ids:
        farmer = project.farmers.get(farmer_id)
        state[f"farmer-{farmer_id}"] = "<missing>" if farmer is None else f"phone:{farmer.phone}"
    return state


def state_key(target: str, value: str) -> str:
    return f"{target}/geom" if value.startswith("geom:") else target


def journal_mode(project: Any) -> str:
    raw = project.engine.raw_connection()
    try:
        return str(raw.driver_connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        raw.close()


def integrity(project: Any) -> str:
    """"ok", or what PRAGMA integrity_check and foreign_key_check found."""
    raw = project.engine.raw_connection()
    try:
        con = raw.driver_connection
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        fks = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        raw.close()
    problems = [] if rows == ["ok"] else rows[:5]
    if fks:
        problems.append(f"foreign_key_check: {fks[:5]}")
    return "ok" if not problems else "; ".join(str(p) for p in problems)


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    """GDAL's GeoPackage validator, strict: warnings count as failures."""
    return subprocess.run(
        [sys.executable, "-m", "osgeo_utils.samples.validate_gpkg", "--extra",
         "--warning-as-error", str(path)],
        capture_output=True, text=True, check=False,
    )


def make_project(folder: Path, mode: str, plots: int) -> Path:
    """The demo project (as the ``demo`` command makes it), in ``mode``'s journal."""
    from metkasekor_desktop.domain.demo import build_demo
    from metkasekor_desktop.storage.dataset_writer import write_dataset

    path = write_dataset(folder / f"crash-{mode}.gpkg",
                         build_demo(n_plots=plots, seed=DEMO_SEED, elevation=False))
    if mode == "delete":
        con = sqlite3.connect(path)
        try:
            (now,) = con.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            con.close()
        if now.lower() != "delete":
            raise SystemExit(f"could not switch {path.name} to the DELETE journal ({now})")
    return path


def run_round(path: Path, logpath: Path, errpath: Path, seed: int, delay: float,
              fig: Figures) -> tuple[str | None, bool, float]:
    """Start the child, kill it ``delay`` s after it is ready; (its last announced
    edit or None, whether it was killed while editing, the time of the kill)."""
    with errpath.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(path), str(logpath), str(seed)],
            stdout=subprocess.PIPE, stderr=err, text=True)
    announced: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("intend ") and line.endswith("\n"):
                announced.append(line[len("intend "):])
            elif line.startswith("ready"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(READY_TIMEOUT_S)
    if proc.poll() is None:
        time.sleep(delay)
    alive = proc.poll() is None
    killed_at = time.perf_counter()
    if alive:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(timeout=10)
    if not alive:
        tail = errpath.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        fig.child_failures += 1
        fig.note("child failure", f"the editing process ended by itself (exit "
                 f"{proc.returncode}): {' | '.join(tail[-3:]) or 'no message'}")
    return (announced[-1] if announced else None), alive, killed_at


def read_log(logpath: Path, offset: int) -> tuple[list[str], int]:
    """Complete lines from ``offset``; a line cut by the kill is cut off the file."""
    if not logpath.exists():
        return [], offset
    data = logpath.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with logpath.open("r+b") as fh:
            fh.truncate(max(end, offset))
    lines = data[offset:end].decode("utf-8").splitlines()
    return [line for line in lines if line.strip()], max(end, offset)


def open_after_kill(path: Path, fig: Figures, started: float) -> Any:
    """``Project.open`` and its first read (a hot journal is rolled back there).

    A refusal is counted and reported; then SQLite's own recovery (any plain connection
    rolls a hot journal back) is let run and the open retried, so the rounds go on."""
    from metkasekor_desktop.storage import Project

    project = None
    try:
        project = Project.open(path)
        project.plots.count()
    except Exception as error:  # a refusal (ProjectError) or a failing first read
        if project is not None:
            project.close()
        fig.refused += 1
        fig.note("refused reopen", f"kill {fig.kills}: {type(error).__name__}: {error}")
    else:
        fig.reopen_s.append(time.perf_counter() - started)
        return project
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()
    return Project.open(path)  # still refused: this mode cannot go on


def run_mode(mode: str, folder: Path, kills: int, plots: int, rng: random.Random) -> Figures:
    from metkasekor_desktop.storage import Project

    fig = Figures(mode)
    path = make_project(folder, mode, plots)
    logpath = folder / f"crash-{mode}.log"
    errpath = folder / f"crash-{mode}.stderr"
    with Project.open(path) as project:
        fig.journal_mode = journal_mode(project)
        farmer_ids = sorted(int(f.id) for f in project.farmers.list())[:FARMERS]
        expected = read_state(project, farmer_ids)
    print(f"{mode}: {path.name}, {plots} plots; journal mode after Project.open: "
          f"{fig.journal_mode}", flush=True)
    if mode == "delete" and fig.journal_mode.lower() != "delete":
        print(f"WARNING: Project.open switched the DELETE-journal file to "
              f"{fig.journal_mode.upper()}: the application forces its own journal mode on "
              "open, so the 'delete' rounds below exercise that mode, not the rollback "
              "journal", flush=True)
    offset = 0
    validated_last = False
    for k in range(1, kills + 1):
        delay = rng.uniform(*KILL_DELAY_S)
        in_flight, killed, started = run_round(path, logpath, errpath, rng.randrange(2**31),
                                               delay, fig)
        if killed:
            fig.kills += 1
        if Path(f"{path}-journal").exists():
            fig.hot_journals += 1
        lines, offset = read_log(logpath, offset)
        fig.committed += len(lines)
        last: dict[str, tuple[int, str]] = {}
        for line in lines:
            n, target, value = parse_line(line)
            last[state_key(target, value)] = (n, value)
        pending: tuple[str, str] | None = None
        if in_flight is not None:
            n, target, value = parse_line(in_flight)
            if not lines or n > parse_line(lines[-1])[0]:
                pending = (state_key(target, value), value)
        try:
            project = open_after_kill(path, fig, started)
        except Exception as error:  # reported; this mode cannot go on
            fig.note("refused reopen", f"kill {k}: still refused after SQLite's recovery: "
                     f"{error}")
            break
        try:
            stored = read_state(project, farmer_ids)
            status = integrity(project)
            mode_now = journal_mode(project)
        finally:
            project.close()
        if status != "ok":
            fig.integrity_failures += 1
            fig.note("integrity failure", f"kill {k}: {status}")
        for key, (_n, value) in last.items():
            expected[key] = value
        lost_now: set[str] = set()
        for key, want in expected.items():
            got = stored.get(key, "<missing>")
            if pending is not None and key == pending[0] and got == pending[1] != want:
                fig.interrupted_in_file += 1
                expected[key] = got
                pending = None
            elif got != want:
                fig.lost += 1
                lost_now.add(key)
                fig.note("lost edit", f"kill {k}: {key} is {got!r} in the file, the last "
                         f"committed edit set {want!r}")
                expected[key] = got
        fig.verified += len(set(last) - lost_now)
        if pending is not None:
            fig.interrupted_not_in_file += 1
        if mode_now.lower() != fig.journal_mode.lower():
            fig.note("journal mode", f"kill {k}: the file's journal mode is now {mode_now}")
            fig.journal_mode = mode_now
        validated_last = k % VALIDATE_EVERY == 0 or k == kills
        if validated_last:
            check(path, fig, k)
    if not validated_last:
        check(path, fig, fig.kills)
    return fig


def check(path: Path, fig: Figures, k: int) -> None:
    fig.validator_runs += 1
    result = validate(path)
    if result.returncode != 0:
        fig.validator_failures += 1
        fig.note("validator failure", f"kill {k}: "
                 + (result.stdout + result.stderr).strip().replace("\n", " | ")[:400])


def report(fig: Figures) -> None:
    median = (f"{statistics.median(fig.reopen_s) * 1000:.0f} ms"
              if fig.reopen_s else "n/a")
    print(f"{fig.mode}: journal mode {fig.journal_mode}; {fig.kills} kills, "
          f"{fig.committed} edits committed, {fig.verified} last edits verified in the file, "
          f"{fig.lost} lost", flush=True)
    print(f"{fig.mode}: interrupted edits found whole in the file {fig.interrupted_in_file}, "
          f"absent {fig.interrupted_not_in_file}; kills leaving a hot journal "
          f"{fig.hot_journals}", flush=True)
    print(f"{fig.mode}: refused reopens {fig.refused}, integrity failures "
          f"{fig.integrity_failures}, validator failures {fig.validator_failures} "
          f"(of {fig.validator_runs} runs), child failures {fig.child_failures}; median "
          f"kill to reopen {median}", flush=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(Path(argv[1]), Path(argv[2]), int(argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="kills per mode (default 200)")
    parser.add_argument("--modes", default="wal,delete", help="journal modes (wal,delete)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--plots", type=int, default=150, help="demo plots (default 150)")
    args = parser.parse_args(argv)
    modes = [m.strip().lower() for m in args.modes.split(",") if m.strip()]
    unknown = set(modes) - {"wal", "delete"}
    if unknown or not modes:
        parser.error(f"--modes: choose from wal and delete, not {','.join(sorted(unknown))}")
    folder = Path(tempfile.mkdtemp(prefix="bench-crash-"))
    figures = []
    for i, mode in enumerate(modes):
        fig = run_mode(mode, folder, args.kills, args.plots, random.Random(args.seed * 100 + i))
        report(fig)
        figures.append(fig)
    kills = sum(f.kills for f in figures)
    lost = sum(f.lost for f in figures)
    refused = sum(f.refused for f in figures)
    integ = sum(f.integrity_failures for f in figures)
    val = sum(f.validator_failures for f in figures)
    children = sum(f.child_failures for f in figures)
    print(f"crash: {kills} kills, {lost} lost, {integ} integrity failures, {val} validator "
          f"failures, {refused} refused reopens, {children} child failures", flush=True)
    if any(f.failed for f in figures):
        print(f"files kept for inspection in {folder}")
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
