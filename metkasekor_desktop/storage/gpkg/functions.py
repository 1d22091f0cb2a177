"""SQL functions the GeoPackage R-tree triggers call, registered on every connection.

Plain SQLite has no ``ST_IsEmpty`` and friends; without them any write to the plots
table would fail ("no such function: ST_IsEmpty") and the index would drift.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Engine, event
from sqlalchemy.pool import PoolProxiedConnection

from metkasekor_desktop.storage.backend import WRITES
from metkasekor_desktop.storage.errors import FileGoneError, explain
from metkasekor_desktop.storage.gpkg import blob as gpkg_blob
from metkasekor_desktop.storage.gpkg.write_guard import WriteGuard, file_identity

OPENED_ON = "mk_opened_on"  # connection info: (device, inode) of the file it opened

SqlValue = str | bytes | int | float | None  # what an SQL function may return to SQLite


def sqlite_connection(raw: PoolProxiedConnection) -> sqlite3.Connection:
    """The sqlite3 connection under one of SQLAlchemy's (the project file is SQLite)."""
    return cast(sqlite3.Connection, raw.driver_connection)


def _safe(fn: Callable[[bytes], SqlValue]) -> Callable[[object], SqlValue]:
    """NULL and non-blob input give NULL, as in SpatiaLite and GDAL."""

    def wrapper(blob: object) -> SqlValue:
        if not isinstance(blob, bytes | bytearray | memoryview):
            return None
        try:
            return fn(bytes(blob))
        except (gpkg_blob.BlobError, ValueError, TypeError):
            return None

    return wrapper


def _bound(index: int) -> Callable[[bytes], float | None]:
    def read(blob: bytes) -> float | None:
        env = gpkg_blob.envelope(blob)
        return None if env is None else env[index]

    return read


def _is_empty(blob: bytes) -> int:
    if gpkg_blob.is_empty(blob):
        return 1
    return int(gpkg_blob.envelope(blob) is None)


_XY_LE = 0x03  # flags of the usual header: little endian, xy envelope, not empty


def _fast_bound(index: int) -> Callable[[object], SqlValue]:
    """Read one envelope value straight from the usual header; else the general path."""
    offset = 8 + 8 * index
    slow = _safe(_bound(index))
    unpack = struct.Struct("<d").unpack_from

    def read(blob: object) -> SqlValue:
        if type(blob) is bytes and len(blob) > 40 and blob[3] == _XY_LE:
            return unpack(blob, offset)[0]
        return slow(blob)

    return read


def _fast_is_empty() -> Callable[[object], SqlValue]:
    slow = _safe(_is_empty)

    def read(blob: object) -> SqlValue:
        if type(blob) is bytes and len(blob) > 40 and blob[3] == _XY_LE:
            return 0
        return slow(blob)

    return read


# The envelope is stored as minx, maxx, miny, maxy.
FUNCTIONS: dict[str, Callable[[object], SqlValue]] = {
    "ST_IsEmpty": _fast_is_empty(),
    "ST_MinX": _fast_bound(0),
    "ST_MaxX": _fast_bound(1),
    "ST_MinY": _fast_bound(2),
    "ST_MaxY": _fast_bound(3),
    "ST_GeometryType": _safe(gpkg_blob.geometry_type),
    "ST_SRID": _safe(gpkg_blob.srs_id),
}


def register_functions(dbapi_connection: sqlite3.Connection) -> None:
    """Add the ST_ functions to one sqlite3 connection."""
    for name, fn in FUNCTIONS.items():
        dbapi_connection.create_function(name, 1, fn, deterministic=True)


def install(engine: Engine, guard: WriteGuard | None = None) -> None:
    """Prepare every new connection of ``engine``: functions, foreign keys, waits.

    The journal mode is not touched here: a file keeps the mode it has (chosen when the
    project was created), because QGIS or another program may have it open, and
    switching under it breaks its connection.

    pysqlite's own transaction handling is switched off and SQLAlchemy's ``begin``
    emits BEGIN, so that DDL (migrations) runs inside real transactions. A connection
    marked as writing (``backend.WRITES``) begins IMMEDIATE through ``guard``.
    SQLite failures a user can act on (locked, disk full, read-only, drive gone) are
    raised as WriteErrors with a message. Once the file has been moved, deleted or
    replaced, a refused write and the closing of each connection fold the WAL into the
    file that was opened (``WriteGuard.let_go``).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        if guard is not None:  # which file this connection has open (see WriteGuard.let_go)
            record.info[OPENED_ON] = file_identity(guard.path)
        dbapi_connection.isolation_level = None
        register_functions(dbapi_connection)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            # 64 MB of page cache (SQLite's default is 2 MB): the indexes of a province's
            # 100,000 plots stay in memory while a bulk write or an import updates them.
            cursor.execute("PRAGMA cache_size=-65536")
            # Temporary tables (a bulk insert's staging rows) in memory, not in a file
            # of the temp folder that the OS then writes out.
            cursor.execute("PRAGMA temp_store=MEMORY")
            # synchronous stays FULL: a commit survives a power cut.
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy Connection
        if (guard is not None and not guard.read_only
                and conn.get_execution_options().get(WRITES)):
            raw = conn.connection.driver_connection
            try:
                guard.before_write()
            except FileGoneError:
                guard.let_go(raw, conn.connection.info.get(OPENED_ON))
                raise
            guard.begin_immediate(raw)
        else:
            conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "close")
    def _on_close(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        if guard is not None and not guard.read_only and guard.file_problem() is not None:
            guard.let_go(dbapi_connection, record.info.get(OPENED_ON))

    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> None:  # noqa: ANN001 - SQLAlchemy ExceptionContext
        failure = explain(context.original_exception)
        if failure is not None:
            raise failure from None

