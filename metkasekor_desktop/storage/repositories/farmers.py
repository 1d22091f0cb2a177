"""Farmers; a farmer who still farms plots cannot be deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, select, text

from metkasekor_desktop.domain.enums import Sex, read_enum
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.repositories.base import Repository, count_where
from metkasekor_desktop.storage.schema import T

# One farmer of the register: id, Khmer name, Latin name, sex (stored value), phone,
# village code, cooperative, early adopter.
RegisterRow = tuple[int, str | None, str | None, str | None, str | None, str | None,
                    str | None, bool]
CHUNK = 5000  # ids bound per statement: SQLite binds 32,766 parameters at most


class FarmerRepository(Repository[Farmer]):
    table = T["farmers"]
    noun = msg("farmer")

    def _to_row(self, f: Farmer) -> dict[str, Any]:
        return {
            "name_kh": f.name_kh, "name_latin": f.name_latin,
            "sex": str(f.sex) if f.sex is not None else None, "phone": f.phone,
            "village_code": f.village_code, "cooperative": f.cooperative,
            "early_adopter": bool(f.early_adopter),
        }

    def _from_row(self, r: Row) -> Farmer:
        return Farmer(
            id=r.id, name_kh=r.name_kh, name_latin=r.name_latin,
            sex=read_enum(Sex, r.sex) if r.sex else None, phone=r.phone,
            village_code=r.village_code,
            cooperative=r.cooperative, early_adopter=bool(r.early_adopter),
        )

    def _in_use_message(self, conn: Connection, entity_id: int) -> str | None:
        plots = T["plots"]
        n = count_where(conn, plots, "farmer_id", entity_id)
        if not n:
            return None
        farmer = self.get(entity_id, conn)
        name = farmer.display_name if farmer else f"#{entity_id}"
        first = conn.execute(
            select(plots.c.code).where(plots.c.farmer_id == entity_id).order_by(plots.c.code)
        ).scalar()
        if n == 1:
            return msg("The farmer {name} still farms {count} plot (e.g. {first}); give "
                       "those plots another farmer or delete them first.",
                       name=name, count=n, first=first)
        return msg("The farmer {name} still farms {count} plots (e.g. {first}); give "
                   "those plots another farmer or delete them first.",
                   name=name, count=n, first=first)


    # -- the register --------------------------------------------------------------------
    def register_rows(self, conn: Connection | None = None) -> list[RegisterRow]:
        """Every farmer as a plain tuple (see ``RegisterRow``), in id order: what the
        farmers register shows, in one select and without building entities."""
        f = self.table
        stmt = select(f.c.id, f.c.name_kh, f.c.name_latin, f.c.sex, f.c.phone,
                      f.c.village_code, f.c.cooperative, f.c.early_adopter).order_by(f.c.id)
        with self._read(conn) as c:
            return [(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))
                    for r in c.execute(stmt)]

    # -- raw rows, for undoing an import -------------------------------------------------
    def snapshot_rows(self, conn: Connection, ids: Sequence[int], chunk: int = CHUNK
                      ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """(column names, rows) of the farmers ``ids`` exactly as stored (driver values,
        versions included), to put back byte for byte with :meth:`restore_rows`."""
        stmt = text("SELECT * FROM farmers WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True))  # text: no type converts the values
        columns: list[str] = []
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(ids), chunk):
            part = [int(i) for i in ids[start:start + chunk]]
            result = conn.execute(stmt, {"ids": part})
            columns = list(result.keys())
            rows += [tuple(r) for r in result]
        return columns, rows

    def restore_rows(self, conn: Connection, columns: Sequence[str],
                     rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert rows read by :meth:`snapshot_rows` again, unchanged (same ids and
        versions)."""
        if not rows:
            return
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join(f":v{k}" for k in range(len(columns)))
        conn.execute(text(f"INSERT INTO farmers ({names}) VALUES ({marks})"),
                     [{f"v{k}": v for k, v in enumerate(row)} for row in rows])
        self.backend.touch(conn, "farmers")

    def delete_rows(self, conn: Connection, ids: Sequence[int], chunk: int = CHUNK) -> None:
        """Delete the farmers ``ids`` without checks: the undo of their own insert (no
        plot refers to them any more)."""
        for start in range(0, len(ids), chunk):
            part = [int(i) for i in ids[start:start + chunk]]
            conn.execute(delete(self.table).where(self.pk.in_(part)))
        self.backend.touch(conn, "farmers")
