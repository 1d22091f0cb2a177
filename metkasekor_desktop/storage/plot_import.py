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
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plot import Plot, utc_now
from metkasekor_desktop.storage import row_versions
from metkasekor_desktop.storage.chunked_rows import ChunkedRows
from metkasekor_desktop.storage.repositories.base import joined
from metkasekor_desktop.storage.repositories.plots import _checked_in_bulk
from metkasekor_desktop.storage.schema import T, to_gpkg_datetime

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

_KHMER = re.compile("[\u1780-\u17ff]")

BULK_PLOTS = 500  # from this many new plots (without ids or pairs) they go in bulk
_PLOT_COLUMNS = ("geom", "code", "name", "farmer_id", "village_code", "role",
                 "paired_plot_id", "soil_type", "notes", "area_ha", "created_at",
                 "modified_at", "mk_edited_by", "mk_edited_at")
# The columns of a row built from an import's columns (the others are the same in all).
_COLUMN_ROW = ("geom", "code", "name", "farmer_id", "village_code", "role", "soil_type",
               "notes", "area_ha")


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
        raise ValueError(msg("plots, farmer_names and extras must be aligned"))
    latins = farmer_latin if farmer_latin is not None else [""] * len(plots)
    with joined(project.backend, conn) as conn:
        ids_of_plots, new_count, farmer_ids = _match_farmers(
            project, conn, farmer_names, latins, [p.village_code for p in plots])
        for plot, farmer_id in zip(plots, ids_of_plots, strict=True):
            if farmer_id is not None:
                plot.farmer_id = farmer_id
        plot_ids = _add_plots(project, list(plots), conn, areas_ha)
        rows = [(pid, k, v) for pid, ex in zip(plot_ids, extras, strict=True)
                for k, v in ex.items()]
        count = project.plot_extras.add_many(rows, conn=conn)
    return ImportWritten(plot_ids, new_count, count, farmer_ids)


def _match_farmers(project: Project, conn: Connection, names: Sequence[str],
                   latins: Sequence[str], villages: Sequence[str | None]
                   ) -> tuple[list[int | None], int, list[int]]:
    """Each plot's farmer id (None without a name), found by name among the project's
    farmers, else made: one new farmer per name (spaces and case aside), in the order
    the names first come, with the village and Latin name of the first plot naming
    them. Returns the ids aligned with ``names``, how many farmers were made, their ids.

    Each distinct name is looked at once: a province repeats a thousand names.
    """
    farmers_table = T["farmers"]
    known: dict[str, int] = {}
    for row in conn.execute(select(farmers_table.c.id, farmers_table.c.name_kh,
                                   farmers_table.c.name_latin)):
        for name in (row.name_kh, row.name_latin):
            if name:
                known.setdefault(_farmer_key(name), row.id)
    n = len(names)
    first = dict(zip(reversed(names), range(n - 1, -1, -1), strict=True))  # name -> first k
    new: dict[str, Farmer] = {}
    for name, k in sorted(first.items(), key=lambda item: item[1]):
        key = _farmer_key(name) if name else ""
        if key and key not in known and key not in new:
            khmer = bool(_KHMER.search(name))
            new[key] = Farmer(name_kh=name.strip() if khmer else "",
                              name_latin=(latins[k] or "").strip() if khmer else name.strip(),
                              village_code=villages[k])
    farmer_ids: list[int] = []
    if new:
        farmer_ids = project.farmers.add_many(list(new.values()), conn=conn)
        known.update(zip(new, farmer_ids, strict=True))
    by_name = {name: known[_farmer_key(name)] for name in first if name}
    return list(map(by_name.get, names)), len(new), farmer_ids


@dataclass
class ImportColumns:
    """The plots of an import as aligned columns: what :func:`write_import_columns`
    stores, without a :class:`Plot` object per plot.

    ``areas_ha``: UTM 48N hectares the review measured of these very shapes (NaN where
    unknown). ``extra_values`` holds one column per name of ``extra_names`` ("" where
    the plot has no such extra). ``shapes_checked``: the caller made sure every shape
    is a valid MultiPolygon (the import review does), so validity is not checked again;
    type, emptiness and dimension are, at once.
    """

    codes: Sequence[str]
    geometries: np.ndarray
    names: Sequence[str]
    farmer_names: Sequence[str]
    village_codes: Sequence[str | None]
    roles: Sequence[PlotRole | str]
    soil_types: Sequence[str]
    notes: Sequence[str]
    farmer_latin: Sequence[str] | None = None
    areas_ha: np.ndarray | None = None
    extra_names: Sequence[str] = ()
    extra_values: Sequence[Sequence[str]] = ()
    created_at: datetime = field(default_factory=utc_now)  # and modified_at
    shapes_checked: bool = False

    def __len__(self) -> int:
        return len(self.codes)

    def plots(self) -> list[Plot]:
        """One :class:`Plot` per row (for the repository's own, per-plot path)."""
        return [Plot(code=code, name=name, geometry=geom, village_code=village, role=role,
                     soil_type=soil, notes=notes, created_at=self.created_at,
                     modified_at=self.created_at)
                for code, name, geom, village, role, soil, notes in zip(
                    self.codes, self.names, self.geometries.tolist(), self.village_codes,
                    self.roles, self.soil_types, self.notes, strict=True)]

    def extras(self) -> list[dict[str, str]]:
        """Each row's extras by name (empty values left out)."""
        rows = zip(*self.extra_values, strict=True) if self.extra_names else (
            () for _ in range(len(self)))
        return [{k: v for k, v in zip(self.extra_names, row, strict=True) if v}
                for row in rows]


def write_import_columns(project: Project, columns: ImportColumns,
                         conn: Connection | None = None, *,
                         bulk_from: int = BULK_PLOTS) -> ImportWritten:
    """:func:`write_import` of plots given as columns: the same rows, farmers and extras.

    From ``bulk_from`` plots on, the rows are built from the columns and written in
    bulk (one executemany for the plots, one INSERT for the extras); fewer go through
    :func:`write_import` as :class:`Plot` objects.
    """
    n = len(columns)
    if not (len(columns.geometries) == len(columns.names) == len(columns.farmer_names)
            == len(columns.village_codes) == len(columns.roles) == len(columns.soil_types)
            == len(columns.notes) == n) or any(len(v) != n for v in columns.extra_values):
        raise ValueError(msg("the columns of an import must be aligned"))
    if n < bulk_from:
        return write_import(project, columns.plots(), columns.farmer_names,
                            columns.extras(), conn=conn, farmer_latin=columns.farmer_latin,
                            areas_ha=None if columns.areas_ha is None
                            else np.asarray(columns.areas_ha).tolist())
    latins = columns.farmer_latin if columns.farmer_latin is not None else [""] * n
    with joined(project.backend, conn) as conn:
        farmer_of, new_count, farmer_ids = _match_farmers(
            project, conn, columns.farmer_names, latins, columns.village_codes)
        plot_ids, count = _add_columns_bulk(project, columns, farmer_of, conn)
    return ImportWritten(plot_ids, new_count, count, farmer_ids)


def _extra_rows(plot_ids: Sequence[int], names: Sequence[str],
                values: Sequence[Sequence[str]]) -> list[tuple[int, str, str]]:
    """``(plot_id, name, value)`` rows, plot by plot, names in order, empty values left
    out: the rows :func:`write_import` makes from each plot's dictionary."""
    if len(names) == 1:
        name = names[0]
        return [(pid, name, v) for pid, v in zip(plot_ids, values[0], strict=True) if v]
    return [(pid, k, v) for pid, row in zip(plot_ids, zip(*values, strict=True), strict=True)
            for k, v in zip(names, row, strict=True) if v]


def _insert_extras(project: Project, conn: Connection, plot_ids: Sequence[int],
                   names: Sequence[str], values: Sequence[Sequence[str]]) -> int:
    """The rows of :func:`_extra_rows` stored; returns how many: by the backend's
    quicker way when it has one for these values, else as rows."""
    count = project.backend.insert_extras(conn, plot_ids, names, values)
    if count is not None:
        return count
    rows = _extra_rows(plot_ids, names, values)
    return project.plot_extras.add_rows(rows, conn=conn)


def _add_columns_bulk(project: Project, columns: ImportColumns,
                      farmer_ids: Sequence[int | None], conn: Connection
                      ) -> tuple[list[int], int]:
    """``_add_plots_bulk`` of plots given as columns (validated as ``Plot.validated``
    would: at once where the values are as stored already, one by one elsewhere), and
    their extras; returns the new ids and how many extras were stored."""
    codes, villages, roles, geoms, changed = _validated_columns(columns)
    known = None
    if columns.areas_ha is not None and len(columns.areas_ha) == len(codes):
        known = np.array(columns.areas_ha, dtype=np.float64)  # a copy
        known[changed] = np.nan  # a shape that validation replaced is measured again
    areas = areas_ha(geoms, known, assume_valid=True)  # valid: checked above
    bounds = shapely.bounds(geoms)  # minx, miny, maxx, maxy
    role_text = {r: str(r) for r in set(roles)}
    created = to_gpkg_datetime(columns.created_at)
    editor, edited_at = row_versions.editor_name(), to_gpkg_datetime(row_versions.now())
    role_texts = list(map(role_text.__getitem__, roles))
    area_list = areas.tolist()

    def make(start: int, stop: int) -> list[tuple[Any, ...]]:
        # A chunk's shapes are encoded as the one before is written.
        blobs = project.backend.encode_geometries(geoms[start:stop], STORAGE_EPSG)
        return list(zip(blobs, codes[start:stop], columns.names[start:stop],
                        farmer_ids[start:stop], villages[start:stop], role_texts[start:stop],
                        columns.soil_types[start:stop], columns.notes[start:stop],
                        area_list[start:stop], strict=True))

    rows = ChunkedRows(len(codes), make)
    fixed = {"paired_plot_id": None, "created_at": created, "modified_at": created,
             "mk_edited_by": editor, "mk_edited_at": edited_at}  # the same in every row
    try:
        with conn.begin_nested():  # a refused batch leaves no row behind
            ids = project.backend.insert_many(conn, "plots", _COLUMN_ROW, rows, fixed,
                                              bounds)
    except IntegrityError as error:
        raise project.plots._integrity(conn, [Plot(code=c) for c in codes], error) from None
    with np.errstate(invalid="ignore"):
        extent = (float(np.nanmin(bounds[:, 0])), float(np.nanmin(bounds[:, 1])),
                  float(np.nanmax(bounds[:, 2])), float(np.nanmax(bounds[:, 3])))
    project.backend.extend_extent(conn, "plots", extent)
    count = _insert_extras(project, conn, ids, columns.extra_names, columns.extra_values)
    return ids, count


def _validated_columns(columns: ImportColumns):
    """Codes, village codes, roles and shapes as ``Plot.validated`` leaves them, and
    which shapes it replaced. Rows whose values are as stored already (the import's
    usual case, found with array and string functions) are left as they are; the
    others go through ``Plot.validated``, which normalises them or raises its message.
    """
    n = len(columns)
    geoms = np.empty(n, dtype=object)
    geoms[:] = list(columns.geometries)
    shape_ok = ((shapely.get_type_id(geoms) == 6) & ~shapely.is_empty(geoms)
                & ~shapely.has_z(geoms))
    if not columns.shapes_checked:
        shape_ok[shape_ok] = shapely.is_valid(geoms[shape_ok])
    codes, villages, roles = columns.codes, columns.village_codes, columns.roles
    village_ok = {v: _normal_village(v) for v in set(villages)}
    row_ok = shape_ok.copy()
    if not all(village_ok.values()) or set(map(type, roles)) - {PlotRole}:
        row_ok &= np.fromiter((village_ok[v] and type(r) is PlotRole
                               for v, r in zip(villages, roles, strict=True)),
                              dtype=bool, count=n)
    if not normal_codes(codes):
        row_ok[:] = False
    changed = np.zeros(n, dtype=bool)
    redo = np.flatnonzero(~row_ok).tolist()
    if redo:
        codes, villages, roles = list(codes), list(villages), list(roles)
        for i in redo:
            plot = Plot(code=codes[i], geometry=geoms[i], village_code=villages[i],
                        role=roles[i]).validated(geometry_checked=bool(shape_ok[i]))
            codes[i], villages[i], roles[i] = plot.code, plot.village_code, plot.role
            changed[i] = plot.geometry is not geoms[i]
            geoms[i] = plot.geometry
    return codes, villages, roles, geoms, changed


def _normal_village(code: str | None) -> bool:
    """True when ``Plot.validated`` leaves this village code as it is."""
    if code is None:
        return True
    if type(code) is not str or code == "":
        return False
    try:
        return normalise_admin_code(code, "village") == code
    except ValidationError:
        return False


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
    rows = _plot_rows(plots, project.backend.encode_geometries(geoms, STORAGE_EPSG), areas)
    try:
        with conn.begin_nested():  # a refused batch leaves no row behind
            ids = project.backend.insert_many(conn, "plots", _PLOT_COLUMNS, rows, None,
                                              bounds)
    except IntegrityError as error:
        raise project.plots._integrity(conn, plots, error) from None
    for plot, new_id in zip(plots, ids, strict=True):
        plot.id = new_id
        plot.version = 1
    with np.errstate(invalid="ignore"):
        extent = (float(np.nanmin(bounds[:, 0])), float(np.nanmin(bounds[:, 1])),
                  float(np.nanmax(bounds[:, 2])), float(np.nanmax(bounds[:, 3])))
    project.backend.extend_extent(conn, "plots", extent)
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


