"""The window's layer work: build the project's layers, add rasters, save the list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.message_words import say, say_lines
from metkasekor_desktop.layers.persistence import restore_layers, save_layers, saved_config
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import WriteError

if TYPE_CHECKING:
    from metkasekor_desktop.ui.window_services import WindowServices

RASTER_SUFFIXES = (".tif", ".tiff", ".vrt", ".img")
DEFAULT_PLOT_LAYER_NAMES = {"Plots", "ក្បាលដី"}  # the default name in each language
OVERVIEW_ADVICE_PX = 4096  # a larger raster without overviews draws slowly zoomed out
SAVE_DELAY_MS = 400


class MapLayers(QObject):
    """Keeps the window's LayerList in step with the project."""

    def __init__(self, window: WindowServices) -> None:
        super().__init__(window)
        self.window = window
        self.layers = window.layers
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self._loading = False
        self.layers.changed.connect(self._schedule_save)
        self._known: list[Layer] = []
        self.layers.items_changed.connect(self._close_dropped)

    # --- project ------------------------------------------------------------------------
    def load(self, project: Project, table, map_epsg: int) -> PlotLayer:
        """Build the plot layer and restore the saved layer list; report what is missing."""
        self._loading = True
        try:
            default_name = self.tr("Plots")
            plot_layer = PlotLayer(table, map_epsg, default_name)
            layers, problems = restore_layers(saved_config(project), plot_layer, map_epsg,
                                              project)
            self._in_current_language(plot_layer, project, default_name)
            self.layers.replace(layers)
        finally:
            self._loading = False
        if problems:
            QMessageBox.warning(self.window, self.tr("Some layers were left out"),
                                "\n\n".join(say_lines(problems)))
        return plot_layer

    def _in_current_language(self, layer: PlotLayer, project: Project, name: str) -> None:
        """A saved default name and practice or crop names follow today's language."""
        from metkasekor_desktop.layers.plot_styling import SEASON_KINDS, apply_style
        from metkasekor_desktop.ui.language import current_language

        if layer.name in DEFAULT_PLOT_LAYER_NAMES:
            layer.name = name
        attribute = getattr(layer.style, "attribute", None)
        if attribute in SEASON_KINDS:
            language = "kh" if current_language(self.window.settings.qsettings) == "km" else "en"
            try:
                apply_style(layer, project, attribute, season_id=layer.style.season_id,
                            language=language)
            except DomainError:
                pass  # the saved style stays as it was

    def zonal_statistics(self, what: str = "value") -> None:
        """Mean, minimum and maximum of the selected raster (or its slope) for every plot,
        stored in the project and shown in the plots table."""
        from metkasekor_desktop.ui.zonal_action import compute_zonal

        layer = self.chosen_raster()
        if layer is None:
            QMessageBox.information(self.window, self.tr("Zonal statistics"),
                                    self.tr("Select a raster layer in the layer panel first."))
            return
        compute_zonal(self.window, layer, what)

    def chosen_raster(self) -> Layer | None:
        """The raster selected in the layer panel, else the only raster of the map (None
        when there is no raster, or several and none is selected)."""
        layer = self.window.layers_panel.current_layer()
        if layer is not None and layer.kind == "raster":
            return layer
        rasters = [lyr for lyr in self.layers if lyr.kind == "raster"]
        return rasters[0] if len(rasters) == 1 else None

    def _close_dropped(self, _layers=None) -> None:
        """Let go of the files of layers that left the map (rasters, MBTiles), once no
        render can still be reading them."""
        current = list(self.layers)
        dropped = [lyr for lyr in self._known if lyr not in current and hasattr(lyr, "close")]
        if dropped:
            self.window.canvas.stop_rendering()
            for layer in dropped:
                layer.close()
        self._known = current

    def _schedule_save(self, _layers=None) -> None:
        if not self._loading and self.window.project is not None:
            self._save_timer.start()

    def save(self) -> None:
        """Write the layer list into the project now (also on close)."""
        self._save_timer.stop()
        project = self.window.project
        if project is not None and len(self.layers) and not project.read_only:
            try:
                save_layers(project, self.layers)
            except WriteError:  # busy, full or gone: the layer list stays as it was
                pass

    # --- rasters ------------------------------------------------------------------------
    def choose_raster(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Add raster"), self.window.settings.last_directory(),
            self.tr("Rasters (*.tif *.tiff *.vrt *.img);;All files (*)"))
        if name:
            self.add_raster(Path(name))

    def add_raster(self, path: Path) -> Layer | None:
        """Add a raster under the plots; a file that cannot be read gets a message."""
        from metkasekor_desktop.layers.raster_layer import RasterLayer

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            layer = RasterLayer(path, self.window.canvas.map_epsg)
        except (DomainError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, self.tr("Cannot add the raster"), say(exc))
            return None
        QApplication.restoreOverrideCursor()
        below_plots = next((i + 1 for i, lyr in enumerate(self.layers) if lyr.kind == "plots"),
                           len(self.layers))
        self.layers.insert(below_plots, layer)
        self.window.statusBar().showMessage(self.tr("Added {0}").format(path.name), 5000)
        self._report_problems(layer)
        source = layer.source
        if max(source.width, source.height) > OVERVIEW_ADVICE_PX and not source.overview_factors:
            answer = QMessageBox.question(
                self.window, self.tr("Build overviews?"),
                self.tr("{0} has no overviews, so it draws slowly when zoomed out. Build them "
                        "now? A file {0}.ovr is written beside it; the raster itself is not "
                        "changed.").format(path.name))
            if answer == QMessageBox.StandardButton.Yes:
                self.build_overviews(layer)
        return layer

    def _report_problems(self, layer) -> None:
        """A raster that draws nothing (no valid cell) is added, but the officer is told
        why the map shows nothing of it, in a message and in the status bar."""
        try:
            problems = say_lines(layer.problems())
        except (DomainError, OSError) as exc:
            problems = [say(exc)]
        if not problems:
            return
        self.window.statusBar().showMessage(problems[0], 15000)
        QMessageBox.warning(self.window, self.tr("The raster draws nothing"),
                            "\n\n".join(problems))

    def build_overviews(self, layer: Layer | None = None) -> bool:
        """Build the overviews of a raster layer (the selected one by default)."""
        from metkasekor_desktop.io.raster_overviews import build_overviews
        from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress

        layer = layer or self.chosen_raster()
        if layer is None or layer.kind != "raster":
            QMessageBox.information(self.window, self.tr("Build overviews"),
                                    self.tr("Select a raster layer in the layer panel first."))
            return False
        try:
            factors = run_with_progress(
                self.window, self.tr("Building overviews of {0}…").format(layer.path.name),
                lambda progress, cancelled: build_overviews(layer.path, progress, cancelled))
        except TaskCancelled:
            self.window.statusBar().showMessage(self.tr("Overviews cancelled."), 5000)
            return False
        except (DomainError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Cannot build overviews"), say(exc))
            return False
        self.window.canvas.stop_rendering()  # no render may read while the file reopens
        layer.reload()
        self.window.canvas.refresh()
        self.window.statusBar().showMessage(
            self.tr("Overviews built: {0}").format(", ".join(map(str, factors))), 5000)
        return True

    # --- basemaps -----------------------------------------------------------------------
    def choose_basemap(self) -> None:
        from metkasekor_desktop.ui.basemap_dialog import BasemapDialog

        dialog = BasemapDialog(self.window, self.window.settings.last_directory())
        if dialog.exec():
            self.add_basemap(dialog.spec())

    def add_basemap(self, spec: dict) -> Layer | None:
        """Add a basemap at the bottom of the map."""
        from metkasekor_desktop.layers.basemap_layer import BasemapLayer

        try:
            layer = BasemapLayer(spec, self.window.canvas.map_epsg)
        except (DomainError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Cannot add the basemap"), say(exc))
            return None
        self.layers.append(layer)
        return layer

    # --- map export ---------------------------------------------------------------------
    def export_map(self) -> None:
        """The current view as a PNG or PDF page, written in the background."""
        from metkasekor_desktop.layers.map_export import MapExportCancelled, export_map
        from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress
        from metkasekor_desktop.ui.export_map_dialog import ExportMapDialog

        project, canvas = self.window.project, self.window.canvas
        if project is None:
            return
        default = Path(self.window.settings.last_directory()) / f"{project.path.stem}-map.png"
        dialog = ExportMapDialog(project.path.stem, default, self.window)
        if not dialog.exec():
            return
        target, page = dialog.target(), dialog.page()
        canvas.stop_rendering()
        try:
            run_with_progress(
                self.window, self.tr("Exporting the map…"),
                lambda progress, cancelled: export_map(self.layers, canvas.viewport,
                                                       canvas.map_epsg, target, page,
                                                       progress, cancelled))
        except (TaskCancelled, MapExportCancelled):
            self.window.statusBar().showMessage(self.tr("Map export cancelled."), 5000)
            return
        except (DomainError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Cannot export the map"), say(exc))
            return
        finally:
            canvas.refresh()
        self.window.statusBar().showMessage(
            self.tr("Map written to {0}").format(target.name), 8000)

    # --- per layer ----------------------------------------------------------------------
    def zoom_to(self, layer: Layer) -> None:
        self.window.canvas.zoom_to_extent(layer.extent())

    def edit_style(self, layer: Layer) -> None:
        """The style dialog of the layer's kind."""
        project = self.window.project
        if layer.kind == "plots" and project is not None:
            from metkasekor_desktop.ui.language import current_language
            from metkasekor_desktop.ui.style_dialog import PlotStyleDialog

            language = "kh" if current_language(self.window.settings.qsettings) == "km" else "en"
            PlotStyleDialog(layer, project, language, self.window).exec()
        elif layer.kind == "raster":
            from metkasekor_desktop.ui.raster_style_dialog import RasterStyleDialog

            RasterStyleDialog(layer, self.window).exec()

    @staticmethod
    def is_raster(path: str) -> bool:
        return path.lower().endswith(RASTER_SUFFIXES)
