"""A register copy's report in the user's language: the counts of what a publish or an
office project adds and finds, its clashes, and the provinces to choose from.

The report (``domain.register_copy``) is data; its English renderings are the command
line's. Here the same lines are made from translated templates, so that the English
window says exactly what ``CopyReport.counts_text`` and ``Clash.message`` say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.register_copy import TABLE_WORDS, Clash
from metkasekor_desktop.layers import season_words
from metkasekor_desktop.layers.message_words import say

CONTEXT = "CopyWords"

# Each table of the register as one row and as several (Khmer has one word for both).
WORDS = {
    "farmers": (QT_TRANSLATE_NOOP("CopyWords", "farmer"),
               QT_TRANSLATE_NOOP("CopyWords", "farmers")),
    "plots": (QT_TRANSLATE_NOOP("CopyWords", "plot"),
             QT_TRANSLATE_NOOP("CopyWords", "plots")),
    "seasons": (QT_TRANSLATE_NOOP("CopyWords", "season"),
               QT_TRANSLATE_NOOP("CopyWords", "seasons")),
    "practices": (QT_TRANSLATE_NOOP("CopyWords", "practice"),
                 QT_TRANSLATE_NOOP("CopyWords", "practices")),
    "providers": (QT_TRANSLATE_NOOP("CopyWords", "service provider"),
                 QT_TRANSLATE_NOOP("CopyWords", "service providers")),
    "plot_season_plans": (QT_TRANSLATE_NOOP("CopyWords", "season plan"),
                         QT_TRANSLATE_NOOP("CopyWords", "season plans")),
    "plan_practices": (QT_TRANSLATE_NOOP("CopyWords", "planned practice"),
                      QT_TRANSLATE_NOOP("CopyWords", "planned practices")),
    "trials": (QT_TRANSLATE_NOOP("CopyWords", "trial"),
              QT_TRANSLATE_NOOP("CopyWords", "trials")),
    "trial_seasons": (QT_TRANSLATE_NOOP("CopyWords", "trial season"),
                     QT_TRANSLATE_NOOP("CopyWords", "trial seasons")),
    "trial_members": (QT_TRANSLATE_NOOP("CopyWords", "trial plot"),
                     QT_TRANSLATE_NOOP("CopyWords", "trial plots")),
    "soil_samples": (QT_TRANSLATE_NOOP("CopyWords", "soil sample"),
                    QT_TRANSLATE_NOOP("CopyWords", "soil samples")),
    "yield_records": (QT_TRANSLATE_NOOP("CopyWords", "yield record"),
                     QT_TRANSLATE_NOOP("CopyWords", "yield records")),
    "extension_events": (QT_TRANSLATE_NOOP("CopyWords", "extension event"),
                        QT_TRANSLATE_NOOP("CopyWords", "extension events")),
    "event_plots": (QT_TRANSLATE_NOOP("CopyWords", "event visit"),
                   QT_TRANSLATE_NOOP("CopyWords", "event visits")),
    "plot_raster_stats": (QT_TRANSLATE_NOOP("CopyWords", "raster statistic"),
                         QT_TRANSLATE_NOOP("CopyWords", "raster statistics")),
    "plot_extra_attributes": (QT_TRANSLATE_NOOP("CopyWords", "extra attribute"),
                             QT_TRANSLATE_NOOP("CopyWords", "extra attributes")),
    "target_populations": (QT_TRANSLATE_NOOP("CopyWords", "target population"),
                          QT_TRANSLATE_NOOP("CopyWords", "target populations")),
}
# The columns a clash can name, in words (others are shown as the database names them).
COLUMNS = {
    "sex": QT_TRANSLATE_NOOP("CopyWords", "sex"),
    "phone": QT_TRANSLATE_NOOP("CopyWords", "phone"),
    "cooperative": QT_TRANSLATE_NOOP("CopyWords", "cooperative"),
    "early_adopter": QT_TRANSLATE_NOOP("CopyWords", "early adopter"),
    "year": QT_TRANSLATE_NOOP("CopyWords", "year"),
    "kind": QT_TRANSLATE_NOOP("CopyWords", "kind"),
    "is_ca": QT_TRANSLATE_NOOP("CopyWords", "CA practice"),
    "design": QT_TRANSLATE_NOOP("CopyWords", "design"),
    "name": QT_TRANSLATE_NOOP("CopyWords", "name"),
    "farmer_id": QT_TRANSLATE_NOOP("CopyWords", "farmer"),
    "village_code": QT_TRANSLATE_NOOP("CopyWords", "village"),
    "role": QT_TRANSLATE_NOOP("CopyWords", "role"),
    "soil_type": QT_TRANSLATE_NOOP("CopyWords", "soil type"),
    "notes": QT_TRANSLATE_NOOP("CopyWords", "notes"),
    "households": QT_TRANSLATE_NOOP("CopyWords", "farm households"),
    "source": QT_TRANSLATE_NOOP("CopyWords", "source"),
}
# The lines, in English as the command line says them.
COUNT = QT_TRANSLATE_NOOP("CopyWords", "{n} {what}")
COMMA = QT_TRANSLATE_NOOP("CopyWords", ", ")
NOTHING = QT_TRANSLATE_NOOP("CopyWords", "nothing")
BOUNDARY = QT_TRANSLATE_NOOP(
    "CopyWords", "{what}: the boundary differs ({ours} in {source}, {theirs} in {target})")
BOUNDARY_APART = QT_TRANSLATE_NOOP(
    "CopyWords", "{what}: the boundary differs ({ours} in {source}, {theirs} in {target}; "
    "{apart} m apart)")
DIFFERS = QT_TRANSLATE_NOOP(
    "CopyWords", "{what}: {column} is {ours} in {source} but {theirs} in {target}")
NAMED = QT_TRANSLATE_NOOP("CopyWords", "{what} {name}")
OF_PLOT_IN = QT_TRANSLATE_NOOP("CopyWords", "{what} of plot {plot} in {season}")
OF_PLOT = QT_TRANSLATE_NOOP("CopyWords", "{what} of plot {plot}")
IN_SEASON = QT_TRANSLATE_NOOP("CopyWords", "{what} in {season}")
EMPTY = QT_TRANSLATE_NOOP("CopyWords", "empty")
ALL_PROVINCES = QT_TRANSLATE_NOOP("CopyWords", "All provinces")
PROVINCE = QT_TRANSLATE_NOOP("CopyWords", "{name} ({code})")
_NAMED = ("plots", "farmers", "seasons", "providers", "trials", "practices")


def _t(text: object) -> str:
    """A word or line above in the user's language."""
    return QCoreApplication.translate(CONTEXT, str(text))


def counts_text(counts: dict[str, int]) -> str:
    """"120 plots, 49 farmers, ..." of a report's added (or found) counts."""
    parts = [_t(COUNT).format(n=f"{n:,}", what=_t(WORDS[t][n != 1]) if t in WORDS else t)
             for t, n in counts.items() if n]
    return _t(COMMA).join(parts) if parts else _t(NOTHING)


def clash_text(clash: Clash, source: str, target: str) -> str:
    """One clash in words (in English the same as ``clash.message(source, target)``)."""
    label = _label(clash)
    if clash.column == "boundary":
        if clash.apart_m is not None and clash.apart_m >= 1:
            return _t(BOUNDARY_APART).format(what=label, ours=clash.ours, source=source,
                                             theirs=clash.theirs, target=target,
                                             apart=f"{clash.apart_m:,.0f}")
        return _t(BOUNDARY).format(what=label, ours=clash.ours, source=source,
                                   theirs=clash.theirs, target=target)
    column = _t(COLUMNS[clash.column]) if clash.column in COLUMNS else clash.column
    return _t(DIFFERS).format(what=label, column=column, ours=_shown(clash.ours),
                              source=source, theirs=_shown(clash.theirs), target=target)


def _label(clash: Clash) -> str:
    """The row's label with the table's word translated: "plot BTB-0001", "soil sample
    of plot BTB-0001 in 2024 wet"; a label of another shape is shown as it is."""
    english = TABLE_WORDS.get(clash.table, ("",))[0]
    if clash.table not in WORDS or not clash.label.startswith(english):
        return say(clash.label)
    word, rest = _t(WORDS[clash.table][0]), clash.label[len(english):]
    if clash.table in _NAMED and rest.startswith(" "):
        name = season_words.name_text(rest[1:]) if clash.table == "seasons" else rest[1:]
        return _t(NAMED).format(what=word, name=name)
    match = re.fullmatch(r"(?: of plot (\S+))?(?: in (.+))?", rest)
    if match is None:
        return say(clash.label)
    plot, season = match.groups()
    season = season_words.name_text(season) if season else season
    if plot and season:
        return _t(OF_PLOT_IN).format(what=word, plot=plot, season=season)
    if plot:
        return _t(OF_PLOT).format(what=word, plot=plot)
    if season:
        return _t(IN_SEASON).format(what=word, season=season)
    return word


def _shown(value: object) -> str:
    if value is None or value == "":
        return _t(EMPTY)
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def fill_provinces(combo: QComboBox, village_codes: Iterable[object], language: str) -> None:
    """"All provinces", then each province of the gazetteer that holds one of the plots
    (``language``: "kh" or "en", as the gazetteer names it), with its code."""
    used = {str(code)[:2] for code in village_codes if code}
    combo.clear()
    combo.addItem(_t(ALL_PROVINCES), None)
    for unit in places.provinces():
        if unit.code in used:
            text = _t(PROVINCE).format(name=unit.name(language), code=unit.code)
            combo.addItem(text, unit.code)
