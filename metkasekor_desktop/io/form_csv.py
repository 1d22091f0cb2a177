"""CSV tables exported from phone forms (ODK, KoboToolbox) that carry plot boundaries.

A boundary comes as an ODK ``geoshape`` ("lat lon altitude accuracy; lat lon ..."), as
WKT, or, for points, as longitude/latitude columns. Every parser here refuses bad input
with a :class:`FormCsvError` that names the row and point; nothing else escapes.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.errors import ShapelyError
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import as_message, joined, msg

_DELIMITERS = ",;\t|"
_SAMPLE_ROWS = 20
_SHAPE_NAMES = ("geoshape", "geo_shape", "boundary", "polygon", "geotrace", "shape",
                "geometry", "wkt", "geom")
_LON_NAMES = ("longitude", "lon", "long", "lng", "x")
_LAT_NAMES = ("latitude", "lat", "y")


class FormCsvError(DomainError):
    """A form table or one of its values cannot be read; the message says where."""

    def __init__(self, message: str, row: int | None = None, point: int | None = None):
        super().__init__(message)
        self.row = row
        self.point = point


@dataclass
class FormTable:
    """The rows of a form CSV and where their geometry is.

    ``rows`` are lists of text, one per header; ``row_numbers`` are the spreadsheet row
    numbers (the header is row 1). For ``kind == "lonlat"`` ``geometry_column`` is the
    longitude column and ``latitude_column`` the latitude column.
    """

    headers: list[str]
    rows: list[list[str]]
    geometry_column: str
    kind: str  # "geoshape" | "wkt" | "lonlat"
    latitude_column: str | None = None
    row_numbers: list[int] = field(default_factory=list)
    encoding: str = "utf-8"

    def column(self, name: str) -> list[str]:
        index = self.headers.index(name)
        return [row[index] for row in self.rows]


@dataclass
class RowResult:
    """One row's boundary, or the problem that keeps it out (and a note, e.g. Z dropped)."""

    row: int
    polygon: Polygon | MultiPolygon | None
    problem: str | None = None
    note: str | None = None
    had_z: bool = False
    curved: bool = False


@dataclass
class PointResult:
    """One row's (longitude, latitude), or the problem that keeps it out."""

    row: int
    point: tuple[float, float] | None
    problem: str | None = None


def _short(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "..."


def _number(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise ValueError(token)
    return value


def _parse_point(part: str, number: int) -> tuple[float, float]:
    tokens = part.split()
    if len(tokens) == 1 and "," in tokens[0]:
        tokens = tokens[0].split(",")  # "11.5,104.9": commas separate, not decimals
    else:
        tokens = [t.replace(",", ".") for t in tokens]
    if not 2 <= len(tokens) <= 4:
        raise FormCsvError(msg(
            "Point {number} ('{value}') has {count} numbers; a geoshape point "
            "is 'latitude longitude altitude accuracy' (2 to 4 numbers).",
            number=number, value=_short(part), count=len(tokens)), point=number,
        )
    try:
        lat, lon = _number(tokens[0]), _number(tokens[1])
        for extra in tokens[2:]:
            _number(extra)
    except ValueError:
        raise FormCsvError(msg(
            "Point {number} ('{value}') is not a list of numbers. A geoshape point "
            "is 'latitude longitude altitude accuracy', e.g. '11.55 104.91 12 5'.",
            number=number, value=_short(part)),
            point=number,
        ) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise FormCsvError(msg(
            "Point {number} ('{value}') is not a place on Earth: latitude {lat} and "
            "longitude {lon}. Check that latitude comes first.",
            number=number, value=_short(part), lat=lat, lon=lon),
            point=number,
        )
    return (lon, lat)


def parse_geoshape(text: str) -> list[tuple[float, float]]:
    """ODK/KoboToolbox geoshape text to (longitude, latitude) points, in their order."""
    if not isinstance(text, str):
        raise FormCsvError(msg("A geoshape must be text."))
    normal = khmer_digits_to_ascii(text).replace("\u00a0", " ")
    parts = [p.strip() for p in normal.split(";")]
    parts = [p for p in parts if p]
    if not parts:
        raise FormCsvError(msg("The geoshape is empty: no points were recorded."))
    return [_parse_point(part, number) for number, part in enumerate(parts, start=1)]


_CURVES = ("CIRCULARSTRING", "COMPOUNDCURVE", "CURVEPOLYGON", "MULTICURVE", "MULTISURFACE")


def _straightened(text: str) -> BaseGeometry:
    """A WKT with curves (arcs) as GDAL makes it straight: many short lines per arc.

    GEOS cannot read curves; GDAL's CSV reader can, and its classic read turns them into
    lines. The value goes through a one-row CSV in a private temporary folder."""
    import shutil

    from pyogrio.errors import DataSourceError, GeometryError
    from pyogrio.raw import read

    from metkasekor_desktop.io.temp_files import make_temp_dir

    folder = make_temp_dir("import")
    try:
        path = folder / "curve.csv"
        with path.open("w", newline="", encoding="utf-8") as stream:
            csv.writer(stream).writerows([["WKT"], [text]])
        _meta, _fids, wkbs, _fields = read(path)
        geometry = shapely.from_wkb(wkbs[0]) if len(wkbs) and wkbs[0] is not None else None
    except (DataSourceError, GeometryError, RuntimeError, ValueError, OSError,
            ShapelyError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else msg("unreadable")
        raise FormCsvError(msg("'{value}' holds curves that cannot be made straight "
                               "({reason}). "
                               "Convert its curves to lines in your GIS.",
                               value=_short(text), reason=reason)) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if geometry is None:
        raise FormCsvError(msg("'{value}' holds curves that cannot be read. Convert its "
                               "curves to lines in your GIS.", value=_short(text)))
    return geometry


def parse_wkt(text: str, straighten: bool = True) -> tuple[Polygon | MultiPolygon, bool, bool]:
    """WKT to a polygon, whether heights (Z) were dropped and whether curves were made
    straight; anything but an area refused. ``straighten=False`` only checks a curve."""
    if not isinstance(text, str) or not text.strip():
        raise FormCsvError(msg("The WKT value is empty."))
    normal = khmer_digits_to_ascii(text).strip()
    curved = normal.upper().lstrip().startswith(_CURVES)
    try:
        if curved and not straighten:
            return Polygon(), False, True  # detection only: a curve type is an area type
        geometry: BaseGeometry = (_straightened(normal) if curved
                                  else shapely.from_wkt(normal))
    except NotImplementedError:  # a curve inside a collection
        raise FormCsvError(msg("'{value}' holds curves inside a collection, which cannot "
                               "be read. Convert its curves to lines in your GIS.",
                               value=_short(text))) from None
    except (ShapelyError, ValueError, TypeError) as exc:
        raise FormCsvError(msg(
            "'{value}' is not valid WKT ({reason}"
            "). Write it like 'POLYGON ((104.9 11.5, 104.91 11.5, 104.91 11.51, 104.9 11.5))'.",
            value=_short(text), reason=str(exc).splitlines()[0] if str(exc) else "",
        )) from None
    if geometry is None or not isinstance(geometry, (Polygon, MultiPolygon)):
        kind = msg("nothing") if geometry is None else geometry.geom_type
        raise FormCsvError(msg("The WKT holds a {kind}, not a polygon; a plot must be an area.",
                               kind=kind))
    if geometry.is_empty:
        raise FormCsvError(msg("The WKT polygon is empty."))
    had_z = bool(shapely.has_z(geometry))
    if had_z:
        geometry = shapely.force_2d(geometry)
    return geometry, had_z, curved


def parse_wkt_polygon(text: str) -> tuple[Polygon | MultiPolygon, str | None]:
    """WKT to a polygon, with a note when heights (Z) were dropped or curves made
    straight; anything but an area refused."""
    geometry, had_z, curved = parse_wkt(text)
    notes = []
    if had_z:
        notes.append(msg("Heights (Z) in the WKT were dropped; plots are stored in 2D."))
    if curved:
        notes.append(msg("Curves (arcs) in the WKT were made straight lines."))
    return geometry, joined(notes, " ") if notes else None


# --- reading the table ----------------------------------------------------------------


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise FormCsvError(msg("{name} is neither UTF-8 nor Windows-1252 text. Export the form "
                           "data again as CSV (UTF-8).", name=name))


def _delimiter(first_line: str) -> str:
    """The delimiter from the header line, which holds no geoshape or WKT values."""
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.strip().lower()).strip("_")


def _parses(values: list[str], parser) -> bool:
    sample = [v for v in values if v.strip()][:_SAMPLE_ROWS]
    if not sample:
        return False
    good = 0
    for value in sample:
        try:
            parser(value)
            good += 1
        except FormCsvError:
            pass
    return good * 2 >= len(sample)


def _geoshape_ring(value: str) -> None:
    if len(parse_geoshape(value)) < 3:
        raise FormCsvError(msg("fewer than 3 points"))


def _wkt_shape(value: str) -> None:
    parse_wkt(value, straighten=False)


def _coordinate(value: str) -> float:
    try:
        return _number(khmer_digits_to_ascii(value).strip().replace(",", "."))
    except ValueError:
        raise FormCsvError(msg("'{value}' is not a number.", value=_short(value))) from None


def _named(headers: list[str], names: tuple[str, ...]) -> list[str]:
    """Headers whose last word (after a group prefix like 'plot/' or '_gps_') is a name."""
    found = []
    for header in headers:
        key = _key(header)
        last = key.rsplit("_", 1)[-1] if key else ""
        if key in names or last in names or any(key.endswith(n) for n in names if len(n) > 3):
            found.append(header)
    return found


def _detect(headers: list[str], rows: list[list[str]]) -> tuple[str, str, str | None]:
    def values(header: str) -> list[str]:
        index = headers.index(header)
        return [row[index] for row in rows]

    for header in _named(headers, _SHAPE_NAMES):
        if _parses(values(header), _geoshape_ring):
            return header, "geoshape", None
        if _parses(values(header), _wkt_shape):
            return header, "wkt", None
    for header in headers:
        if _parses(values(header), _wkt_shape):
            return header, "wkt", None
    lons, lats = _named(headers, _LON_NAMES), _named(headers, _LAT_NAMES)
    for lon in lons:
        for lat in lats:
            if lon != lat and _parses(values(lon), _coordinate) and _parses(
                values(lat), _coordinate
            ):
                return lon, "lonlat", lat
    raise FormCsvError(msg(
        "No boundary column was found. The table needs a column named like 'geoshape' or "
        "'boundary' holding 'lat lon alt acc; ...' points, a column of WKT polygons, or "
        "'longitude' and 'latitude' columns."
    ))


def read_form_csv(path: str | Path) -> FormTable:
    """Read a phone-form CSV and find its geometry column; refuses with FormCsvError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormCsvError(msg("{name} cannot be read ({error}).", name=path.name,
                               error=exc.strerror)) from None
    text, encoding = _decode(data, path.name)
    if not text.strip():
        raise FormCsvError(msg("{name} is empty. Export the form data again.",
                               name=path.name))
    text = text.replace("\x00", "")
    first_line = text.lstrip("\r\n").splitlines()[0] if text.strip() else ""
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line)))
    except csv.Error as exc:
        raise FormCsvError(msg("{name} is not a readable CSV table ({error}).",
                               name=path.name, error=str(exc))) from None
    numbered = [(n, r) for n, r in enumerate(records, start=1) if any(c.strip() for c in r)]
    if not numbered:
        raise FormCsvError(msg("{name} holds no rows. Export the form data again.",
                               name=path.name))
    (_header_row, headers), body = numbered[0], numbered[1:]
    headers = [h.strip() for h in headers]
    width = len(headers)
    rows = [(r + [""] * width)[:width] for _n, r in body]
    column, kind, lat = _detect(headers, rows)
    return FormTable(headers, rows, column, kind, lat, [n for n, _r in body], encoding)


def _polygon_from_points(points: list[tuple[float, float]]) -> Polygon:
    distinct = list(dict.fromkeys(points))
    if len(distinct) < 3:
        raise FormCsvError(msg("The boundary has {count} distinct points; a plot needs "
                               "at least 3. Walk the boundary again.", count=len(distinct)))
    if points[0] != points[-1]:
        points = points + [points[0]]
    return Polygon(points)


def rows_to_polygons(table: FormTable) -> list[RowResult]:
    """Each row's boundary as a polygon (rings are closed), or the problem with it."""
    if table.kind == "lonlat":
        raise FormCsvError(msg("This table holds points (longitude and latitude columns), not "
                               "boundaries; import it as points or a walked track."))
    index = table.headers.index(table.geometry_column)
    numbers = table.row_numbers or list(range(2, len(table.rows) + 2))
    results = []
    for number, row in zip(numbers, table.rows, strict=True):
        value = row[index]
        if not value.strip():
            results.append(RowResult(number, None, msg(
                "Row {row} has no boundary in column '{column}'.",
                row=number, column=table.geometry_column)))
            continue
        try:
            if table.kind == "geoshape":
                results.append(RowResult(number, _polygon_from_points(parse_geoshape(value))))
            else:
                polygon, had_z, curved = parse_wkt(value)
                note = msg("Heights (Z) in the WKT were dropped.") if had_z else None
                results.append(RowResult(number, polygon, None, note, had_z, curved))
        except FormCsvError as exc:
            results.append(RowResult(number, None, msg(
                "Row {row}, column '{column}': {problem}",
                row=number, column=table.geometry_column, problem=as_message(exc))))
    return results


def rows_to_points(table: FormTable) -> list[PointResult]:
    """Each row of a lon/lat table as a (longitude, latitude) point, or its problem."""
    if table.kind != "lonlat" or table.latitude_column is None:
        raise FormCsvError(msg("This table holds boundaries, not longitude/latitude points."))
    lon_index = table.headers.index(table.geometry_column)
    lat_index = table.headers.index(table.latitude_column)
    numbers = table.row_numbers or list(range(2, len(table.rows) + 2))
    results = []
    for number, row in zip(numbers, table.rows, strict=True):
        try:
            lon, lat = _coordinate(row[lon_index]), _coordinate(row[lat_index])
        except FormCsvError as exc:
            results.append(PointResult(number, None, msg(
                "Row {row}: {problem}", row=number, problem=as_message(exc))))
            continue
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            results.append(PointResult(number, None, msg(
                "Row {row}: longitude {lon}, latitude {lat} is not a place on Earth.",
                row=number, lon=lon, lat=lat)))
            continue
        results.append(PointResult(number, (lon, lat)))
    return results
