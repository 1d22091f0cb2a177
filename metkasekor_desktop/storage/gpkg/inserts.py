"""New rows into a GeoPackage: their ids from SQLite, the R-tree filled in bulk.

SQLite gives new rows consecutive rowids inside a write transaction (no one else can
insert meanwhile), so a plain executemany and ``last_insert_rowid()`` tell every new
id. A feature table's R-tree is kept by triggers that call five SQL functions per row
(three seconds for a province's 100,000 plots); a large batch sets them aside and
writes the index entries from the known bounds at once.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import Connection, Table, func, insert, select

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.gpkg.container import rtree_triggers
from metkasekor_desktop.storage.row_versions import FOREIGN_INSERT_TRIGGER
from metkasekor_desktop.storage.schema import GpkgDateTime, to_gpkg_datetime

BULK_ROWS = 500  # from this many new rows of a feature table the R-tree is filled in bulk
GEOMETRY = "geom"  # the geometry column of a feature table


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]],
                given: list[int | None]) -> list[int]:
    """Insert rows; given ids are kept, the others come from the database, in order."""
    pk = next(iter(table.primary_key.columns)).name
    with_id = [i for i, g in enumerate(given) if g is not None]
    without = [i for i, g in enumerate(given) if g is None]
    ids: list[int] = [0] * len(rows)
    if with_id:
        conn.execute(insert(table), [{**rows[i], pk: given[i]} for i in with_id])
        for i in with_id:
            ids[i] = int(given[i])  # type: ignore[arg-type]
    if without:
        # Plain executemany (one C-level loop). Inside this write transaction no one
        # else can insert, so the new ids are the consecutive ones ending at the last.
        conn.execute(insert(table), [rows[i] for i in without])
        first = _first_new_id(conn, table, len(without))
        for offset, i in enumerate(without):
            ids[i] = first + offset
    return ids


def _first_new_id(conn: Connection, table: Table, count: int) -> int:
    """The id of the first of the ``count`` rows just inserted into ``table``."""
    last = int(conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
    first = last - count + 1
    pk = next(iter(table.primary_key.columns))
    stored = conn.execute(
        select(func.count()).select_from(table).where(pk.between(first, last))
    ).scalar_one()
    if stored != count:  # never expected; refuse rather than mislabel
        raise RuntimeError(msg("New ids of a bulk insert are not consecutive."))
    return first


def insert_features(conn: Connection, table: Table, rows: list[dict[str, Any]],
                    given: list[int | None], bounds: np.ndarray) -> list[int]:
    """:func:`insert_rows` of a feature table; a large batch fills the R-tree from
    ``bounds`` (minx, miny, maxx, maxy per row) in one statement.

    Inside this transaction the R-tree's insert trigger is set aside, the rows and their
    index entries are written in bulk, and the trigger is put back, so a refused batch
    rolls back all three together.

    The trigger that marks plots added by another program (``WHEN NEW.mk_edited_by IS
    NULL``) never fires for these rows, which all name their editor; yet its mere
    presence made SQLite's insert of a province's plots three times slower (about a
    second). It is set aside too, and put back exactly as the file stored it.
    """
    if len(rows) < BULK_ROWS or len(bounds) != len(rows):
        return insert_rows(conn, table, rows, given)
    pk = next(iter(table.primary_key.columns)).name
    trigger = rtree_triggers(table.name, GEOMETRY, pk)[0]
    rtree = f"rtree_{table.name}_{GEOMETRY}"
    conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{rtree}_insert"')
    foreign = _set_aside_foreign_insert(conn, table, rows)
    if any(g is not None for g in given):
        ids = insert_rows(conn, table, rows, given)
    else:
        ids = _insert_plain(conn, table, rows)
    keep = ~np.isnan(bounds[:, 0])
    entries = [
        (i, x0, x1, y0, y1) for i, (x0, y0, x1, y1) in
        zip(np.asarray(ids)[keep].tolist(), bounds[keep].tolist(), strict=True)
    ]
    conn.exec_driver_sql(f'INSERT OR REPLACE INTO "{rtree}" VALUES (?, ?, ?, ?, ?)', entries)
    conn.exec_driver_sql(trigger)
    if foreign is not None:
        conn.exec_driver_sql(foreign)
    return ids


def _set_aside_foreign_insert(conn: Connection, table: Table,
                              rows: list[dict[str, Any]]) -> str | None:
    """Drop the trigger for plots added by another program when none of ``rows`` is such
    a plot (each names its editor); returns its stored DDL, to run again after the
    insert, or None when it stays (or the file has none)."""
    if table.name != "plots" or not all(r.get("mk_edited_by") for r in rows):
        return None
    ddl = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (FOREIGN_INSERT_TRIGGER,)).scalar()
    if ddl is None:
        return None
    conn.exec_driver_sql(f'DROP TRIGGER "{FOREIGN_INSERT_TRIGGER}"')
    return str(ddl)


def _insert_plain(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """New rows through the driver's executemany with tuples: SQLAlchemy's per-row
    parameter handling costs a second for a province's plots."""
    names = list(rows[0])
    columns = [[r[n] for r in rows] for n in names]
    for k, n in enumerate(names):
        if isinstance(table.c[n].type, GpkgDateTime):
            columns[k] = [to_gpkg_datetime(v) for v in columns[k]]
    sql = (f'INSERT INTO "{table.name}" ({", ".join(names)}) '
           f'VALUES ({", ".join("?" * len(names))})')
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))
    first = _first_new_id(conn, table, len(rows))
    return list(range(first, first + len(rows)))
