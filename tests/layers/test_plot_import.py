"""Plots imported end to end: a partner's file read, reviewed and written into a fresh project.

Each test builds its source file in a folder of its own and checks what an officer would
see in the project afterwards: codes, names, farmers, roles, village codes, extra columns
and where the plots lie. The helpers here are shared by the catalogue and CLI tests.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
import shapefile  # pyshp
import shapely
from pyogrio.raw import write as ogr_write
from pyproj import CRS
from shapely.geometry import MultiPolygon, box
from sqlalchemy import text

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.geometry import transform
from metkasekor_desktop.domain.messages import as_message
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.layers.plot_import import ImportError_, PlotImport
from metkasekor_desktop.storage import Project

KHMER_FARMERS = ["សុខ ចាន់", "ស្រីពៅ", "ចាន់ ធី"]
# Battambang in UTM 48N metres, and the same place in degrees.
X0, Y0 = 300_000.0, 1_450_000.0
LON0, LAT0 = 104.9, 11.5

Ring = Sequence[tuple[float, ...]]


# --- helpers shared with the catalogue and command tests -------------------------------


def ring(x: float = LON0, y: float = LAT0, d: float = 0.001) -> list[tuple[float, float]]:
    """A closed, clockwise (Shapefile outer ring) square with lower-left corner (x, y)."""
    return [(x, y), (x, y + d), (x + d, y + d), (x + d, y), (x, y)]


def utm_ring(dx: float = 0.0, dy: float = 0.0, side: float = 100.0) -> list[tuple[float, float]]:
    """A side x side metre square in UTM 48N (1 ha for 100 m), X0 + dx, Y0 + dy."""
    return ring(X0 + dx, Y0 + dy, side)


def write_shapefile(
    path: Path,
    fields: Sequence[tuple[str, str, int]],
    features: Sequence[tuple[Sequence[Ring] | None, Sequence[object]]],
    *,
    shape_type: int = shapefile.POLYGON,
    prj: int | None = 4326,
    cpg: str | None = "UTF-8",
    encoding: str = "utf-8",
) -> Path:
    """A Shapefile at ``path`` (.shp) with text/number ``fields`` and (rings, record) rows.

    ``rings`` None writes a null shape; ``prj`` is an EPSG code written as an ESRI .prj.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    base = path.with_suffix("")
    with shapefile.Writer(str(base), shapeType=shape_type, encoding=encoding) as writer:
        for name, kind, size in fields:
            if kind == "N":
                writer.field(name, "N", size=size, decimal=0)
            else:
                writer.field(name, kind, size=size)
        for rings, record in features:
            if rings is None:
                writer.null()
            elif shape_type == shapefile.POLYGONZ:
                writer.polyz([list(r) for r in rings])
            elif shape_type == shapefile.POLYGONM:
                writer.polym([list(r) for r in rings])
            else:
                writer.poly([list(r) for r in rings])
            writer.record(*record)
    if prj is not None:
        base.with_suffix(".prj").write_text(CRS.from_epsg(prj).to_wkt("WKT1_ESRI"))
    if cpg is not None:
        base.with_suffix(".cpg").write_text(cpg)
    return base.with_suffix(".shp")


def code_shapefile(path: Path, rows: Sequence[tuple[str, Ring | None]],
                   prj: int | None = 4326) -> Path:
    """A Shapefile with a CODE column only, one polygon (or null shape) per row."""
    return write_shapefile(path, [("CODE", "C", 20)],
                           [(None if r is None else [r], [code]) for code, r in rows], prj=prj)


def write_geojson(path: Path, features: Sequence[tuple[dict, dict | None]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": geometry}
        for props, geometry in features]}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def geojson_polygon(r: Ring) -> dict:
    return {"type": "Polygon", "coordinates": [[list(p) for p in r]]}


def write_gpkg_layer(path: Path, layer: str, geometries: Sequence[object],
                     codes: Sequence[str], epsg: int = 32648,
                     geometry_type: str = "Polygon") -> None:
    """One layer of a GeoPackage (added to the file when it exists), from WKB or shapely."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wkbs = [g if isinstance(g, bytes | None) else shapely.to_wkb(g) for g in geometries]
    ogr_write(path, np.array(wkbs, dtype=object), [np.array(codes, dtype=object)],
              fields=["plot_code"], layer=layer, driver="GPKG", geometry_type=geometry_type,
              crs=f"EPSG:{epsg}", append=path.exists())


def listing(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and a hash of its bytes: what the import must not touch."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def digest(project: Project) -> str:
    """A hash of every row of the plots, farmers and extra attributes of a project."""
    h = hashlib.sha256()
    with project.engine.connect() as conn:
        for table, key in (("plots", "fid"), ("farmers", "id"), ("plot_extra_attributes", "id")):
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY {key}")):
                h.update(repr(tuple(row)).encode())
            h.update(b"|")
    return h.hexdigest()


def import_all(project: Project, path: Path, layer: str | None = None,
               setup: Callable[[PlotImport], None] | None = None):
    """Read, review and commit a file the way the wizard does; returns the ImportResult."""
    with PlotImport(project, path) as job:
        job.read(layer)
        if setup is not None:
            setup(job)
        job.run_review()
        return job.commit()


def centre_of(project: Project, code: str) -> tuple[float, float]:
    plot = project.plots.by_code(code)
    assert plot is not None, f"plot {code} was not imported"
    c = plot.geometry.centroid
    return c.x, c.y


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    folder = tmp_path / "project"
    folder.mkdir()
    p = Project.create(folder / "project.gpkg")
    yield p
    p.close()


# --- a partner's Shapefile --------------------------------------------------------------

PARTNER_FIELDS = [("PLOT_ID", "C", 20), ("PLOT_NAME", "C", 100), ("FARMER", "C", 100),
                  ("VILL_CODE", "C", 10), ("ROLE", "C", 20), ("COOP", "C", 100),
                  ("SURVEY_NO", "N", 6)]


def partner_shapefile(path: Path) -> Path:
    rows = [
        ("BTB-001", "ចម្ការខាងជើង", "សុខ ចាន់", "2070101", "Demo", "សហគមន៍កសិកម្ម", 12),
        ("btb-002", "ចម្ការខាងត្បូង", " សុខ  ចាន់", "02070101", "Control", "", 13),
        ("BTB-003", "Field 3", "ស្រីពៅ", "02070102", "", "Coop B", 14),
        ("BTB-004", "Field 4", "ស្រីពៅ", "02100101", "farmer field", "", 15),
        ("BTB-005", "Field 5", "Dara Chea", "02100101", "CA", "", 16),
        ("BTB-006", "", "", "", "fp", "", 17),
    ]
    features = [([ring(LON0 + i * 0.01, LAT0)], row) for i, row in enumerate(rows)]
    return write_shapefile(path, PARTNER_FIELDS, features)


def test_partner_shapefile_lands_with_farmers_roles_villages_and_extras(
        project: Project, tmp_path: Path) -> None:
    known = Farmer(name_kh="សុខ ចាន់", name_latin="Sok Chan", village_code="02070101")
    project.farmers.add(known)
    shp = partner_shapefile(tmp_path / "src" / "partner.shp")
    before = listing(shp.parent)

    with PlotImport(project, shp) as job:
        job.read()
        assert job.mapping == {"code": "PLOT_ID", "name": "PLOT_NAME", "farmer": "FARMER",
                               "village_code": "VILL_CODE", "role": "ROLE", "notes": None,
                               "soil_type": None}
        assert job.crs.source == 4326 and job.crs.from_file
        review = job.run_review()
        assert len(review.accepted(job.options)) == 6
        result = job.commit()

    assert len(result.written.plot_ids) == 6 and result.refused == 0
    assert result.written.new_farmers == 2  # ស្រីពៅ once for two plots, and Dara Chea
    assert listing(shp.parent) == before
    table = project.plots.load_table()
    assert table.codes.tolist() == [f"BTB-00{i}" for i in range(1, 7)]
    assert table.names.tolist()[:3] == ["ចម្ការខាងជើង", "ចម្ការខាងត្បូង", "Field 3"]
    assert table.roles.tolist() == ["demonstration", "control", "farmer_field",
                                    "farmer_field", "demonstration", "control"]
    assert table.village_codes.tolist() == ["02070101", "02070101", "02070102", "02100101",
                                            "02100101", None]
    # The farmer known by name (spaces aside) is reused; the others are created once each.
    assert table.farmer_ids.tolist()[:2] == [known.id, known.id]
    farmers = {f.id: f for f in project.farmers.list()}
    srey_pov = farmers[table.farmer_ids[2]]
    assert table.farmer_ids[3] == srey_pov.id
    assert (srey_pov.name_kh, srey_pov.name_latin, srey_pov.village_code) == (
        "ស្រីពៅ", "", "02070102")
    dara = farmers[table.farmer_ids[4]]
    assert (dara.name_kh, dara.name_latin) == ("", "Dara Chea")
    assert table.farmer_ids[5] is None and len(farmers) == 3
    # Columns with no plot field are kept per plot, empty cells left out.
    ids = result.written.plot_ids
    assert project.plot_extras.of_plot(ids[0]) == {"COOP": "សហគមន៍កសិកម្ម", "SURVEY_NO": "12"}
    assert project.plot_extras.of_plot(ids[1]) == {"SURVEY_NO": "13"}
    assert result.written.extras == 6 + 2
    # Shapes: the squares where they were drawn, about 1.2 ha each at 11.5 N.
    assert centre_of(project, "BTB-003") == pytest.approx((LON0 + 0.0205, LAT0 + 0.0005))
    assert table.areas_ha.tolist() == pytest.approx([1.21] * 6, abs=0.02)
    assert any("6 features read: 6 will be imported" in line for line in result.lines)


def test_a_bad_role_or_village_code_refuses_that_feature_and_names_the_value(
        project: Project, tmp_path: Path) -> None:
    features = [([ring(LON0, LAT0)], ["A-1", "maize", "02070101"]),
                ([ring(LON0 + 0.01, LAT0)], ["A-2", "demo", "27"])]
    shp = write_shapefile(tmp_path / "src" / "bad.shp",
                          [("CODE", "C", 10), ("ROLE", "C", 10), ("VILLAGE", "C", 10)], features)
    with PlotImport(project, shp) as job:
        job.read()
        review = job.run_review()
        assert review.accepted(job.options) == []
        report = "\n".join(job.report_lines())
        assert "Feature 1 (code A-1): 'maize' is not a plot role" in report
        assert "Feature 2 (code A-2): village code: '27' is not a village code" in report
        before = digest(project)
        with pytest.raises(ImportError_, match="None of the 2 features of bad.shp"):
            job.commit()
    assert digest(project) == before


def test_codes_are_generated_when_no_code_column_is_mapped(project: Project,
                                                           tmp_path: Path) -> None:
    shp = partner_shapefile(tmp_path / "src" / "btb plots 2024.shp")

    def no_code(job: PlotImport) -> None:
        assert job.code_prefix == "BTB-PLOTS-2024"
        job.set_mapping({**job.mapping, "code": None})

    result = import_all(project, shp, setup=no_code)
    table = project.plots.load_table()
    assert table.codes.tolist() == [f"BTB-PLOTS-2024-000{i}" for i in range(1, 7)]
    # The code column, no longer mapped, is kept as an extra attribute.
    assert project.plot_extras.of_plot(result.written.plot_ids[1])["PLOT_ID"] == "btb-002"

    def other_prefix(job: PlotImport) -> None:
        job.set_mapping({**job.mapping, "code": None})
        job.code_prefix = "rm 2025"

    import_all(project, partner_shapefile(tmp_path / "again" / "plots.shp"), setup=other_prefix)
    assert "RM-2025-0006" in project.plots.codes()


def test_empty_code_cells_get_codes_only_when_the_officer_chooses(project: Project,
                                                                 tmp_path: Path) -> None:
    project.plots.add(Plot(code="PLOTS-0001", geometry=MultiPolygon([box(103, 13, 103.001,
                                                                         13.001)])))
    shp = code_shapefile(tmp_path / "src" / "plots.shp",
                         [("", ring(LON0, LAT0)), ("P-2", ring(LON0 + 0.01, LAT0))])
    with PlotImport(project, shp) as job:
        job.read()
        review = job.run_review()
        assert [f.number for f in review.refused(job.options)] == [1]
        assert any("Feature 1: the feature has no plot code" in line
                   for line in job.report_lines())
        job.options.generate_codes = True
        # The code the prefix and number give is taken: the next free one is used.
        assert job.generated_codes() == {0: "PLOTS-0001-2"}
        assert any("feature 1: PLOTS-0001-2" in line for line in job.report_lines())
        result = job.commit()
    assert len(result.written.plot_ids) == 2
    assert project.plots.codes() == {"PLOTS-0001", "PLOTS-0001-2", "P-2"}
    assert any("feature 1: PLOTS-0001-2" in line for line in result.lines)


def test_committing_twice_refuses_the_second_time_as_duplicates(project: Project,
                                                                tmp_path: Path) -> None:
    shp = code_shapefile(tmp_path / "src" / "plots.shp", [("P-1", ring())])
    with PlotImport(project, shp) as job:
        job.read()
        job.commit()
        after_first = digest(project)
        with pytest.raises(ImportError_, match="None of the 1 features"):
            job.commit()
        assert any("the project already has a plot with code P-1" in line
                   for line in job.report_lines())
    assert digest(project) == after_first


# --- every format through the same steps ---------------------------------------------

KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Plots</name>
<Placemark><name>{}</name><description>near the pond</description><Polygon><outerBoundaryIs>
<LinearRing><coordinates>104.9,11.5,0 104.901,11.5,0 104.901,11.501,0 104.9,11.501,0 104.9,11.5,0
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>{}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
104.92,11.5 104.921,11.5 104.921,11.501 104.92,11.501 104.92,11.5
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>
""".format(*KHMER_FARMERS)

GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <trk><name>{}</name><trkseg>
    <trkpt lat="11.500" lon="104.900"/><trkpt lat="11.500" lon="104.901"/>
    <trkpt lat="11.501" lon="104.901"/><trkpt lat="11.501" lon="104.900"/>
  </trkseg></trk>
  <trk><name>{}</name><trkseg>
    <trkpt lat="11.500" lon="104.920"/><trkpt lat="11.500" lon="104.921"/>
    <trkpt lat="11.501" lon="104.921"/><trkpt lat="11.501" lon="104.920"/>
  </trkseg></trk>
</gpx>
""".format(*KHMER_FARMERS)

# Two plots in every file: at 104.9 E and 104.92 E, 11.5 N, 0.001 degrees wide.
CENTRES = [(104.9005, 11.5005), (104.9205, 11.5005)]


def geoshape(x: float) -> str:
    return ";".join(f"{lat} {lon} 12.0 4.0" for lon, lat in ring(x, LAT0))


def make_geojson(folder: Path) -> Path:
    return write_geojson(folder / "plots.geojson", [
        ({"code": "G-1", "farmer": KHMER_FARMERS[0]}, geojson_polygon(ring(104.9, LAT0))),
        ({"code": "G-2", "farmer": KHMER_FARMERS[1]}, geojson_polygon(ring(104.92, LAT0))),
    ])


def make_kml(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "plots.kml").write_text(KML, encoding="utf-8")
    return folder / "plots.kml"


def make_kmz(folder: Path) -> Path:
    folder.mkdir(parents=True)
    with zipfile.ZipFile(folder / "plots.kmz", "w") as archive:
        archive.writestr("doc.kml", KML)
    return folder / "plots.kmz"


def make_gpx(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "plots.gpx").write_text(GPX, encoding="utf-8")
    return folder / "plots.gpx"


def make_csv(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "form.csv").write_text(body, encoding="utf-8")
    return folder / "form.csv"


def make_geoshape_csv(folder: Path) -> Path:
    return make_csv(folder, "plot_code,farmer,plot_boundary\n"
                    f"C-1,{KHMER_FARMERS[0]},{geoshape(104.9)}\n"
                    f"C-2,{KHMER_FARMERS[1]},{geoshape(104.92)}\n")


def make_wkt_csv(folder: Path) -> Path:
    def wkt(x: float) -> str:
        return shapely.Polygon(ring(x, LAT0)).wkt

    return make_csv(folder, f'plot_code;farmer;wkt\nW-1;{KHMER_FARMERS[0]};"{wkt(104.9)}"\n'
                    f'W-2;{KHMER_FARMERS[1]};"{wkt(104.92)}"\n')


def make_lonlat_csv(folder: Path) -> Path:
    rows = ["plot_code,farmer,longitude,latitude"]
    for code, x, name in (("L-1", 104.9, KHMER_FARMERS[0]), ("L-2", 104.92, KHMER_FARMERS[1])):
        rows += [f"{code},{name},{lon},{lat}" for lon, lat in ring(x, LAT0)[:4]]
    return make_csv(folder, "\n".join(rows) + "\n")


def make_gpkg(folder: Path) -> Path:
    """Two layers in UTM 48N: 'demo' (one plot far away) and 'control' (the two plots)."""
    path = folder / "trial.gpkg"
    write_gpkg_layer(path, "demo", [box(X0, Y0, X0 + 100, Y0 + 100)], ["D-1"])
    utm = transform(shapely.polygons([ring(104.9, LAT0), ring(104.92, LAT0)]), 4326, 32648)
    write_gpkg_layer(path, "control", list(utm), ["K-1", "K-2"])
    return path


FORMATS = {
    "geojson": (make_geojson, None, ["G-1", "G-2"], "farmer"),
    "kml": (make_kml, None, ["PLOTS-0001", "PLOTS-0002"], "name"),
    "kmz": (make_kmz, None, ["PLOTS-0001", "PLOTS-0002"], "name"),
    "gpx tracks": (make_gpx, "tracks", ["PLOTS-0001", "PLOTS-0002"], "name"),
    "csv geoshape": (make_geoshape_csv, None, ["C-1", "C-2"], "farmer"),
    "csv wkt": (make_wkt_csv, None, ["W-1", "W-2"], "farmer"),
    "csv lon/lat": (make_lonlat_csv, None, ["L-1", "L-2"], "farmer"),
    "gpkg layer": (make_gpkg, "control", ["K-1", "K-2"], None),
}


@pytest.mark.parametrize("kind", list(FORMATS))
def test_every_format_imports_through_the_same_steps(project: Project, tmp_path: Path,
                                                     kind: str) -> None:
    make, layer, codes, khmer_field = FORMATS[kind]
    source = make(tmp_path / "src")
    before = listing(source.parent)
    result = import_all(project, source, layer)

    assert listing(source.parent) == before, "the import wrote next to the source"
    assert result.refused == 0 and len(result.written.plot_ids) == 2
    for code, centre in zip(codes, CENTRES, strict=True):
        assert centre_of(project, code) == pytest.approx(centre, abs=1e-6)
    table = project.plots.load_table()
    assert table.areas_ha.tolist() == pytest.approx([1.21, 1.21], abs=0.02)
    if khmer_field == "farmer":
        assert table.farmer_names_kh.tolist() == KHMER_FARMERS[:2]
    elif khmer_field == "name":
        assert table.names.tolist() == KHMER_FARMERS[:2]


def test_each_layer_of_a_geopackage_is_its_own_import(project: Project, tmp_path: Path) -> None:
    source = make_gpkg(tmp_path / "src")
    with PlotImport(project, source) as job:
        assert [(lay.name, lay.feature_count) for lay in job.info.layers] == [
            ("demo", 1), ("control", 2)]
        job.read("demo")
        assert job.crs.source == 32648 and job.crs.from_file
        job.run_review()
        assert any("from WGS 84 / UTM zone 48N (EPSG:32648)" in line
                   for line in job.report_lines())
        job.commit()
        job.read("control")
        job.run_review()
        job.commit()
    assert project.plots.codes() == {"D-1", "K-1", "K-2"}
    assert project.plots.by_code("D-1").area_ha == pytest.approx(1.0, abs=1e-6)


def test_the_maps_table_of_existing_plots_is_used_without_reading_it_again(
        project: Project, tmp_path: Path, monkeypatch) -> None:
    shp = partner_shapefile(tmp_path / "src" / "plots.shp")
    with PlotImport(project, shp) as first:
        first.read()
        first.commit()
    existing = project.plots.load_table()

    def no_second_read() -> None:
        raise AssertionError("the plots were read again")

    monkeypatch.setattr(project.plots, "load_table", no_second_read)
    with PlotImport(project, partner_shapefile(tmp_path / "again" / "plots.shp"),
                    existing) as again:
        again.read()
        review = again.run_review()
        assert len(again.existing_geometries) == len(existing)
    assert all(f.code in set(existing.codes) for f in review.refused(again.options))
    assert len(review.refused(again.options)) == len(review.features)  # codes taken


def test_the_report_lines_are_messages_said_in_the_users_language(project: Project,
                                                                 tmp_path: Path) -> None:
    shp = code_shapefile(tmp_path / "src" / "plots.shp",
                         [("", ring(LON0, LAT0)), ("P-2", ring(LON0 + 0.01, LAT0))])
    with PlotImport(project, shp) as job:
        job.read()
        job.options.generate_codes = True
        lines = job.report_lines()
    templates = [as_message(line).template for line in lines]
    assert templates[0] == "File: {name}"  # a Shapefile has one layer, unnamed
    assert lines[0].startswith("File: plots.shp")
    assert "Coordinate system: {crs}, from the file" in templates
    made = next(m for m in map(as_message, lines) if m.template.startswith("Codes made"))
    assert made == "Codes made for 1 feature(s) without one: feature 1: PLOTS-0001."
    khmer = {"Codes made for {count} feature(s) without one: {codes}.": "កូដ {count}: {codes}",
             "feature {number}: {code}": "លក្ខណៈ {number}: {code}"}
    assert made.said(lambda t: khmer.get(t, t)) == "កូដ 1: លក្ខណៈ 1: PLOTS-0001"
