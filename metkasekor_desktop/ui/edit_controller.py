"""The window's editing: tools, undo and redo, dialogs, and the project's edit state.

Every completed change goes through the PlotEditor as a command that commits at once;
this controller only connects the tools and dialogs to it and keeps the views current.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMessageBox

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.plot_editor import EditSettings, PlotEditor
from metkasekor_desktop.layers.session import ProjectSession
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.ui.project_files import make_action
from metkasekor_desktop.ui.tools.draw_plot import DrawPlotTool
from metkasekor_desktop.ui.tools.move_plot import MovePlotTool
from metkasekor_desktop.ui.tools.reshape import ReshapeTool
from metkasekor_desktop.ui.tools.split_plot import SplitPlotTool
from metkasekor_desktop.ui.tools.vertex_edit import VertexEditTool
from metkasekor_desktop.ui.write_failures import report_failure

if TYPE_CHECKING:
    from metkasekor_desktop.ui.window_services import WindowServices

SETTINGS_KEY = "edit_settings"
PROBLEM_MARK_MS = 8000


class EditController(QObject):
    """Owns the undo stack and the plot editor of the open project."""

    def __init__(self, window: WindowServices) -> None:
        super().__init__(window)
        self.window = window
        self.canvas = window.canvas
        self.session: ProjectSession | None = None
        self.stack: UndoStack | None = None
        self.editor: PlotEditor | None = None
        self.read_only = False
        self.problem_at: tuple[float, float] | None = None
        self._problem_timer = QTimer(self, singleShot=True, interval=PROBLEM_MARK_MS)
        self._problem_timer.timeout.connect(self._clear_problem)
        self.canvas.overlays.append(self._paint_problem)
        self.tools = [DrawPlotTool(self.canvas), VertexEditTool(self.canvas),
                      MovePlotTool(self.canvas), SplitPlotTool(self.canvas),
                      ReshapeTool(self.canvas)]
        for tool in self.tools:
            window.tools.add(tool)
            tool.problem.connect(self.show_problem)
            tool.status_changed.connect(lambda text: window.statusBar().showMessage(text))
        self.tools[0].shape_finished.connect(self.ask_new_plot)
        self.tools[3].split_requested.connect(self.ask_split)
        self.undo_action = make_action(self, self.tr("&Undo"), self.undo,
                                       QKeySequence.StandardKey.Undo)
        self.redo_action = make_action(self, self.tr("&Redo"), self.redo, "Ctrl+Y")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.delete_action = make_action(self, self.tr("&Delete selected plots…"),
                                         self.delete_selected, QKeySequence.StandardKey.Delete,
                                         self.tr("Delete the selected plots and their records"))
        self.merge_action = make_action(self, self.tr("&Merge selected plots"),
                                        self.merge_selected, "Ctrl+Shift+M",
                                        self.tr("Join adjacent plots of the same farmer"))
        self.coordinates_action = make_action(self, self.tr("Plot from &coordinates…"),
                                              self.plot_from_coordinates, "Ctrl+Shift+C",
                                              self.tr("Type or paste corner coordinates"))
        self.gpx_action = make_action(self, self.tr("Plot from &GPX…"), self.plot_from_gpx,
                                      "Ctrl+Shift+G",
                                      self.tr("A plot from GPS points or a track walked"))
        self.overlaps_action = make_action(self, self.tr("Find o&verlapping plots"),
                                           self.find_overlaps, None,
                                           self.tr("List plots that overlap each other"))
        self.problems_action = make_action(self, self.tr("Find &problems"),
                                           self.find_problems, None,
                                           self.tr("List plots with invalid shapes, unknown "
                                                   "roles or other problems"))
        self.settings_action = make_action(self, self.tr("Editing &options…"),
                                           self.edit_settings, None,
                                           self.tr("Snapping, overlaps, minimum plot size"))
        self._sync_actions()

    # --- project ------------------------------------------------------------------------
    def attach(self, session: ProjectSession) -> None:
        """Start editing a newly opened project (a new, empty undo history)."""
        self.session = session
        self.stack = session.stack
        self.editor = session.editor
        self.editor.settings = self.load_settings()
        self.stack.changed.connect(self._on_stack_changed)
        session.stopped.connect(self._editing_stopped)
        self.set_read_only(session.read_only)

    def _editing_stopped(self) -> None:
        self.set_read_only(True)

    def load_settings(self) -> EditSettings:
        text = self.window.settings.qsettings.value(SETTINGS_KEY, "")
        try:
            return EditSettings(**json.loads(text)) if text else EditSettings()
        except (TypeError, ValueError):
            return EditSettings()

    def _on_stack_changed(self, *_args) -> None:
        """A step was done, undone or redone: Undo and Redo name the next steps."""
        self._sync_actions()


    def set_read_only(self, read_only: bool) -> None:
        """No editing (a read-only project, or a file that went): tools and actions off."""
        self.read_only = read_only
        if read_only:
            for tool in self.tools:
                if self.window.tools.active is tool:
                    self.window.tools.activate("pan")
        self._sync_actions()

    def _sync_actions(self) -> None:
        stack = self.stack
        editable = not self.read_only
        self.undo_action.setEnabled(bool(stack and stack.can_undo and editable))
        self.redo_action.setEnabled(bool(stack and stack.can_redo and editable))
        self.undo_action.setText(self.tr("&Undo {0}").format(stack.undo_text) if stack and
                                 stack.can_undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(stack.redo_text) if stack and
                                 stack.can_redo else self.tr("&Redo"))
        for action in (self.delete_action, self.merge_action, self.coordinates_action,
                       self.gpx_action):
            action.setEnabled(self.editor is not None and editable)
        for action in (self.overlaps_action, self.problems_action):
            action.setEnabled(self.editor is not None)
        for tool in self.tools:
            tool.action.setEnabled(editable)

    # --- problems -----------------------------------------------------------------------
    def show_problem(self, error: DomainError) -> None:
        """Say what is wrong and mark where, on the map, for a while."""
        self.problem_at = getattr(error, "location", None)
        self._problem_timer.start()
        self.canvas.update()
        QMessageBox.warning(self.window, self.tr("This shape cannot be saved"), say(error))

    def _clear_problem(self) -> None:
        self.problem_at = None
        self.canvas.update()

    def _paint_problem(self, painter: QPainter) -> None:
        if self.problem_at is None:
            return
        px, py = self.canvas.viewport.map_to_pixel(*self.problem_at)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(220, 30, 30), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(float(px), float(py)), 12.0, 12.0)
        painter.restore()

    def _run(self, call) -> object | None:
        """Run an editor call; a refusal is shown and changes nothing."""
        try:
            return call()
        except DomainError as exc:
            if not report_failure(self.window, exc):
                self.show_problem(exc)
            return None

    # --- commands -----------------------------------------------------------------------
    def undo(self) -> None:
        if self.stack is not None and self.stack.can_undo:
            self._busy(self.stack.undo)

    def redo(self) -> None:
        if self.stack is not None and self.stack.can_redo:
            self._busy(self.stack.redo)

    def _busy(self, call) -> None:
        """A wait cursor while a step runs: undoing an import of a province's plots
        takes seconds."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._run(call)
        finally:
            QApplication.restoreOverrideCursor()

    def ask_new_plot(self, prepared) -> None:
        """The drawn (or typed, or walked) shape is ready: code, farmer, role, village."""
        from metkasekor_desktop.ui.language import current_language
        from metkasekor_desktop.ui.new_plot_dialog import NewPlotDialog

        if self.editor is None or self.window.project is None:
            return
        centre = prepared.geometry_map.representative_point()
        language = "kh" if current_language(self.window.settings.qsettings) == "km" else "en"
        dialog = NewPlotDialog(self.editor, prepared, centre.x, centre.y, self.window.project,
                               language, self.window)
        if dialog.exec() and dialog.plot_id is not None:
            self.tools[0].clear()  # the drawing is saved: the draw tool starts afresh
            self.canvas.plot_layer.select([dialog.plot_id])
            self.window.statusBar().showMessage(
                self.tr("Plot saved: {0:.2f} ha").format(prepared.area_ha), 6000)

    def ask_split(self, plot_id: int, line) -> None:
        if self.editor is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Split plot"),
            self.tr("Copy the plot's season plans to both new plots? (No keeps them on the "
                    "larger plot only.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Cancel:
            return
        self._run(lambda: self.editor.split(plot_id, line,
                                            answer == QMessageBox.StandardButton.Yes))

    def delete_selected(self) -> None:
        from metkasekor_desktop.ui.delete_plots_dialog import DeletePlotsDialog

        layer = self.canvas.plot_layer
        if self.editor is None or layer is None or not layer.selected:
            return
        ids = list(layer.selected)
        codes = [str(layer.table.codes[layer.index_of(i)]) for i in ids]
        dialog = DeletePlotsDialog(codes, self.editor.dependents(ids), self.window)
        if dialog.exec():
            self._run(lambda: self.editor.delete(ids))

    def merge_selected(self) -> None:
        layer = self.canvas.plot_layer
        if self.editor is None or layer is None or len(layer.selected) < 2:
            self.window.statusBar().showMessage(
                self.tr("Select two or more adjacent plots of one farmer to merge."), 6000)
            return
        merged = self._run(lambda: self.editor.merge(layer.selected))
        if merged is not None:
            layer.select([merged])

    def _prepared_from(self, dialog) -> None:
        if dialog.exec():
            prepared = dialog.prepared()
            if prepared is not None:
                self.ask_new_plot(prepared)

    def plot_from_coordinates(self) -> None:
        from metkasekor_desktop.ui.coordinates_dialog import CoordinatesDialog

        if self.editor is not None:
            self._prepared_from(CoordinatesDialog(self.editor, self.canvas.map_epsg,
                                                  self.window))

    def plot_from_gpx(self) -> None:
        from metkasekor_desktop.ui.gpx_dialog import GpxDialog

        if self.editor is not None:
            self._prepared_from(GpxDialog(self.editor, self.canvas.map_epsg, self.window))

    def find_overlaps(self) -> None:
        self._find(self.window.overlaps_panel.show_overlaps, self.window.overlaps_dock,
                   self.tr("{0} overlapping pairs of plots"))

    def find_problems(self) -> None:
        self._find(self.window.problems_panel.show_problems, self.window.problems_dock,
                   self.tr("{0} problems found"))

    def _find(self, search, dock, message: str) -> None:  # noqa: ANN001 - a panel's search
        """Run a panel's search over the plots, show its dock and say how many it found."""
        layer = self.canvas.plot_layer
        if layer is None:
            return
        found = search(layer)
        dock.show()
        dock.raise_()
        self.window.statusBar().showMessage(message.format(len(found)), 6000)

    def show_plots(self, ids) -> None:
        layer = self.canvas.plot_layer
        if layer is not None:
            layer.select(ids)
            self.canvas.zoom_to_selection()

    def edit_settings(self) -> None:
        from metkasekor_desktop.ui.edit_settings_dialog import EditSettingsDialog

        current = self.editor.settings if self.editor is not None else self.load_settings()
        dialog = EditSettingsDialog(current, self.window)
        if dialog.exec():
            chosen = dialog.settings()
            self.window.settings.qsettings.setValue(SETTINGS_KEY, json.dumps(asdict(chosen)))
            if self.editor is not None:
                self.editor.settings = chosen
