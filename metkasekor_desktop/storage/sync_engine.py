"""Synchronise an offline copy with the shared register, field by field.

One sync is three transactions, each complete or not at all:

1. in the copy: the sync gets an id and the last local change it carries (kept, so an
   interrupted sync is resumed with the same id and the same changes);
2. in the register: every row either side changed since the last sync is merged, and
   the copy's changes are written with a receipt of this sync (the register's ids of the
   rows it added). A receipt found at the start means this step landed before an
   interruption: it is not run again;
3. in the copy: what the register changed is written, with the ids, the conflicts and
   the register's snapshot the next sync starts from; the carried changes are
   forgotten.

Merging a row compares, field by field, the value at the last sync (the copy's kept
"base"), the copy's and the register's: changed on one side, it is taken; changed on
both to the same value, nothing to do; to different values, a conflict, and both keep
their own until the officer decides. A record changed on one side and deleted on the
other is a conflict too. Nothing is overwritten, nothing applied twice; the fields and
records under an open conflict are left alone until it is decided (``sync_conflicts``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from metkasekor_desktop.storage import sync_state as state
from metkasekor_desktop.storage.gpkg import sync_log
from metkasekor_desktop.storage.postgis import sync_server
from metkasekor_desktop.storage.sync_findings import Found, SyncReport, count, summary
from metkasekor_desktop.storage.sync_pull import PullStep
from metkasekor_desktop.storage.sync_rows import (
    Row,
    decode_shapes,
    delete_row,
    insert_row,
    label,
    read_rows,
    set_columns,
)
from metkasekor_desktop.storage.sync_tables import BY_NAME, PLOT_RECORDS, TABLES, SyncTable
from metkasekor_desktop.storage.sync_values import from_sqlite, same, shown

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

Hook = Callable[[str], None]  # told each step's name: tests interrupt there


class _Merge(PullStep):
    """One sync's reading and merging; see the module docstring."""

    def __init__(self, copy: Project, register: Project, hook: Hook) -> None:
        self.copy, self.register, self.hook = copy, register, hook
        self.report = SyncReport()
        self.found: list[Found] = []
        self.local_rows: dict[str, dict[int, Row]] = {}
        self.bases: dict[str, dict[int, Row]] = {}
        self.changes: dict[str, dict[int, str]] = {}
        self.kept: set[tuple[str, int]] = set()  # local changes not carried: keep logged
        self.rebase: dict[tuple[str, int], Row] = {}  # merged rows: their new base
        self.pulls: dict[str, dict[int, Row]] = {}  # register rows to write in the copy
        self.gone_there: dict[str, set[int]] = {}  # register ids deleted in the register
        self.cleared: list[tuple[str, int, tuple[str, ...]]] = []  # conflicts now gone
        self.pairs: list[tuple[int, int]] = []  # plots added there: (copy id, partner)
        self.added: dict[str, dict[int, int]] = {}  # copy id -> register id of rows added
        self.refetch_next: list[list[Any]] = []  # register rows to read again next time
        self.remote: dict[str, dict[int, Row]] = {}  # the register's rows read, now
        self.remote_changed: dict[str, set[int]] = {}  # ids the register changed

    # -- 1. the copy's side ------------------------------------------------------------
    def prepare(self) -> None:
        with self.copy.backend.write_transaction() as conn:
            self.copy_id = state.get(conn, "copy_id") or ""
            self.scope = [s for s in (state.get(conn, "scope") or "").split(",") if s]
            self.since = int(state.get(conn, "register_xmin") or 0)
            sync_id = state.get(conn, "pending_sync")
            if sync_id is None:
                sync_id, upto = uuid.uuid4().hex, sync_log.last_seq(conn)
                state.put(conn, "pending_sync", sync_id)
                state.put(conn, "pending_seq", str(upto))
            self.sync_id = sync_id
            self.upto = int(state.get(conn, "pending_seq") or 0)
            self.ids = state.IdMap.lazy()
            self.held = state.open_columns(conn)
            self.refetch = json.loads(state.get(conn, "refetch") or "[]")
            self.changes = sync_log.changes(conn, self.upto)
            for name, rows in self.changes.items():
                table = BY_NAME[name]
                present = [i for i, op in rows.items() if op != "D"]
                self.local_rows[name] = read_rows(self.copy, conn, table, present)
                raw = sync_log.base_rows(conn, table, rows)
                bases = {i: from_sqlite(table, r) for i, r in raw.items()}
                if name == "plots" and bases:
                    decode_shapes(self.copy, bases.values())
                self.bases[name] = bases
        self.hook("prepared")

    # -- 2. the register's side ---------------------------------------------------------
    def exchange(self) -> None:
        with self.register.backend.write_transaction() as conn, \
                self.copy.backend.reading() as mine:
            self.ids.conn = mine  # the copy's ids, each table's when first needed
            receipt = sync_server.receipt(conn, self.sync_id)
            own = sync_server.own_txids(conn, self.copy_id, self.since)
            changed = sync_server.changed_rows(conn, self.since, own)
            self.next_since = sync_server.snapshot_xmin(conn)
            if receipt is None and not self.changes and not self.refetch and not any(
                    changed.values()):
                self.remote_changed = {t.name: set() for t in TABLES}
                self.remote = {t.name: {} for t in TABLES}
                self.gone_there = {t.name: set() for t in TABLES}
                self.hook("pushed")
                return  # nothing changed on either side: nothing to write there
            if receipt is not None:  # pushed before an interruption: not again
                self.report.resumed = True
                for name, pairs in receipt.ids.items():
                    for local_id, remote_id in pairs.items():
                        self.ids.note(name, int(local_id), int(remote_id))
                self.added = {n: {int(a): int(b) for a, b in p.items()}
                              for n, p in receipt.ids.items()}
            self._read_register(conn, changed)
            if receipt is None:
                self._push(conn)
                sync_server.write_receipt(conn, self.sync_id, self.copy_id, self.upto,
                                          self.added, self._findings())
            else:
                self._restore(receipt.findings)
                self._merge_only()
        self.hook("pushed")

    def _findings(self) -> dict[str, Any]:
        """What the push found, kept in its receipt (the copy records it in step 3; a
        sync cut after the push commits finds it there when run again)."""
        return {"found": [f.__dict__ for f in self.found],
                "kept": sorted([list(k) for k in self.kept]),
                "cleared": [[t, i, list(k)] for t, i, k in self.cleared]}

    def _restore(self, findings: dict[str, Any]) -> None:
        self.found += [Found(**f) for f in findings.get("found", [])]
        self.kept |= {(str(t), int(i)) for t, i in findings.get("kept", [])}
        self.cleared += [(str(t), int(i), tuple(k)) for t, i, k in findings.get("cleared", [])]

    def _read_register(self, conn: Connection, changed: dict[str, set[int]]) -> None:
        """The register's rows the copy changed and those it changed itself, now (and
        those a decided conflict asks for again)."""
        for name, remote_id in self.refetch:
            changed.setdefault(name, set()).add(int(remote_id))
        self.remote = {}
        self.remote_changed = {}
        for table in TABLES:
            mine = {self.ids.remote_of(table.name, i)
                    for i in self.changes.get(table.name, {})} - {None}
            theirs = set(changed.get(table.name, ()))
            self.remote_changed[table.name] = theirs
            ids = {int(i) for i in mine | theirs if i is not None}
            self.remote[table.name] = read_rows(self.register, conn, table, ids)
            self.gone_there[table.name] = {i for i in theirs
                                           if i not in self.remote[table.name]}

    # -- merging ------------------------------------------------------------------------
    def _merge_only(self) -> None:
        """After a resumed push: what is left to pull and to record, nothing to push."""
        for table in TABLES:
            for local_id in self.changes.get(table.name, {}):
                remote_id = self.ids.remote_of(table.name, local_id)
                theirs = None if remote_id is None else self.remote[table.name].get(remote_id)
                self._fields(table, local_id, remote_id, theirs, push=None)

    def _push(self, conn: Connection) -> None:
        # Deletes first, children first: a record deleted and added again with the same
        # key (an event's visits, written anew with each edit) frees its key before the
        # new one takes it.
        for table in reversed(TABLES):
            for local_id, op in sorted(self.changes.get(table.name, {}).items()):
                if op == "D":
                    self._delete_there(conn, table, local_id)
        for table in TABLES:  # adds and changes, parents first
            for local_id, op in sorted(self.changes.get(table.name, {}).items()):
                if op == "D":
                    continue
                if (table.name, local_id) in self.held and None in self.held[
                        (table.name, local_id)]:
                    self._keep(table, local_id)
                    continue
                remote_id = self.ids.remote_of(table.name, local_id)
                if remote_id is None:
                    self._add_there(conn, table, local_id)
                    continue
                theirs = self.remote[table.name].get(remote_id)
                if theirs is None:
                    self._conflict(table, local_id, remote_id, None, state.SERVER_DELETED,
                                   self.local_rows[table.name].get(local_id), None)
                    continue
                self._fields(table, local_id, remote_id, theirs, push=conn)
        plots = BY_NAME["plots"]
        for local_id, partner in self.pairs:  # pairs of plots added: both have ids now
            remote_id, other = (self.ids.remote_of("plots", local_id),
                                self.ids.remote_of("plots", partner))
            if remote_id is not None and other is not None:
                set_columns(self.register, conn, plots, remote_id, {"paired_plot_id": other})

    def _fields(self, table: SyncTable, local_id: int, remote_id: int | None,
                theirs: Row | None, push: Connection | None) -> None:
        """Merge one row changed here with the register's (``push``: write the copy's
        fields there now)."""
        mine = self.local_rows[table.name].get(local_id)
        if mine is None or theirs is None or remote_id is None:
            return
        base = self.bases[table.name].get(local_id)
        held = self.held.get((table.name, local_id), set())
        if held:  # an open conflict: the row stays logged until it is decided
            self._keep(table, local_id)
        changed_there = remote_id in self.remote_changed[table.name]
        out: dict[str, Any] = {}
        pulled: dict[str, Any] = {}
        merged = dict(theirs)
        for column in table.columns:
            if column in held:
                continue
            ours = self._to_remote(table, column, mine[column])
            if base is None:  # added here, changed since: no base to tell sides apart
                here, there = not same(ours, theirs[column]), changed_there
            else:
                here = not same(mine[column], base[column])
                there = not same(self._to_local(table, column, theirs[column]),
                                 base[column])
            if here and not there:
                out[column] = ours
                merged[column] = ours if push is not None else (
                    theirs[column] if base is None
                    else self._to_remote(table, column, base[column]))
            elif there and not here:
                pulled[column] = theirs[column]
            elif here and there and not same(ours, theirs[column]):
                self._conflict(table, local_id, remote_id, column, state.FIELD, mine,
                               theirs, base_value=None if base is None else base[column],
                               local_value=mine[column], remote_value=theirs[column])
                merged[column] = (self._to_remote(table, column, base[column])
                                  if base is not None else theirs[column])
        if push is None and out:  # a resumed sync pushes nothing: the next one will
            self._keep(table, local_id)
        if push is not None and out:
            if self._write_there(push, table, local_id, lambda c: set_columns(
                    self.register, c, table, remote_id, out), theirs):
                count(self.report.pushed, table.name)
                self.cleared.append((table.name, local_id, (state.NOT_PERMITTED,)))
        if pulled:
            self.pulls.setdefault(table.name, {})[remote_id] = pulled
            if out:
                self.report.merged += 1
        self.rebase[(table.name, local_id)] = merged

    def _add_there(self, conn: Connection, table: SyncTable, local_id: int) -> None:
        mine = self.local_rows[table.name].get(local_id)
        if mine is None:
            return
        values = {c: self._to_remote(table, c, v) for c, v in mine.items()}
        if any(values.get(c) is None and mine.get(c) is not None for c in table.refs):
            self._keep(table, local_id)  # its parent is not in the register yet
            return
        twin = self._twin_there(conn, table, values)
        if twin is not None:  # both sides added it (a season, an event's visit): one
            self._note_added(table, local_id, twin)
            fields = {c: v for c, v in values.items()
                      if not same(v, self.remote_row(conn, table, twin).get(c))}
            if fields and self._write_there(conn, table, local_id, lambda c: set_columns(
                    self.register, c, table, twin, fields), None):
                count(self.report.pushed, table.name)
            return
        new_id: list[int] = []

        def add(c: Connection) -> bool:
            new_id.append(insert_row(self.register, c, table, values))
            return True

        if self._write_there(conn, table, local_id, add, None, adding=True):
            self._note_added(table, local_id, new_id[0])
            count(self.report.pushed, table.name)
            if table.name == "plots" and mine.get("paired_plot_id") is not None:
                self.pairs.append((local_id, mine["paired_plot_id"]))

    def _note_added(self, table: SyncTable, local_id: int, remote_id: int) -> None:
        self.added.setdefault(table.name, {})[local_id] = remote_id
        self.ids.note(table.name, local_id, remote_id)
        self.cleared.append((table.name, local_id, (state.CODE_TAKEN, state.NOT_PERMITTED)))

    def _twin_there(self, conn: Connection, table: SyncTable,
                    values: Row) -> int | None:
        """The register's record with the same key as a record added here, when the key
        names one thing whoever adds it (a season by its name, an event's visit by its
        event and plot) and the copy does not know it yet; a plot's code is not such a
        key: two offices' plots of one code are two plots (``CODE_TAKEN``)."""
        if table.name == "plots":
            return None
        t = table.table
        for key in table.unique:
            if any(values.get(c) is None for c in key):
                continue
            found = conn.execute(select(t.c[table.pk]).where(
                *(t.c[c] == values[c] for c in key))).scalar()
            if found is not None and self.ids.local_of(table.name, found) is None:
                return int(found)
        return None

    def remote_row(self, conn: Connection, table: SyncTable, remote_id: int) -> Row:
        return read_rows(self.register, conn, table, [remote_id]).get(remote_id, {})

    def _delete_there(self, conn: Connection, table: SyncTable, local_id: int) -> None:
        remote_id = self.ids.remote_of(table.name, local_id)
        if remote_id is None:
            return  # never reached the register
        theirs = self.remote[table.name].get(remote_id)
        if theirs is None:
            return  # deleted there too
        base = self.bases[table.name].get(local_id)
        if base is not None and any(  # changed there since the last sync: not deleted
                not same(self._to_local(table, c, theirs[c]), base[c])
                for c in table.columns):
            self._conflict(table, local_id, remote_id, None, state.LOCAL_DELETED, base,
                           theirs)
            return
        if self._write_there(conn, table, local_id,
                             lambda c: delete_row(c, table, remote_id), theirs):
            count(self.report.deleted_there, table.name)
            self.cleared.append((table.name, local_id, (state.NOT_PERMITTED,)))

    def _write_there(self, conn: Connection, table: SyncTable, local_id: int,
                     write: Callable[[Connection], bool], theirs: Row | None,
                     adding: bool = False) -> bool:
        """One write in the register under a savepoint: a refusal (another province's
        record, a code taken) is a conflict of that record, the rest goes on."""
        mine = self.local_rows[table.name].get(local_id) or self.bases[table.name].get(
            local_id)
        try:
            with conn.begin_nested():
                if write(conn):
                    return True
            kind = state.NOT_PERMITTED
        except IntegrityError:
            kind = state.CODE_TAKEN if adding else state.NOT_PERMITTED
        except DBAPIError as error:
            if getattr(getattr(error, "orig", None), "sqlstate", None) != "42501":
                raise
            kind = state.NOT_PERMITTED
        if kind == state.CODE_TAKEN and table.name == "plots" and mine is not None:
            code = str(mine.get("code") or "")
            theirs = {"code": code, "proposal": _free_code(conn, code)}
        self._conflict(table, local_id, self.ids.remote_of(table.name, local_id), None, kind,
                       mine, theirs)
        self._keep(table, local_id)
        return False

    # -- ids ----------------------------------------------------------------------------
    def _to_remote(self, table: SyncTable, column: str, value: Any) -> Any:
        parent = table.refs.get(column)
        if parent is None or value is None:
            return value
        return self.ids.remote_of(parent, value)

    def _to_local(self, table: SyncTable, column: str, value: Any) -> Any:
        parent = table.refs.get(column)
        if parent is None or value is None:
            return value
        return self.ids.local_of(parent, value)

    # -- conflicts ----------------------------------------------------------------------
    def _keep(self, table: SyncTable, local_id: int) -> None:
        self.kept.add((table.name, local_id))

    def _conflict(self, table: SyncTable, local_id: int | None, remote_id: int | None,
                  column: str | None, kind: str, mine: Row | None, theirs: Row | None, *,
                  base_value: Any = None, local_value: Any = None,
                  remote_value: Any = None) -> None:
        if local_id is not None:
            self._keep(table, local_id)
        if column is None:
            local_value, remote_value = summary(table, mine), summary(table, theirs)
        self.found.append(Found(table.name, local_id, remote_id, column, kind,
                                 label(table, mine or theirs, self._plot_names()),
                                 shown(table.name, column, base_value),
                                 shown(table.name, column, local_value),
                                 shown(table.name, column, remote_value)))

    def _plot_names(self) -> dict[str, dict[int, Row]]:
        return {"plots": self.local_rows.get("plots", {})}

def _free_code(conn: Connection, code: str) -> str:
    """A plot code the register does not hold yet: the code with -2, -3, ... after it
    (the rename proposed when two offices added plots of one code)."""
    plots = BY_NAME["plots"].table
    taken = {str(c) for (c,) in conn.execute(
        select(plots.c.code).where(plots.c.code.like(f"{code}-%")))}
    n = 2
    while f"{code}-{n}" in taken:
        n += 1
    return f"{code}-{n}"


def sync(copy: Project, register: Project, hook: Hook | None = None) -> SyncReport:
    """Synchronise ``copy`` (an offline copy's GeoPackage) with ``register``; see the
    module docstring. Run again after any interruption."""
    merge = _Merge(copy, register, hook or (lambda _step: None))
    merge.prepare()
    merge.exchange()
    merge.settle()
    return merge.report


__all__ = ["PLOT_RECORDS", "SyncReport", "sync"]
