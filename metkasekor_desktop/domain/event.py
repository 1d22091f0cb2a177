"""Extension events along the MetKasekor stages, with attendance by sex and by kind
(farmers, cooperatives, service providers, companies: counted apart from the sexes, so
the kinds need not add up to the women and men)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from metkasekor_desktop.domain.enums import Stage, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg

# The attendance by kind, as the event's fields, the register's columns and the phone
# form's questions name it.
ATTENDANCE_KIND_FIELDS = ("attendance_farmers", "attendance_cooperatives",
                          "attendance_service_providers", "attendance_companies")


@dataclass(slots=True, kw_only=True)
class ExtensionEvent:
    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    stage: Stage | str  # str: stored text that names no member (see read_enum)
    event_date: date
    place: str = ""
    village_code: str | None = None
    plot_ids: tuple[int, ...] = ()
    women: int = 0
    men: int = 0
    attendance_farmers: int = 0
    attendance_cooperatives: int = 0
    attendance_service_providers: int = 0
    attendance_companies: int = 0
    notes: str = ""

    def validated(self) -> ExtensionEvent:
        self.stage = parse_enum(Stage, self.stage, "stage")
        if self.women < 0 or self.men < 0:
            raise ValidationError(field="women", message=msg("Attendance cannot be negative."))
        for name in ATTENDANCE_KIND_FIELDS:
            if getattr(self, name) < 0:
                raise ValidationError(field=name, message=msg("Attendance cannot be negative."))
        return self

    @property
    def attendance(self) -> int:
        return self.women + self.men
