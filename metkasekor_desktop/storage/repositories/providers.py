"""Service providers; a provider named in a plan cannot be deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, select

from metkasekor_desktop.domain.enums import ProviderKind, Service, read_enum
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.storage.repositories.base import Repository, count_where
from metkasekor_desktop.storage.schema import T

# One provider of the register: id, name, kind, services, contact person, phone, email,
# province codes, notes (stored values; services and provinces as lists).
RegisterRow = tuple[int, str | None, str | None, list[str], str | None, str | None,
                    str | None, list[str], str | None]


class ProviderRepository(Repository[Provider]):
    table = T["providers"]
    noun = msg("provider")

    def _to_row(self, p: Provider) -> dict[str, Any]:
        return {"name": p.name, "kind": str(p.kind), "services": [str(s) for s in p.services],
                "contact_person": p.contact_person, "phone": p.phone, "email": p.email,
                "provinces": list(p.provinces), "notes": p.notes}

    def _from_row(self, r: Row) -> Provider:
        return Provider(id=r.id, name=r.name, kind=read_enum(ProviderKind, r.kind),
                        services=tuple(read_enum(Service, s) for s in r.services),
                        contact_person=r.contact_person, phone=r.phone, email=r.email,
                        provinces=tuple(r.provinces), notes=r.notes)

    def _in_use_message(self, conn: Connection, entity_id: int) -> str | None:
        n = count_where(conn, T["plan_practices"], "provider_id", entity_id)
        if not n:
            return None
        if n == 1:
            return msg("This provider is named in {count} season plan; choose another "
                       "provider there first.", count=n)
        return msg("This provider is named in {count} season plans; choose another "
                   "provider there first.", count=n)


    def register_rows(self, conn: Connection | None = None) -> list[RegisterRow]:
        """Every provider as a plain tuple (see ``RegisterRow``), in id order: what the
        providers register shows, in one select and without building entities."""
        p = self.table
        stmt = select(p.c.id, p.c.name, p.c.kind, p.c.services, p.c.contact_person,
                      p.c.phone, p.c.email, p.c.provinces, p.c.notes).order_by(p.c.id)
        with self._read(conn) as c:
            return [(int(r[0]), r[1], r[2], list(r[3] or []), r[4], r[5], r[6],
                     list(r[7] or []), r[8]) for r in c.execute(stmt)]
