"""The plots table follows each step by the rows it names, and ends exactly where a table
read afresh from the layer would be: edits, new plots, splits, merges, deletions, undo,
redo, a plan, and a change made by another program."""

from __future__ import annotations

import sqlite3

from shapely.geometry import LineString

from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.layers.edit_commands import ChangeAttributes
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.storage.gpkg.functions import register_functions
from metkasekor_desktop.ui.plots_model import PlotsTableModel


def _fresh_rows(window) -> list[list]:
    """What a table built from scratch on the window's layer shows, in its order."""
    model = window.plots.model
    fresh = PlotsTableModel(language=model.language)
    fresh.set_layer(window.canvas.plot_layer)
    fresh.set_season(window.project, model._season_id)
    fresh.sort(*model._sort)
    columns = list(range(fresh.columnCount()))
    return fresh.export_rows(columns)


def _shown_rows(window) -> list[list]:
    model = window.plots.model
    return model.export_rows(list(range(model.columnCount())))


def _resets(window) -> list[int]:
    count = [0]
    window.plots.model.modelReset.connect(lambda: count.__setitem__(0, count[0] + 1))
    return count


def _same(window) -> None:
    assert _shown_rows(window) == _fresh_rows(window)


def test_an_attribute_edit_updates_its_row_without_a_reset(window):
    resets = _resets(window)
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[7])
    window.session.stack.push(ChangeAttributes(plot_id, {"code": "ZZZ-LAST",
                                                         "role": "control"}))
    assert resets[0] == 0
    _same(window)
    window.plots.model.sort(0)
    assert _shown_rows(window)[-1][0] == "ZZZ-LAST"  # sorted into its place
    window.session.stack.undo()
    window.session.stack.redo()
    assert resets[0] == 0
    _same(window)


def test_split_merge_delete_undo_redo_keep_the_table_true(window, monkeypatch):
    read_all = []
    monkeypatch.setattr(window.plots.model, "_read_layer", read_all.append)
    stack, editor = window.session.stack, window.session.editor
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[3])
    xmin, ymin, xmax, ymax = layer.map_geometries()[layer.index_of(plot_id)].bounds
    cx = (xmin + xmax) / 2
    kept, new_id = editor.split(plot_id, LineString([(cx, ymin - 10), (cx, ymax + 10)]),
                                True)
    _same(window)
    merged = editor.merge([kept, new_id])
    assert merged is not None
    _same(window)
    editor.delete([int(layer.table.ids[0]), int(layer.table.ids[1])])
    _same(window)
    for _ in range(3):
        stack.undo()
        _same(window)
    for _ in range(3):
        stack.redo()
        _same(window)
    assert read_all == []  # only the plots each step named were read

def test_a_plan_changes_the_season_columns(window):
    project, layer = window.project, window.canvas.plot_layer
    season = window.session.season_id
    planned = {p.plot_id for p in project.plans.list() if p.season_id == season}
    plot_id = next(int(i) for i in layer.table.ids if int(i) not in planned)
    practice = project.practices.list()[0]
    window.session.stack.push(SaveRecord("plans", PlotSeasonPlan(
        plot_id=plot_id, season_id=season,
        practices=[PlannedPractice(practice_id=practice.id)])))
    _same(window)
    window.session.stack.undo()
    _same(window)


def test_another_programs_change_is_followed(window, qtbot):
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[5])
    other = sqlite3.connect(window.project.path)
    register_functions(other)
    try:
        other.execute("UPDATE plots SET code = 'FROM-QGIS' WHERE fid = ?", (plot_id,))
        other.execute("DELETE FROM plot_season_plans WHERE plot_id = ?",
                      (int(layer.table.ids[6]),))
        other.commit()
    finally:
        other.close()
    window.file_watch.poll()
    assert any(row[0] == "FROM-QGIS" for row in _shown_rows(window))
    _same(window)
