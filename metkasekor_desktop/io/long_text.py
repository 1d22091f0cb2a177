"""The full text of our own Shapefile exports, put back when such a Shapefile is imported.

A DBF text holds at most 254 bytes, so our export cuts a longer text to end with "…" and
writes the whole text to ``<layer>_long_text.csv`` (code, field, part, text), beside the
``.shp`` or in the same zip, with ``<layer>_fields.csv`` naming each short DBF field.
Reading that sidecar, a value that still ends with "…" and begins like the full text of
the same plot code and field gets the full text again. Anything else (a sidecar missing,
unreadable or not ours; a value edited since the export) leaves the values as they are:
the sidecar only ever completes text, it never changes an import's outcome.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path, PurePosixPath

from metkasekor_desktop.io.shapefile_export import ELLIPSIS, FIELD_NAMES
from metkasekor_desktop.io.source_features import SourceFeatures
from metkasekor_desktop.io.table_export import csv_cell_value

LONG_TEXT_SUFFIX = "_long_text.csv"
FIELDS_SUFFIX = "_fields.csv"
MAX_SIDECAR_BYTES = 256 << 20  # a larger "sidecar" is not one of ours: it is not read
_HEADER = ["code", "field", "part", "text"]


def restore_long_text(features: SourceFeatures, shp: Path, archive: Path | None = None,
                      extracted: Path | None = None) -> int:
    """Complete the cut texts of ``features`` read from ``shp``; the count completed.

    The sidecars are looked for beside ``shp``, then in ``archive`` (the zip the
    Shapefile came from, extracted into ``extracted``). Never raises for a bad sidecar.
    """
    try:
        sidecar = _sidecar(shp, shp.stem + LONG_TEXT_SUFFIX, archive, extracted)
        if sidecar is None:
            return 0
        fields = _sidecar(shp, shp.stem + FIELDS_SUFFIX, archive, extracted)
        return _restore(features, _full_texts(sidecar), _short_names(fields))
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, csv.Error, ValueError):
        return 0


# --- finding and reading the sidecars -------------------------------------------------------
def _sidecar(shp: Path, name: str, archive: Path | None, extracted: Path | None
             ) -> str | None:
    """The text of the file ``name`` beside ``shp``, else in the same folder of the zip."""
    try:
        beside = [p for p in shp.parent.iterdir() if p.name.lower() == name.lower()]
    except OSError:
        beside = []
    if beside:
        if beside[0].stat().st_size > MAX_SIDECAR_BYTES:
            return None
        return beside[0].read_bytes().decode("utf-8-sig")
    if archive is None or archive.suffix.lower() != ".zip" or not archive.is_file():
        return None
    folder = None
    if extracted is not None:
        try:
            folder = PurePosixPath(shp.relative_to(extracted).parent.as_posix())
        except ValueError:
            folder = None
    with zipfile.ZipFile(archive) as zf:
        found = [i for i in zf.infolist() if not i.is_dir()
                 and PurePosixPath(i.filename.replace("\\", "/")).name.lower() == name.lower()]
        same = [i for i in found
                if PurePosixPath(i.filename.replace("\\", "/")).parent == folder]
        chosen = same or (found if len(found) == 1 else [])
        if not chosen or chosen[0].file_size > MAX_SIDECAR_BYTES:
            return None
        with zf.open(chosen[0]) as member:
            data = member.read(MAX_SIDECAR_BYTES + 1)
    return None if len(data) > MAX_SIDECAR_BYTES else data.decode("utf-8-sig")


def _rows(text: str | None) -> list[list[str]]:
    if not text:
        return []
    return [[csv_cell_value(cell) for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""))]


def _full_texts(text: str) -> dict[tuple[str, str], str]:
    """(row key, field) -> the whole text, its numbered parts joined in order."""
    rows = _rows(text)
    if not rows or [h.strip().lower() for h in rows[0]] != _HEADER:
        return {}
    parts: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for row in rows[1:]:
        if len(row) == 4:
            parts.setdefault((row[0], row[1]), []).append((int(row[2]), row[3]))
    return {key: "".join(t for _, t in sorted(found)) for key, found in parts.items()}


def _short_names(text: str | None) -> dict[str, str]:
    """Full field name -> DBF field name, from ``<layer>_fields.csv`` (else our mapping)."""
    names = dict(FIELD_NAMES)
    rows = _rows(text)
    if rows and [h.strip().lower() for h in rows[0][:2]] == ["short_name", "full_name"]:
        names.update({row[1]: row[0] for row in rows[1:] if len(row) >= 2})
    return names


# --- completing the values -----------------------------------------------------------------
def _restore(features: SourceFeatures, texts: dict[tuple[str, str], str],
             short: dict[str, str]) -> int:
    if not texts:
        return 0
    columns = {c.lower(): c for c in features.columns}
    code_column = columns.get(short.get("code", "code").lower())
    codes = features.values[code_column] if code_column else [None] * len(features)
    rows_of: dict[str, list[int]] = {}
    for i, code in enumerate(codes):
        if code is not None and str(code):
            rows_of.setdefault(str(code), []).append(i)
    restored = 0
    for (key, field), full in texts.items():
        column = columns.get(short.get(field, field).lower())
        if column is None:
            continue
        rows = rows_of.get(key)
        if rows is None and key.isdigit() and 0 < int(key) <= len(codes) \
                and not (codes[int(key) - 1] is not None and str(codes[int(key) - 1])):
            rows = [int(key) - 1]  # a row without a code is named by its number
        values = features.values[column]
        for i in rows or []:
            value = values[i]
            if isinstance(value, str) and value.endswith(ELLIPSIS) \
                    and full.startswith(value[:-len(ELLIPSIS)]) and full != value:
                values[i] = full
                restored += 1
    return restored
