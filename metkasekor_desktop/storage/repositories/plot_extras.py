"""Attributes of imported plots that have no field of their own, kept by their file's name.

A partner's Shapefile often carries columns we have no field for (a survey id, a
cooperative, an old area): they are kept so that nothing the file held is lost, and
they go out again with every export. One row per plot and name; values are text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager

import numpy as np
from sqlalchemy import Connection, func, select

from metkasekor_desktop.storage.backend import Backend
from metkasekor_desktop.storage.repositories.base import joined, reading
from metkasekor_desktop.storage.schema import T


class PlotExtrasRepository:
    """The ``plot_extra_attributes`` table."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._table = T["plot_extra_attributes"]

    def _tx(self, conn: Connection | None) -> AbstractContextManager[Connection]:
        return joined(self.backend, conn)

    def add_many(self, rows: Iterable[tuple[int, str, str | None]],
                 conn: Connection | None = None) -> int:
        """Store ``(plot_id, name, value)`` rows; returns how many were written."""
        records = [(int(p), str(n), None if v is None else str(v)) for p, n, v in rows]
        if not records:
            return 0
        return self.add_rows(records, conn)

    def add_rows(self, rows: Sequence[tuple[int, str, str | None]],
                 conn: Connection | None = None) -> int:
        """:meth:`add_many` of rows already typed (int, str, str or None), as an import
        builds them from its columns: passed to SQLite as they are."""
        if not rows:
            return 0
        with self._tx(conn) as c:  # plain tuples: an import may bring 100,000s of values
            self.backend.insert_many(c, "plot_extra_attributes", ("plot_id", "name", "value"),
                                     rows)
        return len(rows)

    def names(self, conn: Connection | None = None) -> list[str]:
        """Every attribute name in the project, in the order first stored."""
        t = self._table
        with reading(self.backend, conn) as c:
            # lower(): what SQLite's NOCASE compares, in every database's SQL
            rows = c.execute(select(t.c.name).group_by(t.c.name).order_by(
                func.lower(t.c.name), t.c.name)).all()
        return [r.name for r in rows]

    def of_plot(self, plot_id: int, conn: Connection | None = None) -> dict[str, str | None]:
        t = self._table
        with reading(self.backend, conn) as c:
            rows = c.execute(select(t.c.name, t.c.value).where(t.c.plot_id == int(plot_id))
                             .order_by(t.c.id)).all()
        return {r.name: r.value for r in rows}

    def columns(self, ids: np.ndarray, conn: Connection | None = None) -> dict[str, np.ndarray]:
        """One object array per attribute name, aligned with ``ids`` (None where absent).

        Reads the whole table once (never an ``IN`` list of 100,000 ids).
        """
        t = self._table
        with reading(self.backend, conn) as c:
            rows = c.execute(select(t.c.plot_id, t.c.name, t.c.value).order_by(t.c.id)).all()
        by_name: dict[str, dict[int, str | None]] = defaultdict(dict)
        for r in rows:
            by_name[r.name][r.plot_id] = r.value
        out: dict[str, np.ndarray] = {}
        for name, values in by_name.items():
            column = np.empty(len(ids), dtype=object)
            column[:] = [values.get(int(i)) for i in ids]
            if any(v is not None for v in column):
                out[name] = column
        return out
