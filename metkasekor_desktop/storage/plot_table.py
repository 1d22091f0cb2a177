"""All plots as column arrays: what the map, the tables and the exports draw from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

import numpy as np

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.shape_column import ShapeColumn


@dataclass(frozen=True, slots=True)
class PlotTable:
    """Equal-length numpy arrays, one entry per plot, sorted by id.

    ``geometries`` holds shapely MultiPolygons in WGS 84 (EPSG:4326): an object array,
    or (a whole table read) a :class:`ShapeColumn` that makes them when first read;
    ``farmer_ids`` and ``paired_ids`` are object arrays holding ints or None.
    """

    ids: np.ndarray
    codes: np.ndarray
    names: np.ndarray
    farmer_ids: np.ndarray
    farmer_names_kh: np.ndarray
    farmer_names_latin: np.ndarray
    village_codes: np.ndarray
    roles: np.ndarray
    paired_ids: np.ndarray
    areas_ha: np.ndarray
    geometries: np.ndarray | ShapeColumn
    # The stored row version of each plot as read: an edit from the map names it, so a
    # plot changed meanwhile by someone else is not overwritten.
    versions: np.ndarray | None = None  # -1 where unknown; None given: all unknown

    def __post_init__(self) -> None:
        if self.versions is None:
            object.__setattr__(self, "versions", np.full(len(self.ids), -1, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.ids)

    def index_of(self, plot_id: int) -> int:
        """Row of a plot id; KeyError when the table has no such plot."""
        i = int(np.searchsorted(self.ids, plot_id))
        if i >= len(self.ids) or self.ids[i] != plot_id:
            raise KeyError(msg("No plot with id {id} in the table.", id=plot_id))

        return i

    @classmethod
    def empty(cls) -> PlotTable:
        obj = np.empty(0, dtype=object)
        return cls(np.empty(0, dtype=np.int64), obj, obj, obj, obj, obj, obj, obj, obj,
                   np.empty(0, dtype=np.float64), obj, np.empty(0, dtype=np.int64))

    def version_of(self, plot_id: int) -> int | None:
        """The version a plot was read at, or None when unknown."""
        if self.versions is None:
            return None
        try:
            version = int(self.versions[self.index_of(plot_id)])
        except KeyError:
            return None
        return None if version < 0 else version


_COLUMNS = tuple(f.name for f in fields(PlotTable))


def _columns(table: PlotTable) -> dict[str, np.ndarray | None]:
    return {name: getattr(table, name) for name in _COLUMNS}


def update_rows(table: PlotTable, rows: PlotTable,
                removed_ids: Iterable[int] = ()) -> PlotTable:
    """A new table: ``rows`` replace the plots with their ids or are added, the plots of
    ``removed_ids`` leave; still sorted by id. Only the changed rows were read again,
    so an edit on a province's plots does not reload them all."""
    gone = np.union1d(np.fromiter((int(i) for i in removed_ids), dtype=np.int64),
                      np.asarray(rows.ids, dtype=np.int64))
    keep = ~np.isin(np.asarray(table.ids, dtype=np.int64), gone)
    old, new = _columns(table), _columns(rows)
    merged_ids = np.concatenate([np.asarray(table.ids, dtype=np.int64)[keep],
                                 np.asarray(rows.ids, dtype=np.int64)])
    order = np.argsort(merged_ids, kind="stable")
    out: dict[str, Any] = {}  # column arrays, or None for unknown versions
    for name in _COLUMNS:
        before = old[name]
        a = None if before is None else before[keep]
        b = new[name]
        if name == "ids":
            col = merged_ids
        elif name == "geometries" and (isinstance(before, ShapeColumn)
                                       or isinstance(b, ShapeColumn)):
            assert before is not None and b is not None
            kept = (before.take(np.flatnonzero(keep)) if isinstance(before, ShapeColumn)
                    else np.asarray(before, dtype=object)[keep])
            out[name] = ShapeColumn.joined([kept, b]).take(order)
            continue
        elif name == "versions":
            if a is None or b is None:
                out[name] = None
                continue
            col = np.concatenate([np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)])
        elif name == "areas_ha":
            col = np.concatenate([np.asarray(a, dtype=np.float64),
                                  np.asarray(b, dtype=np.float64)])
        else:
            assert a is not None and b is not None  # only versions may be None
            col = np.empty(len(a) + len(b), dtype=object)
            col[:len(a)] = a
            col[len(a):] = b
        out[name] = col[order]
    return PlotTable(**out)


def remove_rows(table: PlotTable, removed_ids: Iterable[int]) -> PlotTable:
    """A new table without the plots of ``removed_ids``."""
    return update_rows(table, PlotTable.empty(), removed_ids)
