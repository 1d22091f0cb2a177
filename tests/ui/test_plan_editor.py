"""The season plan editor: what the officer types is what the project stores."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from metkasekor_desktop.domain.enums import PlanStatus, ProviderKind, Service
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import PracticeDetails
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.layers.season_state import default_season
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.plan_editor import PlanEditor


@pytest.fixture
def setup(qtbot, session):
    create_application()
    editor = PlanEditor()
    qtbot.addWidget(editor)
    yield session.project, session.stack, editor
    editor.close()


def _season_ids(project: Project) -> list[int]:
    """Season ids from oldest to newest."""
    return [s.id for s in sorted(project.seasons.list(), key=lambda s: s.sort_key)]


def _unplanned_plot(project: Project, season_id: int) -> int:
    planned = {p.plot_id for p in project.plans.list() if p.season_id == season_id}
    return next(int(i) for i in project.plots.load_table().ids if int(i) not in planned)


def _check_crop(editor: PlanEditor, key: str) -> None:
    for row in range(editor.crops.count()):
        item = editor.crops.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no crop {key}")


def _add(editor: PlanEditor, key: str, project: Project) -> None:
    editor.catalogue.setCurrentIndex(editor.catalogue.findData(
        project.practices.by_key(key).id))
    editor.add_button.click()


def test_a_new_plan_typed_in_the_editor_is_stored(setup):
    project, stack, editor = setup
    season = _season_ids(project)[-1]
    plot_id = _unplanned_plot(project, season)
    editor.set_plot(project, stack, plot_id, season, "en")
    _check_crop(editor, "maize")
    _check_crop(editor, "cowpea")
    editor.status.setCurrentIndex(editor.status.findData("done"))
    editor.planned_date.setDate(QDate(2024, 11, 20))
    _add(editor, "cover_crop", project)
    assert editor.species.isVisibleTo(editor) and not editor.residue.isVisibleTo(editor)
    editor.species.setCurrentText("Crotalaria juncea")
    editor.seed_rate.setValue(25)
    editor.practice_cost.setValue(90000)
    assert editor.save()
    plan = project.plans.find(plot_id, season)
    assert plan.crops == ("maize", "cowpea")
    assert plan.status == PlanStatus.DONE and plan.done_date == date(2024, 11, 20)
    assert plan.practices[0].details.cover_crop_species == "Crotalaria juncea"
    assert plan.practices[0].details.seed_rate_kg_ha == 25
    assert plan.practices[0].cost == 90000
    assert len(stack) == 1
    stack.undo()
    assert project.plans.find(plot_id, season) is None
    assert editor.crops.item(0).checkState() == Qt.CheckState.Unchecked  # follows undo


def test_the_editor_shows_the_stored_plan(setup):
    project, stack, editor = setup
    plan = next(p for p in project.plans.list()
                if any(pp.details.residue_cover_pct for pp in p.practices))
    editor.set_plot(project, stack, plan.plot_id, plan.season_id, "kh")
    assert editor.practice_list.count() == len(plan.practices)
    row = next(i for i, pp in enumerate(plan.practices) if pp.details.residue_cover_pct)
    editor.practice_list.setCurrentRow(row)
    assert editor.residue.value() == plan.practices[row].details.residue_cover_pct
    assert editor.residue.isVisibleTo(editor) and not editor.species.isVisibleTo(editor)
    checked = [editor.crops.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(editor.crops.count())
               if editor.crops.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == list(plan.crops)
    assert editor.practice_list.item(0).text() == project.practices.get(
        plan.practices[0].practice_id).name_kh


def test_provider_choice_is_filtered_by_service(setup):
    project, stack, editor = setup
    seeds = Provider(name="Seeds Only", kind=ProviderKind.COVER_CROP_SEED_COMPANY,
                     services=(Service.COVER_CROP_SEED,))
    tractor = Provider(name="Tractor Only", kind=ProviderKind.MACHINERY_SERVICE,
                       services=(Service.NO_TILL_PLANTING,))
    project.providers.add_many([seeds, tractor])
    season = _season_ids(project)[-1]
    editor.set_plot(project, stack, _unplanned_plot(project, season), season, "en")
    _add(editor, "cover_crop", project)
    names = [editor.provider.itemText(i) for i in range(editor.provider.count())]
    assert "Seeds Only" in names and "Tractor Only" not in names
    assert editor.provider.itemData(0) is None  # "(none)"
    _add(editor, "no_till", project)
    names = [editor.provider.itemText(i) for i in range(editor.provider.count())]
    assert "Tractor Only" in names and "Seeds Only" not in names
    editor.provider.setCurrentIndex(editor.provider.findData(tractor.id))
    assert editor.save()
    stored = project.plans.find(editor.plot_id, season)
    assert [p.provider_id for p in stored.practices] == [None, tractor.id]


def test_a_refused_plan_changes_nothing(setup):
    project, stack, editor = setup
    season = _season_ids(project)[-1]
    plot_id = _unplanned_plot(project, season)
    editor.set_plot(project, stack, plot_id, season, "en")
    _add(editor, "cover_crop", project)
    editor.sowing_date.setDate(QDate(2024, 12, 1))
    editor.termination_date.setDate(QDate(2024, 11, 1))
    assert not editor.save()
    assert "terminated before it is sown" in editor.message.text()
    assert project.plans.find(plot_id, season) is None and len(stack) == 0


def test_copy_last_season_plan(setup):
    project, stack, editor = setup
    seasons = _season_ids(project)
    target = seasons[-1]
    plot_id = _unplanned_plot(project, target)
    previous = seasons[-2]
    cover = project.practices.by_key("cover_crop").id
    old = project.plans.find(plot_id, previous)
    if old is not None:
        project.plans.delete(old.id)
    project.plans.add(PlotSeasonPlan(
        plot_id=plot_id, season_id=previous, crops=("soybean",), status=PlanStatus.DONE,
        planned_date=date(2024, 8, 10), done_date=date(2024, 8, 12), notes="old",
        practices=[PlannedPractice(practice_id=cover, details=PracticeDetails(
            cover_crop_species="Vigna umbellata", sowing_date=date(2024, 8, 10)))]))
    editor.set_plot(project, stack, plot_id, target, "en")
    assert editor.copy_last_season()
    assert editor.save()
    plan = project.plans.find(plot_id, target)
    assert plan.crops == ("soybean",) and plan.status == PlanStatus.PLANNED
    assert plan.planned_date is None and plan.done_date is None
    details = plan.practices[0].details
    assert details.cover_crop_species == "Vigna umbellata" and details.sowing_date is None


def test_apply_to_a_hundred_plots_is_one_undo_step(setup):
    project, stack, editor = setup
    season = default_season(project)
    before = {p.plot_id: (p.id, p.crops, len(p.practices)) for p in project.plans.list()
              if p.season_id == season}
    plot_ids = [int(i) for i in project.plots.load_table().ids[:100]]
    editor.set_plot(project, stack, plot_ids[0], season, "en")
    for row in range(editor.crops.count()):
        editor.crops.item(row).setCheckState(Qt.CheckState.Unchecked)
    _check_crop(editor, "sesame")
    assert editor.apply_to(plot_ids)
    assert len(stack) == 1
    assert all(project.plans.find(i, season).crops == ("sesame",) for i in plot_ids)
    stack.undo()
    after = {p.plot_id: (p.id, p.crops, len(p.practices)) for p in project.plans.list()
             if p.season_id == season}
    assert after == before


def test_without_plot_the_editor_is_disabled(setup):
    project, stack, editor = setup
    editor.set_plot(project, stack, None, None, "en")
    assert not editor.save_button.isEnabled()
    assert not editor.save()
