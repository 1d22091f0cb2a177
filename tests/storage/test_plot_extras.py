"""Extra attributes of imported plots: stored per plot and name, upgraded into old files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine

from metkasekor_desktop.storage import Project, migrations, sql_functions
from metkasekor_desktop.storage.schema import SCHEMA_VERSION

from .conftest import make_plot, validate


def test_extras_are_stored_and_read_aligned_with_ids(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.gpkg") as project:
        a = project.plots.add(make_plot("BTB-RM-0001"))
        b = project.plots.add(make_plot("BTB-RM-0002", x=103.01))
        project.plot_extras.add_many([(a, "survey_id", "S-17"), (a, "ស្រុក", "រតនមណ្ឌល"),
                                      (b, "survey_id", None)])
        assert project.plot_extras.of_plot(a) == {"survey_id": "S-17", "ស្រុក": "រតនមណ្ឌល"}
        columns = project.plot_extras.columns(np.array([b, a]))
        assert list(columns["survey_id"]) == [None, "S-17"]
        assert list(columns["ស្រុក"]) == [None, "រតនមណ្ឌល"]
        assert set(project.plot_extras.names()) == {"survey_id", "ស្រុក"}
        project.plots.delete(a)
        assert project.plot_extras.of_plot(a) == {}  # cascade with the plot
    assert validate(tmp_path / "p.gpkg").returncode == 0


def test_v3_file_upgrades_to_v4(tmp_path: Path) -> None:
    path = tmp_path / "v3.gpkg"
    engine = create_engine(f"sqlite:///{path}")
    sql_functions.install(engine)
    with engine.begin() as conn:
        migrations.migrate(conn, 0, 3)
    engine.dispose()
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        assert project.plot_extras.names() == []
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT data_type FROM gpkg_contents "
                          "WHERE table_name = 'plot_extra_attributes'").fetchone()
    finally:
        con.close()
    assert row == ("attributes",)
    assert validate(path).returncode == 0


def test_bulk_insert_keeps_the_spatial_index_right(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.gpkg") as project:
        plots = [make_plot(f"BTB-RM-{n:04d}", x=103.0 + 0.002 * n) for n in range(1, 801)]
        ids = project.plots.add_many(plots)
        con = sqlite3.connect(tmp_path / "p.gpkg")
        try:
            entries = con.execute("SELECT count(*) FROM rtree_plots_geom").fetchone()[0]
            triggers = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            box = con.execute("SELECT minx, maxx FROM rtree_plots_geom WHERE id = ?",
                              (ids[10],)).fetchone()
        finally:
            con.close()
        assert entries == 800
        assert "rtree_plots_geom_insert" in triggers
        bounds = plots[10].geometry.bounds
        assert abs(box[0] - bounds[0]) < 1e-4 and abs(box[1] - bounds[2]) < 1e-4
        project.plots.add(make_plot("BTB-RM-9999", x=105.0))  # the trigger works again
    con = sqlite3.connect(tmp_path / "p.gpkg")
    try:
        assert con.execute("SELECT count(*) FROM rtree_plots_geom").fetchone()[0] == 801
    finally:
        con.close()
    assert validate(tmp_path / "p.gpkg").returncode == 0
