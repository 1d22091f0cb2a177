"""The GeoPackage backend: a project that is one SQLite file QGIS and GDAL open as is."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import CompoundSelect, Connection, Engine, Select, Table
from sqlalchemy.exc import IntegrityError

from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.shape_column import ShapeColumn
from metkasekor_desktop.storage.backend import Bounds, write_transaction
from metkasekor_desktop.storage.gpkg import blob, bulk, container, file, inserts, triggers
from metkasekor_desktop.storage.gpkg.change_watch import ChangeWatch
from metkasekor_desktop.storage.gpkg.functions import sqlite_connection


class GeoPackageBackend:
    """A GeoPackage file through an engine prepared by :func:`.file.make_engine` (the
    ST_ functions its R-tree triggers call, foreign keys, the write guard)."""

    name = "gpkg"

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path  # the file, for what works on it directly (change watching)

    # -- transactions ------------------------------------------------------------------
    def write_transaction(self, exclusive: bool = False) -> AbstractContextManager[Connection]:
        # BEGIN IMMEDIATE through the guard: every write is exclusive in SQLite
        return write_transaction(self.engine)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:  # a deferred BEGIN takes no write lock
            yield conn

    # -- geometries --------------------------------------------------------------------
    def encode_geometries(self, geoms: Sequence[Any] | np.ndarray,
                          epsg: int = STORAGE_EPSG) -> list[Any]:
        return blob.encode_blobs(geoms, epsg)

    def decode_geometries(self, values: Sequence[Any] | np.ndarray) -> np.ndarray:
        return blob.decode_blobs(values)

    def wkb_of(self, values: Sequence[Any] | np.ndarray) -> np.ndarray:
        return blob.blobs_to_wkb(values)  # the header stripped: no decoding

    def shape_column(self, values: Sequence[Any] | np.ndarray) -> ShapeColumn:
        return ShapeColumn(blob.wkb_column(values))

    def read_shapes(self, conn: Connection, table: str, id_column: str,
                    geometry_column: str) -> None:
        return None  # one SQLite file: no quicker way than the rows

    def read_table(self, conn: Connection, table: str, id_column: str,
                   columns: Sequence[tuple[str, str]]) -> tuple[np.ndarray, dict[str, Any]]:
        raise NotImplementedError(msg("A GeoPackage is read by rows (read_shapes gives None)."))

    # -- writing rows ------------------------------------------------------------------
    def insert_rows(self, conn: Connection, table: Table, rows: list[dict[str, Any]],
                    given: list[int | None], bounds: np.ndarray | None = None) -> list[int]:
        if bounds is None:
            return inserts.insert_rows(conn, table, rows, given)
        return inserts.insert_features(conn, table, rows, given, bounds)

    def insert_many(self, conn: Connection, table: str, names: Sequence[str],
                    rows: Sequence[tuple[Any, ...]], fixed: Mapping[str, Any] | None = None,
                    bounds: np.ndarray | None = None) -> list[int]:
        return bulk.insert_many(conn, table, names, rows, fixed, bounds)

    def insert_extras(self, conn: Connection, plot_ids: Sequence[int], names: Sequence[str],
                      values: Sequence[Sequence[str]]) -> int | None:
        return bulk.insert_extras(conn, plot_ids, names, values)

    def integrity_kind(self, error: IntegrityError) -> str | None:
        detail = str(error.orig)
        if "UNIQUE" in detail:
            return "unique"
        if "FOREIGN KEY" in detail:
            return "foreign_key"
        return None

    def touch(self, conn: Connection, table: str) -> None:
        container.touch(conn, table)  # gpkg_contents.last_change

    def extend_extent(self, conn: Connection, table: str, bounds: Bounds | None) -> None:
        container.extend_extent(conn, table, bounds)

    # -- reading rows ------------------------------------------------------------------
    def fetch_rows(self, conn: Connection, statement: Select[Any] | CompoundSelect
                   ) -> list[tuple[Any, ...]]:
        compiled = statement.compile(dialect=conn.dialect,
                                     compile_kwargs={"render_postcompile": True})
        params = tuple(compiled.params[k] for k in compiled.positiontup or ())
        return sqlite_connection(conn.connection).execute(str(compiled), params).fetchall()

    def boxes(self, conn: Connection, table: str) -> list[tuple[int, float, float, float, float]]:
        rows = conn.exec_driver_sql(f'SELECT id, minx, miny, maxx, maxy FROM "rtree_{table}_'
                                    f'{inserts.GEOMETRY}"')
        return [(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]

    # -- schema ------------------------------------------------------------------------
    def create_container(self, conn: Connection) -> None:
        container.create_core(conn)

    def register_table(self, conn: Connection, table: str, description: str = "", *,
                       features: bool = False) -> None:
        if features:
            container.register_features(conn, table, column=inserts.GEOMETRY,
                                        description=description)
        else:
            container.register_attributes(conn, table, description)

    def install_row_versions(self, conn: Connection, tables: Sequence[str],
                             *, add_columns: bool = True) -> None:
        triggers.install(conn, tables, add_columns=add_columns)

    def upgrade_container(self, conn: Connection) -> None:
        container.use_geopackage_1_3(conn)

    # -- others' changes ---------------------------------------------------------------
    def watch_changes(self) -> ChangeWatch:
        if self.path is None:
            raise ValueError(msg("Only a GeoPackage opened from its file can be watched."))
        return ChangeWatch(self.path)

    def close(self) -> None:
        self.engine.dispose()  # a WAL journal is folded back into the file

    # -- the file (GeoPackage only: a project that is one file) ------------------------
    def set_journal_mode(self, mode: str) -> bool:
        """Switch the journal mode (WAL, DELETE); False when SQLite refused."""
        return file.set_journal_mode(self.engine, mode)

    def checkpoint(self) -> None:
        """Fold the WAL into the file."""
        file.checkpoint(self.engine)

    def backup_to(self, target: Path,
                  progress: Callable[[int, int], None] | None = None) -> Path:
        """Copy the database to ``target`` with SQLite's backup API."""
        return file.backup(self.engine, target, progress)
