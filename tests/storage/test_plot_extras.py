"""Extra attributes of imported plots: stored per plot and name, upgraded into old files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import create_engine

from metkasekor_desktop.domain.geometry import areas_ha
from metkasekor_desktop.storage import Project, ProjectError, migrations
from metkasekor_desktop.storage.gpkg import functions
from metkasekor_desktop.storage.gpkg.backend import GeoPackageBackend
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
    functions.install(engine)
    with engine.begin() as conn:
        migrations.migrate(conn, GeoPackageBackend(engine), 0, 3)
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


def _foreign_trigger(path: Path) -> str | None:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                          "AND name = 'mk_foreign_insert_plots'").fetchone()
    finally:
        con.close()
    return None if row is None else row[0]


def test_bulk_insert_keeps_the_foreign_insert_trigger(tmp_path: Path) -> None:
    """A large batch sets the trigger for plots of other programs aside and puts it back
    as it was, also when the batch is refused; our rows are not taken for foreign ones."""
    path = tmp_path / "p.gpkg"
    with Project.create(path) as project:
        before = _foreign_trigger(path)
        assert before is not None
        project.plots.add_many([make_plot(f"BTB-RM-{n:04d}", x=103.0 + 0.002 * n)
                                for n in range(1, 601)])
        batch = [make_plot(f"BTB-SL-{n:04d}", x=103.0 + 0.002 * n) for n in range(1, 601)]
        with pytest.raises(ProjectError, match="BTB-RM-0001"):
            project.plots.add_many([*batch, make_plot("BTB-RM-0001", x=105.0)])
        assert _foreign_trigger(path) == before
        table = project.plots.load_table()
        assert len(table) == 600 and set(table.versions.tolist()) == {1}
        assert np.array_equal(table.areas_ha, areas_ha(table.geometries))
    con = sqlite3.connect(path)
    functions.register_functions(con)
    try:
        with con:  # another program adds a plot: its area is measured when next opened
            con.execute("INSERT INTO plots (code, role, area_ha) "
                        "VALUES ('QGIS-1', 'farmer_field', 1.0)")
        row = con.execute("SELECT area_ha, mk_version FROM plots WHERE code = 'QGIS-1'")
        assert row.fetchone() == (None, 2)
    finally:
        con.close()


def test_bulk_insert_takes_areas_measured_in_utm_48n(tmp_path: Path) -> None:
    """Known areas (as an import's review measured them) are stored for shapes in UTM
    48N; a shape in another zone is measured in its own."""
    with Project.create(tmp_path / "p.gpkg") as project:
        plots = [make_plot(f"BTB-RM-{n:04d}", x=103.0 + 0.002 * n) for n in range(1, 600)]
        plots.append(make_plot("FAR-0001", x=96.0))  # UTM zone 47N
        known = [1.25] * len(plots)
        known[0] = float("nan")  # unknown: measured
        project.plots.add_many(plots, known_areas=known)
        table = project.plots.load_table()
        measured = areas_ha(table.geometries)
        assert table.areas_ha[0] == measured[0] and 0.5 < measured[0] < 2.0
        assert set(table.areas_ha[1:-1].tolist()) == {1.25}
        assert table.areas_ha[-1] == measured[-1] != 1.25
