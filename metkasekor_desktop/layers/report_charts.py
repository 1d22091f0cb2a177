"""Charts of the season report, drawn with a QPainter into a rectangle.

The same code draws into a QImage (:func:`chart_image`) or straight onto a PDF page.
The diffusion chart shows what ``ui.diffusion_chart`` shows in the window, in the same
colours; the trial comparison and the grouped bars are in :mod:`report_chart_bars`.
Every visible word comes in through a label set, already in the reader's language; the
English defaults are for tests and scripts. Each function returns the layout it drew
with (the plot rectangle and its scales), so a caller or a test can place things on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from metkasekor_desktop.analysis.bass import MIN_FIT_YEARS, REGISTER_FARMERS
from metkasekor_desktop.analysis.diffusion import AreaDiffusion
from metkasekor_desktop.layers.message_words import shown_number_text
from metkasekor_desktop.layers.report_chart_axes import (
    CA_COLOUR,
    FP_COLOUR,
    MUTED,
    TEXT_PT,
    ChartLayout,
    ChartText,
    LinearScale,
    chart_image,
    chart_text,
    draw_legend,
    draw_rotated_label,
    draw_y_axis,
    legend_height,
    nice_range,
    value_to_x,
    value_to_y,
    y_tick_width,
)
from metkasekor_desktop.layers.report_chart_bars import (
    BarLabels,
    ComparisonLabels,
    comparison_percent,
    draw_bars,
    draw_comparison,
)

__all__ = [
    "BAND_ALPHA", "CA_COLOUR", "DATA_COLOUR", "FP_COLOUR", "TARGET_COLOUR", "TIPPING_COLOUR",
    "BarLabels", "ChartLayout", "ComparisonLabels", "DiffusionLabels", "LinearScale",
    "chart_image", "comparison_percent", "draw_bars", "draw_comparison", "draw_diffusion",
    "draw_small_multiples", "value_to_x", "value_to_y",
]

DATA_COLOUR = QColor("#a5d6a7")  # as ui.diffusion_chart.BAR_COLOUR: farmers adopted
TIPPING_COLOUR = QColor("#c62828")  # as ui.diffusion_chart.TIPPING_COLOUR
TARGET_COLOUR = QColor(110, 110, 110)
BAND_ALPHA = 60  # of the band's fill, out of 255, as in the window
HALO = QColor(255, 255, 255, 210)
NO_TARGET_KEYS = ("no_market", "above_market")  # BassFit.reason_key: a missing target


@dataclass(frozen=True)
class DiffusionLabels:
    """The words of a diffusion chart. ``title`` may hold {area}; ``target``,
    ``register`` and ``tipping`` hold {m}, {share} and {n}; the year labels {year};
    ``too_few`` may hold {years} (years with adoption) and {needed} (years the fit needs)."""

    title: str = "{area}"
    year: str = "Year"
    farmers: str = "Farmers"
    adopters: str = "Farmers who have adopted"
    fit: str = "Bass model"
    projection: str = "Projection"
    band: str = "95 % band"
    target: str = "Target population: {m} farm households"
    register: str = "Farmers in the register: {m}"
    tipping: str = "Tipping point: {share} of {m} = {n} farmers"
    tipping_year: str = "Tipping point expected in {year}"
    tipping_passed: str = "Tipping point passed in {year}"
    too_few: str = "Too few seasons to say"
    no_target: str = "No target population to fit the model to"
    no_data: str = "No adoption recorded"


def draw_diffusion(painter: QPainter, rect: QRectF, area: AreaDiffusion,
                   labels: DiffusionLabels = DiffusionLabels(), *, legend: bool = True,
                   title: str | None = None, font_pt: float = TEXT_PT) -> ChartLayout:
    """One area's cumulative adopters (points and line), the Bass curve (solid over the
    data, dashed over the projection) with its 95 % band, the target population, the
    tipping-point line and the year it is expected or was passed. Without a fit, the
    label says why. Draws nothing outside ``rect``."""
    painter.save()
    painter.setClipRect(rect)
    try:
        return _diffusion(painter, rect, area, labels, legend, title, font_pt)
    finally:
        painter.restore()


def draw_small_multiples(painter: QPainter, rect: QRectF, areas: Sequence[AreaDiffusion],
                         labels: DiffusionLabels = DiffusionLabels(), columns: int = 2,
                         titles: Sequence[str] | None = None, font_pt: float = TEXT_PT
                         ) -> list[ChartLayout]:
    """A grid of :func:`draw_diffusion` panels, ``columns`` wide, with one legend under
    them all. ``titles`` name the panels (else ``labels.title`` with the area code)."""
    painter.save()
    painter.setClipRect(rect)
    try:
        text = chart_text(painter, rect, font_pt)
        if not areas:
            text.draw(text.text, rect, labels.no_data, Qt.AlignmentFlag.AlignCenter, MUTED)
            return []
        entries = _legend_entries(labels, fitted=True, projected=True)
        key_h = legend_height(text, entries, rect.width())
        draw_legend(text, QRectF(rect.left(), rect.bottom() - key_h, rect.width(), key_h),
                    entries)
        columns = max(1, min(columns, len(areas)))
        rows = -(-len(areas) // columns)
        gap = text.line(text.text) * 0.6
        cell_w = (rect.width() - gap * (columns - 1)) / columns
        cell_h = (rect.height() - key_h - gap * rows) / rows
        out = []
        for n, area in enumerate(areas):
            r, c = divmod(n, columns)
            cell = QRectF(rect.left() + c * (cell_w + gap), rect.top() + r * (cell_h + gap),
                          cell_w, cell_h)
            name = titles[n] if titles is not None and n < len(titles) else None
            out.append(draw_diffusion(painter, cell, area, labels, legend=False, title=name,
                                      font_pt=font_pt))
        return out
    finally:
        painter.restore()


# --- the diffusion chart's parts -----------------------------------------------------


def _diffusion(painter: QPainter, rect: QRectF, area: AreaDiffusion, labels: DiffusionLabels,
               legend: bool, title: str | None, font_pt: float) -> ChartLayout:
    text = chart_text(painter, rect, font_pt)
    fit, tip = area.fit, area.tipping
    years, cumulative = area.uptake.observed_years()
    curve = list(fit.curve) if fit.identifiable else []
    m = fit.market_potential
    body = QRectF(rect)
    heading = labels.title.format(area=area.uptake.area) if title is None else title
    if heading:
        high = text.line(text.title)
        text.draw(text.title, QRectF(body.left(), body.top(), body.width(), high), heading,
                  Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        body.setTop(body.top() + high * 1.15)
    every = sorted(set(years) | {c.year for c in curve})
    if not every:
        text.draw(text.text, body, labels.no_data, Qt.AlignmentFlag.AlignCenter, MUTED)
        return ChartLayout(body)
    projected = bool(years) and any(c.year > max(years) for c in curve)
    if legend:
        entries = _legend_entries(labels, fitted=bool(curve), projected=projected)
        key_h = legend_height(text, entries, body.width())
        draw_legend(text, QRectF(body.left(), body.bottom() - key_h, body.width(), key_h),
                    entries)
        body.setBottom(body.bottom() - key_h - text.line(text.text) * 0.3)
    ticks = nice_range(0.0, max([*cumulative, *(c.high for c in curve), m if m > 0 else 0.0,
                                 1.0]))
    top = ticks[-1]
    line_h, tick_h = text.line(text.text), text.line(text.tick)
    plot = QRectF(body.left() + line_h + y_tick_width(text, ticks), body.top() + tick_h / 2,
                  0.0, 0.0)
    plot.setRight(body.right() - text.width(text.tick, "2000") / 2)
    plot.setBottom(body.bottom() - tick_h - line_h)
    x = LinearScale(every[0] - 0.5, every[-1] + 0.5, plot.left(), plot.right())
    y = LinearScale(0.0, top, plot.bottom(), plot.top())
    draw_y_axis(text, plot, y, ticks)
    draw_rotated_label(text, QPointF(body.left() + line_h / 2, plot.center().y()),
                       labels.farmers, plot.height())
    _year_axis(text, plot, x, every)
    text.draw(text.text, QRectF(plot.left(), plot.bottom() + tick_h, plot.width(), line_h),
              labels.year, Qt.AlignmentFlag.AlignCenter)
    u = text.text.pixelSize() / TEXT_PT  # device pixels per point of text
    painter.save()
    painter.setClipRect(plot.adjusted(-u * 3, -u * 3, u * 3, 0))
    marks = _Marks(text, plot)
    if curve:
        last = max(years) if years else every[-1]
        _band_and_curve(painter, curve, x, y, last, u)
        for field in ("fitted", "low", "high"):
            marks.avoid([QPointF(x(c.year), y(getattr(c, field))) for c in curve])
    if years:
        _observed(painter, years, cumulative, x, y, u)
        marks.avoid([QPointF(x(yr), y(n)) for yr, n in zip(years, cumulative, strict=True)])
    painter.restore()
    if m > 0:
        source = labels.register if fit.market_source == REGISTER_FARMERS else labels.target
        n = tip.threshold * m
        year = tip.observed_year if tip.passed else tip.year
        ring = None
        if year is not None and x.lo <= year <= x.hi:
            ring = _tipping_mark(marks, QPointF(x(year), y(n)))
        _level_line(marks, y(m), shown_number_text(source.format(m=f"{m:,.0f}")),
                    TARGET_COLOUR,
                    Qt.PenStyle.SolidLine, below_first=True)
        words = shown_number_text(labels.tipping.format(
            share=f"{round(tip.threshold * 100, 1):g} %", m=f"{m:,.0f}", n=f"{n:,.0f}"))
        _level_line(marks, y(n), words, TIPPING_COLOUR, Qt.PenStyle.DashLine,
                    below_first=False)
        if ring is not None:
            said = labels.tipping_passed if tip.passed else labels.tipping_year
            _tipping_year(marks, ring, shown_number_text(said.format(year=year)))
    if not fit.identifiable:
        why = labels.no_target if fit.reason_key in NO_TARGET_KEYS else labels.too_few
        args = fit.reason_args if fit.reason_key == "few_years" else (len(years), MIN_FIT_YEARS)
        why = shown_number_text(why.format(years=int(args[0]), needed=int(args[1])))
        wide = min(text.width(text.text, why) + line_h * 0.6, plot.width())
        boxes = [QRectF(plot.center().x() - wide / 2, plot.top() + plot.height() * f, wide,
                        line_h) for f in (0.3, 0.15, 0.5, 0.7)]
        marks.label(boxes, why, MUTED, text.text)
    return ChartLayout(plot, x, y)


def _legend_entries(labels: DiffusionLabels, fitted: bool, projected: bool) -> list:
    def points(p: QPainter, box: QRectF) -> None:
        p.setPen(QPen(CA_COLOUR, box.height() * 0.15))
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
        p.setBrush(DATA_COLOUR)
        p.drawEllipse(box.center(), box.height() * 0.45, box.height() * 0.45)

    def band(p: QPainter, box: QRectF) -> None:
        p.fillRect(box, _faded(CA_COLOUR))

    def line(style: Qt.PenStyle):  # noqa: ANN202
        def sample(p: QPainter, box: QRectF) -> None:
            pen = QPen(CA_COLOUR, box.height() * 0.3)
            pen.setStyle(style)
            p.setPen(pen)
            p.drawLine(QPointF(box.left(), box.center().y()),
                       QPointF(box.right(), box.center().y()))
        return sample

    entries = [(labels.adopters, points)]
    if fitted:
        entries += [(labels.fit, line(Qt.PenStyle.SolidLine)), (labels.band, band)]
        if projected:
            entries.append((labels.projection, line(Qt.PenStyle.DashLine)))
    return entries


def _year_axis(text: ChartText, plot: QRectF, x: LinearScale, every: list[int]) -> None:
    """Year ticks under the plot, every 1, 2, 5 or 10 years so their labels never touch."""
    painter = text.painter
    wide = text.width(text.tick, "0000") * 1.6
    per_year = x(1.0) - x(0.0)
    step = next((s for s in (1, 2, 5, 10, 20, 50) if s * per_year >= wide), 100)
    h = text.line(text.tick)
    painter.setPen(QPen(QColor(120, 120, 120), 0))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    for year in range(every[0], every[-1] + 1):
        if year % step:
            continue
        px = x(year)
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + h * 0.2))
        text.draw(text.tick, QRectF(px - wide / 2, plot.bottom() + h * 0.1, wide, h),
                  shown_number_text(str(year)), Qt.AlignmentFlag.AlignCenter, MUTED)
        painter.setPen(QPen(QColor(120, 120, 120), 0))


def _band_and_curve(painter: QPainter, curve: list, x: LinearScale, y: LinearScale,
                    last_data: int, u: float) -> None:
    band = QPolygonF([QPointF(x(c.year), y(c.high)) for c in curve]
                     + [QPointF(x(c.year), y(c.low)) for c in reversed(curve)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_faded(CA_COLOUR))
    painter.drawPolygon(band)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for part, style in (([c for c in curve if c.year <= last_data], Qt.PenStyle.SolidLine),
                        ([c for c in curve if c.year >= last_data], Qt.PenStyle.DashLine)):
        if len(part) < 2:
            continue
        pen = QPen(CA_COLOUR, 1.5 * u)
        pen.setStyle(style)
        painter.setPen(pen)
        path = QPainterPath(QPointF(x(part[0].year), y(part[0].fitted)))
        for c in part[1:]:
            path.lineTo(x(c.year), y(c.fitted))
        painter.drawPath(path)


def _observed(painter: QPainter, years: list[int], cumulative: list[int], x: LinearScale,
              y: LinearScale, u: float) -> None:
    points = [QPointF(x(yr), y(n)) for yr, n in zip(years, cumulative, strict=True)]
    painter.setPen(QPen(CA_COLOUR, 0.6 * u))
    painter.drawPolyline(QPolygonF(points))
    painter.setBrush(QBrush(DATA_COLOUR))
    painter.setPen(QPen(CA_COLOUR, 0.8 * u))
    for point in points:
        painter.drawEllipse(point, 2.4 * u, 2.4 * u)


class _Marks:
    """Labels on a plot placed where they cover the fewest data points and no other
    label: each gets the first of its candidate boxes that is freest."""

    def __init__(self, text: ChartText, plot: QRectF) -> None:
        self.text, self.plot = text, plot
        self.u = text.text.pixelSize() / TEXT_PT
        self.points: list[QPointF] = []
        self.taken: list[QRectF] = []

    def avoid(self, line: list[QPointF], per_segment: int = 12) -> None:
        """The points of a line drawn through ``line`` (densified) are data to avoid."""
        self.points.extend(line[:1])
        for a, b in zip(line, line[1:], strict=False):
            self.points.extend(a + (b - a) * (k / per_segment)
                               for k in range(1, per_segment + 1))

    def label(self, boxes: list[QRectF], words: str, colour: QColor, font: QFont) -> QRectF:
        def cost(box: QRectF) -> float:
            inside = box.intersected(self.plot)
            clipped = 1.0 - (inside.width() * inside.height()) / max(
                box.width() * box.height(), 1e-9)
            covered = sum(1 for p in self.points if box.contains(p))
            return 1000 * sum(1 for t in self.taken if t.intersects(box)) + covered \
                + round(100 * clipped)

        best = min(boxes, key=cost)
        self.taken.append(best)
        self.text.painter.fillRect(best, HALO)
        self.text.draw(font, best, words, Qt.AlignmentFlag.AlignCenter, colour)
        return best


def _level_line(marks: _Marks, at: float, words: str, colour: QColor, style: Qt.PenStyle,
                below_first: bool) -> None:
    """A horizontal line across the plot at device y ``at``, labelled just below or above
    it at its left or right end, wherever covers least."""
    plot, text, u = marks.plot, marks.text, marks.u
    pen = QPen(colour, 1.0 * u)
    pen.setStyle(style)
    text.painter.setPen(pen)
    text.painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at))
    h = text.line(text.tick)
    wide = min(text.width(text.tick, words) + h * 0.4, plot.width())
    below, above = at + 0.8 * u, at - h - 0.8 * u
    rows = (below, above) if below_first else (above, below)
    rows += (rows[0] + (h if rows[0] == below else -h), rows[1] + (h if rows[1] == below else -h))
    boxes = [QRectF(left, top, wide, h) for top in rows
             for left in (plot.left() + 2 * u, plot.right() - 2 * u - wide)]
    marks.label(boxes, words, colour, text.tick)


def _tipping_mark(marks: _Marks, point: QPointF) -> QPointF:
    """A dashed drop from the tipping point to the year axis and a ring on it."""
    plot, painter, u = marks.plot, marks.text.painter, marks.u
    pen = QPen(TIPPING_COLOUR, 0.8 * u)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(point, QPointF(point.x(), plot.bottom()))
    painter.setPen(QPen(TIPPING_COLOUR, 1.2 * u))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawEllipse(point, 3.0 * u, 3.0 * u)
    marks.taken.append(QRectF(point.x() - 4 * u, point.y() - 4 * u, 8 * u, 8 * u))
    marks.avoid([QPointF(point.x(), y) for y in (point.y(), plot.bottom())], 24)
    return point


def _tipping_year(marks: _Marks, point: QPointF, words: str) -> None:
    """The year of the tipping point beside its drop: above the axis or beside the
    ring, whichever is freest."""
    plot, text, u = marks.plot, marks.text, marks.u
    h = text.line(text.tick)
    wide = min(text.width(text.tick, words) + h * 0.4, plot.width())
    right, left = point.x() + 2 * u, point.x() - 2 * u - wide
    tops = (plot.bottom() - h - 2 * u, point.y() + 4 * u, point.y() - h - 4 * u)
    boxes = [QRectF(x, top, wide, h) for top in tops for x in (right, left)]
    marks.label(boxes, words, TIPPING_COLOUR, text.tick)


def _faded(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(BAND_ALPHA)
    return faded
