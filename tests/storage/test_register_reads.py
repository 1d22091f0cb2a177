"""What the registers, the filters and the commands read through the repositories: plain
Python values (no SQLAlchemy rows), in the order the views show them."""

from __future__ import annotations

import pytest

from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, ProviderKind, SeasonKind, Service
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.storage import Project

from .conftest import make_plot


@pytest.fixture
def register(project: Project, farmer: Farmer) -> dict:
    """Two farmers (one without plots), four plots, two seasons, two providers and plans."""
    idle = Farmer(name_kh="", name_latin="Idle Farmer", early_adopter=True)
    project.farmers.add(idle)
    demo = make_plot("B-2", 103.0, 13.0, role=PlotRole.DEMONSTRATION, farmer_id=farmer.id,
                     soil_type=" Prey Khmer ")
    near = make_plot("B-3", 103.01, 13.0, role=PlotRole.CONTROL, farmer_id=farmer.id,
                     soil_type="prey khmer")
    far = make_plot("A-9", 103.5, 13.0, role=PlotRole.CONTROL, farmer_id=farmer.id,
                    soil_type="Bakan")
    loose = make_plot("C-1", 103.2, 13.0, role=PlotRole.DEMONSTRATION, soil_type="  ")
    project.plots.add_many([demo, near, far, loose])
    wet = Season.template(2024, SeasonKind.EARLY_WET)
    dry = Season.template(2024, SeasonKind.DRY)
    project.seasons.add_many([wet, dry])
    seeds = Provider(name="Seeds Co.", kind=ProviderKind.COVER_CROP_SEED_COMPANY,
                     services=(Service.COVER_CROP_SEED,), provinces=("02", "13"),
                     notes="ស្រូវ")
    tractors = Provider(name="Tractors", kind=ProviderKind.MACHINERY_SERVICE,
                        services=(Service.NO_TILL_PLANTING,))
    unused = Provider(name="Nobody's", kind=ProviderKind.PDAFF)
    project.providers.add_many([seeds, tractors, unused])
    cover = project.practices.by_key("cover_crop")
    no_till = project.practices.by_key("no_till")
    assert cover is not None and no_till is not None
    project.plans.add_many([
        # Tractors first in the plan's order, Seeds second.
        PlotSeasonPlan(plot_id=demo.id, season_id=wet.id, status=PlanStatus.DONE, practices=[
            PlannedPractice(practice_id=no_till.id, provider_id=tractors.id),
            PlannedPractice(practice_id=cover.id, provider_id=seeds.id)]),
        PlotSeasonPlan(plot_id=near.id, season_id=wet.id, status=PlanStatus.CANCELLED,
                       practices=[PlannedPractice(practice_id=cover.id,
                                                  provider_id=seeds.id)]),
        PlotSeasonPlan(plot_id=demo.id, season_id=dry.id, practices=[
            PlannedPractice(practice_id=cover.id, provider_id=seeds.id)]),
        PlotSeasonPlan(plot_id=far.id, season_id=dry.id, practices=[
            PlannedPractice(practice_id=cover.id)]),
    ])
    return {"farmer": farmer, "idle": idle, "demo": demo, "near": near, "far": far,
            "loose": loose, "wet": wet, "dry": dry, "seeds": seeds, "tractors": tractors,
            "unused": unused}


def test_farmer_register_rows_are_plain_tuples_in_id_order(project: Project, register: dict):
    rows = project.farmers.register_rows()

    farmer, idle = register["farmer"], register["idle"]
    assert rows == [
        (farmer.id, "សុខ ចាន់ថា", "Sok Chantha", None, "", "02070101", "", False),
        (idle.id, "", "Idle Farmer", None, "", None, "", True),
    ]
    assert all(type(row) is tuple for row in rows)


def test_plot_codes_by_farmer_sorted_by_code(project: Project, register: dict):
    assert project.plots.codes_by_farmer() == {register["farmer"].id: ["A-9", "B-2", "B-3"]}


def test_soil_types_trimmed_once_each_in_casefold_order(project: Project, register: dict):
    assert project.plots.soil_types() == ["Bakan", "Prey Khmer", "prey khmer"]


def test_control_plots_and_box_centres(project: Project, register: dict):
    demo, near, far = register["demo"], register["near"], register["far"]

    controls = project.plots.codes_with_role(PlotRole.CONTROL, excluding=near.id)
    centres = project.plots.box_centres()

    assert sorted(project.plots.codes_with_role(PlotRole.CONTROL)) == sorted(
        [(near.id, "B-3"), (far.id, "A-9")])
    assert controls == [(far.id, "A-9")]
    assert set(centres) == {demo.id, near.id, far.id, register["loose"].id}
    x, y = centres[demo.id]  # the R-tree keeps 32-bit floats
    assert x == pytest.approx(103.0005, abs=1e-4) and y == pytest.approx(13.0005, abs=1e-4)


def test_area_of_a_plot(project: Project, register: dict):
    area = project.plots.area_of(register["demo"].id)

    assert isinstance(area, float) and area == pytest.approx(1.2, rel=0.05)  # 0.001 deg
    assert project.plots.area_of(999_999) is None


def test_plan_statuses_and_provider_names_of_a_season(project: Project, register: dict):
    demo, near, far, wet, dry = (register[k] for k in ("demo", "near", "far", "wet", "dry"))

    assert project.plans.statuses_in_season(wet.id) == {demo.id: "done", near.id: "cancelled"}
    # In the plan's order, each once; a cancelled plan lists none.
    assert project.plans.provider_names_by_plot(wet.id) == {demo.id: ["Tractors", "Seeds Co."]}
    assert project.plans.provider_names_by_plot(dry.id) == {demo.id: ["Seeds Co."]}
    assert project.plans.statuses_in_season(dry.id) == {demo.id: "planned", far.id: "planned"}
    assert project.plans.statuses_in_season(999) == {}


def test_plan_ids_by_plot_and_season(project: Project, register: dict):
    demo, far, loose, wet, dry = (register[k] for k in ("demo", "far", "loose", "wet", "dry"))
    plans = {(p.plot_id, p.season_id): p.id for p in project.plans.list()}

    found = project.plans.ids_for([(demo.id, wet.id), (far.id, dry.id), (loose.id, wet.id)])

    assert found == {(demo.id, wet.id): plans[(demo.id, wet.id)],
                     (far.id, dry.id): plans[(far.id, dry.id)]}
    assert project.plans.ids_for([]) == {}


def test_provider_counts_and_register_rows(project: Project, register: dict):
    seeds, tractors, unused = register["seeds"], register["tractors"], register["unused"]

    counts = project.plans.provider_counts()
    rows = project.providers.register_rows()

    # Seeds: three plans on two plots in two seasons (the cancelled plan counts too).
    assert counts == {seeds.id: (3, 2, 2), tractors.id: (1, 1, 1)}
    assert rows == [
        (seeds.id, "Seeds Co.", "cover_crop_seed_company", ["cover_crop_seed"], "", "", "",
         ["02", "13"], "ស្រូវ"),
        (tractors.id, "Tractors", "machinery_service", ["no_till_planting"], "", "", "", [],
         ""),
        (unused.id, "Nobody's", "pdaff", [], "", "", "", [], ""),
    ]


def test_farmer_rows_snapshot_delete_and_restore_byte_for_byte(project: Project,
                                                               register: dict):
    farmer, idle = register["farmer"], register["idle"]
    project.farmers.update(project.farmers.get(idle.id))  # version 2
    ids = [farmer.id, idle.id]
    for chunk in (5000, 1):
        with project.transaction() as conn:
            columns, rows = project.farmers.snapshot_rows(conn, ids, chunk)
        assert "mk_version" in columns and len(rows) == 2
        version = dict(zip([r[0] for r in rows],
                           [r[columns.index("mk_version")] for r in rows], strict=True))
        assert version == {farmer.id: 1, idle.id: 2}

        with project.transaction() as conn:
            project.plots.delete_rows(conn, [p.id for p in project.plots.list()], chunk)
            project.farmers.delete_rows(conn, ids, chunk)
        assert project.farmers.count() == 0 and project.plots.count() == 0
        assert project.plans.count() == 0  # the plots' records went with them

        with project.transaction() as conn:
            project.farmers.restore_rows(conn, columns, rows)
            again = project.farmers.snapshot_rows(conn, ids)
        assert again == (columns, rows)
        assert project.farmers.get(idle.id).version == 2


def test_restoring_no_rows_writes_nothing(project: Project):
    with project.transaction() as conn:
        project.farmers.restore_rows(conn, [], [])
        assert project.farmers.snapshot_rows(conn, []) == ([], [])
