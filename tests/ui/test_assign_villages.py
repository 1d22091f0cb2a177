"""Edit > Assign villages to plots without one: imported plots get found by district."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from metkasekor_desktop.ui.village_dialog import VillageAssignmentDialog


def _strip_villages(window, every: int = 3) -> list[int]:
    project = window.project
    table = project.plots.load_table()
    ids = [int(i) for i, c in zip(table.ids, table.village_codes, strict=True) if c][::every]
    for pid in ids:  # as an import of a file without villages leaves them
        plot = project.plots.get(pid)
        plot.village_code = None
        project.plots.update(plot)
    window.canvas.plot_layer.table = project.plots.load_table()
    return ids


def test_plots_without_village_get_one_in_one_undo_step(window, qtbot, monkeypatch) -> None:
    stripped = _strip_villages(window)
    project, stack = window.project, window.edit.stack
    seen: list[VillageAssignmentDialog] = []

    def accept(dialog):  # noqa: ANN001, ANN202
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VillageAssignmentDialog, "exec", accept)
    depth = len(stack.commands)
    assert "&Assign villages" in window.register.villages_action.text()
    window.register.villages_action.trigger()
    assert seen and f"{len(stripped)} plots will get a village" in seen[0].summary.text()
    assert all(project.plots.get(p).village_code for p in stripped)
    assert len(stack.commands) == depth + 1, "one undo step"
    assert str(len(stripped)) in window.statusBar().currentMessage()
    stack.undo()
    assert not any(project.plots.get(p).village_code for p in stripped)


def test_the_action_is_in_the_edit_menu(window) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.register.villages_action in edit.actions()
