"""The project's trials: a list with New / Edit / Delete and "Show on map".

Changes go through the project's undo stack (one undoable step each); the panel reads
the trials again whenever the stack changes, so undo and redo show at once. The
selected trial is announced (``trial_changed``) for the charts, and "Show on map" asks
the window to select and highlight its plots (``show_requested``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.trial import Trial
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import DeleteRecord
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui.form_widgets import list_table
from metkasekor_desktop.ui.stack_follower import RefreshWhenShown
from metkasekor_desktop.ui.trial_dialog import TrialDialog, design_label


class TrialsPanel(RefreshWhenShown, QWidget):
    """Trials of the project (name, design, seasons, number of plots).

    ``set_project(project, stack, language, selection=...)`` binds it (None unbinds);
    ``selection`` gives the plot ids selected on the map, for a new or changed trial.
    """

    listens = ("trials", "seasons", "soil_samples", "yields", "plots")  # kinds of records it shows

    show_requested = Signal(list)  # plot ids of the selected trial
    trial_changed = Signal(object)  # the selected Trial, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Any = None
        self.stack: Any = None
        self.language = "kh"
        self._selection: Callable[[], Sequence[int]] | None = None
        self._plots_source: Callable[[], Any] | None = None
        self._trials: list[Trial] = []
        self._season_names: dict[int, str] = {}
        self._current: Trial | None = None
        self._stale = False

        self.table = list_table(
            self, [self.tr("Name"), self.tr("Design"), self.tr("Seasons"), self.tr("Plots")])
        self.new_button = QPushButton(self.tr("New…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.show_button = QPushButton(self.tr("Show on map"), self)
        self.show_button.setToolTip(self.tr("Select the trial's plots on the map and "
                                            "outline them by treatment."))

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button,
                       self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.new_button.clicked.connect(lambda: self.new_trial())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.show_button.clicked.connect(lambda: self.show_selected())
        self.refresh()

    # --- binding ------------------------------------------------------------------------
    def set_project(self, project: Any, stack: Any, language: str = "kh", *,
                    selection: Callable[[], Sequence[int]] | None = None,
                    plots_source: Callable[[], Any] | None = None) -> None:
        """Show ``project``'s trials and write changes through ``stack`` (an UndoStack).

        ``selection`` returns the plots selected on the map; ``plots_source`` may give
        the plot table the map already holds (read from the project otherwise).
        """
        if self.stack is not None:
            self.stack.applied.disconnect(self._stack_changed)
        self.project, self.stack, self.language = project, stack, language
        self._selection, self._plots_source = selection, plots_source
        if stack is not None:
            stack.applied.connect(self._stack_changed)
        self.refresh()

    # --- state --------------------------------------------------------------------------
    def trials(self) -> list[Trial]:
        """The trials in the list, in the order shown (by name)."""
        return list(self._trials)

    def selected_trial(self) -> Trial | None:
        rows = self.table.selectionModel().selectedRows()
        return self._trials[rows[0].row()] if rows else None

    def select_trial(self, trial_id: int | None) -> None:
        ids = [t.id for t in self._trials]
        if trial_id in ids:
            self.table.selectRow(ids.index(trial_id))
        else:
            self.table.clearSelection()

    def refresh(self) -> None:
        """Read the trials again, keeping the selected one selected."""
        self._stale = False
        keep = self._current.id if self._current is not None else None
        if self.project is None:
            self._trials, self._season_names = [], {}
        else:
            self._season_names = {int(s.id): season_label(s)
                                   for s in self.project.seasons.list()}
            self._trials = sorted(self.project.trials.list(),
                                  key=lambda t: (t.name.casefold(), t.id or 0))
        self.table.blockSignals(True)
        try:
            self._fill_table()
            self.select_trial(keep)
        finally:
            self.table.blockSignals(False)
        self._selection_changed()

    # --- actions ------------------------------------------------------------------------
    def new_trial(self) -> bool:
        """Ask for a new trial (the map's selection ready to add) and save it."""
        if self.project is None or self.stack is None:
            return False
        dialog = self._dialog(None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.saved_trial is not None:
            self.select_trial(dialog.saved_trial.id)
        return True

    def edit_selected(self) -> bool:
        trial = self.selected_trial()
        if trial is None or self.stack is None:
            return False
        return self._dialog(trial).exec() == QDialog.DialogCode.Accepted

    def delete_selected(self) -> bool:
        trial = self.selected_trial()
        if trial is None or trial.id is None or self.stack is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete trial"),
            self.tr("Delete the trial {name} with its {n} plot memberships? The plots "
                    "and their records stay. You can undo this.").format(
                name=trial.name, n=len(trial.members)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.stack.push(DeleteRecord("trials", trial.id,
                                         self.tr("Delete trial {name}").format(
                                             name=trial.name)))
        except DomainError as error:
            QMessageBox.warning(self, self.tr("The trial could not be deleted"), say(error))
            return False
        return True

    def show_selected(self) -> list[int]:
        """Ask the map to show the selected trial's plots; returns their ids."""
        trial = self.selected_trial()
        if trial is None:
            return []
        ids = [m.plot_id for m in trial.members]
        self.show_requested.emit(ids)
        return ids

    # --- internals ----------------------------------------------------------------------
    def _dialog(self, trial: Trial | None) -> TrialDialog:
        selected = tuple(self._selection()) if self._selection is not None else ()
        table = self._plots_source() if self._plots_source is not None else None
        return TrialDialog(self.project, self.stack, self.language, trial, selected, self,
                           plot_table=table)


    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._trials))
        for row, trial in enumerate(self._trials):
            names = [self._season_names.get(s, str(s)) for s in trial.season_ids]
            # A trial over many seasons is summed up so that the plot count stays in view.
            seasons = (", ".join(names) if len(names) <= 2 else
                       self.tr("{first} … {last} ({n} seasons)").format(
                           first=names[0], last=names[-1], n=len(names)))
            values: list[str | int] = [trial.name, design_label(str(trial.design)), seasons,
                                       len(trial.members)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 0 and trial.description:
                    item.setToolTip(trial.description)
                if col == 2:
                    item.setToolTip("\n".join(names))
                self.table.setItem(row, col, item)

    def _selection_changed(self) -> None:
        trial = self.selected_trial()
        bound = self.project is not None and self.stack is not None
        self.new_button.setEnabled(bound)
        self.edit_button.setEnabled(bound and trial is not None)
        self.delete_button.setEnabled(bound and trial is not None)
        self.show_button.setEnabled(trial is not None and bool(trial.members))
        if trial != self._current:
            self._current = trial
            self.trial_changed.emit(trial)


__all__ = ["TrialsPanel"]
