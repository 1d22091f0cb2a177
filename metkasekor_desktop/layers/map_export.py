"""Export the map as a page: PNG image or vector PDF, with title, legend and decorations.

The page shows the same part of the map as the canvas: the view keeps its centre and is
scaled so that its whole extent fits the framed map rectangle. The map itself is drawn in
"screen pixels" (1/96 inch) scaled up to the page, so plots, markers and labels look as
they do on the screen, only sharper. A PDF is written at 96 units per inch and painted
directly, so plots stay vector shapes and text stays searchable text (rasters in it are
embedded at that resolution). The file is written under a temporary name in the target
folder and renamed at the end: an interrupted export never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers import decorations as deco
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.legend import LegendEntry
from metkasekor_desktop.layers.map_renderer import BACKGROUND, paint_map
from metkasekor_desktop.layers.viewport import Viewport

SCREEN_DPI = 96.0  # the map is drawn in screen pixels of this size, scaled to the page
PDF_DPI = SCREEN_DPI
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
SUFFIXES = (".png", ".pdf")
MAX_PNG_SIDE = 20_000  # pixels; beyond this the image would not fit in memory


class MapExportError(DomainError):
    """The map could not be exported; the message says why and what to do."""


class MapExportCancelled(MapExportError):
    """The user cancelled the export; nothing was written."""


# Marked for lupdate here, translated where drawn.
LEGEND = QT_TRANSLATE_NOOP("MapExport", "Legend")
DATE = QT_TRANSLATE_NOOP("MapExport", "Date")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapExport", text)


@dataclass(frozen=True)
class MapPage:
    """What goes on the exported page and how big it is.

    ``size_px`` and ``dpi`` apply to a PNG (the dpi sets how large text and symbols are
    in those pixels, and is stored in the file); ``page_size`` ("A4" or "A3", landscape)
    applies to a PDF. An empty ``date_text`` leaves the date out.
    """

    title: str = ""
    subtitle: str = ""
    date_text: str = field(default_factory=lambda: date.today().isoformat())
    size_px: tuple[int, int] = (1754, 1240)  # A4 landscape at 150 dpi
    page_size: str = "A4"
    dpi: float = 150.0
    show_legend: bool = True
    show_scale_bar: bool = True
    show_north_arrow: bool = True
    legend_position: str = "right"  # "right" of the map, or "inside" its bottom-left


@dataclass(frozen=True)
class PageLayout:
    """Where everything goes on the page, in the device's units.

    ``viewport`` is the re-fitted map view in screen pixels; one of its pixels is
    ``scale`` device units, and its pixel (0, 0) is the top-left of ``map_rect``.
    """

    page_rect: QRectF
    header_rect: QRectF
    map_rect: QRectF
    legend_rect: QRectF | None
    viewport: Viewport
    scale: float
    dpi: float
    entries: tuple[LegendEntry, ...]

    def pt(self, points: float) -> float:
        """Typographic points in device units."""
        return points * self.dpi / 72.0

    def map_to_page(self, x: float, y: float) -> QPointF:
        """Where the map point (x, y) lands on the page."""
        px, py = self.viewport.map_to_pixel(x, y)
        return QPointF(self.map_rect.left() + float(px) * self.scale,
                       self.map_rect.top() + float(py) * self.scale)

    def device_viewport(self) -> Viewport:
        """The map view with one pixel per device unit, for the decorations."""
        return replace(self.viewport, units_per_pixel=self.viewport.units_per_pixel / self.scale,
                       width=max(1, round(self.map_rect.width())),
                       height=max(1, round(self.map_rect.height())))


def legend_entries(layers: LayerList) -> list[LegendEntry]:
    """Every visible layer's legend (top layer first), each under the layer's name."""
    entries: list[LegendEntry] = []
    for layer in layers:
        if not layer.visible:
            continue
        own = layer.legend()
        if own:
            entries.append(LegendEntry(layer.name, kind="text"))
            entries.extend(own)
    return entries


def attribution_text(layers: LayerList) -> str:
    """The credits of the visible layers, each once, in layer order."""
    texts = [layer.attribution().strip() for layer in layers if layer.visible]
    return "; ".join(dict.fromkeys(t for t in texts if t))


def _check_page(page: MapPage, kind: str) -> None:
    if page.legend_position not in ("right", "inside"):
        raise MapExportError(
            msg("Unknown legend position {position!r}; use 'right' or 'inside'.",
                position=page.legend_position))
    if kind == ".pdf" and page.page_size not in PAGE_SIZES:
        raise MapExportError(
            msg("Unknown page size {size!r} for a PDF map; use {sizes}.",
                size=page.page_size, sizes=" or ".join(PAGE_SIZES)))
    if kind == ".png":
        w, h = page.size_px
        if not (0 < w <= MAX_PNG_SIDE and 0 < h <= MAX_PNG_SIDE):
            raise MapExportError(
                msg("A map image of {width} x {height} pixels cannot be made; choose a "
                    "width and height between 1 and {largest} pixels.", width=w, height=h,
                    largest=MAX_PNG_SIDE))
        if not page.dpi > 0:
            raise MapExportError(msg("The resolution must be above 0 dpi, not {dpi}.",
                                     dpi=page.dpi))


def _device(page: MapPage, kind: str) -> tuple[QSizeF, float]:
    """The drawable size in device units and the device's dots per inch."""
    if kind == ".pdf":
        size = QPageSize(PAGE_SIZES[page.page_size]).sizePixels(round(PDF_DPI))
        return QSizeF(max(size.width(), size.height()), min(size.width(), size.height())), PDF_DPI
    return QSizeF(*page.size_px), float(page.dpi)


def page_layout(layers: LayerList, viewport: Viewport, page: MapPage, kind: str = ".png",
                device_size: QSizeF | None = None) -> PageLayout:
    """Plan the page for a ``kind`` (".png" or ".pdf") export; the export draws this plan."""
    kind = kind.lower()
    _check_page(page, kind)
    size, dpi = _device(page, kind)
    if device_size is not None:
        size = device_size
    pt = dpi / 72.0
    margin = 24 * pt  # a third of an inch
    gap = 8 * pt
    page_rect = QRectF(0, 0, size.width(), size.height())
    header_h = 0.0
    if page.title or page.subtitle or page.date_text:
        header_h = _header_height(page, pt)
    header = QRectF(margin, margin, page_rect.width() - 2 * margin, header_h)
    top = header.bottom() + (gap if header_h else 0.0)
    body = QRectF(margin, top, page_rect.width() - 2 * margin,
                  max(1.0, page_rect.height() - margin - top))
    entries = tuple(legend_entries(layers)) if page.show_legend else ()
    legend_rect: QRectF | None = None
    map_rect = body
    if entries:
        font = _legend_font(pt)
        if page.legend_position == "right":
            max_w = body.width() * 0.3
            lsize = deco.legend_size(list(entries), font, max_w, _tr(LEGEND))
            map_rect = QRectF(body.left(), body.top(), body.width() - lsize.width() - gap,
                              body.height())
            legend_rect = QRectF(QPointF(map_rect.right() + gap, body.top()), lsize)
        else:
            inset = 8 * pt
            max_w = body.width() * 0.4
            lsize = deco.legend_size(list(entries), font, max_w, _tr(LEGEND))
            legend_rect = QRectF(QPointF(body.left() + inset,
                                         body.bottom() - inset - lsize.height()), lsize)
    scale = dpi / SCREEN_DPI
    width_px = max(1, round(map_rect.width() / scale))
    height_px = max(1, round(map_rect.height() / scale))
    view_w = viewport.width * viewport.units_per_pixel
    view_h = viewport.height * viewport.units_per_pixel
    fitted = Viewport(viewport.center_x, viewport.center_y,
                      max(view_w / width_px, view_h / height_px), width_px, height_px)
    return PageLayout(page_rect, header, map_rect, legend_rect, fitted, scale, dpi, entries)


def _title_font(pt: float) -> QFont:
    return deco.decoration_font(16 * pt, bold=True)


def _small_font(pt: float) -> QFont:
    return deco.decoration_font(9.5 * pt)


def _legend_font(pt: float) -> QFont:
    return deco.decoration_font(9 * pt)


def _header_height(page: MapPage, pt: float) -> float:
    height = QFontMetricsF(_title_font(pt)).height()
    if page.subtitle:
        height += QFontMetricsF(_small_font(pt)).height() + 2 * pt
    return height + 4 * pt


# --- painting ----------------------------------------------------------------------------
def _paint_header(painter: QPainter, layout: PageLayout, page: MapPage) -> None:
    rect = layout.header_rect
    if rect.height() <= 0:
        return
    title_font = _title_font(layout.pt(1))
    small = _small_font(layout.pt(1))
    title_metrics = QFontMetricsF(title_font, painter.device())
    small_metrics = QFontMetricsF(small, painter.device())
    date_text = f"{_tr(DATE)}: {page.date_text}" if page.date_text else ""
    date_w = small_metrics.horizontalAdvance(date_text) if date_text else 0.0
    title_w = max(1.0, rect.width() - date_w - layout.pt(12))
    painter.save()
    try:
        painter.setPen(deco.INK)
        line_h = title_metrics.height()
        if page.title:
            painter.setFont(title_font)
            text = title_metrics.elidedText(page.title, Qt.TextElideMode.ElideRight, title_w)
            painter.drawText(QRectF(rect.left(), rect.top(), title_w, line_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)
        painter.setFont(small)
        if date_text:
            painter.drawText(QRectF(rect.right() - date_w, rect.top(), date_w, line_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             date_text)
        if page.subtitle:
            painter.setPen(QColor(70, 70, 70))
            text = small_metrics.elidedText(page.subtitle, Qt.TextElideMode.ElideRight,
                                            rect.width())
            painter.drawText(QRectF(rect.left(), rect.top() + line_h + layout.pt(2),
                                    rect.width(), small_metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        rule = QPen(QColor(150, 150, 150))
        rule.setWidthF(layout.pt(0.75))
        painter.setPen(rule)
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
    finally:
        painter.restore()


def _paint_map(painter: QPainter, layers: LayerList, layout: PageLayout, *, antialias: bool,
               cancelled: Callable[[], bool]) -> bool:
    painter.save()
    try:
        painter.setClipRect(layout.map_rect)
        painter.fillRect(layout.map_rect, BACKGROUND)
        painter.translate(layout.map_rect.topLeft())
        painter.scale(layout.scale, layout.scale)
        return paint_map(painter, layers, layout.viewport, antialias=antialias,
                         cancelled=cancelled)
    finally:
        painter.restore()


def _paint_decorations(painter: QPainter, layers: LayerList, layout: PageLayout, page: MapPage,
                       map_epsg: int) -> None:
    pt = layout.pt(1)
    rect = layout.map_rect
    inset = 8 * pt
    view = layout.device_viewport()
    painter.save()
    try:
        painter.setClipRect(rect)
        legend_inside = layout.legend_rect is not None and page.legend_position == "inside"
        if legend_inside and layout.legend_rect is not None:
            deco.draw_legend(painter, layout.legend_rect.topLeft(), list(layout.entries),
                             _tr(LEGEND), _legend_font(pt), layout.legend_rect.width())
        if page.show_scale_bar:
            x = rect.left() + inset
            if legend_inside and layout.legend_rect is not None:
                x = layout.legend_rect.right() + inset * 2
            max_px = min(rect.width() * 0.3, 2 * layout.dpi)
            deco.draw_scale_bar(painter, QPointF(x, rect.bottom() - inset), view, max_px,
                                deco.decoration_font(9 * pt), map_epsg=map_epsg)
        if page.show_north_arrow:
            size = 0.55 * layout.dpi  # a little over half an inch
            centre = QPointF(rect.right() - inset - size / 2, rect.top() + inset + size / 2)
            deco.draw_north_arrow(painter, centre, size, deco.north_angle(view, map_epsg))
        credit = attribution_text(layers)
        if credit:
            deco.draw_attribution(painter, QRectF(rect.left() + rect.width() * 0.4, rect.top(),
                                                  rect.width() * 0.6 - inset / 2,
                                                  rect.height() - inset / 2),
                                  credit, deco.decoration_font(7 * pt))
    finally:
        painter.restore()
    painter.save()
    try:
        frame = QPen(QColor(60, 60, 60))
        frame.setWidthF(pt)
        frame.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        if layout.legend_rect is not None and page.legend_position == "right":
            deco.draw_legend(painter, layout.legend_rect.topLeft(), list(layout.entries),
                             _tr(LEGEND), _legend_font(pt), layout.legend_rect.width())
    finally:
        painter.restore()


def paint_page(painter: QPainter, layers: LayerList, map_epsg: int, layout: PageLayout,
               page: MapPage, *, antialias: bool = True,
               cancelled: Callable[[], bool] = lambda: False) -> bool:
    """Paint the whole page into ``painter`` by ``layout``; False when cancelled."""
    painter.fillRect(layout.page_rect, QColor(255, 255, 255))
    _paint_header(painter, layout, page)
    if not _paint_map(painter, layers, layout, antialias=antialias, cancelled=cancelled):
        return False
    _paint_decorations(painter, layers, layout, page, map_epsg)
    return not cancelled()


# --- files -------------------------------------------------------------------------------
def _temporary_file(out: Path) -> Path:
    """A new empty file next to ``out`` (created here, so the folder is known writable)."""
    folder = out.parent
    temp = folder / f".{out.stem}-{uuid.uuid4().hex[:12]}.part"
    try:
        with open(temp, "xb"):  # normal permissions, unlike mkstemp's owner-only ones
            pass
    except OSError as error:
        reason = error.strerror or str(error)
        raise MapExportError(
            msg("The map cannot be written to {out}: the folder {folder} cannot be written "
                "to ({reason}). Choose another folder.", out=str(out), folder=str(folder),
                reason=reason)) from error
    return temp


def _write_png(path: Path, layers: LayerList, viewport: Viewport, map_epsg: int,
               page: MapPage, cancelled: Callable[[], bool]) -> bool:
    layout = page_layout(layers, viewport, page, ".png")
    w, h = page.size_px
    image = QImage(w, h, QImage.Format.Format_RGB32)
    if image.isNull():
        raise MapExportError(
            msg("There is not enough memory for a map image of {width} x {height} pixels; "
                "choose a smaller size.", width=w, height=h))
    painter = QPainter(image)
    try:
        ok = paint_page(painter, layers, map_epsg, layout, page, cancelled=cancelled)
    finally:
        painter.end()
    if not ok:
        return False
    # Set after painting: point-sized label fonts of the map must resolve at screen dpi
    # (the painter's scale already enlarges them), the file still records the real dpi.
    dots_per_metre = round(page.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    if not image.save(str(path), "PNG"):
        raise MapExportError(
            msg("The map image could not be saved as {name}; the disk may be full.",
                name=path.name))
    return True


def _write_pdf(path: Path, layers: LayerList, viewport: Viewport, map_epsg: int,
               page: MapPage, cancelled: Callable[[], bool]) -> bool:
    writer = QPdfWriter(str(path))
    writer.setCreator("MetKasekor Desktop")
    writer.setTitle(page.title)
    writer.setResolution(round(PDF_DPI))
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page.page_size]),
                                     QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise MapExportError(msg("The PDF file {name} could not be opened for writing.",
                                 name=path.name))
    try:
        # Laid out on the writer's own drawable size, which can differ by rounding.
        layout = page_layout(layers, viewport, page, ".pdf",
                             QSizeF(writer.width(), writer.height()))
        return paint_page(painter, layers, map_epsg, layout, page, cancelled=cancelled)
    finally:
        painter.end()


def export_map(
    layers: LayerList,
    viewport: Viewport,
    map_epsg: int,
    out: Path,
    page: MapPage,
    progress: Callable[[float], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the map page to ``out`` as PNG or PDF (by its suffix) and return the path.

    ``progress`` receives 0..1. When ``cancelled()`` turns true the export stops,
    nothing is written and :class:`MapExportCancelled` is raised.
    """
    out = Path(out)
    kind = out.suffix.lower()
    if kind not in SUFFIXES:
        if not out.suffix:
            raise MapExportError(msg(
                "A map can be exported as PNG or PDF, not as a file without suffix "
                "({name}); name the file with .png or .pdf.", name=out.name))
        raise MapExportError(msg(
            "A map can be exported as PNG or PDF, not as {suffix} ({name}); name the "
            "file with .png or .pdf.", suffix=out.suffix, name=out.name))
    report = progress or (lambda _fraction: None)
    is_cancelled = cancelled or (lambda: False)
    page_layout(layers, viewport, page, kind)  # refuses a bad page before touching the disk
    report(0.05)
    temp = _temporary_file(out)
    try:
        writer = _write_pdf if kind == ".pdf" else _write_png
        if not writer(temp, layers, viewport, map_epsg, page, is_cancelled):
            raise MapExportCancelled(
                msg("The map export was cancelled; no file was written."))
        report(0.95)
        try:
            os.replace(temp, out)
        except OSError as error:
            raise MapExportError(
                msg("The map could not be saved as {out}: {reason}. If the file is open in "
                    "another program, close it and export again.", out=str(out),
                    reason=str(error.strerror or error))) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    report(1.0)
    return out
