"""One zip for a partner: the plots in the formats they asked for, and a README.

Partners ask for Shapefiles, GeoPackage, Google Earth files or spreadsheets, and always
for an explanation of the fields. The package holds every chosen format, written from
the same :class:`ExportTable` so they agree, and ``README.txt`` with the CRS, the plot
count, each field's meaning and unit (and its short Shapefile name) and the codes used.
It is built in a temporary folder and zipped to a temporary file before it is moved into
place: a failed or cancelled export leaves nothing behind.

The README, the field descriptions and the KML legend are messages, written in the
language of the writers' ``say`` (a function from a message to its text: ``str``, the
English, by default; the window and the command line pass theirs for a Khmer package).
The header rows of the CSV and Excel tables hold the field names, or on request words
said by ``header_say`` (:mod:`~metkasekor_desktop.io.column_headers`), which may be of
another language than the README's; the README then gives each field's header.

Personal data (the farmers' names and phone numbers, the exact plot outlines) are left
out unless ``personal`` is true (:mod:`~metkasekor_desktop.io.personal_data`); the README
says which was chosen.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG
from metkasekor_desktop.domain.messages import Message, msg
from metkasekor_desktop.io.column_headers import header_texts
from metkasekor_desktop.io.export_names import FORMATS
from metkasekor_desktop.io.export_notes import without_unwritable
from metkasekor_desktop.io.export_table import ExportTable
from metkasekor_desktop.io.field_docs import ADMIN_CODES_DOC, CODE_DOCS, describe
from metkasekor_desktop.io.personal_data import privacy_note, without_personal
from metkasekor_desktop.io.replacing import replacing
from metkasekor_desktop.io.shapefile_export import (
    export_temp_dir,
    short_field_names,
    write_shapefile,
)
from metkasekor_desktop.io.table_export import header_row, write_csv, write_xlsx_sheets
from metkasekor_desktop.io.vector_export import write_geojson, write_geopackage, write_kml

PACKAGE_FORMATS = FORMATS
CRS_NAMES = {STORAGE_EPSG: msg("EPSG:4326, WGS 84 (longitude and latitude in degrees)"),
             METRIC_EPSG: msg("EPSG:32648, WGS 84 / UTM zone 48N (easting and northing in "
                              "metres)")}
README = "README.txt"

Progress = Callable[[int, int], None]
Say = Callable[[str], str]
"""How a message becomes the text written: ``str`` (English) or the user's language."""


class PartnerPackageError(DomainError):
    """The package could not be written; the message says why and what to do."""


class ExportCancelled(PartnerPackageError):
    """The officer cancelled the export; nothing was written."""


def write_partner_package(out_zip: Path, plots: ExportTable, related: Sequence[ExportTable],
                          formats: Sequence[str], *, epsg: int = STORAGE_EPSG, title: str = "",
                          progress: Progress | None = None,
                          cancelled: Callable[[], bool] | None = None,
                          say: Say = str, header_say: Say | None = None,
                          personal: bool = False) -> Path:
    """Write the package zip and return its path.

    ``formats`` are among :data:`PACKAGE_FORMATS`. The Shapefile and GeoPackage are
    written in ``epsg`` (4326 or 32648); GeoJSON and KML are always WGS 84, as their
    standards require. ``progress(done, total)`` is called after every step;
    when ``cancelled()`` turns true the work stops with :class:`ExportCancelled`.
    ``say`` turns each message of the README, the field descriptions and the KML
    legend into the text written (English by default). ``header_say`` heads the columns
    of the CSV and Excel tables with words said by it; None keeps the field names.
    Without ``personal`` the farmers' names and phones are left out and each plot is
    its centre point (:func:`~metkasekor_desktop.io.personal_data.without_personal`).
    """
    out_zip = Path(out_zip)
    chosen = _chosen_formats(formats)
    if not personal:
        plots, related = without_personal(plots, related)
    if epsg not in CRS_NAMES:
        raise PartnerPackageError(msg(
            "A partner package can be written in EPSG:4326 or EPSG:32648, not EPSG:{epsg}. "
            "Choose WGS 84 or WGS 84 / UTM zone 48N.", epsg=epsg))
    names = [t.name.strip().lower() for t in related]
    if "plots" in names or len(set(names)) < len(names) or "" in names:
        raise PartnerPackageError(msg(
            "The tables of a partner package need distinct names other than 'plots' "
            "(got: {names}). Please report this problem.",
            names=", ".join(t.name for t in related)))
    total = len(chosen) + 2  # each format, the README, the zip
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled(msg("The export was cancelled; no package was written."))

    if progress is not None:
        progress(0, total)
    try:
        with replacing(out_zip) as part, export_temp_dir() as folder:
            files: list[Path] = []
            projected = plots.reprojected(epsg)
            for fmt in chosen:
                check()
                files += _write_format(fmt, folder, plots, projected, related, epsg, say,
                                       header_say)
                step()
            check()
            readme = folder / README
            readme.write_text(package_readme(plots, related, chosen, epsg=epsg, title=title,
                                             say=say, header_say=header_say,
                                             personal=personal),
                              encoding="utf-8-sig", newline="\r\n")
            files.insert(0, readme)
            step()
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
                for f in files:
                    check()
                    zf.write(f, f.relative_to(folder).as_posix())
            check()
        step()
    except OSError as exc:
        raise PartnerPackageError(msg(
            "Could not write the package {path}: {reason}. Choose a folder "
            "you can write to and with free space, and close the file if another program "
            "has it open.", path=str(out_zip), reason=exc.strerror or str(exc))) from exc
    return out_zip


def package_readme(plots: ExportTable, related: Sequence[ExportTable], formats: Sequence[str],
                   *, epsg: int = STORAGE_EPSG, title: str = "", say: Say = str,
                   header_say: Say | None = None, personal: bool = False) -> str:
    """The README of a package: what each file is, each field, unit and code.

    ``say`` turns each message into the text written (English by default). With
    ``header_say`` (the CSV and Excel tables headed by words) each field says its header.
    ``personal`` says whether the tables hold personal data (the README says which).
    """
    headed = header_say is not None and bool({"csv", "xlsx"} & set(formats))

    def headers_of(table: ExportTable) -> dict[str, str]:
        if not headed or header_say is None:
            return {}
        shown = header_row(table.headers, header_texts(table.headers, header_say, table.name))
        return {name: text for name, text in zip(table.headers, shown, strict=True)
                if text != name}

    heading = title or say(msg("MetKasekor plots"))
    lines = [heading, "=" * len(heading), "",
             say(msg("Written: {date}", date=date.today().isoformat())),
             say(msg("Plots: {count}", count=len(plots))),
             say(msg("Coordinate reference system: {crs}", crs=CRS_NAMES[epsg]))]
    if {"geojson", "kml", "kmz"} & set(formats) and epsg != STORAGE_EPSG:
        lines.append("  " + say(msg("(GeoJSON and KML files are always in EPSG:4326, WGS 84, "
                                    "as their standards require.)")))
    lines += [say(msg("Text is UTF-8 (Khmer script). Dates are written YYYY-MM-DD. Areas are "
                      "in hectares, measured in WGS 84 / UTM zone 48N.")),
              say(privacy_note(personal, formats)), ""]
    lines += _heading(say(msg("Files")), "-")
    lines += _file_lines(related, formats, say)
    short = short_field_names(plots.headers) if "shp" in formats else {}
    lines += ["", say(msg("Layer '{name}' ({count} rows)", name="plots", count=len(plots))),
              "-" * 30]
    words = headers_of(plots)
    for name in plots.headers:
        label = (msg("{field} (Shapefile: {short})", field=name, short=short[name])
                 if name in short else name)
        lines.append("  " + _field_line(_headed(label, words.get(name)),
                                        describe(name, plots.descriptions), say))
    if "yield_t_ha" in plots.columns:
        lines += ["", "  " + say(msg(
            "Yields: yield_t_ha is the yield of one crop, the main crop named in "
            "yield_crop (t/ha at the crop's standard moisture). A plot with two crops "
            "in a season has each crop's yield in 'yields' (e.g. 'maize 4.33; cowpea "
            "1.17'; in Excel: Data > Text to Columns, separator ';'), and each harvest "
            "is a row of the yield_records table with its crop and yield_t_ha. The "
            "yields of different crops are never averaged."))]
    for table in related:
        lines += ["", say(msg("Table '{name}' ({count} rows)", name=table.name,
                              count=len(table))), "-" * 30]
        words = headers_of(table)
        lines += ["  " + _field_line(_headed(name, words.get(name)),
                                     describe(name, table.descriptions), say)
                  for name in table.headers]
    lines += [""]
    lines += _heading(say(msg("Codes")), "-")
    for column, codes in CODE_DOCS.items():
        if column in plots.columns:
            lines.append(f"  {column}:")
            lines += [f"    {code} = {say(meaning)}" for code, meaning in codes.items()]
    lines += _practice_lines(related, say)
    lines += [f"  {say(ADMIN_CODES_DOC)}", ""]
    return "\n".join(lines)


# --- helpers -----------------------------------------------------------------------------
def _heading(text: str, rule: str) -> list[str]:
    """A heading underlined as long as it is."""
    return [text, rule * len(text)]


def _headed(label: str, header: str | None) -> str:
    """A field's label with the header its column has in the CSV and Excel tables."""
    if not header:
        return label
    return msg("{field}, column '{header}' in the tables", field=label, header=header)


def _field_line(label: str, meaning: str, say: Say) -> str:
    """One field of the README: its name and what it means (said)."""
    return say(msg("{field}: {meaning}", field=label,
                   meaning=meaning or msg("no description")))


def _chosen_formats(formats: Sequence[str]) -> list[str]:
    chosen = list(dict.fromkeys(f.strip().lower().lstrip(".") for f in formats))
    unknown = [f for f in chosen if f not in PACKAGE_FORMATS]
    if unknown:
        raise PartnerPackageError(msg(
            "Choose the formats of the package among {formats}; {unknown} is not one of them.",
            formats=", ".join(PACKAGE_FORMATS), unknown=", ".join(unknown)))
    if not chosen:
        raise PartnerPackageError(msg("Choose the formats of the package among {formats}.",
                                      formats=", ".join(PACKAGE_FORMATS)))
    return chosen


def _write_format(fmt: str, folder: Path, plots: ExportTable, projected: ExportTable,
                  related: Sequence[ExportTable], epsg: int, say: Say = str,
                  header_say: Say | None = None) -> list[Path]:
    if fmt in ("shp", "gpkg", "geojson"):  # GDAL would cut a text at a NUL: drop the NUL
        plots, projected = without_unwritable(fmt, plots), without_unwritable(fmt, projected)
        related = [without_unwritable(fmt, t) for t in related]
    if fmt == "shp":
        return write_shapefile(projected, folder, "plots", say=say)
    if fmt == "gpkg":
        return [write_geopackage(folder / "plots.gpkg", projected, related, epsg=epsg,
                                 say=say)]
    if fmt == "geojson":
        return [write_geojson(folder / "plots.geojson", plots)]
    if fmt in ("kml", "kmz"):
        return [write_kml(folder / f"plots.{fmt}", plots, say=say)]
    tables = [plots, *related]
    labels = [None if header_say is None else header_texts(t.headers, header_say, t.name)
              for t in tables]
    if fmt == "csv":
        (folder / "tables").mkdir(exist_ok=True)
        written = [write_csv(folder / "tables" / f"{_file_name(t.name)}.csv", t.headers,
                             t.rows(), csvt=True, labels=words)
                   for t, words in zip(tables, labels, strict=True)]
        return [f for path in written for f in (path, path.with_suffix(".csvt"))]
    return [write_xlsx_sheets(folder / "tables.xlsx",
                              [(t.name, t.headers, t.rows()) for t in tables], labels=labels)]


def _file_lines(related: Sequence[ExportTable], formats: Sequence[str],
                say: Say = str) -> list[str]:
    names = ", ".join(t.name for t in related)
    csv_files = ", ".join(["tables/plots.csv",
                           *(f"tables/{_file_name(t.name)}.csv" for t in related)])
    docs: dict[str, Message] = {
        "shp": msg("plots.shp, .shx, .dbf, .prj, .cpg: ESRI Shapefile, text in UTF-8. Field "
                   "names are at most 10 characters; plots_fields.csv gives each short name "
                   "its full name and meaning. A text longer than 254 bytes ends with '…' in "
                   "the Shapefile and is complete in plots_long_text.csv (code, field, part, "
                   "text: join the parts in order)."),
        "gpkg": (msg("plots.gpkg: GeoPackage (QGIS, ArcGIS) with the layer 'plots' and the "
                     "tables {names}.", names=names) if names else
                 msg("plots.gpkg: GeoPackage (QGIS, ArcGIS) with the layer 'plots'.")),
        "geojson": msg("plots.geojson: GeoJSON (RFC 7946), WGS 84."),
        "kml": msg("plots.kml: for Google Earth; plots coloured by practice, click a plot "
                   "for its data."),
        "kmz": msg("plots.kmz: the same for Google Earth, compressed."),
        "csv": msg("tables/*.csv: each table as CSV (UTF-8 with a byte-order mark, for "
                   "Excel): {files}. Each .csvt beside a .csv gives the column types for QGIS, "
                   "so codes keep their leading zeros. A text starting with = + - @, a tab or "
                   "a carriage return has a single quote in front, so that a spreadsheet does "
                   "not run it as a formula.", files=csv_files),
        "xlsx": msg("tables.xlsx: each table as a sheet of one Excel workbook."),
    }
    return ["  " + say(docs[fmt]) for fmt in PACKAGE_FORMATS if fmt in formats]


def _practice_lines(related: Sequence[ExportTable], say: Say = str) -> list[str]:
    """Practice keys with their English and Khmer names, from a "practices" table."""
    table = next((t for t in related if t.name.lower() == "practices"), None)
    if table is None:
        return []
    key = _first(table, ("key", "practice_key", "code"))
    if key is None:
        return []
    english = _first(table, ("name_en", "practice_name_en", "name"))
    khmer = _first(table, ("name_kh", "practice_name_kh"))
    lines = ["  " + say(msg("practices (keys in the 'practices' field):"))]
    for i, value in enumerate(table.columns[key]):
        names = [str(table.columns[c][i]) for c in (english, khmer)
                 if c is not None and table.columns[c][i] not in (None, "")]
        lines.append(f"    {value} = {' / '.join(names)}")
    return lines


def _first(table: ExportTable, names: Sequence[str]) -> str | None:
    return next((n for n in names if n in table.columns), None)


def _file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_" else "_" for c in name).strip("_")
    return cleaned or "table"


