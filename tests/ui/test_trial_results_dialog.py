"""Trials > Trial results: the CA-minus-FP table of every trial and season, its filters,
following the map selection, export, and the menu action that opens it."""

from __future__ import annotations

import csv
import math
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt

from metkasekor_desktop.analysis.trial_comparisons import compare_trial, csv_record
from metkasekor_desktop.domain.crops import crop
from metkasekor_desktop.domain.trial import CONTROL, DEMONSTRATION
from metkasekor_desktop.ui import trial_results_model as trm
from metkasekor_desktop.ui.trial_results_dialog import TrialResultsDialog, measure_code


@pytest.fixture
def bound(session, qtbot, english):
    dialog = TrialResultsDialog(session.project, "en", session.stack)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog, session.project
    dialog.close()


def project_rows(project):
    table = project.plots.load_table()
    areas = {int(i): float(a) for i, a in zip(table.ids, table.areas_ha, strict=True)}
    seasons, samples, yields = (project.seasons.list(), project.soil_samples.list(),
                                project.yields.list())
    return [r for t in sorted(project.trials.list(), key=lambda t: t.name)
            for r in compare_trial(t, seasons, samples, yields, areas)]


def key(row):
    return (*csv_record(row), row.kind, row.key, row.depth)


def choose(box, data):
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def test_rows_are_the_comparisons_of_every_trial(bound):
    dialog, project = bound
    expected = project_rows(project)
    assert expected and [key(r) for r in dialog.model.rows] == [key(r) for r in expected]
    kinds = {r.kind for r in expected}
    assert kinds == {"yield", "labour", "margin", "soil"}
    depths = {r.depth for r in expected if r.kind == "soil"}
    assert depths == {(0.0, 10.0), (10.0, 20.0)}  # every depth the demo samples


def test_a_yield_difference_equals_the_hand_computation(bound):
    """Plot means of t/ha (sample weight x moisture factor / area x 10), CA minus FP per
    site, averaged over the sites."""
    dialog, project = bound
    trial = sorted(project.trials.list(), key=lambda t: t.name)[0]
    season = next(s for s in sorted(project.seasons.list(), key=lambda s: s.sort_key)
                  if any(y.season_id == s.id and y.crop == "maize"
                         for y in project.yields.list()))
    per_plot = defaultdict(list)
    for y in project.yields.list():
        if y.season_id == season.id and y.crop == "maize":
            std = crop("maize").standard_moisture_pct
            per_plot[y.plot_id].append(y.fresh_weight_kg * (100 - y.moisture_pct)
                                       / (100 - std) / y.sample_area_m2 * 10)
    means = {pid: sum(v) / len(v) for pid, v in per_plot.items()}
    sites = defaultdict(dict)
    for m in trial.members:
        if m.plot_id in means:
            sites[m.block][m.treatment] = means[m.plot_id]
    diffs = [s[DEMONSTRATION] - s[CONTROL] for s in sites.values()
             if DEMONSTRATION in s and CONTROL in s]
    choose(dialog.trial_box, trial.id)
    choose(dialog.season_box, season.name)
    choose(dialog.measure_box, "yield:maize:")
    (row,) = dialog.shown_rows()
    assert row.n_pairs == len(diffs)
    assert row.mean_difference == pytest.approx(sum(diffs) / len(diffs))
    index = dialog.proxy.index(0, trm.DIFFERENCE)
    assert index.data() == trm.number_text(sum(diffs) / len(diffs))
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert dialog.proxy.index(0, trm.MEASURE).data() == "Yield of Maize"


def test_filters_choose_trial_season_and_measure(bound):
    dialog, project = bound
    trial = sorted(project.trials.list(), key=lambda t: t.name)[1]
    choose(dialog.trial_box, trial.id)
    assert {r.trial for r in dialog.shown_rows()} == {trial.name}
    season = dialog.shown_rows()[-1].season
    choose(dialog.season_box, season)
    choose(dialog.measure_box, "soil:soc_pct:10-20")
    rows = dialog.shown_rows()
    assert len(rows) == 1 and rows[0].measure == "Soil organic carbon (10-20 cm)"
    assert dialog.proxy.index(0, trm.MEASURE).data() == "Soil organic carbon (10-20 cm)"
    choose(dialog.trial_box, "")
    assert {r.trial for r in dialog.shown_rows()} == {t.name for t in project.trials.list()}
    assert {measure_code(r) for r in dialog.shown_rows()} == {"soil:soc_pct:10-20"}


def test_sorting_by_difference_is_numeric_and_significance_is_bold(bound):
    dialog, _project = bound
    choose(dialog.measure_box, "margin:maize:")
    dialog.table.sortByColumn(trm.DIFFERENCE, Qt.SortOrder.AscendingOrder)
    diffs = [r.mean_difference for r in dialog.shown_rows()]
    assert len(diffs) > 2 and diffs == sorted(diffs)
    for i, row in enumerate(dialog.shown_rows()):
        font = dialog.proxy.index(i, trm.DIFFERENCE).data(Qt.ItemDataRole.FontRole)
        assert (font is not None and font.bold()) == (row.p_value < 0.05)


def test_following_the_selection_of_one_trials_plot(bound):
    dialog, project = bound
    trials = sorted(project.trials.list(), key=lambda t: t.name)
    trial = trials[2]
    assert "every trial" in dialog.follow_label.text()
    dialog.follow_selection([trial.members[0].plot_id])
    assert {r.trial for r in dialog.shown_rows()} == {trial.name}
    assert dialog.follow_label.text().endswith(": 1")
    dialog.follow_selection([trials[0].members[0].plot_id, trial.members[1].plot_id])
    assert {r.trial for r in dialog.shown_rows()} == {trials[0].name, trial.name}
    dialog.follow_box.setChecked(False)
    assert len(dialog.shown_rows()) == len(dialog.results)
    assert dialog.follow_label.text() == ""
    dialog.follow_box.setChecked(True)
    dialog.follow_selection([])
    assert len(dialog.shown_rows()) == len(dialog.results)


def test_export_csv_is_the_rows_shown(bound, tmp_path):
    dialog, project = bound
    choose(dialog.trial_box, sorted(project.trials.list(), key=lambda t: t.name)[0].id)
    dialog.table.sortByColumn(trm.P, Qt.SortOrder.AscendingOrder)
    path = dialog.export_csv(tmp_path / "results.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        header, *lines = list(csv.reader(f))
    shown = dialog.shown_rows()
    assert header == dialog.model.export_headers() and len(lines) == len(shown)
    for line, row in zip(lines, shown, strict=True):
        assert line[0] == row.trial and line[2] == dialog.model.measure_text(row)
        assert int(line[4]) == row.n_pairs
        assert float(line[7]) == pytest.approx(row.mean_difference)
        assert (line[10] == "") == math.isnan(row.p_value)
    assert dialog.export_xlsx(tmp_path / "results.xlsx").exists()


def test_the_menu_action_opens_the_dialog_that_follows_the_map(window, qtbot, english):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Trials")
    action = next(a for a in menu.actions() if a.text() == "Trial &results…")
    action.trigger()
    dialog = window.trials.results_dialog
    assert isinstance(dialog, TrialResultsDialog) and dialog.isVisible()
    assert dialog.model.rowCount() > 0
    trial = window.project.trials.list()[0]
    window.canvas.plot_layer.select([trial.members[0].plot_id])
    assert {r.trial for r in dialog.shown_rows()} == {trial.name}
    dialog.close()
    assert window.trials.results_dialog is None


@pytest.mark.parametrize(("language", "path"), [("en", "/tmp/trials_en.png"),
                                                ("km", "/tmp/trials_km.png")])
def test_screenshots(session, qtbot, english, language, path):
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.language import install_translators, remove_translators

    create_application()  # the shipped Khmer font and the window's style, as users see it
    remove_translators(english)
    if language == "km":
        install_translators(english, "km")
    dialog = TrialResultsDialog(session.project, "kh" if language == "km" else "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    trial = sorted(session.project.trials.list(), key=lambda t: t.name)[0]
    dialog.follow_selection([trial.members[0].plot_id])
    assert dialog.grab().save(path)
    if language == "km":
        assert dialog.trial_box.itemText(0) != "All trials"
