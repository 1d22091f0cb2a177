"""Scale bar, north arrow, attribution and legend: right numbers, drawn where they belong."""

from __future__ import annotations

import math

import pyproj
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTextLayout

from metkasekor_desktop.domain.geometry import transform_xy
from metkasekor_desktop.layers import decorations as deco
from metkasekor_desktop.layers.legend import LegendEntry
from metkasekor_desktop.layers.viewport import Viewport

GREEN = QColor(120, 160, 120)  # a map-like background that is neither black nor white


def _image(width: int = 400, height: int = 300, color: QColor = GREEN) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(color)
    return image


def _dark(image: QImage, x: int, y: int) -> bool:
    c = image.pixelColor(x, y)
    return c.red() + c.green() + c.blue() < 200


def _ink(image: QImage, rect: QRectF, background: QColor = GREEN) -> int:
    bg = background.rgb()
    return sum(
        image.pixel(x, y) != bg
        for y in range(max(0, int(rect.top())), min(image.height(), int(rect.bottom())))
        for x in range(max(0, int(rect.left())), min(image.width(), int(rect.right())))
    )


@pytest.mark.parametrize(
    ("units_per_pixel", "max_px", "length_m", "label"),
    [
        (2.3, 150, 200.0, "200 m"),  # 345 m fit: the longest 1/2/5 below is 200 m
        (1.0, 150, 100.0, "100 m"),
        (1.0, 500, 500.0, "500 m"),  # exactly the room available
        (10.0, 150, 1000.0, "1 km"),
        (20.0, 150, 2000.0, "2 km"),
        (40.0, 150, 5000.0, "5 km"),
        (400.0, 150, 50000.0, "50 km"),
        (0.003, 150, 0.2, "0.2 m"),
    ],
)
def test_nice_scale_bar_picks_the_longest_round_length_that_fits(
    units_per_pixel, max_px, length_m, label
):
    metres, pixels, text = deco.nice_scale_bar(units_per_pixel, max_px)

    assert metres == pytest.approx(length_m)
    assert text == label
    assert pixels == pytest.approx(length_m / units_per_pixel)
    assert pixels <= max_px + 1e-9


def test_nice_scale_bar_is_never_shorter_than_two_fifths_of_the_room():
    for step in range(1, 400):
        upp = 0.05 * 1.037**step
        _, pixels, _ = deco.nice_scale_bar(upp, 150)
        assert 0.4 * 150 - 1e-9 <= pixels <= 150 + 1e-9


def test_nice_scale_bar_refuses_a_zero_resolution():
    with pytest.raises(ValueError):
        deco.nice_scale_bar(0.0, 150)


def test_scale_bar_of_a_map_in_degrees_measures_the_ground():
    # 1e-5 degrees per pixel at 13 N is about 1.08 m east-west on the ground.
    view = Viewport(103.0, 13.0, 1e-5, 800, 600)
    per_unit = deco.ground_metres_per_unit(view, 4326)

    assert per_unit == pytest.approx(111_320 * math.cos(math.radians(13.0)), rel=0.01)
    metres, pixels, label = deco.nice_scale_bar(1e-5, 150, metres_per_unit=per_unit)
    assert (metres, label) == (100.0, "100 m")
    assert pixels == pytest.approx(100 / (1e-5 * per_unit))


def _utm_view(lon: float, lat: float) -> Viewport:
    x, y = transform_xy(lon, lat, 4326, 32648)
    return Viewport(x, y, 10.0, 800, 600)


def test_north_is_straight_up_on_the_central_meridian_of_utm_48n():
    assert deco.north_angle(_utm_view(105.0, 13.0), 32648) == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize("lon", [102.5, 107.2])
def test_north_angle_is_the_grid_convergence_turned_clockwise(lon):
    expected = -pyproj.Proj(32648).get_factors(lon, 13.0).meridian_convergence

    angle = deco.north_angle(_utm_view(lon, 13.0), 32648)

    assert angle == pytest.approx(expected, abs=1e-3)
    if lon < 105:  # west of the central meridian true north leans to the right (east)
        assert 0.5 < angle < 0.6
    else:
        assert angle < 0


def test_north_is_up_on_a_map_in_degrees():
    assert deco.north_angle(Viewport(104.0, 12.0, 1e-4, 100, 100), 4326) == 0.0


def test_scale_bar_is_as_long_as_its_label_says(qapp):
    image = _image()
    view = Viewport(300_000, 1_420_000, 2.3, 400, 300)
    painter = QPainter(image)
    box = deco.draw_scale_bar(painter, QPointF(20, 280), view, 150, deco.decoration_font(12))
    painter.end()

    _, length_px, _ = deco.nice_scale_bar(2.3, 150)
    row = 277  # through the middle of the bar, just above the anchor
    # Inside the light box, anything darker than the box is the bar; the outline may be
    # antialiased over two pixels, so grey counts.
    inside = range(int(box.left()) + 2, int(box.right()) - 1)
    dark = [x for x in inside if image.pixelColor(x, row).lightness() < 200]
    assert dark[0] == pytest.approx(20, abs=1.5)
    assert dark[-1] == pytest.approx(20 + length_px, abs=1.5)
    # Black and white segments alternate along the bar.
    seg = length_px / 4
    assert _dark(image, round(20 + seg * 0.5), row)
    assert image.pixelColor(round(20 + seg * 1.5), row).lightness() > 230
    # The label is drawn above the bar, inside a light box.
    assert box.contains(QPointF(20 + length_px / 2, 265))
    assert _ink(image, QRectF(box.left(), box.top(), box.width(), 280 - box.top() - 6)) > 50


@pytest.mark.parametrize(("angle", "n_offset"), [(0.0, (0.0, -1.0)), (90.0, (1.0, 0.0))])
def test_north_arrow_points_and_puts_its_n_toward_north(qapp, angle, n_offset):
    size = 100
    centre = QPointF(150, 150)
    image = _image(300, 300)
    painter = QPainter(image)
    deco.draw_north_arrow(painter, centre, size, angle)
    painter.end()

    # The "N" sits beyond the tip: 0.375 of the size from the centre, toward north.
    nx = centre.x() + n_offset[0] * 0.375 * size
    ny = centre.y() + n_offset[1] * 0.375 * size
    assert _ink(image, QRectF(nx - 8, ny - 8, 16, 16)) > 30
    ox = centre.x() - n_offset[1] * 0.375 * size  # a quarter turn away: nothing there
    oy = centre.y() + n_offset[0] * 0.375 * size
    assert _ink(image, QRectF(ox - 8, oy - 8, 16, 16)) == 0
    # The black half of the arrow is on its left (west when north is up), the white
    # half on its right: points given across the arrow, turned with it.
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))

    def turned(ax: float, ay: float) -> tuple[int, int]:
        return (round(centre.x() + ax * cos - ay * sin), round(centre.y() + ax * sin + ay * cos))

    assert _dark(image, *turned(-0.04 * size, 0.1 * size))
    assert image.pixelColor(*turned(0.04 * size, 0.1 * size)).lightness() > 230


def test_attribution_sits_in_the_bottom_right_corner(qapp):
    image = _image()
    rect = QRectF(0, 0, 390, 290)
    painter = QPainter(image)
    box = deco.draw_attribution(painter, rect, "© OpenStreetMap contributors")
    painter.end()

    assert box.right() == pytest.approx(rect.right())
    assert box.bottom() == pytest.approx(rect.bottom())
    assert box.width() < rect.width() / 2
    assert _ink(image, box) > 100
    assert _ink(image, QRectF(0, 0, 390, box.top() - 1)) == 0


def test_attribution_without_text_draws_nothing(qapp):
    image = _image()
    painter = QPainter(image)
    box = deco.draw_attribution(painter, QRectF(0, 0, 390, 290), "  ")
    painter.end()

    assert box.isEmpty()
    assert _ink(image, QRectF(0, 0, 400, 300)) == 0


KHMER_LABEL = "ការធ្វើបាតុកម្ម"
DEMO = LegendEntry("Demonstration", fill=(46, 158, 68, 255), stroke=(20, 80, 30, 255))
RAMP = LegendEntry("0 m", kind="ramp", colors=((0, 0, 255, 255), (255, 0, 0, 255)),
                   label_end="300 m")


def _entries() -> list[LegendEntry]:
    return [
        LegendEntry("Plots", kind="text"),
        DEMO,
        LegendEntry(KHMER_LABEL, fill=(230, 140, 30, 255), stroke=(120, 70, 10, 255)),
        LegendEntry("Elevation", kind="text"),
        RAMP,
    ]


def _colour_found(image: QImage, rect: QRectF, rgb: tuple[int, int, int], tol: int = 6) -> bool:
    for y in range(int(rect.top()), int(rect.bottom())):
        for x in range(int(rect.left()), int(rect.right())):
            c = image.pixelColor(x, y)
            if max(abs(c.red() - rgb[0]), abs(c.green() - rgb[1]),
                   abs(c.blue() - rgb[2])) <= tol:
                return True
    return False


def test_legend_draws_swatches_and_ramp_in_the_planned_box(qapp):
    font = deco.decoration_font(13)
    entries = _entries()
    planned = deco.legend_size(entries, font, 260, "Legend")
    image = _image()
    painter = QPainter(image)
    drawn = deco.draw_legend(painter, QPointF(10, 10), entries, "Legend", font, 260)
    painter.end()

    assert drawn.size() == planned
    assert drawn.topLeft() == QPointF(10, 10)
    assert drawn.width() <= 260
    assert _colour_found(image, drawn, (46, 158, 68))
    assert _colour_found(image, drawn, (230, 140, 30))
    # The ramp runs from blue to red.
    assert _colour_found(image, drawn, (0, 0, 255), tol=40)
    assert _colour_found(image, drawn, (255, 0, 0), tol=40)
    # Nothing is drawn outside the box.
    assert _ink(image, QRectF(drawn.right() + 2, 0, 400, 300)) == 0
    assert _ink(image, QRectF(0, drawn.bottom() + 2, 400, 300)) == 0


def test_legend_wraps_long_labels_within_its_width(qapp):
    font = deco.decoration_font(13)
    long = LegendEntry("Farmer field under conservation agriculture " * 3,
                       fill=(200, 200, 200, 255))
    narrow = deco.legend_size([long], font, 160)
    one = deco.legend_size([DEMO], font, 160)

    assert narrow.width() <= 160
    assert narrow.height() > 2 * one.height() - 1


def test_khmer_legend_labels_use_real_glyphs(qapp):
    font = deco.decoration_font(13)
    layout = QTextLayout(KHMER_LABEL, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()

    assert {run.rawFont().familyName() for run in runs} == {"Noto Sans Khmer"}
    assert all(index != 0 for run in runs for index in run.glyphIndexes())
