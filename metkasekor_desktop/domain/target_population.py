"""A target population: the farm households of one area, the market potential of CA.

DOMAIN.md, "Uptake, the tipping point and the market": the tipping point is about 16 %
of the farm households of an area, which the officer takes from the commune database or
the census and enters once per province, district, commune or village. The project keeps
them (one row per area code), so the adoption and diffusion analyses use them without a
file being loaded each time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg

# Length of an area code -> its level.
LEVELS = {2: "province", 4: "district", 6: "commune", 8: "village"}
CODE_RULE = msg("2 digits a province, 4 a district, 6 a commune, 8 a village")


def level_of(code: str) -> str:
    """The level of an area code by its length ("district" for 4 digits; "" for none)."""
    return LEVELS.get(len(code), "")


def area_code_or_none(value: object) -> str | None:
    """``value`` as an area code (ASCII digits, Khmer digits converted, 2, 4, 6 or 8 of
    them, leading zeros kept), or None when it is not one."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    code = khmer_digits_to_ascii(str(value)).strip()
    if code.isascii() and code.isdigit() and len(code) in LEVELS:
        return code
    return None


def households_or_none(value: object) -> float | None:
    """``value`` as a number of households (above 0, finite; thousands separators and
    Khmer digits allowed in text), or None when it is not one."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(khmer_digits_to_ascii(str(value)).strip().replace(",", ""))
        except ValueError:
            return None
    return number if math.isfinite(number) and number > 0 else None


def normalise_area_code(value: object) -> str:
    """An area code as stored, or ValidationError saying what one is."""
    code = area_code_or_none(value)
    if code is None:
        shown = "" if value is None else str(value)
        raise ValidationError(field="area_code", message=msg(
            "{value!r} is not an area code ({rule}).", value=shown, rule=CODE_RULE))
    return code


@dataclass(slots=True, kw_only=True)
class TargetPopulation:
    """The farm households of one area (a province, district, commune or village)."""

    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    area_code: str
    households: float
    source: str = ""  # where the figure comes from, e.g. "Commune database 2024"

    @property
    def level(self) -> str:
        return level_of(self.area_code)

    def validated(self) -> TargetPopulation:
        self.area_code = normalise_area_code(self.area_code)
        households = households_or_none(self.households)
        if households is None:
            raise ValidationError(field="households", message=msg(
                "The households of {code} must be a number above 0, not {value!r}.",
                code=self.area_code, value=self.households))
        self.households = households
        self.source = " ".join(str(self.source or "").split())
        return self
