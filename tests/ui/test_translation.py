"""Khmer interface: the catalogue is complete and current, and the window speaks it."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.ui import language
from metkasekor_desktop.ui.language import (
    LANGUAGES,
    current_language,
    install_translators,
    language_menu,
    remove_translators,
    set_language,
)
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.recent import AppSettings

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "metkasekor_desktop" / "resources" / "translations" / "metkasekor_km.ts"
FIELD = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?!&)(\w)")


def _khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def _update_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    out = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message.find("translation")))
    return out


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app(qapp):
    """The application, left without our translators (English) after the test."""
    remove_translators(qapp)
    yield qapp
    remove_translators(qapp)


def _window(qtbot, qsettings: QSettings) -> MainWindow:
    window = MainWindow(AppSettings(qsettings))
    qtbot.addWidget(window)
    return window


def _file_menu_title(window: MainWindow) -> str:
    return window.menuBar().actions()[0].text()


def _headers(window: MainWindow) -> list[str]:
    model = window.plots.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


# --- the window in each language ---------------------------------------------------------
def test_khmer_window_shows_khmer_menus_and_table_headers(app, qtbot, qsettings):
    assert install_translators(app, "km")
    window = _window(qtbot, qsettings)
    title = _file_menu_title(window)
    assert _khmer(title) and "&F" in title
    headers = _headers(window)
    assert all(_khmer(h) for h in headers), headers
    assert "ផ្ទៃដី (ហិកតា)" in headers
    assert _khmer(window.windowTitle().replace("MetKasekor Desktop", ""))


def test_english_window_shows_english(app, qtbot, qsettings):
    install_translators(app, "km")
    install_translators(app, "en")  # replaces the Khmer translators
    window = _window(qtbot, qsettings)
    assert _file_menu_title(window) == "&File"
    assert _headers(window) == ["Code", "Farmer", "Village", "Commune", "District", "Role",
                                "Area (ha)", "Crops", "Practices", "Providers",
                                "Plan status", "Stage"]


def test_removing_translators_returns_to_english(app):
    install_translators(app, "km")
    assert _khmer(QCoreApplication.translate("PlotsTableModel", "Village"))
    remove_translators(app)
    assert QCoreApplication.translate("PlotsTableModel", "Village") == "Village"


# --- the remembered choice ------------------------------------------------------------------
def test_language_choice_is_remembered(qsettings, tmp_path):
    set_language(qsettings, "km")
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert current_language(again) == "km"
    with pytest.raises(ValueError, match="fr"):
        set_language(qsettings, "fr")


def test_default_language_follows_the_system_locale(qsettings, monkeypatch):
    monkeypatch.setattr(
        language.QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Khmer))
    )
    assert current_language(qsettings) == "km"
    monkeypatch.setattr(
        language.QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.French))
    )
    assert current_language(qsettings) == "en"
    qsettings.setValue("ui/language", "xx")  # a stale value counts as no choice
    assert current_language(qsettings) == "en"


def test_language_menu_saves_and_installs_the_choice(app, qtbot, qsettings, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)),
    )
    set_language(qsettings, "en")
    window = _window(qtbot, qsettings)
    menu = language_menu(window, qsettings)
    assert menu.title() == "Lan&guage"  # &L is the Layer menu
    actions = {a.data(): a for a in menu.actions() if a.data() is not None}
    assert set(actions) == set(LANGUAGES) and actions["en"].isChecked()
    assert not menu.digits_action.isEnabled()  # Khmer digits are a choice of Khmer

    actions["km"].trigger()
    assert current_language(qsettings) == "km"
    assert actions["km"].isChecked() and not actions["en"].isChecked()
    assert _khmer(QCoreApplication.translate("PlotsTableModel", "Village"))
    assert len(shown) == 1 and _khmer(shown[0])  # told in the language just chosen

    actions["km"].trigger()  # choosing it again changes nothing and says nothing
    assert len(shown) == 1


# --- the catalogue ----------------------------------------------------------------------------
def test_catalogue_is_finished():
    unfinished = [
        source
        for _c, source, t in _messages(TS_FILE)
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not t.text
    ]
    assert not unfinished


def test_catalogue_matches_the_code(tmp_path):
    """Every message of the .ts is in the code, and every string of the code is in the .ts:
    run scripts/update_translations.py and translate what is new when this fails."""
    script = _update_script()
    scratch = tmp_path / "extracted_km.ts"
    subprocess.run(
        script.lupdate_command(script.catalogue_sources(tmp_path / "stub.py"), scratch,
                               "km"),
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    in_code = {(c, s) for c, s, _t in _messages(scratch)}
    in_catalogue = {(c, s) for c, s, _t in _messages(TS_FILE)}
    assert in_catalogue - in_code == set(), "stale messages in the catalogue"
    assert in_code - in_catalogue == set(), "strings of the code not in the catalogue"


def test_translations_keep_placeholders_and_accelerators():
    for _context, source, translation in _messages(TS_FILE):
        text = translation.text or ""
        assert Counter(FIELD.findall(text)) == Counter(FIELD.findall(source)), source
        assert [m.upper() for m in MNEMONIC.findall(text)] == [
            m.upper() for m in MNEMONIC.findall(source)
        ], source


def test_compiled_catalogue_is_current(qapp):
    """The shipped .qm holds the .ts's translations (lrelease was run after the edit)."""
    translator = QTranslator()
    assert translator.load(str(TS_FILE.with_suffix(".qm")))
    for context, source, translation in _messages(TS_FILE):
        assert translator.translate(context, source) == translation.text, source
