"""Target populations: the farm households of an area, the market potential of CA.

The tipping point is a share of the people who could adopt, not of the farmers the
register happens to hold. Officers have the farm households per province, district,
commune or village from the commune database or the census; they give them as a table
of two columns, the area's code and its households.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.target_population import (
    CODE_RULE,
    area_code_or_none,
    households_or_none,
    level_of,
)

__all__ = ["level_of", "parse_targets"]

_AREA = ("area", "area code", "code", "province", "district", "commune", "village")
_COUNT = ("households", "farm households", "target", "target population", "farmers")
_THE_TABLE = msg("the table")


def parse_targets(headers: Sequence[str], rows: Sequence[Sequence[Any]],
                  source: str = _THE_TABLE) -> dict[str, float]:
    """Households by area code from a table's rows; ValidationError naming the row and
    what to do at the first bad one (nothing is taken from a table with an error)."""
    names = [str(h or "").strip().lower() for h in headers]
    area = next((names.index(n) for n in _AREA if n in names), None)
    count = next((names.index(n) for n in _COUNT if n in names), None)
    if area is None or count is None:
        raise ValidationError(field="targets", message=msg(
            "{source} needs a column of area codes (named area or code) and one of farm "
            "households (named households); its columns are: {columns}.",
            source=source, columns=", ".join(h for h in names if h) or msg("none")))
    out: dict[str, float] = {}
    for n, row in enumerate(rows, start=2):  # row 1 is the header
        code_cell, count_cell = row[area], row[count]
        if _blank(code_cell) and _blank(count_cell):
            continue
        code = area_code_or_none(code_cell)
        if code is None:
            raise ValidationError(field="targets", message=msg(
                "{source}, row {row}: {value!r} is not an area code ({rule}).",
                source=source, row=n, value=_text(code_cell), rule=CODE_RULE))
        households = households_or_none(count_cell)
        if households is None:
            raise ValidationError(field="targets", message=msg(
                "{source}, row {row}: the households of {code} must be a number above 0, "
                "not {value!r}.", source=source, row=n, code=code, value=_text(count_cell)))
        if code in out:
            raise ValidationError(field="targets", message=msg(
                "{source}, row {row}: area {code} is given twice; keep one row.",
                source=source, row=n, code=code))
        out[code] = households
    return out


def _blank(value: object) -> bool:
    return value is None or str(value).strip() == ""


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)
