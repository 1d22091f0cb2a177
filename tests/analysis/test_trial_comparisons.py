"""Trial comparisons on a small hand-built trial whose figures were worked by hand."""

from __future__ import annotations

import math

import pytest

from metkasekor_desktop.analysis.trial_comparisons import (
    CSV_FIELDS,
    compare_trial,
    csv_record,
    trends,
)
from metkasekor_desktop.domain.enums import SeasonKind, TrialDesign, YieldMethod
from metkasekor_desktop.domain.messages import as_message
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import SoilSample
from metkasekor_desktop.domain.trial import Trial, TrialMember
from metkasekor_desktop.domain.yields import YieldRecord

S23 = Season(id=1, name="2023 early wet", year=2023, kind=SeasonKind.EARLY_WET)
S24 = Season(id=2, name="2024 early wet", year=2024, kind=SeasonKind.EARLY_WET)
# plot ids: site A: CA 1, FP 2; site B: CA 3, FP 4; site C: CA 5, FP 6
PLOTS = {("A", "CA"): 1, ("A", "FP"): 2, ("B", "CA"): 3, ("B", "FP"): 4,
         ("C", "CA"): 5, ("C", "FP"): 6}
TRIAL = Trial(id=1, name="Three farms", design=TrialDesign.PAIRED, season_ids=(1, 2),
              members=[TrialMember(plot_id=pid, treatment=t, block=site)
                       for (site, t), pid in PLOTS.items()])


def _maize(pid: int, season: Season, t_ha: float) -> YieldRecord:
    # 10 m2 sample at 14 % moisture (maize standard): kg of the sample = t/ha
    return YieldRecord(plot_id=pid, season_id=season.id, crop="maize",
                       method=YieldMethod.SAMPLE, sample_area_m2=10.0,
                       fresh_weight_kg=t_ha, moisture_pct=14.0)


def _soc(pid: int, season: Season, soc: float, top: float = 0, bottom: float = 10) -> SoilSample:
    return SoilSample(plot_id=pid, season_id=season.id, depth_from_cm=top,
                      depth_to_cm=bottom, values={"soc_pct": soc})


YIELDS = [
    _maize(1, S23, 5.0), _maize(2, S23, 4.0), _maize(3, S23, 6.0), _maize(4, S23, 5.5),
    _maize(5, S23, 7.0), _maize(6, S23, 5.0),
    # 2024: no control harvest on farm C, so only 2 pairs
    _maize(1, S24, 6.0), _maize(2, S24, 5.0), _maize(3, S24, 7.0), _maize(4, S24, 5.5),
    _maize(5, S24, 8.0),
]
SAMPLES = [
    _soc(1, S23, 1.0), _soc(1, S23, 1.2), _soc(3, S23, 1.3), _soc(5, S23, 1.5),
    _soc(2, S23, 1.0), _soc(4, S23, 1.1), _soc(6, S23, 1.2),
    _soc(1, S23, 9.0, 10, 20),  # a deeper layer, left out of the 0-10 cm figures
    _soc(1, S24, 1.3), _soc(3, S24, 1.5), _soc(5, S24, 1.7),
    _soc(2, S24, 1.0), _soc(4, S24, 1.1), _soc(6, S24, 1.2),
]


def _row(rows, season: str, measure: str):
    return next(r for r in rows if r.season == season and r.measure == measure)


def test_yield_difference_of_three_farms_worked_by_hand():
    """Differences 1.0, 0.5, 2.0 t/ha: mean 7/6, sd sqrt(7/12), t = sqrt(7), df 2,
    two-sided p = 1 - t / sqrt(t^2 + 2) = 1 - sqrt(7)/3 (the t(2) distribution),
    CI 7/6 -+ 4.302653 * sqrt(7/36); ratio of means 6 / (29/6)."""
    rows = compare_trial(TRIAL, [S24, S23], SAMPLES, YIELDS, plot_areas={})
    r = _row(rows, "2023 early wet", "Yield maize")
    assert (r.trial, r.unit, r.n_pairs) == ("Three farms", "t/ha", 3)
    assert r.mean_demo == pytest.approx(6.0) and r.mean_control == pytest.approx(29 / 6)
    assert r.mean_difference == pytest.approx(7 / 6)
    assert r.p_value == pytest.approx(1 - math.sqrt(7) / 3, abs=1e-9)
    half = 4.302653 * math.sqrt(7 / 36)
    assert r.ci_low == pytest.approx(7 / 6 - half, abs=1e-6)
    assert r.ci_high == pytest.approx(7 / 6 + half, abs=1e-6)
    assert r.response_ratio == pytest.approx(36 / 29)
    assert [x.season for x in rows][0] == "2023 early wet"  # calendar order


def test_a_farm_without_its_control_drops_out_of_the_pairs():
    rows = compare_trial(TRIAL, [S23, S24], SAMPLES, YIELDS, plot_areas={})
    r = _row(rows, "2024 early wet", "Yield maize")
    assert r.n_pairs == 2
    assert r.mean_difference == pytest.approx(1.25)  # (1.0 + 1.5) / 2


def test_soil_uses_plot_means_at_the_top_depth():
    """SOC of CA plot A is the mean of its two 0-10 cm samples (1.1); the 10-20 cm sample
    is left out. Differences 0.1, 0.2, 0.3: mean 0.2, t = 0.2 / (0.1/sqrt 3) = sqrt(12),
    p = 1 - sqrt(12)/sqrt(14)."""
    rows = compare_trial(TRIAL, [S23, S24], SAMPLES, YIELDS, plot_areas={})
    r = _row(rows, "2023 early wet", "Soil organic carbon (0-10 cm)")
    assert r.unit == "%" and r.n_pairs == 3
    assert r.mean_demo == pytest.approx(1.3)
    assert r.mean_difference == pytest.approx(0.2)
    assert r.p_value == pytest.approx(1 - math.sqrt(12 / 14), abs=1e-9)


def test_whole_plot_harvest_uses_the_plot_area():
    record = YieldRecord(plot_id=2, season_id=1, crop="maize", method=YieldMethod.WHOLE_PLOT,
                         fresh_weight_kg=2000.0, moisture_pct=14.0)
    yields = [y for y in YIELDS if not (y.plot_id == 2 and y.season_id == 1)] + [record]
    rows = compare_trial(TRIAL, [S23], SAMPLES, yields, plot_areas={2: 0.5})
    r = _row(rows, "2023 early wet", "Yield maize")
    assert r.mean_control == pytest.approx((4.0 + 5.5 + 5.0) / 3)  # 2 t on 0.5 ha
    missing_area = compare_trial(TRIAL, [S23], SAMPLES, yields, plot_areas={})
    r = _row(missing_area, "2023 early wet", "Yield maize")
    assert r.n_pairs == 2 and "1 yield record" in r.note


def test_rcbd_trial_gets_its_block_anova():
    """CA 6 7 8, FP 4 5 6, X 5 6 4 in blocks 1-3: SS treatment 8, block 2, error 4 (df 4),
    F = 4, p = (1 + 2*4/4)^-2 = 1/9 (F with 2 and 4 df); LSD = t(0.975, 4) sqrt(2/3)."""
    grid = {"CA": [6, 7, 8], "FP": [4, 5, 6], "X": [5, 6, 4]}
    members, yields = [], []
    for t, values in grid.items():
        for b, v in enumerate(values, start=1):
            pid = len(members) + 1
            members.append(TrialMember(plot_id=pid, treatment=t, block=str(b)))
            yields.append(_maize(pid, S23, float(v)))
    trial = Trial(id=2, name="Station", design=TrialDesign.RCBD, season_ids=(1,),
                  members=members)
    (r,) = compare_trial(trial, [S23], [], yields, plot_areas={})
    a = r.anova
    assert a is not None and r.n_pairs == 3
    assert [x.ss for x in a.rows] == pytest.approx([8.0, 2.0, 4.0])
    assert a.row("treatment").f == pytest.approx(4.0)
    assert r.p_value == pytest.approx(1 / 9)
    assert a.lsd_5pct == pytest.approx(2.776445 * math.sqrt(2 / 3), abs=1e-6)
    assert r.mean_difference == pytest.approx(2.0)
    assert r.ci_low == pytest.approx(2.0 - a.lsd_5pct)


def test_soil_trend_per_treatment_worked_by_hand():
    """CA SOC 1.1 1.3 1.5 in 2023 and 1.3 1.5 1.7 in 2024: slope 0.2 per year, residual
    variance 0.16/4, Sxx 1.5, CI 0.2 -+ 2.776445 * sqrt(0.04/1.5). FP is flat."""
    rows = {r.treatment: r for r in trends(TRIAL, [S23, S24], SAMPLES)
            if r.measure.startswith("Soil organic carbon")}
    ca, fp = rows["CA"], rows["FP"]
    assert (ca.n, ca.seasons) == (6, 2)
    assert ca.slope_per_year == pytest.approx(0.2)
    half = 2.776445 * math.sqrt(0.04 / 1.5)
    assert ca.ci_low == pytest.approx(0.2 - half, abs=1e-6)
    assert fp.slope_per_year == pytest.approx(0.0, abs=1e-12)


def test_report_and_csv_show_the_difference():
    rows = compare_trial(TRIAL, [S23, S24], SAMPLES, YIELDS, plot_areas={})
    from metkasekor_desktop.app.stats_report import stats_report

    text = stats_report(rows, trends(TRIAL, [S23, S24], SAMPLES))
    assert "Trial: Three farms" in text and "1.167" in text and "Trend per year" in text
    record = csv_record(_row(rows, "2023 early wet", "Yield maize"))
    assert len(record) == len(CSV_FIELDS)
    assert float(record[CSV_FIELDS.index("mean_difference")]) == pytest.approx(7 / 6, rel=1e-5)


def test_every_sampled_depth_gets_its_own_rows_worked_by_hand():
    """0-10 cm as above; 10-20 cm CA 0.9 1.0 1.4, FP 0.8 0.8 0.8: differences 0.1 0.2 0.6,
    mean 0.3, sd^2 = 0.14/2, t = 0.3 / sqrt(0.07/3), p = 1 - t / sqrt(t^2 + 2) (t with 2 df),
    ratio 1.1 / 0.8."""
    deep = [_soc(pid, S23, v, 10, 20) for pid, v in ((1, 0.9), (3, 1.0), (5, 1.4),
                                                     (2, 0.8), (4, 0.8), (6, 0.8))]
    samples = [s for s in SAMPLES if s.depth_from_cm == 0] + deep
    rows = compare_trial(TRIAL, [S23], samples, YIELDS, plot_areas={})
    top = _row(rows, "2023 early wet", "Soil organic carbon (0-10 cm)")
    sub = _row(rows, "2023 early wet", "Soil organic carbon (10-20 cm)")
    assert top.mean_difference == pytest.approx(0.2) and top.depth == (0, 10)
    assert (sub.kind, sub.key, sub.depth, sub.unit, sub.n_pairs) == ("soil", "soc_pct",
                                                                      (10, 20), "%", 3)
    assert sub.mean_demo == pytest.approx(1.1) and sub.mean_control == pytest.approx(0.8)
    assert sub.mean_difference == pytest.approx(0.3)
    t = 0.3 / math.sqrt(0.07 / 3)
    assert sub.p_value == pytest.approx(1 - t / math.sqrt(t * t + 2), abs=1e-9)
    assert sub.response_ratio == pytest.approx(1.1 / 0.8)
    names = [r.measure for r in rows if r.kind == "soil"]
    assert names.index("Soil organic carbon (0-10 cm)") < names.index(
        "Soil organic carbon (10-20 cm)")


def test_labour_and_gross_margin_are_paired_ca_minus_fp():
    """Labour CA 20 22 18, FP 30 35 33 person-days: differences -10 -13 -15, mean -38/3.
    Gross margin at 1,000 riel/kg, costs 1.5 M inputs + 0.3 M (CA) or 0.5 M (FP) services:
    CA 5 6 7 t/ha -> 3.2 4.2 5.2 M; FP 4 5.5 5 t/ha -> 2.0 3.5 3.0 M riel/ha;
    differences 1.2 0.7 2.2 M, mean 4.1/3 M riel/ha."""
    labour = {1: 20, 2: 30, 3: 22, 4: 35, 5: 18, 6: 33}
    yields = []
    for y in YIELDS:
        if y.season_id != S23.id:
            continue
        ca = y.plot_id % 2 == 1
        yields.append(YieldRecord(
            plot_id=y.plot_id, season_id=y.season_id, crop="maize", method=YieldMethod.SAMPLE,
            sample_area_m2=10.0, fresh_weight_kg=y.fresh_weight_kg, moisture_pct=14.0,
            labour_days=labour[y.plot_id], price_per_kg=1000.0, input_cost=1.5e6,
            service_cost=3e5 if ca else 5e5))
    rows = compare_trial(TRIAL, [S23], [], yields, plot_areas={})
    assert [r.measure for r in rows] == ["Yield maize", "Labour maize", "Gross margin maize"]
    work = _row(rows, "2023 early wet", "Labour maize")
    assert (work.kind, work.unit, work.n_pairs) == ("labour", "person-days", 3)
    assert work.mean_demo == pytest.approx(20.0) and work.mean_control == pytest.approx(98 / 3)
    assert work.mean_difference == pytest.approx(-38 / 3)
    money = _row(rows, "2023 early wet", "Gross margin maize")
    assert (money.kind, money.unit) == ("margin", "riel/ha")
    assert money.mean_demo == pytest.approx(4.2e6) and money.mean_control == pytest.approx(
        8.5e6 / 3)
    assert money.mean_difference == pytest.approx(4.1e6 / 3)
    assert money.response_ratio == pytest.approx(4.2e6 / (8.5e6 / 3))


def test_the_note_of_a_row_is_a_message_said_in_the_users_language():
    record = YieldRecord(plot_id=2, season_id=1, crop="maize", method=YieldMethod.WHOLE_PLOT,
                         fresh_weight_kg=2000.0, moisture_pct=14.0)
    yields = [y for y in YIELDS if not (y.plot_id == 2 and y.season_id == 1)] + [record]
    r = _row(compare_trial(TRIAL, [S23], SAMPLES, yields, plot_areas={}),
             "2023 early wet", "Yield maize")
    assert r.note == "1 yield record(s) left out: no t/ha could be computed"
    words = {"{count} yield record(s) left out: no t/ha could be computed":
             "{count} ត្រូវបានទុកចោល"}
    assert as_message(r.note).said(lambda t: words.get(t, t)) == "1 ត្រូវបានទុកចោល"
