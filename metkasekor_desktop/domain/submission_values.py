"""The text a phone sent, read as numbers, dates and choices.

ODK Collect and KoboCollect send numbers with a dot, but a value typed on a Khmer
keyboard may hold Khmer digits, and a Kobo export may carry a decimal comma. Every
reader raises ValueError on text that is not what it should be; empty text is None.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")


def clean(text: object) -> str:
    """The value as trimmed text (None: empty)."""
    return "" if text is None else str(text).strip()


def parse_number(text: object) -> float | None:
    """A number: Khmer digits and a decimal comma accepted; "" gives None."""
    value = _SPACES.sub("", khmer_digits_to_ascii(clean(text)))
    if not value:
        return None
    if "," in value and "." not in value and value.count(",") == 1:
        value = value.replace(",", ".")
    if not _NUMBER.fullmatch(value):
        raise ValueError(text)
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(text)
    return number


def parse_count(text: object) -> int | None:
    """A whole number (a head count); "3.0" is 3, "3.5" is refused."""
    number = parse_number(text)
    if number is None:
        return None
    if number != int(number):
        raise ValueError(text)
    return int(number)


def parse_date(text: object) -> date | None:
    """An ISO date, or the date of an ISO date and time as the services export them."""
    value = khmer_digits_to_ascii(clean(text))
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise ValueError(text) from None


def split_choices(text: object) -> list[str]:
    """The answers of a select_multiple (space-separated names), in their order, once."""
    return list(dict.fromkeys(clean(text).split()))


def name_key(text: object) -> str:
    """A person's name compared without case or repeated spaces."""
    return " ".join(clean(text).split()).casefold()
