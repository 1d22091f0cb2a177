"""The fonts shipped with the application, so Khmer shows on a PC that has no Khmer font.

Officers' office PCs often lack a Khmer face, and Qt then draws empty boxes. At start-up
the application registers every font in ``resources/fonts`` and puts the shipped Khmer
family *behind* the system face in the application font's family list: Latin text keeps
the look of the desktop, Khmer text falls back to the bundled Noto Sans Khmer.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from metkasekor_desktop.domain.messages import msg

FONT_SUFFIXES = (".ttf", ".otf")
"""Files in ``resources/fonts`` that are registered; licences and notes are skipped."""

# File name -> the id QFontDatabase gave it. Ids are checked again on every call, so a
# font dropped with the QApplication it belonged to is registered anew, never twice.
_font_ids: dict[str, int] = {}


class FontError(RuntimeError):
    """A shipped font could not be loaded; the message says which file and what to do."""


def font_files() -> list[Traversable]:
    """The shipped font files, sorted by name so the registration order is stable."""
    folder = resources.files("metkasekor_desktop.resources") / "fonts"
    return sorted(
        (item for item in folder.iterdir() if item.name.lower().endswith(FONT_SUFFIXES)),
        key=lambda item: item.name,
    )


def register_fonts() -> list[str]:
    """Register every shipped font with Qt once and return their family names.

    Safe to call any number of times. Needs a QGuiApplication (Qt's font database
    belongs to it). Reads bytes rather than paths so it also works from a zipped build.
    """
    if QGuiApplication.instance() is None:
        raise FontError(msg(
            "The bundled fonts can only be registered after the Qt application has been "
            "created; create the QApplication first."))
    families: list[str] = []
    for item in font_files():
        font_id = _font_ids.get(item.name, -1)
        names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not names:
            font_id = QFontDatabase.addApplicationFontFromData(item.read_bytes())
            names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not names:
                raise FontError(msg(
                    "The bundled font file {name!r} (in metkasekor_desktop/resources/fonts) "
                    "could not be loaded by Qt; it may be damaged. Reinstall MetKasekor "
                    "Desktop to restore it.", name=item.name))
            _font_ids[item.name] = font_id
        families.extend(name for name in names if name not in families)
    return families


def khmer_family() -> str:
    """The family name of the shipped Khmer font (registering the fonts if needed)."""
    shipped = register_fonts()
    khmer_capable = set(QFontDatabase.families(QFontDatabase.WritingSystem.Khmer))
    for family in shipped:
        if family in khmer_capable:
            return family
    raise FontError(msg(
        "None of the fonts bundled in metkasekor_desktop/resources/fonts supports Khmer; "
        "Khmer text would show as empty boxes. Reinstall MetKasekor Desktop."))


def application_font(base: QFont) -> QFont:
    """A copy of ``base`` whose fallback list ends with the shipped Khmer family.

    The face ``base`` really resolves to comes first, so Latin text keeps the system look;
    characters it lacks (Khmer) are taken from the shipped font. The resolved name is used
    rather than the one asked for because an alias such as Linux's "Sans Serif" is not a
    family to Qt: left first in the list, Qt would skip it and draw spaces with the Khmer
    face.
    """
    khmer = khmer_family()
    resolved = QFontInfo(base).family()
    families = [resolved]
    for family in base.families() or [base.family()]:
        if family not in families and family != khmer and QFontDatabase.hasFamily(family):
            families.append(family)
    families.append(khmer)
    font = QFont(base)
    font.setFamilies(families)
    return font
