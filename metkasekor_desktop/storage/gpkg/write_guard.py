"""What every write transaction checks first: the file is still ours, and the lock is had.

A write starts with ``BEGIN IMMEDIATE``: it takes the write lock before reading, so a
read-then-write never fails half-way because another program wrote in between. While
another program holds the lock we wait (telling the window, which says so), up to
``wait_s``; then the write is refused with a message. Before that, the file under the
project is checked: moved, renamed, deleted or replaced by another file, the write is
refused and nothing is written anywhere.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.storage.errors import FileGoneError, ProjectBusyError, explain

BUSY_STEP_MS = 250  # SQLite's own wait for the lock, per attempt
WAIT_S = 15.0  # how long a write waits for another program's lock in all


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def is_read_only(path: Path) -> bool:
    """True when the project cannot be written here (read-only file, folder or drive)."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def on_read_only_media(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


class WriteGuard:
    """Per open project: the file's identity and who to tell while waiting for a lock."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        self.identity = file_identity(path)
        self.read_only = read_only
        self.wait_s = WAIT_S
        # Called with the seconds waited so far while another program holds the lock;
        # the window shows "Waiting for the project file…" and keeps painting.
        self.waiting: Callable[[float], None] | None = None
        self.gone: str | None = None  # why writes stopped, once the file went

    def file_problem(self) -> str | None:
        """Why the file under the project is no longer the one opened, or None."""
        if self.gone is not None:
            return self.gone
        now = file_identity(self.path)
        if now is None:
            return msg("The project file {name} was moved, renamed or deleted while it was "
                       "open ({path}). Editing has stopped so that nothing is written to "
                       "the wrong place; open the file where it is now.",
                       name=self.path.name, path=str(self.path))
        if self.identity is not None and now != self.identity:
            return msg("The project file {name} was replaced by another file while it was "
                       "open ({path}). Editing has stopped; open it again to see and edit "
                       "the new file.", name=self.path.name, path=str(self.path))
        return None

    def before_write(self) -> None:
        problem = self.file_problem()
        if problem is not None:
            self.gone = problem
            raise FileGoneError(problem, path=str(self.path),
                                replaced=file_identity(self.path) is not None)

    def let_go(self, raw: sqlite3.Connection, opened_on: tuple[int, int] | None) -> None:
        """The file under the path is no longer the one opened: fold this connection's
        WAL into the file it has open (moved, or replaced and unlinked) and empty it.

        The WAL keeps the path's name; left as it is (SQLite does not fold it at close
        once the file has moved), it would be read as part of whatever file has that
        name now, e.g. a copy put in the project's place. Only a connection opened on
        the file this project opened may do it.
        """
        if self.read_only or opened_on is None or opened_on != self.identity:
            return
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass

    def begin_immediate(self, raw: sqlite3.Connection) -> None:
        """Take the write lock, waiting (and saying so) while another program holds it."""
        start = time.monotonic()
        raw.execute(f"PRAGMA busy_timeout={BUSY_STEP_MS}")
        try:
            while True:
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    failure = explain(error)
                    if not isinstance(failure, ProjectBusyError):
                        raise failure or error from None
                    waited = time.monotonic() - start
                    if waited >= self.wait_s:
                        raise ProjectBusyError(
                            msg("{reason} (waited {waited:.0f} s)",
                                reason=as_message(failure), waited=waited),
                            waited_s=waited) from None

                    if self.waiting is not None:
                        self.waiting(waited)
        finally:
            raw.execute("PRAGMA busy_timeout=5000")
