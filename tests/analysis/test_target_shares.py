"""The target population of an area (analysis.target_shares): its own entry, else the
entries inside it at the finer level with the most of them, else the register's farmers.

Every expected value is worked out by hand from the entries of the test."""

from __future__ import annotations

import pytest

from metkasekor_desktop.analysis.target_shares import (
    GIVEN,
    REGISTER,
    SUMMED,
    Target,
    target_of,
)

# Kampong Cham-like made-up entries: district 0207 with communes 020701-020703, and
# neighbours whose codes share leading digits with it (0208..., 02071, 2070...).
COMMUNES_0207 = {"020701": 30.0, "020702": 40.0, "020703": 5.0}


# --- the area's own entry ---------------------------------------------------------------


def test_own_entry_wins_over_the_areas_inside_it():
    targets = {"0207": 111.0, **COMMUNES_0207, "02070101": 3.0}
    assert target_of("0207", targets, register_farmers=9) == Target(111.0, GIVEN, 1)


def test_own_entry_of_a_commune_and_of_a_village():
    targets = {"0207": 111.0, **COMMUNES_0207, "02070101": 3.0}
    assert target_of("020702", targets) == Target(40.0, GIVEN, 1)
    assert target_of("02070101", targets) == Target(3.0, GIVEN, 1)


def test_own_entry_wins_over_the_register():
    target = target_of("1305", {"1305": 52.0}, register_farmers=500)
    assert target == Target(52.0, GIVEN, 1)


def test_own_entry_is_a_float():
    target = target_of("1305", {"1305": 52}, register_farmers=None)
    assert target is not None
    assert isinstance(target.households, float)
    assert target.households == 52.0


# --- the sum of the areas inside it --------------------------------------------------


def test_district_without_an_entry_takes_the_sum_of_its_communes():
    # 30 + 40 + 5 = 75 from three communes
    assert target_of("0207", dict(COMMUNES_0207)) == Target(75.0, SUMMED, 3)


def test_summed_target_wins_over_the_register():
    assert target_of("0207", dict(COMMUNES_0207), register_farmers=12) == \
        Target(75.0, SUMMED, 3)


def test_province_without_an_entry_takes_the_sum_of_its_districts():
    targets = {"0207": 111.0, "0210": 69.0, "1305": 52.0}
    # 111 + 69 = 180; 1305 is in province 13
    assert target_of("02", targets) == Target(180.0, SUMMED, 2)


def test_the_level_with_more_entries_is_summed_villages_over_communes():
    # two communes (30 + 40 = 70) but three villages (4 + 6 + 8 = 18): villages chosen
    targets = {"020701": 30.0, "020702": 40.0,
               "02070101": 4.0, "02070102": 6.0, "02070201": 8.0}
    assert target_of("0207", targets) == Target(18.0, SUMMED, 3)


def test_the_level_with_more_entries_is_summed_communes_over_villages():
    # three communes (30 + 40 + 5 = 75), one village (4): communes chosen
    targets = {**COMMUNES_0207, "02070101": 4.0}
    assert target_of("0207", targets) == Target(75.0, SUMMED, 3)


def test_levels_are_not_mixed_in_one_sum():
    # communes 020701 (30) and 020702 (40); villages only inside 020703 (2 + 2 + 2):
    # the villages are the level with most entries (3 > 2) and their sum alone is 6,
    # not 30 + 40 + 6.
    targets = {"020701": 30.0, "020702": 40.0,
               "02070301": 2.0, "02070302": 2.0, "02070303": 2.0}
    assert target_of("0207", targets) == Target(6.0, SUMMED, 3)


def test_commune_without_an_entry_takes_the_sum_of_its_villages():
    targets = {"02070101": 4.0, "02070102": 6.0, "02070201": 8.0}
    # only the first two villages are in commune 020701: 4 + 6 = 10
    assert target_of("020701", targets) == Target(10.0, SUMMED, 2)


def test_entries_not_above_zero_are_not_summed():
    targets = {"020701": 30.0, "020702": 0.0, "020703": -5.0}
    assert target_of("0207", targets) == Target(30.0, SUMMED, 1)


# --- codes of another area ------------------------------------------------------------


def test_codes_of_another_district_are_not_summed():
    # 020801 is in district 0208, not 0207; 020710 is in 0207
    targets = {"020710": 10.0, "020801": 50.0, "0208": 80.0}
    assert target_of("0207", targets) == Target(10.0, SUMMED, 1)


def test_a_neighbour_district_does_not_take_0207s_communes():
    targets = {**COMMUNES_0207}
    assert target_of("0208", targets) is None
    assert target_of("0208", targets, register_farmers=4) == Target(4.0, REGISTER, 1)


def test_a_five_digit_code_is_no_level_and_is_not_summed():
    # "02071" looks like a prefix of commune 020710 but is no province, district,
    # commune or village code: only the commune 020701 (10) counts for 0207.
    targets = {"02071": 99.0, "020701": 10.0}
    assert target_of("0207", targets) == Target(10.0, SUMMED, 1)


def test_a_code_containing_the_area_elsewhere_is_not_summed():
    # "2070..." and "120701" contain "207" / "0207" but do not start with "0207"
    targets = {"207011": 70.0, "120701": 12.0, "12020701": 3.0}
    assert target_of("0207", targets) is None


def test_a_province_does_not_take_another_provinces_districts():
    # "0207" and "0210" are in province 02; "1302" in 13; "2002" in 20
    targets = {"0207": 111.0, "0210": 69.0, "1302": 5.0, "2002": 7.0}
    assert target_of("02", targets) == Target(180.0, SUMMED, 2)
    assert target_of("13", targets) == Target(5.0, SUMMED, 1)
    assert target_of("20", targets) == Target(7.0, SUMMED, 1)


def test_a_coarser_entry_is_not_used_for_a_finer_area():
    # the district's 111 households are not the commune's target
    targets = {"0207": 111.0}
    assert target_of("020701", targets) is None
    assert target_of("020701", targets, register_farmers=6) == Target(6.0, REGISTER, 1)


# --- the register's farmers, or nothing --------------------------------------------


def test_register_farmers_stand_in_when_nothing_is_given():
    assert target_of("0207", {}, register_farmers=12) == Target(12.0, REGISTER, 1)


def test_register_farmers_stand_in_when_only_other_areas_are_given():
    targets = {"0210": 69.0, "021001": 14.0}
    assert target_of("0207", targets, register_farmers=7) == Target(7.0, REGISTER, 1)


@pytest.mark.parametrize("register_farmers", [None, 0])
def test_none_without_an_entry_or_register_farmers(register_farmers):
    assert target_of("0207", {}, register_farmers) is None
    assert target_of("0207", {"0210": 69.0}, register_farmers) is None


# --- the share ----------------------------------------------------------------------


def test_share_of_a_target():
    assert Target(111.0, GIVEN).share(11) == pytest.approx(11 / 111)
    assert Target(50.0, SUMMED, 4).share(8) == pytest.approx(0.16)
    assert Target(12.0, REGISTER).share(0) == 0.0


def test_share_of_a_summed_target_from_target_of():
    target = target_of("0207", dict(COMMUNES_0207))
    assert target is not None
    # 15 adopting farmers of 75 households
    assert target.share(15) == pytest.approx(0.2)


@pytest.mark.parametrize("households", [0.0, -3.0])
def test_share_is_none_for_a_target_not_above_zero(households):
    assert Target(households, GIVEN).share(5) is None
    assert Target(households, GIVEN).share(0) is None
