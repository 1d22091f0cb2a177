"""Farmers; a farmer who still farms plots cannot be deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, select

from metkasekor_desktop.domain.enums import Sex, read_enum
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.storage.repositories.base import Repository, count_where
from metkasekor_desktop.storage.schema import T


class FarmerRepository(Repository[Farmer]):
    table = T["farmers"]
    noun = "farmer"

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
        return (
            f"The farmer {name} still farms {n} plot{'s' if n > 1 else ''} (e.g. {first}); "
            "give those plots another farmer or delete them first."
        )
