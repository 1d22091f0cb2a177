"""Phone submissions imported as one step of the undo stack: undo takes every record of
the import out and puts the plans it changed back, so the file can be imported again;
redo writes them again; an undo over another user's change is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from metkasekor_desktop.domain.enums import PlanStatus
from metkasekor_desktop.layers.submission_command import ImportSubmissions
from metkasekor_desktop.layers.submission_import import SubmissionImport
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import ConflictError
from tests.layers.test_submission_import import (  # noqa: F401 - fixtures
    BOUNDARY,
    FARMER_KH,
    SEASON,
    SEASON_FIELD,
    demo,
    demo_file,
    forms_of,
    odk_zip,
    plots_without_plan,
    season_id,
    visit,
)


def plan_state(plan) -> tuple:
    """What a visit may change of a plan, comparable."""
    return (plan.id, plan.status, plan.planned_date, plan.done_date, plan.notes,
            sorted((pp.practice_id, pp.provider_id, pp.details.sowing_date)
                   for pp in plan.practices))


@pytest.fixture
def visits(demo: Path, tmp_path: Path):  # noqa: F811 - the fixture imported above
    """Two visits: one of a plot without a plan of the season (a plan is made), one of a
    planned plot (its plan changes); the first with a photo."""
    with Project.open(demo) as project:
        spec = forms_of(project)["mk_plot_visit"]
        sid = season_id(project)
        fresh = plots_without_plan(project, sid, 1)[0]
        planned_id = next(iter(project.plans.statuses_in_season(sid)))
        planned = project.plots.get(planned_id)
    file = odk_zip(tmp_path / "visits.zip", spec, [
        visit("v-1", fresh.code),
        visit("v-2", planned.code, plan_status="cancelled", practices_done="",
              practice_done=[], photos=[])],
        media={"v-1-1.jpg": b"\xff\xd8\xff\xe0 photo one"})
    return file, sid, fresh.id, planned_id


def test_an_import_is_one_undo_step_and_can_be_imported_again(open_session, demo: Path,  # noqa: F811
                                                               visits) -> None:
    file, sid, fresh_id, planned_id = visits
    session = open_session(Project.open(demo))
    project, stack = session.project, session.stack
    before = plan_state(project.plans.find(planned_id, sid))
    heard = []
    session.changed.connect(heard.append)

    command = ImportSubmissions(SubmissionImport(project, file))
    stack.push(command)
    assert len(stack) == 1 and stack.undo_text == "Import field submissions"
    assert command.result is not None and command.result.written["plans"] == 2
    assert command.result.media == 1
    made = project.plans.find(fresh_id, sid)
    assert made is not None and made.status == PlanStatus.DONE
    assert project.plans.find(planned_id, sid).status == PlanStatus.CANCELLED
    media = project.submissions.media_for("plot_season_plans", made.id)
    photo = demo.parent / media[0].path
    assert photo.read_bytes() == b"\xff\xd8\xff\xe0 photo one"
    assert {r.instance_id for r in project.submissions.list()} == {"v-1", "v-2"}
    assert heard and {"plans"} <= heard[-1].kinds and sid in heard[-1].seasons
    after = plan_state(project.plans.find(planned_id, sid))

    stack.undo()
    assert project.plans.find(fresh_id, sid) is None
    assert plan_state(project.plans.find(planned_id, sid)) == before
    assert project.submissions.list() == [] and project.submissions.media() == []
    assert photo.exists()  # the copied photo is left alone
    assert {"plans", "yields", "plots"} <= heard[-1].kinds
    with SubmissionImport(project, file) as again:  # importable again
        review = again.review()
    assert len(review.accepted) == 2 and review.known == 0

    stack.redo()
    redone = project.plans.find(fresh_id, sid)
    assert redone is not None and redone.id == made.id
    assert plan_state(redone)[1:] == plan_state(made)[1:]
    assert plan_state(project.plans.find(planned_id, sid)) == after
    assert {r.instance_id for r in project.submissions.list()} == {"v-1", "v-2"}
    assert [m.path for m in project.submissions.media_for("plot_season_plans", made.id)
            ] == [media[0].path]

    stack.undo()  # and again: the redo left versions the undo expects
    assert project.plans.find(fresh_id, sid) is None
    assert plan_state(project.plans.find(planned_id, sid)) == before
    assert project.submissions.list() == []


def test_an_undo_after_another_user_changed_the_plan_is_refused(open_session,
                                                                demo: Path,  # noqa: F811
                                                                visits) -> None:
    file, sid, fresh_id, planned_id = visits
    session = open_session(Project.open(demo))
    project, stack = session.project, session.stack
    stack.push(ImportSubmissions(SubmissionImport(project, file)))
    with Project.open(demo) as other:  # another officer edits the plan the import changed
        plan = other.plans.find(planned_id, sid)
        plan.notes = "checked by the other officer"
        other.plans.update(plan)
    made = project.plans.find(fresh_id, sid)

    with pytest.raises(ConflictError):
        stack.undo()
    assert stack.can_undo and not stack.can_redo  # the step is still done
    assert project.plans.find(fresh_id, sid).id == made.id  # nothing was undone
    kept = project.plans.find(planned_id, sid)
    assert kept.notes == "checked by the other officer"
    assert kept.status == PlanStatus.CANCELLED
    assert {r.instance_id for r in project.submissions.list()} == {"v-1", "v-2"}
    assert project.submissions.media_for("plot_season_plans", made.id)


def test_a_new_plot_and_its_farmer_are_undone_and_redone(open_session, demo: Path,  # noqa: F811
                                                         tmp_path: Path) -> None:
    session = open_session(Project.open(demo))
    project, stack, layer = session.project, session.stack, session.layer
    spec = forms_of(project)["mk_new_plot"]
    plots_before, farmers_before = project.plots.count(), project.farmers.count()
    file = odk_zip(tmp_path / "new.zip", spec, [{
        "_id": "n-1", SEASON_FIELD: SEASON, "boundary": BOUNDARY,
        "farmer_name_kh": FARMER_KH, "farmer_sex": "female", "plot_village": "02070201",
        "plot_role": "farmer_field", "plot_name": "ស្រែខាងជើង"}])

    command = ImportSubmissions(SubmissionImport(project, file))
    stack.push(command)
    assert command.result is not None and command.result.written["plots"] == 1
    plot_id = command.result.changes.added["plots"][0]
    farmer_id = command.result.changes.added["farmers"][0]
    assert plot_id in set(layer.table.ids.tolist())  # the map shows it
    assert project.farmers.get(farmer_id).name_kh == FARMER_KH

    stack.undo()
    assert project.plots.get(plot_id) is None and project.farmers.get(farmer_id) is None
    assert (project.plots.count(), project.farmers.count()) == (plots_before,
                                                                farmers_before)
    assert plot_id not in set(layer.table.ids.tolist())
    assert project.submissions.list() == []

    stack.redo()
    plot = project.plots.get(plot_id)
    assert plot is not None and plot.name == "ស្រែខាងជើង" and plot.farmer_id == farmer_id
    assert project.farmers.get(farmer_id).name_kh == FARMER_KH
    assert plot_id in set(layer.table.ids.tolist())
    assert [r.record_id for r in project.submissions.list()] == [plot_id]


def test_a_write_done_in_the_background_is_pushed_already_done(open_session,
                                                               demo: Path,  # noqa: F811
                                                               visits) -> None:
    """The dialog's way: the importer commits in a thread, the command is pushed after
    and only shows the import; Undo takes it out as well."""
    file, sid, fresh_id, planned_id = visits
    session = open_session(Project.open(demo))
    project, stack = session.project, session.stack
    before = plan_state(project.plans.find(planned_id, sid))
    importer = SubmissionImport(project, file)
    result = importer.commit()
    importer.close()  # the dialog's end: the extracted files go
    stack.push(ImportSubmissions(importer, written=result))
    assert project.plans.find(fresh_id, sid) is not None and result.media == 1
    stack.undo()
    assert project.plans.find(fresh_id, sid) is None
    assert plan_state(project.plans.find(planned_id, sid)) == before
    assert project.submissions.list() == []
    stack.redo()
    assert project.plans.find(fresh_id, sid) is not None
    assert len(project.submissions.list()) == 2


def test_yields_soil_samples_and_events_are_undone_and_redone(open_session,
                                                              demo: Path,  # noqa: F811
                                                              tmp_path: Path) -> None:
    from metkasekor_desktop.domain.enums import PlotRole

    session = open_session(Project.open(demo))
    project, stack = session.project, session.stack
    specs = forms_of(project)
    plot = project.plots.list()[0]
    demos = [p.code for p in project.plots.list() if p.role == PlotRole.DEMONSTRATION][:2]
    files = [
        odk_zip(tmp_path / "cut.zip", specs["mk_crop_cut"], [{
            "_id": "c-1", SEASON_FIELD: SEASON, "plot": plot.code, "crop": "maize",
            "harvest_date": "2024-07-30", "sample_area_m2": "10", "moisture_pct": "20",
            "fresh_weight_kg": "6.5"}]),
        odk_zip(tmp_path / "soil.zip", specs["mk_soil_sample"], [{
            "_id": "s-1", SEASON_FIELD: SEASON, "plot": plot.code,
            "sample_date": "2024-05-02", "depth_from_cm": "0", "depth_to_cm": "15",
            "soc_pct": "1.2"}]),
        odk_zip(tmp_path / "event.zip", specs["mk_extension_event"], [{
            "_id": "e-1", SEASON_FIELD: SEASON, "stage": "field_showcase",
            "event_date": "2024-06-05", "event_village": "02070201", "place": "វត្តចាស់",
            "women": "12", "men": "9", "demo_plots": " ".join(demos)}]),
    ]
    counts = (project.yields.count(), project.soil_samples.count(), project.events.count())
    for file in files:
        stack.push(ImportSubmissions(SubmissionImport(project, file)))
    assert (project.yields.count(), project.soil_samples.count(),
            project.events.count()) == tuple(n + 1 for n in counts)
    event = next(e for e in project.events.list() if e.place == "វត្តចាស់")
    stack.set_index(0)  # the three imports undone
    assert (project.yields.count(), project.soil_samples.count(),
            project.events.count()) == counts
    assert project.submissions.list() == []
    stack.set_index(3)
    again = project.events.get(event.id)
    assert again is not None and sorted(again.plot_ids) == sorted(event.plot_ids)
    assert len(project.submissions.list()) == 3
