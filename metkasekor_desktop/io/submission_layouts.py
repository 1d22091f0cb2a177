"""The tables inside ODK Central and KoboToolbox exports, read as text.

:mod:`metkasekor_desktop.io.submissions` builds submissions from these tables; this
module only opens the files: a CSV (UTF-8 with or without BOM, ``,`` ``;`` or tab), the
sheets of an XLSX workbook, and the members of a zip, which are extracted through
:mod:`metkasekor_desktop.io.archives` (limits against zip bombs and path traversal).
Every value stays the text the phone sent; an XLSX number becomes the shortest text
that reads back as the same number. A file that cannot be read raises
:class:`TableError` with a message key (of :data:`MESSAGES`) and its parameters.

:func:`plan_columns` says how a table's columns become paths (``/``-joined), field
names (the last segment) and the services' own columns (meta).
"""

from __future__ import annotations

import csv
import io
import os
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path, PurePosixPath
from typing import Any

from metkasekor_desktop.domain.messages import Message, as_message, msg
from metkasekor_desktop.io.archives import ArchiveRefused, check_listing

ODK_ZIP = "odk-central-zip"
ODK_CSV = "odk-csv"
KOBO_XLSX = "kobo-xlsx"
KOBO_CSV = "kobo-csv"
LAYOUTS = (ODK_ZIP, ODK_CSV, KOBO_XLSX, KOBO_CSV)

_DELIMITERS = (";", ",", "\t")
Note = tuple[str, str, dict[str, str]]  # where, message key, params

# --- problems: message keys (fatal ones: nothing could be read) -----------------------

# Each key's message, its fields still to fill (:func:`problem_message` fills them).
MESSAGES: dict[str, Message] = {
    "unreadable": msg("the file cannot be read ({reason}). Download the export again."),
    "not_utf8": msg("the file is not UTF-8 text, so its Khmer text would be lost. Download the "
                    "export again and import it without opening and saving it in Excel."),
    "empty_table": msg("the file is empty. Download the export again."),
    "archive_refused": msg("{reason}"),
    "unknown_type": msg("only the .zip or .csv exports of ODK Central and the .xlsx or .csv "
                        "exports of KoboToolbox can be read."),
    "not_an_export": msg("this is not a submissions export of ODK Central or KoboToolbox: none "
                         "of its columns is {expected}."),
    "no_main_table": msg("the zip holds no main table of a form (FORMID.csv with a KEY "
                         "column); its CSV files are: {found}."),
    "several_forms": msg("the zip holds the submissions of several forms ({forms}); choose one."),
    "form_not_found": msg("the file holds no form '{form_id}'; it holds: {forms}."),
    "repeat_table_alone": msg("this is the table of a repeat group (it has PARENT_KEY), not the "
                              "form's main table. Import the whole zip from ODK Central."),
    "orphan_repeat_row": msg("the row belongs to {parent}, which is not in the export; the "
                             "row and the rows nested in it are left out."),
    "duplicate_instance": msg("submission {instance_id} is in the file {count} times (rows "
                              "{rows}); the first, row {kept}, is kept."),
    "missing_instance_id": msg("the row has no instance ID; it is left out."),
    "encrypted": msg("submission {instance_id} is encrypted and the server did not decrypt "
                     "it; it is left out."),
    "ambiguous_field": msg("several fields are named '{field}' ({paths}); '{field}' is the "
                           "first, the others are reached by their full paths."),
    "duplicate_column": msg("the column '{column}' appears twice; the first is used."),
    "stray_table": msg("the table is not linked to the form's submissions; it is ignored."),
    "attachments_not_uploaded": msg("{count} submissions have files (photos...) the phone has "
                                    "not uploaded yet, e.g. {examples}."),
    "media_not_in_file": msg("{count} submissions have files (photos...) that are not in this "
                             "export, e.g. {examples}. Export again with the media files."),
    "media_not_in_attachments": msg("{count} photos named in the export are not in the "
                                    "attachments ({source}), e.g. {examples}; download them "
                                    "from KoboToolbox (media attachments) and put them in a "
                                    "folder named {folder} beside the export."),
    "media_ambiguous": msg("several different files are named '{name}' in {source} and nothing "
                           "tells which one belongs to submission {instance_id}; none is taken. "
                           "Keep the photos in folders named after their submission's _uuid "
                           "(as KoboToolbox downloads them), or keep only the right file."),
    "media_source_missing": msg("the attachments {source} cannot be found (a folder or a .zip "
                                "of the photos is expected); no photos are taken."),
}
FATAL = frozenset({"unreadable", "not_utf8", "empty_table", "archive_refused", "unknown_type",
                   "not_an_export", "no_main_table", "several_forms", "form_not_found",
                   "repeat_table_alone"})

_ODK_META = frozenset({"SubmissionDate", "KEY", "PARENT_KEY", "SubmitterID", "SubmitterName",
                       "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
                       "DeviceID", "Edits", "FormVersion"})
_META_NAMES = frozenset({"instanceID", "instanceName", "deprecatedID", "rootUuid"})
_GEOPOINT = ("Latitude", "Longitude", "Altitude", "Accuracy")


def problem_message(key: str, params: dict[str, str]) -> Message:
    """The message of ``key`` (of :data:`MESSAGES`) with ``params`` filled in."""
    return Message(MESSAGES[key].template, params)


class TableError(Exception):
    """A file or table that cannot be read; ``key`` and ``params`` say what and where
    (the exception is raised with their message)."""

    def __init__(self, *, key: str, **params: str) -> None:
        super().__init__(problem_message(key, params))
        self.key = key
        self.params = params


@dataclass
class Table:
    """One table of an export: its name (file stem or sheet), headers and text rows.

    ``where`` names the table for messages ("survey.zip > survey.csv"); ``row_numbers``
    are those a spreadsheet shows (the header is row 1)."""

    name: str
    where: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)

    def index(self, *names: str) -> int | None:
        """The index of the first of ``names`` that is a header, else None."""
        for name in names:
            if name in self.headers:
                return self.headers.index(name)
        return None


def decode(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError(key="not_utf8", file=where) from None


def _delimiter(first_line: str) -> str:
    """The separator that splits the header into the most columns (Kobo: ``;``)."""
    best, width = ",", 0
    for candidate in _DELIMITERS:
        try:
            cells = next(csv.reader([first_line], delimiter=candidate), [])
        except csv.Error:
            continue
        if len(cells) > width:
            best, width = candidate, len(cells)
    return best


def parse_csv_text(text: str, name: str, where: str) -> Table:
    """A CSV text as a table; blank lines are skipped but keep their row numbers."""
    text = text.replace("\x00", "")
    lines = text.lstrip("\r\n").splitlines()
    if not lines or not lines[0].strip():
        raise TableError(key="empty_table", file=where)
    try:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(lines[0]))
        numbered = [(n, r) for n, r in enumerate(records, start=1) if any(c.strip() for c in r)]
    except csv.Error as exc:
        raise TableError(key="unreadable", file=where, reason=str(exc)) from None
    if not numbered:
        raise TableError(key="empty_table", file=where)
    headers = [h.strip() for h in numbered[0][1]]
    width = len(headers)
    table = Table(name, where, headers)
    for number, record in numbered[1:]:
        table.rows.append((record + [""] * width)[:width] if len(record) != width else record)
        table.row_numbers.append(number)
    return table


def read_csv_file(path: Path, where: str, name: str | None = None) -> Table:
    """A CSV file as a table named after its stem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableError(key="unreadable", file=where, reason=exc.strerror or str(exc)) from None
    return parse_csv_text(decode(data, where), name or path.stem, where)


def cell_text(value: Any) -> str:
    """An XLSX cell as the text the phone sent: whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path, where: str) -> list[Table]:
    """Every sheet of a workbook as a table named after the sheet, the first first."""
    try:
        with zipfile.ZipFile(path) as archive:  # an XLSX is a zip: same limits
            check_listing(archive, where, archive.namelist())
    except ArchiveRefused as exc:
        raise TableError(key="archive_refused", file=where, reason=as_message(exc)) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise TableError(key="unreadable", file=where,
                         reason=str(exc) or msg("not a workbook")) from None
    from openpyxl import load_workbook  # only when a workbook is opened

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 (any unreadable workbook is the user's file)
        raise TableError(key="unreadable", file=where,
                         reason=str(exc) or type(exc).__name__) from None
    tables = []
    try:
        for sheet in book.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                continue
            headers = [cell_text(h).strip() for h in header]
            while headers and not headers[-1]:
                headers.pop()
            width = len(headers)
            table = Table(sheet.title, f"{where} > {sheet.title}", headers)
            for number, values in enumerate(rows, start=2):
                cells = [cell_text(v) for v in values[:width]]
                if not any(c.strip() for c in cells):
                    continue
                table.rows.append(cells + [""] * (width - len(cells)))
                table.row_numbers.append(number)
            tables.append(table)
    except Exception as exc:  # noqa: BLE001 (a damaged sheet is the user's file)
        raise TableError(key="unreadable", file=where,
                         reason=str(exc) or type(exc).__name__) from None
    finally:
        book.close()
    return tables


def member_parts(member: str) -> list[str]:
    """The folders and name a zip member is extracted to (as archives.extract does)."""
    return [p for p in PurePosixPath(member.replace("\\", "/")).parts
            if p not in ("", ".", "..", "/") and not p.endswith(":")]


def zip_members(archive: zipfile.ZipFile) -> tuple[list[str], dict[str, str]]:
    """The CSV members and the media members (file name -> member) of an ODK zip."""
    csvs: list[str] = []
    media: dict[str, str] = {}
    for info in archive.infolist():
        parts = member_parts(info.filename)
        if info.is_dir() or not parts or parts[0] == "__MACOSX":
            continue
        if len(parts) >= 2 and parts[-2] == "media":
            media.setdefault(parts[-1], info.filename)
        elif parts[-1].lower().endswith(".csv"):
            csvs.append(info.filename)
    return csvs, media


@dataclass(frozen=True)
class Attachment:
    """One file of a KoboToolbox attachments download (a zip or a folder): its name
    (NFC), the folders it lies in (casefolded), and the zip member or file it is."""

    name: str
    folders: frozenset[str]
    member: str | None
    path: Path | None
    size: int
    crc: int = 0


def file_name_key(name: str) -> str:
    """A file name as it is compared: stripped and NFC (macOS writes names as NFD)."""
    return unicodedata.normalize("NFC", name.strip())


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name; one stored as UTF-8 without the UTF-8 flag is read as UTF-8."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def zip_attachments(archive: zipfile.ZipFile) -> list[Attachment]:
    """The files of an attachments zip, in any sub-folders."""
    found = []
    for info in archive.infolist():
        parts = member_parts(_member_name(info))
        if info.is_dir() or not parts or parts[0] == "__MACOSX":
            continue
        found.append(Attachment(file_name_key(parts[-1]),
                                frozenset(p.casefold() for p in parts[:-1]),
                                info.filename, None, info.file_size, info.CRC))
    return found


def folder_attachments(folder: Path) -> list[Attachment]:
    """The files of an attachments folder, in any sub-folders (links not followed)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d != "__MACOSX" and not d.startswith(".")]
        folders = frozenset(p.casefold() for p in Path(root).relative_to(folder).parts)
        for name in files:
            path = Path(root, name)
            try:
                if not path.is_file():
                    continue
                size = path.stat().st_size
            except OSError:
                continue
            found.append(Attachment(file_name_key(name), folders, None, path, size))
    return found


# --- columns: paths, field names and meta --------------------------------------------


@dataclass
class Plan:
    """How a table's columns become paths, field names and meta values."""

    items: list[tuple[str, tuple[int, ...]]]  # path, column indices (4 for a geopoint)
    leaves: list[tuple[str, str]]  # field name, path
    meta: list[tuple[str, int]]

    def row(self, cells: list[str]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """The paths, fields and meta values of one row."""
        paths = {}
        for path, indices in self.items:
            if len(indices) == 1:
                paths[path] = cells[indices[0]]
            else:
                parts = [cells[i].strip() if i >= 0 else "" for i in indices]
                while parts and not parts[-1]:
                    parts.pop()
                paths[path] = " ".join(p or "0" for p in parts) if parts and parts[0] else ""
        fields = {leaf: paths[path] for leaf, path in self.leaves}
        meta = {name: cells[i] for name, i in self.meta}
        return paths, fields, meta


def _is_meta(header: str, segments: list[str], odk: bool) -> bool:
    if odk:
        return header in _ODK_META or header in _META_NAMES or (
            segments[0] == "meta" and len(segments) > 1)
    return any(s.startswith("_") for s in segments) or (
        segments[0] in ("meta", "formhub") and len(segments) > 1)


def plan_columns(table: Table, odk: bool, repeat: str | None) -> tuple[Plan, list[Note]]:
    """How the columns of an ODK (``-`` paths) or Kobo (``/`` paths) table are read.

    ``repeat`` names the repeat group a table holds: Kobo writes its columns from the
    root, and they are made relative to the repeat as ODK writes them. ODK's split
    geopoint columns become one "lat lon alt acc" value."""
    problems: list[Note] = []
    separator = "-" if odk else "/"
    columns: list[tuple[int, list[str]]] = []
    meta: list[tuple[str, int]] = []
    for index, header in enumerate(table.headers):
        if not header:
            continue
        segments = header.split(separator)
        if _is_meta(header, segments, odk):
            meta.append((header, index))
            continue
        if repeat is not None and not odk:  # Kobo writes a repeat's columns from the root
            for j in range(len(segments) - 2, -1, -1):
                if segments[j] == repeat or (len(repeat) == 31 and segments[j].startswith(repeat)):
                    segments = segments[j + 1:]
                    break
        columns.append((index, segments))
    geopoints: dict[tuple[str, ...], dict[str, int]] = {}
    if odk:
        for index, segments in columns:
            if len(segments) >= 2 and segments[-1] in _GEOPOINT:
                geopoints.setdefault(tuple(segments[:-1]), {})[segments[-1]] = index
        geopoints = {k: v for k, v in geopoints.items() if "Latitude" in v and "Longitude" in v}
    items: list[tuple[str, tuple[int, ...]]] = []
    named: list[list[str]] = []
    seen: set[str] = set()
    for index, segments in columns:
        indices: tuple[int, ...] = (index,)
        if odk and len(segments) >= 2 and tuple(segments[:-1]) in geopoints:
            if segments[-1] != "Latitude":
                continue
            parts = geopoints[tuple(segments[:-1])]
            segments = segments[:-1]
            indices = tuple(parts.get(name, -1) for name in _GEOPOINT)
        path = "/".join(segments)
        if path in seen:
            problems.append((table.where, "duplicate_column", {"column": path}))
            continue
        seen.add(path)
        items.append((path, indices))
        named.append(segments)
    leaves: dict[str, list[str]] = {}
    for (path, _indices), segments in zip(items, named, strict=True):
        leaf = segments[-1]
        if len(segments) >= 2 and "/".join(segments[:-1]) in seen:  # Kobo select_multiple
            leaf = f"{segments[-2]}/{leaf}"
        leaves.setdefault(leaf, []).append(path)
    for leaf, paths in leaves.items():
        if len(paths) > 1:
            problems.append((table.where, "ambiguous_field",
                             {"field": leaf, "paths": ", ".join(paths)}))
    return Plan(items, [(leaf, paths[0]) for leaf, paths in leaves.items()], meta), problems
