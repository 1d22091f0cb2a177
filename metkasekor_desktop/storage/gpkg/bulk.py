"""A province's new rows written to the GeoPackage at once: plots, their spatial index and
their extra attributes.

SQLite-only ways of writing 100,000 rows quickly, behind the backend's bulk methods:
rows go in multi-row INSERT ... VALUES statements of 2,000 rows; the
R-tree insert trigger and the trigger that marks rows of other programs are set aside
and put back as the file stored them; extras of consecutive plots go as one JSON array
per column through ``json_each``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from typing import Any

import numpy as np
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage import row_versions
from metkasekor_desktop.storage.gpkg.rtree_bulk import RTREE_INSERT_TRIGGER, fill_rtree


def insert_extras(conn: Connection, plot_ids: Sequence[int], names: Sequence[str],
                  values: Sequence[Sequence[str]]) -> int | None:
    """Extra attributes of consecutive plots as one JSON array per text column through
    ``json_each`` (one INSERT ... SELECT, not 100,000 bound rows); how many were stored,
    or None (nothing written) for other values (numbers, a NUL, ids with gaps) or an
    SQLite without JSON."""
    n = len(plot_ids)
    if not (names and n > 1 and plot_ids[-1] - plot_ids[0] == n - 1
            and all(set(map(type, column)) <= {str} for column in values)):
        return None
    texts = [json.dumps(column, ensure_ascii=False) for column in values]
    if any("\\u0000" in text for text in texts):  # JSON's NUL: kept as it was, as rows
        return None
    try:
        insert_json_extras(conn, plot_ids[0], names, texts)
    except OperationalError as error:  # no json_each here: nothing was written
        if "json_each" not in str(error):
            raise
        return None
    return sum(n - column.count("") for column in map(list, values))


def insert_many(conn: Connection, table: str, names: Sequence[str],
                rows: Sequence[tuple[Any, ...]], fixed: Mapping[str, Any] | None = None,
                bounds: np.ndarray | None = None) -> list[int]:
    """New rows at once (plots with their spatial index and triggers set aside, see
    :func:`insert_plots`; other tables by :func:`insert_rows`); their ids in order
    (consecutive: one write transaction inserts them)."""
    if table == "plots":
        if bounds is None:
            raise ValueError(msg("New plots need their bounds for the spatial index."))
        return insert_plots(conn, rows, bounds, names, fixed)
    if not rows:
        return []
    insert_rows(conn, table, names, rows, fixed)
    last = int(conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
    return list(range(last - len(rows) + 1, last + 1))


def insert_json_extras(conn: Connection, first_id: int, names: Sequence[str],
                        texts: Sequence[str]) -> None:
    """Extras from JSON arrays of text (one per name; item k: plot ``first_id`` + k),
    plot by plot, names in order, empty texts left out."""
    into = "INSERT INTO plot_extra_attributes (plot_id, name, value) "
    if len(names) == 1:  # json_each walks the array in order: no sort
        conn.exec_driver_sql(f"{into} SELECT ? + key, ?, value FROM json_each(?) "
                             "WHERE value <> ''", (first_id, names[0], texts[0]))
        return
    parts = ["SELECT key AS r, ? AS k, ? AS n, value AS v FROM json_each(?) "
             "WHERE value <> ''"] * len(names)
    conn.exec_driver_sql(f"{into} SELECT ? + r, n, v FROM ({' UNION ALL '.join(parts)}) "
                         "ORDER BY r, k", (first_id, *(x for k, name in enumerate(names)
                                                     for x in (k, name, texts[k]))))


def _trigger_sql(conn: Connection, name: str) -> str | None:
    ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                               "name = ?", (name,)).scalar()
    return None if ddl is None else str(ddl)


def insert_plots(conn: Connection, rows: Sequence[tuple[Any, ...]], bounds: np.ndarray,
                  names: Sequence[str],
                  fixed: Mapping[str, Any] | None = None) -> list[int]:
    """Insert new rows (ids from the database, consecutive in this write transaction)
    and index them; the two insert triggers are set aside meanwhile.

    ``rows`` hold the columns ``names``; ``fixed`` gives the value of the other columns,
    the same in every row. The GeoPackage R-tree trigger calls five SQL functions per
    row; the trigger that marks rows added by another program (``WHEN NEW.mk_edited_by
    IS NULL``) never fires for rows that name their editor, yet its presence alone slows
    SQLite's insert threefold. Both are put back as the file stored them, in this
    transaction.
    """
    fixed = dict(fixed or {})
    if "mk_edited_by" in fixed:
        named = bool(fixed["mk_edited_by"])
    else:
        k = list(names).index("mk_edited_by")
        named = all(r[k] for r in rows)
    set_aside = [RTREE_INSERT_TRIGGER]
    if named:  # every row names its editor
        set_aside.append(row_versions.FOREIGN_INSERT_TRIGGER)
    stored: list[str] = []
    for name in set_aside:
        ddl = _trigger_sql(conn, name)
        if ddl is not None:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            stored.append(ddl)
    insert_rows(conn, "plots", names, rows, fixed)
    last = int(conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
    first = last - len(rows) + 1
    count = conn.exec_driver_sql(
        "SELECT count(*) FROM plots WHERE fid BETWEEN ? AND ?", (first, last)).scalar_one()
    if count != len(rows):  # never expected; refuse rather than mislabel
        raise RuntimeError(msg("New ids of a bulk insert are not consecutive."))
    ids = np.arange(first, last + 1, dtype=np.int64)
    keep = ~np.isnan(bounds[:, 0])  # no entry for a missing or empty shape
    fill_rtree(conn, ids[keep], bounds[keep])
    for ddl in stored:
        conn.exec_driver_sql(ddl)
    return ids.tolist()


def insert_rows(conn: Connection, table: str, names: Sequence[str],
                rows: Sequence[tuple[Any, ...]],
                fixed: Mapping[str, Any] | None = None) -> None:
    """Insert many rows of ``names`` into ``table`` (``fixed``: more columns, the same
    value in every row), in the order given, their ids consecutive.

    Rows go as multi-row ``INSERT ... VALUES (...), (...)`` statements of as many rows
    as SQLite binds parameters for (at most 2,000): SQLite inserts such a list in its
    order, prepares a statement per chunk instead of per row and updates an
    AUTOINCREMENT table's sequence once per chunk; a province's plots go in a third
    quicker than through a temporary table. ``fixed`` is bound once per chunk as
    ``?1``, ``?2``... at the head of every row. A chunk is taken from ``rows`` while
    the one before is written: a :class:`~..chunked_rows.ChunkedRows` is made as it
    goes.
    """
    if not rows:
        return
    fixed = dict(fixed or {})
    head = [f"?{k}" for k in range(1, len(fixed) + 1)]
    row_sql = f"({', '.join(head + ['?'] * len(names))})"
    columns = ", ".join(f'"{n}"' for n in (*fixed, *names))
    per = max(1, min(2000, (_variable_limit(conn) - len(fixed)) // max(1, len(names))))
    fixed_values = tuple(fixed.values())

    def write(chunk: Sequence[tuple[Any, ...]]) -> None:
        conn.exec_driver_sql(
            f'INSERT INTO "{table}" ({columns}) VALUES {", ".join([row_sql] * len(chunk))}',
            (*fixed_values, *chain.from_iterable(chunk)))

    # SQLite lets go of the GIL while it writes a chunk: meanwhile this thread makes
    # the next (rows[...] of a ChunkedRows encodes its shapes). One chunk is written at
    # a time, in order, and leaving the block waits for the last on every path.
    if len(rows) <= per:
        write(rows[:])
        return
    with ThreadPoolExecutor(1, thread_name_prefix="bulk-insert") as pool:
        pending = None
        for start in range(0, len(rows), per):
            chunk = rows[start:start + per]
            if pending is not None:
                pending.result()
            pending = pool.submit(write, chunk)
        if pending is not None:
            pending.result()


def _variable_limit(conn: Connection) -> int:
    """How many parameters one statement may bind here (999 in SQLite before 3.32)."""
    raw = conn.connection.driver_connection
    try:
        return int(raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))  # type: ignore[union-attr]
    except (AttributeError, sqlite3.Error):
        return 999
