"""Kill a process that is editing a project, again and again: nothing committed is lost.

The editor prints ``intend`` before each edit and ``done`` after its commit. Every done
edit must be in the file; the one edit a kill interrupted is either wholly there or not
at all; the file stays a sound GeoPackage.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import shapely

from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.gpkg.blob import decode_blobs
from tests.storage.conftest import validate
from tests.storage.crash_editor import make_demo, shape_key

ROOT = Path(__file__).resolve().parents[2]
RUNS = 18


def _run_once(path: Path, seed: int, rng: random.Random) -> list[tuple[str, dict]]:
    """Start the editor, kill it 0.1-0.8 s after it is ready; its lines."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_editor", str(path), str(seed)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("ready"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(timeout=20)
    threading.Event().wait(rng.uniform(0.1, 0.8))
    proc.kill()
    proc.wait()
    reader.join(timeout=10)
    out = []
    for line in lines:
        if not line.endswith("\n"):
            break  # a line cut by the kill
        kind, _, payload = line.partition(" ")
        if kind in ("intend", "done"):
            out.append((kind, json.loads(payload)))
    return out


def _stored(path: Path) -> dict[str, tuple[str, float, float]]:
    """code -> (shape key, stored area, area measured again) of every plot."""
    project = Project.open(path)
    try:
        plots = {p.code: p for p in project.plots.list()}
        table = project.plots.load_table()
    finally:
        project.close()
    out = {}
    for code, geom, area in zip(table.codes, table.geometries, table.areas_ha, strict=True):
        out[str(code)] = (shape_key(geom), float(area), plots[str(code)].area_ha)
    return out


def test_killed_editor_loses_no_committed_edit(tmp_path: Path) -> None:
    path = make_demo(tmp_path)
    initial = _stored(path)
    # Each code's possible states: a set of shape keys, None meaning "not in the file".
    allowed: dict[str, set[str | None]] = {c: {v[0]} for c, v in initial.items()}
    rng = random.Random(20240611)
    done_total = 0
    for run in range(RUNS):
        lines = _run_once(path, run, rng)
        for i, (kind, op) in enumerate(lines):
            new: str | None = None if op["op"] == "delete" else op["shape"]
            if kind == "done":
                allowed[op["code"]] = {new}
                done_total += 1
            elif i == len(lines) - 1:  # interrupted: either wholly done or not at all
                allowed.setdefault(op["code"], {None}).add(new)
        # The next run edits what is really in the file: learn it where it was open.
        stored = _stored(path)
        for code, states in allowed.items():
            actual = stored[code][0] if code in stored else None
            assert actual in states, f"run {run}: plot {code} is {actual}, not {states}"
            allowed[code] = {actual}
        assert set(stored) <= set(allowed)
    assert done_total >= RUNS  # the editor really got to edit between the kills
    stored = _stored(path)
    for code, (_shape, area, measured) in stored.items():
        assert abs(area - measured) < 1e-6 * max(1.0, measured), code  # no half update
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (n,) = raw.execute("SELECT count(*) FROM rtree_plots_geom").fetchone()
        blobs = [r[0] for r in raw.execute("SELECT geom FROM plots")]
    finally:
        raw.close()
    assert n == len(stored) == len(blobs)
    assert all(shapely.is_valid(g) for g in decode_blobs(blobs))
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr
