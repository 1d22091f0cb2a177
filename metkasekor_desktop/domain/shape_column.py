"""A column of shapes kept as WKB and made into shapely objects row by row when asked.

Opening a register of 1,000,000 plots draws them from coordinate arrays; it needs no
shapely object. A :class:`ShapeColumn` holds the plots' WKB (a fraction of the memory of
the objects) and gives shapely geometries for the rows something asks for: a click, an
edit, an overlap search. Each shape is made once and then kept in a store that every
copy, selection and join of the column shares, so that the same plot gives the very
same object whichever column it is read through (the map layer tells edited plots from
unchanged ones by identity). It reads like the object array it stands for: ``len``,
indexing by a row, a slice, a mask or rows, iteration, and ``np.asarray`` (which makes
every row).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from threading import Lock
from typing import Any

import numpy as np
import shapely

from metkasekor_desktop.domain.wkb_column import WkbColumn


class _Store:
    """The shapes of one read: WKB for the rows read, objects for those made since;
    rows past the WKB's are shapes set later, always made."""

    def __init__(self, wkb: WkbColumn) -> None:
        self.wkb = wkb
        self.shapes = np.full(len(wkb), None, dtype=object)
        self.made = np.zeros(len(wkb), dtype=bool)
        self.lock = Lock()  # columns are read from the window and from workers

    def make(self, rows: np.ndarray) -> None:
        with self.lock:
            rows = np.unique(rows[~self.made[rows]])
            if len(rows):
                self.shapes[rows] = shapely.from_wkb(self.wkb.blobs(rows),
                                                     on_invalid="ignore")
                self.made[rows] = True

    def add(self, shapes: np.ndarray) -> np.ndarray:
        """Store shapes made elsewhere; their rows."""
        with self.lock:
            first = len(self.shapes)
            self.shapes = np.concatenate([self.shapes, shapes])
            self.made = np.concatenate([self.made, np.ones(len(shapes), dtype=bool)])
        return np.arange(first, first + len(shapes), dtype=np.int64)


class ShapeColumn:
    """Shapes of rows as WKB, made into shapely objects when first read.

    ``same_as(other)`` tells, per row, whether two columns hold the same shape, without
    making any (what comparing objects by identity does for object arrays).
    """

    __slots__ = ("_rows", "_store")

    def __init__(self, wkb: WkbColumn) -> None:
        self._store = _Store(wkb)
        self._rows = np.arange(len(wkb), dtype=np.int64)

    @classmethod
    def _view(cls, store: _Store, rows: np.ndarray) -> ShapeColumn:
        out = cls.__new__(cls)
        out._store, out._rows = store, rows
        return out

    @classmethod
    def of_shapes(cls, shapes: np.ndarray | ShapeColumn) -> ShapeColumn:
        """A column of shapes made already."""
        if isinstance(shapes, ShapeColumn):
            return shapes
        out = cls(WkbColumn(np.zeros(0, dtype=np.uint8), np.zeros(1, dtype=np.int64)))
        out._rows = out._store.add(np.asarray(shapes, dtype=object))
        return out

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def all_made(self) -> bool:
        return bool(self._store.made[self._rows].all())

    def source(self) -> tuple[WkbColumn, np.ndarray]:
        """The WKB the rows were read from and each row's place in it (a place past its
        end: a shape set since, which has no WKB there)."""
        return self._store.wkb, self._rows

    @property
    def wkb(self) -> WkbColumn:
        """The WKB of every row (rows made from shapes only: their WKB written)."""
        store = self._store
        if len(self._rows) == len(store.wkb) and np.array_equal(
                self._rows, np.arange(len(store.wkb))):
            return store.wkb  # the rows as read
        read = self._rows < len(store.wkb)
        if read.all():
            return store.wkb.take(self._rows)
        blobs = np.empty(len(self), dtype=object)
        blobs[read] = store.wkb.blobs(self._rows[read])
        shapes = store.shapes[self._rows[~read]]
        present = ~shapely.is_missing(shapes)
        wkbs = np.full(len(shapes), None, dtype=object)
        wkbs[present] = shapely.to_wkb(shapes[present], flavor="iso")
        blobs[~read] = wkbs
        return WkbColumn.of(blobs.tolist())

    def same_as(self, other: ShapeColumn, rows: np.ndarray, other_rows: np.ndarray
                ) -> np.ndarray:
        """True where row ``rows[k]`` here holds the very shape of ``other_rows[k]``."""
        if other._store is not self._store:
            return np.zeros(len(rows), dtype=bool)
        return self._rows[rows] == other._rows[other_rows]

    def __getitem__(self, key: Any) -> Any:
        store = self._store
        if isinstance(key, (int, np.integer)):
            row = self._rows[int(key)]
            if not store.made[row]:
                store.make(np.array([row], dtype=np.int64))
            return store.shapes[row]
        rows = np.atleast_1d(self._rows[key])
        store.make(rows)
        return store.shapes[rows]

    def __setitem__(self, key: Any, value: Any) -> None:
        at = np.atleast_1d(np.arange(len(self))[key])
        values = np.empty(len(at), dtype=object)
        values[:] = value if isinstance(value, (np.ndarray, list, tuple)) else [value] * len(at)
        self._rows = self._rows.copy()
        self._rows[at] = self._store.add(values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.shapes())

    def shapes(self) -> np.ndarray:
        """Every row as a shapely object, in a new object array."""
        self._store.make(self._rows)
        return self._store.shapes[self._rows]

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        shapes = self.shapes()
        if dtype is not None and np.dtype(dtype) != np.dtype(object):
            return shapes.astype(dtype)
        return shapes

    def copy(self) -> ShapeColumn:
        return ShapeColumn._view(self._store, self._rows.copy())

    def take(self, rows: np.ndarray) -> ShapeColumn:
        """The rows ``rows`` (any order, repeats allowed): the same store, no shape made."""
        return ShapeColumn._view(self._store, self._rows[np.asarray(rows, dtype=np.int64)])

    @staticmethod
    def joined(parts: Sequence[ShapeColumn | np.ndarray]) -> ShapeColumn:
        """The rows of ``parts`` one after the other, in the store of the first column
        among them (the others' shapes are made and added to it)."""
        columns = [p for p in parts if isinstance(p, ShapeColumn)]
        if not columns:
            return ShapeColumn.of_shapes(np.concatenate([np.asarray(p, dtype=object)
                                                         for p in parts]))
        store = columns[0]._store
        rows = []
        for part in parts:
            if isinstance(part, ShapeColumn) and part._store is store:
                rows.append(part._rows)
            else:
                rows.append(store.add(np.asarray(part, dtype=object)))
        return ShapeColumn._view(store, np.concatenate(rows) if rows
                                 else np.zeros(0, dtype=np.int64))
