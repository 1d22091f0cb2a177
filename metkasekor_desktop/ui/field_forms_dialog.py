"""Register > Field forms: the phone forms of the project written into a folder.

The officer picks the season the forms are for, their languages and the folder; the
forms are written and converted by pyxform in a thread (``layers.field_forms``) while a
busy bar shows, then the dialog lists what was written (each form with its version, the
CSV lists the forms read) and any warning of the conversion, and offers to open the
folder to upload it to ODK Central or KoboToolbox.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.layers.field_forms import FieldFormsError, FormsReport
from metkasekor_desktop.layers.message_words import say, say_lines
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.job_dialog import JobDialog


class FieldFormsDialog(JobDialog):
    """The season, the languages and the folder; "Write the forms"; what was written."""

    def __init__(self, project: Any, seasons: list[Season], folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.report: FormsReport | None = None
        self.setWindowTitle(self.tr("Field forms"))

        intro = QLabel(self.tr(
            "Writes the phone forms of this project (plot visit, crop cut, soil sample, "
            "extension event, new plot) for ODK Collect or KoboCollect, with the lists of "
            "plots and villages they read. Upload each form with the lists as its "
            "attachments to ODK Central or KoboToolbox."), self)
        intro.setWordWrap(True)
        self.season = QComboBox(self)
        for season in sorted(seasons, key=lambda s: s.sort_key):
            self.season.addItem(season_label(season), season.name)
        self.season.setCurrentIndex(self.season.count() - 1)  # the latest season
        self.season.setToolTip(self.tr("The season the answers are recorded for"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Khmer and English"), "both")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Khmer"), "km")
        self.language.setToolTip(self.tr("The languages the phone offers"))
        self.folder = QLineEdit(str(folder), self)
        self.folder.setToolTip(self.tr("The folder the forms and their lists are written "
                                       "into (made when it does not exist)"))
        self.folder.textChanged.connect(self._update_buttons)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Season:"), self.season)
        form.addRow(self.tr("Languages:"), self.language)
        form.addRow(self.tr("Folder:"), folder_row)

        self._lay_out(intro, form, self.tr("&Write the forms"), self.write,
                      self.tr("&Open folder"),
                      self.tr("Show the folder to upload the forms from"), self.open_folder)
        self.written = QTreeWidget(self)
        self.written.setColumnCount(3)
        self.written.setHeaderLabels([self.tr("Form"), self.tr("Version"), self.tr("Files")])
        self.written.setRootIsDecorated(True)
        self.written.setWordWrap(True)
        header = self.written.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.written.hide()
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.status) + 1, self.written, 100)
        self.resize(720, 480)
        self._update_buttons()

    # -- choices -------------------------------------------------------------------------
    def season_name(self) -> str | None:
        return self.season.currentData()

    def language_choice(self) -> str:
        return str(self.language.currentData())

    def set_language(self, choice: str) -> None:
        """``choice``: "both", "en" or "km"."""
        self.language.setCurrentIndex(max(0, self.language.findData(choice)))

    def target(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the field forms"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        ready = self.season_name() is not None and bool(self.folder.text().strip())
        for widget in (self.season, self.language, self.folder, self.browse):
            widget.setEnabled(not busy)
        self.make_button.setEnabled(ready and not busy)
        self.buttons.setEnabled(not busy)

    # -- work ----------------------------------------------------------------------------
    def write(self) -> None:
        """Write the forms in a thread; the outcome is shown when it is done."""
        season = self.season_name()
        if season is None or self.is_busy():
            return
        if not self.folder.text().strip():
            self._show(self.tr("Name a folder for the forms."), error=True)
            return
        from metkasekor_desktop.layers.field_forms import write_field_forms

        project, folder, language = self.project, self.target(), self.language_choice()
        self.report = None
        self.written.clear()
        self.written.hide()
        self.open_button.hide()
        self._show(self.tr("Writing the forms and checking each one…"))
        self._start(lambda: write_field_forms(project, season, folder, language),
                    self._done, self._failed)

    def _form_title(self, name: str) -> str:
        titles = {
            "plot_visit": self.tr("Plot visit"),
            "crop_cut": self.tr("Crop cut (yield)"),
            "soil_sample": self.tr("Soil sample"),
            "extension_event": self.tr("Extension event"),
            "new_plot": self.tr("New plot"),
        }
        return titles.get(name, name)

    def _done(self, report: FormsReport) -> None:
        self.report = report
        self.written.clear()
        warnings = 0
        for form in report.forms:
            files = ", ".join(p.name for p in (form.xlsx, form.xml) if p is not None)
            item = QTreeWidgetItem([f"{self._form_title(form.name)} ({form.form_id})",
                                    form.version, files])
            if form.error:
                error = say(form.error)
                child = QTreeWidgetItem([self.tr("Refused by the converter"), "", error])
                child.setForeground(2, Qt.GlobalColor.darkRed)
                child.setToolTip(2, error)
                item.addChild(child)
            for warning in say_lines(form.warnings):
                warnings += 1
                child = QTreeWidgetItem([self.tr("Conversion warning"), "", warning])
                child.setToolTip(2, warning)
                item.addChild(child)
            self.written.addTopLevelItem(item)
            item.setExpanded(True)
        lists = QTreeWidgetItem([self.tr("Lists the forms read"), "",
                                 ", ".join(p.name for p in report.attachments)])
        self.written.addTopLevelItem(lists)
        self.written.setRootIsDecorated(any(f.error or f.warnings for f in report.forms))
        self.written.show()
        self.open_button.show()
        failed = [f for f in report.forms if f.error]
        if failed:
            self._show(self.tr("{n} forms could not be converted; the others are written in "
                               "{folder}. Upload only the forms with an XForm.").format(
                n=len(failed), folder=report.folder), error=True)
        elif warnings:
            self._show(self.tr("{n} forms written in {folder} for {season}, with {w} "
                               "conversion warnings (listed under their form).").format(
                n=len(report.forms), folder=report.folder,
                season=self.season.currentText(), w=warnings))
        else:
            self._show(self.tr("{n} forms written in {folder} for {season}. Upload each "
                               "form with the lists as its attachments.").format(
                n=len(report.forms), folder=report.folder,
                season=self.season.currentText()))

    def _failed(self, error: BaseException) -> None:
        self._show(self.refusal(error) + " " + self.tr("No form was written."), error=True)

    def refusal(self, error: BaseException) -> str:
        """A refusal in the officer's words; never a traceback."""
        if isinstance(error, FieldFormsError):
            folder = error.params.get("folder", "")
            if error.key == "not_a_folder":
                return self.tr("{folder} is a file, not a folder; choose a folder for the "
                               "forms.").format(folder=folder)
            if error.key == "folder_unwritable":
                return self.tr("Cannot write in {folder}; choose a folder you may write "
                               "to.").format(folder=folder)
            if error.key == "unknown_season":
                return self.tr("The season {season} is not in the project any more.").format(
                    season=error.params.get("season", ""))
        if isinstance(error, DomainError | ProjectError | OSError):
            return say(error)
        return self.tr("The forms could not be written: {error}").format(error=say(error))

    def open_folder(self) -> None:
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.folder)))


__all__ = ["FieldFormsDialog"]
