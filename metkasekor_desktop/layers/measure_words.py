"""The measures of the trial results in the user's words: "Yield of maize", "Soil
organic carbon (10-20 cm)", "Labour for maize"; their units translated.

Shared by the Trial results window and the season report (the words keep the context
of the window where they were first translated).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from metkasekor_desktop.analysis import trial_comparisons as tc
from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow
from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.soil import INDICATORS
from metkasekor_desktop.layers.message_words import shown_number_text


def item_name(kind: str, key: str, language: str) -> str:
    """A crop's (yield, labour, margin) or soil indicator's name in ``language``."""
    item = INDICATORS.get(key) if kind == tc.SOIL else CROPS.get(key)
    if item is None:
        return key
    return item.name_kh if language == "kh" and item.name_kh else item.name_en


# The window's words (context TrialResultsModel), marked for the translation tools and
# translated where they are said: by the installed translators, or another language's.
_CONTEXT = "TrialResultsModel"
_DEPTH = QT_TRANSLATE_NOOP("TrialResultsModel", "{top}-{bottom} cm")
_CROP_MEASURES = {
    tc.YIELD: QT_TRANSLATE_NOOP("TrialResultsModel", "Yield of {crop}"),
    tc.LABOUR: QT_TRANSLATE_NOOP("TrialResultsModel", "Labour for {crop}"),
    tc.MARGIN: QT_TRANSLATE_NOOP("TrialResultsModel", "Gross margin of {crop}"),
}
Translate = Callable[[str, str], str]  # (context, English source) -> the text


def _soil_text(key: str, depth: tuple[float, float] | None, language: str,
               translate: Translate) -> str:
    """A soil indicator at a depth: "Soil organic carbon (0-10 cm)"."""
    name = item_name(tc.SOIL, key, language)
    if depth is None:
        return name
    cm = translate(_CONTEXT, _DEPTH).format(
        top=shown_number_text(f"{depth[0]:g}"), bottom=shown_number_text(f"{depth[1]:g}"))
    return f"{name} ({cm})"


def trend_measure_text(row: tc.TrendRow, language: str,
                       translate: Translate = QCoreApplication.translate) -> str:
    """A soil trend's measure in the user's words ("Soil organic carbon (0-10 cm)")."""
    return _soil_text(row.key, row.depth, language, translate) if row.key else row.measure


def measure_text(row: ComparisonRow, language: str,
                 translate: Translate = QCoreApplication.translate) -> str:
    """The measure in the user's words; an unknown measure as the analysis names it
    (``translate``: another language's words than the installed ones)."""
    if row.kind == tc.SOIL:
        return _soil_text(row.key, row.depth, language, translate)
    template = _CROP_MEASURES.get(row.kind)
    if template is None:
        return row.measure
    return translate(_CONTEXT, template).format(crop=item_name(row.kind, row.key, language))


def unit_text(unit: str) -> str:
    words = {"person-days": QCoreApplication.translate("TrialResultsModel", "person-days"),
             "riel/ha": QCoreApplication.translate("TrialResultsModel", "riel/ha"),
             "per m²": QCoreApplication.translate("TrialResultsModel", "per m²")}
    return words.get(unit, unit)
