"""Zonal statistics of raster layers stored per plot, one row per plot and layer.

A layer's figures are always written whole: computing them again replaces every old
row of that layer in one transaction, so the table never mixes two computations.
Rows go in and come out as numpy arrays, because a province has 100,000 plots.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import Connection, delete, insert, select

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.backend import Backend
from metkasekor_desktop.storage.errors import NotFoundError, ProjectError
from metkasekor_desktop.storage.repositories.base import joined, reading
from metkasekor_desktop.storage.schema import T

STATS = ("count", "mean", "min", "max")


def _numbers(values: Sequence[float] | np.ndarray) -> list[float | None]:
    """Floats for SQLite, with NaN (no valid pixel) stored as NULL."""
    array = np.asarray(values, dtype=np.float64)
    return [None if v != v else v for v in array.tolist()]  # v != v: NaN


class RasterStatsRepository:
    """The ``plot_raster_stats`` table: count, mean, min and max of a raster per plot."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._table = T["plot_raster_stats"]

    def _tx(self, conn: Connection | None) -> AbstractContextManager[Connection]:
        return joined(self.backend, conn)

    # -- writing -----------------------------------------------------------------------
    def replace(self, layer: str, ids: Sequence[int] | np.ndarray,
                count: Sequence[float] | np.ndarray, mean: Sequence[float] | np.ndarray,
                min: Sequence[float] | np.ndarray,  # noqa: A002 - the statistic's name
                max: Sequence[float] | np.ndarray,  # noqa: A002
                conn: Connection | None = None) -> int:
        """Store the figures of ``layer`` for the plots ``ids`` (arrays aligned with
        them), removing the layer's old rows first; all in one transaction. Returns the
        number of rows written."""
        layer = str(layer).strip()
        if not layer:
            raise ProjectError(msg("Zonal statistics need the name of their raster layer."))
        plot_ids = np.asarray(ids, dtype=np.int64).tolist()
        columns = [_numbers(v) for v in (count, mean, min, max)]
        if any(len(c) != len(plot_ids) for c in columns):
            raise ProjectError(msg(
                "The statistics of {layer} have {plots} plots but {values} values; give one "
                "per plot.", layer=layer, plots=len(plot_ids),
                values=[len(c) for c in columns]))
        if len(set(plot_ids)) != len(plot_ids):
            raise ProjectError(msg("The statistics of {layer} name a plot twice; give each "
                                   "plot once.", layer=layer))
        now = datetime.now(UTC)
        rows = [{"plot_id": p, "layer": layer, "count": c, "mean": m, "min": lo,
                 "max": hi, "computed_at": now}
                for p, c, m, lo, hi in zip(plot_ids, *columns, strict=True)]
        with self._tx(conn) as c:
            c.execute(delete(self._table).where(self._table.c.layer == layer))
            if rows:
                missing = self._missing_plots(c, plot_ids)
                if missing:
                    raise NotFoundError(msg(
                        "{count} plot(s) of the statistics of {layer} are not in the "
                        "project (first: id {first}); they may have been deleted. "
                        "Compute the statistics again.",
                        count=len(missing), layer=layer, first=missing[0]))

                c.execute(insert(self._table), rows)
            self.backend.touch(c, self._table.name)
        return len(rows)

    def _missing_plots(self, conn: Connection, plot_ids: list[int]) -> list[int]:
        plots = T["plots"]
        known = set(conn.execute(select(plots.c.fid)).scalars())
        return [p for p in plot_ids if p not in known]

    def delete_layer(self, layer: str, conn: Connection | None = None) -> int:
        """Remove every row of ``layer``; the number removed."""
        with self._tx(conn) as c:
            result = c.execute(delete(self._table).where(self._table.c.layer == layer))
            self.backend.touch(c, self._table.name)
            return int(result.rowcount or 0)

    # -- reading -----------------------------------------------------------------------
    def layers(self, conn: Connection | None = None) -> list[str]:
        """The layers that have stored statistics, by name."""
        stmt = select(self._table.c.layer).distinct().order_by(self._table.c.layer)
        with reading(self.backend, conn) as c:
            return [str(v) for v in c.execute(stmt).scalars()]

    def table(self, layer: str, conn: Connection | None = None
                     ) -> dict[str, np.ndarray]:
        """``ids`` (int64, ascending) and ``count``, ``mean``, ``min``, ``max`` (float64,
        NaN where a plot had no valid pixel) of one layer; empty arrays when it has none."""
        t = self._table
        stmt = (select(t.c.plot_id, t.c["count"], t.c.mean, t.c.min, t.c.max)
                .where(t.c.layer == layer).order_by(t.c.plot_id))
        with reading(self.backend, conn) as c:
            rows = c.execute(stmt).all()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        out = {"ids": ids}
        for i, name in enumerate(STATS, start=1):
            out[name] = np.array([np.nan if r[i] is None else r[i] for r in rows],
                                 dtype=np.float64)
        return out
