"""English left in a Khmer text: the Latin words an officer reading Khmer would have to read.

:func:`latin_words` lists the words of a text written in Latin letters that are not
allowed in the Khmer interface. Allowed are what stays Latin in Khmer too:

- codes: a token with a digit (``BTB-12``, ``EPSG:32648``, ``D0201-0001``, ``02070101``,
  ``48N``), a field or column name written with an underscore (``area_ha``), and single
  letters (``x``, ``N``);
- units and symbols (``ha``, ``m²``, ``kg``, ``km``, ``%``, ``°``; ``t/ha`` as any token
  with a slash);
- file names and paths (a ``/`` or ``\\``, or a dot-extension such as ``.gpkg``), URLs and
  e-mail addresses;
- the codes the project's glossary keeps as codes (``CA`` and ``FP``: a glossary note
  "the code X stays …" adds X), the product's name (MetKasekor), format and software
  names (GeoPackage, Shapefile, KML, QGIS, WGS 84…), proper names of tools and methods
  (Windows, the Bass model, Walkley-Black), the keys printed on a keyboard (Ctrl+Z,
  Enter) and the font and licence of the About box;
- command-line options as typed (``--skip-refused``, ``--map role=``), values in quotes
  (``'maize'``: what the data holds or the officer types), and abbreviations of measures
  and methods (POXC, LSD, DMS, NDVI);
- names taken from the data, passed in ``allowed`` (a farmer's Latin name, a provider's,
  a season's: each may be several words and is allowed as a whole).

A menu text's accelerator (``&F``, or Khmer's ``ពាក្យ(&F)``), a shortcut after a tab and
rich-text tags are set aside first.
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

GLOSSARY = (Path(__file__).resolve().parents[1] / "metkasekor_desktop" / "resources"
            / "translations" / "glossary.tsv")

PRODUCT = ("MetKasekor Desktop", "MetKasekor", "metkasekor-desktop", "metkasekor")
FORMATS = (
    "GeoPackage", "Shapefile", "GeoJSON", "KML", "KMZ", "CSV", "XLSX", "XLS", "Excel", "PDF",
    "GeoTIFF", "TIFF", "MBTiles", "ODK", "KoboToolbox", "KoboCollect", "QGIS", "PostgreSQL",
    "PostGIS", "UTM", "WGS", "GPX", "PNG", "JPEG", "JPG", "ZIP", "XLSForm", "SQLite", "EPSG",
    "GPS", "UTF", "FlatGeobuf", "GML",
)
# Proper names: software and systems, and the people or tools a method is named after.
PROPER_NAMES = ("Windows", "Esri", "Bass", "Rogers", "Walkley-Black", "Kjeldahl",
                "Biofunctool", "Viridis")
# Abbreviations of measures and methods that Khmer texts write in Latin letters too.
ABBREVIATIONS = ("POXC", "LSD", "DMS", "XYZ", "NDVI", "RGB", "RGBA", "ANOVA", "CV")
PHRASES = ("WGS 84 / UTM zone", "WGS 84", "ODK Collect", "ODK Central", "Google Earth",
           "Esri File Geodatabase", "Noto Sans Khmer", "SIL Open Font License")
UNITS = ("ha", "m", "m²", "m2", "km", "km²", "cm", "mm", "kg", "g", "mg", "t", "px", "dpi",
         "pt", "KHR", "USD", "pH")
KEYS = ("Ctrl", "Shift", "Alt", "Meta", "Esc", "Enter", "Return", "Tab", "Del", "Delete",
        "Backspace", "Space", "PgUp", "PgDown")
EXTENSIONS = ("gpkg", "shp", "shx", "dbf", "prj", "cpg", "csv", "txt", "xlsx", "xls", "pdf",
              "kml", "kmz", "geojson", "json", "gpx", "tif", "tiff", "png", "jpg", "jpeg",
              "zip", "mbtiles", "qml", "sld", "xml", "ts", "qm", "sqlite", "db", "ods", "gdb",
              "fgb", "gml", "conf")

LATIN = r"A-Za-z\u00c0-\u024f"
_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_ACCELERATOR = re.compile(r"\(&[^\s&]\)|&(?=[^\s&])")  # "ពាក្យ(&F)" or "&File"
_URL = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_PATH = re.compile(r"\S*[/\\]\S*")
_FILE = re.compile(r"\S*\.(?:" + "|".join(EXTENSIONS) + r")\b", re.IGNORECASE)
_DOT_FILE = re.compile(rf"(?<![{LATIN}0-9_.])\.[{LATIN}][{LATIN}0-9_-]{{1,15}}\b")  # .pgpass
_DOTTED = re.compile(rf"[{LATIN}0-9_-]+(?:\.[{LATIN}0-9_-]+)*\.[{LATIN}0-9]{{2,5}}\b")
# A command-line option as typed (--skip-refused, --map role=): the officer types it so.
_FLAG = re.compile(r"(?<!\S)--[A-Za-z][A-Za-z0-9-]*(?:=\S*|\s+[a-z_]+=\S*)?")
# A value in quotes: what the officer types or what the data holds, shown as it is.
_QUOTED = re.compile("(?:'[^'\n\u1780-\u17ff]{1,40}'|\"[^\"\n\u1780-\u17ff]{1,40}\"|"
                     "“[^”\n\u1780-\u17ff]{1,40}”|«[^»\n\u1780-\u17ff]{1,40}»)")
_DATE_FORMAT = re.compile(r"\bYYYY-MM-DD(?:[T ]hh:mm(?::ss)?)?\b")  # as dates are written
_KEY_COMBO = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)(?:\+\S+)+")
_TOKEN = re.compile(rf"[{LATIN}0-9_]+(?:['’:-][{LATIN}0-9_]+)*")
_EDGE_BEFORE = rf"(?<![{LATIN}0-9_])"
_EDGE_AFTER = rf"(?![{LATIN}0-9_])"


@lru_cache(maxsize=1)
def glossary_codes() -> frozenset[str]:
    """The codes the glossary's notes say stay as they are in Khmer ("the code CA stays
    where…", "the code FP stays as typed"): the project decided to keep them."""
    with GLOSSARY.open(encoding="utf-8", newline="") as handle:
        notes = [row.get("note") or "" for row in csv.DictReader(handle, delimiter="\t")]
    return frozenset(code for note in notes
                     for code in re.findall(r"\bthe code ([A-Z]{2,}) stays\b", note))


@lru_cache(maxsize=1)
def _always_allowed() -> frozenset[str]:
    words = {*FORMATS, *UNITS, *KEYS, *PROPER_NAMES, *ABBREVIATIONS, *glossary_codes(),
             "MetKasekor"}
    return frozenset(w.casefold() for w in words)


def _cleaned(text: str) -> str:
    """The text as read: no accelerator, shortcut, tag or entity."""
    text = "\n".join(line.split("\t", 1)[0] for line in text.split("\n"))
    if _TAG.search(text) or _ENTITY.search(text):
        text = html.unescape(_TAG.sub(" ", text))
    return _ACCELERATOR.sub("", text.replace("&&", "\0")).replace("\0", "&")


@lru_cache(maxsize=32)
def _phrases(allowed: frozenset[str]) -> re.Pattern[str]:
    """One pattern of every allowed phrase (longest first), as whole words."""
    phrases = sorted({p.strip() for p in (*PRODUCT, *PHRASES, *allowed) if p.strip()},
                     key=len, reverse=True)
    return re.compile(_EDGE_BEFORE + "(?:" + "|".join(map(re.escape, phrases)) + ")"
                      + _EDGE_AFTER, re.IGNORECASE)


@lru_cache(maxsize=32)
def _words(allowed: frozenset[str]) -> frozenset[str]:
    return _always_allowed() | {a.casefold() for a in allowed}


def _allowed_token(token: str, allowed: frozenset[str]) -> bool:
    if any(ch.isdigit() for ch in token) or "_" in token:
        return True  # a code, a number, a column name
    if token.casefold() in allowed:
        return True
    if "-" in token:  # CA-FP, GeoPackage-file: each part on its own
        return all(_allowed_token(part, allowed) for part in token.split("-") if part)
    letters = [ch for ch in token if ch.isalpha()]
    if len(letters) <= 1:
        return True  # a single letter: x, y, N, E
    return token.casefold() in allowed


def latin_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The Latin words of ``text`` that are not allowed in a Khmer text, in order, each once.

    ``allowed`` adds names from the data (farmers, villages, providers, seasons…): each
    is allowed as a whole, also when it is several words."""
    names = frozenset(a for a in allowed if a)
    text = _phrases(names).sub(" ", _cleaned(text))
    for pattern in (_URL, _EMAIL, _FLAG, _QUOTED, _DATE_FORMAT, _KEY_COMBO, _PATH, _FILE, _DOTTED,
                    _DOT_FILE):
        text = pattern.sub(" ", text)
    words = _words(names)
    found: dict[str, None] = {}
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if not any((ch.isalpha() and ch.isascii()) or "\u00c0" <= ch <= "\u024f"
                   for ch in token):
            continue
        if not _allowed_token(token, words):
            found.setdefault(token, None)
    return list(found)


def has_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff" for ch in text)


# --- names from a project's data ---------------------------------------------------------
_DATA_COLUMNS = {
    "practices": ("key", "name_en", "name_kh"),  # the catalogue, kept by the officers
    "plot_raster_stats": ("layer",),  # names the zonal statistics are stored under
    "farmers": ("name_latin", "name_kh", "cooperative"),
    "providers": ("name", "contact_person", "email", "notes"),
    "seasons": ("name",),
    "trials": ("name", "description"),
    "plots": ("code", "name", "soil_type", "notes"),
    "trial_members": ("treatment", "block"),
    "extension_events": ("place", "notes"),
    "target_populations": ("source",),
    "soil_samples": ("method", "lab", "notes"),
    "yield_records": ("notes",),
    "plot_season_plans": ("notes",),
}


def project_names(path: Path) -> set[str]:
    """Names and free text of a project's data (farmers, plots, providers, seasons,
    trials…), and the gazetteer's names of its villages and their communes and districts,
    and of every province: Latin text an officer typed or the gazetteer gives, not the window's."""
    import sqlite3

    from metkasekor_desktop.domain.places import place, provinces

    names: set[str] = {Path(path).stem, *(p.name_en for p in provinces())}
    codes: set[str] = set()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table, columns in _DATA_COLUMNS.items():
            if table not in tables:
                continue
            have = {r[1] for r in connection.execute(f"PRAGMA table_info({table})")}
            for column in columns:
                if column in have:
                    names.update(str(v) for (v,) in connection.execute(
                        f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"))
        for table in ("farmers", "plots", "extension_events"):
            if table in tables:
                codes.update(str(v) for (v,) in connection.execute(
                    f"SELECT DISTINCT village_code FROM {table} "
                    "WHERE village_code IS NOT NULL"))
    finally:
        connection.close()
    for code in codes:
        where = place(code)
        if where is not None:
            names.update(u.name_en for u in (where.village, where.commune, where.district,
                                             where.province))
    for folder in (Path(path).parent,):
        names.update(p.stem for p in folder.glob(f"{Path(path).stem}*.tif"))
    return {n.strip() for n in names if n and n.strip()}


def offending_lines(text: str, allowed: Iterable[str] = ()) -> list[tuple[str, list[str]]]:
    """Each line of ``text`` that has Latin words not allowed, with those words."""
    allowed = frozenset(allowed)
    found = []
    for line in text.splitlines():
        words = latin_words(line, allowed)
        if words:
            found.append((line.strip(), words))
    return found


def describe(found: Iterable[tuple[str, list[str]]], limit: int = 200) -> str:
    """The offending texts for a failure message, one a line, at most ``limit``: texts
    with the same English words (table rows that differ in numbers only) once, counted."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for text, words in found:
        groups.setdefault(tuple(words), []).append(text)
    lines = [f"  {texts[0]!r}" + (f" (and {len(texts) - 1} alike)" if len(texts) > 1 else "")
             + f": {', '.join(words)}" for words, texts in list(groups.items())[:limit]]
    if len(groups) > limit:
        lines.append(f"  … and {len(groups) - limit} more")
    return "\n".join(lines)
