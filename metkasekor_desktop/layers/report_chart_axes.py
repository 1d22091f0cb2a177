"""The pieces the season report's charts are built from: fonts, scales, ticks, text, legend.

Every size is in points turned into device pixels with the painter's device resolution,
so a chart drawn into a 300 dpi image or straight onto a PDF page has the same look on
paper. Text goes through the application font with the shipped Khmer face behind it
(:mod:`layers.fonts`), and its line height allows for Khmer's stacked consonants.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from metkasekor_desktop.layers.fonts import application_font, khmer_family
from metkasekor_desktop.layers.message_words import shown_number_text

CA_COLOUR = QColor("#2e7d32")  # as ui.charts_panel.CA_COLOUR: conservation agriculture
FP_COLOUR = QColor("#8d6e63")  # as ui.charts_panel.FP_COLOUR: farmer practice
INK = QColor(30, 30, 30)
MUTED = QColor(90, 90, 90)
GRID = QColor(225, 225, 225)
AXIS = QColor(120, 120, 120)
TEXT_PT = 8.0  # labels and legend
TICK_PT = 7.0
TITLE_PT = 9.5
MIN_FONT_SCALE = 0.55  # how far the fonts shrink in a small chart before text is elided
INCHES_PER_METRE = 39.37007874
DEFAULT_DPI = 96.0


def device_dpi(painter: QPainter) -> float:
    """The resolution the painter draws at (a QImage's dots per metre, a PDF writer's
    resolution); 96 when the device has none."""
    device = painter.device()
    dpi = float(device.logicalDpiY()) if device is not None else 0.0
    return dpi if dpi > 0 else DEFAULT_DPI


@dataclass(frozen=True)
class ChartText:
    """The fonts of one chart, sized for its device and its rectangle."""

    painter: QPainter
    text: QFont
    tick: QFont
    title: QFont
    khmer: str  # the shipped Khmer family, whose lines are taller than Latin ones

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.painter.device())

    def line(self, font: QFont) -> float:
        """The height of a line of ``font``, Khmer included (its subscripts go deeper
        than a Latin face's descent)."""
        khmer = QFont(self.khmer)
        khmer.setPixelSize(max(1, font.pixelSize()))
        return max(self.metrics(font).height(), self.metrics(khmer).height())

    def width(self, font: QFont, text: str) -> float:
        return self.metrics(font).horizontalAdvance(text)

    def elide(self, font: QFont, text: str, width: float) -> str:
        if self.width(font, text) <= width:
            return text
        return self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0))

    def draw(self, font: QFont, box: QRectF, text: str, align: Qt.AlignmentFlag,
             colour: QColor = INK) -> None:
        """``text`` in ``box``, elided to its width."""
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(box, int(align), self.elide(font, text, box.width()))


def chart_font(pixel_size: float, *, bold: bool = False) -> QFont:
    """The application font at ``pixel_size`` device pixels, Khmer from the shipped face."""
    font = application_font(QFont())
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def chart_text(painter: QPainter, rect: QRectF, font_pt: float = TEXT_PT) -> ChartText:
    """Fonts for a chart in ``rect``: ``font_pt`` points at the device's resolution,
    shrunk (down to MIN_FONT_SCALE) when the rectangle is too small for them."""
    px = font_pt * device_dpi(painter) / 72.0
    fit = min(rect.height() / 18.0, rect.width() / 28.0)
    px = min(px, max(fit, px * MIN_FONT_SCALE))
    return ChartText(painter, chart_font(px), chart_font(px * TICK_PT / TEXT_PT),
                     chart_font(px * TITLE_PT / TEXT_PT, bold=True), khmer_family())


# --- scales and ticks ----------------------------------------------------------------


@dataclass(frozen=True)
class LinearScale:
    """Data values ``lo``..``hi`` onto device coordinates ``start``..``end`` (for a y
    axis ``start`` is the bottom, so larger values are higher up)."""

    lo: float
    hi: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        span = self.hi - self.lo
        if span == 0:
            return (self.start + self.end) / 2
        return self.start + (value - self.lo) / span * (self.end - self.start)


@dataclass(frozen=True)
class ChartLayout:
    """Where a chart drew its data: the plot rectangle, its scales (None where the
    chart has no such axis or had no data to scale) and the centres of its rows (the
    y of each comparison row) or groups (the x of each group of bars)."""

    plot: QRectF
    x: LinearScale | None = None
    y: LinearScale | None = None
    centres: tuple[float, ...] = ()


def value_to_y(value: float, lo: float, hi: float, plot: QRectF) -> float:
    """The device y of ``value`` on a vertical axis from ``lo`` (bottom of ``plot``) to
    ``hi`` (its top)."""
    return LinearScale(lo, hi, plot.bottom(), plot.top())(value)


def value_to_x(value: float, lo: float, hi: float, plot: QRectF) -> float:
    """The device x of ``value`` on a horizontal axis from ``lo`` (left) to ``hi``."""
    return LinearScale(lo, hi, plot.left(), plot.right())(value)


def nice_step(span: float, most: int = 6) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving at most ``most`` steps."""
    if not span > 0 or not math.isfinite(span):
        return 1.0
    raw = span / max(most, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if factor * power >= raw * (1 - 1e-9):
            return factor * power
    return 10.0 * power


def nice_ticks(lo: float, hi: float, most: int = 6) -> list[float]:
    """Round values from ``lo`` to ``hi`` inclusive, multiples of :func:`nice_step`."""
    step = nice_step(hi - lo, most)
    first = math.ceil(lo / step - 1e-9)
    last = math.floor(hi / step + 1e-9)
    return [round(k * step, 10) for k in range(first, last + 1)]


def nice_range(lo: float, hi: float, most: int = 6) -> list[float]:
    """Ticks from a round value at or below ``lo`` to one at or above ``hi`` (both
    multiples of one step), for an axis that must show everything from lo to hi."""
    if not hi > lo:
        hi = lo + 1.0
    step = nice_step(hi - lo, most)
    first = math.floor(lo / step + 1e-9)
    last = math.ceil(hi / step - 1e-9)
    return [round(k * step, 10) for k in range(first, last + 1)]


def nice_top(value: float, most: int = 6) -> float:
    """The first tick at or above ``value`` (1 when there is nothing to show)."""
    if not value > 0:
        return 1.0
    step = nice_step(value, most)
    return math.ceil(value / step - 1e-9) * step


def format_tick(value: float, step: float) -> str:
    """A tick value with as many decimals as the step needs, thousands grouped."""
    decimals = 0
    while decimals < 6 and step > 0 and abs(step * 10**decimals
                                            - round(step * 10**decimals)) > 1e-6:
        decimals += 1
    text = f"{value:,.{decimals}f}"
    return shown_number_text("0" if text.strip("-0.,") == "" else text)


# --- axes and legend ---------------------------------------------------------------


def draw_y_axis(text: ChartText, plot: QRectF, scale: LinearScale, ticks: Sequence[float],
                grid: bool = True) -> None:
    """Tick labels left of ``plot``, light grid lines across it and the axis line."""
    painter = text.painter
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    height = text.line(text.tick)
    gap = height * 0.3
    for value in ticks:
        y = scale(value)
        if grid:
            painter.setPen(QPen(GRID, 0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        box = QRectF(plot.left() - 40 * height, y - height / 2, 40 * height - gap, height)
        text.draw(text.tick, box, format_tick(value, step),
                  Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, MUTED)
    painter.setPen(QPen(AXIS, 0))
    painter.drawLine(plot.bottomLeft(), plot.topLeft())


def y_tick_width(text: ChartText, ticks: Sequence[float]) -> float:
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    widest = max((text.width(text.tick, format_tick(v, step)) for v in ticks), default=0.0)
    return widest + text.line(text.tick) * 0.3


def draw_rotated_label(text: ChartText, centre: QPointF, label: str, length: float) -> None:
    """An axis title turned a quarter left (read bottom to top), centred on ``centre``."""
    painter = text.painter
    height = text.line(text.text)
    painter.save()
    painter.translate(centre)
    painter.rotate(-90)
    text.draw(text.text, QRectF(-length / 2, -height / 2, length, height), label,
              Qt.AlignmentFlag.AlignCenter)
    painter.restore()


def legend_height(text: ChartText, entries: Sequence[tuple[str, Callable]], width: float
                  ) -> float:
    """The height :func:`draw_legend` needs for ``entries`` in ``width``."""
    return len(_legend_rows(text, entries, width)) * text.line(text.text)


def draw_legend(text: ChartText, box: QRectF,
                entries: Sequence[tuple[str, Callable[[QPainter, QRectF], None]]]) -> None:
    """A legend in rows across ``box``, centred: each entry a sample drawn by its
    callable into a small square, then its label. Rows wrap where the width ends."""
    line = text.line(text.text)
    for n, row in enumerate(_legend_rows(text, entries, box.width())):
        total = sum(w for w, _ in row)
        x = box.left() + max(0.0, (box.width() - total) / 2)
        y = box.top() + n * line
        for w, (label, sample) in row:
            swatch = QRectF(x, y + line * 0.2, line * 1.6, line * 0.6)
            text.painter.save()
            sample(text.painter, swatch)
            text.painter.restore()
            label_box = QRectF(x + line * 1.9, y, w - line * 2.6, line)
            text.draw(text.text, label_box, label,
                      Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            x += w


def _legend_rows(text: ChartText, entries: Sequence[tuple[str, Callable]], width: float
                 ) -> list[list[tuple[float, tuple[str, Callable]]]]:
    line = text.line(text.text)
    rows: list[list[tuple[float, tuple[str, Callable]]]] = []
    used = width + 1
    for entry in entries:
        w = min(line * 2.6 + text.width(text.text, entry[0]), width)
        if used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append((w, entry))
        used += w
    return rows


def chart_image(draw: Callable[[QPainter, QRectF], object], width_px: int, height_px: int,
                dpi: float = 300.0) -> QImage:
    """A white ``width_px`` x ``height_px`` image at ``dpi`` (set as dots per metre, so
    text in points has its printed size) with ``draw(painter, rect)`` drawn into it."""
    image = QImage(int(width_px), int(height_px), QImage.Format.Format_ARGB32_Premultiplied)
    dots = round(dpi * INCHES_PER_METRE)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        draw(painter, QRectF(0, 0, width_px, height_px))
    finally:
        painter.end()
    return image
