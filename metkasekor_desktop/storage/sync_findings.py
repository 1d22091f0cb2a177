"""What a sync reports and finds: the counts of what went each way, and the conflicts
it finds in the register's transaction before the copy records them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from metkasekor_desktop.storage import sync_state as state
from metkasekor_desktop.storage.sync_rows import Row
from metkasekor_desktop.storage.sync_tables import SyncTable
from metkasekor_desktop.storage.sync_values import shown


@dataclass
class SyncReport:
    """What one sync did. ``conflicts`` are those found by this sync; ``open`` counts
    every conflict the copy holds after it."""

    pushed: dict[str, int] = field(default_factory=dict)
    pulled: dict[str, int] = field(default_factory=dict)
    deleted_there: dict[str, int] = field(default_factory=dict)
    deleted_here: dict[str, int] = field(default_factory=dict)
    merged: int = 0  # records with fields from both sides
    conflicts: list[state.Conflict] = field(default_factory=list)
    open: int = 0
    resumed: bool = False  # the register had this sync's changes from an interrupted run

    @property
    def nothing(self) -> bool:
        return not (self.pushed or self.pulled or self.deleted_there or self.deleted_here
                    or self.conflicts)


def count(counts: dict[str, int], table: str) -> None:
    counts[table] = counts.get(table, 0) + 1


@dataclass
class Found:
    """A conflict found in the register's transaction, recorded in the copy's."""

    table: str
    local_id: int | None
    remote_id: int | None
    column: str | None
    kind: str
    label: str
    base: Any = None
    local: Any = None
    remote: Any = None


def summary(table: SyncTable, row: Row | None) -> Any:
    if row is None:
        return None
    return {c: shown(table.name, c, v) for c, v in row.items()
            if c != "geom" and v not in (None, "")}
