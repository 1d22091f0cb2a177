"""A small demo project on disk, shared by the editing and crash tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from metkasekor_desktop.domain.demo import build_demo
from metkasekor_desktop.storage.dataset_writer import write_dataset


def make_demo(folder: Path, name: str = "demo.gpkg") -> Path:
    """Forty demo plots with plans, samples, yields, trials and events."""
    return write_dataset(folder / name, build_demo(n_plots=40, seed=3, elevation=False))


def dump_tables(raw: Any, skip: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (R-tree included) of a sqlite3 connection, sorted.

    The row-version bookkeeping (``mk_version``, who and when) is left out: an undo is a
    new write, exact in every value the officer sees, but a newer version."""
    names = [r[0] for r in raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'rtree_%_node' AND name NOT LIKE 'rtree_%_parent' "
        "AND name NOT LIKE 'rtree_%_rowid' ORDER BY name")]
    out = {}
    for name in names:
        if name in skip:
            continue
        cols = [r[1] for r in raw.execute(f'PRAGMA table_info("{name}")')
                if not r[1].startswith("mk_")]
        listed = ", ".join(f'"{c}"' for c in cols) or "*"
        rows = raw.execute(f'SELECT {listed} FROM "{name}"').fetchall()
        out[name] = sorted(rows, key=repr)
    return out


def shape_key(geom: Any) -> str:
    """A fingerprint of a shape that survives storing it (normalised WKB, hashed)."""
    import hashlib

    import shapely

    return hashlib.sha1(shapely.to_wkb(shapely.normalize(geom))).hexdigest()[:16]


def _edit_forever(path: Path, seed: int) -> None:
    """Edit the project in a loop until killed; one line per step, flushed:
    ``intend <json>`` before an edit and ``done <json>`` once it is committed."""
    import json
    import random
    import sys

    from shapely.affinity import scale, translate

    from metkasekor_desktop.domain.geometry import validate_plot_geometry
    from metkasekor_desktop.domain.plot import Plot
    from metkasekor_desktop.layers.edit_commands import (
        AddPlot,
        ChangeGeometry,
        DeletePlots,
        EditContext,
    )
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.layers.undo_stack import UndoStack
    from metkasekor_desktop.storage import Project

    rng = random.Random(seed)
    project = Project.open(path)
    layer = PlotLayer(project.plots.load_table(), 32648)
    stack = UndoStack(EditContext(project, layer, 32648))

    def say(kind: str, op: dict[str, Any]) -> None:
        sys.stdout.write(f"{kind} {json.dumps(op)}\n")
        sys.stdout.flush()

    say("ready", {})
    n = 0
    while True:
        n += 1
        table = layer.table
        row = rng.randrange(len(table))
        code, geom = str(table.codes[row]), table.geometries[row]
        choice = rng.random()
        if choice < 0.4 or len(table) < 10:
            new = validate_plot_geometry(translate(geom, 0.0, 0.01 + 0.001 * n))
            op = {"op": "add", "code": f"CR-{seed}-{n:04d}", "shape": shape_key(new)}
            command: Any = AddPlot(Plot(code=op["code"], geometry=new))
        elif choice < 0.8:
            new = validate_plot_geometry(scale(geom, 1.0 + rng.uniform(-0.2, 0.2), 1.0))
            op = {"op": "geometry", "code": code, "shape": shape_key(new)}
            command = ChangeGeometry(int(table.ids[row]), new)
        else:
            op = {"op": "delete", "code": code}
            command = DeletePlots([int(table.ids[row])])
        say("intend", op)
        stack.push(command)
        say("done", op)


if __name__ == "__main__":
    import sys

    _edit_forever(Path(sys.argv[1]), int(sys.argv[2]))
