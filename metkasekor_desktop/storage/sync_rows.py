"""Reading and writing synchronised rows on either side, as comparable values.

A row is a dict of the table's compared columns (``SyncTable.columns``) holding Python
values, a shape as WKB bytes (``sync_values.wkb``), and ids of other tables in the
numbering of the side it was read from; the engine translates those ids. Writes carry
the row version (raised by one, and our editor's name) so that each side's version
triggers see a write of ours and other users' edits are not taken for ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from sqlalchemy import Connection, delete, insert, select, update

from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.register_copy import TABLE_WORDS
from metkasekor_desktop.storage import row_versions
from metkasekor_desktop.storage.sync_tables import SyncTable
from metkasekor_desktop.storage.sync_values import GEOMETRY, wkb

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

CHUNK = 2000  # ids per IN (...)
Row = dict[str, Any]


def read_rows(project: Project, conn: Connection, table: SyncTable,
              ids: Iterable[int]) -> dict[int, Row]:
    """The rows of ``ids`` that exist, by id, as comparable values."""
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return {}
    t = table.table
    pk = t.c[table.pk]
    columns = [t.c[c] for c in table.columns]
    out: dict[int, Row] = {}
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        for r in conn.execute(select(pk, *columns).where(pk.in_(part))):
            out[int(r[0])] = dict(zip(table.columns, r[1:], strict=True))
    if table.name == GEOMETRY[0] and out:
        decode_shapes(project, out.values())
    return out


def decode_shapes(project: Project, rows: Iterable[Row]) -> None:
    """Stored shapes (a side's own encoding) made into comparable WKB, in place."""
    rows = list(rows)
    shapes = project.backend.decode_geometries([r[GEOMETRY[1]] for r in rows])
    for row, shape in zip(rows, shapes, strict=True):
        row[GEOMETRY[1]] = wkb(shape)


def _stored(project: Project, table: SyncTable, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the side stores them: the shape encoded by its backend."""
    out = dict(values)
    if table.name == GEOMETRY[0] and GEOMETRY[1] in out:
        raw = out[GEOMETRY[1]]
        shape = None if raw is None else shapely.from_wkb(raw)
        out[GEOMETRY[1]] = project.backend.encode_geometries(
            np.array([shape, None], dtype=object)[:1], STORAGE_EPSG)[0]
    return out


def _stamp(table: SyncTable, values: dict[str, Any], first: bool) -> dict[str, Any]:
    if "mk_version" in table.table.c:
        values["mk_edited_by"] = row_versions.editor_name()
        values["mk_edited_at"] = row_versions.now()
        if first:
            values["mk_version"] = 1
    if table.name == "plots":
        values["modified_at"] = row_versions.now()
        if first:
            values.setdefault("created_at", row_versions.now())
    return values


def insert_row(project: Project, conn: Connection, table: SyncTable,
               values: Mapping[str, Any]) -> int:
    """Add a row (ids already in this side's numbering); its new id."""
    stored = _stamp(table, _stored(project, table, values), first=True)
    if table.name == "plots":
        stored["paired_plot_id"] = None  # set once both plots exist (``set_columns``)
    result = conn.execute(insert(table.table).values(**stored))
    key = result.inserted_primary_key
    if key is None or key[0] is None:  # never expected: every table has an integer key
        raise RuntimeError(msg("no id for a new row of {table}", table=table.name))

    return int(key[0])


def set_columns(project: Project, conn: Connection, table: SyncTable, row_id: int,
                values: Mapping[str, Any]) -> bool:
    """Write ``values`` into a row; False when no such row is there (gone, or hidden
    from this user by the register's row-level security)."""
    if not values:
        return True
    stored = _stamp(table, _stored(project, table, values), first=False)
    t = table.table
    if "mk_version" in t.c:
        stored["mk_version"] = t.c["mk_version"] + 1
    result = conn.execute(update(t).where(t.c[table.pk] == row_id).values(**stored))
    return bool(result.rowcount)


def delete_row(conn: Connection, table: SyncTable, row_id: int) -> bool:
    t = table.table
    return bool(conn.execute(delete(t).where(t.c[table.pk] == row_id)).rowcount)


def label(table: SyncTable, row: Row | None, names: Mapping[str, Mapping[int, Row]]
          | None = None) -> str:
    """A record as the officer knows it: "plot BTB-1", "farmer Sok Chea", "season plan
    of plot BTB-1"; ``names`` may hold the plots by id to name a record's plot."""
    word = TABLE_WORDS.get(table.name, (table.name,))[0]
    if row is None:
        return word
    if table.name == "plots":
        return msg("plot {code}", code=row.get("code"))
    if table.name == "farmers":
        return msg("farmer {name}", name=row.get("name_kh") or row.get("name_latin"))
    if table.name == "seasons":
        return msg("season {name}", name=row.get("name"))
    if table.name == "providers":
        return msg("service provider {name}", name=row.get("name"))
    if table.name == "trials":
        return msg("trial {name}", name=row.get("name"))
    if table.name == "practices":
        return msg("practice {key}", key=row.get("key"))
    if table.name == "target_populations":
        return msg("target population of {area}", area=row.get("area_code"))
    plot = (names or {}).get("plots", {}).get(row.get("plot_id") or -1)
    return msg("{word} of plot {plot}", word=word, plot=plot["code"]) if plot else word

