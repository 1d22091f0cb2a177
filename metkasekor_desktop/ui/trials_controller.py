"""The window's trials work: the trials list, measurements of the selected plot, charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from metkasekor_desktop.layers.session import ProjectSession
from metkasekor_desktop.layers.trial_highlight import paint_trial
from metkasekor_desktop.ui.language import place_language
from metkasekor_desktop.ui.measurements_panel import MeasurementsPanel
from metkasekor_desktop.ui.project_files import make_action
from metkasekor_desktop.ui.register_controller import RegisterController
from metkasekor_desktop.ui.trials_panel import TrialsPanel

if TYPE_CHECKING:
    from metkasekor_desktop.ui.charts_panel import ChartsPanel
    from metkasekor_desktop.ui.trial_results_dialog import TrialResultsDialog
    from metkasekor_desktop.ui.window_services import WindowServices


class TrialsController(QObject):
    """Trials and measurements docks, and the charts dock made on first show (pyqtgraph
    loads only then, so the window opens fast)."""

    def __init__(self, window: WindowServices, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.language = place_language(language)
        self.trials = TrialsPanel(window)
        self.measurements = MeasurementsPanel(window)
        area = Qt.DockWidgetArea.BottomDockWidgetArea
        self.trials_dock = window.add_dock(self.tr("Trials"), "trialsDock", self.trials, area)
        self.measurements_dock = window.add_dock(self.tr("Measurements"), "measurementsDock",
                                                 self.measurements, area)
        self.charts: ChartsPanel | None = None
        self.charts_dock = window.add_dock(self.tr("Charts"), "chartsDock", None, area)
        window.tabifyDockWidget(self.trials_dock, self.measurements_dock)
        window.tabifyDockWidget(self.measurements_dock, self.charts_dock)
        for dock in (self.trials_dock, self.measurements_dock, self.charts_dock):
            dock.hide()
            dock.toggleViewAction().triggered.connect(
                lambda checked, d=dock: RegisterController.bring_forward(d) if checked else None)
        self.charts_dock.visibilityChanged.connect(self._charts_shown)
        self.import_soil_action = make_action(
            self, self.tr("Import &soil results…"), lambda: self.import_results("soil"), None,
            self.tr("Soil samples from a lab sheet or a phone-form export (CSV or Excel)"))
        self.import_yield_action = make_action(
            self, self.tr("Import &yield results…"), lambda: self.import_results("yield"),
            None, self.tr("Harvest records from a CSV or Excel file"))
        self.results_action = make_action(
            self, self.tr("Trial &results…"), self.show_results, None,
            self.tr("CA minus farmer practice of every trial and season, in a table"))
        self.results_dialog: TrialResultsDialog | None = None
        self.roles: dict[int, str] = {}
        window.canvas.overlays.append(self._paint_trial)
        self.trials.show_requested.connect(self.show_trial_plots)
        self.trials.trial_changed.connect(self._trial_changed)

    def attach(self, session: ProjectSession) -> None:
        project, layer, stack = session.project, session.layer, session.stack
        self.roles = {}
        if self.results_dialog is not None:  # it showed the project closed now
            self.results_dialog.close()
        self.trials.set_project(
            project, stack, self.language,
            selection=lambda: self.window.canvas.plot_layer.selected,
            plots_source=lambda: self.window.canvas.plot_layer.table)
        if self.charts is not None:
            self.charts.set_project(project, self.language, stack)
        layer.selection_changed.connect(lambda _ids: self.show_measurements())
        layer.selection_changed.connect(self._follow_selection)
        session.season.changed.connect(self._season_changed)
        self.show_measurements()

    def _stack(self):  # noqa: ANN202 - the open project's UndoStack, or None
        session = self.window.session
        return None if session is None else session.stack

    def _season_changed(self, _season_id: int | None) -> None:
        self.show_measurements()

    def import_results(self, kind: str) -> None:
        """Soil or yield results from a file: mapped, previewed, written in one step."""
        from metkasekor_desktop.ui.results_import_dialog import ResultsImportDialog

        if self.window.project is not None:
            ResultsImportDialog(self.window.project, self._stack(), kind,
                                self.language, self.window).exec()

    def show_measurements(self) -> None:
        layer = self.window.canvas.plot_layer
        plot_id = int(layer.selected[0]) if layer is not None and len(layer.selected) == 1 \
            else None
        session = self.window.session
        self.measurements.show_plot(self.window.project, self._stack(), plot_id,
                                    None if session is None else session.season_id,
                                    self.language)

    def _follow_selection(self, ids) -> None:
        if self.charts is not None:
            self.charts.follow_selection(ids)
        if self.results_dialog is not None:
            self.results_dialog.follow_selection(ids)

    def show_results(self) -> None:
        """Open (or bring forward) the Trial results window of the open project."""
        from metkasekor_desktop.ui.trial_results_dialog import TrialResultsDialog

        if self.window.project is None:
            return
        if self.results_dialog is None:
            dialog = TrialResultsDialog(self.window.project, self.language, self._stack(),
                                        self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: self._results_closed(dialog))
            layer = self.window.canvas.plot_layer
            if layer is not None:
                dialog.follow_selection(layer.selected)
            self.results_dialog = dialog
        self.results_dialog.show()
        self.results_dialog.raise_()
        self.results_dialog.activateWindow()

    def _results_closed(self, dialog: TrialResultsDialog) -> None:
        if self.results_dialog is dialog:
            self.results_dialog = None

    def _charts_shown(self, visible: bool) -> None:
        if visible and self.charts is None:
            from metkasekor_desktop.ui.charts_panel import ChartsPanel

            self.charts = ChartsPanel(self.window)
            self.charts_dock.setWidget(self.charts)
            if self.window.project is not None:
                self.charts.set_project(self.window.project, self.language,
                                        self._stack())
                trial = self.trials.selected_trial()
                if trial is not None:
                    self.charts.show_trial(trial.id)
                # A selection made before the charts were first opened counts too.
                layer = self.window.canvas.plot_layer
                if layer is not None and layer.selected:
                    self.charts.follow_selection(layer.selected)

    def _trial_changed(self, trial) -> None:
        self.roles = {}
        self.window.canvas.update()
        if self.charts is not None and trial is not None:
            self.charts.show_trial(trial.id)

    def show_trial_plots(self, ids) -> None:
        trial = self.trials.selected_trial()
        self.roles = {m.plot_id: m.treatment for m in trial.members} if trial else {}
        layer = self.window.canvas.plot_layer
        if layer is None or not ids:
            return
        layer.select(ids)
        extent = layer.plot_extent(ids)
        if extent is not None:
            xmin, ymin, xmax, ymax = extent
            pad = max(xmax - xmin, ymax - ymin, 200.0) * 0.2
            self.window.canvas.zoom_to_extent((xmin - pad, ymin - pad, xmax + pad, ymax + pad))
        self.window.canvas.update()

    def _paint_trial(self, painter) -> None:
        layer = self.window.canvas.plot_layer
        if self.roles and layer is not None:
            paint_trial(painter, layer, self.window.canvas.viewport, self.roles)
