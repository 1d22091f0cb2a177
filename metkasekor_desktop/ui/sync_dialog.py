"""Offline copies of the shared register in the window: File > Make an offline copy (a
province or a district of the register written into a GeoPackage to take to the field)
and File > Synchronise (the copy's changes sent, the register's brought, conflicts
kept for the officer to decide).

Both run in a thread (``layers.office_sync`` opens its own connections) while a busy bar
shows; the dialog closes only when the work is done. A sync interrupted by the network
changes nothing that a second sync does not finish, so a failure says: run it again.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.register_copy import CopyReport
from metkasekor_desktop.storage import ProjectError, public_url
from metkasekor_desktop.storage.errors import ServerUnreachableError
from metkasekor_desktop.storage.sync_engine import SyncReport
from metkasekor_desktop.storage.sync_state import Conflict
from metkasekor_desktop.ui.copy_words import counts_text
from metkasekor_desktop.ui.job_dialog import JobDialog
from metkasekor_desktop.ui.publish_dialog import refusal_text

CONTEXT = "SyncWords"
# What each kind of conflict is, as the command line says it.
KINDS = {
    "field": QT_TRANSLATE_NOOP("SyncWords", "both changed {column}"),
    "server_deleted": QT_TRANSLATE_NOOP("SyncWords", "changed here, deleted in the register"),
    "local_deleted": QT_TRANSLATE_NOOP("SyncWords", "deleted here, changed in the register"),
    "code_taken": QT_TRANSLATE_NOOP(
        "SyncWords", "added here, but the register has a record with the same code or key "
        "(rename it here and sync again)"),
    "not_permitted": QT_TRANSLATE_NOOP("SyncWords",
                                       "the register refused it: not in your provinces"),
}
_DETAIL = re.compile(r"cannot be reached \((.*)\)\. Check", re.DOTALL)


translate = QCoreApplication.translate


def _t(text: str) -> str:
    """A word marked with QT_TRANSLATE_NOOP above, in the user's language."""
    return translate(CONTEXT, text)


def column_text(column: str | None) -> str:
    """A field's name as the forms show it."""
    from metkasekor_desktop.ui.copy_words import COLUMNS
    from metkasekor_desktop.ui.write_failures import field_label

    if column is None:
        return ""
    label = field_label(column)
    if label == column and column in COLUMNS:
        return translate("CopyWords", str(COLUMNS[column]))
    return label


def record_text(conflict: Conflict) -> str:
    """"plot BTB-0001", "soil sample of plot ... in ...", in the user's language."""
    from metkasekor_desktop.domain.register_copy import Clash
    from metkasekor_desktop.ui.copy_words import _label

    return _label(Clash(conflict.table, conflict.label, conflict.column or "", None, None))


def kind_text(conflict: Conflict) -> str:
    template = KINDS.get(conflict.kind)
    if template is None:
        return conflict.kind
    return _t(template).format(column=column_text(conflict.column))


def conflict_line(conflict: Conflict) -> str:
    return translate("SyncWords", "{record}: {what}").format(record=record_text(conflict),
                                         what=kind_text(conflict))


# -- errors -------------------------------------------------------------------------------
def needs_password(error: BaseException) -> bool:
    """The register refused the connection for want of the right password."""
    text = str(error).lower()
    return isinstance(error, ProjectError) and ("password authentication failed" in text
                                                or "no password supplied" in text)


def unreachable_detail(error: BaseException) -> str | None:
    """What was wrong when the register could not be reached (the network, the server
    stopped), else None: another refusal."""
    if isinstance(error, ServerUnreachableError):
        return str(error.params.get("host") or error.params.get("register") or error)
    if isinstance(error, ConnectionError | TimeoutError):
        return str(error) or type(error).__name__
    if isinstance(error, ProjectError) and not needs_password(error):
        found = _DETAIL.search(str(error))
        if found:
            return found.group(1)
    return None


def sync_failure_text(error: BaseException) -> str:
    detail = unreachable_detail(error)
    if detail is not None:
        return translate("SyncWords", "The register could not be reached: {0}. Nothing was "
                         "changed; synchronise again when the connection is back.").format(detail)
    return refusal_text(error) + " " + translate(
        "SyncWords", "Synchronising again is safe: what reached either side is not applied "
        "twice.")


def ask_password(parent: QWidget, register: str, again: bool) -> str | None:
    """The register's password for this session (never stored), or None: cancelled."""
    if again:
        label = translate("SyncWords", "The register {0} refused the password. Type it again:")
    else:
        label = translate("SyncWords", "The register {0} asks for a password:")
    text, ok = QInputDialog.getText(
        parent, translate("SyncWords", "Password of the shared register"),
        label.format(register), QLineEdit.EchoMode.Password)
    return text if ok and text else None


# -- Make an offline copy -----------------------------------------------------------------
def fill_areas(combo: QComboBox, language: str) -> None:
    """The whole register, then every province and, under each, its districts."""
    combo.clear()
    combo.addItem(translate("SyncWords", "The whole register"), None)
    for province in places.provinces():
        combo.addItem(translate("SyncWords", "{name} ({code})").format(name=province.name(language),
                                                   code=province.code), province.code)
        for district in places.districts(province.code):
            combo.addItem("    " + translate("SyncWords", "{name} ({code})").format(
                name=district.name(language), code=district.code), district.code)


class OfflineCopyDialog(JobDialog):
    """The register's address, the area, the file; Make, then Open it."""

    def __init__(self, register_url: str, folder: str, passwords: dict[str, str],
                 area: str | None = None, language: str = "kh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passwords = passwords
        self.folder = Path(folder)
        self.written: Path | None = None
        self.report: CopyReport | None = None
        self.open_it = False
        self.setWindowTitle(self.tr("Make an offline copy"))
        intro = QLabel(self.tr(
            "Writes the plots of a province or a district of the shared register, with "
            "their farmers, season plans, trials, samples, yields and events, into a project "
            "file to work on without a connection. File > Synchronise sends its changes to "
            "the register and brings the register's, whenever the connection is back."), self)
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(public_url(register_url) if register_url else "", self)
        self.url_edit.setPlaceholderText("postgresql://user@host/database")
        self.url_edit.textChanged.connect(self._url_changed)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from your .pgpass file"))
        self.area = QComboBox(self)
        fill_areas(self.area, language)
        self.area.setCurrentIndex(max(0, self.area.findData(area)))
        self.area.currentIndexChanged.connect(self._area_changed)
        self.path_edit = QLineEdit(self)
        self._default = str(self.folder / self.default_name())
        self.path_edit.setText(self._default)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Register:"), self.url_edit)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Province or district:"), self.area)
        form.addRow(self.tr("Copy file:"), where)

        self._lay_out(intro, form, self.tr("Make the copy"), self.make, self.tr("Open it"),
                      self.tr("Open the offline copy in this window"), self._open_it)
        self.resize(640, 340)
        self._url_changed()

    def register_url(self) -> str:
        return self.url_edit.text().strip()

    def area_code(self) -> str | None:
        return self.area.currentData()

    def default_name(self) -> str:
        code = self.area_code()
        return f"offline_{code}.gpkg" if code else "offline.gpkg"

    def out_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        return Path(text if text.lower().endswith(".gpkg") else text + ".gpkg")

    def _url_changed(self) -> None:
        url = self.register_url()
        known = self.passwords.get(public_url(url)) if url else None
        if known and not self.password.text():
            self.password.setText(known)
        self._update_buttons()

    def _area_changed(self) -> None:
        """The file's name follows the area until the user names it."""
        if self.path_edit.text() == self._default:
            self._default = str(Path(self._default).parent / self.default_name())
            self.path_edit.setText(self._default)

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Offline copy file"), str(self.out_path() or self.folder),
            self.tr("MetKasekor project (*.gpkg)"), "",
            QFileDialog.Option.DontConfirmOverwrite)  # an existing file is refused
        if name:
            self.path_edit.setText(name)

    def _update_buttons(self) -> None:
        busy = self._job is not None
        for widget in (self.url_edit, self.password, self.area, self.path_edit,
                       self.browse_button):
            widget.setEnabled(not busy)
        self.make_button.setEnabled(not busy and bool(self.register_url())
                                    and self.out_path() is not None)
        self.buttons.setEnabled(not busy)

    def make(self) -> None:
        out, url = self.out_path(), self.register_url()
        if out is None or not url or self._job is not None:
            return
        from metkasekor_desktop.layers.office_sync import checkout

        area, password = self.area_code(), self.password.text() or None

        def work() -> tuple[Path, CopyReport]:
            return checkout(url, out, area=area, password=password)

        self.written, self.report = None, None
        self.open_button.hide()
        self._show(self.tr("Writing {0}…").format(out.name))
        self._start(work, lambda result: self._done(result[0], result[1], url, password),
                    self._failed)

    def _done(self, out: Path, report: CopyReport, url: str, password: str | None) -> None:
        self.written, self.report = out, report
        if password:
            self.passwords[public_url(url)] = password
        where = self.area.currentText().strip() if self.area_code() else \
            self.tr("the whole register")
        self._show(self.tr("Wrote {file}: an offline copy of {where} with {counts}.")
                   .format(file=out.name, where=where, counts=counts_text(report.added)))
        self.open_button.show()
        self.open_button.setDefault(True)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if needs_password(error):
            text = self.tr("The register asks for a password (or refused this one): type "
                           "it above and make the copy again.")
            self.password.setFocus()
        else:
            text = refusal_text(error)
        self._show(text + " " + self.tr("No file was written."), error=True)
        self._update_buttons()

    def _open_it(self) -> None:
        self.open_it = self.written is not None
        self.accept()


# -- Synchronise --------------------------------------------------------------------------
class SyncDialog(JobDialog):
    """Runs one sync of ``copy`` with its register (asking for a password when the
    register wants one) and shows what it did."""

    def __init__(self, copy: Path, register: str, password: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copy = Path(copy)
        self.register = public_url(register)
        self.password = password
        self.report: SyncReport | None = None
        self.error: BaseException | None = None
        self.open_conflicts = False
        self._asked = False
        self.setWindowTitle(self.tr("Synchronise with the shared register"))
        from metkasekor_desktop.storage.postgis.register import title_name

        try:
            shown = title_name(self.register)
        except (ProjectError, ValueError):
            shown = self.register
        self.intro = QLabel(self.tr("The offline copy {copy} with the register {register}")
                            .format(copy=self.copy.name, register=shown), self)
        self.intro.setToolTip(self.register)
        self.intro.setWordWrap(True)
        self.counts = QFormLayout()
        self.counts_box = QWidget(self)
        self.counts_box.setLayout(self.counts)
        self.counts_box.hide()
        self.conflicts = QListWidget(self)
        self.conflicts.setWordWrap(True)
        self.conflicts.setAlternatingRowColors(True)
        self.conflicts.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Conflicts…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.setToolTip(self.tr("Decide the open conflicts"))
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.again_button = self.buttons.addButton(
            self.tr("Synchronise again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button.hide()
        self.again_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.counts_box)
        layout.addWidget(self.conflicts, 100)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, 380)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.buttons.setEnabled(self._job is None)

    def start(self) -> None:
        """Run the sync in a thread."""
        if self._job is not None:
            return
        from metkasekor_desktop.layers.office_sync import synchronise

        copy, password = self.copy, self.password

        def work() -> SyncReport:
            return synchronise(copy, password=password)

        self.report, self.error = None, None
        self.again_button.hide()
        self.conflicts_button.hide()
        self.counts_box.hide()
        self.conflicts.hide()
        self._show(self.tr("Synchronising {0} with the register…").format(self.copy.name))
        self._start(work, self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self.report = report
        lines = []
        if report.resumed:
            lines.append(self.tr("An interrupted sync had reached the register; it was "
                                 "finished, not repeated."))
        if report.nothing:
            lines.append(self.tr("Nothing to synchronise: this copy and the register had "
                                 "no new changes."))
        else:
            lines.append(self.tr("Synchronised."))
        self._show("\n".join(lines))
        self._fill_counts(report)
        self.conflicts.clear()
        for conflict in report.conflicts:
            self.conflicts.addItem(conflict_line(conflict))
        self.conflicts.setVisible(bool(report.conflicts))
        self.conflicts_button.setVisible(report.open > 0)
        if report.open:
            self.conflicts_button.setDefault(True)
        self._update_buttons()

    def _fill_counts(self, report: SyncReport) -> None:
        while self.counts.rowCount():
            self.counts.removeRow(0)
        rows = [
            (self.tr("Sent to the register:"), counts_text(report.pushed)),
            (self.tr("Deleted in the register:"), counts_text(report.deleted_there)),
            (self.tr("Brought from the register:"), counts_text(report.pulled)),
            (self.tr("Deleted in this copy:"), counts_text(report.deleted_here)),
            (self.tr("Merged:"), self.tr("{0} records with fields changed on both sides")
             .format(report.merged) if report.merged else counts_text({})),
            (self.tr("New conflicts:"), f"{len(report.conflicts):,}"),
            (self.tr("Open conflicts:"), self.tr("{0}: decide them with Conflicts…")
             .format(f"{report.open:,}") if report.open else self.tr("none")),
        ]
        for label, value in rows:
            shown = QLabel(value, self.counts_box)
            shown.setWordWrap(True)
            self.counts.addRow(label, shown)
        self.counts_box.show()

    def _failed(self, error: BaseException) -> None:
        if needs_password(error):
            password = ask_password(self, self.register, again=self._asked)
            self._asked = True
            if password is not None:
                self.password = password
                self.start()
                return
        self.error = error
        self._show(sync_failure_text(error), error=True)
        self.again_button.show()
        self._update_buttons()

    def _show_conflicts(self) -> None:
        self.open_conflicts = True
        self.accept()
