"""The adoption table of a season as rows for a report: by practice, by place or by sex.

What the Adoption window shows (by practice) and what the provincial reports ask for
besides: the same counts per province, district, commune or village, and per farmers'
sex. Every figure follows :mod:`analysis.adoption`: farmer fields whose plan has a CA
practice done, planned plans apart, compared with the same season a year earlier.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from metkasekor_desktop.analysis.adoption import (
    AdoptionRow,
    adoption_summary,
    farmer_fields,
    is_adoption,
    same_season_last_year,
)
from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.analysis.target_shares import target_of
from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Sex
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season

BY = ("practice", "province", "district", "commune", "village", "sex", "adopter")
_DIGITS = {"province": 2, "district": 4, "commune": 6, "village": 8}
Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class AdoptionReport:
    """A season's adoption as a table: ``headers`` and ``rows`` of plain values."""

    season: Season
    previous: Season | None  # the same season a year earlier, when the project has it
    by: str
    headers: list[str]
    rows: list[list[Cell]]
    settled: bool = True  # some plan of the season is done: changes can be shown


def adoption_report(plots: Sequence[PlotInfo], plans: Sequence[PlotSeasonPlan],
                    farmers: Sequence[Farmer], practices: Sequence[Practice],
                    seasons: Sequence[Season], season_id: int, by: str = "practice",
                    language: str = "en",
                    targets: Mapping[str, float] | None = None) -> AdoptionReport:
    """The rows of ``season_id`` grouped ``by`` one of :data:`BY`; names of practices
    and places in ``language`` ("kh" or "en"). Grouped by place, each area also gets its
    target population (``targets``: farm households by area code, see
    :func:`analysis.target_shares.target_of`; the register's farmers of the area when
    none is given, and the source column says so) and the share of it adopting."""
    if by not in BY:
        raise ValueError(msg("adoption is grouped by one of {choices}, not {by!r}",
                             choices=", ".join(BY), by=by))
    season = next(s for s in seasons if s.id == season_id)
    previous_id = same_season_last_year(seasons, season_id)
    previous = next((s for s in seasons if s.id == previous_id), None)
    if by == "adopter":
        report = _by_adopter(plots, plans, farmers, practices, seasons, season, previous)
    else:
        report = _report(plots, plans, farmers, practices, season, season_id, previous,
                         previous_id, by, language, targets or {})
    settled = any(p.season_id == season_id and p.status == PlanStatus.DONE for p in plans)
    return replace(report, settled=settled)


def _report(plots: Sequence[PlotInfo], plans: Sequence[PlotSeasonPlan],
            farmers: Sequence[Farmer], practices: Sequence[Practice], season: Season,
            season_id: int, previous: Season | None, previous_id: int | None, by: str,
            language: str, targets: Mapping[str, float]) -> AdoptionReport:
    if by == "sex":
        return _by_sex(plots, plans, farmers, practices, season, season_id, previous,
                       previous_id)
    if by == "practice":
        table = adoption_summary(plots, plans, farmers, practices, season_id, previous_id)
        labelled = [(r.name(language), r) for r in table.rows]
        labelled.append(("All CA practices (each plot once)", table.total))
        labelled += [(f"{r.name(language)} (not CA)", r) for r in table.conventional]
        rows = [[name, *_figures(row)] for name, row in labelled]
        return AdoptionReport(season, previous, by, ["Practice", *_FIGURES], rows)
    digits = _DIGITS[by]
    codes = sorted({p.village_code[:digits] for p in plots
                    if p.village_code and len(p.village_code) >= digits})
    registered: dict[str, set[int]] = {}  # area -> farmers with a farmer field there
    for plot in farmer_fields(plots).values():
        if plot.farmer_id is not None and plot.village_code:
            registered.setdefault(plot.village_code[:digits], set()).add(plot.farmer_id)
    rows = []
    for code in codes:
        table = adoption_summary(plots, plans, farmers, practices, season_id, previous_id,
                                 area=code)
        if not (table.total.current.plots or table.total.planned.plots
                or (table.total.previous and table.total.previous.plots)):
            continue  # no farmer field of the area took up or planned CA
        target = target_of(code, targets, len(registered.get(code, ())))
        share = None if target is None else target.share(table.total.current.farmers)
        rows.append([code, _area_name(code, by, language), *_figures(table.total),
                     None if target is None else round(target.households, 2),
                     None if share is None else round(share, 4),
                     "" if target is None else target.source])
    return AdoptionReport(season, previous, by,
                          ["Code", by.capitalize(), *_FIGURES, *_TARGET_FIGURES], rows)


_FIGURES = ["Plots", "Hectares", "Farmers", "Women", "Men", "Planned plots",
            "Plots a year earlier", "Change in plots", "Change in hectares"]
# Place rows only: the area's target population, the share of it adopting (farmers),
# and where the target came from (analysis.target_shares: GIVEN, SUMMED or REGISTER).
_TARGET_FIGURES = ["Target households", "Share of target", "Target source"]


def _figures(row: AdoptionRow) -> list[Cell]:
    c = row.current
    change_ha = row.change_hectares
    return [c.plots, round(c.hectares, 4), c.farmers, c.women, c.men, row.planned.plots,
            None if row.previous is None else row.previous.plots, row.change_plots,
            None if change_ha is None else round(change_ha, 4)]


def _area_name(code: str, by: str, language: str) -> str:
    return places.unit_name(code, language)


def _by_sex(plots: Sequence[PlotInfo], plans: Sequence[PlotSeasonPlan],
            farmers: Sequence[Farmer], practices: Sequence[Practice], season: Season,
            season_id: int, previous: Season | None,
            previous_id: int | None) -> AdoptionReport:
    """Adopting farmers, their plots and hectares, women, men and sex not recorded."""
    sex_of = {f.id: f.sex for f in farmers}
    rows: list[list[Cell]] = []
    for label, wanted in (("Women", Sex.FEMALE), ("Men", Sex.MALE), ("Not recorded", None)):
        mine = [p for p in plots if p.farmer_id is not None
                and (sex_of.get(p.farmer_id) == wanted if wanted is not None
                     else sex_of.get(p.farmer_id) not in (Sex.FEMALE, Sex.MALE))]
        now = adoption_summary(mine, plans, farmers, practices, season_id,
                               previous_id).total
        rows.append([label, now.current.farmers, now.current.plots,
                     round(now.current.hectares, 4), now.planned.farmers,
                     None if now.previous is None else now.previous.farmers])
    headers = ["Sex", "Farmers", "Plots", "Hectares", "Farmers planning",
               "Farmers a year earlier"]
    return AdoptionReport(season, previous, "sex", headers, rows)


def _by_adopter(plots: Sequence[PlotInfo], plans: Sequence[PlotSeasonPlan],
                farmers: Sequence[Farmer], practices: Sequence[Practice],
                seasons: Sequence[Season], season: Season,
                previous: Season | None) -> AdoptionReport:
    """Who adopts in the season: demonstration farmers (they hold a demonstration plot),
    farmers flagged as early adopters, and the followers; for each, the farmers adopting
    and how many of them adopt for the first time, by each farmer's first season of
    adoption (on any of their farmer fields, in any season up to this one)."""
    fields = farmer_fields(plots, None)
    ca_ids = {p.id for p in practices if p.is_ca}
    order = {s.id: s.sort_key for s in seasons}
    first: dict[int, tuple] = {}  # farmer -> sort key of their first season of adoption
    adopting: dict[int, set[int]] = {}  # farmer -> their adopting plots this season
    for plan in plans:
        plot = fields.get(plan.plot_id)
        if plot is None or plot.farmer_id is None or plan.season_id not in order:
            continue
        if not is_adoption(plan, ca_ids) or order[plan.season_id] > season.sort_key:
            continue
        key = order[plan.season_id]
        if plot.farmer_id not in first or key < first[plot.farmer_id]:
            first[plot.farmer_id] = key
        if plan.season_id == season.id:
            adopting.setdefault(plot.farmer_id, set()).add(plot.id)
    demonstrating = {p.farmer_id for p in plots
                     if p.role == PlotRole.DEMONSTRATION and p.farmer_id is not None}
    flagged = {f.id for f in farmers if f.early_adopter}

    def group(farmer_id: int) -> str:
        if farmer_id in demonstrating:
            return "Demonstration farmers"
        return "Early adopters" if farmer_id in flagged else "Followers"

    rows: list[list[Cell]] = []
    for label in ("Demonstration farmers", "Early adopters", "Followers"):
        mine = [f for f in adopting if group(f) == label]
        plot_ids = {i for f in mine for i in adopting[f]}
        rows.append([label, len(mine), len(plot_ids),
                     round(sum((fields[i].area_ha for i in sorted(plot_ids)), 0.0), 4),
                     sum(1 for f in mine if first[f] == season.sort_key)])
    headers = ["Adopters", "Farmers", "Plots", "Hectares", "Adopting for the first time"]
    return AdoptionReport(season, previous, "adopter", headers, rows)
