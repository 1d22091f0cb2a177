"""Codes are text: plot codes as the officer types them, admin codes with leading zeros."""

from __future__ import annotations

import pytest

from metkasekor_desktop.domain.codes import (
    khmer_digits_to_ascii,
    normalise_admin_code,
    normalise_plot_code,
    plot_code_prefix,
    propose_plot_code,
)
from metkasekor_desktop.domain.errors import DomainError, ValidationError

# --- plot codes -----------------------------------------------------------------------------


def test_plot_code_is_trimmed_and_upper_case() -> None:
    assert normalise_plot_code("btb-rm-0001 ") == "BTB-RM-0001"
    assert normalise_plot_code("  pvh-rv-12\t") == "PVH-RV-12"


def test_khmer_digits_in_a_plot_code_become_ascii() -> None:
    assert normalise_plot_code("BTB-RM-០០៤២") == "BTB-RM-0042"
    assert khmer_digits_to_ascii("០១២៣៤៥៦៧៨៩") == "0123456789"


def test_plot_code_typed_as_a_number_is_text() -> None:
    code = normalise_plot_code(42)
    assert code == "42"
    assert isinstance(code, str)


@pytest.mark.parametrize(
    "bad",
    ["BTB RM 0001", "BTB_RM_0001", "BTB/RM/1", "BTB--RM", "-BTB-1", "BTB-1-", "ប្លង់-1", "A#1"],
)
def test_plot_code_with_other_characters_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="letters, digits and dashes") as info:
        normalise_plot_code(bad)
    assert info.value.field == "code"


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_plot_needs_a_code(empty: object) -> None:
    with pytest.raises(ValidationError, match="needs a code") as info:
        normalise_plot_code(empty)
    assert info.value.field == "code"


def test_validation_error_is_a_domain_error() -> None:
    with pytest.raises(DomainError):
        normalise_plot_code("a b")


# --- administrative codes -------------------------------------------------------------------


def test_village_code_keeps_its_leading_zero() -> None:
    assert normalise_admin_code("02070101") == "02070101"


def test_village_code_that_lost_its_leading_zero_in_a_spreadsheet_gets_it_back() -> None:
    assert normalise_admin_code("2070101") == "02070101"
    assert normalise_admin_code(2070101) == "02070101"


def test_village_code_read_as_a_float_is_repaired() -> None:
    assert normalise_admin_code("2070101.0") == "02070101"
    assert normalise_admin_code(2070101.0) == "02070101"


def test_admin_codes_of_every_level() -> None:
    assert normalise_admin_code("2", "province") == "02"
    assert normalise_admin_code("13", "province") == "13"
    assert normalise_admin_code("207", "district") == "0207"
    assert normalise_admin_code("1305", "district") == "1305"
    assert normalise_admin_code("20701", "commune") == "020701"


def test_khmer_digits_in_an_admin_code() -> None:
    assert normalise_admin_code("០២០៧០១០១") == "02070101"


def test_admin_code_is_text() -> None:
    assert isinstance(normalise_admin_code(2070101), str)


@pytest.mark.parametrize("bad", ["207", "020701011", "0207O101", "02-07-01-01", "", "2070101.5"])
def test_village_code_of_the_wrong_shape_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="8 digits") as info:
        normalise_admin_code(bad)
    assert info.value.field == "village_code"
    assert "leading zeros" in str(info.value)


def test_missing_admin_code_is_refused_with_its_level() -> None:
    with pytest.raises(ValidationError, match="district code") as info:
        normalise_admin_code(None, "district")
    assert info.value.field == "district_code"


def test_short_code_is_not_padded_by_more_than_one_zero() -> None:
    # "7" could be 07 of any province; only a single lost zero is a safe repair.
    with pytest.raises(ValidationError):
        normalise_admin_code("7", "district")


# --- proposing codes for new plots ----------------------------------------------------------


def test_first_plot_of_a_pilot_district() -> None:
    assert propose_plot_code("0207", []) == "BTB-RM-0001"
    assert propose_plot_code("0210", set()) == "BTB-SL-0001"
    assert propose_plot_code("1305", []) == "PVH-RV-0001"


def test_next_code_follows_the_highest_one_in_the_district() -> None:
    existing = {"BTB-RM-0001", "BTB-RM-0007", "BTB-RM-0003", "BTB-SL-0099"}
    assert propose_plot_code("0207", existing) == "BTB-RM-0008"


def test_codes_of_other_districts_and_free_text_codes_do_not_count() -> None:
    existing = ["BTB-SL-0050", "BTB-RM-OLD", "BTB-RM-0002-A", "X-1"]
    assert propose_plot_code("0207", existing) == "BTB-RM-0001"


def test_district_outside_the_pilot_gets_its_code_as_prefix() -> None:
    assert plot_code_prefix("0201") == "D0201"
    assert propose_plot_code("0201", ["D0201-0009"]) == "D0201-0010"


def test_sequence_goes_past_9999() -> None:
    assert propose_plot_code("0207", ["BTB-RM-9999"]) == "BTB-RM-10000"


def test_proposed_code_is_a_valid_plot_code() -> None:
    code = propose_plot_code("0207", ["BTB-RM-0041"])
    assert normalise_plot_code(code) == code == "BTB-RM-0042"
