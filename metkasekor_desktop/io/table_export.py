"""Tables (a header and rows) as CSV or XLSX files that partners open in a spreadsheet.

CSV is written as UTF-8 with a byte-order mark: without it Excel reads the bytes as a
local code page and shows Khmer as garbage. XLSX keeps numbers as numbers and dates as
dates so that partners can sum and sort them. Both are written to a temporary file next
to the target and then moved over it, so a failed export never leaves half a file where
an old good one was.

The header row holds the column names (what QGIS and a re-import need), unless the
writer is given ``labels``, column name -> header text (words in the partner's
language, see :mod:`metkasekor_desktop.io.column_headers`); a column it does not name
keeps its name.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.replacing import replacing

Cell = str | int | float | dt.date | None

XLSX_SHEET_NAME_MAX = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Control characters that the XLSX format cannot hold (tab, newline, return are fine).
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class TableExportError(DomainError):
    """A table could not be written; the message says which file and what to do."""


Labels = Mapping[str, str]
"""Column name -> the text of its header cell."""


def write_csv(path: str | os.PathLike[str], headers: Sequence[str],
              rows: Iterable[Sequence[Cell]], *, csvt: bool = False,
              labels: Labels | None = None) -> Path:
    """Write ``headers`` and ``rows`` as UTF-8 CSV with a byte-order mark; return the path.

    ``None`` becomes an empty cell; dates are written as ISO text (2026-05-31). A text
    that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
    return) is written behind a single quote, as OWASP advises; numbers are written as they
    are. With ``csvt`` a ``.csvt`` file beside it gives each column's type, so that QGIS
    and GDAL keep codes such as "02070402" as text, with their leading zeros: its types
    go by column position, so they hold for a header row of ``labels`` too (the header
    text of each named column; see :func:`header_row`).
    """
    out = Path(path)
    table = _checked_rows(out, headers, rows)
    shown = header_row(headers, labels)

    def write(temp: Path) -> None:
        with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([csv_cell(h) for h in shown])
            for row in table:
                writer.writerow([csv_cell(value) for value in row])

    _write_atomically(out, write)
    if csvt:
        types = ",".join(f'"{t}"' for t in csvt_types(len(headers), table))
        _write_atomically(out.with_suffix(".csvt"),
                          lambda temp: temp.write_text(types + "\n", encoding="ascii"))
    return out


def header_row(headers: Sequence[str], labels: Labels | None = None) -> list[str]:
    """The header cells of the columns ``headers``: each column's text in ``labels``
    (its name when it has none there, or an empty one). Two columns never share a
    header: a text that an earlier column has already is followed by the column's name
    in brackets, so that a spreadsheet or GDAL still tells the columns apart."""
    names = [str(h) for h in headers]
    if not labels:
        return names
    out: list[str] = []
    used: set[str] = set()
    for name in names:
        text = (labels.get(name) or name).strip() or name
        if text.casefold() in used:
            text = f"{text} ({name})"
        used.add(text.casefold())
        out.append(text)
    return out


# A cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV
# injection"); quotes already in front are counted, so that the guard can be undone.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_GUARDED = re.compile(r"'+[=+\-@\t\r]")


def csv_cell(value: Cell) -> str:
    """The text of one CSV cell, guarded against formula injection.

    Text starting with = + - @, a tab or a carriage return (after any single quotes)
    gets one more single quote in front; :func:`csv_cell_value` takes it off again.
    Numbers, negative ones too, are never changed.
    """
    text = _csv_text(value)
    if isinstance(value, str) and _FORMULA_START.match(text):
        return "'" + text
    return text


def csv_cell_value(text: str) -> str:
    """The value written as ``text`` by :func:`csv_cell` (the guarding quote removed)."""
    return text[1:] if _GUARDED.match(text) else text


def csvt_types(count: int, rows: Sequence[Sequence[Cell]]) -> list[str]:
    """The GDAL/QGIS ``.csvt`` type of each of ``count`` columns, from its values."""
    out = []
    for col in range(count):
        present = [row[col] for row in rows if row[col] is not None]
        if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
            out.append("Integer")
        elif present and all(isinstance(v, int | float) and not isinstance(v, bool)
                             for v in present):
            out.append("Real")
        elif present and all(isinstance(v, dt.date) and not isinstance(v, dt.datetime)
                             for v in present):
            out.append("Date")
        else:
            out.append("String")
    return out


def write_xlsx(path: str | os.PathLike[str], headers: Sequence[str],
               rows: Iterable[Sequence[Cell]], sheet_name: str = "Table", *,
               labels: Labels | None = None) -> Path:
    """Write ``headers`` and ``rows`` as one sheet of an XLSX workbook; return the path.

    Numbers stay numbers and dates stay dates; text is always stored as text, never as
    a formula, even when it starts with "=". With ``labels`` the header row holds their
    texts (see :func:`header_row`).
    """
    return write_xlsx_sheets(path, [(sheet_name, headers, rows)], labels=[labels])


def write_xlsx_sheets(path: str | os.PathLike[str],
                      sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Cell]]]],
                      *, labels: Sequence[Labels | None] | None = None) -> Path:
    """Write several tables, each as a sheet ``(name, headers, rows)``, into one workbook.

    Sheet names are made acceptable to Excel and unique. The workbook is streamed
    (openpyxl's write-only mode), so a register of 100,000 plots does not have to be
    held as cell objects in memory. ``labels``, one per sheet in order (None for a
    sheet headed by its column names), give the header texts (see :func:`header_row`).
    """
    out = Path(path)
    chosen = list(labels or [])
    chosen += [None] * (len(sheets) - len(chosen))
    tables = [(name, header_row(headers, words), _checked_rows(out, headers, rows))
              for (name, headers, rows), words in zip(sheets, chosen, strict=False)]
    from openpyxl import Workbook  # imported here: only exports need it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def write(temp: Path) -> None:
        with open(temp, "wb") as handle:  # first: an unwritable folder fails before any work
            book = Workbook(write_only=True)
            used: set[str] = set()
            for name, headers, table in tables:
                sheet = book.create_sheet(_unique_sheet_name(name, used))
                for col, header in enumerate(headers, start=1):
                    width = max([len(str(header))]
                                + [len(_csv_text(row[col - 1])) for row in table])
                    letter = get_column_letter(col)
                    sheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
                sheet.freeze_panes = "A2"
                bold = Font(bold=True)
                header_cells = []
                for header in headers:
                    cell = WriteOnlyCell(sheet, value=xlsx_text(str(header)))
                    cell.font = bold
                    header_cells.append(cell)
                sheet.append(header_cells)
                for row in table:
                    sheet.append([_xlsx_value(sheet, value) for value in row])
            book.save(handle)

    _write_atomically(out, write)
    return out


# OOXML writes a character XML cannot keep as _xHHHH_ (Excel reads it back), and a literal
# "_xHHHH_" in the text with its underscore escaped as _x005F_.
_OOXML_LITERAL = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def xlsx_text(text: str) -> str:
    """``text`` as an XLSX cell keeps it: a carriage return as _x000D_ (an XML reader would
    turn CR LF into LF), a literal _xHHHH_ escaped; characters XLSX cannot hold at all
    (NUL and other control characters but tab and newline) are left out, and
    :func:`xlsx_dropped` names them for the export's report."""
    if "_x" in text:
        text = _OOXML_LITERAL.sub("_x005F_", text)
    return _XML_ILLEGAL.sub("", text).replace("\r", "_x000D_")


def xlsx_dropped(text: str) -> bool:
    """Whether :func:`xlsx_text` leaves characters of ``text`` out."""
    return bool(_XML_ILLEGAL.search(text))


def xlsx_sheet_name(name: str) -> str:
    """A sheet name Excel accepts: no []:*?/\\ characters, at most 31 characters."""
    cleaned = _SHEET_NAME_FORBIDDEN.sub("_", _XML_ILLEGAL.sub("", name)).strip("'").strip()
    return cleaned[:XLSX_SHEET_NAME_MAX] or "Table"


# --- helpers -----------------------------------------------------------------------------
def _checked_rows(out: Path, headers: Sequence[str],
                  rows: Iterable[Sequence[Cell]]) -> list[Sequence[Cell]]:
    """All rows as a list, each as long as the header (a short row means a program bug)."""
    table = list(rows)
    for number, row in enumerate(table, start=1):
        if len(row) != len(headers):
            raise TableExportError(msg(
                "The table for {file} cannot be written: row {row} has {values} "
                "values but there are {columns} columns. Please report this problem.",
                file=out.name, row=number, values=len(row), columns=len(headers)))
    return table


def _csv_text(value: Cell) -> str:
    """The text of one CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _xlsx_value(sheet, value: Cell):  # noqa: ANN001, ANN202 - openpyxl sheet and cell
    """A value for a streamed sheet: numbers and dates typed, text always as text."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.date):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = ("yyyy-mm-dd hh:mm:ss" if isinstance(value, dt.datetime)
                              else "yyyy-mm-dd")
        return cell
    text = xlsx_text(str(value))
    if not text.startswith("="):
        return text
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # never a formula, even for text starting with "="
    return cell


def _unique_sheet_name(name: str, used: set[str]) -> str:
    """An acceptable sheet name not yet in ``used`` (Excel compares them ignoring case)."""
    base = xlsx_sheet_name(name)
    candidate, n = base, 1
    while candidate.lower() in used:
        n += 1
        suffix = f" ({n})"
        candidate = base[:XLSX_SHEET_NAME_MAX - len(suffix)] + suffix
    used.add(candidate.lower())
    return candidate


def _write_atomically(out: Path, write: Callable[[Path], object]) -> None:
    """Run ``write`` on a temporary file next to ``out``, then move it over ``out``."""
    try:
        with replacing(out, make_folder=False) as temp:
            write(temp)
    except OSError as error:
        raise TableExportError(msg(
            "Could not write {path}: {reason}. Choose a folder you can "
            "write to, and close the file if a spreadsheet program has it open.",
            path=str(out), reason=error.strerror or str(error))) from error
