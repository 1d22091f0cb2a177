"""A table ready to be written by every exporter: named columns, WKB geometries, a CRS.

The exporters (Shapefile, GeoPackage, GeoJSON, KML, CSV, XLSX) all take this one shape,
so the joined register and season data is read from the project once and written in
as many formats as the partner wants. Columns are numpy arrays: ``object`` arrays of
``str``/``None`` for text (and of ``int``/``None`` for integers that may be missing),
``float64`` for measures (NaN for missing) and ``datetime64[D]`` for dates (NaT for
missing), so that writers hand them to Arrow without a Python loop. Geometries stay
WKB (2D) from the project file to the output file: decoding 100,000 plots into shapely
objects only to encode them again would cost more than writing them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import numpy as np

from metkasekor_desktop.domain.column_table import ColumnTable
from metkasekor_desktop.domain.geometry import STORAGE_EPSG

GEOMETRY_FIELD = "geometry"


class ExportTable(ColumnTable):
    """A :class:`ColumnTable` with what the writers need: Arrow, reprojection, rows."""

    def take(self, indices: np.ndarray | Sequence[int]) -> ExportTable:
        """The rows at ``indices`` (a selection or filter), in that order."""
        idx = np.asarray(indices, dtype=np.int64)
        return ExportTable(
            self.name, {k: v[idx] for k, v in self.columns.items()},
            None if self.wkb is None else self.wkb[idx], self.epsg, dict(self.descriptions),
        )

    def with_columns(self, extra: dict[str, np.ndarray]) -> ExportTable:
        """This table with more columns appended (same row order)."""
        return ExportTable(self.name, {**self.columns, **extra}, self.wkb, self.epsg,
                           dict(self.descriptions))

    def reprojected(self, epsg: int) -> ExportTable:
        """The same rows with geometries transformed to ``epsg``."""
        if self.wkb is None or epsg == self.epsg:
            return ExportTable(self.name, dict(self.columns), self.wkb, epsg if self.wkb is
                               None else self.epsg, dict(self.descriptions))
        import shapely

        from metkasekor_desktop.domain.geometry import transform

        geoms = shapely.from_wkb(self.wkb)
        out = shapely.to_wkb(transform(geoms, self.epsg, epsg), output_dimension=2)
        return ExportTable(self.name, dict(self.columns), np.asarray(out, dtype=object), epsg,
                           dict(self.descriptions))

    def geometries(self) -> np.ndarray:
        """Shapely geometries (decoded on demand, for KML and checks)."""
        import shapely

        if self.wkb is None:
            return np.empty(0, dtype=object)
        return shapely.from_wkb(self.wkb)

    def geometry_type(self) -> str:
        """The layer type GDAL is told: "Point" when every geometry is a point (plots
        exported without personal data), else "MultiPolygon" (the plots' outlines).
        Read from the WKB headers, without decoding the shapes."""
        if self.wkb is None:
            return "MultiPolygon"
        kinds = {_wkb_type(w) for w in self.wkb.tolist() if w is not None}
        return "Point" if kinds == {_WKB_POINT} else "MultiPolygon"

    def rows(self) -> list[list[Any]]:
        """Plain Python rows (text, int, float, date, None) for CSV and XLSX writers."""
        cols = [_python_values(v) for v in self.columns.values()]
        return [list(r) for r in zip(*cols, strict=True)] if cols else []

    def to_arrow(self) -> Any:
        """A pyarrow Table; the geometry column is WKB tagged ``geoarrow.wkb``."""
        import pyarrow as pa

        arrays = [_arrow_array(v) for v in self.columns.values()]
        names = list(self.columns)
        if self.wkb is not None:
            geometry = _wkb_array(self.wkb)
            geom_field = pa.field(GEOMETRY_FIELD, geometry.type,
                                  metadata={b"ARROW:extension:name": b"geoarrow.wkb"})
            return pa.Table.from_arrays(
                [*arrays, geometry],
                schema=pa.schema([*(pa.field(n, a.type) for n, a in zip(names, arrays,
                                                                       strict=True)),
                                  geom_field]),
            )
        return pa.Table.from_arrays(arrays, names=names)


_WKB_POINT = 1


def _wkb_type(wkb: bytes) -> int:
    """The geometry type of one WKB (the ISO and EWKB flags of Z and M taken off)."""
    if len(wkb) < 5:
        return 0
    code = int.from_bytes(wkb[1:5], "little" if wkb[0] == 1 else "big")
    return (code & 0x0FFFFFFF) % 1000


def _wkb_array(wkb: np.ndarray) -> Any:
    """WKB bytes as an Arrow binary array, built from one joined buffer.

    About five times faster than converting 100,000 Python bytes objects one by one;
    a missing geometry (None) takes the general path.
    """
    import pyarrow as pa

    try:
        lengths = np.fromiter(map(len, wkb), dtype=np.int64, count=len(wkb))
    except TypeError:  # a None among them
        return pa.array(wkb, type=pa.binary())
    if lengths.sum() >= 2**31 - 1:
        return pa.array(wkb, type=pa.large_binary())
    offsets = np.zeros(len(wkb) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    data = b"".join(wkb)
    return pa.Array.from_buffers(pa.binary(), len(wkb),
                                 [None, pa.py_buffer(offsets), pa.py_buffer(data)])


def _arrow_array(values: np.ndarray) -> Any:
    """One column as Arrow; object columns are typed by Arrow's own (C++) inference.

    Text stays text, ints (with None) become int64, and a column that mixes kinds
    (an imported attribute holding both numbers and words) is written as text rather
    than refused.
    """
    import pyarrow as pa

    if values.dtype.kind == "M":
        return pa.array(values.astype("datetime64[D]"), type=pa.date32())
    if values.dtype.kind in "iufb":
        return pa.array(values, from_pandas=True)
    try:
        array = pa.array(values, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
        array = None
    if array is not None and (pa.types.is_string(array.type) or pa.types.is_integer(array.type)
                              or pa.types.is_floating(array.type)
                              or pa.types.is_boolean(array.type)
                              or pa.types.is_date32(array.type)):
        return array
    if array is not None and pa.types.is_null(array.type):
        return pa.nulls(len(values), type=pa.string())
    return pa.array([None if v is None or v != v else str(v) for v in values],
                    type=pa.string())


def _python_values(values: np.ndarray) -> list[Any]:
    if values.dtype.kind == "M":
        return [None if np.isnat(v) else v.astype(date) for v in values.astype("datetime64[D]")]
    if values.dtype.kind == "f":
        return [None if v != v else float(v) for v in values.tolist()]
    return values.tolist()


def records_table(name: str, records: Sequence[Mapping[str, object]],
                  wkb: np.ndarray | None = None, epsg: int = STORAGE_EPSG) -> ExportTable:
    """An :class:`ExportTable` from dict rows (keys in first-seen order).

    For callers that still build rows one by one: dates become ``datetime64[D]``, floats
    ``float64``, everything else keeps its Python value in an object column.
    """
    names = list(dict.fromkeys(k for row in records for k in row))
    columns: dict[str, np.ndarray] = {}
    for key in names:
        values = [row.get(key) for row in records]
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, date) for v in present):
            columns[key] = date_column(values)  # type: ignore[arg-type]
        elif present and all(isinstance(v, float) for v in present):
            columns[key] = np.array([np.nan if v is None else v for v in values], dtype=float)
        else:
            column = np.empty(len(values), dtype=object)
            column[:] = values
            columns[key] = column
    if wkb is not None:
        wkb = np.asarray(wkb, dtype=object)
    return ExportTable(name, columns, wkb, epsg)


def date_column(values: Sequence[date | datetime | None]) -> np.ndarray:
    """A ``datetime64[D]`` column from Python dates (None -> NaT)."""
    return np.array([np.datetime64(v.date() if isinstance(v, datetime) else v, "D")
                     if v is not None else np.datetime64("NaT") for v in values],
                    dtype="datetime64[D]")


def text_column(values: Sequence[object]) -> np.ndarray:
    """An object column of text, None kept as None."""
    out = np.empty(len(values), dtype=object)
    out[:] = [None if v is None else str(v) for v in values]
    return out
