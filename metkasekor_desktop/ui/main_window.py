"""The main window: the map in the centre, the plots table beside it, menus and status."""

from __future__ import annotations

import math
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QToolBar,
)

from metkasekor_desktop import __version__
from metkasekor_desktop.domain.geometry import STORAGE_EPSG, transform_xy
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.storage import Project, ProjectError
from metkasekor_desktop.ui.language import language_menu
from metkasekor_desktop.ui.map_canvas import MapCanvas
from metkasekor_desktop.ui.plots_table import PlotsTableWidget
from metkasekor_desktop.ui.recent import AppSettings
from metkasekor_desktop.ui.tools.pan import PanTool
from metkasekor_desktop.ui.tools.select import SelectTool

MAP_EPSG = 32648  # WGS 84 / UTM zone 48N
PROJECT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "MetKasekor project (*.gpkg)")


def _button_text(text: str) -> str:
    """Menu text without its accelerator, also in the "Khmer words(&F)" form."""
    return re.sub(r"\(&.\)", "", text).replace("&", "").replace("…", "").strip()


class MainWindow(QMainWindow):
    """One project at a time; every edit is already saved, so closing never asks."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.project: Project | None = None
        self.layers = LayerList()
        self.canvas = MapCanvas(self.layers, MAP_EPSG, self)
        self.setCentralWidget(self.canvas)
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")

        self.plots = PlotsTableWidget(self)
        self.plots_dock = QDockWidget(self.tr("Plots"), self)
        self.plots_dock.setObjectName("plotsDock")
        self.plots_dock.setWidget(self.plots)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.plots_dock)
        self.resizeDocks([self.plots_dock], [540], Qt.Orientation.Horizontal)

        self.tools = self.canvas.tools
        self.tools.add(PanTool(self.canvas))
        self.tools.add(SelectTool(self.canvas))
        self.tools.active_changed.connect(
            lambda tool: self.statusBar().showMessage(tool.status_hint(), 6000)
        )

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.canvas.cursor_moved.connect(self._show_cursor)
        self.canvas.view_changed.connect(self._show_scale)
        self.tools.activate("pan")
        self._update_title()
        self._restore_layout()

    # --- construction -------------------------------------------------------------------
    def _action(
        self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New project…"),
            self.new_project,
            QKeySequence.StandardKey.New,
            self.tr("Create an empty project file"),
        )
        self.open_action = self._action(
            self.tr("&Open project…"),
            self.choose_project,
            QKeySequence.StandardKey.Open,
            self.tr("Open a MetKasekor project (.gpkg)"),
        )
        self.save_as_action = self._action(
            self.tr("Save project &as…"),
            self.save_as,
            QKeySequence.StandardKey.SaveAs,
            self.tr("Write a copy of the project and continue in it"),
        )
        self.export_shp_action = self._action(
            self.tr("Export plots as &Shapefile…"),
            self.export_shapefile,
            None,
            self.tr("Zipped Shapefile, UTF-8, for partners"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.zoom_all_action = self._action(
            self.tr("Zoom to &all"),
            self.canvas.zoom_to_all,
            "Ctrl+Shift+F",
            self.tr("Show every plot"),
        )
        self.zoom_sel_action = self._action(
            self.tr("Zoom to &selection"),
            self.canvas.zoom_to_selection,
            "Ctrl+J",
            self.tr("Show the selected plots"),
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), lambda: self.canvas.zoom_by(2.0), QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), lambda: self.canvas.zoom_by(0.5), QKeySequence.StandardKey.ZoomOut
        )
        self.prev_view_action = self._action(
            self.tr("&Previous view"), self.canvas.previous_view, "Ctrl+["
        )
        self.next_view_action = self._action(self.tr("&Next view"), self.canvas.next_view, "Ctrl+]")
        self.about_action = self._action(self.tr("&About MetKasekor Desktop"), self.about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_shp_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(
            [
                self.zoom_all_action,
                self.zoom_sel_action,
                self.zoom_in_action,
                self.zoom_out_action,
                self.prev_view_action,
                self.next_view_action,
            ]
        )
        view_menu.addSeparator()
        view_menu.addActions([t.action for t in self.tools.tools()])
        view_menu.addSeparator()
        view_menu.addAction(self.plots_dock.toggleViewAction())

        self.menuBar().addMenu(language_menu(self, self.settings.qsettings))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Map"), self)
        toolbar.setObjectName("mapToolbar")
        toolbar.addActions([t.action for t in self.tools.tools()])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_all_action, self.zoom_sel_action])
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.plots_dock.toggleViewAction())
        for action in self.toolbar.actions():
            action.setIconText(_button_text(action.text()))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.lonlat_label = QLabel(self)
        self.utm_label = QLabel(self)
        self.scale_label = QLabel(self)
        self.count_label = QLabel(self)
        for label in (self.count_label, self.lonlat_label, self.utm_label, self.scale_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bar.addPermanentWidget(label)
        self.lonlat_label.setToolTip(self.tr("Cursor position, WGS 84 longitude/latitude"))
        self.utm_label.setToolTip(self.tr("Cursor position, WGS 84 / UTM zone 48N"))

    # --- project ------------------------------------------------------------------------
    def open_project(self, path: Path | str) -> bool:
        """Open a project; a refusal is shown as a message and changes nothing."""
        path = Path(path)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            project = Project.open(path)
            table = project.plots.load_table()
        except ProjectError as exc:
            QApplication.restoreOverrideCursor()
            self.settings.remove_recent(path)
            QMessageBox.warning(self, self.tr("Cannot open project"), str(exc))
            return False
        try:
            self._set_project(project, table)
        finally:
            QApplication.restoreOverrideCursor()
        self.settings.add_recent(path)
        self.statusBar().showMessage(self.tr("Opened {0}").format(path.name), 5000)
        return True

    def _set_project(self, project: Project, table) -> None:
        if self.project is not None:
            self.project.close()
        self.project = project
        self.layers.clear()
        layer = PlotLayer(table, MAP_EPSG, self.tr("Plots"))
        self.layers.append(layer)
        layer.selection_changed.connect(lambda _ids: self.canvas.update())
        layer.selection_changed.connect(self._show_selection_count)
        self.plots.set_layer(layer)
        self.canvas.set_viewport(
            self.canvas.viewport.fitted(layer.extent() or self.canvas.viewport.extent)
        )
        self._show_selection_count(())
        self._update_title()

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), self.settings.last_directory(), self.tr(PROJECT_FILTER)
        )
        if not name:
            return
        path = Path(name).with_suffix(".gpkg")
        try:
            if path.exists():
                path.unlink()  # the dialog already asked to overwrite
            Project.create(path).close()
        except (ProjectError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot create project"), str(exc))
            return
        self.open_project(path)

    def choose_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), self.settings.last_directory(), self.tr(PROJECT_FILTER)
        )
        if name:
            self.open_project(Path(name))

    def save_as(self) -> None:
        if self.project is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save project as"),
            self.settings.last_directory(),
            self.tr(PROJECT_FILTER),
        )
        if not name:
            return
        target = Path(name).with_suffix(".gpkg")
        if target.resolve() == self.project.path.resolve():
            return
        progress = QProgressDialog(self.tr("Copying the project…"), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> None:
            progress.setValue(int(100 * done / max(total, 1)))
            QApplication.processEvents()

        try:
            if target.exists():
                target.unlink()
            self.project.backup_to(target, progress=report)
        except (ProjectError, OSError) as exc:
            progress.close()
            QMessageBox.warning(self, self.tr("Cannot save the project"), str(exc))
            return
        progress.close()
        self.open_project(target)

    def export_shapefile(self) -> None:
        if self.project is None:
            return
        from metkasekor_desktop.io.plot_rows import plot_export_rows
        from metkasekor_desktop.io.shapefile_export import (
            ShapefileExportError,
            export_plots_shapefile_zip,
        )

        default = str(Path(self.settings.last_directory()) / f"{self.project.path.stem}_plots.zip")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export plots as Shapefile"), default, self.tr("Zipped Shapefile (*.zip)")
        )
        if not name:
            return
        layer = self.canvas.plot_layer
        if layer is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            out = export_plots_shapefile_zip(
                plot_export_rows(layer.table), layer.table.geometries, Path(name)
            )
        except ShapefileExportError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(
            self.tr("Exported {0} plots to {1}").format(len(layer.table), out.name), 8000
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MetKasekor Desktop"),
            self.tr(
                "<b>MetKasekor Desktop</b> {0}<br>Plot planning for conservation "
                "agriculture extension (មិត្តកសិករ).<br>Khmer font: Noto Sans Khmer, "
                "SIL Open Font License."
            ).format(__version__),
        )

    # --- status -------------------------------------------------------------------------
    def _show_cursor(self, x: float, y: float) -> None:
        lon, lat = transform_xy(x, y, MAP_EPSG, STORAGE_EPSG)
        if math.isfinite(lon) and math.isfinite(lat):
            self.lonlat_label.setText(self.tr("Lon {0:.5f}°  Lat {1:.5f}°").format(lon, lat))
        self.utm_label.setText(self.tr("UTM 48N  E {0:,.0f}  N {1:,.0f}").format(x, y))

    def _show_scale(self, viewport) -> None:
        self.scale_label.setText(
            self.tr("Scale 1:{0:,.0f}").format(viewport.scale_denominator(self.logicalDpiX() or 96))
        )

    def _show_selection_count(self, ids) -> None:
        layer = self.canvas.plot_layer
        total = len(layer.table) if layer is not None else 0
        self.count_label.setText(self.tr("{0} plots, {1} selected").format(total, len(ids)))

    def _update_title(self) -> None:
        name = self.project.path.name if self.project else self.tr("no project")
        self.setWindowTitle(self.tr("MetKasekor Desktop — {0}").format(name))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(no recent projects)"))
            empty.setEnabled(False)
        for n, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{n} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))

    # --- layout and lifetime ------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.qsettings.value("window/geometry")
        state = self.settings.qsettings.value("window/state")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.qsettings.setValue("window/geometry", self.saveGeometry())
        self.settings.qsettings.setValue("window/state", self.saveState())
        self.settings.qsettings.sync()
        self.canvas.close()
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if any(u.toLocalFile().lower().endswith(".gpkg") for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".gpkg"):
                self.open_project(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return
