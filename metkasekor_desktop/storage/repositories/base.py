"""The shape every repository shares: one transaction per call unless given ``conn``."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import Connection, Row, Table, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage import row_versions
from metkasekor_desktop.storage.backend import Backend
from metkasekor_desktop.storage.errors import (
    ConflictError,
    DuplicateError,
    InUseError,
    NotFoundError,
)


class Entity(Protocol):
    """What a repository needs of the domain entity it stores."""

    id: int | None
    version: int | None

    def validated(self) -> Any: ...


E = TypeVar("E", bound=Entity)


@contextmanager
def joined(backend: Backend, conn: Connection | None) -> Iterator[Connection]:
    """The caller's transaction when one is given, else a new write transaction
    committed at the end: repository calls join a larger unit of work (an import, an
    undo step) or stand alone."""
    if conn is not None:
        yield conn
    else:
        with backend.write_transaction() as own:
            yield own


@contextmanager
def reading(backend: Backend, conn: Connection | None) -> Iterator[Connection]:
    """The caller's transaction, else a read transaction (no write lock is taken, so
    reading goes on while another program writes, and on read-only files)."""
    if conn is not None:
        yield conn
    else:
        with backend.reading() as own:
            yield own


class Repository(Generic[E]):
    """Stores one kind of entity in one table (plus child tables where it has some)."""

    table: Table
    noun: str = msg("record")  # how a message names one entity
    unique_field: str | None = None  # column (and attribute) a duplicate clashes on

    def __init__(self, backend: Backend) -> None:
        self.backend = backend  # the database: every repository of a project has the same
        self.pk = next(iter(self.table.primary_key.columns))

    # -- to override -------------------------------------------------------------------
    def _to_row(self, entity: E) -> dict[str, Any]:
        raise NotImplementedError

    def _from_row(self, row: Row) -> E:
        raise NotImplementedError

    def _validate(self, entity: E, conn: Connection, confirmed: bool = False) -> None:
        """Check ``entity`` before it is written; ``confirmed``: the officer confirmed
        values outside their plausible range, which are stored as given."""
        entity.validated()

    def _write_children(self, conn: Connection, entities: Sequence[E]) -> None:
        """Store what lives in child tables (entities have their ids by now)."""

    def _delete_children(self, conn: Connection, ids: Sequence[int]) -> None:
        """Remove child rows before they are written again by an update."""

    def _load_children(self, conn: Connection, entities: Sequence[E]) -> None:
        """Fill what lives in child tables into loaded entities."""

    def _duplicate_message(self, entity: E | None, detail: str) -> str:
        return msg("This {noun} already exists ({detail}).", noun=self.noun, detail=detail)

    def _in_use_message(self, conn: Connection, entity_id: int) -> str | None:
        """Why a record cannot be deleted, or None when nothing refers to it."""
        return None

    # -- transactions ------------------------------------------------------------------
    def _tx(self, conn: Connection | None) -> AbstractContextManager[Connection]:
        return joined(self.backend, conn)

    def _read(self, conn: Connection | None) -> AbstractContextManager[Connection]:
        return reading(self.backend, conn)

    @property
    def versioned(self) -> bool:
        return "mk_version" in self.table.c

    def label(self, entity: E) -> str:
        """How a message names one entity (a plot code, a farmer's name)."""
        return f"#{getattr(entity, 'id', '?')}"

    def check_version(self, conn: Connection, entity_id: int, expected: int | None,
                      label: str = "", mine: dict[str, Any] | None = None,
                      read: dict[str, Any] | None = None) -> None:
        """Refuse (ConflictError) when the stored row is not at ``expected`` any more."""
        if self.versioned and expected is not None:
            row_versions.check(conn, self.table, {int(entity_id): expected},
                               {int(entity_id): label or f"#{entity_id}"}, mine, self.noun,
                               read)

    def stored_versions(self, conn: Connection, ids: Iterable[int]) -> dict[int, int]:
        """The stored version of each of ``ids`` that exists (missing ones are absent)."""
        return row_versions.read_versions(conn, self.table, ids)

    def conflict(self, conn: Connection, entity_id: int, label: str = "",
                 mine: dict[str, Any] | None = None,
                 read: dict[str, Any] | None = None) -> ConflictError:
        """The error for a record changed or deleted since it was read (who, when, the
        stored values beside ``mine``)."""
        return row_versions.conflict_for(conn, self.table, int(entity_id),
                                         label or f"#{entity_id}", mine, self.noun, read)

    def _set_version(self, entity: E, row: Row) -> E:
        if self.versioned:
            entity.version = int(row.mk_version)
        return entity

    # -- writing -----------------------------------------------------------------------
    def add(self, entity: E, conn: Connection | None = None, *,
            confirmed: bool = False) -> int:
        """Validate and store one entity; set and return its id. ``confirmed`` is the
        officer's consent to values outside their plausible range, for this write only."""
        return self.add_many([entity], conn=conn, confirmed=confirmed)[0]

    def add_many(self, entities: Iterable[E], conn: Connection | None = None, *,
                 confirmed: bool = False) -> list[int]:
        """Validate and store many entities in one transaction (Core executemany)."""
        items = list(entities)
        if not items:
            return []
        with self._tx(conn) as c:
            for entity in items:
                self._validate(entity, c, confirmed)
            rows = self._rows(items)
            try:
                with c.begin_nested():  # a refused batch leaves no row behind
                    ids = self._insert_rows(c, rows, [e.id for e in items])
            except IntegrityError as error:
                raise self._integrity(c, items, error) from None
            for entity, new_id in zip(items, ids, strict=True):
                entity.id = new_id
                if self.versioned:
                    entity.version = 1
            self._write_children(c, items)
            self._after_write(c, items)
        return ids

    def _rows(self, entities: Sequence[E]) -> list[dict[str, Any]]:
        return [self._to_row(e) for e in entities]

    def _insert_rows(
        self, conn: Connection, rows: list[dict[str, Any]], given: list[int | None]
    ) -> list[int]:
        """Insert rows; given ids are kept, the others come from the database, in order."""
        return self.backend.insert_rows(conn, self.table, rows, given)

    def _after_write(self, conn: Connection, entities: Sequence[E]) -> None:
        self.backend.touch(conn, self.table.name)

    def update(self, entity: E, conn: Connection | None = None, *,
               confirmed: bool = False) -> None:
        """Validate and store the changed entity (its id must be set); ``confirmed`` as
        for :meth:`add`."""
        entity_id = entity.id
        if entity_id is None:
            raise NotFoundError(msg("This {noun} has not been stored yet; add it first.",
                                    noun=self.noun))
        with self._tx(conn) as c:
            self._validate(entity, c, confirmed)
            row = self._to_row(entity)
            # The version read: a row changed by someone else since is not overwritten.
            version: int | None = getattr(entity, "version", None)
            self.check_version(c, entity_id, version, self.label(entity), row)
            try:
                with c.begin_nested():
                    result = c.execute(update(self.table).where(self.pk == entity_id)
                                       .values(**row))
            except IntegrityError as error:
                raise self._integrity(c, [entity], error) from None
            if result.rowcount == 0:
                raise NotFoundError(msg("No {noun} with id {id}; it may have been deleted.",
                                        noun=self.noun, id=entity_id))
            if self.versioned:
                entity.version = row_versions.read_versions(
                    c, self.table, [entity_id]).get(entity_id)
            self._delete_children(c, [entity_id])
            self._write_children(c, [entity])
            self._after_write(c, [entity])

    def delete(self, entity_id: int, conn: Connection | None = None,
               expected_version: int | None = None) -> None:
        """Delete a record, with what belongs to it; refused while others refer to it,
        or when it changed since ``expected_version`` was read."""
        with self._tx(conn) as c:
            self.check_version(c, entity_id, expected_version)
            reason = self._in_use_message(c, entity_id)
            if reason:
                raise InUseError(reason)
            try:
                c.execute(delete(self.table).where(self.pk == entity_id))
            except IntegrityError:
                raise InUseError(msg(
                    "This {noun} is still used elsewhere in the project and cannot be "
                    "deleted.", noun=self.noun)) from None
            self.backend.touch(c, self.table.name)

    def _integrity(self, conn: Connection, entities: Sequence[E], error: IntegrityError
                   ) -> Exception:
        detail = str(error.orig)
        kind = self.backend.integrity_kind(error)
        if kind == "unique":
            offender = self._find_duplicate(conn, entities)
            return DuplicateError(self._duplicate_message(offender, detail))
        if kind == "foreign_key":
            return NotFoundError(msg(
                "This {noun} refers to a record that is not in the project "
                "(a farmer, plot, season, practice or provider that was deleted?).",
                noun=self.noun))
        return DuplicateError(msg("The {noun} could not be stored: {detail}.",
                                  noun=self.noun, detail=detail))


    def _find_duplicate(self, conn: Connection, entities: Sequence[E]) -> E | None:
        """The entity whose value of ``unique_field`` clashed with another record or with
        another entity of the same write; without such a field, the only entity."""
        field = self.unique_field
        if field is None:
            return entities[0] if len(entities) == 1 else None
        owners = dict(conn.execute(select(self.table.c[field], self.pk)).all())
        seen: set[object] = set()
        for entity in entities:
            value = getattr(entity, field)
            owner = owners.get(value)
            if value in seen or (owner is not None and owner != entity.id):
                return entity
            seen.add(value)
        return None

    # -- reading -----------------------------------------------------------------------
    def get(self, entity_id: int, conn: Connection | None = None) -> E | None:
        with self._read(conn) as c:
            row = c.execute(select(self.table).where(self.pk == entity_id)).first()
            if row is None:
                return None
            entity = self._set_version(self._from_row(row), row)
            self._load_children(c, [entity])
            return entity

    def list(self, conn: Connection | None = None) -> list[E]:
        """Every entity, in id order."""
        with self._read(conn) as c:
            rows = c.execute(select(self.table).order_by(self.pk)).all()
            entities = [self._set_version(self._from_row(r), r) for r in rows]
            self._load_children(c, entities)
            return entities

    def all(self, conn: Connection | None = None) -> builtins.list[E]:
        return self.list(conn)

    def count(self, conn: Connection | None = None) -> int:
        with self._read(conn) as c:
            return int(c.execute(select(func.count()).select_from(self.table)).scalar_one())

    def exists(self, entity_id: int, conn: Connection | None = None) -> bool:
        with self._read(conn) as c:
            return c.execute(select(self.pk).where(self.pk == entity_id)).first() is not None


def count_where(conn: Connection, table: Table, column: str, value: object) -> int:
    stmt = select(func.count()).select_from(table).where(table.c[column] == value)
    return int(conn.execute(stmt).scalar_one())
