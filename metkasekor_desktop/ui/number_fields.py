"""Number fields that accept digits typed on a Khmer keyboard.

Officers type with a Khmer keyboard, whose number row gives the Khmer digits ០-៩
(U+17E0-U+17E9); Qt's spin boxes and number validators know only the digits of their
locale and refuse them. These subclasses turn Khmer digits (and the khan "។", which the
Khmer keyboard's full-stop key gives, into the locale's decimal point) into ASCII before
Qt reads the text, in ``validate``, ``fixup`` and ``valueFromText``. Everything else is
Qt's own behaviour: prefix and suffix, ranges, intermediate states, "," and "." read as
the locale reads them. The converted text is handed back from ``validate``, so the field
shows ASCII digits as soon as a Khmer digit is typed (the stored value is a number anyway).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QDoubleValidator, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii

KHMER_KHAN = "\u17d4"  # "។", on the full-stop key of the Khmer keyboard


def ascii_number_text(text: str, locale: QLocale | None = None) -> str:
    """``text`` with Khmer digits and the khan as ASCII digits and the decimal point.

    One character for one, so a cursor position in the text stays right."""
    point = (locale or QLocale()).decimalPoint()[:1] or "."
    return khmer_digits_to_ascii(text).replace(KHMER_KHAN, point)


class SpinBox(QSpinBox):
    """A QSpinBox that also takes Khmer digits."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(ascii_number_text(text, self.locale()), pos)

    def fixup(self, text: str) -> str:
        return super().fixup(ascii_number_text(text, self.locale()))

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt's name)
        return super().valueFromText(ascii_number_text(text, self.locale()))


class DoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that also takes Khmer digits and the Khmer decimal point."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(ascii_number_text(text, self.locale()), pos)

    def fixup(self, text: str) -> str:
        return super().fixup(ascii_number_text(text, self.locale()))

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt's name)
        return super().valueFromText(ascii_number_text(text, self.locale()))


class DoubleValidator(QDoubleValidator):
    """A QDoubleValidator (for a QLineEdit) that also takes Khmer digits."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(ascii_number_text(text, self.locale()), pos)

    def fixup(self, text: str) -> str:
        return super().fixup(ascii_number_text(text, self.locale()))
