"""Every file format that plots can be imported from, in one ordered registry.

Export formats have :mod:`metkasekor_desktop.io.export_formats`; this is its import
side. The file checks (:mod:`file_checks`), the reader dispatch (:mod:`vector_source`),
the wizard's file dialog, a drop onto the window and the command line's help all read
this registry, so a format GDAL reads is added here as one entry and nowhere else.

The order is the order officers see (dialog filters, messages listing what is
readable). ``zip_rank`` is a separate order: which file of a zip holding several is
imported when none is named.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from metkasekor_desktop.domain.messages import joined, msg

# How a format is read; see :func:`metkasekor_desktop.io.vector_source.open_source`.
GDAL = "gdal"  # GDAL through pyogrio's Arrow stream, curves linearised
GPX = "gpx"  # our GPX reader: a track, route or the waypoints walked around a plot
FORM_CSV = "form_csv"  # our phone-form CSV reader: WKT, geoshape or lon/lat points
ARCHIVE = "archive"  # a zip: what is read is the readable file inside it


@dataclass(frozen=True)
class ImportFormat:
    """One readable format: how it is named, recognised, checked and read."""

    key: str  # unique, e.g. "shapefile"
    name: str  # as officers know it, e.g. "Shapefile"
    suffixes: tuple[str, ...]  # lower case, with the dot; the first is the main one
    reader: str  # GDAL | GPX | FORM_CSV | ARCHIVE
    driver: str | None = None  # GDAL's driver short name, where GDAL reads or could
    kind: str = ""  # SourceInfo.kind of what is read ("" = the key); KMZ reads as "kml"
    layered: bool = False  # a container of named layers, one chosen (--layer)
    check: str | None = None  # file_checks' check before reading: "shapefile", "zip",
    # "kmz", "geopackage", "geojson", "kml", "gpx", "xml" (well-formed); None: GDAL's own
    zip_rank: int | None = None  # found inside a zip, lower first; None: not looked for
    sidecars: bool = False  # files of the same name beside it belong to it (.dbf, .xsd)
    folder: bool = False  # a folder, not a file (a File Geodatabase)
    dbf: bool = False  # text in a dBASE table: an undeclared encoding, cut at 254 bytes
    private_copy: bool = False  # GDAL writes beside it while reading: read a copy
    open_options: tuple[tuple[str, str], ...] = ()  # GDAL open options, e.g. WRITE_GFS=NO

    @property
    def source_kind(self) -> str:
        return self.kind or self.key

    @property
    def patterns(self) -> str:
        """The file-dialog patterns of this format: "*.geojson *.json"."""
        return " ".join(f"*{s}" for s in self.suffixes)

    def label(self) -> str:
        """Its name with its suffixes: "GeoJSON (.geojson, .json)"."""
        suffixes = ", ".join(self.suffixes)
        if self.folder:
            return msg("{name} ({suffixes} folder)", name=self.name, suffixes=suffixes)
        return msg("{name} ({suffixes})", name=self.name, suffixes=suffixes)


FORMATS: tuple[ImportFormat, ...] = (
    ImportFormat("shapefile", "Shapefile", (".shp",), GDAL, "ESRI Shapefile",
                 check="shapefile", zip_rank=2, sidecars=True, dbf=True),
    ImportFormat("zip", msg("Zip archive"), (".zip",), ARCHIVE, check="zip", layered=True),
    ImportFormat("geopackage", "GeoPackage", (".gpkg",), GDAL, "GPKG", layered=True,
                 check="geopackage", zip_rank=0),
    ImportFormat("filegdb", "Esri File Geodatabase", (".gdb",), GDAL, "OpenFileGDB",
                 layered=True, zip_rank=1, folder=True),
    ImportFormat("geojson", "GeoJSON", (".geojson", ".json"), GDAL, "GeoJSON",
                 check="geojson", zip_rank=3),
    ImportFormat("kml", "KML", (".kml",), GDAL, "LIBKML", layered=True, check="kml",
                 zip_rank=4),
    ImportFormat("kmz", "KMZ", (".kmz",), GDAL, "LIBKML", kind="kml", layered=True,
                 check="kmz"),
    ImportFormat("gpx", "GPX", (".gpx",), GPX, "GPX", layered=True, check="gpx",
                 zip_rank=5),
    ImportFormat("csv", msg("Phone-form CSV"), (".csv", ".txt"), FORM_CSV, "CSV"),
    ImportFormat("flatgeobuf", "FlatGeobuf", (".fgb",), GDAL, "FlatGeobuf", zip_rank=6),
    ImportFormat("gml", "GML", (".gml",), GDAL, "GML", layered=True, check="xml",
                 zip_rank=7, sidecars=True, private_copy=True,
                 open_options=(("WRITE_GFS", "NO"),)),
)

_BY_SUFFIX = {suffix: fmt for fmt in FORMATS for suffix in fmt.suffixes}
_BY_KEY = {fmt.key: fmt for fmt in FORMATS}
if len(_BY_SUFFIX) != sum(len(f.suffixes) for f in FORMATS) or len(_BY_KEY) != len(FORMATS):
    raise ValueError(msg("import formats: a suffix or key appears in two entries"))


def format_for(path: str | Path) -> ImportFormat | None:
    """The format of ``path`` by its suffix (any case), or None when it is not readable."""
    return _BY_SUFFIX.get(Path(path).suffix.lower())


def format_named(key: str) -> ImportFormat:
    """The entry of ``key``; KeyError for an unknown one."""
    return _BY_KEY[key]


def readable_suffixes() -> tuple[str, ...]:
    """Every suffix that can be imported, in registry order: ".shp", ".zip", ..."""
    return tuple(_BY_SUFFIX)


def is_readable(path: str | Path) -> bool:
    """Whether ``path`` names a file (or File Geodatabase folder) that can be imported."""
    return format_for(path) is not None


def zip_member_suffixes() -> tuple[str, ...]:
    """The suffixes of the files looked for inside a zip, folders (.gdb) excepted."""
    return tuple(s for f in FORMATS if f.zip_rank is not None and not f.folder
                 for s in f.suffixes)


def folder_suffixes() -> tuple[str, ...]:
    """The suffixes of formats that are folders (a File Geodatabase: ".gdb")."""
    return tuple(s for f in FORMATS if f.folder for s in f.suffixes)


def archive_suffixes() -> tuple[str, ...]:
    """Archives that may be opened inside a zip holding nothing else: ".zip", ".kmz"."""
    return tuple(s for f in FORMATS if f.check in ("zip", "kmz") for s in f.suffixes)


def zip_rank(name: str) -> int:
    """The rank of a file found in a zip (lower is imported first); last if unknown."""
    fmt = format_for(name)
    last = len(FORMATS)
    return last if fmt is None or fmt.zip_rank is None else fmt.zip_rank


def dialog_filter(all_readable: str = "All readable files", all_files: str = "All files",
                  ) -> str:
    """The filter of a Qt file dialog: every readable file first, then each format,
    then all files. Folder formats (a File Geodatabase) cannot be picked as a file."""
    files = [f for f in FORMATS if not f.folder]
    every = " ".join(f.patterns for f in files)
    parts = [f"{all_readable} ({every})", *(f"{f.name} ({f.patterns})" for f in files),
             f"{all_files} (*)"]
    return ";;".join(parts)


def labels(formats: tuple[ImportFormat, ...] | None = None) -> list[str]:
    """Each format with its suffixes, "GeoJSON (.geojson, .json)"; by default every one."""
    return [f.label() for f in (FORMATS if formats is None else formats)]


def describe(formats: tuple[ImportFormat, ...] | None = None) -> str:
    """The formats named for a message: "Shapefile (.shp), ..., FlatGeobuf (.fgb) or
    GML (.gml)"; by default every one."""
    named = labels(formats)
    if len(named) < 2:
        return "".join(named)
    return msg("{formats} or {last}", formats=joined(named[:-1], ", "), last=named[-1])


def describe_in_zip() -> str:
    """What is looked for inside a zip, for a message: "Shapefile (.shp), ..."."""
    return describe(tuple(f for f in FORMATS if f.zip_rank is not None))
