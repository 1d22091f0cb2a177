"""Register > Diffusion…: one area's farmers who have adopted, the Bass fit and its
tipping point, adoption by distance from the demonstration plots, and the exports."""

from __future__ import annotations

import csv

import pytest

from metkasekor_desktop.analysis.diffusion import diffusion, diffusion_rows
from metkasekor_desktop.analysis.stages import plot_infos
from metkasekor_desktop.storage.project import Project


@pytest.fixture
def records(demo_project):
    with Project.open(demo_project) as project:
        yield project, (plot_infos(project.plots.load_table()), project.plans.list(),
                        project.practices.list(), project.seasons.list())


def make_dialog(project, qtbot, language: str = "en"):
    from metkasekor_desktop.ui.diffusion_dialog import DiffusionDialog

    dialog = DiffusionDialog(project, language)
    qtbot.addWidget(dialog)
    return dialog


def hand_cumulative(project, district: str) -> dict[int, int]:
    """Farmers of the district's farmer fields who have adopted (a CA practice done) by
    each year, counted from the records without the analysis."""
    table = project.plots.load_table()
    fields = {int(i): f for i, f, role, code in zip(table.ids, table.farmer_ids, table.roles,
                                                     table.village_codes, strict=True)
              if str(role) == "farmer_field" and f is not None
              and str(code or "").startswith(district)}
    ca = {p.id for p in project.practices.list() if p.is_ca}
    year = {s.id: s.year for s in project.seasons.list()}
    first: dict[int, int] = {}
    for plan in project.plans.list():
        if (plan.plot_id in fields and str(plan.status) == "done"
                and any(pp.practice_id in ca for pp in plan.practices)):
            farmer = fields[plan.plot_id]
            first[farmer] = min(first.get(farmer, 9999), year[plan.season_id])
    done_years = [year[p.season_id] for p in project.plans.list() if str(p.status) == "done"]
    years = sorted(y for y in set(year.values()) if y <= max(done_years))
    return {y: sum(1 for f in first.values() if f <= y) for y in years}


def test_opens_on_the_area_with_most_adopters_and_draws_its_series(records, qtbot, english):
    project, (plots, plans, practices, seasons) = records
    dialog = make_dialog(project, qtbot)
    results = diffusion(plots, plans, practices, seasons, level="district")
    most = max(results, key=lambda r: r.uptake.observed_years()[1][-1])
    assert dialog.level.currentData() == "district"
    assert dialog.area.currentData() == most.uptake.area == "0207"
    assert "Rotaknak Mundul" in dialog.area.currentText()
    # the bars are the analysis' cumulative adopters, and a count over the records
    years, cumulative = most.uptake.observed_years()
    assert dialog.chart.observed == (years, cumulative)
    hand = hand_cumulative(project, "0207")
    assert dialog.chart.observed == (list(hand), list(hand.values()))
    assert cumulative[-1] > cumulative[0] > 0
    # the fit: solid over the data, dashed beyond, the band around it
    fit = dialog.current().fit
    assert fit.identifiable
    assert dialog.chart.fitted[1] == [c.fitted for c in fit.curve if c.year <= years[-1]]
    assert dialog.chart.projected[0][0] == years[-1] and len(dialog.chart.projected[0]) > 5
    assert all(lo <= hi for lo, hi in zip(*dialog.chart.band[1:], strict=True))
    text = dialog.summary.text()
    assert f"p = {fit.p:.3f} (standard error {fit.p_se:.3f})" in text
    # the demo's stored target population of the district is the market potential
    assert project.targets.by_code("0207").households == 111
    assert fit.market_potential == 111 and fit.market_source == "target population"
    assert "Market potential: 111 farm households (the target population)." in text
    assert f"expected in {dialog.current().tipping.year}" in text
    assert dialog.chart.tipping_y == pytest.approx(0.16 * fit.market_potential)
    assert "16 % of 111" in dialog.chart.tipping_label()
    assert dialog.targets_button.text() == "Target populations: 15 areas"
    # without target populations the register's farmers are the market, said as such
    from metkasekor_desktop.ui.diffusion_dialog import DiffusionDialog

    bare = DiffusionDialog(project, "en", targets={})
    qtbot.addWidget(bare)
    text = bare.summary.text()
    assert "farmers in the register" in text and "tipping point earlier" in text
    assert "passed in 2023" in text
    assert "16 % of 22" in bare.chart.tipping_label()


def test_an_area_the_model_cannot_fit_shows_its_data_and_why(records, qtbot, english):
    project, _ = records
    dialog = make_dialog(project, qtbot)
    assert dialog.set_area("0210")
    result = dialog.current()
    assert not result.fit.identifiable
    assert dialog.chart.observed == result.uptake.observed_years()
    assert dialog.chart.fitted == ([], []) and dialog.chart.band == ([], [], [])
    assert "No model fitted: Too few seasons to say: 2 year(s)" in dialog.summary.text()
    dialog.set_level("commune")
    assert dialog.set_area("130502")  # nobody has adopted there
    assert "No farmer has adopted yet" in dialog.summary.text()
    assert "too few seasons to say." in dialog.summary.text()


def test_the_threshold_moves_the_tipping_line(records, qtbot, english):
    project, _ = records
    dialog = make_dialog(project, qtbot)
    m = dialog.current().fit.market_potential
    before = dialog.chart.tipping_y
    dialog.threshold.setValue(60.0)
    assert dialog.chart.tipping_y == pytest.approx(0.6 * m) != before
    assert f"60 % of {m:g}" in dialog.chart.tipping_label()
    tipping = dialog.current().tipping
    assert tipping.threshold == pytest.approx(0.6) and not tipping.passed
    assert f"expected in {tipping.year}" in dialog.summary.text()
    assert all(r.tipping.threshold == pytest.approx(0.6) for r in dialog.results)


def test_distance_bands_tab(records, qtbot, english):
    project, _ = records
    dialog = make_dialog(project, qtbot)
    table = dialog.bands_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Season", "0–1 km", "1–3 km", "3–5 km", "over 5 km"]
    shown = dialog._band_shares()
    first = shown[0]
    assert table.item(0, 1).text() == f"{first.share:.0%} ({first.adopters} of {first.fields})"
    assert table.rowCount() == len({r.season_id for r in shown}) > 0
    assert "demonstration plots" in dialog.bands_note.text()


def test_export_writes_the_rows_of_the_analysis(records, qtbot, english, tmp_path):
    from openpyxl import load_workbook

    project, (plots, plans, practices, seasons) = records
    dialog = make_dialog(project, qtbot)
    headers, rows = diffusion_rows(diffusion(plots, plans, practices, seasons))
    out = dialog.export_to(tmp_path / "diffusion.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    assert written[0] == headers
    assert len(written) == 1 + len(rows)
    assert [r[:3] for r in written[1:]] == [[str(c) if c is not None else "" for c in r[:3]]
                                            for r in rows]
    book = load_workbook(dialog.export_to(tmp_path / "diffusion.xlsx"))
    assert book.sheetnames == ["Diffusion", "Distance bands"]
    assert book["Diffusion"].max_row == 1 + len(rows)
    assert book["Distance bands"].max_row == 1 + len(dialog.band_rows())


def test_khmer_dialog_and_picture(records, qtbot, khmer, tmp_path):
    project, _ = records
    dialog = make_dialog(project, qtbot, "kh")
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "រតនមណ្ឌល" in dialog.area.currentText()
    year = str(dialog.current().tipping.year)
    assert "ចំណុចរបត់" in dialog.summary.text() and year in dialog.summary.text()
    assert dialog.tabs.tabText(1) == "តាមចម្ងាយពីក្បាលដីសាកល្បងបង្ហាញ"
    picture = dialog.grab()
    assert picture.save(str(tmp_path / "diffusion_km.png"))
    assert picture.width() >= 900


def test_the_register_menu_opens_it(window, monkeypatch):
    from metkasekor_desktop.ui.diffusion_dialog import DiffusionDialog

    opened = []

    def fake_exec(dialog):
        opened.append((dialog.area.currentData(), dialog.chart.observed))
        return 0

    monkeypatch.setattr(DiffusionDialog, "exec", fake_exec)
    action = window.register.diffusion_action
    register_menu = next(a.menu() for a in window.menuBar().actions()
                         if a.menu() is not None and action in a.menu().actions())
    assert window.register.adoption_action in register_menu.actions()
    action.trigger()
    assert len(opened) == 1
    area, (years, cumulative) = opened[0]
    assert len(area) == 4 and cumulative and cumulative[-1] > 0


def test_target_populations_from_a_table_become_the_market_potential(
        records, qtbot, english, tmp_path):
    """A table of farm households per district refits with them as m (labelled as the
    target population); a bad table is refused with the row named and changes nothing."""
    from metkasekor_desktop.domain.errors import DomainError

    project, _data = records
    dialog = make_dialog(project, qtbot)
    table = tmp_path / "households.csv"
    table.write_text("area,households\n0207,1200\n", encoding="utf-8")
    assert dialog.load_targets(table) == 1
    assert dialog.set_area("0207")
    fit = dialog.current().fit
    assert fit.market_potential == 1200 and fit.market_source == "target population"
    assert "1,200" in dialog.summary.text() or "1200" in dialog.summary.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("area,households\n0207,many\n", encoding="utf-8")
    with pytest.raises(DomainError, match="row 2"):
        dialog.load_targets(bad)
    assert dialog.targets == {"0207": 1200.0}  # kept as they were
    # the table is stored in the project in place of the demo's: the next window has it
    assert project.targets.as_dict() == {"0207": 1200.0}
    assert project.targets.by_code("0207").source == "households.csv"
    assert dialog.targets_button.text() == "Target populations: 1 areas"


def test_the_targets_button_opens_the_list_and_fits_again_after(records, qtbot, english,
                                                                 monkeypatch):
    """The button opens Register > Target populations (modal); what it holds when it
    closes is the market potential."""
    from metkasekor_desktop.ui.target_populations_dialog import TargetPopulationsDialog

    project, _data = records
    dialog = make_dialog(project, qtbot)
    assert dialog.set_area("0207")
    opened = []

    def fake_exec(targets_dialog):
        opened.append([r.area_code for r in targets_dialog.records])
        assert targets_dialog.edit_target(targets_dialog.records[0], 500, "Census") is None
        return 0

    monkeypatch.setattr(TargetPopulationsDialog, "exec", fake_exec)
    dialog.targets_button.click()
    assert opened and opened[0][0] == "0207" and len(opened[0]) == 15
    assert dialog.targets["0207"] == 500
    assert dialog.area.currentData() == "0207"  # the area chosen stays
    assert dialog.current().fit.market_potential == 500
