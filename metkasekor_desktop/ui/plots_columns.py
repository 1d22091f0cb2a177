"""The plots table's own columns (code, farmer, places, role, area), made from the plot
layer's table, and patched row by row after an edit.

An edit of one plot changes one row: its texts are made for that row alone and put
into copies of the columns, so that the table follows an edit in milliseconds at
province scale, not the half second of rebuilding 100,000 rows.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from metkasekor_desktop.domain.places import Place, place
from metkasekor_desktop.storage.plot_table import PlotTable
from metkasekor_desktop.ui.labels import role_label
from metkasekor_desktop.ui.plots_filters import Coded, distinct, factorized, text_array

Column = np.ndarray | Coded


def _unit_names(p: Place | None, language: str) -> tuple[str, str, str]:
    if p is None:
        return "", "", ""
    return p.village.name(language), p.commune.name(language), p.district.name(language)


@dataclass
class LayerColumns:
    """The columns of the table that come from the plots themselves."""

    columns: list[Column]  # code, farmer, village, commune, district, role, area
    search_full: list[np.ndarray]  # lower-cased code
    search_coded: list[Coded]  # farmer names (Khmer, lower-cased Latin), places
    districts: Coded  # 4-digit district code of each plot
    roles: Coded  # PlotRole value of each plot
    district_choices: list[tuple[str, str]]  # (name, code) of districts with plots


SEPARATOR = "\u241f"  # between the texts one search column joins: typed by no one


def _farmers(kh: np.ndarray, latin: np.ndarray, language: str) -> tuple[Coded, Coded]:
    """The farmer column (the name in the UI language, else the other) and its search
    column, coded by (Khmer, Latin) name pair.

    A farmer's name repeats on each of the farmer's plots: the pairs are hashed in C
    and named once each, so a million plots hold an index array, not three copies of
    a million names.
    """
    kh_codes, kh_texts = distinct(kh)
    latin_codes, latin_texts = distinct(latin)
    width = max(len(latin_texts), 1)
    inverse, pairs = factorized(kh_codes * width + latin_codes)
    kh_of = [kh_texts[k] for k in (pairs // width).tolist()]
    latin_of = [latin_texts[k] for k in (pairs % width).tolist()]
    first, second = (latin_of, kh_of) if language == "en" else (kh_of, latin_of)
    shown = [a or b for a, b in zip(first, second, strict=True)]
    search = [f"{k}{SEPARATOR}{la.lower()}" for k, la in zip(kh_of, latin_of, strict=True)]
    return Coded.of_texts(shown, inverse), Coded.of_texts(search, inverse)


def layer_columns(t: PlotTable, language: str) -> LayerColumns:
    """The columns for every plot of ``t``; places are named once per village, farmers
    once per name; only the plot code is a text per row."""
    villages = Coded.of(t.village_codes)
    places = [place(c) if c else None for c in villages.uniques.tolist()]
    names = [_unit_names(p, language) for p in places]

    def coded(values: list[str]) -> Coded:
        return Coded(np.array(values, dtype=str), villages.inverse)

    codes = villages.uniques.tolist()
    choices = sorted({(p.district.name(language) or p.district.code, p.district.code)
                      for p in places if p})
    districts = coded([p.district.code if p else "" for p in places])
    farmers, farmer_search = _farmers(t.farmer_names_kh, t.farmer_names_latin, language)
    roles = Coded.of(t.roles)
    plot_codes = text_array(t.codes)
    columns: list[Column] = [
        plot_codes, farmers,
        coded([n[0] or c for n, c in zip(names, codes, strict=True)]),
        coded([n[1] for n in names]), coded([n[2] for n in names]),
        Coded.of_texts([role_label(r) for r in roles.uniques.tolist()], roles.inverse),
        np.asarray(t.areas_ha, dtype=np.float64),
    ]
    search_full = [np.char.lower(plot_codes)]
    search_coded = [farmer_search,
                    coded([SEPARATOR.join((c, *_unit_names(p, "kh"), *_unit_names(p, "en")))
                           .lower() for p, c in zip(places, codes, strict=True)])]
    return LayerColumns(columns, search_full, search_coded, districts, roles, choices)


def table_rows(t: PlotTable, rows: np.ndarray) -> PlotTable:
    """The plots at ``rows`` of ``t`` as a table of their own."""
    return PlotTable(**{f.name: (None if getattr(t, f.name) is None
                                 else getattr(t, f.name)[rows]) for f in fields(PlotTable)})


def _patch_array(old: np.ndarray, rows: np.ndarray, new: np.ndarray) -> np.ndarray:
    """A copy of ``old`` with ``new`` at ``rows`` (a fixed-width text column widens to
    fit; a ``StringDType`` one needs not)."""
    dtype = np.result_type(old.dtype, new.dtype) if old.dtype.kind == "U" else old.dtype
    out = old.astype(dtype, copy=True)
    out[rows] = new
    return out


def _patch_coded(old: Coded, rows: np.ndarray, new: Coded) -> Coded:
    index = {str(u): i for i, u in enumerate(old.uniques.tolist())}
    size = len(index)
    codes = np.fromiter((index.setdefault(str(new.uniques[k]), len(index))
                         for k in new.inverse.tolist()), dtype=np.int64, count=len(new.inverse))
    uniques = np.array(list(index), dtype=str) if len(index) > size else old.uniques
    inverse = old.inverse.copy()
    inverse[rows] = codes
    return Coded(uniques, inverse)


def _patch(old: Column, rows: np.ndarray, new: Column) -> Column:
    if isinstance(old, Coded) and isinstance(new, Coded):
        return _patch_coded(old, rows, new)
    assert isinstance(old, np.ndarray) and isinstance(new, np.ndarray)
    return _patch_array(old, rows, new)


def patched(old: LayerColumns, rows: np.ndarray, new: LayerColumns) -> LayerColumns:
    """``old`` with the plots at ``rows`` replaced by ``new`` (made for those rows)."""
    choices = sorted(set(old.district_choices) | set(new.district_choices))
    return LayerColumns(
        [_patch(a, rows, b) for a, b in zip(old.columns, new.columns, strict=True)],
        [_patch_array(a, rows, b) for a, b in zip(old.search_full, new.search_full,
                                                  strict=True)],
        [_patch_coded(a, rows, b) for a, b in zip(old.search_coded, new.search_coded,
                                                  strict=True)],
        _patch_coded(old.districts, rows, new.districts),
        _patch_coded(old.roles, rows, new.roles), choices)


def sources(old_ids: np.ndarray, new_ids: np.ndarray, fresh_ids: np.ndarray) -> np.ndarray:
    """For each plot of ``new_ids``: its row in the old columns (``>= 0``), or ``-1 - k``
    for row ``k`` of columns made for ``fresh_ids`` (plots added, or changed and read
    again). All three are sorted plot ids."""
    fresh = np.searchsorted(fresh_ids, new_ids)
    fresh_clipped = np.minimum(fresh, max(len(fresh_ids) - 1, 0))
    is_fresh = (fresh_ids[fresh_clipped] == new_ids) if len(fresh_ids) else \
        np.zeros(len(new_ids), dtype=bool)
    kept = np.searchsorted(old_ids, new_ids)
    out = np.where(is_fresh, -1 - fresh_clipped, kept)
    stale = ~is_fresh & ((kept >= len(old_ids))
                         | (old_ids[np.minimum(kept, max(len(old_ids) - 1, 0))] != new_ids))
    if stale.any():
        raise ValueError("A plot is neither in the old columns nor among the fresh ones.")
    return out


def gather(old: Column, fresh: Column, source: np.ndarray) -> Column:
    """A column for the new plots: old rows where ``source >= 0``, fresh ones else."""
    if isinstance(old, Coded) and isinstance(fresh, Coded):
        index = {str(u): i for i, u in enumerate(old.uniques.tolist())}
        size = len(index)
        mapped = np.array([index.setdefault(str(u), len(index))
                           for u in fresh.uniques.tolist()], dtype=np.int64)
        uniques = np.array(list(index), dtype=str) if len(index) > size else old.uniques
        inverse = np.concatenate([old.inverse, mapped[fresh.inverse]
                                  if len(fresh.inverse) else fresh.inverse.astype(np.int64)])
        return Coded(uniques, inverse[np.where(source >= 0, source, len(old.inverse) - 1
                                               - source)])
    assert isinstance(old, np.ndarray) and isinstance(fresh, np.ndarray)
    merged = np.concatenate([old, fresh.astype(np.result_type(old.dtype, fresh.dtype))
                             if old.dtype.kind == "U" else fresh.astype(old.dtype)])
    return merged[np.where(source >= 0, source, len(old) - 1 - source)]


def _gather_coded(old: Coded, fresh: Coded, source: np.ndarray) -> Coded:
    column = gather(old, fresh, source)
    assert isinstance(column, Coded)
    return column


def regathered(old: LayerColumns, fresh: LayerColumns, source: np.ndarray) -> LayerColumns:
    """The columns of a new list of plots (some added, some gone, some changed)."""
    return LayerColumns(
        [gather(a, b, source) for a, b in zip(old.columns, fresh.columns, strict=True)],
        [gather(a, b, source) for a, b in zip(old.search_full, fresh.search_full,
                                             strict=True)],
        [gather(a, b, source) for a, b in zip(old.search_coded, fresh.search_coded,
                                             strict=True)],
        _gather_coded(old.districts, fresh.districts, source),
        _gather_coded(old.roles, fresh.roles, source),
        sorted(set(old.district_choices) | set(fresh.district_choices)))


def column_values(column: Column, rows: np.ndarray) -> np.ndarray:
    """The values of a column at ``rows`` (texts of a Coded column)."""
    if isinstance(column, Coded):
        return column.uniques[column.inverse[rows]]
    return column[rows]


__all__ = ["Column", "LayerColumns", "column_values", "gather", "layer_columns", "patched",
           "regathered", "sources", "table_rows"]
