"""Errors of the project store, each with a message fit for the officer.

Every error here is a :class:`DomainError`, so a view that shows refusals shows these
too: a write that fails (a lock held by another program, a full disk, a read-only or
vanished file, someone else's newer edit) is never mistaken for a stored one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import Message, msg


class ProjectError(DomainError):
    """The project file cannot be opened, created or written; ``str()`` says why."""


class DuplicateError(ProjectError):
    """A value that must be unique (plot code, season name, practice key) is taken."""


class InUseError(ProjectError):
    """A record cannot be deleted because others still refer to it."""


class NotFoundError(ProjectError):
    """No record with that id (it may have been deleted meanwhile)."""


class WriteError(ProjectError):
    """A write reached the database and was refused; nothing of it was stored.

    ``reason`` is a stable key ("busy", "full", "read_only", "io", "gone", "offline")
    and ``params`` its parameters (``path``, ``replaced``, ``waited_s``, ``host``): the
    window words it in the officer's language from these; ``str()`` is the English line
    the command line prints.
    """

    reason = "io"

    def __init__(self, message: str = "", **params: object) -> None:
        super().__init__(message)
        self.params = params


class ProjectBusyError(WriteError):
    """Another program held the project's write lock for longer than we wait."""

    reason = "busy"


class DiskFullError(WriteError):
    reason = "full"


class ReadOnlyProjectError(WriteError):
    reason = "read_only"


class FileGoneError(WriteError):
    """The file under the open project was moved, renamed, deleted or replaced."""

    reason = "gone"


class ServerUnreachableError(WriteError):
    """The shared register's server could not be reached, or the connection to it broke
    before the transaction committed: the server rolls back what it had not committed,
    so nothing of the write was stored. Not a rule, and not the file's problems: the
    next write or read connects again by itself (``params``: ``host``, ``register``,
    ``writing``)."""

    reason = "offline"


# SQLSTATEs of a server going away: admin_shutdown, crash_shutdown, cannot_connect_now
# (starting up or shutting down); class 08 is "connection exception".
_SERVER_GONE_STATES = ("57P01", "57P02", "57P03")


def lost_connection(error: BaseException, register: str, host: str, *,
                    writing: bool) -> ServerUnreachableError | None:
    """A ServerUnreachableError when ``error`` (SQLAlchemy's or the driver's) says the
    server could not be reached or the connection broke, else None (a refused
    statement, a lock timeout: those have their own words)."""
    original = getattr(error, "orig", None) or error
    state = str(getattr(original, "sqlstate", None) or "")
    if getattr(error, "connection_invalidated", False) or state.startswith("08") \
            or state in _SERVER_GONE_STATES:
        gone = True
    else:  # libpq's own failures (refused, no socket, closed) carry no SQLSTATE
        import psycopg

        gone = not state and isinstance(original, psycopg.OperationalError)
    if not gone:
        return None
    if writing:
        message = msg(
            "The shared register {register} cannot be reached (the server is stopped or the "
            "network is down). Nothing was written. Try your change again when the "
            "connection is back: MetKasekor reconnects by itself.", register=register)
    else:
        message = msg(
            "The shared register {register} cannot be reached (the server is stopped or the "
            "network is down), so it could not be read. Try again when the connection is "
            "back: MetKasekor reconnects by itself.", register=register)
    return ServerUnreachableError(message, host=host, register=register, writing=writing)


class NotPermittedError(ProjectError):
    """The register's server refused a write this database user may not make (its role
    or row-level security: a plot outside the user's provinces); nothing was written.
    A rule, not a failure: ``str()`` says what the user may do."""


# How a refusal names a row of a table limited to the user's provinces.
_ROW_NOUNS = {"plots": msg("plot"), "farmers": msg("farmer"),
              "extension_events": msg("event"), "providers": msg("provider"),
              "trials": msg("trial"), "trial_seasons": msg("trial"),
              "target_populations": msg("target population")}


def refused_by_server(error: BaseException) -> NotPermittedError | None:
    """A NotPermittedError for PostgreSQL's insufficient_privilege (42501), else None."""
    original = getattr(error, "orig", None) or error
    if getattr(original, "sqlstate", None) != "42501":
        return None
    detail = str(original).strip().splitlines()[0] if str(original).strip() else ""
    table: str = (detail.rsplit(" ", 1)[-1].strip('"') if "table" in detail
                  else msg("the register"))
    what = _ROW_NOUNS.get(table, msg("record") if "table" in detail else msg("row"))
    if "row-level security" in detail:
        return NotPermittedError(msg(
            "The register refused this change: your database user may only write plots "
            "(and their records) of its own provinces (and the farmers, events, providers, "
            "trials and target populations there), and this {what} is not in one of them. "
            "Nothing was written.", what=what))
    return NotPermittedError(msg(
        "The register refused this change: your database user may not change {what} "
        "({detail}). Nothing was written. Ask the register's administrator for write "
        "access.", what=table, detail=detail))


@dataclass
class Conflict:
    """Someone else changed (or deleted) a record after it was read here.

    ``mine`` are the values this write wanted, ``theirs`` the values stored now, for
    the same fields (``theirs`` is empty when the record was deleted).
    """

    table: str
    record_id: int
    label: str  # how the officer knows the record: a plot code, a farmer's name
    editor: str | None  # "user@computer", or None when another program wrote it
    edited_at: datetime | None
    deleted: bool = False
    mine: dict[str, Any] = field(default_factory=dict)
    theirs: dict[str, Any] = field(default_factory=dict)


class ConflictError(ProjectError):
    """A write named a version of a record that is no longer the stored one."""

    def __init__(self, conflict: Conflict, noun: str = msg("record")) -> None:
        self.conflict = conflict
        self.noun = noun
        super().__init__(describe_conflict(conflict, noun))


def describe_conflict(conflict: Conflict, noun: str = msg("record")) -> Message:
    label = conflict.label
    if conflict.deleted:
        return msg("The {noun} {label} was deleted by someone else after you read it; "
                   "nothing was written. Reload to see the project as it is now.",
                   noun=noun, label=label)
    who = conflict.editor or msg("another program (e.g. QGIS)")
    changed = ", ".join(sorted(conflict.theirs)) or msg("it")
    if conflict.edited_at:
        return msg("The {noun} {label} was changed by {who} at {when} after you read it "
                   "({changed}); nothing was written. Reload to see their change, then "
                   "make yours again.", noun=noun, label=label, who=who,
                   when=conflict.edited_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                   changed=changed)
    return msg("The {noun} {label} was changed by {who} after you read it ({changed}); "
               "nothing was written. Reload to see their change, then make yours again.",
               noun=noun, label=label, who=who, changed=changed)


# SQLite's words for the failures a user can meet, and what to do about each.
_FAILURES: tuple[tuple[tuple[str, ...], type[WriteError], Message], ...] = (
    (("database is locked", "database table is locked"), ProjectBusyError,
     msg("The project file is busy: another program (QGIS, another MetKasekor window or a "
         "script) is writing to it. Nothing was written. Finish or save the edits there "
         "(QGIS: Save Layer Edits or Toggle Editing), then try again.")),
    (("database or disk is full",), DiskFullError,
     msg("The disk holding the project is full. Nothing was written. Free some space (or "
         "use File > Save project as to another drive), then try again.")),
    (("attempt to write a readonly database", "readonly database"), ReadOnlyProjectError,
     msg("The project file is read-only here (a read-only folder, drive or file). Nothing "
         "was written. Copy it to a folder where you may write (File > Save project as) "
         "to edit it.")),
    (("disk i/o error", "unable to open database file", "no such file"), WriteError,
     msg("The project file could not be reached (a drive or USB stick removed, a network "
         "share gone?). Nothing was written. Reconnect the drive, then try again.")),
)


def explain(error: BaseException) -> WriteError | None:
    """A WriteError for an SQLite failure the user can act on, else None."""
    original = getattr(error, "orig", None) or error
    if not isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    text = str(original).lower()
    for needles, kind, message in _FAILURES:
        if any(n in text for n in needles):
            return kind(message)
    return None
