"""File > Season report: choose a season, a language and a file; the PDF (and its tables
as XLSX beside it) is written in the background with a progress bar and a Cancel button.

The report may be in the other language than the window's. Translations are global in
Qt, so the report's language is installed while the report is written and the window's
put back after; meanwhile the application's language-change events are held back, so the
window does not flash into the other language and back.

A Khmer report may write its numbers in Khmer digits (the check box, which starts as the
window's choice); the report chooses its digits for itself, the window's stay as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.layers.message_words import digits, say
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui.number_fields import DoubleSpinBox

LANGUAGES = (("km", "ខ្មែរ"), ("en", "English"))


class SeasonReportDialog(QDialog):
    """Collects the season, the language, the tipping point and the file."""

    def __init__(self, seasons: list[Season], season_id: int | None, language: str,
                 target: Path, parent: QWidget | None = None,
                 khmer_digits: bool | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Season report"))
        self.season = QComboBox(self)
        for season in sorted(seasons, key=lambda s: s.sort_key, reverse=True):
            self.season.addItem(season_label(season), season.id)
        if season_id is not None and self.season.findData(season_id) >= 0:
            self.season.setCurrentIndex(self.season.findData(season_id))
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.khmer_digits = QCheckBox(self.tr("Numbers in Khmer digits"), self)
        self.khmer_digits.setObjectName("reportKhmerDigits")
        self.khmer_digits.setChecked(digits() == "khmer" if khmer_digits is None
                                     else khmer_digits)
        self.khmer_digits.setToolTip(self.tr(
            "Write the report's numbers with Khmer digits; codes and file names keep "
            "theirs"))
        self.language.currentIndexChanged.connect(lambda _i: self._sync())
        self.threshold = DoubleSpinBox(self)
        self.threshold.setRange(1.0, 99.0)
        self.threshold.setDecimals(1)
        self.threshold.setValue(16.0)
        self.threshold.setSuffix(" %")
        self.threshold.setToolTip(self.tr(
            "The tipping point as a share of the target population: innovators and early "
            "adopters make about 16% (Rogers)"))
        self.path = QLineEdit(str(target), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Season"), self.season)
        form.addRow(self.tr("Language of the report"), self.language)
        form.addRow("", self.khmer_digits)
        form.addRow(self.tr("Tipping point"), self.threshold)
        form.addRow(self.tr("File (.pdf)"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(lambda _t: self._sync())
        self._sync()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _sync(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.season.count() > 0 and bool(self.path.text().strip()))
        self.khmer_digits.setEnabled(self.report_language() == "km")

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Season report"),
                                              self.path.text(),
                                              self.tr("PDF document (*.pdf)"))
        if name:
            self.path.setText(name)

    def target(self) -> Path:
        path = Path(self.path.text().strip())
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def season_id(self) -> int:
        return int(self.season.currentData())

    def report_language(self) -> str:
        return str(self.language.currentData())

    def report_digits(self) -> str:
        """"khmer" for a Khmer report with Khmer digits ticked, else "arabic"."""
        on = self.report_language() == "km" and self.khmer_digits.isChecked()
        return "khmer" if on else "arabic"

    def tipping_share(self) -> float:
        return self.threshold.value() / 100.0


class _HoldLanguageChanges(QObject):
    """Swallows language-change events while the report's language is installed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        return event.type() == QEvent.Type.LanguageChange


def write_report(window, project, dialog: SeasonReportDialog, ui_language: str) -> Path | None:
    """Write the report the dialog asks for; the path of the PDF, or None when it was
    cancelled or refused (the user has been told why)."""
    from metkasekor_desktop.domain.errors import DomainError
    from metkasekor_desktop.layers.season_report import (
        SeasonReportCancelled,
        finish_season_report,
        prepare_season_report,
    )
    from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress
    from metkasekor_desktop.ui.language import install_translators

    app = QCoreApplication.instance()
    language, target = dialog.report_language(), dialog.target()
    hold = _HoldLanguageChanges()
    switch = language != ui_language and app is not None
    if switch:
        app.installEventFilter(hold)
        install_translators(app, language)
    try:
        prepared = run_with_progress(
            window, QCoreApplication.translate("SeasonReportDialog",
                                               "Writing the season report…"),
            lambda progress, cancelled: prepare_season_report(
                project, dialog.season_id(), target, language=language,
                threshold=dialog.tipping_share(), digits=dialog.report_digits(),
                progress=progress, cancelled=cancelled))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # pages are laid out in this thread: Qt's rich text needs its event loop
            files = finish_season_report(prepared)
        finally:
            QApplication.restoreOverrideCursor()
    except (TaskCancelled, SeasonReportCancelled):
        window.statusBar().showMessage(QCoreApplication.translate(
            "SeasonReportDialog", "Season report cancelled; nothing was written."), 5000)
        return None
    except (DomainError, OSError) as exc:
        QMessageBox.warning(window, QCoreApplication.translate(
            "SeasonReportDialog", "Cannot write the season report"), say(exc))
        return None
    finally:
        if switch:
            install_translators(app, ui_language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            app.removeEventFilter(hold)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate(
        "SeasonReportDialog", "Season report"), QCoreApplication.translate(
        "SeasonReportDialog", "The report is written to {pdf}; its tables are in "
        "{xlsx}.").format(pdf=files.pdf, xlsx=files.xlsx.name), parent=window)
    open_button = box.addButton(QCoreApplication.translate("SeasonReportDialog", "Open"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(files.pdf)))
    return files.pdf
