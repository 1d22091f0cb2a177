"""The map's colours, its legend and the plot count follow plans, splits, merges, undo and
redo at once, without reopening the project."""

from __future__ import annotations

from collections import Counter

from shapely.geometry import LineString

from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.layers.plot_styling import apply_style
from metkasekor_desktop.layers.record_commands import SaveRecord


def _practice_window(window):
    project, layer = window.project, window.canvas.plot_layer
    season = window.register.current_season.season_id
    apply_style(layer, project, "practice", season_id=season, language="en")
    return project, layer, season


def _shown(layer, plot_id: int) -> str:
    """The value whose colour the plot is drawn in ("" is "No plan")."""
    style = layer.style
    category = int(layer.categories[layer.index_of(plot_id)])
    for value, symbol in style.symbols.items():
        if style.symbol_of(category) is symbol and symbol is not style.default:
            return value
    return "<other>"


def _legend_labels(layer) -> list[str]:
    return [entry.label for entry in layer.legend()]


def test_a_new_plan_is_drawn_and_listed_in_the_legend_at_once(window):
    project, layer, season = _practice_window(window)
    planned = {p.plot_id for p in project.plans.list() if p.season_id == season}
    plot_id = next(int(i) for i in layer.table.ids if int(i) not in planned)
    assert _shown(layer, plot_id) == ""
    practices = {p.key: p for p in project.practices.list()}
    # A combination no plot of the season has yet: it needs a colour and a legend line.
    combos = Counter(layer.attribute_values("practice").tolist())
    keys = sorted(practices)
    new = next(f"{a}+{b}" for a in keys for b in keys
               if a < b and f"{a}+{b}" not in combos and "conventional" not in (a, b))
    plan = PlotSeasonPlan(plot_id=plot_id, season_id=season, practices=[
        PlannedPractice(practice_id=practices[k].id) for k in new.split("+")])
    window.edit.stack.push(SaveRecord("plans", plan))
    assert _shown(layer, plot_id) == new
    legend = _legend_labels(layer)
    window.edit.stack.undo()
    assert _shown(layer, plot_id) == ""
    window.edit.stack.redo()
    assert _shown(layer, plot_id) == new
    assert len(legend) == len(_legend_labels(layer))


def test_a_split_keeps_the_plan_colour_and_the_count_follows(window, qtbot):
    project, layer, season = _practice_window(window)
    plans = {p.plot_id: p for p in project.plans.list() if p.season_id == season}
    plot_id = next(int(i) for i in layer.table.ids
                   if int(i) in plans and layer.attribute_values("practice")[
                       layer.index_of(int(i))])
    value = _shown(layer, plot_id)
    count = len(layer.table)
    geom = layer.map_geometries()[layer.index_of(plot_id)]
    xmin, ymin, xmax, ymax = geom.bounds
    cx = (xmin + xmax) / 2
    line = LineString([(cx, ymin - 10), (cx, ymax + 10)])
    _kept, new_id = window.edit.editor.split(plot_id, line, True)
    assert len(layer.table) == count + 1
    assert _shown(layer, new_id) == value, "the new half has the plan of the plot it came from"
    assert window.status.count_label.text().startswith(f"{count + 1} ")
    window.edit.stack.undo()
    assert len(layer.table) == count
    assert window.status.count_label.text().startswith(f"{count} ")
    window.edit.stack.redo()
    assert _shown(layer, new_id) == value
    assert window.status.count_label.text().startswith(f"{count + 1} ")
