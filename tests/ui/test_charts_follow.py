"""Charts in the window: a selection made before they opened counts, CA and FP keep
their colours in every chart, and the adoption chart draws hectares as hectares."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui import chart_data as cd
from metkasekor_desktop.ui.charts_panel import (
    ADOPTION,
    BY_PRACTICE,
    CA_COLOUR,
    FP_COLOUR,
    ChartsPanel,
)


def _bars(widget) -> list[pg.BarGraphItem]:
    return [i for i in widget.plot_item.items if isinstance(i, pg.BarGraphItem)]


def _colour(bar: pg.BarGraphItem) -> str:
    return QColor(pg.mkBrush(bar.opts["brush"]).color()).name()


def test_the_charts_follow_a_selection_made_before_they_opened(window, qtbot):
    layer = window.canvas.plot_layer
    table = layer.table
    demo = next(int(i) for i, r in zip(table.ids, table.roles, strict=True)
                if r == PlotRole.DEMONSTRATION.value)
    layer.select([demo])
    assert window.trials.charts is None  # not opened yet
    window.trials.charts_dock.show()
    qtbot.waitUntil(lambda: window.trials.charts is not None)
    charts = window.trials.charts
    assert charts.area is not None, "the selection limits the charts to its district"
    trial = cd.trial_of_selection((demo,), charts.trials)
    assert trial is not None and charts.current_trial().id == trial.id
    assert charts.followed_plot == demo


def test_yields_by_practice_colours_ca_green_and_fp_brown(qtbot, demo_project):
    project = Project.open(demo_project)
    try:
        widget = ChartsPanel()
        qtbot.addWidget(widget)
        widget.resize(900, 600)
        widget.set_project(project, "en")
        widget.set_kind(BY_PRACTICE)
        assert widget.set_measure("yield:maize")
        rows = cd.yields_by_practice(widget.records, "maize", widget.records.seasons, "en",
                                     "No practice recorded")
        kinds = {r.practices: r.ca for r in rows}
        assert True in kinds.values() and False in kinds.values()
        colours = {bar.opts["name"]: _colour(bar) for bar in _bars(widget)}
        first_ca = next(name for name in colours if kinds.get(name) is True)
        first_fp = next(name for name in colours if kinds.get(name) is False)
        assert colours[first_ca] == QColor(CA_COLOUR).name()
        assert colours[first_fp] == QColor(FP_COLOUR).name()
        assert all(colours[n] != QColor(CA_COLOUR).name() for n, k in kinds.items()
                   if k is False)
        widget.set_project(None)
    finally:
        project.close()


def test_the_adoption_chart_draws_hectares_in_hectares(qtbot, demo_project):
    from tests.analysis.adoption_records import add_farmer_field_plans

    project = Project.open(demo_project)
    try:
        add_farmer_field_plans(project)  # the demo alone has no farmer's adoption
        widget = ChartsPanel()
        qtbot.addWidget(widget)
        widget.resize(900, 600)
        widget.show()
        widget.set_project(project, "en")
        widget.set_kind(ADOPTION)
        assert widget.set_measure("hectares")
        widget.grab()
        points = cd.adoption_over_seasons(widget.records, None, "en",
                                          "All CA practices (each plot once)")
        drawn = sorted(float(h) for bar in _bars(widget) for h in bar.opts["height"])
        assert drawn == sorted(p.hectares for p in points)
        left = widget.plot_item.getAxis("left")
        top = max(p.hectares for p in points)
        low, high = widget.plot_item.viewRange()[1]
        assert high < 2 * top, "the axis is in hectares"
        # each level's ticks written with its own spacing (5.9 at spacing 1 reads "6")
        shown = [t for spacing, ticks in left.tickValues(low, high, 300)
                 for t in left.tickStrings(ticks, left.autoSIPrefixScale * left.scale,
                                           spacing)]
        assert max(float(s.replace(",", "")) for s in shown) <= high
        assert left.autoSIPrefixScale == 1.0 and left.labelUnitPrefix == ""
        widget.set_project(None)
    finally:
        project.close()
