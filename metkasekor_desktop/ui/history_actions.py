"""The Edit menu's "Plot history…" and "Restore deleted plots…": available when the open
project keeps the history of every change (a shared register); a project file has its
undo history instead, and the items say so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from metkasekor_desktop.layers.edit_commands import note_restored
from metkasekor_desktop.storage.history import RestoredPlot
from metkasekor_desktop.ui.history_dialog import Names, PlotHistoryDialog
from metkasekor_desktop.ui.project_files import make_action
from metkasekor_desktop.ui.restore_dialog import DeletedPlotsDialog

if TYPE_CHECKING:
    from metkasekor_desktop.layers.session import ProjectSession
    from metkasekor_desktop.storage.history import History
    from metkasekor_desktop.ui.window_services import WindowServices


class HistoryActions(QObject):
    """The two actions, following the open session and its selection."""

    def __init__(self, window: WindowServices) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.dialog: PlotHistoryDialog | DeletedPlotsDialog | None = None  # the last shown
        self.history_tip = self.tr("Every change of the selected plot and its records: "
                                   "when, who, and the values before and after")
        self.restore_tip = self.tr("Put a deleted plot back with its records")
        self.no_history_tip = self.tr("History is kept by a shared register; a project "
                                      "file has its undo history (View > Edit history)")
        self.plot_history_action = make_action(self, self.tr("Plot &history…"),
                                               self.show_plot_history, None, self.history_tip)
        self.restore_action = make_action(self, self.tr("Res&tore deleted plots…"),
                                          self.show_deleted_plots, None, self.restore_tip)
        self.sync()

    def attach(self, session: ProjectSession) -> None:
        """Follow a newly opened project and its plot selection."""
        self.session = session
        session.layer.selection_changed.connect(
            lambda _ids, s=session: self.sync() if s is self.session else None)
        session.stopped.connect(self.sync)
        self.sync()

    @property
    def history(self) -> History | None:
        return self.session.project.history if self.session is not None else None

    def _selected_plot(self) -> tuple[int, str] | None:
        layer = self.session.layer if self.session is not None else None
        if layer is None or len(layer.selected) != 1:
            return None
        plot_id = int(layer.selected[0])
        return plot_id, str(layer.table.codes[layer.index_of(plot_id)])

    def sync(self) -> None:
        keeps = self.history is not None
        opened = self.session is not None
        self.plot_history_action.setEnabled(keeps and self._selected_plot() is not None)
        self.restore_action.setEnabled(keeps)
        for action, tip in ((self.plot_history_action, self.history_tip),
                            (self.restore_action, self.restore_tip)):
            text = self.no_history_tip if opened and not keeps else tip
            action.setToolTip(text)
            action.setStatusTip(text)

    # -- the dialogs -------------------------------------------------------------------
    def show_plot_history(self) -> PlotHistoryDialog | None:
        history, selected = self.history, self._selected_plot()
        if history is None or selected is None or self.session is None:
            return None
        plot_id, code = selected
        names = Names.of_project(self.session.project,
                                 str(getattr(self.window, "language", "en")))
        self.dialog = PlotHistoryDialog(code, history.plot_entries(plot_id), names,
                                        self.window)
        self.dialog.open()
        return self.dialog

    def show_deleted_plots(self) -> DeletedPlotsDialog | None:
        history = self.history
        if history is None or self.session is None:
            return None
        self.dialog = DeletedPlotsDialog(history.deleted_plots, self._restore,
                                         self.session.read_only, self.window)
        self.dialog.open()
        return self.dialog

    def _restore(self, plot_id: int) -> RestoredPlot:
        """Restore, then let the window read what changed (the plot and its records),
        as it does for another user's change. A "Delete plot" step of this window's
        undo stack then counts the plot as back: undoing it later leaves the plot as
        restored instead of writing its rows a second time (see ``note_restored``)."""
        history, session = self.history, self.session
        assert history is not None and session is not None
        restored = history.restore_plot(plot_id)
        session.look_outside()
        note_restored(session.stack.commands[:session.stack.index], session.context,
                      plot_id, session.layer.table.version_of(plot_id))
        return restored
