"""Register records on the undo stack: add, change, delete, many plans in one step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.enums import PlanStatus, ProviderKind, SeasonKind, Service
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.layers import plot_styling
from metkasekor_desktop.layers.record_commands import DeleteRecord, SavePlans, SaveRecord
from metkasekor_desktop.layers.season_state import CurrentSeason, default_season
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import DuplicateError, InUseError


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def world(demo_master: Path, tmp_path: Path, open_session):
    path = tmp_path / "demo.gpkg"
    shutil.copyfile(demo_master, path)
    session = open_session(Project.open(path))
    return session.project, session.layer, session.stack


def _plan_state(project: Project) -> list[tuple]:
    return sorted((p.id, p.plot_id, p.season_id, p.crops, str(p.status),
                   tuple(pp.practice_id for pp in p.practices)) for p in project.plans.list())


def test_add_then_undo_and_redo_keeps_the_same_id(world):
    project, _layer, stack = world
    farmer = Farmer(name_kh="សុខ", name_latin="Sok Dara", village_code="02070101")
    stack.push(SaveRecord("farmers", farmer))
    new_id = farmer.id
    assert project.farmers.get(new_id).name_latin == "Sok Dara"
    stack.undo()
    assert project.farmers.get(new_id) is None
    stack.redo()
    assert project.farmers.get(new_id).name_latin == "Sok Dara"


def test_change_then_undo_puts_the_old_record_back(world):
    project, _layer, stack = world
    provider = project.providers.list()[0]
    old_name = provider.name
    provider.name = "Renamed seeds"
    stack.push(SaveRecord("providers", provider))
    assert project.providers.get(provider.id).name == "Renamed seeds"
    stack.undo()
    assert project.providers.get(provider.id).name == old_name


def test_refused_save_records_nothing(world):
    project, _layer, stack = world
    taken = project.seasons.list()[0].name
    with pytest.raises(DuplicateError):
        stack.push(SaveRecord("seasons", Season(name=taken, year=2030,
                                                kind=SeasonKind.DRY)))
    assert len(stack) == 0
    assert project.seasons.count() == 9


def test_refused_delete_changes_nothing(world):
    project, _layer, stack = world
    season = project.seasons.list()[0]
    before = _plan_state(project)
    with pytest.raises(InUseError):
        stack.push(DeleteRecord("seasons", season.id))
    assert project.seasons.get(season.id) is not None
    assert _plan_state(project) == before
    assert len(stack) == 0


def test_deleted_plan_comes_back_with_its_practices(world):
    project, _layer, stack = world
    plan = next(p for p in project.plans.list() if len(p.practices) >= 2)
    stack.push(DeleteRecord("plans", plan.id))
    assert project.plans.get(plan.id) is None
    stack.undo()
    back = project.plans.get(plan.id)
    assert [pp.practice_id for pp in back.practices] == [pp.practice_id
                                                         for pp in plan.practices]
    assert back.practices[0].details == plan.practices[0].details


def test_deleted_provider_unused_comes_back(world):
    project, _layer, stack = world
    provider = Provider(name="Kampong Spray", kind=ProviderKind.MACHINERY_SERVICE,
                        services=(Service.SPRAYING,))
    project.providers.add(provider)
    stack.push(DeleteRecord("providers", provider.id))
    assert project.providers.get(provider.id) is None
    stack.undo()
    assert project.providers.get(provider.id).services == (Service.SPRAYING,)


def test_plans_for_a_hundred_plots_are_one_undo_step(world):
    project, _layer, stack = world
    season = default_season(project)
    plot_ids = [int(i) for i in project.plots.load_table().ids[:100]]
    before = _plan_state(project)
    replaced = {p.plot_id for p in project.plans.list() if p.season_id == season} & set(
        plot_ids)
    assert replaced, "the demo should have some plans in its last season"
    no_till = project.practices.by_key("no_till").id
    plans = [PlotSeasonPlan(plot_id=i, season_id=season, crops=("cassava",),
                            practices=[PlannedPractice(practice_id=no_till)])
             for i in plot_ids]
    stack.push(SavePlans(plans, "Apply plan"))
    assert len(stack) == 1
    after = {p.plot_id: p for p in project.plans.list() if p.season_id == season}
    assert all(after[i].crops == ("cassava",) for i in plot_ids)
    assert all([pp.practice_id for pp in after[i].practices] == [no_till] for i in plot_ids)
    stack.undo()
    assert _plan_state(project) == before
    stack.redo()
    assert all(project.plans.find(i, season).crops == ("cassava",) for i in plot_ids[:5])


def test_map_colours_follow_a_plan_of_the_shown_season(world):
    project, layer, stack = world
    season = default_season(project)
    plot_styling.apply_style(layer, project, "crop", season_id=season)
    plot_id = int(layer.table.ids[0])
    index = layer.index_of(plot_id)
    plan = project.plans.find(plot_id, season) or PlotSeasonPlan(plot_id=plot_id,
                                                                 season_id=season)
    old = layer.attribute_values("crop")[index]
    plan.crops = ("sesame",)
    stack.push(SaveRecord("plans", plan))
    assert layer.attribute_values("crop")[index] == "sesame"
    stack.undo()
    assert layer.attribute_values("crop")[index] == old


def test_provider_map_follows_a_plan_and_a_renamed_provider(world):
    project, layer, stack = world
    season = default_season(project)
    plot_styling.apply_style(layer, project, "provider", season_id=season, language="en")
    plot_id = int(layer.table.ids[0])
    index = layer.index_of(plot_id)
    old = layer.attribute_values("provider")[index]
    hire = Provider(name="Kampong Spray", kind=ProviderKind.MACHINERY_SERVICE,
                    services=(Service.SPRAYING,))
    stack.push(SaveRecord("providers", hire))
    plan = project.plans.find(plot_id, season) or PlotSeasonPlan(plot_id=plot_id,
                                                                 season_id=season)
    plan.practices = [PlannedPractice(practice_id=project.practices.by_key("no_till").id,
                                      provider_id=hire.id)]
    stack.push(SaveRecord("plans", plan))
    assert layer.attribute_values("provider")[index] == str(hire.id)
    assert "Kampong Spray" in [e.label for e in layer.legend()]

    hire.name = "Kampong Spray & Till"
    stack.push(SaveRecord("providers", hire))
    assert "Kampong Spray & Till" in [e.label for e in layer.legend()]
    stack.undo()
    assert "Kampong Spray" in [e.label for e in layer.legend()]
    stack.undo()  # the plan
    assert layer.attribute_values("provider")[index] == old
    assert "Kampong Spray" not in [e.label for e in layer.legend()]


def test_plan_status_is_kept(world):
    project, _layer, stack = world
    plan = project.plans.list()[0]
    plan.status = PlanStatus.CANCELLED
    stack.push(SaveRecord("plans", plan))
    assert project.plans.get(plan.id).status == PlanStatus.CANCELLED


def test_current_season_announces_only_changes(world):
    project, _layer, _stack = world
    current = CurrentSeason()
    heard: list = []
    current.changed.connect(heard.append)
    first = default_season(project)
    current.set(first)
    current.set(first)
    current.set(None)
    assert heard == [first, None]
    planned = {p.season_id for p in project.plans.list()}
    latest = max((s for s in project.seasons.list() if s.id in planned),
                 key=lambda s: s.sort_key)
    assert first == latest.id


def test_consent_to_an_out_of_range_value_is_the_commands_alone(world):
    """A soil value outside its plausible range is stored only by the command that was
    given the officer's consent; the repository keeps no switch another write could
    inherit, and undo and redo keep the value."""
    from metkasekor_desktop.domain.errors import DomainError
    from metkasekor_desktop.domain.soil import SoilSample

    project, _layer, stack = world
    plot_id = int(project.plots.load_table().ids[0])
    unusual = SoilSample(plot_id=plot_id, values={"soc_pct": 20.0})  # % typed for g/kg
    with pytest.raises(DomainError, match="plausible range"):
        stack.push(SaveRecord("soil_samples", unusual))
    command = SaveRecord("soil_samples", unusual, confirmed=True)
    stack.push(command)
    assert project.soil_samples.get(command.record_id).values["soc_pct"] == 20.0
    assert not hasattr(project.soil_samples, "confirmed_out_of_range")
    # The next write without consent is refused as before.
    with pytest.raises(DomainError, match="plausible range"):
        stack.push(SaveRecord("soil_samples", SoilSample(plot_id=plot_id,
                                                         values={"soc_pct": 25.0})))
    stack.push(DeleteRecord("soil_samples", command.record_id))
    stack.undo()  # the deleted sample comes back as it was stored
    assert project.soil_samples.get(command.record_id).values["soc_pct"] == 20.0
    stack.undo()
    stack.redo()
    assert project.soil_samples.get(command.record_id).values["soc_pct"] == 20.0
