"""The project's map cut into Web Mercator tiles: what GDAL, ODK Collect and QField read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
import shapely

from metkasekor_desktop.io.webmercator import (
    flip_y,
    tile_bounds_mercator,
    tile_for_lonlat,
)
from metkasekor_desktop.layers.labels import TEXT_RGBA
from metkasekor_desktop.layers.project_map import extent_of
from metkasekor_desktop.layers.tile_export import (
    WEB_MERCATOR,
    TooManyTilesError,
    build_tile_map,
    export_tiles,
    lonlat_bounds,
    plan_tiles,
)
from metkasekor_desktop.storage import Project

DISTRICT = "0207"
ZOOMS = (12, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    from metkasekor_desktop.app import main

    path = tmp_path_factory.mktemp("tiles") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "40"]) == 0
    return path


@pytest.fixture(scope="module")
def exported(demo: Path, tmp_path_factory, qapp):
    """District 0207 at zooms 12-15, coloured by role: the map, the plan, the file."""
    from metkasekor_desktop.layers.fonts import register_fonts

    register_fonts()
    with Project.open(demo) as project:
        built = build_tile_map(project, style="role")
    extent = extent_of(built.plots, DISTRICT)
    plan = plan_tiles(extent, *ZOOMS)
    out = tmp_path_factory.mktemp("out") / "area.mbtiles"
    seen: list[tuple[int, int]] = []
    result = export_tiles(built.layers, plan, out, name="demo plots",
                          progress=lambda done, total: seen.append((done, total)))
    return built, extent, plan, result, seen


def tiles_of(path: Path) -> dict[tuple[int, int, int], bytes]:
    """(z, x, TMS row) -> PNG bytes."""
    db = sqlite3.connect(path)
    try:
        return {(z, x, row): bytes(data) for z, x, row, data in db.execute(
            "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")}
    finally:
        db.close()


def district_rows(built) -> np.ndarray:
    codes = np.array([str(c or "")[:4] for c in built.plots.table.village_codes])
    return np.flatnonzero(codes == DISTRICT)


def lonlat_of(x: float, y: float) -> tuple[float, float]:
    from metkasekor_desktop.layers.tile_export import mercator_to_lonlat

    return mercator_to_lonlat(x, y)


def test_the_map_is_drawn_in_web_mercator_with_plot_codes(exported):
    built = exported[0]
    assert built.map_epsg == WEB_MERCATOR
    assert built.plots.geometry.map_epsg == WEB_MERCATOR
    assert built.plots.labels.enabled and built.plots.labels.field == "code"
    assert all(layer.kind != "basemap" for layer in built.layers)


def test_gdal_opens_the_file_with_every_zoom_and_the_plots_extent(exported):
    import rasterio

    built, extent, plan, result, _ = exported
    assert result.path is not None and not result.cancelled
    with rasterio.open(result.path) as ds:
        assert ds.driver == "MBTiles"
        assert ds.crs.to_epsg() == WEB_MERCATOR
        assert ds.count == 4  # RGBA: transparent outside the data
        # zoom 15 is the full resolution, 14, 13 and 12 its overviews
        assert ds.overviews(1) == [2, 4, 8]
        assert ds.res[0] == pytest.approx(2 * 20037508.342789244 / (256 * 2**15))
        pixel = ds.res[0]
        assert ds.bounds.left == pytest.approx(extent[0], abs=2 * pixel)
        assert ds.bounds.bottom == pytest.approx(extent[1], abs=2 * pixel)
        assert ds.bounds.right == pytest.approx(extent[2], abs=2 * pixel)
        assert ds.bounds.top == pytest.approx(extent[3], abs=2 * pixel)


def test_the_metadata_says_what_a_phone_needs(exported):
    built, extent, plan, result, _ = exported
    db = sqlite3.connect(result.path)
    meta = dict(db.execute("SELECT name, value FROM metadata"))
    db.close()
    assert {"name", "format", "bounds", "center", "minzoom", "maxzoom", "type",
            "description", "attribution"} <= set(meta)
    assert (meta["format"], meta["type"], meta["name"]) == ("png", "overlay", "demo plots")
    assert (meta["minzoom"], meta["maxzoom"]) == ("12", "15")
    assert [float(v) for v in meta["bounds"].split(",")] == pytest.approx(
        lonlat_bounds(extent), abs=1e-6)


def test_every_plot_of_the_district_has_its_tile_at_each_zoom_in_tms_rows(exported):
    built, _, plan, result, _ = exported
    stored = tiles_of(result.path)
    points = shapely.point_on_surface(built.plots.map_geometries()[district_rows(built)])
    for point in points:
        lon, lat = lonlat_of(point.x, point.y)
        for z in range(ZOOMS[0], ZOOMS[1] + 1):
            x, y = tile_for_lonlat(lon, lat, z)
            assert (z, x, flip_y(z, y)) in stored, (z, x, y)
    assert result.tiles == len(stored)
    assert result.tiles_per_zoom == {z: sum(1 for k in stored if k[0] == z)
                                     for z in range(ZOOMS[0], ZOOMS[1] + 1)}
    assert result.tiles < plan.count()  # the empty ones were left out


def test_a_tile_over_a_plot_shows_its_colour_and_a_tile_away_from_plots_is_absent(exported,
                                                                                 qapp):
    from PySide6.QtGui import QImage

    built, _, plan, result, _ = exported
    stored = tiles_of(result.path)
    plots = built.plots
    z = ZOOMS[1]
    rows = district_rows(built)
    i = max(rows, key=lambda r: shapely.area(plots.map_geometries()[r]))  # the largest plot
    point = shapely.point_on_surface(plots.map_geometries()[i])
    x, y = tile_for_lonlat(*lonlat_of(point.x, point.y), z)
    image = QImage.fromData(stored[(z, x, flip_y(z, y))], "PNG")
    assert image.width() == image.height() == 256
    fill = plots.style.symbol_of(int(plots.categories[i])).fill
    colours = {(c.red(), c.green(), c.blue(), c.alpha()) for c in (
        image.pixelColor(px, py) for px in range(256) for py in range(256))}
    assert any(abs(r - fill[0]) <= 6 and abs(g - fill[1]) <= 6 and abs(b - fill[2]) <= 6
               and abs(a - fill[3]) <= 6 for r, g, b, a in colours), fill
    assert any(a == 0 for *_, a in colours)  # transparent where there is no plot

    # a tile of the district's range that no plot comes near is not in the file
    boxes = plots.geometry.bboxes
    x0, y0, x1, y1 = plan.ranges[z]
    empty = [(tx, ty) for tx in range(x0, x1 + 1) for ty in range(y0, y1 + 1)
             if not _near_any(tile_bounds_mercator(z, tx, ty), boxes, 300.0)]
    assert empty, "the district should have room between its plots"
    assert all((z, tx, flip_y(z, ty)) not in stored for tx, ty in empty)


def _near_any(bounds, boxes: np.ndarray, margin: float) -> bool:
    xmin, ymin, xmax, ymax = bounds
    return bool(np.any((boxes[:, 0] <= xmax + margin) & (boxes[:, 2] >= xmin - margin)
                       & (boxes[:, 1] <= ymax + margin) & (boxes[:, 3] >= ymin - margin)))


def test_plot_codes_are_drawn_where_plots_are_big_enough(exported, qapp, tmp_path):
    from PySide6.QtGui import QImage

    built, extent, _, _, _ = exported
    plan = plan_tiles(extent, 17, 17)
    result = export_tiles(built.layers, plan, tmp_path / "z17.mbtiles", name="z17")
    text = 0
    for data in tiles_of(result.path).values():
        image = QImage.fromData(data, "PNG")
        text += sum(1 for px in range(0, 256, 2) for py in range(0, 256, 2)
                    if image.pixelColor(px, py).getRgb() == TEXT_RGBA)
    assert text > 20  # dark label text, a colour no plot style uses


def test_progress_counts_the_blocks_drawn_up_to_the_total(exported):
    seen = exported[4]
    total = seen[-1][1]
    assert seen == [(done, total) for done in range(1, total + 1)]


def test_a_cancelled_export_writes_nothing(exported, tmp_path):
    built, _, plan, _, _ = exported
    out = tmp_path / "area.mbtiles"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    result = export_tiles(built.layers, plan, out, name="x", cancelled=cancelled)
    assert result.cancelled and result.path is None
    assert not any(tmp_path.iterdir())


def test_too_many_tiles_are_refused_with_the_count_and_what_to_do(exported):
    built = exported[0]
    extent = extent_of(built.plots, "all")
    with pytest.raises(TooManyTilesError) as info:
        plan_tiles(extent, 12, 20)
    message = str(info.value)
    total = sum(plan_tiles(extent, z, z, limit=10**12).count() for z in range(12, 21))
    assert f"{total:,} tiles" in message and "200,000" in message
    fits = max(z for z in range(12, 21)
               if plan_tiles(extent, 12, z, limit=10**12).count() <= 200_000)
    assert f"--max-zoom {fits} or less" in message and "smaller extent" in message


def test_a_zoom_range_upside_down_is_refused():
    from metkasekor_desktop.layers.tile_export import TileExportError

    with pytest.raises(TileExportError, match="min zoom <= max zoom"):
        plan_tiles((0.0, 0.0, 1.0, 1.0), 15, 12)


def test_only_tiles_near_the_data_count_against_the_limit(exported):
    from metkasekor_desktop.layers.tile_export import data_boxes

    built = exported[0]
    extent = extent_of(built.plots, "all")
    boxes = data_boxes(built.layers)
    everything = plan_tiles(extent, 12, 17, limit=10**12)
    near = plan_tiles(extent, 12, 17, boxes=boxes)
    assert near.count() < 2_000 < 200_000 < everything.count()
    for z in range(12, 18):  # every plot's tile is among those counted
        assert 1 <= near.count(z) <= everything.count(z)
    with pytest.raises(TooManyTilesError) as info:
        plan_tiles(extent, 12, 17, boxes=boxes, limit=near.count(16) + 60)
    assert f"make {near.count():,} tiles, more than {near.count(16) + 60:,}" in str(info.value)
    fits = max(z for z in range(12, 18)
               if sum(near.count(k) for k in range(12, z + 1)) <= near.count(16) + 60)
    assert f"--max-zoom {fits} or less" in str(info.value)
