"""Private and public service providers: seed companies, machinery hire, cooperatives."""

from __future__ import annotations

from dataclasses import dataclass, field

from metkasekor_desktop.domain.codes import normalise_admin_code
from metkasekor_desktop.domain.enums import ProviderKind, Service, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg


@dataclass(slots=True, kw_only=True)
class Provider:
    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    name: str
    kind: ProviderKind | str  # str: stored text that names no member (see read_enum)
    services: tuple[Service | str, ...] = ()
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    provinces: tuple[str, ...] = ()  # province codes served, e.g. ("02", "13")
    notes: str = ""

    def validated(self) -> Provider:
        self.name = self.name.strip()
        if not self.name:
            raise ValidationError(field="name", message=msg("A provider needs a name."))
        self.kind = parse_enum(ProviderKind, self.kind, "kind")
        self.services = tuple(parse_enum(Service, s, "services") for s in self.services)
        self.provinces = tuple(normalise_admin_code(p, "province") for p in self.provinces)
        return self

    def offers(self, service: Service | None) -> bool:
        return service is None or service in self.services
