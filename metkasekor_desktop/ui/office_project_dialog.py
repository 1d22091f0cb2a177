"""File > Make an office project: a province of the shared register (or all of it)
written into a new project file, to open and work on in the office.

The copy (``layers.register_copy.export_project``) opens its own connection to the
register and writes under a temporary name, moved into place when complete; it runs in
a thread while a busy bar shows. An existing file is never replaced.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from metkasekor_desktop.domain.register_copy import CopyReport
from metkasekor_desktop.storage import public_url
from metkasekor_desktop.ui.copy_words import counts_text, fill_provinces
from metkasekor_desktop.ui.job_dialog import JobDialog
from metkasekor_desktop.ui.publish_dialog import refusal_text

if TYPE_CHECKING:
    from metkasekor_desktop.ui.window_services import WindowServices


class OfficeProjectDialog(JobDialog):
    """The province, the file to write, Make, and Open it once written."""

    def __init__(self, register_url: str, register_name: str,
                 village_codes: Iterable[object], folder: str,
                 password: str | None = None, language: str = "kh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register_url = register_url
        self.register_name = register_name
        self.password = password
        self.folder = Path(folder)
        self.written: Path | None = None
        self.report: CopyReport | None = None
        self.open_it = False
        self.setWindowTitle(self.tr("Make an office project"))

        intro = QLabel(self.tr(
            "Writes the plots of the register {0} in a province, with their farmers, season "
            "plans, trials, samples, yields and events and the whole catalogue, into a new "
            "project file to work on in the office; File > Publish to the shared register "
            "brings the work back.").format(register_name), self)
        intro.setWordWrap(True)
        self.province = QComboBox(self)
        fill_provinces(self.province, village_codes, language)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.path_edit = QLineEdit(self)
        self._default = str(self.folder / self.default_name())
        self.path_edit.setText(self._default)
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.browse_button = browse
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Province:"), self.province)
        form.addRow(self.tr("Project file:"), where)

        self._lay_out(intro, form, self.tr("Make the project"), self.make, self.tr("Open it"),
                      self.tr("Open the new project in this window"), self._open_it)
        self.resize(620, 300)
        self._update_buttons()

    def province_code(self) -> str | None:
        return self.province.currentData()

    def default_name(self) -> str:
        code = self.province_code()
        return f"{self.register_name}_{code}.gpkg" if code else f"{self.register_name}.gpkg"

    def out_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        return Path(text if text.lower().endswith(".gpkg") else text + ".gpkg")

    def _province_changed(self) -> None:
        """The file's name follows the province until the user names it."""
        if self.path_edit.text() == self._default:
            current = Path(self._default)
            self._default = str(current.parent / self.default_name())
            self.path_edit.setText(self._default)

    def browse(self) -> None:
        out = self.out_path()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Office project file"), str(out or self.folder),
            self.tr("MetKasekor project (*.gpkg)"), "",
            QFileDialog.Option.DontConfirmOverwrite)  # an existing file is refused below
        if name:
            self.path_edit.setText(name)

    def _update_buttons(self) -> None:
        busy = self._job is not None
        for widget in (self.province, self.path_edit, self.browse_button):
            widget.setEnabled(not busy)
        self.make_button.setEnabled(not busy and self.out_path() is not None)
        self.buttons.setEnabled(not busy)

    def make(self) -> None:
        out = self.out_path()
        if out is None or self._job is not None:
            return
        from metkasekor_desktop.layers.register_copy import export_project

        url, province, password = self.register_url, self.province_code(), self.password

        def work() -> tuple[Path, CopyReport]:
            return export_project(url, out, province=province, password=password)

        self.written, self.report = None, None
        self.open_button.hide()
        self._show(self.tr("Writing {0}…").format(out.name))
        self._start(work, lambda result: self._done(result[0], result[1], province),
                    self._failed)

    def _done(self, out: Path, report: CopyReport, province: str | None) -> None:
        self.written, self.report = out, report
        where = (self.province.itemText(self.province.findData(province)) if province
                 else self.tr("every province"))
        self._show(self.tr("Wrote {file}: an office project of {where} with {counts}.")
                   .format(file=out.name, where=where, counts=counts_text(report.added)))
        self.open_button.show()
        self.open_button.setDefault(True)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._show(refusal_text(error), error=True)
        self._update_buttons()

    def _open_it(self) -> None:
        self.open_it = self.written is not None
        self.accept()


def make_office_project(window: WindowServices, passwords: dict[str, str]) -> None:
    """File > Make an office project, from the register the window has open; the new
    file is opened when the user asks."""
    from metkasekor_desktop.ui.language import current_language, place_language

    project, layer = window.project, window.canvas.plot_layer
    if project is None or project.url is None:
        return
    codes: Iterable[object] = layer.table.village_codes if layer is not None else []
    language = place_language(current_language(window.settings.qsettings))
    folder = window.settings.folder("export")
    if not window.settings.qsettings.value("folders/export", ""):  # none chosen yet
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or folder
    dialog = OfficeProjectDialog(project.url, project.path.name, codes, folder,
                                 passwords.get(public_url(project.url)), language, window)
    try:
        dialog.exec()
        written, open_it = dialog.written, dialog.open_it
    finally:
        dialog.deleteLater()
    if written is not None:
        window.settings.set_folder("export", written)
        if open_it:
            window.open_project(written)
