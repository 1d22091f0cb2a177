"""Reading helpers of the exports: one consistent snapshot, fast fetches, typed columns.

Shared by :mod:`.export_data` (the plots) and :mod:`.export_related` (season columns and
related tables), so that neither needs the other's internals.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Connection

from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.gpkg.functions import sqlite_connection

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

NAMES_JOIN = ", "  # between names: "No-till, Cover crop"
YIELDS_JOIN = "; "  # between the crops of a season's yields: "maize 4.33; cowpea 1.17"
SEASON_COLUMNS = ("season", "plan_status", "crops", "practices", "practice_names_en",
                  "practice_names_kh", "providers", "planned_date", "done_date", "plan_cost",
                  "yield_t_ha", "yield_crop", "yields")


@contextmanager
def snapshot(project: Project) -> Iterator[Connection]:
    """One read transaction: every select of an export sees the same committed state.

    The garbage collector is paused meanwhile: the rows of 100,000 plots are a million
    new objects, which it would otherwise rescan again and again while they are made.

    The exports read the GeoPackage's own SQL (its geometry blobs, julianday): a shared
    register is refused with a message until they read PostGIS too.
    """
    if project.is_register:
        raise ProjectError(
            f"Exporting plots from the shared register {project.display_name} is not "
            "possible yet. Its plots can be shown, edited, printed and analysed; to "
            "export them now, open the register in QGIS (it reads PostGIS directly).")
    paused = gc.isenabled()
    gc.disable()
    try:
        with project.engine.connect() as conn, conn.begin():
            yield conn
    finally:
        if paused:
            gc.enable()


def fetch(conn: Connection, sql: Any, params: Sequence[object] = ()) -> list[tuple]:
    """Rows of a select as plain tuples, on the driver's own cursor.

    SQLAlchemy's Row objects cost more than the query for 100,000 plots. ``sql`` is
    text with ``?`` parameters or a Core select (compiled here).
    """
    if not isinstance(sql, str):
        compiled = sql.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        params = tuple(compiled.params[k] for k in compiled.positiontup or ())
        sql = str(compiled)
    return sqlite_connection(conn.connection).execute(sql, tuple(params)).fetchall()


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
    """``datetime64[D]`` from ISO text (dates, or datetimes cut to their date); NaT for None.

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
