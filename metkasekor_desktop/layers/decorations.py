"""Map decorations: scale bar, north arrow, attribution and legend.

They are drawn the same way on the canvas overlay and on an exported page, so one
painter-based implementation serves both. Every size is derived from the font's pixel
size, so a decoration drawn for a 300 dpi page is the same shape as on the screen, only
larger. Use :func:`decoration_font` (pixel sized, with the shipped Khmer fallback) so that
Khmer labels show real glyphs on a PC without a Khmer font.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from metkasekor_desktop.domain.geometry import STORAGE_EPSG, transform_xy
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.fonts import application_font, register_fonts
from metkasekor_desktop.layers.legend import LegendEntry
from metkasekor_desktop.layers.viewport import Viewport

INK = QColor(30, 30, 30)
HALO = QColor(255, 255, 255, 215)  # translucent white behind text over any map
FRAME = QColor(120, 120, 120)
DEFAULT_PIXEL_SIZE = 12
METRES_PER_DEGREE_LAT = 111_320.0


def decoration_font(pixel_size: float = DEFAULT_PIXEL_SIZE, *, bold: bool = False) -> QFont:
    """The application font at ``pixel_size`` pixels, Khmer falling back to the shipped face.

    Pixel sizes (not points) keep text the same size relative to the drawing on any device,
    whatever its dots per inch.
    """
    register_fonts()
    font = application_font(QFont())
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def _em(font: QFont) -> float:
    size = font.pixelSize()
    return float(size) if size > 0 else QFontMetricsF(font).height() * 0.8


# --- scale bar ---------------------------------------------------------------------------
def format_distance(metres: float) -> str:
    """"500 m", "2 km", "0.5 m": the shortest exact label of a round distance."""
    if metres >= 1000:
        return f"{metres / 1000:g} km"
    return f"{metres:g} m"


def nice_scale_bar(
    units_per_pixel: float, max_px: float, *, metres_per_unit: float = 1.0
) -> tuple[float, float, str]:
    """The longest 1, 2 or 5 x 10^n metres that fits in ``max_px`` pixels.

    Returns (length in metres, length in pixels, label). ``metres_per_unit`` converts map
    units to ground metres (1 for a metric map CRS, see :func:`ground_metres_per_unit`).
    """
    metres_per_pixel = units_per_pixel * metres_per_unit
    if not (metres_per_pixel > 0 and max_px > 0 and math.isfinite(metres_per_pixel)):
        raise ValueError(msg("A scale bar needs a positive resolution and width."))
    max_m = metres_per_pixel * max_px
    exponent = math.floor(math.log10(max_m))
    length_m = 10.0**exponent
    for mantissa in (5, 2, 1):
        candidate = float(f"{mantissa}e{exponent}")  # exact decimal, no 10**-n drift
        if candidate <= max_m * (1 + 1e-12):
            length_m = candidate
            break
    return length_m, length_m / metres_per_pixel, format_distance(length_m)


def ground_metres_per_unit(viewport: Viewport, map_epsg: int) -> float:
    """Ground metres per map unit east-west at the view centre (1.0 when it cannot tell).

    UTM is within 0.1 % of 1; degrees or Web Mercator are not, and a scale bar must say
    the distance on the ground.
    """
    from pyproj import Geod

    cx, cy = viewport.center_x, viewport.center_y
    step = max(viewport.units_per_pixel * 100, 1e-9)
    try:
        lon1, lat1 = transform_xy(cx - step / 2, cy, map_epsg, STORAGE_EPSG)
        lon2, lat2 = transform_xy(cx + step / 2, cy, map_epsg, STORAGE_EPSG)
        _, _, metres = Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)
    except Exception:  # noqa: BLE001 - a view outside the CRS's area just keeps 1:1
        return 1.0
    ratio = float(metres) / step
    return ratio if math.isfinite(ratio) and ratio > 0 else 1.0


def _halo_box(painter: QPainter, rect: QRectF, radius: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(HALO))
    painter.drawRoundedRect(rect, radius, radius)


def draw_scale_bar(
    painter: QPainter,
    anchor: QPointF,
    viewport: Viewport,
    max_px: float = 150,
    font: QFont | None = None,
    *,
    map_epsg: int | None = None,
) -> QRectF:
    """A black and white bar with its length above, its lower-left corner at ``anchor``.

    ``viewport.units_per_pixel`` must be map units per painter unit. With ``map_epsg`` the
    length is measured on the ground (needed for a map in degrees or Web Mercator).
    Returns the rectangle covered, box included.
    """
    font = font or decoration_font()
    em = _em(font)
    per_unit = ground_metres_per_unit(viewport, map_epsg) if map_epsg is not None else 1.0
    length_m, length_px, label = nice_scale_bar(
        viewport.units_per_pixel, max_px, metres_per_unit=per_unit
    )
    metrics = QFontMetricsF(font, painter.device())
    bar_h = max(2.0, em * 0.45)
    pad = em * 0.35
    text_w = metrics.horizontalAdvance(label)
    width = max(length_px, text_w)
    x0, y_bottom = anchor.x(), anchor.y()
    bar = QRectF(x0, y_bottom - bar_h, length_px, bar_h)
    text_rect = QRectF(x0 + (length_px - width) / 2, bar.top() - metrics.height() - pad / 2,
                       width, metrics.height())
    box = QRectF(min(bar.left(), text_rect.left()) - pad, text_rect.top() - pad / 2,
                 width + 2 * pad, y_bottom - text_rect.top() + pad)
    first_digit = int(f"{length_m:e}"[0])
    segments = 5 if first_digit == 5 else 4
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _halo_box(painter, box, pad)
        pen = QPen(INK)
        pen.setWidthF(max(1.0, em / 14))
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        seg_w = length_px / segments
        for i in range(segments):
            painter.setBrush(QBrush(INK if i % 2 == 0 else QColor(255, 255, 255)))
            painter.drawRect(QRectF(x0 + i * seg_w, bar.top(), seg_w, bar_h))
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), label)
    finally:
        painter.restore()
    return box


# --- north arrow -------------------------------------------------------------------------
def north_angle(viewport: Viewport, map_epsg: int) -> float:
    """Degrees clockwise from the map's up to true north at the view centre.

    The grid convergence: 0 on UTM's central meridian, positive west of it in the
    northern hemisphere. Found by projecting the centre and a point 1 km north of it.
    """
    cx, cy = viewport.center_x, viewport.center_y
    try:
        lon, lat = transform_xy(cx, cy, map_epsg, STORAGE_EPSG)
        step = 1000.0 / METRES_PER_DEGREE_LAT
        sign = 1.0 if lat + step <= 90 else -1.0
        x0, y0 = transform_xy(lon, lat, STORAGE_EPSG, map_epsg)
        x1, y1 = transform_xy(lon, lat + sign * step, STORAGE_EPSG, map_epsg)
    except Exception:  # noqa: BLE001 - outside the CRS's area: keep north up
        return 0.0
    dx, dy = (x1 - x0) * sign, (y1 - y0) * sign
    if not (math.isfinite(dx) and math.isfinite(dy)) or (dx == 0 and dy == 0):
        return 0.0
    return math.degrees(math.atan2(dx, dy))


def draw_north_arrow(
    painter: QPainter, center: QPointF, size: float, angle_deg: float, font: QFont | None = None
) -> QRectF:
    """A two-tone arrow turned to true north, with an upright "N" beyond its tip.

    ``size`` is the height of the square the arrow and its letter fill. Returns that square.
    """
    box = QRectF(center.x() - size / 2, center.y() - size / 2, size, size)
    font = QFont(font) if font is not None else decoration_font(size * 0.3, bold=True)
    font.setPixelSize(max(1, round(size * 0.3)))
    font.setBold(True)
    half = size * 0.5
    # Arrow in its own frame (y down, pointing up), centred a little below the centre so
    # that the letter above the tip stays in the box.
    tip, tail, wing, notch = -half * 0.35, half * 0.95, half * 0.32, half * 0.65
    left = QPolygonF([QPointF(0, tip), QPointF(-wing, tail), QPointF(0, notch)])
    right = QPolygonF([QPointF(0, tip), QPointF(wing, tail), QPointF(0, notch)])
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(center)
        painter.rotate(angle_deg)
        halo = QPen(HALO)
        halo.setWidthF(max(2.0, size * 0.08))
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(halo)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF([QPointF(0, tip), QPointF(-wing, tail),
                                       QPointF(0, notch), QPointF(wing, tail)]))
        outline = QPen(INK)
        outline.setWidthF(max(1.0, size * 0.025))
        outline.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(outline)
        painter.setBrush(QBrush(INK))
        painter.drawPolygon(left)
        painter.setBrush(QBrush(QColor(255, 255, 255)))
        painter.drawPolygon(right)
        # The letter sits beyond the tip along the arrow, but is drawn upright.
        letter_at = painter.transform().map(QPointF(0, tip - size * 0.2))
        painter.resetTransform()
        path = QPainterPath()
        metrics = QFontMetricsF(font, painter.device())
        width = metrics.horizontalAdvance("N")
        path.addText(letter_at.x() - width / 2,
                     letter_at.y() + (metrics.ascent() - metrics.descent()) / 2, font, "N")
        painter.setPen(halo)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(INK))
        painter.drawPath(path)
    finally:
        painter.restore()
    return box


# --- attribution -------------------------------------------------------------------------
def draw_attribution(
    painter: QPainter, rect: QRectF, text: str, font: QFont | None = None
) -> QRectF:
    """Small credit text in the bottom-right corner of ``rect`` on a translucent box.

    The text wraps to at most ``rect``'s width. Returns the box drawn (empty for no text).
    """
    if not text.strip():
        return QRectF()
    font = font or decoration_font(DEFAULT_PIXEL_SIZE * 0.85)
    metrics = QFontMetricsF(font, painter.device())
    pad = _em(font) * 0.3
    flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
                | Qt.TextFlag.TextWordWrap)
    bounds = metrics.boundingRect(QRectF(0, 0, max(1.0, rect.width() - 2 * pad), 1e6),
                                  flags, text)
    box = QRectF(rect.right() - bounds.width() - 2 * pad, rect.bottom() - bounds.height() - 2 * pad,
                 bounds.width() + 2 * pad, bounds.height() + 2 * pad)
    painter.save()
    try:
        _halo_box(painter, box, pad)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(box.adjusted(pad, pad, -pad, -pad), flags, text)
    finally:
        painter.restore()
    return box


# --- legend ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Row:
    """One planned legend line: the entry, the label box size and the row height."""

    entry: LegendEntry | None  # None for the legend title
    text_w: float
    text_h: float
    height: float
    gap_before: float


@dataclass(frozen=True, slots=True)
class _Plan:
    rows: tuple[_Row, ...]
    size: QSizeF
    pad: float
    swatch: QSizeF
    text_x: float  # label offset from the swatch column
    ramp_w: float


def _bold(font: QFont, scale: float = 1.0) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    if scale != 1.0 and font.pixelSize() > 0:
        bold.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return bold


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _text_size(font: QFont, text: str, width: float, device: QPaintDevice | None) -> QSizeF:
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    if not text:
        return QSizeF(0, metrics.height())
    rect = metrics.boundingRect(QRectF(0, 0, max(1.0, width), 1e6), _WRAP, text)
    return QSizeF(rect.width(), max(rect.height(), metrics.height()))


def _plan(entries: list[LegendEntry], title: str, font: QFont, max_width: float,
          device: QPaintDevice | None) -> _Plan:
    em = _em(font)
    pad = em * 0.6
    swatch = QSizeF(em * 1.6, em * 1.0)
    text_x = swatch.width() + em * 0.5
    inner = max(em * 4, max_width - 2 * pad)
    ramp_w = min(inner, em * 9)
    rows: list[_Row] = []
    widest = 0.0
    if title:
        size = _text_size(_bold(font, 1.15), title, inner, device)
        rows.append(_Row(None, size.width(), size.height(), size.height(), 0.0))
        widest = size.width()
    for entry in entries:
        gap = em * 0.25 if rows else 0.0
        if entry.kind == "text":
            size = _text_size(_bold(font), entry.label, inner, device)
            gap = em * 0.6 if rows else 0.0
            rows.append(_Row(entry, size.width(), size.height(), size.height(), gap))
            widest = max(widest, size.width())
        elif entry.kind == "ramp":
            start = _text_size(font, entry.label, ramp_w / 2, device)
            end = _text_size(font, entry.label_end, ramp_w / 2, device)
            text_h = max(start.height(), end.height())
            rows.append(_Row(entry, ramp_w, text_h, swatch.height() * 0.8 + em * 0.15 + text_h,
                             gap))
            widest = max(widest, ramp_w)
        else:
            size = _text_size(font, entry.label, inner - text_x, device)
            rows.append(_Row(entry, size.width(), size.height(),
                             max(size.height(), swatch.height()), gap))
            widest = max(widest, text_x + size.width())
    height = sum(r.height + r.gap_before for r in rows)
    return _Plan(tuple(rows), QSizeF(min(max_width, widest + 2 * pad), height + 2 * pad), pad,
                 swatch, text_x, ramp_w)


def legend_size(
    entries: list[LegendEntry],
    font: QFont,
    max_width: float,
    title: str = "",
    device: QPaintDevice | None = None,
) -> QSizeF:
    """The size :func:`draw_legend` will take, to plan a page before drawing.

    Pass the paint ``device`` when the font is sized in points rather than pixels.
    """
    return _plan(entries, title, font, max_width, device).size


def _color(rgba: tuple[int, int, int, int] | None, fallback: QColor) -> QColor:
    return QColor(*rgba) if rgba is not None else fallback


def draw_legend(
    painter: QPainter,
    top_left: QPointF,
    entries: list[LegendEntry],
    title: str,
    font: QFont,
    max_width: float,
) -> QRectF:
    """Draw a framed legend box at ``top_left``; return the rectangle it covers.

    "fill" entries get a swatch of their fill and outline, "ramp" entries a gradient bar
    with its end labels beneath, "text" entries a bold heading (a layer name).
    """
    plan = _plan(entries, title, font, max_width, painter.device())
    box = QRectF(top_left, plan.size)
    em = _em(font)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = QPen(FRAME)
        frame.setWidthF(max(1.0, em / 14))
        painter.setPen(frame)
        painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
        painter.drawRect(box)
        x = box.left() + plan.pad
        y = box.top() + plan.pad
        inner = box.width() - 2 * plan.pad
        for row in plan.rows:
            y += row.gap_before
            entry = row.entry
            if entry is None or entry.kind == "text":
                painter.setFont(_bold(font, 1.15) if entry is None else _bold(font))
                painter.setPen(INK)
                text = title if entry is None else entry.label
                painter.drawText(QRectF(x, y, inner, row.height), _WRAP, text)
            elif entry.kind == "ramp":
                _draw_ramp(painter, entry, QRectF(x, y, plan.ramp_w, row.height), plan, font)
            else:
                line_h = QFontMetricsF(font, painter.device()).height()
                first = max(line_h, plan.swatch.height())
                sw = QRectF(x, y + (first - plan.swatch.height()) / 2,
                            plan.swatch.width(), plan.swatch.height())
                stroke = QPen(_color(entry.stroke, QColor(0, 0, 0, 0)))
                stroke.setWidthF(max(1.0, em / 12))
                painter.setPen(stroke if entry.stroke is not None else QPen(Qt.PenStyle.NoPen))
                painter.setBrush(QBrush(_color(entry.fill, QColor(0, 0, 0, 0))))
                painter.drawRect(sw)
                painter.setFont(font)
                painter.setPen(INK)
                painter.drawText(QRectF(x + plan.text_x, y + (first - line_h) / 2,
                                        inner - plan.text_x, row.text_h), _WRAP, entry.label)
            y += row.height
    finally:
        painter.restore()
    return box


def _draw_ramp(painter: QPainter, entry: LegendEntry, rect: QRectF, plan: _Plan,
               font: QFont) -> None:
    bar = QRectF(rect.left(), rect.top(), rect.width(), plan.swatch.height() * 0.8)
    gradient = QLinearGradient(bar.topLeft(), bar.topRight())
    colors = entry.colors or ((0, 0, 0, 255), (255, 255, 255, 255))
    for i, rgba in enumerate(colors):
        gradient.setColorAt(i / max(1, len(colors) - 1), QColor(*rgba))
    painter.setPen(QPen(FRAME))
    painter.setBrush(QBrush(gradient))
    painter.drawRect(bar)
    painter.setFont(font)
    painter.setPen(INK)
    below = QRectF(rect.left(), bar.bottom() + _em(font) * 0.15, rect.width(),
                   rect.bottom() - bar.bottom())
    painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                     entry.label)
    painter.drawText(below, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                     entry.label_end)
