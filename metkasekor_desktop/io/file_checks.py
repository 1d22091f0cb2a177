"""Checks of a GIS file before it is imported: damaged files are named, not half-read.

GDAL may return fewer or empty features from a damaged file without raising, so the
counts are read here from the files' own headers (Shapefile, index and DBF) and compared.
Everything is read-only; of a zip or KMZ only the chosen GIS file (with its sidecars) is
extracted, within the limits of :mod:`archives`, into a fresh temporary folder named by
:mod:`temp_files`, never next to the source; :meth:`SourceCheck.cleanup` removes it.
A GeoPackage is checked under a time limit, so a view that never ends is refused.

A :class:`FileProblem` is ``fatal`` when the file cannot be imported at all; a non-fatal
problem with a ``missing_count`` may be imported only with the user's consent (the count
says how many records would be lost); a non-fatal problem without one is a warning.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import struct
import time
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.io.archives import LIMITS, ArchiveRefused, extract
from metkasekor_desktop.io.file_problem import FileProblem
from metkasekor_desktop.io.import_formats import (
    archive_suffixes,
    describe,
    describe_in_zip,
    folder_suffixes,
    format_for,
    zip_member_suffixes,
    zip_rank,
)
from metkasekor_desktop.io.shapefile_check import SHAPE_FILE_CODE, check_shapefile
from metkasekor_desktop.io.temp_files import make_temp_dir
from metkasekor_desktop.io.xml_check import check_well_formed

__all__ = ["SHAPE_FILE_CODE", "FileProblem", "SourceCheck", "check_shapefile", "check_source"]

SQLITE_MAGIC = b"SQLite format 3\x00"
CHECK_SECONDS = 60.0  # integrity check of a whole GeoPackage: a large one takes seconds
VIEW_SECONDS = 5.0  # counting the rows of a view layer
GIS_SUFFIXES = zip_member_suffixes()  # the files looked for inside a zip (import_formats)


@dataclass
class SourceCheck:
    """What was found: the file to hand to the reader and every problem on the way."""

    kind: str
    path_to_read: Path | None
    problems: list[FileProblem] = field(default_factory=list)
    workdir: Path | None = None
    members: list[str] = field(default_factory=list)  # the GIS files of an archive

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


def check_source(path: str | Path, member: str | None = None) -> SourceCheck:
    """Check the file an officer chose to import; never raises for a damaged file.

    ``member``: in a zip holding several GIS files, the one to import (its name)."""
    path = Path(path)
    fmt = format_for(path)
    kind = "unknown" if fmt is None else fmt.source_kind
    if fmt is not None and fmt.folder and path.is_dir():
        return SourceCheck(kind, path, [])  # an Esri File Geodatabase (a folder)
    if not path.is_file():
        return _refuse(kind, path, msg(
            "{name} does not exist or is not a file. Choose the file again.", name=path.name))
    if path.stat().st_size == 0:
        return _refuse(kind, path, msg(
            "{name} is empty (0 bytes): it was not copied or saved completely. "
            "Copy it again from the original.", name=path.name))
    if fmt is None:
        return _refuse(kind, path, msg(
            "{name} is not a file type that can be imported. Choose one "
            "of: {formats}; a zip may hold any of them.", name=path.name, formats=describe()))
    if fmt.check == "zip":
        return _check_zip(path, member)
    if fmt.check == "kmz":
        return _check_kmz(path)
    return SourceCheck(kind, path, _check_file(path, fmt.check, fmt.name))


def _refuse(kind: str, path: Path, message: str) -> SourceCheck:
    return SourceCheck(kind, None, [FileProblem(path.name, message)])


def _check_file(path: Path, check: str | None, label: str) -> list[FileProblem]:
    """The check an import format names; None: GDAL's reading is the check."""
    if check == "shapefile":
        return check_shapefile(path)
    if check == "geopackage":
        return check_geopackage(path)
    if check == "geojson":
        return check_geojson(path)
    if check == "kml":
        return check_xml(path, "Placemark", "KML")
    if check == "gpx":
        return check_xml(path, "gpx", "GPX")
    if check == "xml":
        return check_well_formed(path, label)
    return []


# --- archives -------------------------------------------------------------------------


def _check_zip(path: Path, member: str | None = None, depth: int = 0) -> SourceCheck:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if not n.endswith("/")]
            names = [n for n in names if "__MACOSX" not in n]
            gis = [n for n in names if _gis_member(n)]
            if not gis:
                inner = [n for n in names if Path(n).suffix.lower() in archive_suffixes()]
                if inner and depth < LIMITS.depth:
                    return _nested(path, archive, inner[0], member, depth)
                return _refuse("zip", path, msg(
                    "{name} holds no GIS data (none of {formats} "
                    "inside). Choose the zip that holds the plot boundaries.",
                    name=path.name, formats=describe_in_zip()))
            chosen = _chosen_member(path, gis, member)
            workdir = make_temp_dir("import")
            try:
                extract(archive, path.name, _members_of(chosen, names), workdir)
            except BaseException:
                shutil.rmtree(workdir, ignore_errors=True)
                raise
    except ArchiveRefused as exc:
        return _refuse("zip", path, as_message(exc))
    except _NoSuchMember as exc:
        return _refuse("zip", path, as_message(exc))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        return _refuse("zip", path, msg(
            "{name} is not a readable zip file ({error}). It may be damaged "
            "or only partly downloaded; copy it again.", name=path.name, error=str(exc)))
    inner_path = workdir / _safe_name(chosen)
    check = check_source(inner_path)
    for problem in check.problems:
        problem.message = msg("In {name}: {problem}", name=path.name,
                              problem=problem.message)
    check.members = list(dict.fromkeys(_shown(n) for n in gis))
    if len(check.members) > 1:
        count = len(check.members)
        listed = ", ".join(check.members[:12]) + (" ..." if count > 12 else "")
        check.problems.append(FileProblem(
            path.name, msg(
                "{name} holds {count} GIS files: {listed}. {chosen} "
                "is imported; to import another, give its name as the layer (command line: "
                "--layer NAME), or unzip it and choose that file.",
                name=path.name, count=count, listed=listed, chosen=chosen), fatal=False,
        ))
    check.cleanup()  # a nested archive's own folder, if any
    check.workdir = workdir
    return check


class _NoSuchMember(Exception):
    pass


def _gis_member(name: str) -> bool:
    """A GIS file inside an archive; a File Geodatabase is a folder named ``*.gdb``."""
    if Path(name).suffix.lower() in GIS_SUFFIXES:
        return True
    return any(part.lower().endswith(folder_suffixes()) for part in Path(name).parts[:-1])


def _shown(name: str) -> str:
    """A member as the officer names it: a FileGDB by its folder, others by their path."""
    parts = Path(name).parts
    for i, part in enumerate(parts[:-1]):
        if part.lower().endswith(folder_suffixes()):
            return "/".join(parts[:i + 1])
    return name


def _chosen_member(path: Path, gis: list[str], member: str | None) -> str:
    if member is None:
        return _shown(min(gis, key=lambda n: (_priority(n), n.count("/"), n)))
    wanted = member.strip().strip("/").lower()
    for name in gis:
        shown = _shown(name)
        if wanted in (shown.lower(), Path(shown).name.lower(), Path(shown).stem.lower()):
            return shown
    listed = ", ".join(sorted({_shown(n) for n in gis}))
    raise _NoSuchMember(msg("{name} holds no GIS file '{member}'. It holds: {listed}.",
                            name=path.name, member=member, listed=listed))


def _members_of(chosen: str, names: list[str]) -> list[str]:
    """What a GIS file needs: a Shapefile its sidecars, a FileGDB its whole folder."""
    fmt = format_for(chosen)
    if fmt is not None and fmt.folder:
        return [n for n in names if n.startswith(chosen.rstrip("/") + "/")]
    folder, stem = str(Path(chosen).parent), Path(chosen).stem
    if fmt is not None and fmt.sidecars:
        return [n for n in names if str(Path(n).parent) == folder and Path(n).stem == stem]
    return [chosen]


def _safe_name(member: str) -> Path:
    parts = [p for p in Path(member.replace("\\", "/")).parts
             if p not in ("", ".", "..", "/") and not p.endswith(":")]
    return Path(*parts)


def _nested(path: Path, archive: zipfile.ZipFile, inner: str, member: str | None,
            depth: int) -> SourceCheck:
    """A zip holding only another zip (or KMZ): that one is opened, one level deeper."""
    workdir = make_temp_dir("import")
    try:
        extract(archive, path.name, [inner], workdir)
        inner_path = workdir / _safe_name(inner)
        inner_format = format_for(inner_path)
        if inner_format is not None and inner_format.check == "kmz":
            check = _check_kmz(inner_path)
        else:
            check = _check_zip(inner_path, member, depth + 1)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    for problem in check.problems:
        problem.message = msg("In {name}: {problem}", name=path.name,
                              problem=problem.message)
    if check.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
        return check
    # The inner archive's folder holds what is read; keep both until cleanup.
    inner_dir = check.workdir
    shutil.move(str(inner_dir), str(workdir / "inner"))
    if check.path_to_read is not None:
        check.path_to_read = workdir / "inner" / check.path_to_read.relative_to(inner_dir)
    check.workdir = workdir
    return check


def _priority(name: str) -> int:
    return zip_rank(_shown(name))  # a FileGDB by its folder's name


def _check_kmz(path: Path) -> SourceCheck:
    try:
        with zipfile.ZipFile(path) as archive:
            kmls = [n for n in archive.namelist() if n.lower().endswith(".kml")]
            if not kmls:
                return _refuse("kml", path, msg(
                    "{name} holds no .kml document. "
                    "Save the KMZ again from Google Earth or the phone app.", name=path.name))
            chosen = "doc.kml" if "doc.kml" in kmls else kmls[0]
            workdir = make_temp_dir("import")
            try:
                extract(archive, path.name, [chosen], workdir)
            except BaseException:
                shutil.rmtree(workdir, ignore_errors=True)
                raise
    except ArchiveRefused as exc:
        return _refuse("kml", path, as_message(exc))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        return _refuse("kml", path, msg("{name} is not a readable KMZ file ({error}). "
                                        "Copy it again from the original.",
                                        name=path.name, error=str(exc)))
    inner = workdir / _safe_name(chosen)
    return SourceCheck("kml", inner, check_xml(inner, "Placemark", "KML"), workdir)


# --- GeoPackage -----------------------------------------------------------------------


def _time_limit(connection: sqlite3.Connection, seconds: float) -> None:
    """Interrupt any statement of ``connection`` that runs longer than ``seconds``."""
    deadline = time.monotonic() + seconds
    connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)


def _slow_views(connection: sqlite3.Connection) -> str | None:
    """The first feature layer that is a view whose rows cannot be counted in time.

    GDAL reads a view like a table, and a view can hold a query that never ends (a
    recursive CTE); counting its rows here, under a time limit, finds that before GDAL
    (which cannot be interrupted) is asked to read it.
    """
    views = [row[0] for row in connection.execute(
        "SELECT c.table_name FROM gpkg_contents c JOIN sqlite_master m "
        "ON m.name = c.table_name WHERE m.type = 'view'")]
    for view in views:
        _time_limit(connection, VIEW_SECONDS)
        try:
            quoted = '"' + str(view).replace('"', '""') + '"'
            connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                return str(view)
            # e.g. a function only GDAL knows: GDAL will say what it thinks of it
        finally:
            _time_limit(connection, CHECK_SECONDS)
    return None


def check_geopackage(path: Path) -> list[FileProblem]:
    """SQLite header, page count, integrity and gpkg_contents, read-only."""
    with path.open("rb") as stream:
        header = stream.read(100)
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        return [FileProblem(path.name, msg(
            "{name} is not a GeoPackage (it is not an SQLite "
            "database). Choose the .gpkg that GIS software wrote.", name=path.name))]
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    size = path.stat().st_size
    if pages and size < page_size * pages:
        return [FileProblem(path.name, msg(
            "{name} is truncated: it should be "
            "{expected} bytes but is {size}. It was not copied or "
            "saved completely; copy it again from the original.",
            name=path.name, expected=page_size * pages, size=size))]
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
        _time_limit(connection, CHECK_SECONDS)
        try:
            result = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                return [FileProblem(path.name, msg(
                    "{name} is damaged ({error}). Copy "
                    "it again from the original or from a backup.",
                    name=path.name, error=result[0]))]
            tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' "
                "AND name='gpkg_contents'").fetchone()[0]
            if not tables:
                return [FileProblem(path.name, msg(
                    "{name} is an SQLite database but not a "
                    "GeoPackage (it has no gpkg_contents table).", name=path.name))]
            features = connection.execute(
                "SELECT count(*) FROM gpkg_contents WHERE data_type='features'").fetchone()[0]
            slow = _slow_views(connection)
            if slow:
                return [FileProblem(path.name, msg(
                    "{name}: the layer '{layer}' is a view "
                    "(a stored query) that did not finish within "
                    "{seconds:g} seconds; it may never finish (a recursive "
                    "query). Save that layer as a table in your GIS, or ask the "
                    "sender for a plain layer.", name=path.name, layer=slow,
                    seconds=VIEW_SECONDS))]
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            return [FileProblem(path.name, msg(
                "{name} takes too long to check (more than "
                "{seconds:g} seconds): it is damaged or built to never "
                "finish. Copy it again from the original.",
                name=path.name, seconds=CHECK_SECONDS))]
        return [FileProblem(path.name, msg(
            "{name} cannot be read ({error}). It may be damaged "
            "or still being written; copy it again from the original.",
            name=path.name, error=str(exc)))]
    except sqlite3.Error as exc:
        return [FileProblem(path.name, msg(
            "{name} cannot be read ({error}). It may be damaged "
            "or still being written; copy it again from the original.",
            name=path.name, error=str(exc)))]
    if not features:
        return [FileProblem(path.name, msg(
            "{name} holds no feature (vector) tables, so "
            "there are no plot boundaries in it.", name=path.name))]
    return []


# --- text formats ---------------------------------------------------------------------


def check_geojson(path: Path) -> list[FileProblem]:
    """Valid JSON with at least one feature."""
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        return [FileProblem(path.name, msg(
            "{name} is not UTF-8 text, as GeoJSON must be. "
            "Save it again as GeoJSON.", name=path.name))]
    except RecursionError:
        return [FileProblem(path.name, msg("{name} is nested too deeply to be GeoJSON.",
                                           name=path.name))]
    except json.JSONDecodeError as exc:
        return [FileProblem(path.name, msg(
            "{name} is not valid JSON (line {line}, "
            "column {column}: {error}). It may be cut short; copy it "
            "again from the original.", name=path.name, line=exc.lineno, column=exc.colno,
            error=exc.msg))]
    kind = document.get("type") if isinstance(document, dict) else None
    if kind == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list) or not features:
            return [FileProblem(path.name, msg("{name} holds no features.", name=path.name))]
        return []
    if kind in ("Feature", "Polygon", "MultiPolygon", "Point", "GeometryCollection"):
        return []
    return [FileProblem(path.name, msg(
        "{name} is JSON but not GeoJSON (no "
        "FeatureCollection). Export the layer as GeoJSON.", name=path.name))]


def check_xml(path: Path, needed: str, label: str) -> list[FileProblem]:
    """Well-formed XML that holds at least one ``needed`` element (any namespace)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        line, column = exc.position
        return [FileProblem(path.name, msg(
            "{name} is not a well-formed {label} file (line "
            "{line}, column {column}). It may be cut short; copy it again.",
            name=path.name, label=label, line=line, column=column))]
    names = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    if needed not in names:
        return [FileProblem(path.name, msg("{name} holds no {label} data ({element}).",
                                           name=path.name, label=label, element=needed))]
    return []
