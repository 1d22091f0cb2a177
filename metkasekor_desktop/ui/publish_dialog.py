"""File > Publish to the shared register: an office's project file copied into the
register, all of it or (on any clash) nothing.

"Check first" runs the publish without writing and lists what it would add, what the
register holds already and every clash; "Publish" is offered only after a check without
clashes, for the register and province checked. The work runs in a thread
(``layers.register_copy.publish`` opens its own connections: the window's file is only
read) while a busy bar shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.register_copy import CopyReport
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.storage import ProjectError, public_url
from metkasekor_desktop.storage.errors import NotPermittedError
from metkasekor_desktop.ui.copy_words import clash_text, counts_text, fill_provinces
from metkasekor_desktop.ui.job_dialog import JobDialog

if TYPE_CHECKING:
    from metkasekor_desktop.ui.window_services import WindowServices



def refusal_text(error: BaseException) -> str:
    """A refusal of the copy in words; never a traceback."""
    if isinstance(error, ProjectError | OSError):
        return say(error)
    return QCoreApplication.translate("PublishDialog", "The work stopped on an unexpected "
                                      "error: {0}").format(say(error))


class PublishDialog(JobDialog):
    """The register, the province, Check first and Publish, and what they found."""

    def __init__(self, source: Path, registers: Iterable[str], passwords: dict[str, str],
                 village_codes: Iterable[object], language: str = "kh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = Path(source)
        self.passwords = passwords  # URL without password -> password, this session only
        self.report: CopyReport | None = None
        self.published = False
        self._checked: tuple[str, str | None] | None = None  # a check without clashes
        self.setWindowTitle(self.tr("Publish to the shared register"))

        intro = QLabel(self.tr(
            "Copies every plot of {0} with its farmer, season plans, trials, samples, "
            "yields and events into the shared register: all of it, or nothing when a "
            "record clashes with the register's.").format(self.source.name), self)
        intro.setWordWrap(True)
        self.register = QComboBox(self)
        for url in registers:
            self.register.addItem(url, url)
        self.register.addItem(self.tr("Other register…"), None)
        self.register.setCurrentIndex(0)
        self.register.activated.connect(self._register_chosen)
        self.register.currentIndexChanged.connect(self._choice_changed)
        self._last_register = 0
        self.province = QComboBox(self)
        fill_provinces(self.province, village_codes, language)
        self.province.currentIndexChanged.connect(self._choice_changed)
        form = QFormLayout()
        form.addRow(self.tr("Register:"), self.register)
        form.addRow(self.tr("Province:"), self.province)

        self.check_button = QPushButton(self.tr("Check first"), self)
        self.check_button.setToolTip(self.tr(
            "Find what publishing would add and what clashes, without writing anything"))
        self.check_button.clicked.connect(self.check)
        self.publish_button = QPushButton(self.tr("Publish"), self)
        self.publish_button.setToolTip(self.tr(
            "Write the plots and records into the register (after a check without clashes)"))
        self.publish_button.clicked.connect(self.publish)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.publish_button)
        actions.addWidget(self.busy, 2)
        actions.addStretch(1)

        self.clashes = QListWidget(self)
        self.clashes.setWordWrap(True)
        self.clashes.setAlternatingRowColors(True)
        self.clashes.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.clashes, 100)
        layout.addStretch(1)  # while no clash is listed
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self._update_buttons()

    # -- choices -------------------------------------------------------------------------
    def register_url(self) -> str | None:
        return self.register.currentData()

    def province_code(self) -> str | None:
        return self.province.currentData()

    def choose_register(self, url: str, password: str | None = None) -> None:
        """Select ``url`` (added to the list when new); ``password`` is kept for it for
        this session only."""
        url = public_url(url)
        if password:
            self.passwords[url] = password
        index = self.register.findData(url)
        if index < 0:
            self.register.insertItem(self.register.count() - 1, url, url)
            index = self.register.findData(url)
        self.register.setCurrentIndex(index)
        self._last_register = index

    def _register_chosen(self, index: int) -> None:
        if self.register.itemData(index) is not None:
            self._last_register = index
            return
        from metkasekor_desktop.storage.postgis.register import ConnectionFields
        from metkasekor_desktop.ui.connect_dialog import ConnectDialog

        last = self.register.itemData(self._last_register)
        try:
            fields = ConnectionFields.of(last) if last else None
        except ProjectError:
            fields = None
        dialog = ConnectDialog(self, fields)
        try:
            if dialog.exec():
                self.choose_register(dialog.url(), dialog.password_text())
            else:
                self.register.setCurrentIndex(self._last_register)
        finally:
            dialog.deleteLater()

    def _choice_changed(self) -> None:
        """A check holds for the register and province it was made for only."""
        if self._job is None:
            self._checked = None
            self.published = False
            self.report = None
            self.status.clear()
            self.clashes.clear()
            self.clashes.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._job is not None
        chosen = self.register_url() is not None
        checked = self._checked == (self.register_url(), self.province_code())
        for widget in (self.register, self.province):
            widget.setEnabled(not busy)
        self.check_button.setEnabled(chosen and not busy)
        self.publish_button.setEnabled(chosen and checked and not busy and not self.published)
        self.buttons.setEnabled(not busy)

    # -- work ----------------------------------------------------------------------------
    def check(self) -> None:
        """Publish without writing: the counts and the clashes."""
        self._run(dry_run=True)

    def publish(self) -> None:
        self._run(dry_run=False)

    def _run(self, dry_run: bool) -> None:
        url = self.register_url()
        if url is None or self._job is not None:
            return
        from metkasekor_desktop.layers.register_copy import publish

        province, password = self.province_code(), self.passwords.get(url)
        source = self.source

        def work() -> CopyReport:
            return publish(source, url, province=province, password=password,
                           dry_run=dry_run)

        self._show(self.tr("Checking the project against the register…") if dry_run
                   else self.tr("Publishing into the register…"))
        self.clashes.clear()
        self.clashes.hide()
        self._start(work, lambda report: self._done(report, (url, province), dry_run),
                    lambda error: self._failed(error, province))

    def _done(self, report: CopyReport, choice: tuple[str, str | None], dry_run: bool) -> None:
        self.report = report
        name, there = self.source.name, self.tr("the register")
        if report.clashes:
            self._checked = None
            for clash in report.clashes:
                self.clashes.addItem(clash_text(clash, name, there))
            self.clashes.show()
            self._show(self.tr(
                "{n} clashes between {source} and the register: nothing can be published. "
                "Make the records agree (in the office project or in the register), then "
                "check again.").format(n=f"{len(report.clashes):,}", source=name), error=True)
        elif dry_run:
            self._checked = choice
            self._show(self.tr("No clashes. Publishing would add: {added}.\nAlready in the "
                               "register: {found}.").format(
                added=counts_text(report.added), found=counts_text(report.found)))
        else:
            self.published = True
            self._show(self.tr("Published into the register: added {added}.\nAlready "
                               "there: {found}.").format(
                added=counts_text(report.added), found=counts_text(report.found)))
        self._update_buttons()

    def _failed(self, error: BaseException, province: str | None) -> None:
        self._checked = None
        text = refusal_text(error)
        if isinstance(error, NotPermittedError) and province is None:
            text += " " + self.tr("A provincial officer publishes their own province's "
                                  "plots: choose the province above.")
        self._show(text + " " + self.tr("Nothing was written."), error=True)
        self._update_buttons()


def publish_project(window: WindowServices, passwords: dict[str, str]) -> None:
    """File > Publish to the shared register, for the project file the window has open."""
    from metkasekor_desktop.ui.language import current_language, place_language

    project, layer = window.project, window.canvas.plot_layer
    if project is None or project.is_register:
        return
    registers = [p for p in window.settings.recent_projects() if isinstance(p, str)]
    codes: Iterable[object] = layer.table.village_codes if layer is not None else []
    language = place_language(current_language(window.settings.qsettings))
    dialog = PublishDialog(project.path, registers, passwords, codes, language, window)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
