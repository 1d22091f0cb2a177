"""The project file as other GIS software sees it, its spatial index, and its copies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyogrio
import pytest

from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.storage import Project, ProjectError

from .conftest import make_plot, square, validate


def _rtree(path: Path) -> dict[int, tuple[float, float, float, float]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_plots_geom").fetchall()
    finally:
        con.close()
    return {r[0]: r[1:] for r in rows}


def test_new_project_is_a_valid_geopackage(project: Project) -> None:
    result = validate(project.path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert project.practices.count() == 9  # the default catalogue


def test_project_with_data_is_valid_and_gdal_reads_khmer(project: Project, farmer) -> None:
    project.plots.add_many([
        make_plot("BTB-RM-0001", 103.0, 13.0, name="ចម្ការលើ", farmer_id=farmer.id),
        make_plot("BTB-RM-0002", 103.01, 13.0, farmer_id=farmer.id, village_code="02070101"),
    ])
    result = validate(project.path)
    assert result.returncode == 0, result.stdout + result.stderr

    layers = dict(pyogrio.list_layers(project.path))
    assert layers["plots"] == "MultiPolygon"
    df = pyogrio.read_dataframe(project.path, layer="plots")
    assert len(df) == 2
    assert df.crs.to_epsg() == 4326
    assert "ចម្ការលើ" in set(df["name"])
    assert set(df["village_code"].dropna()) == {"02070101"}
    farmers = pyogrio.read_dataframe(project.path, layer="farmers", read_geometry=False)
    assert list(farmers["name_kh"]) == ["សុខ ចាន់ថា"]


def test_rtree_follows_insert_update_and_delete(project: Project) -> None:
    a = project.plots.add(make_plot("BTB-RM-0001", 103.0, 13.0))
    b = project.plots.add(make_plot("BTB-RM-0002", 104.0, 12.0))
    tree = _rtree(project.path)
    assert tree[a] == pytest.approx((103.0, 103.001, 13.0, 13.001))
    assert set(tree) == {a, b}

    project.plots.update_geometry(a, square(105.0, 11.0, 0.002))
    assert _rtree(project.path)[a] == pytest.approx((105.0, 105.002, 11.0, 11.002))

    plot = project.plots.get(b)
    plot.geometry = square(102.5, 14.0)
    project.plots.update(plot)
    assert _rtree(project.path)[b] == pytest.approx((102.5, 102.501, 14.0, 14.001))

    project.plots.delete(a)
    assert set(_rtree(project.path)) == {b}


def test_extent_in_gpkg_contents_covers_the_plots(project: Project) -> None:
    project.plots.add(make_plot("BTB-RM-0001", 103.0, 13.0))
    project.plots.add(make_plot("BTB-RM-0002", 104.0, 12.0))
    con = sqlite3.connect(project.path)
    row = con.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                      "WHERE table_name='plots'").fetchone()
    con.close()
    assert row == pytest.approx((103.0, 12.0, 104.001, 13.001))


def test_every_write_is_committed_at_once(project: Project, farmer) -> None:
    project.plots.add(make_plot("BTB-RM-0001", farmer_id=farmer.id))
    other = Project.open(project.path)
    try:
        assert other.plots.codes() == {"BTB-RM-0001"}
        assert other.farmers.get(farmer.id).name_kh == "សុខ ចាន់ថា"
    finally:
        other.close()


def test_transaction_groups_writes_and_rolls_back_on_error(project: Project) -> None:
    with pytest.raises(RuntimeError):
        with project.transaction() as conn:
            project.plots.add(make_plot("BTB-RM-0001"), conn=conn)
            raise RuntimeError("power cut")
    assert project.plots.count() == 0


def test_backup_holds_latest_edits_while_wal_is_on(project: Project, tmp_path: Path) -> None:
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    project.plots.add(make_plot("BTB-RM-0001"))
    assert Path(str(project.path) + "-wal").exists()  # the edit may still be in the WAL
    calls: list[tuple[int, int]] = []
    target = project.backup_to(tmp_path / "copy.gpkg", progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert validate(target).returncode == 0
    assert not Path(str(target) + "-wal").exists()
    copy = Project.open(target)
    try:
        assert copy.plots.codes() == {"BTB-RM-0001"}
    finally:
        copy.close()


def test_save_as_opens_the_copy(project: Project, tmp_path: Path) -> None:
    project.plots.add(make_plot("BTB-RM-0001"))
    copy = project.save_as(tmp_path / "other.gpkg")
    try:
        copy.plots.add(make_plot("BTB-RM-0002", 103.5))
        assert copy.plots.codes() == {"BTB-RM-0001", "BTB-RM-0002"}
        assert project.plots.codes() == {"BTB-RM-0001"}
    finally:
        copy.close()
    assert validate(tmp_path / "other.gpkg").returncode == 0


def test_backup_refuses_to_overwrite(project: Project, tmp_path: Path) -> None:
    (tmp_path / "taken.gpkg").write_text("x")
    with pytest.raises(ProjectError, match="taken.gpkg"):
        project.backup_to(tmp_path / "taken.gpkg")


def test_close_folds_the_wal_back(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "p.gpkg")
    p.plots.add(Plot(code="A-1", geometry=square(103, 13)))
    p.close()
    assert not (tmp_path / "p.gpkg-wal").exists()
    assert validate(tmp_path / "p.gpkg").returncode == 0


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "exists.gpkg"
    path.write_bytes(b"keep me")
    with pytest.raises(ProjectError, match="exists.gpkg"):
        Project.create(path)
    assert path.read_bytes() == b"keep me"


def test_create_seeds_a_given_catalogue(tmp_path: Path) -> None:
    from metkasekor_desktop.domain.enums import PracticeKind
    from metkasekor_desktop.domain.practice import Practice

    p = Project.create(tmp_path / "c.gpkg", catalogue=[
        Practice(id=40, key="no_till", name_en="No-till", kind=PracticeKind.NO_TILL)])
    try:
        assert [(x.id, x.key) for x in p.practices.list()] == [(40, "no_till")]
    finally:
        p.close()


def test_demo_dataset_is_written_with_its_ids(tmp_path: Path) -> None:
    from metkasekor_desktop.domain.demo import build_demo
    from metkasekor_desktop.storage.dataset_writer import write_dataset

    dataset = build_demo(n_plots=60, seed=3)
    path = write_dataset(tmp_path / "demo.gpkg", dataset)
    assert validate(path).returncode == 0
    project = Project.open(path)
    try:
        assert project.plots.count() == len(dataset.plots)
        assert project.farmers.count() == len(dataset.farmers)
        first = dataset.plots[0]
        assert project.plots.get(first.id).code == first.code
    finally:
        project.close()
