"""Saving a Register window's table: the suffix added, a failure shown, not raised."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.ui.table_export_prompt import ask_and_export


def test_the_suffix_is_added_and_a_failure_is_shown(qtbot, monkeypatch, tmp_path, english):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked, written, shown = [], [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda _p, caption, name, filters: (asked.append((caption, name, filters))
                                            or str(tmp_path / "table"), filters)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _p, title, text: shown.append((title, text))))
    ask_and_export(parent, "Export it", "market", "xlsx", written.append)
    assert written == [tmp_path / "table.xlsx"]
    assert asked == [("Export it", "market.xlsx", "Excel workbook (*.xlsx)")]

    def full_disk(path: Path) -> None:
        raise DomainError("No space left on the disk: free some and export again.")

    ask_and_export(parent, "Export it", "market", "csv", full_disk)
    assert shown == [("The table could not be exported",
                      "No space left on the disk: free some and export again.")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a: ("", "")))  # cancelled: nothing written
    ask_and_export(parent, "Export it", "market", "csv", written.append)
    assert len(written) == 1
