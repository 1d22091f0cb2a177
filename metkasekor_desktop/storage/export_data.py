"""The plots of a project with their register and season data joined, ready to export.

A partner asks for "the plots of Ratanak Mondul with what they got in the 2024 early
wet season": one row per plot with its farmer, its place names, its stage and its
season plan, and the plot's boundary. This module reads that from the project file in
a few bulk selects on one connection (a consistent snapshot), never one query per plot
and never 100,000 ids bound into an ``IN (...)``: filters are SQL subqueries or numpy
masks, place names are looked up once per distinct village, and geometries stay WKB.

The result is a :class:`ColumnTable`, the shape of ``io.export_table.ExportTable``
(name, columns, wkb, epsg, descriptions), which every writer takes. Storage may not
import io (the layer contract), so the caller turns one into the other with
``table.to(ExportTable)``; no array is copied.

The project is read through its backend with SQLAlchemy Core selects, so a GeoPackage
file and a shared register on PostGIS export alike; never through GDAL: two copies of
SQLite in one process may not share a live database file (closing one drops the other's
POSIX locks), so GDAL only ever writes the output files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from sqlalchemy import CompoundSelect, Select, func, select, union

from metkasekor_desktop.domain.codes import normalise_admin_code
from metkasekor_desktop.domain.column_table import ColumnTable
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, parse_enum
from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import Message, joined, msg
from metkasekor_desktop.domain.places import place
from metkasekor_desktop.storage.export_reading import (
    RowIndex,
    Snapshot,
    days_or_nat,
    object_table,
    objects,
    optional_ints,
    snapshot,
)
from metkasekor_desktop.storage.export_related import related_tables, season_columns
from metkasekor_desktop.storage.plot_attributes import latest_season_id, plot_stages
from metkasekor_desktop.storage.schema import T

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

__all__ = [
    "ColumnTable", "ExportFilter", "latest_season_with_plans", "plots_export_table",
    "related_export_tables", "select_plot_ids",
]

PLACE_LEVELS = (("village", 8), ("commune", 6), ("district", 4), ("province", 2))

PLOT_DESCRIPTIONS: dict[str, str] = {
    "code": msg("Plot code, unique in the project (text; keep leading zeros)."),
    "name": msg("Plot name given by the officer (text)."),
    "farmer_id": msg("Number of the farmer in the farmers table (integer)."),
    "farmer_name_kh": msg("Name of the farmer in Khmer script."),
    "farmer_name_latin": msg("Name of the farmer in Latin letters."),
    "farmer_sex": msg("Sex of the farmer: female or male."),
    "farmer_phone": msg("Phone number of the farmer (text; keep leading zeros)."),
    "role": msg("What the plot is for: demonstration, control or farmer_field."),
    "paired_code": msg("Code of the paired plot: the farmer-practice control of a "
                       "demonstration plot."),
    "area_ha": msg("Area of the plot in hectares (ha), measured in WGS 84 / UTM zone 48N."),
    "village_code": msg("Village code, 8 digits (text; keep leading zeros)."),
    "soil_type": msg("Soil type noted for the plot (text)."),
    "notes": msg("Free notes about the plot (text)."),
    "created_at": msg("Date (UTC) the plot was added to the register."),
    "modified_at": msg("Date (UTC) the plot was last changed."),
    "stage": msg("Latest stage of the MetKasekor model reached at the plot's site."),
    "season": msg("Cropping season of the plan, e.g. '2024 early wet'."),
    "plan_status": msg("Status of the season plan: planned, done or cancelled."),
    "crops": msg("Crops of the season plan in the plan's order, joined with '+'."),
    "practices": msg("Keys of the season's practices, sorted and joined with '+'."),
    "practice_names_en": msg("Names of the season's practices in English, joined with ', '."),
    "practice_names_kh": msg("Names of the season's practices in Khmer, joined with ', '."),
    "providers": msg("Service providers hired for the season's practices, joined with ', '."),
    "planned_date": msg("Date the season's practices are planned."),
    "done_date": msg("Date the season's practices were done."),
    "plan_cost": msg("Total cost of the season plan and its practices in riel (KHR)."),
    "yield_t_ha": msg("Yield of the main crop (named in yield_crop) in tonnes per hectare "
                      "(t/ha) at the crop's standard moisture; mean of that crop's yield "
                      "records of the plot in the season. Crops are never averaged together."),
    "yield_crop": msg("Crop of yield_t_ha: the first crop of the season plan that was "
                      "harvested (else the first harvested crop by name)."),
    "yields": msg("Yield of every crop harvested in the season, in t/ha at the crop's "
                  "standard moisture, plan order first, e.g. 'maize 4.33; cowpea 1.17'."),
}
PLOT_DESCRIPTIONS.update({  # the place names and codes of each level (PLACE_LEVELS)
    "village_name_kh": msg("Village name in Khmer (official list)."),
    "village_name_en": msg("Village name in English (official list)."),
    "commune_code": msg("Commune code, 6 digits (text)."),
    "commune_name_kh": msg("Commune name in Khmer (official list)."),
    "commune_name_en": msg("Commune name in English (official list)."),
    "district_code": msg("District code, 4 digits (text)."),
    "district_name_kh": msg("District name in Khmer (official list)."),
    "district_name_en": msg("District name in English (official list)."),
    "province_code": msg("Province code, 2 digits (text)."),
    "province_name_kh": msg("Province name in Khmer (official list)."),
    "province_name_en": msg("Province name in English (official list)."),
})


@dataclass
class ExportFilter:
    """Which plots to export; every criterion given must hold (None = no restriction)."""

    plot_ids: Sequence[int] | None = None  # the user's selection
    district_code: str | None = None  # 4 digits: plots whose village code starts with it
    province_code: str | None = None  # 2 digits: likewise
    season_id: int | None = None  # plots with a (not cancelled) plan in this season
    practice_key: str | None = None  # plots whose plan includes it (in season_id if set)
    role: str | None = None  # a PlotRole value

    def validated(self) -> ExportFilter:
        """The filter with its codes normalised; a message for a code that cannot be."""
        if self.district_code is not None:
            self.district_code = normalise_admin_code(self.district_code, "district")
        if self.province_code is not None:
            self.province_code = normalise_admin_code(self.province_code, "province")
        if self.role is not None:
            self.role = parse_enum(PlotRole, self.role, "role").value
        if self.practice_key is not None:
            self.practice_key = self.practice_key.strip()
        return self

    @property
    def restricts_in_sql(self) -> bool:
        return any(v is not None for v in (self.district_code, self.province_code,
                                           self.season_id, self.practice_key, self.role))

    def describe(self, project: Project) -> str:
        """In words, for a README or a message: "district 0207, season 2024 early wet"."""
        parts: list[Message] = []
        if self.plot_ids is not None:
            parts.append(msg("{count} selected plots", count=len(self.plot_ids)))
        if self.province_code is not None:
            parts.append(msg("province {code}", code=self.province_code))
        if self.district_code is not None:
            parts.append(msg("district {code}", code=self.district_code))
        if self.season_id is not None:
            parts.append(msg("season {name}", name=_season_name(project, self.season_id)))
        if self.practice_key is not None:
            parts.append(msg("practice {key}", key=self.practice_key))
        if self.role is not None:
            parts.append(msg("role {role}", role=self.role))
        return joined(parts, ", ") if parts else msg("all plots")


# -- public API --------------------------------------------------------------------------
def select_plot_ids(project: Project, flt: ExportFilter) -> np.ndarray:
    """The fids of the plots the filter keeps, sorted (int64)."""
    flt.validated()
    with snapshot(project) as snap:
        return _select_ids(snap, flt)


def latest_season_with_plans(project: Project) -> int | None:
    """The season an export shows by default: the latest with plans, None without plans."""
    with project.engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM plot_season_plans LIMIT 1").first() is None:
            return None
    return latest_season_id(project)


def plots_export_table(project: Project, flt: ExportFilter | None = None, *,
                       season_id: int | None = None,
                       include_extras: bool = True) -> ColumnTable:
    """The filtered plots, sorted by code, with farmer, places, stage and geometry.

    With ``season_id`` (or else the filter's season) the plot's plan and yield in that
    season follow; with ``include_extras`` the attributes kept from imported files.
    """
    flt = (flt or ExportFilter()).validated()
    season = season_id if season_id is not None else flt.season_id
    with snapshot(project) as snap:
        columns, fids, wkb = _plot_columns(snap, flt)
        in_season = ({} if season is None
                     else season_columns(snap, int(season), fids, columns["area_ha"]))
        extras = project.plot_extras.columns(fids, snap.conn) if include_extras else {}
        columns["stage"] = _stages(project, snap, fids)
    columns.update(in_season)
    descriptions = {k: PLOT_DESCRIPTIONS[k] for k in columns}
    for name, values in extras.items():
        key = name
        while key in columns:
            key = "x_" + key
        columns[key] = values
        descriptions[key] = msg("Attribute '{name}' kept from the file the plot was imported "
                                "from.", name=name)
    return ColumnTable("plots", columns, wkb, STORAGE_EPSG, descriptions)


def related_export_tables(project: Project, plot_ids: np.ndarray) -> list[ColumnTable]:
    """The register and season records of the plots (see :mod:`.export_related`)."""
    return related_tables(project, plot_ids)


# -- the plots ---------------------------------------------------------------------------
# NULL comes as -1, "" or NaT's own integer, so that each column is one numpy call; dates
# come as days since 1970 (the UTC date of the stored time), which is what datetime64[D]
# holds. Rows come in any order and are sorted by code here: a server's collation might
# order codes otherwise than their characters do (as a GeoPackage file sorts them).
def _plots_select() -> Select[Any]:
    p = T["plots"]
    return select(
        p.c.fid, p.c.code, p.c.name, func.coalesce(p.c.farmer_id, -1),
        func.coalesce(p.c.village_code, ""), p.c.role, func.coalesce(p.c.paired_plot_id, -1),
        p.c.soil_type, p.c.notes, p.c.area_ha, days_or_nat(p.c.created_at),
        days_or_nat(p.c.modified_at), p.c.geom)


def _farmers_select() -> Select[Any]:
    f = T["farmers"]
    return select(f.c.id, f.c.name_kh, f.c.name_latin, f.c.sex, f.c.phone).order_by(f.c.id)


def _select_ids(snap: Snapshot, flt: ExportFilter) -> np.ndarray:
    p, plans = T["plots"], T["plot_season_plans"]
    stmt = select(p.c.fid).order_by(p.c.fid)
    for code in (flt.province_code, flt.district_code):
        if code is not None:  # a range on the indexed village code
            nxt = str(int(code) + 1).zfill(len(code))
            stmt = stmt.where(p.c.village_code >= code, p.c.village_code < nxt)
    if flt.role is not None:
        stmt = stmt.where(p.c.role == flt.role)
    live = plans.c.status != PlanStatus.CANCELLED.value
    if flt.season_id is not None:
        stmt = stmt.where(p.c.fid.in_(select(plans.c.plot_id).where(
            plans.c.season_id == int(flt.season_id), live)))
    if flt.practice_key is not None:
        links, practices = T["plan_practices"], T["practices"]
        sub = (select(plans.c.plot_id)
               .join(links, links.c.plan_id == plans.c.id)
               .join(practices, practices.c.id == links.c.practice_id)
               .where(practices.c.key == flt.practice_key, live))
        if flt.season_id is not None:
            sub = sub.where(plans.c.season_id == int(flt.season_id))
        stmt = stmt.where(p.c.fid.in_(sub))
    ids = np.array([r[0] for r in snap.fetch(stmt)], dtype=np.int64)
    if flt.plot_ids is not None:  # the selection: a numpy mask, never an IN list
        ids = ids[np.isin(ids, _selection(flt.plot_ids))]
    return ids


def _selection(plot_ids: Sequence[int] | np.ndarray | None) -> np.ndarray:
    return np.asarray([] if plot_ids is None else plot_ids, dtype=np.int64).ravel()


def _plot_columns(snap: Snapshot, flt: ExportFilter
                  ) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """The plot and farmer columns in output order, the fids and the WKB (sorted by code)."""
    table = object_table(snap.fetch(_plots_select()), 13)
    table = table[np.argsort(table[:, 1].astype(str), kind="stable")]
    fids = table[:, 0].astype(np.int64)
    paired_rows, has_pair = RowIndex(fids).locate(table[:, 6].astype(np.int64))
    # even if not exported (the cast: numpy's hints take no None as a value)
    paired_code = cast(np.ndarray, np.where(has_pair, table[paired_rows, 1], None))
    if flt.restricts_in_sql or flt.plot_ids is not None:
        wanted = (_select_ids(snap, flt) if flt.restricts_in_sql
                  else _selection(flt.plot_ids))
        keep = np.flatnonzero(np.isin(fids, wanted))
        table, fids, paired_code = table[keep], fids[keep], paired_code[keep]
    farmer_ids = table[:, 3].astype(np.int64)
    columns = {"code": table[:, 1].copy(), "name": table[:, 2].copy(),
               "farmer_id": optional_ints(farmer_ids)}
    columns.update(_farmer_columns(snap, farmer_ids))
    columns["role"] = table[:, 5].copy()
    columns["paired_code"] = paired_code
    columns["area_ha"] = table[:, 9].astype(np.float64)  # NULL (None) becomes NaN
    columns.update(_place_columns(table[:, 4].astype(str)))
    columns["soil_type"] = table[:, 7].copy()
    columns["notes"] = table[:, 8].copy()
    columns["created_at"] = table[:, 10].astype(np.int64).view("datetime64[D]")
    columns["modified_at"] = table[:, 11].astype(np.int64).view("datetime64[D]")
    return columns, fids, snap.wkb(table[:, 12])


def _farmer_columns(snap: Snapshot, farmer_ids: np.ndarray) -> dict[str, np.ndarray]:
    """Each plot's farmer's fields, read once per farmer and spread with numpy."""
    farmers = object_table(snap.fetch(_farmers_select()), 5)
    keys = ("farmer_name_kh", "farmer_name_latin", "farmer_sex", "farmer_phone")
    if not len(farmers):
        return {key: np.full(len(farmer_ids), None, dtype=object) for key in keys}
    rows, found = RowIndex(farmers[:, 0].astype(np.int64)).locate(farmer_ids)
    return {key: cast(np.ndarray, np.where(found, farmers[rows, j], None))
            for j, key in enumerate(keys, 1)}


def _place_columns(villages: np.ndarray) -> dict[str, np.ndarray]:
    """Codes and official names of village, commune, district and province.

    ``villages`` is a numpy text array ("" for none). Each distinct code is looked up
    once and the answer spread to its plots. A code the official list does not know
    keeps the codes its digits give and gets no names.
    """
    distinct, inverse = np.unique(villages, return_inverse=True)
    table: dict[str, list[str | None]] = {
        f"{level}_{part}": [] for level, _ in PLACE_LEVELS for part in ("code", "name_kh",
                                                                        "name_en")}
    for code in distinct.tolist():
        known = place(code) if code else None
        for level, digits in PLACE_LEVELS:
            unit = getattr(known, level) if known else None
            if unit is not None:
                values = (unit.code, unit.name_kh or None, unit.name_en or None)
            elif level == "village":
                values = (code or None, None, None)
            else:
                values = (code[:digits] if len(code) == 8 and code.isdigit() else None, None,
                          None)
            for part, value in zip(("code", "name_kh", "name_en"), values, strict=True):
                table[f"{level}_{part}"].append(value)
    return {key: objects(values)[inverse.ravel()] for key, values in table.items()}


def _staged_select() -> CompoundSelect:
    """Plots an event showed, and their paired plots: all that can have a stage."""
    p, e = T["plots"], T["event_plots"]
    return union(
        select(e.c.plot_id),
        select(p.c.paired_plot_id).join(e, e.c.plot_id == p.c.fid)
        .where(p.c.paired_plot_id.is_not(None)),
        select(p.c.fid).join(e, e.c.plot_id == p.c.paired_plot_id))


def _stages(project: Project, snap: Snapshot, fids: np.ndarray) -> np.ndarray:
    """The MetKasekor stage of each plot's site (None where no event showed it)."""
    out = np.full(len(fids), None, dtype=object)
    staged = np.array([r[0] for r in snap.fetch(_staged_select())], dtype=np.int64)
    rows, found = RowIndex(fids).locate(staged)
    if found.any():
        stages = plot_stages(project, staged[found])
        stages[stages == ""] = None
        out[rows[found]] = stages
    return out


def _season_name(project: Project, season_id: int) -> str:
    seasons = T["seasons"]
    with project.engine.connect() as conn:
        name = conn.execute(select(seasons.c.name).where(seasons.c.id == season_id)).scalar()
    return name if name is not None else msg("#{id} (not in the project)", id=season_id)

