"""Writing an import: farmers, plots and their extra attributes in one transaction.

An import either lands whole or not at all: a refused plot (a code taken meanwhile, a
geometry the repository refuses) rolls back the farmers made for it too, and the
project is as it was before.

A province's plots are written in bulk (:func:`_add_plots_bulk`): the same rules as
``PlotRepository.add_many`` (every plot validated, its area, versions, the extent and
last change in ``gpkg_contents``), but the rows go to SQLite as tuples built from
column arrays, and the spatial index is packed from the plots' envelopes at once
instead of one R-tree insertion per plot (:mod:`.rtree_bulk`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from metkasekor_desktop.domain.codes import normalise_admin_code
from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.geometry import STORAGE_EPSG, areas_ha
from metkasekor_desktop.domain.import_arrays import normal_codes
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.storage import gpkg_container, row_versions
from metkasekor_desktop.storage.gpkg_blob import encode_blobs
from metkasekor_desktop.storage.repositories.base import joined
from metkasekor_desktop.storage.repositories.plots import _checked_in_bulk
from metkasekor_desktop.storage.rtree_bulk import RTREE_INSERT_TRIGGER, fill_rtree
from metkasekor_desktop.storage.schema import T, to_gpkg_datetime

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

_KHMER = re.compile("[\u1780-\u17ff]")

BULK_PLOTS = 500  # from this many new plots (without ids or pairs) they go in bulk
_PLOT_COLUMNS = ("geom", "code", "name", "farmer_id", "village_code", "role",
                 "paired_plot_id", "soil_type", "notes", "area_ha", "created_at",
                 "modified_at", "mk_edited_by", "mk_edited_at")


@dataclass
class ImportWritten:
    """What the import stored."""

    plot_ids: list[int]
    new_farmers: int
    extras: int
    farmer_ids: list[int] = field(default_factory=list)  # the farmers this import made


@lru_cache(maxsize=65536)
def _farmer_key(name: str) -> str:
    """A name as compared: spaces collapsed, case folded (a province repeats names)."""
    return " ".join(name.split()).casefold()


def write_import(
    project: Project,
    plots: Sequence[Plot],
    farmer_names: Sequence[str],
    extras: Sequence[Mapping[str, str]],
    conn: Connection | None = None,
    farmer_latin: Sequence[str] | None = None,
    areas_ha: Sequence[float] | None = None,
) -> ImportWritten:
    """Store ``plots`` with their farmers (found by name, else created) and extras.

    ``farmer_names`` and ``extras`` are aligned with ``plots``; an empty name leaves
    the plot without a farmer. Everything is one transaction: the caller's ``conn``
    when given (an undoable command), else one of its own. ``farmer_latin`` (aligned
    too) gives a new farmer with a Khmer name its Latin name as well. ``areas_ha``
    (aligned): the areas the review measured in UTM 48N, not measured a second time.
    """
    if not (len(plots) == len(farmer_names) == len(extras)):
        raise ValueError("plots, farmer_names and extras must be aligned")
    farmers_table = T["farmers"]
    with joined(project.engine, conn) as conn:
        known: dict[str, int] = {}
        for row in conn.execute(select(farmers_table.c.id, farmers_table.c.name_kh,
                                       farmers_table.c.name_latin)):
            for name in (row.name_kh, row.name_latin):
                if name:
                    known.setdefault(_farmer_key(name), row.id)
        new: dict[str, Farmer] = {}
        latins = farmer_latin if farmer_latin is not None else [""] * len(plots)
        for plot, name, latin in zip(plots, farmer_names, latins, strict=True):
            key = _farmer_key(name) if name else ""
            if key and key not in known and key not in new:
                khmer = bool(_KHMER.search(name))
                new[key] = Farmer(name_kh=name.strip() if khmer else "",
                                  name_latin=(latin or "").strip() if khmer else name.strip(),
                                  village_code=plot.village_code)
        farmer_ids: list[int] = []
        if new:
            farmer_ids = project.farmers.add_many(list(new.values()), conn=conn)
            known.update(zip(new, farmer_ids, strict=True))
        for plot, name in zip(plots, farmer_names, strict=True):
            if name:
                plot.farmer_id = known[_farmer_key(name)]
        plot_ids = _add_plots(project, list(plots), conn, areas_ha)
        rows = [(pid, k, v) for pid, ex in zip(plot_ids, extras, strict=True)
                for k, v in ex.items()]
        count = project.plot_extras.add_many(rows, conn=conn)
    return ImportWritten(plot_ids, len(new), count, farmer_ids)


def _add_plots(project: Project, plots: list[Plot], conn: Connection,
               known_areas: Sequence[float] | None) -> list[int]:
    """New plots through the bulk path when there are many; else the repository's."""
    if (len(plots) < BULK_PLOTS
            or any(p.id is not None or p.paired_plot_id is not None for p in plots)):
        return project.plots.add_many(plots, conn=conn, known_areas=known_areas)
    return _add_plots_bulk(project, plots, conn, known_areas)


def _add_plots_bulk(project: Project, plots: list[Plot], conn: Connection,
                    known_areas: Sequence[float] | None) -> list[int]:
    """``PlotRepository.add_many`` for many new, unpaired plots, in bulk.

    Each plot is validated as the repository does (the shapes checked at once first),
    then the rows are inserted with the driver's executemany inside a savepoint, with
    the R-tree insert trigger and the trigger for plots of other programs set aside and
    put back exactly as the file stored them; the R-tree gets the new envelopes at once.
    A refused batch (a code taken) rolls all of it back and raises the repository's
    DuplicateError.
    """
    given = [p.geometry for p in plots]  # the shapes ``known_areas`` measured
    _validate_all(plots)
    geoms = np.empty(len(plots), dtype=object)
    geoms[:] = [p.geometry for p in plots]
    known = None
    if known_areas is not None and len(known_areas) == len(plots):
        # a shape that validation replaced is measured again
        known = np.array([a if p.geometry is g else np.nan
                          for p, g, a in zip(plots, given, known_areas, strict=True)],
                         dtype=np.float64)
    areas = areas_ha(geoms, known)
    bounds = shapely.bounds(geoms)  # minx, miny, maxx, maxy
    rows = _plot_rows(plots, encode_blobs(geoms, STORAGE_EPSG), areas)
    try:
        with conn.begin_nested():  # a refused batch leaves no row behind
            ids = _insert_plots(conn, rows, bounds)
    except IntegrityError as error:
        raise project.plots._integrity(conn, plots, error) from None
    for plot, new_id in zip(plots, ids, strict=True):
        plot.id = new_id
        plot.version = 1
    with np.errstate(invalid="ignore"):
        extent = (float(np.nanmin(bounds[:, 0])), float(np.nanmin(bounds[:, 1])),
                  float(np.nanmax(bounds[:, 2])), float(np.nanmax(bounds[:, 3])))
    gpkg_container.extend_extent(conn, "plots", extent)
    return ids


def _validate_all(plots: Sequence[Plot]) -> None:
    """``Plot.validated`` of each plot, shapes checked at once first (as the repository
    does); a plot whose code, role and village code are already as stored is left as
    it is, which is what ``validated`` would do, without its 100,000 calls."""
    checked = _checked_in_bulk(plots)
    codes_ok = normal_codes([p.code for p in plots])
    village_ok: dict[str, bool] = {}

    def village_is_normal(code: str) -> bool:
        ok = village_ok.get(code)
        if ok is None:
            try:
                ok = normalise_admin_code(code, "village") == code
            except ValidationError:
                ok = False
            village_ok[code] = ok
        return ok

    for plot in plots:
        village = plot.village_code
        if (codes_ok and id(plot) in checked and type(plot.role) is PlotRole
                and plot.paired_plot_id is None
                and (village is None or (type(village) is str and village != ""
                                         and village_is_normal(village)))):
            continue
        plot.validated(geometry_checked=id(plot) in checked)


def _plot_rows(plots: Sequence[Plot], blobs: Sequence[bytes | None],
               areas: np.ndarray) -> list[tuple[Any, ...]]:
    """The rows of ``_PLOT_COLUMNS`` as tuples; each time stamp formatted once."""
    stamps: dict[datetime, str | None] = {}

    def stamp(value: datetime) -> str | None:
        text = stamps.get(value)
        if text is None:
            text = stamps[value] = to_gpkg_datetime(value)
        return text

    # One editor and one time stamp for the batch, as PlotRepository writes them.
    editor, edited_at = row_versions.editor_name(), stamp(row_versions.now())
    return [
        (blob, p.code, p.name, p.farmer_id, p.village_code, str(p.role), None,
         p.soil_type, p.notes, area, stamp(p.created_at), stamp(p.modified_at), editor,
         edited_at)
        for p, blob, area in zip(plots, blobs, areas.tolist(), strict=True)
    ]


def _trigger_sql(conn: Connection, name: str) -> str | None:
    ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                               "name = ?", (name,)).scalar()
    return None if ddl is None else str(ddl)


def _insert_plots(conn: Connection, rows: list[tuple[Any, ...]],
                  bounds: np.ndarray) -> list[int]:
    """Insert new rows (ids from the database, consecutive in this write transaction)
    and index them; the two insert triggers are set aside meanwhile.

    The GeoPackage R-tree trigger calls five SQL functions per row; the trigger that
    marks rows added by another program (``WHEN NEW.mk_edited_by IS NULL``) never fires
    for rows that name their editor, yet its presence alone slows SQLite's insert
    threefold. Both are put back as the file stored them, in this transaction.
    """
    set_aside = [RTREE_INSERT_TRIGGER]
    if all(r[12] for r in rows):  # every row names its editor
        set_aside.append(row_versions.FOREIGN_INSERT_TRIGGER)
    stored: list[str] = []
    for name in set_aside:
        ddl = _trigger_sql(conn, name)
        if ddl is not None:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            stored.append(ddl)
    sql = (f'INSERT INTO "plots" ({", ".join(_PLOT_COLUMNS)}) '
           f'VALUES ({", ".join("?" * len(_PLOT_COLUMNS))})')
    conn.exec_driver_sql(sql, rows)
    last = int(conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
    first = last - len(rows) + 1
    count = conn.exec_driver_sql(
        "SELECT count(*) FROM plots WHERE fid BETWEEN ? AND ?", (first, last)).scalar_one()
    if count != len(rows):  # never expected; refuse rather than mislabel
        raise RuntimeError("New ids of a bulk insert are not consecutive.")
    ids = np.arange(first, last + 1, dtype=np.int64)
    keep = ~np.isnan(bounds[:, 0])  # no entry for a missing or empty shape
    fill_rtree(conn, ids[keep], bounds[keep])
    for ddl in stored:
        conn.exec_driver_sql(ddl)
    return ids.tolist()
