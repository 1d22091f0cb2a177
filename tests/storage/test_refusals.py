"""Files that are not sound projects are refused with a message, and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest

from metkasekor_desktop.storage import Project, ProjectError
from metkasekor_desktop.storage.schema import SCHEMA_VERSION

from .conftest import make_plot, square


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused(path: Path, *words: str) -> ProjectError:
    before = _digest(path)
    with pytest.raises(ProjectError) as info:
        Project.open(path)
    message = str(info.value)
    assert path.name in message
    for word in words:
        assert word.lower() in message.lower()
    assert _digest(path) == before
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(str(path) + suffix).exists()
    return info.value


def _closed_project(path: Path, plots: int = 0) -> Path:
    p = Project.create(path)
    p.plots.add_many([make_plot(f"BTB-RM-{i:04d}", 103 + i * 0.002) for i in range(plots)])
    p.close()
    return path


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.gpkg"
    with pytest.raises(ProjectError, match="gone.gpkg.*not found"):
        Project.open(path)
    assert not path.exists()


def test_text_file_renamed_gpkg(tmp_path: Path) -> None:
    path = tmp_path / "notes.gpkg"
    path.write_text("plot,area\nBTB-RM-0001,1.2\n", encoding="utf-8")
    _assert_refused(path, "not a MetKasekor project")


def test_shapefile_is_not_a_project(tmp_path: Path) -> None:
    gdf = gpd.GeoDataFrame({"code": ["A"]}, geometry=[square(103, 13)], crs=4326)
    path = tmp_path / "plots.shp"
    pyogrio.write_dataframe(gdf, path)
    _assert_refused(path, "import")


def test_plain_geopackage_is_not_a_project(tmp_path: Path) -> None:
    gdf = gpd.GeoDataFrame({"code": ["A"]}, geometry=[square(103, 13)], crs=4326)
    path = tmp_path / "other.gpkg"
    pyogrio.write_dataframe(gdf, path, layer="plots", driver="GPKG")
    _assert_refused(path, "not a MetKasekor project")


def test_truncated_project(tmp_path: Path) -> None:
    path = _closed_project(tmp_path / "cut.gpkg", plots=300)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _assert_refused(path, "damaged", "backup")


def test_corrupted_pages(tmp_path: Path) -> None:
    path = _closed_project(tmp_path / "bad.gpkg", plots=300)
    data = bytearray(path.read_bytes())
    page = 4096
    data[5 * page : 9 * page] = b"\xff" * (4 * page)
    path.write_bytes(bytes(data))
    _assert_refused(path, "damaged")


def test_newer_schema_version(tmp_path: Path) -> None:
    path = _closed_project(tmp_path / "future.gpkg")
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE mk_meta SET value='99' WHERE key='schema_version'")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    error = _assert_refused(path, "newer version", "update the application")
    assert "99" in str(error)


def test_refused_file_can_be_opened_again_after_a_fix(tmp_path: Path) -> None:
    """Refusing leaves no lock or side file that would block the next attempt."""
    path = _closed_project(tmp_path / "future.gpkg")
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE mk_meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(ProjectError):
        Project.open(path)
    with con:
        con.execute("UPDATE mk_meta SET value=? WHERE key='schema_version'",
                    (str(SCHEMA_VERSION),))
    con.close()
    Project.open(path).close()


def test_duplicate_plot_code_writes_nothing(project: Project) -> None:
    project.plots.add(make_plot("BTB-RM-0001"))
    with pytest.raises(ProjectError, match="A plot with the code BTB-RM-0001 already exists"):
        project.plots.add(make_plot("btb-rm-0001", 104.0))
    batch = [make_plot("BTB-RM-0002", 103.2), make_plot("BTB-RM-0001", 103.3)]
    with pytest.raises(ProjectError, match="BTB-RM-0001"):
        project.plots.add_many(batch)
    assert project.plots.codes() == {"BTB-RM-0001"}
    assert project.plots.count() == 1


def test_duplicate_season_name(project: Project) -> None:
    from metkasekor_desktop.domain.enums import SeasonKind
    from metkasekor_desktop.domain.season import Season

    project.seasons.add(Season.template(2024, SeasonKind.EARLY_WET))
    with pytest.raises(ProjectError, match="2024 early wet"):
        project.seasons.add(Season.template(2024, SeasonKind.EARLY_WET))
    assert project.seasons.count() == 1


def test_farmer_in_use_cannot_be_deleted(project: Project, farmer) -> None:
    project.plots.add(make_plot("BTB-RM-0007", farmer_id=farmer.id))
    with pytest.raises(ProjectError, match="BTB-RM-0007"):
        project.farmers.delete(farmer.id)
    assert project.farmers.get(farmer.id) is not None
