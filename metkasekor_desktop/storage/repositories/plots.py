"""Plots: the feature table, written in bulk and read as column arrays."""

from __future__ import annotations

import builtins
import gc
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Connection, Row, delete, select, text, update

from metkasekor_desktop.domain.enums import PlotRole, read_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.geometry import STORAGE_EPSG, areas_ha, validate_plot_geometry
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plot import Plot, check_pairing, utc_now
from metkasekor_desktop.domain.shape_column import ShapeColumn
from metkasekor_desktop.storage import row_versions
from metkasekor_desktop.storage.backend import PendingShapes
from metkasekor_desktop.storage.errors import ConflictError, NotFoundError
from metkasekor_desktop.storage.free_memory import give_back_free_memory
from metkasekor_desktop.storage.plot_table import PlotTable
from metkasekor_desktop.storage.repositories.base import Repository, count_where
from metkasekor_desktop.storage.schema import T, to_gpkg_datetime

_GIVE_BACK_FROM = 100_000  # plots read at once from which freed memory is given back
_BULK_ROWS = 500  # from this many new plots their shapes are checked as arrays
_CHUNK = 5000  # ids bound per statement: SQLite binds 32,766 parameters at most

_DEPENDENTS = {
    "plans": ("plot_season_plans", "plot_id"),
    "soil_samples": ("soil_samples", "plot_id"),
    "yields": ("yield_records", "plot_id"),
    "trial_memberships": ("trial_members", "plot_id"),
    "events": ("event_plots", "plot_id"),
}


def _bounds(geoms: Sequence[BaseGeometry]) -> tuple[float, float, float, float] | None:
    if not len(geoms):
        return None
    b = shapely.bounds(np.asarray(geoms, dtype=object))
    return (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])),
            float(np.nanmax(b[:, 2])), float(np.nanmax(b[:, 3])))


def _checked_in_bulk(plots: Sequence[Plot]) -> set[int]:
    """``id()`` of the plots whose shape is already a valid, 2D, non-empty MultiPolygon,
    found with shapely's array functions; the others are checked one by one, which
    also words the refusal."""
    geoms = np.array([p.geometry for p in plots], dtype=object)
    present = np.array([isinstance(g, MultiPolygon) for g in geoms], dtype=bool)
    ok = np.zeros(len(plots), dtype=bool)
    if present.any():
        g = geoms[present]
        ok[present] = shapely.is_valid(g) & ~shapely.is_empty(g) & ~shapely.has_z(g)
    return {id(p) for p, good in zip(plots, ok, strict=True) if good}


def shared(values: Sequence[Any]) -> np.ndarray:
    """An object array of the values in which equal values are one object: a farmer's
    name, a village code or a role repeated over a million plots is stored once (the
    driver gives a new string per row)."""
    out = np.empty(len(values), dtype=object)
    first: dict[Any, Any] = {}
    out[:] = list(map(first.setdefault, values, values))  # at C speed, no Python loop
    return out


def _objects(values: Sequence[Any]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _plot_table(ids: np.ndarray, columns: builtins.list[np.ndarray],
                geometries: np.ndarray | ShapeColumn, versions: np.ndarray) -> PlotTable:
    """A table of read columns: code, name, farmer id, Khmer and Latin farmer names,
    village code, role, paired id, area; areas not measured yet are measured."""
    (codes, names, farmer_ids, names_kh, names_latin, villages, roles, paired,
     areas_read) = columns
    areas = np.array([np.nan if a is None else a for a in areas_read.tolist()],
                     dtype=np.float64)
    unknown = np.flatnonzero(np.isnan(areas))
    if len(unknown):  # not measured yet (e.g. a read-only file changed elsewhere)
        areas[unknown] = areas_ha(np.asarray(geometries[unknown], dtype=object))
    return PlotTable(
        ids=ids, codes=codes, names=names, farmer_ids=farmer_ids, farmer_names_kh=names_kh,
        farmer_names_latin=names_latin, village_codes=villages, roles=roles,
        paired_ids=paired, areas_ha=areas, geometries=geometries, versions=versions)


_PLOT_COLUMNS = (("code", "text"), ("name", "text"), ("farmer_id", "int"),
                 ("village_code", "text"), ("role", "text"), ("paired_plot_id", "int"),
                 ("area_ha", "float"), ("mk_version", "int"))


class PlotRepository(Repository[Plot]):
    table = T["plots"]
    noun = msg("plot")
    unique_field = "code"
    _pending_geoms: np.ndarray | None = None
    _checked: set[int] = set()  # noqa: RUF012 - replaced per batch, never mutated
    _known_areas: tuple[list[Any], list[float]] | None = None

    # -- validation and rows -------------------------------------------------------------
    def add_many(self, entities: Iterable[Plot], conn: Connection | None = None,
                 known_areas: Sequence[float] | None = None, *,
                 confirmed: bool = False) -> list[int]:
        """Store many plots; a control plot may come in the same batch as its partner.

        ``known_areas`` (aligned, NaN where unknown): hectares already measured in UTM
        48N of these plots' shapes (see :func:`areas_ha`); used only for a shape that is
        still the very object given once the plots are validated.
        """
        items = list(entities)
        self._pending = {p.id: p for p in items if p.id is not None}
        self._checked = _checked_in_bulk(items) if len(items) >= _BULK_ROWS else set()
        if known_areas is not None and len(known_areas) == len(items):
            self._known_areas = ([p.geometry for p in items], list(known_areas))
        try:
            return super().add_many(items, conn, confirmed=confirmed)
        finally:
            self._pending = {}
            self._checked = set()
            self._known_areas = None

    def _validate(self, plot: Plot, conn: Connection, confirmed: bool = False) -> None:
        plot.validated(geometry_checked=id(plot) in self._checked)
        if plot.paired_plot_id is not None:
            p = self.table
            partner = getattr(self, "_pending", {}).get(plot.paired_plot_id)
            if partner is None:
                partner = conn.execute(
                    select(p.c.code, p.c.role).where(p.c.fid == plot.paired_plot_id)
                ).first()
            if partner is None:
                raise ValidationError(
                    field="paired_plot_id",
                    message=msg("The control plot chosen for {code} is not in the project.",
                                code=plot.code))
            check_pairing(plot, Plot(code=partner.code, role=read_enum(PlotRole, partner.role)))

    def _rows(self, plots: Sequence[Plot]) -> list[dict[str, Any]]:
        geoms = np.array([p.geometry for p in plots], dtype=object)
        self._pending_geoms = geoms
        blobs = self.backend.encode_geometries(geoms, STORAGE_EPSG)
        known = None
        if self._known_areas is not None and len(self._known_areas[0]) == len(plots):
            given, values = self._known_areas
            known = np.array([a if p.geometry is g else np.nan
                              for p, g, a in zip(plots, given, values, strict=True)],
                             dtype=np.float64)
        areas = areas_ha(geoms, known).tolist()
        # One editor and one time stamp for the batch, as the transaction writes it at
        # once (100,000 clock reads would also mean 100,000 dates to format).
        editor, edited_at = row_versions.editor_name(), row_versions.now()
        return [self._row(p, blob, a, editor, edited_at)
                for p, blob, a in zip(plots, blobs, areas, strict=True)]

    def _row(self, p: Plot, blob: bytes | None, area: float, editor: str,
             edited_at: datetime) -> dict[str, Any]:
        return {
            "geom": blob, "code": p.code, "name": p.name, "farmer_id": p.farmer_id,
            "village_code": p.village_code, "role": str(p.role),
            "paired_plot_id": p.paired_plot_id, "soil_type": p.soil_type, "notes": p.notes,
            "area_ha": area, "created_at": p.created_at, "modified_at": p.modified_at,
            "mk_edited_by": editor, "mk_edited_at": edited_at,
        }

    def _insert_rows(
        self, conn: Connection, rows: list[dict[str, Any]], given: list[int | None]
    ) -> list[int]:
        """Rows with their shapes' bounds: the backend may fill its spatial index from
        them in bulk (a province's plots at once) instead of row by row."""
        geoms = self._pending_geoms
        if geoms is None or len(geoms) != len(rows):  # never expected
            return super()._insert_rows(conn, rows, given)
        return self.backend.insert_rows(conn, self.table, rows, given,
                                        bounds=shapely.bounds(geoms))

    def _to_row(self, p: Plot) -> dict[str, Any]:
        return self._rows([p])[0]

    def _from_rows(self, rows: Sequence[Row]) -> list[Plot]:
        geoms = self.backend.decode_geometries([r.geom for r in rows])
        return [
            Plot(id=r.fid, code=r.code, name=r.name, farmer_id=r.farmer_id, geometry=g,
                 village_code=r.village_code, role=read_enum(PlotRole, r.role),
                 paired_plot_id=r.paired_plot_id, soil_type=r.soil_type, notes=r.notes,
                 created_at=r.created_at, modified_at=r.modified_at,
                 version=int(r.mk_version))
            for r, g in zip(rows, geoms, strict=True)
        ]

    def _from_row(self, row: Row) -> Plot:
        return self._from_rows([row])[0]

    def _after_write(self, conn: Connection, plots: Sequence[Plot]) -> None:
        self.backend.extend_extent(conn, "plots", _bounds([p.geometry for p in plots]))

    # -- writing -------------------------------------------------------------------------
    def update(self, plot: Plot, conn: Connection | None = None, *,
               confirmed: bool = False) -> None:
        """Store a changed plot; its area is measured again and modified_at refreshed."""
        plot.modified_at = utc_now()
        super().update(plot, conn, confirmed=confirmed)

    def update_geometry(self, plot_id: int, geom: BaseGeometry,
                        conn: Connection | None = None,
                        expected_version: int | None = None) -> None:
        """Replace a plot's boundary (validated), with its area and modified_at; refused
        when the plot changed since ``expected_version`` was read."""
        multi = validate_plot_geometry(geom)
        with self._tx(conn) as c:
            self.check_version(c, plot_id, expected_version, self.code_of(c, plot_id),
                               {"geom": "(new shape)"})
            values = {
                "geom": self.backend.encode_geometries([multi], STORAGE_EPSG)[0],
                "area_ha": float(areas_ha(np.array([multi], dtype=object))[0]),
                "modified_at": utc_now(),
            }
            result = c.execute(update(self.table).where(self.pk == plot_id).values(**values))
            if result.rowcount == 0:
                raise NotFoundError(msg("No plot with id {id}; it may have been deleted.",
                                        id=plot_id))
            self.backend.extend_extent(c, "plots", _bounds([multi]))

    def delete(self, entity_id: int, conn: Connection | None = None,
               expected_version: int | None = None) -> None:
        """Delete a plot with its plans, samples, yields, trial and event entries (removed
        first: the file refuses to delete a plot that still has them, so that another
        program cannot take them away unnoticed)."""
        with self._tx(conn) as c:
            self.check_version(c, entity_id, expected_version, self.code_of(c, entity_id))
            row_versions.delete_plot_records(c, [entity_id])
            # Unpaired by our own write: left to ON DELETE SET NULL, the file's triggers
            # would take it for another program's edit (new modified_at, no editor).
            c.execute(update(self.table).where(self.table.c.paired_plot_id == entity_id)
                      .values(paired_plot_id=None))
            super().delete(entity_id, c)

    def label(self, plot: Plot) -> str:
        return plot.code

    def conflict(self, conn: Connection, entity_id: int, label: str = "",
                 mine: dict[str, Any] | None = None,
                 read: dict[str, Any] | None = None) -> ConflictError:
        return super().conflict(conn, entity_id, label or self.code_of(conn, entity_id),
                                mine, read)

    # -- exact undo: stored values read and written back byte for byte ------------------
    def stored_shape(self, plot_id: int, conn: Connection) -> dict[str, Any] | None:
        """The boundary as stored (the stored geometry value, its area, modified_at
        text), so that an undo puts back exactly what was there; None when the plot is
        gone. Plain text SQL: values come back as the driver gives them, unconverted."""
        row = conn.execute(text("SELECT geom, area_ha, modified_at FROM plots "
                                "WHERE fid = :fid"), {"fid": int(plot_id)}).first()
        return None if row is None else dict(zip(("geom", "area_ha", "modified_at"), row,
                                                  strict=True))

    def restore_shape(self, plot_id: int, shape: dict[str, Any], conn: Connection) -> None:
        """Write back what :meth:`stored_shape` read (an undo of a shape change): the
        version is raised and the editor named, as for any write of ours."""
        conn.execute(
            text("UPDATE plots SET geom = :geom, area_ha = :area_ha, "
                 "modified_at = :modified_at, mk_version = mk_version + 1, "
                 "mk_edited_by = :editor, mk_edited_at = :edited_at WHERE fid = :fid"),
            {"geom": shape["geom"], "area_ha": shape["area_ha"],
             "modified_at": shape["modified_at"], "editor": row_versions.editor_name(),
             "edited_at": to_gpkg_datetime(row_versions.now()), "fid": int(plot_id)})
        self.backend.touch(conn, "plots")

    def stored_modified_at(self, plot_id: int, conn: Connection) -> Any:
        """modified_at as stored (text), for an exact undo; NotFoundError when gone."""
        row = conn.execute(text("SELECT modified_at FROM plots WHERE fid = :fid"),
                           {"fid": int(plot_id)}).first()
        if row is None:
            raise NotFoundError(msg("No plot with id {id}; it may have been deleted.",
                                    id=plot_id))
        return row[0]

    def restore_modified_at(self, plot_id: int, value: Any, conn: Connection) -> None:
        """Put back a stored modified_at (after an undo wrote the old values)."""
        conn.execute(text("UPDATE plots SET modified_at = :value, "
                          "mk_version = mk_version + 1 WHERE fid = :fid"),
                     {"value": value, "fid": int(plot_id)})

    def code_of(self, conn: Connection, plot_id: int) -> str:
        code = conn.execute(select(self.table.c.code).where(self.pk == plot_id)).scalar()
        return str(code) if code is not None else f"#{plot_id}"

    def refresh_missing_areas(self, conn: Connection | None = None) -> int:
        """Measure the plots whose area is unknown (another program added them or changed
        their shape: the file's triggers cleared it); how many were measured."""
        with self._read(conn) as c:
            rows = c.execute(select(self.pk, self.table.c.geom)
                             .where(self.table.c.area_ha.is_(None))).all()
        if not rows:
            return 0
        areas = areas_ha(self.backend.decode_geometries([r.geom for r in rows]))
        values = [{"area": float(a), "fid": int(r.fid)}
                  for r, a in zip(rows, areas, strict=True)]
        with self._tx(conn) as c:
            c.execute(text("UPDATE plots SET area_ha = :area, mk_version = mk_version + 1 "
                           "WHERE fid = :fid AND area_ha IS NULL"), values)
        return len(values)

    # -- duplicates ----------------------------------------------------------------------

    def _duplicate_message(self, plot: Plot | None, detail: str) -> str:
        if plot is None:
            return msg("Two plots would have the same code; every plot code must be unique.")
        return msg("A plot with the code {code} already exists; choose another code "
                   "(each plot code must be unique).", code=plot.code)


    # -- reading -------------------------------------------------------------------------
    def list(self, conn: Connection | None = None) -> list[Plot]:
        with self._read(conn) as c:
            return self._from_rows(c.execute(select(self.table).order_by(self.pk)).all())

    def codes(self, conn: Connection | None = None) -> set[str]:
        with self._read(conn) as c:
            return set(c.execute(select(self.table.c.code)).scalars())

    def by_code(self, code: str, conn: Connection | None = None) -> Plot | None:
        with self._read(conn) as c:
            row = c.execute(select(self.table).where(self.table.c.code == code)).first()
            return None if row is None else self._from_row(row)

    def dependents(self, plot_id: int, conn: Connection | None = None) -> dict[str, int]:
        """How many records go with the plot when it is deleted (for a confirmation)."""
        with self._read(conn) as c:
            return {name: count_where(c, T[table], column, plot_id)
                    for name, (table, column) in _DEPENDENTS.items()}

    def area_of(self, plot_id: int, conn: Connection | None = None) -> float | None:
        """The plot's stored area in hectares; None when unknown or no such plot."""
        with self._read(conn) as c:
            area = c.execute(select(self.table.c.area_ha).where(self.pk == plot_id)).scalar()
            return None if area is None else float(area)

    def soil_types(self, conn: Connection | None = None) -> builtins.list[str]:
        """The soil types used in the project, trimmed, each once, in casefold order
        (spellings that differ only in case in a fixed order)."""
        with self._read(conn) as c:
            values = c.execute(select(self.table.c.soil_type).distinct()).scalars().all()
        return sorted({v.strip() for v in values if v and v.strip()},
                      key=lambda v: (v.casefold(), v))

    def codes_with_role(self, role: PlotRole, excluding: int | None = None,
                        conn: Connection | None = None) -> builtins.list[tuple[int, str]]:
        """(id, code) of the plots of ``role`` (but ``excluding``), in no set order."""
        p = self.table
        stmt = select(p.c.fid, p.c.code).where(p.c.role == role.value)
        if excluding is not None:
            stmt = stmt.where(p.c.fid != excluding)
        with self._read(conn) as c:
            return [(int(fid), str(code)) for fid, code in c.execute(stmt)]

    def box_centres(self, conn: Connection | None = None) -> dict[int, tuple[float, float]]:
        """Each plot's bounding-box centre (x, y), read from the spatial index, so no
        geometry is decoded; plots without a shape are missing."""
        with self._read(conn) as c:
            boxes = self.backend.boxes(c, "plots")
        return {i: ((x0 + x1) / 2, (y0 + y1) / 2) for i, x0, y0, x1, y1 in boxes}

    def codes_by_farmer(self, conn: Connection | None = None) -> dict[int, builtins.list[str]]:
        """The plot codes of each farmer who farms plots, each list sorted by code."""
        p = self.table
        stmt = (select(p.c.farmer_id, p.c.code)
                .where(p.c.farmer_id.is_not(None)).order_by(p.c.code))
        out: dict[int, builtins.list[str]] = {}
        with self._read(conn) as c:
            for farmer_id, code in c.execute(stmt):
                out.setdefault(int(farmer_id), []).append(str(code))
        return out

    def delete_rows(self, conn: Connection, ids: Sequence[int], chunk: int = _CHUNK) -> None:
        """Delete the plots ``ids`` with their records, without checks: the undo of their
        own insert (an import's), whose rows the caller has snapshotted."""
        row_versions.delete_plot_records(conn, ids)  # the file refuses to delete a plot
        for start in range(0, len(ids), chunk):  # that still has records
            part = [int(i) for i in ids[start:start + chunk]]
            conn.execute(delete(self.table).where(self.pk.in_(part)))
        self.backend.touch(conn, "plots")

    def load_table(self, conn: Connection | None = None) -> PlotTable:
        """Every plot as column arrays, shapes kept as WKB until asked for; what the read
        freed is given back to the system (a register's million rows leave hundreds of
        megabytes behind)."""
        table = self._load(None, conn)
        if len(table) >= _GIVE_BACK_FROM:
            give_back_free_memory()
        return table

    def load_rows(self, ids: Iterable[int], conn: Connection | None = None) -> PlotTable:
        """The plots of ``ids`` that exist, as a table (sorted by id): after an edit only
        the changed rows are read again."""
        wanted = sorted({int(i) for i in ids})
        if not wanted:
            return PlotTable.empty()
        return self._load(wanted, conn)

    def _load(self, ids: builtins.list[int] | None, conn: Connection | None) -> PlotTable:
        p, f = self.table, T["farmers"]
        stmt = (
            select(p.c.fid, p.c.code, p.c.name, p.c.farmer_id, f.c.name_kh, f.c.name_latin,
                   p.c.village_code, p.c.role, p.c.paired_plot_id, p.c.area_ha, p.c.geom,
                   p.c.mk_version)
            .select_from(p.outerjoin(f, p.c.farmer_id == f.c.id))
            .order_by(p.c.fid)
        )
        if ids is not None:
            stmt = stmt.where(p.c.fid.in_(ids))
        with self._read(conn) as c:
            # The driver's own rows skip per-row Result objects; the collector is paused
            # while 100,000 rows and geometries are made, which it would otherwise rescan.
            paused = gc.isenabled()
            gc.disable()
            try:
                if ids is None:
                    shapes = self.backend.read_shapes(c, "plots", "fid", "geom")
                    if shapes is not None:
                        return self._load_apart(c, shapes)
                rows = self.backend.fetch_rows(c, stmt)
                if not rows:
                    return PlotTable.empty()
                cols = list(zip(*rows, strict=True))
                del rows
                # A few edited rows become shapes at once; a whole table stays WKB
                # until something asks for a shape (the map draws from the bytes).
                geometries: np.ndarray | ShapeColumn = (
                    self.backend.decode_geometries(cols[10]) if ids is not None
                    else self.backend.shape_column(cols[10]))
            finally:
                if paused:
                    gc.enable()
        # Codes and names are each a plot's own; farmers' names, villages and roles repeat.
        repeated = {4, 5, 6, 7}
        return _plot_table(
            np.array(cols[0], dtype=np.int64),
            [shared(c) if k in repeated else _objects(c) for k, c in enumerate(cols[1:10], 1)],
            geometries, np.array(cols[11], dtype=np.int64))

    def _load_apart(self, c: Connection, pending: PendingShapes) -> PlotTable:
        """The whole table from its shapes read at once (``pending``: their plots' ids
        and the shapes, sorted by id, under way), the other columns read as columns
        and the farmers' names apart (a join and a sort of a million rows cost the
        server more than they save)."""
        try:
            ids, cols = self.backend.read_table(c, "plots", "fid", _PLOT_COLUMNS)
            farmer_ids, farmers = self.backend.read_table(
                c, "farmers", "id", (("name_kh", "text"), ("name_latin", "text")))
        finally:
            shape_ids, shapes = pending.result()  # waited for on every path
        if not len(ids):
            return PlotTable.empty()
        if not np.array_equal(shape_ids, ids):  # one snapshot reads both
            raise RuntimeError(msg("The plots' shapes and rows were read apart."))
        given = np.array([-1 if v is None else v for v in cols["farmer_id"].tolist()],
                         dtype=np.int64)
        at = np.minimum(np.searchsorted(farmer_ids, given), len(farmer_ids))
        found = at < len(farmer_ids)
        found[found] = farmer_ids[at[found]] == given[found]
        at[~found] = len(farmer_ids)  # the None at the end

        def by_plot(names: np.ndarray) -> np.ndarray:
            table = np.empty(len(names) + 1, dtype=object)
            table[:-1] = names
            return table[at]  # a farmer's name is one object for all their plots

        return _plot_table(
            ids, [cols["code"], cols["name"], cols["farmer_id"],
                  by_plot(farmers["name_kh"]), by_plot(farmers["name_latin"]),
                  cols["village_code"], cols["role"], cols["paired_plot_id"],
                  cols["area_ha"]],
            shapes, np.array([v or 0 for v in cols["mk_version"].tolist()], dtype=np.int64))
