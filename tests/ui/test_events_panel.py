"""The events panel: add, edit and delete events through the dialog; undo restores them;
the stage row shows how far the selected site has come."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from metkasekor_desktop.analysis.stages import plot_infos, sites
from metkasekor_desktop.domain.enums import Stage
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.event_dialog import EventDialog, stage_label
from metkasekor_desktop.ui.events_panel import EventsPanel


@pytest.fixture
def bound(session, qtbot):
    panel = EventsPanel()
    qtbot.addWidget(panel)
    panel.set_project(session.project, session.stack, "en")
    panel.show()
    yield panel, session.project, session.stack
    panel.set_project(None, None)


def cell(panel: EventsPanel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return panel.table.model().index(row, column).data(role)


def a_site(project, before_last_stage: bool = False):
    """A site with a control plot (one not yet at the last stage when asked)."""
    events = project.events.list()
    for s in sites(plot_infos(project.plots.load_table())):
        reached = [list(Stage).index(e.stage) for e in events
                   if set(e.plot_ids) & set(s.plot_ids)]
        if s.control_id is not None and (
                not before_last_stage or max(reached, default=-1) < len(Stage) - 1):
            return s, reached
    raise AssertionError("the demo project has no such site")


def fill_and_accept(fill):
    def fake_exec(dialog: EventDialog) -> int:
        fill(dialog)
        return QDialog.DialogCode.Accepted
    return fake_exec


def test_add_edit_delete_through_dialog_and_undo(bound, monkeypatch):
    panel, project, stack = bound
    site, reached = a_site(project)
    panel.show_site(site.control_id)
    assert len(panel.shown_events()) == len(reached)
    before = len(project.events.list())

    def fill(dialog: EventDialog) -> None:
        assert set(dialog.checked_plot_ids()) == set(site.plot_ids)  # pre-checked
        dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.FIELD_SHOWCASE.value))
        dialog.date.setDate(QDate(2025, 7, 3))
        dialog.place.setText("ផ្ទះមេភូមិ")
        dialog.women.setValue(12)
        dialog.men.setValue(9)

    monkeypatch.setattr(EventDialog, "exec", fill_and_accept(fill))
    assert panel.add_event()
    events = project.events.list()
    assert len(events) == before + 1
    added = next(e for e in events if e.place == "ផ្ទះមេភូមិ")
    assert (added.stage, added.event_date, added.women, added.men) == (
        Stage.FIELD_SHOWCASE, date(2025, 7, 3), 12, 9)
    assert set(added.plot_ids) == set(site.plot_ids)
    row = [e.id for e in panel.shown_events()].index(added.id)
    assert len(panel.shown_events()) == len(reached) + 1
    assert cell(panel, row, 7) == "21"
    assert cell(panel, row, 2) == "ផ្ទះមេភូមិ"

    panel.table.selectRow(row)
    monkeypatch.setattr(EventDialog, "exec", fill_and_accept(
        lambda d: (d.men.setValue(20), d.notes.setPlainText("rain"))))
    assert panel.edit_selected()
    edited = project.events.get(added.id)
    assert (edited.men, edited.notes, edited.women) == (20, "rain", 12)

    panel.table.selectRow([e.id for e in panel.shown_events()].index(added.id))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_selected()
    assert project.events.get(added.id) is None
    assert len(panel.shown_events()) == len(reached)

    stack.undo()  # the delete
    assert project.events.get(added.id).men == 20
    assert len(panel.shown_events()) == len(reached) + 1
    stack.undo()  # the edit
    assert project.events.get(added.id).men == 9
    stack.undo()  # the add
    assert project.events.get(added.id) is None
    assert len(project.events.list()) == before


def test_cancelled_dialog_changes_nothing(bound, monkeypatch):
    panel, project, stack = bound
    monkeypatch.setattr(EventDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    before = len(project.events.list())
    assert not panel.add_event()
    assert len(project.events.list()) == before and not stack.can_undo


def test_stage_row_shows_furthest_stage_of_site(bound):
    panel, project, stack = bound
    site, reached = a_site(project, before_last_stage=True)
    panel.show_site(site.demonstration_id)
    stages = list(Stage)
    furthest = stages[max(reached)] if reached else None
    assert panel.stage_row.furthest == furthest
    steps = panel.stage_row.steps
    assert [steps[s].property("reached") for s in stages] == [
        i in reached for i in range(len(stages))]

    stack.push(SaveRecord("events", ExtensionEvent(
        stage=Stage.PROMOTIONAL_MEETING, event_date=date(2025, 1, 1),
        plot_ids=(site.control_id,))))  # through the control plot
    assert panel.stage_row.furthest == Stage.PROMOTIONAL_MEETING
    assert steps[Stage.PROMOTIONAL_MEETING].property("reached")
    assert stage_label(Stage.PROMOTIONAL_MEETING) in panel.site_label.text()
    stack.undo()
    assert panel.stage_row.furthest == furthest


def test_hidden_panel_reads_changes_when_shown(bound):
    panel, project, stack = bound
    panel.hide()
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    before = len(panel.shown_events())
    stack.push(SaveRecord("events", ExtensionEvent(
        stage=Stage.ANNUAL_MEETING, event_date=date(2025, 2, 1))))
    assert len(panel.shown_events()) == before
    panel.show()
    assert len(panel.shown_events()) == before + 1


def test_plot_outside_any_site_shows_no_stage(bound):
    panel, project, _stack = bound
    table = plot_infos(project.plots.load_table())
    in_sites = {i for s in sites(table) for i in s.plot_ids}
    lone = next(p for p in table if p.id not in in_sites)
    panel.show_site(lone.id)
    assert panel.stage_row.furthest is None
    assert lone.code in panel.site_label.text()


def test_scope_all_lists_every_event(bound):
    panel, project, _stack = bound
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    assert len(panel.shown_events()) == len(project.events.list()) > 0
    # The events read as columns are the repository's events, field for field.
    assert sorted(panel.shown_events(), key=lambda e: e.id) == project.events.list()
    assert [e.version for e in sorted(panel.shown_events(), key=lambda e: e.id)] == [
        e.version for e in project.events.list()]
    panel.scope.setCurrentIndex(panel.scope.findData("site"))
    panel.show_site(None)
    assert panel.shown_events() == []


def test_dialog_search_and_invalid_values(qtbot, monkeypatch):
    dialog = EventDialog([(1, "BTB-001 — Sok"), (2, "BTB-002 — Dara")], "en")
    qtbot.addWidget(dialog)
    dialog.search.setText("dara")
    assert [dialog.plots.item(i).isHidden() for i in range(2)] == [True, False]
    dialog.set_checked_plot_ids([2])
    assert dialog.entered_event().plot_ids == (2,)
    event = ExtensionEvent(id=5, stage=Stage.ANNUAL_MEETING, event_date=date(2024, 3, 2),
                           village_code=None, plot_ids=(1,), women=3, men=4)
    again = EventDialog([(1, "BTB-001")], "en", event)
    qtbot.addWidget(again)
    shown = again.entered_event()
    assert (shown.id, shown.stage, shown.event_date, shown.plot_ids, shown.women,
            shown.men) == (5, Stage.ANNUAL_MEETING, date(2024, 3, 2), (1,), 3, 4)
    assert again.total.text() == "7"


def test_adoption_dialog_shows_and_exports_the_summary(demo_project, qtbot, tmp_path):
    import csv

    from openpyxl import load_workbook

    from metkasekor_desktop.analysis.adoption import adoption_summary, same_season_last_year
    from metkasekor_desktop.ui.adoption_dialog import AdoptionDialog
    from tests.analysis.adoption_records import add_farmer_field_plans

    with Project.open(demo_project) as project:
        add_farmer_field_plans(project)
        dialog = AdoptionDialog(project, "kh")
        qtbot.addWidget(dialog)
        seasons = project.seasons.list()
        expected = adoption_summary(
            plot_infos(project.plots.load_table()), project.plans.list(),
            project.farmers.list(), project.practices.list(), dialog.season.currentData(),
            same_season_last_year(seasons, dialog.season.currentData()), "0207")
    dialog.set_area("0207")
    assert dialog.area_code() == "0207"
    total = expected.total.current
    assert total.plots > 0
    headers, rows = dialog.export_rows()
    total_row = rows[len(expected.rows)]
    assert total_row[1:7] == [total.plots, round(total.hectares, 4), total.farmers,
                              total.women, total.men, expected.total.planned.plots]
    assert dialog.table.item(len(expected.rows), 1).text() == str(total.plots)
    assert f"{total.women}" in dialog.adopters.text()
    khmer_name = expected.rows[0].practice.name_kh
    assert rows[0][0] == khmer_name

    out_csv = dialog.export_to(tmp_path / "adoption.csv")
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out_csv, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[1][0] == khmer_name and table[0] == headers
    out_xlsx = dialog.export_to(tmp_path / "adoption.xlsx")
    values = list(load_workbook(out_xlsx).active.iter_rows(values_only=True))
    assert values[1 + len(expected.rows)][1] == total.plots


def _hand_adoption(project, season_id):
    """Farmer fields with a CA practice done / only planned in the season, by hand."""
    roles = {int(i): str(r) for i, r in zip(project.plots.load_table().ids,
                                            project.plots.load_table().roles, strict=True)}
    ca = {p.id for p in project.practices.list() if p.is_ca}
    done, planned = set(), set()
    for plan in project.plans.list():
        if plan.season_id != season_id or roles[plan.plot_id] != "farmer_field":
            continue
        if not any(item.practice_id in ca for item in plan.practices):
            continue
        if str(plan.status) == "done":
            done.add(plan.plot_id)
        elif str(plan.status) == "planned":
            planned.add(plan.plot_id)
    return len(done), len(planned)


def test_adoption_dialog_opens_on_the_latest_season_with_done_plans(
        demo_project, qtbot, english):
    """The demo's latest planned season (2024 main wet) has no plan done: the dialog
    opens on 2024 early wet, shows done adoption and the planned plots apart and
    compares with 2023 early wet, the same season a year earlier."""
    from metkasekor_desktop.ui.adoption_dialog import AdoptionDialog
    from tests.analysis.adoption_records import add_farmer_field_plans

    with Project.open(demo_project) as project:
        add_farmer_field_plans(project)
        seasons = {s.id: s for s in project.seasons.list()}
        dialog = AdoptionDialog(project, "en")
        qtbot.addWidget(dialog)
        chosen = seasons[dialog.season.currentData()]
        assert (chosen.year, chosen.kind) == (2024, "early_wet")
        # by hand: the latest season with a plan marked done on a farmer field
        done_seasons = [seasons[p.season_id] for p in project.plans.list()
                        if str(p.status) == "done"]
        assert chosen.sort_key == max(s.sort_key for s in done_seasons)
        done, planned = _hand_adoption(project, chosen.id)
        previous = next(s for s in seasons.values()
                        if s.kind == chosen.kind and s.year == chosen.year - 1)
        done_before, _ = _hand_adoption(project, previous.id)
    assert done > done_before > 0 and planned >= 3  # the demo's uptake, and plans added
    headers, rows = dialog.export_rows()
    total = rows[[r[0] for r in rows].index("All CA practices (each plot once)")]
    assert headers[6] == "Planned plots"
    assert total[1] == done and total[6] == planned
    assert total[headers.index("Change in plots")] == done - done_before
    assert previous.name in dialog.compared.text()
    assert "farmer fields with a CA practice done" in dialog.definition.text()
    assert f"{planned} plots" in dialog.adopters.text()
    # the previous year's early wet season: nothing before it to compare with
    dialog.season.setCurrentIndex(dialog.season.findData(previous.id))
    assert dialog.summary.previous_season_id is not None
    first = next(s for s in seasons.values() if (s.year, s.kind) == (2022, "early_wet"))
    dialog.season.setCurrentIndex(dialog.season.findData(first.id))
    assert dialog.summary.previous_season_id is None
    assert dialog.summary.total.change_plots is None


def test_adoption_dialog_on_the_demo_alone_opens_on_a_season_with_done_plans(
        demo_project, qtbot):
    """The demo alone: its farmers near the demonstration plots have taken up CA, done
    up to 2024 early wet and only planned in 2024 main wet; the dialog opens on 2024
    early wet, whose adoption is a hand count of the farmer fields, and shows no
    planned plot there."""
    from metkasekor_desktop.ui.adoption_dialog import AdoptionDialog

    with Project.open(demo_project) as project:
        seasons = {s.id: s for s in project.seasons.list()}
        dialog = AdoptionDialog(project, "en")
        qtbot.addWidget(dialog)
        chosen = seasons[dialog.season.currentData()]
        done, planned = _hand_adoption(project, chosen.id)
    assert (chosen.year, chosen.kind) == (2024, "early_wet")
    assert dialog.summary.total.current.plots == done > 0
    assert dialog.summary.total.planned.plots == planned == 0


def test_thousands_of_events_fill_a_model_over_columns_that_sorts_and_selects(
        session, qtbot):
    from PySide6.QtCore import QAbstractTableModel, QPoint
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableWidget

    project, stack = session.project, session.stack
    plot_ids = [int(i) for i in session.layer.table.ids]
    stages = list(Stage)
    project.events.add_many([ExtensionEvent(
        stage=stages[i % len(stages)], event_date=date(2020, 1, 1 + i % 28),
        place=f"Place {i:04d}", village_code="02070101" if i % 2 else None,
        plot_ids=(plot_ids[i % len(plot_ids)],), women=i % 37, men=i % 11)
        for i in range(5_000)])
    total = project.events.count()
    panel = EventsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    panel.set_project(project, stack, "en")
    panel.show()

    model = panel.table.model()
    assert isinstance(model, QAbstractTableModel)
    assert not isinstance(model, QStandardItemModel)
    assert not isinstance(panel.table, QTableWidget)  # no item per cell anywhere
    assert model.rowCount() == total >= 5_000 and model.columnCount() == 9
    shown = panel.shown_events()
    assert [(e.event_date, e.id) for e in shown] == sorted(
        ((e.event_date, e.id) for e in shown), reverse=True)  # latest first

    # Numbers are aligned right; the village's tooltip names the whole place.
    row = panel.shown_ids().index(next(e.id for e in shown if e.village_code))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert [cell(panel, row, c, Qt.ItemDataRole.TextAlignmentRole) == right
            for c in range(9)] == [False] * 5 + [True] * 3 + [False]
    assert "Battambang" in cell(panel, row, 3, Qt.ItemDataRole.ToolTipRole)
    assert cell(panel, row, 7) == str(shown[row].attendance)

    # Selected by record id: the selection stays on its event through a sort and a
    # reread after a change elsewhere.
    chosen = shown[1234].id
    assert panel.select_event(chosen) and panel.selected_event().id == chosen
    assert panel.edit_button.isEnabled()
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(5) + header.sectionSize(5) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))  # sort by Women
    women = [int(cell(panel, r, 5)) for r in range(model.rowCount())]
    assert women in (sorted(women), sorted(women, reverse=True))
    assert header.sortIndicatorSection() == 5
    assert panel.selected_id() == chosen
    assert int(cell(panel, panel.table.currentIndex().row(), 5)) == shown[1234].women
    stack.push(SaveRecord("events", ExtensionEvent(
        stage=Stage.ANNUAL_MEETING, event_date=date(2025, 2, 1))))
    assert model.rowCount() == total + 1 and panel.selected_id() == chosen

    # Only the selected site's events when asked; a selection not shown any more goes.
    panel.show_site(plot_ids[0])
    site = set(panel.site_plot_ids())
    elsewhere = next(e.id for e in shown if not site & set(e.plot_ids))
    assert panel.select_event(elsewhere)
    panel.scope.setCurrentIndex(panel.scope.findData("site"))
    assert panel.shown_ids() == [e.id for e in panel.shown_events()]
    assert sorted(panel.shown_ids()) == sorted(
        e.id for e in project.events.list() if site & set(e.plot_ids))
    assert panel.selected_id() is None and not panel.edit_button.isEnabled()
    panel.set_project(None, None)


def test_a_season_whose_plans_are_not_done_shows_no_change(demo_project, qtbot, english):
    """2024 main wet is only planned in the demo: its adoption is not known yet, so the
    dialog shows no change (not a drop to zero) and says why; the planned plots show."""
    from metkasekor_desktop.ui.adoption_dialog import AdoptionDialog

    with Project.open(demo_project) as project:
        seasons = {s.name: s.id for s in project.seasons.list()}
        dialog = AdoptionDialog(project, "en")
        qtbot.addWidget(dialog)
        dialog.season.setCurrentIndex(dialog.season.findData(seasons["2024 main wet"]))
        _done, planned = _hand_adoption(project, seasons["2024 main wet"])
    total = dialog.summary.total
    assert total.current.plots == 0 and total.planned.plots == planned > 0
    assert total.previous is not None and total.change_plots is None
    assert "no plan of this season is done yet" in dialog.compared.text()


def test_adoption_dialog_says_the_share_of_the_target_population(demo_project, qtbot):
    """Adopting farmers of a district over its stored farm households (SQL over the
    file); with no target stored, the register's farmers of the area, and it says so."""
    import sqlite3

    from metkasekor_desktop.ui.adoption_dialog import AdoptionDialog

    with Project.open(demo_project) as project:
        dialog = AdoptionDialog(project, "en")
        qtbot.addWidget(dialog)
        dialog.set_area("0207")
        farmers = dialog.summary.total.current.farmers
    with sqlite3.connect(demo_project) as con:
        (households,) = con.execute("SELECT households FROM target_populations "
                                    "WHERE area_code = '0207'").fetchone()
        con.execute("DELETE FROM target_populations")
    assert farmers > 0
    assert (f"That is {farmers / households:.1%} of the target population "
            f"({households:,.0f} farm households)") in dialog.adopters.text()
    with Project.open(demo_project) as project:
        dialog = AdoptionDialog(project, "en")
        qtbot.addWidget(dialog)
        dialog.set_area("0207")
    assert "farmers of the register here (no target population is entered" in \
        dialog.adopters.text()


KINDS = ("attendance_farmers", "attendance_cooperatives", "attendance_service_providers",
         "attendance_companies")


def test_dialog_shows_and_saves_the_attendance_by_kind(bound, qtbot, monkeypatch):
    panel, project, _stack = bound
    event = ExtensionEvent(id=5, stage=Stage.ANNUAL_MEETING, event_date=date(2024, 3, 2),
                           women=3, men=4, attendance_farmers=6, attendance_companies=1)
    dialog = EventDialog([(1, "BTB-001")], "en", event)
    qtbot.addWidget(dialog)
    assert dialog.kinds_group.title() == "Attendance by kind"
    assert [dialog.kinds[k].value() for k in KINDS] == [6, 0, 0, 1]
    dialog.kinds["attendance_cooperatives"].setValue(2)
    shown = dialog.entered_event()
    assert [getattr(shown, k) for k in KINDS] == [6, 2, 0, 1]
    assert (shown.women, shown.men) == (3, 4)

    def fill(d: EventDialog) -> None:
        d.place.setText("សាលាឃុំ")
        d.women.setValue(5)
        for box, value in zip(d.kinds.values(), (7, 1, 2, 3), strict=True):
            box.setValue(value)

    monkeypatch.setattr(EventDialog, "exec", fill_and_accept(fill))
    assert panel.add_event()
    added = next(e for e in project.events.list() if e.place == "សាលាឃុំ")
    assert [getattr(added, k) for k in KINDS] == [7, 1, 2, 3] and added.women == 5


def test_an_edit_through_the_panel_keeps_the_attendance_by_kind(bound, monkeypatch):
    panel, project, _stack = bound
    event = ExtensionEvent(stage=Stage.ANNUAL_MEETING, event_date=date(2024, 3, 2),
                           place="ផ្ទះ", women=3, attendance_farmers=6)
    project.events.add(event)
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    panel.refresh()
    row = [e.id for e in panel.shown_events()].index(event.id)
    panel.table.selectRow(row)
    monkeypatch.setattr(EventDialog, "exec", fill_and_accept(lambda d: d.men.setValue(2)))
    assert panel.edit_selected()
    assert project.events.get(event.id).attendance_farmers == 6
