"""Checks of a GIS file before it is imported: damaged files are named, not half-read.

GDAL may return fewer or empty features from a damaged file without raising, so the
counts are read here from the files' own headers (Shapefile, index and DBF) and compared.
Everything is read-only; a zip or KMZ is extracted into a fresh temporary folder, never
next to the source, and :meth:`SourceCheck.cleanup` removes that folder.

A :class:`FileProblem` is ``fatal`` when the file cannot be imported at all; a non-fatal
problem with a ``missing_count`` may be imported only with the user's consent (the count
says how many records would be lost); a non-fatal problem without one is a warning.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import struct
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

SHAPE_FILE_CODE = 9994
SQLITE_MAGIC = b"SQLite format 3\x00"
GIS_SUFFIXES = (".gpkg", ".shp", ".geojson", ".json", ".kml", ".gpx")
_KINDS = {
    ".shp": "shapefile",
    ".gpkg": "geopackage",
    ".geojson": "geojson",
    ".json": "geojson",
    ".kml": "kml",
    ".kmz": "kml",
    ".gpx": "gpx",
    ".zip": "zip",
}
# DBF language driver ids (byte 29) that are common in files from the region.
_LANGUAGE_DRIVERS = {
    0x00: "none recorded",
    0x01: "DOS US, code page 437",
    0x02: "DOS Multilingual, code page 850",
    0x03: "Windows ANSI, code page 1252",
    0x4D: "Chinese GBK, code page 936",
    0x57: "ANSI (the system code page, often 1252)",
    0x58: "Western European ANSI, code page 1252",
    0x7C: "Thai, code page 874",
}


@dataclass
class FileProblem:
    """One thing wrong with one file, in words an officer can act on."""

    file: str
    message: str
    fatal: bool = True
    missing_count: int | None = None

    def __str__(self) -> str:
        return self.message


@dataclass
class SourceCheck:
    """What was found: the file to hand to the reader and every problem on the way."""

    kind: str
    path_to_read: Path | None
    problems: list[FileProblem] = field(default_factory=list)
    workdir: Path | None = None

    @property
    def refused(self) -> bool:
        """True when a fatal problem means the file cannot be imported."""
        return self.path_to_read is None or any(p.fatal for p in self.problems)

    @property
    def needs_consent(self) -> bool:
        """True when records would be lost: import only after the user agrees."""
        return any(not p.fatal and p.missing_count is not None for p in self.problems)

    @property
    def warnings(self) -> list[FileProblem]:
        return [p for p in self.problems if not p.fatal and p.missing_count is None]

    def cleanup(self) -> None:
        """Remove the temporary folder of an extracted archive (safe to call twice)."""
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None


def check_source(path: str | Path) -> SourceCheck:
    """Check the file an officer chose to import; never raises for a damaged file."""
    path = Path(path)
    suffix = path.suffix.lower()
    kind = _KINDS.get(suffix, "unknown")
    if not path.is_file():
        return _refuse(
            kind, path, f"{path.name} does not exist or is not a file. Choose the file again."
        )
    if path.stat().st_size == 0:
        return _refuse(
            kind, path, f"{path.name} is empty (0 bytes): it was not copied or saved completely. "
            "Copy it again from the original."
        )
    if suffix == ".zip":
        return _check_zip(path)
    if suffix == ".kmz":
        return _check_kmz(path)
    if kind == "unknown":
        return _refuse(
            kind, path, f"{path.name} is not a file type that can be imported. Choose a "
            "Shapefile (.shp), GeoPackage, GeoJSON, KML, KMZ, GPX or a zip holding one."
        )
    return SourceCheck(kind, path, _check_file(path))


def _refuse(kind: str, path: Path, message: str) -> SourceCheck:
    return SourceCheck(kind, None, [FileProblem(path.name, message)])


def _check_file(path: Path) -> list[FileProblem]:
    suffix = path.suffix.lower()
    if suffix == ".shp":
        return check_shapefile(path)
    if suffix == ".gpkg":
        return check_geopackage(path)
    if suffix in (".geojson", ".json"):
        return check_geojson(path)
    if suffix == ".kml":
        return check_xml(path, "Placemark", "KML")
    return check_xml(path, "gpx", "GPX")


# --- archives -------------------------------------------------------------------------


def _check_zip(path: Path) -> SourceCheck:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if not n.endswith("/")]
            gis = [n for n in names if Path(n).suffix.lower() in GIS_SUFFIXES]
            gis = [n for n in gis if "__MACOSX" not in n]
            if not gis:
                return _refuse(
                    "zip", path, f"{path.name} holds no GIS data (no .shp, .gpkg, .geojson, "
                    ".kml or .gpx inside). Choose the zip that holds the plot boundaries."
                )
            chosen = min(gis, key=lambda n: (_priority(n), n.count("/"), n))
            workdir = Path(tempfile.mkdtemp(prefix="import-"))
            archive.extractall(workdir)  # zipfile drops '..' and absolute parts of names
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        return _refuse(
            "zip", path, f"{path.name} is not a readable zip file ({exc}). It may be damaged "
            "or only partly downloaded; copy it again."
        )
    inner = workdir / chosen
    check = check_source(inner)
    for problem in check.problems:
        problem.message = f"In {path.name}: {problem.message}"
    if len(gis) > 1:
        check.problems.append(FileProblem(
            path.name, f"{path.name} holds {len(gis)} GIS files; {chosen} is imported. "
            "Unzip it and choose another file to import that one instead.", fatal=False,
        ))
    check.workdir = workdir
    return check


def _priority(name: str) -> int:
    order = (".gpkg", ".shp", ".geojson", ".json", ".kml", ".gpx")
    return order.index(Path(name).suffix.lower())


def _check_kmz(path: Path) -> SourceCheck:
    try:
        with zipfile.ZipFile(path) as archive:
            kmls = [n for n in archive.namelist() if n.lower().endswith(".kml")]
            if not kmls:
                return _refuse("kml", path, f"{path.name} holds no .kml document. "
                               "Save the KMZ again from Google Earth or the phone app.")
            chosen = "doc.kml" if "doc.kml" in kmls else kmls[0]
            workdir = Path(tempfile.mkdtemp(prefix="import-"))
            archive.extractall(workdir)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        return _refuse("kml", path, f"{path.name} is not a readable KMZ file ({exc}). "
                       "Copy it again from the original.")
    inner = workdir / chosen
    return SourceCheck("kml", inner, check_xml(inner, "Placemark", "KML"), workdir)


# --- Shapefile ------------------------------------------------------------------------


def _sidecar(shp: Path, suffix: str) -> Path | None:
    """The file next to ``shp`` with the same stem and ``suffix``, in any letter case."""
    exact = shp.with_suffix(suffix)
    if exact.is_file():
        return exact
    for other in shp.parent.iterdir():
        if other.stem == shp.stem and other.suffix.lower() == suffix and other.is_file():
            return other
    return None


def _count_shapes(data: bytes) -> tuple[int, bool]:
    """Complete shape records in a .shp and whether the last one is cut short."""
    offset, count = 100, 0
    while offset + 8 <= len(data):
        _number, words = struct.unpack(">ii", data[offset:offset + 8])
        end = offset + 8 + 2 * words
        if words < 0 or end > len(data):
            return count, True
        count, offset = count + 1, end
    return count, offset != len(data)


def check_shapefile(shp: Path) -> list[FileProblem]:
    """Header, size and the shape/index/record counts of a Shapefile and its sidecars."""
    problems: list[FileProblem] = []
    data = shp.read_bytes()
    if len(data) < 100:
        return [FileProblem(shp.name, f"{shp.name} is only {len(data)} bytes long, shorter than "
                            "a Shapefile header: it is damaged. Copy it again from the original.")]
    code, = struct.unpack(">i", data[:4])
    if code != SHAPE_FILE_CODE:
        return [FileProblem(shp.name, f"{shp.name} is not a Shapefile (its header does not "
                            "start with 9994). Choose the .shp that GIS software wrote.")]
    declared = struct.unpack(">i", data[24:28])[0] * 2
    shapes, cut = _count_shapes(data)
    shx = _sidecar(shp, ".shx")
    dbf = _sidecar(shp, ".dbf")
    index_count = _index_count(shx, shp, problems)
    records = _dbf_count(dbf, shp, problems)
    expected = max(c for c in (index_count, records, shapes) if c is not None)
    if len(data) < declared or cut:
        problems.append(FileProblem(
            shp.name, f"{shp.name} is truncated: its header says {declared} bytes but the file "
            f"has {len(data)}; only {shapes} complete shapes can be read. Copy the Shapefile "
            "again from the original.", missing_count=max(expected - shapes, 0),
        ))
    elif len(data) > declared:
        problems.append(FileProblem(
            shp.name, f"{shp.name} has {len(data) - declared} bytes after the end its header "
            "declares; they are ignored.", fatal=False,
        ))
    if problems and any(p.fatal for p in problems):
        return problems
    counts = [(f"{shp.name}", shapes, "shapes")]
    if index_count is not None and shx is not None:
        counts.append((shx.name, index_count, "index entries"))
    if records is not None and dbf is not None:
        counts.append((dbf.name, records, "records"))
    already = {p.file for p in problems}
    for name, count, what in counts[1:]:
        if count != shapes and name not in already:
            problems.append(FileProblem(
                name, f"{name} has {count} {what} but {shp.name} has {shapes} shapes: the files "
                "do not belong together or one was not saved completely. "
                f"{abs(count - shapes)} plots would be missing; import only if you accept that.",
                fatal=False, missing_count=abs(count - shapes),
            ))
    _sidecar_warnings(shp, dbf, problems)
    return problems


def _index_count(shx: Path | None, shp: Path, problems: list[FileProblem]) -> int | None:
    if shx is None:
        problems.append(FileProblem(
            shp.with_suffix(".shx").name, f"{shp.stem}.shx is missing next to {shp.name}. "
            "A Shapefile is several files: copy all files named "
            f"{shp.stem}.* (.shp, .shx, .dbf, .prj, .cpg) into the same folder.",
        ))
        return None
    size = shx.stat().st_size
    if size < 100:
        problems.append(FileProblem(shx.name, f"{shx.name} is {size} bytes long, shorter than "
                                    "its header: it is damaged. Copy it again from the original."))
        return None
    with shx.open("rb") as stream:
        header = stream.read(100)
    if struct.unpack(">i", header[:4])[0] != SHAPE_FILE_CODE or (size - 100) % 8:
        problems.append(FileProblem(shx.name, f"{shx.name} is not a valid Shapefile index. "
                                    "Copy it again from the original."))
        return None
    return (size - 100) // 8


def _dbf_count(dbf: Path | None, shp: Path, problems: list[FileProblem]) -> int | None:
    if dbf is None:
        problems.append(FileProblem(
            shp.with_suffix(".dbf").name, f"{shp.stem}.dbf (the attribute table) is missing "
            f"next to {shp.name}. Copy all files named {shp.stem}.* into the same folder.",
        ))
        return None
    size = dbf.stat().st_size
    if size < 32:
        problems.append(FileProblem(dbf.name, f"{dbf.name} is {size} bytes long, shorter than "
                                    "its header: it is damaged. Copy it again from the original."))
        return None
    with dbf.open("rb") as stream:
        header = stream.read(32)
    records, header_len, record_len = struct.unpack("<IHH", header[4:12])
    if header_len < 33 or record_len < 1:
        problems.append(FileProblem(dbf.name, f"{dbf.name} is not a valid dBASE table. "
                                    "Copy it again from the original."))
        return None
    complete = max(size - header_len, 0) // record_len
    if complete < records:
        problems.append(FileProblem(
            dbf.name, f"{dbf.name} is truncated: its header says {records} records but only "
            f"{complete} are complete. {records - complete} plots would lose their attributes; "
            "copy the Shapefile again from the original.",
            fatal=False, missing_count=records - complete,
        ))
        return complete
    return records


def _sidecar_warnings(shp: Path, dbf: Path | None, problems: list[FileProblem]) -> None:
    if _sidecar(shp, ".prj") is None:
        problems.append(FileProblem(
            f"{shp.stem}.prj", f"{shp.stem}.prj is missing: the coordinate system of "
            f"{shp.name} is not recorded. Choose it when importing (WGS 84 longitude/latitude "
            "or UTM 48N metres).", fatal=False,
        ))
    if dbf is not None and _sidecar(shp, ".cpg") is None:
        with dbf.open("rb") as stream:
            header = stream.read(30)
        ldid = header[29] if len(header) > 29 else 0
        meaning = _LANGUAGE_DRIVERS.get(ldid, "unknown")
        problems.append(FileProblem(
            f"{shp.stem}.cpg", f"{shp.stem}.cpg is missing, so the text encoding of {dbf.name} "
            f"is not recorded (its language driver id is 0x{ldid:02X}: {meaning}). If Khmer "
            "names look garbled after import, choose the encoding (UTF-8) by hand.", fatal=False,
        ))


# --- GeoPackage -----------------------------------------------------------------------


def check_geopackage(path: Path) -> list[FileProblem]:
    """SQLite header, page count, integrity and gpkg_contents, read-only."""
    with path.open("rb") as stream:
        header = stream.read(100)
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        return [FileProblem(path.name, f"{path.name} is not a GeoPackage (it is not an SQLite "
                            "database). Choose the .gpkg that GIS software wrote.")]
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    size = path.stat().st_size
    if pages and size < page_size * pages:
        return [FileProblem(path.name, f"{path.name} is truncated: it should be "
                            f"{page_size * pages} bytes but is {size}. It was not copied or "
                            "saved completely; copy it again from the original.")]
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            result = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                return [FileProblem(path.name, f"{path.name} is damaged ({result[0]}). Copy "
                                    "it again from the original or from a backup.")]
            tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' "
                "AND name='gpkg_contents'").fetchone()[0]
            if not tables:
                return [FileProblem(path.name, f"{path.name} is an SQLite database but not a "
                                    "GeoPackage (it has no gpkg_contents table).")]
            features = connection.execute(
                "SELECT count(*) FROM gpkg_contents WHERE data_type='features'").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return [FileProblem(path.name, f"{path.name} cannot be read ({exc}). It may be damaged "
                            "or still being written; copy it again from the original.")]
    if not features:
        return [FileProblem(path.name, f"{path.name} holds no feature (vector) tables, so "
                            "there are no plot boundaries in it.")]
    return []


# --- text formats ---------------------------------------------------------------------


def check_geojson(path: Path) -> list[FileProblem]:
    """Valid JSON with at least one feature."""
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        return [FileProblem(path.name, f"{path.name} is not UTF-8 text, as GeoJSON must be. "
                            "Save it again as GeoJSON.")]
    except RecursionError:
        return [FileProblem(path.name, f"{path.name} is nested too deeply to be GeoJSON.")]
    except json.JSONDecodeError as exc:
        return [FileProblem(path.name, f"{path.name} is not valid JSON (line {exc.lineno}, "
                            f"column {exc.colno}: {exc.msg}). It may be cut short; copy it "
                            "again from the original.")]
    kind = document.get("type") if isinstance(document, dict) else None
    if kind == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list) or not features:
            return [FileProblem(path.name, f"{path.name} holds no features.")]
        return []
    if kind in ("Feature", "Polygon", "MultiPolygon", "Point", "GeometryCollection"):
        return []
    return [FileProblem(path.name, f"{path.name} is JSON but not GeoJSON (no "
                        "FeatureCollection). Export the layer as GeoJSON.")]


def check_xml(path: Path, needed: str, label: str) -> list[FileProblem]:
    """Well-formed XML that holds at least one ``needed`` element (any namespace)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        line, column = exc.position
        return [FileProblem(path.name, f"{path.name} is not a well-formed {label} file (line "
                            f"{line}, column {column}). It may be cut short; copy it again.")]
    names = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    if needed not in names:
        return [FileProblem(path.name, f"{path.name} holds no {label} data ({needed}).")]
    return []
