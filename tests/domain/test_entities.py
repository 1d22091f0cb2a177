"""The domain's records and their rules: what the officer may store and what is refused."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pyproj import Transformer
from shapely.geometry import LineString, MultiPolygon, Polygon

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
)
from metkasekor_desktop.domain.errors import GeometryError, ValidationError
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot, check_pairing
from metkasekor_desktop.domain.practice import (
    DETAIL_FIELDS,
    Practice,
    PracticeDetails,
    default_catalogue,
)
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import INDICATORS, SoilSample, check_indicator
from metkasekor_desktop.domain.trial import Trial, TrialMember

_UTM_TO_WGS84 = Transformer.from_crs(32648, 4326, always_xy=True)


def hectare_square() -> Polygon:
    """A 100 m x 100 m square drawn in UTM 48N near Ratanak Mondul, in WGS 84."""
    x0, y0 = 273_000.0, 1_416_000.0
    corners = [(x0, y0), (x0 + 100, y0), (x0 + 100, y0 + 100), (x0, y0 + 100)]
    return Polygon([_UTM_TO_WGS84.transform(x, y) for x, y in corners])


def plot(**kwargs) -> Plot:
    values = {"code": "BTB-RM-0001", "geometry": hectare_square()}
    values.update(kwargs)
    return Plot(**values)


# --- farmer ---------------------------------------------------------------------------------


def test_farmer_with_khmer_name_and_village() -> None:
    farmer = Farmer(name_kh="សុខ ជា", sex="female", village_code="2070101").validated()
    assert farmer.village_code == "02070101"
    assert farmer.sex is Sex.FEMALE
    assert farmer.display_name == "សុខ ជា"


def test_farmer_known_only_by_latin_name() -> None:
    farmer = Farmer(name_latin="Sok Chea").validated()
    assert farmer.display_name == "Sok Chea"
    assert farmer.village_code is None


def test_farmer_needs_a_name() -> None:
    with pytest.raises(ValidationError, match="needs a name") as info:
        Farmer(name_kh="  ", name_latin="").validated()
    assert info.value.field == "name_kh"


def test_farmer_with_a_wrong_village_code_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Farmer(name_latin="Sok Chea", village_code="207").validated()
    assert info.value.field == "village_code"


# --- plot -----------------------------------------------------------------------------------


def test_plot_is_normalised_when_validated() -> None:
    p = plot(code=" btb-rm-0001", village_code="2070101", role="demonstration").validated()
    assert p.code == "BTB-RM-0001"
    assert p.village_code == "02070101"
    assert p.role is PlotRole.DEMONSTRATION
    assert isinstance(p.geometry, MultiPolygon)
    assert p.area_ha == pytest.approx(1.0, rel=1e-6)


def test_plot_without_village_keeps_none() -> None:
    assert plot(village_code="").validated().village_code is None


def test_plot_needs_a_shape() -> None:
    with pytest.raises(GeometryError, match="no shape"):
        plot(geometry=None).validated()


def test_plot_drawn_as_a_line_is_refused() -> None:
    with pytest.raises(GeometryError, match="polygon"):
        plot(geometry=LineString([(102.9, 12.8), (102.91, 12.81)])).validated()


def test_plot_with_a_bad_code_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        plot(code="BTB RM 1").validated()
    assert info.value.field == "code"


def test_demonstration_plot_paired_with_a_control() -> None:
    demo = plot(id=1, role=PlotRole.DEMONSTRATION, paired_plot_id=2)
    control = plot(id=2, code="BTB-RM-0002", role=PlotRole.CONTROL)
    check_pairing(demo, control)
    assert demo.validated().paired_plot_id == 2


def test_a_plot_cannot_be_its_own_pair() -> None:
    demo = plot(id=7, code="BTB-RM-0007", role=PlotRole.DEMONSTRATION, paired_plot_id=7)
    with pytest.raises(ValidationError, match="own control") as info:
        demo.validated()
    assert info.value.field == "paired_plot_id"
    assert "BTB-RM-0007" in str(info.value)


@pytest.mark.parametrize("role", [PlotRole.CONTROL, PlotRole.FARMER_FIELD])
def test_only_a_demonstration_plot_has_a_pair(role: PlotRole) -> None:
    with pytest.raises(ValidationError, match="Only a demonstration plot") as info:
        plot(id=1, role=role, paired_plot_id=2).validated()
    # The role is named in words, not as a stored key.
    assert role.value.replace("_", " ") in str(info.value)


def test_pairing_rule_holds_for_a_role_read_back_as_text() -> None:
    # Roles are stored as text; a plot read back with role "farmer_field" still gets a message.
    with pytest.raises(ValidationError, match="farmer field"):
        check_pairing(plot(id=1, role="farmer_field", paired_plot_id=2))


@pytest.mark.parametrize("role", [PlotRole.DEMONSTRATION, PlotRole.FARMER_FIELD])
def test_the_partner_must_be_a_control_plot(role: PlotRole) -> None:
    demo = plot(id=1, role=PlotRole.DEMONSTRATION, paired_plot_id=2)
    partner = plot(id=2, code="BTB-RM-0002", role=role)
    with pytest.raises(ValidationError, match="not a control plot") as info:
        check_pairing(demo, partner)
    assert "BTB-RM-0002" in str(info.value)


def test_unpaired_plot_needs_no_partner() -> None:
    check_pairing(plot(id=1, role=PlotRole.FARMER_FIELD))
    assert plot(id=1, role=PlotRole.DEMONSTRATION).validated().paired_plot_id is None


# --- seasons --------------------------------------------------------------------------------


def test_early_wet_season_template() -> None:
    season = Season.template(2024, SeasonKind.EARLY_WET)
    assert season.name == "2024 early wet"
    assert (season.start_date, season.end_date) == (date(2024, 4, 15), date(2024, 7, 31))


def test_main_wet_season_template() -> None:
    season = Season.template(2024, SeasonKind.MAIN_WET)
    assert season.name == "2024 main wet"
    assert (season.start_date, season.end_date) == (date(2024, 8, 1), date(2024, 11, 30))


def test_dry_season_ends_in_the_next_year() -> None:
    season = Season.template(2024, "dry")
    assert season.name == "2024 dry"
    assert season.kind is SeasonKind.DRY
    assert (season.start_date, season.end_date) == (date(2024, 11, 1), date(2025, 4, 30))
    assert season.validated() is season


def test_season_without_a_name_gets_the_standard_one() -> None:
    assert Season(year=2025, kind="main_wet", name="  ").validated().name == "2025 main wet"


def test_season_that_ends_before_it_starts_is_refused() -> None:
    season = Season(
        year=2024, kind=SeasonKind.DRY, start_date=date(2024, 11, 1), end_date=date(2024, 4, 30)
    )
    with pytest.raises(ValidationError, match="ends .* before it starts") as info:
        season.validated()
    assert info.value.field == "end_date"


@pytest.mark.parametrize("year", [1024, 2204])
def test_implausible_season_year_is_refused(year: int) -> None:
    with pytest.raises(ValidationError, match=str(year)):
        Season(year=year, kind=SeasonKind.DRY).validated()


def test_seasons_sort_in_calendar_order() -> None:
    seasons = [
        Season.template(2025, SeasonKind.EARLY_WET),
        Season.template(2024, SeasonKind.DRY),
        Season.template(2024, SeasonKind.EARLY_WET),
        Season.template(2024, SeasonKind.MAIN_WET),
    ]
    names = [s.name for s in sorted(seasons, key=lambda s: s.sort_key)]
    assert names == ["2024 early wet", "2024 main wet", "2024 dry", "2025 early wet"]


# --- practices ------------------------------------------------------------------------------


def test_default_catalogue_is_valid_and_has_one_control_practice() -> None:
    catalogue = [p.validated() for p in default_catalogue()]
    keys = [p.key for p in catalogue]
    assert len(keys) == len(set(keys))
    assert [p.key for p in catalogue if not p.is_ca] == ["conventional"]
    assert all(p.name_kh for p in catalogue)
    assert {"no_till", "cover_crop"} <= set(keys)


def test_cover_crop_practice_records_species_seed_rate_and_termination() -> None:
    cover = next(p for p in default_catalogue() if p.kind is PracticeKind.COVER_CROP)
    assert cover.service is Service.COVER_CROP_SEED
    assert "seed_rate_kg_ha" in cover.detail_fields
    assert "termination_method" in cover.detail_fields
    assert DETAIL_FIELDS[PracticeKind.NO_TILL] == ()


def test_practice_needs_a_key_and_a_name() -> None:
    with pytest.raises(ValidationError) as info:
        Practice(key=" ", name_en="Mulch", kind="residue_retention").validated()
    assert info.value.field == "key"
    with pytest.raises(ValidationError) as info:
        Practice(key="mulch", name_en="", kind="residue_retention").validated()
    assert info.value.field == "name_en"


def test_practice_kind_and_service_from_stored_text() -> None:
    p = Practice(key="nt", name_en="No-till", kind="no_till", service="no_till_planting")
    p.validated()
    assert p.kind is PracticeKind.NO_TILL
    assert p.service is Service.NO_TILL_PLANTING


def cover_crop_details() -> PracticeDetails:
    return PracticeDetails(
        cover_crop_species="Stylosanthes guianensis",
        seed_rate_kg_ha=10.0,
        sowing_date=date(2024, 8, 15),
        termination_method=TerminationMethod.ROLLER_CRIMPER,
        termination_date=date(2024, 12, 1),
        residue_cover_pct=0.0,
    )


def test_practice_details_round_trip_through_json() -> None:
    details = cover_crop_details().validated()
    stored = json.loads(json.dumps(details.as_dict()))
    restored = PracticeDetails.from_dict(stored)
    assert restored == details
    assert restored.termination_method is TerminationMethod.ROLLER_CRIMPER
    assert restored.sowing_date == date(2024, 8, 15)


def test_practice_details_store_only_what_was_entered() -> None:
    stored = cover_crop_details().as_dict()
    assert stored == {
        "cover_crop_species": "Stylosanthes guianensis",
        "seed_rate_kg_ha": 10.0,
        "sowing_date": "2024-08-15",
        "termination_method": "roller_crimper",
        "termination_date": "2024-12-01",
        "residue_cover_pct": 0.0,  # zero is a value, not "nothing entered"
    }
    assert PracticeDetails().as_dict() == {}


def test_practice_details_from_nothing_or_from_a_newer_file() -> None:
    assert PracticeDetails.from_dict(None) == PracticeDetails()
    restored = PracticeDetails.from_dict({"rotation_crop": "soybean", "future_field": 1})
    assert restored == PracticeDetails(rotation_crop="soybean")


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (PracticeDetails(seed_rate_kg_ha=0.0), "seed_rate_kg_ha"),
        (PracticeDetails(seed_rate_kg_ha=250.0), "seed_rate_kg_ha"),
        (PracticeDetails(residue_cover_pct=120.0), "residue_cover_pct"),
        (PracticeDetails(residue_cover_pct=-5.0), "residue_cover_pct"),
        (
            PracticeDetails(sowing_date=date(2024, 8, 15), termination_date=date(2024, 8, 1)),
            "termination_date",
        ),
    ],
)
def test_implausible_practice_details_are_refused(details: PracticeDetails, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        details.validated()
    assert info.value.field == field


# --- providers ------------------------------------------------------------------------------


def test_provider_from_stored_text() -> None:
    provider = Provider(
        name="  Kubota Service Battambang ",
        kind="machinery_service",
        services=("no_till_planting", "roller_crimping"),
        provinces=("2", 13),
    ).validated()
    assert provider.name == "Kubota Service Battambang"
    assert provider.kind is ProviderKind.MACHINERY_SERVICE
    assert provider.provinces == ("02", "13")
    assert provider.offers(Service.NO_TILL_PLANTING)
    assert not provider.offers(Service.COVER_CROP_SEED)
    assert provider.offers(None)  # a practice that needs no service


def test_provider_needs_a_name() -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        Provider(name=" ", kind=ProviderKind.COOPERATIVE).validated()


def test_provider_with_a_wrong_province_code_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Provider(name="Seeds Co", kind="cover_crop_seed_company", provinces=("123",)).validated()
    assert info.value.field == "province_code"


# --- season plans ---------------------------------------------------------------------------


def test_plan_total_cost_adds_practices_to_the_plan() -> None:
    plan = PlotSeasonPlan(
        plot_id=1, season_id=1, cost=50_000.0,
        practices=[
            PlannedPractice(practice_id=1, provider_id=3, cost=200_000.0),
            PlannedPractice(practice_id=2, details=cover_crop_details(), cost=120_000.0),
            PlannedPractice(practice_id=4),
        ],
    ).validated()
    assert plan.total_cost == pytest.approx(370_000.0)


def test_plan_done_without_a_done_date_takes_the_planned_date() -> None:
    plan = PlotSeasonPlan(
        plot_id=1, season_id=1, status="done", planned_date=date(2024, 5, 2)
    ).validated()
    assert plan.status is PlanStatus.DONE
    assert plan.done_date == date(2024, 5, 2)


def test_same_practice_twice_in_a_plan_is_refused() -> None:
    plan = PlotSeasonPlan(
        plot_id=1, season_id=1,
        practices=[PlannedPractice(practice_id=1), PlannedPractice(practice_id=1)],
    )
    with pytest.raises(ValidationError, match="twice"):
        plan.validated()


def test_negative_practice_cost_is_refused() -> None:
    plan = PlotSeasonPlan(
        plot_id=1, season_id=1, practices=[PlannedPractice(practice_id=1, cost=-1.0)]
    )
    with pytest.raises(ValidationError) as info:
        plan.validated()
    assert info.value.field == "cost"


def test_plan_checks_the_details_of_its_practices() -> None:
    plan = PlotSeasonPlan(
        plot_id=1, season_id=1,
        practices=[PlannedPractice(practice_id=2, details=PracticeDetails(seed_rate_kg_ha=900))],
    )
    with pytest.raises(ValidationError) as info:
        plan.validated()
    assert info.value.field == "seed_rate_kg_ha"


# --- trials ---------------------------------------------------------------------------------


def paired_trial() -> Trial:
    return Trial(
        name=" Ratanak Mondul CA trial 2024 ",
        members=[
            TrialMember(plot_id=1, treatment="CA", block="farm A"),
            TrialMember(plot_id=2, treatment="FP", block="farm A"),
            TrialMember(plot_id=3, treatment="CA", block="farm B"),
            TrialMember(plot_id=4, treatment="FP", block="farm B"),
        ],
    )


def test_paired_trial_with_farms_as_replicates() -> None:
    trial = paired_trial().validated()
    assert trial.name == "Ratanak Mondul CA trial 2024"
    assert trial.design is TrialDesign.PAIRED
    assert trial.treatments() == ["CA", "FP"]
    assert trial.blocks() == ["farm A", "farm B"]


def test_trial_needs_a_name() -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        Trial(name="   ").validated()


def test_a_plot_is_in_a_trial_only_once() -> None:
    trial = paired_trial()
    trial.members.append(TrialMember(plot_id=1, treatment="FP", block="farm C"))
    with pytest.raises(ValidationError, match="only once"):
        trial.validated()


def test_block_design_needs_each_treatment_once_per_block() -> None:
    trial = paired_trial()
    trial.design = "rcbd"
    assert trial.validated().design is TrialDesign.RCBD
    trial.members.append(TrialMember(plot_id=5, treatment="CA", block="farm A"))
    with pytest.raises(ValidationError, match="once in each block"):
        trial.validated()


# --- soil samples ---------------------------------------------------------------------------


def test_soil_sample_with_plausible_values() -> None:
    sample = SoilSample(
        plot_id=1, depth_from_cm=0, depth_to_cm=10,
        values={"soc_pct": 1.2, "ph_water": 6.1, "bulk_density_g_cm3": 1.35},
    )
    assert sample.validated() is sample


def test_soil_value_out_of_range_is_refused_with_the_range() -> None:
    sample = SoilSample(plot_id=1, values={"soc_pct": 20.0})
    with pytest.raises(ValidationError) as info:
        sample.validated()
    message = str(info.value)
    assert info.value.field == "soc_pct"
    assert "Soil organic carbon" in message
    assert "20" in message
    assert "0.05-15" in message
    assert "unit" in message  # tells the officer what to check


def test_soil_value_out_of_range_is_accepted_when_confirmed() -> None:
    sample = SoilSample(plot_id=1, values={"soc_pct": 20.0})
    assert sample.validated(confirmed_out_of_range=True).values == {"soc_pct": 20.0}


def test_ends_of_the_plausible_range_are_accepted() -> None:
    low, high = INDICATORS["ph_water"].plausible
    check_indicator("ph_water", low)
    check_indicator("ph_water", high)
    check_indicator("ph_water", None)
    with pytest.raises(ValidationError, match="3-10"):
        check_indicator("ph_water", 12.5)


def test_bulk_density_in_kg_per_m3_is_caught() -> None:
    # 1350 was typed in kg/m3 where g/cm3 is expected.
    with pytest.raises(ValidationError, match="g/cm³"):
        SoilSample(plot_id=1, values={"bulk_density_g_cm3": 1350.0}).validated()


def test_unknown_soil_indicator_is_refused_even_when_confirmed() -> None:
    with pytest.raises(ValidationError, match="not a known soil indicator"):
        SoilSample(plot_id=1, values={"colour": 3.0}).validated(confirmed_out_of_range=True)


@pytest.mark.parametrize(("top", "bottom"), [(10, 10), (20, 10), (-5, 10)])
def test_soil_depth_range_must_go_down(top: float, bottom: float) -> None:
    with pytest.raises(ValidationError, match="depth range") as info:
        SoilSample(plot_id=1, depth_from_cm=top, depth_to_cm=bottom).validated()
    assert info.value.field == "depth_to_cm"


# --- extension events -----------------------------------------------------------------------


def test_event_attendance_counts_women_and_men() -> None:
    event = ExtensionEvent(
        stage="field_showcase", event_date=date(2024, 9, 12), women=14, men=9
    ).validated()
    assert event.stage is Stage.FIELD_SHOWCASE
    assert event.attendance == 23


def test_negative_attendance_is_refused() -> None:
    event = ExtensionEvent(stage=Stage.ANNUAL_MEETING, event_date=date(2024, 12, 1), men=-1)
    with pytest.raises(ValidationError, match="negative"):
        event.validated()


def test_stages_are_in_the_models_order() -> None:
    assert list(Stage)[0] is Stage.IDENTIFICATION
    assert list(Stage)[-1] is Stage.PROMOTIONAL_MEETING
    assert len(Stage) == 6


def test_kinds_written_by_another_program_sort_and_describe_without_errors() -> None:
    from metkasekor_desktop.domain.practice import Practice
    from metkasekor_desktop.domain.season import Season

    known = Season(name="2024 dry", year=2024, kind="dry")
    odd = Season(name="2024 monsoon", year=2024, kind="Monsoon")
    assert sorted([odd, known], key=lambda s: s.sort_key) == [known, odd]
    assert Practice(key="x", name_en="X", kind="Mulching").detail_fields == ()
