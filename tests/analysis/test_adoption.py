"""The adoption summary: plots, hectares and farmers by sex per CA practice and season."""

from __future__ import annotations

import sqlite3

import pytest

from metkasekor_desktop.analysis.adoption import (
    AdoptionTable,
    adoption_summary,
    in_area,
    previous_season_id,
)
from metkasekor_desktop.analysis.stages import PlotInfo, plot_infos
from metkasekor_desktop.domain.enums import PlanStatus, PracticeKind, SeasonKind, Sex
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season

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
           Farmer(id=103, name_latin="D")]  # sex not recorded
PLOTS = [
    PlotInfo(id=1, village_code="02070101", area_ha=1.0, farmer_id=100),
    PlotInfo(id=2, village_code="02070102", area_ha=2.0, farmer_id=101),
    PlotInfo(id=3, village_code="02100101", area_ha=0.5, farmer_id=102),
    PlotInfo(id=4, village_code="13050101", area_ha=1.5, farmer_id=103),
    PlotInfo(id=5, village_code="02070101", area_ha=0.25, farmer_id=100),  # A's 2nd plot
    PlotInfo(id=6, village_code="02070101", area_ha=3.0, farmer_id=101),
    PlotInfo(id=7, village_code="02070101", area_ha=4.0, farmer_id=None),
]
PREVIOUS, CURRENT = 10, 11


def plan(plot: int, season: int, *practices: int,
         status: PlanStatus = PlanStatus.PLANNED) -> PlotSeasonPlan:
    return PlotSeasonPlan(plot_id=plot, season_id=season, status=status,
                          practices=[PlannedPractice(practice_id=p) for p in practices])


PLANS = [
    plan(1, CURRENT, 1, 2), plan(2, CURRENT, 1, status=PlanStatus.DONE), plan(3, CURRENT, 2),
    plan(4, CURRENT, 1, 2), plan(5, CURRENT, 2), plan(6, CURRENT, 3),
    plan(7, CURRENT, 1, status=PlanStatus.CANCELLED),
    plan(1, PREVIOUS, 1), plan(2, PREVIOUS, 3), plan(3, PREVIOUS, 2, status=PlanStatus.CANCELLED),
    plan(6, PREVIOUS, 3),
]


def summary(area: str | None = None, previous: int | None = PREVIOUS) -> AdoptionTable:
    return adoption_summary(PLOTS, PLANS, FARMERS, PRACTICES, CURRENT, previous, area)


def figures(row) -> tuple:
    c = row.current
    return (c.plots, pytest.approx(c.hectares), c.farmers, c.women, c.men)


def test_hand_counted_figures_for_all_areas():
    table = summary()
    no_till, cover = table.rows
    assert no_till.practice.key == "no_till" and cover.practice.key == "cover_crop"
    assert figures(no_till) == (3, 4.5, 3, 1, 1)
    assert figures(cover) == (4, 3.25, 3, 2, 0)
    # each plot and farmer once, however many practices: not the sum of the rows
    assert figures(table.total) == (5, 5.25, 4, 2, 1)
    assert [r.practice.key for r in table.conventional] == ["conventional"]
    assert figures(table.conventional[0]) == (1, 3.0, 1, 0, 1)


def test_change_against_previous_season_ignores_cancelled_plans():
    table = summary()
    no_till, cover = table.rows
    assert (no_till.change_plots, no_till.change_hectares) == (2, pytest.approx(3.5))
    assert (cover.change_plots, cover.change_hectares) == (4, pytest.approx(3.25))
    assert (table.total.change_plots, table.total.change_hectares) == (4, pytest.approx(4.25))
    conv = table.conventional[0]
    assert (conv.change_plots, conv.change_hectares) == (-1, pytest.approx(-2.0))


def test_area_filters_by_village_code_prefix():
    district = summary("0207")
    assert figures(district.rows[0]) == (2, 3.0, 2, 1, 1)
    assert figures(district.rows[1]) == (2, 1.25, 1, 1, 0)
    assert figures(district.total) == (3, 3.25, 2, 1, 1)
    province = summary("13")
    assert figures(province.total) == (1, 1.5, 1, 0, 0)
    assert summary("020701").total.current.plots == 3  # a commune
    assert summary("99").total.current.plots == 0


def test_no_previous_season_gives_no_change():
    table = summary(previous=None)
    assert table.total.previous is None and table.total.change_plots is None
    assert table.rows[0].change_hectares is None


def test_row_names_follow_language():
    no_till = summary().rows[0]
    assert no_till.name("kh") == "មិនភ្ជួរ" and no_till.name("en") == "No-till"
    assert summary().conventional[0].name("kh") == "Farmer practice"  # no Khmer name


def test_in_area_and_previous_season():
    assert in_area("02070101", None) and in_area("02070101", "0207")
    assert not in_area(None, "02") and not in_area("13050101", "02")
    seasons = [Season(id=5, year=2025, kind=SeasonKind.DRY),
               Season(id=3, year=2025, kind=SeasonKind.EARLY_WET),
               Season(id=4, year=2025, kind=SeasonKind.MAIN_WET)]
    assert previous_season_id(seasons, 5) == 4
    assert previous_season_id(seasons, 3) is None
    assert previous_season_id(seasons, 99) is None


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    from metkasekor_desktop.app import main

    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


def test_demo_totals_match_an_independent_count(demo_path):
    from metkasekor_desktop.storage.project import Project

    with Project.open(demo_path) as project:
        plots = plot_infos(project.plots.load_table())
        plans, farmers = project.plans.list(), project.farmers.list()
        practices = project.practices.list()
        seasons = project.seasons.list()
    assert seasons and plans
    with_plans = {p.season_id for p in plans}
    season = max((s for s in seasons if s.id in with_plans), key=lambda s: s.sort_key)
    table = adoption_summary(plots, plans, farmers, practices, season.id,
                             previous_season_id(seasons, season.id), "02")
    with sqlite3.connect(demo_path) as con:
        plots_n, hectares, women, men = con.execute(
            """
            WITH adopting AS (
              SELECT DISTINCT p.fid, p.area_ha, p.farmer_id FROM plots p
              JOIN plot_season_plans s ON s.plot_id = p.fid
              JOIN plan_practices pp ON pp.plan_id = s.id
              JOIN practices pr ON pr.id = pp.practice_id
              WHERE s.season_id = ? AND s.status != 'cancelled' AND pr.is_ca
                AND p.village_code LIKE '02%')
            SELECT COUNT(*), SUM(area_ha),
              (SELECT COUNT(DISTINCT f.id) FROM farmers f JOIN adopting a
                 ON a.farmer_id = f.id WHERE f.sex = 'female'),
              (SELECT COUNT(DISTINCT f.id) FROM farmers f JOIN adopting a
                 ON a.farmer_id = f.id WHERE f.sex = 'male')
            FROM adopting""", (season.id,)).fetchone()
    assert plots_n > 0
    assert table.total.current.plots == plots_n
    assert table.total.current.hectares == pytest.approx(hectares, rel=1e-6)
    assert (table.total.current.women, table.total.current.men) == (women, men)
