"""Register > Target populations: the stored farm households per area, listed with their
names; a table imported in their place (after saying what it would do); single rows
added, changed and deleted through the repository, with refusals said in the window."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.target_populations_dialog import (
    TargetForm,
    TargetPopulationsDialog,
    area_name,
)


@pytest.fixture
def project(demo_project):
    with Project.open(demo_project) as opened:
        yield opened


def make_dialog(project, qtbot, language: str = "en") -> TargetPopulationsDialog:
    dialog = TargetPopulationsDialog(project, language)
    qtbot.addWidget(dialog)
    return dialog


def cells(dialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def agree(source: str, summary) -> str:  # noqa: ANN001 - confirm(source, summary)
    agree.shown = summary(source)  # type: ignore[attr-defined]
    return source


def test_lists_the_demo_targets_by_code_with_names_and_levels(project, qtbot, english):
    dialog = make_dialog(project, qtbot)
    stored = project.targets.list()
    assert dialog.table.rowCount() == len(stored) == 15
    codes = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert codes == sorted(t.area_code for t in stored)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Code", "Area", "Level", "Farm households", "Source"]
    assert cells(dialog, 0) == ["0207", "Rotaknak Mundul", "District", "111",
                                "Demo: commune database (made up)"]
    commune = codes.index("020702")
    assert cells(dialog, commune)[1] == area_name("020702", "en") != ""
    assert cells(dialog, commune)[2] == "Commune"
    assert "tipping point is 16 %" in dialog.intro.text()
    assert "market potential" in dialog.intro.text()
    # Khmer names for a Khmer user
    khmer = make_dialog(project, qtbot, "kh")
    assert khmer.table.item(0, 1).text() == "រតនមណ្ឌល"


def test_importing_a_table_says_what_it_does_and_replaces_the_list(project, qtbot, english,
                                                                   tmp_path):
    dialog = make_dialog(project, qtbot)
    table = tmp_path / "census 2024.csv"
    table.write_text("code,households\n0207,111\n0210,80\n02070203,12\n", encoding="utf-8")
    asked = []

    def confirm(source, summary):  # noqa: ANN001, ANN202
        asked.append((source, summary(source), summary("Demo: commune database (made up)")))
        return "Census 2024"

    outcome = dialog.import_file(table, confirm)
    source, text, same_source = asked[0]
    assert source == "census 2024.csv"  # the file name, editable
    assert text.startswith("Replacing the list with this table: 1 added, 2 changed, 13 "
                           "removed, 0 the same.\nRemoved: 020702, 020703, ")
    assert text.endswith(", …")
    assert "1 added, 1 changed, 13 removed, 1 the same" in same_source
    assert outcome is not None and outcome.added == ("02070203",)
    assert set(outcome.updated) == {"0207", "0210"} and len(outcome.deleted) == 13
    assert project.targets.as_dict() == {"0207": 111.0, "02070203": 12.0, "0210": 80.0}
    assert {t.source for t in project.targets.list()} == {"Census 2024"}
    assert dialog.table.rowCount() == 3
    assert cells(dialog, 1)[2] == "Village" and cells(dialog, 1)[1] != ""
    assert "Imported: 1 added, 2 changed, 13 removed, 0 the same." in dialog.message.text()
    # cancelled: nothing changes
    table.write_text("code,households\n0207,5\n", encoding="utf-8")
    assert dialog.import_file(table, lambda source, summary: None) is None
    assert project.targets.as_dict()["0207"] == 111.0


def test_a_bad_table_is_refused_naming_the_row_and_changes_nothing(project, qtbot, english,
                                                                   tmp_path):
    dialog = make_dialog(project, qtbot)
    before = project.targets.as_dict()
    bad = tmp_path / "bad.csv"
    bad.write_text("area,households\n0207,100\n0210,many\n", encoding="utf-8")
    asked = []
    assert dialog.import_file(bad, lambda s, summary: asked.append(s) or s) is None
    assert asked == []  # refused before asking
    assert "row 3" in dialog.message.text() and "nothing changed" in dialog.message.text()
    assert project.targets.as_dict() == before
    assert dialog.table.rowCount() == len(before)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("place,count\n0207,100\n", encoding="utf-8")
    assert dialog.import_file(wrong, agree) is None
    assert "named households" in dialog.message.text()
    assert project.targets.as_dict() == before


def test_add_edit_and_delete_round_trip(project, qtbot, english, monkeypatch):
    dialog = make_dialog(project, qtbot)
    assert dialog.add_target("13", 4000, " Provincial  census ") is None
    assert project.targets.by_code("13").households == 4000
    assert project.targets.by_code("13").source == "Provincial census"
    assert dialog.selected_records()[0].area_code == "13"
    assert "Province" in cells(dialog, dialog.table.currentRow())
    # a second row of the same code, a bad code and no households are refused
    assert "has a target population already" in dialog.add_target("13", 10)
    assert "not an area code" in dialog.add_target("123", 10)
    assert "number above 0" in dialog.add_target("1306", 0)
    assert project.targets.by_code("1306") is None and project.targets.count() == 16
    # edit through the selection
    record = dialog.selected_records()[0]
    assert dialog.edit_target(record, 4200, "Census 2019") is None
    stored = project.targets.by_code("13")
    assert (stored.households, stored.source) == (4200, "Census 2019")
    assert "4,200" in cells(dialog, dialog.table.currentRow())
    # delete two rows at once, after the question naming them
    dialog.table.clearSelection()
    dialog.select_code("13")
    index = next(i for i, r in enumerate(dialog.records) if r.area_code == "1305")
    dialog.table.selectionModel().select(
        dialog.table.model().index(index, 0),
        dialog.table.selectionModel().SelectionFlag.Select
        | dialog.table.selectionModel().SelectionFlag.Rows)
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2])
                        or QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    assert questions == ["Delete the target populations of 2 areas: 13, 1305?"]
    assert project.targets.by_code("13") is None and project.targets.by_code("1305") is None
    assert project.targets.count() == 14 and dialog.table.rowCount() == 14


def test_the_keyboard_and_the_forms(project, qtbot, english, monkeypatch):
    dialog = make_dialog(project, qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.select_code("0210")
    dialog.table.setFocus()
    forms = []

    def fake_exec(form):  # noqa: ANN001, ANN202
        forms.append((form.windowTitle(), form.code.text(), form.code.isReadOnly(),
                      form.households.value(), form.area.text()))
        form.households.setValue(75)
        return form.try_accept()

    monkeypatch.setattr(TargetForm, "exec", fake_exec)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert forms == [("Change the target population of 0210", "0210", True, 69.0,
                      area_name("0210", "en"))]
    assert project.targets.by_code("0210").households == 75
    # Add: the form keeps a refusal and stays open
    form = TargetForm(dialog, "Add", dialog.add_target)
    qtbot.addWidget(form)
    form.code.setText("99999")
    form.households.setValue(10)
    assert not form.try_accept() and "not an area code" in form.message.text()
    form.code.setText("0212")
    assert form.try_accept() and project.targets.by_code("0212").households == 10
    # Delete key
    dialog.select_code("0212")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert project.targets.by_code("0212") is None


def test_a_stale_edit_is_refused_and_keeps_the_other_users_value(project, demo_project,
                                                                 qtbot, english):
    dialog = make_dialog(project, qtbot)
    dialog.select_code("0207")
    record = dialog.selected_records()[0]
    with Project.open(demo_project) as other:  # another user changes it first
        theirs = other.targets.by_code("0207")
        theirs.households = 150
        other.targets.update(theirs)
    refusal = dialog.edit_target(record, 200, "mine")
    assert refusal and "0207 was changed by" in refusal and "their change is kept" in refusal
    assert refusal in dialog.message.text()
    assert project.targets.by_code("0207").households == 150
    assert cells(dialog, 0)[3] == "150"  # the list shows what is stored now
    # a stale delete and a stale import are refused the same way, nothing written
    with Project.open(demo_project) as other:
        theirs = other.targets.by_code("0210")
        theirs.households = 70
        other.targets.update(theirs)
    stale = [r for r in dialog.records if r.area_code in ("0210", "1305")]
    assert "0210 was changed by" in dialog.delete_targets(stale)
    assert project.targets.by_code("1305") is not None  # not half deleted
    assert project.targets.by_code("0210").households == 70


def test_export_writes_a_table_that_imports_again(project, qtbot, english, tmp_path):
    from openpyxl import load_workbook

    dialog = make_dialog(project, qtbot)
    out = dialog.export_to(tmp_path / "targets.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["code", "area name", "level", "households", "source"]
    assert rows[1][:4] == ["0207", "Rotaknak Mundul", "district", "111"]
    assert len(rows) == 16
    book = load_workbook(dialog.export_to(tmp_path / "targets.xlsx"))
    assert book.active.max_row == 16
    assert dialog.read_table(out) == project.targets.as_dict()


def test_the_register_menu_opens_it_next_to_diffusion(window, monkeypatch):
    opened = []
    monkeypatch.setattr(TargetPopulationsDialog, "exec",
                        lambda dialog: opened.append(dialog.table.rowCount()) or 0)
    register = window.register
    menu = next(a.menu() for a in window.menuBar().actions()
                if a.menu() is not None and register.diffusion_action in a.menu().actions())
    actions = menu.actions()
    assert actions.index(register.targets_action) == actions.index(
        register.diffusion_action) + 1
    assert register.targets_action.text().replace("&", "") == "Target populations…"
    register.targets_action.trigger()
    assert opened == [15]


def test_picture(project, qtbot, english):
    dialog = make_dialog(project, qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    picture = dialog.grab()
    assert picture.save("/tmp/targets_dialog.png")
