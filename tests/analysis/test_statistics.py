"""Trial statistics reproduce published textbook results, not only themselves."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from metkasekor_desktop.analysis.statistics import (
    StatisticsError,
    paired_difference,
    rcbd_anova,
    response_ratio,
    trend,
)
from metkasekor_desktop.domain.errors import DomainError

# Student (1908) / Cushny & Peebles (1905): extra hours of sleep, R's `sleep` data set.
SLEEP_DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

# R's `cars` data set (Ezekiel 1930): speed (mph) and stopping distance (ft).
CARS_SPEED = [4, 4, 7, 7, 8, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14,
              14, 14, 15, 15, 15, 16, 16, 17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 20, 20, 20,
              20, 20, 22, 23, 24, 24, 24, 24, 25]
CARS_DIST = [2, 10, 4, 22, 16, 10, 18, 26, 34, 17, 28, 14, 20, 24, 28, 26, 34, 34, 46, 26,
             36, 60, 80, 20, 26, 54, 32, 40, 32, 40, 50, 42, 56, 76, 84, 36, 46, 68, 32, 48,
             52, 56, 64, 66, 54, 70, 92, 93, 120, 85]

# Montgomery, Design and Analysis of Experiments, Example 4.1 (vascular graft): percent
# of good grafts by extrusion pressure (treatment, psi) and batch of resin (block).
GRAFT = {
    "8500": [90.3, 89.2, 98.2, 93.9, 87.4, 97.9],
    "8700": [92.5, 89.5, 90.6, 94.7, 87.0, 95.8],
    "8900": [85.5, 90.8, 89.6, 86.2, 88.0, 93.4],
    "9100": [82.5, 89.5, 85.6, 87.4, 78.9, 90.7],
}


def _graft_long() -> tuple[list[float], list[str], list[str]]:
    values, treatments, blocks = [], [], []
    for pressure, row in GRAFT.items():
        for batch, value in enumerate(row, start=1):
            values.append(value)
            treatments.append(pressure)
            blocks.append(f"batch {batch}")
    return values, treatments, blocks


def test_paired_t_reproduces_student_sleep_data():
    """R: t.test(extra ~ group, data = sleep, paired = TRUE) prints t = -4.0621, df = 9,
    p-value = 0.002833, mean difference -1.58, 95% CI -2.4598858 to -0.7001142."""
    r = paired_difference(SLEEP_DRUG_1, SLEEP_DRUG_2)
    assert r.n == 10 and r.df == 9
    assert r.t == pytest.approx(-4.0621, abs=5e-5)
    assert r.p_value == pytest.approx(0.002833, abs=5e-7)
    assert r.mean_difference == pytest.approx(-1.58)
    assert r.ci_low == pytest.approx(-2.4598858, abs=5e-8)
    assert r.ci_high == pytest.approx(-0.7001142, abs=5e-8)
    assert r.reason == ""


def test_paired_t_agrees_with_scipy_ttest_rel():
    """Cross-check against scipy's own paired test on the same data."""
    expected = stats.ttest_rel(SLEEP_DRUG_1, SLEEP_DRUG_2)
    r = paired_difference(SLEEP_DRUG_1, SLEEP_DRUG_2)
    assert r.t == pytest.approx(expected.statistic)
    assert r.p_value == pytest.approx(expected.pvalue)


def test_a_pair_with_a_missing_value_is_dropped():
    r = paired_difference([*SLEEP_DRUG_1, None, 5.0], [*SLEEP_DRUG_2, 2.0, float("nan")])
    assert r.n == 10
    assert r.t == pytest.approx(-4.0621, abs=5e-5)


def test_fewer_than_two_pairs_give_nan_and_a_reason():
    r = paired_difference([5.0, None], [4.0, 3.0])
    assert r.n == 1 and r.mean_difference == pytest.approx(1.0)
    assert math.isnan(r.p_value) and math.isnan(r.ci_low)
    assert "at least 2" in r.reason


def test_rcbd_anova_reproduces_montgomery_vascular_graft_table():
    """Montgomery, Design and Analysis of Experiments, Example 4.1, Table 4.4:
    treatments SS 178.17, df 3, MS 59.39, F0 8.11, P 0.0019; blocks SS 192.25, df 5,
    MS 38.45; error SS 109.89, df 15, MS 7.33; total SS 480.31."""
    a = rcbd_anova(*_graft_long())
    trt, blk, err = a.row("treatment"), a.row("block"), a.row("residual")
    assert (trt.df, blk.df, err.df) == (3, 5, 15)
    assert trt.ss == pytest.approx(178.17, abs=0.005)
    assert blk.ss == pytest.approx(192.25, abs=0.005)
    assert err.ss == pytest.approx(109.89, abs=0.005)
    assert trt.ss + blk.ss + err.ss == pytest.approx(480.31, abs=0.005)
    assert trt.ms == pytest.approx(59.39, abs=0.005)
    assert blk.ms == pytest.approx(38.45, abs=0.005)
    assert err.ms == pytest.approx(7.33, abs=0.005)
    assert trt.f == pytest.approx(8.11, abs=0.005)
    assert trt.p_value == pytest.approx(0.0019, abs=5e-5)
    assert a.treatment_means["8500"] == pytest.approx(92.8167, abs=5e-5)
    # LSD 5 % = t(0.975, 15) * sqrt(2 MSE / b), t table value 2.131.
    assert a.lsd_5pct == pytest.approx(2.131 * math.sqrt(2 * err.ms / 6), abs=1e-3)


def test_rcbd_anova_agrees_with_a_least_squares_fit():
    """Independent check: residual SS of a dummy-variable regression on treatment and
    block equals the ANOVA's error SS, and dropping treatment adds the treatment SS."""
    values, treatments, blocks = _graft_long()
    y = np.array(values)
    t_names, b_names = sorted(set(treatments)), sorted(set(blocks))
    one = np.ones((len(y), 1))
    t_cols = np.array([[t == n for n in t_names[1:]] for t in treatments], dtype=float)
    b_cols = np.array([[b == n for n in b_names[1:]] for b in blocks], dtype=float)

    def rss(x: np.ndarray) -> float:
        beta, *_ = np.linalg.lstsq(x, y, rcond=None)
        return float(((y - x @ beta) ** 2).sum())

    full = rss(np.hstack([one, t_cols, b_cols]))
    a = rcbd_anova(values, treatments, blocks)
    assert a.row("residual").ss == pytest.approx(full)
    assert a.row("treatment").ss == pytest.approx(rss(np.hstack([one, b_cols])) - full)


def test_unbalanced_block_design_is_refused_with_the_missing_cell():
    values, treatments, blocks = _graft_long()
    with pytest.raises(StatisticsError, match="unbalanced.*9100 in block batch 6"):
        rcbd_anova(values[:-1], treatments[:-1], blocks[:-1])
    assert issubclass(StatisticsError, DomainError)


def test_a_treatment_twice_in_a_block_is_refused():
    with pytest.raises(StatisticsError, match="twice in block"):
        rcbd_anova([1, 2, 3, 4, 5], ["A", "B", "A", "B", "A"], ["1", "1", "2", "2", "2"])


def test_trend_reproduces_r_cars_regression():
    """R: fit <- lm(dist ~ speed, cars); coef: intercept -17.579095, slope 3.932409;
    confint: 3.096964 to 4.767853; summary: Pr(>|t|) of speed 1.49e-12."""
    r = trend(CARS_SPEED, CARS_DIST)
    assert r.n == 50
    assert r.slope_per_year == pytest.approx(3.932409, abs=5e-7)
    assert r.intercept == pytest.approx(-17.579095, abs=5e-7)
    assert r.ci_low == pytest.approx(3.096964, abs=5e-7)
    assert r.ci_high == pytest.approx(4.767853, abs=5e-7)
    assert r.p_value == pytest.approx(1.49e-12, rel=5e-3)
    check = stats.linregress(CARS_SPEED, CARS_DIST)
    assert r.p_value == pytest.approx(check.pvalue)


def test_trend_of_too_few_years_has_a_reason():
    r = trend([2022, 2023], [1.0, 1.2])
    assert r.n == 2 and math.isnan(r.slope_per_year) and "at least 3" in r.reason


def test_response_ratio_follows_hedges_delta_method():
    """Hedges, Gurevitch & Curtis 1999: ln RR = ln(Xe/Xc), v = Se^2/(ne Xe^2) +
    Sc^2/(nc Xc^2); here means 3 and 2, variances 2 and 2, n 2 and 2, worked by hand:
    v = 2/18 + 2/8 = 0.3611111, CI exp(0.4054651 -+ 1.959964 * 0.6009252)."""
    r = response_ratio([2.0, 4.0], [1.0, 3.0])
    assert r.ratio == pytest.approx(1.5)
    assert r.ln_rr == pytest.approx(0.4054651, abs=1e-7)
    assert r.ln_rr_variance == pytest.approx(0.3611111, abs=1e-7)
    assert r.ci_low == pytest.approx(math.exp(0.4054651 - 1.959964 * 0.6009252), rel=1e-6)
    assert r.ci_high == pytest.approx(math.exp(0.4054651 + 1.959964 * 0.6009252), rel=1e-6)
    assert r.ci_low == pytest.approx(0.46193, abs=5e-5)


def test_response_ratio_needs_positive_means():
    r = response_ratio([-1.0, -2.0], [1.0, 2.0])
    assert math.isnan(r.ln_rr) and "positive" in r.reason
