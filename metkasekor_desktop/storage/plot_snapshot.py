"""Snapshots of plots with every record that goes with them, to undo a deletion exactly.

Rows are copied as they are stored (geometry blobs, dates as text), so a restore puts
back byte-identical rows with the same ids; the plots' R-tree triggers re-index them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from metkasekor_desktop.storage.gpkg import container as gpkg_container
from metkasekor_desktop.storage.gpkg.functions import sqlite_connection
from metkasekor_desktop.storage.schema import T

# Tables holding a plot's records, each with the column naming the plot, in the order
# they are restored (parents before children).
PLOT_RECORD_TABLES = (
    ("plot_season_plans", "plot_id"),
    ("soil_samples", "plot_id"),
    ("yield_records", "plot_id"),
    ("trial_members", "plot_id"),
    ("event_plots", "plot_id"),
    ("plot_raster_stats", "plot_id"),
    ("plot_extra_attributes", "plot_id"),
)
_CHUNK = 5000  # ids bound per select: SQLite allows 32,766 parameters at most


@dataclass(frozen=True)
class PlotSnapshot:
    """Raw rows: ``rows[table]`` is a list of column dicts; ``paired_from`` maps the ids of
    plots (not in the snapshot) whose ``paired_plot_id`` pointed at a snapshot plot."""

    plot_ids: tuple[int, ...]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    paired_from: dict[int, int] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))

    def without(self, ids: Iterable[int]) -> PlotSnapshot:
        """The snapshot less the plots ``ids`` and their records: what is left to put
        back when those plots are back already (restored from a register's history)."""
        gone = {int(i) for i in ids}
        rows = {"plots": [r for r in self.rows.get("plots", []) if r["fid"] not in gone]}
        for name, column in PLOT_RECORD_TABLES:
            rows[name] = [r for r in self.rows.get(name, []) if r[column] not in gone]
        plans = {r["id"] for r in rows["plot_season_plans"]}
        rows["plan_practices"] = [r for r in self.rows.get("plan_practices", [])
                                  if r["plan_id"] in plans]
        return PlotSnapshot(tuple(i for i in self.plot_ids if i not in gone), rows,
                            {f: t for f, t in self.paired_from.items() if t not in gone})


def _raw_rows(conn: Connection, table: Table, column: str,
              ids: list[int]) -> list[dict[str, Any]]:
    # Raw driver values (blobs, date text): no type round trip can alter them. A
    # register's values go through SQLAlchemy's types, which give back what they took.
    cols = ", ".join(f'"{c.name}"' for c in table.columns)
    key = next(iter(table.primary_key.columns)).name
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        if conn.dialect.name != "sqlite":
            out += [dict(r._mapping) for r in conn.execute(
                select(table).where(table.c[column].in_(chunk)))]
            continue
        marks = ", ".join("?" for _ in chunk)
        sql = f'SELECT {cols} FROM "{table.name}" WHERE "{column}" IN ({marks})'
        cursor = sqlite_connection(conn.connection).execute(sql, chunk)
        names = [d[0] for d in cursor.description]
        out += [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    out.sort(key=lambda r: r[key])
    return out


def snapshot_plots(conn: Connection, ids: Iterable[int]) -> PlotSnapshot:
    """Everything that goes when the plots ``ids`` are deleted, read in ``conn``."""
    plot_ids = sorted({int(i) for i in ids})
    rows: dict[str, list[dict[str, Any]]] = {"plots": _raw_rows(conn, T["plots"], "fid",
                                                                 plot_ids)}
    for name, column in PLOT_RECORD_TABLES:
        rows[name] = _raw_rows(conn, T[name], column, plot_ids)
    plan_ids = [r["id"] for r in rows["plot_season_plans"]]
    rows["plan_practices"] = _raw_rows(conn, T["plan_practices"], "plan_id", plan_ids)
    p = T["plots"]
    inside = set(plot_ids)
    paired = conn.execute(select(p.c.fid, p.c.paired_plot_id)
                          .where(p.c.paired_plot_id.is_not(None))).all()
    return PlotSnapshot(tuple(plot_ids), rows, {int(f): int(t) for f, t in paired
                                                if t in inside and f not in inside})


def _insert_raw(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    cols = ", ".join(f'"{c}"' for c in names)
    marks = ", ".join("?" for _ in names)
    sqlite_connection(conn.connection).executemany(
        f'INSERT INTO "{table.name}" ({cols}) VALUES ({marks})',
        [tuple(r[c] for c in names) for r in rows])


def restore_plots(conn: Connection, snapshot: PlotSnapshot) -> None:
    """Put back every row of ``snapshot`` with its ids, and re-pair the plots that were
    paired with the restored ones. Runs in the caller's transaction."""
    # Raw inserts bypass SQLAlchemy; make sure its transaction has begun first.
    conn.exec_driver_sql("SELECT 1")
    _insert_raw(conn, T["plots"], snapshot.rows.get("plots", []))
    for name, _column in PLOT_RECORD_TABLES:
        _insert_raw(conn, T[name], snapshot.rows.get(name, []))
    _insert_raw(conn, T["plan_practices"], snapshot.rows.get("plan_practices", []))
    p = T["plots"]
    for fid, target in snapshot.paired_from.items():
        conn.execute(update(p).where(p.c.fid == fid).values(paired_plot_id=target))
    if snapshot.rows.get("plots") and conn.dialect.name == "sqlite":
        gpkg_container.touch(conn, "plots")  # a register's triggers announce it


def copy_plans(conn: Connection, source_id: int, target_id: int) -> int:
    """Duplicate the season plans (with their practices) of one plot onto another; a
    season the target already has a plan for is left alone. Returns plans copied."""
    plans, practices = T["plot_season_plans"], T["plan_practices"]
    have = set(conn.execute(select(plans.c.season_id)
                            .where(plans.c.plot_id == target_id)).scalars())
    copied = 0
    for plan in conn.execute(select(plans).where(plans.c.plot_id == source_id)
                             .order_by(plans.c.id)).mappings().all():
        if plan["season_id"] in have:
            continue
        values = {k: v for k, v in plan.items() if k != "id"} | {"plot_id": target_id}
        key = conn.execute(insert(plans).values(**values)).inserted_primary_key
        assert key is not None  # an INSERT of one row always has its key
        new_id = key[0]
        rows = conn.execute(select(practices).where(practices.c.plan_id == plan["id"])
                            ).mappings().all()
        if rows:
            conn.execute(insert(practices), [
                {k: v for k, v in r.items() if k != "id"} | {"plan_id": new_id}
                for r in rows])
        copied += 1
    return copied


def remove_copied_plans(conn: Connection, plot_id: int) -> None:
    """Take the season plans (and their practices) off a plot: the undo of
    :func:`copy_plans` onto a plot that had none."""
    plans, practices = T["plot_season_plans"], T["plan_practices"]
    ids = select(plans.c.id).where(plans.c.plot_id == int(plot_id))
    conn.execute(delete(practices).where(practices.c.plan_id.in_(ids)))
    conn.execute(delete(plans).where(plans.c.plot_id == int(plot_id)))


# Records a plot may hold only one of per season, trial or event.
_ONE_PER = {"plot_season_plans": "season_id", "trial_members": "trial_id",
            "event_plots": "event_id"}

MovedRecord = tuple[str, int, int]  # (table, row id, the plot it came from)


def move_plot_records(conn: Connection, from_ids: Iterable[int],
                      to_id: int) -> list[MovedRecord]:
    """Give the records of ``from_ids`` to plot ``to_id`` (a merge) where that makes no
    duplicate: a season plan, trial membership or event entry the kept plot already has
    stays with its plot. What moved, for :func:`return_plot_records`."""
    moved: list[MovedRecord] = []
    for name, column in PLOT_RECORD_TABLES:
        table = T[name]
        col = table.c[column]
        key_name = _ONE_PER.get(name)
        taken: set[Any] = set()
        if key_name is not None:
            taken = set(conn.execute(select(table.c[key_name]).where(col == to_id)).scalars())
        for plot_id in from_ids:
            cols = [table.c.id] + ([table.c[key_name]] if key_name else [])
            for row in conn.execute(select(*cols).where(col == int(plot_id))
                                    .order_by(table.c.id)).all():
                if key_name is not None:
                    if row[1] in taken:
                        continue
                    taken.add(row[1])
                conn.execute(update(table).where(table.c.id == row[0])
                             .values({column: int(to_id)}))
                moved.append((name, int(row[0]), int(plot_id)))
    return moved


def return_plot_records(conn: Connection, moved: Iterable[MovedRecord]) -> None:
    """Undo :func:`move_plot_records`: each record back to the plot it came from."""
    columns = dict(PLOT_RECORD_TABLES)
    for name, row_id, plot_id in reversed(list(moved)):
        table = T[name]
        conn.execute(update(table).where(table.c.id == row_id)
                     .values({columns[name]: plot_id}))
