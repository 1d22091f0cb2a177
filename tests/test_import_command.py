"""`metkasekor-desktop import`: plots from a file into a project, from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from shapely.geometry import box

from metkasekor_desktop.app import main
from metkasekor_desktop.storage import Project
from tests.layers.test_plot_import import (
    LAT0,
    LON0,
    code_shapefile,
    digest,
    listing,
    ring,
    utm_ring,
    write_gpkg_layer,
    write_shapefile,
)

BANGKOK = ring(100.5, 13.7)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    path = folder / "province.gpkg"
    Project.create(path).close()
    return path


def rows_of(project_path: Path) -> str:
    with Project.open(project_path) as project:
        return digest(project)


def codes_of(project_path: Path) -> set[str]:
    with Project.open(project_path) as project:
        return project.plots.codes()


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["import", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


def three_plots(folder: Path, bad: tuple[float, float] | None = None) -> Path:
    """P-1..P-3 near Battambang; with ``bad``, P-2 lies at that place instead."""
    places = [(LON0, LAT0), bad or (LON0 + 0.01, LAT0), (LON0 + 0.02, LAT0)]
    return code_shapefile(folder / "plots.shp",
                          [(f"P-{i}", ring(*xy)) for i, xy in enumerate(places, start=1)])


def test_a_clean_file_is_imported(project_path: Path, tmp_path: Path, capsys) -> None:
    shp = three_plots(tmp_path / "src")
    before = listing(shp.parent)
    code, out, _err = run(capsys, project_path, shp)
    assert code == 0
    assert "province.gpkg: 3 plots imported, 0 new farmers, 0 refused" in out
    assert "3 features read: 3 will be imported, 0 will not." in out
    assert codes_of(project_path) == {"P-1", "P-2", "P-3"}
    assert listing(shp.parent) == before


def test_a_refused_feature_stops_the_import_and_nothing_is_written(
        project_path: Path, tmp_path: Path, capsys) -> None:
    shp = three_plots(tmp_path / "src", bad=(100.5, 13.7))
    before = rows_of(project_path)
    code, out, err = run(capsys, project_path, shp)
    assert code == 1
    assert "[refused] Feature 2 (code P-2): lies at longitude 100.5005" in out
    assert "nothing imported: 1 feature(s) refused" in err and "--skip-refused" in err
    assert rows_of(project_path) == before


def test_skip_refused_writes_the_rest(project_path: Path, tmp_path: Path, capsys) -> None:
    shp = three_plots(tmp_path / "src", bad=(100.5, 13.7))
    code, out, _err = run(capsys, project_path, shp, "--skip-refused")
    assert code == 0 and "2 plots imported, 0 new farmers, 1 refused" in out
    assert codes_of(project_path) == {"P-1", "P-3"}


def test_include_outside_and_repair_lift_their_refusals(project_path: Path, tmp_path: Path,
                                                        capsys) -> None:
    shp = three_plots(tmp_path / "src", bad=(100.5, 13.7))
    code, _out, err = run(capsys, project_path, shp)
    assert code == 1 and "add --include-outside for 1 (outside Cambodia)" in err
    code, out, _err = run(capsys, project_path, shp, "--include-outside")
    assert code == 0 and "3 plots imported" in out
    x, y = LON0 + 0.1, LAT0
    bow_tie = [(x, y), (x, y + 0.001), (x + 0.001, y), (x + 0.001, y + 0.001), (x, y)]
    bad = code_shapefile(tmp_path / "bow" / "bow.shp", [("B-1", bow_tie)])
    code, out, err = run(capsys, project_path, bad)
    assert code == 1 and "A repair is offered" in out
    assert "add --repair for 1 (invalid shapes" in err
    code, out, _err = run(capsys, project_path, bad, "--repair")
    assert code == 0 and "1 invalid shapes will be imported as repaired" in out
    assert "B-1" in codes_of(project_path)


def test_dry_run_writes_nothing(project_path: Path, tmp_path: Path, capsys) -> None:
    shp = three_plots(tmp_path / "src")
    before = rows_of(project_path)
    code, out, _err = run(capsys, project_path, shp, "--dry-run")
    assert code == 0
    assert "3 features read: 3 will be imported" in out and "plots imported" not in out
    assert rows_of(project_path) == before
    refused = three_plots(tmp_path / "bad", bad=(100.5, 13.7))
    code, _out, _err = run(capsys, project_path, refused, "--dry-run")
    assert code == 1 and rows_of(project_path) == before


def test_map_chooses_the_code_column(project_path: Path, tmp_path: Path, capsys) -> None:
    shp = write_shapefile(tmp_path / "src" / "fields.shp",
                          [("IDENT", "C", 10), ("OWNER_KH", "C", 60)],
                          [([ring(LON0 + i * 0.01, LAT0)], [f"F-{i}", "សុខ"]) for i in (1, 2)])
    code, _out, _err = run(capsys, project_path, shp, "--dry-run")
    assert code == 0  # no code column is guessed: codes would be generated
    code, out, _err = run(capsys, project_path, shp, "--map", "code=IDENT",
                          "--map", "farmer=OWNER_KH")
    assert code == 0 and "2 plots imported, 1 new farmers" in out
    assert codes_of(project_path) == {"F-1", "F-2"}
    code, _out, err = run(capsys, project_path, shp, "--map", "code=NOPE")
    assert code == 1 and "the layer has no column 'NOPE'; its columns: IDENT, OWNER_KH" in err
    code, _out, err = run(capsys, project_path, shp, "--map", "colour=IDENT")
    assert code == 1 and "use FIELD=COLUMN with FIELD one of code, name" in err


def test_crs_is_given_for_a_file_without_prj(project_path: Path, tmp_path: Path,
                                             capsys) -> None:
    shp = code_shapefile(tmp_path / "src" / "utm.shp", [("U-1", utm_ring())], prj=None)
    code, _out, err = run(capsys, project_path, shp)  # asked, as the wizard asks
    assert code == 1 and "utm.shp does not say which coordinate system" in err
    assert "--crs 32648 (WGS 84 / UTM zone 48N" in err and not codes_of(project_path)
    code, out, _err = run(capsys, project_path, shp, "--crs", "EPSG:32648")
    assert code == 0
    assert "Coordinate system: WGS 84 / UTM zone 48N (EPSG:32648), chosen" in out
    with Project.open(project_path) as project:
        stored = project.plots.by_code("U-1")
    assert stored.area_ha == pytest.approx(1.0, abs=1e-4)
    lon, lat = stored.geometry.centroid.coords[0]
    # The centre of the 100 m square at 300,050 E 1,450,050 N in UTM 48N.
    assert (lon, lat) == pytest.approx((103.155617, 13.110177), abs=1e-6)
    code, _out, err = run(capsys, project_path, shp, "--crs", "99999")
    assert code == 1 and "coordinate system" in err


def test_swap_xy_fixes_latitude_and_longitude_in_the_wrong_order(
        project_path: Path, tmp_path: Path, capsys) -> None:
    swapped = [(y, x) for x, y in ring(LON0, LAT0)]
    shp = code_shapefile(tmp_path / "src" / "swapped.shp", [("S-1", swapped)], prj=None)
    code, _out, err = run(capsys, project_path, shp, "--dry-run")
    assert code == 1 and "latitude and longitude in the wrong order: add --swap-xy" in err
    code, out, _err = run(capsys, project_path, shp, "--crs", "4326", "--swap-xy")
    assert code == 0 and "1 plots imported" in out
    with Project.open(project_path) as project:
        assert project.plots.by_code("S-1").geometry.bounds == pytest.approx(
            (LON0, LAT0, LON0 + 0.001, LAT0 + 0.001))


def test_an_unknown_layer_is_named_with_the_layers_there_are(project_path: Path,
                                                            tmp_path: Path, capsys) -> None:
    path = tmp_path / "src" / "trial.gpkg"
    write_gpkg_layer(path, "demo", [box(300_000, 1_450_000, 300_100, 1_450_100)], ["D-1"])
    write_gpkg_layer(path, "control", [box(300_200, 1_450_000, 300_300, 1_450_100)], ["C-1"])
    code, _out, err = run(capsys, project_path, path, "--layer", "trials")
    assert code == 1
    assert "trial.gpkg has no layer 'trials'; its layers: demo, control" in err
    code, out, _err = run(capsys, project_path, path, "--layer", "control")
    assert code == 0 and codes_of(project_path) == {"C-1"}


def test_damaged_and_missing_files_are_one_line_errors(project_path: Path, tmp_path: Path,
                                                       capsys) -> None:
    shp = three_plots(tmp_path / "src")
    shp.with_suffix(".shx").unlink()
    before = rows_of(project_path)
    code, out, err = run(capsys, project_path, shp)
    assert code == 1 and out == ""
    assert err.startswith("metkasekor-desktop: error: plots.shx is missing next to plots.shp")
    assert "Traceback" not in err and rows_of(project_path) == before
    code, _out, err = run(capsys, project_path, tmp_path / "nowhere.shp")
    assert code == 1 and "nowhere.shp: no such file" in err


def test_a_damaged_file_needs_accept_missing(project_path: Path, tmp_path: Path,
                                             capsys) -> None:
    shp = three_plots(tmp_path / "src")
    two = code_shapefile(tmp_path / "other" / "two.shp",
                         [("P-1", ring(LON0, LAT0)), ("P-2", ring(LON0 + 0.01, LAT0))])
    shp.with_suffix(".dbf").write_bytes(two.with_suffix(".dbf").read_bytes())
    code, _out, err = run(capsys, project_path, shp)
    assert code == 1 and "plots.dbf has 2 records but plots.shp has 3 shapes" in err
    assert "the file is incomplete (--accept-missing)" in err
    assert codes_of(project_path) == set()
    code, out, _err = run(capsys, project_path, shp, "--accept-missing")
    assert code == 0 and "2 plots imported" in out


def test_a_cp874_shapefile_is_read_with_encoding(project_path: Path, tmp_path: Path,
                                                 capsys) -> None:
    shp = write_shapefile(tmp_path / "src" / "thai.shp", [("CODE", "C", 10),
                                                         ("FARMER", "C", 40)],
                          [([ring()], ["T-1", "สมชาย"])], encoding="cp874", cpg=None)
    code, _out, err = run(capsys, project_path, shp)
    assert code == 1 and "thai.dbf is not UTF-8" in err
    code, out, _err = run(capsys, project_path, shp, "--encoding", "cp874")
    assert code == 0 and "1 new farmers" in out
    with Project.open(project_path) as project:
        assert [f.name_latin for f in project.farmers.list()] == ["สมชาย"]
