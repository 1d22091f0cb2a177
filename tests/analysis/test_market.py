"""The service market: deliveries (done plans that name a provider), hectares, farmers and
fees per provider, season and area; repeat customers; providers entering; growth."""

from __future__ import annotations

import pytest

from metkasekor_desktop.analysis.market import (
    ALL,
    MARKET_HEADERS,
    Market,
    ProviderEntry,
    Sales,
    area_code,
    market,
    market_rows,
)
from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.domain.demo import build_demo
from metkasekor_desktop.domain.enums import (
    PlanStatus,
    PlotRole,
    PracticeKind,
    ProviderKind,
    SeasonKind,
    Service,
)
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season

DONE, PLANNED, CANCELLED = PlanStatus.DONE, PlanStatus.PLANNED, PlanStatus.CANCELLED
A, B = 1, 2
NO_TILL, COVER, RESIDUE = 1, 2, 3
PRACTICES = [
    Practice(id=NO_TILL, key="no_till", name_en="No-till", kind=PracticeKind.NO_TILL,
             service=Service.NO_TILL_PLANTING),
    Practice(id=COVER, key="cover_crop", name_en="Cover crop", kind=PracticeKind.COVER_CROP,
             service=Service.COVER_CROP_SEED),
    Practice(id=RESIDUE, key="residue", name_en="Residue", kind=PracticeKind.RESIDUE_RETENTION),
]
PROVIDERS = [
    Provider(id=A, name="A No-Till Hire", kind=ProviderKind.MACHINERY_SERVICE,
             services=(Service.NO_TILL_PLANTING, Service.COVER_CROP_SEED)),
    Provider(id=B, name="B Seeds", kind=ProviderKind.COVER_CROP_SEED_COMPANY,
             services=(Service.NO_TILL_PLANTING, Service.COVER_CROP_SEED)),
]
PLOTS = [  # three farmers: 100, 101, 102 (who also holds the demonstration plot)
    PlotInfo(id=1, village_code="02070101", area_ha=1.0, farmer_id=100),
    PlotInfo(id=2, village_code="02070102", area_ha=2.0, farmer_id=101),
    PlotInfo(id=3, village_code="13050101", area_ha=0.5, farmer_id=102),
    PlotInfo(id=4, village_code="02070101", area_ha=0.25, farmer_id=102,
             role=PlotRole.DEMONSTRATION),
]
SEASONS = [
    Season(id=1, name="2022 early wet", year=2022, kind=SeasonKind.EARLY_WET),
    Season(id=2, name="2022 main wet", year=2022, kind=SeasonKind.MAIN_WET),
    Season(id=3, name="2023 early wet", year=2023, kind=SeasonKind.EARLY_WET),
    Season(id=5, name="2024 early wet", year=2024, kind=SeasonKind.EARLY_WET),
]


def item(practice_id: int, provider_id: int | None = None,
         cost: float | None = None) -> PlannedPractice:
    return PlannedPractice(practice_id=practice_id, provider_id=provider_id, cost=cost)


def plan(plot_id: int, season_id: int, status: PlanStatus, *items: PlannedPractice,
         ) -> PlotSeasonPlan:
    return PlotSeasonPlan(plot_id=plot_id, season_id=season_id, status=status,
                          practices=list(items), cost=999_999.0)  # never a fee


PLANS = [
    # 2022: A serves farmers 100, 101 and (on the demonstration plot) 102.
    plan(1, 1, DONE, item(NO_TILL, A, 200_000), item(RESIDUE)),  # residue: no provider
    plan(2, 1, DONE, item(NO_TILL, A, 400_000), item(COVER, A, None)),  # no fee entered
    plan(3, 1, PLANNED, item(NO_TILL, A, 100_000)),  # a booking, not a delivery
    plan(4, 2, DONE, item(COVER, A, 50_000)),
    plan(3, 2, CANCELLED, item(NO_TILL, A, 100_000)),  # counts nowhere
    # 2023: 100 buys from A again (a repeat); 101 and 102 go to B, which enters.
    plan(1, 3, DONE, item(NO_TILL, A, 200_000)),
    plan(2, 3, DONE, item(NO_TILL, B, 300_000)),
    plan(3, 3, DONE, item(COVER, B, 60_000)),
    # 2024: 101 buys from B again; 100 moves to B (not a repeat of B).
    plan(1, 5, DONE, item(NO_TILL, B, 210_000)),
    plan(2, 5, DONE, item(NO_TILL, B, 310_000)),
    plan(3, 5, PLANNED, item(COVER, B, 70_000)),
]


def whole(farmer_fields_only: bool = False) -> Market:
    return market(PLOTS, PLANS, PRACTICES, SEASONS, ALL,
                  farmer_fields_only=farmer_fields_only)


def test_deliveries_are_done_plans_naming_a_provider() -> None:
    years = {y.year: y for y in whole().years}
    # 2022: A's no-till on plots 1 and 2, its cover seed on plot 2 (no fee) and on the
    # demonstration plot in the main wet season; the booking and the cancelled plan of
    # plot 3 and the residue retention without provider do not count.
    assert years[2022].sales == Sales(
        deliveries=4, plots=3, hectares=pytest.approx(1.0 + 2.0 + 0.25), farmers=3,
        fees_riel=200_000 + 400_000 + 50_000, deliveries_without_fee=1)
    assert years[2022].planned == 1
    assert years[2022].providers == 1
    assert years[2023].sales == Sales(
        deliveries=3, plots=3, hectares=pytest.approx(3.5), farmers=3,
        fees_riel=200_000 + 300_000 + 60_000, deliveries_without_fee=0)
    assert years[2023].providers == 2
    assert years[2024].sales == Sales(deliveries=2, plots=2, hectares=pytest.approx(3.0),
                                      farmers=2, fees_riel=520_000)
    assert (years[2024].providers, years[2024].planned) == (1, 1)


def test_per_provider_and_service_in_a_season() -> None:
    result = whole()
    first = next(ps for ps in result.provider_seasons if ps.season_id == 1)
    assert (first.provider_id, first.year, first.area, first.planned) == (A, 2022, ALL, 1)
    by_service = {s.service: s.sales for s in first.services}
    assert by_service == {
        Service.COVER_CROP_SEED: Sales(deliveries=1, plots=1, hectares=2.0, farmers=1,
                                       fees_riel=0.0, deliveries_without_fee=1),
        Service.NO_TILL_PLANTING: Sales(deliveries=2, plots=2, hectares=3.0, farmers=2,
                                        fees_riel=600_000),
    }
    # plot 2 got two services from A: one plot, its hectares once
    assert first.total == Sales(deliveries=3, plots=2, hectares=3.0, farmers=2,
                                fees_riel=600_000, deliveries_without_fee=1)
    # the provider-season totals add up to the year
    for year in result.years:
        seasons = [ps.total for ps in result.provider_seasons if ps.year == year.year]
        assert sum(s.deliveries for s in seasons) == year.sales.deliveries
        assert sum(s.fees_riel for s in seasons) == year.sales.fees_riel


def test_repeat_customers_are_per_provider_from_one_year_to_the_next() -> None:
    result = whole()
    repeat = {(r.provider_id, r.year): r for r in result.repeat_customers}
    # A's 2022 customers: 100, 101, 102; in 2023 only 100 buys from A again
    assert (repeat[A, 2023].customers, repeat[A, 2023].previous_customers,
            repeat[A, 2023].repeat) == (1, 3, 1)
    assert repeat[A, 2023].share == pytest.approx(1 / 3)
    # 101 and 102 bought from B in 2023: new to B, not a repeat of A
    assert (repeat[B, 2023].repeat, repeat[B, 2023].share) == (0, None)
    # B 2023: 101, 102; 2024: 100, 101 -> 101 repeats; A loses its one customer
    assert (repeat[B, 2024].repeat, repeat[B, 2024].previous_customers) == (1, 2)
    assert (repeat[A, 2024].customers, repeat[A, 2024].repeat) == (0, 0)
    years = {y.year: y for y in result.years}
    assert (years[2023].repeat_customers, years[2023].previous_customers) == (1, 3)
    assert (years[2024].repeat_customers, years[2024].previous_customers) == (1, 3)
    # in a season row: customers of the season who bought from the provider last year
    a_2023 = next(ps for ps in result.provider_seasons if (ps.provider_id, ps.year) == (A, 2023))
    assert a_2023.repeat_customers == 1


def test_new_providers_and_growth() -> None:
    result = whole()
    assert result.entries == (ProviderEntry(B, ALL, 2023),)
    years = {y.year: y for y in result.years}
    assert years[2022].new_providers is None  # the first year of records
    assert (years[2023].new_providers, years[2024].new_providers) == (1, 0)
    assert years[2022].growth("deliveries") is None
    assert years[2023].growth("deliveries") == pytest.approx((3 - 4) / 4)
    assert years[2023].growth("hectares") == pytest.approx((3.5 - 3.25) / 3.25)
    assert years[2023].growth("farmers") == 0.0
    assert years[2023].growth("providers") == pytest.approx(1.0)
    assert years[2024].growth("fees_riel") == pytest.approx((520_000 - 560_000) / 560_000)
    with pytest.raises(ValueError):
        years[2023].growth("tonnes")


def test_areas_split_the_market() -> None:
    result = market(PLOTS, PLANS, PRACTICES, SEASONS, "district")
    # B enters both districts in 2023; A never delivered in 1305 (booked, cancelled)
    assert result.entries == (ProviderEntry(B, "0207", 2023), ProviderEntry(B, "1305", 2023))
    years = {(y.area, y.year): y for y in result.years}
    assert years["1305", 2022].sales == Sales()
    assert years["1305", 2022].planned == 1
    assert years["1305", 2023].sales.hectares == pytest.approx(0.5)
    for year in (2022, 2023, 2024):
        whole_year = next(y for y in whole().years if y.year == year)
        split = [y.sales for (_, y_), y in years.items() if y_ == year]
        assert sum(s.deliveries for s in split) == whole_year.sales.deliveries
        assert sum(s.hectares for s in split) == pytest.approx(whole_year.sales.hectares)
    province = market(PLOTS, PLANS, PRACTICES, SEASONS, "province")
    assert {y.area for y in province.years} == {"02", "13"}
    assert area_code(None, "district") == ""
    with pytest.raises(ValueError):
        area_code("02070101", "commune")


def test_farmer_fields_only_leaves_out_the_programme_plots() -> None:
    years = {y.year: y for y in whole(farmer_fields_only=True).years}
    assert years[2022].sales == Sales(deliveries=3, plots=2, hectares=3.0, farmers=2,
                                      fees_riel=600_000, deliveries_without_fee=1)
    assert (years[2023].repeat_customers, years[2023].previous_customers) == (1, 2)


def test_market_rows() -> None:
    header, rows = market_rows(whole(), PROVIDERS, SEASONS)
    assert header == MARKET_HEADERS
    assert all(len(row) == len(header) for row in rows)
    cell = {name: i for i, name in enumerate(header)}
    by_key = {(r[cell["Provider"]], r[cell["Season"]], r[cell["Service"]]): r for r in rows}
    a_cover = by_key["A No-Till Hire", "2022 early wet", "cover_crop_seed"]
    assert (a_cover[cell["Deliveries"]], a_cover[cell["Fees (riel)"]],
            a_cover[cell["Deliveries without fee"]], a_cover[cell["New provider"]]) == (
        1, 0.0, 1, "")
    b_cover = by_key["B Seeds", "2023 early wet", "cover_crop_seed"]
    assert (b_cover[cell["Area"]], b_cover[cell["Hectares"]], b_cover[cell["Farmers"]],
            b_cover[cell["New provider"]]) == (ALL, 0.5, 1, "yes")
    a_2023 = by_key["A No-Till Hire", "2023 early wet", "no_till_planting"]
    assert (a_2023[cell["Repeat customers"]], a_2023[cell["New provider"]]) == (1, "no")
    assert sum(int(r[cell["Deliveries"]] or 0) for r in rows) == 4 + 3 + 2


# -- the demo project, against a hand count ---------------------------------------------


def hand_count(plots, plans, seasons, farmer_fields_only=False):
    """Per year: deliveries, plot-seasons, hectares, farmers, fees, unpriced, providers,
    and provider-farmer pairs; plain loops, none of analysis.market."""
    plot_of = {}
    for p in plots:
        if farmer_fields_only and str(p.role) != "farmer_field":
            continue
        plot_of[p.id] = p
    year_of = {s.id: s.year for s in seasons}
    out = {}
    for pl in plans:
        if str(pl.status) != "done" or pl.plot_id not in plot_of:
            continue
        plot = plot_of[pl.plot_id]
        year = year_of[pl.season_id]
        row = out.setdefault(year, {"deliveries": 0, "plot_seasons": {}, "farmers": set(),
                                    "fees": 0.0, "unpriced": 0, "providers": set(),
                                    "pairs": set()})
        for it in pl.practices:
            if it.provider_id is None:
                continue
            row["deliveries"] += 1
            row["plot_seasons"][(pl.season_id, pl.plot_id)] = plot.area_ha
            row["providers"].add(it.provider_id)
            if plot.farmer_id is not None:
                row["farmers"].add(plot.farmer_id)
                row["pairs"].add((it.provider_id, plot.farmer_id))
            if it.cost is None:
                row["unpriced"] += 1
            else:
                row["fees"] += it.cost
    return out


@pytest.fixture(scope="module")
def demo():
    data = build_demo(150, elevation=False)
    plots = [PlotInfo(id=p.id, code=p.code, role=p.role, paired_id=p.paired_plot_id,
                      village_code=p.village_code, area_ha=p.area_ha, farmer_id=p.farmer_id)
             for p in data.plots]
    return data, plots


@pytest.mark.parametrize("farmer_fields_only", [False, True])
def test_demo_market_matches_a_hand_count(demo, farmer_fields_only) -> None:
    data, plots = demo
    result = market(plots, data.plans, data.practices, data.seasons, ALL,
                    farmer_fields_only=farmer_fields_only)
    expected = hand_count(plots, data.plans, data.seasons, farmer_fields_only)
    assert sorted(expected) == [2022, 2023, 2024]
    assert [y.year for y in result.years] == [2022, 2023, 2024]
    for y in result.years:
        e = expected[y.year]
        assert y.sales.deliveries == e["deliveries"]
        assert y.sales.plots == len(e["plot_seasons"])
        assert y.sales.hectares == pytest.approx(sum(e["plot_seasons"].values()))
        assert y.sales.farmers == len(e["farmers"])
        assert y.sales.fees_riel == pytest.approx(e["fees"])
        assert y.sales.deliveries_without_fee == e["unpriced"]
        assert y.providers == len(e["providers"])
        if y.year > 2022:
            before = expected[y.year - 1]
            assert y.repeat_customers == len(e["pairs"] & before["pairs"])
            assert y.previous_customers == len(before["pairs"])
            assert y.growth("deliveries") == pytest.approx(
                (e["deliveries"] - before["deliveries"]) / before["deliveries"])
    # the fees are the demo's practice costs: a farmer's cover-crop seed is paid too
    assert all(y.sales.fees_riel > 0 for y in result.years if y.sales.deliveries)


def test_demo_districts_add_up_to_the_whole(demo) -> None:
    data, plots = demo
    whole_years = {y.year: y for y in market(plots, data.plans, data.practices,
                                             data.seasons, ALL).years}
    split = market(plots, data.plans, data.practices, data.seasons, "district")
    assert {y.area for y in split.years} == {p.village_code[:4] for p in plots}
    for year, total in whole_years.items():
        parts = [y for y in split.years if y.year == year]
        assert sum(y.sales.deliveries for y in parts) == total.sales.deliveries
        assert sum(y.sales.fees_riel for y in parts) == pytest.approx(total.sales.fees_riel)
        assert sum(y.planned for y in parts) == total.planned
    header, rows = market_rows(split, data.providers, data.seasons)
    deliveries = header.index("Deliveries")
    assert sum(int(r[deliveries] or 0) for r in rows) == len(split.deliveries)
