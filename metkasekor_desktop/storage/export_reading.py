"""Reading helpers of the exports: one consistent snapshot, fast fetches, typed columns.

Shared by :mod:`.export_data` (the plots) and :mod:`.export_related` (season columns and
related tables), so that neither needs the other's internals.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import BigInteger, CompoundSelect, Connection, Select, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from metkasekor_desktop.storage.backend import Backend

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

NAMES_JOIN = ", "  # between names: "No-till, Cover crop"
YIELDS_JOIN = "; "  # between the crops of a season's yields: "maize 4.33; cowpea 1.17"
SEASON_COLUMNS = ("season", "plan_status", "crops", "practices", "practice_names_en",
                  "practice_names_kh", "providers", "planned_date", "done_date", "plan_cost",
                  "yield_t_ha", "yield_crop", "yields")
NAT = np.iinfo(np.int64).min  # NaT's own integer in datetime64[D]


@dataclass(frozen=True)
class Snapshot:
    """The connection of one read transaction and the backend that reads it."""

    conn: Connection
    backend: Backend

    def fetch(self, statement: Select[Any] | CompoundSelect) -> list[tuple]:
        """Rows of a Core select as plain tuples, on the driver's own cursor.

        SQLAlchemy's Row objects cost more than the query for 100,000 plots. Values
        come as the driver gives them: no type's result processing (a GeoPackage's
        dates are ISO text, a PostgreSQL's ``datetime.date``; geometries as stored).
        """
        return self.backend.fetch_rows(self.conn, statement)

    def wkb(self, values: Sequence[Any] | np.ndarray) -> np.ndarray:
        """Fetched geometry values as WKB for the writers (see ``Backend.wkb_of``)."""
        return self.backend.wkb_of(values)


@contextmanager
def snapshot(project: Project) -> Iterator[Snapshot]:
    """One read transaction: every select of an export sees the same committed state.

    The garbage collector is paused meanwhile: the rows of 100,000 plots are a million
    new objects, which it would otherwise rescan again and again while they are made.
    The selects are SQLAlchemy Core, so the same export reads a GeoPackage file and a
    shared register on PostGIS.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        with project.backend.reading() as conn:
            yield Snapshot(conn, project.backend)
    finally:
        if paused:
            gc.enable()


class _DaysSince1970(FunctionElement[int]):
    """Days from 1970-01-01 to the UTC date of a stored time (a DATETIME column): what
    ``datetime64[D]`` holds; NULL stays NULL."""

    type = BigInteger()
    inherit_cache = True
    name = "mk_days_since_1970"


@compiles(_DaysSince1970)
def _days_sqlite(element: _DaysSince1970, compiler: Any, **kw: Any) -> str:
    # GeoPackage text, "YYYY-MM-DDTHH:MM:SS.sssZ": julianday reads it as UTC
    return (f"CAST(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5 "
            "AS INTEGER)")


@compiles(_DaysSince1970, "postgresql")
def _days_postgresql(element: _DaysSince1970, compiler: Any, **kw: Any) -> str:
    # timestamp with time zone: its date in UTC, minus a date, is a number of days
    return (f"(CAST(({compiler.process(element.clauses, **kw)}) AT TIME ZONE 'UTC' AS DATE)"
            " - DATE '1970-01-01')")


def days_or_nat(column: ColumnElement[Any]) -> ColumnElement[int]:
    """The UTC date of a stored time as days since 1970, NaT's integer for NULL, so
    that a column of them is one numpy view as ``datetime64[D]``."""
    return func.coalesce(_DaysSince1970(column), literal(NAT, BigInteger()))


def object_table(rows: list[tuple], width: int) -> np.ndarray:
    """The rows as a 2D object array, one column per selected value.

    One numpy call for all the values; ``table[:, j]`` is then a column.
    """
    return np.array(rows, dtype=object) if rows else np.empty((0, width), dtype=object)


def objects(values: Sequence[object]) -> np.ndarray:
    """A 1D object array of the values (numpy would make 2D of a list of tuples)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def optional_ints(values: np.ndarray, missing: int = -1) -> np.ndarray:
    """An object array of int/None from int64 values where ``missing`` marks None."""
    out = values.astype(object)
    out[values == missing] = None
    return out


def dates(values: Sequence[object] | np.ndarray) -> np.ndarray:
    """``datetime64[D]`` from ISO text (dates, or datetimes cut to their date) or
    ``datetime.date`` values (as a server's DATE comes); NaT for None.

    Fixed-width text of 10 characters keeps the date of a datetime, and numpy parses it
    in one call; with None among the values (or a text that is no date, which becomes
    NaT rather than refusing the whole export) each value is parsed on its own.
    """
    try:
        return np.array(values, dtype="U10").astype("datetime64[D]")
    except (ValueError, TypeError):
        pass
    out = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[D]")
    for i, value in enumerate(values):
        if isinstance(value, date):  # a server's DATE (a datetime gives its own date)
            value = value.isoformat()
        if isinstance(value, str) and value:
            try:
                out[i] = np.datetime64(value[:10], "D")
            except ValueError:
                pass
    return out


class RowIndex:
    """Where each plot id sits among the rows of a table (ids in any order)."""

    def __init__(self, ids: np.ndarray) -> None:
        ids = np.asarray(ids, dtype=np.int64)
        self._order = np.argsort(ids, kind="stable")
        self._sorted = ids[self._order]

    def locate(self, wanted: Sequence[int] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row of each wanted id, whether it is there); rows are 0 where it is not."""
        wanted = np.asarray(wanted, dtype=np.int64)
        if not len(self._sorted):
            return np.zeros(len(wanted), dtype=np.intp), np.zeros(len(wanted), dtype=bool)
        pos = np.minimum(np.searchsorted(self._sorted, wanted), len(self._sorted) - 1)
        found = self._sorted[pos] == wanted
        return np.where(found, self._order[pos], 0), found
