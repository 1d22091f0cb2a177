"""The joined export data read from a project: filters, joined columns, related tables."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.domain.enums import (
    PlanStatus,
    PlotRole,
    ProviderKind,
    SeasonKind,
    Service,
    Sex,
    Stage,
    TrialDesign,
    YieldMethod,
)
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.places import place
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import PracticeDetails
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import SoilSample
from metkasekor_desktop.domain.trial import Trial, TrialMember
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.io.export_table import ExportTable
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.export_data import (
    ExportFilter,
    latest_season_with_plans,
    plots_export_table,
    related_export_tables,
    select_plot_ids,
)

from .conftest import make_plot

RM, RV = "02070101", "13050101"  # villages in Ratanak Mondul (0207) and Rovieng (1305)
CREATED = datetime(2023, 3, 5, 23, 30, tzinfo=UTC)

PLOT_COLUMNS = [
    "code", "name", "farmer_id", "farmer_name_kh", "farmer_name_latin", "farmer_sex",
    "farmer_phone", "role", "paired_code", "area_ha", "village_code", "village_name_kh",
    "village_name_en", "commune_code", "commune_name_kh", "commune_name_en", "district_code",
    "district_name_kh", "district_name_en", "province_code", "province_name_kh",
    "province_name_en", "soil_type", "notes", "created_at", "modified_at", "stage",
]
SEASON_COLUMNS = [
    "season", "plan_status", "crops", "practices", "practice_names_en", "practice_names_kh",
    "providers", "planned_date", "done_date", "plan_cost", "yield_t_ha", "yield_crop",
    "yields",
]


@pytest.fixture
def world(project: Project) -> dict:
    """Plots in two districts with farmers, a season of plans, yields, samples, extras.

    RM-A (demonstration, paired with control RM-B), RM-C (farmer field), RM-X (a village
    code the official list does not know) in Ratanak Mondul; RV-D (demonstration) and
    RV-E (no village) in Rovieng.
    """
    sok = Farmer(name_kh="សុខ ចាន់ថា", name_latin="Sok Chantha", sex=Sex.FEMALE,
                 phone="012345678", village_code=RM)
    dara = Farmer(name_kh="ដារា", name_latin="Dara", sex=Sex.MALE, village_code=RV)
    project.farmers.add_many([sok, dara])
    b = make_plot("RM-B", 103.01, 13.0, role=PlotRole.CONTROL, farmer_id=sok.id,
                  village_code=RM, soil_type="Luvisol")
    project.plots.add(b)
    plots = {
        "A": make_plot("RM-A", 103.0, 13.0, role=PlotRole.DEMONSTRATION, farmer_id=sok.id,
                       village_code=RM, paired_plot_id=b.id, name="ស្រែខាងលិច",
                       notes="near the road", created_at=CREATED, modified_at=CREATED),
        "C": make_plot("RM-C", 103.02, 13.0, village_code=RM),
        "X": make_plot("RM-X", 103.03, 13.0, village_code="02079999"),
        "D": make_plot("RV-D", 104.6, 13.6, role=PlotRole.DEMONSTRATION, farmer_id=dara.id,
                       village_code=RV),
        "E": make_plot("RV-E", 104.61, 13.6),
    }
    plots["A"].geometry = MultiPolygon([Polygon([(103.0, 13.0), (103.002, 13.0),
                                                 (103.001, 13.0015)])])
    project.plots.add_many(plots.values())
    plots["B"] = b
    season = Season.template(2024, SeasonKind.EARLY_WET)
    other = Season.template(2023, SeasonKind.MAIN_WET)
    project.seasons.add_many([season, other])
    seeds = Provider(name="Angkor Cover Seeds", kind=ProviderKind.COVER_CROP_SEED_COMPANY,
                     services=(Service.COVER_CROP_SEED,), provinces=("02",))
    machines = Provider(name="ក្រុមហ៊ុនម៉ាស៊ីន", kind=ProviderKind.MACHINERY_SERVICE,
                        services=(Service.NO_TILL_PLANTING,))
    project.providers.add_many([seeds, machines])
    key = project.practices.by_key
    project.plans.add_many([
        PlotSeasonPlan(plot_id=plots["A"].id, season_id=season.id, crops=("maize", "cowpea"),
                       status=PlanStatus.DONE, planned_date=date(2024, 5, 2),
                       done_date=date(2024, 5, 4), cost=1000.0, practices=[
                           PlannedPractice(practice_id=key("no_till").id,
                                           provider_id=machines.id, cost=50_000.0),
                           PlannedPractice(practice_id=key("cover_crop").id,
                                           provider_id=seeds.id, cost=20_000.0,
                                           details=PracticeDetails(
                                               cover_crop_species="Crotalaria juncea",
                                               seed_rate_kg_ha=40.0,
                                               sowing_date=date(2024, 5, 3)))]),
        PlotSeasonPlan(plot_id=plots["B"].id, season_id=season.id, crops=("maize",),
                       practices=[PlannedPractice(practice_id=key("conventional").id)]),
        PlotSeasonPlan(plot_id=plots["C"].id, season_id=season.id, status=PlanStatus.CANCELLED,
                       practices=[PlannedPractice(practice_id=key("no_till").id)]),
        PlotSeasonPlan(plot_id=plots["D"].id, season_id=other.id, crops=("cassava",),
                       practices=[PlannedPractice(practice_id=key("no_till").id)]),
    ])
    yields = [
        YieldRecord(plot_id=plots["A"].id, season_id=season.id, crop="maize",
                    sample_area_m2=10.0, fresh_weight_kg=6.0, moisture_pct=20.0),
        YieldRecord(plot_id=plots["A"].id, season_id=season.id, crop="maize",
                    sample_area_m2=10.0, fresh_weight_kg=5.0, moisture_pct=14.0,
                    harvest_date=date(2024, 7, 20)),
        YieldRecord(plot_id=plots["C"].id, season_id=season.id, crop="maize",
                    method=YieldMethod.WHOLE_PLOT, fresh_weight_kg=300.0),
        YieldRecord(plot_id=plots["D"].id, season_id=season.id, crop="cassava",
                    sample_area_m2=4.0, fresh_weight_kg=10.0),
    ]
    project.yields.add_many(yields)
    project.soil_samples.add_many([
        SoilSample(plot_id=plots["A"].id, season_id=season.id, sample_date=date(2024, 4, 20),
                   values={"soc_pct": 1.2}, lab="មន្ទីរពិសោធន៍"),
        SoilSample(plot_id=plots["D"].id, values={"soc_pct": 0.8}),
    ])
    project.plot_extras.add_many([(plots["A"].id, "survey_id", "S-17"),
                                  (plots["D"].id, "code", "old-7")])
    project.events.add_many([
        ExtensionEvent(stage=Stage.FIELD_SHOWCASE, event_date=date(2024, 6, 1),
                       plot_ids=(plots["A"].id,), women=12, men=9, place="ភូមិបាណង់"),
        ExtensionEvent(stage=Stage.DEMAND_CREATION_MEETING, event_date=date(2024, 2, 1),
                       village_code=RM),
        ExtensionEvent(stage=Stage.IDENTIFICATION, event_date=date(2024, 1, 1),
                       plot_ids=(plots["D"].id,)),
    ])
    project.trials.add_many([
        Trial(name="RM CA vs FP", design=TrialDesign.PAIRED, season_ids=(season.id,),
              members=[TrialMember(plot_id=plots["A"].id, treatment="CA", block="1"),
                       TrialMember(plot_id=plots["B"].id, treatment="FP", block="1")]),
        Trial(name="Rovieng", members=[TrialMember(plot_id=plots["D"].id, treatment="CA")]),
    ])
    return {"plots": plots, "season": season, "other": other, "farmers": (sok, dara),
            "yields": yields}


def codes(project: Project, flt: ExportFilter) -> list[str]:
    ids = select_plot_ids(project, flt)
    by_id = {p.id: p.code for p in project.plots.list()}
    return sorted(by_id[int(i)] for i in ids)


def row(table, code: str) -> dict:
    i = list(table.columns["code"]).index(code)
    return {k: v[i] for k, v in table.columns.items()}


# -- filters -----------------------------------------------------------------------------
def test_each_filter_selects_its_plots(project, world):
    p, season = world["plots"], world["season"]
    assert codes(project, ExportFilter()) == ["RM-A", "RM-B", "RM-C", "RM-X", "RV-D", "RV-E"]
    assert codes(project, ExportFilter(district_code="0207")) == ["RM-A", "RM-B", "RM-C",
                                                                  "RM-X"]
    assert codes(project, ExportFilter(district_code="1305")) == ["RV-D"]
    # A cancelled plan is no plan: RM-C has none in the season.
    assert codes(project, ExportFilter(season_id=season.id)) == ["RM-A", "RM-B"]
    assert codes(project, ExportFilter(practice_key="no_till")) == ["RM-A", "RV-D"]
    assert codes(project, ExportFilter(practice_key="no_till", season_id=season.id)) == [
        "RM-A"]
    assert codes(project, ExportFilter(role="demonstration")) == ["RM-A", "RV-D"]
    assert codes(project, ExportFilter(plot_ids=[p["C"].id, p["D"].id])) == ["RM-C", "RV-D"]
    assert codes(project, ExportFilter(plot_ids=[p["C"].id, p["D"].id],
                                       district_code="0207")) == ["RM-C"]
    selection = np.array([p["A"].id, p["E"].id])  # as the map's selection gives it
    assert list(plots_export_table(project, ExportFilter(plot_ids=selection))
                .columns["code"]) == ["RM-A", "RV-E"]
    ids = select_plot_ids(project, ExportFilter())
    assert ids.dtype == np.int64 and list(ids) == sorted(ids)


def test_filter_describes_itself_in_words(project, world):
    flt = ExportFilter(district_code="207", season_id=world["season"].id,
                       practice_key="no_till")
    assert flt.validated().describe(project) == (
        "district 0207, season 2024 early wet, practice no_till")
    assert ExportFilter().describe(project) == "all plots"
    assert ExportFilter(plot_ids=[1, 2], role="control").describe(project) == (
        "2 selected plots, role control")


def test_a_wrong_district_code_or_role_is_refused_with_a_message(project, world):
    with pytest.raises(ValidationError, match="district code"):
        select_plot_ids(project, ExportFilter(district_code="02-7"))
    with pytest.raises(ValidationError, match="demonstration"):
        plots_export_table(project, ExportFilter(role="demo"))


def test_filtered_table_holds_only_the_filtered_plots(project, world):
    table = plots_export_table(project, ExportFilter(district_code="0207", role="control"))
    assert list(table.columns["code"]) == ["RM-B"]
    assert len(table.wkb) == 1
    assert row(table, "RM-B")["stage"] == "field_showcase"  # from its pair, not exported


# -- the plots table ---------------------------------------------------------------------
def test_columns_in_the_contract_order_sorted_by_code(project, world):
    table = plots_export_table(project, season_id=world["season"].id)
    extras = ["survey_id", "x_code"]
    assert list(table.columns) == PLOT_COLUMNS + SEASON_COLUMNS + extras
    assert list(table.columns["code"]) == ["RM-A", "RM-B", "RM-C", "RM-X", "RV-D", "RV-E"]
    assert set(table.descriptions) == set(table.columns)
    assert "hectares" in table.descriptions["area_ha"]
    assert table.epsg == 4326
    without = plots_export_table(project, include_extras=False)
    assert list(without.columns) == PLOT_COLUMNS


def test_farmer_place_and_plot_values_are_joined(project, world):
    table = plots_export_table(project)
    a, b = row(table, "RM-A"), row(table, "RM-B")
    sok = world["farmers"][0]
    assert a["farmer_id"] == sok.id and isinstance(a["farmer_id"], int)
    assert a["farmer_name_kh"] == "សុខ ចាន់ថា" and a["farmer_name_latin"] == "Sok Chantha"
    assert a["farmer_sex"] == "female" and a["farmer_phone"] == "012345678"
    assert a["name"] == "ស្រែខាងលិច" and a["notes"] == "near the road"
    assert a["role"] == "demonstration" and a["paired_code"] == "RM-B"
    assert b["paired_code"] is None and b["soil_type"] == "Luvisol"
    rm = place(RM)
    assert (a["village_code"], a["village_name_kh"], a["village_name_en"]) == (
        RM, rm.village.name_kh, rm.village.name_en)
    assert (a["commune_code"], a["commune_name_en"]) == ("020701", rm.commune.name_en)
    assert (a["district_code"], a["district_name_kh"]) == ("0207", rm.district.name_kh)
    assert (a["province_code"], a["province_name_en"]) == ("02", "Battambang")
    assert row(table, "RV-D")["district_name_en"] == place(RV).district.name_en
    assert a["area_ha"] == pytest.approx(world["plots"]["A"].area_ha)
    assert a["created_at"] == np.datetime64("2023-03-05")  # the stored (UTC) date
    assert table.columns["created_at"].dtype == np.dtype("datetime64[D]")
    assert a["stage"] == "field_showcase" and b["stage"] == "field_showcase"
    assert row(table, "RM-C")["stage"] is None
    assert row(table, "RV-D")["stage"] == "identification"
    assert a["survey_id"] == "S-17" and row(table, "RV-D")["x_code"] == "old-7"


def test_unknown_or_missing_village_keeps_what_is_known(project, world):
    table = plots_export_table(project)
    x, e = row(table, "RM-X"), row(table, "RV-E")
    assert (x["village_code"], x["commune_code"], x["district_code"], x["province_code"]) == (
        "02079999", "020799", "0207", "02")
    assert x["village_name_en"] is None and x["district_name_kh"] is None
    assert all(e[k] is None for k in PLOT_COLUMNS[10:22])
    assert e["farmer_id"] is None and e["farmer_name_kh"] is None


def test_season_columns_join_the_plan_and_the_yield(project, world):
    table = plots_export_table(project, season_id=world["season"].id)
    a, b, c, e = (row(table, k) for k in ("RM-A", "RM-B", "RM-C", "RV-E"))
    assert a["season"] == "2024 early wet" and a["plan_status"] == "done"
    assert a["crops"] == "maize+cowpea"
    assert a["practices"] == "cover_crop+no_till"
    names = [project.practices.by_key(k) for k in ("cover_crop", "no_till")]
    assert a["practice_names_en"] == ", ".join(p.name_en for p in names)
    assert a["practice_names_kh"] == ", ".join(p.name_kh for p in names)
    assert a["providers"] == "Angkor Cover Seeds, ក្រុមហ៊ុនម៉ាស៊ីន"
    assert a["planned_date"] == np.datetime64("2024-05-02")
    assert a["done_date"] == np.datetime64("2024-05-04")
    assert a["plan_cost"] == pytest.approx(71_000.0)
    expected = np.mean([y.yield_t_ha() for y in world["yields"][:2]])
    assert a["yield_t_ha"] == pytest.approx(expected)
    assert b["practices"] == "conventional" and b["providers"] is None
    assert np.isnan(b["plan_cost"]) and np.isnat(b["done_date"])
    assert c["plan_status"] == "cancelled"  # shown as it is; the filter leaves it out
    assert c["yield_t_ha"] == pytest.approx(
        world["yields"][2].yield_t_ha(world["plots"]["C"].area_ha))
    assert e["season"] is None and np.isnan(e["yield_t_ha"]) and np.isnat(e["planned_date"])


def test_two_crops_of_one_season_are_exported_per_crop_never_averaged(project, world,
                                                                       tmp_path):
    a_id, season_id = world["plots"]["A"].id, world["season"].id
    cowpea = YieldRecord(plot_id=a_id, season_id=season_id, crop="cowpea",
                         sample_area_m2=10.0, fresh_weight_kg=1.2, moisture_pct=12.0)
    project.yields.add(cowpea)
    maize = np.mean([y.yield_t_ha() for y in world["yields"][:2]])
    assert abs(maize - cowpea.yield_t_ha()) > 1  # an average would be far from both
    a = row(plots_export_table(project, season_id=season_id), "RM-A")
    assert a["yield_t_ha"] == pytest.approx(maize)  # the plan's first (main) crop
    assert a["yield_crop"] == "maize"
    assert a["yields"] == f"maize {maize:.2f}; cowpea {cowpea.yield_t_ha():.2f}"
    d = row(plots_export_table(project, season_id=season_id), "RV-D")
    assert d["yield_crop"] == "cassava" and d["yields"].startswith("cassava ")

    import pyogrio

    from metkasekor_desktop.io.shapefile_export import write_shapefile

    table = plots_export_table(project, season_id=season_id).to(ExportTable)
    write_shapefile(table, tmp_path, "plots")
    dbf = pyogrio.read_dataframe(tmp_path / "plots.shp").set_index("code")
    assert dbf.loc["RM-A", "yield_t_ha"] == pytest.approx(maize)
    assert dbf.loc["RM-A", "yield_crop"] == "maize"
    assert dbf.loc["RM-A", "yields"] == a["yields"]


def test_filter_season_is_the_default_season_of_the_columns(project, world):
    table = plots_export_table(project, ExportFilter(season_id=world["season"].id))
    assert list(table.columns["code"]) == ["RM-A", "RM-B"]
    assert list(table.columns["season"]) == ["2024 early wet"] * 2


def test_wkb_decodes_to_the_stored_geometry(project, world):
    table = plots_export_table(project)
    geoms = shapely.from_wkb(table.wkb)
    stored = {p.code: p.geometry for p in project.plots.list()}
    for code, geom in zip(table.columns["code"], geoms, strict=True):
        assert geom.equals(stored[code])
    assert not shapely.has_z(geoms).any()


def test_table_goes_to_the_writers_shape_and_arrow(project, world):
    table = plots_export_table(project, season_id=world["season"].id).to(ExportTable)
    assert isinstance(table, ExportTable) and len(table) == 6
    arrow = table.to_arrow()
    assert str(arrow.schema.field("created_at").type) == "date32[day]"
    assert str(arrow.schema.field("farmer_id").type) == "int64"
    assert arrow.column("farmer_name_kh").to_pylist()[0] == "សុខ ចាន់ថា"


def test_an_empty_project_gives_an_empty_table(tmp_path):
    with Project.create(tmp_path / "empty.gpkg") as project:
        table = plots_export_table(project, season_id=1)
        assert len(table) == 0 and list(table.columns) == PLOT_COLUMNS + SEASON_COLUMNS
        assert latest_season_with_plans(project) is None
        assert all(len(t) == 0 for t in related_export_tables(project, np.array([], int))
                   if t.name not in ("practices",))


def test_latest_season_with_plans(project, world):
    assert latest_season_with_plans(project) == world["season"].id


# -- related tables ----------------------------------------------------------------------
def test_related_tables_hold_only_rows_of_the_exported_plots(project, world):
    p = world["plots"]
    ids = select_plot_ids(project, ExportFilter(district_code="0207"))
    tables = {t.name: t for t in related_export_tables(project, ids)}
    assert list(tables) == [
        "farmers", "seasons", "practices", "providers", "plot_season_plans", "plan_practices",
        "trials", "trial_members", "soil_samples", "yield_records", "extension_events",
        "event_plots"]
    rm = {p[k].id for k in "ABCX"}
    for name in ("plot_season_plans", "plan_practices", "trial_members", "soil_samples",
                 "yield_records", "event_plots"):
        table = tables[name]
        assert set(table.columns["plot_id"].tolist()) <= rm, name
        assert list(table.columns).index("plot_code") == list(table.columns).index(
            "plot_id") + 1
        assert table.wkb is None
    assert list(tables["farmers"].columns["name_kh"]) == ["សុខ ចាន់ថា"]
    assert list(tables["trials"].columns["name"]) == ["RM CA vs FP"]
    assert list(tables["trials"].columns["seasons"]) == ["2024 early wet"]
    assert len(tables["seasons"]) == 2 and len(tables["providers"]) == 2
    assert sorted(tables["plot_season_plans"].columns["plot_code"]) == ["RM-A", "RM-B",
                                                                       "RM-C"]
    # The showcase on RM-A and the meeting in its village, not Rovieng's identification.
    assert sorted(tables["extension_events"].columns["stage"]) == [
        "demand_creation_meeting", "field_showcase"]
    assert list(tables["extension_events"].columns["place"]).count("ភូមិបាណង់") == 1


def test_related_values_dates_and_khmer_are_kept(project, world):
    ids = select_plot_ids(project, ExportFilter())
    tables = {t.name: t for t in related_export_tables(project, ids)}
    soil = tables["soil_samples"]
    first = list(soil.columns["plot_code"]).index("RM-A")
    assert soil.columns["lab"][first] == "មន្ទីរពិសោធន៍"
    assert soil.columns["sample_date"][first] == np.datetime64("2024-04-20")
    assert soil.columns["soc_pct"][first] == pytest.approx(1.2)
    assert np.isnat(soil.columns["sample_date"][1 - first])
    links = tables["plan_practices"]
    cover = list(links.columns["practice_key"]).index("cover_crop")
    assert links.columns["provider_name"][cover] == "Angkor Cover Seeds"
    assert links.columns["cover_crop_species"][cover] == "Crotalaria juncea"
    assert links.columns["seed_rate_kg_ha"][cover] == pytest.approx(40.0)
    assert links.columns["sowing_date"][cover] == np.datetime64("2024-05-03")
    plans = tables["plot_season_plans"]
    assert "maize+cowpea" in list(plans.columns["crops"])
    yields = tables["yield_records"]
    assert yields.columns["yield_t_ha"][0] == pytest.approx(world["yields"][0].yield_t_ha())
    assert yields.columns["harvest_date"].dtype == np.dtype("datetime64[D]")
    assert tables["farmers"].columns["early_adopter"].dtype == bool
    assert list(tables["providers"].columns["services"]) == ["cover_crop_seed",
                                                             "no_till_planting"]
    for table in tables.values():  # every table goes to the writers' Arrow form
        table.to(ExportTable).to_arrow()
