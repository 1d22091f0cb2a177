"""Attribute rows of plots for export, joined with the gazetteer's place names.

Takes any table-like object with the plot table's arrays (``codes``, ``roles``,
``village_codes``, ...) so that io needs nothing from storage.
"""

from __future__ import annotations

from typing import Any

from metkasekor_desktop.domain.places import place

# Column order of every plot export; names are the full (long) field names.
EXPORT_COLUMNS = (
    "code",
    "name",
    "farmer_name_kh",
    "farmer_name_latin",
    "role",
    "paired_code",
    "area_ha",
    "village_code",
    "village_name_kh",
    "village_name_en",
    "commune_name_kh",
    "commune_name_en",
    "district_name_kh",
    "district_name_en",
    "province_name_kh",
    "province_name_en",
)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def plot_export_rows(table: Any) -> list[dict[str, object]]:
    """One dict per plot, in table order, with the columns of :data:`EXPORT_COLUMNS`."""
    ids = [int(i) for i in table.ids]
    code_of = dict(zip(ids, (str(c) for c in table.codes), strict=True))
    rows: list[dict[str, object]] = []
    for n in range(len(ids)):
        village = _text(table.village_codes[n])
        p = place(village) if village else None
        paired = table.paired_ids[n]
        has_pair = paired is not None and paired == paired  # None or NaN: no pair
        paired_code = code_of.get(int(paired), "") if has_pair else ""
        rows.append({
            "code": code_of[ids[n]],
            "name": _text(table.names[n]),
            "farmer_name_kh": _text(table.farmer_names_kh[n]),
            "farmer_name_latin": _text(table.farmer_names_latin[n]),
            "role": _text(table.roles[n]),
            "paired_code": paired_code,
            "area_ha": round(float(table.areas_ha[n]), 4),
            "village_code": village,
            "village_name_kh": p.village.name_kh if p else "",
            "village_name_en": p.village.name_en if p else "",
            "commune_name_kh": p.commune.name_kh if p else "",
            "commune_name_en": p.commune.name_en if p else "",
            "district_name_kh": p.district.name_kh if p else "",
            "district_name_en": p.district.name_en if p else "",
            "province_name_kh": p.province.name_kh if p else "",
            "province_name_en": p.province.name_en if p else "",
        })
    return rows
