"""The adoption summary: farmer fields where a CA practice was done, per practice and
season, with farmers by sex, the plans only planned apart and the change against the
same season of the previous year."""

from __future__ import annotations

import sqlite3

import pytest

from metkasekor_desktop.analysis.adoption import (
    AdoptionTable,
    adoption_summary,
    in_area,
    opening_season_id,
    same_season_last_year,
)
from metkasekor_desktop.analysis.stages import PlotInfo, plot_infos
from metkasekor_desktop.domain.enums import (
    PlanStatus,
    PlotRole,
    PracticeKind,
    SeasonKind,
    Sex,
)
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season
from tests.analysis.adoption_records import add_farmer_field_plans, hand_count

DONE, PLANNED, CANCELLED = PlanStatus.DONE, PlanStatus.PLANNED, PlanStatus.CANCELLED
PRACTICES = [
    Practice(id=1, key="no_till", name_en="No-till", name_kh="មិនភ្ជួរ",
             kind=PracticeKind.NO_TILL),
    Practice(id=2, key="cover_crop", name_en="Cover crop", name_kh="ដំណាំគម្របដី",
             kind=PracticeKind.COVER_CROP),
    Practice(id=3, key="conventional", name_en="Farmer practice",
             kind=PracticeKind.CONVENTIONAL, is_ca=False),
]
FARMERS = [Farmer(id=100, name_latin="A", sex=Sex.FEMALE),
           Farmer(id=101, name_latin="B", sex=Sex.MALE),
           Farmer(id=102, name_latin="C", sex=Sex.FEMALE),
           Farmer(id=103, name_latin="D"),  # sex not recorded
           Farmer(id=104, name_latin="E", sex=Sex.MALE)]  # holds the site's plots
PLOTS = [
    PlotInfo(id=1, village_code="02070101", area_ha=1.0, farmer_id=100),
    PlotInfo(id=2, village_code="02070102", area_ha=2.0, farmer_id=101),
    PlotInfo(id=3, village_code="02100101", area_ha=0.5, farmer_id=102),
    PlotInfo(id=4, village_code="13050101", area_ha=1.5, farmer_id=103),
    PlotInfo(id=5, village_code="02070101", area_ha=0.25, farmer_id=100),  # A's 2nd plot
    PlotInfo(id=6, village_code="02070101", area_ha=3.0, farmer_id=101),
    PlotInfo(id=7, village_code="02070101", area_ha=4.0, farmer_id=None),
    PlotInfo(id=8, village_code="02070101", area_ha=0.1, farmer_id=104,
             role=PlotRole.DEMONSTRATION),
    PlotInfo(id=9, village_code="02070101", area_ha=0.1, farmer_id=104,
             role=PlotRole.CONTROL, paired_id=8),
    PlotInfo(id=10, village_code="02100101", area_ha=0.75, farmer_id=102),  # C's 2nd plot
]
PREVIOUS, CURRENT = 10, 11


def plan(plot: int, season: int, *practices: int,
         status: PlanStatus = PlanStatus.PLANNED) -> PlotSeasonPlan:
    return PlotSeasonPlan(plot_id=plot, season_id=season, status=status,
                          practices=[PlannedPractice(practice_id=p) for p in practices])


PLANS = [
    plan(1, CURRENT, 1, 2, status=DONE), plan(2, CURRENT, 1, status=DONE),
    plan(3, CURRENT, 2),  # planned only
    plan(4, CURRENT, 1, 2, status=DONE), plan(5, CURRENT, 2, status=DONE),
    plan(6, CURRENT, 3, status=DONE),  # done, but the farmer's practice only
    plan(7, CURRENT, 1, status=CANCELLED),
    plan(8, CURRENT, 1, 2, status=DONE), plan(9, CURRENT, 3, status=DONE),  # the site
    plan(10, CURRENT, 1),  # planned only
    plan(1, PREVIOUS, 1, status=DONE), plan(2, PREVIOUS, 3, status=DONE),
    plan(3, PREVIOUS, 2, status=CANCELLED), plan(6, PREVIOUS, 3, status=DONE),
    plan(4, PREVIOUS, 1),  # planned, never done: not last year's adoption
    plan(8, PREVIOUS, 1, 2, status=DONE),
]


def summary(area: str | None = None, previous: int | None = PREVIOUS,
            plans=PLANS) -> AdoptionTable:
    return adoption_summary(PLOTS, plans, FARMERS, PRACTICES, CURRENT, previous, area)


def figures(adopters) -> tuple:
    return (adopters.plots, pytest.approx(adopters.hectares), adopters.farmers,
            adopters.women, adopters.men)


def test_hand_counted_figures_for_all_areas():
    table = summary()
    no_till, cover = table.rows
    assert no_till.practice.key == "no_till" and cover.practice.key == "cover_crop"
    assert figures(no_till.current) == (3, 4.5, 3, 1, 1)  # plots 1, 2, 4
    assert figures(cover.current) == (3, 2.75, 2, 1, 0)  # plots 1, 4, 5
    # each plot and farmer once, however many practices: not the sum of the rows
    assert figures(table.total.current) == (4, 4.75, 3, 1, 1)
    assert [r.practice.key for r in table.conventional] == ["conventional"]
    assert figures(table.conventional[0].current) == (1, 3.0, 1, 0, 1)  # plot 6, not 9


def test_planned_plans_are_counted_apart_never_as_adoption():
    table = summary()
    no_till, cover = table.rows
    assert figures(no_till.planned) == (1, 0.75, 1, 1, 0)  # plot 10
    assert figures(cover.planned) == (1, 0.5, 1, 1, 0)  # plot 3
    assert figures(table.total.planned) == (2, 1.25, 1, 1, 0)  # C's two plots
    assert table.conventional[0].planned.plots == 0
    # marking plot 3's plan done moves it from planned to adoption
    done = [plan(3, CURRENT, 2, status=DONE) if (p.plot_id, p.season_id) == (3, CURRENT)
            else p for p in PLANS]
    after = summary(plans=done)
    assert after.total.current.plots == 5 and after.total.planned.plots == 1


@pytest.mark.parametrize("status", [PLANNED, CANCELLED])
def test_a_plan_not_done_is_not_adoption(status):
    only = [plan(1, CURRENT, 1, 2, status=status)]
    total = summary(plans=only).total
    assert total.current.plots == 0 and total.current.farmers == 0
    assert total.planned.plots == (1 if status == PLANNED else 0)


@pytest.mark.parametrize("role", [PlotRole.DEMONSTRATION, PlotRole.CONTROL])
def test_demonstration_and_control_plots_are_not_adoption(role):
    plots = [PlotInfo(id=1, village_code="02070101", area_ha=1.0, farmer_id=100, role=role)]
    plans = [plan(1, CURRENT, 1, status=DONE), plan(1, PREVIOUS, 1, status=DONE)]
    table = adoption_summary(plots, plans, FARMERS, PRACTICES, CURRENT, PREVIOUS)
    assert table.total.current.plots == table.total.previous.plots == 0
    assert table.rows[0].current.plots == 0
    planned = adoption_summary(plots, [plan(1, CURRENT, 1)], FARMERS, PRACTICES,
                               CURRENT, None)
    assert planned.total.planned.plots == 0


def test_a_done_plan_of_only_the_farmers_practice_is_not_adoption():
    table = summary(plans=[plan(1, CURRENT, 3, status=DONE)])
    assert table.total.current.plots == 0
    assert all(r.current.plots == 0 for r in table.rows)
    assert table.conventional[0].current.plots == 1  # the baseline, reported apart


def test_change_against_previous_season_counts_done_farmer_fields_only():
    table = summary()
    no_till, cover = table.rows
    # last year: plot 1 no-till done; plot 4 only planned, plot 3 cancelled, 8 a demo
    assert figures(no_till.previous) == (1, 1.0, 1, 1, 0)
    assert (no_till.change_plots, no_till.change_hectares) == (2, pytest.approx(3.5))
    assert (cover.change_plots, cover.change_hectares) == (3, pytest.approx(2.75))
    assert (table.total.change_plots, table.total.change_hectares) == (3, pytest.approx(3.75))
    conv = table.conventional[0]
    assert (conv.change_plots, conv.change_hectares) == (-1, pytest.approx(-2.0))


def test_figures_equal_a_hand_count_for_every_area_and_practice():
    for area in (None, "02", "0207", "0210", "13", "99"):
        table = summary(area)
        for season, get in ((CURRENT, lambda r: r.current), (PREVIOUS, lambda r: r.previous)):
            hand = hand_count(PLOTS, PLANS, PRACTICES, season, area=area)
            got = get(table.total)
            assert (got.plots, got.farmers) == (hand.plots, hand.farmers)
            assert got.hectares == pytest.approx(hand.hectares)
            for row in table.rows:
                one = hand_count(PLOTS, PLANS, PRACTICES, season, area=area,
                                 practice_keys={row.practice.key})
                assert get(row).plots == one.plots
        planned = hand_count(PLOTS, PLANS, PRACTICES, CURRENT, "planned", area)
        assert (table.total.planned.plots, table.total.planned.farmers) == (
            planned.plots, planned.farmers)


def test_area_filters_by_village_code_prefix():
    district = summary("0207")
    assert figures(district.rows[0].current) == (2, 3.0, 2, 1, 1)
    assert figures(district.rows[1].current) == (2, 1.25, 1, 1, 0)
    assert figures(district.total.current) == (3, 3.25, 2, 1, 1)
    province = summary("13")
    assert figures(province.total.current) == (1, 1.5, 1, 0, 0)
    assert summary("020701").total.current.plots == 3  # a commune: plots 1, 2 and 5
    assert summary("0210").total.planned.plots == 2
    assert summary("99").total.current.plots == 0


def test_no_previous_season_gives_no_change():
    table = summary(previous=None)
    assert table.total.previous is None and table.total.change_plots is None
    assert table.rows[0].change_hectares is None


def test_row_names_follow_language():
    no_till = summary().rows[0]
    assert no_till.name("kh") == "មិនភ្ជួរ" and no_till.name("en") == "No-till"
    assert summary().conventional[0].name("kh") == "Farmer practice"  # no Khmer name


SEASONS = [Season(id=id_, year=year, kind=kind) for id_, (year, kind) in enumerate(
    [(2023, SeasonKind.EARLY_WET), (2023, SeasonKind.MAIN_WET), (2023, SeasonKind.DRY),
     (2024, SeasonKind.EARLY_WET), (2024, SeasonKind.MAIN_WET), (2024, SeasonKind.DRY),
     (2026, SeasonKind.EARLY_WET)], start=1)]


def test_previous_season_is_the_same_kind_one_year_earlier():
    assert in_area("02070101", None) and in_area("02070101", "0207")
    assert not in_area(None, "02") and not in_area("13050101", "02")
    by_id = {s.id: s for s in SEASONS}
    for season in SEASONS:
        # found by hand: the season of the same kind whose year is one less
        hand = None
        for other in SEASONS:
            if other.kind == season.kind and other.year == season.year - 1:
                hand = other.id
        assert same_season_last_year(reversed(SEASONS), season.id) == hand
    assert same_season_last_year(SEASONS, 4) == 1  # 2024 early wet <- 2023 early wet
    assert same_season_last_year(SEASONS, 6) == 3  # 2024 dry <- 2023 dry, not main wet
    assert by_id[same_season_last_year(SEASONS, 5)].kind == SeasonKind.MAIN_WET
    assert same_season_last_year(SEASONS, 1) is None  # the first year
    assert same_season_last_year(SEASONS, 7) is None  # 2025 early wet is missing
    assert same_season_last_year(SEASONS, 99) is None


def test_opening_season_is_the_latest_with_done_plans():
    fields = [PlotInfo(id=1), PlotInfo(id=2, role=PlotRole.DEMONSTRATION)]
    plans = [plan(1, 1, 1, status=DONE), plan(1, 4, 1, status=DONE), plan(1, 5, 1),
             plan(2, 5, 1, status=DONE), plan(1, 7, 1, status=CANCELLED)]
    # 2024 main wet (5) has a done plan, but on a demonstration plot only
    assert opening_season_id(SEASONS, fields, plans) == 4
    assert opening_season_id(SEASONS, fields, plans[2:]) == 5  # any done plan
    assert opening_season_id(SEASONS, fields, [plans[2]]) == 5  # any plan
    assert opening_season_id(SEASONS, fields, []) == 7  # the latest season
    assert opening_season_id([], fields, plans) is None


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    from metkasekor_desktop.app import main

    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


def load(path):
    from metkasekor_desktop.storage.project import Project

    with Project.open(path) as project:
        return (plot_infos(project.plots.load_table()), project.plans.list(),
                project.farmers.list(), project.practices.list(), project.seasons.list())


def test_the_demo_shows_uptake_that_a_hand_count_confirms(demo_path):
    """The demo's farmer fields near the demonstration plots take up CA year by year:
    done in the seasons that are over, planned in the latest; the summary of every
    season equals a hand count, and the programme's own plots are never counted."""
    plots, plans, farmers, practices, seasons = load(demo_path)
    by_year = {}
    for season in seasons:
        table = adoption_summary(plots, plans, farmers, practices, season.id,
                                 same_season_last_year(seasons, season.id))
        done = hand_count(plots, plans, practices, season.id)
        planned = hand_count(plots, plans, practices, season.id, status="planned")
        assert (table.total.current.plots, table.total.planned.plots) == (done.plots,
                                                                         planned.plots)
        assert table.total.current.hectares == pytest.approx(done.hectares)
        assert table.total.current.farmers == done.farmers
        if season.kind != SeasonKind.DRY:
            by_year[(season.kind, season.year)] = done.plots + planned.plots
    early = [by_year[(SeasonKind.EARLY_WET, y)] for y in (2022, 2023, 2024)]
    assert 0 < early[0] <= early[1] <= early[2] or 0 < early[0] < early[2]  # it spreads
    latest = max((s for s in seasons if s.kind != SeasonKind.DRY), key=lambda s: s.sort_key)
    assert hand_count(plots, plans, practices, latest.id).plots == 0  # only planned yet
    assert hand_count(plots, plans, practices, latest.id, status="planned").plots > 0


@pytest.fixture(scope="module")
def demo_with_fields(tmp_path_factory, demo_path):
    import shutil

    from metkasekor_desktop.storage.project import Project

    path = tmp_path_factory.mktemp("fields") / "demo.gpkg"
    shutil.copyfile(demo_path, path)
    with Project.open(path) as project:
        add_farmer_field_plans(project)
    return path


def test_demo_totals_match_an_independent_count(demo_with_fields):
    plots, plans, farmers, practices, seasons = load(demo_with_fields)
    season = max((s for s in seasons if s.id == opening_season_id(seasons, plots, plans)),
                 key=lambda s: s.sort_key)
    assert (season.year, season.kind) == (2024, SeasonKind.EARLY_WET)
    previous = same_season_last_year(seasons, season.id)
    assert next(s for s in seasons if s.id == previous).year == 2023
    table = adoption_summary(plots, plans, farmers, practices, season.id, previous, "02")
    query = """
        WITH adopting AS (
          SELECT DISTINCT p.fid, p.area_ha, p.farmer_id FROM plots p
          JOIN plot_season_plans s ON s.plot_id = p.fid
          JOIN plan_practices pp ON pp.plan_id = s.id
          JOIN practices pr ON pr.id = pp.practice_id
          WHERE s.season_id = ? AND s.status = ? AND pr.is_ca
            AND p.role = 'farmer_field' AND p.village_code LIKE '02%')
        SELECT COUNT(*), COALESCE(SUM(area_ha), 0),
          (SELECT COUNT(DISTINCT f.id) FROM farmers f JOIN adopting a
             ON a.farmer_id = f.id WHERE f.sex = 'female'),
          (SELECT COUNT(DISTINCT f.id) FROM farmers f JOIN adopting a
             ON a.farmer_id = f.id WHERE f.sex = 'male')
        FROM adopting"""
    with sqlite3.connect(demo_with_fields) as con:
        done = con.execute(query, (season.id, "done")).fetchone()
        planned = con.execute(query, (season.id, "planned")).fetchone()
        before = con.execute(query, (previous, "done")).fetchone()
    assert done[0] > 0 and planned[0] > 0
    for got, want in ((table.total.current, done), (table.total.planned, planned),
                      (table.total.previous, before)):
        assert got.plots == want[0]
        assert got.hectares == pytest.approx(want[1], rel=1e-6)
        assert (got.women, got.men) == (want[2], want[3])
    assert table.total.change_plots == done[0] - before[0]
    everywhere = adoption_summary(plots, plans, farmers, practices, season.id, previous)
    assert (everywhere.total.current.plots, everywhere.total.planned.plots,
            everywhere.total.previous.plots) == (
        hand_count(plots, plans, practices, season.id).plots,
        hand_count(plots, plans, practices, season.id, status="planned").plots,
        hand_count(plots, plans, practices, previous).plots)
    assert everywhere.total.planned.plots >= 3  # the planned plans added to a done season
