"""Shapes as one buffer of WKB: a million plots without a million Python objects.

A table of 1,000,000 plots read as shapely objects costs over half a gigabyte and more
than a second before anything is drawn. Kept as the WKB the database gave (one byte
buffer and an offset per row) they cost what the bytes cost, and the coordinates the
map draws are read straight out of the buffer with numpy: nearly every plot is one
polygon without holes, whose coordinates lie at a fixed place in its WKB. The rest (holes,
several parts, other byte orders or dimensions) are left to shapely by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_MULTIPOLYGON, _POLYGON = 6, 3
_SRID_FLAG = 0x20000000  # PostGIS's EWKB: a 4-byte SRID follows the type


@dataclass(frozen=True)
class WkbColumn:
    """WKB (ISO or PostGIS EWKB) of each row in one buffer: row i's is
    ``data[offsets[i] + skip[i]:offsets[i+1]]`` (``skip``: bytes before it that are not
    WKB, such as a GeoPackage header; None for none); empty for a row without a shape."""

    data: np.ndarray  # uint8
    offsets: np.ndarray  # int64, len(rows) + 1
    skip: np.ndarray | None = None  # int64, len(rows)

    def _starts(self) -> np.ndarray:
        return self.offsets[:-1] if self.skip is None else self.offsets[:-1] + self.skip

    @classmethod
    def of(cls, values: Sequence[bytes | None]) -> WkbColumn:
        """The column of a sequence of WKB bytes (None: no shape)."""
        blobs = [b"" if v is None else bytes(v) for v in values]
        lengths = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
        offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        return cls(np.frombuffer(b"".join(blobs), dtype=np.uint8), offsets)

    @classmethod
    def from_arrow(cls, array) -> WkbColumn:
        """The column of a pyarrow binary array (nulls: no shape), without a copy of the
        bytes where the array allows."""
        import pyarrow as pa

        array = array.cast(pa.large_binary())
        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks()
        n = len(array)
        _validity, offsets_buffer, data_buffer = array.buffers()
        offsets = np.frombuffer(offsets_buffer, dtype=np.int64)[array.offset:
                                                                 array.offset + n + 1]
        data = (np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None
                else np.zeros(0, dtype=np.uint8))
        if array.null_count:  # a null row may still span bytes: give it none
            lengths = np.diff(offsets)
            lengths[array.is_null().to_numpy(zero_copy_only=False)] = 0
            starts = offsets[:-1]
            keep = np.repeat(lengths > 0, lengths)
            data = data[ranges_to_index(starts, starts + lengths)] if keep.size else data[:0]
            offsets = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(lengths, out=offsets[1:])
        else:
            data = data[offsets[0]:offsets[-1]]
            offsets = offsets - offsets[0]
        return cls(data, offsets)

    @staticmethod
    def joined(columns: Sequence[WkbColumn]) -> WkbColumn:
        """The rows of ``columns`` one after the other."""
        if not columns:
            return WkbColumn(np.zeros(0, dtype=np.uint8), np.zeros(1, dtype=np.int64))
        starts = np.cumsum([0] + [int(c.offsets[-1]) for c in columns[:-1]])
        offsets = np.concatenate([np.zeros(1, dtype=np.int64)] + [
            c.offsets[1:] + base for c, base in zip(columns, starts, strict=True)])
        data = np.concatenate([c.data[:int(c.offsets[-1])] for c in columns])
        if all(c.skip is None for c in columns):
            return WkbColumn(data, offsets)
        skip = np.concatenate([np.zeros(len(c), dtype=np.int64) if c.skip is None
                               else c.skip for c in columns])
        return WkbColumn(data, offsets, skip)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def blobs(self, rows: np.ndarray | None = None) -> np.ndarray:
        """An object array of the WKB bytes of ``rows`` (all when None); None for no shape."""
        index = np.arange(len(self)) if rows is None else np.asarray(rows, dtype=np.int64)
        out = np.empty(len(index), dtype=object)
        raw = self.data.tobytes() if len(index) > len(self) // 8 else None
        starts = self._starts()
        for k, i in enumerate(index.tolist()):
            start, end = int(starts[i]), int(self.offsets[i + 1])
            if end > start:
                out[k] = raw[start:end] if raw is not None else self.data[start:end].tobytes()
        return out

    def take(self, rows: np.ndarray) -> WkbColumn:
        """The rows ``rows`` (any order, repeats allowed) as a column of their own."""
        rows = np.asarray(rows, dtype=np.int64)
        if self.skip is None and len(rows) == len(self) and np.array_equal(
                rows, np.arange(len(self))):
            return self
        if len(rows) < 1000:
            starts, ends = self._starts()[rows], self.offsets[rows + 1]
            offsets = np.zeros(len(rows) + 1, dtype=np.int64)
            np.cumsum(ends - starts, out=offsets[1:])
            return WkbColumn(self.data[ranges_to_index(starts, ends)], offsets)
        # Many rows: Arrow's take (C++) copies them, headers and all (a byte index of a
        # million shapes would take eight times their size).
        import pyarrow as pa
        import pyarrow.compute as pc

        taken = pc.take(_arrow(self.data, self.offsets), pa.array(rows),
                        memory_pool=pa.system_memory_pool())
        _validity, offsets_buffer, data_buffer = taken.buffers()
        offsets = np.frombuffer(offsets_buffer, dtype=np.int64)[
            taken.offset:taken.offset + len(rows) + 1]
        data = (np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None
                else np.zeros(0, dtype=np.uint8))[offsets[0]:offsets[-1]]
        return WkbColumn(data, offsets - offsets[0],
                         None if self.skip is None else self.skip[rows])

    def simple_polygons(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The coordinates of the rows that are one polygon of one ring (as MultiPolygon
        or Polygon, little-endian, 2D; ISO WKB or EWKB with an SRID): ``(simple, coords,
        counts)``: a mask of those rows, their (x, y) coordinates one after the other as
        float64, and how many each has. The other rows (holes, several parts, Z or M,
        big-endian, no shape) are for shapely."""
        n = len(self)
        starts = self._starts()
        lengths = self.offsets[1:] - starts
        simple = np.zeros(n, dtype=bool)
        first = np.zeros(n, dtype=np.int64)  # byte offset of the first coordinate
        counts = np.zeros(n, dtype=np.int64)
        data = self.data
        cand = np.flatnonzero(lengths >= 13)
        if len(cand):
            at = starts[cand]
            little = data[at] == 1
            kind = _u32(data, at + 1)
            srid = (kind & _SRID_FLAG) != 0
            base = kind & ~np.int64(_SRID_FLAG)
            head = at + 5 + np.where(srid, 4, 0)  # after the type (and SRID)
            ok = little & ((base == _MULTIPOLYGON) | (base == _POLYGON))
            ring = head.copy()
            multi = ok & (base == _MULTIPOLYGON)
            inner_ok = np.ones(len(cand), dtype=bool)
            if multi.any():  # one part, itself a little-endian polygon
                m = np.flatnonzero(multi)
                end_m = at[m] + lengths[cand[m]]
                fits = head[m] + 13 <= end_m
                mm = m[fits]
                inner_ok[m[~fits]] = False
                inner_ok[mm] = ((_u32(data, head[mm]) == 1) & (data[head[mm] + 4] == 1)
                                & (_u32(data, head[mm] + 5) == _POLYGON))
                ring[mm] = head[mm] + 9
            ok &= inner_ok
            end = at + lengths[cand]
            ok &= ring + 8 <= end
            rows = np.flatnonzero(ok)
            rings = _u32(data, ring[rows])
            points = _u32(data, ring[rows] + 4)
            whole = ((rings == 1) & (points > 0)  # a ring of no point: shapely's EMPTY
                     & (ring[rows] + 8 + 16 * points == end[rows]))
            rows = rows[whole]
            simple[cand[rows]] = True
            first[cand[rows]] = ring[rows] + 8
            counts[cand[rows]] = points[whole]
        rows = np.flatnonzero(simple)
        coords = _coordinates(data, self.offsets, rows, first[rows] - self.offsets[rows],
                              counts[rows])
        return simple, coords, counts[rows]


def _arrow(data: np.ndarray, offsets: np.ndarray):
    """The rows ``data[offsets[i]:offsets[i+1]]`` as a pyarrow large binary array over the
    same memory (no copy)."""
    import pyarrow as pa

    return pa.LargeBinaryArray.from_buffers(
        pa.large_binary(), len(offsets) - 1,
        [None, pa.py_buffer(np.ascontiguousarray(offsets, dtype=np.int64)),
         pa.py_buffer(np.ascontiguousarray(data))])


def _u32(data: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Little-endian unsigned 32-bit integers at byte offsets ``at``."""
    out = data[at].astype(np.int64)
    for k in (1, 2, 3):
        out |= data[at + k].astype(np.int64) << (8 * k)
    return out


def ranges_to_index(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Concatenate ``arange(s, e)`` for every pair without a Python loop."""
    counts = ends - starts
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
    return np.arange(total, dtype=np.int64) + offsets


def _coordinates(data: np.ndarray, offsets: np.ndarray, rows: np.ndarray,
                 at: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """(x, y) pairs of ``rows``: ``counts[k]`` of them from byte ``at[k]`` of row k on, to
    its end. WKB does not align its doubles: Arrow's ``binary_slice`` (C++) cuts the
    coordinates out of every row into a new, aligned buffer that numpy reads as float64
    at once; one cut per distinct ``at`` (one or two: the header is the same for all
    simple rows of one source)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    total = int(counts.sum())
    out = np.empty((total, 2), dtype=np.float64)
    if total == 0:
        return out
    column = _arrow(data, offsets)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    longest = int(np.diff(offsets).max())  # the end of every row (a larger stop overflows)
    pool = pa.system_memory_pool()  # malloc: freed memory goes back to the system
    for start in np.unique(at).tolist():
        members = np.flatnonzero(at == start)
        whole = len(members) == len(rows) == len(column)
        part = column if whole else pc.take(column, pa.array(rows[members]),
                                            memory_pool=pool)
        cut = pc.binary_slice(part, int(start), longest, memory_pool=pool)
        ends = np.frombuffer(cut.buffers()[1], dtype=np.int64)[cut.offset:
                                                                cut.offset + len(cut) + 1]
        values = np.frombuffer(cut.buffers()[2], dtype="<f8", offset=int(ends[0]),
                               count=int(ends[-1] - ends[0]) // 8).reshape(-1, 2)
        if len(members) == len(rows):
            return values.copy()
        out[ranges_to_index(starts[members], starts[members] + counts[members])] = values
    return out
