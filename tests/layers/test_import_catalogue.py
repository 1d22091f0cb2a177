"""The importer over a catalogue of bad inputs: nothing crashes, nothing is half-imported.

Every input is built here. Each refusal is checked the way an officer would notice it:
the message names the file and the problem, the project's plots, farmers and extra
attributes are exactly as before, and nothing was written next to the source file.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
import shapefile  # pyshp
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.import_review import IssueKind
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.io.source_features import SourceError
from metkasekor_desktop.layers.plot_import import ImportError_, PlotImport
from metkasekor_desktop.storage import Project
from tests.io.test_vector_source import circular_curve_polygon
from tests.layers.test_plot_import import (
    LAT0,
    LON0,
    X0,
    Y0,
    code_shapefile,
    digest,
    geojson_polygon,
    listing,
    ring,
    utm_ring,
    write_geojson,
    write_gpkg_layer,
    write_shapefile,
)

# The plot already in the project: a 0.001 degree square at 105.0 E, 12.0 N.
OLD = MultiPolygon([box(105.0, 12.0, 105.001, 12.001)])


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A project holding one plot with a farmer and an extra attribute."""
    folder = tmp_path / "project"
    folder.mkdir()
    p = Project.create(folder / "project.gpkg")
    farmer = Farmer(name_kh="សុខ ចាន់", village_code="02070101")
    p.farmers.add(farmer)
    [plot_id] = p.plots.add_many([Plot(code="OLD-1", geometry=OLD, farmer_id=farmer.id)])
    p.plot_extras.add_many([(plot_id, "COOP", "សហគមន៍")])
    yield p
    p.close()


@pytest.fixture
def src(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    return folder


@contextmanager
def unchanged(project: Project, folder: Path) -> Iterator[None]:
    """The block must leave the project's rows and the source folder as they were."""
    rows, files = digest(project), listing(folder)
    yield
    assert digest(project) == rows, "the project changed"
    assert listing(folder) == files, "a file was written next to the source"


def reviewed(project: Project, path: Path, layer: str | None = None) -> PlotImport:
    job = PlotImport(project, path)
    job.read(layer)
    job.run_review()
    return job


def refuse_commit(job: PlotImport, folder: Path) -> None:
    """Nothing of the file can be written: commit refuses and changes nothing."""
    with unchanged(job.project, folder), pytest.raises(ImportError_, match=job.path.name):
        job.commit()


def report(job: PlotImport) -> str:
    return "\n".join(job.report_lines())


def kinds(job: PlotImport) -> list[set[IssueKind]]:
    assert job.review is not None
    return [{issue.kind for issue in f.issues} for f in job.review.features]


# --- item 2: shapes -------------------------------------------------------------------


def bow_tie() -> list[tuple[float, float]]:
    """Two triangles of 0.5 ha meeting at (X0, Y0 + 50): a ring that crosses itself."""
    return [(X0 - 100, Y0), (X0 - 100, Y0 + 100), (X0 + 100, Y0), (X0 + 100, Y0 + 100),
            (X0 - 100, Y0)]


def test_a_bow_tie_is_imported_only_as_an_accepted_repair(project: Project, src: Path) -> None:
    shp = code_shapefile(src / "bowtie.shp", [("B-1", bow_tie())], prj=32648)
    with reviewed(project, shp) as job:
        assert kinds(job) == [{IssueKind.INVALID}]
        text = report(job)
        assert "Feature 1 (code B-1): the boundary is not a valid shape: Self-intersection" in text
        assert "changes the area by +1.00 ha" in text
        refuse_commit(job, src)

        job.options.repair_invalid = True
        assert "1 invalid shapes will be imported as repaired (total area change +1.00 ha)" \
            in report(job)
        result = job.commit()
    assert len(result.written.plot_ids) == 1
    stored = project.plots.by_code("B-1")
    assert stored.geometry.is_valid and len(stored.geometry.geoms) == 2
    assert stored.area_ha == pytest.approx(1.0, abs=1e-3)


def test_heights_and_measures_are_dropped_and_said(project: Project, src: Path) -> None:
    fields = [("CODE", "C", 10)]
    z = write_shapefile(src / "heights.shp", fields, [
        ([[(x, y, 12.0) for x, y in ring(LON0, LAT0)]], ["Z-1"])],
        shape_type=shapefile.POLYGONZ)
    m = write_shapefile(src / "measures.shp", fields, [
        ([[(x, y, 7.0) for x, y in ring(LON0 + 0.01, LAT0)]], ["M-1"])],
        shape_type=shapefile.POLYGONM)
    for path, kind, words in ((z, IssueKind.Z_DROPPED, "Z values (heights) were dropped"),
                              (m, IssueKind.M_DROPPED, "M values (measures) were dropped")):
        with reviewed(project, path) as job:
            assert kinds(job) == [{kind}]
            assert words in report(job)
            job.commit()
    for code in ("Z-1", "M-1"):
        geometry = project.plots.by_code(code).geometry
        assert not shapely.has_z(geometry) and not shapely.has_m(geometry)
    assert project.plots.by_code("Z-1").geometry.bounds == pytest.approx(
        (LON0, LAT0, LON0 + 0.001, LAT0 + 0.001))


def test_a_curved_boundary_is_straightened_and_said(project: Project, src: Path) -> None:
    path = src / "curves.gpkg"
    write_gpkg_layer(path, "plots", [circular_curve_polygon()], ["CIRCLE"],
                     geometry_type="Unknown")
    with reviewed(project, path) as job:
        assert kinds(job) == [{IssueKind.CURVE}]
        assert "curved edges were replaced by short straight segments" in report(job)
        job.commit()
    circle = project.plots.by_code("CIRCLE")
    assert circle.geometry.geom_type == "MultiPolygon"
    assert circle.area_ha * 10_000 == pytest.approx(math.pi * 100**2, rel=0.01)


def test_points_and_lines_are_skipped_and_only_areas_land(project: Project, src: Path) -> None:
    point = {"type": "Point", "coordinates": [LON0, LAT0]}
    line = {"type": "LineString", "coordinates": [[LON0, LAT0], [LON0 + 0.01, LAT0 + 0.01]]}
    only_bad = write_geojson(src / "marks.geojson", [({"code": "PT"}, point),
                                                     ({"code": "LN"}, line)])
    with reviewed(project, only_bad) as job:
        assert kinds(job) == [{IssueKind.NOT_POLYGON}] * 2
        text = report(job)
        assert "Feature 1 (code PT): the feature is a point (Point), not an area" in text
        assert "Feature 2 (code LN): the feature is a line (LineString), not an area" in text
        refuse_commit(job, src)
    mixed = write_geojson(src / "mixed.geojson", [
        ({"code": "PT"}, point), ({"code": "A-1"}, geojson_polygon(ring())),
        ({"code": "LN"}, line)])
    with reviewed(project, mixed) as job:
        result = job.commit()
    assert result.refused == 2 and project.plots.codes() == {"OLD-1", "A-1"}


def test_empty_and_null_geometries_are_refused(project: Project, src: Path) -> None:
    shp = code_shapefile(src / "nulls.shp", [("N-1", None)])
    empty = write_geojson(src / "empty.geojson", [
        ({"code": "E-1"}, None), ({"code": "E-2"}, {"type": "Polygon", "coordinates": []})])
    for path, count in ((shp, 1), (empty, 2)):
        with reviewed(project, path) as job:
            assert kinds(job) == [{IssueKind.EMPTY}] * count
            assert "the feature has no shape (empty geometry)" in report(job)
            refuse_commit(job, src)


def test_a_code_repeated_in_the_file_is_imported_once(project: Project, src: Path) -> None:
    shp = code_shapefile(src / "twice.shp", [("A-1", ring(LON0, LAT0)),
                                             ("a-1", ring(LON0 + 0.01, LAT0))])
    with reviewed(project, shp) as job:
        assert kinds(job) == [set(), {IssueKind.DUPLICATE_IN_FILE}]
        assert "Feature 2 (code A-1): the code A-1 is already used by feature 1" in report(job)
        result = job.commit()
    assert result.refused == 1
    assert project.plots.by_code("A-1").geometry.bounds[0] == pytest.approx(LON0)


def test_a_code_already_in_the_project_is_refused(project: Project, src: Path) -> None:
    shp = code_shapefile(src / "again.shp", [("old-1", ring(LON0, LAT0))])
    with reviewed(project, shp) as job:
        assert kinds(job) == [{IssueKind.DUPLICATE_IN_PROJECT}]
        assert "the project already has a plot with code OLD-1" in report(job)
        refuse_commit(job, src)


def test_an_overlap_with_an_existing_plot_is_a_warning_and_imported(project: Project,
                                                                    src: Path) -> None:
    half = [(105.0005, 12.0), (105.0005, 12.001), (105.0015, 12.001), (105.0015, 12.0),
            (105.0005, 12.0)]
    shp = code_shapefile(src / "overlap.shp", [("NEW-1", half)])
    with reviewed(project, shp) as job:
        assert kinds(job) == [{IssueKind.OVERLAP}]
        text = report(job)
        assert "[note] Feature 1 (code NEW-1): overlaps existing plot OLD-1 (0.60 ha)." in text
        job.commit()
    assert project.plots.codes() == {"OLD-1", "NEW-1"}


def test_features_outside_cambodia_need_the_officers_choice(project: Project,
                                                            src: Path) -> None:
    bangkok = ring(100.5, 13.7)
    shp = code_shapefile(src / "bangkok.shp", [("BKK-1", bangkok)])
    with reviewed(project, shp) as job:
        assert kinds(job) == [{IssueKind.OUTSIDE_CAMBODIA}]
        assert "lies at longitude 100.5005, latitude 13.7005, outside Cambodia" in report(job)
        refuse_commit(job, src)
        job.options.include_outside = True
        job.commit()
    assert project.plots.by_code("BKK-1").geometry.bounds[:2] == pytest.approx((100.5, 13.7))


# --- item 3: coordinate systems -------------------------------------------------------


def test_a_utm_file_with_prj_lands_within_a_metre(project: Project, src: Path) -> None:
    corners = utm_ring(dx=1234.5, dy=678.9)
    shp = code_shapefile(src / "utm.shp", [("U-1", corners)], prj=32648)
    with reviewed(project, shp) as job:
        assert job.crs.source == 32648 and job.crs.from_file
        assert "converted from WGS 84 / UTM zone 48N (EPSG:32648)" in report(job)
        job.commit()
    stored = shapely.get_coordinates(project.plots.by_code("U-1").geometry)
    to_lonlat = Transformer.from_crs(32648, 4326, always_xy=True)
    expected = np.column_stack(to_lonlat.transform(*np.array(corners).T))
    assert len(stored) == len(expected)
    geod = Geod(ellps="WGS84")
    for lon, lat in expected:  # the stored ring may start at another corner
        metres = geod.inv(np.full(len(stored), lon), np.full(len(stored), lat), *stored.T)[2]
        assert metres.min() < 1.0


@pytest.mark.parametrize("name, corners, epsg", [
    ("lonlat.shp", ring(LON0, LAT0), 4326),
    ("metres.shp", utm_ring(), 32648),
])
def test_a_file_without_crs_gets_the_guess_that_fits_cambodia(
        project: Project, src: Path, name: str, corners, epsg: int) -> None:
    shp = code_shapefile(src / name, [("G-1", corners)], prj=None)
    with reviewed(project, shp) as job:
        assert not job.crs.from_file and job.crs.guesses[0].epsg == epsg
        assert job.crs.source == epsg
        assert "chosen (the file has none)" in report(job)
        job.commit()
    lon, lat = project.plots.by_code("G-1").geometry.centroid.coords[0]
    assert 102.3 < lon < 107.7 and 10.4 < lat < 14.7


def test_metres_of_another_country_get_no_guess_and_are_refused(project: Project,
                                                                src: Path) -> None:
    germany = ring(500_000.0, 5_500_000.0, 100.0)  # UTM 32N metres: Germany, not Cambodia
    shp = code_shapefile(src / "germany.shp", [("DE-1", germany)], prj=None)
    job = PlotImport(project, shp)
    with unchanged(project, src):
        job.read()
        assert job.crs.source is None and job.crs.guesses == []
        with pytest.raises(ImportError_, match="germany.shp does not say which coordinate"):
            job.run_review()
        with pytest.raises(ImportError_):
            job.commit()
        job.close()


def test_swapped_latitude_longitude_is_detected_and_fixed(project: Project, src: Path) -> None:
    swapped = [(y, x) for x, y in ring(LON0, LAT0)]
    shp = code_shapefile(src / "swapped.shp", [("S-1", swapped)], prj=None)
    with reviewed(project, shp) as job:
        assert job.crs.swapped_suspected and not job.crs.swap_xy
        assert "latitude and longitude in the wrong order" in report(job)
        assert kinds(job) == [{IssueKind.OUTSIDE_CAMBODIA}]
        refuse_commit(job, src)
        job.options.include_outside = True  # latitude 104.9 is nowhere: still refused
        assert "its coordinates are not longitude and latitude on Earth" in report(job)
        refuse_commit(job, src)
        job.set_crs(4326, swap_xy=True)
        job.run_review()
        assert "latitude and longitude swapped" in report(job)
        job.commit()
    assert project.plots.by_code("S-1").geometry.bounds == pytest.approx(
        (LON0, LAT0, LON0 + 0.001, LAT0 + 0.001))


def test_indian_1960_is_converted_with_a_ballpark_warning(project: Project, src: Path) -> None:
    shp = code_shapefile(src / "old_map.shp", [("IN-1", utm_ring())], prj=3148)
    with reviewed(project, shp) as job:
        assert job.reproject_note is not None and job.reproject_note.ballpark
        line = next(li for li in job.report_lines() if "ballpark" in li)
        assert "Indian 1960 / UTM zone 48N (EPSG:3148) without an accurate datum shift" in line
        assert "positions may be off by" in line
        job.commit()
    assert project.plots.by_code("IN-1") is not None


# --- item 4: text ---------------------------------------------------------------------

THAI = ["สมชาย", "นาข้าว"]


def thai_shapefile(path: Path, cpg: str | None) -> Path:
    features = [([ring(LON0 + i * 0.01, LAT0)], [f"T-{i + 1}", name])
                for i, name in enumerate(THAI)]
    return write_shapefile(path, [("CODE", "C", 10), ("FARMER", "C", 60)], features,
                           encoding="cp874", cpg=cpg)


def test_the_cpg_file_says_the_encoding(project: Project, src: Path) -> None:
    shp = thai_shapefile(src / "thai.shp", cpg="874")
    with reviewed(project, shp) as job:
        assert job.features.encoding == "cp874"
        job.commit()
    names = sorted(f.name_latin for f in project.farmers.list() if f.name_latin)
    assert names == sorted(THAI)


def test_a_cp874_dbf_without_cpg_waits_for_the_officers_encoding(project: Project,
                                                                 src: Path) -> None:
    shp = thai_shapefile(src / "thai.shp", cpg=None)
    with PlotImport(project, shp) as job:
        with unchanged(project, src), pytest.raises(SourceError) as caught:
            job.read()
        assert caught.value.needs_encoding
        assert "thai.dbf is not UTF-8" in str(caught.value)
        job.read(encoding="cp874")
        assert job.features.values["FARMER"] == THAI
        job.run_review()
        job.commit()
    assert {f.name_latin for f in project.farmers.list()} >= set(THAI)


def test_khmer_utf8_names_round_trip_into_the_project(project: Project, src: Path) -> None:
    plot_name, farmer, coop = "ចម្ការស្វាយ ១", "ឈឹម សុភាព", "សហគមន៍កសិកម្មរតនមណ្ឌល"
    shp = write_shapefile(src / "khmer.shp",
                          [("CODE", "C", 10), ("PLOT_NAME", "C", 120), ("FARMER", "C", 120),
                           ("COOP", "C", 200)],
                          [([ring()], ["K-1", plot_name, farmer, coop])])
    with reviewed(project, shp) as job:
        assert job.text_warnings == []
        result = job.commit()
    stored = project.plots.by_code("K-1")
    assert stored.name == plot_name
    assert project.farmers.get(stored.farmer_id).name_kh == farmer
    assert project.plot_extras.of_plot(result.written.plot_ids[0]) == {"COOP": coop}


def test_limon_text_is_reported_with_its_column(project: Project, src: Path) -> None:
    limon = ["eKalkarN_", "RksYgksikm", "esovPePA", "Ca sux"]
    features = [([ring(LON0 + i * 0.01, LAT0)], [f"L-{i + 1}", name, "ស្រុក"])
                for i, name in enumerate(limon)]
    shp = write_shapefile(src / "limon.shp",
                          [("CODE", "C", 10), ("FARMER", "C", 40), ("DISTRICT", "C", 40)],
                          features)
    with reviewed(project, shp) as job:
        lines = [li for li in job.report_lines() if "Limon" in li]
        assert len(lines) == 1
        assert lines[0].startswith("Column 'FARMER' looks like legacy Khmer (Limon font)")


# --- item 5: damaged files ------------------------------------------------------------


def three_plots(folder: Path, name: str = "plots") -> Path:
    return code_shapefile(folder / f"{name}.shp",
                          [(f"P-{i}", ring(LON0 + i * 0.01, LAT0)) for i in range(1, 4)])


def truncated_shp(folder: Path) -> Path:
    shp = three_plots(folder)
    shp.write_bytes(shp.read_bytes()[:-30])
    return shp


def missing_dbf(folder: Path) -> Path:
    shp = three_plots(folder)
    shp.with_suffix(".dbf").unlink()
    return shp


def missing_shx(folder: Path) -> Path:
    shp = three_plots(folder)
    shp.with_suffix(".shx").unlink()
    return shp


def zero_bytes(folder: Path) -> Path:
    shp = three_plots(folder)
    shp.write_bytes(b"")
    return shp


def half_geopackage(folder: Path) -> Path:
    path = folder / "survey.gpkg"
    xs = LON0 + np.arange(2000) * 0.001
    write_gpkg_layer(path, "plots", list(shapely.box(xs, LAT0, xs + 0.0005, LAT0 + 0.0005)),
                     [f"P-{i}" for i in range(2000)], epsg=4326)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_without_gis(folder: Path) -> Path:
    path = folder / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "plots of 2024")
        archive.writestr("field/photo.jpg", b"\xff\xd8\xff\xe0")
    return path


@pytest.mark.parametrize("make, name, problem", [
    (truncated_shp, "plots.shp", "is truncated: its header says 508 bytes but the file has 478; "
                                 "only 2 complete shapes"),
    (missing_dbf, "plots.dbf", "(the attribute table) is missing next to plots.shp"),
    (missing_shx, "plots.shx", "is missing next to plots.shp"),
    (zero_bytes, "plots.shp", "is empty (0 bytes)"),
    (half_geopackage, "survey.gpkg", "is truncated: it should be"),
    (zip_without_gis, "photos.zip", "holds no GIS data"),
], ids=["truncated .shp", "missing .dbf", "missing .shx", "zero bytes", "half a GeoPackage",
        "zip without GIS data"])
def test_damaged_files_are_refused_naming_the_file_and_the_problem(
        project: Project, src: Path, make, name: str, problem: str) -> None:
    path = make(src)
    with unchanged(project, src), pytest.raises(SourceError) as caught:
        PlotImport(project, path)
    message = str(caught.value)
    assert message.startswith(name) and problem in message
    assert not caught.value.needs_encoding


def test_a_dbf_with_fewer_records_needs_consent_with_the_count(project: Project,
                                                               src: Path) -> None:
    shp = three_plots(src)
    two = code_shapefile(src / "other" / "two.shp",
                         [("P-1", ring(LON0 + 0.01, LAT0)), ("P-2", ring(LON0 + 0.02, LAT0))])
    shp.with_suffix(".dbf").write_bytes(two.with_suffix(".dbf").read_bytes())
    with reviewed(project, shp) as job:
        assert job.needs_consent
        [warning] = job.file_warnings
        assert "plots.dbf has 2 records but plots.shp has 3 shapes" in warning
        assert "1 plots would be missing" in warning
        assert f"File problem: {warning}" in job.report_lines()
        with unchanged(project, src), pytest.raises(ImportError_,
                                                    match="plots.shp is damaged and records"):
            job.commit()
        job.file_consent = True
        result = job.commit()
    assert len(result.written.plot_ids) == 2
    assert project.plots.codes() == {"OLD-1", "P-1", "P-2"}


def test_a_failure_while_writing_leaves_no_plot_and_no_farmer(project: Project, src: Path,
                                                              monkeypatch) -> None:
    shp = write_shapefile(src / "plots.shp", [("CODE", "C", 10), ("FARMER", "C", 60),
                                              ("SURVEY", "C", 10)],
                          [([ring(LON0 + i * 0.01, LAT0)], [f"P-{i}", f"Farmer {i}", "x"])
                           for i in range(3)])

    def fail(*_args, **_kwargs):
        raise RuntimeError("disk full")

    with reviewed(project, shp) as job:
        monkeypatch.setattr(project.plot_extras, "add_many", fail)
        with unchanged(project, src), pytest.raises(RuntimeError, match="disk full"):
            job.commit()
    assert project.plots.codes() == {"OLD-1"}
    assert [f.name_kh for f in project.farmers.list()] == ["សុខ ចាន់"]


def test_a_vertex_without_numbers_is_refused_not_a_crash(project: Project, src: Path) -> None:
    broken = {"type": "Polygon", "coordinates": [[[LON0, LAT0], [None, LAT0],
                                                  [LON0 + 0.001, LAT0 + 0.001], [LON0, LAT0]]]}
    path = write_geojson(src / "broken.geojson", [({"code": "X-1"}, broken),
                                                  ({"code": "X-2"}, None)])
    with reviewed(project, path) as job:
        assert job.review.accepted(job.options) == []
        assert "Feature 1 (code X-1)" in report(job)
        refuse_commit(job, src)
