"""How CA spreads in each area: cumulative adopters, their Bass fit and tipping point.

The programme asks two questions of its adoption figures. Is uptake on the way to
spreading by itself? Rogers' diffusion of innovations puts the tipping point where the
innovators (2.5 %) and early adopters (13.5 %) of the target population have adopted,
about 16 %; the Bass model, fitted to the cumulative adopters year by year, says when
that is expected. And do the demonstration plots spread it to their neighbours? Then
farmer fields near a demonstration plot adopt more often than those far away.

Adoption follows :mod:`analysis.adoption` (a farmer field whose plan for the season
lists a CA practice and is done). The diffusion counts *farmers*, not plots: a farmer
adopts once, in the first season any of their farmer fields of the area adopted, and
stays counted from then on (Bass and Rogers count people who have tried the
innovation, not those who go on with it every season). Farmer fields with no farmer
recorded are not farmers and are left out of the counts.

The model is in :mod:`analysis.bass`, adoption by distance from the demonstration
plots in :mod:`analysis.distance_bands`. Plain data only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from metkasekor_desktop.analysis.adoption import farmer_fields, is_adoption
from metkasekor_desktop.analysis.bass import (
    REGISTER_FARMERS,
    TARGET_POPULATION,
    TIPPING_SHARE,
    BassFit,
    TippingPoint,
    fit_bass,
    tipping_point,
)
from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.analysis.target_shares import GIVEN, SUMMED, target_of
from metkasekor_desktop.domain.enums import PlanStatus
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season

LEVELS = {"all": 0, "province": 2, "district": 4, "commune": 6}
Cell = str | int | float | None


# --- cumulative adopters ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeasonUptake:
    """Farmers of one area in one season: adopting then, new then, adopted so far."""

    area: str
    season_id: int
    year: int
    kind: str
    adopters: int  # farmers with a farmer field adopting in this season
    new: int  # of them, farmers adopting for the first time
    cumulative: int  # farmers who adopted in this season or any earlier one


@dataclass(frozen=True, slots=True)
class YearUptake:
    """The same for a year: its seasons merged (a farmer adopting in both wet seasons
    counts once); the dry season belongs to the year it starts in (``Season.year``)."""

    area: str
    year: int
    adopters: int
    new: int
    cumulative: int


@dataclass(frozen=True, slots=True)
class AreaUptake:
    """The cumulative adoption of one area, season by season and year by year."""

    area: str  # village code prefix ("" for every plot at the level "all")
    level: str  # "all", "province", "district" or "commune"
    farmers: int  # farmers with a farmer field of the area in the register
    seasons: tuple[SeasonUptake, ...]  # in calendar order (Season.sort_key)
    years: tuple[YearUptake, ...]  # in order
    last_observed_year: int | None  # the latest year with a done plan anywhere

    def observed_years(self) -> tuple[list[int], list[int]]:
        """Years and cumulative adopters up to the last year whose adoption is known:
        later years have no done plan yet, and their flat line would drag a fit down."""
        rows = [y for y in self.years
                if self.last_observed_year is not None and y.year <= self.last_observed_year]
        return [y.year for y in rows], [y.cumulative for y in rows]


def cumulative_adopters(plots: Iterable[PlotInfo], plans: Iterable[PlotSeasonPlan],
                        practices: Sequence[Practice], seasons: Iterable[Season],
                        level: str = "district") -> list[AreaUptake]:
    """Cumulative and new adopting farmers per area and season, and per year.

    ``level`` groups plots by the first digits of their village code: "province" (2),
    "district" (4), "commune" (6), or "all" (every plot in one area ""). Plots without a
    village code belong to no area below "all" and are left out there. Every area with a
    farmer field gets a row for every season in ``seasons`` (flat where nothing
    happened, so a chart has no gaps); plans of seasons not in ``seasons`` cannot be
    placed in time and are ignored. Areas are in code order.
    """
    if level not in LEVELS:
        raise ValueError(msg("the level is one of {choices}, not {level!r}",
                             choices=", ".join(LEVELS), level=level))
    digits = LEVELS[level]
    ordered = sorted(seasons, key=lambda s: (s.sort_key, s.id or 0))
    season_by_id = {s.id: s for s in ordered if s.id is not None}
    order = {sid: n for n, sid in enumerate(season_by_id)}
    in_order = list(season_by_id.values())
    years = sorted({s.year for s in ordered})
    fields = farmer_fields(plots)
    ca_ids = {p.id for p in practices if p.is_ca}
    plans = [p for p in plans if p.season_id in season_by_id]
    done_years = [season_by_id[p.season_id].year for p in plans
                  if p.status == PlanStatus.DONE]
    last_observed = max(done_years, default=None)

    def area_of(plot: PlotInfo) -> str | None:
        if digits == 0:
            return ""
        code = str(plot.village_code or "")
        return code[:digits] if len(code) >= digits else None

    farmers: dict[str, set[int]] = {}
    for plot in fields.values():
        area = area_of(plot)
        if area is not None and plot.farmer_id is not None:
            farmers.setdefault(area, set()).add(plot.farmer_id)
    # (area, season id) -> farmers adopting then
    adopting: dict[tuple[str, int], set[int]] = {}
    for plan in plans:
        field = fields.get(plan.plot_id)
        if field is None or field.farmer_id is None or not is_adoption(plan, ca_ids):
            continue
        area = area_of(field)
        if area is not None:
            adopting.setdefault((area, plan.season_id), set()).add(field.farmer_id)

    out = []
    for area in sorted(farmers):
        first_season: dict[int, int] = {}  # farmer -> index of the first season adopting
        for sid in season_by_id:
            for farmer in adopting.get((area, sid), ()):
                first_season.setdefault(farmer, order[sid])
        season_rows = []
        for sid, season in season_by_id.items():
            now = adopting.get((area, sid), set())
            season_rows.append(SeasonUptake(
                area=area, season_id=sid, year=season.year, kind=str(season.kind),
                adopters=len(now),
                new=sum(1 for f in now if first_season[f] == order[sid]),
                cumulative=sum(1 for n in first_season.values() if n <= order[sid])))
        first_year = {f: in_order[n].year for f, n in first_season.items()}
        year_rows = []
        for year in years:
            now = set().union(*(adopting.get((area, sid), set())
                                for sid, s in season_by_id.items() if s.year == year))
            year_rows.append(YearUptake(
                area=area, year=year, adopters=len(now),
                new=sum(1 for y in first_year.values() if y == year),
                cumulative=sum(1 for y in first_year.values() if y <= year)))
        out.append(AreaUptake(area=area, level=level, farmers=len(farmers[area]),
                              seasons=tuple(season_rows), years=tuple(year_rows),
                              last_observed_year=last_observed))
    return out



# --- the diffusion of each area, and its rows for CSV -------------------------------


@dataclass(frozen=True, slots=True)
class AreaDiffusion:
    """One area's cumulative adopters, the Bass fit and the tipping point."""

    uptake: AreaUptake
    fit: BassFit
    tipping: TippingPoint


def area_diffusion(uptake: AreaUptake, target_population: float | None = None,
                   threshold: float = TIPPING_SHARE, projection_years: int = 10
                   ) -> AreaDiffusion:
    """The Bass fit and tipping point of an area on the years observed so far.

    m is ``target_population`` (the farm households of the area, entered by the
    officer); without one, the register's own farmers of the area, labelled so: the
    register is usually far smaller than the population, so its shares are higher and
    its tipping point earlier than the real ones.
    """
    if target_population is not None and target_population > 0:
        m, source = float(target_population), TARGET_POPULATION
    else:
        m, source = float(uptake.farmers), REGISTER_FARMERS
    years, cumulative = uptake.observed_years()
    fit = fit_bass(years, cumulative, m, source, projection_years)
    return AreaDiffusion(uptake, fit, tipping_point(fit, threshold))


def diffusion(plots: Iterable[PlotInfo], plans: Iterable[PlotSeasonPlan],
              practices: Sequence[Practice], seasons: Iterable[Season],
              targets: Mapping[str, float] | None = None, level: str = "district",
              threshold: float = TIPPING_SHARE, projection_years: int = 10
              ) -> list[AreaDiffusion]:
    """:func:`area_diffusion` of every area of ``level``; ``targets`` maps an area code
    to its target population: an area's own entry, else the sum of the entries inside
    it (:func:`analysis.target_shares.target_of`); areas with neither use the
    register's farmers."""
    targets = targets or {}

    def given(area: str) -> float | None:
        target = target_of(area, targets)
        return target.households if target and target.source in (GIVEN, SUMMED) else None

    return [area_diffusion(u, given(u.area), threshold, projection_years)
            for u in cumulative_adopters(plots, plans, practices, seasons, level)]


DIFFUSION_HEADERS = ["area", "year", "cumulative adopters", "new adopters", "target (m)",
                     "target source", "share", "fitted N", "band low", "band high",
                     "tipping-point year", "tipping point passed"]


def diffusion_rows(results: Iterable[AreaDiffusion]) -> tuple[list[str], list[list[Cell]]]:
    """Header and rows for a CSV of the diffusion per area and year.

    Each area has the years of its data (observed values filled) and then the projected
    years of its fit (observed values empty); fitted N and its band are empty where the
    model could not be fitted, the tipping-point year where there is none. The share is
    cumulative adopters / m (4 decimals); adopters fitted and their band have 2.
    """
    rows: list[list[Cell]] = []
    for result in results:
        fit, tip = result.fit, result.tipping
        m = fit.market_potential
        observed = {y.year: y for y in result.uptake.years
                    if result.uptake.last_observed_year is not None
                    and y.year <= result.uptake.last_observed_year}
        years = sorted(set(observed) | {c.year for c in fit.curve if c.t > 0})
        for year in years:
            data = observed.get(year)
            point = fit.point(year)
            rows.append([
                result.uptake.area, year,
                None if data is None else data.cumulative,
                None if data is None else data.new,
                m, fit.market_source,
                None if data is None or not m > 0 else round(data.cumulative / m, 4),
                None if point is None else round(point.fitted, 2),
                None if point is None else round(point.low, 2),
                None if point is None else round(point.high, 2),
                tip.year, tip.passed])
    return list(DIFFUSION_HEADERS), rows

