"""What an export format cannot keep exactly, said before it is written.

Text is written byte for byte wherever the format allows it (a carriage return is
``&#13;`` in KML and ``_x000D_`` in XLSX). Some characters no format but CSV can hold: a
NUL (code 0) ends a text in GDAL's formats (Shapefile, GeoPackage, GeoJSON) and is not
allowed in XML (KML, KMZ, XLSX), which also refuses most other control characters. Those
characters are left out, never the rest of the text after them, and each value changed is
named by plot code and field so that the officer can tell the partner. The coordinate
system written is said here too: GeoJSON (RFC 7946) and KML are WGS 84 whatever was
asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import Message, msg
from metkasekor_desktop.io.export_table import ExportTable

WGS84_ONLY = ("geojson", "kml", "kmz")
# Characters left out, by the kind of format.
_NUL = re.compile("\x00")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DROPPED = {"shp": _NUL, "gpkg": _NUL, "geojson": _NUL, "kml": _XML_ILLEGAL,
            "kmz": _XML_ILLEGAL, "xlsx": _XML_ILLEGAL}


def written_epsg(fmt: str, epsg: int) -> int:
    """The EPSG code a file of ``fmt`` is really written in when ``epsg`` was asked."""
    return STORAGE_EPSG if fmt in WGS84_ONLY else epsg


def crs_summary(formats: Sequence[str], epsg: int) -> str:
    """"EPSG:32648", or "EPSG:32648; geojson, kml in EPSG:4326" when some differ."""
    wgs = [f for f in formats if written_epsg(f, epsg) != epsg]
    if not wgs:
        return f"EPSG:{epsg}"
    if len(wgs) == len(formats):
        return f"EPSG:{STORAGE_EPSG}"
    return msg("EPSG:{epsg}; {formats} in EPSG:{wgs84}", epsg=epsg, formats=", ".join(wgs),
               wgs84=STORAGE_EPSG)


@dataclass(frozen=True)
class TextChange:
    """One value a format could not keep: the table, the row's plot code, the field."""

    table: str
    code: str
    field: str
    fmt: str
    characters: str  # the characters left out, e.g. "U+0000"

    def message(self) -> Message:
        return msg("{table} {code}, field {field}: {characters} cannot "
                   "be written in {fmt} and was left out", table=self.table, code=self.code,
                   field=self.field, characters=self.characters, fmt=self.fmt)


def text_changes(fmt: str, tables: Sequence[ExportTable]) -> list[TextChange]:
    """Every text value of ``tables`` that ``fmt`` cannot keep exactly."""
    pattern = _DROPPED.get(fmt)
    if pattern is None:
        return []
    out: list[TextChange] = []
    for table in tables:
        codes = table.columns.get("code")
        for name, values in table.columns.items():
            for i in _hits(values, pattern):
                found = sorted(set(pattern.findall(str(values[i]))))
                code = codes[i] if codes is not None and codes[i] else str(i + 1)
                out.append(TextChange(table.name, str(code), name, fmt,
                                      ", ".join(f"U+{ord(c):04X}" for c in found)))
    return out


def without_unwritable(fmt: str, table: ExportTable) -> ExportTable:
    """``table`` with the characters ``fmt`` cannot hold left out (the rest kept)."""
    pattern = _DROPPED.get(fmt)
    if pattern is None:
        return table
    changed = {}
    for name, values in table.columns.items():
        rows = _hits(values, pattern)
        if len(rows):
            column = values.copy()
            for i in rows:
                column[i] = pattern.sub("", column[i])
            changed[name] = column
    return table.with_columns(changed) if changed else table


def _hits(values: np.ndarray, pattern: re.Pattern[str]) -> list[int]:
    if values.dtype != object:
        return []
    return [i for i, v in enumerate(values.tolist())
            if isinstance(v, str) and pattern.search(v)]
