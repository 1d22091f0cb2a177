"""Every entity goes in and comes back out with all its fields."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest

from metkasekor_desktop.domain.enums import (
    PlanStatus,
    PlotRole,
    PracticeKind,
    ProviderKind,
    SeasonKind,
    Service,
    Sex,
    Stage,
    TerminationMethod,
    TrialDesign,
    YieldMethod,
)
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.practice import PracticeDetails
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import SoilSample
from metkasekor_desktop.domain.trial import Trial, TrialMember
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.storage import PlotTable, Project, ProjectError

from .conftest import make_plot, square


@pytest.fixture
def world(project: Project, farmer: Farmer) -> dict:
    """Two paired plots, a season and a provider to hang records on."""
    control = make_plot("BTB-RM-0002", 103.01, 13.0, role=PlotRole.CONTROL, farmer_id=farmer.id)
    project.plots.add(control)
    demo = make_plot("BTB-RM-0001", 103.0, 13.0, role=PlotRole.DEMONSTRATION,
                     farmer_id=farmer.id, paired_plot_id=control.id)
    project.plots.add(demo)
    season = Season.template(2024, SeasonKind.EARLY_WET)
    project.seasons.add(season)
    provider = Provider(name="Agri Service Co.", kind=ProviderKind.MACHINERY_SERVICE,
                        services=(Service.NO_TILL_PLANTING,), provinces=("02", "13"))
    project.providers.add(provider)
    return {"demo": demo, "control": control, "season": season, "provider": provider}


def test_farmer_round_trip(project: Project) -> None:
    f = Farmer(name_kh="ជា សុភ័ក្ត្រ", name_latin="Chea Sopheak", sex=Sex.MALE, phone="012 345 678",
               village_code="2070101", cooperative="សហគមន៍ A", early_adopter=True)
    fid = project.farmers.add(f)
    back = project.farmers.get(fid)
    assert back == f
    assert back.village_code == "02070101"  # the lost leading zero is restored, kept as text


def test_plot_round_trip_and_stored_area(project: Project, farmer: Farmer) -> None:
    plot = make_plot("btb-rm-0001", name="ចម្ការ", farmer_id=farmer.id, village_code="02070101",
                     soil_type="sandy loam", notes="near the pond")
    pid = project.plots.add(plot)
    back = project.plots.get(pid)
    assert back == plot
    assert back.code == "BTB-RM-0001"
    assert back.geometry.equals(plot.geometry)
    table = project.plots.load_table()
    assert table.areas_ha[0] == pytest.approx(plot.area_ha)
    assert 1.1 < table.areas_ha[0] < 1.3  # a 0.001 degree square near 13 N


def test_plot_update_measures_again_and_refreshes_modified_at(project: Project) -> None:
    plot = make_plot("BTB-RM-0001")
    plot.modified_at = plot.created_at = datetime(2024, 1, 1, tzinfo=plot.created_at.tzinfo)
    project.plots.add(plot)
    plot.geometry = square(103.0, 13.0, 0.002)
    plot.name = "bigger"
    project.plots.update(plot)
    back = project.plots.get(plot.id)
    assert back.name == "bigger"
    assert back.modified_at > back.created_at + timedelta(days=1)
    assert project.plots.load_table().areas_ha[0] == pytest.approx(4 * 1.2, rel=0.01)


def test_invalid_geometry_is_refused_and_nothing_written(project: Project) -> None:
    from shapely.geometry import MultiPolygon, Polygon

    bowtie = MultiPolygon([Polygon([(103, 13), (103.001, 13.001), (103.001, 13), (103, 13.001)])])
    with pytest.raises(DomainError):
        project.plots.add(Plot(code="BTB-RM-0001", geometry=bowtie))
    assert project.plots.count() == 0


def test_season_practice_provider_round_trip(project: Project, world: dict) -> None:
    assert project.seasons.get(world["season"].id) == world["season"]
    assert project.providers.get(world["provider"].id) == world["provider"]
    no_till = project.practices.by_key("no_till")
    assert no_till.kind == PracticeKind.NO_TILL and no_till.service == Service.NO_TILL_PLANTING
    assert project.practices.get(no_till.id) == no_till


def test_plan_round_trip_with_practices(project: Project, world: dict) -> None:
    cover = project.practices.by_key("cover_crop")
    no_till = project.practices.by_key("no_till")
    plan = PlotSeasonPlan(
        plot_id=world["demo"].id, season_id=world["season"].id, crops=("maize", "cowpea"),
        practices=[
            PlannedPractice(practice_id=no_till.id, provider_id=world["provider"].id,
                            cost=120000.0),
            PlannedPractice(practice_id=cover.id, details=PracticeDetails(
                cover_crop_species="Crotalaria juncea", seed_rate_kg_ha=30.0,
                sowing_date=date(2024, 5, 1), termination_method=TerminationMethod.ROLLER_CRIMPER,
                termination_date=date(2024, 7, 1))),
        ],
        status=PlanStatus.DONE, planned_date=date(2024, 4, 20), done_date=date(2024, 5, 2),
        cost=5000.0, notes="first CA season",
    )
    project.plans.add(plan)
    assert project.plans.get(plan.id) == plan
    plan.practices.pop(0)
    project.plans.update(plan)
    assert project.plans.get(plan.id).practices == plan.practices
    with pytest.raises(ProjectError, match="already has a plan"):
        project.plans.add(PlotSeasonPlan(plot_id=world["demo"].id, season_id=world["season"].id))


def test_trial_soil_yield_event_round_trip(project: Project, world: dict) -> None:
    demo, control, season = world["demo"], world["control"], world["season"]
    trial = Trial(name="Ratanak Mondul CA vs FP", design=TrialDesign.PAIRED,
                  season_ids=(season.id,), description="paired",
                  members=[TrialMember(plot_id=demo.id, treatment="CA", block="farm 1"),
                           TrialMember(plot_id=control.id, treatment="FP", block="farm 1")])
    project.trials.add(trial)
    assert project.trials.get(trial.id) == trial

    sample = SoilSample(plot_id=demo.id, season_id=season.id, sample_date=date(2024, 4, 1),
                        depth_from_cm=0, depth_to_cm=10, method="Walkley-Black", lab="RUA",
                        values={"soc_pct": 1.4, "ph_water": 6.2}, notes="dry")
    project.soil_samples.add(sample)
    assert project.soil_samples.get(sample.id) == sample

    record = YieldRecord(plot_id=demo.id, season_id=season.id, crop="maize",
                         harvest_date=date(2024, 8, 1), method=YieldMethod.SAMPLE,
                         sample_area_m2=10.0, fresh_weight_kg=7.5, moisture_pct=20.0,
                         labour_days=12.0, input_cost=1.0, service_cost=2.0, price_per_kg=900.0,
                         notes="ok")
    project.yields.add(record)
    assert project.yields.get(record.id) == record

    event = ExtensionEvent(stage=Stage.FIELD_SHOWCASE, event_date=date(2024, 6, 1),
                           place="វត្ត", village_code="02070101", plot_ids=(demo.id, control.id),
                           women=14, men=11, notes="rain")
    project.events.add(event)
    assert project.events.get(event.id) == event


def test_dependents_and_cascading_delete(project: Project, world: dict) -> None:
    demo, season = world["demo"], world["season"]
    project.plans.add(PlotSeasonPlan(plot_id=demo.id, season_id=season.id))
    project.soil_samples.add(SoilSample(plot_id=demo.id, values={"soc_pct": 1.0}))
    project.yields.add(YieldRecord(plot_id=demo.id, season_id=season.id, crop="maize",
                                   sample_area_m2=10, fresh_weight_kg=5))
    project.events.add(ExtensionEvent(stage=Stage.FIELD_SHOWCASE, event_date=date(2024, 6, 1),
                                      plot_ids=(demo.id,)))
    assert project.plots.dependents(demo.id) == {
        "plans": 1, "soil_samples": 1, "yields": 1, "trial_memberships": 0, "events": 1}
    with pytest.raises(ProjectError, match="2024 early wet"):
        project.seasons.delete(season.id)  # still used by the plan and the yield
    project.plots.delete(demo.id)
    assert project.plots.get(demo.id) is None
    assert project.plans.count() == project.soil_samples.count() == project.yields.count() == 0
    assert project.events.list()[0].plot_ids == ()
    project.seasons.delete(season.id)  # free now
    assert project.seasons.count() == 0


def test_deleting_a_control_unpairs_its_demonstration(project: Project, world: dict) -> None:
    project.plots.delete(world["control"].id)
    assert project.plots.get(world["demo"].id).paired_plot_id is None


def test_preset_ids_are_kept(project: Project) -> None:
    farmers = [Farmer(id=70 + i, name_latin=f"F{i}") for i in range(3)]
    assert project.farmers.add_many(farmers) == [70, 71, 72]
    plots = [make_plot("BTB-RM-0100", id=500, farmer_id=71),
             make_plot("BTB-RM-0101", 103.2, farmer_id=72)]
    ids = project.plots.add_many(plots)
    assert ids[0] == 500 and ids[1] > 500
    assert [p.id for p in plots] == ids
    assert project.plots.get(500).farmer_id == 71


def test_bulk_add_sets_ids_in_order(project: Project) -> None:
    plots = [make_plot(f"BTB-RM-{i:04d}", 103 + i * 0.002) for i in range(1, 201)]
    ids = project.plots.add_many(plots)
    assert len(set(ids)) == 200
    for plot in plots[::37]:
        assert project.plots.get(plot.id).code == plot.code


def test_load_table_is_column_arrays(project: Project, farmer: Farmer) -> None:
    project.plots.add(make_plot("BTB-RM-0001", farmer_id=farmer.id, village_code="02070101"))
    project.plots.add(make_plot("BTB-RM-0002", 103.1, role=PlotRole.CONTROL))
    table = project.plots.load_table()
    assert isinstance(table, PlotTable) and len(table) == 2
    assert table.ids.dtype == np.int64 and table.areas_ha.dtype == np.float64
    assert list(table.codes) == ["BTB-RM-0001", "BTB-RM-0002"]
    assert list(table.farmer_names_kh) == ["សុខ ចាន់ថា", None]
    assert list(table.farmer_ids) == [farmer.id, None]
    assert list(table.village_codes) == ["02070101", None]
    assert list(table.roles) == ["farmer_field", "control"]
    assert table.geometries[1].geom_type == "MultiPolygon"
    assert table.geometries[1].bounds[0] == pytest.approx(103.1)
    assert table.index_of(int(table.ids[1])) == 1
    with pytest.raises(KeyError):
        table.index_of(999)


def test_empty_load_table(project: Project) -> None:
    table = project.plots.load_table()
    assert len(table) == 0 and table.geometries.shape == (0,)


def test_codes_stay_text(project: Project) -> None:
    project.plots.add(make_plot("0042", village_code="02070101"))
    assert project.plots.codes() == {"0042"}
    assert project.plots.load_table().village_codes[0] == "02070101"


def test_practice_and_provider_in_use(project: Project, world: dict) -> None:
    no_till = project.practices.by_key("no_till")
    project.plans.add(PlotSeasonPlan(
        plot_id=world["demo"].id, season_id=world["season"].id,
        practices=[PlannedPractice(practice_id=no_till.id, provider_id=world["provider"].id)]))
    with pytest.raises(ProjectError, match="plan"):
        project.practices.delete(no_till.id)
    with pytest.raises(ProjectError, match="plan"):
        project.providers.delete(world["provider"].id)
    with pytest.raises(ProjectError, match="no_till"):
        project.practices.add(project.practices.get(no_till.id).__class__(
            key="no_till", name_en="again", kind=PracticeKind.NO_TILL))
