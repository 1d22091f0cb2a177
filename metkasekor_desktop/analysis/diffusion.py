"""How CA spreads: cumulative adopters, the Bass model, the tipping point, distance bands.

The programme asks two questions of its adoption figures. Is uptake on the way to
spreading by itself? Rogers' diffusion of innovations puts the tipping point where the
innovators (2.5 %) and early adopters (13.5 %) of the target population have adopted,
about 16 %; the Bass model, fitted to the cumulative adopters year by year, says when
that is expected. And do the demonstration plots spread it to their neighbours? Then
farmer fields near a demonstration plot adopt more often than those far away.

Adoption follows :mod:`analysis.adoption` (a farmer field whose plan for the season
lists a CA practice and is done). The diffusion counts *farmers*, not plots: a farmer
adopts once, in the first season any of their farmer fields of the area adopted, and
stays counted from then on (Bass and Rogers count people who have tried the
innovation, not those who go on with it every season). Farmer fields with no farmer
recorded are not farmers and are left out of the counts.

Plain data only; scipy is imported where it is used (DESIGN.md decision 7).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from metkasekor_desktop.analysis.adoption import farmer_fields, is_adoption
from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season

NAN = float("nan")
TIPPING_SHARE = 0.16  # innovators (2.5 %) + early adopters (13.5 %), Rogers
LEVELS = {"all": 0, "province": 2, "district": 4, "commune": 6}
# Where the market potential m comes from; a result carries one of them as its label.
TARGET_POPULATION = "target population"  # farm households entered by the officer
REGISTER_FARMERS = "farmers in the register"  # the register's own farmers of the area
P_BOUNDS = (1e-6, 1.0)
Q_BOUNDS = (0.0, 3.0)
MIN_FIT_YEARS = 3  # two parameters need a third year to leave a residual
Cell = str | int | float | None


# --- cumulative adopters ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeasonUptake:
    """Farmers of one area in one season: adopting then, new then, adopted so far."""

    area: str
    season_id: int
    year: int
    kind: str
    adopters: int  # farmers with a farmer field adopting in this season
    new: int  # of them, farmers adopting for the first time
    cumulative: int  # farmers who adopted in this season or any earlier one


@dataclass(frozen=True, slots=True)
class YearUptake:
    """The same for a year: its seasons merged (a farmer adopting in both wet seasons
    counts once); the dry season belongs to the year it starts in (``Season.year``)."""

    area: str
    year: int
    adopters: int
    new: int
    cumulative: int


@dataclass(frozen=True, slots=True)
class AreaUptake:
    """The cumulative adoption of one area, season by season and year by year."""

    area: str  # village code prefix ("" for every plot at the level "all")
    level: str  # "all", "province", "district" or "commune"
    farmers: int  # farmers with a farmer field of the area in the register
    seasons: tuple[SeasonUptake, ...]  # in calendar order (Season.sort_key)
    years: tuple[YearUptake, ...]  # in order
    last_observed_year: int | None  # the latest year with a done plan anywhere

    def observed_years(self) -> tuple[list[int], list[int]]:
        """Years and cumulative adopters up to the last year whose adoption is known:
        later years have no done plan yet, and their flat line would drag a fit down."""
        rows = [y for y in self.years
                if self.last_observed_year is not None and y.year <= self.last_observed_year]
        return [y.year for y in rows], [y.cumulative for y in rows]


def cumulative_adopters(plots: Iterable[PlotInfo], plans: Iterable[PlotSeasonPlan],
                        practices: Sequence[Practice], seasons: Iterable[Season],
                        level: str = "district") -> list[AreaUptake]:
    """Cumulative and new adopting farmers per area and season, and per year.

    ``level`` groups plots by the first digits of their village code: "province" (2),
    "district" (4), "commune" (6), or "all" (every plot in one area ""). Plots without a
    village code belong to no area below "all" and are left out there. Every area with a
    farmer field gets a row for every season in ``seasons`` (flat where nothing
    happened, so a chart has no gaps); plans of seasons not in ``seasons`` cannot be
    placed in time and are ignored. Areas are in code order.
    """
    if level not in LEVELS:
        raise ValueError(f"the level is one of {', '.join(LEVELS)}, not {level!r}")
    digits = LEVELS[level]
    ordered = sorted(seasons, key=lambda s: (s.sort_key, s.id or 0))
    season_by_id = {s.id: s for s in ordered if s.id is not None}
    order = {sid: n for n, sid in enumerate(season_by_id)}
    in_order = list(season_by_id.values())
    years = sorted({s.year for s in ordered})
    fields = farmer_fields(plots)
    ca_ids = {p.id for p in practices if p.is_ca}
    plans = [p for p in plans if p.season_id in season_by_id]
    done_years = [season_by_id[p.season_id].year for p in plans
                  if p.status == PlanStatus.DONE]
    last_observed = max(done_years, default=None)

    def area_of(plot: PlotInfo) -> str | None:
        if digits == 0:
            return ""
        code = str(plot.village_code or "")
        return code[:digits] if len(code) >= digits else None

    farmers: dict[str, set[int]] = {}
    for plot in fields.values():
        area = area_of(plot)
        if area is not None and plot.farmer_id is not None:
            farmers.setdefault(area, set()).add(plot.farmer_id)
    # (area, season id) -> farmers adopting then
    adopting: dict[tuple[str, int], set[int]] = {}
    for plan in plans:
        field = fields.get(plan.plot_id)
        if field is None or field.farmer_id is None or not is_adoption(plan, ca_ids):
            continue
        area = area_of(field)
        if area is not None:
            adopting.setdefault((area, plan.season_id), set()).add(field.farmer_id)

    out = []
    for area in sorted(farmers):
        first_season: dict[int, int] = {}  # farmer -> index of the first season adopting
        for sid in season_by_id:
            for farmer in adopting.get((area, sid), ()):
                first_season.setdefault(farmer, order[sid])
        season_rows = []
        for sid, season in season_by_id.items():
            now = adopting.get((area, sid), set())
            season_rows.append(SeasonUptake(
                area=area, season_id=sid, year=season.year, kind=str(season.kind),
                adopters=len(now),
                new=sum(1 for f in now if first_season[f] == order[sid]),
                cumulative=sum(1 for n in first_season.values() if n <= order[sid])))
        first_year = {f: in_order[n].year for f, n in first_season.items()}
        year_rows = []
        for year in years:
            now = set().union(*(adopting.get((area, sid), set())
                                for sid, s in season_by_id.items() if s.year == year))
            year_rows.append(YearUptake(
                area=area, year=year, adopters=len(now),
                new=sum(1 for y in first_year.values() if y == year),
                cumulative=sum(1 for y in first_year.values() if y <= year)))
        out.append(AreaUptake(area=area, level=level, farmers=len(farmers[area]),
                              seasons=tuple(season_rows), years=tuple(year_rows),
                              last_observed_year=last_observed))
    return out


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
    ``curve`` is empty and ``reason`` says why in words.
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
        raise ValueError("years and cumulative adopters differ in length")
    m = float(market_potential)

    def refuse(reason: str, start: int | None = None) -> BassFit:
        return BassFit(years_t, cum_t, m, market_source, False, reason, start)

    if not m > 0:
        return refuse("No market potential: enter the target population of the area.")
    pairs = sorted(zip(years_t, cumulative, strict=True))
    started = [y for y, c in pairs if c > 0]
    if not started:
        return refuse("No farmer has adopted yet: too few seasons to say.")
    start = started[0] - 1
    t = np.array([y - start for y, _ in pairs if y > start], dtype=float)
    n = np.array([c for y, c in pairs if y > start], dtype=float)
    if len(t) < MIN_FIT_YEARS:
        return refuse(f"Too few seasons to say: {len(t)} year(s) with adoption; the "
                      f"model needs at least {MIN_FIT_YEARS}.", start)
    if n.max() > m:
        return refuse(f"More farmers adopted ({int(n.max())}) than the market potential "
                      f"({m:g}) allows: enter the target population.", start)

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
        return refuse(f"The model could not be fitted ({error}): too few seasons to say.",
                      start)
    p, q = float(params[0]), float(params[1])
    jacobian = m * _bass_gradient(t, p, q)
    if (not np.all(np.isfinite(cov)) or not np.all(np.isfinite(jacobian))
            or np.linalg.matrix_rank(jacobian) < 2 or np.any(np.diag(cov) < 0)):
        return refuse("The years do not tell p and q apart (singular covariance): too "
                      "few seasons to say.", start)
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
                            f"The model stays below {threshold:.0%} for {horizon_years} "
                            "years.")
    return TippingPoint(threshold, fit.start_year + int(reached[0]) + 1, observed)


# --- the diffusion of each area, and its rows for CSV -------------------------------


@dataclass(frozen=True, slots=True)
class AreaDiffusion:
    """One area's cumulative adopters, the Bass fit and the tipping point."""

    uptake: AreaUptake
    fit: BassFit
    tipping: TippingPoint


def area_diffusion(uptake: AreaUptake, target_population: float | None = None,
                   threshold: float = TIPPING_SHARE, projection_years: int = 10
                   ) -> AreaDiffusion:
    """The Bass fit and tipping point of an area on the years observed so far.

    m is ``target_population`` (the farm households of the area, entered by the
    officer); without one, the register's own farmers of the area, labelled so: the
    register is usually far smaller than the population, so its shares are higher and
    its tipping point earlier than the real ones.
    """
    if target_population is not None and target_population > 0:
        m, source = float(target_population), TARGET_POPULATION
    else:
        m, source = float(uptake.farmers), REGISTER_FARMERS
    years, cumulative = uptake.observed_years()
    fit = fit_bass(years, cumulative, m, source, projection_years)
    return AreaDiffusion(uptake, fit, tipping_point(fit, threshold))


def diffusion(plots: Iterable[PlotInfo], plans: Iterable[PlotSeasonPlan],
              practices: Sequence[Practice], seasons: Iterable[Season],
              targets: Mapping[str, float] | None = None, level: str = "district",
              threshold: float = TIPPING_SHARE, projection_years: int = 10
              ) -> list[AreaDiffusion]:
    """:func:`area_diffusion` of every area of ``level``; ``targets`` maps an area code
    to its target population (areas missing from it use the register's farmers)."""
    targets = targets or {}
    return [area_diffusion(u, targets.get(u.area), threshold, projection_years)
            for u in cumulative_adopters(plots, plans, practices, seasons, level)]


DIFFUSION_HEADERS = ["area", "year", "cumulative adopters", "new adopters", "target (m)",
                     "target source", "share", "fitted N", "band low", "band high",
                     "tipping-point year", "tipping point passed"]


def diffusion_rows(results: Iterable[AreaDiffusion]) -> tuple[list[str], list[list[Cell]]]:
    """Header and rows for a CSV of the diffusion per area and year.

    Each area has the years of its data (observed values filled) and then the projected
    years of its fit (observed values empty); fitted N and its band are empty where the
    model could not be fitted, the tipping-point year where there is none. The share is
    cumulative adopters / m.
    """
    rows: list[list[Cell]] = []
    for result in results:
        fit, tip = result.fit, result.tipping
        m = fit.market_potential
        observed = {y.year: y for y in result.uptake.years
                    if result.uptake.last_observed_year is not None
                    and y.year <= result.uptake.last_observed_year}
        years = sorted(set(observed) | {c.year for c in fit.curve if c.t > 0})
        for year in years:
            data = observed.get(year)
            point = fit.point(year)
            rows.append([
                result.uptake.area, year,
                None if data is None else data.cumulative,
                None if data is None else data.new,
                m, fit.market_source,
                None if data is None or not m > 0 else data.cumulative / m,
                None if point is None else point.fitted,
                None if point is None else point.low,
                None if point is None else point.high,
                tip.year, tip.passed])
    return list(DIFFUSION_HEADERS), rows


# --- adoption by distance from the nearest demonstration plot -----------------------

# WGS 84 ellipsoid
_A = 6_378_137.0
_E2 = 6.694379990141317e-3


class PlotCentres(NamedTuple):
    """Plot centres in WGS 84: ids and longitudes and latitudes in degrees, aligned."""

    ids: Sequence[int] | np.ndarray
    lon: Sequence[float] | np.ndarray
    lat: Sequence[float] | np.ndarray


def metres_per_degree(latitude: float) -> tuple[float, float]:
    """Metres per degree of longitude and of latitude on the WGS 84 ellipsoid at a
    latitude (radii of curvature of the prime vertical and of the meridian)."""
    phi = math.radians(latitude)
    w = math.sqrt(1.0 - _E2 * math.sin(phi) ** 2)
    n_radius = _A / w
    m_radius = _A * (1.0 - _E2) / w**3
    return math.radians(1.0) * n_radius * math.cos(phi), math.radians(1.0) * m_radius


def nearest_distances_m(lon: np.ndarray, lat: np.ndarray, to_lon: np.ndarray,
                        to_lat: np.ndarray) -> np.ndarray:
    """Metres from each point to the nearest of the ``to`` points.

    An equirectangular approximation on the WGS 84 ellipsoid at the mean latitude of all
    the points: metres per degree of longitude and latitude taken there, then plane
    distances found with a k-d tree (scipy). Within a district (a few tens of km) it is
    within 0.1 % of the geodesic; across Cambodia's 10-15 degrees N about 1 %.
    """
    from scipy.spatial import cKDTree

    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    to_lon, to_lat = np.asarray(to_lon, dtype=float), np.asarray(to_lat, dtype=float)
    if not len(lon):
        return np.zeros(0)
    if not len(to_lon):
        return np.full(len(lon), np.inf)
    kx, ky = metres_per_degree(float(np.concatenate([lat, to_lat]).mean()))
    lon0 = float(to_lon.mean())
    tree = cKDTree(np.column_stack([(to_lon - lon0) * kx, to_lat * ky]))
    distances, _ = tree.query(np.column_stack([(lon - lon0) * kx, lat * ky]), k=1)
    return np.asarray(distances, dtype=float)


@dataclass(frozen=True, slots=True)
class BandShare:
    """The farmer fields of one distance band in one season, and the share adopting."""

    season_id: int
    year: int
    kind: str
    low_km: float
    high_km: float | None  # None: the open band beyond the last limit
    fields: int  # farmer fields in the band
    adopters: int  # of them, fields adopting in the season
    share: float | None  # adopters / fields; None when the band has no field

    @property
    def label(self) -> str:
        if self.high_km is None:
            return f"over {self.low_km:g} km"
        return f"{self.low_km:g}-{self.high_km:g} km"


@dataclass(frozen=True, slots=True)
class DistanceBands:
    """Adoption by distance from the nearest demonstration plot, season by season."""

    bands_km: tuple[float, ...]  # the limits; bands are (low, high], the first from 0
    rows: tuple[BandShare, ...]  # seasons in calendar order, bands nearest first
    demonstrations: int  # demonstration plots with a centre
    unplaced: int  # farmer fields without a centre, in no band
    reason: str = ""  # why there are no rows


def distance_bands(plots: Iterable[PlotInfo], plans: Iterable[PlotSeasonPlan],
                   practices: Sequence[Practice], seasons: Iterable[Season],
                   plot_centres: PlotCentres | Mapping[int, tuple[float, float]],
                   bands_km: Sequence[float] = (1, 3, 5), area: str | None = None
                   ) -> DistanceBands:
    """The share of farmer fields adopting in each season, by distance band from the
    nearest demonstration plot of any season (and any area: a demonstration plot over
    the district border is still a neighbour).

    ``plot_centres`` gives each plot's centre as longitude and latitude (WGS 84). Bands
    are 0-1, 1-3, 3-5 and over 5 km by default, each including its upper limit. The
    share of a band is its farmer fields adopting that season over all its farmer
    fields, whether they had a plan then or not. Distances: :func:`nearest_distances_m`.
    ``area`` keeps the farmer fields of a village code prefix.
    """
    limits = tuple(float(b) for b in bands_km)
    if any(b <= 0 for b in limits) or any(b >= c for b, c in zip(limits, limits[1:],
                                                                  strict=False)):
        raise ValueError("distance bands are positive and increasing, e.g. (1, 3, 5)")
    centre = _centres(plot_centres)
    plots = list(plots)
    fields = farmer_fields(plots, area)
    demos = [centre[p.id] for p in plots if p.role == PlotRole.DEMONSTRATION
             and p.id in centre]
    placed = sorted(i for i in fields if i in centre)
    unplaced = len(fields) - len(placed)
    if not demos:
        return DistanceBands(limits, (), 0, unplaced,
                             "No demonstration plot has a location on the map.")
    metres = nearest_distances_m(np.array([centre[i][0] for i in placed]),
                                 np.array([centre[i][1] for i in placed]),
                                 np.array([d[0] for d in demos]),
                                 np.array([d[1] for d in demos]))
    band = np.searchsorted(np.array(limits) * 1000.0, metres, side="left")
    band_of = dict(zip(placed, band.tolist(), strict=True))
    fields_in = np.bincount(band, minlength=len(limits) + 1)
    ca_ids = {p.id for p in practices if p.is_ca}
    adopting: dict[int, set[int]] = {}
    for plan in plans:
        if plan.plot_id in band_of and is_adoption(plan, ca_ids):
            adopting.setdefault(plan.season_id, set()).add(plan.plot_id)
    lows = (0.0, *limits)
    highs: tuple[float | None, ...] = (*limits, None)
    rows = []
    for season in sorted(seasons, key=lambda s: (s.sort_key, s.id or 0)):
        if season.id is None:
            continue
        counts = np.bincount([band_of[i] for i in adopting.get(season.id, ())],
                             minlength=len(limits) + 1)
        for k in range(len(limits) + 1):
            total, adopted = int(fields_in[k]), int(counts[k])
            rows.append(BandShare(season.id, season.year, str(season.kind), lows[k],
                                  highs[k], total, adopted,
                                  adopted / total if total else None))
    return DistanceBands(limits, tuple(rows), len(demos), unplaced)


def _centres(plot_centres: PlotCentres | Mapping[int, tuple[float, float]]
             ) -> dict[int, tuple[float, float]]:
    """Plot id -> (lon, lat), without centres that are missing or not finite."""
    pairs: Iterable[tuple[int, tuple[float, float]]]
    if isinstance(plot_centres, PlotCentres):
        pairs = zip(plot_centres.ids, zip(plot_centres.lon, plot_centres.lat, strict=True),
                    strict=True)
    else:
        pairs = plot_centres.items()
    return {int(i): (float(x), float(y)) for i, (x, y) in pairs
            if x is not None and y is not None and math.isfinite(x) and math.isfinite(y)}

