"""Who adopted which CA practice in a season: plots, hectares and farmers by sex.

Extension reports count adopters as women and men and compare a season with the one
before. A plot adopts a practice in a season when its plan for that season lists the
practice and is not cancelled. The total row counts each plot, hectare and farmer once,
however many CA practices the plot has, so it is not the sum of the practice rows. The
farmer's conventional practice is kept out of the CA rows and the total and reported
apart, as the baseline.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.domain.enums import PlanStatus, Sex
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
    """One practice (or the total, with ``practice`` None) in the chosen season."""

    practice: Practice | None
    current: Adopters
    previous: Adopters | None  # None when there is no previous season to compare

    def name(self, language: str = "kh") -> str:
        """The practice name in the UI language ("" for the total row)."""
        if self.practice is None:
            return ""
        p = self.practice
        return (p.name_kh or p.name_en) if language == "kh" else (p.name_en or p.name_kh)

    @property
    def change_plots(self) -> int | None:
        return None if self.previous is None else self.current.plots - self.previous.plots

    @property
    def change_hectares(self) -> float | None:
        if self.previous is None:
            return None
        return self.current.hectares - self.previous.hectares


@dataclass(frozen=True, slots=True)
class AdoptionTable:
    """The summary of a season in an area: CA practice rows, their total, the baseline."""

    season_id: int
    previous_season_id: int | None
    area: str | None
    rows: tuple[AdoptionRow, ...]  # CA practices, in catalogue order
    total: AdoptionRow  # plots with at least one CA practice, each counted once
    conventional: tuple[AdoptionRow, ...]  # practices that are not CA


def in_area(village_code: str | None, area: str | None) -> bool:
    """A village lies in an area given as a province, district or commune code prefix."""
    if not area:
        return True
    return bool(village_code) and str(village_code).startswith(area)


def adoption_summary(plots: Iterable[PlotInfo], plans: Iterable[PlotSeasonPlan],
                     farmers: Iterable[Farmer], practices: Sequence[Practice],
                     season_id: int, previous_season_id: int | None,
                     area: str | None = None) -> AdoptionTable:
    """The adoption table of ``season_id`` compared with ``previous_season_id``.

    ``area`` is a code prefix of the plots' villages ("02" a province, "0207" a
    district, "020701" a commune); None takes every plot.
    """
    plot_by_id = {p.id: p for p in plots if in_area(p.village_code, area)}
    sex_of = {f.id: f.sex for f in farmers}
    plans = [p for p in plans if p.status != PlanStatus.CANCELLED and p.plot_id in plot_by_id]
    ca_ids = {p.id for p in practices if p.is_ca}

    def adopters(season: int, practice_ids: set[int | None]) -> Adopters:
        plot_ids = {plan.plot_id for plan in plans if plan.season_id == season
                    and any(pp.practice_id in practice_ids for pp in plan.practices)}
        farmer_ids = {plot_by_id[i].farmer_id for i in plot_ids} - {None}
        sexes = [sex_of.get(f) for f in farmer_ids]
        return Adopters(
            plots=len(plot_ids),
            hectares=sum(plot_by_id[i].area_ha for i in sorted(plot_ids)),
            farmers=len(farmer_ids),
            women=sum(1 for s in sexes if s == Sex.FEMALE),
            men=sum(1 for s in sexes if s == Sex.MALE),
        )

    def row(practice: Practice | None, practice_ids: set[int | None]) -> AdoptionRow:
        previous = (None if previous_season_id is None
                    else adopters(previous_season_id, practice_ids))
        return AdoptionRow(practice, adopters(season_id, practice_ids), previous)

    return AdoptionTable(
        season_id=season_id, previous_season_id=previous_season_id, area=area or None,
        rows=tuple(row(p, {p.id}) for p in practices if p.is_ca),
        total=row(None, ca_ids),
        conventional=tuple(row(p, {p.id}) for p in practices if not p.is_ca),
    )


def previous_season_id(seasons: Iterable[Season], season_id: int) -> int | None:
    """The season just before ``season_id`` by (year, kind) order, or None."""
    ids = [s.id for s in sorted(seasons, key=lambda s: s.sort_key)]
    if season_id not in ids:
        return None
    i = ids.index(season_id)
    return ids[i - 1] if i > 0 else None
