"""A second program on the same project file, run as a child process by the tests of
``test_no_edit_lost``: another MetKasekor window, a QGIS-like plain SQL writer, a
program holding the write lock, GDAL reading and appending, a writer that dies midway.

Run as ``python -m tests.storage.second_writer JOB PATH [ARG...]``. Each job prints one
JSON line when its work is committed (and ``ready`` lines where the test must wait for
it); the test reads them.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any


def say(kind: str, payload: Any = None) -> None:
    sys.stdout.write(f"{kind} {json.dumps(payload)}\n")
    sys.stdout.flush()


def plain_sql(path: Path) -> sqlite3.Connection:
    """A connection as QGIS or GDAL has one: the GeoPackage ST_ functions registered
    (any write to a feature table with a spatial index needs them), nothing else of ours."""
    from metkasekor_desktop.storage.gpkg.functions import register_functions

    con = sqlite3.connect(path, timeout=10)
    register_functions(con)
    return con


def window(path: Path, ops: list[dict[str, Any]]) -> None:
    """Another MetKasekor window: each op is one command pushed on its own undo stack."""
    from shapely.affinity import translate

    from metkasekor_desktop.domain.geometry import validate_plot_geometry
    from metkasekor_desktop.layers.edit_commands import (
        ChangeAttributes,
        ChangeGeometry,
        EditContext,
    )
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.layers.record_commands import SaveRecord
    from metkasekor_desktop.layers.undo_stack import UndoStack
    from metkasekor_desktop.storage import Project
    from tests.storage.crash_editor import shape_key

    shapes: dict[str, str] = {}
    with Project.open(path) as project:
        stack = UndoStack(EditContext(project, PlotLayer(project.plots.load_table(), 32648),
                                      32648))
        for op in ops:
            if "attrs" in op:
                plot = project.plots.get(op["plot"])
                stack.push(ChangeAttributes(op["plot"], op["attrs"],
                                            expected_version=plot.version))
            elif "move" in op:
                plot = project.plots.get(op["plot"])
                new = validate_plot_geometry(translate(plot.geometry, *op["move"]))
                stack.push(ChangeGeometry(op["plot"], new, expected_version=plot.version))
                shapes[str(op["plot"])] = shape_key(new)
            else:
                entity = getattr(project, op["kind"]).get(op["id"])
                for name, value in op["set"].items():
                    setattr(entity, name, value)
                stack.push(SaveRecord(op["kind"], entity))
    say("done", {"shapes": shapes})


def sql(path: Path, statements: list[list[Any]]) -> None:
    """Plain SQL, each statement committed on its own, as QGIS saves an edit."""
    con = plain_sql(path)
    for statement, params in statements:
        con.execute(statement, params)
        con.commit()
    con.close()
    say("done")


def hold_lock(path: Path) -> None:
    """Take the write lock and keep it until stdin closes (an edit session left open)."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    say("locked")
    sys.stdin.readline()
    con.execute("ROLLBACK")
    con.close()


def crash_in_write(path: Path, plot_id: int) -> None:
    """Commit one edit, then die (SIGKILL) in the middle of a large second one, after
    SQLite has already written some of its pages into the file."""
    con = plain_sql(path)
    con.isolation_level = None
    con.execute("PRAGMA cache_size=8")  # a tiny cache spills changed pages to the file
    con.execute("UPDATE plots SET notes = 'committed before the crash' WHERE fid = ?",
                (plot_id,))
    con.execute("BEGIN")
    con.execute("UPDATE plots SET notes = ? || fid", ("lost in the crash " * 800,))
    con.execute("UPDATE soil_samples SET notes = 'lost in the crash'")
    con.execute("DELETE FROM yield_records")
    os.kill(os.getpid(), signal.SIGKILL)


def gdal_read(path: Path, code: str) -> None:
    """GDAL holds the project open (a QGIS layer): it reads, waits while the test edits,
    and reads again with the dataset still open."""
    import pyogrio
    from pyogrio.raw import open_arrow

    with open_arrow(path, layer="plots", use_pyarrow=True) as (_meta, reader):
        first = reader.read_all()
        say("ready", {"rows": first.num_rows})
        sys.stdin.readline()
        again = pyogrio.read_dataframe(path, layer="plots")
        row = again[again["code"] == code]
        say("done", {"rows": len(again), "notes": row["notes"].iloc[0]})


def gdal_append(path: Path, code: str, x: float, y: float) -> None:
    """A plot added by GDAL (``ogr2ogr -append``, a script with pyogrio)."""
    import geopandas as gpd
    import pyogrio
    from shapely.geometry import MultiPolygon, box

    shape = MultiPolygon([box(x, y, x + 0.001, y + 0.001)])
    frame = gpd.GeoDataFrame({"code": [code], "role": ["farmer_field"]}, geometry=[shape],
                             crs=4326)
    pyogrio.write_dataframe(frame, path, layer="plots", append=True)
    say("done")


def save_as_killed(path: Path, target: Path) -> None:
    """Save as, killed (SIGKILL) while the copy is half written."""
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.storage.gpkg import file

    file.BACKUP_PAGES = 4
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            say("killed", {"done": done, "total": total})
            os.kill(os.getpid(), signal.SIGKILL)

    Project.open(path).backup_to(target, progress)
    say("finished")  # never: the copy is killed first


def main(argv: list[str]) -> None:
    job, path, *args = argv
    target = Path(path)
    if job == "window":
        window(target, json.loads(args[0]))
    elif job == "sql":
        sql(target, json.loads(args[0]))
    elif job == "hold-lock":
        hold_lock(target)
    elif job == "crash-in-write":
        crash_in_write(target, int(args[0]))
    elif job == "gdal-read":
        gdal_read(target, args[0])
    elif job == "gdal-append":
        gdal_append(target, args[0], float(args[1]), float(args[2]))
    elif job == "save-as-killed":
        save_as_killed(target, Path(args[0]))
    else:
        raise SystemExit(f"unknown job {job!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
