"""Seasons dialog and selector: the table and the project agree, undo included."""

from __future__ import annotations

from datetime import date

import pytest

from metkasekor_desktop.domain.enums import PracticeKind, SeasonKind
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.season_state import CurrentSeason, default_season
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.practice_catalogue import PracticeCatalogueDialog
from metkasekor_desktop.ui.season_manager import SeasonManagerDialog, SeasonSelector


@pytest.fixture
def setup(qtbot, session):
    create_application()
    return session.project, session.stack


def _names(project: Project) -> set[str]:
    return {s.name for s in project.seasons.list()}


def test_a_years_seasons_are_added_once(qtbot, setup):
    project, stack = setup
    dialog = SeasonManagerDialog(project, stack)
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    dialog.year.setValue(2025)
    dialog.year_button.click()
    assert {"2025 early wet", "2025 main wet", "2025 dry"} <= _names(project)
    assert dialog.table.rowCount() == rows + 3
    assert len(stack) == 1
    dialog.year_button.click()
    assert project.seasons.count() == rows + 3 and len(stack) == 1
    assert "2025" in dialog.message.text()
    dry = next(s for s in project.seasons.list() if s.name == "2025 dry")
    assert dry.end_date == date(2026, 4, 30)
    stack.undo()
    assert "2025 dry" not in _names(project) and dialog.table.rowCount() == rows


def test_add_and_change_a_season_through_the_form(qtbot, setup):
    project, stack = setup
    dialog = SeasonManagerDialog(project, stack)
    qtbot.addWidget(dialog)
    dialog.name.setText("")
    dialog.year.setValue(2026)
    dialog.kind.setCurrentIndex(dialog.kind.findData("main_wet"))
    assert dialog.add_season()
    season = next(s for s in project.seasons.list() if s.name == "2026 main wet")
    assert season.start_date == date(2026, 8, 1)
    dialog.select(season.id)
    dialog.name.setText("2026 main wet (late rains)")
    assert dialog.save_season()
    assert project.seasons.get(season.id).name == "2026 main wet (late rains)"
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "2026 main wet (late rains)" in names


def test_deleting_a_season_with_plans_is_refused(qtbot, setup):
    project, stack = setup
    dialog = SeasonManagerDialog(project, stack)
    qtbot.addWidget(dialog)
    used = default_season(project)
    dialog.select(used)
    count = project.seasons.count()
    assert not dialog.delete_season()
    assert dialog.message.text()
    assert project.seasons.count() == count and len(stack) == 0


def test_selector_lists_newest_first_and_follows_the_project(qtbot, setup):
    project, stack = setup
    current = CurrentSeason()
    selector = SeasonSelector(current)
    qtbot.addWidget(selector)
    selector.set_project(project, stack)
    assert current.season_id == default_season(project)
    assert selector.currentData() == current.season_id
    assert selector.itemText(0) == "2024 dry"
    selector.setCurrentIndex(selector.findText("2023 dry"))
    assert project.seasons.get(current.season_id).name == "2023 dry"
    stack.push(SaveRecord("seasons", Season.template(2030, SeasonKind.DRY)))
    assert selector.itemText(0) == "2030 dry"
    assert selector.currentText() == "2023 dry"
    current.set(default_season(project))
    assert selector.currentData() == default_season(project)
    selector.unbind()


def test_renaming_a_practice_keeps_the_plans(qtbot, setup):
    project, stack = setup
    dialog = PracticeCatalogueDialog(project, stack)
    qtbot.addWidget(dialog)
    cover = project.practices.by_key("cover_crop")
    plans = [p.id for p in project.plans.list()
             if cover.id in {pp.practice_id for pp in p.practices}]
    assert plans
    dialog.select(cover.id)
    dialog.name_en.setText("Green manure cover")
    dialog.name_kh.setText("ដំណាំគម្របដីថ្មី")
    assert dialog.save_practice()
    assert project.practices.get(cover.id).name_en == "Green manure cover"
    still = [p.id for p in project.plans.list()
             if cover.id in {pp.practice_id for pp in p.practices}]
    assert still == plans
    texts = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Green manure cover" in texts


def test_a_practice_in_use_cannot_be_deleted_but_a_new_one_can(qtbot, setup):
    project, stack = setup
    dialog = PracticeCatalogueDialog(project, stack)
    qtbot.addWidget(dialog)
    count = project.practices.count()
    dialog.select(project.practices.by_key("no_till").id)
    assert not dialog.delete_practice()
    assert dialog.message.text() and project.practices.count() == count
    dialog.table.clearSelection()
    dialog.key.setText("mulch")
    dialog.name_en.setText("Straw mulch")
    dialog.kind.setCurrentIndex(dialog.kind.findData(PracticeKind.RESIDUE_RETENTION.value))
    assert dialog.add_practice()
    mulch = project.practices.by_key("mulch")
    assert mulch.kind == PracticeKind.RESIDUE_RETENTION and mulch.is_ca
    dialog.select(mulch.id)
    assert dialog.delete_practice()
    assert project.practices.by_key("mulch") is None
    stack.undo()
    assert project.practices.by_key("mulch").id == mulch.id
