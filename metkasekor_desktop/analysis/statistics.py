"""Small, exact statistics for on-farm trials: paired t, RCBD ANOVA, trends, ratios.

The formulas are written out (numpy for sums, scipy only for the t, F and normal
distributions) so each result can be checked by hand against a textbook. A result that
cannot be computed (too few pairs, no spread) carries NaNs and a ``reason`` in words
instead of raising: a report still prints its other rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg

NAN = float("nan")


class StatisticsError(DomainError):
    """Data that no test can be run on (e.g. an unbalanced block design)."""


@dataclass(frozen=True, slots=True)
class PairedResult:
    """Mean of the differences a - b over complete pairs, its CI and paired t-test."""

    n: int
    mean_difference: float
    ci_low: float
    ci_high: float
    t: float
    df: int
    p_value: float
    reason: str = ""  # why a figure is NaN, "" when all were computed


@dataclass(frozen=True, slots=True)
class AnovaRow:
    source: str  # "treatment", "block" or "residual"
    ss: float
    df: int
    ms: float
    f: float  # NaN for the residual row
    p_value: float  # NaN for the residual row


@dataclass(frozen=True, slots=True)
class AnovaResult:
    """Two-way ANOVA of a randomised complete block design, without interaction."""

    rows: tuple[AnovaRow, AnovaRow, AnovaRow]
    treatment_means: dict[str, float]
    grand_mean: float
    lsd_5pct: float  # least significant difference of two treatment means at 5 %
    cv_pct: float  # coefficient of variation, 100 * sqrt(MSE) / grand mean

    def row(self, source: str) -> AnovaRow:
        return next(r for r in self.rows if r.source == source)


@dataclass(frozen=True, slots=True)
class TrendResult:
    """Ordinary least squares slope per year with its confidence interval."""

    slope_per_year: float
    ci_low: float
    ci_high: float
    p_value: float
    n: int
    intercept: float = NAN
    reason: str = ""


@dataclass(frozen=True, slots=True)
class RatioResult:
    """Response ratio demo/control: ratio of means and ln RR with its delta-method CI."""

    ratio: float  # mean(demo) / mean(control)
    ln_rr: float
    ln_rr_variance: float
    ci_low: float  # of the ratio, exp of the ln RR bounds
    ci_high: float
    n_demo: int
    n_control: int
    reason: str = ""


def _clean(values: Sequence[float | None]) -> np.ndarray:
    return np.array([NAN if v is None else float(v) for v in values], dtype=float)


def _t_quantile(p: float, df: float) -> float:
    from scipy import stats

    return float(stats.t.ppf(p, df))


def _t_two_sided_p(t: float, df: float) -> float:
    from scipy import stats

    return float(2.0 * stats.t.sf(abs(t), df))


def paired_difference(
    a: Sequence[float | None], b: Sequence[float | None], confidence: float = 0.95
) -> PairedResult:
    """Paired t-test of a - b; a pair with a missing (None or NaN) value is dropped."""
    if len(a) != len(b):
        raise StatisticsError(msg("Paired values need equal lengths, not {first} and {second}.",
                                  first=len(a), second=len(b)))
    x, y = _clean(a), _clean(b)
    keep = ~(np.isnan(x) | np.isnan(y))
    d = x[keep] - y[keep]
    n = int(d.size)
    if n < 2:
        mean = float(d.mean()) if n else NAN
        return PairedResult(n, mean, NAN, NAN, NAN, max(n - 1, 0), NAN,
                            reason=msg("{pairs} complete pair(s); a test needs at least 2.",
                                       pairs=n))
    mean = float(d.mean())
    sd = float(d.std(ddof=1))
    df = n - 1
    se = sd / math.sqrt(n)
    if se == 0.0:
        return PairedResult(n, mean, mean, mean, NAN, df, NAN,
                            reason=msg("All differences are equal; no spread to test."))
    half = _t_quantile(0.5 + confidence / 2.0, df) * se
    t = mean / se
    return PairedResult(n, mean, mean - half, mean + half, t, df, _t_two_sided_p(t, df))


def rcbd_anova(
    values: Sequence[float], treatments: Sequence[str], blocks: Sequence[str]
) -> AnovaResult:
    """ANOVA of a complete block design: one value for each treatment in each block."""
    from scipy import stats

    if not len(values) == len(treatments) == len(blocks):
        raise StatisticsError(
            msg("Values, treatments and blocks must have the same length."))
    trts = sorted({str(t) for t in treatments})
    blks = sorted({str(b) for b in blocks})
    if len(trts) < 2 or len(blks) < 2:
        raise StatisticsError(msg(
            "A block ANOVA needs at least 2 treatments and 2 blocks; got {treatments} "
            "treatment(s) and {blocks} block(s).", treatments=len(trts), blocks=len(blks)))
    grid = np.full((len(trts), len(blks)), NAN)
    for v, trt, blk in zip(values, treatments, blocks, strict=True):
        i, j = trts.index(str(trt)), blks.index(str(blk))
        if not math.isnan(grid[i, j]):
            raise StatisticsError(msg(
                "Treatment {treatment} appears twice in block {block}; a complete block "
                "design has one value per treatment and block. Average the samples first.",
                treatment=trt, block=blk))
        grid[i, j] = NAN if v is None else float(v)
    missing = [msg("{treatment} in block {block}", treatment=trts[i], block=blks[j])
               for i, j in np.argwhere(np.isnan(grid))]
    if len(missing) > 5:
        raise StatisticsError(msg(
            "The block design is unbalanced: no value for {missing} and more. Enter the "
            "missing values or leave out the incomplete blocks.", missing=missing[:5]))
    if missing:
        raise StatisticsError(msg(
            "The block design is unbalanced: no value for {missing}. Enter the missing "
            "values or leave out the incomplete blocks.", missing=missing))
    t, b = grid.shape
    grand = float(grid.mean())
    ss_total = float(((grid - grand) ** 2).sum())
    ss_trt = b * float(((grid.mean(axis=1) - grand) ** 2).sum())
    ss_blk = t * float(((grid.mean(axis=0) - grand) ** 2).sum())
    ss_err = max(ss_total - ss_trt - ss_blk, 0.0)
    df_trt, df_blk = t - 1, b - 1
    df_err = df_trt * df_blk
    ms_trt, ms_blk, ms_err = ss_trt / df_trt, ss_blk / df_blk, ss_err / df_err

    def f_and_p(ms: float, df: int) -> tuple[float, float]:
        if ms_err == 0.0:
            return NAN, NAN
        f = ms / ms_err
        return f, float(stats.f.sf(f, df, df_err))

    f_trt, p_trt = f_and_p(ms_trt, df_trt)
    f_blk, p_blk = f_and_p(ms_blk, df_blk)
    lsd = _t_quantile(0.975, df_err) * math.sqrt(2.0 * ms_err / b)
    return AnovaResult(
        rows=(
            AnovaRow("treatment", ss_trt, df_trt, ms_trt, f_trt, p_trt),
            AnovaRow("block", ss_blk, df_blk, ms_blk, f_blk, p_blk),
            AnovaRow("residual", ss_err, df_err, ms_err, NAN, NAN),
        ),
        treatment_means={name: float(m) for name, m in zip(trts, grid.mean(axis=1), strict=True)},
        grand_mean=grand,
        lsd_5pct=lsd,
        cv_pct=100.0 * math.sqrt(ms_err) / grand if grand else NAN,
    )


def trend(
    years: Sequence[float], values: Sequence[float | None], confidence: float = 0.95
) -> TrendResult:
    """OLS slope of values on years (per year) with its t-based confidence interval."""
    x, y = _clean(years), _clean(values)
    keep = ~(np.isnan(x) | np.isnan(y))
    x, y = x[keep], y[keep]
    n = int(x.size)
    if n < 3 or np.ptp(x) == 0:
        why = (msg("{values} value(s); a trend with a confidence interval needs at least 3.",
                   values=n)
               if n < 3 else msg("All values are from the same year."))
        return TrendResult(NAN, NAN, NAN, NAN, n, reason=why)
    sxx = float(((x - x.mean()) ** 2).sum())
    slope = float(((x - x.mean()) * (y - y.mean())).sum()) / sxx
    intercept = float(y.mean() - slope * x.mean())
    residuals = y - (intercept + slope * x)
    df = n - 2
    se = math.sqrt(float((residuals**2).sum()) / df / sxx)
    if se == 0.0:
        return TrendResult(slope, slope, slope, NAN, n, intercept,
                           reason=msg("The values lie exactly on a line; no spread to test."))
    half = _t_quantile(0.5 + confidence / 2.0, df) * se
    p = _t_two_sided_p(slope / se, df)
    return TrendResult(slope, slope - half, slope + half, p, n, intercept)


def response_ratio(
    demo: Sequence[float | None], control: Sequence[float | None], confidence: float = 0.95
) -> RatioResult:
    """Response ratio after Hedges, Gurevitch & Curtis (1999, Ecology 80:1150-1156).

    ln RR = ln(mean_demo / mean_control), variance by the delta method
    s_d^2 / (n_d mean_d^2) + s_c^2 / (n_c mean_c^2); the CI is ln RR +- z * sqrt(var),
    given back on the ratio scale.
    """
    from scipy import stats

    d, c = _clean(demo), _clean(control)
    d, c = d[~np.isnan(d)], c[~np.isnan(c)]
    nd, nc = int(d.size), int(c.size)
    if nd < 2 or nc < 2:
        ratio = float(d.mean() / c.mean()) if nd and nc and c.mean() else NAN
        return RatioResult(ratio, NAN, NAN, NAN, NAN, nd, nc,
                           reason=msg("A ratio's confidence interval needs 2 values in each "
                                      "group."))
    md, mc = float(d.mean()), float(c.mean())
    if md <= 0 or mc <= 0:
        return RatioResult(md / mc if mc else NAN, NAN, NAN, NAN, NAN, nd, nc,
                           reason=msg("A response ratio needs positive means."))
    ln_rr = math.log(md / mc)
    var = float(d.var(ddof=1)) / (nd * md**2) + float(c.var(ddof=1)) / (nc * mc**2)
    half = float(stats.norm.ppf(0.5 + confidence / 2.0)) * math.sqrt(var)
    return RatioResult(md / mc, ln_rr, var, math.exp(ln_rr - half), math.exp(ln_rr + half),
                       nd, nc)
