"""The main window: the map in the centre, docks around it, menus and status."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop import __version__
from metkasekor_desktop.domain.geometry import METRIC_EPSG
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.qgis_styles import ensure_qgis_style
from metkasekor_desktop.layers.session import ProjectSession
from metkasekor_desktop.layers.viewport import Viewport
from metkasekor_desktop.storage import Project, ProjectError, is_register_target
from metkasekor_desktop.ui.banner import Banner
from metkasekor_desktop.ui.edit_controller import EditController
from metkasekor_desktop.ui.file_watch import FileWatch
from metkasekor_desktop.ui.history_actions import HistoryActions
from metkasekor_desktop.ui.history_panel import HistoryPanel
from metkasekor_desktop.ui.identify_panel import IdentifyPanel
from metkasekor_desktop.ui.language import current_language, language_menu, place_language
from metkasekor_desktop.ui.layers_dock import LayersPanel
from metkasekor_desktop.ui.legend_panel import LegendPanel
from metkasekor_desktop.ui.map_canvas import MapCanvas
from metkasekor_desktop.ui.map_layers import MapLayers
from metkasekor_desktop.ui.overlaps_panel import OverlapsPanel
from metkasekor_desktop.ui.plots_table import PlotsTableWidget
from metkasekor_desktop.ui.problems_panel import ProblemsPanel
from metkasekor_desktop.ui.project_files import ProjectFiles, make_action
from metkasekor_desktop.ui.recent import AppSettings
from metkasekor_desktop.ui.register_controller import RegisterController
from metkasekor_desktop.ui.status_bar import MapStatus
from metkasekor_desktop.ui.sync_controller import SyncController
from metkasekor_desktop.ui.tools.identify import IdentifyTool
from metkasekor_desktop.ui.tools.pan import PanTool
from metkasekor_desktop.ui.tools.select import SelectTool
from metkasekor_desktop.ui.tools.zoom_box import ZoomBoxTool
from metkasekor_desktop.ui.trials_controller import TrialsController
from metkasekor_desktop.ui.window_layout import (
    FRAME_BORDER_PX,
    MAP_SHARE,
    SIDE_AREAS,
    TITLE_BAR_PX,
    VIEW_SETTING,
    first_window_rect,
    fit_rect,
    saved_view,
    screen_key,
)


def _button_text(text: str) -> str:
    """Menu text without its accelerator, also in the "Khmer words(&F)" form."""
    return re.sub(r"\(&.\)", "", text).replace("&", "").replace("…", "").strip()


class MainWindow(QMainWindow):
    """One project at a time; every edit is already saved, so closing never asks."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.project: Project | None = None
        self.session: ProjectSession | None = None  # the open project
        self.layers = LayerList()
        self.canvas = MapCanvas(self.layers, METRIC_EPSG, self)
        self.banner = Banner(self)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.canvas, 1)
        self.setCentralWidget(centre)
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")
        self.files = ProjectFiles(self)
        self.office_sync = SyncController(self, self.files.passwords)
        self.map_layers = MapLayers(self)

        self.language = current_language(self.settings.qsettings)
        self.plots = PlotsTableWidget(self, language=place_language(self.language),
                                      qsettings=self.settings.qsettings)
        self.plots_dock = self.add_dock(self.tr("Plots"), "plotsDock", self.plots,
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.layers_panel = LayersPanel(self.layers, self)
        self.layers_dock = self.add_dock(self.tr("Layers"), "layersDock", self.layers_panel,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.legend_panel = LegendPanel(self.layers, self)
        self.legend_dock = self.add_dock(self.tr("Legend"), "legendDock", self.legend_panel,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.identify_panel = IdentifyPanel(self)
        self.identify_dock = self.add_dock(self.tr("Identify"), "identifyDock",
                                        self.identify_panel,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_panel = HistoryPanel(None, self)
        self.history_dock = self.add_dock(self.tr("Edit history"), "historyDock",
                                       self.history_panel,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.overlaps_panel = OverlapsPanel(self)
        self.overlaps_dock = self.add_dock(self.tr("Overlapping plots"), "overlapsDock",
                                        self.overlaps_panel,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.problems_panel = ProblemsPanel(self)
        self.problems_dock = self.add_dock(self.tr("Plot problems"), "problemsDock",
                                        self.problems_panel,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.identify_dock, self.history_dock)
        self.tabifyDockWidget(self.history_dock, self.overlaps_dock)
        self.tabifyDockWidget(self.overlaps_dock, self.problems_dock)
        self.identify_dock.raise_()
        self.resizeDocks([self.plots_dock, self.layers_dock], [540, 220],
                         Qt.Orientation.Horizontal)
        self.layers_panel.add_raster_requested.connect(self.map_layers.choose_raster)
        self.layers_panel.zoom_requested.connect(self.map_layers.zoom_to)
        self.layers_panel.style_requested.connect(self.map_layers.edit_style)

        self.tools = self.canvas.tools
        for tool in (PanTool(self.canvas), ZoomBoxTool(self.canvas), SelectTool(self.canvas),
                     IdentifyTool(self.canvas)):
            self.tools.add(tool)
        self.tools.tool("identify").identified.connect(self._identify)
        self.edit = EditController(self)
        self.register = RegisterController(self, self.language)
        self.trials = TrialsController(self, self.language)
        self.history = HistoryActions(self)
        self.overlaps_panel.show_requested.connect(self.edit.show_plots)
        self.problems_panel.show_plots.connect(self.edit.show_plots)
        self.file_watch = FileWatch(self)
        self.tools.active_changed.connect(
            lambda tool: self.statusBar().showMessage(tool.status_hint(), 6000))

        self._build_actions()
        self._build_menus()
        self.status = MapStatus(self.statusBar(), self.canvas)
        self.tools.activate("pan")
        self._update_title()
        self._restore_layout()

    def add_dock(self, title: str, name: str, widget, area: Qt.DockWidgetArea,
                 scroll: bool = False) -> QDockWidget:
        """A dock of the window; ``scroll`` puts tall contents in a scroll area so the
        window still fits a small laptop screen."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is None:  # filled when first shown
            self.addDockWidget(area, dock)
            return dock
        if scroll:
            area_widget = QScrollArea(dock)
            area_widget.setWidgetResizable(True)
            area_widget.setFrameShape(QFrame.Shape.NoFrame)
            area_widget.setWidget(widget)
            widget = area_widget
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # --- construction -------------------------------------------------------------------
    def _build_actions(self) -> None:
        canvas = self.canvas
        self.add_raster_action = make_action(
            self, self.tr("Add &raster…"), self.map_layers.choose_raster, "Ctrl+Shift+R",
            self.tr("Add a GeoTIFF: elevation, imagery or an index"))
        self.add_basemap_action = make_action(
            self, self.tr("Add &basemap…"), self.map_layers.choose_basemap, "Ctrl+Shift+B",
            self.tr("Tiles from a folder, an MBTiles file or an online service"))
        self.export_map_action = make_action(
            self, self.tr("Export &map…"), self.map_layers.export_map, "Ctrl+Shift+E",
            self.tr("The current view as a PNG or PDF with title, legend and scale bar"))
        self.overviews_action = make_action(
            self, self.tr("Build &overviews…"), self.map_layers.build_overviews, None,
            self.tr("Make the selected raster draw fast when zoomed out"))
        self.zonal_action = make_action(
            self, self.tr("&Zonal statistics of plots…"), self.map_layers.zonal_statistics,
            None, self.tr("Mean, minimum and maximum of the selected raster for every plot"))
        self.slope_action = make_action(
            self, self.tr("Zonal statistics of the &slope…"),
            lambda: self.map_layers.zonal_statistics("slope"), None,
            self.tr("Slope (degrees) of the selected elevation raster for every plot"))
        self.quit_action = make_action(self, self.tr("&Quit"), self.close,
                                       QKeySequence.StandardKey.Quit)
        self.zoom_all_action = make_action(self, self.tr("Zoom to &all"), canvas.zoom_to_all,
                                           "Ctrl+Shift+F", self.tr("Show every plot"))
        self.zoom_sel_action = make_action(self, self.tr("Zoom to &selection"),
                                           canvas.zoom_to_selection, "Ctrl+J",
                                           self.tr("Show the selected plots"))
        self.zoom_in_action = make_action(self, self.tr("Zoom &in"),
                                          lambda: canvas.zoom_by(2.0),
                                          QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = make_action(self, self.tr("Zoom &out"),
                                           lambda: canvas.zoom_by(0.5),
                                           QKeySequence.StandardKey.ZoomOut)
        self.prev_view_action = make_action(self, self.tr("&Previous view"),
                                            canvas.previous_view, "Ctrl+[")
        self.next_view_action = make_action(self, self.tr("&Next view"), canvas.next_view,
                                            "Ctrl+]")
        self.about_action = make_action(self, self.tr("&About MetKasekor Desktop"), self.about)

    def _build_menus(self) -> None:
        files = self.files
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([files.new_action, files.open_action, files.connect_action])
        file_menu.addMenu(files.recent_menu)
        file_menu.addActions([files.save_as_action, files.publish_action, files.office_action])
        sync = self.office_sync
        file_menu.addActions([sync.copy_action, sync.sync_action, sync.conflicts_action])
        file_menu.addSeparator()
        file_menu.addActions([files.import_action, files.export_action, self.export_map_action,
                              self.register.report_action, self.register.site_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_all_action, self.zoom_sel_action, self.zoom_in_action,
                              self.zoom_out_action, self.prev_view_action,
                              self.next_view_action])
        view_menu.addSeparator()
        view_menu.addActions([t.action for t in self.tools.tools()
                              if t not in self.edit.tools])
        view_menu.addSeparator()
        for dock in (self.layers_dock, self.legend_dock, self.plots_dock, self.identify_dock,
                     self.history_dock, self.overlaps_dock, self.problems_dock):
            view_menu.addAction(dock.toggleViewAction())

        edit = self.edit
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([edit.undo_action, edit.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([t.action for t in edit.tools])
        edit_menu.addSeparator()
        edit_menu.addActions([edit.coordinates_action, edit.gpx_action, edit.merge_action,
                              edit.delete_action])
        edit_menu.addSeparator()
        edit_menu.addActions([edit.overlaps_action, edit.problems_action,
                              self.register.villages_action, edit.settings_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.history.plot_history_action, self.history.restore_action])

        register = self.register
        register_menu = self.menuBar().addMenu(self.tr("&Register"))
        for dock in (register.plot_dock, register.farmers_dock, register.providers_dock,
                     register.events_dock):
            register_menu.addAction(dock.toggleViewAction())
        register_menu.addSeparator()
        register_menu.addActions([register.apply_plan_action, register.seasons_action,
                                  register.practices_action])
        register_menu.addSeparator()
        register_menu.addActions([register.field_forms_action, register.submissions_action])
        register_menu.addSeparator()
        register_menu.addActions([register.adoption_action, register.diffusion_action,
                                  register.targets_action, register.market_action])

        trials = self.trials
        trials_menu = self.menuBar().addMenu(self.tr("&Trials"))
        for dock in (trials.trials_dock, trials.measurements_dock, trials.charts_dock):
            trials_menu.addAction(dock.toggleViewAction())
        trials_menu.addSeparator()
        trials_menu.addAction(trials.results_action)
        trials_menu.addSeparator()
        trials_menu.addActions([trials.import_soil_action, trials.import_yield_action])

        layer_menu = self.menuBar().addMenu(self.tr("&Layer"))
        layer_menu.addActions([self.add_raster_action, self.add_basemap_action])
        layer_menu.addSeparator()
        layer_menu.addActions([self.overviews_action, self.zonal_action, self.slope_action])

        languages = language_menu(self, self.settings.qsettings)
        languages.digits_changed.connect(lambda _digits: self.status.show_numbers())
        self.menuBar().addMenu(languages)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Map"), self)
        toolbar.setObjectName("mapToolbar")
        toolbar.addActions([t.action for t in self.tools.tools() if t not in self.edit.tools])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_all_action, self.zoom_sel_action, self.add_raster_action])
        toolbar.addSeparator()
        toolbar.addActions([self.layers_dock.toggleViewAction(),
                            self.plots_dock.toggleViewAction()])
        toolbar.addSeparator()
        toolbar.addWidget(self.register.season_selector)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        edit_bar = QToolBar(self.tr("Editing"), self)
        edit_bar.setObjectName("editToolbar")
        edit_bar.addActions([edit.undo_action, edit.redo_action])
        edit_bar.addSeparator()
        edit_bar.addActions([t.action for t in edit.tools])
        edit_bar.addSeparator()
        edit_bar.addActions([edit.merge_action, edit.delete_action])
        self.addToolBar(edit_bar)
        self.edit_toolbar = edit_bar
        for bar in (toolbar, edit_bar):
            for action in bar.actions():
                action.setIconText(_button_text(action.text()))

    # --- project ------------------------------------------------------------------------
    def open_project(self, path: Path | str, password: str | None = None) -> bool:
        """Open a project file, or a shared register by its URL (``password`` for this
        connection only); a refusal is shown as a message and changes nothing."""
        register = is_register_target(path)
        path = path if register else Path(path)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            project = Project.open_any(path, password=password)
            ensure_qgis_style(project)
            table = project.plots.load_table()
            epsg = int(project.setting("map_crs_epsg", str(METRIC_EPSG)) or METRIC_EPSG)
        except (ProjectError, ValueError) as exc:
            QApplication.restoreOverrideCursor()
            if not register:  # a server away today is still a recent register
                self.settings.remove_recent(path)
            QMessageBox.warning(self, self.tr("Cannot open project"), say(exc))
            return False
        try:
            self._set_project(project, table, epsg)
        finally:
            QApplication.restoreOverrideCursor()
        self.settings.add_recent(path)  # a register's URL without its password
        self.statusBar().showMessage(self.tr("Opened {0}").format(project.title), 5000)
        return True

    def _set_project(self, project: Project, table, map_epsg: int) -> None:
        if self.session is not None:
            self.file_watch.detach()
            self.map_layers.save()
            self._save_view()
            self.session.close()
        self.project = project
        self.files.project_opened(project)
        self.office_sync.project_opened(project)
        self.problems_panel.clear()
        self.canvas.map_epsg = map_epsg
        layer = self.map_layers.load(project, table, map_epsg)
        layer.selection_changed.connect(lambda _ids: self.canvas.update())
        layer.selection_changed.connect(self._show_selection_count)
        # The table (gazetteer names, sorting) fills after the map's first frame, so a
        # province's project shows its map as early as possible.
        self.plots.set_layer(None)
        self._fill_table_after_frame(layer)
        session = ProjectSession(project, layer, map_epsg, self.edit.load_settings(),
                                 season=self.register.current_season)
        self.session = session
        self.canvas.set_session(session)
        self.edit.attach(session)
        self.history_panel.set_stack(session.stack)
        # The table updates the rows a change names; the map follows its layer, and the
        # panels listen to the session themselves.
        session.changed.connect(self.plots.show_changes)
        self.file_watch.attach(session)
        self.register.attach(session)
        self.trials.attach(session)
        self.history.attach(session)
        self.layers_panel.select_layer(layer)
        self.identify_panel.show_nothing()
        # Where the officer left this project, else its plots, else all its layers.
        saved = saved_view(project, map_epsg)
        if isinstance(saved, Viewport):  # its centre and scale, whatever the window's size
            self.canvas.set_viewport(replace(self.canvas.viewport, center_x=saved.center_x,
                                             center_y=saved.center_y,
                                             units_per_pixel=saved.units_per_pixel))
        else:
            self.canvas.fit_while_settling(
                saved or layer.extent() or self.layers.extent() or self.canvas.viewport.extent,
                margin=0.0 if saved else 0.05)
        self._show_selection_count(())
        self._update_title()

    def _fill_table_after_frame(self, layer) -> None:
        def fill() -> None:
            self.canvas.frame_shown.disconnect(fill)
            if self.canvas.plot_layer is layer:
                self.plots.set_layer(layer)
            # The gazetteer of the Plot panel's village picker, once the window is idle.
            QTimer.singleShot(0, self.register.plot_panel.village.prepare)

        self.canvas.frame_shown.connect(fill)

    def save_as(self) -> None:
        """Save a copy of the open project (File > Save project as)."""
        self.files.save_as()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MetKasekor Desktop"),
            self.tr("<b>MetKasekor Desktop</b> {0}<br>Plot planning for conservation "
                    "agriculture extension (មិត្តកសិករ).<br>Khmer font: Noto Sans Khmer, "
                    "SIL Open Font License.").format(__version__),
        )

    # --- status -------------------------------------------------------------------------
    def _identify(self, plot_id: int | None) -> None:
        if self.project is not None:
            self.identify_panel.show_plot(self.project, plot_id)
            if plot_id is not None:
                self.identify_dock.show()
                self.identify_dock.raise_()

    def _show_selection_count(self, ids) -> None:
        layer = self.canvas.plot_layer
        self.status.show_count(len(layer.table) if layer is not None else 0, len(ids))

    def _update_title(self) -> None:
        name = self.project.title if self.project else self.tr("no project")
        self.setWindowTitle(self.tr("MetKasekor Desktop — {0}").format(name))

    # --- layout and lifetime ------------------------------------------------------------
    def _restore_layout(self) -> None:
        """The saved size and docks, fitted to this screen: a layout saved on a large
        monitor must not push the status bar off a laptop's screen or squeeze the map."""
        geometry = self.settings.qsettings.value("window/geometry")
        state = self.settings.qsettings.value("window/state")
        available = self.available_geometry()
        saved_on = self.settings.qsettings.value("window/screen")
        same_screen = saved_on in (None, screen_key(available))
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and same_screen:
            self.restoreGeometry(geometry)
            if not self.isMaximized() and not self.isFullScreen():
                self.setGeometry(fit_rect(self.geometry(), available, self._frame_margins()))
        else:  # the first start, or a size saved on another screen: fit this one
            self.setGeometry(first_window_rect(available, self._frame_margins()))
        self._state_restored = bool(isinstance(state, QByteArray) and not state.isEmpty()
                                    and self.restoreState(state))
        self._docks_fitted = False

    def available_geometry(self) -> QRect:
        """The part of the window's screen that windows may use (no task bar)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)

    def _frame_margins(self) -> tuple[int, int]:
        """Width and height the window manager's frame adds (a guess before the first
        show: a title bar and thin borders)."""
        frame, inner = self.frameGeometry(), self.geometry()
        if self.isVisible() and frame.height() > inner.height():
            return frame.width() - inner.width(), frame.height() - inner.height()
        return 2 * FRAME_BORDER_PX, TITLE_BAR_PX + 2 * FRAME_BORDER_PX

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._docks_fitted:
            self._docks_fitted = True
            if not self.isMaximized() and not self.isFullScreen():  # the real frame now
                fitted = fit_rect(self.geometry(), self.available_geometry(),
                                  self._frame_margins())
                if fitted != self.geometry():
                    self.setGeometry(fitted)
            if not self._state_restored:
                self._first_dock_sizes()
            self.fit_docks()
            for dock in self.findChildren(QDockWidget):
                dock.visibilityChanged.connect(
                    lambda _v: QTimer.singleShot(0, self._hide_stale_tab_bars))
            self._hide_stale_tab_bars()

    def _hide_stale_tab_bars(self) -> None:
        """Hide the tab bars of dock groups whose docks are all closed. Qt leaves such a
        bar where the group was when a whole dock area empties (the Trials and Farmers
        tabs were drawn over the legend)."""
        docks = self.findChildren(QDockWidget)
        for bar in self.findChildren(QTabBar):
            if bar.parent() is not self or not bar.isVisible():
                continue
            titles = {bar.tabText(i) for i in range(bar.count())}
            members = [d for d in docks if d.windowTitle() in titles]
            if not titles or (members and not any(d.isVisible() for d in members)):
                bar.hide()

    def _first_dock_sizes(self) -> None:
        """On the first start the docks get shares of this screen's width: the plots
        table and the Plot panel need room for their filters and fields, the layers
        less, and the map keeps the rest."""
        self.layout().activate()
        width = self.width()
        right = max(380, int(0.30 * width))
        left = max(200, int(0.15 * width))
        self.resizeDocks([self.plots_dock, self.layers_dock], [right, left],
                         Qt.Orientation.Horizontal)

    def fit_docks(self, share: float = MAP_SHARE) -> None:
        """Narrow the side docks so that the map keeps at least ``share`` of the width."""
        self.layout().activate()  # the dock sizes of the restored state, now
        total = self.width()
        central = self.centralWidget().width()
        if total <= 0 or central >= share * total:
            return
        areas: dict[Qt.DockWidgetArea, list[QDockWidget]] = {}
        for dock in self.findChildren(QDockWidget):
            area = self.dockWidgetArea(dock)
            if dock.isVisible() and not dock.isFloating() and area in SIDE_AREAS:
                areas.setdefault(area, []).append(dock)
        widths = {area: max(d.width() for d in docks) for area, docks in areas.items()}
        side = sum(widths.values())
        if side <= 0:
            return
        allowed = max(0, total - int(share * total) - (total - central - side))
        scale = allowed / side
        docks, sizes = [], []
        for area, members in areas.items():
            for dock in members:
                docks.append(dock)
                sizes.append(max(1, int(widths[area] * scale)))
        self.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)
        self.layout().activate()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.qsettings.setValue("window/geometry", self.saveGeometry())
        self.settings.qsettings.setValue("window/state", self.saveState())
        self.settings.qsettings.setValue("window/screen",
                                         screen_key(self.available_geometry()))
        self.settings.qsettings.sync()
        self.canvas.close()
        self.file_watch.detach()
        if self.session is not None:
            self.map_layers.save()
            self._save_view()
            self.session.close()
            self.session = None
            self.project = None
        super().closeEvent(event)

    def _save_view(self) -> None:
        """Remember the map's view in the project, so that it reopens there."""
        project = self.project
        if project is None or project.read_only:
            return
        view = self.canvas.viewport
        value = json.dumps({"epsg": self.canvas.map_epsg,
                            "extent": [round(v, 2) for v in view.extent],
                            "center": [round(view.center_x, 2), round(view.center_y, 2)],
                            "units_per_pixel": round(view.units_per_pixel, 6)})
        try:
            if project.setting(VIEW_SETTING) != value:
                project.set_setting(VIEW_SETTING, value)
        except ProjectError:  # busy, full or gone: the project opens on its plots instead
            pass

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from metkasekor_desktop.io.import_formats import is_readable

        paths = [u.toLocalFile().lower() for u in event.mimeData().urls()]
        if any(p.endswith(".gpkg") or is_readable(p) or MapLayers.is_raster(p)
               for p in paths):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A project opens; rasters are added to the map; a readable file is imported."""
        from metkasekor_desktop.io.import_formats import is_readable

        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        project = next((f for f in files if f.lower().endswith(".gpkg")), None)
        if project is not None:
            self.open_project(Path(project))
        elif self.project is not None:
            for f in files:
                if MapLayers.is_raster(f):
                    self.map_layers.add_raster(Path(f))
            plots = next((f for f in files if is_readable(f)), None)
            if plots is not None:
                self.files.import_plots(plots)
        event.acceptProposedAction()
