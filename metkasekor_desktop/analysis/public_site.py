"""The figures of the public website, as privacy-safe plain data (site.json, schema 1).

``metkasekor-desktop site`` and File > Publish website write a static website from a
project or register; :func:`public_site` makes its data, every part of it from the
module that owns the figure's definition, so the site says what the commands say:

- ``adoption``: :func:`analysis.adoption_report.adoption_report` by district and by
  commune, one row per area and published season (farmer fields with a CA practice
  done: farmers, women, men, plots, hectares, the target population, its share).
- ``diffusion``: :func:`analysis.diffusion.diffusion` of provinces and districts: the
  cumulative adopting farmers of each year observed, the Bass fit (p, q, m), its curve
  and the tipping point.
- ``market``: :func:`analysis.market.market` by district, the years of the published
  seasons: providers that delivered, services delivered, hectares served (each plot
  once a season), farmers served.
- ``providers``: every provider of the register (businesses: their contacts are
  public), its services and the districts it delivered in in the published seasons.
- ``trials``: :func:`analysis.trial_comparisons.compare_trial`, CA minus FP per trial,
  published season and measure.
- ``demo_sites``: each demonstration plot with a plan (done or planned) in a published
  season, as its centre rounded to 3 decimals (about 100 m), with those seasons.
- ``cells``: every plot (any role) with a plan done or planned in a published season,
  counted in a square grid of ``cell_degrees`` by its centre: plots and hectares per
  cell and season. Cancelled plans count nowhere, as in adoption.
- ``areas``: every area named by the rows above and their parents, with the mean of
  the centres of all its plots (3 decimals; 2, about 1 km, for an area of fewer than
  ``min_count`` plots).

The privacy rules are :mod:`.public_privacy`'s; no farmer's name, phone or id is read.
The site is "as of" its latest published season: records of later seasons are not
used, and ``published`` is the date of the latest record used, never today's date.

Words: analysis has places' names in Khmer and English (the gazetteer) but words its
own texts in English only. Seasons' names, measures, services and notes get
``{"en": ..., "km": None}`` (the stored season name, the English measure, the service
key, the message's English) unless ``words`` (:class:`SiteWords`, given by the caller in
``layers``) words them; the caller fills the ``"km"`` it leaves None.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from metkasekor_desktop.analysis.adoption_report import adoption_report
from metkasekor_desktop.analysis.bass import REGISTER_FARMERS, TIPPING_SHARE
from metkasekor_desktop.analysis.diffusion import AreaDiffusion, diffusion
from metkasekor_desktop.analysis.distance_bands import PlotCentres
from metkasekor_desktop.analysis.market import Market, market
from metkasekor_desktop.analysis.public_privacy import (
    MIN_COUNT,
    protect_adoption,
    protect_cells,
    protect_market,
    protect_uptake,
    public_point,
)
from metkasekor_desktop.analysis.season_report import Register, season_dates
from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow, compare_trial
from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.season import Season

SCHEMA = 1
LEVEL_OF = {2: "province", 4: "district", 6: "commune"}
Json = dict[str, Any]
Words = Callable[[Any, str], str]  # (a value, "en" or "km") -> its words


@dataclass(frozen=True, slots=True)
class SiteWords:
    """How the caller words what analysis has only in English; each takes the value and
    the language ("en" or "km"). Left None, "en" is analysis's English (the season's
    stored name, the measure, the service key, the message) and "km" is None."""

    season: Callable[[Season, str], str] | None = None
    measure: Callable[[ComparisonRow, str], str] | None = None
    service: Callable[[str, str], str] | None = None
    message: Callable[[str, str], str] | None = None  # a Message: a note, the title


def public_site(register: Register, season_ids: Sequence[int], *,
                threshold: float = TIPPING_SHARE, min_count: int = MIN_COUNT,
                cell_degrees: float = 0.05,
                plot_centres: PlotCentres | Mapping[int, tuple[float, float]] | None = None,
                words: SiteWords | None = None) -> Json:
    """The data of the public website for ``season_ids`` (when empty, every season with
    a plan done: those whose adoption is known), as the module docstring says.
    ``plot_centres`` (longitude, latitude in WGS 84 by plot id) place the areas,
    demonstration sites and cells (none without them).
    The same register gives the same dict, every list in a fixed order; it is
    JSON-serialisable (no NaN). ValueError for a season the register does not have."""
    r, words = register, words or SiteWords()
    if not cell_degrees > 0:
        raise ValueError(msg("cells are squares of a positive size, not {size}",
                             size=cell_degrees))
    chosen = _chosen_seasons(r, season_ids)
    latest = _order(chosen[-1]) if chosen else None
    used = [s for s in r.seasons if latest is not None and _order(s) <= latest]
    used_ids = {s.id for s in used}
    plans = [p for p in r.plans if p.season_id in used_ids]
    centres = _centres(plot_centres)
    sold = market(r.plots, plans, r.practices, used, "district")
    site: Json = {
        "schema": SCHEMA,
        "published": _published(r, used).isoformat() if used else None,
        "title": _words(msg("MetKasekor: conservation agriculture in Cambodia"),
                        words.message),
        "threshold": threshold,
        "min_count": min_count,
        "seasons": [{"id": s.id, "year": int(s.year), "kind": str(s.kind),
                     "name": _words(s.name, words.season, s)} for s in chosen],
        "adoption": _adoption(r, chosen, min_count),
        "diffusion": _diffusion(r, plans, used, threshold, min_count, words),
        "market": _market(sold, chosen, min_count),
        "providers": _providers(r, sold, chosen, words),
        "trials": _trials(r, chosen, words),
        "demo_sites": _demo_sites(r, chosen, centres),
        "cells": _cells(r, chosen, centres, cell_degrees, min_count),
    }
    site["areas"] = _areas(r, site, centres, min_count)
    return site


# --- seasons and dates ---------------------------------------------------------------


def _order(season: Season) -> tuple[tuple[int, int], int]:
    return season.sort_key, season.id or 0


def _chosen_seasons(r: Register, season_ids: Sequence[int]) -> list[Season]:
    by_id = {s.id: s for s in r.seasons}
    for sid in season_ids:
        if sid not in by_id:
            raise ValueError(msg("no season with id {season_id}", season_id=sid))
    wanted = set(season_ids) or {p.season_id for p in r.plans
                                 if p.status == PlanStatus.DONE}
    return sorted((s for s in r.seasons if s.id in wanted), key=_order)


def _published(r: Register, used: Sequence[Season]) -> date:
    """The date of the latest record used: per season with records, its latest plan
    (done or planned), harvest or soil sample date up to the season's end, else its
    end; the latest season's end when no season has a record."""
    dated: dict[int | None, list[date | None]] = {}
    for p in r.plans:
        dated.setdefault(p.season_id, []).extend((p.done_date, p.planned_date))
    for y in r.yields:
        dated.setdefault(y.season_id, []).append(y.harvest_date)
    for s in r.samples:
        dated.setdefault(s.season_id, []).append(s.sample_date)
    found: list[date] = []
    for season in used:
        if season.id not in dated:
            continue
        end = season_dates(season)[1]
        days = [d for d in dated[season.id] if isinstance(d, date) and d <= end]
        found.append(max(days) if days else end)
    return max(found) if found else season_dates(max(used, key=_order))[1]


# --- the parts -----------------------------------------------------------------------


def _adoption(r: Register, chosen: Sequence[Season], min_count: int) -> list[Json]:
    """District and commune rows of each season, as ``adoption --by district`` (and
    ``commune``) gives them, suppressed."""
    rows: list[Json] = []
    for season in chosen:
        assert season.id is not None
        mine = []
        for by in ("district", "commune"):
            report = adoption_report(r.plots, r.plans, r.farmers, r.practices, r.seasons,
                                     season.id, by, "en", r.targets)
            for values in report.rows:
                cell = dict(zip(report.headers, values, strict=True))
                mine.append({
                    "season": season.id, "area": str(cell["Code"]),
                    "farmers": cell["Farmers"], "suppressed": False,
                    "women": cell["Women"], "men": cell["Men"], "plots": cell["Plots"],
                    "hectares": cell["Hectares"], "target": cell["Target households"],
                    "share": cell["Share of target"],
                    "target_source": cell["Target source"]})
        rows += sorted(mine, key=lambda row: row["area"])
    return protect_adoption(rows, min_count)


def _diffusion(r: Register, plans: Sequence[PlotSeasonPlan], used: Sequence[Season],
               threshold: float, min_count: int, words: SiteWords) -> list[Json]:
    """Provinces and districts in code order: the observed years' cumulative adopters
    (suppressed), the fit and its tipping point. The fit of an area with fewer than
    ``min_count`` adopters is not published; the curve starts at ``min_count``."""
    areas: list[AreaDiffusion] = []
    for level in ("province", "district"):
        areas += diffusion(r.plots, plans, r.practices, used, r.targets, level=level,
                           threshold=threshold)
    areas.sort(key=lambda a: a.uptake.area)
    years = protect_uptake([
        {"area": a.uptake.area, "year": y, "adopters": n}
        for a in areas for y, n in zip(*a.uptake.observed_years(), strict=True)],
        min_count)
    out = []
    for a in areas:
        fit, tip = a.fit, a.tipping
        mine = [{"year": row["year"], "adopters": row["adopters"],
                 "suppressed": row["suppressed"]}
                for row in years if row["area"] == a.uptake.area]
        few = max(fit.cumulative, default=0) < min_count
        m: float | None = fit.market_potential
        if fit.market_source == REGISTER_FARMERS and (m or 0) < min_count:
            m = None
        note = fit.reason or tip.reason or None
        if few:
            note = msg("Fewer than {count} farmers have adopted: the model is not "
                       "published.", count=min_count)
        shown = fit.identifiable and not few
        out.append({
            "area": a.uptake.area, "level": a.uptake.level, "years": mine,
            "p": _number(fit.p, 6) if shown else None,
            "q": _number(fit.q, 6) if shown else None,
            "m": _number(m, 2),
            "curve": [{"year": c.year, "adopters": round(c.fitted, 2)}
                      for c in fit.curve if shown and c.fitted >= min_count],
            "tipping_year": tip.year if shown else None,
            "passed": tip.passed,
            "note": None if note is None else _words(note, words.message)})
    return out


def _market(sold: Market, chosen: Sequence[Season], min_count: int) -> list[Json]:
    """Each district's market in each year of the published seasons, as
    :attr:`Market.years` has it (plots without a district left out), suppressed."""
    years = {int(s.year) for s in chosen}
    rows = [{"year": y.year, "area": y.area, "providers": y.providers,
             "services": y.sales.deliveries, "hectares": round(y.sales.hectares, 4),
             "farmers": y.sales.farmers, "suppressed": False}
            for y in sold.years if y.year in years and y.area]
    return protect_market(sorted(rows, key=lambda row: (row["year"], row["area"])),
                          min_count)


def _providers(r: Register, sold: Market, chosen: Sequence[Season],
               words: SiteWords) -> list[Json]:
    """Every provider by id: its services and the districts it delivered in in the
    published seasons; its business contacts."""
    ids = {s.id for s in chosen}
    served: dict[int, set[str]] = {}
    for d in sold.deliveries:
        if d.season_id in ids and d.area:
            served.setdefault(d.provider_id, set()).add(d.area)
    return [{"id": p.id, "name": p.name,
             "services": [_words(str(s), words.service, str(s)) for s in p.services],
             "districts": sorted(served.get(p.id or 0, ())),
             "phone": p.phone, "email": p.email, "contact": p.contact_person}
            for p in sorted(r.providers, key=lambda p: p.id or 0)]


def _trials(r: Register, chosen: Sequence[Season], words: SiteWords) -> list[Json]:
    """CA minus FP of each trial (by name), published season and measure."""
    areas_ha = {p.id: p.area_ha for p in r.plots}
    out = []
    for trial in sorted(r.trials, key=lambda t: (t.name, t.id or 0)):
        for season in chosen:
            for row in compare_trial(trial, [season], r.samples, r.yields, areas_ha):
                out.append({
                    "trial": trial.name, "season": season.id,
                    "measure": _words(row.measure, words.measure, row),
                    "unit": row.unit, "n": row.n_pairs,
                    "difference": _number(row.mean_difference, 6),
                    "ci_low": _number(row.ci_low, 6), "ci_high": _number(row.ci_high, 6),
                    "p": _number(row.p_value, 6)})
    return out


def _demo_sites(r: Register, chosen: Sequence[Season],
                centres: Mapping[int, tuple[float, float]]) -> list[Json]:
    """Demonstration plots that ran (a plan done or planned) in a published season, as
    rounded points; plots that round to one point of one district are one site."""
    order = {s.id: n for n, s in enumerate(chosen)}
    ran: dict[int, set[int]] = {}
    for p in r.plans:
        if p.season_id in order and p.status != PlanStatus.CANCELLED:
            ran.setdefault(p.plot_id, set()).add(p.season_id)
    sites: dict[tuple[str, float, float], set[int]] = {}
    for plot in r.plots:
        if plot.role != PlotRole.DEMONSTRATION or plot.id not in ran \
                or plot.id not in centres:
            continue
        lon, lat = public_point(*centres[plot.id])
        area = _district(plot.village_code)
        sites.setdefault((area, lon, lat), set()).update(ran[plot.id])
    return [{"lon": lon, "lat": lat, "area": area,
             "seasons": sorted(seasons, key=lambda sid: order[sid])}
            for (area, lon, lat), seasons in sorted(sites.items())]


def _cells(r: Register, chosen: Sequence[Season], centres: Mapping[int, tuple[float, float]],
           size: float, min_count: int) -> Json:
    """Plots with a plan done or planned in each published season, counted by the grid
    square of ``size`` degrees their centre lies in; squares of fewer than
    ``min_count`` plots are left out."""
    plot_by_id = {p.id: p for p in r.plots}
    features = []
    for season in chosen:
        planned = sorted({p.plot_id for p in r.plans if p.season_id == season.id
                          and p.status != PlanStatus.CANCELLED
                          and p.plot_id in plot_by_id and p.plot_id in centres})
        counts: dict[tuple[int, int], tuple[int, float]] = {}
        for plot_id in planned:
            lon, lat = centres[plot_id]
            key = (math.floor(round(lon / size, 9)), math.floor(round(lat / size, 9)))
            plots, hectares = counts.get(key, (0, 0.0))
            counts[key] = (plots + 1, hectares + plot_by_id[plot_id].area_ha)
        for key in sorted(protect_cells(counts, min_count)):
            i, j = key
            x0, y0 = round(i * size, 6), round(j * size, 6)
            x1, y1 = round((i + 1) * size, 6), round((j + 1) * size, 6)
            plots, hectares = counts[key]
            features.append({
                "type": "Feature",
                "geometry": {"type": "Polygon", "coordinates": [
                    [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]},
                "properties": {"season": season.id, "plots": plots,
                               "hectares": round(hectares, 2)}})
    return {"type": "FeatureCollection", "features": features}


def _areas(r: Register, site: Json, centres: Mapping[int, tuple[float, float]],
           min_count: int) -> list[Json]:
    """Every area the other parts name, with its parents, in code order."""
    codes = {row["area"] for part in ("adoption", "diffusion", "market", "demo_sites")
             for row in site[part] if row["area"]}
    codes |= {p for d in site["providers"] for p in d["districts"]}
    codes |= {c[:n] for c in codes for n in (2, 4) if len(c) > n}
    codes = {c for c in codes if len(c) in LEVEL_OF}
    located: dict[str, list[tuple[float, float]]] = {}
    for plot in r.plots:
        village = str(plot.village_code or "")
        if plot.id not in centres:
            continue
        for n in LEVEL_OF:
            if len(village) >= n and village[:n] in codes:
                located.setdefault(village[:n], []).append(centres[plot.id])
    out = []
    for code in sorted(codes):
        unit = places.unit(code)
        points = located.get(code, [])
        decimals = 3 if len(points) >= min_count else 2
        lon = _number(math.fsum(x for x, _ in points) / len(points), decimals) \
            if points else None
        lat = _number(math.fsum(y for _, y in points) / len(points), decimals) \
            if points else None
        out.append({"code": code, "level": LEVEL_OF[len(code)],
                    "name": {"en": (unit.name_en if unit else "") or code,
                             "km": (unit.name_kh if unit else "") or None},
                    "parent": code[:-2] or None, "lon": lon, "lat": lat})
    return out


# --- helpers -------------------------------------------------------------------------


def _words(english: str, say: Callable[..., str] | None, value: Any = None) -> Json:
    """A name in both languages: ``say(value, language)`` when given, else the English
    and no Khmer (the caller fills it)."""
    if say is None:
        return {"en": str(english), "km": None}
    value = english if value is None else value
    return {"en": say(value, "en"), "km": say(value, "km")}


def _number(value: float | None, digits: int) -> float | None:
    """A figure rounded, None for a missing or not finite one (JSON has no NaN)."""
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), digits)


def _district(village_code: str | None) -> str:
    code = str(village_code or "")
    return code[:4] if len(code) >= 4 else ""


def _centres(given: PlotCentres | Mapping[int, tuple[float, float]] | None
             ) -> dict[int, tuple[float, float]]:
    """Plot id -> (lon, lat), without centres that are missing or not finite."""
    if given is None:
        return {}
    pairs = (zip(given.ids, zip(given.lon, given.lat, strict=True), strict=True)
             if isinstance(given, PlotCentres) else given.items())
    return {int(i): (float(x), float(y)) for i, (x, y) in pairs
            if x is not None and y is not None and math.isfinite(x) and math.isfinite(y)}
