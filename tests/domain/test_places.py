"""The official gazetteer: a village code gives the names of the village and its parents."""

from __future__ import annotations

import pytest

from metkasekor_desktop.domain.places import (
    Unit,
    communes,
    district,
    districts,
    place,
    provinces,
    villages,
)


def test_village_code_gives_the_village_and_its_parents() -> None:
    found = place("02070101")
    assert found is not None
    assert (found.village.code, found.village.name_en) == ("02070101", "Banang")
    assert (found.commune.code, found.commune.name_en) == ("020701", "Sdau")
    assert (found.district.code, found.district.name_en) == ("0207", "Rotaknak Mundul")
    assert (found.province.code, found.province.name_en) == ("02", "Battambang")


def test_village_and_its_parents_have_khmer_names() -> None:
    found = place("02070101")
    assert found is not None
    assert found.village.name_kh == "បាណង់"
    assert found.commune.name_kh == "ស្ដៅ"
    assert found.district.name_kh == "រតនមណ្ឌល"
    assert found.province.name_kh == "បាត់ដំបង"


def test_place_label_in_khmer_and_english() -> None:
    found = place("02070101")
    assert found is not None
    assert found.label("kh") == "បាណង់, ស្ដៅ, រតនមណ្ឌល, បាត់ដំបង"
    assert found.label("en") == "Banang, Sdau, Rotaknak Mundul, Battambang"


def test_village_code_from_a_spreadsheet_is_found() -> None:
    assert place("2070101") == place("02070101")


@pytest.mark.parametrize("code", ["99999999", "02079999", "207", "", "abc"])
def test_unknown_or_malformed_code_gives_none(code: str) -> None:
    assert place(code) is None


def test_unit_falls_back_to_english_without_a_khmer_name() -> None:
    unit = Unit("02070199", "", "New village")
    assert unit.name("kh") == "New village"
    assert Unit("02", "បាត់ដំបង", "Battambang").name("en") == "Battambang"


def test_provinces_include_the_pilot_provinces() -> None:
    all_provinces = {u.code: u.name_en for u in provinces()}
    assert len(all_provinces) == 25  # 24 provinces and Phnom Penh
    assert all_provinces["02"] == "Battambang"
    assert all_provinces["13"] == "Preah Vihear"
    assert all(len(code) == 2 and code.isdigit() for code in all_provinces)


def test_districts_of_battambang() -> None:
    units = districts("02")
    codes = {u.code: u.name_en for u in units}
    assert codes["0207"] == "Rotaknak Mundul"
    assert codes["0210"] == "Sampov Lun"
    assert all(u.code.startswith("02") and len(u.code) == 4 for u in units)


def test_rovieng_is_in_preah_vihear() -> None:
    assert "1305" in {u.code for u in districts("13")}
    rovieng = district("1305")
    assert rovieng is not None
    assert rovieng.name_en == "Rovieng"


def test_communes_of_ratanak_mondul() -> None:
    units = communes("0207")
    assert "020701" in {u.code for u in units}
    assert all(u.code.startswith("0207") and len(u.code) == 6 for u in units)


def test_villages_of_sdau_commune() -> None:
    units = villages("020701")
    by_code = {u.code: u for u in units}
    assert by_code["02070101"].name_en == "Banang"
    assert all(u.code.startswith("020701") and len(u.code) == 8 for u in units)


def test_cascade_leads_back_to_the_same_place() -> None:
    # Choosing province, then district, then commune, then village in the form lands on
    # the village that a direct look-up of its code finds.
    province = next(u for u in provinces() if u.code == "02")
    dist = next(u for u in districts(province.code) if u.code == "0207")
    commune = next(u for u in communes(dist.code) if u.code == "020701")
    village = next(u for u in villages(commune.code) if u.code == "02070101")
    found = place(village.code)
    assert found is not None
    assert (found.province, found.district, found.commune, found.village) == (
        province, dist, commune, village,
    )


def test_unknown_codes_give_nothing() -> None:
    assert district("0299") is None
    assert district("") is None
    assert districts("99") == []
    assert communes("9999") == []
    assert villages("999999") == []
