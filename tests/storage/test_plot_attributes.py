"""Per-plot attributes for map styles, read in bulk, match what was recorded plot by plot."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from metkasekor_desktop.domain.enums import (
    PlanStatus,
    PlotRole,
    ProviderKind,
    SeasonKind,
    Service,
    Stage,
)
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.plot_attributes import (
    _aligned,
    latest_season_id,
    plot_stages,
    season_crops,
    season_practices,
    season_providers,
)

from .conftest import make_plot


@pytest.fixture
def world(project: Project) -> dict:
    """Six plots: a demonstration/control pair (A, B), another pair (C, D), fields E, F."""
    plots = {}
    for name, x, role in [("B", 0.01, PlotRole.CONTROL), ("D", 0.03, PlotRole.CONTROL),
                          ("E", 0.04, PlotRole.FARMER_FIELD), ("F", 0.05, PlotRole.FARMER_FIELD)]:
        plots[name] = make_plot(f"BB-{name}", 103.0 + x, 13.0, role=role)
        project.plots.add(plots[name])
    for name, x, partner in [("A", 0.0, "B"), ("C", 0.02, "D")]:
        plots[name] = make_plot(f"BB-{name}", 103.0 + x, 13.0, role=PlotRole.DEMONSTRATION,
                                paired_plot_id=plots[partner].id)
        project.plots.add(plots[name])
    early = Season.template(2024, SeasonKind.EARLY_WET)
    main = Season.template(2024, SeasonKind.MAIN_WET)
    project.seasons.add_many([early, main])
    return {"plots": plots, "early": early, "main": main,
            "ids": np.array(sorted(p.id for p in plots.values()), dtype=np.int64)}


def practice_ids(project: Project, *keys: str) -> list[PlannedPractice]:
    return [PlannedPractice(practice_id=project.practices.by_key(k).id) for k in keys]


def by_code(project: Project, world: dict, values: np.ndarray) -> dict[str, str]:
    code_of = {p.id: p.code[-1] for p in world["plots"].values()}
    return {code_of[int(i)]: v for i, v in zip(world["ids"], values, strict=True)}


def test_season_practices_are_sorted_key_combinations(project, world):
    p, early, main = world["plots"], world["early"], world["main"]
    project.plans.add_many([
        PlotSeasonPlan(plot_id=p["A"].id, season_id=early.id,
                       practices=practice_ids(project, "no_till", "cover_crop")),
        PlotSeasonPlan(plot_id=p["B"].id, season_id=early.id,
                       practices=practice_ids(project, "conventional")),
        PlotSeasonPlan(plot_id=p["C"].id, season_id=early.id, status=PlanStatus.CANCELLED,
                       practices=practice_ids(project, "no_till")),
        PlotSeasonPlan(plot_id=p["D"].id, season_id=early.id),  # a plan without practices
        PlotSeasonPlan(plot_id=p["E"].id, season_id=main.id,
                       practices=practice_ids(project, "rotation")),
    ])

    values = season_practices(project, early.id, world["ids"])

    assert values.dtype == object and len(values) == len(world["ids"])
    assert by_code(project, world, values) == {
        "A": "cover_crop+no_till", "B": "conventional", "C": "", "D": "", "E": "", "F": "",
    }
    assert by_code(project, world, season_practices(project, main.id, world["ids"]))["E"] == (
        "rotation")


def test_values_follow_the_order_of_the_given_ids(project, world):
    p, early = world["plots"], world["early"]
    project.plans.add(PlotSeasonPlan(plot_id=p["F"].id, season_id=early.id,
                                     practices=practice_ids(project, "no_till")))
    ids = np.array([p["F"].id, 999_999, p["A"].id], dtype=np.int64)

    assert list(season_practices(project, early.id, ids)) == ["no_till", "", ""]
    assert len(season_practices(project, early.id, ids[:0])) == 0


def test_season_providers_are_sorted_id_combinations(project, world):
    p, early, main = world["plots"], world["early"], world["main"]
    seeds, tractors, spare = (
        Provider(name="Angkor Cover Seeds", kind=ProviderKind.COVER_CROP_SEED_COMPANY,
                 services=(Service.COVER_CROP_SEED,)),
        Provider(name="សហគមន៍ស្ដៅ", kind=ProviderKind.MACHINERY_SERVICE,
                 services=(Service.NO_TILL_PLANTING,)),
        Provider(name="Unused Co.", kind=ProviderKind.INPUT_SUPPLIER),
    )
    for provider in (spare, tractors, seeds):  # ids not in name order
        project.providers.add(provider)

    def served(key: str, provider: Provider | None) -> PlannedPractice:
        return PlannedPractice(practice_id=project.practices.by_key(key).id,
                               provider_id=None if provider is None else provider.id)

    project.plans.add_many([
        # Two providers on one plan (listed in the opposite order of their ids).
        PlotSeasonPlan(plot_id=p["A"].id, season_id=early.id,
                       practices=[served("cover_crop", seeds), served("no_till", tractors)]),
        # One provider, and a practice the farmer does without one.
        PlotSeasonPlan(plot_id=p["B"].id, season_id=early.id,
                       practices=[served("no_till", tractors), served("rotation", None)]),
        # A cancelled plan shows nothing.
        PlotSeasonPlan(plot_id=p["C"].id, season_id=early.id, status=PlanStatus.CANCELLED,
                       practices=[served("cover_crop", seeds)]),
        # A plan without any provider.
        PlotSeasonPlan(plot_id=p["D"].id, season_id=early.id,
                       practices=[served("conventional", None)]),
        # Another season.
        PlotSeasonPlan(plot_id=p["E"].id, season_id=main.id,
                       practices=[served("cover_crop", seeds)]),
    ])  # F: no plan at all

    values = season_providers(project, early.id, world["ids"])

    assert values.dtype == object and len(values) == len(world["ids"])
    both = "+".join(str(i) for i in sorted([seeds.id, tractors.id]))
    assert by_code(project, world, values) == {
        "A": both, "B": str(tractors.id), "C": "", "D": "", "E": "", "F": "",
    }
    assert by_code(project, world, season_providers(project, main.id, world["ids"]))["E"] == (
        str(seeds.id))
    ids = np.array([p["B"].id, 999_999, p["A"].id], dtype=np.int64)  # any order of ids
    assert list(season_providers(project, early.id, ids)) == [str(tractors.id), "", both]


def test_provider_ids_sort_as_numbers_not_text(project, world):
    p, early = world["plots"], world["early"]
    providers = [Provider(name=f"Provider {n}", kind=ProviderKind.MACHINERY_SERVICE)
                 for n in range(10)]
    for provider in providers:
        project.providers.add(provider)
    first, last = providers[0], providers[-1]
    assert first.id < 10 <= last.id  # as text, "10" would sort before "1"
    project.plans.add(PlotSeasonPlan(plot_id=p["A"].id, season_id=early.id, practices=[
        PlannedPractice(practice_id=project.practices.by_key("no_till").id,
                        provider_id=last.id),
        PlannedPractice(practice_id=project.practices.by_key("cover_crop").id,
                        provider_id=first.id)]))
    value = season_providers(project, early.id, np.array([p["A"].id]))[0]
    assert value == f"{first.id}+{last.id}"


def test_season_crops_keep_the_plan_order(project, world):
    p, early = world["plots"], world["early"]
    project.plans.add_many([
        PlotSeasonPlan(plot_id=p["A"].id, season_id=early.id, crops=("maize", "cowpea")),
        PlotSeasonPlan(plot_id=p["B"].id, season_id=early.id, crops=("maize",)),
        PlotSeasonPlan(plot_id=p["C"].id, season_id=early.id, crops=("cassava",),
                       status=PlanStatus.CANCELLED),
    ])

    crops = by_code(project, world, season_crops(project, early.id, world["ids"]))

    assert crops == {"A": "maize+cowpea", "B": "maize", "C": "", "D": "", "E": "", "F": ""}


def event(stage: Stage, when: date, *plots) -> ExtensionEvent:
    return ExtensionEvent(stage=stage, event_date=when, plot_ids=tuple(p.id for p in plots))


def test_stage_is_that_of_the_latest_event_of_the_plot_or_its_pair(project, world):
    p = world["plots"]
    project.events.add_many([
        event(Stage.IDENTIFICATION, date(2024, 1, 10), p["A"], p["C"], p["E"]),
        # Shown on the demonstration plot A only: its control B reached it too.
        event(Stage.FIELD_SHOWCASE, date(2024, 6, 1), p["A"]),
        # Shown on the control D only: its demonstration plot C reached it too.
        event(Stage.DEMAND_CREATION_MEETING, date(2024, 3, 1), p["D"]),
        # An earlier date with a later stage does not win over a later date.
        event(Stage.ANNUAL_MEETING, date(2023, 12, 1), p["E"]),
        event(Stage.DEMAND_CREATION_MEETING, date(2024, 2, 1), p["E"]),
    ])

    stages = by_code(project, world, plot_stages(project, world["ids"]))

    assert stages == {
        "A": "field_showcase", "B": "field_showcase",
        "C": "demand_creation_meeting", "D": "demand_creation_meeting",
        "E": "demand_creation_meeting", "F": "",
    }


def test_events_of_the_same_day_rank_by_stage(project, world):
    p = world["plots"]
    project.events.add_many([
        event(Stage.COMMERCIAL_DEMONSTRATION, date(2024, 5, 5), p["F"]),
        event(Stage.FIELD_SHOWCASE, date(2024, 5, 5), p["F"]),
    ])
    stages = by_code(project, world, plot_stages(project, world["ids"]))
    assert stages["F"] == "commercial_demonstration"


def test_no_events_gives_no_stage(project, world):
    assert set(plot_stages(project, world["ids"])) == {""}


def test_latest_season_prefers_one_with_plans(project, world):
    p, early, main = world["plots"], world["early"], world["main"]
    dry = Season.template(2024, SeasonKind.DRY)
    older = Season.template(2023, SeasonKind.DRY)
    project.seasons.add_many([dry, older])
    # Without any plan: the latest season of all (2024 dry ends in 2025).
    assert latest_season_id(project) == dry.id
    project.plans.add(PlotSeasonPlan(plot_id=p["A"].id, season_id=early.id))
    assert latest_season_id(project) == early.id
    project.plans.add(PlotSeasonPlan(plot_id=p["A"].id, season_id=main.id))
    assert latest_season_id(project) == main.id


def test_latest_season_of_a_project_without_seasons_is_none(project):
    assert latest_season_id(project) is None


def test_aligned_puts_each_value_at_its_id_and_blank_elsewhere() -> None:
    values = {7: "ស្រូវ", 2: "maize", 40: "gone"}  # 40: a plot not asked for
    out = _aligned(np.array([9, 7, 1, 2, 7]), values)  # ids need not be sorted
    assert out.dtype == object and out.tolist() == ["", "ស្រូវ", "", "maize", "ស្រូវ"]
    assert _aligned(np.array([1, 2]), {}).tolist() == ["", ""]
    assert _aligned(np.zeros(0, dtype=np.int64), values).tolist() == []
    assert _aligned(np.array([50]), values).tolist() == [""]  # beyond every key
