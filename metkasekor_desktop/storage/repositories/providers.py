"""Service providers; a provider named in a plan cannot be deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row

from metkasekor_desktop.domain.enums import ProviderKind, Service, read_enum
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.storage.repositories.base import Repository, count_where
from metkasekor_desktop.storage.schema import T


class ProviderRepository(Repository[Provider]):
    table = T["providers"]
    noun = "provider"

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
        return (f"This provider is named in {n} season plan{'s' if n > 1 else ''}; choose "
                "another provider there first.")
