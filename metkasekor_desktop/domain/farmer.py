"""The farmer who works a plot."""

from __future__ import annotations

from dataclasses import dataclass, field

from metkasekor_desktop.domain.codes import normalise_admin_code
from metkasekor_desktop.domain.enums import Sex, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg


@dataclass(slots=True, kw_only=True)
class Farmer:
    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    name_kh: str = ""  # in Khmer script
    name_latin: str = ""  # in Latin letters, as partners spell it
    sex: Sex | str | None = None
    phone: str = ""
    village_code: str | None = None
    cooperative: str = ""
    early_adopter: bool = False

    def validated(self) -> Farmer:
        """Check the rules a farmer record must meet before it is stored."""
        if not (self.name_kh.strip() or self.name_latin.strip()):
            raise ValidationError(field="name_kh", message=msg(
                "A farmer needs a name, in Khmer or in Latin letters."))
        if self.village_code is not None:
            self.village_code = normalise_admin_code(self.village_code, "village")
        if self.sex is not None:
            self.sex = parse_enum(Sex, self.sex, "sex")
        return self

    @property
    def display_name(self) -> str:
        return self.name_kh or self.name_latin
