"""An offline copy of the register: made from an office project, and its conflicts decided.

A copy is an office project (``project_copy``) that also remembers where it came from:
the register's address and its area, the register's id of every row, the register's
snapshot it was read in (the next sync pulls what changed from there) and the triggers
that log every change made to it, by this program or another (QGIS).

Deciding a conflict changes the copy only; the next sync carries the decision: taking
the register's value writes it here and makes it the base; keeping this copy's makes the
register's value the base, so the copy's value counts as this copy's change and goes
across; a value of the officer's own is kept the same way.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage import sync_state as state
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.gpkg import sync_log
from metkasekor_desktop.storage.postgis import sync_server
from metkasekor_desktop.storage.project_copy import copy_register
from metkasekor_desktop.storage.sync_rows import delete_row, read_rows, set_columns
from metkasekor_desktop.storage.sync_tables import BY_NAME, TABLES
from metkasekor_desktop.storage.sync_values import from_shown, to_sqlite

if TYPE_CHECKING:
    from metkasekor_desktop.domain.register_copy import CopyReport
    from metkasekor_desktop.storage.project import Project

LOCAL, REGISTER, VALUE = "local", "register", "value"  # what an officer may keep


def make_copy(register: Project, office: Project, origin: str,
              area: str | None = None) -> CopyReport:
    """Fill the new project ``office`` with the register's rows of ``area`` and make it
    an offline copy of the register at ``origin`` (an address without password)."""
    with register.backend.reading() as conn:
        since = sync_server.snapshot_xmin(conn)  # taken before the rows are read
    report = copy_register(register, office, province=area)
    if not report.written:
        first = report.clashes[0].message(msg("the register"), msg("the copy")) \
            if report.clashes else msg("nothing was copied")
        raise ProjectError(msg("The copy was not made: {reason}.", reason=first))
    with office.backend.write_transaction() as conn:
        state.create(conn)
        sync_log.install(conn, TABLES)
        ids = state.IdMap()
        for name, pairs in report.ids.items():
            if name in BY_NAME:
                ids.add_many(conn, name, {copy_id: reg_id for reg_id, copy_id in pairs.items()})
        for key, value in (("origin", origin), ("scope", area or ""),
                           ("copy_id", uuid.uuid4().hex), ("register_xmin", str(since)),
                           ("made_at", datetime.now(UTC).isoformat(timespec="seconds"))):
            state.put(conn, key, value)
    return report


def origin_of(project: Project) -> str:
    """The register a copy came from; ProjectError for a project that is not a copy."""
    with project.backend.reading() as conn:
        origin = state.get(conn, "origin") if state.is_copy(conn) else None
    if not origin:
        raise ProjectError(msg("{name} is not an offline copy of a shared register: make "
                               "one with metkasekor-desktop checkout URL OUT.gpkg "
                               "--province CODE.", name=project.display_name))
    return origin


def conflicts(project: Project) -> list[state.Conflict]:
    with project.backend.reading() as conn:
        return state.conflicts(conn) if state.is_copy(conn) else []


def decide(project: Project, conflict_id: int, keep: str, value: Any = None) -> None:
    """Decide one conflict: ``keep`` LOCAL (this copy's), REGISTER (the register's) or
    VALUE (``value``, the officer's own, for a field)."""
    with project.backend.write_transaction() as conn:
        found = next((c for c in state.conflicts(conn) if c.id == conflict_id), None)
        if found is None:
            raise ProjectError(msg("There is no open conflict {id}: it may have been "
                                   "decided already; list them again.", id=conflict_id))

        table = BY_NAME[found.table]
        if found.column is not None:
            _field(project, conn, found, keep, value)
        elif found.kind == state.SERVER_DELETED:
            _deleted_there(conn, found, keep)
        elif found.kind == state.LOCAL_DELETED:
            _deleted_here(conn, found, keep)
        elif keep == REGISTER and found.local_id is not None:  # give up this copy's row
            with sync_log.applying(conn):
                delete_row(conn, table, found.local_id)
            sync_log.forget(conn, {table.name: [found.local_id]}, sync_log.last_seq(conn))
        state.remove_conflict(conn, conflict_id)


def _field(project: Project, conn: Connection, found: state.Conflict, keep: str,
           value: Any) -> None:
    """A field both sides changed: the register's value becomes the base; the copy gets
    the register's value (REGISTER) or the officer's (VALUE), or keeps its own (LOCAL),
    which then goes across at the next sync."""
    table = BY_NAME[found.table]
    column = found.column
    assert column is not None and found.local_id is not None
    remote = from_shown(table.name, column, found.remote)
    encode = project.backend.encode_geometries
    base = sync_log.base_rows(conn, table, [found.local_id]).get(found.local_id)
    if base is None:  # added here, synced since: its current values stand in
        current = read_rows(project, conn, table, [found.local_id]).get(found.local_id)
        base = to_sqlite(encode, table, current or {})
    base = dict(base)
    base.update(to_sqlite(encode, table, {column: remote}))
    sync_log.set_base(conn, table, found.local_id, base)
    sync_log.mark_changed(conn, table.name, found.local_id)
    if keep in (REGISTER, VALUE):
        chosen = remote if keep == REGISTER else from_shown(table.name, column, value)
        with sync_log.applying(conn):
            set_columns(project, conn, table, found.local_id, {column: chosen})


def _deleted_there(conn: Connection, found: state.Conflict, keep: str) -> None:
    """Changed here, deleted in the register: keep it (it is added there again at the
    next sync, as a new record) or let it go here too."""
    table = BY_NAME[found.table]
    assert found.local_id is not None
    if keep == REGISTER:
        with sync_log.applying(conn):
            delete_row(conn, table, found.local_id)
        sync_log.forget(conn, {table.name: [found.local_id]}, sync_log.last_seq(conn))
        return
    ids = state.IdMap.read(conn)
    ids.drop(conn, table.name, found.local_id)
    sync_log.mark_added(conn, table.name, found.local_id)


def _deleted_here(conn: Connection, found: state.Conflict, keep: str) -> None:
    """Deleted here, changed in the register: delete it there too (LOCAL: the register's
    values become the base, so the delete goes across) or take it back (REGISTER: the
    next sync pulls it again as a record this copy does not have)."""
    table = BY_NAME[found.table]
    assert found.local_id is not None
    if keep == LOCAL:
        sync_log.drop_base(conn, table, found.local_id)  # no base: the delete goes across
        return
    ids = state.IdMap.read(conn)
    ids.drop(conn, table.name, found.local_id)
    sync_log.forget(conn, {table.name: [found.local_id]}, sync_log.last_seq(conn))
    again = json.loads(state.get(conn, "refetch") or "[]")  # the next sync pulls it back
    state.put(conn, "refetch", json.dumps([*again, [table.name, found.remote_id]]))
