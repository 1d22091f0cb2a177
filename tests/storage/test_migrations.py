"""Old project files are upgraded in place, keeping their data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from metkasekor_desktop.storage import Project, migrations
from metkasekor_desktop.storage.schema import SCHEMA_VERSION

from .conftest import validate

FIXTURE = Path(__file__).parent / "data" / "project_v1.gpkg"


def _columns(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'rtree%' "
            "AND name NOT LIKE 'sqlite%' ORDER BY name")]
        return {n: [tuple(c[1:]) for c in con.execute(f'PRAGMA table_info("{n}")')]
                for n in names}
    finally:
        con.close()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.gpkg"
    shutil.copyfile(FIXTURE, target)
    return target


def test_fixture_is_version_1() -> None:
    con = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro&immutable=1", uri=True)
    row = con.execute("SELECT value FROM mk_meta WHERE key='schema_version'").fetchone()
    assert row == ("1",)
    con.close()


def test_v1_upgrades_to_current_keeping_data(v1_copy: Path, tmp_path: Path) -> None:
    project = Project.open(v1_copy)
    try:
        assert project.schema_version == SCHEMA_VERSION == 8
        farmers = {f.name_latin: f.name_kh for f in project.farmers.list()}
        assert farmers["Sok Chantha"] == "សុខ ចាន់ថា"
        plots = {p.code: p for p in project.plots.list()}
        assert set(plots) == {"BTB-RM-0001", "BTB-RM-0002", "PVH-RV-0001"}
        assert plots["BTB-RM-0001"].name == "ចម្ការលើ"
        assert plots["BTB-RM-0001"].paired_plot_id == plots["BTB-RM-0002"].id
        assert plots["PVH-RV-0001"].village_code == "13050101"
        assert [s.name for s in project.seasons.list()] == ["2024 early wet"]
        event = project.events.list()[0]
        assert event.village_code is None and event.women == 12
        event.village_code = "02070101"
        project.events.update(event)
        assert project.events.get(event.id).village_code == "02070101"
        assert project.setting("map_crs_epsg") == "32648"
    finally:
        project.close()
    assert validate(v1_copy).returncode == 0


def test_upgraded_file_has_the_schema_of_a_new_project(v1_copy: Path, tmp_path: Path) -> None:
    Project.open(v1_copy).close()
    Project.create(tmp_path / "new.gpkg").close()
    assert _columns(v1_copy) == _columns(tmp_path / "new.gpkg")


def test_failed_upgrade_leaves_the_file_as_it_was(v1_copy: Path, monkeypatch) -> None:
    before = v1_copy.read_bytes()

    def broken(conn, backend) -> None:  # noqa: ANN001
        conn.exec_driver_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    from metkasekor_desktop.storage import ProjectError

    with pytest.raises(ProjectError, match="old.gpkg"):
        Project.open(v1_copy)
    con = sqlite3.connect(v1_copy)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    version = con.execute("SELECT value FROM mk_meta WHERE key='schema_version'").fetchone()[0]
    con.close()
    assert "half_done" not in tables and "project_settings" not in tables
    assert version == "1"
    assert len(v1_copy.read_bytes()) == len(before)


def _triggers(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    finally:
        con.close()


def test_upgraded_and_new_files_are_geopackage_1_3_with_version_triggers(
        v1_copy: Path, tmp_path: Path) -> None:
    """GDAL 3.6 (Debian 12) warns about a GeoPackage 1.4 file; 1.3 opens silently."""
    Project.open(v1_copy).close()
    new = tmp_path / "new.gpkg"
    Project.create(new).close()
    for path in (v1_copy, new):
        con = sqlite3.connect(path)
        (user_version,) = con.execute("PRAGMA user_version").fetchone()
        con.close()
        assert user_version == 10300
        names = _triggers(path)
        assert {f"rtree_plots_geom_update{n}" for n in (1, 2, 3, 4)} <= names
        assert not {f"rtree_plots_geom_update{n}" for n in (5, 6, 7)} & names
        assert {"mk_version_plots", "mk_version_farmers", "mk_keep_plot_records",
                "mk_foreign_insert_plots"} <= names
        validate(path)
