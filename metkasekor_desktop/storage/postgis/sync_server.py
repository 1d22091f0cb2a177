"""The register's side of synchronising an offline copy (a GeoPackage): what changed on
the server since the copy's last sync, and the receipts that make a push happen once.

What changed is read from the history (``mk_history``, :mod:`.history`), which the
server writes for every change, whoever makes it (QGIS and psql included), and which a
provincial user reads for its provinces only (:mod:`.history_access`): so a copy learns
of exactly the rows its user may see.

Where the last sync stopped is a transaction id, not a time or an entry id: entries are
numbered when written but become visible when their transaction commits, so "every
entry after the last one I saw" would miss a long transaction that committed late. The
copy keeps instead the *xmin* of the snapshot its sync read with (``snapshot_xmin``):
every transaction below it had ended then, so the next sync reads the entries of
transactions from it on (``changed_rows``). A few are read twice; that is harmless, as
a pull compares rows and carries only differences.

A push commits in one transaction with its receipt (``write_receipt``): the copy's
sync id, the rows it inserted (copy id -> register id) and the push's transaction id.
A sync interrupted after the server committed finds its receipt when run again
(``receipt``) and applies the ids instead of pushing twice; the next pull leaves out the
copy's own pushes (``own_txids``), which it holds already. A user reads and writes its
own receipts only (row-level security): they name rows of its provinces.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.postgis import ddl
from metkasekor_desktop.storage.postgis.ddl import INIT_HINT
from metkasekor_desktop.storage.postgis.history import READERS
from metkasekor_desktop.storage.postgis.history import TABLE as HISTORY
from metkasekor_desktop.storage.postgis.roles import WRITERS
from metkasekor_desktop.storage.sync_tables import TABLES

RECEIPTS = "mk_sync_receipts"
POLICIES = ("mk_sync_read_own", "mk_sync_write_own")


@dataclass(frozen=True)
class Receipt:
    """A push the register committed: ``ids`` maps table -> copy id -> register id of
    the rows it inserted (what the copy must renumber)."""

    sync_id: str
    copy_id: str
    txid: int
    upto_seq: int
    ids: dict[str, dict[int, int]]
    # What the push found (conflicts, changes it could not carry), for the copy to
    # record: kept here too, so a sync cut after this commit loses none of it.
    findings: dict[str, Any] = field(default_factory=dict)


def install(conn: Connection) -> None:
    """Create (or leave as it is) the receipts table, its privileges and policies, in
    the caller's transaction; after ``history.install`` (the groups and the history
    must exist)."""
    viewers = [r for r in READERS if r not in WRITERS]
    ddl.run(
        conn,
        f"""CREATE TABLE IF NOT EXISTS {RECEIPTS} (
              sync_id TEXT PRIMARY KEY,
              copy_id TEXT NOT NULL,
              db_user TEXT NOT NULL DEFAULT session_user,
              txid BIGINT NOT NULL DEFAULT txid_current(),
              made_at TIMESTAMPTZ NOT NULL DEFAULT now(),
              upto_seq BIGINT NOT NULL,
              ids JSONB NOT NULL DEFAULT '{{}}')""",
        f"ALTER TABLE {RECEIPTS} ADD COLUMN IF NOT EXISTS findings JSONB NOT NULL "
        "DEFAULT '{}'",
        f"CREATE INDEX IF NOT EXISTS {RECEIPTS}_copy ON {RECEIPTS} (copy_id)",
        # changed_rows reads "txid >= x": an index scan, nothing read when nothing changed.
        f"CREATE INDEX IF NOT EXISTS {HISTORY}_txid ON {HISTORY} (txid)",
        f"COMMENT ON TABLE {RECEIPTS} IS 'MetKasekor: the pushes of offline copies, each "
        "committed with its changes (so a sync run again never applies one twice)'",
        f"REVOKE ALL ON {RECEIPTS} FROM PUBLIC",
        f"GRANT SELECT, INSERT ON {RECEIPTS} TO {', '.join(WRITERS)}",
        *([f"GRANT SELECT ON {RECEIPTS} TO {', '.join(viewers)}"] if viewers else []),
        f"ALTER TABLE {RECEIPTS} ENABLE ROW LEVEL SECURITY",  # not forced: the owner sees all
        *(f"DROP POLICY IF EXISTS {p} ON {RECEIPTS}" for p in POLICIES),
        f"CREATE POLICY mk_sync_read_own ON {RECEIPTS} FOR SELECT "
        "USING (db_user = session_user)",
        # The push's own transaction: a receipt cannot claim (and hide) someone else's.
        f"CREATE POLICY mk_sync_write_own ON {RECEIPTS} FOR INSERT "
        "WITH CHECK (db_user = session_user AND txid = txid_current())",
    )


def snapshot_xmin(conn: Connection) -> int:
    """Where the next sync reads from: every transaction below it has ended, so entries
    of ``txid >= snapshot_xmin`` include all that this sync may not have seen."""
    return int(conn.execute(text("SELECT txid_snapshot_xmin(txid_current_snapshot())"))
               .scalar_one())


def changed_rows(conn: Connection, since_xmin: int,
                 skip_txids: Collection[int] = ()) -> dict[str, set[int]]:
    """Table -> ids of the rows (of the synchronised tables, as the user may see them)
    written, added or deleted by a transaction from ``since_xmin`` on, leaving out the
    transactions ``skip_txids`` (the copy's own pushes)."""
    _require(conn, HISTORY)
    rows = conn.execute(text(
        f"SELECT DISTINCT table_name, row_id FROM {HISTORY} WHERE txid >= :since "
        "AND table_name = ANY(CAST(:tables AS text[])) "
        "AND NOT (txid = ANY(CAST(:skip AS bigint[])))"),
        {"since": int(since_xmin), "tables": [t.name for t in TABLES],
         "skip": sorted({int(t) for t in skip_txids})}).all()
    changed: dict[str, set[int]] = {}
    for table, row_id in rows:
        changed.setdefault(str(table), set()).add(int(row_id))
    return changed


def receipt(conn: Connection, sync_id: str) -> Receipt | None:
    """The receipt of the push ``sync_id`` (None: it never committed, push it again)."""
    _require(conn, RECEIPTS)
    row = conn.execute(text(
        f"SELECT sync_id, copy_id, txid, upto_seq, ids, findings FROM {RECEIPTS} "
        "WHERE sync_id = :s"), {"s": sync_id}).first()
    if row is None:
        return None
    return Receipt(str(row[0]), str(row[1]), int(row[2]), int(row[3]), _ids_of(row[4]),
                   dict(row[5] or {}))


def write_receipt(conn: Connection, sync_id: str, copy_id: str, upto_seq: int,
                  ids: Mapping[str, Mapping[int, int]],
                  findings: Mapping[str, Any] | None = None) -> int:
    """Record the push in the caller's transaction (it commits with the push or not at
    all); returns the transaction's id, which the copy's next pull leaves out.
    ``findings``: JSON of what the push found, given back by :func:`receipt`."""
    _require(conn, RECEIPTS)
    as_json = {table: {str(k): int(v) for k, v in m.items()} for table, m in ids.items()}
    return int(conn.execute(text(
        f"INSERT INTO {RECEIPTS} (sync_id, copy_id, upto_seq, ids, findings) "
        "VALUES (:s, :c, :u, CAST(:ids AS jsonb), CAST(:f AS jsonb)) RETURNING txid"),
        {"s": sync_id, "c": copy_id, "u": int(upto_seq), "ids": json.dumps(as_json),
         "f": json.dumps(dict(findings or {}), default=str)}
    ).scalar_one())


def own_txids(conn: Connection, copy_id: str, since_xmin: int | None = None) -> set[int]:
    """The transactions of this copy's pushes (those from ``since_xmin`` on, if given)."""
    _require(conn, RECEIPTS)
    sql = f"SELECT txid FROM {RECEIPTS} WHERE copy_id = :c"
    if since_xmin is not None:
        sql += " AND txid >= :x"
    return {int(r[0]) for r in conn.execute(text(sql), {"c": copy_id, "x": since_xmin})}


def _ids_of(value: Any) -> dict[str, dict[int, int]]:
    return {str(t): {int(k): int(v) for k, v in m.items()} for t, m in (value or {}).items()}


def _require(conn: Connection, table: str) -> None:
    """An older register (made before synchronising): say what makes it ready."""
    if not conn.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": table}).scalar():
        name = conn.execute(text("SELECT current_database()")).scalar()
        if table == HISTORY:
            raise ProjectError(msg(
                "The register {name} keeps no history of its changes, which synchronising "
                "an offline copy needs. An administrator brings it up to date with: "
                "{command}; nothing was changed.", name=name, command=INIT_HINT))
        raise ProjectError(msg(
            "The register {name} takes no synchronised copies yet, which synchronising an "
            "offline copy needs. An administrator brings it up to date with: {command}; "
            "nothing was changed.", name=name, command=INIT_HINT))




__all__ = ["Receipt", "changed_rows", "install", "own_txids", "receipt", "snapshot_xmin",
           "write_receipt"]
