"""Phone submissions imported into the shared register (PostgreSQL/PostGIS)."""

from __future__ import annotations

from pathlib import Path

from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.field_forms import SEASON_FIELD
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.layers.submission_import import SubmissionImport
from metkasekor_desktop.storage import Project
from tests.layers.test_submission_import import forms_of, odk_zip, visit


def test_visits_and_a_crop_cut_into_the_register(project: Project, tmp_path: Path) -> None:
    season = Season(name="2024 early wet", year=2024, kind="early_wet")
    project.seasons.add(season)
    plot = Plot(code="BTB-RM-0001", village_code="02070201",
                geometry=MultiPolygon([box(102.9, 13.2, 102.901, 13.201)]))
    project.plots.add(plot)
    specs = forms_of(project)
    visits = odk_zip(tmp_path / "visits.zip", specs["mk_plot_visit"],
                     [visit("pg-1", "BTB-RM-0001", photos=[], practices_done="no_till",
                            practice_done=[{"practice": "no_till",
                                            "date_done": "2024-06-10"}])])
    cuts = odk_zip(tmp_path / "cuts.zip", specs["mk_crop_cut"], [
        {"_id": "pg-2", SEASON_FIELD: "2024 early wet", "plot": "BTB-RM-0001",
         "crop": "maize", "harvest_date": "2024-07-30", "sample_area_m2": "10",
         "moisture_pct": "14", "fresh_weight_kg": "5"}])
    for file, kind in ((visits, "plans"), (cuts, "yields")):
        with SubmissionImport(project, file) as job:
            assert job.commit().written[kind] == 1
        with SubmissionImport(project, file) as job:
            again = job.commit()
            assert again.written[kind] == 0 and again.known == 1
    plan = project.plans.find(plot.id, season.id)
    assert plan is not None and str(plan.status) == "done" and len(plan.practices) == 1
    assert len(project.yields.for_plot(plot.id)) == 1
    assert {r.instance_id for r in project.submissions.list()} == {"pg-1", "pg-2"}
