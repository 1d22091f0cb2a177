"""What a shared register's history gives the window: entries of a plot's history,
the plots deleted from it, and the outcome (or refusal) of restoring one.

Plain data, no SQL: the register keeps and reads its history in
``storage/postgis/history.py``; a GeoPackage project has none (its undo history is its
own, in the window), so ``Project.history`` is None there. The window words these in
the officer's language (DESIGN.md decision 10: below ui/ a refusal is a key with
parameters).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from metkasekor_desktop.storage.errors import ProjectError

ADDED, CHANGED, DELETED = "I", "U", "D"  # an entry's action, as the register stores it


@dataclass(frozen=True)
class Change:
    """One column of a row: its value before and after (None: no value, or no row)."""

    column: str
    before: Any
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    """One row written, at one time, by one person: ``action`` is ADDED, CHANGED or
    DELETED; ``changes`` leave out the bookkeeping columns (row versions, times)."""

    when: datetime
    who: str  # "user@computer" when MetKasekor wrote it, else the database user
    table: str
    row_id: int
    action: str
    changes: list[Change] = field(default_factory=list)

    def value(self, column: str) -> Any:
        """The row's value of ``column`` after the entry (before it, for a delete)."""
        for change in self.changes:
            if change.column == column:
                return change.before if self.action == DELETED else change.after
        return None


@dataclass(frozen=True)
class DeletedPlot:
    """A plot deleted from the register that does not exist now (it may be restored)."""

    plot_id: int
    code: str
    name: str
    deleted_at: datetime
    deleted_by: str


@dataclass(frozen=True)
class RestoredPlot:
    """A plot put back, with the number of its records put back by table."""

    plot_id: int
    code: str
    records: dict[str, int] = field(default_factory=dict)


class RestoreRefusedError(ProjectError):
    """A deleted plot cannot be put back as it was; nothing was written.

    ``reason``: "code_taken" (``code``), "missing" (``code``, ``kind``: the table of the
    record it refers to, ``label``) or "not_deleted" (``plot_id``). ``str()`` is the
    English line; the window words it from ``reason`` and ``params``."""

    def __init__(self, reason: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.params = params


class History(Protocol):
    """What the window asks of a project that keeps the history of every change."""

    def plot_entries(self, plot_id: int) -> list[HistoryEntry]: ...

    def deleted_plots(self) -> list[DeletedPlot]: ...

    def restore_plot(self, plot_id: int) -> RestoredPlot: ...
