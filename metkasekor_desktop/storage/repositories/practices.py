"""The practice catalogue; keys are unique, a practice in a plan cannot be deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row

from metkasekor_desktop.domain.enums import PracticeKind, Service, read_enum
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.storage.repositories.base import Repository, count_where
from metkasekor_desktop.storage.schema import T


class PracticeRepository(Repository[Practice]):
    table = T["practices"]
    noun = msg("practice")
    unique_field = "key"

    def _to_row(self, p: Practice) -> dict[str, Any]:
        return {"key": p.key, "name_en": p.name_en, "name_kh": p.name_kh, "kind": str(p.kind),
                "service": str(p.service) if p.service else None, "is_ca": bool(p.is_ca),
                "description": p.description}

    def _from_row(self, r: Row) -> Practice:
        return Practice(id=r.id, key=r.key, name_en=r.name_en, name_kh=r.name_kh,
                        kind=read_enum(PracticeKind, r.kind),
                        service=read_enum(Service, r.service) if r.service
                        else None, is_ca=bool(r.is_ca), description=r.description)

    def _duplicate_message(self, entity: Practice | None, detail: str) -> str:
        if entity is None:
            return msg("A practice with the key 'of that key' is already in the catalogue.")
        return msg("A practice with the key {key!r} is already in the catalogue.",
                   key=entity.key)


    def by_key(self, key: str, conn: Connection | None = None) -> Practice | None:
        return next((p for p in self.list(conn) if p.key == key), None)

    def _in_use_message(self, conn: Connection, entity_id: int) -> str | None:
        n = count_where(conn, T["plan_practices"], "practice_id", entity_id)
        if not n:
            return None
        if n == 1:
            return msg("This practice is planned on {count} plot-season; remove it from "
                       "those plans first.", count=n)
        return msg("This practice is planned on {count} plot-seasons; remove it from "
                   "those plans first.", count=n)

