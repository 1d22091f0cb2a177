"""Zonal statistics per plot: stored whole per layer, read back as arrays, upgraded in."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import create_engine

from metkasekor_desktop.storage import Project, ProjectError, migrations
from metkasekor_desktop.storage.gpkg import functions
from metkasekor_desktop.storage.gpkg.backend import GeoPackageBackend
from metkasekor_desktop.storage.schema import SCHEMA_VERSION

from .conftest import make_plot, validate
from .test_migrations import FIXTURE, _columns


def _plots(project: Project, n: int) -> list[int]:
    return project.plots.add_many([make_plot(f"BTB-RM-{i:04d}", 103.0 + i * 0.002)
                                   for i in range(1, n + 1)])


def test_round_trip_and_replace(project: Project) -> None:
    ids = _plots(project, 3)
    stats = project.raster_stats
    assert stats.replace("dem", ids, [4, 2.5, 0], [10.0, 20.0, np.nan], [9, 19, np.nan],
                         [11, 21, np.nan]) == 3
    stats.replace("dem slope", ids[:1], [4], [3.5], [1], [6])
    assert stats.layers() == ["dem", "dem slope"]
    table = stats.table("dem")
    assert table["ids"].tolist() == sorted(ids)
    assert table["mean"][:2].tolist() == [10.0, 20.0] and np.isnan(table["mean"][2])
    assert table["count"].tolist()[:2] == [4.0, 2.5]

    stats.replace("dem", ids[1:], [1, 1], [50.0, 60.0], [50, 60], [50, 60])
    again = stats.table("dem")
    assert again["ids"].tolist() == sorted(ids[1:]), "old rows of the layer are gone"
    assert again["mean"].tolist() == [50.0, 60.0]
    assert stats.table("dem slope")["mean"].tolist() == [3.5], "other layers untouched"

    assert stats.delete_layer("dem") == 2
    assert stats.layers() == ["dem slope"]
    assert stats.table("nothing")["ids"].size == 0


def test_refused_replace_keeps_the_old_rows(project: Project) -> None:
    ids = _plots(project, 2)
    project.raster_stats.replace("dem", ids, [1, 1], [5, 6], [5, 6], [5, 6])
    with pytest.raises(ProjectError, match="not in the project"):
        project.raster_stats.replace("dem", [ids[0], 999_999], [1, 1], [7, 8], [7, 8], [7, 8])
    with pytest.raises(ProjectError, match="one per plot"):
        project.raster_stats.replace("dem", ids, [1], [7], [7], [7])
    assert project.raster_stats.table("dem")["mean"].tolist() == [5.0, 6.0]


def test_deleting_a_plot_deletes_its_rows(project: Project) -> None:
    ids = _plots(project, 2)
    project.raster_stats.replace("dem", ids, [1, 1], [5, 6], [5, 6], [5, 6])
    project.plots.delete(ids[0])
    assert project.raster_stats.table("dem")["ids"].tolist() == [ids[1]]


def test_a_plot_given_twice_is_refused(project: Project) -> None:
    ids = _plots(project, 2)
    twice = [ids[0], ids[1], ids[0]]
    with pytest.raises(ProjectError, match="twice"):
        project.raster_stats.replace("dem", twice, *[np.ones(3)] * 4)
    assert project.raster_stats.layers() == []


def test_new_project_has_the_table_and_validates(tmp_path: Path) -> None:
    path = tmp_path / "new.gpkg"
    Project.create(path).close()
    con = sqlite3.connect(path)
    try:
        kind = con.execute("SELECT data_type FROM gpkg_contents WHERE table_name = "
                           "'plot_raster_stats'").fetchone()
    finally:
        con.close()
    assert kind == ("attributes",)
    assert validate(path).returncode == 0


def test_v1_file_upgrades_to_the_schema_of_a_new_project(tmp_path: Path) -> None:
    old = tmp_path / "old.gpkg"
    shutil.copyfile(FIXTURE, old)
    with Project.open(old) as project:
        assert project.schema_version == SCHEMA_VERSION
        ids = [p.id for p in project.plots.list()]
        project.raster_stats.replace("dem", ids, [1] * len(ids), [2] * len(ids),
                                     [2] * len(ids), [2] * len(ids))
    Project.create(tmp_path / "new.gpkg").close()
    assert _columns(old) == _columns(tmp_path / "new.gpkg")
    assert validate(old).returncode == 0


def test_v2_file_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "v2.gpkg"
    engine = create_engine(f"sqlite:///{path}")
    functions.install(engine)
    with engine.begin() as conn:
        migrations.migrate(conn, GeoPackageBackend(engine), 0, 2)
    engine.dispose()
    with Project.open(path) as project:
        assert project.raster_stats.layers() == []
    con = sqlite3.connect(path)
    try:
        version = con.execute("SELECT value FROM mk_meta WHERE key='schema_version'").fetchone()
    finally:
        con.close()
    assert version == (str(SCHEMA_VERSION),)
    Project.create(tmp_path / "new.gpkg").close()
    assert _columns(path) == _columns(tmp_path / "new.gpkg")
