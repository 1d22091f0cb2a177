"""What the code below ui/ says reaches the officer in the officer's language.

Below the window a refusal or a report line is a message (an English template and its
values, ``domain.messages``); the window says it with ``layers.message_words.say``, so
a translation of the template (context "Messages") is what the officer reads, in a
message box, a label or a sentence of the window's own. The translator here is built in
the test: a .ts of one template, compiled with the venv's lrelease.

And dates the window shows for reading name the month in Khmer in the Khmer window.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QTranslator

from metkasekor_desktop.domain.errors import DomainError, ValidationError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.errors import Conflict, ConflictError, ProjectError

TEMPLATE = "No plot has the code {code}."
TRANSLATED = "គ្មានក្បាលដីណាមានកូដ {code} ទេ។"
REFUSAL = msg(TEMPLATE, code="BTB-0099")
SAID = TRANSLATED.format(code="BTB-0099")


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def messages_translated(english, tmp_path: Path):
    """The application with a translation of TEMPLATE (context "Messages") installed."""
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "messages_km.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="km_KH">\n<context>\n<name>Messages</name>\n'
        f"<message>\n<source>{escape(TEMPLATE)}</source>\n"
        f"<translation>{escape(TRANSLATED)}</translation>\n</message>\n"
        "</context>\n</TS>\n", encoding="utf-8")
    qm = tmp_path / "messages_km.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    english.installTranslator(translator)
    yield english
    english.removeTranslator(translator)


def test_the_test_translation_is_installed(messages_translated):
    from metkasekor_desktop.layers.message_words import say

    assert REFUSAL == "No plot has the code BTB-0099."  # the English of the message
    assert say(REFUSAL) == SAID
    assert say(DomainError(REFUSAL)) == SAID


# --- refusals in message boxes and labels ------------------------------------------------
def _wizard(qtbot, monkeypatch, error: BaseException):
    """The import wizard, its file refused with ``error``; what its warnings say."""
    from metkasekor_desktop.layers import plot_import
    from metkasekor_desktop.ui.import_wizard import ImportWizard

    def refuse(*_args, **_kwargs):
        raise error

    monkeypatch.setattr(plot_import, "PlotImport", refuse)
    wizard = ImportWizard(project=None)
    qtbot.addWidget(wizard)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(wizard, "warn", lambda title, text: shown.append((title, text)))
    return wizard, shown


def test_import_wizard_shows_a_refused_file_translated(messages_translated, qtbot,
                                                       monkeypatch, tmp_path):
    wizard, shown = _wizard(qtbot, monkeypatch, DomainError(REFUSAL))
    assert not wizard.open_file(tmp_path / "plots.kml")
    assert shown == [("This file cannot be imported", SAID)]


def test_import_wizard_names_the_file_and_says_why(messages_translated, qtbot,
                                                   monkeypatch, tmp_path):
    wizard, shown = _wizard(qtbot, monkeypatch, OSError(REFUSAL))
    assert not wizard.open_file(tmp_path / "plots.kml")
    assert shown[0][1] == f"plots.kml: {SAID}"


def test_import_wizard_in_english_without_a_translation(english, qtbot, monkeypatch,
                                                        tmp_path):
    wizard, shown = _wizard(qtbot, monkeypatch, DomainError(REFUSAL))
    assert not wizard.open_file(tmp_path / "plots.kml")
    assert shown[0][1] == "No plot has the code BTB-0099."


def test_a_dialog_label_shows_the_refusal_translated(messages_translated, qtbot):
    from metkasekor_desktop.ui.apply_dialog import ApplyDialog

    class Refusing(ApplyDialog):
        def do_apply(self) -> None:
            raise ValidationError("code", REFUSAL)

        def restore(self) -> None:
            pass

    dialog = Refusing()
    qtbot.addWidget(dialog)
    assert not dialog.apply()
    assert dialog.message.text() == SAID


def test_a_message_box_shows_the_refusal_translated(messages_translated, qtbot,
                                                    monkeypatch, tmp_path):
    """A project that cannot be opened: the message box says the refusal translated."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from metkasekor_desktop.ui import main_window as window_module
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))

    def refuse(*_args, **_kwargs):
        raise ProjectError(REFUSAL)

    monkeypatch.setattr(window_module.Project, "open_any", refuse)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppSettings(settings))
    qtbot.addWidget(window)
    assert not window.open_project(tmp_path / "refused.gpkg")
    assert shown == [SAID]


def test_window_sentences_carry_the_translated_reason(messages_translated):
    """The window's own sentence (tr) around a refusal: the refusal in its words too."""
    from metkasekor_desktop.ui.publish_dialog import refusal_text
    from metkasekor_desktop.ui.submissions_dialog import refusal_text as submissions_refusal

    assert refusal_text(ProjectError(REFUSAL)) == SAID
    assert submissions_refusal(RuntimeError(REFUSAL)).endswith(": " + SAID)


def test_report_lines_are_said_one_by_one(messages_translated):
    from metkasekor_desktop.layers.message_words import say_lines

    lines = [REFUSAL, msg("{count} features were read.", count=3), "plain text"]
    assert say_lines(lines) == [SAID, "3 features were read.", "plain text"]


# --- dates --------------------------------------------------------------------------------
def test_dates_name_the_month_in_khmer(khmer):
    from metkasekor_desktop.ui.language import shown_date

    assert shown_date(date(2024, 3, 5)) == "5 មីនា 2024"
    assert shown_date(datetime(2024, 3, 5, 14, 5, 9), minutes=True) == "5 មីនា 2024 14:05"
    assert shown_date(datetime(2024, 3, 5, 14, 5, 9), seconds=True) == (
        "5 មីនា 2024 14:05:09")


def test_dates_stay_iso_in_english(english):
    from metkasekor_desktop.ui.language import shown_date

    assert shown_date(date(2024, 3, 5)) == "2024-03-05"
    assert shown_date(datetime(2024, 3, 5, 14, 5, 9), minutes=True) == "2024-03-05 14:05"
    assert shown_date(None) == ""


def _conflict() -> ConflictError:
    return ConflictError(Conflict("plots", 1, "BTB-0001", "sokha@office",
                                  datetime(2024, 3, 15, 12, 0, tzinfo=UTC),
                                  mine={"name": "A"}, theirs={"name": "B"}))


def test_a_conflict_says_when_with_the_khmer_month(khmer):
    from metkasekor_desktop.ui.write_failures import conflict_text

    text, _table = conflict_text(_conflict())
    assert "មីនា 2024" in text
    assert "2024-03-15" not in text


def test_a_conflict_says_when_in_iso_in_english(english):
    from metkasekor_desktop.ui.write_failures import conflict_text

    text, _table = conflict_text(_conflict())
    assert "2024-03-15 " in text
