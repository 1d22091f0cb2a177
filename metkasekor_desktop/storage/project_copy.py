"""Copy the register of one project into another: an office's GeoPackage published into
the shared register, or a province of the register written out as an office project.

Every table is copied in foreign-key order. A source row is matched to a target row by
what identifies it (see :data:`SPECS`); a matched row is not written again, and must
agree with the target's (else a :class:`~metkasekor_desktop.domain.register_copy.Clash`);
an unmatched row is added with a new id, and the ids its children hold are mapped.
The whole plan is made inside the target's write transaction, and nothing is written
when there is any clash: a publish either lands whole or not at all. Rows are written by
the backend's bulk path (COPY on PostgreSQL, one INSERT ... SELECT in a GeoPackage).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from sqlalchemy import Connection, Select, Table, bindparam, or_, select, update
from sqlalchemy.exc import IntegrityError

from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.register_copy import TABLE_WORDS, Clash, CopyReport
from metkasekor_desktop.storage import row_versions
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.schema import T

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

CHUNK = 5000  # ids or codes per IN (...) when reading the target's rows


@dataclass(frozen=True)
class _Spec:
    """How rows of one table are matched. ``key``: the columns that identify a row (with
    the ids of ``parents`` mapped to the target's first); ``content``: the columns a
    matched row must agree on (None: every column but the key and the bookkeeping);
    ``scope``: a parent column that limits which target rows are read (None: all)."""

    key: tuple[str, ...]
    parents: dict[str, str] = field(default_factory=dict)
    content: tuple[str, ...] | None = None
    scope: str | None = None


_PLOT = {"plot_id": "plots"}
SPECS: dict[str, _Spec] = {  # in the order rows are written: parents first
    "farmers": _Spec(("name", "village_code"),
                     content=("sex", "phone", "cooperative", "early_adopter")),
    "seasons": _Spec(("name",), content=("year", "kind")),
    "practices": _Spec(("key",), content=("kind", "is_ca")),
    "providers": _Spec(("name",), content=("kind",)),
    "plots": _Spec(("code",), {"farmer_id": "farmers"}, scope="code"),
    "plot_season_plans": _Spec(("plot_id", "season_id"),
                               {**_PLOT, "season_id": "seasons"}, scope="plot_id"),
    "plan_practices": _Spec(("plan_id", "practice_id"),
                            {"plan_id": "plot_season_plans", "practice_id": "practices",
                             "provider_id": "providers"}, scope="plan_id"),
    "trials": _Spec(("name",), content=("design",)),
    "trial_seasons": _Spec(("trial_id", "season_id"),
                           {"trial_id": "trials", "season_id": "seasons"}, scope="trial_id"),
    "trial_members": _Spec(("trial_id", "plot_id"), {"trial_id": "trials", **_PLOT},
                           scope="plot_id"),
    "soil_samples": _Spec(("plot_id", "sample_date", "depth_from_cm", "depth_to_cm"),
                          {**_PLOT, "season_id": "seasons"}, scope="plot_id"),
    "yield_records": _Spec(("plot_id", "season_id", "crop", "method", "harvest_date"),
                           {**_PLOT, "season_id": "seasons"}, scope="plot_id"),
    "extension_events": _Spec(("stage", "event_date", "place", "village_code")),
    "event_plots": _Spec(("event_id", "plot_id"),
                         {"event_id": "extension_events", **_PLOT}, scope="plot_id"),
    "plot_raster_stats": _Spec(("plot_id", "layer"), _PLOT, scope="plot_id"),
    "plot_extra_attributes": _Spec(("plot_id", "name"), _PLOT, scope="plot_id"),
    # The farm households of an area: the same area must have the same figure.
    "target_populations": _Spec(("area_code",), content=("households",)),
}
# Never compared: the target keeps its own bookkeeping, and the area follows the shape.
_NOT_COMPARED = {"mk_version", "mk_edited_by", "mk_edited_at", "created_at", "modified_at",
                 "computed_at", "area_ha", "paired_plot_id"}


class _New(int):
    """The index of a row the copy adds to a table (its id is known once written)."""


def copy_register(source: Project, target: Project, *, province: str | None = None,
                  write: bool = True) -> CopyReport:
    """Copy every register row of ``source`` (only the plots of ``province``, a 2-digit
    province or 4-digit district code, and what goes with them, when given) into
    ``target``; with ``write`` False, or when rows clash, nothing is written and the
    report says what would be."""
    if province is not None and not (province.isdigit() and len(province) in (2, 4)):
        raise ProjectError(msg("'{code}' is not a province or district code: use its 2 "
                               "or 4 digits, e.g. 02 for Battambang, 0207 for Rotaknak "
                               "Mundul.", code=province))
    if write and target.read_only:
        raise ProjectError(msg("{name} is read-only for you: nothing can be published into "
                               "it.", name=target.display_name))
    with source.backend.reading() as conn:
        rows = {name: _read(conn, stmt) for name, stmt in _source_selects(province).items()}
    geoms = source.backend.decode_geometries([r["geom"] for r in rows["plots"]])
    for row, geom in zip(rows["plots"], geoms, strict=True):
        row["geom"] = geom
    opened = (target.backend.write_transaction(exclusive=True) if write
              else target.backend.reading())
    try:
        with opened as conn:
            plan = _Plan(target, conn, rows)
            report = plan.report()
            if write and not report.clashes:
                plan.write()
                report.written = True
                report.ids = plan.final_ids
    except IntegrityError as error:  # edits go on beside a publish: one took a code
        detail = str(error.orig).strip().splitlines()[-1] if error.orig else ""
        raise ProjectError(msg("While this copy ran, another user stored a row it would "
                               "clash with ({detail}). Nothing was written; run it again "
                               "to see the clash.", detail=detail)) from None
    return report


def _source_selects(province: str | None) -> dict[str, Select[Any]]:
    """What the copy reads of the source: everything, or a province's plots with their
    records, farmers, trials, events and target populations, and the whole catalogue
    (seasons, practices, providers) their records point to."""
    everything = {name: select(T[name]) for name in SPECS}
    if province is None:
        return everything
    p, f, ev = T["plots"], T["farmers"], T["extension_events"]
    like = f"{province}%"
    plot_ids = select(p.c.fid).where(p.c.village_code.like(like))
    plans, members, visits = T["plot_season_plans"], T["trial_members"], T["event_plots"]
    trial_ids = select(members.c.trial_id).where(members.c.plot_id.in_(plot_ids))
    out = dict(everything)
    out["plots"] = select(p).where(p.c.village_code.like(like))
    out["farmers"] = select(f).where(or_(
        f.c.id.in_(select(p.c.farmer_id).where(p.c.village_code.like(like))),
        f.c.village_code.like(like)))
    for name, spec in SPECS.items():
        if spec.parents.get("plot_id") == "plots":
            out[name] = select(T[name]).where(T[name].c.plot_id.in_(plot_ids))
    out["plan_practices"] = select(T["plan_practices"]).where(
        T["plan_practices"].c.plan_id.in_(select(plans.c.id).where(
            plans.c.plot_id.in_(plot_ids))))
    out["trials"] = select(T["trials"]).where(T["trials"].c.id.in_(trial_ids))
    out["trial_seasons"] = select(T["trial_seasons"]).where(
        T["trial_seasons"].c.trial_id.in_(trial_ids))
    targets = T["target_populations"]  # the province's own figures and those inside it
    out["target_populations"] = select(targets).where(targets.c.area_code.like(like))
    out["extension_events"] = select(ev).where(or_(
        ev.c.id.in_(select(visits.c.event_id).where(visits.c.plot_id.in_(plot_ids))),
        ev.c.village_code.like(like)))
    return out


def _read(conn: Connection, statement: Select[Any]) -> list[dict[str, Any]]:
    table = statement.get_final_froms()[0]
    pk = next(iter(table.primary_key))
    return [dict(r._mapping) for r in conn.execute(statement.order_by(pk))]


def _pk(table: Table) -> str:
    return next(iter(table.primary_key.columns)).name


def _norm(value: Any) -> Any:
    """Text as it identifies a row: Unicode NFC, spaces collapsed, case folded."""
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split()).casefold()
    return value


class _Plan:
    """The matching of every source row, made once against the target, then written."""

    def __init__(self, target: Project, conn: Connection,
                 rows: dict[str, list[dict[str, Any]]]) -> None:
        self.target, self.conn, self.rows = target, conn, rows
        self.ids: dict[str, dict[int, int]] = {}  # source id -> target id or _New
        self.new: dict[str, list[dict[str, Any]]] = {}
        self.found: dict[str, int] = {}
        self.clashes: list[Clash] = []
        self.by_id = {name: {r[_pk(T[name])]: r for r in rows[name]}
                      for name in ("plots", "seasons", "farmers")}
        for name in SPECS:
            self._match(name)

    # -- matching ----------------------------------------------------------------------
    def _match(self, name: str) -> None:
        spec, table = SPECS[name], T[name]
        pk = _pk(table)
        mapped = [self._mapped(name, row) for row in self.rows[name]]
        index = self._target_index(name, mapped)
        chosen = self._farmers_of_plots(index) if name == "farmers" else {}
        claimed = {id(r) for r in chosen.values()}
        ids: dict[int, int] = {}
        new: list[dict[str, Any]] = []
        found = 0
        for source_row, row in zip(self.rows[name], mapped, strict=True):
            key = self._key(name, row)
            theirs = chosen.get(source_row[pk])
            if theirs is None and not any(isinstance(v, _New) for v in key):
                # the first of the target's rows of this key that no other row took:
                # two farmers of one name in one village stay two farmers
                theirs = next((r for r in index.get(key, ()) if id(r) not in claimed), None)
                if theirs is not None and name == "farmers":
                    claimed.add(id(theirs))
            if theirs is None:
                ids[source_row[pk]] = _New(len(new))
                new.append(row)
                continue
            ids[source_row[pk]] = theirs[pk]
            found += 1
            self._compare(name, source_row, row, theirs, spec)
        self.ids[name], self.new[name], self.found[name] = ids, new, found

    def _mapped(self, name: str, row: dict[str, Any]) -> dict[str, Any]:
        """The row with the ids of its parents as the target will hold them."""
        out = dict(row)
        for column, parent in SPECS[name].parents.items():
            value = row.get(column)
            if value is not None:
                out[column] = self.ids[parent].get(value)
                if out[column] is None and not T[name].c[column].nullable:
                    raise ProjectError(msg("A {child} points to a {parent} (id {id}) that "
                                           "the source does not hold; check the source "
                                           "project.", child=TABLE_WORDS[name][0],
                                           parent=TABLE_WORDS[parent][0], id=value))

        return out

    def _farmers_of_plots(self, index: dict[tuple[Any, ...], list[dict[str, Any]]]
                          ) -> dict[int, dict[str, Any]]:
        """Source farmer id -> the target's farmer of a plot of theirs whose code the
        target holds: a farmer is found by their plots first, by name only after."""
        plots, farmers = T["plots"], T["farmers"]
        codes = [r["code"] for r in self.rows["plots"] if r["farmer_id"] is not None]
        theirs: dict[str, int] = {}
        for start in range(0, len(codes), CHUNK):
            theirs.update(self.conn.execute(select(plots.c.code, plots.c.farmer_id).where(
                plots.c.code.in_(codes[start:start + CHUNK]),
                plots.c.farmer_id.is_not(None))).all())
        by_id = {r["id"]: r for rows in index.values() for r in rows}
        missing = sorted(set(theirs.values()) - set(by_id))
        for start in range(0, len(missing), CHUNK):  # a farmer whose name differs
            for row in _read(self.conn, select(farmers).where(
                    farmers.c.id.in_(missing[start:start + CHUNK]))):
                by_id[row["id"]] = row
        out: dict[int, dict[str, Any]] = {}
        for row in self.rows["plots"]:
            target_farmer = theirs.get(row["code"])
            if target_farmer is not None and row["farmer_id"] is not None:
                out.setdefault(row["farmer_id"], by_id[target_farmer])
        return out

    def _key(self, name: str, row: dict[str, Any]) -> tuple[Any, ...]:
        if name == "farmers":  # a farmer is known by the Khmer name, else the Latin one
            return (_norm(row["name_kh"]) or "latin:" + _norm(row["name_latin"]),
                    row["village_code"] or "")
        return tuple(_norm(row[c]) for c in SPECS[name].key)

    def _target_index(self, name: str, mapped: list[dict[str, Any]]
                      ) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
        """The target's rows that source rows may match, by key (in id order)."""
        spec, table = SPECS[name], T[name]
        if spec.scope is None:
            wanted: list[Any] | None = None
        elif spec.scope == "code":
            wanted = [r["code"] for r in mapped]
        else:
            wanted = sorted({r[spec.scope] for r in mapped
                             if r[spec.scope] is not None
                             and not isinstance(r[spec.scope], _New)})
        found: list[dict[str, Any]] = []
        if wanted is None:
            found = _read(self.conn, select(table))
        else:
            column = table.c[spec.scope]  # type: ignore[index]
            for start in range(0, len(wanted), CHUNK):
                found += _read(self.conn, select(table).where(
                    column.in_(wanted[start:start + CHUNK])))
        if name == "plots" and found:
            shapes = self.target.backend.decode_geometries([r["geom"] for r in found])
            for row, geom in zip(found, shapes, strict=True):
                row["geom"] = geom
        index: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for row in found:
            index.setdefault(self._key(name, row), []).append(row)
        return index

    def _compare(self, name: str, source_row: dict[str, Any], ours: dict[str, Any],
                 theirs: dict[str, Any], spec: _Spec) -> None:
        table = T[name]
        columns = spec.content if spec.content is not None else tuple(
            c.name for c in table.columns
            if not c.primary_key and c.name not in spec.key and c.name not in _NOT_COMPARED)
        for column in columns:
            a, b = ours.get(column), theirs.get(column)
            if column == "geom":
                same = (a is None) == (b is None) and (
                    a is None or bool(shapely.equals_exact(a, b, tolerance=1e-9)))
                if not same:
                    self.clashes.append(Clash(name, self._label(name, source_row),
                                              "boundary", _area(source_row),
                                              _area(theirs), _apart_m(a, b)))
                continue
            if a != b and not (a in (None, "") and b in (None, "")):
                shown_a, shown_b = a, b
                parent = SPECS[name].parents.get(column)
                if parent is not None:  # ids mean nothing to the officer
                    shown_a = self._named(parent, source_row.get(column))
                    shown_b = msg("another {word} (id {id})", word=TABLE_WORDS[parent][0],
                                  id=b) if b else None
                self.clashes.append(Clash(name, self._label(name, source_row), column,
                                          shown_a, shown_b))

    def _named(self, table: str, source_id: Any) -> Any:
        """A source row as the officer knows it: a farmer's name, a plot's code."""
        row = self.by_id.get(table, {}).get(source_id)
        if row is None:
            return None if source_id is None else msg("id {id}", id=source_id)
        if table == "farmers":
            return row["name_kh"] or row["name_latin"]
        return row["code"] if table == "plots" else row["name"]

    def _label(self, name: str, row: dict[str, Any]) -> str:
        word = TABLE_WORDS[name][0]
        if name == "plots":
            return msg("plot {code}", code=row["code"])
        if name == "farmers":
            who = row["name_kh"] or row["name_latin"]
            if row["village_code"]:
                return msg("farmer {name} ({village})", name=who, village=row["village_code"])
            return msg("farmer {name}", name=who)
        if name == "seasons":
            return msg("season {name}", name=row["name"])
        if name == "providers":
            return msg("service provider {name}", name=row["name"])
        if name == "trials":
            return msg("trial {name}", name=row["name"])
        if name == "practices":
            return msg("practice {key}", key=row["key"])
        if name == "target_populations":
            return msg("target population of {area}", area=row["area_code"])
        plot = self.by_id["plots"].get(row.get("plot_id"))
        season = self.by_id["seasons"].get(row.get("season_id"))
        if plot and season:
            return msg("{word} of plot {plot} in {season}", word=word, plot=plot["code"],
                       season=season["name"])
        if plot:
            return msg("{word} of plot {plot}", word=word, plot=plot["code"])
        if season:
            return msg("{word} in {season}", word=word, season=season["name"])
        return word

    def report(self) -> CopyReport:
        return CopyReport(added={n: len(v) for n, v in self.new.items()},
                          found=dict(self.found), clashes=list(self.clashes))

    # -- writing -----------------------------------------------------------------------
    def write(self) -> None:
        backend, dialect = self.target.backend, self.conn.dialect
        editor, stamp = row_versions.editor_name(), row_versions.now()
        written: dict[str, list[int]] = {}
        for name in SPECS:
            rows = self.new[name]
            if not rows:
                written[name] = []
                self._final(name, [])
                continue
            table = T[name]
            names = [c.name for c in table.columns if not c.primary_key]
            for row in rows:
                for column, parent in SPECS[name].parents.items():
                    value = row.get(column)
                    if isinstance(value, _New):
                        row[column] = written[parent][value]
                if "mk_version" in row:
                    row["mk_version"] = 1
                    row["mk_edited_by"] = row.get("mk_edited_by") or editor
                    row["mk_edited_at"] = row.get("mk_edited_at") or stamp
                if name == "plots":
                    row["paired_plot_id"] = None  # set below, once every plot has its id
            bounds = None
            if name == "plots":
                shapes = np.array([r["geom"] for r in rows] + [None], dtype=object)[:-1]
                bounds = shapely.bounds(shapes)
                encoded = backend.encode_geometries(shapes, STORAGE_EPSG)
                for row, value in zip(rows, encoded, strict=True):
                    row["geom"] = value
            processors = [_bind(table, n, dialect) for n in names]
            tuples = [tuple(value if p is None or value is None else p(value)
                            for p, value in zip(processors, (r[n] for n in names),
                                                strict=True))
                      for r in rows]
            written[name] = backend.insert_many(self.conn, name, names, tuples, None, bounds)
            if bounds is not None and len(bounds):
                with np.errstate(invalid="ignore"):
                    extent = (float(np.nanmin(bounds[:, 0])), float(np.nanmin(bounds[:, 1])),
                              float(np.nanmax(bounds[:, 2])), float(np.nanmax(bounds[:, 3])))
                if all(v == v for v in extent):
                    backend.extend_extent(self.conn, name, extent)
            else:
                backend.touch(self.conn, name)
            self._final(name, written[name])
        self._pair(written["plots"])

    def _final(self, name: str, new_ids: Sequence[int]) -> None:
        """Source id -> target id of every row of ``name``, now that the new ones have
        their ids."""
        self.final_ids = getattr(self, "final_ids", {})
        self.final_ids[name] = {
            int(source_id): int(new_ids[target] if isinstance(target, _New) else target)
            for source_id, target in self.ids[name].items()}

    def _pair(self, new_ids: Sequence[int]) -> None:
        """Demonstration and control plots paired as in the source, where both are in
        the target now."""
        ids = self.ids["plots"]
        pairs = []
        for row in self.rows["plots"]:
            mine, other = ids[row["fid"]], row["paired_plot_id"]
            if not isinstance(mine, _New) or other is None or other not in ids:
                continue
            partner = ids[other]
            pairs.append({"f": new_ids[mine],
                          "p": new_ids[partner] if isinstance(partner, _New) else partner})
        if pairs:
            plots = T["plots"]
            self.conn.execute(update(plots).where(plots.c.fid == bindparam("f"))
                              .values(paired_plot_id=bindparam("p")), pairs)


def _bind(table: Table, name: str, dialect: Any) -> Any:
    """The function that turns a column's Python value into what the driver takes (None
    for the geometry, encoded by the backend, and for values the driver takes as they
    are)."""
    if name == "geom":
        return None
    column_type = table.c[name].type
    return column_type.dialect_impl(dialect).bind_processor(dialect)


def _apart_m(a: Any, b: Any) -> float | None:
    """Metres between the centres of two WGS 84 shapes (plot-sized: a local flat
    approximation is well within a metre)."""
    if a is None or b is None or a.is_empty or b.is_empty:
        return None
    (x1, y1), (x2, y2) = a.centroid.coords[0], b.centroid.coords[0]
    dx = (x2 - x1) * 111_320.0 * math.cos(math.radians((y1 + y2) / 2))
    dy = (y2 - y1) * 110_574.0
    return math.hypot(dx, dy)


def _area(row: dict[str, Any]) -> str:
    area = row.get("area_ha")
    return msg("no area") if area is None else msg("{area:.4f} ha", area=area)

