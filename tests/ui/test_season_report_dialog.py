"""File > Season report: the dialog offers the project's seasons (the latest with plans
done first chosen), the language and the file; the report is written in the background,
in the language asked, and the window keeps its own language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from metkasekor_desktop.ui import season_report_dialog as module
from metkasekor_desktop.ui.season_report_dialog import SeasonReportDialog


@pytest.fixture
def answered(monkeypatch):
    """The dialog accepted as filled in by ``fill``, the message box closed at once; the
    dialogs the test saw are in the list returned."""
    seen: list[SeasonReportDialog] = []
    fill = {}

    def exec_dialog(dialog: SeasonReportDialog) -> int:
        seen.append(dialog)
        if "path" in fill:
            dialog.path.setText(str(fill["path"]))
        if "language" in fill:
            dialog.language.setCurrentIndex(dialog.language.findData(fill["language"]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SeasonReportDialog, "exec", exec_dialog)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    return seen, fill


def test_the_file_menu_writes_the_season_report(window, answered, tmp_path: Path):
    seen, fill = answered
    fill["path"] = tmp_path / "out" / "report"  # no suffix: .pdf is added
    (tmp_path / "out").mkdir()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.register.report_action in file_menu.actions()
    window.register.report_action.trigger()
    dialog = seen[0]
    assert dialog.season.currentText() == "2024 early wet"  # the latest with plans done
    assert dialog.season.count() == 9
    assert (tmp_path / "out" / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "out" / "report.xlsx").exists()


def test_a_khmer_report_from_an_english_window(window, answered, tmp_path: Path, english):
    seen, fill = answered
    fill.update(path=tmp_path / "km.pdf", language="km")
    title = window.register.report_action.text()
    window.register.report_action.trigger()
    assert (tmp_path / "km.pdf").exists()
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "km.xlsx", read_only=True)
    assert book.sheetnames[0] == "សេចក្តីសង្ខេប"  # Summary, in Khmer
    book.close()
    QCoreApplication.processEvents()
    assert window.register.report_action.text() == title  # the window stayed English
    assert QCoreApplication.translate("SeasonReport", "Summary") == "Summary"


def test_a_refused_file_is_said_and_nothing_is_written(window, answered, tmp_path: Path,
                                                        monkeypatch):
    seen, fill = answered
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    fill["path"] = blocker / "report.pdf"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warnings.append((title, text)))
    window.register.report_action.trigger()
    assert warnings and "cannot be written" in warnings[0][1]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == []


def test_the_dialog_asks_for_a_file(qtbot, demo_project: Path):
    from metkasekor_desktop.storage import Project

    project = Project.open(demo_project)
    try:
        seasons = project.seasons.list()
    finally:
        project.close()
    dialog = SeasonReportDialog(seasons, None, "en", Path("r.pdf"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.path.setText("  ")
    assert not ok.isEnabled()
    dialog.path.setText("/tmp/x.PDF")
    assert dialog.target() == Path("/tmp/x.PDF")
    assert dialog.tipping_share() == pytest.approx(0.16)
    assert module.LANGUAGES[0][0] == "km"
