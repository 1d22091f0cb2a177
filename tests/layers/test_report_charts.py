"""The season report's charts, drawn offscreen into images and checked pixel by pixel."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter, QTextLayout

from metkasekor_desktop.analysis.diffusion import AreaUptake, YearUptake, area_diffusion
from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow
from metkasekor_desktop.layers import report_charts as rc
from metkasekor_desktop.layers.report_chart_axes import (
    chart_text,
    format_tick,
    nice_range,
    nice_ticks,
    nice_top,
)

KHMER_DISTRICTS = ["ស្រុកបាត់ដំបង", "ស្រុកសង្កែ", "ស្រុកថ្មគោល", "ស្រុករតនមណ្ឌល"]
W, H = 1500, 1000
BAND_ON_WHITE = QColor(*(round(c * rc.BAND_ALPHA / 255 + 255 * (1 - rc.BAND_ALPHA / 255))
                         for c in (0x2e, 0x7d, 0x32)))
INSET = QRectF(60, 50, 1300, 850)  # the chart's rectangle inside a larger image


def uptake(cumulative: list[int], area: str = "0201", start: int = 2019,
           farmers: int = 60) -> AreaUptake:
    years = tuple(YearUptake(area, start + i, c, c - (cumulative[i - 1] if i else 0), c)
                  for i, c in enumerate(cumulative))
    last = start + len(cumulative) - 1 if cumulative else None
    return AreaUptake(area, "district", farmers, (), years, last)


@pytest.fixture
def fitted():
    result = area_diffusion(uptake([2, 6, 13, 24, 40, 61]), 400)
    assert result.fit.identifiable and result.tipping.year == 2025
    return result


@pytest.fixture
def too_few():
    result = area_diffusion(uptake([0, 0, 3, 7]), 300)
    assert not result.fit.identifiable and result.fit.reason_key == "few_years"
    return result


def row(measure: str, ca: float, fp: float, low: float, high: float,
        p: float = 0.05) -> ComparisonRow:
    return ComparisonRow("Trial", "Wet 2024", measure, "t/ha", 6, ca, fp, ca - fp, low,
                         high, p, ca / fp if fp else math.nan)


ROWS = [row("Yield maize", 5.2, 4.6, 0.2, 1.0, 0.012),       # +13 %, CI +4 to +22 %
        row("Labour maize", 30.0, 42.0, -16.0, -8.0, 0.0004),  # -29 %, CI -38 to -19 %
        row("Gross margin maize", 1.2e6, -2e5, 0.0, 2e6),      # no positive FP mean
        row("Soil organic carbon (0-10 cm)", 1.32, 1.25, -0.05, 0.19, 0.31)]


def render(draw, width: int = W, height: int = H, dpi: float = 300.0):
    """The image and whatever ``draw`` returned."""
    out = {}

    def keep(painter, rect):
        out["layout"] = draw(painter, rect)

    image = rc.chart_image(keep, width, height, dpi)
    return image, out.get("layout")


def rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), np.uint8)
    raw = raw.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, :image.width()]
    return raw[:, :, [2, 1, 0]].astype(int)  # BGRA in memory on little-endian


def near(pixels: np.ndarray, colour: QColor, tolerance: int = 40) -> np.ndarray:
    target = np.array([colour.red(), colour.green(), colour.blue()])
    return np.abs(pixels - target).max(axis=-1) <= tolerance


def not_white(pixels: np.ndarray) -> np.ndarray:
    return pixels.min(axis=-1) < 245


def white_outside(image: QImage, rect: QRectF) -> bool:
    mask = not_white(rgb(image))
    inside = np.zeros_like(mask)
    inside[math.floor(rect.top()):math.ceil(rect.bottom()),
           math.floor(rect.left()):math.ceil(rect.right())] = True
    return not (mask & ~inside).any()


def inset(draw):
    return lambda painter, _rect: draw(painter, INSET)


# --- axes ---------------------------------------------------------------------------


def test_value_to_y_maps_the_range_onto_the_plot_bottom_up():
    plot = QRectF(10, 20, 100, 200)
    assert rc.value_to_y(0, 0, 100, plot) == 220
    assert rc.value_to_y(100, 0, 100, plot) == 20
    assert rc.value_to_y(25, 0, 100, plot) == 170
    assert rc.value_to_x(50, -100, 100, plot) == 85


def test_ticks_are_round_and_formatted_with_the_decimals_their_step_needs():
    assert nice_ticks(0, 400) == [0, 100, 200, 300, 400]
    assert nice_top(61) == 80
    assert nice_range(-5, 40) == [-10, 0, 10, 20, 30, 40]
    assert nice_range(0, 0) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert nice_ticks(0, 2.5, 5) == [0, 0.5, 1.0, 1.5, 2.0, 2.5]
    assert format_tick(2.5, 2.5) == "2.5"
    assert format_tick(12000, 2000) == "12,000"
    assert format_tick(-0.0, 0.5) == "0"


def test_chart_image_is_white_at_the_asked_resolution(qapp):
    image = rc.chart_image(lambda p, r: None, 200, 100, 300)
    assert (image.width(), image.height()) == (200, 100)
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    assert not not_white(rgb(image)).any()


def test_chart_fonts_shape_khmer_with_the_shipped_face(qapp):
    image = rc.chart_image(lambda p, r: None, 10, 10, 300)
    painter = QPainter(image)
    font = chart_text(painter, QRectF(0, 0, 1000, 600)).text
    painter.end()
    layout = QTextLayout(KHMER_DISTRICTS[0], font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert {run.rawFont().familyName() for run in runs} == {"Noto Sans Khmer"}
    assert all(index != 0 for run in runs for index in run.glyphIndexes())


# --- diffusion ----------------------------------------------------------------------


def test_the_tipping_line_lies_at_the_threshold_share_of_the_target(qapp, fitted):
    image, layout = render(lambda p, r: rc.draw_diffusion(p, r, fitted))
    pixels = rgb(image)
    red = near(pixels, rc.TIPPING_COLOUR, 60)
    plot = layout.plot
    columns = slice(math.ceil(plot.left()), math.floor(plot.right()))
    share = red[:, columns].mean(axis=1)  # of each row, the red part across the plot
    rows = np.flatnonzero(share > 0.3)
    expected = layout.y(fitted.tipping.threshold * fitted.fit.market_potential)
    assert len(rows) and abs(rows.mean() - expected) <= 1.5
    assert rows.max() - rows.min() <= 6  # a line, not the labels near it
    # the target population: a grey line at m, the top of the axis here
    grey = near(pixels, rc.TARGET_COLOUR, 25)[:, columns].mean(axis=1)
    target = np.flatnonzero(grey > 0.5)
    assert len(target) and abs(target.mean() - layout.y(400)) <= 1.5


def test_the_projected_tipping_year_is_marked_by_a_drop_to_the_axis(qapp, fitted):
    image, layout = render(lambda p, r: rc.draw_diffusion(p, r, fitted))
    red = near(rgb(image), rc.TIPPING_COLOUR, 60)
    x = round(layout.x(2025))
    top = round(layout.y(fitted.tipping.threshold * 400)) + 15
    column = red[top:round(layout.plot.bottom()), x - 2:x + 3].any(axis=1)
    assert 0.3 < column.mean() < 0.9  # dashed
    elsewhere = round(layout.x(2021))  # no drop at another year
    assert not red[top:round(layout.plot.bottom()) - 60, elsewhere - 2:elsewhere + 3].any()


def test_the_data_points_and_fit_are_drawn_where_the_scales_put_them(qapp, fitted):
    image, layout = render(lambda p, r: rc.draw_diffusion(p, r, fitted))
    pixels = rgb(image)
    for year, n in zip(*fitted.uptake.observed_years(), strict=True):
        x, y = round(layout.x(year)), round(layout.y(n))
        assert near(pixels[y - 3:y + 4, x - 3:x + 4], rc.DATA_COLOUR, 30).any()
    # the band is shaded around the projection (pale green between its edges)
    point = fitted.fit.point(2030)
    x, y = round(layout.x(2030) + 15), round(layout.y((point.fitted + point.high) / 2))
    assert 170 < pixels[y, x][1] < 245 and pixels[y, x][0] < pixels[y, x][1]


def test_too_few_seasons_draws_the_labels_words_instead_of_a_fit(qapp, too_few):
    words = rc.DiffusionLabels(too_few="Only {years} years; {needed} needed")
    with_words, layout = render(lambda p, r: rc.draw_diffusion(p, r, too_few, words))
    silent, _ = render(lambda p, r: rc.draw_diffusion(
        p, r, too_few, rc.DiffusionLabels(too_few="")))
    differ = np.flatnonzero((rgb(with_words) != rgb(silent)).any(axis=(1, 2)))
    plot = layout.plot
    assert len(differ)  # the words are drawn ...
    middle = plot.top() + 0.3 * plot.height()  # ... in the plot, nothing else changes
    assert plot.top() < differ.min() and differ.max() < middle + 0.15 * plot.height()
    # no band: its pale green shows only in antialiased edges of the data's line
    assert near(rgb(with_words), BAND_ON_WHITE, 4).sum() < 300


def test_the_band_is_shaded_when_there_is_a_fit(qapp, fitted):
    image, _ = render(lambda p, r: rc.draw_diffusion(p, r, fitted))
    assert near(rgb(image), BAND_ON_WHITE, 4).sum() > 5000


def test_no_data_draws_the_no_data_words_without_raising(qapp):
    empty = area_diffusion(uptake([]), 100)
    image, layout = render(lambda p, r: rc.draw_diffusion(
        p, r, empty, rc.DiffusionLabels(title="", no_data="Nothing yet")))
    assert layout.x is None and layout.y is None
    mask = not_white(rgb(image))
    assert mask.any()
    rows = np.flatnonzero(mask.any(axis=1))
    assert abs((rows.min() + rows.max()) / 2 - H / 2) < 30  # centred
    blank, _ = render(lambda p, r: rc.draw_diffusion(
        p, r, empty, rc.DiffusionLabels(title="", no_data="")))
    assert not not_white(rgb(blank)).any()


@pytest.mark.parametrize("kind", ["fitted", "too_few"])
def test_diffusion_stays_inside_its_rectangle(qapp, kind, request):
    area = request.getfixturevalue(kind)
    image, _ = render(inset(lambda p, r: rc.draw_diffusion(
        p, r, area, rc.DiffusionLabels(title=KHMER_DISTRICTS[0]))))
    assert not_white(rgb(image)).any()
    assert white_outside(image, INSET)


def test_small_multiples_put_one_panel_per_area_in_a_grid(qapp, fitted, too_few):
    areas = [fitted, too_few, fitted]
    image, layouts = render(inset(lambda p, r: rc.draw_small_multiples(
        p, r, areas, columns=2, titles=KHMER_DISTRICTS)), 1500, 1500)
    assert len(layouts) == 3
    plots = [lay.plot for lay in layouts]
    assert plots[0].right() < plots[1].left()  # side by side
    assert plots[0].bottom() < plots[2].top()  # the third on the next row
    assert not any(a.intersects(b) for n, a in enumerate(plots) for b in plots[n + 1:])
    assert all(INSET.contains(p) for p in plots)
    assert white_outside(image, INSET)
    image, layouts = render(lambda p, r: rc.draw_small_multiples(p, r, []))
    assert layouts == [] and not_white(rgb(image)).any()


# --- trial comparison ---------------------------------------------------------------


def test_comparison_percent_is_the_response_ratio_and_scaled_ci():
    mean, low, high = rc.comparison_percent(ROWS[0])
    assert mean == pytest.approx((5.2 / 4.6 - 1) * 100)
    assert (low, high) == pytest.approx((0.2 / 4.6 * 100, 1.0 / 4.6 * 100))
    assert rc.comparison_percent(ROWS[2]) is None


def longest_run(flags: np.ndarray) -> tuple[int, int]:
    best, start, out = 0, None, (0, -1)
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if i - start > best:
                best, out = i - start, (start, i - 1)
            start = None
    return out


def test_comparison_whiskers_span_the_ci_and_bars_sit_on_their_side(qapp):
    image, layout = render(lambda p, r: rc.draw_comparison(p, r, ROWS))
    pixels = rgb(image)
    zero = layout.x(0.0)
    assert len(layout.centres) == len(ROWS)
    for data, centre in zip(ROWS, layout.centres, strict=True):
        line = pixels[round(centre) + 6]  # beside the whisker, through the bar
        shown = rc.comparison_percent(data)
        green = np.flatnonzero(near(line, rc.CA_COLOUR, 20))
        brown = np.flatnonzero(near(line, rc.FP_COLOUR, 20))
        if shown is None:  # nothing to draw on the % scale
            assert not len(green) and not len(brown)
            continue
        mean, low, high = shown
        whisker = pixels[round(centre)].max(axis=-1) < 80
        left, right = longest_run(whisker)
        assert abs(left - layout.x(low)) <= 3 and abs(right - layout.x(high)) <= 3
        if mean < 0:
            assert len(brown) and not len(green) and brown.max() < zero
            assert abs(brown.min() - layout.x(mean)) <= 2
        else:
            assert len(green) and not len(brown) and green.min() > zero
            assert abs(green.max() - layout.x(mean)) <= 2
    # the zero line runs down the whole plot
    column = pixels[round(layout.plot.top()):round(layout.plot.bottom()), round(zero)]
    assert (column.max(axis=-1) < 80).mean() > 0.95


def test_comparison_stays_inside_its_rectangle_and_empty_says_so(qapp):
    names = [f"{KHMER_DISTRICTS[n % 4]} {n}" * 3 for n in range(len(ROWS))]
    image, _ = render(inset(lambda p, r: rc.draw_comparison(p, r, ROWS, names=names)))
    assert white_outside(image, INSET)
    image, layout = render(lambda p, r: rc.draw_comparison(p, r, []))
    assert layout.x is None and not_white(rgb(image)).any()


# --- grouped bars -------------------------------------------------------------------

SERIES = [("This season", [34.0, 12.0, -5.0, 8.0], QColor("#2e7d32")),
          ("A year earlier", [20.0, 10.0, 30.0, math.nan], QColor("#8d6e63"))]


def test_bars_reach_their_values_on_the_value_axis(qapp):
    image, layout = render(lambda p, r: rc.draw_bars(
        p, r, KHMER_DISTRICTS, SERIES, rc.BarLabels(title="Plots", value_axis="Plots")))
    pixels = rgb(image)
    group = layout.plot.width() / len(KHMER_DISTRICTS)
    bar = group * 0.8 / len(SERIES)
    zero = layout.y(0.0)
    for k, (_name, values, colour) in enumerate(SERIES):
        for centre, value in zip(layout.centres, values, strict=True):
            x = round(centre - group * 0.4 + (k + 0.46) * bar)
            column = np.flatnonzero(near(pixels[:, x], colour, 10))
            if math.isnan(value):
                assert not len(column)
                continue
            end = layout.y(value)
            assert abs(column.min() - min(end, zero)) <= 1.5
            assert abs(column.max() + 1 - max(end, zero)) <= 1.5


def test_bars_with_long_khmer_names_stay_inside_their_rectangle(qapp):
    long_names = [name * 3 for name in KHMER_DISTRICTS] * 3
    series = [(n, v * 3, c) for n, v, c in SERIES]
    for width, height in ((1500, 1000), (700, 600)):
        def draw(p, r, w=width, h=height):
            return rc.draw_bars(p, QRectF(40, 30, w - 80, h - 60), long_names, series)
        image, layout = render(draw, width, height)
        assert white_outside(image, QRectF(40, 30, width - 80, height - 60))
        below = not_white(rgb(image))[round(layout.plot.bottom()) + 3:height - 30]
        assert below.any()  # the category names are drawn under the plot


def test_bars_without_data_draw_the_no_data_words(qapp):
    image, layout = render(lambda p, r: rc.draw_bars(p, r, [], [], rc.BarLabels()))
    assert layout.y is None and not_white(rgb(image)).any()
    image, layout = render(lambda p, r: rc.draw_bars(
        p, r, ["a"], [("s", [math.nan], QColor("red"))], rc.BarLabels(no_data="")))
    assert layout.y is None and not not_white(rgb(image)).any()


# --- onto a PDF page ----------------------------------------------------------------


def test_charts_draw_straight_onto_a_pdf_page(qapp, tmp_path, fitted):
    path = tmp_path / "charts.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        half = page.height() / 3
        rc.draw_diffusion(painter, QRectF(0, 0, page.width(), half), fitted)
        rc.draw_comparison(painter, QRectF(0, half, page.width(), half), ROWS)
        rc.draw_bars(painter, QRectF(0, 2 * half, page.width(), half), KHMER_DISTRICTS,
                     SERIES)
    finally:
        painter.end()
    assert path.stat().st_size > 5_000
