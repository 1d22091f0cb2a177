"""Which column of a partner's file fills which plot field, and the values it gives."""

from __future__ import annotations

import math

import pytest

from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.import_mapping import (
    PLOT_FIELDS,
    clean_prefix,
    generated_code,
    guess_mapping,
    map_features,
    parse_role,
)

NOTHING = dict.fromkeys(PLOT_FIELDS)


# --- guess_mapping --------------------------------------------------------------------


def test_partner_column_names_are_recognised() -> None:
    columns = ["PLOT_ID", "Farmer_Nam", "vill_code", "Plot Type", "Remarks", "SOIL", "AREA_HA"]
    assert guess_mapping(columns) == {
        "code": "PLOT_ID", "name": None, "farmer": "Farmer_Nam", "village_code": "vill_code",
        "role": "Plot Type", "notes": "Remarks", "soil_type": "SOIL"}


def test_khmer_column_names_are_recognised() -> None:
    columns = ["កូដ", "ឈ្មោះចម្ការ", "ឈ្មោះកសិករ", "ភូមិ", "តួនាទី", "ប្រភេទដី"]
    assert guess_mapping(columns) == {
        "code": "កូដ", "name": "ឈ្មោះចម្ការ", "farmer": "ឈ្មោះកសិករ", "village_code": "ភូមិ",
        "role": "តួនាទី", "notes": None, "soil_type": "ប្រភេទដី"}


def test_an_exact_name_wins_over_a_partial_one_and_a_column_serves_once() -> None:
    # "plot_code_2024" holds "plotcode", but the exact "code" column is preferred.
    assert guess_mapping(["plot_code_2024", "code"])["code"] == "code"
    assert guess_mapping(["plot_code_2024"])["code"] == "plot_code_2024"
    # "Name" is the plot's name; it is not used again for the farmer.
    mapping = guess_mapping(["Name", "Description"])
    assert mapping["name"] == "Name" and mapping["farmer"] is None
    assert mapping["notes"] == "Description"


def test_separators_and_case_do_not_matter_but_unknown_columns_stay_unmapped() -> None:
    assert guess_mapping(["Village-Code", "FARMER NAME"])["village_code"] == "Village-Code"
    assert guess_mapping(["Village-Code", "FARMER NAME"])["farmer"] == "FARMER NAME"
    assert guess_mapping(["OBJECTID", "Shape_Area", "xyz"]) == NOTHING
    assert guess_mapping([]) == NOTHING


# --- parse_role -----------------------------------------------------------------------


@pytest.mark.parametrize("text, role", [
    ("Demo", PlotRole.DEMONSTRATION), ("demonstration", PlotRole.DEMONSTRATION),
    ("CA", PlotRole.DEMONSTRATION), ("ចម្ការបង្ហាញ", PlotRole.DEMONSTRATION),
    ("Control", PlotRole.CONTROL), ("FP", PlotRole.CONTROL),
    ("farmer practice", PlotRole.CONTROL), ("ត្រួតពិនិត្យ", PlotRole.CONTROL),
    ("Farmer_Field", PlotRole.FARMER_FIELD), ("farmer field", PlotRole.FARMER_FIELD),
    ("", PlotRole.FARMER_FIELD), (None, PlotRole.FARMER_FIELD),
])
def test_role_words_of_partners_files(text: object, role: PlotRole) -> None:
    assert parse_role(text) is role


def test_an_unknown_role_is_refused_with_the_value_and_what_to_use() -> None:
    with pytest.raises(ValidationError, match="'maize' is not a plot role; use demonstration"):
        parse_role("maize")


# --- codes ----------------------------------------------------------------------------


def test_prefixes_become_codes_an_officer_can_type() -> None:
    assert clean_prefix("btb plots 2024") == "BTB-PLOTS-2024"
    assert clean_prefix("RM_២០២៥") == "RM-2025"  # Khmer digits become ASCII
    assert clean_prefix("ភូមិ") == "IMP" and clean_prefix("") == "IMP"
    assert clean_prefix("BTB - plots -- 2024") == "BTB-PLOTS-2024"  # never "--" in a code


def test_a_generated_code_skips_codes_already_taken() -> None:
    assert generated_code("btb", 12, set()) == "BTB-0012"
    assert generated_code("btb", 12, {"BTB-0012"}) == "BTB-0012-2"
    assert generated_code("btb", 12, {"BTB-0012", "BTB-0012-2"}) == "BTB-0012-3"
    assert generated_code("btb", 12, set(), width=6) == "BTB-000012"


# --- map_features ---------------------------------------------------------------------

COLUMNS = ["PLOT_ID", "FARMER", "VILLAGE", "ROLE", "COOP", "OLD_AREA"]
VALUES: dict[str, list[object]] = {
    "PLOT_ID": ["BTB-1", 12.0, None],
    "FARMER": [" សុខ ចាន់ ", "Dara", None],
    "VILLAGE": ["2070101", 2070102.0, "27"],
    "ROLE": ["Demo", "maize", None],
    "COOP": ["សហគមន៍", "", None],
    "OLD_AREA": [1.5, math.nan, 3.0],
}
MAPPING = {**NOTHING, "code": "PLOT_ID", "farmer": "FARMER", "village_code": "VILLAGE",
           "role": "ROLE"}


def test_mapped_columns_fill_plot_fields_and_the_rest_become_extras() -> None:
    first, second, third = map_features(COLUMNS, VALUES, MAPPING, 3)
    assert (first.code, first.farmer, first.village_code, first.role) == (
        "BTB-1", "សុខ ចាន់", "02070101", PlotRole.DEMONSTRATION)
    assert first.extras == {"COOP": "សហគមន៍", "OLD_AREA": "1.5"}
    assert first.problems == []
    # A whole number read from a numeric column is "12", not "12.0"; empty cells are no extras.
    assert second.code == "12" and second.village_code == "02070102"
    assert second.extras == {}
    assert third.code == "" and third.farmer == "" and third.extras == {"OLD_AREA": "3"}


def test_values_that_cannot_be_used_are_problems_of_their_feature() -> None:
    _first, second, third = map_features(COLUMNS, VALUES, MAPPING, 3)
    assert second.role is PlotRole.FARMER_FIELD
    assert second.problems == ["'maize' is not a plot role; use demonstration, control or "
                               "farmer field (or leave the role column unmapped)."]
    [problem] = third.problems
    assert problem.startswith("village code: '27' is not a village code")


def test_without_a_code_column_codes_come_from_the_prefix_and_feature_number() -> None:
    mapping = {**MAPPING, "code": None}
    features = map_features(COLUMNS, VALUES, mapping, 3, code_prefix="rm plots",
                            numbers=[2, 3, 4])
    assert [f.code for f in features] == ["RM-PLOTS-0002", "RM-PLOTS-0003", "RM-PLOTS-0004"]
    assert features[0].extras["PLOT_ID"] == "BTB-1"  # the unmapped code column is kept
    wide = map_features(["A"], {"A": ["x"]}, NOTHING, 1, numbers=[123456])
    assert wide[0].code == "IMP-123456"


# --- values that do not fit a field ------------------------------------------------------
def test_numbers_are_not_taken_as_farmer_names() -> None:
    columns = ["code", "farmer_id", "farmer_name_kh", "farmer_name_latin"]
    values = {"code": ["A", "B"], "farmer_id": [1, 2], "farmer_name_kh": ["សុខ", "ចាន់"],
              "farmer_name_latin": ["Sok", "Chan"]}
    assert guess_mapping(columns, values)["farmer"] == "farmer_name_kh"
    assert guess_mapping(["farmer_id"], {"farmer_id": [1, 2]})["farmer"] is None


def test_a_column_of_other_values_is_not_the_plot_role() -> None:
    values = {"type": ["Sovereign country", "Country"]}
    assert guess_mapping(["type"], values)["role"] is None
    assert guess_mapping(["type"], {"type": ["Demo", "Control"]})["role"] == "type"


def test_exact_names_win_and_bookkeeping_is_not_kept() -> None:
    from metkasekor_desktop.domain.import_mapping import map_features

    columns = ["fid", "code", "name", "farmer_kh", "farmer_lat", "vill_code", "vill_en",
               "farmer_id", "area_ha", "mk_version", "own_column"]
    values = {c: ["1"] for c in columns} | {"code": ["P-1"], "name": ["Field"],
                                           "farmer_kh": ["សុខ"], "farmer_lat": ["Sok"],
                                           "vill_code": ["02070402"], "own_column": ["x"]}
    mapping = guess_mapping(columns, values)
    assert (mapping["code"], mapping["name"], mapping["farmer"], mapping["village_code"]) \
        == ("code", "name", "farmer_kh", "vill_code")
    [feature] = map_features(columns, values, mapping, 1)
    assert feature.farmer_latin == "Sok"
    assert feature.extras == {"own_column": "x"}
