"""File menu work on whole projects: new, open, connect to a shared register, recent,
save as, Shapefile export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QProgressDialog

from metkasekor_desktop.io.import_formats import FORMATS as IMPORT_FORMATS
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.storage import Project, ProjectError, is_register_target, public_url

if TYPE_CHECKING:
    from metkasekor_desktop.ui.window_services import WindowServices

PROJECT_FILTER = QT_TRANSLATE_NOOP("ProjectFiles", "MetKasekor project (*.gpkg)")


def make_action(parent: QObject, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    """An action with its shortcut, status tip and tooltip, calling ``slot()``."""
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _=False: slot())
    return action


class ProjectFiles(QObject):
    """The project commands of the File menu, acting on the window's project."""

    def __init__(self, window: WindowServices) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = make_action(self, self.tr("&New project…"), self.new_project,
                                      QKeySequence.StandardKey.New,
                                      self.tr("Create an empty project file"))
        self.open_action = make_action(self, self.tr("&Open project…"), self.choose_project,
                                       QKeySequence.StandardKey.Open,
                                       self.tr("Open a MetKasekor project (.gpkg)"))
        self.connect_action = make_action(
            self, self.tr("&Connect to a shared register…"), self.connect_register, None,
            self.tr("Open the register on a PostgreSQL server shared with other offices"))
        self.save_as_action = make_action(self, self.tr("Save project &as…"), self.save_as,
                                          QKeySequence.StandardKey.SaveAs,
                                          self.tr("Write a copy of the project and continue "
                                                  "in it"))
        self._save_as_tip = self.save_as_action.toolTip()
        self.passwords: dict[str, str] = {}  # register URL -> password typed, this session
        self.publish_action = make_action(
            self, self.tr("&Publish to the shared register…"), self.publish, None,
            self.tr("Copy this project's plots and records into a shared register"))
        self.office_action = make_action(
            self, self.tr("Make an o&ffice project…"), self.make_office_project, None,
            self.tr("Write a province of the shared register into a new project file"))
        self.publish_action.setEnabled(False)
        self.office_action.setEnabled(False)
        self.import_action = make_action(self, self.tr("&Import plots…"), self.import_plots,
                                         "Ctrl+I",
                                         self.tr("Plots from: {0}").format(", ".join(
                                             say(f.name) for f in IMPORT_FORMATS)))
        self.export_action = make_action(self, self.tr("&Export plots…"), self.export_plots,
                                         "Ctrl+E",
                                         self.tr("Shapefile, GeoPackage, GeoJSON, KML, CSV or "
                                                 "Excel, or a partner package of several"))
        self._export_tip = self.export_action.toolTip()
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    @property
    def settings(self):
        return self.window.settings

    def _filter(self) -> str:
        return self.tr(PROJECT_FILTER)

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("New project"),
                                              self.settings.last_directory(), self._filter())
        if not name:
            return
        path = Path(name).with_suffix(".gpkg")
        try:
            if path.exists():
                path.unlink()  # the dialog already asked to overwrite
            Project.create(path).close()
        except (ProjectError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Cannot create project"), say(exc))
            return
        self.window.open_project(path)

    def choose_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open project"),
                                              self.settings.last_directory(), self._filter())
        if name:
            self.window.open_project(Path(name))

    def project_opened(self, project: Project) -> None:
        """Save as copies a file; a register on a server has none to copy."""
        register = project.is_register
        self.save_as_action.setEnabled(not register)
        tip = self.tr("A shared register lives on its server and is not copied from here; "
                      "its administrator backs it up") if register else self._save_as_tip
        self.save_as_action.setToolTip(tip)
        self.save_as_action.setStatusTip(tip)
        self.publish_action.setEnabled(not register)
        self.office_action.setEnabled(register)
        self.export_action.setEnabled(True)  # the exports read a register too
        self.export_action.setToolTip(self._export_tip)
        self.export_action.setStatusTip(self._export_tip)

    def connect_register(self, fields=None) -> bool:  # noqa: ANN001 - ConnectionFields
        """The Connect dialog; asked again, filled in, while the connection fails."""
        from metkasekor_desktop.storage.postgis.register import ConnectionFields
        from metkasekor_desktop.ui.connect_dialog import ConnectDialog

        if fields is None:
            last = next((p for p in self.settings.recent_projects()
                         if isinstance(p, str)), None)
            try:
                fields = ConnectionFields.of(last) if last else None
            except ProjectError:
                fields = None
        dialog = ConnectDialog(self.window, fields)
        try:
            while dialog.exec():
                if self.window.open_project(dialog.url(), password=dialog.password_text()):
                    if dialog.password_text():
                        self.passwords[public_url(dialog.url())] = dialog.password_text()
                    return True
                dialog.password.clear()
            return False
        finally:
            dialog.deleteLater()

    def open_recent(self, target: Path | str) -> None:
        """A recent project; a register that refuses (no password in .pgpass, say) is
        offered in the Connect dialog to try again."""
        if self.window.open_project(target) or not is_register_target(target):
            return
        from metkasekor_desktop.storage.postgis.register import ConnectionFields

        try:
            fields = ConnectionFields.of(str(target))
        except ProjectError:
            return
        self.connect_register(fields)

    def save_as(self) -> None:
        project = self.window.project
        if project is None or project.is_register:
            return
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save project as"),
                                              self.settings.last_directory(), self._filter())
        if not name:
            return
        target = Path(name).with_suffix(".gpkg")
        if target.resolve() == project.path.resolve():
            return
        progress = QProgressDialog(self.tr("Copying the project…"), "", 0, 100, self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> None:
            progress.setValue(int(100 * done / max(total, 1)))
            QApplication.processEvents()

        try:
            if target.exists():
                target.unlink()
            project.backup_to(target, progress=report)
        except (ProjectError, OSError) as exc:
            progress.close()
            QMessageBox.warning(self.window, self.tr("Cannot save the project"), say(exc))
            return
        progress.close()
        self.window.open_project(target)

    def publish(self) -> None:
        from metkasekor_desktop.ui.publish_dialog import publish_project

        publish_project(self.window, self.passwords)

    def make_office_project(self) -> None:
        from metkasekor_desktop.ui.office_project_dialog import make_office_project

        make_office_project(self.window, self.passwords)

    def import_plots(self, path: str | Path | None = None) -> None:
        """The import wizard; afterwards the new plots are shown and selected."""
        project, layer = self.window.project, self.window.canvas.plot_layer
        if project is None or layer is None:
            return
        from metkasekor_desktop.ui.import_wizard import ImportWizard

        wizard = ImportWizard(project, self.window, self.settings.folder("import"),
                              layer.table)
        if path is not None and not wizard.source_page.choose(path):
            wizard.deleteLater()
            return
        if wizard.exec() and wizard.result is not None:
            self.settings.set_folder("import", wizard.source_page.path_edit.text())
            self.show_imported(wizard.result.written, wizard.source_name)
        wizard.deleteLater()

    def show_imported(self, written, source_name: str) -> None:  # noqa: ANN001
        """Put the new plots on the undo stack, the map and the table, selected and in
        view: Undo (Ctrl+Z) takes the whole import out again."""
        from metkasekor_desktop.layers.import_command import ImportedPlots

        window = self.window
        plot_ids = written.plot_ids
        window.session.stack.push(ImportedPlots(plot_ids, written.farmer_ids, source_name))
        layer = window.canvas.plot_layer
        layer.select(plot_ids)
        window.canvas.zoom_to_selection()
        window.statusBar().showMessage(
            self.tr("Imported {0} plots; they are selected. Undo (Ctrl+Z) takes them out "
                    "again.").format(len(plot_ids)), 10000)

    def export_plots(self) -> None:
        project, layer = self.window.project, self.window.canvas.plot_layer
        if project is None or layer is None:
            return
        from metkasekor_desktop.ui.export_dialog import ExportDialog
        from metkasekor_desktop.ui.language import current_language

        dialog = ExportDialog(project, layer, self.window, self.settings.folder("export"),
                              current_language(self.settings.qsettings),
                              self.settings.export_choices(),
                              self.settings.export_worded_headers(),
                              self.settings.export_personal())
        if dialog.exec() and dialog.written is not None:
            self.settings.set_folder("export", dialog.written)
            self.settings.set_export_choices(*dialog.choices)
            self.settings.set_export_worded_headers(dialog.worded_headers)
            self.settings.set_export_personal(dialog.personal)
            self.window.statusBar().showMessage(
                dialog.report or self.tr("Exported {0} plots to {1}").format(
                    dialog.count, dialog.written.name), 12000)
        dialog.deleteLater()

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(no recent projects)"))
            empty.setEnabled(False)
        for n, path in enumerate(recent, start=1):
            # A register is listed by its URL (never with a password), a file by its name.
            text = path.name if isinstance(path, Path) else path
            action = self.recent_menu.addAction(f"&{n} {text}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
