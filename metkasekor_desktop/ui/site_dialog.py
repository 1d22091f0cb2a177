"""File > Publish website…: the public website of the programme written into a folder.

The officer picks the folder, the seasons (all whose adoption is known, by default) and
the languages; the site is written in the background with a progress bar and a cancel
button, then opened in the browser on request. Nothing personal is written (the
figures' module sees to it); the dialog says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress

LANGUAGE_CHOICES = (("both", ("km", "en")), ("km", ("km",)), ("en", ("en",)))


class SiteDialog(QDialog):
    """The folder, seasons and languages of the website to publish."""

    def __init__(self, seasons: list[Any], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish website"))
        self.folder = QLineEdit(str(folder))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.seasons = QListWidget()
        for season in sorted(seasons, key=lambda s: s.sort_key):
            item = QListWidgetItem(season_label(season))
            item.setData(Qt.ItemDataRole.UserRole, int(season.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.seasons.addItem(item)
        self.language = QComboBox()
        texts = {"both": self.tr("Khmer and English"), "km": self.tr("Khmer only"),
                 "en": self.tr("English only")}
        for key, _codes in LANGUAGE_CHOICES:
            self.language.addItem(texts[key], key)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Seasons:"), self.seasons)
        form.addRow(self.tr("Languages:"), self.language)
        note = QLabel(self.tr(
            "No season ticked: every season whose adoption is known. The website holds no "
            "farmer's name or phone, no plot boundary and no count of fewer than 5 people; "
            "it opens from the folder without internet."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish = buttons.addButton(self.tr("&Publish"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of the website"),
                                                  str(Path(self.folder.text()).parent))
        if chosen:
            self.folder.setText(str(Path(chosen) / "website"))

    def chosen_seasons(self) -> list[int]:
        return [int(self.seasons.item(k).data(Qt.ItemDataRole.UserRole))
                for k in range(self.seasons.count())
                if self.seasons.item(k).checkState() == Qt.CheckState.Checked]

    def chosen_languages(self) -> tuple[str, ...]:
        return dict(LANGUAGE_CHOICES)[str(self.language.currentData())]


def publish_site(parent: QWidget, project: Any, dialog: SiteDialog) -> Path | None:
    """Write the website the dialog describes in the background; say what was written
    (or why not) and offer to open it. Returns the folder, or None."""
    from metkasekor_desktop.layers.public_site_files import write_site

    out = Path(dialog.folder.text().strip())
    seasons, languages = dialog.chosen_seasons(), dialog.chosen_languages()
    title = QCoreApplication.translate("SiteDialog", "Publish website")
    try:
        written = run_with_progress(
            parent, QCoreApplication.translate("SiteDialog", "Writing the website…"),
            lambda progress, cancelled: write_site(project, out, seasons, languages=languages,
                                                   progress=progress, cancelled=cancelled))
    except TaskCancelled:
        return None
    except (DomainError, OSError) as error:
        text = QCoreApplication.translate("SiteDialog", "The website was not written: {0}")
        QMessageBox.warning(parent, title, text.format(say(error)))
        return None
    text = QCoreApplication.translate(
        "SiteDialog", "The website of {0} season(s) is in {1} ({2} files, published {3}). "
        "Copy the folder to a web server or a shared folder; index.html opens it.")
    box = QMessageBox(QMessageBox.Icon.Information, title, text.format(
        written.seasons, written.folder, written.files, written.published), parent=parent)
    open_button = box.addButton(
        QCoreApplication.translate("SiteDialog", "&Open in the browser"),
        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.folder / "index.html")))
    return written.folder
