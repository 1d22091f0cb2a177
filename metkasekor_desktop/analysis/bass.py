"""The Bass diffusion model fitted to a series of adopters, and the tipping point.

Rogers' diffusion of innovations puts the tipping point where the innovators (2.5 %) and
early adopters (13.5 %) of the target population have adopted, about 16 %; past it,
uptake is expected to spread by itself. The Bass model describes the cumulative share of
adopters F(t) with an innovation coefficient p and an imitation coefficient q; fitted to
the adopters year by year, with the market potential m set to the target population, it
says when the tipping point is expected, with a confidence band. A fit the data cannot
identify says so instead of giving numbers.

Plain data only; scipy is imported where it is used (DESIGN.md decision 7).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from metkasekor_desktop.domain.messages import msg

NAN = float("nan")
TIPPING_SHARE = 0.16  # innovators (2.5 %) + early adopters (13.5 %), Rogers
# Where the market potential m comes from; a result carries one of them as its label.
TARGET_POPULATION = "target population"  # farm households entered by the officer
REGISTER_FARMERS = "farmers in the register"  # the register's own farmers of the area
P_BOUNDS = (1e-6, 1.0)
Q_BOUNDS = (0.0, 3.0)
MIN_FIT_YEARS = 3  # two parameters need a third year to leave a residual



# --- the Bass model ----------------------------------------------------------------


def bass_share(t: np.ndarray | float, p: float, q: float) -> np.ndarray:
    """F(t) = (1 - exp(-(p+q)t)) / (1 + (q/p) exp(-(p+q)t)): the share of the market
    potential that has adopted ``t`` years after the start."""
    e = np.exp(-(p + q) * np.asarray(t, dtype=float))
    return np.asarray((1.0 - e) / (1.0 + (q / p) * e))


def _bass_gradient(t: np.ndarray, p: float, q: float) -> np.ndarray:
    """dF/dp and dF/dq at each t (columns), written out from F's quotient rule."""
    e = np.exp(-(p + q) * t)
    r = q / p
    denominator = (1.0 + r * e) ** 2
    d_p = (t * e * (1 + r * e) - (1 - e) * (-q * e / p**2 - r * t * e)) / denominator
    d_q = (t * e * (1 + r * e) - (1 - e) * (e / p - r * t * e)) / denominator
    return np.column_stack([d_p, d_q])


@dataclass(frozen=True, slots=True)
class BassPoint:
    """The fitted cumulative adopters of one year, with its 95 % band."""

    year: int
    t: int  # years since ``BassFit.start_year``
    fitted: float
    low: float
    high: float
    observed: bool  # a year of the data (else projected)


@dataclass(frozen=True, slots=True)
class BassFit:
    """p and q of the Bass model fitted with m fixed, or why they could not be.

    ``years`` and ``cumulative`` are the data as given; the fit uses the years from the
    first with an adopter on, with t counted from ``start_year``, the year before it
    (when N is 0). When ``identifiable`` is False, p, q and their errors are NaN,
    ``curve`` is empty and ``reason`` says why in words; ``reason_key`` and
    ``reason_args`` say it as data, for a window to word in the user's language
    ("few_years" with the years and the years needed, "no_market", "no_adopter",
    "above_market" with the adopters and m, "fit_failed", "not_identifiable").
    """

    years: tuple[int, ...]
    cumulative: tuple[int, ...]
    market_potential: float  # m, fixed, not fitted
    market_source: str  # TARGET_POPULATION or REGISTER_FARMERS (or the caller's label)
    identifiable: bool
    reason: str = ""
    start_year: int | None = None
    p: float = NAN  # innovation coefficient, per year
    q: float = NAN  # imitation coefficient, per year
    p_se: float = NAN
    q_se: float = NAN
    pq_covariance: float = NAN  # cov(p, q): with the errors, the band can be rebuilt
    rmse: float = NAN  # of the fitted adopters, farmers
    n_years: int = 0  # years used by the fit
    curve: tuple[BassPoint, ...] = ()  # fitted and projected years, t = 0 first
    reason_key: str = ""
    reason_args: tuple[float, ...] = ()

    def share(self, t: float) -> float:
        """F(t) of the fitted model (NaN when it was not fitted)."""
        if not self.identifiable:
            return NAN
        return float(bass_share(t, self.p, self.q))

    def point(self, year: int) -> BassPoint | None:
        return next((c for c in self.curve if c.year == year), None)


def fit_bass(years: Sequence[int], cumulative: Sequence[float], market_potential: float,
             market_source: str = TARGET_POPULATION, projection_years: int = 10,
             confidence: float = 0.95) -> BassFit:
    """Fit p and q of N(t) = m F(t) to cumulative adopters by least squares.

    m is fixed (the target population, or the register's farmers when the officer has
    entered none, labelled by ``market_source``): with a handful of years, m, p and q
    together are not identifiable. t is in years from the year before the first with
    adopters (N(0) = 0). ``scipy.optimize.curve_fit`` with p in (1e-6, 1), q in (0, 3);
    standard errors from its covariance; the band of N(t) by the delta method (the
    gradient of N in p and q written out), with Student's t on n - 2 degrees of freedom
    since so few years are fitted, clipped to [0, m]. ``curve`` runs from t = 0 to
    ``projection_years`` beyond the last year. Never raises on data: fewer than 3
    years, a covariance that is singular or infinite, adopters above m or a failed fit
    give ``identifiable`` False and a ``reason``.
    """
    years_t = tuple(int(y) for y in years)
    cum_t = tuple(int(round(c)) for c in cumulative)
    if len(years_t) != len(cum_t):
        raise ValueError(msg("years and cumulative adopters differ in length"))
    m = float(market_potential)

    def refuse(key: str, reason: str, start: int | None = None,
               args: tuple[float, ...] = ()) -> BassFit:
        return BassFit(years_t, cum_t, m, market_source, False, reason, start,
                       reason_key=key, reason_args=args)

    if not m > 0:
        return refuse("no_market",
                      msg("No market potential: enter the target population of the area."))
    pairs = sorted(zip(years_t, cumulative, strict=True))
    started = [y for y, c in pairs if c > 0]
    if not started:
        return refuse("no_adopter",
                      msg("No farmer has adopted yet: too few seasons to say."))
    start = started[0] - 1
    t = np.array([y - start for y, _ in pairs if y > start], dtype=float)
    n = np.array([c for y, c in pairs if y > start], dtype=float)
    if len(t) < MIN_FIT_YEARS:
        return refuse("few_years", msg(
            "Too few seasons to say: {years} year(s) with adoption; the model needs at "
            "least {needed}.", years=len(t), needed=MIN_FIT_YEARS), start,
                      (len(t), MIN_FIT_YEARS))
    if n.max() > m:
        return refuse("above_market", msg(
            "More farmers adopted ({adopters}) than the market potential ({market:g}) "
            "allows: enter the target population.", adopters=int(n.max()), market=m),
                      start, (int(n.max()), m))

    from scipy import optimize, stats

    def model(tt: np.ndarray, p: float, q: float) -> np.ndarray:
        return m * bass_share(tt, p, q)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # OptimizeWarning, overflow: checked below
            params, cov = optimize.curve_fit(
                model, t, n, p0=(0.03, 0.38),
                bounds=((P_BOUNDS[0], Q_BOUNDS[0]), (P_BOUNDS[1], Q_BOUNDS[1])))
    except (RuntimeError, ValueError, FloatingPointError) as error:
        return refuse("fit_failed", msg(
            "The model could not be fitted ({error}): too few seasons to say.",
            error=str(error)), start)
    p, q = float(params[0]), float(params[1])
    jacobian = m * _bass_gradient(t, p, q)
    if (not np.all(np.isfinite(cov)) or not np.all(np.isfinite(jacobian))
            or np.linalg.matrix_rank(jacobian) < 2 or np.any(np.diag(cov) < 0)):
        return refuse("not_identifiable", msg(
            "The years do not tell p and q apart (singular covariance): too few seasons "
            "to say."), start)
    dof = len(t) - 2
    residuals = n - model(t, p, q)
    quantile = float(stats.t.ppf(0.5 + confidence / 2, dof))
    last_t = int(t.max()) + max(int(projection_years), 0)
    every_t = np.arange(0, last_t + 1, dtype=float)
    fitted = model(every_t, p, q)
    gradient = m * _bass_gradient(every_t, p, q)
    se = np.sqrt(np.maximum(np.einsum("ij,jk,ik->i", gradient, cov, gradient), 0.0))
    observed = {int(x) for x in t}
    curve = tuple(
        BassPoint(year=start + k, t=k, fitted=float(fitted[k]),
                  low=float(np.clip(fitted[k] - quantile * se[k], 0.0, m)),
                  high=float(np.clip(fitted[k] + quantile * se[k], 0.0, m)),
                  observed=k in observed)
        for k in range(len(every_t)))
    return BassFit(years_t, cum_t, m, market_source, True, "", start, p, q,
                   float(math.sqrt(cov[0, 0])), float(math.sqrt(cov[1, 1])),
                   float(cov[0, 1]),
                   float(np.sqrt(np.mean(residuals**2))), len(t), curve)


@dataclass(frozen=True, slots=True)
class TippingPoint:
    """When the share of adopters passes the threshold: by the model and in the data."""

    threshold: float
    year: int | None  # first year the fitted N(t)/m reaches it (fitted or projected)
    observed_year: int | None  # first year of the data whose adopters reach it
    reason: str = ""  # why ``year`` is None

    @property
    def passed(self) -> bool:
        """The data already show the threshold passed."""
        return self.observed_year is not None


def tipping_point(fit: BassFit, threshold: float = TIPPING_SHARE,
                  horizon_years: int = 30) -> TippingPoint:
    """The first whole year t (1 to ``horizon_years`` after the start) whose fitted
    N(t)/m reaches ``threshold``, and the first year of the data that does.

    The threshold is a setting: 16 % (innovators and early adopters) by default. The
    year is None when the fit is not identifiable or the share stays below the
    threshold within the horizon (a small q may take decades, which is no forecast).
    """
    m = fit.market_potential
    observed = next((y for y, c in sorted(zip(fit.years, fit.cumulative, strict=True))
                     if m > 0 and c / m >= threshold), None)
    if not fit.identifiable or fit.start_year is None:
        return TippingPoint(threshold, None, observed, fit.reason)
    shares = bass_share(np.arange(1, horizon_years + 1, dtype=float), fit.p, fit.q)
    reached = np.flatnonzero(shares >= threshold)
    if not len(reached):
        return TippingPoint(threshold, None, observed,
                            msg("The model stays below {threshold:.0%} for {years} years.",
                                threshold=threshold, years=horizon_years))
    return TippingPoint(threshold, fit.start_year + int(reached[0]) + 1, observed)

