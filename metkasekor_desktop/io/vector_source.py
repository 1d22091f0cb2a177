"""Any plot source file read into plain features: geometries, attributes and read notes.

:func:`open_source` checks the file (damaged files are refused before reading) and lists
its layers; :func:`read_layer` reads one layer into :class:`SourceFeatures`, in the
source's own coordinate system: reprojection, validity and duplicate checks belong to
the import that follows. Everything is read-only and nothing is written next to the
source; a zip or KMZ is extracted into a temporary folder that :meth:`SourceInfo.close`
removes. Which reader reads a file is said by its entry in :mod:`import_formats`.

GIS formats are read with GDAL's Arrow stream, which hands over each geometry's own
ISO WKB: its type code tells, per feature, whether Z or M values were present and
whether it was a curve. Curves cannot be parsed by GEOS, so just those features are read
again through pyogrio's classic path, where GDAL linearises them. Phone-form CSV and
GPX files, boundaries walked in the field, are read by :mod:`walked_sources`.
"""

from __future__ import annotations

import math
import os
import shutil
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import numpy as np
import shapely
from shapely.errors import ShapelyError

from metkasekor_desktop.domain.messages import Message, joined, msg
from metkasekor_desktop.io.file_checks import SourceCheck, check_source
from metkasekor_desktop.io.import_formats import FORM_CSV, GPX, ImportFormat, format_for
from metkasekor_desktop.io.long_text import restore_long_text
from metkasekor_desktop.io.source_features import (
    Progress,
    SourceError,
    SourceFeatures,
    SourceInfo,
    SourceLayer,
)
from metkasekor_desktop.io.temp_files import make_temp_dir
from metkasekor_desktop.io.text_encoding import codec_name, declared_dbf_encoding
from metkasekor_desktop.io.walked_sources import (
    gpx_layers,
    open_form_csv,
    read_form_csv_layer,
    read_gpx_layer,
)

_CURVE_TYPES = (8, 9, 10, 11, 12)  # CircularString ... MultiSurface
_CURVE_NAMES = ("CIRCULARSTRING", "COMPOUNDCURVE", "CURVEPOLYGON", "MULTICURVE", "MULTISURFACE")
_SURFACE_TYPES = (13, 14, 15, 16, 17)  # Curve, Surface, PolyhedralSurface, TIN, Triangle
_SURFACE_NAMES = {
    15: msg("PolyhedralSurface (a 3D surface of faces, as a MultiPatch is read)"),
    16: msg("TIN (a triangulated surface, e.g. terrain)"), 17: msg("Triangle")}


# --- opening --------------------------------------------------------------------------


def open_source(path: str | Path, member: str | None = None) -> SourceInfo:
    """Check a source file and list its layers; refuses with :class:`SourceError`.

    ``member``: in a zip holding several GIS files, the one to read (its name)."""
    path = Path(path)
    chosen = format_for(path)
    if chosen is not None and chosen.reader == FORM_CSV:
        return open_form_csv(path)
    check = check_source(path, member)
    if check.refused:
        check.cleanup()
        fatal = [p.message for p in check.problems if p.fatal] or [
            msg("{file} cannot be imported.", file=path.name)
        ]
        raise SourceError(joined(fatal, " "))
    try:
        _stage_for_gdal(check)
        read_path = _read_path(check)
        fmt = _format(read_path)  # of what is read: the file inside a zip
        if fmt.reader == GPX:
            layers = gpx_layers(read_path)
            return SourceInfo(path, check.kind, layers, check)
        declared = declared_dbf_encoding(read_path) if fmt.dbf else None
        layers = _ogr_layers(read_path, fmt, declared)
        return SourceInfo(path, check.kind, layers, check, declared)
    except BaseException:
        check.cleanup()
        raise


def _format(path: Path) -> ImportFormat:
    fmt = format_for(path)
    if fmt is None:  # the checks let through only readable formats
        raise SourceError(msg("{file} is not a file type that can be imported.",
                              file=path.name))
    return fmt


def _stage_for_gdal(check: SourceCheck) -> None:
    """Give GDAL a path it reads as a plain file: pyogrio takes a "!" in a path for the
    separator of a file inside an archive ("a.zip!b.shp"), and "x://" for a web address.
    Such a file (a Shapefile with its sidecars, a FileGDB folder) is linked or copied into
    a private temporary folder under a name without them; the source is never touched.
    So is a file that GDAL writes beside while reading (GML's .gfs), unless it is an
    archive's extracted copy already."""
    path = check.path_to_read
    if path is None:
        return
    fmt = format_for(path)
    private = fmt is not None and fmt.private_copy and check.workdir is None
    if not private and "!" not in str(path) and "://" not in str(path):
        return
    folder = make_temp_dir("import")
    stem = path.stem.replace("!", "_").replace(":", "_") or "source"
    try:
        if path.is_dir():
            shutil.copytree(path, folder / f"{stem}{path.suffix}")
        else:
            for item in path.parent.iterdir():
                if item.is_file() and item.stem == path.stem:
                    _link_or_copy(item, folder / f"{stem}{item.suffix}")
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise SourceError(msg("{file} cannot be read ({reason}). Copy it to a "
                              "folder whose name has no '!' and import it from there.",
                              file=path.name, reason=exc.strerror or str(exc))) from None
    check.cleanup()  # an archive's first folder: the copy is what is read now
    check.workdir = folder
    check.path_to_read = folder / f"{stem}{path.suffix}"


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # instant, and no second copy of a large file
    except OSError:
        shutil.copyfile(source, target)


def _read_path(check: SourceCheck) -> Path:
    if check.path_to_read is None or not check.path_to_read.exists():
        raise SourceError(msg("The source file is no longer available (it was closed or "
                              "moved). Choose the file again."))
    return check.path_to_read


def _ogr_layers(path: Path, fmt: ImportFormat, declared: str | None) -> list[SourceLayer]:
    try:
        with _quiet():
            layers = _list_layers(path, fmt, declared)
    except (RuntimeError, OSError, UnicodeDecodeError) as exc:
        raise SourceError(_damaged(path, exc)) from None
    if not layers:
        raise SourceError(msg("{file} holds no layers with geometries, so there are no "
                              "plot boundaries in it.", file=path.name))
    return layers


def _list_layers(path: Path, fmt: ImportFormat, declared: str | None) -> list[SourceLayer]:
    import pyogrio

    layers = []
    options = _options(fmt, declared)
    for name, geometry_type in pyogrio.list_layers(path):
        if geometry_type is None:
            continue  # an attribute table without geometry, e.g. in a GeoPackage
        meta = pyogrio.read_info(path, layer=name, force_feature_count=True, **options)
        shown = str(name) if fmt.layered else ""
        count = int(meta.get("features", -1))
        kind_of = str(meta.get("geometry_type") or "Unknown")
        if kind_of == "Unknown" and count > 0:
            kind_of = _sampled_type(path, str(name), options)
        layers.append(SourceLayer(shown, count, kind_of, [str(f) for f in meta["fields"]]))
    return layers


def _sampled_type(path: Path, layer: str, options: dict) -> str:
    """The geometry type of a layer that does not declare one (KML folders, mixed
    GeoPackage layers), from its first features: "Point", or "Mixed (Point, Polygon)"."""
    from pyogrio.raw import read

    try:
        _meta, _fids, wkbs, _fields = read(path, layer=layer, columns=[], max_features=200,
                                           **options)
    except (RuntimeError, ValueError, OSError):
        return "Unknown"
    names = {1: "Point", 2: "LineString", 3: "Polygon", 4: "MultiPoint",
             5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}
    found = sorted({names.get((_wkb_code(b) & 0x0FFFFFFF) % 1000, "Unknown")
                    for b in wkbs if b is not None})
    if not found:
        return "Unknown"
    return found[0] if len(found) == 1 else f"Mixed ({', '.join(found)})"


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence pyogrio's warning about M types: M is detected per feature and reported."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*Measured \(M\) geometry types")
        yield


def _damaged(path: Path, exc: BaseException) -> Message:
    return msg("{file} cannot be read ({reason}). It may be damaged; copy it again from the "
               "original.", file=path.name, reason=_first_line(exc))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _options(fmt: ImportFormat | None, encoding: str | None) -> dict[str, str]:
    """pyogrio's keyword arguments: the format's GDAL open options and the text encoding."""
    options = dict(fmt.open_options) if fmt is not None else {}
    if encoding:
        options["encoding"] = _gdal_encoding(encoding)
    return options


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
               progress: Progress | None = None, group: str | None = None) -> SourceFeatures:
    """Read one layer's features, geometries in the source CRS, without stopping on one.

    ``group``: in a CSV of longitude/latitude rows, the column that says which plot each
    point belongs to."""
    path = _read_path(info.check)
    fmt = _format(path)  # of what is read: the file inside a zip
    if fmt.reader == FORM_CSV:
        return read_form_csv_layer(path, progress, group)
    if fmt.reader == GPX:
        return read_gpx_layer(path, _layer(info, layer).name or "tracks", progress)
    chosen = _layer(info, layer)
    text_encoding = None
    if fmt.dbf:
        text_encoding = codec_name(encoding or info.declared_encoding or "utf-8")
    try:
        features = _read_ogr(path, fmt, chosen, text_encoding, progress)
    except SourceError:
        raise
    except (UnicodeDecodeError, ValueError) as exc:
        if not fmt.dbf or not _is_decode_error(exc):
            raise SourceError(msg("{file} cannot be read ({reason}).", file=path.name,
                                  reason=_first_line(exc))) from None
        raise SourceError(_encoding_message(path, encoding, info.declared_encoding),
                          needs_encoding=True) from None
    except (RuntimeError, OSError) as exc:
        raise SourceError(_damaged(path, exc)) from None
    if fmt.dbf:  # our export's text cut at 254 bytes, made whole again
        restore_long_text(features, path, info.path, info.check.workdir)
    return features


def _is_decode_error(exc: BaseException) -> bool:
    return isinstance(exc, UnicodeDecodeError) or "utf8" in str(exc).lower().replace("-", "")


def _encoding_message(path: Path, chosen: str | None, declared: str | None) -> Message:
    dbf = path.with_suffix(".dbf").name
    if chosen:
        return msg("The text in {file} is not valid {encoding}. Choose the encoding in which "
                   "the names read correctly.", file=dbf, encoding=chosen)
    if declared:
        return msg("{stem}.cpg says the text in {file} is {encoding}, but some names are "
                   "not valid {encoding}. Choose the encoding in which the names read "
                   "correctly.", stem=path.stem, file=dbf, encoding=declared)
    return msg("The text in {file} is not UTF-8 and the Shapefile does not say which encoding "
               "it uses (there is no .cpg file). Choose the encoding in which the names read "
               "correctly.", file=dbf)


def _layer(info: SourceInfo, name: str) -> SourceLayer:
    if not info.layers:
        raise SourceError(msg("{file} has no layers to read.", file=info.path.name))
    if not name:
        return info.layers[0]
    for layer in info.layers:
        if layer.name == name:
            return layer
    names = ", ".join(f"'{layer.name}'" for layer in info.layers if layer.name)
    raise SourceError(msg("{file} has no layer '{layer}'. Choose one of: {names}.",
                          file=info.path.name, layer=name, names=names))


def _read_ogr(path: Path, fmt: ImportFormat, layer: SourceLayer, text_encoding: str | None,
              progress: Progress | None) -> SourceFeatures:
    from pyogrio.raw import open_arrow

    total = layer.feature_count
    batch = 65536 if total <= 0 else min(65536, max(1000, math.ceil(total / 20)))
    options = _options(fmt, text_encoding)
    wkb_chunks: list = []
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
            wkb_chunks.append(record_batch.column(names.index(geometry_column)))
            fids.extend(record_batch.column(names.index(fid_column)).to_pylist())
            if progress:
                progress(len(fids), max(total, len(fids)))
    wkbs, codes = _wkbs_and_codes(wkb_chunks)
    geometries, had_z, had_m, was_curve, notes = _geometries(
        wkbs, lambda wanted: _linear(path, layer.name, wanted, fids, options), codes
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


def _wkbs_and_codes(chunks: list) -> tuple[list[bytes | None], np.ndarray]:
    """The WKB of each feature, and its geometry type code (-1: none or too short to
    hold one) read from the Arrow buffers at once, not one feature at a time."""
    import pyarrow as pa

    if not chunks:
        return [], np.empty(0, dtype=np.int64)
    array = pa.concat_arrays([getattr(c, "storage", c).cast(pa.large_binary()) for c in chunks])
    n = len(array)
    wkbs = array.to_pylist()
    _validity, offsets_buffer, data_buffer = array.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=np.int64)[array.offset:array.offset + n + 1]
    data = np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None \
        else np.empty(0, dtype=np.uint8)
    starts = offsets[:-1]
    whole = (np.diff(offsets) >= 5) & ~array.is_null().to_numpy(zero_copy_only=False)
    codes = np.full(n, -1, dtype=np.int64)
    if whole.any():
        at = starts[whole]
        head = data[at[:, None] + np.arange(5)].astype(np.int64)  # order byte, 4 type bytes
        little = head[:, 1] | head[:, 2] << 8 | head[:, 3] << 16 | head[:, 4] << 24
        big = head[:, 4] | head[:, 3] << 8 | head[:, 2] << 16 | head[:, 1] << 24
        codes[whole] = np.where(head[:, 0] == 1, little, big)
    return wkbs, codes


def _wkb_code(wkb: bytes | None) -> int:
    if not wkb or len(wkb) < 5:
        return -1
    return int.from_bytes(wkb[1:5], "little" if wkb[0] == 1 else "big")


def _flat_zero(geometries: np.ndarray, flagged: np.ndarray) -> np.ndarray:
    """Features whose heights are all 0: Google Earth writes "lon,lat,0" for every
    point, which holds no height worth reporting as dropped."""
    out = np.zeros(len(geometries), dtype=bool)
    rows = np.flatnonzero(flagged)
    if not len(rows):
        return out
    coords, index = shapely.get_coordinates(geometries[rows], include_z=True,
                                            return_index=True)
    nonzero = np.zeros(len(rows), dtype=bool)
    np.logical_or.at(nonzero, index, np.nan_to_num(coords[:, 2], nan=0.0) != 0.0)
    out[rows[~nonzero]] = True
    return out


def _geometries(wkbs: list[bytes | None], linearise: Callable[[np.ndarray], list],
                codes: np.ndarray | None = None):
    """Shapely geometries (2D, linear) and per feature: Z or M dropped, curve, notes
    (``codes``: the WKB type code of each, when known already)."""
    n = len(wkbs)
    if codes is None:
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
                notes[int(i) + 1] = [msg(
                    "Feature {number} is a geometry collection holding curves, which cannot "
                    "be read. Convert its curves to lines in your GIS and import it again.",
                    number=int(i) + 1)]
            geometries[i] = geometry
    for i in np.flatnonzero((codes >= 0) & np.isin(base, (15, 16, 17))):
        geometries[i] = None  # a surface of faces is not a plot outline, however read
        notes[int(i) + 1] = [msg(
            "Feature {number} is a {kind}, not a plot outline, so it is not imported. Export "
            "the plot boundaries as polygons from your GIS.", number=int(i) + 1,
            kind=_SURFACE_NAMES[int(base[i])])]
    unreadable = (codes >= 0) & shapely.is_missing(geometries)
    for i in np.flatnonzero(unreadable):
        notes.setdefault(int(i) + 1, [msg(
            "Feature {number}: its geometry cannot be read (damaged or of an unknown type).",
            number=int(i) + 1)])
    extra = (had_z | had_m | redo) & ~unreadable  # GDAL keeps Z on the curves it redid
    had_z = had_z & ~_flat_zero(geometries, had_z & ~unreadable)
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
