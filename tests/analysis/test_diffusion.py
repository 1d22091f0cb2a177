"""The diffusion of CA: cumulative adopting farmers, the Bass model fitted with m fixed,
the tipping point, adoption by distance from the nearest demonstration plot, CSV rows.

Expected figures are worked out here by hand or from the formulas, never with the code
under test: Bass data from known p and q, shares counted field by field, distances
checked against pyproj's geodesic on the WGS 84 ellipsoid.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from metkasekor_desktop.analysis.bass import (
    REGISTER_FARMERS,
    TARGET_POPULATION,
    fit_bass,
    tipping_point,
)
from metkasekor_desktop.analysis.diffusion import (
    DIFFUSION_HEADERS,
    area_diffusion,
    cumulative_adopters,
    diffusion,
    diffusion_rows,
)
from metkasekor_desktop.analysis.distance_bands import (
    PlotCentres,
    distance_bands,
    nearest_distances_m,
)
from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, PracticeKind, SeasonKind
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season

DONE, PLANNED, CANCELLED = PlanStatus.DONE, PlanStatus.PLANNED, PlanStatus.CANCELLED
DEMO, FIELD, CONTROL = PlotRole.DEMONSTRATION, PlotRole.FARMER_FIELD, PlotRole.CONTROL
PRACTICES = [
    Practice(id=1, key="no_till", name_en="No-till", kind=PracticeKind.NO_TILL),
    Practice(id=2, key="cover_crop", name_en="Cover crop", kind=PracticeKind.COVER_CROP),
    Practice(id=3, key="conventional", name_en="Farmer practice",
             kind=PracticeKind.CONVENTIONAL, is_ca=False),
]
NO_TILL, COVER, CONVENTIONAL = 1, 2, 3
# given out of calendar order on purpose: the series follows Season.sort_key
SEASONS = [
    Season(id=5, year=2023, kind=SeasonKind.MAIN_WET),
    Season(id=1, year=2022, kind=SeasonKind.EARLY_WET),
    Season(id=3, year=2022, kind=SeasonKind.DRY),
    Season(id=4, year=2023, kind=SeasonKind.EARLY_WET),
    Season(id=2, year=2022, kind=SeasonKind.MAIN_WET),
]
CALENDAR = [1, 2, 3, 4, 5]  # the season ids in calendar order


def plan(plot: int, season: int, *practices: int, status: PlanStatus = DONE
         ) -> PlotSeasonPlan:
    return PlotSeasonPlan(plot_id=plot, season_id=season, status=status,
                          practices=[PlannedPractice(practice_id=p) for p in practices])


# --- cumulative adopters on hand-made records ----------------------------------------

PLOTS = [
    PlotInfo(id=1, village_code="02070101", farmer_id=100),
    PlotInfo(id=2, village_code="02070102", farmer_id=100),  # farmer 100's second field
    PlotInfo(id=3, village_code="02070101", farmer_id=101),
    PlotInfo(id=4, village_code="02070103", farmer_id=102),  # never adopts
    PlotInfo(id=5, village_code="02070101", farmer_id=103, role=DEMO),
    PlotInfo(id=6, village_code="02070101", farmer_id=None),  # no farmer recorded
    PlotInfo(id=7, village_code="02100101", farmer_id=104),
    PlotInfo(id=8, village_code="13050101", farmer_id=100),  # farmer 100 elsewhere too
]
PLANS = [
    plan(1, 1, NO_TILL),  # farmer 100 adopts in 2022 early wet
    plan(2, 2, NO_TILL, COVER),  # ... and again on the other field: counted once
    plan(3, 2, NO_TILL, status=PLANNED),  # only planned: not yet
    plan(1, 4, NO_TILL),
    plan(3, 4, COVER),  # farmer 101 adopts in 2023 early wet
    plan(5, 4, NO_TILL, COVER),  # the demonstration plot: the programme's, not adoption
    plan(6, 4, NO_TILL),  # a farmer field with no farmer: not a farmer
    plan(4, 4, CONVENTIONAL),  # done, but not CA
    plan(4, 5, NO_TILL, status=CANCELLED),
    plan(7, 4, NO_TILL),  # farmer 104 in district 0210
    plan(8, 5, NO_TILL),  # farmer 100 in province 13
    plan(1, 99, NO_TILL),  # a season not given: cannot be placed in time
]


def series(uptake, name):
    return [getattr(row, name) for row in uptake.seasons]


def test_cumulative_adopters_by_district_count_each_farmer_once():
    result = {u.area: u for u in cumulative_adopters(PLOTS, PLANS, PRACTICES, SEASONS)}
    assert list(result) == ["0207", "0210", "1305"]
    kasekor = result["0207"]
    assert kasekor.farmers == 3  # 100, 101, 102: the demo plot's and no-farmer's apart
    assert [r.season_id for r in kasekor.seasons] == CALENDAR
    assert series(kasekor, "adopters") == [1, 1, 0, 2, 0]
    assert series(kasekor, "new") == [1, 0, 0, 1, 0]
    assert series(kasekor, "cumulative") == [1, 1, 1, 2, 2]
    assert [(y.year, y.adopters, y.new, y.cumulative) for y in kasekor.years] == [
        (2022, 1, 1, 1), (2023, 2, 1, 2)]
    assert series(result["0210"], "cumulative") == [0, 0, 0, 1, 1]
    assert series(result["1305"], "cumulative") == [0, 0, 0, 0, 1]
    assert series(result["1305"], "new") == [0, 0, 0, 0, 1]
    assert kasekor.last_observed_year == 2023
    assert kasekor.observed_years() == ([2022, 2023], [1, 2])


def test_cumulative_adopters_by_province_and_overall():
    by_province = {u.area: u for u in cumulative_adopters(PLOTS, PLANS, PRACTICES, SEASONS,
                                                          level="province")}
    assert by_province["02"].farmers == 4  # 100, 101, 102, 104
    assert series(by_province["02"], "cumulative") == [1, 1, 1, 3, 3]
    assert [y.new for y in by_province["02"].years] == [1, 2]
    everyone, = cumulative_adopters(PLOTS, PLANS, PRACTICES, SEASONS, level="all")
    # farmer 100 adopting again in province 13 in 2023 main wet is no new farmer overall
    assert (everyone.area, everyone.farmers) == ("", 4)
    assert series(everyone, "new") == [1, 0, 0, 2, 0]
    assert series(everyone, "cumulative") == [1, 1, 1, 3, 3]
    with pytest.raises(ValueError):
        cumulative_adopters(PLOTS, PLANS, PRACTICES, SEASONS, level="village code")


# --- the Bass model ------------------------------------------------------------------

P, Q, M = 0.03, 0.38, 1000.0
YEARS = list(range(2017, 2025))  # t = 1..8; adoption starts in 2017, so t = 0 is 2016


def bass_by_hand(t, p=P, q=Q):
    e = math.exp(-(p + q) * t)
    return (1 - e) / (1 + q / p * e)


EXACT = [M * bass_by_hand(t) for t in range(1, 9)]


def tipping_year_by_hand(threshold=0.16):
    return 2016 + next(t for t in range(1, 31) if bass_by_hand(t) >= threshold)


def test_bass_fit_recovers_p_and_q_from_exact_data():
    fit = fit_bass(YEARS, EXACT, M)
    assert fit.identifiable and fit.reason == ""
    assert fit.start_year == 2016 and fit.n_years == 8
    assert fit.p == pytest.approx(P, rel=0.01)  # 10 % asked; exact data do far better
    assert fit.q == pytest.approx(Q, rel=0.01)
    assert fit.market_source == TARGET_POPULATION and fit.market_potential == M
    tip = tipping_point(fit)
    assert tipping_year_by_hand() == 2020  # F(3) = 0.150, F(4) = 0.233
    assert tip.year == tipping_year_by_hand()
    assert tip.observed_year == 2020 and tip.passed  # the data passed it too


def test_bass_fit_recovers_p_and_q_from_noisy_data():
    rng = np.random.default_rng(20240901)
    noisy = np.maximum.accumulate(np.array(EXACT) * (1 + rng.normal(0, 0.03, len(EXACT))))
    fit = fit_bass(YEARS, noisy, M)
    assert fit.identifiable
    assert fit.p == pytest.approx(P, rel=0.3)
    assert fit.q == pytest.approx(Q, rel=0.3)
    assert 0 < fit.p_se < fit.p and 0 < fit.q_se < fit.q
    assert tipping_point(fit).year == tipping_year_by_hand()
    for point in fit.curve:
        assert 0 <= point.low <= point.fitted <= point.high <= M
    observed = [c for c in fit.curve if c.observed]
    assert [c.year for c in observed] == YEARS
    inside = sum(c.low <= M * bass_by_hand(c.t) <= c.high for c in observed)
    assert inside >= 6  # a 95 % band holds the true curve in most years
    assert fit.curve[-1].year == 2024 + 10 and not fit.curve[-1].observed


def test_the_band_is_the_delta_method_with_students_t():
    from scipy import stats

    rng = np.random.default_rng(5)
    noisy = np.array(EXACT) + rng.normal(0, 8, len(EXACT))
    fit = fit_bass(YEARS, noisy, M, projection_years=3)
    cov = np.array([[fit.p_se**2, fit.pq_covariance], [fit.pq_covariance, fit.q_se**2]])
    quantile = stats.t.ppf(0.975, 8 - 2)
    for point in fit.curve[1:]:
        h = 1e-7  # the gradient by central differences of the formula, not the code's
        grad = np.array([
            (bass_by_hand(point.t, fit.p + h, fit.q) - bass_by_hand(point.t, fit.p - h,
                                                                    fit.q)) / (2 * h),
            (bass_by_hand(point.t, fit.p, fit.q + h) - bass_by_hand(point.t, fit.p,
                                                                    fit.q - h)) / (2 * h)])
        half = quantile * M * math.sqrt(grad @ cov @ grad)
        assert point.fitted == pytest.approx(M * bass_by_hand(point.t, fit.p, fit.q))
        assert point.high == pytest.approx(min(point.fitted + half, M), rel=1e-4)
        assert point.low == pytest.approx(max(point.fitted - half, 0.0), rel=1e-4, abs=1e-6)


def test_too_few_seasons_to_say_is_an_answer_not_an_error():
    fit = fit_bass([2023, 2024], [40, 90], M)
    assert not fit.identifiable
    assert "Too few seasons to say" in fit.reason
    assert math.isnan(fit.p) and math.isnan(fit.q) and fit.curve == ()
    tip = tipping_point(fit)
    assert tip.year is None and not tip.passed and "Too few" in tip.reason
    # zero years before adoption starts do not make the series long enough
    assert not fit_bass([2020, 2021, 2022, 2023], [0, 0, 3, 9], M).identifiable
    assert not fit_bass([2022, 2023, 2024], [0, 0, 0], M).identifiable
    assert not fit_bass([2022, 2023, 2024], [5, 9, 14], 0).identifiable
    above = fit_bass([2022, 2023, 2024], [5, 9, 14], 10)  # more adopters than m
    assert not above.identifiable and "market potential" in above.reason


def test_the_tipping_point_follows_its_threshold_and_horizon():
    fit = fit_bass(YEARS, EXACT, M)
    half = 2016 + next(t for t in range(1, 31) if bass_by_hand(t) >= 0.5)
    assert tipping_point(fit, threshold=0.5).year == half
    assert tipping_point(fit, threshold=0.9).observed_year is None  # F(8) = 0.65
    slow = fit_bass([2022, 2023, 2024],
                    [M * bass_by_hand(t, 0.0005, 0.0) for t in (1, 2, 3)], M)
    late = tipping_point(slow)
    assert slow.identifiable and late.year is None and "30 years" in late.reason


def test_market_potential_is_labelled_target_or_register():
    uptake = {u.area: u for u in cumulative_adopters(PLOTS, PLANS, PRACTICES, SEASONS)}
    kasekor = uptake["0207"]
    own = area_diffusion(kasekor)
    assert (own.fit.market_potential, own.fit.market_source) == (3, REGISTER_FARMERS)
    target = area_diffusion(kasekor, target_population=250)
    assert (target.fit.market_potential, target.fit.market_source) == (
        250, TARGET_POPULATION)
    assert not target.fit.identifiable  # two years: too few seasons to say


def test_diffusion_rows_for_csv():
    uptake, = cumulative_adopters(PLOTS, PLANS, PRACTICES, SEASONS, level="all")
    fit = fit_bass(YEARS, EXACT, M, projection_years=2)
    # an area whose data are the Bass curve: replace the fit to see every column filled
    from metkasekor_desktop.analysis.diffusion import AreaDiffusion
    results = [AreaDiffusion(uptake, fit, tipping_point(fit)),
               area_diffusion(uptake, target_population=40)]
    header, rows = diffusion_rows(results)
    assert header == DIFFUSION_HEADERS == [
        "area", "year", "cumulative adopters", "new adopters", "target (m)",
        "target source", "share", "fitted N", "band low", "band high",
        "tipping-point year", "tipping point passed"]
    first = [r for r in rows if r[0] == ""][:len(YEARS) + 2]
    # the data years of the uptake (2022, 2023), then the fit's years to 2026
    assert [r[1] for r in first] == [*YEARS, 2025, 2026]
    year_2022 = next(r for r in first if r[1] == 2022)
    assert year_2022[2:6] == [1, 1, M, TARGET_POPULATION]
    assert year_2022[6] == pytest.approx(1 / M, abs=5e-5)  # 4 decimals
    assert year_2022[7] == pytest.approx(M * bass_by_hand(6), abs=0.005)  # 2 decimals
    assert year_2022[8] <= year_2022[7] <= year_2022[9]
    assert year_2022[10:] == [2020, True]
    assert first[-1][2:4] == [None, None] and first[-1][6] is None  # projected
    own = rows[len(first):]
    assert [r[1] for r in own] == [2022, 2023]  # not identifiable: the data years only
    assert [r[2] for r in own] == [1, 3]
    assert own[1][4:7] == [40.0, TARGET_POPULATION, 3 / 40]
    assert own[1][7:] == [None, None, None, None, False]


# --- distance bands ------------------------------------------------------------------

LON0, LAT0 = 104.9, 13.0
EARTH_RADIUS = 6_371_000.0


def east(km):
    """The longitude ``km`` east of the demonstration plot along its parallel (sphere)."""
    return LON0 + math.degrees(km * 1000 / (EARTH_RADIUS * math.cos(math.radians(LAT0))))


BAND_PLOTS = [
    PlotInfo(id=1, role=DEMO, village_code="02070101", farmer_id=9),
    PlotInfo(id=2, role=CONTROL, village_code="02070101", paired_id=1, farmer_id=9),
    PlotInfo(id=10, village_code="02070101", farmer_id=100),  # 0.5 km
    PlotInfo(id=11, village_code="02070101", farmer_id=101),  # 0.5 km too
    PlotInfo(id=12, village_code="02070101", farmer_id=102),  # 2 km
    PlotInfo(id=13, village_code="02070101", farmer_id=103),  # 4 km
    PlotInfo(id=14, village_code="02070101", farmer_id=104),  # 8 km
    PlotInfo(id=15, village_code="02070101", farmer_id=105),  # no centre
]
BAND_CENTRES = PlotCentres(
    ids=[1, 2, 10, 11, 12, 13, 14, 15],
    lon=[LON0, east(0.1), east(0.5), east(0.5), east(2), east(4), east(8), float("nan")],
    lat=[LAT0] * 8)
BAND_PLANS = [
    plan(1, 1, NO_TILL), plan(2, 1, CONVENTIONAL),  # the site's own plans
    plan(10, 1, NO_TILL), plan(12, 1, COVER),
    plan(13, 1, NO_TILL, status=PLANNED),  # not yet adoption
    plan(15, 1, NO_TILL),  # adopted, but cannot be placed
    plan(14, 2, NO_TILL), plan(10, 2, NO_TILL, status=CANCELLED),
    plan(11, 2, CONVENTIONAL),
]


def test_distances_are_within_a_tenth_of_a_percent_of_the_geodesic():
    from pyproj import Geod

    kms = np.array([0.5, 2, 4, 8])
    lon = np.array([east(k) for k in kms])
    lat = np.full(4, LAT0)
    got = nearest_distances_m(lon, lat, np.array([LON0, 105.2]), np.array([LAT0, 13.3]))
    _, _, geodesic = Geod(ellps="WGS84").inv(np.full(4, LON0), np.full(4, LAT0), lon, lat)
    assert got == pytest.approx(geodesic, rel=1e-3)
    assert got == pytest.approx(kms * 1000, rel=5e-3)  # the sphere placed them


def test_adoption_by_distance_band_counted_by_hand():
    result = distance_bands(BAND_PLOTS, BAND_PLANS, PRACTICES,
                            [s for s in SEASONS if s.id in (2, 1)], BAND_CENTRES)
    assert (result.demonstrations, result.unplaced) == (1, 1)
    assert result.bands_km == (1.0, 3.0, 5.0)
    by_season = {}
    for row in result.rows:
        by_season.setdefault(row.season_id, []).append(
            (row.label, row.fields, row.adopters, row.share))
    assert list(by_season) == [1, 2]  # calendar order, only the seasons given
    assert by_season[1] == [("0-1 km", 2, 1, 0.5), ("1-3 km", 1, 1, 1.0),
                            ("3-5 km", 1, 0, 0.0), ("over 5 km", 1, 0, 0.0)]
    assert by_season[2] == [("0-1 km", 2, 0, 0.0), ("1-3 km", 1, 0, 0.0),
                            ("3-5 km", 1, 0, 0.0), ("over 5 km", 1, 1, 1.0)]


def test_distance_bands_of_other_limits_and_without_demonstrations():
    result = distance_bands(BAND_PLOTS, BAND_PLANS, PRACTICES, SEASONS, BAND_CENTRES,
                            bands_km=(3,))
    first = [(r.label, r.fields, r.adopters) for r in result.rows if r.season_id == 1]
    assert first == [("0-3 km", 3, 2), ("over 3 km", 2, 0)]
    nothing = [r for r in result.rows if r.season_id == 3]
    assert [r.share for r in nothing] == [0.0, 0.0]
    no_demo = distance_bands(BAND_PLOTS[1:], BAND_PLANS, PRACTICES, SEASONS, BAND_CENTRES)
    assert no_demo.rows == () and no_demo.reason
    as_mapping = distance_bands(BAND_PLOTS, BAND_PLANS, PRACTICES, SEASONS,
                                {i: (x, y) for i, x, y in zip(*BAND_CENTRES, strict=True)})
    assert as_mapping.rows == distance_bands(BAND_PLOTS, BAND_PLANS, PRACTICES, SEASONS,
                                             BAND_CENTRES).rows
    with pytest.raises(ValueError):
        distance_bands(BAND_PLOTS, BAND_PLANS, PRACTICES, SEASONS, BAND_CENTRES, (3, 1))


# --- the demo project ----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo():
    from metkasekor_desktop.domain.demo import build_demo

    data = build_demo(150, elevation=False)
    plots = [PlotInfo(id=p.id, code=p.code, role=p.role, village_code=p.village_code,
                      area_ha=p.area_ha or 0.0, farmer_id=p.farmer_id) for p in data.plots]
    return data, plots


def hand_cumulative(plots, plans, practices, seasons, district):
    """Per season in calendar order, farmers of the district who adopted by then."""
    ca = [p.id for p in practices if p.is_ca]
    farmer_of = {}
    for plot in plots:
        if str(plot.role) == "farmer_field" and (plot.village_code or "")[:4] == district:
            farmer_of[plot.id] = plot.farmer_id
    ordered = sorted(seasons, key=lambda s: (s.year, ["early_wet", "main_wet", "dry"]
                                             .index(str(s.kind))))
    seen, out = set(), []
    for season in ordered:
        for p in plans:
            if (p.season_id == season.id and str(p.status) == "done"
                    and p.plot_id in farmer_of and farmer_of[p.plot_id] is not None
                    and any(item.practice_id in ca for item in p.practices)):
                seen.add(farmer_of[p.plot_id])
        out.append(len(seen))
    return out


def test_the_demo_cumulative_series_rises_and_equals_a_hand_count(demo):
    data, plots = demo
    result = cumulative_adopters(plots, data.plans, data.practices, data.seasons)
    assert len(result) >= 2
    for uptake in result:
        cumulative = series(uptake, "cumulative")
        assert cumulative == sorted(cumulative)  # never falls
        assert cumulative == hand_cumulative(plots, data.plans, data.practices,
                                             data.seasons, uptake.area)
        assert sum(series(uptake, "new")) == cumulative[-1]
        assert [y.cumulative for y in uptake.years][-1] == cumulative[-1]
        assert cumulative[-1] <= uptake.farmers
    assert any(u.years[-1].cumulative > u.years[0].cumulative > 0 for u in result)
    results = diffusion(plots, data.plans, data.practices, data.seasons)
    assert all(r.fit.market_source == REGISTER_FARMERS for r in results)
    header, rows = diffusion_rows(results)
    assert len(header) == len(rows[0]) and {r[0] for r in rows} == {u.area for u in result}


def test_the_demo_adopts_more_near_its_demonstration_plots(demo):
    data, plots = demo
    centres = PlotCentres([p.id for p in data.plots],
                          [p.geometry.centroid.x for p in data.plots],
                          [p.geometry.centroid.y for p in data.plots])
    result = distance_bands(plots, data.plans, data.practices, data.seasons, centres)
    assert result.demonstrations == sum(p.role == DEMO for p in plots)
    near = [r for r in result.rows if r.high_km == 1.0]
    far = [r for r in result.rows if r.high_km is None]
    assert sum(r.adopters for r in near) > 0
    share = sum(r.adopters for r in near) / sum(r.fields for r in near)
    assert share >= sum(r.adopters for r in far) / sum(r.fields for r in far)
    fields = sum(p.role == FIELD for p in plots)
    for season in data.seasons:
        rows = [r for r in result.rows if r.season_id == season.id]
        assert sum(r.fields for r in rows) + result.unplaced == fields


@pytest.mark.parametrize(("years", "cumulative", "m", "key", "args"), [
    ((2022, 2023), (1, 2), 100, "few_years", (2, 3)),
    ((2022, 2023, 2024), (0, 0, 0), 100, "no_adopter", ()),
    ((2022, 2023, 2024), (1, 2, 3), 0, "no_market", ()),
    ((2022, 2023, 2024), (1, 5, 9), 4, "above_market", (9, 4)),
])
def test_a_fit_that_cannot_be_made_says_why_as_data(years, cumulative, m, key, args):
    """The reason is a key and its figures, for a window to word in Khmer or English."""
    fit = fit_bass(years, cumulative, m)
    assert not fit.identifiable
    assert (fit.reason_key, fit.reason_args) == (key, args)
