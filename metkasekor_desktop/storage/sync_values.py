"""Values of synchronised rows, made comparable across a GeoPackage copy and the register.

The two databases store the same value differently (a date as text or as a date, a flag
as 0/1 or a boolean, a shape as a GeoPackage blob or as PostGIS's EWKB). Rows are read
through the schema's column types, so both give Python values; shapes are compared as
their ISO WKB (the same coordinates, the same bytes), floats exactly (a value carried
across stays bit for bit the same). The values before a change, kept by the copy's
triggers as SQLite stored them, go through the same column types.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import shapely
from sqlalchemy.dialects import sqlite

from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.schema import T
from metkasekor_desktop.storage.sync_tables import SyncTable

GEOMETRY = ("plots", "geom")
_SQLITE = sqlite.dialect()


@lru_cache(maxsize=512)
def _processor(table: str, column: str) -> Any:
    col = T[table].c[column]
    impl = col.type.dialect_impl(_SQLITE)
    return impl.result_processor(_SQLITE, None)


def from_sqlite(table: SyncTable, raw: Mapping[str, Any]) -> dict[str, Any]:
    """A row as SQLite stores it (the copy's kept values) as the columns read it; the
    shape stays a GeoPackage blob (decode it with the copy's backend)."""
    out: dict[str, Any] = {}
    for column in table.columns:
        value = raw.get(column)
        if value is None or (table.name, column) == GEOMETRY:
            out[column] = value
            continue
        process = _processor(table.name, column)
        out[column] = process(value) if process is not None else value
    return out


def wkb(shape: Any) -> bytes | None:
    """A shape as ISO WKB, little endian, 2D: the form two shapes are compared in."""
    if shape is None or shapely.is_missing(shape) or shapely.is_empty(shape):
        return None
    return bytes(shapely.to_wkb(shape, byte_order=1, flavor="iso", output_dimension=2))


def same(a: Any, b: Any) -> bool:
    """Equal as the officer would see them: shapes by WKB, NaN equal to NaN, "" not
    NULL (a text column written empty by one program and NULL by another is not)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, bool) or isinstance(b, bool):
        return a is not None and b is not None and bool(a) == bool(b)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return bool(a == b)


def shown(table: str, column: str | None, value: Any) -> Any:
    """A value as JSON for the conflict list: a shape as WKT, dates as ISO text."""
    if value is None:
        return None
    if (table, column) == GEOMETRY:
        try:
            return shapely.to_wkt(shapely.from_wkb(value), rounding_precision=7)
        except Exception:  # a damaged shape: said as such, never a traceback
            return msg("(a shape that cannot be read)")
    if isinstance(value, bytes):
        return value.hex()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def from_shown(table: str, column: str, value: Any) -> Any:
    """A value of the conflict list (``shown``) back as the columns read it."""
    if value is None:
        return None
    if (table, column) == GEOMETRY:
        return wkb(shapely.from_wkt(value))
    kind = type(T[table].c[column].type).__name__
    if kind == "DATE" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "GpkgDateTime" and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def to_sqlite(encode: Any, table: SyncTable, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the columns read them, as SQLite stores them (the form of the copy's
    kept base); ``encode`` makes shapes into the copy's blobs."""
    out: dict[str, Any] = {}
    for column, value in values.items():
        if value is None:
            out[column] = None
        elif (table.name, column) == GEOMETRY:
            out[column] = encode([shapely.from_wkb(value)], STORAGE_EPSG)[0]
        else:
            impl = T[table.name].c[column].type.dialect_impl(_SQLITE)
            process = impl.bind_processor(_SQLITE)
            out[column] = process(value) if process is not None else value
    return out
