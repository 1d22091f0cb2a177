"""Plots as a zipped ESRI Shapefile that partners can open, with Khmer text intact.

A Shapefile limits field names to 10 characters and text values to 254 bytes, and
loses Khmer unless the DBF is UTF-8 and a ``.cpg`` says so. This module keeps a
stable mapping of our field names to short ones (written to ``<layer>_fields.csv``
beside the Shapefile) and never cuts a long text silently: the DBF gets a shortened
value ending in "…" and ``<layer>_long_text.csv`` holds the full text, keyed by plot
code, split into numbered parts of at most 254 bytes each.

The data goes to GDAL in one piece through Arrow (``pyogrio.write_arrow``): no Python
loop touches the 100,000 x 30 values of a large register. Only text columns whose
longest value is over 254 bytes (a byte count Arrow reads from its offsets) are looked
at row by row, and then only the rows that are too long.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import time
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG
from metkasekor_desktop.domain.messages import Message, joined, msg
from metkasekor_desktop.io.export_table import ExportTable
from metkasekor_desktop.io.field_docs import describe
from metkasekor_desktop.io.replacing import replacing
from metkasekor_desktop.io.table_export import write_csv
from metkasekor_desktop.io.temp_files import make_temp_dir

DBF_TEXT_BYTES = 254
ELLIPSIS = "…"
SUPPORTED_EPSG = (STORAGE_EPSG, METRIC_EPSG)
SHAPEFILE_SUFFIXES = (".shp", ".shx", ".dbf", ".prj", ".cpg")

# Our field names and their Shapefile names (<= 10 characters). Never change an entry:
# partners' scripts and maps rely on these names. Add new ones at the end.
FIELD_NAMES: dict[str, str] = {
    "id": "id",
    "code": "code",
    "name": "name",
    "farmer_id": "farmer_id",
    "farmer_name_kh": "farmer_kh",
    "farmer_name_latin": "farmer_lat",
    "farmer_sex": "farmer_sex",
    "farmer_phone": "farmer_tel",
    "village_code": "vill_code",
    "village_name_kh": "vill_kh",
    "village_name_en": "vill_en",
    "commune_code": "comm_code",
    "commune_name_kh": "comm_kh",
    "commune_name_en": "comm_en",
    "district_code": "dist_code",
    "district_name_kh": "dist_kh",
    "district_name_en": "dist_en",
    "province_code": "prov_code",
    "province_name_kh": "prov_kh",
    "province_name_en": "prov_en",
    "role": "role",
    "area_ha": "area_ha",
    "paired_plot_id": "pair_id",
    "paired_code": "pair_code",
    "soil_type": "soil_type",
    "notes": "notes",
    "created_at": "created",
    "modified_at": "modified",
    "stage": "stage",
    "season": "season",
    "plan_status": "plan_stat",
    "crops": "crops",
    "practices": "practices",
    "practice_names_en": "pract_en",
    "practice_names_kh": "pract_kh",
    "providers": "providers",
    "planned_date": "planned",
    "done_date": "done",
    "plan_cost": "plan_cost",
    "yield_t_ha": "yield_t_ha",
    "yield_crop": "yield_crop",
    "yields": "yields",
}
_MAX_NAME = 10
_COENG = "\u17d2"  # Khmer sign that joins the next consonant below: never end a cut on it
_JOINERS = {"\u200c", "\u200d"}


class ShapefileExportError(DomainError):
    """The Shapefile could not be written; the message says where and what to do."""


@dataclass(slots=True)
class ShapefileExportSummary:
    """What an export wrote, for the message shown to the officer."""

    path: Path
    count: int
    field_names: dict[str, str]
    shortened: list[tuple[str, str]] = field(default_factory=list)  # (plot code, field)

    def message(self) -> Message:
        written = msg("{count} plots written to {file}.", count=self.count, file=self.path.name)
        if not self.shortened:
            return written
        return joined([written, msg(
            "{count} text values were longer than a Shapefile allows (254 bytes) and end "
            "with '…'; their full text is in the file *_long_text.csv inside the zip.",
            count=len(self.shortened))], " ")


@dataclass(slots=True)
class _Written:
    files: list[Path]
    field_names: dict[str, str]
    shortened: list[tuple[str, str]]


def short_field_names(names: Iterable[str]) -> dict[str, str]:
    """Map each name to a unique DBF field name of at most 10 characters.

    Known names use :data:`FIELD_NAMES`; others are reduced to lower-case ASCII letters,
    digits and underscores and cut to 10 characters, with ``_1``, ``_2``... on a
    collision (DBF names are case-insensitive). The result depends only on the names
    and their order, so the same table always gets the same fields.
    """
    out: dict[str, str] = {}
    used: set[str] = set()
    names = list(dict.fromkeys(names))
    for name in names:  # known names first, so that they always keep their short name
        short = FIELD_NAMES.get(name)
        if short is not None and short.lower() not in used:
            out[name] = short
            used.add(short.lower())
    for name in names:
        if name in out:
            continue
        base = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_") or "field"
        if base[0].isdigit():
            base = "f" + base
        short, n = base[:_MAX_NAME], 0
        while short.lower() in used:
            n += 1
            suffix = f"_{n}"
            short = base[: _MAX_NAME - len(suffix)] + suffix
        out[name] = short
        used.add(short.lower())
    return {name: out[name] for name in names}


def _cut(text: str, max_bytes: int) -> int:
    """How many characters of ``text`` fit in ``max_bytes`` of UTF-8 without breaking
    a Khmer cluster (a consonant with its subscripts and vowel signs) where possible."""
    n = len(text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore"))
    if n >= len(text):
        return n
    k = n
    while k > 0 and (unicodedata.category(text[k])[0] == "M" or text[k - 1] == _COENG
                     or text[k] in _JOINERS or text[k - 1] in _JOINERS):
        k -= 1
    return k or n  # one cluster longer than the limit: cut inside it rather than loop


def shorten_text(text: str, max_bytes: int = DBF_TEXT_BYTES) -> str:
    """``text`` cut to ``max_bytes`` of UTF-8, ending with "…" when it was cut."""
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    return text[:_cut(text, max_bytes - len(ELLIPSIS.encode("utf-8")))] + ELLIPSIS


def split_text(text: str, max_bytes: int = DBF_TEXT_BYTES) -> list[str]:
    """``text`` in parts of at most ``max_bytes`` of UTF-8; joined they give it back."""
    parts: list[str] = []
    while text:
        n = max(_cut(text, max_bytes), 1)
        parts.append(text[:n])
        text = text[n:]
    return parts or [""]


def write_shapefile(table: ExportTable, folder: Path, layer: str, *,
                    say: Callable[[str], str] = str) -> list[Path]:
    """Write ``table`` as ``<layer>.shp`` and its companions into ``folder``.

    Returns the files written: ``.shp .shx .dbf .prj .cpg``, ``<layer>_fields.csv``
    (short name, full name, description) and, when a text was too long,
    ``<layer>_long_text.csv``. The geometries are written in the table's own CRS.
    ``say`` turns each field description (a message) into the text written (English
    by default).
    """
    return _write(table, Path(folder), layer, say).files


def write_shapefile_zip(table: ExportTable, out_zip: Path, *, epsg: int = STORAGE_EPSG,
                        layer: str = "plots") -> ShapefileExportSummary:
    """Write ``table`` as a zipped Shapefile in ``epsg`` (4326 or 32648).

    The zip is written under a temporary name and moved into place, so a failure never
    leaves half a zip where a good one was.
    """
    out_zip = Path(out_zip)
    if epsg not in SUPPORTED_EPSG:
        raise ShapefileExportError(msg(
            "Shapefiles can be exported in EPSG:4326 or EPSG:32648, not EPSG:{epsg}. "
            "Choose WGS 84 or WGS 84 / UTM zone 48N.", epsg=epsg))
    table = table.reprojected(epsg)
    try:
        with replacing(out_zip) as part, export_temp_dir() as tmp:
            written = _write(table, tmp, layer)
            write_zip(part, written.files)
    except OSError as exc:
        raise ShapefileExportError(msg(
            "Could not write the Shapefile zip {path}: {reason}. "
            "Choose a folder you can write to, and close the file if another program "
            "has it open.", path=str(out_zip), reason=exc.strerror or str(exc))) from exc
    return ShapefileExportSummary(out_zip, len(table), written.field_names, written.shortened)


@contextmanager
def export_temp_dir() -> Iterator[Path]:
    """A private folder for the files of one export, removed afterwards.

    Named by :func:`make_temp_dir`, so that the start-up cleanup removes it when a
    killed run could not.
    """
    folder = make_temp_dir("export")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- writing -----------------------------------------------------------------------------
def _write(table: ExportTable, folder: Path, layer: str,
           say: Callable[[str], str] = str) -> _Written:
    import pyogrio
    import pyogrio.errors

    layer = re.sub(r"[^\w\-]+", "_", layer).strip("_") or "plots"
    if table.wkb is None:
        raise ShapefileExportError(msg(
            "The table {name} has no geometries, so it cannot be a Shapefile. "
            "Export it as CSV or Excel instead.", name=table.name))
    mapping = short_field_names(table.headers)
    arrow, long_rows = _arrow_for_dbf(table, mapping)
    shp = folder / f"{layer}.shp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        pyogrio.write_arrow(
            arrow, shp, layer=layer, driver="ESRI Shapefile",
            geometry_name=arrow.schema.names[-1], geometry_type=table.geometry_type(),
            crs=f"EPSG:{table.epsg}", encoding="UTF-8",
        )
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise ShapefileExportError(msg(
            "Could not write the Shapefile {file}: {reason}. Check that the folder is "
            "writable and has free space, then export again.", file=shp.name,
            reason=str(exc))) from exc
    cpg = folder / f"{layer}.cpg"
    cpg.write_text("UTF-8", encoding="ascii")  # GDAL writes it too; make sure it is there
    files = [folder / f"{layer}{suffix}" for suffix in SHAPEFILE_SUFFIXES]
    fields_csv = folder / f"{layer}_fields.csv"
    write_csv(fields_csv, ("short_name", "full_name", "description"),
               [(mapping[n], n, say(describe(n, table.descriptions))) for n in table.headers])
    files.append(fields_csv)
    if long_rows:
        long_csv = folder / f"{layer}_long_text.csv"
        write_csv(long_csv, ("code", "field", "part", "text"),
                   [(c, f, str(p), t) for c, f, p, t in long_rows])
        files.append(long_csv)
    shortened = list(dict.fromkeys((c, f) for c, f, _, _ in long_rows))
    return _Written(files, mapping, shortened)


def _arrow_for_dbf(table: ExportTable,
                   mapping: dict[str, str]) -> tuple[Any, list[tuple[str, str, int, str]]]:
    """The Arrow table with short names, text fields sized in bytes and long text cut.

    Returns it with the sidecar rows (code, field, part, text) of every cut value.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arrow = table.to_arrow()
    fields, columns = [], []
    long_rows: list[tuple[str, str, int, str]] = []
    for name, column in zip(table.headers, arrow.columns[: len(table.headers)], strict=True):
        meta = None
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            lengths = pc.binary_length(column)
            longest = pc.max(lengths).as_py() or 0
            if longest > DBF_TEXT_BYTES:
                column, rows = _cut_long_text(table, name, column, lengths)
                long_rows.extend(rows)
                longest = pc.max(pc.binary_length(column)).as_py() or 0
            meta = {b"GDAL:OGR:width": str(max(1, longest)).encode()}
        columns.append(column)
        fields.append(pa.field(mapping[name], column.type, metadata=meta))
    used = {s.lower() for s in mapping.values()}
    geom_name = next(n for n in ("geometry", "wkb_geometry", "geom_wkb") if n not in used)
    geom = arrow.schema.field(arrow.num_columns - 1)
    fields.append(pa.field(geom_name, geom.type, metadata=geom.metadata))
    columns.append(arrow.column(arrow.num_columns - 1))
    return pa.Table.from_arrays(columns, schema=pa.schema(fields)), long_rows


def _cut_long_text(table: ExportTable, name: str, column: Any,
                   lengths: Any) -> tuple[Any, list[tuple[str, str, int, str]]]:
    """Shorten the too-long values of one text column; the sidecar rows for them."""
    import pyarrow as pa

    over = np.flatnonzero(lengths.fill_null(0).to_numpy() > DBF_TEXT_BYTES)
    out = np.array(column.to_numpy(zero_copy_only=False), dtype=object, copy=True)
    rows: list[tuple[str, str, int, str]] = []
    for i in over:
        text = str(out[i])
        out[i] = shorten_text(text)
        key = _row_key(table, int(i))
        rows.extend((key, name, n, part) for n, part in enumerate(split_text(text), start=1))
    return pa.array(out, type=pa.string(), from_pandas=True), rows


def _row_key(table: ExportTable, i: int) -> str:
    """How a partner finds a row: its plot code, else its row number (from 1)."""
    codes = table.columns.get("code")
    code = None if codes is None else codes[i]
    if code is None or code != code or not str(code):  # None, NaN or empty
        return str(i + 1)
    return str(code)


# --- zipping ----------------------------------------------------------------------------
_CHUNK = 4 << 20
_ZIP32_LIMIT = 0xFFFFFFFF - _CHUNK  # beyond it (never for a Shapefile) zipfile's zip64


def write_zip(out: Path, files: Sequence[Path], level: int = 1) -> None:
    """Zip ``files`` (flat, by name) into ``out``, deflating on every processor core.

    Compressing a 100,000-plot Shapefile one 8 KB block at a time (``zipfile``) costs
    half as long again as writing it. Here each file is cut into 4 MB chunks that
    worker threads deflate at once (zlib lets go of the GIL); every chunk but a file's
    last ends with a full flush, so that the chunks join into one valid deflate stream
    (the technique of pigz). The archive is a plain zip that any reader opens.
    """
    if sum(f.stat().st_size for f in files) >= _ZIP32_LIMIT:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
            for f in files:
                zf.write(f, f.name)
        return
    workers = min(os.cpu_count() or 1, 8)
    stamp = time.localtime()
    dos_time = stamp.tm_hour << 11 | stamp.tm_min << 5 | stamp.tm_sec // 2
    dos_date = (stamp.tm_year - 1980) << 9 | stamp.tm_mon << 5 | stamp.tm_mday
    central = []
    with ThreadPoolExecutor(workers) as pool, open(out, "wb") as zf:
        for f in files:
            name = f.name.encode("utf-8")
            offset = zf.tell()
            zf.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0800, 8, dos_time,
                                 dos_date, 0, 0, 0, len(name), 0) + name)
            crc, size, packed = _deflate_file(f, zf, pool, workers, level)
            end = zf.tell()
            zf.seek(offset + 14)
            zf.write(struct.pack("<III", crc, packed, size))
            zf.seek(end)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0x0800,
                                       8, dos_time, dos_date, crc, packed, size, len(name),
                                       0, 0, 0, 0, 0o100644 << 16, offset) + name)
        start = zf.tell()
        directory = b"".join(central)
        zf.write(directory)
        zf.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                             len(directory), start, 0))


def _deflate_file(path: Path, out: Any, pool: ThreadPoolExecutor, workers: int,
                  level: int) -> tuple[int, int, int]:
    """Append ``path`` deflated to ``out``; return its CRC-32, size and packed size."""
    crc = size = packed = 0
    with open(path, "rb") as f:
        total = os.fstat(f.fileno()).st_size
        while True:
            read = [f.read(_CHUNK) for _ in range(2 * workers)]
            batch = [b for b in read if b] or [b""]
            size += sum(len(b) for b in batch)
            last = size >= total or len(batch) < len(read)  # the end, even if it shrank
            jobs = [pool.submit(_deflate, b, level, last and i == len(batch) - 1)
                    for i, b in enumerate(batch)]
            for b in batch:
                crc = zlib.crc32(b, crc)
            for job in jobs:
                data = job.result()
                out.write(data)
                packed += len(data)
            if last:
                return crc, size, packed


def _deflate(data: bytes, level: int, final: bool) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


