"""Seasons are shown in the user's language: a season with its usual name ("2024 early
wet") reads in Khmer in the Khmer window, a name the officer typed stays as typed, and
the window's season lists keep the season's id as their data."""

from __future__ import annotations

from pathlib import Path

import pytest

from metkasekor_desktop.domain.enums import SeasonKind
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.layers.season_words import has_default_name, name_text, season_label
from metkasekor_desktop.ui.language import install_translators, remove_translators

KHMER = {
    SeasonKind.EARLY_WET: "រដូវវស្សាដើម 2024",
    SeasonKind.MAIN_WET: "រដូវវស្សាធំ 2024",
    SeasonKind.DRY: "រដូវប្រាំង 2024",
}
ENGLISH = {
    SeasonKind.EARLY_WET: "2024 early wet",
    SeasonKind.MAIN_WET: "2024 main wet",
    SeasonKind.DRY: "2024 dry",
}




@pytest.mark.parametrize("kind", list(SeasonKind))
def test_the_usual_name_is_shown_in_english_as_stored(english, kind) -> None:
    assert season_label(Season.template(2024, kind)) == ENGLISH[kind]


@pytest.mark.parametrize("kind", list(SeasonKind))
def test_the_usual_name_is_shown_in_khmer(khmer, kind) -> None:
    season = Season.template(2024, kind)
    assert season.name == ENGLISH[kind]  # stored in English, shown in Khmer
    assert season_label(season) == KHMER[kind]
    assert name_text(season.name) == KHMER[kind]


def test_case_and_spaces_do_not_hide_the_usual_name(khmer) -> None:
    season = Season(name="  2024  Early   WET ", year=2024, kind=SeasonKind.EARLY_WET)
    assert has_default_name(season.name, season.year, season.kind)
    assert season_label(season) == KHMER[SeasonKind.EARLY_WET]


@pytest.mark.parametrize("name", ["2024 main wet (late rains)", "វស្សាឆ្នាំ 2024",
                                  "2023 early wet"])  # the last: of another year
def test_a_typed_name_stays_as_typed(khmer, name) -> None:
    season = Season(name=name, year=2024, kind=SeasonKind.EARLY_WET)
    assert not has_default_name(season.name, season.year, season.kind)
    assert season_label(season) == name


def test_a_kind_written_by_another_program_keeps_its_name(khmer) -> None:
    season = Season(name="2024 monsoon", year=2024, kind="monsoon")
    assert season_label(season) == "2024 monsoon"
    assert name_text("2024 monsoon") == "2024 monsoon" and name_text("") == ""


# --- the Khmer window --------------------------------------------------------------------
@pytest.fixture
def khmer_window(qtbot, tmp_path: Path, demo_project: Path):
    """The main window in Khmer with a fresh copy of the demo project open."""
    from PySide6.QtCore import QSettings

    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.language import set_language
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings
    from tests.ui.conftest import open_project

    app = create_application()
    install_translators(app, "km")
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    set_language(qsettings, "km")
    win = MainWindow(AppSettings(qsettings))
    qtbot.addWidget(win)
    win.show()
    try:
        assert open_project(win, demo_project, qtbot)
        yield win
    finally:
        remove_translators(app)


def _items(combo) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def _expected(project, ordered: list[Season]) -> list[tuple[str, object]]:
    return [(KHMER[SeasonKind(s.kind)].replace("2024", str(s.year)), s.id) for s in ordered]


def test_the_toolbar_season_selector_speaks_khmer(khmer_window) -> None:
    project = khmer_window.project
    seasons = sorted(project.seasons.list(), key=lambda s: s.sort_key, reverse=True)
    assert seasons and all(has_default_name(s.name, s.year, s.kind) for s in seasons)
    selector = khmer_window.register.season_selector
    assert _items(selector) == _expected(project, seasons)
    # The current season is still chosen by its id, and its label is the Khmer one.
    current = project.seasons.get(khmer_window.register.current_season.season_id)
    assert selector.currentData() == current.id
    assert selector.currentText() == season_label(current) != current.name


def test_the_export_dialog_lists_seasons_in_khmer(khmer_window, tmp_path: Path) -> None:
    from metkasekor_desktop.ui.export_dialog import ExportDialog

    project = khmer_window.project
    dialog = ExportDialog(project, khmer_window.canvas.plot_layer, khmer_window,
                          str(tmp_path), language="km")
    seasons = sorted(project.seasons.list(), key=lambda s: s.sort_key, reverse=True)
    assert _items(dialog.season)[1:] == _expected(project, seasons)  # after "none"
    assert not any(s.name in dialog.season.itemText(i)
                   for s in seasons for i in range(dialog.season.count()))
    dialog.close()


def test_a_typed_name_shows_as_typed_in_the_khmer_selector(khmer_window) -> None:
    from metkasekor_desktop.layers.record_commands import SaveRecord

    typed = Season.template(2031, SeasonKind.MAIN_WET)
    typed.name = "2031 late rains"
    khmer_window.session.stack.push(SaveRecord("seasons", typed))
    selector = khmer_window.register.season_selector
    assert selector.itemText(0) == "2031 late rains"
    assert selector.itemData(0) == next(s.id for s in khmer_window.project.seasons.list()
                                        if s.name == "2031 late rains")


def test_a_clash_names_its_season_in_khmer(khmer) -> None:
    from metkasekor_desktop.domain.register_copy import Clash
    from metkasekor_desktop.ui.copy_words import clash_text

    sample = clash_text(Clash("soil_samples", "soil sample of plot BTB-0001 in 2024 dry",
                              "notes", "a", "b"), "office.gpkg", "the register")
    season = clash_text(Clash("seasons", "season 2024 early wet", "kind", "dry", "early_wet"),
                        "office.gpkg", "the register")
    typed = clash_text(Clash("seasons", "season 2024 late rains", "kind", "dry", "main_wet"),
                       "office.gpkg", "the register")
    assert "រដូវប្រាំង 2024" in sample and "2024 dry" not in sample
    assert "រដូវវស្សាដើម 2024" in season and "early wet" not in season
    assert "2024 late rains" in typed
