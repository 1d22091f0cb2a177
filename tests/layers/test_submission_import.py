"""Phone submissions of the demo project, written in the layouts ODK Central and
KoboToolbox export, imported into the project: what each form writes, what is refused
and why, and that nothing is written twice."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Stage
from metkasekor_desktop.domain.field_forms import (
    SEASON_FIELD,
    VERSION_FIELD,
    FormSpec,
    field_forms,
)
from metkasekor_desktop.domain.yields import sample_yield_t_ha
from metkasekor_desktop.layers.submission_import import SubmissionImport
from metkasekor_desktop.storage import Project

SEASON = "2024 early wet"
FARMER_KH = "សុខ ស្រីមុំ"
NOTE_KH = "ស្រែនៅជិតប្រឡាយ"
# A small plot far from the demo's plots (Battambang, Ratanak Mondul's north).
BOUNDARY = ("13.20 102.90 10 4;13.20 102.9009 10 4;13.2009 102.9009 10 4;"
            "13.2009 102.90 10 4;13.20 102.90 10 4")


def layout(spec: FormSpec) -> tuple[list[str], dict[str, list[str]]]:
    """The main table's fields (hidden ones first) and each repeat's, as the form has
    them."""
    main_fields = [SEASON_FIELD, VERSION_FIELD]
    repeats: dict[str, list[str]] = {}
    inside: list[str] = []
    for q in spec.questions:
        kind = q.type.split()[0] if q.type else ""
        if kind == "begin_repeat":
            inside.append(q.name)
            repeats[q.name] = []
        elif kind == "end_repeat":
            inside.pop()
        elif kind in ("note", "begin_group", "end_group"):
            continue
        elif inside:
            repeats[inside[-1]].append(q.name)
        else:
            main_fields.append(q.name)
    return main_fields, repeats


def forms_of(project: Project) -> dict[str, FormSpec]:
    specs = field_forms(project.practices.list(), project.providers.list())
    return {s.form_id: s for s in specs}


def _csv(rows: list[list[str]]) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def odk_zip(path: Path, spec: FormSpec, submissions: list[dict],
            media: dict[str, bytes] | None = None) -> Path:
    """ODK Central's export: FORMID.csv, FORMID-REPEAT.csv per repeat, media/.

    Each submission is a dict of field values with ``_id`` and, per repeat name, a list
    of row dicts."""
    fields, repeats = layout(spec)
    for s in submissions:
        unknown = set(s) - set(fields) - set(repeats) - {"_id", "_when"}
        assert not unknown, f"not fields of {spec.form_id}: {unknown}"
    head = ["SubmissionDate", *fields, "meta-instanceID", "KEY", "SubmitterID",
            "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
            "ReviewState", "DeviceID", "Edits", "FormVersion"]
    main_rows = [head]
    repeat_rows = {name: [[*names, "PARENT_KEY", "KEY"]] for name, names in repeats.items()}
    for s in submissions:
        key = f"uuid:{s['_id']}"
        files = sum(1 for name in repeats for row in s.get(name, []) if row.get("photo"))
        main_rows.append([s.get("_when", "2024-06-01T03:04:05.123Z"),
                          *[str(s.get(f, "")) for f in fields], key, key, "17", "Dara",
                          str(files), str(files), "", "approved", "collect:x", "0", "1"])
        for name, names in repeats.items():
            for n, row in enumerate(s.get(name, []), start=1):
                unknown = set(row) - set(names)
                assert not unknown, f"not fields of repeat {name}: {unknown}"
                repeat_rows[name].append([*[str(row.get(f, "")) for f in names], key,
                                          f"{key}/{name}[{n}]"])
    members = {f"{spec.form_id}.csv": _csv(main_rows)}
    for name, rows in repeat_rows.items():
        members[f"{spec.form_id}-{name}.csv"] = _csv(rows)
    for name, data in (media or {}).items():
        members[f"media/{name}"] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def kobo_xlsx(path: Path, spec: FormSpec, submissions: list[dict]) -> Path:
    """KoboToolbox's workbook: the main sheet (``_uuid``, ``_index``...), a sheet per
    repeat linked by ``_parent_index``."""
    from openpyxl import Workbook

    fields, repeats = layout(spec)
    book = Workbook()
    main_sheet = book.active
    main_sheet.title = spec.title_en
    main_sheet.append([*fields, "meta/instanceID", "_id", "_uuid", "_submission_time",
                       "_submitted_by", "_index"])
    sheets = {}
    for name, names in repeats.items():
        sheets[name] = book.create_sheet(name)
        sheets[name].append([*(f"{name}/{n}" for n in names), "_index",
                             "_parent_table_name", "_parent_index"])
    counters = dict.fromkeys(repeats, 0)
    for index, s in enumerate(submissions, start=1):
        main_sheet.append([str(s.get(f, "")) for f in fields] + [
            f"uuid:{s['_id']}", 9000 + index, s["_id"], "2024-06-02T01:25:00", "dara",
            index])
        for name, names in repeats.items():
            for row in s.get(name, []):
                counters[name] += 1
                sheets[name].append([str(row.get(n, "")) for n in names]
                                    + [counters[name], spec.title_en, index])
    book.save(path)
    return path


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo project for each test."""
    with Project.open(demo_file) as project:
        return project.backup_to(tmp_path / "demo.gpkg")


def plots_without_plan(project: Project, season_id: int, n: int) -> list:
    planned = set(project.plans.statuses_in_season(season_id))
    return [p for p in project.plots.list() if p.id not in planned][:n]


def season_id(project: Project, name: str = SEASON) -> int:
    return next(s.id for s in project.seasons.list() if s.name == name)


def visit(uid: str, code: str, **extra: object) -> dict:
    row = {"_id": uid, SEASON_FIELD: SEASON, VERSION_FIELD: "abc", "plot": code,
           "visit_date": "2024-06-20", "plan_status": "done",
           "practices_done": "no_till cover_crop", "notes": NOTE_KH,
           "practice_done": [
               {"practice": "no_till", "provider": "2", "date_done": "2024-06-10"},
               {"practice": "cover_crop", "provider": "1", "date_done": "2024-06-12"}],
           "photos": [{"photo": f"{uid}-1.jpg"}]}
    row.update(extra)
    return row


def run(project_path: Path, file: Path, form_id: str | None = None):
    with Project.open(project_path) as project, \
            SubmissionImport(project, file, form_id) as job:
        review = job.review()
        result = job.commit()
    return review, result


def test_a_plot_visit_updates_the_plan_with_practices_providers_and_photos(
        demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        spec = forms_of(project)["mk_plot_visit"]
        sid = season_id(project)
        fresh = plots_without_plan(project, sid, 1)[0]
        planned_id, status = next(iter(project.plans.statuses_in_season(sid).items()))
        planned = project.plots.get(planned_id)
        practices = {p.key: p.id for p in project.practices.list()}
    file = odk_zip(tmp_path / "visits.zip", spec, [
        visit("v-1", fresh.code),
        visit("v-2", planned.code.lower(), plan_status="cancelled", practices_done="",
              practice_done=[], photos=[])],
        media={"v-1-1.jpg": b"\xff\xd8\xff\xe0 photo one"})
    review, result = run(demo, file)
    assert review.refused == 0 and len(review.accepted) == 2
    assert result.written["plans"] == 2 and result.media == 1
    with Project.open(demo) as project:
        plan = project.plans.find(fresh.id, sid)
        assert plan is not None and plan.status == PlanStatus.DONE
        assert plan.done_date.isoformat() == "2024-06-12"  # the last practice's date
        assert {(pp.practice_id, pp.provider_id) for pp in plan.practices} == {
            (practices["no_till"], 2), (practices["cover_crop"], 1)}
        cover = next(pp for pp in plan.practices if pp.practice_id == practices["cover_crop"])
        assert cover.details.sowing_date.isoformat() == "2024-06-12"
        assert plan.notes == NOTE_KH  # Khmer intact
        assert project.plans.find(planned.id, sid).status == PlanStatus.CANCELLED
        media = project.submissions.media_for("plot_season_plans", plan.id)
        assert [m.file_name for m in media] == ["v-1-1.jpg"]
        assert media[0].path == "demo_media/mk_plot_visit/v-1/v-1-1.jpg"
        assert (demo.parent / media[0].path).read_bytes() == b"\xff\xd8\xff\xe0 photo one"
        rows = {r.instance_id: r for r in project.submissions.list()}
        assert rows["v-1"].record_table == "plot_season_plans"
        assert rows["v-1"].record_id == plan.id and rows["v-1"].submitter == "Dara"
    assert status  # the demo's plan had a status before


def test_a_kobo_plot_visit_takes_its_photo_from_the_attachments_beside_it(
        demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        spec = forms_of(project)["mk_plot_visit"]
        fresh = plots_without_plan(project, season_id(project), 1)[0]
    file = kobo_xlsx(tmp_path / "visits.xlsx", spec, [visit("k-1", fresh.code)])
    photo = tmp_path / "visits_attachments" / "aUid" / "dara" / "attachments" / "k-1"
    photo.mkdir(parents=True)
    (photo / "k-1-1.jpg").write_bytes(b"\xff\xd8\xff\xe0 kobo photo")
    review, result = run(demo, file)
    assert review.refused == 0 and result.media == 1
    with Project.open(demo) as project:
        (media,) = [m for m in project.submissions.media_for(
            "plot_season_plans", project.plans.find(fresh.id, season_id(project)).id)]
        assert media.file_name == "k-1-1.jpg"
        assert (demo.parent / media.path).read_bytes() == b"\xff\xd8\xff\xe0 kobo photo"


def test_reimport_adds_nothing_and_a_later_export_adds_only_the_new(
        demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        spec = forms_of(project)["mk_crop_cut"]
        codes = [p.code for p in project.plots.list()[:3]]
        before = project.yields.count()

    def cut(uid: str, code: str) -> dict:
        return {"_id": uid, SEASON_FIELD: SEASON, "plot": code, "crop": "maize",
                "harvest_date": "2024-07-30", "sample_area_m2": "10",
                "moisture_pct": "20", "fresh_weight_kg": "6.5", "notes": NOTE_KH}

    first = odk_zip(tmp_path / "first.zip", spec, [cut("c-1", codes[0]), cut("c-2", codes[1])])
    _review, result = run(demo, first)
    assert result.written["yields"] == 2 and result.known == 0
    review, again = run(demo, first)
    assert again.written["yields"] == 0 and again.known == 2 and review.known == 2
    assert {line.key for line in review.lines} == {"already_imported"}
    later = odk_zip(tmp_path / "later.zip", spec,
                    [cut("c-1", codes[0]), cut("c-2", codes[1]), cut("c-3", codes[2])])
    _review, result = run(demo, later)
    assert result.written["yields"] == 1 and result.known == 2
    with Project.open(demo) as project:
        assert project.yields.count() == before + 3
        record = project.yields.for_plot(project.plots.by_code(codes[2]).id)[-1]
        assert record.notes == NOTE_KH
        # t/ha as the desktop computes it (and the form's calculate does)
        assert record.yield_t_ha() == pytest.approx(sample_yield_t_ha(6.5, 10, 20, 14.0))
        assert round(record.yield_t_ha(), 2) == 6.05


def test_soil_event_and_new_plot_from_kobo_workbooks(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        specs = forms_of(project)
        plot = project.plots.list()[0]
        demos = [p.code for p in project.plots.list()
                 if p.role == PlotRole.DEMONSTRATION][:2]
        farmers_before = project.farmers.count()
    soil = kobo_xlsx(tmp_path / "soil.xlsx", specs["mk_soil_sample"], [{
        "_id": "s-1", SEASON_FIELD: SEASON, "plot": plot.code, "sample_date": "2024-05-02",
        "depth_from_cm": "០", "depth_to_cm": "១៥", "method": "Walkley-Black",
        "lab": "RUA", "soc_pct": "1,2", "ph_water": "6.1", "notes": NOTE_KH}])
    event = kobo_xlsx(tmp_path / "event.xlsx", specs["mk_extension_event"], [{
        "_id": "e-1", SEASON_FIELD: SEASON, "stage": "field_showcase",
        "event_date": "2024-06-05", "event_village": "02070201", "place": "វត្តចាស់",
        "women": "12", "men": "9", "demo_plots": " ".join(demos)}])
    new = kobo_xlsx(tmp_path / "new.xlsx", specs["mk_new_plot"], [{
        "_id": "n-1", SEASON_FIELD: SEASON, "boundary": BOUNDARY,
        "farmer_name_kh": FARMER_KH, "farmer_name_latin": "Sok Sreymom",
        "farmer_sex": "female", "farmer_phone": "012 345 678", "plot_village": "02070201",
        "plot_role": "farmer_field", "plot_name": "ស្រែខាងជើង"}])
    assert run(demo, soil)[1].written["soil_samples"] == 1
    assert run(demo, event)[1].written["events"] == 1
    review, result = run(demo, new)
    assert result.written["plots"] == 1 and result.written["farmers"] == 1
    assert {line.key for line in review.lines} == {"new_farmer", "new_plot_code"}
    with Project.open(demo) as project:  # a project opened afterwards shows them
        sample = project.soil_samples.for_plot(plot.id)[-1]
        assert (sample.depth_from_cm, sample.depth_to_cm) == (0, 15)
        assert sample.values == {"soc_pct": 1.2, "ph_water": 6.1} and sample.lab == "RUA"
        assert sample.notes == NOTE_KH and sample.season_id == season_id(project)
        ev = next(e for e in project.events.list() if e.place == "វត្តចាស់")
        assert (ev.stage, ev.women, ev.men) == (Stage.FIELD_SHOWCASE, 12, 9)
        assert sorted(project.plots.get(i).code for i in ev.plot_ids) == sorted(demos)
        new_plot = next(p for p in project.plots.list() if p.name == "ស្រែខាងជើង")
        assert new_plot.code.startswith("BTB-RM-") and new_plot.village_code == "02070201"
        assert 0.9 < new_plot.area_ha < 1.1
        farmer = project.farmers.get(new_plot.farmer_id)
        assert farmer.name_kh == FARMER_KH and farmer.phone == "012 345 678"
        assert project.farmers.count() == farmers_before + 1
    # The same farmer's second plot finds her; the first plot's shape again overlaps.
    second = kobo_xlsx(tmp_path / "second.xlsx", specs["mk_new_plot"], [
        {"_id": "n-2", "boundary": BOUNDARY.replace("102.90 ", "102.902 ").replace(
            "102.9009", "102.9029"), "farmer_name_kh": FARMER_KH, "farmer_sex": "female",
         "plot_village": "02070201"},
        {"_id": "n-3", "boundary": BOUNDARY, "farmer_name_latin": "Chea", "farmer_sex":
         "male", "plot_village": "02070201"}])
    review, result = run(demo, second)
    assert result.written["plots"] == 1 and result.written["farmers"] == 0
    overlap = [line for line in review.lines if line.severity == "refused"]
    assert [(x.instance_id, x.field, x.key) for x in overlap] == [("n-3", "boundary",
                                                                   "overlap")]
    assert "the same shape" not in overlap[0].message and "BTB-RM-" in overlap[0].message


def test_every_kind_of_mistake_is_refused_naming_its_field(demo: Path, tmp_path: Path
                                                           ) -> None:
    with Project.open(demo) as project:
        specs = forms_of(project)
        code = project.plots.list()[0].code
        plans_before = project.plans.count()
    visits = odk_zip(tmp_path / "bad-visits.zip", specs["mk_plot_visit"], [
        visit("b-1", "NOPE-0001"),
        visit("b-2", code, **{SEASON_FIELD: "1999 dry"}),
        visit("b-3", code, practices_done="no_till magic",
              practice_done=[{"practice": "no_till", "provider": "99"}]),
        visit("b-4", code, plan_status="finished"),
        visit("b-5", code, visit_date="yesterday"),
    ])
    review, result = run(demo, visits)
    refused = {(x.instance_id, x.field, x.key) for x in review.lines
               if x.severity == "refused"}
    assert refused == {("b-1", "plot", "unknown_plot"),
                       ("b-2", "season", "unknown_season"),
                       ("b-3", "practices_done", "unknown_practice"),
                       ("b-3", "provider", "unknown_provider"),
                       ("b-4", "plan_status", "unknown_choice"),
                       ("b-5", "visit_date", "not_a_date")}
    assert result.refused == 5 and result.written["plans"] == 0
    message = next(x.message for x in review.lines if x.key == "unknown_plot")
    assert "unknown plot code NOPE-0001" in message and "b-1" in message
    cuts = odk_zip(tmp_path / "bad-cuts.zip", specs["mk_crop_cut"], [
        {"_id": "y-1", SEASON_FIELD: SEASON, "plot": code, "crop": "maize",
         "harvest_date": "2024-07-30", "sample_area_m2": "10", "moisture_pct": "120",
         "fresh_weight_kg": "6"},
        {"_id": "y-2", SEASON_FIELD: SEASON, "plot": code, "crop": "maize",
         "harvest_date": "2024-07-30", "sample_area_m2": "10", "moisture_pct": "14",
         "fresh_weight_kg": "6500"},  # grams typed as kg
        {"_id": "y-3", SEASON_FIELD: SEASON, "plot": code, "crop": "maize",
         "harvest_date": "2024-07-30", "sample_area_m2": "ten", "moisture_pct": "14",
         "fresh_weight_kg": "6"}])
    review, _result = run(demo, cuts)
    found = {(x.instance_id, x.field, x.key): x for x in review.lines}
    assert set(found) == {("y-1", "moisture_pct", "out_of_range"),
                          ("y-2", "fresh_weight_kg", "implausible_yield"),
                          ("y-3", "sample_area_m2", "not_a_number")}
    assert "120" in found[("y-1", "moisture_pct", "out_of_range")].message
    soil = odk_zip(tmp_path / "bad-soil.zip", specs["mk_soil_sample"], [
        {"_id": "z-1", SEASON_FIELD: SEASON, "plot": code, "sample_date": "2024-05-02",
         "depth_from_cm": "10", "depth_to_cm": "5", "ph_water": "14"}])
    review, _result = run(demo, soil)
    found = {(x.field, x.key): x for x in review.lines}
    assert set(found) == {("depth_to_cm", "depth_order"), ("ph_water", "out_of_range")}
    assert found[("ph_water", "out_of_range")].params == {
        "value": "14", "low": "3", "high": "10", "unit": ""}
    new = odk_zip(tmp_path / "bad-new.zip", specs["mk_new_plot"], [
        {"_id": "p-1", "boundary": "13.2 102.9 0 0;13.201 102.901 0 0;13.2 102.901 0 0;"
         "13.201 102.9 0 0;13.2 102.9 0 0", "farmer_name_kh": FARMER_KH,
         "farmer_sex": "female", "plot_village": "02070201"},
        {"_id": "p-2", "boundary": BOUNDARY, "farmer_sex": "female",
         "plot_village": "2070201"}])
    review, _result = run(demo, new)
    found = {(x.instance_id, x.field, x.key) for x in review.lines if x.severity == "refused"}
    assert found == {("p-1", "boundary", "invalid_boundary"),
                     ("p-2", "farmer_name_kh", "no_farmer_name")}
    with Project.open(demo) as project:
        assert project.plans.count() == plans_before
        assert project.submissions.list() == []


def test_a_file_that_cannot_be_read_gives_no_submissions(demo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "nothing.zip"
    bad.write_bytes(b"not a zip")
    with Project.open(demo) as project, SubmissionImport(project, bad) as job:
        assert job.read().refused
        result = job.commit()
    assert sum(result.written.values()) == 0 and result.refused == 0


def test_an_event_keeps_its_attendance_by_kind(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        specs = forms_of(project)
    event = odk_zip(tmp_path / "event.zip", specs["mk_extension_event"], [{
        "_id": "k-1", SEASON_FIELD: SEASON, "stage": "annual_meeting",
        "event_date": "2024-09-05", "event_village": "02070201", "place": "សាលាឃុំ",
        "women": "14", "men": "11", "attendance_farmers": "20",
        "attendance_cooperatives": "២", "attendance_service_providers": "3",
        "attendance_companies": ""}])
    review, result = run(demo, event)
    assert result.written["events"] == 1
    assert [line.key for line in review.lines] == []  # no note that anything is dropped
    with Project.open(demo) as project:
        ev = next(e for e in project.events.list() if e.place == "សាលាឃុំ")
        assert (ev.women, ev.men, ev.attendance_farmers, ev.attendance_cooperatives,
                ev.attendance_service_providers, ev.attendance_companies) == (
            14, 11, 20, 2, 3, 0)
