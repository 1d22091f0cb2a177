"""Bar charts of the season report: CA against farmer practice, and grouped bars.

The trial comparison puts measures of different units on one axis by dividing each
CA - FP difference, and its 95 % confidence interval, by the row's FP mean: the bar is
(CA / FP - 1) in %, which is the response ratio of the means. The whisker is the
interval of the difference scaled the same way, so it leaves out the uncertainty of the
FP mean; the axis label says so. A row whose FP mean is not positive cannot be put on
that scale and shows the label's "not available" text instead of a bar.
Re-exported by :mod:`report_charts`; drawing rules as there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow
from metkasekor_desktop.layers.message_words import shown_number_text
from metkasekor_desktop.layers.report_chart_axes import (
    AXIS,
    CA_COLOUR,
    FP_COLOUR,
    GRID,
    INK,
    MUTED,
    TEXT_PT,
    ChartLayout,
    ChartText,
    LinearScale,
    chart_text,
    draw_legend,
    draw_rotated_label,
    draw_y_axis,
    format_tick,
    legend_height,
    nice_range,
    y_tick_width,
)

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ComparisonLabels:
    """The words of the trial comparison; ``value`` holds {pct} (a float) and {p} (the
    p value as text, "0.012" or "<0.001", "-" when there is none)."""

    title: str = "CA compared with farmer practice"
    axis: str = "CA - FP in % of the FP mean (bar: mean difference; whisker: its 95 % CI)"
    value: str = "{pct:+.0f} % (p {p})"
    not_available: str = "no positive FP mean"
    higher: str = "CA higher"
    lower: str = "CA lower"
    no_data: str = "No trial results"


@dataclass(frozen=True)
class BarLabels:
    """The words of a grouped bar chart; ``value`` formats a bar's {value}."""

    title: str = ""
    value_axis: str = ""
    value: str = "{value:,.0f}"
    no_data: str = "No data"


def comparison_percent(row: ComparisonRow) -> tuple[float, float, float] | None:
    """The row's mean difference and CI ends as % of its FP mean (NaN ends when the row
    has no interval); None when the FP mean is not positive or there is no difference."""
    fp, diff = row.mean_control, row.mean_difference
    if not (math.isfinite(fp) and fp > 0 and math.isfinite(diff)):
        return None
    return diff / fp * 100.0, row.ci_low / fp * 100.0, row.ci_high / fp * 100.0


def draw_comparison(painter: QPainter, rect: QRectF, rows: Sequence[ComparisonRow],
                    labels: ComparisonLabels = ComparisonLabels(),
                    names: Sequence[str] | None = None, font_pt: float = TEXT_PT
                    ) -> ChartLayout:
    """One horizontal bar per row, CA - FP in % of FP (green above zero, brown below)
    with its 95 % CI as a whisker, the measure's name at the left (``names``, else the
    row's English ``measure``) and its value at the right. ``layout.x`` maps %."""
    painter.save()
    painter.setClipRect(rect)
    try:
        text = chart_text(painter, rect, font_pt)
        body = _title(text, rect, labels.title)
        if not rows:
            text.draw(text.text, body, labels.no_data, Qt.AlignmentFlag.AlignCenter, MUTED)
            return ChartLayout(body)
        names = [names[n] if names is not None and n < len(names) else r.measure
                 for n, r in enumerate(rows)]
        shown = [comparison_percent(r) for r in rows]
        values = [_value_text(labels, s, r) for s, r in zip(shown, rows, strict=True)]
        line_h, tick_h = text.line(text.text), text.line(text.tick)
        entries = [(labels.higher, _swatch(CA_COLOUR)), (labels.lower, _swatch(FP_COLOUR))]
        key_h = legend_height(text, entries, body.width())
        draw_legend(text, QRectF(body.left(), body.bottom() - key_h, body.width(), key_h),
                    entries)
        axis_h = text.line(text.tick) * 1.1
        axis_box = QRectF(body.left(), body.bottom() - key_h - axis_h * 1.2, body.width(),
                          axis_h)
        text.draw(text.tick, axis_box, labels.axis, Qt.AlignmentFlag.AlignCenter, MUTED)
        gap = line_h * 0.4
        name_w = min(max(text.width(text.text, n) for n in names), body.width() * 0.34)
        value_w = min(max(text.width(text.text, v) for v in values) + line_h * 0.3,
                      body.width() * 0.26)
        plot = QRectF(body.left() + name_w + gap, body.top(), 0.0, 0.0)
        plot.setRight(body.right() - value_w - gap)
        plot.setBottom(axis_box.top() - tick_h * 1.1)
        ends = [v for s in shown if s is not None for v in s if math.isfinite(v)]
        ticks = nice_range(min([0.0, *ends]), max([0.0, *ends]))
        step = ticks[1] - ticks[0]
        x = LinearScale(ticks[0], ticks[-1], plot.left(), plot.right())
        for value in ticks:
            painter.setPen(QPen(GRID, 0))
            painter.drawLine(QPointF(x(value), plot.top()), QPointF(x(value), plot.bottom()))
            wide = text.width(text.tick, "-0000 %")
            text.draw(text.tick, QRectF(x(value) - wide / 2, plot.bottom(), wide, tick_h),
                      f"{format_tick(value, step)} %", Qt.AlignmentFlag.AlignCenter, MUTED)
        row_h = plot.height() / len(rows)
        thick = min(row_h * 0.55, line_h * 1.1)
        u = text.text.pixelSize() / TEXT_PT
        for n, (row_name, s, value) in enumerate(zip(names, shown, values, strict=True)):
            centre = plot.top() + (n + 0.5) * row_h
            text.draw(text.text, QRectF(body.left(), centre - line_h / 2, name_w, line_h),
                      row_name, ALIGN_RIGHT)
            text.draw(text.text, QRectF(plot.right() + gap, centre - line_h / 2, value_w,
                                        line_h), value, ALIGN_LEFT, INK if s else MUTED)
            if s is None:
                continue
            mean, low, high = s
            bar = QRectF(QPointF(x(min(0.0, mean)), centre - thick / 2),
                         QPointF(x(max(0.0, mean)), centre + thick / 2))
            painter.fillRect(bar, CA_COLOUR if mean >= 0 else FP_COLOUR)
            if math.isfinite(low) and math.isfinite(high):
                painter.setPen(QPen(INK, 1.0 * u))
                painter.drawLine(QPointF(x(low), centre), QPointF(x(high), centre))
                for end in (low, high):
                    painter.drawLine(QPointF(x(end), centre - thick * 0.35),
                                     QPointF(x(end), centre + thick * 0.35))
        painter.setPen(QPen(INK, 1.0 * u))
        painter.drawLine(QPointF(x(0.0), plot.top()), QPointF(x(0.0), plot.bottom()))
        return ChartLayout(plot, x, None,
                           tuple(plot.top() + (n + 0.5) * row_h for n in range(len(rows))))
    finally:
        painter.restore()


def draw_bars(painter: QPainter, rect: QRectF, categories: Sequence[str],
              series: Sequence[tuple[str, Sequence[float], QColor]],
              labels: BarLabels = BarLabels(), font_pt: float = TEXT_PT) -> ChartLayout:
    """Grouped vertical bars: one group per category, one bar per series (name, values
    in category order, colour), a value axis at the left, the legend under the title and
    the category names under the groups, turned 45 or 90 degrees and elided when they
    are wider than a group. ``layout.y`` maps values and ``layout.centres`` are the
    groups' centres; the bars share the middle 80 % of a group's width, in series order."""
    painter.save()
    painter.setClipRect(rect)
    try:
        text = chart_text(painter, rect, font_pt)
        body = _title(text, rect, labels.title)
        values = [v for _name, vals, _c in series for v in vals if math.isfinite(v)]
        if not categories or not values:
            text.draw(text.text, body, labels.no_data, Qt.AlignmentFlag.AlignCenter, MUTED)
            return ChartLayout(body)
        line_h, tick_h = text.line(text.text), text.line(text.tick)
        entries = [(name, _swatch(colour)) for name, _vals, colour in series]
        key_h = legend_height(text, entries, body.width())
        draw_legend(text, QRectF(body.left(), body.top(), body.width(), key_h), entries)
        ticks = nice_range(min(0.0, *values), max(0.0, *values))
        axis_w = (line_h if labels.value_axis else 0.0) + y_tick_width(text, ticks)
        plot = QRectF(body.left() + axis_w, body.top() + key_h + tick_h, 0.0, 0.0)
        plot.setRight(body.right() - tick_h * 0.5)
        group = (plot.right() - plot.left()) / len(categories)
        widest = max(text.width(text.tick, c) for c in categories)
        angle = 0 if widest <= group * 0.95 else (45 if group * 0.7 >= tick_h * 1.05 else 90)
        room = (body.bottom() - plot.top()) * 0.38  # most the names may take
        if angle == 0:
            below, length = tick_h * 1.2, group * 0.95
        else:
            s = math.sin(math.radians(angle))
            length = min(widest, (room - tick_h * (1 - s)) / s)
            below = length * s + tick_h * (1 - s) + tick_h * 0.3
        plot.setBottom(body.bottom() - below)
        y = LinearScale(ticks[0], ticks[-1], plot.bottom(), plot.top())
        draw_y_axis(text, plot, y, ticks)
        if labels.value_axis:
            draw_rotated_label(text, QPointF(body.left() + line_h / 2, plot.center().y()),
                               labels.value_axis, plot.height())
        u = text.text.pixelSize() / TEXT_PT
        bar_w = group * 0.8 / max(len(series), 1)
        for n, category in enumerate(categories):
            left = plot.left() + n * group + group * 0.1
            for k, (_name, vals, colour) in enumerate(series):
                v = vals[n] if n < len(vals) else math.nan
                if not math.isfinite(v):
                    continue
                bar = QRectF(QPointF(left + k * bar_w, y(max(v, 0.0))),
                             QPointF(left + (k + 0.92) * bar_w, y(min(v, 0.0))))
                painter.fillRect(bar, colour)
                _bar_value(text, bar, shown_number_text(labels.value.format(value=v)),
                           v >= 0, plot)
            _category(text, QPointF(plot.left() + (n + 0.5) * group, plot.bottom() + u),
                      category, angle, length)
        painter.setPen(QPen(AXIS, 0))
        painter.drawLine(QPointF(plot.left(), y(0.0)), QPointF(plot.right(), y(0.0)))
        return ChartLayout(plot, None, y, tuple(plot.left() + (n + 0.5) * group
                                                for n in range(len(categories))))
    finally:
        painter.restore()


# --- parts -------------------------------------------------------------------------


def _title(text: ChartText, rect: QRectF, title: str) -> QRectF:
    """Draw ``title`` (if any) at the top of ``rect``; the rest of ``rect``."""
    if not title:
        return QRectF(rect)
    high = text.line(text.title)
    text.draw(text.title, QRectF(rect.left(), rect.top(), rect.width(), high), title,
              ALIGN_LEFT)
    return rect.adjusted(0, high * 1.2, 0, 0)


def _value_text(labels: ComparisonLabels, shown: tuple[float, float, float] | None,
                row: ComparisonRow) -> str:
    if shown is None:
        return labels.not_available
    p = row.p_value
    p_text = "-" if not math.isfinite(p) else ("<0.001" if p < 0.001 else f"{p:.3f}")
    return shown_number_text(labels.value.format(pct=shown[0], p=p_text))


def _swatch(colour: QColor):  # noqa: ANN202
    def sample(painter: QPainter, box: QRectF) -> None:
        painter.fillRect(box, colour)
    return sample


def _bar_value(text: ChartText, bar: QRectF, words: str, up: bool, plot: QRectF) -> None:
    """The bar's value just beyond its end, when it fits the bar's width."""
    h = text.line(text.tick)
    if text.width(text.tick, words) > bar.width() * 1.15:
        return
    top = bar.top() - h if up else bar.bottom()
    if top < plot.top() - h * 0.5 or top + h > plot.bottom() + h:
        return
    box = QRectF(bar.center().x() - bar.width(), top, bar.width() * 2, h)
    text.draw(text.tick, box, words, Qt.AlignmentFlag.AlignCenter, INK)


def _category(text: ChartText, anchor: QPointF, name: str, angle: int, length: float) -> None:
    """A category's name under its group: level, or turned so that it ends at
    ``anchor`` and reads upwards, elided to ``length``."""
    h = text.line(text.tick)
    if angle == 0:
        text.draw(text.tick, QRectF(anchor.x() - length / 2, anchor.y(), length, h), name,
                  Qt.AlignmentFlag.AlignCenter)
        return
    text.painter.save()
    text.painter.translate(anchor.x(), anchor.y() + h * 0.1)
    text.painter.rotate(-angle)
    text.draw(text.tick, QRectF(-length, -h / 2, length, h), name, ALIGN_RIGHT)
    text.painter.restore()
