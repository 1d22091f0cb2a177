"""What an offline copy keeps of its synchronisation, in the copy's own file.

- ``mk_sync_state``: where the copy came from (the register's address, without any
  password), its area (province or district codes), its own id, the register's
  snapshot up to which everything has been pulled, and a sync under way (its id and
  the last local change it carries), so that an interrupted sync is resumed, never
  applied twice;
- ``mk_sync_ids``: the register's id of every row the copy shares with it (each side
  numbers its own rows);
- ``mk_sync_conflicts``: the fields both sides changed to different values, and the
  records one side changed and the other deleted, until the officer decides. Values are
  kept as JSON of what the officer reads (a shape as WKT).

The change log and the values before the first change since the last sync are the
triggers' (``gpkg/sync_log``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

STATE = "mk_sync_state"
IDS = "mk_sync_ids"
CONFLICTS = "mk_sync_conflicts"
TABLES = (STATE, IDS, CONFLICTS)

# Kinds of conflict.
FIELD = "field"  # both changed one field to different values
SERVER_DELETED = "server_deleted"  # changed here, deleted in the register
LOCAL_DELETED = "local_deleted"  # deleted here, changed in the register
CODE_TAKEN = "code_taken"  # a plot added here has a code the register gave another plot
NOT_PERMITTED = "not_permitted"  # the register refused it (another province's record)


def create(conn: Connection) -> None:
    """The copy's synchronisation tables (in the caller's transaction)."""
    for ddl in (
        f"CREATE TABLE IF NOT EXISTS {STATE} (key TEXT PRIMARY KEY, value TEXT)",
        f"""CREATE TABLE IF NOT EXISTS {IDS} (table_name TEXT NOT NULL,
              local_id INTEGER NOT NULL, remote_id INTEGER NOT NULL,
              PRIMARY KEY (table_name, local_id), UNIQUE (table_name, remote_id))""",
        f"""CREATE TABLE IF NOT EXISTS {CONFLICTS} (
              id INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL,
              local_id INTEGER, remote_id INTEGER, column_name TEXT, kind TEXT NOT NULL,
              label TEXT NOT NULL DEFAULT '', base TEXT, local TEXT, remote TEXT,
              found_at TEXT NOT NULL)""",
    ):
        conn.exec_driver_sql(ddl)


def is_copy(conn: Connection) -> bool:
    return bool(conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (STATE,)).first())


# -- state --------------------------------------------------------------------------------
def get(conn: Connection, key: str) -> str | None:
    row = conn.exec_driver_sql(f"SELECT value FROM {STATE} WHERE key = ?", (key,)).first()
    return None if row is None else row[0]


def put(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.exec_driver_sql(f"DELETE FROM {STATE} WHERE key = ?", (key,))
    else:
        conn.exec_driver_sql(f"INSERT INTO {STATE} (key, value) VALUES (?, ?) ON CONFLICT "
                             "(key) DO UPDATE SET value = excluded.value", (key, value))


# -- ids ----------------------------------------------------------------------------------
class IdMap:
    """Copy id <-> register id per table, each table's pairs read when first needed
    (``connect`` gives the copy's connection to read them with) and kept in step with
    the writes."""

    def __init__(self, pairs: Iterable[tuple[str, int, int]] = ()) -> None:
        self.remote: dict[str, dict[int, int]] = {}
        self.local: dict[str, dict[int, int]] = {}
        self.conn: Connection | None = None
        self._loaded: set[str] = set()
        for table, local_id, remote_id in pairs:
            self._set(table, local_id, remote_id)
            self._loaded.add(table)

    @classmethod
    def read(cls, conn: Connection) -> IdMap:
        """Every pair at once."""
        return cls(conn.exec_driver_sql(
            f"SELECT table_name, local_id, remote_id FROM {IDS}").all())

    @classmethod
    def lazy(cls) -> IdMap:
        """No pair yet: each table's are read through ``conn`` when first asked for."""
        return cls()

    def _load(self, table: str) -> None:
        if table in self._loaded or self.conn is None:
            return
        self._loaded.add(table)
        for local_id, remote_id in self.conn.exec_driver_sql(
                f"SELECT local_id, remote_id FROM {IDS} WHERE table_name = ?", (table,)):
            self.remote.setdefault(table, {}).setdefault(int(local_id), int(remote_id))
            self.local.setdefault(table, {}).setdefault(int(remote_id), int(local_id))

    def _set(self, table: str, local_id: int, remote_id: int) -> None:
        self.remote.setdefault(table, {})[int(local_id)] = int(remote_id)
        self.local.setdefault(table, {})[int(remote_id)] = int(local_id)

    def remote_of(self, table: str, local_id: int | None) -> int | None:
        if local_id is None:
            return None
        self._load(table)
        return self.remote.get(table, {}).get(int(local_id))

    def local_of(self, table: str, remote_id: int | None) -> int | None:
        if remote_id is None:
            return None
        self._load(table)
        return self.local.get(table, {}).get(int(remote_id))

    def note(self, table: str, local_id: int, remote_id: int) -> None:
        """A pair known from elsewhere (a receipt), before it is written."""
        self._load(table)
        self._set(table, local_id, remote_id)

    def add(self, conn: Connection, table: str, local_id: int, remote_id: int) -> None:
        self._load(table)
        conn.exec_driver_sql(f"INSERT OR REPLACE INTO {IDS} (table_name, local_id, "
                             "remote_id) VALUES (?, ?, ?)", (table, local_id, remote_id))
        self._set(table, local_id, remote_id)

    def add_many(self, conn: Connection, table: str, pairs: Mapping[int, int]) -> None:
        if pairs:
            self._load(table)
            conn.exec_driver_sql(
                f"INSERT OR REPLACE INTO {IDS} (table_name, local_id, remote_id) "
                "VALUES (?, ?, ?)", [(table, int(a), int(b)) for a, b in pairs.items()])
            for a, b in pairs.items():
                self._set(table, a, b)

    def drop(self, conn: Connection, table: str, local_id: int) -> None:
        self._load(table)
        remote_id = self.remote.get(table, {}).pop(int(local_id), None)
        if remote_id is not None:
            self.local.get(table, {}).pop(remote_id, None)
        conn.exec_driver_sql(f"DELETE FROM {IDS} WHERE table_name = ? AND local_id = ?",
                             (table, int(local_id)))


# -- conflicts ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    """A disagreement the officer decides. ``column`` is None for a whole record."""

    id: int
    table: str
    local_id: int | None
    remote_id: int | None
    column: str | None
    kind: str
    label: str
    base: Any
    local: Any
    remote: Any
    found_at: str


def conflicts(conn: Connection) -> list[Conflict]:
    rows = conn.exec_driver_sql(
        f"SELECT id, table_name, local_id, remote_id, column_name, kind, label, base, "
        f"local, remote, found_at FROM {CONFLICTS} ORDER BY id").all()
    return [Conflict(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _load(r[7]), _load(r[8]),
                     _load(r[9]), r[10]) for r in rows]


# Conflicts that hold their field or record until the officer decides; the others (a
# code taken, a refusal) are tried again at every sync, and go once the cause is gone.
HOLDING = (FIELD, SERVER_DELETED, LOCAL_DELETED)


def open_columns(conn: Connection) -> dict[tuple[str, int], set[str | None]]:
    """(table, copy id) -> the columns (None: the whole record) held by an open
    conflict until it is decided."""
    out: dict[tuple[str, int], set[str | None]] = {}
    marks = ", ".join("?" * len(HOLDING))
    for table, local_id, column in conn.exec_driver_sql(
            f"SELECT table_name, local_id, column_name FROM {CONFLICTS} "
            f"WHERE local_id IS NOT NULL AND kind IN ({marks})", HOLDING):
        out.setdefault((table, int(local_id)), set()).add(column)
    return out


def add_conflict(conn: Connection, table: str, local_id: int | None, remote_id: int | None,
                 column: str | None, kind: str, label: str, base: Any, local: Any,
                 remote: Any, found_at: str) -> bool:
    """Record a conflict unless the same one is open already; True when recorded."""
    same = conn.exec_driver_sql(
        f"SELECT id FROM {CONFLICTS} WHERE table_name = ? AND local_id IS ? AND "
        "remote_id IS ? AND column_name IS ? AND kind = ?",
        (table, local_id, remote_id, column, kind)).first()
    if same is not None:
        conn.exec_driver_sql(f"UPDATE {CONFLICTS} SET local = ?, remote = ?, label = ? "
                             "WHERE id = ?", (_dump(local), _dump(remote), label, same[0]))
        return False
    conn.exec_driver_sql(
        f"INSERT INTO {CONFLICTS} (table_name, local_id, remote_id, column_name, kind, "
        "label, base, local, remote, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (table, local_id, remote_id, column, kind, label, _dump(base), _dump(local),
         _dump(remote), found_at))
    return True


def remove_conflict(conn: Connection, conflict_id: int) -> None:
    conn.exec_driver_sql(f"DELETE FROM {CONFLICTS} WHERE id = ?", (conflict_id,))


def remove_conflicts_of(conn: Connection, table: str, local_id: int,
                        kinds: Iterable[str]) -> None:
    for kind in kinds:
        conn.exec_driver_sql(f"DELETE FROM {CONFLICTS} WHERE table_name = ? AND "
                             "local_id = ? AND kind = ?", (table, local_id, kind))


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def _load(value: str | None) -> Any:
    return None if value is None else json.loads(value)
