"""An import on the undo stack: Undo takes plots and new farmers out, Redo puts back the
very same rows; large imports go in chunks within SQLite's parameter limit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.layers import edit_commands, import_command
from metkasekor_desktop.layers.import_command import ImportedPlots
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.plot_import import write_import
from tests.storage.crash_editor import dump_tables


def _dump(project: Project) -> dict:
    raw = sqlite3.connect(project.path)
    try:
        return dump_tables(raw, skip=("gpkg_contents",))
    finally:
        raw.close()


def _plots(n: int) -> list[Plot]:
    return [Plot(code=f"IMP-{i:04d}", geometry=MultiPolygon([box(
        106.0 + 0.002 * i, 12.0, 106.0 + 0.002 * i + 0.001, 12.001)])) for i in range(n)]


@pytest.mark.parametrize("chunk", [5000, 3])  # 3: every statement runs in several chunks
def test_undo_and_redo_of_an_import_are_exact(session, monkeypatch, chunk):
    monkeypatch.setattr(import_command, "_CHUNK", chunk)
    monkeypatch.setattr(edit_commands, "FULL_RELOAD", 4)  # the layer reads the table
    project, layer, stack = session.project, session.layer, session.stack
    before_rows, before = len(layer.table), _dump(project)
    names = ["Chan Dara", "Chan Dara", "ស៊ុន សុភា", "", "Chan Dara", "ស៊ុន សុភា", "New Three"]
    extras = [{"survey": f"S{i}"} for i in range(7)]
    written = write_import(project, _plots(7), names, extras)
    assert len(written.farmer_ids) == 3
    after = _dump(project)
    stack.push(ImportedPlots(written.plot_ids, written.farmer_ids, "partner.shp"))
    assert stack.undo_text == "Import 7 plots from partner.shp"
    assert len(layer.table) == before_rows + 7
    stack.undo()
    assert _dump(project) == before
    assert len(layer.table) == before_rows
    stack.redo()
    assert _dump(project) == after
    assert len(layer.table) == before_rows + 7
    assert project.plot_extras.of_plot(written.plot_ids[2]) == {"survey": "S2"}


def test_an_import_larger_than_sqlites_parameter_limit_undoes_and_redoes(tmp_path: Path,
                                                                       open_session):
    """33,000 plots: more ids than SQLite binds in one statement (32,766)."""
    import numpy as np
    import shapely
    from sqlalchemy import event

    project = Project.create(tmp_path / "big.gpkg")

    @event.listens_for(project.engine, "checkout")
    def _usual_limit(dbapi_connection, _record, _proxy) -> None:  # noqa: ANN001
        # Many builds (Windows' Python among them) bind at most 32,766 parameters.
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)

    session = open_session(project)  # closes the project after the test
    layer, stack = session.layer, session.stack
    n = 33_000
    x = 103.0 + 0.0005 * (np.arange(n) % 500)
    y = 13.0 + 0.0005 * (np.arange(n) // 500)
    boxes = shapely.multipolygons(shapely.box(x, y, x + 0.0003, y + 0.0003),
                                  indices=np.arange(n))
    plots = [Plot(code=f"B-{i}", geometry=g) for i, g in enumerate(boxes)]
    written = write_import(project, plots, [""] * n, [{}] * n)
    stack.push(ImportedPlots(written.plot_ids, written.farmer_ids, "big.shp"))
    assert len(layer.table) == n
    stack.undo()
    assert len(layer.table) == 0 and not project.plots.codes()
    stack.redo()
    assert len(layer.table) == n and len(project.plots.codes()) == n
