"""Importing results in the dialog: refusals change nothing, an import is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.ui.results_import_dialog import ResultsImportDialog


@pytest.fixture
def bound(session, qtbot, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *a, **k: warnings.append(text))
    return session.project, session.stack, warnings


def codes(project, n: int) -> list[str]:
    return sorted(str(c) for c in project.plots.load_table().codes)[:n]


def soil_csv(tmp_path, project) -> str:
    a, b = codes(project, 2)
    path = tmp_path / "lab.csv"
    path.write_text(
        "Plot code;Date;Depth from;Depth to;SOC (%);pH\n"
        f"{a};12/03/2026;0;10;1,45;6,2\n"
        f"{b};12/03/2026;0;10;១,៣;៦,៥\n"
        f"{b};12/03/2026;10;20;0,9;65\n"        # pH out of range (a unit slip?)
        "NOPE;12/03/2026;0;10;1,1;6\n", encoding="utf-8")
    return str(path)


def make_dialog(qtbot, project, stack, kind="soil"):
    dialog = ResultsImportDialog(project, stack, kind, "en")
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_problems_and_summary(bound, qtbot, tmp_path):
    project, stack, _ = bound
    dialog = make_dialog(qtbot, project, stack)
    assert dialog.load_file(soil_csv(tmp_path, project))
    assert dialog.mapping()["soc_pct"] == 4
    assert dialog.summary.text() == "2 rows ready, 2 with problems"
    unknown = dialog.preview_table.item(3, 0)  # file row 5, the plot column
    assert "NOPE" in unknown.toolTip()
    assert dialog.preview_table.item(3, 1).toolTip() == ""
    assert not dialog.import_button.isEnabled()
    dialog.confirm_box.setChecked(True)
    assert dialog.summary.text() == "3 rows ready, 1 with problems"


def test_a_refused_import_leaves_the_project_unchanged(bound, qtbot, tmp_path):
    project, stack, warnings = bound
    before = project.soil_samples.count()
    dialog = make_dialog(qtbot, project, stack)
    dialog.load_file(soil_csv(tmp_path, project))
    assert dialog.import_rows() is False
    assert warnings and "2 rows have problems" in warnings[-1]
    assert project.soil_samples.count() == before
    assert len(stack) == 0


def test_accepted_rows_are_written_and_one_undo_removes_them(bound, qtbot, tmp_path):
    project, stack, _ = bound
    before = project.soil_samples.count()
    dialog = make_dialog(qtbot, project, stack)
    dialog.load_file(soil_csv(tmp_path, project))
    dialog.skip_box.setChecked(True)
    dialog.confirm_box.setChecked(True)
    assert dialog.import_rows()
    assert project.soil_samples.count() == before + 3
    assert any(s.values.get("ph_water") == 65 for s in project.soil_samples.list())
    assert len(stack) == 1
    stack.undo()
    assert project.soil_samples.count() == before
    stack.redo()
    assert project.soil_samples.count() == before + 3


def test_remapping_a_column_rechecks_the_rows(bound, qtbot, tmp_path):
    project, stack, _ = bound
    dialog = make_dialog(qtbot, project, stack)
    dialog.load_file(soil_csv(tmp_path, project))
    dialog.set_column("ph_water", None)
    assert dialog.summary.text() == "3 rows ready, 1 with problems"


def test_yields_from_xlsx_are_imported_as_one_step(bound, qtbot, tmp_path):
    from openpyxl import Workbook

    project, stack, _ = bound
    a, b = codes(project, 2)
    book = Workbook()
    ws = book.active
    ws.append(["Plot", "Season", "Crop", "Harvest date", "Sample area", "Fresh weight"])
    ws.append([a, "2024 dry", "Mung bean", 45700, 10, 2.5])
    ws.append([b, "2024 dry", "Mung bean", "2025-02-14", 10, "2,7"])
    path = tmp_path / "yields.xlsx"
    book.save(path)
    before = project.yields.count()
    dialog = make_dialog(qtbot, project, stack, "yield")
    assert dialog.load_file(path)
    assert dialog.summary.text() == "2 rows ready, 0 with problems"
    assert dialog.import_rows()
    assert project.yields.count() == before + 2
    stack.undo()
    assert project.yields.count() == before


def test_an_unreadable_file_is_a_message(bound, qtbot, tmp_path):
    project, stack, warnings = bound
    path = tmp_path / "notes.docx"
    path.write_text("x")
    dialog = make_dialog(qtbot, project, stack)
    assert not dialog.load_file(path)
    assert ".csv and .xlsx" in warnings[-1]


def test_an_implausible_yield_is_a_warning_the_officer_may_accept(bound, qtbot, tmp_path):
    project, stack, warnings = bound
    a, b = codes(project, 2)
    path = tmp_path / "yields.csv"
    path.write_text("Plot,Season,Crop,Sample area,Fresh weight\n"
                    f"{a},2024 dry,Mung bean,10,2.5\n"
                    f"{b},2024 dry,Mung bean,10,25\n", encoding="utf-8")  # 25 t/ha: kg or g?
    before = project.yields.count()
    dialog = make_dialog(qtbot, project, stack, "yield")
    assert dialog.load_file(path)
    assert dialog.summary.text() == "1 rows ready, 1 with problems"
    box = dialog.implausible_box
    assert box.isVisibleTo(dialog) and box.text() == "Store implausible yields (1 rows)"
    weight = dialog.preview_table.item(1, 4)
    assert "t/ha" in weight.toolTip() and weight.background().color().name() == "#ffecb3"
    assert not dialog.import_rows() and project.yields.count() == before
    box.setChecked(True)
    assert dialog.summary.text() == "2 rows ready, 0 with problems"
    assert dialog.import_button.isEnabled()
    assert dialog.import_rows(), warnings
    assert project.yields.count() == before + 2
    assert stack.undo_text == "Import 2 yield records"
    stack.undo()  # one undo step removes both, the implausible one too
    assert project.yields.count() == before


def test_plausible_yields_show_no_consent_box(bound, qtbot, tmp_path):
    project, stack, _ = bound
    a, _b = codes(project, 2)
    path = tmp_path / "yields.csv"
    path.write_text(f"Plot,Season,Crop,Sample area,Fresh weight\n{a},2024 dry,Maize,10,5\n",
                    encoding="utf-8")
    dialog = make_dialog(qtbot, project, stack, "yield")
    assert dialog.load_file(path)
    assert not dialog.implausible_box.isVisibleTo(dialog)
