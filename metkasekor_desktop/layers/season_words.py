"""A season as the officer reads it: in the user's language when it has its usual name.

A season is stored with its year, its kind and a name that is, unless the officer typed
another, the English ``default_name(year, kind)`` ("2024 early wet"). Where a season is
shown, that usual name is said in the user's language ("រដូវវស្សាដើម 2024" in Khmer);
a name the officer typed is shown as typed. Where a name is stored, matched or exported,
the stored name is used as it is (this module is for what the window shows).

The year of a usual name is written in the digits chosen (Khmer digits when the
officer chose them in a Khmer window, :func:`message_words.shown_number_text`); the
English name, stored and shown as typed, keeps its Arabic digits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from metkasekor_desktop.domain.enums import SeasonKind
from metkasekor_desktop.domain.season import Season, default_name
from metkasekor_desktop.layers.message_words import shown_number_text

CONTEXT = "SeasonWords"
Translate = Callable[[str, str], str]  # (context, English source) -> the text

# The usual name of each kind, with its year: the English is default_name's, word for
# word, so that an English window shows the stored name unchanged.
TEMPLATES = {
    SeasonKind.EARLY_WET.value: QT_TRANSLATE_NOOP("SeasonWords", "{year} early wet"),
    SeasonKind.MAIN_WET.value: QT_TRANSLATE_NOOP("SeasonWords", "{year} main wet"),
    SeasonKind.DRY.value: QT_TRANSLATE_NOOP("SeasonWords", "{year} dry"),
}


def _folded(text: str) -> str:
    """``text`` without case and with its spaces collapsed, for comparing names."""
    return " ".join(str(text).split()).casefold()


def has_default_name(name: str, year: int, kind: SeasonKind | str) -> bool:
    """True when ``name`` is the usual name of the season of ``year`` and ``kind``
    (whatever its case and spacing); False for a typed name or a kind we do not know."""
    if str(kind) not in TEMPLATES:
        return False
    try:
        usual = default_name(int(year), SeasonKind(str(kind)))
    except (TypeError, ValueError):
        return False
    return _folded(name) == _folded(usual)


def season_text(name: str, year: int, kind: SeasonKind | str,
                translate: Translate = QCoreApplication.translate) -> str:
    """The season of ``name``, ``year`` and ``kind`` as the window shows it (``translate``:
    the words of another language than the installed one, see ``layers.translations``)."""
    if not has_default_name(name, year, kind):
        return name
    template = TEMPLATES[str(kind)]
    translated = translate(CONTEXT, template)
    if translated == template:  # English (or no translation): the name as stored
        return name
    return translated.format(year=shown_number_text(str(int(year))))


def name_text(name: str) -> str:
    """A season known only by its name (a report line, a clash): the usual name of a
    year and kind ("2024 early wet") as the window shows it, any other name as it is."""
    year = (str(name).split() or [""])[0]
    if not year.isascii() or not year.isdigit():
        return name
    kind = next((k for k in TEMPLATES if has_default_name(name, int(year), k)), None)
    return name if kind is None else season_text(name, int(year), kind)


def season_label(season: Season) -> str:
    """``season`` as the window shows it: its usual name in the user's language, or the
    name the officer typed."""
    return season_text(season.name, season.year, season.kind)
