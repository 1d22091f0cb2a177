"""The plots table's column building in C (pandas.factorize, StringDType) gives what the
plain Python of one value at a time gives: None and NaN as "", numbers as str(), Khmer
kept, distinct values in order of appearance, each named once."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from metkasekor_desktop.storage.plot_table import PlotTable
from metkasekor_desktop.ui.plots_columns import layer_columns, patched, table_rows
from metkasekor_desktop.ui.plots_filters import (
    Coded,
    PlotFilters,
    contains,
    factorized,
    filter_mask,
    text_array,
)
from metkasekor_desktop.ui.plots_model import PlotsTableModel

NAN = float("nan")
MIXED = [None, NAN, "", "ស្រូវ", 3, 2.5, "3", "Rice", np.float64("nan"), "ស្រូវ", None, 3]
AS_TEXT = ["", "", "", "ស្រូវ", "3", "2.5", "3", "Rice", "", "ស្រូវ", "", "3"]


def _object(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def test_text_array_reads_none_nan_numbers_and_khmer_as_python_would() -> None:
    for values in (_object(MIXED), MIXED, iter(MIXED)):
        texts = text_array(values)
        assert texts.tolist() == AS_TEXT
        assert texts.dtype.kind != "U"  # not as wide as the longest text in every row
    assert text_array(np.array(["a", "ក"], dtype=str)).tolist() == ["a", "ក"]
    assert text_array(_object([])).tolist() == []
    assert text_array(_object(["x", "y"])).tolist() == ["x", "y"]  # no blank: no copy needed


def test_coded_of_reads_values_as_text_names_each_once_in_order_of_appearance() -> None:
    calls: list[str] = []

    def word(text: str) -> str:
        calls.append(text)
        return f"<{text}>"

    coded = Coded.of(_object(MIXED), word)
    assert sorted(calls) == sorted(set(AS_TEXT))  # once per distinct text: 3 and "3" one
    assert calls == ["", "ស្រូវ", "3", "2.5", "Rice"]
    assert coded.values().tolist() == [f"<{t}>" for t in AS_TEXT]
    assert coded.inverse.dtype == np.int64 and len(coded) == len(MIXED)
    plain = Coded.of(np.array(AS_TEXT, dtype=str))
    assert plain.uniques.tolist() == ["", "ស្រូវ", "3", "2.5", "Rice"]
    assert Coded.of(_object([])).uniques.tolist() == []
    assert Coded.of(_object(["only"])).values().tolist() == ["only"]


def _table() -> PlotTable:
    """Five plots: two of one farmer, a farmer without a Khmer or a Latin name, None."""
    n = 5
    obj = _object
    return PlotTable(
        ids=np.arange(1, n + 1, dtype=np.int64),
        codes=obj(["B-2", "a-1", None, "C-3", "b-2"]),
        names=obj([""] * n),
        farmer_ids=obj([1, 1, 2, 3, None]),
        farmer_names_kh=obj(["សុខ ដារ៉ា", "សុខ ដារ៉ា", "", "ចាន់ ធី", None]),
        farmer_names_latin=obj(["Sok Dara", "Sok Dara", "Keo Lina", None, NAN]),
        village_codes=obj(["01020103", None, "01020103", "", "01020103"]),
        roles=obj(["farmer_field", "control", "demonstration", "farmer_field", None]),
        paired_ids=obj([None] * n),
        areas_ha=np.array([1.0, 2.0, 0.5, 3.0, 0.25]),
        geometries=obj([None] * n),
    )


def test_layer_columns_show_search_and_filter_as_before() -> None:
    t = _table()
    for language, farmers in (("kh", ["សុខ ដារ៉ា", "សុខ ដារ៉ា", "Keo Lina", "ចាន់ ធី", ""]),
                              ("en", ["Sok Dara", "Sok Dara", "Keo Lina", "ចាន់ ធី", ""])):
        base = layer_columns(t, language)
        code, farmer = base.columns[0], base.columns[1]
        assert isinstance(code, np.ndarray) and code.tolist() == ["B-2", "a-1", "", "C-3", "b-2"]
        assert isinstance(farmer, Coded) and farmer.values().tolist() == farmers
        assert base.districts.values().tolist() == ["0102", "", "0102", "", "0102"]
        assert base.roles.values().tolist() == ["farmer_field", "control", "demonstration",
                                                "farmer_field", ""]

        def search(query: str, base=base) -> list[int]:
            return np.flatnonzero(contains(query, base.search_full, base.search_coded)).tolist()

        assert search("b-2") == [0, 4]  # codes lower-cased
        assert search("sok dara") == [0, 1]  # Latin names lower-cased
        assert search("ចាន់") == [3]
        assert search("keo") == [2]
        mask = filter_mask(PlotFilters(district="0102", role="farmer_field"),
                           districts=base.districts, practices=Coded.blank(5),
                           roles=base.roles, statuses=Coded.blank(5))
        assert mask is not None and np.flatnonzero(mask).tolist() == [0]


def test_patched_columns_take_a_new_farmer_and_code() -> None:
    t = _table()
    base = layer_columns(t, "kh")
    rows = np.array([2])
    edited = table_rows(t, rows)
    edited.farmer_names_kh[0] = "ថ្មី"
    edited.codes[0] = "a-very-long-plot-code-0001"
    new = patched(base, rows, layer_columns(edited, "kh"))
    assert new.columns[0].tolist()[2] == "a-very-long-plot-code-0001"
    farmer = new.columns[1]
    assert isinstance(farmer, Coded) and farmer.values().tolist()[2] == "ថ្មី"
    assert np.flatnonzero(contains("very-long", new.search_full, new.search_coded)).tolist() \
        == [2]


def test_coded_columns_sort_like_their_texts_with_ties_in_table_order(qapp) -> None:
    """Two name pairs that show alike (Khmer name shown, Latin names differ) sort as one
    text: ties keep the table's order, as a text column's stable sort did."""
    model = PlotsTableModel(language="kh")
    farmer = Coded(np.array(["ខ", "ក", "ខ"]), np.array([0, 1, 2, 1, 0]))
    texts = farmer.values()
    model._columns = [farmer]
    assert model._ascending(0).tolist() == np.argsort(texts, kind="stable").tolist()
    assert model._ascending(0).tolist() == [1, 3, 0, 2, 4]
    assert Qt.SortOrder.AscendingOrder == model._sort[1]


def test_factorized_places_missing_values_where_they_first_appear() -> None:
    codes, uniques = factorized(_object(["a", None, "b", NAN, "a", "c"]))
    assert codes.tolist() == [0, 1, 2, 1, 0, 3]
    assert uniques.tolist() == ["a", None, "b", "c"]
    codes, uniques = factorized(_object([None, "a"]))
    assert codes.tolist() == [0, 1] and uniques.tolist() == [None, "a"]
    codes, uniques = factorized(np.array([5, 3, 5], dtype=np.int64))
    assert codes.tolist() == [0, 1, 0] and uniques.tolist() == [5, 3]
