"""What the officer sees of a raster: ramp colours, holes, RGB, place, relief and its style."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pyproj import Transformer
from PySide6.QtGui import QColor, QImage, QPainter

from metkasekor_desktop.io.raster_errors import RasterError
from metkasekor_desktop.layers.color_ramps import (
    RAMPS,
    apply_ramp,
    hillshade,
    ramp_lut,
)
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import render_map
from metkasekor_desktop.layers.raster_layer import RasterLayer
from metkasekor_desktop.layers.raster_renderer import render_raster_layer
from metkasekor_desktop.layers.viewport import Viewport
from tests.io.test_raster_source import (
    CELL,
    E0,
    N0,
    NODATA,
    UTM,
    dem_values,
    from_origin,
    write_raster,
)

TOL = 2


@pytest.fixture
def dem_path(tmp_path: Path) -> Path:
    return write_raster(tmp_path / "dem.tif", dem_values(), from_origin(E0, N0, CELL, CELL),
                        nodata=NODATA, units="metre")


@pytest.fixture
def dem_layer(dem_path: Path) -> Iterator[RasterLayer]:
    layer = RasterLayer(dem_path, UTM)
    yield layer
    layer.close()


def native_view() -> Viewport:
    """One screen pixel per raster cell, the raster filling the 300 x 200 view."""
    return Viewport(E0 + 1500, N0 - 1000, CELL, 300, 200)


def render(layer: RasterLayer, view: Viewport, dpr: float = 1.0) -> QImage:
    layers = LayerList()
    layers.append(layer)
    image = render_map(layers, view, background=None, device_pixel_ratio=dpr)
    assert image is not None
    return image


def rgba_at(image: QImage, view: Viewport, x: float, y: float) -> tuple[int, int, int, int]:
    px, py = view.map_to_pixel(x, y)
    dpr = image.devicePixelRatio()
    c = image.pixelColor(math.floor(float(px) * dpr), math.floor(float(py) * dpr))
    return (c.red(), c.green(), c.blue(), c.alpha())


def close(actual, expected, tol: int = TOL) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(actual, expected, strict=True))


def centre(col: int, row: int) -> tuple[float, float]:
    return (E0 + (col + 0.5) * CELL, N0 - (row + 0.5) * CELL)


def ramp_color(value: float, vmin: float, vmax: float, ramp: str = "terrain") -> tuple:
    return tuple(int(v) for v in apply_ramp(np.array([value]), vmin, vmax, ramp)[0])


# --- colour ramps --------------------------------------------------------------------------
def test_ramp_ends_and_clamping() -> None:
    lut = ramp_lut("viridis")
    colors = apply_ramp(np.array([0.0, 10.0, -5.0, 99.0]), 0.0, 10.0, "viridis")
    assert colors.shape == (4, 4) and colors.dtype == np.uint8
    assert tuple(colors[0]) == tuple(lut[0]) == tuple(colors[2])
    assert tuple(colors[1]) == tuple(lut[-1]) == tuple(colors[3])
    assert tuple(lut[0][:3]) == (0x44, 0x01, 0x54)


def test_every_named_ramp_is_a_256_colour_table() -> None:
    assert {"terrain", "viridis", "greys", "ndvi"} <= set(RAMPS)
    for name in RAMPS:
        assert ramp_lut(name).shape == (256, 4)
    ndvi = ramp_lut("ndvi")
    assert ndvi[0, 0] > ndvi[0, 1] and ndvi[-1, 1] > ndvi[-1, 0]  # red to green


def test_hillshade_darkens_the_slope_facing_away_from_the_sun() -> None:
    # A ridge running SW-NE: its NW side faces the default sun (azimuth 315), its SE
    # side turns away from it.
    rows, cols = np.mgrid[0:60, 0:60]
    ridge = 300.0 - 5.0 * np.abs(rows + cols - 59).astype(np.float32)  # metres, 10 m cells
    shade = hillshade(ridge, 10.0, 10.0)
    towards_sun = shade[10, 10]  # north-west of the ridge line
    away = shade[49, 49]
    flat = hillshade(np.zeros((5, 5), np.float32), 10.0, 10.0)[2, 2]
    assert away < flat < towards_sun
    assert flat == pytest.approx(math.sin(math.radians(45)), abs=1e-6)


# --- rendering -----------------------------------------------------------------------------
def test_cells_show_the_ramp_colour_of_their_value(dem_layer: RasterLayer) -> None:
    dem_layer.update_style(vmin=10.0, vmax=180.0, ramp="viridis")
    view = native_view()
    image = render(dem_layer, view)
    for col, row in ((0, 0), (150, 100), (299, 199), (250, 10)):
        value = 10 + col * 0.5 + row * 0.1
        assert close(rgba_at(image, view, *centre(col, row)),
                     ramp_color(value, 10.0, 180.0, "viridis"))


def test_nodata_and_nan_cells_are_transparent(dem_layer: RasterLayer) -> None:
    view = native_view()
    image = render(dem_layer, view)
    assert rgba_at(image, view, *centre(30, 30))[3] == 0  # nodata block
    assert rgba_at(image, view, *centre(110, 30))[3] == 0  # NaN block
    assert rgba_at(image, view, *centre(60, 30))[3] == 255
    wide = Viewport(E0 + 1500, N0 - 1000, CELL, 400, 300)  # 500 m of map around it
    image = render(dem_layer, wide)
    assert rgba_at(image, wide, E0 - 50, N0 + 50)[3] == 0  # beyond the raster
    assert rgba_at(image, wide, E0 + 2990, N0 - 1990)[3] == 255  # its last cell


def test_high_dpi_screen_gets_the_same_colours(dem_layer: RasterLayer) -> None:
    dem_layer.update_style(vmin=0.0, vmax=200.0)
    view = native_view()
    image = render(dem_layer, view, dpr=2.0)
    assert (image.width(), image.height()) == (600, 400)
    for col, row in ((5, 5), (200, 150)):
        assert close(rgba_at(image, view, *centre(col, row)),
                     ramp_color(10 + col * 0.5 + row * 0.1, 0.0, 200.0))


def test_opacity_blends_with_the_map_below(dem_layer: RasterLayer) -> None:
    dem_layer.update_style(vmin=0.0, vmax=200.0, ramp="greys")
    dem_layer.opacity = 0.5
    view = native_view()
    layers = LayerList()
    layers.append(dem_layer)
    image = render_map(layers, view, background=QColor(255, 255, 255))
    value = 10 + 200 * 0.5 + 100 * 0.1
    grey = ramp_color(value, 0.0, 200.0, "greys")[0]
    assert close(rgba_at(image, view, *centre(200, 100))[:3], ((grey + 255) / 2,) * 3)


def test_rgb_imagery_shows_its_colours(tmp_path: Path) -> None:
    data = np.zeros((3, 100, 100), dtype=np.uint8)
    data[:, :50, :50] = np.array([200, 30, 40], np.uint8)[:, None, None]  # red NW quarter
    data[:, 50:, 50:] = np.array([20, 120, 220], np.uint8)[:, None, None]  # blue SE quarter
    data[:, :50, 50:] = np.array([0, 0, 0], np.uint8)[:, None, None]  # nodata NE quarter
    data[:, 50:, :50] = np.array([0, 250, 10], np.uint8)[:, None, None]  # red 0 is data
    path = write_raster(tmp_path / "rgb.tif", data, from_origin(E0, N0, CELL, CELL),
                        nodata=None)
    layer = RasterLayer(path, UTM)
    assert layer.mode == "rgb" and layer.legend()[0].label == "RGB"
    view = Viewport(E0 + 500, N0 - 500, CELL, 100, 100)
    image = render(layer, view)
    assert close(rgba_at(image, view, *centre(10, 10)), (200, 30, 40, 255))
    assert close(rgba_at(image, view, *centre(90, 90)), (20, 120, 220, 255))
    assert close(rgba_at(image, view, *centre(10, 90)), (0, 250, 10, 255))
    layer.rgb_bands = (3, 2, 1)
    image = render(layer, view)
    assert close(rgba_at(image, view, *centre(10, 10)), (40, 30, 200, 255))


def test_rgb_nodata_cells_are_transparent(tmp_path: Path) -> None:
    data = np.full((3, 40, 40), 90, dtype=np.uint8)
    data[:, :20] = 0
    path = write_raster(tmp_path / "rgb.tif", data, from_origin(E0, N0, CELL, CELL), nodata=0)
    layer = RasterLayer(path, UTM)
    view = Viewport(E0 + 200, N0 - 200, CELL, 40, 40)
    image = render(layer, view)
    assert rgba_at(image, view, *centre(5, 5))[3] == 0
    assert close(rgba_at(image, view, *centre(5, 30)), (90, 90, 90, 255))


def test_wgs84_raster_is_drawn_at_its_place_in_the_utm_map(tmp_path: Path) -> None:
    data = np.zeros((100, 100), dtype=np.float32)
    data[40, 60] = 1.0  # the cell around 103.0605 E, 12.8595 N
    path = write_raster(tmp_path / "ll.tif", data, from_origin(103.0, 12.9, 0.001, 0.001),
                        epsg=4326)
    layer = RasterLayer(path, UTM)
    layer.update_style(vmin=0.0, vmax=1.0, ramp="greys")
    x, y = Transformer.from_crs(4326, UTM, always_xy=True).transform(103.0605, 12.8595)
    view = Viewport(x, y, 10.0, 100, 100)  # 1 km around the point
    image = render(layer, view)
    assert close(rgba_at(image, view, x, y), (255, 255, 255, 255))
    assert close(rgba_at(image, view, x + 300, y + 300), (0, 0, 0, 255))
    extent = layer.extent()
    assert extent is not None and extent[0] < x < extent[2] and extent[1] < y < extent[3]


def test_hillshade_darkens_a_slope_turned_from_the_sun(tmp_path: Path) -> None:
    rows, cols = np.mgrid[0:100, 0:100]
    ridge = (300.0 - 3.0 * np.abs(rows + cols - 99)).astype(np.float32)  # SW-NE ridge
    path = write_raster(tmp_path / "ridge.tif", ridge, from_origin(E0, N0, CELL, CELL))
    layer = RasterLayer(path, UTM)
    layer.update_style(vmin=0.0, vmax=200.0, ramp="greys")
    view = Viewport(E0 + 500, N0 - 500, CELL, 100, 100)
    plain = render(layer, view)
    layer.hillshade = True
    shaded = render(layer, view)
    away, towards = centre(79, 79), centre(20, 20)  # SE and NW sides, both at 123 m
    assert rgba_at(plain, view, *away)[0] == pytest.approx(rgba_at(plain, view, *towards)[0],
                                                           abs=TOL)
    assert rgba_at(shaded, view, *away)[0] < rgba_at(shaded, view, *towards)[0] - 20
    assert rgba_at(shaded, view, *away)[0] < rgba_at(plain, view, *away)[0]


def test_cancelled_render_stops_and_restores_the_painter(dem_layer: RasterLayer) -> None:
    image = QImage(300, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setOpacity(0.7)
        done = render_raster_layer(painter, dem_layer, native_view(), antialias=True,
                                   cancelled=lambda: True)
        assert not done
        assert painter.opacity() == pytest.approx(0.7)
    finally:
        painter.end()
    assert image.pixelColor(150, 100).alpha() == 0


# --- the layer -----------------------------------------------------------------------------
def test_style_defaults_come_from_the_file(dem_layer: RasterLayer) -> None:
    values = dem_values()
    valid = values[(values != NODATA) & ~np.isnan(values)]
    assert dem_layer.mode == "ramp" and dem_layer.band == 1 and dem_layer.name == "dem"
    assert dem_layer.vmin == pytest.approx(np.percentile(valid, 2), abs=2)
    assert dem_layer.vmax == pytest.approx(np.percentile(valid, 98), abs=2)
    assert dem_layer.extent() == pytest.approx((E0, N0 - 2000, E0 + 3000, N0))


def test_legend_shows_the_ramp_range_with_units(dem_layer: RasterLayer) -> None:
    dem_layer.update_style(vmin=12.0, vmax=150.5, ramp="viridis")
    (entry,) = dem_layer.legend()
    assert entry.kind == "ramp"
    assert (entry.label, entry.label_end) == ("12 m", "150.5 m")
    assert entry.colors[0] == tuple(int(v) for v in ramp_lut("viridis")[0])


def test_style_changes_announce_a_redraw_once(dem_layer: RasterLayer) -> None:
    seen: list[RasterLayer] = []
    dem_layer.changed.connect(seen.append)
    dem_layer.ramp = "greys"
    dem_layer.ramp = "greys"  # no change, no redraw
    dem_layer.update_style(vmin=1.0, vmax=2.0, hillshade=True)
    assert len(seen) == 2


def test_refused_style_values_change_nothing(dem_layer: RasterLayer) -> None:
    with pytest.raises(RasterError, match="no band 3"):
        dem_layer.band = 3
    with pytest.raises(RasterError, match="RGB needs three"):
        dem_layer.mode = "rgb"
    with pytest.raises(RasterError, match="no colour ramp"):
        dem_layer.update_style(ramp="rainbow", hillshade=True)
    assert (dem_layer.band, dem_layer.mode, dem_layer.ramp, dem_layer.hillshade) == (
        1, "ramp", "terrain", False)


def test_config_round_trip(dem_layer: RasterLayer) -> None:
    dem_layer.update_style(ramp="ndvi", vmin=-1.0, vmax=1.0, hillshade=True)
    dem_layer.name = "Elevation"
    dem_layer.opacity = 0.4
    config = dem_layer.to_config()
    again = RasterLayer.from_config(config, UTM)
    try:
        assert again.to_config() == config
        assert again.kind == "raster" and again.path == dem_layer.path
    finally:
        again.close()


def test_missing_file_in_a_saved_project_says_what_to_do(dem_layer: RasterLayer,
                                                        tmp_path: Path) -> None:
    config = dem_layer.to_config()
    config["path"] = str(tmp_path / "moved" / "dem.tif")
    with pytest.raises(RasterError, match="of this project is missing") as info:
        RasterLayer.from_config(config, UTM)
    assert "dem.tif" in str(info.value)


def test_reload_sees_overviews_built_after_opening(tmp_path: Path) -> None:
    from metkasekor_desktop.io.raster_overviews import build_overviews

    data = np.zeros((600, 600), dtype=np.float32)
    path = write_raster(tmp_path / "big.tif", data, from_origin(E0, N0, CELL, CELL))
    layer = RasterLayer(path, UTM)
    seen: list[RasterLayer] = []
    layer.changed.connect(seen.append)
    assert layer.source.overview_factors == []
    build_overviews(path)
    layer.reload()
    assert layer.source.overview_factors == [2, 4] and seen == [layer]
    layer.close()
