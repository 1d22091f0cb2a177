"""Khmer text shows real glyphs from the shipped font, on a machine with no Khmer font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QImage,
    QRawFont,
    QTextLayout,
)
from PySide6.QtWidgets import QLabel

from metkasekor_desktop.layers import fonts

KHMER_TEXT = "កសិករ មិត្តកសិករ"
# Two strings of the same length made of base consonants only: drawn as empty boxes
# (tofu) they give identical images, drawn with real glyphs they do not.
KHMER_A = "កខគឃង"
KHMER_B = "ចឆជឈញ"
LATIN_TEXT = "Plot 0207-001"

# Families that exist on common machines and have no Khmer glyphs, for the tofu control.
NON_KHMER_CANDIDATES = ("DejaVu Sans", "Liberation Sans", "Arial", "Segoe UI", "Tahoma")


def _render(qtbot, text: str, font: QFont) -> QImage:
    label = QLabel(text)
    qtbot.addWidget(label)
    label.setFont(font)
    label.setStyleSheet("background: white; color: black;")
    label.adjustSize()
    return label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _ink(image: QImage) -> int:
    """Number of pixels that are not the white background."""
    white = QColor("white").rgb()
    return sum(
        image.pixel(x, y) != white for y in range(image.height()) for x in range(image.width())
    )


def _draws_distinct_glyphs(qtbot, font: QFont) -> bool:
    """True when two different Khmer strings render to different inked images."""
    image_a = _render(qtbot, KHMER_A, font)
    image_b = _render(qtbot, KHMER_B, font)
    return _ink(image_a) > 20 and _ink(image_b) > 20 and image_a != image_b


def _families_used(text: str, font: QFont) -> set[str]:
    """The families Qt actually shapes ``text`` with, after font fallback."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def _non_khmer_family() -> str | None:
    available = set(QFontDatabase.families())
    khmer = set(QFontDatabase.families(QFontDatabase.WritingSystem.Khmer))
    for family in NON_KHMER_CANDIDATES:
        if family in available and family not in khmer:
            return family
    return None


def test_register_fonts_adds_noto_sans_khmer_once(qapp):
    first = fonts.register_fonts()
    second = fonts.register_fonts()

    assert first == ["Noto Sans Khmer"]
    assert second == first
    assert fonts.khmer_family() == "Noto Sans Khmer"
    assert "Noto Sans Khmer" in QFontDatabase.families(QFontDatabase.WritingSystem.Khmer)
    # Idempotent: Regular and Bold are registered once each, not again per call.
    assert sorted(QFontDatabase.styles("Noto Sans Khmer")) == ["Bold", "Regular"]


def test_shipped_font_has_a_glyph_for_every_khmer_character(qapp):
    family = fonts.khmer_family()
    raw = QRawFont.fromFont(QFont(family), QFontDatabase.WritingSystem.Khmer)

    assert raw.familyName() == family
    glyphs = raw.glyphIndexesForString(KHMER_TEXT.replace(" ", ""))
    assert glyphs and all(index != 0 for index in glyphs)


def test_application_font_keeps_base_family_first_and_falls_back_to_khmer(qapp):
    base = QFont(qapp.font())

    font = fonts.application_font(base)

    assert font.families()[0] == QFontInfo(base).family()
    assert font.families()[-1] == "Noto Sans Khmer"
    assert font.pointSizeF() == base.pointSizeF()
    # Khmer is shaped with the shipped face...
    assert _families_used(KHMER_TEXT, font) == {"Noto Sans Khmer"}
    # ...while Latin text keeps the system face.
    assert "Noto Sans Khmer" not in _families_used(LATIN_TEXT, font)


def test_label_with_application_font_draws_real_khmer_glyphs(qtbot, qapp):
    font = fonts.application_font(QFont(qapp.font()))

    image = _render(qtbot, KHMER_TEXT, font)

    assert _ink(image) > 50
    assert _draws_distinct_glyphs(qtbot, font)


def test_a_font_without_khmer_fails_the_same_glyph_check(qtbot, qapp):
    """The control: empty boxes must not pass for Khmer, or the test above proves nothing."""
    fonts.register_fonts()
    family = _non_khmer_family()
    if family is None:
        pytest.skip("no Khmer-less system font on this machine to draw empty boxes with")
    tofu = QFont(family)
    tofu.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)

    assert not _draws_distinct_glyphs(qtbot, tofu)
