"""The privacy rules of the public website on small hand-made rows."""

from __future__ import annotations

import copy

from metkasekor_desktop.analysis.public_privacy import (
    protect_adoption,
    protect_cells,
    protect_market,
    protect_uptake,
    public_point,
    suppress_counts,
)
from metkasekor_desktop.analysis.target_shares import GIVEN, REGISTER


def row(area: str, farmers: int, women: int = 10, men: int = 10, *, season: int = 1,
        plots: int = 20, target: float | None = 100.0, source: str = GIVEN) -> dict:
    return {"season": season, "area": area, "farmers": farmers, "suppressed": False,
            "women": women, "men": men, "plots": plots, "hectares": 1.5,
            "target": target, "share": None if target is None else farmers / target,
            "target_source": source}


def test_a_count_under_5_is_none_and_marked():
    out = suppress_counts([{"area": "0207", "n": 4}, {"area": "0210", "n": 5},
                           {"area": "1305", "n": 0}, {"area": "1306", "n": None}], ("n",))
    assert [(r["n"], r["suppressed"]) for r in out] == [
        (None, True), (5, False), (None, True), (None, False)]


def test_the_threshold_is_a_setting():
    out = suppress_counts([{"area": "0207", "n": 9}, {"area": "0210", "n": 10}], ("n",),
                          min_count=10)
    assert [r["n"] for r in out] == [None, 10]


def test_the_inputs_are_not_changed():
    rows = [row("0207", 20), row("020701", 3), row("020702", 17)]
    before = copy.deepcopy(rows)
    protect_adoption(rows)
    assert rows == before


def test_one_commune_suppressed_in_a_shown_district_takes_the_next_smallest():
    # 0207: 20 farmers = 12 + 6 + 2; without the rule 020703 would be 20 - 12 - 6 = 2
    out = suppress_counts([{"area": "0207", "n": 20}, {"area": "020701", "n": 12},
                           {"area": "020702", "n": 6}, {"area": "020703", "n": 2}], ("n",))
    assert [r["n"] for r in out] == [20, 12, None, None]
    assert [r["suppressed"] for r in out] == [False, False, True, True]


def test_ties_take_the_lowest_code():
    out = suppress_counts([{"area": "0207", "n": 20}, {"area": "020702", "n": 8},
                           {"area": "020701", "n": 8}, {"area": "020703", "n": 4}], ("n",))
    assert [r["n"] for r in out] == [20, 8, None, None]  # 020701 before 020702


def test_two_communes_suppressed_already_need_no_more():
    out = suppress_counts([{"area": "0207", "n": 20}, {"area": "020701", "n": 13},
                           {"area": "020702", "n": 3}, {"area": "020703", "n": 4}], ("n",))
    assert [r["n"] for r in out] == [20, 13, None, None]


def test_a_suppressed_district_needs_nothing_more():
    out = suppress_counts([{"area": "0207", "n": 4}, {"area": "020701", "n": 3},
                           {"area": "020702", "n": 1}], ("n",))
    assert [r["n"] for r in out] == [None, None, None]


def test_other_seasons_and_districts_are_not_parts():
    out = suppress_counts([{"season": 1, "area": "0207", "n": 20},
                           {"season": 2, "area": "020701", "n": 3},
                           {"season": 2, "area": "020702", "n": 17},
                           {"season": 1, "area": "021001", "n": 9}], ("n",),
                          group="season")
    assert [r["n"] for r in out] == [20, None, 17, 9]


def test_women_or_men_alone_suppressed_takes_the_other():
    out = protect_adoption([row("0207", 12, women=3, men=9)])
    assert (out[0]["farmers"], out[0]["women"], out[0]["men"]) == (12, None, None)
    assert out[0]["suppressed"] is True
    assert out[0]["plots"] == 20 and out[0]["share"] == 0.12  # the farmers are shown


def test_rules_are_applied_until_nothing_changes():
    # 020701's women (2) are under 5, so its men go too (row rule); then exactly one
    # commune's women and one commune's men are suppressed in a shown district, so the
    # next smallest of each goes (020702: the lowest code of the tied women).
    out = protect_adoption([row("0207", 40, women=12, men=28),
                            row("020701", 10, women=2, men=8),
                            row("020702", 12, women=5, men=7),
                            row("020703", 18, women=5, men=13)])
    got = [(r["area"], r["farmers"], r["women"], r["men"]) for r in out]
    assert got == [("0207", 40, 12, 28), ("020701", 10, None, None),
                   ("020702", 12, None, None), ("020703", 18, 5, 13)]
    for district in out[:1]:
        for field in ("farmers", "women", "men"):
            assert sum(1 for c in out[1:] if c[field] is None) != 1 or \
                district[field] is None


def test_plots_and_share_go_with_the_farmers():
    out = protect_adoption([row("0207", 4, women=2, men=2, plots=6)])
    assert out[0] == {**row("0207", 4, plots=6), "farmers": None, "women": None,
                           "men": None, "plots": None, "share": None, "suppressed": True}
    assert out[0]["hectares"] == 1.5 and out[0]["target"] == 100.0  # not people


def test_a_target_of_register_farmers_is_a_count_of_people():
    out = protect_adoption([row("0207", 5, women=5, men=5, target=4, source=REGISTER),
                            row("0210", 5, women=5, men=5, target=4, source=GIVEN)])
    assert (out[0]["target"], out[0]["share"], out[0]["suppressed"]) == (None, None, True)
    assert (out[1]["target"], out[1]["share"], out[1]["suppressed"]) == (4, 5 / 4, False)


def test_uptake_and_market():
    years = protect_uptake([{"area": "02", "year": 2023, "adopters": 30},
                            {"area": "0207", "year": 2023, "adopters": 27},
                            {"area": "0210", "year": 2023, "adopters": 3},
                            {"area": "0207", "year": 2024, "adopters": 40}])
    assert [r["adopters"] for r in years] == [30, None, None, 40]
    sold = protect_market([{"year": 2024, "area": "0207", "providers": 2, "farmers": 1},
                           {"year": 2024, "area": "0210", "providers": 1, "farmers": 6}])
    assert [(r["providers"], r["farmers"], r["suppressed"]) for r in sold] == [
        (2, None, True), (1, 6, False)]


def test_cells_under_5_plots_are_left_out_and_points_rounded():
    assert protect_cells({(1, 1): (4, 3.0), (1, 2): (5, 0.5), (2, 1): (0, 0.0)}) == [
        (1, 2)]
    assert public_point(103.123456, 13.0124999) == (103.123, 13.012)


def test_no_year_adds_fewer_than_five_adopters_to_the_last_year_shown():
    """Cumulative adopters 10, 12, 20, 20, 23, 30: 12 adds 2 and 23 adds 3 to the year
    shown before them, so both are suppressed; 20 (10 more) and 30 (10 more than 20)
    stay, and an unchanged year (20 again) is shown."""
    from metkasekor_desktop.analysis.public_privacy import protect_uptake

    values = [10, 12, 20, 20, 23, 30]
    rows = [{"area": "0207", "year": 2020 + k, "adopters": v} for k, v in enumerate(values)]
    out = protect_uptake(rows)
    assert [r["adopters"] for r in out] == [10, None, 20, 20, None, 30]
    assert [r["suppressed"] for r in out] == [False, True, False, False, True, False]
    shown = [r["adopters"] for r in out if r["adopters"] is not None]
    assert all(b - a == 0 or b - a >= 5 for a, b in zip(shown, shown[1:], strict=False))
    assert rows[1]["adopters"] == 12  # the input is left as it was
