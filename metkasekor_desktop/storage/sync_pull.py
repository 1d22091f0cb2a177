"""The third step of a sync: the copy takes what the register changed (see
``sync_engine``), records the conflicts and ids, and forgets the changes it carried.

A mixin of the sync's merge: the attributes it reads are the merge's, filled by the
first two steps.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from metkasekor_desktop.storage import sync_state as state
from metkasekor_desktop.storage.gpkg import sync_log
from metkasekor_desktop.storage.sync_findings import Found, SyncReport, count
from metkasekor_desktop.storage.sync_rows import (
    Row,
    delete_row,
    insert_row,
    read_rows,
    set_columns,
)
from metkasekor_desktop.storage.sync_tables import BY_NAME, TABLES, SyncTable
from metkasekor_desktop.storage.sync_values import to_sqlite

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project


class PullStep:
    """The copy's side of a sync, after the register's."""

    copy: Project
    hook: Callable[[str], None]
    report: SyncReport
    found: list[Found]
    ids: state.IdMap
    changes: dict[str, dict[int, str]]
    local_rows: dict[str, dict[int, Row]]
    kept: set[tuple[str, int]]
    rebase: dict[tuple[str, int], Row]
    pulls: dict[str, dict[int, Row]]
    remote: dict[str, dict[int, Row]]
    remote_changed: dict[str, set[int]]
    gone_there: dict[str, set[int]]
    added: dict[str, dict[int, int]]
    cleared: list[tuple[str, int, tuple[str, ...]]]
    refetch_next: list[list[Any]]
    held: dict[tuple[str, int], set[str | None]]
    scope: list[str]
    upto: int
    next_since: int

    def _conflict(self, table: SyncTable, local_id: int | None, remote_id: int | None,
                  column: str | None, kind: str, mine: Row | None,
                  theirs: Row | None) -> None:
        raise NotImplementedError

    def _to_local(self, table: SyncTable, column: str, value: Any) -> Any:
        raise NotImplementedError

    def settle(self) -> None:
        with self.copy.backend.write_transaction() as conn, sync_log.applying(conn):
            self.ids.conn = conn
            for name, pairs in self.added.items():
                self.ids.add_many(conn, name, pairs)
            self._pull(conn)
            now = datetime.now(UTC).isoformat(timespec="seconds")
            for f in self.found:
                if state.add_conflict(conn, f.table, f.local_id, f.remote_id, f.column,
                                      f.kind, f.label, f.base, f.local, f.remote, now):
                    pass
            for name, local_id, kinds in self.cleared:
                state.remove_conflicts_of(conn, name, local_id, kinds)
            done = {name: [i for i in rows if (name, i) not in self.kept]
                    for name, rows in self.changes.items()}
            sync_log.forget(conn, done, self.upto)
            for (name, local_id), merged in self.rebase.items():
                if (name, local_id) in self.kept:
                    self._set_base(conn, BY_NAME[name], local_id, merged)
            state.put(conn, "register_xmin", str(self.next_since))
            state.put(conn, "pending_sync", None)
            state.put(conn, "pending_seq", None)
            state.put(conn, "refetch", json.dumps(self.refetch_next)
                      if self.refetch_next else None)
            state.put(conn, "last_sync", now)
            self.hook("settled")
            self.report.conflicts = [c for c in state.conflicts(conn)
                                     if c.found_at == now]
            self.report.open = len(state.conflicts(conn))

    def _set_base(self, conn: Connection, table: SyncTable, local_id: int, row: Row) -> None:
        """The base of a row with an open conflict: the merged fields as the register now
        has them (so they count as carried), the conflicting ones as they were."""
        values = {c: self._to_local(table, c, v) for c, v in row.items()}
        sync_log.set_base(conn, table, local_id,
                          to_sqlite(self.copy.backend.encode_geometries, table, values))

    def _pull(self, conn: Connection) -> None:
        # Rows changed here after this sync took its changes (QGIS meanwhile, or an edit
        # between an interrupted sync and this one) are not written over: the next sync
        # merges them with what the register has then.
        later = {(name, i) for name, rows in sync_log.changes(conn).items() for i in rows
                 if self.changes.get(name, {}).get(i) is None
                 or sync_log.last_seq_of(conn, name, i) > self.upto}
        for table in TABLES:  # adds and changes, parents first
            for remote_id in sorted(self.remote_changed[table.name]):
                theirs = self.remote[table.name].get(remote_id)
                if theirs is None:
                    continue
                local_id = self.ids.local_of(table.name, remote_id)
                if local_id is not None and (table.name, local_id) in later:
                    self.refetch_next.append([table.name, remote_id])
                    continue
                if local_id is None:
                    if self._wanted(table, theirs):
                        self._add_here(conn, table, remote_id, theirs)
                    continue
                if local_id in self.changes.get(table.name, {}):
                    fields = self.pulls.get(table.name, {}).get(remote_id)
                    if not fields:
                        continue
                else:
                    held = self.held.get((table.name, local_id), set())
                    if None in held:
                        continue
                    fields = {c: v for c, v in theirs.items() if c not in held}
                values = {c: self._to_local(table, c, v) for c, v in fields.items()}
                if set_columns(self.copy, conn, table, local_id, values):
                    count(self.report.pulled, table.name)
        plots = BY_NAME["plots"]
        for remote_id in sorted(self.remote_changed["plots"]):  # pairs of plots added here
            theirs = self.remote["plots"].get(remote_id)
            local_id = self.ids.local_of("plots", remote_id)
            if theirs is None or local_id is None or theirs.get("paired_plot_id") is None:
                continue
            partner = self.ids.local_of("plots", theirs["paired_plot_id"])
            if partner is not None:
                set_columns(self.copy, conn, plots, local_id, {"paired_plot_id": partner})
        for table in reversed(TABLES):  # deletes, children first
            for remote_id in sorted(self.gone_there[table.name]):
                local_id = self.ids.local_of(table.name, remote_id)
                if local_id is None:
                    continue
                changed_here = self.changes.get(table.name, {}).get(local_id)
                if changed_here is not None or (table.name, local_id) in later:
                    mine = read_rows(self.copy, conn, table, [local_id]).get(local_id)
                    if mine is not None:  # changed here, deleted there: a conflict
                        self.local_rows.setdefault(table.name, {})[local_id] = mine
                        self._record_deleted_there(table, local_id, remote_id)
                    self.ids.drop(conn, table.name, local_id)
                    continue
                try:
                    with conn.begin_nested():
                        delete_row(conn, table, local_id)
                except (IntegrityError, DBAPIError):  # records added here keep it
                    self._record_deleted_there(table, local_id, remote_id)
                    continue
                self.ids.drop(conn, table.name, local_id)
                count(self.report.deleted_here, table.name)

    def _record_deleted_there(self, table: SyncTable, local_id: int, remote_id: int) -> None:
        mine = self.local_rows.get(table.name, {}).get(local_id)
        if not any(f.table == table.name and f.local_id == local_id for f in self.found):
            self._conflict(table, local_id, remote_id, None, state.SERVER_DELETED, mine, None)

    def _wanted(self, table: SyncTable, row: Row) -> bool:
        """Whether a row new in the register belongs in this copy: in its area, or of a
        record the copy holds, or of the catalogue every copy holds."""
        if table.name in ("seasons", "practices", "providers", "trials"):
            return True
        if table.name in ("plots", "farmers", "extension_events"):
            return self._in_scope(row.get("village_code"))
        if table.name == "target_populations":
            code = str(row.get("area_code") or "")
            return not self.scope or any(code.startswith(s) or s.startswith(code)
                                         for s in self.scope)
        return all(self.ids.local_of(parent, row.get(column)) is not None
                   for column, parent in table.refs.items()
                   if row.get(column) is not None and column != "provider_id")

    def _in_scope(self, village: Any) -> bool:
        return not self.scope or any(str(village or "").startswith(s) for s in self.scope)

    def _add_here(self, conn: Connection, table: SyncTable, remote_id: int,
                  theirs: Row) -> None:
        values = {c: self._to_local(table, c, v) for c, v in theirs.items()}
        for column, parent in table.refs.items():
            if theirs.get(column) is not None and values[column] is None:
                if parent == table.name:  # a pair made later
                    values[column] = None
                    continue
                return  # a parent the copy does not hold (another area's)
        try:
            with conn.begin_nested():
                local_id = insert_row(self.copy, conn, table, values)
        except IntegrityError:
            # The copy has an unsynced record of the same code or key, whose push was
            # refused for it just now (a conflict of its own): fetched again next time.
            self.refetch_next.append([table.name, remote_id])
            return
        self.ids.add(conn, table.name, local_id, remote_id)
        count(self.report.pulled, table.name)
