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

The project is read with its own SQLite library (Python's ``sqlite3``), never through
GDAL: two copies of SQLite in one process may not share a live database file (closing
one drops the other's POSIX locks), so GDAL only ever writes the output files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import numpy as np
from sqlalchemy import Connection, select

from metkasekor_desktop.domain.codes import normalise_admin_code
from metkasekor_desktop.domain.column_table import ColumnTable
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, parse_enum
from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.places import place
from metkasekor_desktop.storage.export_reading import (
    RowIndex,
    fetch,
    object_table,
    objects,
    optional_ints,
    snapshot,
)
from metkasekor_desktop.storage.export_related import related_tables, season_columns
from metkasekor_desktop.storage.gpkg.blob import blobs_to_wkb
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
    "code": "Plot code, unique in the project (text; keep leading zeros).",
    "name": "Plot name given by the officer (text).",
    "farmer_id": "Number of the farmer in the farmers table (integer).",
    "farmer_name_kh": "Name of the farmer in Khmer script.",
    "farmer_name_latin": "Name of the farmer in Latin letters.",
    "farmer_sex": "Sex of the farmer: female or male.",
    "farmer_phone": "Phone number of the farmer (text; keep leading zeros).",
    "role": "What the plot is for: demonstration, control or farmer_field.",
    "paired_code": "Code of the paired plot: the farmer-practice control of a "
                   "demonstration plot.",
    "area_ha": "Area of the plot in hectares (ha), measured in WGS 84 / UTM zone 48N.",
    "village_code": "Village code, 8 digits (text; keep leading zeros).",
    "soil_type": "Soil type noted for the plot (text).",
    "notes": "Free notes about the plot (text).",
    "created_at": "Date (UTC) the plot was added to the register.",
    "modified_at": "Date (UTC) the plot was last changed.",
    "stage": "Latest stage of the MetKasekor model reached at the plot's site.",
    "season": "Cropping season of the plan, e.g. '2024 early wet'.",
    "plan_status": "Status of the season plan: planned, done or cancelled.",
    "crops": "Crops of the season plan in the plan's order, joined with '+'.",
    "practices": "Keys of the season's practices, sorted and joined with '+'.",
    "practice_names_en": "Names of the season's practices in English, joined with ', '.",
    "practice_names_kh": "Names of the season's practices in Khmer, joined with ', '.",
    "providers": "Service providers hired for the season's practices, joined with ', '.",
    "planned_date": "Date the season's practices are planned.",
    "done_date": "Date the season's practices were done.",
    "plan_cost": "Total cost of the season plan and its practices in riel (KHR).",
    "yield_t_ha": "Yield of the main crop (named in yield_crop) in tonnes per hectare "
                  "(t/ha) at the crop's standard moisture; mean of that crop's yield "
                  "records of the plot in the season. Crops are never averaged together.",
    "yield_crop": "Crop of yield_t_ha: the first crop of the season plan that was "
                  "harvested (else the first harvested crop by name).",
    "yields": "Yield of every crop harvested in the season, in t/ha at the crop's "
              "standard moisture, plan order first, e.g. 'maize 4.33; cowpea 1.17'.",
}
for _level, _digits in PLACE_LEVELS:
    if _level != "village":
        PLOT_DESCRIPTIONS[f"{_level}_code"] = f"{_level.title()} code, {_digits} digits (text)."
    PLOT_DESCRIPTIONS[f"{_level}_name_kh"] = f"{_level.title()} name in Khmer (official list)."
    PLOT_DESCRIPTIONS[f"{_level}_name_en"] = f"{_level.title()} name in English (official list)."


@dataclass
class ExportFilter:
    """Which plots to export; every criterion given must hold (None = no restriction)."""

    plot_ids: Sequence[int] | None = None  # the user's selection
    district_code: str | None = None  # 4 digits: plots whose village code starts with it
    season_id: int | None = None  # plots with a (not cancelled) plan in this season
    practice_key: str | None = None  # plots whose plan includes it (in season_id if set)
    role: str | None = None  # a PlotRole value

    def validated(self) -> ExportFilter:
        """The filter with its codes normalised; a message for a code that cannot be."""
        if self.district_code is not None:
            self.district_code = normalise_admin_code(self.district_code, "district")
        if self.role is not None:
            self.role = parse_enum(PlotRole, self.role, "role").value
        if self.practice_key is not None:
            self.practice_key = self.practice_key.strip()
        return self

    @property
    def restricts_in_sql(self) -> bool:
        return any(v is not None for v in (self.district_code, self.season_id,
                                           self.practice_key, self.role))

    def describe(self, project: Project) -> str:
        """In words, for a README or a message: "district 0207, season 2024 early wet"."""
        parts = []
        if self.plot_ids is not None:
            parts.append(f"{len(self.plot_ids)} selected plots")
        if self.district_code is not None:
            parts.append(f"district {self.district_code}")
        if self.season_id is not None:
            parts.append(f"season {_season_name(project, self.season_id)}")
        if self.practice_key is not None:
            parts.append(f"practice {self.practice_key}")
        if self.role is not None:
            parts.append(f"role {self.role}")
        return ", ".join(parts) or "all plots"


# -- public API --------------------------------------------------------------------------
def select_plot_ids(project: Project, flt: ExportFilter) -> np.ndarray:
    """The fids of the plots the filter keeps, sorted (int64)."""
    flt.validated()
    with snapshot(project) as conn:
        return _select_ids(conn, flt)


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
    with snapshot(project) as conn:
        columns, fids, wkb = _plot_columns(conn, flt)
        in_season = ({} if season is None
                     else season_columns(conn, int(season), fids, columns["area_ha"]))
        extras = project.plot_extras.columns(fids, conn) if include_extras else {}
        columns["stage"] = _stages(project, conn, fids)
    columns.update(in_season)
    descriptions = {k: PLOT_DESCRIPTIONS[k] for k in columns}
    for name, values in extras.items():
        key = name
        while key in columns:
            key = "x_" + key
        columns[key] = values
        descriptions[key] = f"Attribute '{name}' kept from the file the plot was imported from."
    return ColumnTable("plots", columns, wkb, STORAGE_EPSG, descriptions)


def related_export_tables(project: Project, plot_ids: np.ndarray) -> list[ColumnTable]:
    """The register and season records of the plots (see :mod:`.export_related`)."""
    return related_tables(project, plot_ids)


# -- the plots ---------------------------------------------------------------------------
# NULL comes as -1, "" or NaT's own integer, so that each column is one numpy call; dates
# come as days since 1970 (the UTC date of the stored time), which is what datetime64[D]
# holds.
_NAT = np.iinfo(np.int64).min
_PLOTS_SQL = (
    "SELECT fid, code, name, ifnull(farmer_id, -1), ifnull(village_code, ''), role, "
    "ifnull(paired_plot_id, -1), soil_type, notes, area_ha, "
    f"ifnull(CAST(julianday(created_at) - 2440587.5 AS INTEGER), {_NAT}), "
    f"ifnull(CAST(julianday(modified_at) - 2440587.5 AS INTEGER), {_NAT}), "
    "geom FROM plots ORDER BY code"
)
_FARMERS_SQL = "SELECT id, name_kh, name_latin, sex, phone FROM farmers ORDER BY id"


def _select_ids(conn: Connection, flt: ExportFilter) -> np.ndarray:
    p, plans = T["plots"], T["plot_season_plans"]
    stmt = select(p.c.fid).order_by(p.c.fid)
    if flt.district_code is not None:  # a range on the indexed village code
        nxt = str(int(flt.district_code) + 1).zfill(4)
        stmt = stmt.where(p.c.village_code >= flt.district_code, p.c.village_code < nxt)
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
    ids = np.array([r[0] for r in fetch(conn, stmt)], dtype=np.int64)
    if flt.plot_ids is not None:  # the selection: a numpy mask, never an IN list
        ids = ids[np.isin(ids, _selection(flt.plot_ids))]
    return ids


def _selection(plot_ids: Sequence[int] | np.ndarray | None) -> np.ndarray:
    return np.asarray([] if plot_ids is None else plot_ids, dtype=np.int64).ravel()


def _plot_columns(conn: Connection, flt: ExportFilter
                  ) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """The plot and farmer columns in output order, the fids and the WKB (sorted by code)."""
    table = object_table(fetch(conn, _PLOTS_SQL), 13)
    fids = table[:, 0].astype(np.int64)
    paired_rows, has_pair = RowIndex(fids).locate(table[:, 6].astype(np.int64))
    # even if not exported (the cast: numpy's hints take no None as a value)
    paired_code = cast(np.ndarray, np.where(has_pair, table[paired_rows, 1], None))
    if flt.restricts_in_sql or flt.plot_ids is not None:
        wanted = (_select_ids(conn, flt) if flt.restricts_in_sql
                  else _selection(flt.plot_ids))
        keep = np.flatnonzero(np.isin(fids, wanted))
        table, fids, paired_code = table[keep], fids[keep], paired_code[keep]
    farmer_ids = table[:, 3].astype(np.int64)
    columns = {"code": table[:, 1].copy(), "name": table[:, 2].copy(),
               "farmer_id": optional_ints(farmer_ids)}
    columns.update(_farmer_columns(conn, farmer_ids))
    columns["role"] = table[:, 5].copy()
    columns["paired_code"] = paired_code
    columns["area_ha"] = table[:, 9].astype(np.float64)  # NULL (None) becomes NaN
    columns.update(_place_columns(table[:, 4].astype(str)))
    columns["soil_type"] = table[:, 7].copy()
    columns["notes"] = table[:, 8].copy()
    columns["created_at"] = table[:, 10].astype(np.int64).view("datetime64[D]")
    columns["modified_at"] = table[:, 11].astype(np.int64).view("datetime64[D]")
    return columns, fids, blobs_to_wkb(table[:, 12])


def _farmer_columns(conn: Connection, farmer_ids: np.ndarray) -> dict[str, np.ndarray]:
    """Each plot's farmer's fields, read once per farmer and spread with numpy."""
    farmers = object_table(fetch(conn, _FARMERS_SQL), 5)
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


_STAGED_SQL = (  # plots an event showed, and their paired plots: all that can have a stage
    "SELECT plot_id FROM event_plots UNION "
    "SELECT p.paired_plot_id FROM plots p JOIN event_plots e ON e.plot_id = p.fid "
    "WHERE p.paired_plot_id IS NOT NULL UNION "
    "SELECT p.fid FROM plots p JOIN event_plots e ON e.plot_id = p.paired_plot_id"
)


def _stages(project: Project, conn: Connection, fids: np.ndarray) -> np.ndarray:
    """The MetKasekor stage of each plot's site (None where no event showed it)."""
    out = np.full(len(fids), None, dtype=object)
    staged = np.array([r[0] for r in fetch(conn, _STAGED_SQL)], dtype=np.int64)
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
    return name if name is not None else f"#{season_id} (not in the project)"
