"""The File menu's offline copies: make one, synchronise the open one, decide its
conflicts; and the window shown again after a sync or a decision changed the copy.

A sync writes the copy through its own connection while the window has it open: the
sync dialog is modal (nothing is edited meanwhile) and a drawing under way is ended
first; afterwards the session reads what changed, as it does for another program's
commits, and every view follows its change stream.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from metkasekor_desktop.storage import ProjectError, public_url
from metkasekor_desktop.ui.project_files import make_action

if TYPE_CHECKING:
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.storage.sync_engine import SyncReport
    from metkasekor_desktop.ui.window_services import WindowServices


def copy_origin(project: Project | None) -> str | None:
    """The register an open project is an offline copy of, else None."""
    if project is None or project.is_register:
        return None
    from metkasekor_desktop.storage.sync_copy import origin_of

    try:
        return origin_of(project)
    except ProjectError:
        return None


class SyncController(QObject):
    """File > Make an offline copy, Synchronise and Conflicts, for the window."""

    def __init__(self, window: WindowServices, passwords: dict[str, str]) -> None:
        super().__init__(window)
        self.window = window
        self.passwords = passwords  # register URL -> password typed, this session only
        self.origin: str | None = None  # of the open copy
        self.copy_action = make_action(
            self, self.tr("Make an offline cop&y…"), self.make_copy, None,
            self.tr("Write a province or a district of the shared register into a file "
                    "to work on without a connection"))
        self.sync_action = make_action(
            self, self.tr("&Synchronise"), self.synchronise, "Ctrl+Shift+Y",
            self.tr("Send this offline copy's changes to the register and bring the "
                    "register's"))
        self.conflicts_action = make_action(
            self, self.tr("Conf&licts…"), self.show_conflicts, None,
            self.tr("What this copy and the register both changed, to decide"))
        self.project_opened(None)

    def project_opened(self, project: Project | None) -> None:
        """Synchronise and Conflicts are for an offline copy only."""
        self.origin = copy_origin(project)
        for action in (self.sync_action, self.conflicts_action):
            action.setEnabled(self.origin is not None)

    # -- make a copy ---------------------------------------------------------------------
    def _register_and_area(self) -> tuple[str, str | None]:
        """The register the window shows (its most common province chosen), else the
        last one connected to."""
        project, layer = self.window.project, self.window.canvas.plot_layer
        if project is not None and project.url is not None:
            provinces = Counter(str(c)[:2] for c in (layer.table.village_codes if layer
                                                     else []) if c)
            area = provinces.most_common(1)[0][0] if provinces else None
            return public_url(project.url), area
        recent = next((p for p in self.window.settings.recent_projects()
                       if isinstance(p, str)), "")
        return recent, None

    def make_copy(self) -> None:
        from PySide6.QtCore import QStandardPaths

        from metkasekor_desktop.ui.language import current_language, place_language
        from metkasekor_desktop.ui.sync_dialog import OfflineCopyDialog

        settings = self.window.settings
        url, area = self._register_and_area()
        folder = settings.folder("export")
        if not settings.qsettings.value("folders/export", ""):  # none chosen yet
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or folder
        language = place_language(current_language(settings.qsettings))
        dialog = OfflineCopyDialog(url, folder, self.passwords, area, language, self.window)
        try:
            dialog.exec()
            written, open_it = dialog.written, dialog.open_it
        finally:
            dialog.deleteLater()
        if written is not None:
            settings.set_folder("export", written)
            if open_it:
                self.window.open_project(written)

    # -- synchronise ---------------------------------------------------------------------
    def synchronise(self) -> SyncReport | None:
        from metkasekor_desktop.ui.sync_dialog import SyncDialog

        project, origin = self.window.project, self.origin
        if project is None or origin is None:
            return None
        self.window.tools.activate("pan")  # a drawing under way ends before the sync
        key = public_url(origin)
        dialog = SyncDialog(project.path, origin, self.passwords.get(key), self.window)
        try:
            dialog.start()
            dialog.exec()
            report, open_conflicts = dialog.report, dialog.open_conflicts
            if report is not None and dialog.password:
                self.passwords[key] = dialog.password
        finally:
            dialog.deleteLater()
        self.show_changes(report)
        if open_conflicts:
            self.show_conflicts()
        return report

    def show_changes(self, report: SyncReport | None = None) -> None:
        """The copy as it is stored now: the map, the table and the panels follow."""
        session = self.window.session
        if session is None:
            return
        session.look_outside(force=True)
        if report is not None:
            from metkasekor_desktop.ui.copy_words import counts_text

            text = self.tr("Synchronised: sent {sent}; brought {brought}.").format(
                sent=counts_text(report.pushed), brought=counts_text(report.pulled))
            if report.open:
                text += " " + self.tr("{0} conflicts are open (File > Conflicts).").format(
                    report.open)
            self.window.statusBar().showMessage(text, 12000)

    # -- conflicts -----------------------------------------------------------------------
    def show_conflicts(self) -> None:
        from metkasekor_desktop.ui.conflicts_dialog import ConflictsDialog

        project = self.window.project
        if project is None or self.origin is None:
            return
        dialog = ConflictsDialog(project.path, self.show_changes, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
