"""The target population of an area, and the share of it that has adopted.

The tipping point is a share of the farm households of an area (DOMAIN.md), entered by
the officer per province, district, commune or village. A report asks for one level
(districts, say) while the officer may have entered another (communes): an area's
target is then its own entry, or else the sum of the entries inside it at the one finer
level that has the most of them. Without any entry, the register's own farmers of the
area stand in, and the source says so: the register holds far fewer people than the
population, so its shares run high.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# Where a target came from (a key the window and reports put in words).
GIVEN = "target population"
SUMMED = "sum of smaller areas"
REGISTER = "register farmers"
_DIGITS = (2, 4, 6, 8)


@dataclass(frozen=True, slots=True)
class Target:
    """The target population of one area and where it came from."""

    households: float
    source: str  # GIVEN, SUMMED or REGISTER
    parts: int = 1  # the entries summed (SUMMED), else 1

    def share(self, adopters: int | float) -> float | None:
        """``adopters`` as a share of the target; None when the target is not above 0."""
        return adopters / self.households if self.households > 0 else None


def target_of(area: str, targets: Mapping[str, float],
              register_farmers: int | None = None) -> Target | None:
    """The target of ``area`` (a village-code prefix) from ``targets`` (households by
    area code); else ``register_farmers`` labelled as such; None without either."""
    own = targets.get(area)
    if own is not None and own > 0:
        return Target(float(own), GIVEN)
    best: list[float] = []
    for digits in _DIGITS:
        if digits <= len(area):
            continue
        inside = [v for code, v in targets.items()
                  if len(code) == digits and code.startswith(area) and v > 0]
        if len(inside) > len(best):
            best = inside
    if best:
        return Target(float(sum(best)), SUMMED, len(best))
    if register_farmers:
        return Target(float(register_farmers), REGISTER)
    return None
