"""Who adopted which CA practice in a season: plots, hectares and farmers by sex.

Extension reports count adopters as women and men and compare a season with the same
season of the previous year (a wet season with last year's wet season, not with the dry
season just before it). Adoption is what farmers did on their own fields: a plot adopts
a practice in a season when it is a farmer field (demonstration and control plots are
run for the programme, so they are left out) and its plan for that season lists the
practice and is marked done. A plan still only planned is not adoption yet; it is
counted apart (``planned``) so that a report can show what is coming without mixing it
in. Cancelled plans count nowhere. The total row counts each plot, hectare and farmer
once, however many CA practices the plot has, so it is not the sum of the practice rows.
The farmer's conventional practice is kept out of the CA rows and the total and reported
apart, as the baseline, by the same rules (done, farmer fields).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Sex
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season


@dataclass(frozen=True, slots=True)
class Adopters:
    """Plots, hectares and farmers (all, women, men) of one group in one season."""

    plots: int = 0
    hectares: float = 0.0
    farmers: int = 0  # every farmer, also those whose sex is not recorded
    women: int = 0
    men: int = 0


@dataclass(frozen=True, slots=True)
class AdoptionRow:
    """One practice (or the total, with ``practice`` None) in the chosen season.

    ``current`` and ``previous`` are adoption (plans done); ``planned`` the farmer fields
    of the chosen season whose plan lists the practice but is not done yet, never part
    of ``current`` nor of the change.
    """

    practice: Practice | None
    current: Adopters
    previous: Adopters | None  # None when there is no previous season to compare
    planned: Adopters = Adopters()
    # False while no plan of the season is done anywhere (a season under way or to
    # come): its adoption is not known yet, so no change is shown, not a drop to zero.
    settled: bool = True

    def name(self, language: str = "kh") -> str:
        """The practice name in the UI language ("" for the total row)."""
        if self.practice is None:
            return ""
        p = self.practice
        return (p.name_kh or p.name_en) if language == "kh" else (p.name_en or p.name_kh)

    @property
    def change_plots(self) -> int | None:
        if self.previous is None or not self.settled:
            return None
        return self.current.plots - self.previous.plots

    @property
    def change_hectares(self) -> float | None:
        if self.previous is None or not self.settled:
            return None
        return self.current.hectares - self.previous.hectares


@dataclass(frozen=True, slots=True)
class AdoptionTable:
    """The summary of a season in an area: CA practice rows, their total, the baseline."""

    season_id: int
    previous_season_id: int | None  # the same kind of season one year earlier
    area: str | None
    rows: tuple[AdoptionRow, ...]  # CA practices, in catalogue order
    total: AdoptionRow  # plots with at least one CA practice, each counted once
    conventional: tuple[AdoptionRow, ...]  # practices that are not CA


def in_area(village_code: str | None, area: str | None) -> bool:
    """A village lies in an area given as a province, district or commune code prefix."""
    if not area:
        return True
    return bool(village_code) and str(village_code).startswith(area)


def farmer_fields(plots: Iterable[PlotInfo], area: str | None = None) -> dict[int, PlotInfo]:
    """The farmer fields of ``area`` by plot id: the only plots whose plans can be
    adoption (demonstration and control plots are run for the programme)."""
    return {p.id: p for p in plots
            if p.role == PlotRole.FARMER_FIELD and in_area(p.village_code, area)}


def lists_any(plan: PlotSeasonPlan, practice_ids: set[int | None]) -> bool:
    """The plan lists at least one of ``practice_ids``."""
    return any(pp.practice_id in practice_ids for pp in plan.practices)


def is_adoption(plan: PlotSeasonPlan, ca_ids: set[int | None]) -> bool:
    """A farmer field's plan is adoption when it lists a CA practice and is done; the
    caller keeps only the plans of farmer fields (:func:`farmer_fields`)."""
    return plan.status == PlanStatus.DONE and lists_any(plan, ca_ids)


def adoption_summary(plots: Iterable[PlotInfo], plans: Iterable[PlotSeasonPlan],
                     farmers: Iterable[Farmer], practices: Sequence[Practice],
                     season_id: int, previous_season_id: int | None,
                     area: str | None = None) -> AdoptionTable:
    """The adoption table of ``season_id`` compared with ``previous_season_id``.

    ``area`` is a code prefix of the plots' villages ("02" a province, "0207" a
    district, "020701" a commune); None takes every plot. Only farmer fields count
    (see the module docstring); ``previous_season_id`` is normally
    :func:`same_season_last_year`.
    """
    plot_by_id = farmer_fields(plots, area)
    sex_of = {f.id: f.sex for f in farmers}
    plans = list(plans)
    settled = any(p.season_id == season_id and p.status == PlanStatus.DONE for p in plans)
    plans = [p for p in plans if p.plot_id in plot_by_id
             and p.status in (PlanStatus.DONE, PlanStatus.PLANNED)]
    ca_ids = {p.id for p in practices if p.is_ca}

    def plot_ids(season: int, status: PlanStatus, practice_ids: set[int | None]) -> set[int]:
        return {plan.plot_id for plan in plans
                if plan.season_id == season and plan.status == status
                and lists_any(plan, practice_ids)}

    def adopters(ids: set[int]) -> Adopters:
        farmer_ids = {plot_by_id[i].farmer_id for i in ids} - {None}
        sexes = [sex_of.get(f) for f in farmer_ids]
        return Adopters(
            plots=len(ids),
            hectares=sum((plot_by_id[i].area_ha for i in sorted(ids)), 0.0),
            farmers=len(farmer_ids),
            women=sum(1 for s in sexes if s == Sex.FEMALE),
            men=sum(1 for s in sexes if s == Sex.MALE),
        )

    def row(practice: Practice | None, practice_ids: set[int | None]) -> AdoptionRow:
        done = plot_ids(season_id, PlanStatus.DONE, practice_ids)
        # a plot has one plan a season; the difference only guards against stray data
        planned = plot_ids(season_id, PlanStatus.PLANNED, practice_ids) - done
        previous = (None if previous_season_id is None else
                    adopters(plot_ids(previous_season_id, PlanStatus.DONE, practice_ids)))
        return AdoptionRow(practice, adopters(done), previous, adopters(planned), settled)

    return AdoptionTable(
        season_id=season_id, previous_season_id=previous_season_id, area=area or None,
        rows=tuple(row(p, {p.id}) for p in practices if p.is_ca),
        total=row(None, ca_ids),
        conventional=tuple(row(p, {p.id}) for p in practices if not p.is_ca),
    )


def same_season_last_year(seasons: Iterable[Season], season_id: int) -> int | None:
    """The season of the same kind one year before ``season_id``, or None.

    Adoption is compared with the same season of the previous year, as the programme
    reports it: an early wet season with the dry season just before it would only show
    the calendar (no plans in the dry season), not a change in uptake.
    """
    seasons = list(seasons)
    season = next((s for s in seasons if s.id == season_id), None)
    if season is None:
        return None
    return next((s.id for s in seasons
                 if s.kind == season.kind and s.year == season.year - 1), None)


def opening_season_id(seasons: Iterable[Season], plots: Iterable[PlotInfo],
                      plans: Iterable[PlotSeasonPlan]) -> int | None:
    """The season an adoption report opens on: the latest with done plans.

    The latest season with a plan done on a farmer field (its adoption is known); failing
    that the latest with any done plan, then the latest with any plan, then the latest
    season. The latest season alone is usually one only planned, whose adoption is
    still zero.
    """
    farmer_fields = {p.id for p in plots if p.role == PlotRole.FARMER_FIELD}
    plans = list(plans)
    done = [p for p in plans if p.status == PlanStatus.DONE]
    ordered = sorted(seasons, key=lambda s: s.sort_key, reverse=True)
    for wanted in ({p.season_id for p in done if p.plot_id in farmer_fields},
                   {p.season_id for p in done}, {p.season_id for p in plans}):
        found = next((s.id for s in ordered if s.id in wanted), None)
        if found is not None:
            return found
    return ordered[0].id if ordered else None
