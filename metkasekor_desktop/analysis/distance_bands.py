"""Adoption by distance from the nearest demonstration plot, season by season.

Demonstration plots are there so that their neighbours try CA: if they work, farmer
fields near one adopt more often than those far away. The share of farmer fields
adopting is given per distance band (0-1, 1-3, 3-5, over 5 km by default).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from metkasekor_desktop.analysis.adoption import farmer_fields, is_adoption
from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season

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
            return msg("over {low:g} km", low=self.low_km)
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
        raise ValueError(msg("distance bands are positive and increasing, e.g. (1, 3, 5)"))
    centre = _centres(plot_centres)
    plots = list(plots)
    fields = farmer_fields(plots, area)
    demos = [centre[p.id] for p in plots if p.role == PlotRole.DEMONSTRATION
             and p.id in centre]
    placed = sorted(i for i in fields if i in centre)
    unplaced = len(fields) - len(placed)
    if not demos:
        return DistanceBands(limits, (), 0, unplaced,
                             msg("No demonstration plot has a location on the map."))
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


