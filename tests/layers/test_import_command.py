"""An import on the undo stack: Undo takes plots and new farmers out, Redo puts back the
very same rows; large imports go in chunks within SQLite's parameter limit."""

from __future__ import annotations

import sqlite3

import pytest
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.layers import edit_commands, import_command
from metkasekor_desktop.layers.import_command import ImportedPlots
from metkasekor_desktop.layers.undo_stack import UndoStack
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
def test_undo_and_redo_of_an_import_are_exact(ctx, monkeypatch, chunk):
    monkeypatch.setattr(import_command, "_CHUNK", chunk)
    monkeypatch.setattr(edit_commands, "FULL_RELOAD", 4)  # the layer reads the table
    project, layer = ctx.project, ctx.layer
    before_rows, before = len(layer.table), _dump(project)
    names = ["Chan Dara", "Chan Dara", "ស៊ុន សុភា", "", "Chan Dara", "ស៊ុន សុភា", "New Three"]
    extras = [{"survey": f"S{i}"} for i in range(7)]
    written = write_import(project, _plots(7), names, extras)
    assert len(written.farmer_ids) == 3
    after = _dump(project)
    stack = UndoStack(ctx)
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
