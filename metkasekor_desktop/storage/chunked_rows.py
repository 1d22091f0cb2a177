"""Rows made a chunk at a time: a sequence of tuples that builds a slice when asked.

A bulk writer that takes rows in chunks (:func:`.gpkg.bulk.insert_rows`, PostgreSQL's
COPY) then makes the next chunk (encodes its shapes, gathers its columns) while the
database writes the one before, instead of every row being built before the first is
written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from metkasekor_desktop.domain.messages import msg

Row = tuple[Any, ...]
CHUNK = 2000


class ChunkedRows(Sequence[Row]):
    """``count`` rows, ``make(start, stop)`` building rows ``start`` to ``stop``."""

    def __init__(self, count: int, make: Callable[[int, int], list[Row]]) -> None:
        self._count = count
        self._make = make

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return self._make(0, self._count)[index]
            return self._make(start, stop) if start < stop else []
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(msg("row index out of range"))
        return self._make(index, index + 1)[0]

    def __iter__(self) -> Iterator[Row]:
        for start in range(0, self._count, CHUNK):
            yield from self._make(start, min(start + CHUNK, self._count))
