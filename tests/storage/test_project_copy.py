"""The register copy between two GeoPackage projects: a whole office project and one
province of it; a second copy finds everything and adds nothing; a clash writes nothing.
(The same copy into and out of the shared register: tests/storage/postgis/test_publish.py.)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from sqlalchemy import func, select

from metkasekor_desktop.domain.demo import build_demo
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.dataset_writer import write_dataset
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.project_copy import copy_register
from metkasekor_desktop.storage.schema import T

from .register_tables import register_tables


def office_project(folder: Path, name: str = "office.gpkg") -> Path:
    """A demo office project with extra attributes, raster figures and a homonym: two
    farmers of one name in one village, each with a plot."""
    path = write_dataset(folder / name, build_demo(n_plots=120, seed=3, elevation=False))
    with Project.open(path) as project:
        plots = project.plots.list()
        project.plot_extras.add_many([(plots[0].id, "survey", "S-1\r\nline two"),
                                      (plots[1].id, "survey", "S-2")])
        ids = [p.id for p in plots[:5]]
        project.raster_stats.replace("dem", ids, [4.0] * 5, [12.5] * 5, [10.0] * 5,
                                     [15.0] * 5)
        first = project.farmers.get(plots[0].farmer_id)
        first.id = first.version = None
        twin = project.farmers.add(first)
        plots[2].farmer_id = twin
        project.plots.update(plots[2])
    return path


def _count(project: Project, table: str) -> int:
    with project.reading() as conn:
        return conn.execute(select(func.count()).select_from(T[table])).scalar_one()


def test_a_whole_project_copies_table_for_table(tmp_path: Path) -> None:
    source = Project.open(office_project(tmp_path))
    target = Project.create(tmp_path / "copy.gpkg", catalogue=[])
    try:
        report = copy_register(source, target)
        assert report.written and not report.clashes
        assert report.added["plots"] == 120 and report.added["plot_extra_attributes"] == 2
        assert register_tables(target) == register_tables(source)
        pairs = [p.paired_plot_id for p in target.plots.list() if p.paired_plot_id]
        assert pairs, "the demo's demonstration/control pairs were copied"
        again = copy_register(source, target)
        assert again.added == {name: 0 for name in again.added}
        assert again.found["plots"] == 120 and not again.clashes
        assert register_tables(target) == register_tables(source)
    finally:
        source.close()
        target.close()


def test_homonym_farmers_stay_two(tmp_path: Path) -> None:
    source = Project.open(office_project(tmp_path))
    target = Project.create(tmp_path / "copy.gpkg", catalogue=[])
    try:
        copy_register(source, target)
        again = copy_register(source, target, write=False)
        assert not again.clashes and again.added["farmers"] == 0
        assert _count(target, "farmers") == _count(source, "farmers")
    finally:
        source.close()
        target.close()


def test_a_clash_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    source = Project.open(office_project(tmp_path))
    target = Project.create(tmp_path / "copy.gpkg", catalogue=[])
    try:
        copy_register(source, target)
        moved = target.plots.list()[0]
        moved.geometry = shapely.affinity.translate(moved.geometry, 0.001, 0)
        target.plots.update(moved)
        new = source.plots.list()[0]
        new.id = new.version = None
        new.code = "BTB-NEW-0001"
        new.paired_plot_id = None
        source.plots.add(new)
        before = _count(target, "plots")
        report = copy_register(source, target)
        assert not report.written
        assert [(c.table, c.label, c.column) for c in report.clashes] == [
            ("plots", f"plot {moved.code}", "boundary")]
        text = report.clashes[0].message("office.gpkg", "the register")
        assert "ha in office.gpkg" in text
        assert 100 < report.clashes[0].apart_m < 120 and " m apart)" in text  # 0.001°
        assert report.added["plots"] == 1  # what would have been added
        assert _count(target, "plots") == before  # ... and was not
    finally:
        source.close()
        target.close()


def test_a_province_takes_its_plots_and_what_hangs_on_them(tmp_path: Path) -> None:
    source = Project.open(office_project(tmp_path))
    target = Project.create(tmp_path / "p02.gpkg", catalogue=[])
    try:
        codes = {p.code for p in source.plots.list() if (p.village_code or "")[:2] == "02"}
        others = {p.code for p in source.plots.list()} - codes
        assert codes and others, "the demo has plots of two provinces"
        report = copy_register(source, target, province="02")
        assert report.written
        assert {p.code for p in target.plots.list()} == codes
        mine = register_tables(target)
        theirs = register_tables(source, plot_codes=codes)
        for table in ("plot_season_plans", "plan_practices", "trial_members", "soil_samples",
                      "yield_records", "event_plots", "plot_extra_attributes",
                      "plot_raster_stats", "seasons", "practices", "providers"):
            assert mine[table] == theirs[table], table
        farmers = {p.farmer_id for p in target.plots.list()}
        assert len(farmers - {None}) <= _count(target, "farmers")
    finally:
        source.close()
        target.close()


def test_an_area_is_a_province_or_a_district_code(tmp_path: Path) -> None:
    source = Project.open(office_project(tmp_path))
    target = Project.create(tmp_path / "p.gpkg", catalogue=[])
    try:
        for bad in ("2", "020", "02a"):
            with pytest.raises(ProjectError, match="2 or 4 digits"):
                copy_register(source, target, province=bad)
        assert _count(target, "plots") == 0
        district = next(p.village_code[:4] for p in source.plots.list() if p.village_code)
        report = copy_register(source, target, province=district)
        assert report.written and {p.village_code[:4] for p in target.plots.list()} == {
            district}
    finally:
        source.close()
        target.close()


def test_new_plots_keep_their_areas_and_index(tmp_path: Path) -> None:
    source = Project.open(office_project(tmp_path))
    target = Project.create(tmp_path / "copy.gpkg", catalogue=[])
    try:
        copy_register(source, target)
        ours = {p.code: p.area_ha for p in source.plots.list()}
        theirs = {p.code: p.area_ha for p in target.plots.list()}
        assert theirs == ours
        with target.reading() as conn:
            boxes = np.array(target.backend.boxes(conn, "plots"))
        assert len(boxes) == 120  # the spatial index holds every copied plot
    finally:
        source.close()
        target.close()
