"""Schema 7: the phone submissions and record media tables, on new and upgraded files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.schema import SCHEMA_VERSION

from .conftest import validate

FIXTURE = Path(__file__).parent / "data" / "project_v1.gpkg"


def _contents(path: Path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
    finally:
        con.close()


def test_an_old_project_gets_the_tables_and_stays_a_valid_geopackage(tmp_path: Path) -> None:
    path = tmp_path / "old.gpkg"
    shutil.copyfile(FIXTURE, path)
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION == 8
        assert project.submissions.list() == [] and project.submissions.media() == []
        assert project.submissions.known_ids() == set()
    contents = _contents(path)
    assert contents["field_submissions"] == contents["record_media"] == "attributes"
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_new_project_has_them(tmp_path: Path) -> None:
    path = tmp_path / "new.gpkg"
    Project.create(path).close()
    assert {"field_submissions", "record_media"} <= set(_contents(path))
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr
