"""What the repositories and the project need of a database, whichever it is.

One module per database implements it (``storage/gpkg/`` for the GeoPackage file of a
project; ``storage/postgis/`` for a shared register on PostgreSQL with PostGIS).
Repositories speak SQLAlchemy Core to ``engine`` for everything the databases share,
and ask their backend for the rest: how a geometry is stored, how new ids come back
from a bulk insert, which bookkeeping a change needs, how a write takes its lock. So a
second backend is one new module, never a change to a repository (DESIGN.md
decision 9).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np
from sqlalchemy import CompoundSelect, Connection, Engine, Select, Table
from sqlalchemy.exc import IntegrityError

from metkasekor_desktop.domain.shape_column import ShapeColumn

# Execution option that marks a transaction which writes: a backend's begin hook takes
# its write lock at once (GeoPackage: BEGIN IMMEDIATE), so a write never fails midway
# on a lock another program took after it began.
WRITES = "mk_write"

Bounds = tuple[float, float, float, float]  # minx, miny, maxx, maxy


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction on ``engine`` marked as one that writes (see ``WRITES``)."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITES: True})
        with conn.begin():
            yield conn


@dataclass
class ExternalChanges:
    """What other programs changed since the last look: plots to read again or drop,
    and the other tables that changed."""

    plots_changed: set[int] = field(default_factory=set)  # added or changed
    plots_removed: set[int] = field(default_factory=set)
    tables: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.plots_changed or self.plots_removed or self.tables)


def compare_plot_versions(stored: np.ndarray, ids: np.ndarray, versions: np.ndarray
                          ) -> tuple[set[int], set[int]]:
    """(added or changed, removed) plot ids: ``stored`` holds (id, version) rows as the
    database has them now, ``ids`` and ``versions`` the plots shown."""
    stored = np.asarray(stored, dtype=np.int64).reshape(-1, 2)
    shown_ids = np.asarray(ids, dtype=np.int64)
    shown_versions = np.asarray(versions, dtype=np.int64)
    order = np.argsort(shown_ids)
    sorted_ids = shown_ids[order]
    pos = np.searchsorted(sorted_ids, stored[:, 0])
    pos_clipped = np.minimum(pos, max(len(sorted_ids) - 1, 0))
    known = (len(sorted_ids) > 0) & (sorted_ids[pos_clipped] == stored[:, 0]
                                    if len(sorted_ids) else np.zeros(len(stored), bool))
    same = np.zeros(len(stored), dtype=bool)
    if len(sorted_ids):
        same[known] = shown_versions[order][pos_clipped[known]] == stored[known, 1]
    changed = {int(i) for i in stored[~same, 0]}
    removed = {int(i) for i in np.setdiff1d(shown_ids, stored[:, 0])}
    return changed, removed


class ChangeWatcher(Protocol):
    """Notices commits made by anyone else (another program, another user)."""

    def poll(self, ids: np.ndarray, versions: np.ndarray) -> ExternalChanges | None:
        """What changed compared with the plots shown (``ids`` at ``versions``); None
        when nobody else committed anything since the last look."""
        ...

    def acknowledge(self) -> None:
        """Our own writes are shown already: look for others' from here on."""
        ...

    def close(self) -> None: ...


class PendingShapes(Protocol):
    """Shapes being read (see :meth:`Backend.read_shapes`)."""

    def result(self) -> tuple[np.ndarray, ShapeColumn]:
        """The ids (sorted) and their shapes, once read; raises what the read raised."""
        ...


@runtime_checkable
class Backend(Protocol):
    """One database holding a project: what is particular to it, behind one interface."""

    name: str  # "gpkg", "postgis"
    engine: Engine  # SQLAlchemy Core statements run on its connections

    # -- transactions ------------------------------------------------------------------
    def write_transaction(self, exclusive: bool = False) -> AbstractContextManager[Connection]:
        """A transaction that writes: it holds the database's write lock (or what stands
        for it) from its first statement, and commits at the end or rolls back.
        ``exclusive``: no other exclusive write runs meanwhile (a publish, an upgrade),
        where the database lets writes run side by side (a register: edits go on
        beside it, each locking its rows)."""
        ...

    def reading(self) -> AbstractContextManager[Connection]:
        """A transaction that only reads and blocks no writer."""
        ...

    # -- geometries --------------------------------------------------------------------
    def encode_geometries(self, geoms: Sequence[Any] | np.ndarray, epsg: int) -> list[Any]:
        """Shapely geometries (None stays NULL) as the values a geometry column stores."""
        ...

    def decode_geometries(self, values: Sequence[Any] | np.ndarray) -> np.ndarray:
        """Stored geometry values as an object array of shapely geometries (None: NULL)."""
        ...

    def wkb_of(self, values: Sequence[Any] | np.ndarray) -> np.ndarray:
        """Stored geometry values, as read by :meth:`fetch_rows`, as an object array of
        plain (ISO) WKB bytes without SRID, which exporters hand to GDAL; None stays None.
        (GeoPackage: the blob without its header; PostGIS: the EWKB without its SRID.)"""
        ...

    def shape_column(self, values: Sequence[Any] | np.ndarray) -> ShapeColumn:
        """Stored geometry values, as read by :meth:`fetch_rows`, as a column of shapes
        made when first read (a whole table's plots need no shapely object to be
        drawn)."""
        ...

    def read_shapes(self, conn: Connection, table: str, id_column: str,
                    geometry_column: str) -> PendingShapes | None:
        """Every row's id and shape (sorted by id) by a quicker way than reading rows,
        under way while the caller reads the other columns on ``conn`` and seeing the
        same rows; None where the database has no such way."""
        ...

    def read_table(self, conn: Connection, table: str, id_column: str,
                   columns: Sequence[tuple[str, str]]) -> tuple[np.ndarray, dict[str, Any]]:
        """Every row of ``table`` as columns, sorted by id, for a backend whose
        :meth:`read_shapes` gives shapes: (name, kind) with kind "int" (object array,
        None for NULL), "float" (NaN for NULL) or "text" (object array of str/None)."""
        ...

    # -- writing rows ------------------------------------------------------------------
    def insert_rows(self, conn: Connection, table: Table, rows: list[dict[str, Any]],
                    given: list[int | None], bounds: np.ndarray | None = None) -> list[int]:
        """Insert ``rows``, keeping the ids ``given`` (None: the database picks one), and
        return every row's id in order; ``bounds`` (minx, miny, maxx, maxy per row, NaN
        for no geometry) lets a feature table's spatial index be filled in bulk."""
        ...

    def insert_many(self, conn: Connection, table: str, names: Sequence[str],
                    rows: Sequence[tuple[Any, ...]], fixed: Mapping[str, Any] | None = None,
                    bounds: np.ndarray | None = None) -> list[int]:
        """Insert many new rows given as tuples of the columns ``names`` (``fixed``: more
        columns, one value for all) by the database's quickest way, in order; their
        ids in order. New plots need ``bounds`` for the spatial index."""
        ...

    def insert_extras(self, conn: Connection, plot_ids: Sequence[int], names: Sequence[str],
                      values: Sequence[Sequence[str]]) -> int | None:
        """Store plots' extra attributes given as one column of texts per name (aligned
        with ``plot_ids``; empty texts left out) by a quicker way than rows; how many
        were stored, or None, writing nothing, when there is no quicker way for them."""
        ...

    def integrity_kind(self, error: IntegrityError) -> str | None:
        """Which constraint a refused write broke: "unique", "foreign_key" or None."""
        ...

    def touch(self, conn: Connection, table: str) -> None:
        """Record that rows of ``table`` changed, where the database keeps such a note."""
        ...

    def extend_extent(self, conn: Connection, table: str, bounds: Bounds | None) -> None:
        """Record that a feature table changed and now also covers ``bounds``."""
        ...

    # -- reading rows ------------------------------------------------------------------
    def fetch_rows(self, conn: Connection, statement: Select[Any] | CompoundSelect
                   ) -> list[tuple[Any, ...]]:
        """Every row of a select as plain tuples, by the driver's quickest path (no
        per-row Result objects: a province has 100,000 plots)."""
        ...

    def boxes(self, conn: Connection, table: str) -> list[tuple[int, float, float, float, float]]:
        """(id, minx, miny, maxx, maxy) of every row with a geometry, read from the
        spatial index without decoding a geometry."""
        ...

    # -- schema ------------------------------------------------------------------------
    def create_container(self, conn: Connection) -> None:
        """Prepare an empty database to hold a project (the container's own tables)."""
        ...

    def register_table(self, conn: Connection, table: str, description: str = "", *,
                       features: bool = False) -> None:
        """Announce a new table to GIS software; ``features``: it holds the plots'
        geometries (its geometry column and spatial index are declared too)."""
        ...

    def install_row_versions(self, conn: Connection, tables: Sequence[str],
                             *, add_columns: bool = True) -> None:
        """Give the register ``tables`` their version columns (``add_columns``: False for
        a table made with them) and the triggers that raise a row's version whenever any
        program changes it (see ``row_versions``)."""
        ...

    def upgrade_container(self, conn: Connection) -> None:
        """Bring the container's own format to the one this program writes."""
        ...

    # -- others' changes ---------------------------------------------------------------
    def watch_changes(self) -> ChangeWatcher:
        """A watcher of the commits that other programs or users make."""
        ...

    def close(self) -> None:
        """Close every connection."""
        ...
