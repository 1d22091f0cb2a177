"""The change log of an offline copy, kept by the file itself.

An offline copy of the register is a GeoPackage that officers edit here or in QGIS, and
that is later synchronised field by field with the server (DESIGN.md decision 9). So
the copy must know, whoever wrote it, which rows changed since the last sync and what
they held before: triggers write both into the file. They use only built-in SQLite
(``json_object``, ``hex``, ``typeof``), because a plain SQLite connection (QGIS, GDAL,
the sqlite3 shell) has none of our SQL functions and an edit there must still count.

- ``mk_sync_log``: one entry per insert ('I'), update ('U') or delete ('D'), in order.
- ``mk_sync_base``: a row as it was at the last sync, captured before its first change
  (a row inserted since has none), as a JSON object of every column; a BLOB value is
  stored as ``{"hex": "..."}`` (JSON holds no bytes), so text stays text, and an
  infinite REAL as ``{"real": "inf"}``.
- ``mk_sync_flags``: while it holds 'applying' (the sync writing the server's changes,
  inside its own transaction) the triggers do nothing.

They are not listed in ``gpkg_contents``: QGIS would offer them as layers to edit, the
GeoPackage validator does not ask for it, and an attribute table there needs an integer
key that the base and the flags have no use for.

Updates of bookkeeping columns only (row versions, edit times, the area the database
measures again) are not changes: each side keeps those for itself.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from metkasekor_desktop.storage.sync_tables import BOOKKEEPING, SyncTable

LOG, BASE, FLAGS = "mk_sync_log", "mk_sync_base", "mk_sync_flags"
APPLYING = "applying"
_PREFIX = "mk_sync_"
_SUFFIXES = ("ai", "bu", "au", "bd", "ad")  # after insert, before update, ...
_MAX_REAL = "1.7976931348623157e308"  # larger is infinity, which JSON cannot write
_CHUNK = 500  # ids per statement, well under SQLite's limit of variables

_TABLES_DDL = (
    f"""CREATE TABLE IF NOT EXISTS {LOG} (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('I','U','D')))""",
    f"CREATE INDEX IF NOT EXISTS {LOG}_row ON {LOG} (table_name, row_id)",
    f"""CREATE TABLE IF NOT EXISTS {BASE} (
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (table_name, row_id))""",
    f"CREATE TABLE IF NOT EXISTS {FLAGS} (name TEXT PRIMARY KEY)",
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(value: str) -> str:
    return value.replace("'", "''")


def _columns(conn: Connection, table: str) -> list[str]:
    """The columns the file has now (a migration may add some: install runs again)."""
    return [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({_q(table)})")]


def _trigger(table: SyncTable, suffix: str) -> str:
    return _q(f"{_PREFIX}{table.name}_{suffix}")


def _value_sql(ref: str) -> str:
    """A column of OLD as a JSON value, exactly: bytes (a geometry) as ``{"hex": ...}``;
    a REAL with the 17 digits that give it back (``json_object`` keeps only 15, and a
    base that differs in the last digit would be a change the officer never made)."""
    real = (f"CASE WHEN abs({ref}) <= {_MAX_REAL} THEN json(printf('%!.17g', {ref})) "
            f"ELSE json_object('real', CASE WHEN {ref} > 0 THEN 'inf' ELSE '-inf' END) END")
    return (f"CASE typeof({ref}) WHEN 'blob' THEN json_object('hex', hex({ref})) "
            f"WHEN 'real' THEN {real} ELSE {ref} END")


def triggers(table: SyncTable, columns: Sequence[str]) -> list[str]:
    """DDL of the triggers that log the changes of ``table`` (with these ``columns``)."""
    t, name, pk = _q(table.name), _lit(table.name), _q(table.pk)
    idle = f"NOT EXISTS (SELECT 1 FROM {FLAGS} WHERE name = '{APPLYING}')"
    not_new = (f"NOT EXISTS (SELECT 1 FROM {LOG} WHERE table_name = '{name}' "
               f"AND row_id = OLD.{pk} AND op = 'I')")
    compared = [c for c in columns if c not in BOOKKEEPING]
    changed = "(" + " OR ".join(f"NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in compared) + ")"
    data = "json_object(" + ", ".join(
        f"'{_lit(c)}', {_value_sql('OLD.' + _q(c))}" for c in columns) + ")"
    # The first capture since the last sync wins: it is the row as the server knows it.
    capture = (f"INSERT OR IGNORE INTO {BASE} (table_name, row_id, data) "
               f"VALUES ('{name}', OLD.{pk}, {data});")
    log = f"INSERT INTO {LOG} (table_name, row_id, op)"
    return [
        f"""CREATE TRIGGER {_trigger(table, 'ai')} AFTER INSERT ON {t} WHEN {idle}
            BEGIN {log} VALUES ('{name}', NEW.{pk}, 'I'); END""",
        # Only real changes capture: our version triggers' own updates must not.
        f"""CREATE TRIGGER {_trigger(table, 'bu')} BEFORE UPDATE ON {t}
            WHEN {idle} AND {changed} AND {not_new}
            BEGIN {capture} END""",
        # A changed key is the old row gone and a new one come.
        f"""CREATE TRIGGER {_trigger(table, 'au')} AFTER UPDATE ON {t} WHEN {idle} AND {changed}
            BEGIN
              {log} SELECT '{name}', OLD.{pk}, 'D' WHERE NEW.{pk} IS NOT OLD.{pk};
              {log} VALUES ('{name}', NEW.{pk},
                            CASE WHEN NEW.{pk} IS OLD.{pk} THEN 'U' ELSE 'I' END);
            END""",
        f"""CREATE TRIGGER {_trigger(table, 'bd')} BEFORE DELETE ON {t} WHEN {idle} AND {not_new}
            BEGIN {capture} END""",
        f"""CREATE TRIGGER {_trigger(table, 'ad')} AFTER DELETE ON {t} WHEN {idle}
            BEGIN {log} VALUES ('{name}', OLD.{pk}, 'D'); END""",
    ]


def install(conn: Connection, tables: Sequence[SyncTable]) -> None:
    """Create the log tables and (again) the triggers of ``tables``; safe to repeat, and
    to be repeated after a migration adds columns (the base must hold them too)."""
    for ddl in _TABLES_DDL:
        conn.exec_driver_sql(ddl)
    conn.exec_driver_sql(f"DELETE FROM {FLAGS} WHERE name = '{APPLYING}'")  # never left on
    for table in tables:
        for suffix in _SUFFIXES:  # the columns may have changed since: made anew
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_trigger(table, suffix)}")
        for ddl in triggers(table, _columns(conn, table.name)):
            conn.exec_driver_sql(ddl)


@contextmanager
def applying(conn: Connection) -> Iterator[None]:
    """Writes inside are the sync's own (the server's changes arriving), not edits: the
    flag lives in the caller's transaction, so no other connection ever sees it."""
    added = conn.exec_driver_sql(
        f"INSERT OR IGNORE INTO {FLAGS} (name) VALUES ('{APPLYING}')").rowcount == 1
    if not added:  # already applying (nested): the outer one clears it
        yield
        return
    try:
        yield
    except BaseException:
        with suppress(DBAPIError):  # the transaction is rolled back anyway
            conn.exec_driver_sql(f"DELETE FROM {FLAGS} WHERE name = '{APPLYING}'")
        raise
    conn.exec_driver_sql(f"DELETE FROM {FLAGS} WHERE name = '{APPLYING}'")


def last_seq(conn: Connection) -> int:
    """The newest log entry (0 when none): a sync carries changes up to it."""
    return int(conn.exec_driver_sql(f"SELECT coalesce(max(seq), 0) FROM {LOG}").scalar_one())


def changes(conn: Connection, upto_seq: int | None = None) -> dict[str, dict[int, str]]:
    """Table -> row id -> net change since the last sync (up to ``upto_seq``): 'I' a row
    added since, 'U' one changed, 'D' one deleted that existed at the last sync. A row
    added and deleted since is left out: the server never knew it."""
    upto = last_seq(conn) if upto_seq is None else upto_seq
    rows = conn.exec_driver_sql(
        f"""SELECT g.table_name, g.row_id, f.op, l.op
            FROM (SELECT table_name, row_id, min(seq) AS a, max(seq) AS b FROM {LOG}
                  WHERE seq <= ? GROUP BY table_name, row_id) AS g
            JOIN {LOG} AS f ON f.seq = g.a JOIN {LOG} AS l ON l.seq = g.b""", (upto,))
    result: dict[str, dict[int, str]] = {}
    for table, row_id, first, last in rows:
        if first == "I":  # not there at the last sync
            if last == "D":
                continue
            op = "I"
        else:
            op = "D" if last == "D" else "U"
        result.setdefault(table, {})[int(row_id)] = op
    return result


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        if "hex" in value:
            return bytes.fromhex(value["hex"])
        if "real" in value:
            return float(value["real"])
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"hex": bytes(value).hex().upper()}
    if isinstance(value, float) and not math.isfinite(value):
        return {"real": str(value)}
    return value


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    batch = sorted({int(i) for i in ids})
    for start in range(0, len(batch), _CHUNK):
        yield batch[start:start + _CHUNK]


def base_rows(conn: Connection, table: SyncTable, ids: Iterable[int]
              ) -> dict[int, dict[str, Any]]:
    """The rows as they were at the last sync (only those captured): column -> value as
    SQLite stored it (bytes for BLOBs, None for NULL)."""
    result: dict[int, dict[str, Any]] = {}
    for batch in _chunks(ids):
        marks = ", ".join("?" * len(batch))
        for row_id, data in conn.exec_driver_sql(
                f"SELECT row_id, data FROM {BASE} WHERE table_name = ? "
                f"AND row_id IN ({marks})", (table.name, *batch)):
            result[int(row_id)] = {k: _decode(v) for k, v in json.loads(data).items()}
    return result


def _drop_orphan_bases(conn: Connection, where: str = "", params: Sequence[Any] = ()) -> None:
    """Bases of rows with no log entry left: a row changed again after the sync's
    ``upto_seq`` keeps its base, or the next sync could not tell which fields changed."""
    conn.exec_driver_sql(
        f"""DELETE FROM {BASE} WHERE {where} NOT EXISTS (SELECT 1 FROM {LOG} AS l
            WHERE l.table_name = {BASE}.table_name AND l.row_id = {BASE}.row_id)""",
        tuple(params))


def forget(conn: Connection, rows: Mapping[str, Iterable[int]], upto_seq: int) -> None:
    """The sync carried these rows' changes up to ``upto_seq`` across: drop their log
    entries up to it, and their base unless they changed again since."""
    for table, ids in rows.items():
        for batch in _chunks(ids):
            marks = ", ".join("?" * len(batch))
            conn.exec_driver_sql(
                f"DELETE FROM {LOG} WHERE table_name = ? AND row_id IN ({marks}) "
                "AND seq <= ?", (table, *batch, upto_seq))
            _drop_orphan_bases(conn, f"table_name = ? AND row_id IN ({marks}) AND",
                               (table, *batch))


def forget_all(conn: Connection, upto_seq: int) -> None:
    """Everything up to ``upto_seq`` was carried across."""
    conn.exec_driver_sql(f"DELETE FROM {LOG} WHERE seq <= ?", (upto_seq,))
    _drop_orphan_bases(conn)


def set_base(conn: Connection, table: SyncTable, row_id: int,
             data: Mapping[str, Any]) -> None:
    """Replace a row's base (raw values, bytes for BLOBs): a decided conflict makes the
    agreed row the one both sides know."""
    encoded = json.dumps({k: _encode(v) for k, v in data.items()}, ensure_ascii=False)
    conn.execute(text(f"INSERT OR REPLACE INTO {BASE} (table_name, row_id, data) "
                      "VALUES (:t, :r, :d)"), {"t": table.name, "r": int(row_id), "d": encoded})


def drop_base(conn: Connection, table: SyncTable, row_id: int) -> None:
    """Forget what a row held at the last sync (its log stays): a decided conflict where
    the server's row is to go as this copy says."""
    conn.exec_driver_sql(f"DELETE FROM {BASE} WHERE table_name = ? AND row_id = ?",
                         (table.name, int(row_id)))


def mark_added(conn: Connection, table_name: str, row_id: int) -> None:
    """Count a row as added here since the last sync (no base, one 'I'): the server lost
    its own, and this copy's row is to go across as new."""
    conn.exec_driver_sql(f"DELETE FROM {LOG} WHERE table_name = ? AND row_id = ?",
                         (table_name, int(row_id)))
    conn.exec_driver_sql(f"DELETE FROM {BASE} WHERE table_name = ? AND row_id = ?",
                         (table_name, int(row_id)))
    conn.exec_driver_sql(f"INSERT INTO {LOG} (table_name, row_id, op) VALUES (?, ?, 'I')",
                         (table_name, int(row_id)))


def mark_changed(conn: Connection, table_name: str, row_id: int) -> None:
    """Count a row as changed here since the last sync when nothing logs it yet (a
    conflict decided for this copy's value: it is to go across)."""
    if conn.exec_driver_sql(f"SELECT 1 FROM {LOG} WHERE table_name = ? AND row_id = ?",
                            (table_name, int(row_id))).first() is None:
        conn.exec_driver_sql(f"INSERT INTO {LOG} (table_name, row_id, op) VALUES (?, ?, 'U')",
                             (table_name, int(row_id)))


def last_seq_of(conn: Connection, table_name: str, row_id: int) -> int:
    """The last log entry of a row (0 when none)."""
    return int(conn.exec_driver_sql(
        f"SELECT coalesce(max(seq), 0) FROM {LOG} WHERE table_name = ? AND row_id = ?",
        (table_name, int(row_id))).scalar_one())
