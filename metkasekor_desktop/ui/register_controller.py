"""The window's register: the current season, the plot panel, farmers, providers,
extension events, seasons, practices, the adoption summary, the diffusion and the
service market windows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.season_state import CurrentSeason
from metkasekor_desktop.layers.session import ProjectSession
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.events_panel import EventsPanel
from metkasekor_desktop.ui.language import place_language
from metkasekor_desktop.ui.plot_panel import PlotPanel
from metkasekor_desktop.ui.project_files import make_action
from metkasekor_desktop.ui.registers import FarmerRegister, ProviderRegister
from metkasekor_desktop.ui.season_manager import SeasonSelector

if TYPE_CHECKING:
    from metkasekor_desktop.ui.window_services import WindowServices


class RegisterController(QObject):
    """Builds the register docks and keeps them on the open project and the season."""

    def __init__(self, window: WindowServices, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.language = language
        self.current_season = CurrentSeason()
        self.season_selector = SeasonSelector(self.current_season, window)
        self.season_selector.setToolTip(self.tr("The season shown on the map and in the panels"))
        self.plot_panel = PlotPanel(window, language=place_language(language))
        self.farmers = FarmerRegister(window)
        self.providers = ProviderRegister(window)
        self.events = EventsPanel(window)
        area = Qt.DockWidgetArea.RightDockWidgetArea
        self.plot_dock = window.add_dock(self.tr("Plot"), "plotPanelDock", self.plot_panel, area,
                                         scroll=True)
        self.farmers_dock = window.add_dock(self.tr("Farmers"), "farmersDock", self.farmers,
                                            Qt.DockWidgetArea.BottomDockWidgetArea)
        self.providers_dock = window.add_dock(self.tr("Providers"), "providersDock",
                                              self.providers,
                                              Qt.DockWidgetArea.BottomDockWidgetArea)
        self.events_dock = window.add_dock(self.tr("Extension events"), "eventsDock",
                                           self.events, Qt.DockWidgetArea.BottomDockWidgetArea)
        window.tabifyDockWidget(window.identify_dock, self.plot_dock)  # both: the selected plot
        self.plot_dock.raise_()
        window.tabifyDockWidget(self.farmers_dock, self.providers_dock)
        window.tabifyDockWidget(self.providers_dock, self.events_dock)
        for dock in (self.farmers_dock, self.providers_dock, self.events_dock):
            dock.hide()  # opened from the Register menu; the layout is remembered after
        for dock in (self.plot_dock, self.farmers_dock, self.providers_dock, self.events_dock):
            dock.toggleViewAction().triggered.connect(
                lambda checked, d=dock: self.bring_forward(d) if checked else None)
        self.seasons_action = make_action(self, self.tr("&Seasons…"), self.edit_seasons, None,
                                          self.tr("Add, rename or remove seasons"))
        self.practices_action = make_action(self, self.tr("&Practice catalogue…"),
                                            self.edit_practices, None,
                                            self.tr("The CA practices plans can use"))
        self.apply_plan_action = make_action(
            self, self.tr("&Apply this plan to the selected plots"), self.apply_plan,
            None, self.tr("Give every selected plot the plan shown in the plot panel"))
        self.adoption_action = make_action(self, self.tr("A&doption summary…"),
                                           self.show_adoption, None,
                                           self.tr("Plots, hectares and farmers per practice"))
        self.diffusion_action = make_action(
            self, self.tr("Di&ffusion…"), self.show_diffusion, None,
            self.tr("How CA spreads per area: farmers who have adopted, the Bass model and "
                    "the tipping point"))
        self.targets_action = make_action(
            self, self.tr("&Target populations…"), self.show_targets, None,
            self.tr("The farm households of each area: the market potential of the "
                    "diffusion model and the base of the share of adopters"))
        self.market_action = make_action(
            self, self.tr("Service &market…"), self.show_market, None,
            self.tr("What providers delivered per year, provider and season"))
        self.report_action = make_action(
            self, self.tr("Season repor&t…"), self.show_season_report, "Ctrl+Shift+P",
            self.tr("A PDF for the annual meeting: adoption, diffusion, the market, trial "
                    "results and events of a season, with its tables as Excel"))
        self.villages_action = make_action(
            self, self.tr("&Assign villages to plots without one…"), self.assign_villages, None,
            self.tr("Give plots without a village (imported ones) the village of their nearest "
                    "neighbour, so district filters and exports find them"))
        self.field_forms_action = make_action(
            self, self.tr("Field f&orms…"), self.show_field_forms, None,
            self.tr("The phone forms of a season for ODK Collect or KoboCollect, with the "
                    "lists of plots and villages they read"))
        self.submissions_action = make_action(
            self, self.tr("&Import field submissions…"), self.import_submissions, None,
            self.tr("Visits, crop cuts, soil samples, events and new plots sent from the "
                    "phones (an ODK Central or KoboToolbox export), checked first"))
        self.site_action = make_action(
            self, self.tr("Publish &website…"), self.publish_site, None,
            self.tr("A static website of the uptake of CA for partners and the public, in "
                    "Khmer and English, with nothing personal in it"))
        self._pair_for: int | None = None
        self.current_season.changed.connect(lambda _id: self._season_changed())
        self.plot_panel.pick_pair_requested.connect(self._start_pair_pick)

    @staticmethod
    def bring_forward(dock) -> None:  # noqa: ANN001 - a QDockWidget
        """Show a dock in front of the docks it shares a tab group with, and focus it."""
        dock.show()
        dock.raise_()
        widget = dock.widget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- project ------------------------------------------------------------------------
    def attach(self, session: ProjectSession) -> None:
        project, layer, stack = session.project, session.layer, session.stack
        language = place_language(self.language)
        self.plot_panel.release()
        self.season_selector.set_project(project, stack)
        self.farmers.set_project(project, stack, language)
        self.providers.set_project(project, stack, language)
        self.events.set_project(project, stack, language,
                                plots_source=lambda: self.window.canvas.plot_layer.table)
        self.window.plots.set_season(project, self.current_season.season_id)
        layer.selection_changed.connect(self._selection_changed)
        self._selection_changed(layer.selected)

    def _stack(self):  # noqa: ANN202 - the open project's UndoStack, or None
        session = self.window.session
        return None if session is None else session.stack

    def _selected_one(self) -> int | None:
        layer = self.window.canvas.plot_layer
        if layer is None or len(layer.selected) != 1:
            return None
        return int(layer.selected[0])

    def _selection_changed(self, ids) -> None:
        if self._pair_for is not None:
            if len(ids) == 1 and ids[0] != self._pair_for:
                self._finish_pair_pick(int(ids[0]))
                return
            if not ids:  # an empty spot: no pair chosen
                plot_id, self._pair_for = self._pair_for, None
                self.window.statusBar().clearMessage()
                self.window.canvas.plot_layer.select([plot_id])
                return
        self._show_plot()
        self.events.show_site(self._selected_one())

    def _show_plot(self) -> None:
        project = self.window.project
        if project is None or self._stack() is None:
            self.plot_panel.clear()
            return
        self.plot_panel.show_plot(project, self._stack(), self._selected_one(),
                                  self.current_season.season_id, place_language(self.language))

    def _season_changed(self) -> None:
        """The map's season style, the table's season columns and the panel follow."""
        from metkasekor_desktop.layers.plot_styling import SEASON_KINDS, apply_style

        project, layer = self.window.project, self.window.canvas.plot_layer
        if project is None or layer is None:
            return
        season = self.current_season.season_id
        self.window.plots.set_season(project, season)
        self.window.plots.refresh_season()
        attribute = getattr(layer.style, "attribute", None)
        if attribute in SEASON_KINDS and season is not None:
            try:
                apply_style(layer, project, attribute, season_id=season,
                            language=place_language(self.language))
            except DomainError as exc:
                self.window.statusBar().showMessage(say(exc), 6000)
        self._show_plot()

    # --- pairing on the map -------------------------------------------------------------
    def _start_pair_pick(self, plot_id: int) -> None:
        self._pair_for = int(plot_id)
        self.window.tools.activate("select")
        self.window.statusBar().showMessage(
            self.tr("Click the control plot of this demonstration plot on the map; click an "
                    "empty spot to cancel."))

    def _finish_pair_pick(self, partner_id: int) -> None:
        plot_id, self._pair_for = self._pair_for, None
        self.plot_panel.set_pair(partner_id)
        self.window.statusBar().clearMessage()
        self.window.canvas.plot_layer.select([plot_id])

    # --- dialogs ------------------------------------------------------------------------
    def edit_seasons(self) -> None:
        from metkasekor_desktop.ui.season_manager import SeasonManagerDialog

        if self.window.project is not None:
            SeasonManagerDialog(self.window.project, self._stack(), self.window).exec()
            self.season_selector.refresh()

    def edit_practices(self) -> None:
        from metkasekor_desktop.ui.practice_catalogue import PracticeCatalogueDialog

        if self.window.project is not None:
            PracticeCatalogueDialog(self.window.project, self._stack(),
                                    self.window).exec()

    def apply_plan(self) -> None:
        layer = self.window.canvas.plot_layer
        if layer is None or len(layer.selected) < 2:
            self.window.statusBar().showMessage(
                self.tr("Select the plots that get the plan shown in the plot panel."), 6000)
            return
        if self.plot_panel.plan.apply_to(layer.selected):
            self.window.statusBar().showMessage(
                self.tr("The plan was given to {0} plots.").format(len(layer.selected)), 6000)

    def assign_villages(self) -> bool:
        """Offer villages to the plots without one; applied as one undo step."""
        from PySide6.QtWidgets import QMessageBox

        from metkasekor_desktop.layers.village_assignment import assignment_command
        from metkasekor_desktop.ui.village_dialog import VillageAssignmentDialog

        layer, stack = self.window.canvas.plot_layer, self._stack()
        if self.window.project is None or layer is None or stack is None:
            return False
        title = self.tr("Assign villages")
        if all(isinstance(c, str) and c.strip() for c in layer.table.village_codes):
            QMessageBox.information(self.window, title,
                                    self.tr("Every plot has a village already."))
            return False
        dialog = VillageAssignmentDialog(layer.table, place_language(self.language),
                                         self.window)
        if not dialog.exec():
            return False
        proposal = dialog.proposal()
        if not len(proposal):
            return False
        try:
            stack.push(assignment_command(proposal))
        except (DomainError, ProjectError) as exc:
            QMessageBox.warning(self.window, title, say(exc))
            return False
        self.window.statusBar().showMessage(
            self.tr("{0} plots got the village of their nearest neighbour; Undo takes it "
                    "back.").format(len(proposal)), 8000)
        return True

    def show_adoption(self) -> None:
        from metkasekor_desktop.ui.adoption_dialog import AdoptionDialog

        if self.window.project is not None:
            AdoptionDialog(self.window.project, place_language(self.language),
                           self.window).exec()

    def show_diffusion(self) -> None:
        from metkasekor_desktop.ui.diffusion_dialog import DiffusionDialog

        if self.window.project is not None:
            DiffusionDialog(self.window.project, place_language(self.language), self.window,
                            layer=self.window.canvas.plot_layer).exec()

    def show_targets(self) -> None:
        from metkasekor_desktop.ui.target_populations_dialog import TargetPopulationsDialog

        if self.window.project is not None:
            TargetPopulationsDialog(self.window.project, place_language(self.language),
                                    self.window).exec()

    def show_market(self) -> None:
        from metkasekor_desktop.ui.market_dialog import MarketDialog

        if self.window.project is not None:
            MarketDialog(self.window.project, place_language(self.language),
                         self.window).exec()

    def show_season_report(self) -> None:
        """File > Season report: ask, then write the PDF in the background."""
        from PySide6.QtWidgets import QMessageBox

        from metkasekor_desktop.analysis.adoption import opening_season_id
        from metkasekor_desktop.analysis.stages import plot_infos
        from metkasekor_desktop.ui.season_report_dialog import SeasonReportDialog, write_report

        project = self.window.project
        if project is None:
            return
        seasons = project.seasons.list()
        if not seasons:
            QMessageBox.information(self.window, self.tr("Season report"), self.tr(
                "The project has no season yet: add one (Register > Seasons) first."))
            return
        opening = opening_season_id(seasons, plot_infos(project.plots.load_table()),
                                    project.plans.list())
        stem = Path(getattr(project, "path", None) or "register").stem
        target = Path(self.window.settings.last_directory()) / f"{stem}-season-report.pdf"
        dialog = SeasonReportDialog(seasons, opening, self.language, target, self.window)
        if dialog.exec():
            write_report(self.window, project, dialog, self.language)

    def publish_site(self) -> None:
        """File > Publish website: ask, then write the site in the background."""
        from metkasekor_desktop.ui.site_dialog import SiteDialog, publish_site

        project = self.window.project
        if project is None:
            return
        stem = Path(getattr(project, "path", None) or "register").stem
        folder = Path(self.window.settings.folder("export")) / f"{stem}-website"
        dialog = SiteDialog(project.seasons.list(), folder, self.window)
        try:
            if dialog.exec():
                written = publish_site(self.window, project, dialog)
                if written is not None:
                    self.window.settings.set_folder("export", written.parent)
        finally:
            dialog.deleteLater()

    def show_field_forms(self) -> None:
        """Register > Field forms: write the phone forms of a season into a folder."""
        from PySide6.QtWidgets import QMessageBox

        from metkasekor_desktop.ui.field_forms_dialog import FieldFormsDialog

        project = self.window.project
        if project is None:
            return
        seasons = project.seasons.list()
        if not seasons:
            QMessageBox.information(self.window, self.tr("Field forms"), self.tr(
                "The project has no season yet: add one (Register > Seasons) first."))
            return
        stem = Path(getattr(project, "path", None) or "register").stem
        folder = Path(self.window.settings.folder("export")) / f"{stem}-forms"
        dialog = FieldFormsDialog(project, seasons, folder, self.window)
        try:
            dialog.exec()
            if dialog.report is not None:
                self.window.settings.set_folder("export", dialog.report.folder.parent)
        finally:
            dialog.deleteLater()

    def import_submissions(self) -> None:
        """Register > Import field submissions: review a file from the phones, then
        import it; the window follows what was written."""
        from PySide6.QtWidgets import QMessageBox

        from metkasekor_desktop.ui.submissions_dialog import SubmissionsDialog

        session = self.window.session
        if session is None:
            return
        if session.read_only:
            QMessageBox.information(self.window, self.tr("Import field submissions"), self.tr(
                "This project is open read-only: nothing can be imported into it."))
            return
        self.window.tools.activate("pan")  # a drawing under way ends before the import
        dialog = SubmissionsDialog(session, self.window,
                                   start_folder=self.window.settings.folder("import"))
        try:
            dialog.exec()
            if dialog.path is not None:
                self.window.settings.set_folder("import", dialog.path)
        finally:
            dialog.deleteLater()
