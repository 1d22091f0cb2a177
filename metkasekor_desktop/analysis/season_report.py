"""Everything the season report says, as plain data: one season of one register.

The report for the annual meeting and the Steering Committee puts the programme's
analyses side by side for one season: adoption (by district, practice, sex and kind of
adopter, against the same season a year earlier), the diffusion of each district and its
tipping point, the service market of the season's year, the trial results of the season
and the extension events held in it. Every figure comes from the module that owns its
definition (:mod:`.adoption`, :mod:`.adoption_report`, :mod:`.diffusion`, :mod:`.market`,
:mod:`.trial_comparisons`); this module only chooses and gathers, so the report says
what the windows and the command line say. The same records give the same data: every
list is in a fixed order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from metkasekor_desktop.analysis.adoption import (
    adoption_summary,
    same_season_last_year,
)
from metkasekor_desktop.analysis.adoption_report import AdoptionReport, adoption_report
from metkasekor_desktop.analysis.bass import TIPPING_SHARE
from metkasekor_desktop.analysis.diffusion import AreaDiffusion, diffusion
from metkasekor_desktop.analysis.market import Market, MarketYear, ProviderSeason, market
from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow, compare_trial
from metkasekor_desktop.domain.enums import PlanStatus, SeasonKind
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import SoilSample
from metkasekor_desktop.domain.trial import Trial
from metkasekor_desktop.domain.yields import YieldRecord

SIGNIFICANT_P = 0.05


@dataclass(frozen=True, slots=True)
class Register:
    """The records a season report reads, loaded once by the caller."""

    plots: Sequence[PlotInfo]
    plans: Sequence[PlotSeasonPlan]
    farmers: Sequence[Farmer]
    practices: Sequence[Practice]
    seasons: Sequence[Season]
    providers: Sequence[Provider]
    events: Sequence[ExtensionEvent]
    trials: Sequence[Trial]
    samples: Sequence[SoilSample]
    yields: Sequence[YieldRecord]
    targets: Mapping[str, float]  # farm households by area code (may be empty)


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures of the report's first page."""

    farmers: int  # adopting farmers (farmer fields with a CA practice done)
    women: int
    men: int
    plots: int
    hectares: float
    planned_plots: int  # farmer fields with CA only planned
    change_plots: int | None  # against the same season a year earlier
    change_hectares: float | None
    districts: int  # districts with a farmer field
    districts_past: tuple[str, ...]  # district codes whose data passed the tipping point
    districts_expected: tuple[tuple[str, int], ...]  # (code, year) projected, not passed
    providers: int  # providers that delivered in the season
    services: int  # services delivered in the season
    hectares_served: float  # each plot served once, however many services
    fees_riel: float
    events: int
    women_attending: int
    men_attending: int
    comparisons: int  # trial comparisons of the season
    significant: int  # of them, p < 0.05


@dataclass(frozen=True, slots=True)
class SeasonReportData:
    """One season's report, every section as data (see the module docstring)."""

    season: Season
    previous: Season | None
    settled: bool  # some plan of the season is done: its adoption is known
    threshold: float
    targets_given: bool  # the register holds target populations
    summary: Summary
    by_district: AdoptionReport
    by_practice: AdoptionReport
    by_sex: AdoptionReport
    by_adopter: AdoptionReport
    diffusion: tuple[AreaDiffusion, ...]  # districts, in code order
    market: Market  # districts
    market_years: tuple[MarketYear, ...]  # districts, the season's year
    provider_seasons: tuple[ProviderSeason, ...]  # the season's, by provider and district
    comparisons: tuple[ComparisonRow, ...]  # the season's trial results
    events: tuple[ExtensionEvent, ...]  # held within the season's dates, by date
    providers: tuple[Provider, ...] = ()  # every provider of the register, by id


def season_dates(season: Season) -> tuple[date, date]:
    """The first and last day of ``season``: its own dates, else its kind's usual ones."""
    kind = str(season.kind)
    usual = Season.template(season.year, SeasonKind(kind)) \
        if kind in {k.value for k in SeasonKind} else None
    start = season.start_date or (usual.start_date if usual else date(season.year, 1, 1))
    end = season.end_date or (usual.end_date if usual else date(season.year, 12, 31))
    return start, end  # type: ignore[return-value]


def season_report_data(register: Register, season_id: int, *, language: str = "en",
                       threshold: float = TIPPING_SHARE) -> SeasonReportData:
    """The report of ``season_id``; place and practice names in ``language`` ("kh" or
    "en"). ValueError when the register has no such season."""
    r = register
    season = next((s for s in r.seasons if s.id == season_id), None)
    if season is None:
        raise ValueError(msg("no season with id {season_id}", season_id=season_id))
    targets = dict(r.targets)

    def report(by: str) -> AdoptionReport:
        return adoption_report(r.plots, r.plans, r.farmers, r.practices, r.seasons,
                               season_id, by, language, targets)

    by_district = report("district")
    areas = diffusion(r.plots, r.plans, r.practices, r.seasons, targets, level="district",
                      threshold=threshold)
    sold = market(r.plots, r.plans, r.practices, r.seasons, "district")
    years = tuple(y for y in sold.years if y.year == season.year)
    provider_seasons = tuple(sorted(
        (ps for ps in sold.provider_seasons if ps.season_id == season_id),
        key=lambda ps: (ps.area, ps.provider_id)))
    areas_ha = {p.id: p.area_ha for p in r.plots}
    comparisons = tuple(row for trial in sorted(r.trials, key=lambda t: (t.name, t.id or 0))
                        for row in compare_trial(trial, [season], r.samples, r.yields,
                                                 areas_ha))
    start, end = season_dates(season)
    events = tuple(sorted((e for e in r.events if start <= e.event_date <= end),
                          key=lambda e: (e.event_date, e.id or 0)))
    previous_id = same_season_last_year(r.seasons, season_id)
    total = adoption_summary(r.plots, r.plans, r.farmers, r.practices, season_id,
                             previous_id).total
    delivered = [d for d in sold.deliveries if d.season_id == season_id]
    summary = Summary(
        farmers=total.current.farmers, women=total.current.women, men=total.current.men,
        plots=total.current.plots, hectares=total.current.hectares,
        planned_plots=total.planned.plots, change_plots=total.change_plots,
        change_hectares=total.change_hectares,
        districts=len(areas),
        districts_past=tuple(a.uptake.area for a in areas
                             if a.tipping.observed_year is not None
                             and a.tipping.observed_year <= season.year),
        districts_expected=tuple((a.uptake.area, a.tipping.year) for a in areas
                                 if a.tipping.year is not None
                                 and not (a.tipping.observed_year is not None
                                          and a.tipping.observed_year <= season.year)),
        providers=len({d.provider_id for d in delivered}),
        services=len(delivered),
        hectares_served=sum(sorted({d.plot_id: d.hectares for d in delivered}.values())),
        fees_riel=sum(d.fee_riel or 0.0 for d in delivered),
        events=len(events),
        women_attending=sum(e.women for e in events),
        men_attending=sum(e.men for e in events),
        comparisons=len(comparisons),
        significant=sum(1 for c in comparisons if c.p_value < SIGNIFICANT_P),
    )
    settled = any(p.season_id == season_id and p.status == PlanStatus.DONE for p in r.plans)
    return SeasonReportData(
        season=season, previous=by_district.previous, settled=settled, threshold=threshold,
        targets_given=bool(targets), summary=summary, by_district=by_district,
        by_practice=report("practice"), by_sex=report("sex"), by_adopter=report("adopter"),
        diffusion=tuple(areas), market=sold, market_years=years,
        provider_seasons=provider_seasons, comparisons=comparisons, events=events,
        providers=tuple(sorted(r.providers, key=lambda p: p.id or 0)))
