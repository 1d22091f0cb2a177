"""Plots as a zipped ESRI Shapefile that partners can open, with Khmer text intact.

A Shapefile limits field names to 10 characters and text values to 254 bytes, and
loses Khmer unless the DBF is UTF-8 and a ``.cpg`` says so. This module keeps a
stable mapping of our field names to short ones (written to ``<layer>_fields.csv``
inside the zip) and never cuts a long text silently: the DBF gets a shortened value
ending in "…" and ``<layer>_long_text.csv`` holds the full text, keyed by plot code.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import numpy as np

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform

DBF_TEXT_BYTES = 254
ELLIPSIS = "…"
SUPPORTED_EPSG = (STORAGE_EPSG, METRIC_EPSG)

# Our field names and their Shapefile names (<= 10 characters). Never change an entry:
# partners' scripts and maps rely on these names.
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
}
_MAX_NAME = 10


class ShapefileExportError(DomainError):
    """The Shapefile could not be written; the message says where and what to do."""


@dataclass(slots=True)
class ShapefileExportSummary:
    """What an export wrote, for the message shown to the officer."""

    path: Path
    count: int
    field_names: dict[str, str]
    shortened: list[tuple[str, str]] = field(default_factory=list)  # (plot code, field)

    def message(self) -> str:
        text = f"{self.count} plots written to {self.path.name}."
        if self.shortened:
            text += (
                f" {len(self.shortened)} text values were longer than a Shapefile allows "
                f"(254 bytes) and end with '{ELLIPSIS}'; their full text is in the file "
                "*_long_text.csv inside the zip."
            )
        return text


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


def shorten_text(text: str, max_bytes: int = DBF_TEXT_BYTES) -> str:
    """``text`` cut to ``max_bytes`` of UTF-8, ending with "…" when it was cut."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    room = max_bytes - len(ELLIPSIS.encode("utf-8"))
    return data[:room].decode("utf-8", errors="ignore") + ELLIPSIS


def _column(values: list[object]) -> tuple[np.ndarray, np.ndarray | None]:
    """A typed array for one field and its null mask: codes and text stay text."""
    present = [v for v in values if v is not None and v != ""]
    mask = np.array([v is None for v in values])
    if present and all(isinstance(v, datetime) for v in present):
        return np.array([v.isoformat() if v else None for v in values], dtype=object), None
    if present and all(isinstance(v, date) for v in present):
        days = [np.datetime64(v, "D") if v else np.datetime64("NaT") for v in values]
        return np.array(days, dtype="datetime64[D]"), None
    if present and all(isinstance(v, (bool, np.bool_)) for v in present):
        return np.array([int(bool(v)) if v is not None else 0 for v in values]), mask
    if present and all(isinstance(v, (int, np.integer)) and not isinstance(v, bool)
                       for v in present):
        return np.array([int(v) if v is not None else 0 for v in values], dtype=np.int64), mask
    if present and all(isinstance(v, (int, float, np.number)) for v in present):
        return np.array([float(v) if v is not None else np.nan for v in values]), None
    return np.array([None if v is None else str(v) for v in values], dtype=object), None


def write_shapefile_zip(
    rows: Sequence[Mapping[str, object]],
    geometries: np.ndarray,
    out_zip: Path,
    *,
    epsg: int = STORAGE_EPSG,
    layer: str = "plots",
) -> ShapefileExportSummary:
    """Write the zip and say what was written; see :func:`export_plots_shapefile_zip`."""
    import pyogrio.raw
    import shapely

    out_zip = Path(out_zip)
    if epsg not in SUPPORTED_EPSG:
        raise ShapefileExportError(
            f"Shapefiles can be exported in EPSG:4326 or EPSG:32648, not EPSG:{epsg}."
        )
    if len(rows) != len(geometries):
        raise ValueError("rows and geometries must have the same length")
    names = list(dict.fromkeys(k for row in rows for k in row))
    mapping = short_field_names(names)
    shortened: list[tuple[str, str]] = []
    long_rows: list[tuple[str, str, str]] = []
    columns = []
    for name in names:
        values = [row.get(name) for row in rows]
        for i, v in enumerate(values):
            if isinstance(v, str) and len(v.encode("utf-8")) > DBF_TEXT_BYTES:
                key = str(rows[i].get("code") or rows[i].get("id") or i + 1)
                shortened.append((key, name))
                long_rows.append((key, name, v))
                values[i] = shorten_text(v)
        columns.append(_column(values))
    geoms = transform(np.asarray(geometries, dtype=object), STORAGE_EPSG, epsg)
    wkb = shapely.to_wkb(geoms, output_dimension=2)
    part = out_zip.with_suffix(".part")
    try:
        out_zip.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="shp-") as tmp:
            shp = Path(tmp) / f"{layer}.shp"
            masks = [m for _, m in columns]
            pyogrio.raw.write(
                shp, wkb, [c for c, _ in columns], [mapping[n] for n in names],
                field_mask=masks if any(m is not None for m in masks) else None,
                layer=layer, driver="ESRI Shapefile", geometry_type="MultiPolygon",
                crs=f"EPSG:{epsg}", encoding="UTF-8",
            )
            (Path(tmp) / f"{layer}.cpg").write_text("UTF-8", encoding="ascii")
            _write_csv(Path(tmp) / f"{layer}_fields.csv", ("short_name", "full_name"),
                       [(mapping[n], n) for n in names])
            if long_rows:
                _write_csv(Path(tmp) / f"{layer}_long_text.csv", ("code", "field", "text"),
                           long_rows)
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
                for f in sorted(Path(tmp).iterdir()):
                    zf.write(f, f.name)
        os.replace(part, out_zip)
    except OSError as exc:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself is unusable; nothing was written there
        raise ShapefileExportError(
            f"Could not write the Shapefile zip {out_zip}: {exc.strerror or exc}. "
            "Choose a folder you can write to, and close the file if another program "
            "has it open."
        ) from exc
    return ShapefileExportSummary(out_zip, len(rows), mapping, shortened)


def export_plots_shapefile_zip(
    rows: Sequence[Mapping[str, object]],
    geometries: np.ndarray,
    out_zip: Path,
    *,
    epsg: int = STORAGE_EPSG,
    layer: str = "plots",
) -> Path:
    """Write plots (WGS 84 geometries and attribute rows) as a zipped Shapefile.

    The zip holds ``.shp .shx .dbf .prj .cpg``, ``<layer>_fields.csv`` (short field
    name -> full name) and, when a text was too long, ``<layer>_long_text.csv``. It is
    written beside the target and moved into place, so a failure never leaves half a
    zip. Use :func:`write_shapefile_zip` to also get the summary for the user.
    """
    return write_shapefile_zip(rows, geometries, out_zip, epsg=epsg, layer=layer).path


def _write_csv(path: Path, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    """UTF-8 with a byte-order mark, so that Excel shows Khmer correctly."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
