"""Any plot source file read into plain features: geometries, attributes and read notes.

:func:`open_source` checks the file (damaged files are refused before reading) and lists
its layers; :func:`read_layer` reads one layer into :class:`SourceFeatures`, in the
source's own coordinate system: reprojection, validity and duplicate checks belong to
the import that follows. Everything is read-only and nothing is written next to the
source; a zip or KMZ is extracted into a temporary folder that :meth:`SourceInfo.close`
removes.

GIS formats are read with GDAL's Arrow stream, which hands over each geometry's own
ISO WKB: its type code tells, per feature, whether Z or M values were present and
whether it was a curve. Curves cannot be parsed by GEOS, so just those features are read
again through pyogrio's classic path, where GDAL linearises them.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import numpy as np
import shapely
from shapely.errors import ShapelyError
from shapely.geometry import Polygon

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.io.file_checks import FileProblem, SourceCheck, check_source
from metkasekor_desktop.io.form_csv import (
    FormCsvError,
    FormTable,
    _key,
    read_form_csv,
    rows_to_polygons,
)
from metkasekor_desktop.io.gpx import GpxData, GpxError, points_in_walk_order, read_gpx
from metkasekor_desktop.io.text_encoding import codec_name, declared_dbf_encoding

Progress = Callable[[int, int], None]

CSV_SUFFIXES = (".csv", ".txt")
GPX_LAYERS = ("tracks", "routes", "waypoints")
_CURVE_TYPES = (8, 9, 10, 11, 12)  # CircularString ... MultiSurface
_CURVE_NAMES = ("CIRCULARSTRING", "COMPOUNDCURVE", "CURVEPOLYGON", "MULTICURVE", "MULTISURFACE")
_SURFACE_TYPES = (13, 14, 15, 16, 17)  # Curve, Surface, PolyhedralSurface, TIN, Triangle
_GROUP_NAMES = ("plot_code", "plot_id", "plotcode", "plotid", "plot", "code")
_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")


class SourceError(DomainError):
    """A source file, layer or encoding that cannot be read; the message says what to do.

    ``needs_encoding`` is True when choosing another text encoding would let it be read.
    """

    def __init__(self, message: str, needs_encoding: bool = False) -> None:
        super().__init__(message)
        self.needs_encoding = needs_encoding


@dataclass
class SourceLayer:
    """One layer of a source file, as the wizard lists it."""

    name: str  # to pass to read_layer ("" for files with no layers of their own)
    feature_count: int  # -1 if unknown
    geometry_type: str  # as GDAL says: "Polygon", "MultiPolygon", "Point", "CurvePolygon"...
    fields: list[str]


@dataclass
class SourceInfo:
    """A checked source file and its layers; :meth:`close` removes temporary files."""

    path: Path  # the file the user chose
    kind: str  # "shapefile" | "geopackage" | "geojson" | "kml" | "gpx" | "csv"
    layers: list[SourceLayer]
    check: SourceCheck
    declared_encoding: str | None = None  # shapefile: from the .cpg or the DBF header

    def close(self) -> None:
        self.check.cleanup()

    def __enter__(self) -> SourceInfo:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@dataclass
class SourceFeatures:
    """One layer's features in the source CRS, one entry per feature in every list."""

    layer: str
    columns: list[str]
    values: dict[str, list[object]]
    geometries: np.ndarray  # shapely geometries, 2D and linear; None where there is none
    numbers: list[int]  # 1-based feature number (CSV: spreadsheet row number)
    had_z: np.ndarray
    had_m: np.ndarray
    was_curve: np.ndarray
    crs_wkt: str | None
    crs_epsg: int | None
    encoding: str | None
    notes: dict[int, list[str]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.numbers)


# --- opening --------------------------------------------------------------------------


def open_source(path: str | Path) -> SourceInfo:
    """Check a source file and list its layers; refuses with :class:`SourceError`."""
    path = Path(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return _open_csv(path)
    check = check_source(path)
    if check.refused:
        check.cleanup()
        fatal = [p.message for p in check.problems if p.fatal] or [
            f"{path.name} cannot be imported."
        ]
        raise SourceError(" ".join(fatal))
    try:
        read_path = _read_path(check)
        if check.kind == "gpx":
            layers = _gpx_layers(_gpx(read_path))
            return SourceInfo(path, "gpx", layers, check)
        declared = declared_dbf_encoding(read_path) if check.kind == "shapefile" else None
        layers = _ogr_layers(read_path, check.kind, declared)
        return SourceInfo(path, check.kind, layers, check, declared)
    except BaseException:
        check.cleanup()
        raise


def _read_path(check: SourceCheck) -> Path:
    if check.path_to_read is None or not check.path_to_read.exists():
        raise SourceError("The source file is no longer available (it was closed or moved). "
                          "Choose the file again.")
    return check.path_to_read


def _ogr_layers(path: Path, kind: str, declared: str | None) -> list[SourceLayer]:
    try:
        with _quiet():
            layers = _list_layers(path, kind, declared)
    except (RuntimeError, OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path.name} cannot be read ({_first_line(exc)}). It may be "
                          "damaged; copy it again from the original.") from None
    if not layers:
        raise SourceError(f"{path.name} holds no layers with geometries, so there are no "
                          "plot boundaries in it.")
    return layers


def _list_layers(path: Path, kind: str, declared: str | None) -> list[SourceLayer]:
    import pyogrio

    layers = []
    options = {"encoding": _gdal_encoding(declared)} if declared else {}
    for name, geometry_type in pyogrio.list_layers(path):
        if geometry_type is None:
            continue  # an attribute table without geometry, e.g. in a GeoPackage
        meta = pyogrio.read_info(path, layer=name, force_feature_count=True, **options)
        shown = "" if kind in ("shapefile", "geojson") else str(name)
        layers.append(SourceLayer(shown, int(meta.get("features", -1)),
                                  str(meta.get("geometry_type") or "Unknown"),
                                  [str(f) for f in meta["fields"]]))
    return layers


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence pyogrio's warning about M types: M is detected per feature and reported."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*Measured \(M\) geometry types")
        yield


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _gdal_encoding(encoding: str) -> str:
    """A Python codec name as GDAL's recoder (iconv) spells it: cp874 -> CP874."""
    name = codec_name(encoding)
    if name == "latin-1":
        return "ISO-8859-1"
    if name.startswith("iso8859-"):
        return "ISO-8859-" + name.split("-", 1)[1]
    return name.upper().replace("_", "-")


# --- reading --------------------------------------------------------------------------


def read_layer(info: SourceInfo, layer: str = "", encoding: str | None = None,
               progress: Progress | None = None) -> SourceFeatures:
    """Read one layer's features, geometries in the source CRS, without stopping on one."""
    if info.kind == "csv":
        return _read_csv(info, progress)
    path = _read_path(info.check)
    if info.kind == "gpx":
        return _read_gpx(path, _layer(info, layer).name or "tracks", progress)
    chosen = _layer(info, layer)
    text_encoding = None
    if info.kind == "shapefile":
        text_encoding = codec_name(encoding or info.declared_encoding or "utf-8")
    try:
        return _read_ogr(path, info, chosen, text_encoding, progress)
    except SourceError:
        raise
    except (UnicodeDecodeError, ValueError) as exc:
        if info.kind != "shapefile" or not _is_decode_error(exc):
            raise SourceError(f"{path.name} cannot be read ({_first_line(exc)}).") from None
        raise SourceError(_encoding_message(path, encoding, info.declared_encoding),
                          needs_encoding=True) from None
    except (RuntimeError, OSError) as exc:
        raise SourceError(f"{path.name} cannot be read ({_first_line(exc)}). It may be "
                          "damaged; copy it again from the original.") from None


def _is_decode_error(exc: BaseException) -> bool:
    return isinstance(exc, UnicodeDecodeError) or "utf8" in str(exc).lower().replace("-", "")


def _encoding_message(path: Path, chosen: str | None, declared: str | None) -> str:
    dbf = path.with_suffix(".dbf").name
    if chosen:
        return (f"The text in {dbf} is not valid {chosen}. Choose the encoding in which "
                "the names read correctly.")
    if declared:
        return (f"{path.stem}.cpg says the text in {dbf} is {declared}, but some names are "
                f"not valid {declared}. Choose the encoding in which the names read correctly.")
    return (f"The text in {dbf} is not UTF-8 and the Shapefile does not say which encoding "
            "it uses (there is no .cpg file). Choose the encoding in which the names read "
            "correctly.")


def _layer(info: SourceInfo, name: str) -> SourceLayer:
    if not info.layers:
        raise SourceError(f"{info.path.name} has no layers to read.")
    if not name:
        return info.layers[0]
    for layer in info.layers:
        if layer.name == name:
            return layer
    names = ", ".join(f"'{layer.name}'" for layer in info.layers if layer.name)
    raise SourceError(f"{info.path.name} has no layer '{name}'. Choose one of: {names}.")


def _read_ogr(path: Path, info: SourceInfo, layer: SourceLayer, text_encoding: str | None,
              progress: Progress | None) -> SourceFeatures:
    from pyogrio.raw import open_arrow

    total = layer.feature_count
    batch = 65536 if total <= 0 else min(65536, max(1000, math.ceil(total / 20)))
    options = {"encoding": _gdal_encoding(text_encoding)} if text_encoding else {}
    wkbs: list[bytes | None] = []
    fids: list[int] = []
    columns: list[str] = []
    values: dict[str, list[object]] = {}
    with _quiet(), open_arrow(path, layer=layer.name or None, return_fids=True,
                              batch_size=batch, use_pyarrow=True, **options) as (meta, reader):
        columns = [str(c) for c in meta["fields"]]
        values = {c: [] for c in columns}
        geometry_column = meta.get("geometry_name") or "wkb_geometry"
        fid_column = meta.get("fid_column") or "OGC_FID"
        if progress:
            progress(0, max(total, 0))
        for record_batch in reader:
            names = record_batch.schema.names
            for column in columns:
                values[column].extend(_pylist(record_batch.column(names.index(column))))
            wkbs.extend(record_batch.column(names.index(geometry_column)).to_pylist())
            fids.extend(record_batch.column(names.index(fid_column)).to_pylist())
            if progress:
                progress(len(wkbs), max(total, len(wkbs)))
    geometries, had_z, had_m, was_curve, notes = _geometries(
        wkbs, lambda wanted: _linear(path, layer.name, wanted, fids, options)
    )
    crs_wkt, crs_epsg = _crs(meta.get("crs"))
    return SourceFeatures(
        layer.name, columns, values, geometries, list(range(1, len(wkbs) + 1)),
        had_z, had_m, was_curve, crs_wkt, crs_epsg, text_encoding or "utf-8", notes,
    )


def _pylist(column) -> list[object]:
    """An Arrow column as plain values: text, numbers, dates, booleans or None."""
    import pyarrow as pa

    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        column.validate(full=True)  # raises on bytes that are not UTF-8
    items = column.to_pylist()
    if pa.types.is_floating(kind):
        return [None if v is None or math.isnan(v) else v for v in items]
    if pa.types.is_primitive(kind) or pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return items  # ints, booleans, dates and timestamps come out as Python values
    return [None if v is None else _plain(v) for v in items]


def _plain(value: object) -> object:
    if isinstance(value, (str, int, float, date, datetime)):
        return value
    if isinstance(value, bytes):
        return value.hex()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _wkb_code(wkb: bytes | None) -> int:
    if not wkb or len(wkb) < 5:
        return -1
    return int.from_bytes(wkb[1:5], "little" if wkb[0] == 1 else "big")


def _geometries(wkbs: list[bytes | None], linearise: Callable[[np.ndarray], list]):
    """Shapely geometries (2D, linear) and per feature: Z or M dropped, curve, notes."""
    n = len(wkbs)
    codes = np.fromiter((_wkb_code(b) for b in wkbs), dtype=np.int64, count=n)
    iso = codes & 0x0FFFFFFF
    base, dims = iso % 1000, iso // 1000
    had_z = (codes >= 0) & (((codes & 0x80000000) != 0) | (dims == 1) | (dims == 3))
    had_m = (codes >= 0) & (((codes & 0x40000000) != 0) | (dims == 2) | (dims == 3))
    was_curve = np.isin(base, _CURVE_TYPES) & (codes >= 0)
    redo = was_curve | (np.isin(base, _SURFACE_TYPES) & (codes >= 0))
    geometries = np.full(n, None, dtype=object)
    wkb_array = np.array(wkbs + [None], dtype=object)[:n]
    plain = (codes >= 0) & ~redo
    notes: dict[int, list[str]] = {}
    try:
        geometries[plain] = shapely.from_wkb(wkb_array[plain], on_invalid="ignore")
    except (NotImplementedError, ShapelyError):
        for i in np.flatnonzero(plain):  # a collection holding a curve: find which
            try:
                geometries[i] = shapely.from_wkb(wkb_array[i], on_invalid="ignore")
            except (NotImplementedError, ShapelyError):
                redo[i] = was_curve[i] = True
    for i in np.flatnonzero(plain & (base == 7)):  # GEOS keeps curves found inside these
        if geometries[i] is not None and _has_curve(geometries[i]):
            redo[i] = was_curve[i] = True
    if redo.any():
        wanted = np.flatnonzero(redo)
        for i, geometry in zip(wanted, linearise(wanted), strict=True):
            if geometry is not None and base[i] == 7 and _has_curve(geometry):
                geometry = None  # GDAL linearises curves only at the top level
                notes[int(i) + 1] = [
                    f"Feature {i + 1} is a geometry collection holding curves, which cannot "
                    "be read. Convert its curves to lines in your GIS and import it again."]
            geometries[i] = geometry
    unreadable = (codes >= 0) & shapely.is_missing(geometries)
    for i in np.flatnonzero(unreadable):
        notes.setdefault(int(i) + 1, [
            f"Feature {i + 1}: its geometry cannot be read (damaged or of an unknown type)."])
    extra = (had_z | had_m | redo) & ~unreadable  # GDAL keeps Z on the curves it redid
    if extra.any():
        geometries[extra] = shapely.force_2d(geometries[extra])
    return geometries, had_z, had_m, was_curve, notes


def _has_curve(collection) -> bool:
    """Whether a collection holds a curve (its parts cannot be handled one by one)."""
    text = shapely.to_wkt(collection, rounding_precision=0)
    return any(name in text for name in _CURVE_NAMES)


def _linear(path: Path, layer: str, wanted: np.ndarray, fids: list[int],
            options: dict) -> list:
    """Features read again through GDAL's classic path, which linearises curves."""
    from pyogrio.raw import read

    chosen = np.asarray([fids[i] for i in wanted], dtype=np.int64)
    try:
        with _quiet():
            _meta, _fids, wkbs, _fields = read(path, layer=layer or None, fids=chosen,
                                               **options)
        return list(shapely.from_wkb(np.asarray(wkbs, dtype=object), on_invalid="ignore"))
    except (RuntimeError, ValueError, NotImplementedError, ShapelyError):
        return [None] * len(wanted)  # each is reported as unreadable, the rest still read


def _crs(text: str | None) -> tuple[str | None, int | None]:
    if not text:
        return None, None
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    try:
        crs = CRS.from_user_input(text)
    except CRSError:
        return (text if "[" in text else None), None
    if crs.is_compound and crs.sub_crs_list:
        crs = crs.sub_crs_list[0]  # the horizontal part; heights are dropped
    crs = crs.to_2d()  # GeoJSON with heights says EPSG:4979, the 3D WGS 84
    return crs.to_wkt(), crs.to_epsg(min_confidence=70)


def _wgs84() -> tuple[str, int]:
    from pyproj import CRS

    return CRS.from_epsg(4326).to_wkt(), 4326


def _no_flags(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros(n, dtype=bool), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)


def _as_array(geometries: list) -> np.ndarray:
    array = np.empty(len(geometries), dtype=object)
    array[:] = geometries
    return array


# --- GPX ------------------------------------------------------------------------------


def _gpx(path: Path) -> GpxData:
    try:
        return read_gpx(path)
    except GpxError as exc:
        raise SourceError(str(exc)) from None


def _gpx_layers(data: GpxData) -> list[SourceLayer]:
    counts = {"tracks": len(data.tracks), "routes": len(data.routes),
              "waypoints": 1 if data.waypoints else 0}
    return [SourceLayer(name, counts[name], "Polygon", ["name"])
            for name in GPX_LAYERS if counts[name]]


def _read_gpx(path: Path, layer: str, progress: Progress | None) -> SourceFeatures:
    data = _gpx(path)
    if layer == "waypoints":
        names = [path.stem] if data.waypoints else []
        sources = [("waypoints", 0)] if data.waypoints else []
    else:
        lines = data.tracks if layer == "tracks" else data.routes
        names = [line.name for line in lines]
        sources = [("track" if layer == "tracks" else "route", i) for i in range(len(lines))]
    geometries: list[Polygon | None] = []
    notes: dict[int, list[str]] = {}
    for number, (source, index) in enumerate(sources, start=1):
        try:
            geometries.append(Polygon(points_in_walk_order(data, source, index)))
        except GpxError as exc:
            geometries.append(None)
            notes[number] = [str(exc)]
    if progress:
        progress(len(sources), len(sources))
    wkt, epsg = _wgs84()
    return SourceFeatures(layer, ["name"], {"name": list(names)}, _as_array(geometries),
                          list(range(1, len(sources) + 1)), *_no_flags(len(sources)),
                          wkt, epsg, "utf-8", notes)


# --- phone-form CSV -------------------------------------------------------------------


def _open_csv(path: Path) -> SourceInfo:
    if not path.is_file():
        raise SourceError(f"{path.name} does not exist or is not a file. Choose the file again.")
    table = _form_table(path)
    check = SourceCheck("csv", path, [])
    if not table.encoding.startswith("utf-8"):
        check.problems.append(FileProblem(
            path.name, f"{path.name} is not UTF-8; it was read as {table.encoding}. If names "
            "look wrong, export the form data again as CSV (UTF-8).", fatal=False))
    count = len(_groups(table)[1]) if table.kind == "lonlat" else len(table.rows)
    layer = SourceLayer("", count, "Polygon", _csv_columns(table))
    return SourceInfo(path, "csv", [layer], check)


def _form_table(path: Path) -> FormTable:
    try:
        return read_form_csv(path)
    except FormCsvError as exc:
        message = str(exc)
        prefix = "" if path.name in message else f"{path.name}: "
        raise SourceError(prefix + message) from None


def _csv_columns(table: FormTable) -> list[str]:
    geometry = {table.geometry_column, table.latitude_column}
    return [h for h in table.headers if h not in geometry]


def _groups(table: FormTable) -> tuple[str | None, dict[str, list[int]]]:
    """The plot-code column of a lon/lat table and the row indices of each plot, in order."""
    keys = {h: _key(h) for h in _csv_columns(table)}
    column = None
    for name in _GROUP_NAMES:
        found = [h for h, k in keys.items()  # "group/plot_code" too, not "farmer_code"
                 if k == name or (name != "code" and k.endswith("_" + name))]
        if found:
            column = found[0]
            break
    if column is None:
        return None, {"": list(range(len(table.rows)))} if table.rows else {}
    groups: dict[str, list[int]] = {}
    for index, value in enumerate(table.column(column)):
        groups.setdefault(value.strip(), []).append(index)
    return column, groups


def _read_csv(info: SourceInfo, progress: Progress | None) -> SourceFeatures:
    table = _form_table(_read_path(info.check))
    columns = _csv_columns(table)
    indices = [table.headers.index(c) for c in columns]
    numbers = table.row_numbers or list(range(2, len(table.rows) + 2))
    wkt, epsg = _wgs84()
    had_z: list[bool] = []
    if table.kind == "lonlat":
        chosen, geometries, notes, metres = _lonlat_polygons(table, numbers)
    else:
        chosen, geometries, notes = list(range(len(table.rows))), [], {}
        for result in rows_to_polygons(table):
            geometries.append(result.polygon)
            had_z.append(result.note is not None)  # form_csv notes only heights dropped
            if result.problem:
                notes[result.row] = [result.problem]
        metres = _mostly_metres([g.bounds for g in geometries if g is not None])
    values = {c: [table.rows[r][i].strip() or None for r in chosen]
              for c, i in zip(columns, indices, strict=True)}
    flags = _no_flags(len(chosen))
    if had_z:
        flags[0][:] = had_z
    if progress:
        progress(len(chosen), len(chosen))
    encoding = "utf-8" if table.encoding.startswith("utf-8") else table.encoding
    return SourceFeatures("", columns, values, _as_array(geometries),
                          [numbers[r] for r in chosen], *flags, None if metres else wkt,
                          None if metres else epsg, encoding, notes)


def _mostly_metres(bounds: list[tuple[float, float, float, float]]) -> bool:
    """True when most shapes lie outside the range of degrees: they are in metres."""
    outside = sum(1 for x0, y0, x1, y1 in bounds
                  if max(abs(x0), abs(x1)) > 180 or max(abs(y0), abs(y1)) > 90)
    return bool(bounds) and outside * 2 > len(bounds)


def _number(text: str) -> float | None:
    try:
        value = float(text.translate(_KHMER_DIGITS).strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _lonlat_polygons(table: FormTable, numbers: list[int]):
    """Points of a lon/lat table joined, per plot code and in row order, into polygons."""
    column, groups = _groups(table)
    xs = [_number(v) for v in table.column(table.geometry_column)]
    ys = [_number(v) for v in table.column(table.latitude_column or "")]
    metres = _mostly_metres([(x, y, x, y) for x, y in zip(xs, ys, strict=True)
                             if x is not None and y is not None])
    points: dict[int, tuple[float, float]] = {}
    problems: dict[int, str] = {}
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if x is None or y is None:
            problems[i] = f"Row {numbers[i]}: the longitude or latitude is not a number."
        elif not metres and not (-180 <= x <= 180 and -90 <= y <= 90):
            problems[i] = f"Row {numbers[i]}: longitude {x}, latitude {y} is not on Earth."
        else:
            points[i] = (x, y)
    chosen, geometries, notes = [], [], {}
    for key, rows in groups.items():
        chosen.append(rows[0])
        own = [problems[r] for r in rows if r in problems]
        ring = [points[r] for r in rows if r in points]
        if len(set(ring)) < 3:
            label = f"Plot '{key}'" if column is not None else "The boundary"
            own.append(f"{label} (rows {numbers[rows[0]]}-{numbers[rows[-1]]}) has "
                       f"{len(set(ring))} different point(s); a plot needs at least 3.")
        geometries.append(Polygon(ring) if len(set(ring)) >= 3 else None)
        if column is not None and not key:
            own.append(f"Rows without a value in '{column}' were joined into one plot.")
        if own:
            notes[numbers[rows[0]]] = own
    return chosen, geometries, notes, metres
