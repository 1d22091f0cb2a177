"""Row versions: every write names the version it read, so no edit overwrites another.

Each register table carries ``mk_version`` (raised by one on every change),
``mk_edited_by`` ("user@computer", NULL when another program wrote the row) and
``mk_edited_at``. Our writes set them (SQLAlchemy ``onupdate``); triggers in the
database raise the version when any other program (QGIS, GDAL, a script) changes a row,
so a write made here after that is refused instead of silently undoing theirs. For plots
such a trigger also clears ``area_ha`` when the shape changed, so that the area is
measured again (in bulk, when the project is next opened). Each backend writes those
triggers in its own dialect (``Backend.install_row_versions``; GeoPackage:
``gpkg/triggers.py``); what they must do is said here, the same for every database.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table, column, delete, select, table

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.errors import Conflict, ConflictError

# Tables whose rows a user edits one by one, and their key column.
VERSIONED = {
    "farmers": "id", "plots": "fid", "seasons": "id", "practices": "id", "providers": "id",
    "plot_season_plans": "id", "trials": "id", "soil_samples": "id", "yield_records": "id",
    "extension_events": "id", "target_populations": "id",
}
# The tables that got their versions in the step to schema version 5; a table made later
# has them from the step that makes it (``migrations``).
VERSIONED_AT_V5 = ("farmers", "plots", "seasons", "practices", "providers",
                   "plot_season_plans", "trials", "soil_samples", "yield_records",
                   "extension_events")
COLUMNS = ("mk_version", "mk_edited_by", "mk_edited_at")
RECORD = msg("record")  # how a conflict names a record of no particular kind

# The trigger that marks plots added by another program (no editor): every backend
# gives it this name, so that a bulk insert of our own can set it aside.
FOREIGN_INSERT_TRIGGER = "mk_foreign_insert_plots"

# Records that go with a plot: another program may not delete a plot that has them
# (they would go by ON DELETE CASCADE without a word); our own delete removes them
# first, after keeping them for undo.
PLOT_RECORDS = (("plot_season_plans", "plot_id"), ("soil_samples", "plot_id"),
                ("yield_records", "plot_id"), ("trial_members", "plot_id"),
                ("event_plots", "plot_id"))
DELETE_REFUSED = ("MetKasekor: this plot has season plans, soil samples, yields, trial or "
                  "event records. Delete it in MetKasekor Desktop, which lists what goes "
                  "with it and can undo the delete.")


@lru_cache(maxsize=1)
def editor_name() -> str:
    """Who writes from this program: ``user@computer``."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "unknown"
    return f"{user}@{socket.gethostname() or 'unknown'}"


def now() -> datetime:
    return datetime.now(UTC)


def delete_plot_records(conn: Connection, plot_ids: Iterable[int]) -> None:
    """Remove the records that go with plots (before the plots themselves)."""
    ids = sorted({int(i) for i in plot_ids})
    for start in range(0, len(ids), 30000):
        chunk = ids[start:start + 30000]
        for name, key in PLOT_RECORDS:
            records = table(name, column(key))
            conn.execute(delete(records).where(records.c[key].in_(chunk)))


def read_versions(conn: Connection, table: Table, ids: Iterable[int], *,
                  lock: bool = False) -> dict[int, int]:
    """The stored version of each id that exists.

    ``lock``: the rows are locked until the transaction ends (``FOR UPDATE``), so that no
    program can change them between this read and the write that follows it; a row that
    another transaction is changing is waited for and read as that one committed it.
    SQLite has no row locks and SQLAlchemy renders nothing there: its write transaction
    (BEGIN IMMEDIATE) already keeps every other writer out."""
    wanted = sorted({int(i) for i in ids})
    pk = table.c[VERSIONED[table.name]]
    out: dict[int, int] = {}
    for start in range(0, len(wanted), 30000):
        chunk = wanted[start:start + 30000]
        statement = select(pk, table.c.mk_version).where(pk.in_(chunk))
        if lock:
            statement = statement.with_for_update()
        out.update({int(r[0]): int(r[1] or 0) for r in conn.execute(statement)})
    return out


def conflict_for(conn: Connection, table: Table, record_id: int, label: str,
                 mine: dict[str, Any] | None = None, noun: str = RECORD,
                 read: dict[str, Any] | None = None) -> ConflictError:
    """The error for a record changed or deleted since it was read, with who and when.

    ``theirs`` holds the stored values of the fields this write sets (``mine``) and of
    the fields read earlier (``read``) that are stored differently now."""
    pk = table.c[VERSIONED[table.name]]
    row = conn.execute(select(table).where(pk == record_id)).mappings().first()
    mine = dict(mine or {})
    if row is None:
        return ConflictError(Conflict(table.name, record_id, label, None, None, deleted=True,
                                      mine=mine), noun)
    theirs = {name: row[name] for name in mine if name in row}
    theirs.update({name: row[name] for name, value in (read or {}).items()
                   if name in row and row[name] != value})
    return ConflictError(Conflict(table.name, record_id, label, row["mk_edited_by"],
                                  row["mk_edited_at"], mine=mine, theirs=theirs), noun)


def check(conn: Connection, table: Table, expected: dict[int, int | None],
          labels: dict[int, str] | None = None, mine: dict[str, Any] | None = None,
          noun: str = RECORD, read: dict[str, Any] | None = None) -> None:
    """Refuse (ConflictError) when a record's stored version is not the one expected.

    ``expected`` maps ids to the version read (None: not checked). Runs inside the
    write transaction. Its write lock keeps out other MetKasekor writers only: a program
    that does not take it (QGIS, psql on a register) could commit between this check and
    the write, so the checked rows are locked here as they are read, and stay locked
    until the write commits.
    """
    wanted = {i: v for i, v in expected.items() if v is not None}
    if not wanted:
        return
    stored = read_versions(conn, table, wanted, lock=True)
    for record_id, version in sorted(wanted.items()):
        if stored.get(record_id) != version:
            label = (labels or {}).get(record_id, f"#{record_id}")
            raise conflict_for(conn, table, record_id, label, mine, noun, read)
