"""Trial charts: the numbers equal a hand computation on the demo's first trial, the panel
draws each chart offscreen, exports what it shows, labels axes in Khmer and follows undo."""

from __future__ import annotations

import csv
import math
import statistics
from collections import defaultdict
from datetime import date

import pytest

from metkasekor_desktop.analysis.trial_comparisons import compare_trial
from metkasekor_desktop.domain.crops import crop
from metkasekor_desktop.domain.trial import CONTROL, DEMONSTRATION
from metkasekor_desktop.domain.yields import YieldRecord, sample_yield_t_ha
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui import chart_data as cd
from tests.analysis.adoption_records import add_farmer_field_plans, hand_count

MAIZE = cd.yield_measure("maize")
SOC = cd.soil_measure("soc_pct")


@pytest.fixture
def project(session):
    return session.project


@pytest.fixture
def adopting(project):
    """Farmer-field plans added to the demo (which plans only its sites, no adoption);
    ask for it before ``panel`` and ``data`` so that they load them."""
    return add_farmer_field_plans(project)


@pytest.fixture
def data(project):
    records = cd.ChartRecords.load(project)
    trial = sorted(project.trials.list(), key=lambda t: t.id)[0]
    return records, trial


def hand_maize(records, trial, season_id):
    """Site -> (CA, FP) maize t/ha by hand: sample harvests, a plot's records averaged."""
    per_plot = defaultdict(list)
    for y in records.yields:
        if y.season_id == season_id and y.crop == "maize":
            assert y.method == "sample"
            per_plot[y.plot_id].append(sample_yield_t_ha(
                y.fresh_weight_kg, y.sample_area_m2, y.moisture_pct,
                crop("maize").standard_moisture_pct))
    sites = defaultdict(dict)
    for m in trial.members:
        if m.plot_id in per_plot:
            sites[m.block][m.treatment] = statistics.mean(per_plot[m.plot_id])
    return {s: (v[DEMONSTRATION], v[CONTROL]) for s, v in sites.items()
            if DEMONSTRATION in v and CONTROL in v}


def test_over_seasons_equals_hand_computation_and_comparison(data):
    records, trial = data
    rows = cd.over_seasons(records, trial, MAIZE)
    assert rows, "the demo trial has maize yields"
    report = {r.season: r for r in compare_trial(trial, records.seasons, records.samples,
                                                 records.yields, records.plot_areas)
              if r.measure == "Yield maize"}
    assert [r.season for r in rows] == list(report)
    for row in rows:
        season = next(s for s in records.seasons if s.name == row.season)
        pairs = hand_maize(records, trial, season.id)
        ca = [c for c, _ in pairs.values()]
        fp = [f for _, f in pairs.values()]
        assert row.n == len(pairs) == report[row.season].n_pairs
        assert row.mean_ca == pytest.approx(statistics.mean(ca))
        assert row.mean_fp == pytest.approx(statistics.mean(fp))
        assert row.mean_ca == pytest.approx(report[row.season].mean_demo)
        assert row.mean_fp == pytest.approx(report[row.season].mean_control)
        assert row.se_ca == pytest.approx(statistics.stdev(ca) / math.sqrt(len(ca)))
        assert row.se_fp == pytest.approx(statistics.stdev(fp) / math.sqrt(len(fp)))


def test_soil_indicator_over_seasons_matches_report(data):
    records, trial = data
    rows = cd.over_seasons(records, trial, SOC)
    report = {r.season: r for r in compare_trial(trial, records.seasons, records.samples,
                                                 records.yields, records.plot_areas)
              if r.measure == "Soil organic carbon (0-10 cm)"}  # charts: the top depth
    assert rows and [r.season for r in rows] == list(report)
    for row in rows:
        assert row.mean_ca == pytest.approx(report[row.season].mean_demo)
        assert row.mean_fp == pytest.approx(report[row.season].mean_control)


def test_paired_by_site_gives_each_site_and_its_difference(data):
    records, trial = data
    first = cd.over_seasons(records, trial, MAIZE)[0]
    season = next(s for s in records.seasons if s.name == first.season)
    rows = cd.paired_by_site(records, trial, season, MAIZE)
    hand = hand_maize(records, trial, season.id)
    assert [r.site for r in rows] == sorted(hand)
    for r in rows:
        assert (r.ca, r.fp) == pytest.approx(hand[r.site])
        assert r.difference == pytest.approx(hand[r.site][0] - hand[r.site][1])
    headers, table = cd.paired_by_site_table(rows)
    assert headers == ["site", "CA", "FP", "difference"]
    assert table[0][0] == rows[0].site


def test_yields_by_practice_groups_plots_by_their_plans(data):
    records, _trial = data
    season = records.seasons[0]
    rows = cd.yields_by_practice(records, "maize", [season])
    plans = {(p.plot_id, p.season_id): p for p in records.plans}
    names = {p.id: p.name_en for p in records.practices}
    groups = defaultdict(lambda: defaultdict(list))
    for y in records.yields:
        if y.season_id == season.id and y.crop == "maize":
            plan = plans.get((y.plot_id, season.id))
            label = (" + ".join(names[i] for i in sorted(p.practice_id for p in plan.practices))
                     if plan and plan.practices else "No practice recorded")
            groups[label][y.plot_id].append(sample_yield_t_ha(
                y.fresh_weight_kg, y.sample_area_m2, y.moisture_pct, 14.0))
    assert {r.practices for r in rows} == set(groups)
    for r in rows:
        plot_means = [statistics.mean(v) for v in groups[r.practices].values()]
        assert r.n == len(plot_means)
        assert r.mean_t_ha == pytest.approx(statistics.mean(plot_means))
    kh = cd.yields_by_practice(records, "maize", [season], language="kh")
    assert any("\u1780" <= ch <= "\u17ff" for r in kh for ch in r.practices)


# The panel ------------------------------------------------------------------------------

@pytest.fixture
def panel(session, qtbot):
    from metkasekor_desktop.ui.charts_panel import ChartsPanel

    project, stack = session.project, session.stack
    widget = ChartsPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_project(project, "en", stack)
    widget.show()
    yield widget, stack
    widget.set_project(None)


def test_panel_draws_every_chart_kind_offscreen(panel, data):
    from metkasekor_desktop.ui.charts_panel import BY_PRACTICE, KINDS, OVER_SEASONS, PAIRED

    widget, _stack = panel
    records, trial = data
    assert widget.show_trial(trial.id)
    assert not widget.show_trial(-5)
    import pyqtgraph as pg

    expected = {OVER_SEASONS: pg.ErrorBarItem, PAIRED: pg.BarGraphItem,
                BY_PRACTICE: pg.BarGraphItem}
    for kind in (OVER_SEASONS, PAIRED, BY_PRACTICE):  # the adoption chart: below
        assert kind in KINDS
        widget.set_kind(kind)
        assert widget.set_measure("yield:maize")
        assert widget.table()[1], kind
        assert widget.message.text() == ""
        assert any(isinstance(i, expected[kind]) for i in widget.plot_item.items), kind
        assert "Yield of Maize (t/ha)" in widget.axis_label("left")
        widget.grab()  # paints the scene: errors in drawing would surface here
        if kind == PAIRED:  # the zero line
            assert any(isinstance(i, pg.InfiniteLine) for i in widget.plot_item.items)
    assert len(widget.legend.items) == len({r[1] for r in widget.table()[1]})
    widget.set_kind(OVER_SEASONS)
    assert [label.text for _s, label in widget.legend.items] == [
        "CA (demonstration)", "FP (farmer practice)"]


def test_export_csv_equals_chart_data(panel, data, tmp_path):
    from metkasekor_desktop.ui.charts_panel import OVER_SEASONS, PAIRED

    widget, _stack = panel
    records, trial = data
    widget.show_trial(trial.id)
    widget.set_kind(OVER_SEASONS)
    widget.set_measure("soil:soc_pct")
    out = widget.export_csv(tmp_path / "soc.csv")
    headers, rows = cd.over_seasons_table(cd.over_seasons(records, trial, SOC))
    with open(out, encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == headers
    assert read[1:] == [["" if v is None else str(v) for v in row] for row in rows]

    widget.set_kind(PAIRED)
    widget.set_measure("yield:maize")
    season = records.season(widget.season_box.currentData())
    out = widget.export_csv(tmp_path / "pairs.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    expected = cd.paired_by_site(records, trial, season, MAIZE)
    assert [r[0] for r in read[1:]] == [r.site for r in expected]
    assert [float(r[3]) for r in read[1:]] == pytest.approx(
        [r.difference for r in expected], abs=1e-6)


def test_export_png_writes_an_image(panel, data, tmp_path):
    from PySide6.QtGui import QImage

    widget, _stack = panel
    widget.show_trial(data[1].id)
    out = widget.export_png(tmp_path / "chart.png")
    assert out is not None and out.stat().st_size > 0
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1200


def test_khmer_axis_label_in_application_font(project, qtbot, data):
    from PySide6.QtWidgets import QApplication

    from metkasekor_desktop.ui.charts_panel import ChartsPanel

    widget = ChartsPanel()
    qtbot.addWidget(widget)
    widget.set_project(project, "kh")
    widget.show_trial(data[1].id)
    widget.set_measure("soil:soc_pct")
    label = widget.axis_label("left")
    assert "កាបូនសរីរាង្គក្នុងដី" in label and "%" in label
    assert widget.plot_item.getAxis("left").label.font().family() == \
        QApplication.font().family()


def test_panel_follows_the_undo_stack(panel, project, data):
    widget, stack = panel
    records, trial = data
    widget.show_trial(trial.id)
    widget.set_measure("yield:maize")
    first = cd.over_seasons(records, trial, MAIZE)[0]
    season = next(s for s in records.seasons if s.name == first.season)
    ca_plot = next(m.plot_id for m in trial.members if m.treatment == DEMONSTRATION)
    before = widget.table()[1][0][1]
    stack.push(SaveRecord("yields", YieldRecord(
        plot_id=ca_plot, season_id=season.id, crop="maize", harvest_date=date(season.year, 8, 1),
        method="sample", sample_area_m2=10.0, fresh_weight_kg=30.0, moisture_pct=14.0),
        confirmed=True))  # 30 t/ha: an outlier stored on purpose
    assert widget.table()[1][0][1] > before
    stack.undo()
    assert widget.table()[1][0][1] == before


def test_empty_project_says_there_is_nothing_to_chart(qtbot, tmp_path):
    from metkasekor_desktop.ui.charts_panel import ChartsPanel

    widget = ChartsPanel()
    qtbot.addWidget(widget)
    new = Project.create(tmp_path / "empty.gpkg")
    try:
        widget.set_project(new, "en")
        assert widget.message.text()
        assert widget.table() == ([], [])
        assert not widget.csv_button.isEnabled()
    finally:
        widget.set_project(None)
        new.close()


# Adoption over seasons and following the map selection ----------------------------------

def test_adoption_over_seasons_equals_the_summary_of_each_season(adopting, data):
    from metkasekor_desktop.analysis.adoption import adoption_summary, same_season_last_year

    records, _trial = data
    district = "0207"
    for area in (None, district):
        points = cd.adoption_over_seasons(records, area, total_label="ALL")
        with_done = [s for s in records.seasons if any(
            p.season_id == s.id and p.status == "done" for p in records.plans)]
        assert [s.name for s in with_done] == list(dict.fromkeys(p.season for p in points))
        expected = []
        for season in with_done:
            table = adoption_summary(records.plots, records.plans, records.farmers,
                                     records.practices, season.id,
                                     same_season_last_year(records.seasons, season.id), area)
            expected += [(season.name, r.name("en"), r.current.plots, r.current.hectares)
                         for r in table.rows]
            expected.append((season.name, "ALL", table.total.current.plots,
                             table.total.current.hectares))
        taken = {e[1] for e in expected if e[2]}
        expected = [e for e in expected if e[1] in taken or e[1] == "ALL"]
        assert [(p.season, p.practice, p.plots) for p in points] == [e[:3] for e in expected]
        assert [p.hectares for p in points] == pytest.approx([e[3] for e in expected])
    everywhere = cd.adoption_over_seasons(records, None, total_label="ALL")
    there = cd.adoption_over_seasons(records, district, total_label="ALL")
    assert sum(p.plots for p in there) <= sum(p.plots for p in everywhere)


def test_adoption_chart_counts_done_farmer_fields_by_hand(adopting, data):
    """The total bars equal a plain count of farmer fields with a CA practice done;
    the demo's 2024 main wet season, only planned, is not drawn as a drop to zero."""
    records, _trial = data
    points = {p.season: p for p in cd.adoption_over_seasons(records, None, "en", "ALL")
              if p.practice == "ALL"}
    for season in records.seasons:
        statuses = {str(p.status) for p in records.plans if p.season_id == season.id}
        if "done" not in statuses:
            assert season.name not in points
            continue
        hand = hand_count(records.plots, records.plans, records.practices, season.id)
        assert points[season.name].plots == hand.plots
        assert points[season.name].hectares == pytest.approx(hand.hectares)
    assert "2024 main wet" not in points
    assert points["2024 early wet"].plots > points["2022 early wet"].plots > 0  # it spreads


def test_following_a_trial_plot_shows_its_trial_and_its_own_line(panel, project):
    from metkasekor_desktop.ui.charts_panel import OVER_SEASONS

    widget, _stack = panel
    records = cd.ChartRecords.load(project)
    trials = sorted(project.trials.list(), key=lambda t: t.name)
    widget.show_trial(trials[0].id)
    widget.set_kind(OVER_SEASONS)
    other = trials[-1]
    plot = next(m.plot_id for m in other.members if m.treatment == DEMONSTRATION)
    widget.follow_selection([plot])
    assert widget.current_trial().id == other.id
    assert widget.set_measure("yield:maize")
    legend = [label.text for _s, label in widget.legend.items]
    assert legend == ["CA (demonstration)", "FP (farmer practice)", "This plot"]
    headers, rows = widget.table()
    assert headers[-1] == "this_plot"
    hand = {}
    for row in rows:
        season = next(s for s in records.seasons if s.name == row[0])
        values = [sample_yield_t_ha(y.fresh_weight_kg, y.sample_area_m2, y.moisture_pct,
                                    crop("maize").standard_moisture_pct)
                  for y in records.yields
                  if y.plot_id == plot and y.season_id == season.id and y.crop == "maize"]
        hand[row[0]] = statistics.mean(values) if values else None
    assert any(v is not None for v in hand.values())
    for row in rows:
        assert row[-1] == (None if hand[row[0]] is None else pytest.approx(hand[row[0]]))
    widget.grab()

    # exactly the members of the first trial: that trial, no plot line
    widget.follow_selection([m.plot_id for m in trials[0].members])
    assert widget.current_trial().id == trials[0].id
    assert "This plot" not in [label.text for _s, label in widget.legend.items]
    assert widget.table()[0][-1] == "n_sites"
    # a part of a trial's plots is no trial: the trial stays, the line goes
    widget.follow_selection([m.plot_id for m in other.members][:3])
    assert widget.current_trial().id == trials[0].id


def test_a_district_selection_limits_yields_by_practice_and_adoption(adopting, panel, project,
                                                                       tmp_path):
    from metkasekor_desktop.ui.charts_panel import ADOPTION, ALL_SEASONS, BY_PRACTICE

    widget, _stack = panel
    records = cd.ChartRecords.load(project)
    district = "0210"
    inside = [p.id for p in records.plots if str(p.village_code).startswith(district)]
    outside = next(p.id for p in records.plots if not str(p.village_code).startswith(district))
    widget.set_kind(BY_PRACTICE)
    widget.set_measure("yield:maize")
    widget.season_box.setCurrentIndex(widget.season_box.findData(ALL_SEASONS))
    all_rows = widget.table()[1]
    widget.follow_selection(inside[:5])
    assert widget.area == district
    assert widget.area_label.isVisible()
    assert widget.area_label.text() == "District: Sampov Lun"

    hand = cd.ChartRecords(seasons=records.seasons, plot_areas=records.plot_areas,
                           plans=records.plans, practices=records.practices,
                           yields=[y for y in records.yields if y.plot_id in set(inside)])
    expected = cd.yields_by_practice_table(cd.yields_by_practice(hand, "maize"))
    assert widget.table() == expected
    assert expected[1] and expected[1] != all_rows
    out = widget.export_csv(tmp_path / "district.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[1:] == [["" if v is None else str(v) for v in row] for row in expected[1]]

    widget.set_kind(ADOPTION)
    assert widget.table() == cd.adoption_table(cd.adoption_over_seasons(
        records, district, "en", "All CA practices (each plot once)"))
    assert widget.export_png(tmp_path / "adoption.png") is not None

    widget.follow_selection([inside[0], outside])  # two districts: no limit
    assert widget.area is None and not widget.area_label.isVisible()
    assert widget.table() == cd.adoption_table(cd.adoption_over_seasons(
        records, None, "en", "All CA practices (each plot once)"))


def test_adoption_chart_draws_bars_and_exports_its_data(adopting, panel, data, tmp_path):
    import pyqtgraph as pg

    from metkasekor_desktop.ui.charts_panel import ADOPTION

    widget, _stack = panel
    records, _trial = data
    widget.set_kind(ADOPTION)
    assert widget.message.text() == ""
    bars = [i for i in widget.plot_item.items if isinstance(i, pg.BarGraphItem)]
    points = cd.adoption_over_seasons(records, None, "en", "All CA practices (each plot once)")
    assert len(bars) == len({p.practice for p in points})
    assert widget.axis_label("left") == "Hectares under the practice"
    assert widget.set_measure("plots")
    assert widget.axis_label("left") == "Plots with the practice"
    tallest = max(max(b.opts["height"]) for b in widget.plot_item.items
                  if isinstance(b, pg.BarGraphItem))
    assert tallest == max(p.plots for p in points)
    widget.grab()
    out = widget.export_csv(tmp_path / "adoption.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    headers, rows = cd.adoption_table(points)
    assert read[0] == headers == ["season", "practice", "plots", "hectares"]
    assert read[1:] == [["" if v is None else str(v) for v in row] for row in rows]


def test_adoption_chart_draws_hectares_as_hectares(adopting, panel, data):
    """Bars and left-axis ticks in hectares: no x1000 (pyqtgraph's SI prefix or a unit)."""
    import pyqtgraph as pg

    from metkasekor_desktop.ui.charts_panel import ADOPTION

    widget, _stack = panel
    records, _trial = data
    widget.set_kind(ADOPTION)
    for measure in ("hectares", "plots", "hectares"):  # and back: nothing accumulates
        assert widget.set_measure(measure) or widget.measure_box.currentData() == measure
    points = cd.adoption_over_seasons(records, None, "en", "All CA practices (each plot once)")
    drawn = sorted(h for b in widget.plot_item.items if isinstance(b, pg.BarGraphItem)
                   for h in b.opts["height"])
    assert drawn == pytest.approx(sorted(p.hectares for p in points))
    assert max(drawn) < 1000
    axis = widget.plot_item.getAxis("left")
    widget.grab()
    assert axis.autoSIPrefixScale == 1.0 and axis.scale == 1.0
    low, high = widget.plot_item.viewRange()[1]
    assert max(drawn) <= high < 2 * max(drawn)  # room for the legend above, no x1000
    ticks = [float(t) for spacing, values in axis.tickValues(low, high, 400)[:1]
             for t in axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)]
    assert max(ticks) <= high


def test_a_tall_or_long_title_is_not_cut(panel):
    """pyqtgraph's title row is 30 pixels: a taller line (a Khmer font's) is not cut, and
    a title wider than the chart wraps instead of running off it."""
    from metkasekor_desktop.ui.charts_panel import ADOPTION

    widget, _stack = panel
    widget.set_kind(ADOPTION)
    widget.grab()
    assert widget.title_fits()
    label = widget.plot_item.titleLabel
    widget.plot_item.setTitle("ការទទួលយកការអនុវត្ត " * 6, size="20pt")  # taller, wider
    widget._apply_fonts()
    widget.resize(widget.minimumSizeHint().width(), 600)
    widget.grab()
    assert label.boundingRect().height() > 30
    assert widget.title_fits()
    assert label.item.boundingRect().width() <= widget.plot_item.vb.width()


def test_the_legend_covers_no_bar(panel, data, qtbot):
    """The adoption chart's legend (top left) sits above the tallest bar: the y axis
    goes on above the bars by the legend's share of the plot."""
    import pyqtgraph as pg
    from PySide6.QtCore import QPointF

    from metkasekor_desktop.ui.charts_panel import ADOPTION

    widget, _stack = panel
    widget.set_kind(ADOPTION)
    widget.grab()
    qtbot.wait(50)
    vb = widget.plot_item.vb
    tops = [vb.mapViewToScene(QPointF(float(x), float(h))).y()
            for item in widget.plot_item.items if isinstance(item, pg.BarGraphItem)
            for x, h in zip(item.opts["x"], item.opts["height"], strict=True)]
    legend_bottom = widget.legend.sceneBoundingRect().bottom()
    assert tops and legend_bottom < min(tops)  # scene y grows downwards


def test_a_chart_laid_out_narrow_first_still_fits_its_view(panel, data, qtbot, monkeypatch):
    """A docked chart is a few pixels wide for a moment while the window lays out: its
    title must not wrap into a tall row, and a plot left taller than its view (a docked
    chart showing only its top) is put back into the view."""
    from PySide6.QtCore import QRectF

    from metkasekor_desktop.ui.charts_panel import OVER_SEASONS

    widget, _stack = panel
    records, trial = data
    assert widget.show_trial(trial.id)
    widget.set_kind(OVER_SEASONS)
    widget.resize(1300, 320)
    qtbot.wait(50)
    vb, view, title = widget.plot_item.vb, widget.plot_widget, widget.plot_item.titleLabel
    monkeypatch.setattr(vb, "width", lambda: 12.0)  # the moment it is being laid out
    widget._fit_title()
    assert title.maximumHeight() < 80  # not one word per line
    monkeypatch.undo()
    widget.plot_item.setGeometry(QRectF(0, 0, view.width(), 1000.0))  # left too tall
    widget._fit_title()
    assert widget.plot_item.geometry().height() <= view.height() + 1
