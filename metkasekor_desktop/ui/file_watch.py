"""The open project's file, watched: other programs' edits appear, a lock is waited for
visibly, a file moved or deleted under the window stops editing with a message, and a
read-only project says so.

A shared register has no file: only other users' edits are looked for (through the
session's change watcher), and a read-only register says who may change that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from metkasekor_desktop.layers.session import ProjectSession
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.ui.window_services import WindowServices

POLL_MS = 2000  # other programs' edits appear within this


class FileWatch(QObject):
    """Polls the project's file for the window (cheap: one PRAGMA while nothing changes)."""

    def __init__(self, window: WindowServices) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.project: Project | None = None
        self.gone = False
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)

    # --- lifetime -----------------------------------------------------------------------
    def attach(self, session: ProjectSession) -> None:
        self.detach()
        project = session.project
        self.session = session
        self.project = project
        self.gone = False
        project.guard.waiting = self._waiting
        banner = self.window.banner
        if project.read_only and project.is_register:
            banner.show_message(
                self.tr("Read-only: your user may not change the register {0} (or the "
                        "server is a read-only copy). You can look, print and analyse; "
                        "editing is off. Ask its administrator for write access.").format(
                    project.title))
        elif project.read_only:
            banner.show_message(
                self.tr("Read-only: {0} cannot be written here (a read-only drive, folder "
                        "or file). You can look, export, print and analyse; editing is "
                        "off. To edit, save a copy where you may write.").format(
                    project.path.name),
                self.tr("Save a copy…"), self.window.save_as)
        else:
            banner.clear()
        self.timer.start()

    def detach(self) -> None:
        self.timer.stop()
        if self.project is not None:
            self.project.guard.waiting = None
        self.session = None
        self.project = None

    # --- watching -----------------------------------------------------------------------
    def check_now(self) -> bool:
        """Stop editing when the file under the window went; True while it is fine."""
        project = self.project
        if project is None or self.gone:
            return not self.gone
        if project.is_register:
            return True  # no file to lose: the server keeps it
        problem = project.file_problem()
        if problem is None:
            return True
        self.gone = True
        project.rescue_after_move()  # a moved file gets every edit committed before
        if self.session is not None:
            self.session.stop_editing()
        self.window.banner.show_message(
            self.tr("Editing has stopped: the project file {0} was moved, renamed, deleted "
                    "or replaced while open ({1}). Nothing more is written to it. Open it "
                    "where it is now, or save what this window shows as a copy.").format(
                project.path.name, project.path),
            self.tr("Save a copy…"), self.window.save_as)
        return False

    def poll(self) -> None:
        if self.project is None or not self.check_now():
            return
        self._load_changes(force=False)

    def reload(self) -> None:
        """Show the project as it is stored now (after a conflict)."""
        if self.project is not None and self.check_now():
            self._load_changes(force=True)

    def _load_changes(self, force: bool) -> None:
        """The session reads other programs' changes and tells every view."""
        if self.session is None:
            return
        changes = self.session.look_outside(force=force)
        n = 0 if changes is None or changes.everything else len(changes.plots)
        if n:
            self.window.statusBar().showMessage(
                self.tr("{0} plots changed by another program were loaded").format(n), 8000)

    def _waiting(self, seconds: float) -> None:
        """Another program holds the write lock: say so and keep the window painted."""
        if self.project is not None and self.project.is_register:
            message = self.tr("Waiting for the register: another user is writing to it "
                              "({0:.0f} s)…")
        else:
            message = self.tr("Waiting for the project file: another program is writing "
                              "to it ({0:.0f} s)…")
        self.window.statusBar().showMessage(message.format(seconds))
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
