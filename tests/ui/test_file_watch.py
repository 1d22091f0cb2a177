"""The window and the file under it: other programs' edits appear, a conflict is shown
with both values and nothing written, a read-only project says so, a moved file stops
editing without losing what was committed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.layers.edit_commands import ChangeAttributes
from metkasekor_desktop.storage.gpkg import write_guard
from metkasekor_desktop.storage.gpkg.functions import register_functions


def _sql(path: Path, statement: str, params: tuple = ()) -> None:
    """A write by another program (as QGIS or a script would make it)."""
    con = sqlite3.connect(path)
    register_functions(con)  # as GDAL does for a GeoPackage
    try:
        con.execute(statement, params)
        con.commit()
    finally:
        con.close()


def _stored(path: Path, column: str, plot_id: int):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT {column} FROM plots WHERE fid = ?", (plot_id,)).fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered at once; what they said is kept."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        box.text_seen = box.text()  # type: ignore[attr-defined]
        box.info_seen = box.informativeText()  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_change_by_another_program_appears_in_the_window(window, qtbot) -> None:
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[3])
    _sql(window.project.path, "UPDATE plots SET code = 'QGIS-0001' WHERE fid = ?", (plot_id,))
    window.file_watch.poll()
    assert layer.table.codes[layer.table.index_of(plot_id)] == "QGIS-0001"
    assert "another program" in window.statusBar().currentMessage()


def test_a_stale_edit_is_refused_with_both_values_and_nothing_written(window, boxes) -> None:
    path = window.project.path
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[0])
    read_version = layer.table.version_of(plot_id)
    plot = window.project.plots.get(plot_id)
    _sql(path, "UPDATE plots SET notes = 'theirs' WHERE fid = ?", (plot_id,))
    stack = window.edit.stack
    before = len(stack)
    command = ChangeAttributes(plot_id, {"notes": "mine"}, expected_version=read_version,
                               read={"notes": plot.notes})
    window.edit._run(lambda: stack.push(command))
    assert _stored(path, "notes", plot_id) == "theirs"
    assert len(stack) == before  # the undo stack stays true
    assert len(boxes) == 1
    box = boxes[0]
    assert plot.code in box.text_seen and "another program" in box.text_seen
    assert "mine" in box.info_seen and "theirs" in box.info_seen


def test_the_plot_panel_shows_the_stored_value_again_after_a_conflict(window, boxes) -> None:
    panel = window.register.plot_panel
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[1])
    layer.select([plot_id])
    panel.show_plot(window.project, window.edit.stack, plot_id, None)
    _sql(window.project.path, "UPDATE plots SET name = 'Their name' WHERE fid = ?",
         (plot_id,))
    panel.name.setText("My name")
    assert panel._push("name", "My name") is False
    assert boxes and "Their name" in boxes[0].info_seen
    assert _stored(window.project.path, "name", plot_id) == "Their name"
    assert panel.name.text() == "Their name"  # the view shows what is stored


def test_a_read_only_project_opens_with_a_banner_and_no_editing(qtbot, tmp_path, demo_project,
                                                                monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings
    from tests.ui.conftest import open_project

    monkeypatch.setattr(write_guard, "is_read_only", lambda _p: True)
    monkeypatch.setattr("metkasekor_desktop.storage.project.is_read_only", lambda _p: True)
    win = MainWindow(AppSettings(QSettings(str(tmp_path / "s.ini"),
                                           QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.show()
    assert open_project(win, demo_project, qtbot)
    assert win.project.read_only
    assert win.banner.isVisible() and "Read-only" in win.banner.label.text()
    assert not win.edit.delete_action.isEnabled()
    assert not any(t.action.isEnabled() for t in win.edit.tools)
    assert win.plots.model.rowCount() > 0  # everything still reads


def test_a_moved_file_stops_editing_and_keeps_every_committed_edit(window, boxes) -> None:
    path = window.project.path
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[2])
    window.edit.stack.push(ChangeAttributes(plot_id, {"notes": "before the move"}))
    moved = path.with_name("moved.gpkg")
    os.rename(path, moved)
    window.file_watch.poll()
    assert window.banner.isVisible() and "moved" in window.banner.label.text()
    assert not window.edit.delete_action.isEnabled()
    window.edit._run(lambda: window.edit.stack.push(
        ChangeAttributes(plot_id, {"notes": "after the move"})))
    assert boxes and "moved" in boxes[-1].text_seen
    window.close()
    assert _stored(moved, "notes", plot_id) == "before the move"
    assert not path.exists()


def test_a_role_typed_in_another_program_is_shown_flagged_and_can_be_corrected(
        window, boxes) -> None:
    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[4])
    _sql(window.project.path, "UPDATE plots SET role = 'Sovereign country', "
         "paired_plot_id = NULL WHERE fid = ?", (plot_id,))
    window.file_watch.poll()
    assert layer.table.roles[layer.table.index_of(plot_id)] == "Sovereign country"
    panel = window.register.plot_panel
    panel.show_plot(window.project, window.edit.stack, plot_id, None)
    assert "Sovereign country" in panel.role.currentText()
    assert "another program" in panel._errors["role"].text()
    panel.role.setCurrentIndex(panel.role.findData("control"))
    assert _stored(window.project.path, "role", plot_id) == "control"
    assert not panel._errors["role"].text()
    assert not boxes


def test_a_refused_write_is_worded_in_khmer_from_its_reason(qapp) -> None:
    from metkasekor_desktop.storage.errors import DiskFullError, FileGoneError
    from metkasekor_desktop.ui.language import install_translators
    from metkasekor_desktop.ui.write_failures import write_error_text

    translators = install_translators(qapp, "km")
    try:
        full = write_error_text(DiskFullError("The disk holding the project is full."))
        gone = write_error_text(FileGoneError("moved", path="/data/btb.gpkg", replaced=False))
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert "ថាស" in full and "disk" not in full
    assert "/data/btb.gpkg" in gone and "ផ្លាស់ទី" in gone
