"""Phone submissions imported and the media files kept with records.

Both tables are written once (an import adds rows, nothing edits them, only the undo
of the import removes them again), so they have no row versions.
``field_submissions.instance_id`` is unique: the same submission, in a re-imported file
or a later export, is never written twice.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select

from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.storage.backend import Backend
from metkasekor_desktop.storage.repositories.base import joined, reading
from metkasekor_desktop.storage.repositories.plans import PlanRepository
from metkasekor_desktop.storage.schema import T

_SUBMISSIONS = T["field_submissions"]
_MEDIA = T["record_media"]
_CHUNK = 900  # ids per IN (...): below SQLite's old limit of 999 parameters


@dataclass(frozen=True, slots=True)
class SubmissionRow:
    """One imported submission and the record it wrote (None: it wrote none)."""

    instance_id: str
    form_id: str
    submitted_at: datetime | None
    submitter: str
    imported_at: datetime
    record_table: str | None
    record_id: int | None


@dataclass(frozen=True, slots=True)
class MediaRow:
    """A file kept with a record; ``path`` relative to the project file's folder, with
    ``/`` between its parts."""

    record_table: str
    record_id: int
    file_name: str
    path: str
    instance_id: str | None = None


class SubmissionRepository:
    """The ``field_submissions`` and ``record_media`` tables."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def known_ids(self, conn: Connection | None = None) -> set[str]:
        """The instance ids of every submission imported."""
        with reading(self.backend, conn) as c:
            return {str(r[0]) for r in c.execute(select(_SUBMISSIONS.c.instance_id))}

    def known_among(self, ids: Iterable[str], conn: Connection | None = None) -> set[str]:
        """Those of ``ids`` imported already (read in the caller's transaction)."""
        wanted = sorted(set(ids))
        found: set[str] = set()
        with reading(self.backend, conn) as c:
            for start in range(0, len(wanted), _CHUNK):
                part = wanted[start:start + _CHUNK]
                found.update(str(r[0]) for r in c.execute(
                    select(_SUBMISSIONS.c.instance_id)
                    .where(_SUBMISSIONS.c.instance_id.in_(part))))
        return found

    def add_many(self, rows: Sequence[SubmissionRow], conn: Connection | None = None) -> None:
        """Record submissions as imported (one statement for all)."""
        if not rows:
            return
        with joined(self.backend, conn) as c:
            c.execute(insert(_SUBMISSIONS), [
                {"instance_id": r.instance_id, "form_id": r.form_id,
                 "submitted_at": r.submitted_at, "submitter": r.submitter,
                 "imported_at": r.imported_at, "record_table": r.record_table,
                 "record_id": r.record_id} for r in rows])
            self.backend.touch(c, _SUBMISSIONS.name)

    def add_media(self, rows: Sequence[MediaRow], conn: Connection | None = None) -> None:
        if not rows:
            return
        with joined(self.backend, conn) as c:
            c.execute(insert(_MEDIA), [
                {"record_table": r.record_table, "record_id": r.record_id,
                 "file_name": r.file_name, "path": r.path, "instance_id": r.instance_id}
                for r in rows])
            self.backend.touch(c, _MEDIA.name)

    def remove(self, instance_ids: Iterable[str], conn: Connection | None = None
               ) -> tuple[builtins.list[SubmissionRow], builtins.list[MediaRow]]:
        """Forget the submissions ``instance_ids`` and the media rows they added (the
        undo of their import: the same file can then be imported again); the rows
        removed, in the order imported, to add again on a redo."""
        wanted = sorted(set(instance_ids))
        rows: builtins.list[SubmissionRow] = []
        media: builtins.list[MediaRow] = []
        if not wanted:
            return rows, media
        with joined(self.backend, conn) as c:
            for start in range(0, len(wanted), _CHUNK):
                part = wanted[start:start + _CHUNK]
                rows += [SubmissionRow(r.instance_id, r.form_id, r.submitted_at,
                                       r.submitter or "", r.imported_at, r.record_table,
                                       r.record_id) for r in c.execute(
                    select(_SUBMISSIONS).where(_SUBMISSIONS.c.instance_id.in_(part))
                    .order_by(_SUBMISSIONS.c.id))]
                media += [MediaRow(r.record_table, r.record_id, r.file_name, r.path,
                                   r.instance_id) for r in c.execute(
                    select(_MEDIA).where(_MEDIA.c.instance_id.in_(part))
                    .order_by(_MEDIA.c.id))]
                c.execute(delete(_MEDIA).where(_MEDIA.c.instance_id.in_(part)))
                c.execute(delete(_SUBMISSIONS).where(_SUBMISSIONS.c.instance_id.in_(part)))
            self.backend.touch(c, _MEDIA.name)
            self.backend.touch(c, _SUBMISSIONS.name)
        return rows, media

    def list(self, conn: Connection | None = None) -> list[SubmissionRow]:
        """Every imported submission, in the order imported."""
        with reading(self.backend, conn) as c:
            rows = c.execute(select(_SUBMISSIONS).order_by(_SUBMISSIONS.c.id)).all()
        return [SubmissionRow(r.instance_id, r.form_id, r.submitted_at, r.submitter or "",
                              r.imported_at, r.record_table, r.record_id) for r in rows]

    def media_for(self, record_table: str, record_id: int, conn: Connection | None = None
                  ) -> builtins.list[MediaRow]:
        """The files kept with one record."""
        with reading(self.backend, conn) as c:
            rows = c.execute(select(_MEDIA).where(
                (_MEDIA.c.record_table == record_table) & (_MEDIA.c.record_id == record_id))
                .order_by(_MEDIA.c.id)).all()
        return [MediaRow(r.record_table, r.record_id, r.file_name, r.path, r.instance_id)
                for r in rows]

    def media(self, conn: Connection | None = None) -> builtins.list[MediaRow]:
        """Every file kept with a record."""
        with reading(self.backend, conn) as c:
            rows = c.execute(select(_MEDIA).order_by(_MEDIA.c.id)).all()
        return [MediaRow(r.record_table, r.record_id, r.file_name, r.path, r.instance_id)
                for r in rows]


def plans_by_ids(plans: PlanRepository, ids: Sequence[int], conn: Connection
                 ) -> dict[int, PlotSeasonPlan]:
    """Many season plans read at once (with their practices and versions), by id: an
    import of thousands of visits reads them in a few statements."""
    table = plans.table
    out: dict[int, PlotSeasonPlan] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start:start + _CHUNK]
        rows = conn.execute(select(table).where(table.c.id.in_(part))).all()
        found = [plans._set_version(plans._from_row(r), r) for r in rows]
        plans._load_children(conn, found)
        out.update({int(p.id): p for p in found if p.id is not None})
    return out
