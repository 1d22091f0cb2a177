"""Helpers for the adoption tests: farmer-field plans added to a demo copy, and a hand
count of adoption in plain Python (no code of analysis.adoption), to check it against.

The demo's farmer fields near its demonstration plots take up CA (done CA plans, and
planned ones in the latest season); the tests add farmer-field plans of every other kind
too (planned CA in a done season, done non-CA, cancelled CA) to a copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, SeasonKind
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan


@dataclass(frozen=True)
class Count:
    plots: int
    hectares: float
    farmers: int


def hand_count(plots, plans, practices, season_id, status="done", area=None,
               practice_keys=None) -> Count:
    """Farmer fields whose plan in ``season_id`` has ``status`` and lists a CA practice
    (or one of ``practice_keys``), counted once each, with their hectares and farmers."""
    wanted = set()
    for practice in practices:
        if practice_keys is None:
            if practice.is_ca:
                wanted.add(practice.id)
        elif practice.key in practice_keys:
            wanted.add(practice.id)
    plot_of = {}
    for plot in plots:
        if str(plot.role) != "farmer_field":
            continue
        if area and not str(plot.village_code or "").startswith(area):
            continue
        plot_of[plot.id] = plot
    chosen = set()
    for plan in plans:
        if plan.season_id != season_id or str(plan.status) != status:
            continue
        if plan.plot_id not in plot_of:
            continue
        for item in plan.practices:
            if item.practice_id in wanted:
                chosen.add(plan.plot_id)
    hectares = 0.0
    farmers = set()
    for plot_id in chosen:
        hectares += plot_of[plot_id].area_ha
        if plot_of[plot_id].farmer_id is not None:
            farmers.add(plot_of[plot_id].farmer_id)
    return Count(len(chosen), hectares, len(farmers))


def add_farmer_field_plans(project, kind=SeasonKind.EARLY_WET, years=(2023, 2024)
                           ) -> dict[int, list[PlotSeasonPlan]]:
    """Farmer-field plans in the ``kind`` seasons of ``years``: per season 12 plots, of
    which (by plot order) 4 done with CA practices, 3 only planned with CA, 2 done with
    the farmer's practice only and 3 cancelled with CA; a year later one plot more is
    done, so the change is not zero. Returns the plans added, by season id."""
    plots = project.plots.load_table()
    planned = {(p.plot_id, p.season_id) for p in project.plans.list()}
    every_field = [int(i) for i, role in zip(plots.ids, plots.roles, strict=True)
                   if str(role) == PlotRole.FARMER_FIELD.value]
    key = {p.key: p.id for p in project.practices.list()}
    seasons = {(s.year, s.kind): s for s in project.seasons.list()}
    ca = [key["no_till"], key["residue_retention"]]
    added: dict[int, list[PlotSeasonPlan]] = {}
    for n, year in enumerate(years):
        season = seasons[(year, kind)]
        fields = [i for i in every_field if (i, season.id) not in planned]  # one a season
        statuses = ([(PlanStatus.DONE, ca)] * (4 + n) + [(PlanStatus.PLANNED, ca)] * 3
                    + [(PlanStatus.DONE, [key["conventional"]])] * 2
                    + [(PlanStatus.CANCELLED, ca)] * 3)
        plans = [PlotSeasonPlan(plot_id=plot_id, season_id=season.id, status=status,
                                practices=[PlannedPractice(practice_id=p) for p in items])
                 for plot_id, (status, items) in zip(fields, statuses, strict=False)]
        project.plans.add_many(plans)
        added[season.id] = plans
    return added
