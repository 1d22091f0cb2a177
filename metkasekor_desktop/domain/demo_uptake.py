"""The demo's farmers taking up CA: neighbours of the demonstration plots, year by year.

The programme's demonstration plots are there so that the farmers around them try CA on
their own fields. The demo shows that spread, so that a new user opening the adoption
window or chart sees uptake, not zeros: each year more farmer fields near a pilot
district's demonstration plots get a CA plan (no-till with residue kept in the early wet
season, no-till with a cover crop in the main wet season), the nearer the likelier, and
an adopter mostly keeps going the next year. Plans of seasons that ended before
STATUS_AS_OF are done; the later ones are still planned.

It draws from a generator of its own, after every other record is made, so that the rest
of a demo project stays what the same seed always gave.
"""

from __future__ import annotations

import numpy as np

from metkasekor_desktop.domain.demo_records import STATUS_AS_OF, YEARS, Sites
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, SeasonKind
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.practice import Practice, PracticeDetails
from metkasekor_desktop.domain.provider import Provider, Service
from metkasekor_desktop.domain.season import Season

# Chance that a farmer field right beside a demonstration plot takes up CA, by year;
# it halves every HALF_KM further away.
FIRST_TRY = (0.06, 0.12, 0.2)
HALF_KM = 1.0
KEEPS_GOING = 0.85  # an adopter's chance to go on the next year
MAX_ADOPTERS_PER_DISTRICT = 300  # a large demo stays quick to make and to open
_KM_PER_DEGREE = 111.32
SEED_KG_HA = 40  # cover-crop seed a farmer buys per hectare, at 12,000 riel a kg


def uptake_plans(plots: list[Plot], sites: Sites, seasons: list[Season],
                 practices: list[Practice], providers: list[Provider], first_id: int,
                 rng: np.random.Generator) -> list[PlotSeasonPlan]:
    """Plans of farmer fields near each pilot district's demonstration plots, ids from
    ``first_id``."""
    key = {p.key: p.id for p in practices}
    wet = [s for s in sorted(seasons, key=lambda s: s.sort_key) if s.kind != SeasonKind.DRY]
    plans: list[PlotSeasonPlan] = []
    for district, group in sites.items():
        demos = np.array([_centre(site.demo) for site in group])
        fields = [p for p in plots if p.role == PlotRole.FARMER_FIELD and p.geometry is not None
                  and (p.village_code or "").startswith(district)]
        if not fields or not len(demos):
            continue
        centres = np.array([_centre(p) for p in fields])
        lat = np.radians(centres[:, 1].mean())
        dx = (centres[:, None, 0] - demos[None, :, 0]) * np.cos(lat)
        dy = centres[:, None, 1] - demos[None, :, 1]
        km = np.sqrt(dx**2 + dy**2).min(axis=1) * _KM_PER_DEGREE
        near = np.argsort(km, kind="stable")[:MAX_ADOPTERS_PER_DISTRICT * 4]
        adopting = np.zeros(len(fields), dtype=bool)
        for k, year in enumerate(YEARS):
            chance = FIRST_TRY[k] * 0.5 ** (km[near] / HALF_KM)
            draws = rng.random(len(near))
            new = ~adopting[near] & (draws < chance)
            stay = adopting[near] & (draws < KEEPS_GOING)
            adopting[near] = new | stay
            if adopting.sum() > MAX_ADOPTERS_PER_DISTRICT:
                adopting[np.flatnonzero(adopting)[MAX_ADOPTERS_PER_DISTRICT:]] = False
            for season in (s for s in wet if s.year == year):
                for i in np.flatnonzero(adopting).tolist():
                    plans.append(_plan(fields[i], season, key, providers, district[:2],
                                       first_id + len(plans), rng))
    return plans


def _centre(plot: Plot) -> tuple[float, float]:
    point = plot.geometry.centroid  # type: ignore[union-attr]  # fields with a shape only
    return float(point.x), float(point.y)


def _plan(plot: Plot, season: Season, key: dict[str, int | None], providers: list[Provider],
          province: str, plan_id: int, rng: np.random.Generator) -> PlotSeasonPlan:
    early = season.kind == SeasonKind.EARLY_WET
    no_till = PlannedPractice(practice_id=_id(key, "no_till"),
                              provider_id=_provider(providers, Service.NO_TILL_PLANTING,
                                                    province),
                              cost=round((plot.area_ha or 0.5) * 200_000, -3))
    if early:
        items = [no_till, PlannedPractice(
            practice_id=_id(key, "residue_retention"),
            details=PracticeDetails(residue_cover_pct=float(round(rng.uniform(30, 60)))))]
        crops: tuple[str, ...] = ("maize",)
        month = 5
    else:
        items = [no_till, PlannedPractice(
            practice_id=_id(key, "cover_crop"),
            provider_id=_provider(providers, Service.COVER_CROP_SEED, province),
            cost=round((plot.area_ha or 0.5) * SEED_KG_HA * 12_000, -3))]
        crops = ("mung_bean",)
        month = 8
    if season.start_date is None or season.end_date is None:
        raise ValueError(msg("The demo season {name} has no dates.", name=season.name))
    sown = season.start_date.replace(month=month, day=int(rng.integers(1, 26)))
    done = season.end_date < STATUS_AS_OF
    return PlotSeasonPlan(
        id=plan_id, plot_id=_id({"plot": plot.id}, "plot"),
        season_id=_id({"season": season.id}, "season"),
        crops=crops, practices=items,
        status=PlanStatus.DONE if done else PlanStatus.PLANNED,
        planned_date=sown, done_date=sown if done else None).validated()


def _id(ids: dict[str, int | None], name: str) -> int:
    value = ids[name]
    if value is None:
        raise ValueError(msg("The demo's {name} has no id.", name=name))
    return value


def _provider(providers: list[Provider], service: Service, province: str) -> int | None:
    for p in providers:
        if p.offers(service) and province in p.provinces and service in p.services:
            return p.id
    return None
