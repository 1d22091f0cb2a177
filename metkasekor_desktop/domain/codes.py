"""Codes are text: plot codes, and administrative codes whose leading zeros matter."""

from __future__ import annotations

import re
from functools import lru_cache

from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg

_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
_PLOT_CODE = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")

# Official code length of each administrative level.
ADMIN_CODE_LENGTH = {"province": 2, "district": 4, "commune": 6, "village": 8}
# The name of each level in a message.
ADMIN_LEVEL_WORDS = {"province": msg("province"), "district": msg("district"),
                     "commune": msg("commune"), "village": msg("village")}

# Plot-code prefixes of the pilot districts (province abbreviation - district abbreviation).
DISTRICT_PREFIXES = {
    "0207": "BTB-RM",  # Battambang, Ratanak Mondul ("Rotaknak Mundul")
    "0210": "BTB-SL",  # Battambang, Sampov Loun
    "1305": "PVH-RV",  # Preah Vihear, Rovieng
}


def khmer_digits_to_ascii(text: str) -> str:
    """Forms typed on Khmer keyboards give Khmer digits; codes keep ASCII digits."""
    return text.translate(_KHMER_DIGITS)


def normalise_plot_code(code: object) -> str:
    """A plot code as stored: trimmed, upper case, ASCII digits, never a number."""
    if code is None:
        raise ValidationError(field="code",
                              message=msg("Every plot needs a code, e.g. BTB-RM-0001."))
    text = khmer_digits_to_ascii(str(code)).strip().upper()
    if not text:
        raise ValidationError(field="code",
                              message=msg("Every plot needs a code, e.g. BTB-RM-0001."))
    if not _PLOT_CODE.match(text):
        raise ValidationError(field="code", message=msg(
            "The plot code {code!r} may hold only letters, digits and dashes "
            "(e.g. BTB-RM-0001).", code=text))
    return text


def normalise_admin_code(code: object, level: str = "village") -> str:
    """See :func:`_normalise_admin_code`; the answers of plain text codes are cached,
    since a province's 100,000 plots share a few hundred village codes."""
    if isinstance(code, str):
        return _normalise_admin_text(code, level)
    return _normalise_admin_code(code, level)


@lru_cache(maxsize=8192)
def _normalise_admin_text(code: str, level: str) -> str:
    return _normalise_admin_code(code, level)


def _normalise_admin_code(code: object, level: str = "village") -> str:
    """An administrative code as text with its leading zeros (08 digits for a village).

    A number such as 2070101 read from a spreadsheet lost its leading zero; it is
    padded back only when its length is one short, which is the only safe repair.
    """
    length = ADMIN_CODE_LENGTH[level]
    if code is None:
        raise ValidationError(field=f"{level}_code", message=msg(
            "A {level} code is needed ({length} digits).",
            level=ADMIN_LEVEL_WORDS[level], length=length))
    text = khmer_digits_to_ascii(str(code)).strip()
    if text.endswith(".0") and text[:-2].isdigit():  # a float from a spreadsheet
        text = text[:-2]
    if text.isdigit() and len(text) == length - 1:
        text = "0" + text
    if not (text.isdigit() and len(text) == length):
        raise ValidationError(field=f"{level}_code", message=msg(
            "{code!r} is not a {level} code: it must be {length} digits, "
            "with its leading zeros (e.g. 02070101 for a village in Battambang).",
            code=text, level=ADMIN_LEVEL_WORDS[level], length=length))
    return text


def district_of(village_code: str) -> str:
    return village_code[:4]


def plot_code_prefix(district_code: str) -> str:
    """Prefix of new plot codes in a district: the pilot's own, or ``D`` + the code."""
    return DISTRICT_PREFIXES.get(district_code, f"D{district_code}")


def propose_plot_code(district_code: str, existing_codes: set[str] | list[str]) -> str:
    """The next free code of a district's sequence, e.g. BTB-RM-0042."""
    prefix = plot_code_prefix(district_code) + "-"
    numbers = [
        int(c[len(prefix) :])
        for c in existing_codes
        if c.startswith(prefix) and c[len(prefix) :].isdigit()
    ]
    return f"{prefix}{(max(numbers) + 1) if numbers else 1:04d}"
