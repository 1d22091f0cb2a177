"""The window on a shared register shows a plot's history in words, and puts a deleted
plot back with its records: the map and the table show it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from metkasekor_desktop.domain.enums import SeasonKind
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.row_versions import editor_name
from tests.storage.conftest import make_plot


@pytest.fixture
def register(register_url: str) -> str:
    with Project.connect(register_url) as project:
        season = Season(name="2025 wet", year=2025, kind=SeasonKind.MAIN_WET)
        project.seasons.add(season)
        for n in range(3):
            plot = make_plot(f"KCH-HI-{n:04d}", x=103.0 + n * 0.01, y=13.0, notes="first")
            project.plots.add(plot)
            project.plans.add(PlotSeasonPlan(plot_id=plot.id, season_id=season.id,
                                             crops=("maize", "cowpea")))
    return register_url


def _window(qtbot, tmp_path: Path, target: str):
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    create_application()
    win = MainWindow(AppSettings(QSettings(str(tmp_path / "s.ini"),
                                           QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(target)
    qtbot.waitUntil(lambda: win.plots.model.rowCount() > 0, timeout=10_000)
    return win


def test_a_plots_history_is_shown_in_words(qtbot, tmp_path: Path, register: str) -> None:
    win = _window(qtbot, tmp_path, register)
    actions = win.history
    layer = win.canvas.plot_layer
    assert actions.restore_action.isEnabled()
    assert not actions.plot_history_action.isEnabled()  # no plot selected
    plot_id = int(layer.table.ids[0])
    code = str(layer.table.codes[0])
    layer.select([plot_id])
    assert actions.plot_history_action.isEnabled()
    layer.select(list(map(int, layer.table.ids[:2])))
    assert not actions.plot_history_action.isEnabled()  # exactly one plot
    layer.select([plot_id])

    panel = win.register.plot_panel  # a change made in the window, as the officer does
    panel.show_plot(win.project, win.edit.stack, plot_id, None)
    panel.notes.setPlainText("weeds along the canal")
    panel.notes.editingFinished.emit()
    assert win.project.plots.get(plot_id).notes == "weeds along the canal"

    dialog = actions.show_plot_history()
    assert dialog is not None and dialog.windowTitle() == f"History of plot {code}"
    rows = dialog.rows()
    assert [r[2:4] for r in rows] == [["Plot", "Changed"], ["Season plan", "Added"],
                                      ["Plot", "Added"]]
    when, who, _what, _change, detail = rows[0]
    assert who == editor_name()
    assert when[:2] == "20" and len(when) == 19
    assert detail == "Notes: 'first' → 'weeds along the canal'"
    plan_detail = rows[1][4]
    assert "Status: 'Planned'" in plan_detail
    assert "Season: '2025 wet'" in plan_detail and "Crops: 'Maize, Cowpea'" in plan_detail
    assert "[" not in plan_detail and "#" not in plan_detail  # no raw JSON, no ids
    assert "0106" not in rows[2][4] and f"Code: '{code}'" in rows[2][4]  # no hex shape
    dialog.close()
    win.close()


def test_a_deleted_plot_is_restored_from_the_dialog(qtbot, tmp_path: Path,
                                                    register: str) -> None:
    win = _window(qtbot, tmp_path, register)
    layer = win.canvas.plot_layer
    plot_id = int(layer.table.ids[1])
    code = str(layer.table.codes[1])
    # Deleted by someone else (the window's own delete snapshots through SQLite).
    with Project.connect(register) as other:
        other.plots.delete(plot_id)
    win.session.look_outside()
    assert plot_id not in set(layer.table.ids.tolist())

    dialog = win.history.show_deleted_plots()
    assert dialog is not None
    assert [p.code for p in dialog.plots] == [code]
    assert not dialog.restore_button.isEnabled()  # nothing selected
    dialog.select_code(code)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.message is not None
    assert dialog.message.text() == (f"The plot {code} was restored with its records "
                                     "(Season plan: 1).")
    dialog.message.close()
    assert plot_id in set(layer.table.ids.tolist())  # on the map and in the table again
    qtbot.waitUntil(lambda: win.plots.model.rowCount() == 3, timeout=5_000)
    assert dialog.plots == [] and not dialog.restore_button.isEnabled()
    assert len(win.project.plans.list()) == 3

    # A second delete whose code is then taken: the refusal is said, nothing changes.
    win.project.plots.delete(plot_id)
    win.project.plots.add(make_plot(code, x=104.0))
    dialog.reload()
    dialog.select_code(code)
    dialog.restore_button.click()
    assert dialog.message.windowTitle() == "Plot not restored"
    assert f"another plot has the code {code}" in dialog.message.text()
    dialog.message.close()
    dialog.close()
    win.close()


def test_a_project_file_keeps_no_such_history(window) -> None:
    actions = window.history
    assert not actions.plot_history_action.isEnabled()
    assert not actions.restore_action.isEnabled()
    assert "shared register" in actions.restore_action.toolTip()
    layer = window.canvas.plot_layer
    layer.select([int(layer.table.ids[0])])
    assert not actions.plot_history_action.isEnabled()
    assert actions.show_plot_history() is None


def _delete_in_window(win, monkeypatch, plot_id: int) -> None:
    """Edit > Delete of one plot, confirmed: one "Delete plot" step on the undo stack."""
    from metkasekor_desktop.ui.delete_plots_dialog import DeletePlotsDialog

    monkeypatch.setattr(DeletePlotsDialog, "exec", lambda self: 1)
    win.canvas.plot_layer.select([plot_id])
    win.edit.delete_action.trigger()
    assert plot_id not in set(win.canvas.plot_layer.table.ids.tolist())
    assert win.edit.stack.undo_text == "Delete plot"


def test_undo_of_a_delete_after_the_plot_was_restored_elsewhere_is_refused(
        qtbot, tmp_path: Path, register: str, monkeypatch) -> None:
    """The plot deleted in this window is put back from the history by someone else (or
    any other way): undoing the delete would write its rows a second time. The undo is
    refused as a conflict, nothing changes, and the step stays where it is."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    win = _window(qtbot, tmp_path, register)
    layer = win.canvas.plot_layer
    plot_id, code = int(layer.table.ids[1]), str(layer.table.codes[1])
    _delete_in_window(win, monkeypatch, plot_id)
    with Project.connect(register) as other:
        other.history.restore_plot(plot_id)
        restored = other.plots.get(plot_id)
    stack = win.edit.stack
    index = stack.index

    win.edit.undo_action.trigger()
    assert shown and shown[0][0] == "Changed by someone else"
    assert code in shown[0][1] and "Nothing was written" in shown[0][1]
    assert stack.index == index and stack.undo_text == "Delete plot"
    with Project.connect(register) as other:  # the restored plot, as it was restored
        assert other.plots.get(plot_id).version == restored.version
        assert len(other.plans.for_plot(plot_id)) == 1
        assert other.plots.count() == 3
    win.close()


def test_undo_of_a_delete_after_restoring_the_plot_here_leaves_it_restored(
        qtbot, tmp_path: Path, register: str, monkeypatch) -> None:
    """Delete a plot, then put it back with Edit > Restore deleted plots…: the restore did
    what undoing the delete would do. Undo then steps back over the delete without
    writing the plot a second time (no error, the plot and its plan as restored), and
    Redo deletes it again."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    win = _window(qtbot, tmp_path, register)
    layer = win.canvas.plot_layer
    plot_id, code = int(layer.table.ids[1]), str(layer.table.codes[1])
    _delete_in_window(win, monkeypatch, plot_id)
    dialog = win.history.show_deleted_plots()
    dialog.select_code(code)
    dialog.restore_button.click()
    dialog.message.close()
    dialog.close()
    restored = win.project.plots.get(plot_id)
    stack = win.edit.stack

    win.edit.undo_action.trigger()
    assert shown == []  # no refusal
    assert stack.index == 0 and stack.redo_text == "Delete plot"
    assert plot_id in set(layer.table.ids.tolist())
    with Project.connect(register) as other:
        assert other.plots.get(plot_id).version == restored.version  # not written again
        assert len(other.plans.for_plot(plot_id)) == 1
        assert other.plots.count() == 3
    win.edit.redo_action.trigger()
    assert plot_id not in set(layer.table.ids.tolist())
    assert [p.code for p in win.project.history.deleted_plots()] == [code]
    win.close()
