"""Register > Service market: the years table is analysis.market's for the chosen area
(and SQL over the file), the farmer-fields box changes it as the analysis says, the
export is market_rows, the Register menu opens it, and it is readable in Khmer."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing

import pytest

from metkasekor_desktop.analysis.market import market, market_rows
from metkasekor_desktop.analysis.stages import plot_infos
from metkasekor_desktop.io.table_export import csv_cell
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.market_dialog import MarketDialog, growth_text, riel

_DELIVERED = """
    SELECT se.year, count(*) FROM plan_practices pp
    JOIN plot_season_plans s ON s.id = pp.plan_id
    JOIN seasons se ON se.id = s.season_id
    JOIN plots p ON p.fid = s.plot_id
    WHERE s.status = 'done' AND pp.provider_id IS NOT NULL AND substr(p.village_code, 1, 4) = ?
    GROUP BY se.year"""


def _analysis(project, level="district", farmer_fields_only=False):
    return market(plot_infos(project.plots.load_table()), project.plans.list(),
                  project.practices.list(), project.seasons.list(), level,
                  farmer_fields_only=farmer_fields_only)


def _cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _year_cells(y):
    s = y.sales
    repeat = str(y.repeat_customers) if y.repeat_share is None else \
        f"{y.repeat_customers} ({y.repeat_share:.0%})"
    return [str(y.year), str(y.providers), str(s.deliveries), f"{s.hectares:.2f}",
            str(s.farmers), riel(s.fees_riel), str(s.deliveries_without_fee),
            str(y.planned), "" if y.new_providers is None else str(y.new_providers),
            repeat, growth_text(y.growth("deliveries")), growth_text(y.growth("hectares"))]


@pytest.fixture
def opened(demo_project, qtbot, english):
    with Project.open(demo_project) as project:
        dialog = MarketDialog(project, "en")
        qtbot.addWidget(dialog)
        yield dialog, project


def test_years_table_is_the_analysis_and_the_file(opened, demo_project):
    dialog, project = opened
    dialog.set_area("0207")
    assert dialog.area_code() == "0207"
    assert "(0207)" in dialog.area.currentText()
    expected = [y for y in _analysis(project).years if y.area == "0207"]
    assert len(expected) >= 2 and dialog.years_table.rowCount() == len(expected)
    for r, y in enumerate(expected):
        assert _cells(dialog.years_table, r) == _year_cells(y)
    assert _cells(dialog.years_table, 0)[10] == ""  # no growth in the first year
    with closing(sqlite3.connect(demo_project)) as con:
        want = dict(con.execute(_DELIVERED, ("0207",)).fetchall())
    got = {int(dialog.years_table.item(r, 0).text()): int(dialog.years_table.item(r, 2).text())
           for r in range(dialog.years_table.rowCount())}
    assert {y: n for y, n in got.items() if n} == want and want
    assert "bookings" in dialog.note.text()
    # the provider table adds up to the year's deliveries
    per_provider = sum(int(dialog.providers_table.item(r, 3).text())
                       for r in range(dialog.providers_table.rowCount()))
    assert per_provider == sum(want.values())


def test_farmer_fields_only_changes_figures_as_the_analysis_says(opened):
    dialog, project = opened
    dialog.set_area("0207")
    everything = [y for y in _analysis(project).years if y.area == "0207"]
    dialog.farmer_fields.setChecked(True)
    assert dialog.area_code() == "0207"
    farmers_only = [y for y in _analysis(project, farmer_fields_only=True).years
                    if y.area == "0207"]
    assert dialog.years() == farmers_only
    for r, y in enumerate(farmers_only):
        assert _cells(dialog.years_table, r) == _year_cells(y)
    assert sum(y.sales.deliveries for y in farmers_only) < \
        sum(y.sales.deliveries for y in everything)


def test_levels_and_export_csv_is_market_rows(opened, tmp_path):
    dialog, project = opened
    dialog.set_level("province")
    assert len(dialog.area_code()) == 2
    dialog.set_level("all")
    assert dialog.area_code() == "all" and dialog.area.count() == 1
    dialog.set_level("district")
    dialog.farmer_fields.setChecked(True)
    out = dialog.export_to(tmp_path / "market.csv")
    headers, rows = market_rows(_analysis(project, farmer_fields_only=True),
                                project.providers.list(), project.seasons.list())
    with open(out, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == headers and len(table) == len(rows) + 1 and rows
    assert table[1:] == [[csv_cell(v) for v in row] for row in rows]
    assert dialog.export_to(tmp_path / "market.xlsx").stat().st_size > 0


def test_the_register_menu_opens_it(window, monkeypatch):
    opened = []

    def fake_exec(dialog):
        opened.append((dialog.area_code(), dialog.years_table.rowCount()))
        return 0

    monkeypatch.setattr(MarketDialog, "exec", fake_exec)
    action = window.register.market_action
    register_menu = next(a.menu() for a in window.menuBar().actions()
                         if a.menu() is not None and action in a.menu().actions())
    assert window.register.diffusion_action in register_menu.actions()
    action.trigger()
    assert len(opened) == 1 and len(opened[0][0]) == 4 and opened[0][1] > 0


def test_screenshots_in_english_and_khmer(demo_project, qtbot, english, tmp_path):
    from metkasekor_desktop.ui.language import install_translators

    with Project.open(demo_project) as project:
        dialog = MarketDialog(project, "en")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.grab().save(str(tmp_path / "market_en.png"))
        install_translators(english, "km")
        khmer = MarketDialog(project, "kh")
        qtbot.addWidget(khmer)
        khmer.show()
        assert khmer.windowTitle() != "Service market"
        assert khmer.years_table.horizontalHeaderItem(2).text() != "Deliveries"
        assert "(" in khmer.area.currentText()
        picture = khmer.grab()
        assert picture.save(str(tmp_path / "market_km.png"))
        assert picture.width() >= 900
