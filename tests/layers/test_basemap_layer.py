"""What the officer sees of a basemap: the right tile under every place, in UTM 48N.

Every tile of the test sets is one distinct colour, so the colour of a pixel tells
which tile was drawn there: the tile that contains the pixel's longitude and latitude.
"""

from __future__ import annotations

import json
import math
import urllib.request
from pathlib import Path

import numpy as np
import pytest
from pyproj import Transformer
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from metkasekor_desktop.io.tiles import TileError
from metkasekor_desktop.io.webmercator import (
    lonlat_to_tile_xy,
    resolution,
    tile_for_lonlat,
    tile_xy_to_mercator,
)
from metkasekor_desktop.layers.basemap_layer import BasemapLayer
from metkasekor_desktop.layers.basemap_renderer import (
    cell_transform,
    choose_zoom,
    plan_tiles,
    render_basemap_layer,
)
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import render_map
from metkasekor_desktop.layers.viewport import Viewport
from tests.io.test_tiles import serve_folder, tile_colours, write_mbtiles

UTM = 32648
W, H = 400, 300
BACKGROUND = (255, 255, 255)
CENTRE = (103.0, 12.8)  # Battambang
TO_UTM = Transformer.from_crs(4326, UTM, always_xy=True)
MERC_TO_UTM = Transformer.from_crs(3857, UTM, always_xy=True)

Colours = dict[tuple[int, int, int], tuple[int, int, int]]


@pytest.fixture(scope="module")
def colours() -> Colours:
    return tile_colours((10, 11, 12))


@pytest.fixture(scope="module")
def tile_files(qapp, colours, tmp_path_factory) -> dict[str, Path]:
    """The same tiles as a folder and as an MBTiles file (PNG written by Qt)."""
    root = tmp_path_factory.mktemp("basemap")
    data: dict[tuple[int, int, int], bytes] = {}
    for (z, x, y), rgb in colours.items():
        image = QImage(256, 256, QImage.Format.Format_RGB32)
        image.fill(QColor(*rgb))
        path = root / "folder" / str(z) / str(x) / f"{y}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(path), "PNG")
        data[(z, x, y)] = path.read_bytes()
    mbtiles = write_mbtiles(root / "battambang.mbtiles", data, {
        "format": "png", "minzoom": "10", "maxzoom": "12", "bounds": "102.85,12.65,103.15,12.95",
        "attribution": "Tiles: test set",
    })
    return {"folder": root / "folder", "mbtiles": mbtiles}


def folder_layer(tile_files, **spec) -> BasemapLayer:
    return BasemapLayer({"type": "folder", "path": str(tile_files["folder"]), **spec}, UTM)


def view_at(units_per_pixel: float, lon: float = CENTRE[0], lat: float = CENTRE[1]) -> Viewport:
    x, y = TO_UTM.transform(lon, lat)
    return Viewport(x, y, units_per_pixel, W, H)


def render(layer: BasemapLayer, view: Viewport, antialias: bool = True,
           cancelled=lambda: False) -> tuple[QImage, bool]:
    image = QImage(view.width, view.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(*BACKGROUND))
    painter = QPainter(image)
    try:
        finished = render_basemap_layer(painter, layer, view, antialias=antialias,
                                        cancelled=cancelled)
    finally:
        painter.end()
    return image, finished


def rgb_at(image: QImage, px: float, py: float) -> tuple[int, int, int]:
    c = image.pixelColor(math.floor(px), math.floor(py))
    return (c.red(), c.green(), c.blue())


def sample_points(view: Viewport, z: int, min_edge_px: float = 3.0):
    """(lon, lat, tile, px, py) for a grid of places in the view, away from tile edges."""
    to_ll = Transformer.from_crs(UTM, 4326, always_xy=True)
    scale = resolution(z, CENTRE[1]) / view.units_per_pixel  # view pixels per tile pixel
    for px in np.linspace(20, view.width - 20, 9):
        for py in np.linspace(20, view.height - 20, 7):
            lon, lat = to_ll.transform(*view.pixel_to_map(px + 0.5, py + 0.5))
            fx, fy = lonlat_to_tile_xy(lon, lat, z)
            edge = min(fx % 1, 1 - fx % 1, fy % 1, 1 - fy % 1) * 256 * scale
            if edge >= min_edge_px:
                yield lon, lat, (z, *tile_for_lonlat(lon, lat, z)), px, py


def assert_tiles_where_they_belong(image, view, z, colours, min_count=20):
    checked = 0
    for _lon, _lat, tile, px, py in sample_points(view, z):
        assert rgb_at(image, px, py) == colours[tile], f"tile {tile} at pixel {px}, {py}"
        checked += 1
    assert checked >= min_count


# --- where the tiles go ------------------------------------------------------------------
@pytest.mark.parametrize("antialias", [True, False])
def test_each_place_shows_the_tile_that_contains_it(tile_files, colours, antialias):
    view = view_at(resolution(11, CENTRE[1]))  # one tile pixel a screen pixel at zoom 11
    layer = folder_layer(tile_files)
    assert choose_zoom(layer, view) == 11
    image, finished = render(layer, view, antialias)
    assert finished
    assert_tiles_where_they_belong(image, view, 11, colours)


def test_tiles_meet_without_gaps(tile_files, colours):
    view = view_at(resolution(12, CENTRE[1]) * 1.3)
    image, _ = render(folder_layer(tile_files), view)
    tile_rgbs = {rgb for (z, _, _), rgb in colours.items() if z == 12}
    seen = {rgb_at(image, px, py) for px in range(W) for py in range(H)}
    assert seen <= tile_rgbs  # no background shines through between tiles
    assert len(seen) >= 4  # several tiles meet in the view


def test_mbtiles_rows_are_flipped_to_the_right_place(tile_files, colours):
    layer = BasemapLayer({"type": "mbtiles", "path": str(tile_files["mbtiles"])}, UTM)
    view = view_at(resolution(12, CENTRE[1]))
    image, _ = render(layer, view)
    assert_tiles_where_they_belong(image, view, 12, colours)
    folder_image, _ = render(folder_layer(tile_files), view)
    assert image == folder_image
    layer.close()


def test_zoom_follows_the_view_and_stays_in_the_source_range(tile_files, colours):
    layer = folder_layer(tile_files)
    assert choose_zoom(layer, view_at(resolution(12, CENTRE[1]))) == 12
    assert choose_zoom(layer, view_at(resolution(11, CENTRE[1]) * 1.3)) == 11
    assert choose_zoom(layer, view_at(resolution(11, CENTRE[1])), device_pixel_ratio=2) == 12
    assert choose_zoom(layer, view_at(1000.0)) == 10  # zoomed far out: the coarsest
    close_up = view_at(2.0)  # 1:7,500 on screen: zoom 12 tiles scaled up ~19 times
    assert choose_zoom(layer, close_up) == 12
    image, _ = render(layer, close_up)
    assert_tiles_where_they_belong(image, close_up, 12, colours, min_count=1)
    assert rgb_at(image, W / 2, H / 2) == colours[(12, *tile_for_lonlat(*CENTRE, 12))]


def test_high_dpi_screens_get_the_finer_tiles(tile_files, colours):
    """On a 200 % screen a view pixel is two device pixels: tiles one zoom finer."""
    view = view_at(resolution(12, CENTRE[1]) * 2)
    image = QImage(W * 2, H * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor(*BACKGROUND))
    painter = QPainter(image)
    render_basemap_layer(painter, folder_layer(tile_files), view, antialias=True,
                         cancelled=lambda: False)
    painter.end()
    lon, lat, tile, px, py = next(iter(sample_points(view, 12, min_edge_px=6)))
    assert tile[0] == 12
    assert rgb_at(image, 2 * px, 2 * py) == colours[tile]


def test_places_without_tiles_keep_the_background(tile_files, colours):
    view = view_at(resolution(10, CENTRE[1]), lon=103.35)  # the tiles end near 103.36 E
    image, finished = render(folder_layer(tile_files), view)
    assert finished
    east_px, _ = view.map_to_pixel(*TO_UTM.transform(103.55, CENTRE[1]))
    assert rgb_at(image, float(east_px), H / 2) == BACKGROUND
    west_px, _ = view.map_to_pixel(*TO_UTM.transform(103.15, CENTRE[1]))
    tile = (10, *tile_for_lonlat(103.15, CENTRE[1], 10))
    assert rgb_at(image, float(west_px), H / 2) == colours[tile]


def test_opacity_blends_with_what_is_below(tile_files, colours):
    layer = folder_layer(tile_files)
    layer.opacity = 0.5
    view = view_at(resolution(11, CENTRE[1]))
    image, _ = render(layer, view)
    tile = colours[(11, *tile_for_lonlat(*CENTRE, 11))]
    expected = tuple(round(c * 0.5 + b * 0.5) for c, b in zip(tile, BACKGROUND, strict=True))
    got = rgb_at(image, W / 2, H / 2)
    assert all(abs(g - e) <= 2 for g, e in zip(got, expected, strict=True))


def test_drawn_through_the_map_renderer(tile_files, colours):
    layers = LayerList()
    layers.append(folder_layer(tile_files))
    view = view_at(resolution(11, CENTRE[1]))
    image = render_map(layers, view, background=QColor(*BACKGROUND))
    assert rgb_at(image, W / 2, H / 2) == colours[(11, *tile_for_lonlat(*CENTRE, 11))]


# --- the warp of one tile is accurate -------------------------------------------------------
@pytest.mark.parametrize("z", [10, 12])
def test_projective_warp_of_a_tile_is_accurate_to_a_fraction_of_a_pixel(tile_files, z):
    layer = folder_layer(tile_files)
    view = view_at(resolution(z, CENTRE[1]))
    plan = plan_tiles(layer, view)
    assert plan is not None and plan.z == z
    worst = 0.0
    for x, y in plan.tiles():
        for i in range(plan.parts):
            for j in range(plan.parts):
                transform = cell_transform(plan, x, y, i, j)
                step = 256 / plan.parts
                for u in np.linspace(j * step, (j + 1) * step, 6):
                    for v in np.linspace(i * step, (i + 1) * step, 6):
                        mx, my = tile_xy_to_mercator(x + u / 256, y + v / 256, z)
                        ex, ey = view.map_to_pixel(*MERC_TO_UTM.transform(mx, my))
                        p = transform.map(QPointF(u, v))
                        worst = max(worst, math.hypot(p.x() - ex, p.y() - ey))
    assert worst < 0.25


def test_coarse_zoom_tiles_are_cut_into_parts_to_stay_accurate(tmp_path, qapp):
    """A zoom-5 tile spans ~11 degrees: one warp would be off by pixels."""
    z = 5
    x, y = tile_for_lonlat(*CENTRE, z)
    path = tmp_path / str(z) / str(x) / f"{y}.png"
    path.parent.mkdir(parents=True)
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 20, 30))
    image.save(str(path))
    layer = BasemapLayer({"type": "folder", "path": str(tmp_path)}, UTM)
    view = view_at(resolution(z, CENTRE[1]))
    plan = plan_tiles(layer, view)
    assert plan is not None and plan.parts > 1
    worst = 0.0
    step = 256 / plan.parts
    for i in range(plan.parts):
        for j in range(plan.parts):
            transform = cell_transform(plan, x, y, i, j)
            for u in np.linspace(j * step, (j + 1) * step, 5):
                for v in np.linspace(i * step, (i + 1) * step, 5):
                    mx, my = tile_xy_to_mercator(x + u / 256, y + v / 256, z)
                    ex, ey = view.map_to_pixel(*MERC_TO_UTM.transform(mx, my))
                    p = transform.map(QPointF(u, v))
                    worst = max(worst, math.hypot(p.x() - ex, p.y() - ey))
    assert worst < 0.5
    rendered, _ = render(layer, view)
    assert rgb_at(rendered, W / 2, H / 2) == (10, 20, 30)


# --- when things go wrong, the map goes on ----------------------------------------------------
def test_cancelled_render_stops_and_restores_the_painter(tile_files):
    layer = folder_layer(tile_files)
    view = view_at(resolution(12, CENTRE[1]))
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(*BACKGROUND))
    painter = QPainter(image)
    asked = []
    finished = render_basemap_layer(painter, layer, view, antialias=True,
                                    cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert finished is False
    assert painter.transform().isIdentity() and painter.opacity() == 1.0
    painter.end()


def test_a_failing_source_draws_nothing_and_says_why(tile_files):
    layer = folder_layer(tile_files)

    def broken(z, x, y):
        raise TileError("The basemap file is gone.")

    layer.source.get = broken
    image, finished = render(layer, view_at(resolution(11, CENTRE[1])))
    assert finished is True
    assert rgb_at(image, W / 2, H / 2) == BACKGROUND
    assert layer.last_error == "The basemap file is gone."


def test_decoded_tiles_are_kept_for_the_next_frame(tile_files):
    layer = folder_layer(tile_files)
    view = view_at(resolution(11, CENTRE[1]))
    render(layer, view)
    assert 0 < layer.cached_tiles() <= 256
    reads = []
    original = layer.source.get
    layer.source.get = lambda z, x, y: reads.append((z, x, y)) or original(z, x, y)
    again, _ = render(layer, view.panned_pixels(3, 2))
    assert reads == []  # the same tiles, no file read or decoded again


def test_decoded_tile_cache_is_bounded(tile_files, colours, monkeypatch):
    from metkasekor_desktop.layers import basemap_layer

    monkeypatch.setattr(basemap_layer, "IMAGE_CACHE_SIZE", 4)
    layer = folder_layer(tile_files)
    keys = [key for key in colours if key[0] == 12][:6]
    for key in keys:
        assert layer.tile_image(*key) is not None
    assert layer.cached_tiles() == 4


# --- an online basemap in an office whose internet comes and goes -----------------------------
def test_online_tiles_are_cached_and_shown_without_the_server(tile_files, colours, tmp_path,
                                                              monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    view = view_at(resolution(11, CENTRE[1]))
    with serve_folder(tile_files["folder"]) as (port, agents):
        spec = {"type": "xyz", "url": f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png",
                "cache_dir": str(tmp_path / "cache"), "min_zoom": 10, "max_zoom": 12,
                "attribution": "Test tiles server"}
        layer = BasemapLayer(spec, UTM)
        image, _ = render(layer, view)
        assert len(agents) > 0
    assert_tiles_where_they_belong(image, view, 11, colours)
    assert any((tmp_path / "cache").rglob("*")), "downloaded tiles were kept on disk"

    def no_network(*args, **kwargs):
        pytest.fail("a cached tile was downloaded again")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    again = BasemapLayer.from_config(json.loads(json.dumps(layer.to_config())), UTM)
    image, _ = render(again, view)
    assert_tiles_where_they_belong(image, view, 11, colours)
    assert again.attribution() == "Test tiles server"
    assert again.offline is False
    again.set_offline(True)
    assert again.offline and again.to_config()["source"]["offline"] is True


# --- what the layer tells the map -----------------------------------------------------------------
def test_attribution_and_extent(tile_files, tmp_path):
    layer = BasemapLayer({"type": "mbtiles", "path": str(tile_files["mbtiles"])}, UTM)
    assert layer.kind == "basemap" and layer.name == "battambang"
    assert layer.attribution() == "Tiles: test set"
    xmin, ymin, xmax, ymax = layer.extent()
    x, y = TO_UTM.transform(*CENTRE)
    assert xmin < x < xmax and ymin < y < ymax
    assert xmax - xmin == pytest.approx(32_600, rel=0.02)  # 0.3 degrees of longitude
    layer.close()
    credited = folder_layer(tile_files, attribution="Orthophoto 2024, PDAFF")
    assert credited.attribution() == "Orthophoto 2024, PDAFF"
    world = BasemapLayer({"type": "xyz", "url": "https://t.example.org/{z}/{x}/{y}.png",
                          "cache_dir": str(tmp_path), "offline": True,
                          "bounds": [-180, -85, 180, 85]}, UTM)
    assert world.extent() is None  # a world map must not change "zoom to all"
    unknown = BasemapLayer({"type": "xyz", "url": "https://t.example.org/{z}/{x}/{y}.png",
                            "cache_dir": str(tmp_path), "offline": True}, UTM)
    assert unknown.extent() is None


def test_config_round_trip(tile_files, colours):
    layer = BasemapLayer({"type": "mbtiles", "path": str(tile_files["mbtiles"])}, UTM,
                         name="Imagery 2024")
    layer.opacity = 0.7
    layer.visible = False
    config = json.loads(json.dumps(layer.to_config()))
    assert config["kind"] == "basemap"
    restored = BasemapLayer.from_config(config, UTM)
    assert (restored.name, restored.opacity, restored.visible) == ("Imagery 2024", 0.7, False)
    assert restored.source_spec == layer.source_spec
    restored.opacity = 1.0
    view = view_at(resolution(12, CENTRE[1]))
    image, _ = render(restored, view)
    assert_tiles_where_they_belong(image, view, 12, colours)
    layer.close()
    restored.close()


def test_restoring_a_basemap_whose_file_is_gone_says_what_to_do(tmp_path):
    config = {"kind": "basemap", "name": "Imagery",
              "source": {"type": "mbtiles", "path": str(tmp_path / "moved.mbtiles")}}
    with pytest.raises(TileError, match=r"moved\.mbtiles is missing"):
        BasemapLayer.from_config(config, UTM)
    with pytest.raises(TileError, match="names no tile source"):
        BasemapLayer.from_config({"kind": "basemap", "name": "Imagery"}, UTM)
    not_tiles = tmp_path / "notes.mbtiles"
    not_tiles.write_text("plain text", encoding="utf-8")
    with pytest.raises(TileError, match="not an MBTiles file"):
        BasemapLayer({"type": "mbtiles", "path": str(not_tiles)}, UTM)
