"""The plots layer's default QGIS style in the project file: the table QGIS reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyogrio
import pytest

from metkasekor_desktop.io.qgis_style import plots_qml, plots_sld
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.layer_styles import (
    DEFAULT_STYLE_NAME,
    read_plots_style,
    write_plots_style,
)

from .conftest import validate

QGIS_COLUMNS = [
    ("id", "INTEGER"), ("f_table_catalog", "TEXT(256)"), ("f_table_schema", "TEXT(256)"),
    ("f_table_name", "TEXT(256)"), ("f_geometry_column", "TEXT(256)"),
    ("styleName", "TEXT(30)"), ("styleQML", "TEXT"), ("styleSLD", "TEXT"),
    ("useAsDefault", "BOOLEAN"), ("description", "TEXT"), ("owner", "TEXT(30)"),
    ("ui", "TEXT(30)"), ("update_time", "DATETIME"),
]


@pytest.fixture
def styled(tmp_path: Path):
    project = Project.create(tmp_path / "p.gpkg")
    with project.transaction() as conn:
        write_plots_style(conn, plots_qml(), plots_sld())
    yield project
    project.close()


def _rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
            "styleName, useAsDefault, owner, update_time FROM layer_styles ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def test_new_project_has_no_style_until_one_is_written(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.gpkg")
    try:
        with project.transaction() as conn:
            assert read_plots_style(conn) is None
    finally:
        project.close()


def test_written_style_reads_back_and_is_the_plots_default(styled: Project) -> None:
    with styled.transaction() as conn:
        assert read_plots_style(conn) == (plots_qml(), plots_sld())
    rows = _rows(styled.path)
    assert len(rows) == 1
    catalog, schema, table, geom, name, default, owner, updated = rows[0]
    # QGIS finds a layer's styles by f_table_schema = '' (not NULL), table and column.
    assert (catalog, schema, table, geom) == ("", "", "plots", "geom")
    assert (name, default, owner) == (DEFAULT_STYLE_NAME, 1, "")
    assert updated and updated.endswith("Z")


def test_table_has_the_columns_qgis_creates(styled: Project) -> None:
    con = sqlite3.connect(styled.path)
    try:
        columns = [(c[1], c[2]) for c in con.execute("PRAGMA table_info(layer_styles)")]
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'layer_styles'")
        ddl = sql.fetchone()[0]
        contents = con.execute(
            "SELECT data_type, identifier FROM gpkg_contents WHERE table_name = 'layer_styles'"
        ).fetchall()
    finally:
        con.close()
    assert columns == QGIS_COLUMNS
    assert "AUTOINCREMENT" in ddl and "DEFAULT (strftime(" in ddl
    assert contents == [("attributes", "layer_styles")]


def test_project_with_a_style_stays_a_valid_geopackage(styled: Project) -> None:
    result = validate(styled.path)
    assert result.returncode == 0, result.stdout + result.stderr
    layers = dict(pyogrio.list_layers(styled.path))
    assert "layer_styles" in layers and layers["layer_styles"] is None
    table = pyogrio.read_dataframe(styled.path, layer="layer_styles")
    assert list(table["f_table_name"]) == ["plots"]
    assert list(table["useAsDefault"]) == [True]  # GDAL sees the BOOLEAN column


def test_writing_again_keeps_one_default_row(styled: Project) -> None:
    newer_qml = plots_qml(label_field=None)
    with styled.transaction() as conn:
        write_plots_style(conn, newer_qml, plots_sld(label_field=None))
    with styled.transaction() as conn:
        assert read_plots_style(conn) == (newer_qml, plots_sld(label_field=None))
    assert [(r[4], r[5]) for r in _rows(styled.path)] == [(DEFAULT_STYLE_NAME, 1)]
    result = validate(styled.path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_style_saved_by_the_officer_stays_but_is_no_longer_default(styled: Project) -> None:
    con = sqlite3.connect(styled.path)
    try:
        with con:
            con.execute("UPDATE layer_styles SET useAsDefault = 0")
            con.execute(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, owner) "
                "VALUES ('', '', 'plots', 'geom', 'mine', '<qgis/>', '', 1, '')")
    finally:
        con.close()
    with styled.transaction() as conn:
        assert read_plots_style(conn) == ("<qgis/>", "")
        write_plots_style(conn, plots_qml(), plots_sld())
        assert read_plots_style(conn) == (plots_qml(), plots_sld())
    rows = {r[4]: r[5] for r in _rows(styled.path)}
    assert rows == {DEFAULT_STYLE_NAME: 1, "mine": 0}


def test_a_failed_transaction_leaves_no_table(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.gpkg")
    try:
        with pytest.raises(RuntimeError), project.transaction() as conn:
            write_plots_style(conn, plots_qml(), plots_sld())
            raise RuntimeError("interrupted")
        with project.transaction() as conn:
            assert read_plots_style(conn) is None
    finally:
        project.close()
    result = validate(project.path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_too_long_style_name_is_refused(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.gpkg")
    try:
        with pytest.raises(ValueError), project.transaction() as conn:
            write_plots_style(conn, "<qgis/>", "", name="x" * 31)
    finally:
        project.close()
