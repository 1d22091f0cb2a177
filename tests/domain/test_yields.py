"""Yields in t/ha at the crop's standard moisture, and gross margins per hectare."""

from __future__ import annotations

import pytest

from metkasekor_desktop.domain.crops import CROPS, crop
from metkasekor_desktop.domain.enums import YieldMethod
from metkasekor_desktop.domain.errors import DomainError, ValidationError
from metkasekor_desktop.domain.yields import (
    YieldRecord,
    gross_margin_per_ha,
    implausible_yield,
    moisture_factor,
    sample_yield_t_ha,
    whole_plot_yield_t_ha,
)

# 2.5 kg of maize grain at 25 % moisture from 10 m2, brought to 14 % moisture:
# dry matter 2.5 * 0.75 kg = 1.875 kg; at 14 % that is 1.875 / 0.86 kg on 10 m2,
# i.e. (1.875 / 0.86) / 10 kg/m2 = that * 10 t/ha.
MAIZE_SAMPLE_T_HA = 2.5 * (75 / 86) / 10 * 10


def test_maize_sample_at_25_percent_moisture() -> None:
    assert sample_yield_t_ha(2.5, 10.0, 25.0, 14.0) == pytest.approx(MAIZE_SAMPLE_T_HA)
    assert MAIZE_SAMPLE_T_HA == pytest.approx(2.1802, abs=1e-4)


def test_maize_record_uses_the_crops_standard_moisture() -> None:
    record = YieldRecord(
        plot_id=1, season_id=1, crop="maize", sample_area_m2=10.0,
        fresh_weight_kg=2.5, moisture_pct=25.0,
    )
    assert record.yield_t_ha() == pytest.approx(MAIZE_SAMPLE_T_HA)


def test_soybean_standard_is_13_percent() -> None:
    record = YieldRecord(
        plot_id=1, season_id=1, crop="soybean", sample_area_m2=5.0,
        fresh_weight_kg=1.0, moisture_pct=18.0,
    )
    assert record.yield_t_ha() == pytest.approx(1.0 * (82 / 87) / 5.0 * 10)


def test_grain_at_standard_moisture_is_not_changed() -> None:
    assert moisture_factor(14.0, 14.0) == 1.0
    assert sample_yield_t_ha(3.0, 10.0, 14.0, 14.0) == pytest.approx(3.0)


def test_drier_grain_weighs_more_at_standard_moisture() -> None:
    assert moisture_factor(10.0, 14.0) == pytest.approx(90 / 86)
    assert moisture_factor(10.0, 14.0) > 1.0


def test_unknown_moisture_leaves_the_weight_as_harvested() -> None:
    assert sample_yield_t_ha(2.5, 10.0, None, 14.0) == pytest.approx(2.5)


def test_cassava_has_no_standard_moisture_and_is_reported_as_harvested() -> None:
    assert crop("cassava").standard_moisture_pct is None
    record = YieldRecord(
        plot_id=1, season_id=1, crop="cassava", sample_area_m2=10.0,
        fresh_weight_kg=25.0, moisture_pct=60.0,
    )
    assert record.yield_t_ha() == pytest.approx(25.0)  # 2.5 kg/m2 = 25 t/ha


def test_whole_plot_harvest_divided_by_plot_area() -> None:
    # 1800 kg at 20 % moisture from half a hectare: 1800 * 80/86 kg / 0.5 ha.
    expected = 1800 * (80 / 86) / 1000 / 0.5
    assert whole_plot_yield_t_ha(1800.0, 0.5, 20.0, 14.0) == pytest.approx(expected)
    record = YieldRecord(
        plot_id=1, season_id=1, crop="maize", method=YieldMethod.WHOLE_PLOT,
        fresh_weight_kg=1800.0, moisture_pct=20.0,
    )
    assert record.yield_t_ha(plot_area_ha=0.5) == pytest.approx(expected)


def test_whole_plot_method_stored_as_text() -> None:
    record = YieldRecord(
        plot_id=1, season_id=1, crop="rice", method="whole_plot", fresh_weight_kg=3000.0
    )
    assert record.validated(plot_area_ha=1.0).method is YieldMethod.WHOLE_PLOT
    assert record.yield_t_ha(plot_area_ha=1.0) == pytest.approx(3.0)


def test_whole_plot_yield_needs_the_plot_area() -> None:
    record = YieldRecord(
        plot_id=1, season_id=1, crop="maize", method=YieldMethod.WHOLE_PLOT,
        fresh_weight_kg=1800.0,
    )
    with pytest.raises(ValidationError, match="draw its boundary") as info:
        record.validated()
    assert info.value.field == "plot_area_ha"


@pytest.mark.parametrize("area", [0.0, -4.0, None])
def test_sample_area_must_be_more_than_zero(area: float | None) -> None:
    with pytest.raises(ValidationError, match="more than 0") as info:
        sample_yield_t_ha(2.5, area, 25.0, 14.0)  # type: ignore[arg-type]
    assert info.value.field == "sample_area_m2"


def test_record_without_sample_area_is_refused() -> None:
    record = YieldRecord(plot_id=1, season_id=1, crop="maize", fresh_weight_kg=2.5)
    with pytest.raises(ValidationError) as info:
        record.validated()
    assert info.value.field == "sample_area_m2"


def test_negative_weight_is_refused() -> None:
    with pytest.raises(ValidationError, match="negative"):
        sample_yield_t_ha(-1.0, 10.0, 14.0, 14.0)
    with pytest.raises(ValidationError, match="negative"):
        whole_plot_yield_t_ha(-1.0, 1.0, 14.0, 14.0)


@pytest.mark.parametrize("moisture", [100.0, 120.0, -1.0])
def test_impossible_moisture_is_refused(moisture: float) -> None:
    with pytest.raises(ValidationError, match="0-100") as info:
        sample_yield_t_ha(2.5, 10.0, moisture, 14.0)
    assert info.value.field == "moisture_pct"


def test_unknown_crop_is_refused_with_a_message_for_the_user() -> None:
    record = YieldRecord(
        plot_id=1, season_id=1, crop="durian", sample_area_m2=10.0, fresh_weight_kg=2.5
    )
    with pytest.raises(DomainError, match="durian") as info:
        record.validated()
    assert isinstance(info.value, ValidationError)
    assert info.value.field == "crop"
    assert "maize" in str(info.value)  # names the known crops


def test_every_crop_has_khmer_and_english_names() -> None:
    for c in CROPS.values():
        assert c.name_en and c.name_kh


# --- economics ------------------------------------------------------------------------------


def test_gross_margin_per_hectare() -> None:
    # 2 t/ha at 1,000 riel/kg = 2,000,000 riel/ha; minus 500,000 riel/ha of costs.
    assert gross_margin_per_ha(2.0, 1000.0, 500_000.0) == pytest.approx(1_500_000.0)


def test_gross_margin_of_a_record_counts_input_and_service_costs() -> None:
    record = YieldRecord(
        plot_id=1, season_id=1, crop="maize", sample_area_m2=10.0, fresh_weight_kg=2.0,
        moisture_pct=14.0, price_per_kg=1000.0, input_cost=300_000.0, service_cost=200_000.0,
    )
    assert record.yield_t_ha() == pytest.approx(2.0)
    assert record.gross_margin_per_ha() == pytest.approx(1_500_000.0)


def test_gross_margin_can_be_a_loss() -> None:
    assert gross_margin_per_ha(0.5, 1000.0, 800_000.0) == pytest.approx(-300_000.0)


def test_no_price_no_gross_margin() -> None:
    record = YieldRecord(
        plot_id=1, season_id=1, crop="maize", sample_area_m2=10.0, fresh_weight_kg=2.0
    )
    assert record.gross_margin_per_ha() is None


# --- plausibility -------------------------------------------------------------------------


def test_every_field_crop_has_a_plausible_top() -> None:
    tops = {key: c.max_plausible_t_ha for key, c in CROPS.items()}
    assert all(top is not None and top > 0 for top in tops.values())
    assert tops["maize"] == pytest.approx(12.0)
    assert tops["cassava"] == pytest.approx(50.0), "fresh roots weigh far more than grain"
    assert tops["soybean"] == pytest.approx(4.5)
    assert tops["mung_bean"] < tops["soybean"] < tops["maize"] < tops["cassava"]


def test_52_tonnes_of_maize_is_hard_to_believe_but_possible() -> None:
    record = YieldRecord(plot_id=1, season_id=1, crop="maize", sample_area_m2=10.0,
                         fresh_weight_kg=52.0, moisture_pct=14.0)
    assert record.yield_t_ha() == pytest.approx(52.0)
    problem = record.plausibility_problem()
    assert problem is not None and "52.0 t/ha" in problem and "12 t/ha" in problem
    assert record.validated() is record, "a warning, not a rule: it may be stored"
    assert implausible_yield("maize", 6.5) is None
    assert implausible_yield("cassava", 35.0) is None
    assert implausible_yield("soybean", 5.0) is not None


def test_an_incomplete_record_has_no_plausibility_problem() -> None:
    record = YieldRecord(plot_id=1, season_id=1, crop="maize", fresh_weight_kg=52.0)
    assert record.plausibility_problem() is None  # no sample area: refused elsewhere
