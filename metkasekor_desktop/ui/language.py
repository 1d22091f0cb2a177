"""The interface language: the remembered choice, Qt's translators, the Language menu.

The officer picks Khmer or English once; the choice is kept in the settings and the
translators are installed at start-up, before any window is built.

In Khmer the officer may also choose Khmer digits (០១២...) for the numbers the window
shows to read (Language > Khmer digits, off by default): messages, dates, the status
bar, the results tables. Fields the officer edits keep their digits (they take typed
Khmer digits either way), and so do codes, names, file names and exported files.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from metkasekor_desktop.layers.message_words import set_digits, shown_number_text
from metkasekor_desktop.layers.translations import TRANSLATIONS_DIR

LANGUAGES = {"en": "English", "km": "ខ្មែរ"}
SETTING = "ui/language"
DIGITS_SETTING = "ui/khmer_digits"

_installed: list[QTranslator] = []
_shown = {"language": "en"}  # the language of the translators installed now


def default_language() -> str:
    """Khmer on a Khmer system, English elsewhere."""
    return "km" if QLocale.system().language() == QLocale.Language.Khmer else "en"


def current_language(qsettings: QSettings) -> str:
    """The chosen language code; an unknown stored value counts as no choice."""
    value = qsettings.value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else default_language()


def set_language(qsettings: QSettings, code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}; choose one of {list(LANGUAGES)}")
    qsettings.setValue(SETTING, code)
    qsettings.sync()


def khmer_digits_chosen(qsettings: QSettings) -> bool:
    """Whether the officer chose Khmer digits (off unless chosen)."""
    value = qsettings.value(DIGITS_SETTING, False)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def set_khmer_digits(qsettings: QSettings, on: bool) -> None:
    qsettings.setValue(DIGITS_SETTING, bool(on))
    qsettings.sync()


def window_digits(qsettings: QSettings, code: str | None = None) -> str:
    """The digits the window shows numbers with: "khmer" when Khmer digits are chosen
    and the language (``code``, else the chosen one) is Khmer, else "arabic"."""
    language = current_language(qsettings) if code is None else code
    return "khmer" if language == "km" and khmer_digits_chosen(qsettings) else "arabic"


def apply_digits(qsettings: QSettings, code: str | None = None) -> str:
    """Use the chosen digits (:func:`window_digits`) from now on; returns them."""
    chosen = window_digits(qsettings, code)
    set_digits(chosen)
    return chosen


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator that install_translators put in (back to English)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _shown["language"] = "en"


def install_translators(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Install Qt's own and our translations for ``code``, replacing earlier ones.

    Qt ships no Khmer translation of its standard dialogs, so we carry one of our own
    (``qtbase_km.qm``: dialog and wizard buttons, message and file dialogs, edit menus).
    It is installed after any ``qtbase`` file of Qt's, so its words, which match the
    application's, are the ones used. A missing file is not an error: English needs none.
    """
    remove_translators(app)
    candidates = [
        (
            QTranslator(),
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            / f"qtbase_{code}.qm",
        ),
        (QTranslator(), TRANSLATIONS_DIR / f"qtbase_{code}.qm"),
        (QTranslator(), TRANSLATIONS_DIR / f"metkasekor_{code}.qm"),
    ]
    for translator, path in candidates:
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    _shown["language"] = code if _installed else "en"
    return list(_installed)


def shown_language() -> str:
    """The language the window speaks now: that of the installed translators ("km"),
    "en" when none is installed (or they were taken out without remove_translators)."""
    code = _shown["language"]
    if code != "en" and QCoreApplication.translate("LanguageMenu", "Lan&guage") == (
            "Lan&guage"):
        return "en"
    return code


def shown_date(value: date | datetime | None, minutes: bool = False,
               seconds: bool = False) -> str:
    """A date (with the time of day when ``minutes`` or ``seconds``) as the window shows
    it: 2024-03-05 14:05 in English, 5 មីនា 2024 14:05 (the month by its Khmer name) in
    Khmer, ៥ មីនា ២០២៤ ១៤:០៥ when Khmer digits are chosen. A datetime is shown as it is
    (convert it to local time first). Dates in fields the officer edits and in exported
    files stay ISO; this is for reading."""
    if value is None:
        return ""
    with_time = (minutes or seconds) and isinstance(value, datetime)
    if shown_language() != "km":
        if not with_time:
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    khmer = QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia)
    text = khmer.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
    if with_time and isinstance(value, datetime):
        clock = QTime(value.hour, value.minute, value.second)
        text += " " + khmer.toString(clock, "HH:mm:ss" if seconds else "HH:mm")
    return shown_number_text(text)  # Khmer digits when chosen


class LanguageMenu(QMenu):
    """One checkable entry per language, and Khmer digits (for Khmer only); a choice is
    saved and used at once."""

    digits_changed = Signal(str)  # "khmer" or "arabic": the window's numbers to redraw

    def __init__(self, parent: QWidget, qsettings: QSettings) -> None:
        super().__init__(self.tr("Lan&guage"), parent)
        self.setObjectName("languageMenu")
        self._qsettings = qsettings
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        current = current_language(qsettings)
        for code, name in LANGUAGES.items():
            action = self.addAction(name)  # each language in its own script, untranslated
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self._group.addAction(action)
        self._group.triggered.connect(lambda action: self.choose(action.data()))
        self.addSeparator()
        self.digits_action = self.addAction(self.tr("Khmer &digits"))
        self.digits_action.setObjectName("khmerDigitsAction")
        self.digits_action.setCheckable(True)
        self.digits_action.setChecked(khmer_digits_chosen(qsettings))
        self.digits_action.setEnabled(current == "km")
        self.digits_action.setToolTip(self.tr(
            "Show the numbers you read (messages, dates, results) with Khmer digits"))
        self.digits_action.toggled.connect(self.choose_digits)
        apply_digits(qsettings)

    def choose_digits(self, on: bool) -> None:
        """Khmer digits on or off: saved, and used from now on."""
        set_khmer_digits(self._qsettings, on)
        if self.digits_action.isChecked() != on:
            self.digits_action.setChecked(on)
        self.digits_changed.emit(apply_digits(self._qsettings))

    def choose(self, code: str) -> None:
        changed = code != current_language(self._qsettings)
        set_language(self._qsettings, code)
        if not changed:
            return
        app = QCoreApplication.instance()
        if app is not None:
            install_translators(app, code)
        for action in self._group.actions():
            action.setChecked(action.data() == code)
        self.digits_action.setEnabled(code == "km")
        self.digits_changed.emit(apply_digits(self._qsettings, code))
        # Installed already, so this message is in the language just chosen.
        QMessageBox.information(
            self.parentWidget(),
            self.tr("Language"),
            self.tr(
                "New windows and dialogs are shown in {0} from now on; restart "
                "MetKasekor Desktop to see its menus in {0} too."
            ).format(LANGUAGES[code]),
        )


def language_menu(parent: QWidget, qsettings: QSettings) -> LanguageMenu:
    """The Language menu for the main window's menu bar."""
    return LanguageMenu(parent, qsettings)


def place_language(ui_language: str) -> str:
    """The UI language ("km" / "en") as the gazetteer and the registers name it."""
    return "kh" if ui_language == "km" else "en"
