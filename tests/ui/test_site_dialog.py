"""File > Publish website: the dialog offers the folder, the seasons and the languages;
the site is written in the background and said; a refused folder is said and left as
it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from metkasekor_desktop.ui.site_dialog import SiteDialog


@pytest.fixture
def answered(monkeypatch):
    """The dialog accepted as ``fill`` says; message boxes closed at once and recorded."""
    seen: list[SiteDialog] = []
    said: list[str] = []
    fill: dict = {}

    def exec_dialog(dialog: SiteDialog) -> int:
        seen.append(dialog)
        dialog.folder.setText(str(fill["folder"]))
        for k in range(dialog.seasons.count()):
            item = dialog.seasons.item(k)
            if item.text() in fill.get("seasons", ()):
                item.setCheckState(Qt.CheckState.Checked)
        if "language" in fill:
            dialog.language.setCurrentIndex(dialog.language.findData(fill["language"]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SiteDialog, "exec", exec_dialog)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: said.append(text) or 0)
    return seen, said, fill


def test_the_file_menu_publishes_the_website(window, answered, tmp_path: Path):
    seen, said, fill = answered
    fill.update(folder=tmp_path / "web", seasons=["2024 early wet"], language="en")
    file_menu = window.menuBar().actions()[0].menu()
    assert window.register.site_action in file_menu.actions()
    window.register.site_action.trigger()
    data = json.loads((tmp_path / "web" / "data" / "site.json").read_text(encoding="utf-8"))
    assert [s["name"]["en"] for s in data["seasons"]] == ["2024 early wet"]
    assert data["languages"] == ["en"]
    assert (tmp_path / "web" / "index.html").is_file()
    assert "The website of 1 season(s)" in said[-1]


def test_a_folder_of_other_files_is_refused_and_left_alone(window, answered, tmp_path):
    seen, said, fill = answered
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me", encoding="utf-8")
    fill.update(folder=folder)
    window.register.site_action.trigger()
    assert "holds other files" in said[-1]
    assert [p.name for p in folder.iterdir()] == ["letter.txt"]
