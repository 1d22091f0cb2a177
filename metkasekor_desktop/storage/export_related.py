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
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import Connection

from metkasekor_desktop.domain.column_table import ColumnTable
from metkasekor_desktop.domain.enums import YieldMethod, read_enum
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.practice import PracticeDetails
from metkasekor_desktop.domain.soil import INDICATORS
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.storage.export_reading import (
    NAMES_JOIN,
    SEASON_COLUMNS,
    YIELDS_JOIN,
    RowIndex,
    dates,
    fetch,
    object_table,
    snapshot,
)
from metkasekor_desktop.storage.plot_attributes import JOIN

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

# (column, kind, description); kinds: id (integer), int (integer or empty), text, float,
# date, bool, names (a JSON list joined with ", "), crops (a JSON list joined with "+").
Spec = list[tuple[str, str, str]]

_PLOT = [("plot_id", "id", "Number of the plot in the plots table (integer)."),
         ("plot_code", "text", "Code of the plot the row belongs to (text).")]
_SEASON = [("season_id", "int", "Number of the season in the seasons table (integer)."),
           ("season", "text", "Name of the season, e.g. '2024 early wet'.")]
_DETAILS = [
    ("cover_crop_species", "text", "Cover crop species sown."),
    ("seed_rate_kg_ha", "float", "Seed rate of the cover crop in kg/ha."),
    ("sowing_date", "date", "Date the cover crop was sown."),
    ("termination_method", "text", "How the cover crop was ended (roller_crimper, "
                                   "herbicide, mowing, grazing)."),
    ("termination_date", "date", "Date the cover crop was ended."),
    ("residue_cover_pct", "float", "Crop residue left on the soil, in % of the surface."),
    ("rotation_crop", "text", "Crop of the rotation."),
    ("intercrop", "text", "Crop grown in between (intercropping or relay)."),
]

_TABLES: dict[str, tuple[str, Spec]] = {
    "farmers": (
        "SELECT id, name_kh, name_latin, sex, phone, village_code, cooperative, early_adopter "
        "FROM farmers ORDER BY id",
        [("id", "id", "Number of the farmer (farmer_id in the plots)."),
         ("name_kh", "text", "Name of the farmer in Khmer script."),
         ("name_latin", "text", "Name of the farmer in Latin letters."),
         ("sex", "text", "Sex of the farmer: female or male."),
         ("phone", "text", "Phone number (text; keep leading zeros)."),
         ("village_code", "text", "Village code of the farmer, 8 digits (text)."),
         ("cooperative", "text", "Agricultural cooperative of the farmer."),
         ("early_adopter", "bool", "Whether the farmer is an early adopter (true/false).")]),
    "seasons": (
        "SELECT id, name, year, kind, start_date, end_date FROM seasons ORDER BY year, id",
        [("id", "id", "Number of the season (season_id in other tables)."),
         ("name", "text", "Name of the season, e.g. '2024 early wet'."),
         ("year", "id", "Year the season starts (integer)."),
         ("kind", "text", "Kind of season: early_wet, main_wet or dry."),
         ("start_date", "date", "First day of the season."),
         ("end_date", "date", "Last day of the season.")]),
    "practices": (
        "SELECT id, key, name_en, name_kh, kind, service, is_ca, description "
        "FROM practices ORDER BY id",
        [("id", "id", "Number of the practice (practice_id in plan_practices)."),
         ("key", "text", "Stable short key of the practice, used in the plots' 'practices'."),
         ("name_en", "text", "Name in English."), ("name_kh", "text", "Name in Khmer."),
         ("kind", "text", "Family of the practice (no_till, cover_crop, ...)."),
         ("service", "text", "Service a provider must offer for it."),
         ("is_ca", "bool", "Whether it is a conservation-agriculture practice (true) or the "
                           "farmer's conventional practice (false)."),
         ("description", "text", "Description of the practice.")]),
    "providers": (
        "SELECT id, name, kind, services, contact_person, phone, email, provinces, notes "
        "FROM providers ORDER BY id",
        [("id", "id", "Number of the provider (provider_id in plan_practices)."),
         ("name", "text", "Name of the service provider."),
         ("kind", "text", "Kind of provider (seed company, machinery service, ...)."),
         ("services", "names", "Services offered, joined with ', '."),
         ("contact_person", "text", "Contact person."), ("phone", "text", "Phone number."),
         ("email", "text", "E-mail address."),
         ("provinces", "names", "Codes of the provinces served, joined with ', '."),
         ("notes", "text", "Notes.")]),
    "plot_season_plans": (
        "SELECT pl.id, pl.plot_id, p.code, pl.season_id, s.name, pl.crops, pl.status, "
        "pl.planned_date, pl.done_date, pl.cost, pl.notes FROM plot_season_plans pl "
        "JOIN plots p ON p.fid = pl.plot_id LEFT JOIN seasons s ON s.id = pl.season_id "
        "ORDER BY pl.id",
        [("id", "id", "Number of the plan (plan_id in plan_practices)."), *_PLOT, *_SEASON,
         ("crops", "crops", "Crops of the season in the plan's order, joined with '+'."),
         ("status", "text", "Status of the plan: planned, done or cancelled."),
         ("planned_date", "date", "Date the practices are planned."),
         ("done_date", "date", "Date the practices were done."),
         ("cost", "float", "Costs of the plan beyond its practices, in riel (KHR)."),
         ("notes", "text", "Notes.")]),
    "plan_practices": (
        "SELECT pp.id, pp.plan_id, pl.plot_id, p.code, s.name, pp.practice_id, pr.key, "
        "pp.provider_id, pv.name, pp.position, pp.cost, pp.details FROM plan_practices pp "
        "JOIN plot_season_plans pl ON pl.id = pp.plan_id JOIN plots p ON p.fid = pl.plot_id "
        "LEFT JOIN seasons s ON s.id = pl.season_id "
        "LEFT JOIN practices pr ON pr.id = pp.practice_id "
        "LEFT JOIN providers pv ON pv.id = pp.provider_id ORDER BY pp.plan_id, pp.position",
        [("id", "id", "Number of the row."),
         ("plan_id", "id", "Number of the plan in plot_season_plans."), *_PLOT,
         ("season", "text", "Name of the season of the plan."),
         ("practice_id", "id", "Number of the practice in the practices table."),
         ("practice_key", "text", "Key of the practice."),
         ("provider_id", "int", "Number of the provider in the providers table."),
         ("provider_name", "text", "Name of the provider hired for the practice."),
         ("position", "id", "Order of the practice in the plan (from 0)."),
         ("cost", "float", "Cost of the practice in riel (KHR)."),
         ("details", "details", "")]),
    "trial_members": (
        "SELECT m.id, m.trial_id, t.name, m.plot_id, p.code, m.treatment, m.block, m.position "
        "FROM trial_members m JOIN trials t ON t.id = m.trial_id "
        "JOIN plots p ON p.fid = m.plot_id ORDER BY m.trial_id, m.position, m.id",
        [("id", "id", "Number of the row."),
         ("trial_id", "id", "Number of the trial in the trials table."),
         ("trial", "text", "Name of the trial."), *_PLOT,
         ("treatment", "text", "Treatment of the plot, e.g. CA or FP (farmer practice)."),
         ("block", "text", "Site (farm) of a paired trial, or block of a block design."),
         ("position", "id", "Order of the plot in the trial.")]),
    "soil_samples": (
        "SELECT s.id, s.plot_id, p.code, s.season_id, se.name, s.sample_date, "
        "s.depth_from_cm, s.depth_to_cm, s.method, s.lab, "
        + ", ".join(f"s.{key}" for key in INDICATORS)
        + ", s.notes FROM soil_samples s JOIN plots p ON p.fid = s.plot_id "
        "LEFT JOIN seasons se ON se.id = s.season_id ORDER BY s.id",
        [("id", "id", "Number of the sample."), *_PLOT, *_SEASON,
         ("sample_date", "date", "Date the sample was taken."),
         ("depth_from_cm", "float", "Upper depth of the sample in cm."),
         ("depth_to_cm", "float", "Lower depth of the sample in cm."),
         ("method", "text", "Lab or field method."), ("lab", "text", "Laboratory."),
         *[(key, "float", f"{ind.name_en}" + (f" in {ind.unit}." if ind.unit else "."))
           for key, ind in INDICATORS.items()],
         ("notes", "text", "Notes.")]),
    "yield_records": (
        "SELECT y.id, y.plot_id, p.code, y.season_id, s.name, y.crop, y.harvest_date, "
        "y.method, y.sample_area_m2, y.fresh_weight_kg, y.moisture_pct, p.area_ha, "
        "y.labour_days, y.input_cost, y.service_cost, y.price_per_kg, y.notes "
        "FROM yield_records y JOIN plots p ON p.fid = y.plot_id "
        "LEFT JOIN seasons s ON s.id = y.season_id ORDER BY y.id",
        [("id", "id", "Number of the record."), *_PLOT, *_SEASON,
         ("crop", "text", "Crop harvested."), ("harvest_date", "date", "Date of harvest."),
         ("method", "text", "sample (a harvest sample of a known area) or whole_plot."),
         ("sample_area_m2", "float", "Area of the harvest sample in m²."),
         ("fresh_weight_kg", "float", "Harvested weight in kg (of the sample or the plot)."),
         ("moisture_pct", "float", "Grain moisture at weighing, in %."),
         ("yield_t_ha", "yield", "Yield in t/ha at the crop's standard moisture."),
         ("labour_days", "float", "Labour in person-days."),
         ("input_cost", "float", "Cost of inputs in riel (KHR) per hectare."),
         ("service_cost", "float", "Cost of services in riel (KHR) per hectare."),
         ("price_per_kg", "float", "Price of the harvest in riel (KHR) per kg."),
         ("notes", "text", "Notes.")]),
    "event_plots": (
        "SELECT ep.id, ep.event_id, ep.plot_id, p.code FROM event_plots ep "
        "JOIN plots p ON p.fid = ep.plot_id ORDER BY ep.event_id, ep.id",
        [("id", "id", "Number of the row."),
         ("event_id", "id", "Number of the event in extension_events."), *_PLOT]),
    "extension_events": (
        "SELECT id, stage, event_date, place, village_code, women, men, notes "
        "FROM extension_events ORDER BY event_date, id",
        [("id", "id", "Number of the event (event_id in event_plots)."),
         ("stage", "text", "Stage of the MetKasekor model the event belongs to."),
         ("event_date", "date", "Date of the event."), ("place", "text", "Place."),
         ("village_code", "text", "Village code of the event, 8 digits (text)."),
         ("women", "id", "Number of women attending."),
         ("men", "id", "Number of men attending."), ("notes", "text", "Notes.")]),
}
_PLOTS_SQL = "SELECT fid, ifnull(farmer_id, -1), village_code FROM plots"
_TRIALS_SQL = (
    "SELECT t.id, t.name, t.design, t.description, "
    "(SELECT group_concat(name, ', ') FROM (SELECT s.name FROM trial_seasons ts "
    "JOIN seasons s ON s.id = ts.season_id WHERE ts.trial_id = t.id ORDER BY s.year, s.id)) "
    "FROM trials t ORDER BY t.id"
)
_TRIALS_SPEC: Spec = [
    ("id", "id", "Number of the trial (trial_id in trial_members)."),
    ("name", "text", "Name of the trial."),
    ("design", "text", "paired (CA plot beside its farmer-practice control) or rcbd "
                       "(randomised complete blocks)."),
    ("description", "text", "Description of the trial."),
    ("seasons", "text", "Seasons of the trial, joined with ', '."),
]


def related_tables(project: Project, plot_ids: np.ndarray) -> list[ColumnTable]:
    """Farmers, catalogues and the records of ``plot_ids``, each as its own table."""
    ids = np.asarray(plot_ids, dtype=np.int64)
    with snapshot(project) as conn:
        per_plot = {name: _read(conn, name, "plot_id", ids)
                    for name in ("plot_season_plans", "plan_practices", "trial_members",
                                 "soil_samples", "yield_records", "event_plots")}
        plots = object_table(fetch(conn, _PLOTS_SQL), 3)
        plots = plots[np.isin(plots[:, 0].astype(np.int64), ids)]
        farmers = _read(conn, "farmers", "id", plots[:, 1].astype(np.int64))
        trials = _table(conn, "trials", _TRIALS_SQL, _TRIALS_SPEC).where(
            "id", per_plot["trial_members"].columns["trial_id"])
        events = _events(conn, set(plots[:, 2].tolist()), per_plot["event_plots"])
        catalogues = [_read(conn, name) for name in ("seasons", "practices", "providers")]
    return [farmers, *catalogues, per_plot["plot_season_plans"], per_plot["plan_practices"],
            trials, per_plot["trial_members"], per_plot["soil_samples"],
            per_plot["yield_records"], events, per_plot["event_plots"]]


def _events(conn: Connection, villages: set[str], event_plots: ColumnTable) -> ColumnTable:
    """Events that showed an exported plot, and events without plots held in the village
    of an exported plot (a demand-creation meeting is about the village's plots)."""
    events = _read(conn, "extension_events")
    shown = np.isin(events.columns["id"], event_plots.columns["event_id"])
    with_plots = np.array([r[0] for r in fetch(conn, "SELECT DISTINCT event_id "
                                                     "FROM event_plots")], dtype=np.int64)
    held_there = np.array([v in villages for v in events.columns["village_code"].tolist()],
                          dtype=bool)
    loose = ~np.isin(events.columns["id"], with_plots) & held_there
    return events.take(np.flatnonzero(shown | loose))


# -- one season --------------------------------------------------------------------------
_PLANS_SQL = (
    "SELECT pl.id, pl.plot_id, s.name, pl.status, pl.crops, pl.planned_date, pl.done_date, "
    "pl.cost FROM plot_season_plans pl JOIN seasons s ON s.id = pl.season_id "
    "WHERE pl.season_id = ?"
)
_PLAN_PRACTICES_SQL = (
    "SELECT pp.plan_id, pr.key, pr.name_en, pr.name_kh, pv.name, pp.cost "
    "FROM plan_practices pp JOIN plot_season_plans pl ON pl.id = pp.plan_id "
    "JOIN practices pr ON pr.id = pp.practice_id "
    "LEFT JOIN providers pv ON pv.id = pp.provider_id "
    "WHERE pl.season_id = ? ORDER BY pp.plan_id, pr.key"
)
_YIELDS_SQL = (
    "SELECT plot_id, crop, method, sample_area_m2, fresh_weight_kg, moisture_pct "
    "FROM yield_records WHERE season_id = ?"
)


def season_columns(conn: Connection, season_id: int, fids: np.ndarray,
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
    for plan_id, *rest in fetch(conn, _PLAN_PRACTICES_SQL, (season_id,)):
        practices.setdefault(plan_id, []).append(tuple(rest))
    plans = object_table(fetch(conn, _PLANS_SQL, (season_id,)), 8)
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
    out.update(_season_yields(conn, season_id, index, areas, plan_crops))
    return out


def _season_yields(conn: Connection, season_id: int, index: RowIndex, areas: np.ndarray,
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
    records = fetch(conn, _YIELDS_SQL, (season_id,))
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


def _read(conn: Connection, name: str, column: str | None = None,
          allowed: np.ndarray | None = None) -> _Table:
    """Table ``name`` of :data:`_TABLES`, keeping rows whose ``column`` is ``allowed``."""
    sql, spec = _TABLES[name]
    table = _table(conn, name, sql, spec)
    if column is None:
        return table
    assert allowed is not None  # given with ``column``
    return table.where(column, allowed)


def _table(conn: Connection, name: str, sql: str, spec: Spec) -> _Table:
    raw = object_table(fetch(conn, sql), len(spec))
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
