"""Language > Khmer digits: a choice of the Khmer window, remembered, used at once for
the messages and dates the window shows, and off in English."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.message_words import digits, say, set_digits
from metkasekor_desktop.ui.language import (
    DIGITS_SETTING,
    install_translators,
    khmer_digits_chosen,
    language_menu,
    remove_translators,
    set_language,
    shown_date,
)
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.recent import AppSettings

KHMER_DIGITS = set("០១២៣៤៥៦៧៨៩")


@pytest.fixture
def app(qapp):
    remove_translators(qapp)
    set_digits("arabic")
    yield qapp
    remove_translators(qapp)
    set_digits("arabic")


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def quiet(monkeypatch):
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))


def _menu(qtbot, qsettings):
    window = MainWindow(AppSettings(qsettings))
    qtbot.addWidget(window)
    return language_menu(window, qsettings)


def test_khmer_digits_are_off_by_default_and_only_for_khmer(app, qtbot, qsettings, quiet):
    set_language(qsettings, "en")
    menu = _menu(qtbot, qsettings)
    action = menu.digits_action
    assert action in menu.actions() and action.isCheckable()
    assert not action.isChecked() and not action.isEnabled()
    assert not khmer_digits_chosen(qsettings) and digits() == "arabic"
    [km] = [a for a in menu.actions() if a.data() == "km"]
    km.trigger()
    assert action.isEnabled() and not action.isChecked() and digits() == "arabic"


def test_the_choice_is_remembered_and_used_at_once(app, qtbot, qsettings, quiet):
    set_language(qsettings, "km")
    install_translators(app, "km")
    menu = _menu(qtbot, qsettings)
    emitted: list[str] = []
    menu.digits_changed.connect(emitted.append)
    menu.digits_action.trigger()
    assert menu.digits_action.isChecked() and emitted == ["khmer"]
    assert khmer_digits_chosen(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    assert qsettings.value(DIGITS_SETTING) in (True, "true")

    said = say(msg("{count} plots, {area:.2f} ha in {code}", count=12, area=3.5,
                   code="BTB-12"))
    assert "១២" in said and "៣.៥០" in said and "BTB-12" in said
    shown = shown_date(datetime(2024, 3, 5, 14, 5), minutes=True)
    assert "២០២៤" in shown and "១៤:០៥" in shown and not any(c.isascii() and c.isdigit()
                                                           for c in shown)
    assert "៥" in shown_date(date(2024, 3, 5))

    again = _menu(qtbot, qsettings)  # a new window: the choice is still made
    assert again.digits_action.isChecked() and digits() == "khmer"

    menu.digits_action.trigger()  # off again
    assert emitted[-1] == "arabic" and not khmer_digits_chosen(qsettings)
    assert "2024" in shown_date(date(2024, 3, 5))


def test_off_in_english(app, qtbot, qsettings, quiet):
    set_language(qsettings, "km")
    install_translators(app, "km")
    menu = _menu(qtbot, qsettings)
    menu.digits_action.trigger()
    assert digits() == "khmer"
    [en] = [a for a in menu.actions() if a.data() == "en"]
    en.trigger()
    assert digits() == "arabic" and not menu.digits_action.isEnabled()
    assert khmer_digits_chosen(qsettings)  # kept for when Khmer is chosen again
    assert shown_date(date(2024, 3, 5)) == "2024-03-05"
    assert say(msg("{count} plots", count=12)) == "12 plots"


def test_results_table_shows_khmer_digits_and_sorts_by_value(app, qtbot):
    import math

    from PySide6.QtCore import Qt

    from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow
    from metkasekor_desktop.ui import trial_results_model as m

    row = ComparisonRow(trial="T-2024", season="2024 early wet", measure="yield",
                        unit="t/ha", n_pairs=4, mean_demo=3.25, mean_control=2.5,
                        mean_difference=0.75, ci_low=0.1, ci_high=1.4, p_value=0.02,
                        response_ratio=1.3)
    model = m.TrialResultsModel("en")
    model.set_rows([row])
    display = Qt.ItemDataRole.DisplayRole
    set_digits("khmer")
    try:
        assert model.data(model.index(0, m.N), display) == "៤"
        assert model.data(model.index(0, m.MEAN_CA), display) == "៣.២៥០"
        assert model.data(model.index(0, m.TRIAL), display) == "T-2024"
        assert model.data(model.index(0, m.N), Qt.ItemDataRole.UserRole) == 4.0
    finally:
        set_digits("arabic")
    assert model.data(model.index(0, m.N), display) == "4"
    assert not math.isnan(model.sort_value(row, m.MEAN_CA))


def test_season_report_dialog_offers_khmer_digits(app, qtbot):
    from metkasekor_desktop.ui.season_report_dialog import SeasonReportDialog

    dialog = SeasonReportDialog([], None, "km", Path("r.pdf"), khmer_digits=True)
    qtbot.addWidget(dialog)
    assert dialog.khmer_digits.isEnabled() and dialog.report_digits() == "khmer"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.khmer_digits.isEnabled() and dialog.report_digits() == "arabic"
    set_digits("khmer")  # by default, the window's choice
    other = SeasonReportDialog([], None, "km", Path("r.pdf"))
    qtbot.addWidget(other)
    assert other.khmer_digits.isChecked()
