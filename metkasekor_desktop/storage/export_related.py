"""The season and register records that go with exported plots.

Two kinds: the plot's plan and yield in one season, as columns of the plots table; and
the related tables, one each. A GeoPackage for a partner holds the plots and every
related table, so that it can be joined again in QGIS or Excel: the plots' farmers, the
catalogues (seasons, practices, providers), and the plans, trials, soil samples, yields
and events of those plots and no others. Rows that refer to a plot carry its code next
to its id; dates are ``datetime64[D]``; Khmer text is kept as it is. Each table is read
in one select and filtered with numpy (``np.isin``), never with the plot ids bound into
an ``IN (...)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Select, func, select

from metkasekor_desktop.domain.column_table import ColumnTable
from metkasekor_desktop.domain.enums import YieldMethod, read_enum
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.practice import PracticeDetails
from metkasekor_desktop.domain.soil import INDICATOR_NAMES, INDICATORS, UNIT_WORDS
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.storage.export_reading import (
    NAMES_JOIN,
    SEASON_COLUMNS,
    YIELDS_JOIN,
    RowIndex,
    Snapshot,
    dates,
    object_table,
    snapshot,
)
from metkasekor_desktop.storage.plot_attributes import JOIN
from metkasekor_desktop.storage.schema import T

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

# (column, kind, description); kinds: id (integer), int (integer or empty), text, float,
# date, bool, names (a JSON list joined with ", "), crops (a JSON list joined with "+").
Spec = list[tuple[str, str, str]]

_PLOT = [("plot_id", "id", msg("Number of the plot in the plots table (integer).")),
         ("plot_code", "text", msg("Code of the plot the row belongs to (text)."))]
_SEASON = [("season_id", "int", msg("Number of the season in the seasons table (integer).")),
           ("season", "text", msg("Name of the season, e.g. '2024 early wet'."))]
_DETAILS = [
    ("cover_crop_species", "text", msg("Cover crop species sown.")),
    ("seed_rate_kg_ha", "float", msg("Seed rate of the cover crop in kg/ha.")),
    ("sowing_date", "date", msg("Date the cover crop was sown.")),
    ("termination_method", "text", msg("How the cover crop was ended (roller_crimper, "
                                       "herbicide, mowing, grazing).")),
    ("termination_date", "date", msg("Date the cover crop was ended.")),
    ("residue_cover_pct", "float", msg("Crop residue left on the soil, in % of the surface.")),
    ("rotation_crop", "text", msg("Crop of the rotation.")),
    ("intercrop", "text", msg("Crop grown in between (intercropping or relay).")),
]

_P, _F, _S, _PR, _PV = (T[n] for n in ("plots", "farmers", "seasons", "practices",
                                       "providers"))
_PL, _PP, _TR, _TS, _M = (T[n] for n in ("plot_season_plans", "plan_practices", "trials",
                                         "trial_seasons", "trial_members"))
_SS, _Y, _E, _EP = (T[n] for n in ("soil_samples", "yield_records", "extension_events",
                                   "event_plots"))


def _of(table: str, *names: str) -> Select[Any]:
    """The columns ``names`` of one table."""
    return select(*(T[table].c[name] for name in names))


# Core selects, read as the driver gives the values (see ``Snapshot.fetch``).
_TABLES: dict[str, tuple[Select[Any], Spec]] = {
    "farmers": (
        _of("farmers", "id", "name_kh", "name_latin", "sex", "phone", "village_code",
            "cooperative", "early_adopter").order_by(_F.c.id),
        [("id", "id", msg("Number of the farmer (farmer_id in the plots).")),
         ("name_kh", "text", msg("Name of the farmer in Khmer script.")),
         ("name_latin", "text", msg("Name of the farmer in Latin letters.")),
         ("sex", "text", msg("Sex of the farmer: female or male.")),
         ("phone", "text", msg("Phone number (text; keep leading zeros).")),
         ("village_code", "text", msg("Village code of the farmer, 8 digits (text).")),
         ("cooperative", "text", msg("Agricultural cooperative of the farmer.")),
         ("early_adopter", "bool", msg("Whether the farmer is an early adopter (true/false)."))]),
    "seasons": (
        _of("seasons", "id", "name", "year", "kind", "start_date", "end_date")
        .order_by(_S.c.year, _S.c.id),
        [("id", "id", msg("Number of the season (season_id in other tables).")),
         ("name", "text", msg("Name of the season, e.g. '2024 early wet'.")),
         ("year", "id", msg("Year the season starts (integer).")),
         ("kind", "text", msg("Kind of season: early_wet, main_wet or dry.")),
         ("start_date", "date", msg("First day of the season.")),
         ("end_date", "date", msg("Last day of the season."))]),
    "practices": (
        _of("practices", "id", "key", "name_en", "name_kh", "kind", "service", "is_ca",
            "description").order_by(_PR.c.id),
        [("id", "id", msg("Number of the practice (practice_id in plan_practices).")),
         ("key", "text", msg("Stable short key of the practice, used in the plots' 'practices'.")),
         ("name_en", "text", msg("Name in English.")), ("name_kh", "text", msg("Name in Khmer.")),
         ("kind", "text", msg("Family of the practice (no_till, cover_crop, ...).")),
         ("service", "text", msg("Service a provider must offer for it.")),
         ("is_ca", "bool", msg("Whether it is a conservation-agriculture practice (true) or "
                               "the farmer's conventional practice (false).")),
         ("description", "text", msg("Description of the practice."))]),
    "providers": (
        _of("providers", "id", "name", "kind", "services", "contact_person", "phone", "email",
            "provinces", "notes").order_by(_PV.c.id),
        [("id", "id", msg("Number of the provider (provider_id in plan_practices).")),
         ("name", "text", msg("Name of the service provider.")),
         ("kind", "text", msg("Kind of provider (seed company, machinery service, ...).")),
         ("services", "names", msg("Services offered, joined with ', '.")),
         ("contact_person", "text", msg("Contact person.")),
         ("phone", "text", msg("Phone number.")),
         ("email", "text", msg("E-mail address.")),
         ("provinces", "names", msg("Codes of the provinces served, joined with ', '.")),
         ("notes", "text", msg("Notes."))]),
    "plot_season_plans": (
        select(_PL.c.id, _PL.c.plot_id, _P.c.code, _PL.c.season_id, _S.c.name, _PL.c.crops,
               _PL.c.status, _PL.c.planned_date, _PL.c.done_date, _PL.c.cost, _PL.c.notes)
        .select_from(_PL).join(_P, _P.c.fid == _PL.c.plot_id)
        .outerjoin(_S, _S.c.id == _PL.c.season_id).order_by(_PL.c.id),
        [("id", "id", msg("Number of the plan (plan_id in plan_practices).")), *_PLOT, *_SEASON,
         ("crops", "crops", msg("Crops of the season in the plan's order, joined with '+'.")),
         ("status", "text", msg("Status of the plan: planned, done or cancelled.")),
         ("planned_date", "date", msg("Date the practices are planned.")),
         ("done_date", "date", msg("Date the practices were done.")),
         ("cost", "float", msg("Costs of the plan beyond its practices, in riel (KHR).")),
         ("notes", "text", msg("Notes."))]),
    "plan_practices": (
        select(_PP.c.id, _PP.c.plan_id, _PL.c.plot_id, _P.c.code, _S.c.name,
               _PP.c.practice_id, _PR.c.key, _PP.c.provider_id, _PV.c.name, _PP.c.position,
               _PP.c.cost, _PP.c.details)
        .select_from(_PP).join(_PL, _PL.c.id == _PP.c.plan_id)
        .join(_P, _P.c.fid == _PL.c.plot_id).outerjoin(_S, _S.c.id == _PL.c.season_id)
        .outerjoin(_PR, _PR.c.id == _PP.c.practice_id)
        .outerjoin(_PV, _PV.c.id == _PP.c.provider_id)
        .order_by(_PP.c.plan_id, _PP.c.position),
        [("id", "id", msg("Number of the row.")),
         ("plan_id", "id", msg("Number of the plan in plot_season_plans.")), *_PLOT,
         ("season", "text", msg("Name of the season of the plan.")),
         ("practice_id", "id", msg("Number of the practice in the practices table.")),
         ("practice_key", "text", msg("Key of the practice.")),
         ("provider_id", "int", msg("Number of the provider in the providers table.")),
         ("provider_name", "text", msg("Name of the provider hired for the practice.")),
         ("position", "id", msg("Order of the practice in the plan (from 0).")),
         ("cost", "float", msg("Cost of the practice in riel (KHR).")),
         ("details", "details", "")]),
    "trial_members": (
        select(_M.c.id, _M.c.trial_id, _TR.c.name, _M.c.plot_id, _P.c.code, _M.c.treatment,
               _M.c.block, _M.c.position)
        .select_from(_M).join(_TR, _TR.c.id == _M.c.trial_id)
        .join(_P, _P.c.fid == _M.c.plot_id).order_by(_M.c.trial_id, _M.c.position, _M.c.id),
        [("id", "id", msg("Number of the row.")),
         ("trial_id", "id", msg("Number of the trial in the trials table.")),
         ("trial", "text", msg("Name of the trial.")), *_PLOT,
         ("treatment", "text", msg("Treatment of the plot, e.g. CA or FP (farmer practice).")),
         ("block", "text", msg("Site (farm) of a paired trial, or block of a block design.")),
         ("position", "id", msg("Order of the plot in the trial."))]),
    "soil_samples": (
        select(_SS.c.id, _SS.c.plot_id, _P.c.code, _SS.c.season_id, _S.c.name,
               _SS.c.sample_date, _SS.c.depth_from_cm, _SS.c.depth_to_cm, _SS.c.method,
               _SS.c.lab, *[_SS.c[key] for key in INDICATORS], _SS.c.notes)
        .select_from(_SS).join(_P, _P.c.fid == _SS.c.plot_id)
        .outerjoin(_S, _S.c.id == _SS.c.season_id).order_by(_SS.c.id),
        [("id", "id", msg("Number of the sample.")), *_PLOT, *_SEASON,
         ("sample_date", "date", msg("Date the sample was taken.")),
         ("depth_from_cm", "float", msg("Upper depth of the sample in cm.")),
         ("depth_to_cm", "float", msg("Lower depth of the sample in cm.")),
         ("method", "text", msg("Lab or field method.")), ("lab", "text", msg("Laboratory.")),
         *[(key, "float", msg("{indicator} in {unit}.",
                              indicator=INDICATOR_NAMES.get(key, ind.name_en),
                              unit=UNIT_WORDS.get(ind.unit, ind.unit))
            if ind.unit else msg("{indicator}.", indicator=INDICATOR_NAMES.get(key, ind.name_en)))
           for key, ind in INDICATORS.items()],

         ("notes", "text", msg("Notes."))]),
    "yield_records": (
        select(_Y.c.id, _Y.c.plot_id, _P.c.code, _Y.c.season_id, _S.c.name, _Y.c.crop,
               _Y.c.harvest_date, _Y.c.method, _Y.c.sample_area_m2, _Y.c.fresh_weight_kg,
               _Y.c.moisture_pct, _P.c.area_ha, _Y.c.labour_days, _Y.c.input_cost,
               _Y.c.service_cost, _Y.c.price_per_kg, _Y.c.notes)
        .select_from(_Y).join(_P, _P.c.fid == _Y.c.plot_id)
        .outerjoin(_S, _S.c.id == _Y.c.season_id).order_by(_Y.c.id),
        [("id", "id", msg("Number of the record.")), *_PLOT, *_SEASON,
         ("crop", "text", msg("Crop harvested.")),
         ("harvest_date", "date", msg("Date of harvest.")),
         ("method", "text", msg("'sample' (a harvest sample of a known area) or 'whole_plot'.")),
         ("sample_area_m2", "float", msg("Area of the harvest sample in m².")),
         ("fresh_weight_kg", "float", msg("Harvested weight in kg (of the sample or the plot).")),
         ("moisture_pct", "float", msg("Grain moisture at weighing, in %.")),
         ("yield_t_ha", "yield", msg("Yield in t/ha at the crop's standard moisture.")),
         ("labour_days", "float", msg("Labour in person-days.")),
         ("input_cost", "float", msg("Cost of inputs in riel (KHR) per hectare.")),
         ("service_cost", "float", msg("Cost of services in riel (KHR) per hectare.")),
         ("price_per_kg", "float", msg("Price of the harvest in riel (KHR) per kg.")),
         ("notes", "text", msg("Notes."))]),
    "event_plots": (
        select(_EP.c.id, _EP.c.event_id, _EP.c.plot_id, _P.c.code)
        .select_from(_EP).join(_P, _P.c.fid == _EP.c.plot_id)
        .order_by(_EP.c.event_id, _EP.c.id),
        [("id", "id", msg("Number of the row.")),
         ("event_id", "id", msg("Number of the event in extension_events.")), *_PLOT]),
    "extension_events": (
        _of("extension_events", "id", "stage", "event_date", "place", "village_code",
            "women", "men", "attendance_farmers", "attendance_cooperatives",
            "attendance_service_providers", "attendance_companies", "notes")
        .order_by(_E.c.event_date, _E.c.id),
        [("id", "id", msg("Number of the event (event_id in event_plots).")),
         ("stage", "text", msg("Stage of the MetKasekor model the event belongs to.")),
         ("event_date", "date", msg("Date of the event.")), ("place", "text", msg("Place.")),
         ("village_code", "text", msg("Village code of the event, 8 digits (text).")),
         ("women", "id", msg("Number of women attending.")),
         ("men", "id", msg("Number of men attending.")),
         ("attendance_farmers", "id", msg("Farmers attending.")),
         ("attendance_cooperatives", "id", msg("Members of cooperatives attending.")),
         ("attendance_service_providers", "id", msg("Service providers attending.")),
         ("attendance_companies", "id", msg("People of companies attending.")),
         ("notes", "text", msg("Notes."))]),
}
_PLOTS = select(_P.c.fid, func.coalesce(_P.c.farmer_id, -1), _P.c.village_code)
_TRIALS = _of("trials", "id", "name", "design", "description").order_by(_TR.c.id)
_TRIAL_SEASONS = (select(_TS.c.trial_id, _S.c.name).join(_S, _S.c.id == _TS.c.season_id)
                  .order_by(_TS.c.trial_id, _S.c.year, _S.c.id))
_TRIALS_SPEC: Spec = [
    ("id", "id", msg("Number of the trial (trial_id in trial_members).")),
    ("name", "text", msg("Name of the trial.")),
    ("design", "text", msg("'paired' (CA plot beside its farmer-practice control) or 'rcbd' "
                           "(randomised complete blocks).")),
    ("description", "text", msg("Description of the trial.")),
    ("seasons", "text", msg("Seasons of the trial, joined with ', '.")),
]


def related_tables(project: Project, plot_ids: np.ndarray) -> list[ColumnTable]:
    """Farmers, catalogues and the records of ``plot_ids``, each as its own table."""
    ids = np.asarray(plot_ids, dtype=np.int64)
    with snapshot(project) as snap:
        per_plot = {name: _read(snap, name, "plot_id", ids)
                    for name in ("plot_season_plans", "plan_practices", "trial_members",
                                 "soil_samples", "yield_records", "event_plots")}
        plots = object_table(snap.fetch(_PLOTS), 3)
        plots = plots[np.isin(plots[:, 0].astype(np.int64), ids)]
        farmers = _read(snap, "farmers", "id", plots[:, 1].astype(np.int64))
        trials = _table("trials", _trial_rows(snap), _TRIALS_SPEC).where(
            "id", per_plot["trial_members"].columns["trial_id"])
        events = _events(snap, set(plots[:, 2].tolist()), per_plot["event_plots"])
        catalogues = [_read(snap, name) for name in ("seasons", "practices", "providers")]
    return [farmers, *catalogues, per_plot["plot_season_plans"], per_plot["plan_practices"],
            trials, per_plot["trial_members"], per_plot["soil_samples"],
            per_plot["yield_records"], events, per_plot["event_plots"]]


def _trial_rows(snap: Snapshot) -> list[tuple]:
    """The trials, each with the names of its seasons (by year) joined, or None."""
    seasons: dict[int, list[str]] = {}
    for trial_id, name in snap.fetch(_TRIAL_SEASONS):
        seasons.setdefault(trial_id, []).append(name)
    return [(*row, NAMES_JOIN.join(seasons[row[0]]) if row[0] in seasons else None)
            for row in snap.fetch(_TRIALS)]


def _events(snap: Snapshot, villages: set[str], event_plots: ColumnTable) -> ColumnTable:
    """Events that showed an exported plot, and events without plots held in the village
    of an exported plot (a demand-creation meeting is about the village's plots)."""
    events = _read(snap, "extension_events")
    shown = np.isin(events.columns["id"], event_plots.columns["event_id"])
    with_plots = np.array([r[0] for r in snap.fetch(select(_EP.c.event_id).distinct())],
                          dtype=np.int64)
    held_there = np.array([v in villages for v in events.columns["village_code"].tolist()],
                          dtype=bool)
    loose = ~np.isin(events.columns["id"], with_plots) & held_there
    return events.take(np.flatnonzero(shown | loose))


# -- one season --------------------------------------------------------------------------
def _plans_select(season_id: int) -> Select[Any]:
    return (select(_PL.c.id, _PL.c.plot_id, _S.c.name, _PL.c.status, _PL.c.crops,
                   _PL.c.planned_date, _PL.c.done_date, _PL.c.cost)
            .join(_S, _S.c.id == _PL.c.season_id).where(_PL.c.season_id == season_id))


def _plan_practices_select(season_id: int) -> Select[Any]:
    return (select(_PP.c.plan_id, _PR.c.key, _PR.c.name_en, _PR.c.name_kh, _PV.c.name,
                   _PP.c.cost)
            .select_from(_PP).join(_PL, _PL.c.id == _PP.c.plan_id)
            .join(_PR, _PR.c.id == _PP.c.practice_id)
            .outerjoin(_PV, _PV.c.id == _PP.c.provider_id)
            .where(_PL.c.season_id == season_id).order_by(_PP.c.plan_id, _PR.c.key))


def _yields_select(season_id: int) -> Select[Any]:
    return (select(_Y.c.plot_id, _Y.c.crop, _Y.c.method, _Y.c.sample_area_m2,
                   _Y.c.fresh_weight_kg, _Y.c.moisture_pct)
            .where(_Y.c.season_id == season_id))


def season_columns(snap: Snapshot, season_id: int, fids: np.ndarray,
                    areas: np.ndarray) -> dict[str, np.ndarray]:
    """Each plot's plan and yield in one season (None, NaT or NaN where it has none)."""
    n = len(fids)
    out: dict[str, np.ndarray] = {k: np.full(n, None, dtype=object) for k in SEASON_COLUMNS[:7]}
    out["planned_date"] = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    out["done_date"] = out["planned_date"].copy()
    out["plan_cost"] = np.full(n, np.nan)
    index = RowIndex(fids)
    plan_crops: dict[int, list[str]] = {}  # row -> the plan's crops, main crop first
    practices: dict[int, list[tuple]] = {}  # plan id -> (key, name_en, name_kh, provider, cost)
    for plan_id, *rest in snap.fetch(_plan_practices_select(season_id)):
        practices.setdefault(plan_id, []).append(tuple(rest))
    for items in practices.values():  # by key, as the characters order them
        items.sort(key=lambda p: p[0])
    plans = object_table(snap.fetch(_plans_select(season_id)), 8)
    rows, found = index.locate(plans[:, 1].astype(np.int64))
    plans, rows = plans[found], rows[found]
    for row, (plan_id, _plot, season, status, crops, _planned, _done, cost) in zip(
            rows.tolist(), plans.tolist(), strict=True):
        items = practices.get(plan_id, [])
        out["season"][row] = season
        out["plan_status"][row] = status
        plan_crops[row] = [str(c) for c in json.loads(crops or "[]")]
        out["crops"][row] = JOIN.join(plan_crops[row])
        out["practices"][row] = JOIN.join(p[0] for p in items) or None
        out["practice_names_en"][row] = NAMES_JOIN.join(p[1] or p[0] for p in items) or None
        out["practice_names_kh"][row] = NAMES_JOIN.join(p[2] or p[1] or p[0]
                                                        for p in items) or None
        out["providers"][row] = NAMES_JOIN.join(dict.fromkeys(p[3] for p in items
                                                              if p[3])) or None
        costs = [c for c in (cost, *(p[4] for p in items)) if c is not None]
        out["plan_cost"][row] = sum(costs) if costs else np.nan
    out["planned_date"][rows] = dates(plans[:, 5])
    out["done_date"][rows] = dates(plans[:, 6])
    out.update(_season_yields(snap, season_id, index, areas, plan_crops))
    return out


def _season_yields(snap: Snapshot, season_id: int, index: RowIndex, areas: np.ndarray,
                   plan_crops: dict[int, list[str]]) -> dict[str, np.ndarray]:
    """Each plot's yield in the season, crop by crop (t/ha of two crops never averaged).

    ``yield_t_ha`` is the mean t/ha at standard moisture of the records of the main
    crop: the first crop of the plan that was harvested, else the first harvested crop
    by name; ``yield_crop`` names it; ``yields`` gives every crop's mean, plan order
    first, as "maize 4.33; cowpea 1.17". The domain's rules convert each record (a
    sample, or the whole plot over its area); a record those rules refuse (no area,
    impossible moisture) is left out.
    """
    n = len(areas)
    out = {"yield_t_ha": np.full(n, np.nan), "yield_crop": np.full(n, None, dtype=object),
           "yields": np.full(n, None, dtype=object)}
    per_crop: dict[int, dict[str, list[float]]] = {}  # row -> crop -> t/ha of its records
    records = snap.fetch(_yields_select(season_id))
    rows, found = index.locate([r[0] for r in records])
    for i in np.flatnonzero(found):
        row = rows[i]
        plot_id, crop, method, sample_area, weight, moisture = records[i]
        area = float(areas[row])
        try:
            value = YieldRecord(
                plot_id=plot_id, season_id=season_id, crop=crop,
                method=read_enum(YieldMethod, method),
                sample_area_m2=sample_area, fresh_weight_kg=weight, moisture_pct=moisture,
            ).yield_t_ha(area if area == area else None)
        except (DomainError, KeyError, ValueError):
            continue
        per_crop.setdefault(int(row), {}).setdefault(str(crop), []).append(value)
    for row, crops in per_crop.items():
        planned = plan_crops.get(row, [])
        order = sorted(crops, key=lambda c: (planned.index(c) if c in planned
                                             else len(planned), c))
        means = {c: sum(crops[c]) / len(crops[c]) for c in order}
        out["yield_t_ha"][row] = means[order[0]]
        out["yield_crop"][row] = order[0]
        out["yields"][row] = YIELDS_JOIN.join(f"{c} {means[c]:.2f}" for c in order)
    return out


# -- reading one table -----------------------------------------------------------------
class _Table(ColumnTable):
    """A related table with the row filters this module needs."""

    __slots__ = ()

    def where(self, column: str, allowed: np.ndarray) -> _Table:
        keep = np.isin(self.columns[column], np.asarray(allowed, dtype=np.int64))
        return self.take(np.flatnonzero(keep))

    def take(self, rows: np.ndarray) -> _Table:
        return _Table(self.name, {k: v[rows] for k, v in self.columns.items()}, None,
                      self.epsg, self.descriptions)


def _read(snap: Snapshot, name: str, column: str | None = None,
          allowed: np.ndarray | None = None) -> _Table:
    """Table ``name`` of :data:`_TABLES`, keeping rows whose ``column`` is ``allowed``."""
    statement, spec = _TABLES[name]
    table = _table(name, snap.fetch(statement), spec)
    if column is None:
        return table
    assert allowed is not None  # given with ``column``
    return table.where(column, allowed)


def _table(name: str, rows: list[tuple], spec: Spec) -> _Table:
    raw = object_table(rows, len(spec))
    columns: dict[str, np.ndarray] = {}
    descriptions: dict[str, str] = {}
    for j, (key, kind, text) in enumerate(spec):
        if kind == "details":  # the practice's details, one column each
            columns.update(_details(raw[:, j]))
            descriptions.update({k: d for k, _, d in _DETAILS})
            continue
        if kind == "yield":
            columns[key] = _yields(raw)
        else:
            columns[key] = _CONVERT[kind](raw[:, j])
        descriptions[key] = text
    return _Table(name, columns, None, descriptions=descriptions)


def _joined(separator: str) -> Callable[[np.ndarray], np.ndarray]:
    def convert(values: np.ndarray) -> np.ndarray:
        out = np.full(len(values), None, dtype=object)
        for i, value in enumerate(values.tolist()):
            if value:
                out[i] = separator.join(str(v) for v in json.loads(value)) or None
        return out

    return convert


_CONVERT: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "id": lambda v: v.astype(np.int64),
    "int": lambda v: v.copy(),
    "text": lambda v: v.copy(),
    "float": lambda v: v.astype(np.float64),
    "date": dates,
    "bool": lambda v: v.astype(bool),
    "names": _joined(NAMES_JOIN),
    "crops": _joined(JOIN),
}


def _details(values: np.ndarray) -> dict[str, np.ndarray]:
    """The JSON details of each planned practice spread into one column per field."""
    found = [PracticeDetails.from_dict(json.loads(v) if v else None).as_dict()
             for v in values.tolist()]
    columns = {}
    for key, kind, _ in _DETAILS:
        column = np.full(len(found), None, dtype=object)
        column[:] = [d.get(key) for d in found]
        columns[key] = _CONVERT[kind](column)
    return columns


def _yields(raw: np.ndarray) -> np.ndarray:
    """t/ha at standard moisture of each yield record by the domain's rules (NaN where
    they refuse it, e.g. a whole-plot harvest of a plot without area)."""
    out = np.full(len(raw), np.nan)
    for i, row in enumerate(raw.tolist()):
        _id, plot_id, _code, season_id, _s, crop, _d, method, area_m2, weight, moisture, \
            plot_area = row[:12]
        try:
            out[i] = YieldRecord(
                plot_id=plot_id, season_id=season_id or 0, crop=crop, method=method,
                sample_area_m2=area_m2, fresh_weight_kg=weight, moisture_pct=moisture,
            ).yield_t_ha(plot_area)
        except (DomainError, KeyError, ValueError):
            pass
    return out
