"""Files as partners really send them: odd names, curves in a CSV, zips of several files,
File Geodatabases, surfaces, KML folders, web addresses. Each is imported, or refused or
asked about with a message that says what to do; no Python warning reaches the console."""

from __future__ import annotations

import struct
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyogrio.raw import write as ogr_write
from shapely.geometry import box

from metkasekor_desktop.app import main
from metkasekor_desktop.io.source_features import SourceError
from metkasekor_desktop.layers.plot_import import PlotImport
from metkasekor_desktop.storage import Project
from tests.layers.test_plot_import import (
    LAT0,
    LON0,
    code_shapefile,
    import_all,
    listing,
    project,  # noqa: F401 - a fixture
    ring,
)


@pytest.fixture(autouse=True)
def _warnings_are_errors():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def _zip_folder(folder: Path, archive: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(archive, "w") as z:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                z.write(f, prefix + str(f.relative_to(folder)))
    return archive


@pytest.mark.parametrize("name", ["plots !1", "plots #2", "ផែនទី កសិករ", "a!b#c ខ"])
def test_names_with_marks_spaces_and_khmer_are_read(project, tmp_path: Path,  # noqa: F811
                                                    name: str) -> None:
    folder = tmp_path / f"from {name}!"
    shp = code_shapefile(folder / f"{name}.shp", [("P-1", ring()), ("P-2", ring(LON0 + 0.01))])
    before = listing(folder)
    result = import_all(project, shp)
    assert len(result.written.plot_ids) == 2
    archive = _zip_folder(folder, tmp_path / f"{name}.zip")
    project_codes = project.plots.codes()
    assert {"P-1", "P-2"} <= project_codes
    with PlotImport(project, archive) as job:
        assert len(job.read()) == 2
    assert listing(folder) == before


def test_curves_in_a_csv_are_made_straight_with_a_report_line(project,  # noqa: F811
                                                              tmp_path: Path) -> None:
    x, y = LON0, LAT0
    rows = [
        "plot_code,wkt",
        f'A,"CURVEPOLYGON(CIRCULARSTRING({x} {y}, {x + 0.002} {y + 0.002}, {x} {y}))"',
        f'B,"MULTISURFACE(CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING({x + 0.01} {y}, '
        f'{x + 0.011} {y + 0.001}, {x + 0.012} {y}),({x + 0.012} {y},{x + 0.01} {y}))))"',
        f'C,"POLYGON(({x + 0.02} {y}, {x + 0.021} {y}, {x + 0.021} {y + 0.001}, '
        f'{x + 0.02} {y}))"',
        'D,"COMPOUNDCURVE(CIRCULARSTRING(0 0, 1 1, 2 0))"',
    ]
    path = tmp_path / "curves.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with PlotImport(project, path) as job:
        features = job.read()
        assert features.was_curve.tolist() == [True, True, False, False]
        text = "\n".join(job.report_lines())
    assert "curve" in text.lower()
    assert job.review is not None
    accepted = {f.code for f in job.review.accepted(job.options)}
    assert {"A", "B", "C"} <= accepted and "D" not in accepted


def test_several_gis_files_in_a_zip_are_listed_and_layer_picks_one(
        tmp_path: Path, capsys) -> None:
    folder = tmp_path / "build"
    code_shapefile(folder / "north.shp", [("N-1", ring())])
    code_shapefile(folder / "south.shp", [("S-1", ring(LON0 + 0.01)), ("S-2", ring(LON0 + 0.02))])
    archive = _zip_folder(folder, tmp_path / "both.zip")
    project_path = tmp_path / "p.gpkg"
    Project.create(project_path).close()
    code = main(["import", str(project_path), str(archive), "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0 and "holds 2 GIS files: north.shp, south.shp" in err and "--layer" in err
    assert main(["import", str(project_path), str(archive), "--layer", "south.shp"]) == 0
    with Project.open(project_path) as p:
        assert p.plots.codes() == {"S-1", "S-2"}
    assert main(["import", str(project_path), str(archive), "--layer", "east"]) == 1
    assert "north.shp, south.shp" in capsys.readouterr().err


def test_a_zipped_file_geodatabase_is_read(project, tmp_path: Path) -> None:  # noqa: F811
    gdb = tmp_path / "build" / "plots.gdb"
    gdb.parent.mkdir()
    squares = [box(LON0 + i * 0.01, LAT0, LON0 + i * 0.01 + 0.001, LAT0 + 0.001)
               for i in range(3)]
    ogr_write(gdb, np.array([shapely.to_wkb(s) for s in squares], dtype=object),
              [np.array(["G-1", "G-2", "G-3"], dtype=object)], fields=["plot_code"],
              layer="plots", driver="OpenFileGDB", geometry_type="MultiPolygon",
              crs="EPSG:4326")
    archive = _zip_folder(gdb.parent, tmp_path / "gdb.zip", prefix="export/")
    result = import_all(project, archive)
    assert len(result.written.plot_ids) == 3
    assert {"G-1", "G-2", "G-3"} <= project.plots.codes()


def _tin() -> bytes:
    def triangle(points: list[tuple[float, float]]) -> bytes:
        data = struct.pack("<BIII", 1, 17, 1, 4)
        return data + b"".join(struct.pack("<dd", *p) for p in points + points[:1])

    faces = [triangle([(LON0, LAT0), (LON0 + 0.001, LAT0), (LON0, LAT0 + 0.001)])]
    return struct.pack("<BII", 1, 16, len(faces)) + b"".join(faces)


def test_tin_and_multipatch_are_named_in_the_refusal(project, tmp_path: Path) -> None:  # noqa: F811
    gpkg = tmp_path / "terrain.gpkg"
    with warnings.catch_warnings():  # GDAL's own note on writing a TIN is not ours
        warnings.simplefilter("ignore")
        ogr_write(gpkg, np.array([_tin()], dtype=object), [np.array(["T"], dtype=object)],
                  fields=["plot_code"], layer="terrain", driver="GPKG",
                  geometry_type="Unknown", crs="EPSG:4326")
    with PlotImport(project, gpkg) as job:
        job.read()
        assert "Feature 1 is a TIN" in "\n".join(job.report_lines())
    shp = code_shapefile(tmp_path / "patch" / "roofs.shp", [("R", ring())])
    data = bytearray(shp.read_bytes())
    data[32:36] = struct.pack("<i", 31)
    shp.write_bytes(bytes(data))
    with pytest.raises(SourceError, match="MultiPatch"):
        PlotImport(project, shp)


def test_a_kml_whose_first_folder_is_empty_reads_the_folder_with_polygons(
        project, tmp_path: Path) -> None:  # noqa: F811
    coords = " ".join(f"{x},{y},0" for x, y in ring())
    kml = tmp_path / "walks.kml"
    kml.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Folder><name>Pins</name><Placemark><name>well</name><Point><coordinates>{LON0},{LAT0},0
</coordinates></Point></Placemark></Folder>
<Folder><name>Empty</name></Folder>
<Folder><name>Plots</name><Placemark><name>K-1</name><Polygon><outerBoundaryIs><LinearRing>
<coordinates>{coords}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Folder></Document></kml>""", encoding="utf-8")
    with PlotImport(project, kml) as job:
        features = job.read()
        assert features.layer == "Plots" and len(features) == 1


def test_a_web_address_column_is_not_legacy_khmer(project, tmp_path: Path) -> None:  # noqa: F811
    rows = ["plot_code,photo,geoshape"] + [
        f"U-{i},https://kc.kobotoolbox.org/media/original?media_file=aBcD%2FxYz{i}.JPG&Id=Qw,"
        f'"{LAT0} {LON0 + i * 0.01} 0 5; {LAT0 + 0.001} {LON0 + i * 0.01} 0 5; '
        f'{LAT0 + 0.001} {LON0 + i * 0.01 + 0.001} 0 5"' for i in range(4)]
    path = tmp_path / "form.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with PlotImport(project, path) as job:
        job.read()
        assert job.text_warnings == []


def test_projected_x_y_columns_are_asked_for_on_the_command_line(tmp_path: Path,
                                                                capsys) -> None:
    rows = ["x,y,plot"] + [f"{x},{y},A" for x, y in
                           [(300000, 1420000), (300100, 1420000), (300100, 1420100)]]
    path = tmp_path / "utm.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    project_path = tmp_path / "p.gpkg"
    Project.create(project_path).close()
    assert main(["import", str(project_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert "--crs 32648" in err
    assert main(["import", str(project_path), str(path), "--crs", "32648"]) == 0
    no_group = tmp_path / "points.csv"
    no_group.write_text("longitude,latitude,note\n104.9,11.5,a\n104.91,11.5,b\n"
                        "104.91,11.51,c\n", encoding="utf-8")
    assert main(["import", str(project_path), str(no_group)]) == 1
    assert "--map code=COLUMN" in capsys.readouterr().err


def test_no_python_warning_reaches_the_console(project, tmp_path: Path, recwarn,  # noqa: F811
                                               capsys) -> None:
    with warnings.catch_warnings():  # making the damaged shape warns; reading it must not
        warnings.simplefilter("ignore")
        nan_square = shapely.Polygon([(LON0, LAT0), (LON0, float("nan")),
                                      (LON0 + 0.001, LAT0), (LON0, LAT0)])
    recwarn.clear()
    bow_tie = shapely.Polygon([(LON0, LAT0), (LON0, LAT0 + 1e-3), (LON0 + 1e-3, LAT0),
                               (LON0 + 1e-3, LAT0 + 1e-3), (LON0, LAT0)])
    gpkg = tmp_path / "odd.gpkg"
    ogr_write(gpkg, np.array([shapely.to_wkb(g) for g in (nan_square, bow_tie, box(
        LON0, LAT0, LON0 + 1e-3, LAT0 + 1e-3))], dtype=object),
        [np.array(["N", "B", "G"], dtype=object)], fields=["plot_code"], layer="odd",
        driver="GPKG", geometry_type="Polygon", crs="EPSG:4326")
    with PlotImport(project, gpkg) as job:
        job.read()
        job.options.repair_invalid = True
        job.report_lines()
        job.commit()
    assert [str(w.message) for w in recwarn] == []
    assert "Warning" not in capsys.readouterr().err
