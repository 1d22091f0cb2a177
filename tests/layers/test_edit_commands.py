"""Edit commands: every do and undo is committed at once and the layer follows it."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.layers.edit_commands import (
    AddPlot,
    ChangeAttributes,
    ChangeGeometry,
    DeletePlots,
    EditContext,
    MacroCommand,
)
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage import Project, ProjectError
from tests.storage.crash_editor import dump_tables

VOLATILE = ("gpkg_contents",)


def _dump(project: Project) -> dict:
    raw = sqlite3.connect(project.path)
    try:
        return dump_tables(raw, skip=VOLATILE)
    finally:
        raw.close()


def _stored_wkb(project: Project, plot_id: int) -> bytes:
    raw = sqlite3.connect(project.path)  # another connection: sees only committed data
    try:
        return raw.execute("SELECT geom FROM plots WHERE fid = ?", (plot_id,)).fetchone()[0]
    finally:
        raw.close()


def _square_wgs84(x: float, y: float, size: float = 50.0) -> MultiPolygon:
    return transform(MultiPolygon([box(x, y, x + size, y + size)]), METRIC_EPSG, STORAGE_EPSG)


def _layer_matches_project(ctx: EditContext) -> None:
    fresh = ctx.project.plots.load_table()
    table = ctx.layer.table
    assert list(table.ids) == list(fresh.ids)
    assert list(table.codes) == list(fresh.codes)
    assert all(a.equals_exact(b, 0) for a, b in zip(table.geometries, fresh.geometries,
                                                     strict=True))
    assert len(ctx.layer.geometry) == len(fresh)
    expected = transform(fresh.geometries, STORAGE_EPSG, METRIC_EPSG)
    assert np.allclose(shapely.area(ctx.layer.map_geometries()), shapely.area(expected))


def test_change_geometry_undo_redo_returns_the_exact_geometry(ctx: EditContext) -> None:
    stack = UndoStack(ctx)
    plot_id = int(ctx.layer.table.ids[3])
    before = _stored_wkb(ctx.project, plot_id)
    x, y = ctx.layer.map_geometries()[3].centroid.coords[0]
    stack.push(ChangeGeometry(plot_id, _square_wgs84(x, y)))
    after = _stored_wkb(ctx.project, plot_id)
    assert after != before
    assert ctx.layer.table.areas_ha[3] == pytest.approx(0.25, rel=1e-3)
    stack.undo()
    assert _stored_wkb(ctx.project, plot_id) == before
    _layer_matches_project(ctx)
    stack.redo()
    assert _stored_wkb(ctx.project, plot_id) == after
    _layer_matches_project(ctx)


def test_successive_nudges_in_one_gesture_are_one_step(ctx: EditContext) -> None:
    stack = UndoStack(ctx)
    plot_id = int(ctx.layer.table.ids[0])
    before = _stored_wkb(ctx.project, plot_id)
    x, y = ctx.layer.map_geometries()[0].centroid.coords[0]
    stack.begin_gesture()
    for dx in (0, 1, 2):
        stack.push(ChangeGeometry(plot_id, _square_wgs84(x + dx, y)))
    stack.end_gesture()
    assert len(stack.commands) == 1
    stack.push(ChangeGeometry(plot_id, _square_wgs84(x + 5, y)))  # a new gesture
    assert len(stack.commands) == 2
    stack.undo()
    stack.undo()
    assert _stored_wkb(ctx.project, plot_id) == before


def test_delete_and_undo_restores_every_record(ctx: EditContext) -> None:
    stack = UndoStack(ctx)
    ids = [int(i) for i in ctx.layer.table.ids[:5]]
    ctx.layer.select(ids[:2])
    before = _dump(ctx.project)
    stack.push(DeletePlots(ids))
    assert not set(ids) & set(ctx.layer.table.ids)
    assert ctx.layer.selected == ()
    assert _dump(ctx.project) != before
    stack.undo()
    assert _dump(ctx.project) == before
    _layer_matches_project(ctx)
    stack.redo()
    assert ctx.project.plots.count() == len(ctx.layer.table)
    assert not set(ids) & set(ctx.layer.table.ids)


def test_add_plot_undo_redo_keeps_its_id(ctx: EditContext) -> None:
    stack = UndoStack(ctx)
    plot = Plot(code="NEW-0001", geometry=_square_wgs84(280_000, 1_400_000))
    stack.push(AddPlot(plot))
    new_id = plot.id
    assert new_id is not None and new_id in ctx.layer.table.ids
    assert ctx.layer.table.areas_ha[ctx.layer.index_of(new_id)] == pytest.approx(0.25, 1e-3)
    stack.undo()
    assert new_id not in ctx.layer.table.ids
    assert ctx.project.plots.by_code("NEW-0001") is None
    stack.redo()
    assert ctx.project.plots.by_code("NEW-0001").id == new_id
    _layer_matches_project(ctx)


def test_a_failing_command_changes_nothing(ctx: EditContext) -> None:
    stack = UndoStack(ctx)
    taken = str(ctx.layer.table.codes[1])
    before = _dump(ctx.project)
    table = ctx.layer.table
    with pytest.raises(ProjectError):  # the code is taken
        stack.push(AddPlot(Plot(code=taken, geometry=_square_wgs84(280_000, 1_400_000))))
    empty = MultiPolygon()
    with pytest.raises(DomainError):  # the second part fails after the first was done
        stack.push(MacroCommand("two", [
            DeletePlots([int(table.ids[0])]),
            ChangeGeometry(int(table.ids[2]), empty)]))
    assert _dump(ctx.project) == before
    assert ctx.layer.table is table
    assert not stack.can_undo


def test_macro_is_one_undo_step(ctx: EditContext) -> None:
    stack = UndoStack(ctx)
    before = _dump(ctx.project)
    first, second = (int(i) for i in ctx.layer.table.ids[:2])
    stack.push(MacroCommand("Rename and delete", [
        ChangeAttributes(first, {"name": "Renamed", "notes": "checked"}),
        DeletePlots([second])]))
    assert stack.undo_text == "Rename and delete"
    assert ctx.project.plots.get(first).name == "Renamed"
    stack.undo()
    assert not stack.can_undo and stack.can_redo
    assert _dump(ctx.project) == before
    _layer_matches_project(ctx)


def test_change_attributes_undo_is_exact_and_the_style_follows(ctx: EditContext) -> None:
    stack = UndoStack(ctx)
    row = int(np.flatnonzero(ctx.layer.table.roles == "farmer_field")[0])
    plot_id = int(ctx.layer.table.ids[row])
    before = _dump(ctx.project)
    category = ctx.layer.categories[row]
    stack.push(ChangeAttributes(plot_id, {"role": "control", "code": "ABC-0009"}))
    row = ctx.layer.index_of(plot_id)
    assert ctx.layer.table.codes[row] == "ABC-0009"
    assert ctx.layer.categories[row] != category
    stack.undo()
    assert _dump(ctx.project) == before
    assert ctx.layer.categories[ctx.layer.index_of(plot_id)] == category


def test_set_index_walks_the_history(ctx: EditContext) -> None:
    stack = UndoStack(ctx)
    seen = []
    stack.changed.connect(lambda s: seen.append(s.index))
    ids = [int(i) for i in ctx.layer.table.ids[:3]]
    for i in ids:
        stack.push(ChangeAttributes(i, {"notes": f"note {i}"}))
    stack.set_index(0)
    assert [ctx.project.plots.get(i).notes for i in ids] == ["", "", ""]
    stack.set_index(2)
    assert [ctx.project.plots.get(i).notes for i in ids] == [f"note {ids[0]}",
                                                             f"note {ids[1]}", ""]
    assert seen == [1, 2, 3, 0, 2]
    stack.push(ChangeAttributes(ids[2], {"notes": "other"}))
    assert not stack.can_redo and len(stack.commands) == 3
