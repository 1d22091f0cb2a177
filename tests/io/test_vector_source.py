"""Every kind of plot source is read into features: counts, coordinates, text and notes."""

from __future__ import annotations

import hashlib
import json
import math
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest
import shapefile  # pyshp
import shapely
from pyogrio.raw import write as ogr_write
from shapely.geometry import Polygon, box

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import area_ha
from metkasekor_desktop.io.source_features import SourceError, SourceFeatures, SourceInfo
from metkasekor_desktop.io.vector_source import open_source, read_layer

WGS84_PRJ = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
    'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]'
)
KHMER = ["សុខ ចាន់", "ស្រីពៅ", "ចាន់ ធី"]


def square(x: float, y: float, d: float = 0.001) -> list[tuple[float, float]]:
    return [(x, y), (x, y + d), (x + d, y + d), (x + d, y), (x, y)]


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def read(path: Path, layer: str = "", **kwargs) -> tuple[SourceInfo, SourceFeatures]:
    """Open and read one layer, proving nothing was written next to the source."""
    before = snapshot(path.parent)
    info = open_source(path)
    try:
        features = read_layer(info, layer, **kwargs)
    finally:
        info.close()
    assert snapshot(path.parent) == before, "reading wrote next to the source"
    return info, features


def write_shapefile(folder: Path, names: list[str], encoding: str = "utf-8",
                    prj: bool = True, cpg: str | None = "UTF-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / "plots"
    with shapefile.Writer(str(base), shapeType=shapefile.POLYGON, encoding=encoding) as w:
        w.field("CODE", "C", size=20)
        w.field("FARMER", "C", size=80)
        w.field("AREA", "N", size=12, decimal=3)
        for i, name in enumerate(names):
            w.poly([square(104.9 + i * 0.01, 11.5)])
            w.record(f"P-{i + 1:03d}", name, 1.2 + i)
    if prj:
        base.with_suffix(".prj").write_text(WGS84_PRJ)
    if cpg:
        base.with_suffix(".cpg").write_text(cpg)
    return base.with_suffix(".shp")


# --- Shapefile ------------------------------------------------------------------------


def test_shapefile_with_prj_and_cpg_reads_khmer_names_and_squares(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "src", KHMER)
    info, features = read(shp)
    assert info.kind == "shapefile" and info.declared_encoding == "utf-8"
    assert [(lay.name, lay.feature_count) for lay in info.layers] == [("", 3)]
    assert info.layers[0].fields == ["CODE", "FARMER", "AREA"]
    assert features.columns == ["CODE", "FARMER", "AREA"]
    assert features.values["FARMER"] == KHMER
    assert features.values["CODE"] == ["P-001", "P-002", "P-003"]
    assert features.values["AREA"] == pytest.approx([1.2, 2.2, 3.2])
    assert features.numbers == [1, 2, 3]
    assert features.crs_epsg == 4326 and "WGS" in (features.crs_wkt or "")
    assert features.encoding == "utf-8"
    first = features.geometries[0]
    assert first.bounds == pytest.approx((104.9, 11.5, 104.901, 11.501))
    assert area_ha(first) == pytest.approx(1.2, abs=0.05)  # 0.001 degrees square near 11.5 N
    assert not features.had_z.any() and not features.had_m.any()
    assert not features.was_curve.any() and features.notes == {}


def test_shapefile_without_prj_has_no_crs_and_a_warning(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "src", ["Sok"], prj=False)
    info, features = read(shp)
    assert features.crs_wkt is None and features.crs_epsg is None
    assert any(".prj is missing" in p.message for p in info.check.warnings)
    assert len(features) == 1


def test_cp874_dbf_without_cpg_needs_an_encoding(tmp_path: Path) -> None:
    thai = ["สมชาย", "นาข้าว"]
    shp = write_shapefile(tmp_path / "src", thai, encoding="cp874", cpg=None)
    info = open_source(shp)
    try:
        assert info.declared_encoding is None
        with pytest.raises(SourceError, match="Choose the encoding") as caught:
            read_layer(info)
        assert caught.value.needs_encoding
        assert "plots.dbf" in str(caught.value)
        features = read_layer(info, encoding="cp874")
        assert features.values["FARMER"] == thai and features.encoding == "cp874"
        latin = read_layer(info, encoding="ISO-8859-1")  # passed through on request only
        assert latin.encoding == "latin-1" and latin.values["FARMER"][0] != thai[0]
    finally:
        info.close()


def test_wrong_cpg_is_refused_with_the_declared_encoding_named(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "src", ["สมชาย"], encoding="cp874", cpg="UTF-8")
    with pytest.raises(SourceError, match="plots.cpg says") as caught:
        read(shp)
    assert caught.value.needs_encoding


def test_zipped_shapefile_in_a_subfolder_is_read_and_cleaned_up(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "build", KHMER[:2])
    archive = tmp_path / "src" / "plots.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as zf:
        for part in shp.parent.iterdir():
            zf.write(part, f"export/2024/{part.name}")
    info, features = read(archive)
    assert info.path == archive and info.kind == "shapefile"
    assert features.values["FARMER"] == KHMER[:2]
    assert info.check.workdir is None  # close() removed the extracted copy


# --- GeoPackage -----------------------------------------------------------------------


def gpkg_layer(path: Path, layer: str, wkbs: list[bytes | None], names: list[str],
               geometry_type: str = "Polygon") -> None:
    ogr_write(path, np.array(wkbs, dtype=object), [np.array(names, dtype=object)],
              fields=["name"], layer=layer, driver="GPKG", geometry_type=geometry_type,
              crs="EPSG:32648", append=path.exists())


def test_geopackage_with_two_layers(tmp_path: Path) -> None:
    path = tmp_path / "src" / "project.gpkg"
    path.parent.mkdir()
    gpkg_layer(path, "demo", [shapely.to_wkb(box(480000, 1270000, 480100, 1270100))], ["A"])
    gpkg_layer(path, "control", [shapely.to_wkb(box(481000, 1270000, 481050, 1270200)),
                                 shapely.to_wkb(box(482000, 1270000, 482010, 1270010))],
               ["B", "C"])
    info, features = read(path, "control")
    assert [(lay.name, lay.feature_count) for lay in info.layers] == [("demo", 1), ("control", 2)]
    assert features.layer == "control" and features.values["name"] == ["B", "C"]
    assert features.crs_epsg == 32648
    assert shapely.area(features.geometries).tolist() == pytest.approx([10000.0, 100.0])
    _info, first = read(path)  # no layer given: the first one
    assert first.values["name"] == ["A"]
    with pytest.raises(SourceError, match="no layer 'trial'.*'demo', 'control'"):
        read(path, "trial")


def circular_curve_polygon() -> bytes:
    """ISO WKB CurvePolygon (10) whose ring is one CircularString (8): a circle r=100 m."""
    ring = [(480000.0, 1270000.0), (480100.0, 1270100.0), (480200.0, 1270000.0),
            (480100.0, 1269900.0), (480000.0, 1270000.0)]
    arc = struct.pack("<BII", 1, 8, len(ring)) + b"".join(struct.pack("<dd", *p) for p in ring)
    return struct.pack("<BII", 1, 10, 1) + arc


def polygon_m() -> bytes:
    """ISO WKB Polygon M (2003): a 100 m square with measures."""
    ring = list(box(480000, 1270000, 480100, 1270100).exterior.coords)
    points = b"".join(struct.pack("<ddd", x, y, 5.0) for x, y in ring)
    return struct.pack("<BIII", 1, 2003, 1, len(ring)) + points


def test_curves_are_linearised_and_flagged_and_m_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "src" / "curves.gpkg"
    path.parent.mkdir()
    square = shapely.to_wkb(box(481000, 1270000, 481100, 1270100))
    gpkg_layer(path, "plots", [circular_curve_polygon(), square, polygon_m(), None],
               ["circle", "square", "measured", "nothing"], geometry_type="Unknown")
    _info, features = read(path)
    assert features.was_curve.tolist() == [True, False, False, False]
    assert features.had_m.tolist() == [False, False, True, False]
    assert features.had_z.tolist() == [False, False, False, False]
    circle, plain, measured, nothing = features.geometries
    assert circle.geom_type == "Polygon" and len(circle.exterior.coords) > 20
    assert circle.area == pytest.approx(math.pi * 100**2, rel=0.01)
    assert plain.area == pytest.approx(10000.0)
    assert measured.area == pytest.approx(10000.0)
    assert not shapely.has_m(measured) and not shapely.has_z(measured)
    assert nothing is None
    assert features.values["name"] == ["circle", "square", "measured", "nothing"]


def test_empty_layer_gives_zero_features_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "src" / "project.gpkg"
    path.parent.mkdir()
    gpkg_layer(path, "plots", [shapely.to_wkb(box(0, 0, 1, 1))], ["A"])
    gpkg_layer(path, "empty", [], [])
    _info, features = read(path, "empty")
    assert len(features) == 0 and len(features.geometries) == 0
    assert features.columns == ["name"] and features.values == {"name": []}


# --- GeoJSON, KML, KMZ ----------------------------------------------------------------


def test_geojson_with_heights_flags_z_and_keeps_2d(tmp_path: Path) -> None:
    ring3d = [[x, y, 12.5] for x, y in square(104.9, 11.5)]
    document = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": "A", "farmer": KHMER[0]},
         "geometry": {"type": "Polygon", "coordinates": [ring3d]}},
        {"type": "Feature", "properties": {"code": "B", "farmer": None},
         "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in square(105, 12)]]}},
        {"type": "Feature", "properties": {"code": "C", "farmer": "x"}, "geometry": None},
    ]}
    path = tmp_path / "src" / "plots.geojson"
    path.parent.mkdir()
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    _info, features = read(path)
    assert features.had_z.tolist() == [True, False, False]
    assert not shapely.has_z(features.geometries[0])
    assert features.geometries[0].bounds == pytest.approx((104.9, 11.5, 104.901, 11.501))
    assert features.geometries[2] is None
    assert features.values["farmer"] == [KHMER[0], None, "x"]
    assert features.crs_epsg == 4326


KML = f"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Plots</name>
<Placemark><name>{KHMER[0]}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
104.9,11.5 104.91,11.5 104.91,11.51 104.9,11.51 104.9,11.5
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>{KHMER[1]}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
104.92,11.5,12 104.93,11.5,14 104.93,11.52,13 104.92,11.52,12 104.92,11.5,12
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>
"""


def kml_name_column(features: SourceFeatures) -> list[object]:
    column = next(c for c in features.columns if c.lower() == "name")
    return features.values[column]


def test_kml_placemarks_with_khmer_names(tmp_path: Path) -> None:
    path = tmp_path / "src" / "plots.kml"
    path.parent.mkdir()
    path.write_text(KML, encoding="utf-8")
    info, features = read(path)
    assert info.kind == "kml" and len(info.layers) == 1 and info.layers[0].feature_count == 2
    assert kml_name_column(features) == KHMER[:2]
    assert features.geometries[1].bounds == pytest.approx((104.92, 11.5, 104.93, 11.52))
    assert features.had_z.tolist() == [False, True]
    assert features.crs_epsg == 4326


def test_heights_of_zero_from_google_earth_are_not_reported_as_dropped(tmp_path: Path) -> None:
    path = tmp_path / "src" / "flat.kml"
    path.parent.mkdir()
    path.write_text(KML.replace(",12 ", ",0 ").replace(",14 ", ",0 ").replace(",13 ", ",0 ")
                    .replace(",12\n", ",0\n"), encoding="utf-8")
    _info, features = read(path)
    assert features.had_z.tolist() == [False, False]
    assert not features.geometries[1].has_z


def test_kmz_is_extracted_read_and_cleaned_up(tmp_path: Path) -> None:
    path = tmp_path / "src" / "plots.kmz"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("doc.kml", KML)
    info, features = read(path)
    assert info.kind == "kml" and kml_name_column(features) == KHMER[:2]
    assert info.check.workdir is None


# --- GPX ------------------------------------------------------------------------------

GPX = f"""<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="12.80" lon="102.90"><name>a</name></wpt>
  <wpt lat="12.80" lon="102.91"><name>b</name></wpt>
  <wpt lat="12.81" lon="102.91"><name>c</name></wpt>
  <trk><name>{KHMER[0]}</name><trkseg>
    <trkpt lat="11.500" lon="104.900"/><trkpt lat="11.500" lon="104.901"/>
    <trkpt lat="11.501" lon="104.901"/><trkpt lat="11.501" lon="104.900"/>
  </trkseg></trk>
  <trk><name>short</name><trkseg>
    <trkpt lat="11.600" lon="104.900"/><trkpt lat="11.600" lon="104.901"/>
  </trkseg></trk>
</gpx>
"""


def test_gpx_tracks_and_waypoints_become_polygons(tmp_path: Path) -> None:
    path = tmp_path / "src" / "walk.gpx"
    path.parent.mkdir()
    path.write_text(GPX, encoding="utf-8")
    info, tracks = read(path, "tracks")
    assert [(lay.name, lay.feature_count) for lay in info.layers] == [
        ("tracks", 2), ("waypoints", 1)]
    assert tracks.values["name"] == [KHMER[0], "short"]
    assert tracks.geometries[0].bounds == pytest.approx((104.9, 11.5, 104.901, 11.501))
    assert tracks.geometries[1] is None
    assert "at least 3" in tracks.notes[2][0] and 1 not in tracks.notes
    assert tracks.crs_epsg == 4326
    _info, waypoints = read(path, "waypoints")
    assert len(waypoints) == 1
    assert waypoints.geometries[0].equals(Polygon([(102.9, 12.8), (102.91, 12.8),
                                                   (102.91, 12.81)]))


# --- phone-form CSV -------------------------------------------------------------------


def write_csv(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_geoshape_rows_become_polygons_and_bad_rows_notes(tmp_path: Path) -> None:
    shape = "11.5 104.9 10 5;11.5 104.901 10 5;11.501 104.901 10 5;11.5 104.9 10 5"
    path = write_csv(tmp_path / "src", "form.csv",
                     f"plot_code,farmer,plot_boundary\nA,{KHMER[0]},{shape}\n"
                     f"B,Sok,\nC,Dara,11.5 104.9 0 0;oops\n")
    info, features = read(path)
    assert info.kind == "csv" and info.layers[0].feature_count == 3
    assert features.columns == ["plot_code", "farmer"]
    assert features.values["farmer"] == [KHMER[0], "Sok", "Dara"]
    assert features.numbers == [2, 3, 4]
    assert features.geometries[0].bounds == pytest.approx((104.9, 11.5, 104.901, 11.501))
    assert features.geometries[1] is None and features.geometries[2] is None
    assert "Row 3" in features.notes[3][0] and "Row 4" in features.notes[4][0]
    assert features.crs_epsg == 4326


def test_csv_wkt_with_heights_flags_z_and_metres_have_no_crs(tmp_path: Path) -> None:
    degrees = write_csv(tmp_path / "a", "wkt.csv",
                        'code;wkt\nA;"POLYGON Z ((104.9 11.5 3, 104.91 11.5 3, 104.91 11.51 3, '
                        '104.9 11.5 3))"\n'
                        'B;"POLYGON ((105 12, 105.01 12, 105.01 12.01, 105 12))"\n')
    _info, features = read(degrees)
    assert features.had_z.tolist() == [True, False]
    assert not shapely.has_z(features.geometries[0])
    assert features.crs_epsg == 4326
    metres = write_csv(tmp_path / "b", "utm.csv",
                       'code,wkt\nA,"POLYGON ((480000 1270000, 480100 1270000, 480100 1270100, '
                       '480000 1270000))"\n')
    _info, utm = read(metres)
    assert utm.crs_wkt is None and utm.crs_epsg is None
    assert utm.geometries[0].area == pytest.approx(5000.0)


def test_csv_lonlat_points_grouped_by_plot_code(tmp_path: Path) -> None:
    rows = ["plot_code,farmer,longitude,latitude",
            "A,Sok,104.900,11.500", "A,ignored,104.901,11.500", "B,Dara,105.000,12.000",
            "A,ignored,104.901,11.501", "B,ignored,105.001,12.000", "B,ignored,bad,12.001",
            "B,ignored,105.001,12.001"]
    path = write_csv(tmp_path / "src", "points.csv", "\n".join(rows) + "\n")
    info, features = read(path)
    assert info.layers[0].feature_count == 2
    assert features.columns == ["plot_code", "farmer"]
    assert features.values == {"plot_code": ["A", "B"], "farmer": ["Sok", "Dara"]}
    assert features.numbers == [2, 4]
    a, b = features.geometries
    assert a.equals(Polygon([(104.9, 11.5), (104.901, 11.5), (104.901, 11.501)]))
    assert b.bounds == pytest.approx((105.0, 12.0, 105.001, 12.001))
    assert "Row 7" in features.notes[4][0]
    assert features.crs_epsg == 4326


def test_csv_points_without_a_code_are_not_joined_and_metres_have_no_crs(
        tmp_path: Path) -> None:
    rows = ["x,y,note", "480000,1270000,a", "480100,1270000,b", "480100,1270100,c"]
    path = write_csv(tmp_path / "src", "utm.csv", "\n".join(rows) + "\n")
    with open_source(path) as info, pytest.raises(SourceError, match="--map code=COLUMN"):
        read_layer(info)
    with open_source(path) as info:
        features = read_layer(info, group="note")  # the user chose: each row its own plot
    assert len(features) == 3 and all(g is None for g in features.geometries)
    rows = ["x,y,plot", "480000,1270000,A", "480100,1270000,A", "480100,1270100,A"]
    path = write_csv(tmp_path / "src", "utm2.csv", "\n".join(rows) + "\n")
    _info, features = read(path)
    assert features.geometries[0].area == pytest.approx(5000.0)
    assert features.crs_epsg is None and features.crs_wkt is None


def test_csv_x_y_in_degrees_are_not_taken_as_longitude_latitude_from_the_file(
        tmp_path: Path) -> None:
    rows = ["x,y,plot"] + [f"{x},{y},A" for x, y in
                           [(103.2, 13.1), (103.201, 13.1), (103.201, 13.101)]]
    path = write_csv(tmp_path / "src", "xy.csv", "\n".join(rows) + "\n")
    info, features = read(path)
    assert features.crs_wkt is None  # asked for, not assumed
    assert any("--crs" in p.message for p in info.check.problems)


def test_a_longitude_a_hair_beyond_180_is_a_longitude(tmp_path: Path) -> None:
    rows = ["longitude,latitude,plot_code", "179.999,-16.0,A", "180.00000000000006,-16.0,A",
            "180.00000000000006,-16.001,A"]
    path = write_csv(tmp_path / "src", "fiji.csv", "\n".join(rows) + "\n")
    _info, features = read(path)
    assert features.geometries[0] is not None and features.crs_epsg == 4326


# --- refusals and progress ------------------------------------------------------------


def test_refused_sources_raise_source_errors_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="missing.shp does not exist"):
        open_source(tmp_path / "missing.shp")
    damaged = tmp_path / "plots.gpkg"
    damaged.write_bytes(b"this is not a database at all" * 10)
    with pytest.raises(SourceError, match="plots.gpkg is not a GeoPackage"):
        open_source(damaged)
    no_geometry = write_csv(tmp_path, "names.csv", "code,farmer\nA,Sok\n")
    with pytest.raises(SourceError, match="names.csv") as caught:
        open_source(no_geometry)
    assert isinstance(caught.value, DomainError)


def test_progress_reaches_the_total_in_steps(tmp_path: Path) -> None:
    count = 5000
    wkbs = shapely.to_wkb(shapely.box(np.arange(count), 0, np.arange(count) + 0.5, 0.5))
    path = tmp_path / "src" / "many.gpkg"
    path.parent.mkdir()
    gpkg_layer(path, "plots", list(wkbs), [f"P{i}" for i in range(count)])
    calls: list[tuple[int, int]] = []
    _info, features = read(path, progress=lambda done, total: calls.append((done, total)))
    assert len(features) == count
    assert calls[0] == (0, count) and calls[-1] == (count, count)
    assert len(calls) >= 6
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)


def test_shapefile_measures_heights_and_null_shapes(tmp_path: Path) -> None:
    ring = [(104.9, 11.5, 3.0, 7.0), (104.9, 11.51, 3.0, 7.0), (104.91, 11.51, 3.0, 7.0),
            (104.9, 11.5, 3.0, 7.0)]
    folder = tmp_path / "src"
    folder.mkdir()
    with shapefile.Writer(str(folder / "m"), shapeType=shapefile.POLYGONM) as w:
        w.field("CODE", "C")
        w.polym([[(x, y, m) for x, y, _z, m in ring]])
        w.record("A")
        w.null()
        w.record("B")
    with shapefile.Writer(str(folder / "z"), shapeType=shapefile.POLYGONZ) as w:
        w.field("CODE", "C")
        w.polyz([ring])
        w.record("A")
    _info, measured = read(folder / "m.shp")
    assert measured.had_m.tolist() == [True, False]
    assert measured.had_z.tolist() == [False, False]
    assert measured.geometries[1] is None and measured.notes == {}
    assert not shapely.has_m(measured.geometries[0])
    _info, heights = read(folder / "z.shp")
    assert heights.had_z.tolist() == [True]
    assert not shapely.has_z(heights.geometries[0])
    assert heights.geometries[0].bounds == pytest.approx((104.9, 11.5, 104.91, 11.51))


def test_collection_holding_a_curve_is_a_note_not_a_failure(tmp_path: Path) -> None:
    arc = struct.pack("<BII", 1, 8, 3) + struct.pack("<6d", 0, 0, 1, 1, 2, 0)
    collection = struct.pack("<BII", 1, 7, 1) + arc
    path = tmp_path / "src" / "odd.gpkg"
    path.parent.mkdir()
    gpkg_layer(path, "plots", [collection, shapely.to_wkb(box(0, 0, 10, 10))], ["odd", "ok"],
               geometry_type="Unknown")
    _info, features = read(path)
    assert features.geometries[0] is None and features.was_curve[0]
    assert "curves" in features.notes[1][0]
    assert features.geometries[1].area == pytest.approx(100.0)


def test_kml_folders_are_layers(tmp_path: Path) -> None:
    placemark = ("<Placemark><name>{}</name><Point><coordinates>104.9,11.5</coordinates>"
                 "</Point></Placemark>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
            "<Document><Folder><name>Demo</name>" + placemark.format("A") + "</Folder>"
            "<Folder><name>Control</name>" + placemark.format("B") + placemark.format("C")
            + "</Folder></Document></kml>")
    path = write_csv(tmp_path / "src", "folders.kml", text)
    info, control = read(path, "Control")
    assert [(lay.name, lay.feature_count) for lay in info.layers] == [
        ("Demo", 1), ("Control", 2)]
    assert kml_name_column(control) == ["B", "C"]
    assert control.geometries[0].geom_type == "Point"  # the import skips non-polygons


def test_reading_after_close_is_refused(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "build", ["Sok"])
    archive = tmp_path / "plots.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in shp.parent.iterdir():
            zf.write(part, part.name)
    with open_source(archive) as info:
        assert len(read_layer(info)) == 1
    with pytest.raises(SourceError, match="no longer available"):
        read_layer(info)
