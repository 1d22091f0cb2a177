"""The map canvas: composes the cached map image and the overlay; tools do the rest.

Rendering happens in :class:`RenderWorker`; while the user drags or zooms, the last image
is shifted and scaled, and a real render follows when the view settles (DESIGN.md 4).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QWidget

from metkasekor_desktop.layers.decorations import (
    draw_attribution,
    draw_north_arrow,
    draw_scale_bar,
    north_angle,
)
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_export import attribution_text
from metkasekor_desktop.layers.map_renderer import BACKGROUND
from metkasekor_desktop.layers.plot_editor import PlotEditor
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.plot_renderer import render_selection
from metkasekor_desktop.layers.session import ProjectSession
from metkasekor_desktop.layers.viewport import Extent, Viewport
from metkasekor_desktop.ui.render_worker import RenderWorker
from metkasekor_desktop.ui.tools.base import MapMouseEvent
from metkasekor_desktop.ui.tools.registry import ToolRegistry

WHEEL_STEP = 1.25  # zoom factor of one wheel notch
SETTLE_MS = 60  # quiet time after a gesture before the real render
DEFAULT_EXTENT: Extent = (180_000.0, 1_150_000.0, 800_000.0, 1_650_000.0)  # Cambodia, UTM 48N


class MapCanvas(QWidget):
    """Shows the layers in ``viewport``; emits ``cursor_moved(x, y)`` in map units."""

    cursor_moved = Signal(float, float)
    view_changed = Signal(object)
    rendered = Signal()  # the finished (antialiased) frame of the current view
    frame_shown = Signal()  # any new frame, e.g. the first quick one after opening

    def __init__(self, layers: LayerList, map_epsg: int = 32648, parent=None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)
        self.layers = layers
        self.map_epsg = map_epsg
        self.viewport = Viewport(0.0, 0.0, 1.0, 640, 480).fitted(DEFAULT_EXTENT)
        self.tools = ToolRegistry(self)
        self.overlays: list = []  # callables drawing on top (scale bar, north arrow, ...)
        self._closed = False
        self.show_scale_bar = True
        self.show_north_arrow = True
        self._image: QImage | None = None
        self._image_viewport: Viewport | None = None
        # The selection overlay, drawn once per selection and view (see _paint_selection).
        self._selection_image: QImage | None = None
        self._selection_viewport: Viewport | None = None
        self._selection_of: tuple = ()
        self._history: list[Viewport] = []
        self._future: list[Viewport] = []
        # A view set before the canvas has its size (a project opened at start-up): the
        # first resize shows this extent, not all the layers (a country-wide basemap).
        self._sized = False
        self._first_extent: Extent | None = None
        # An extent to show whole while the window settles (docks filled, layout done):
        # fitted again at each resize until the officer moves the map.
        self._fit: tuple[Extent, float] | None = None
        self._space_pan: tuple[float, float] | None = None
        self._middle_pan: tuple[float, float] | None = None
        self.session: ProjectSession | None = None
        self._worker = RenderWorker(self)
        self._worker.image_ready.connect(self._on_image)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._render_now)
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(lambda: self._render_now(antialias=True))
        self.layers.changed.connect(lambda _=None: self.refresh())

    # --- the layers ---------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        """The open project whose plots the editing tools change (None: no project)."""
        self.session = session

    @property
    def editor(self) -> PlotEditor | None:
        """The open project's plot editor, for the editing tools."""
        return None if self.session is None else self.session.editor

    @property
    def plot_layer(self) -> PlotLayer | None:
        return next((layer for layer in self.layers if isinstance(layer, PlotLayer)), None)

    def refresh(self) -> None:
        """Re-render after a change of the layers (same view): at the next turn of the
        event loop, so the changes of one step share one render, and straight in the
        finished (antialiased) look: an edit at rest shows without the settle time of a
        gesture. While a gesture settles, its render is due anyway."""
        if not self._settle.isActive():
            self._soon.start()
        self.update()

    # --- view ---------------------------------------------------------------------------
    def set_viewport(self, viewport: Viewport, remember: bool = True) -> None:
        self._fit = None  # the officer (or a command) chose this view
        if remember and viewport != self.viewport:
            self._history.append(self.viewport)
            del self._history[:-50]
            self._future.clear()
        self.viewport = viewport
        if not self._sized:
            self._first_extent = viewport.extent
        self.view_changed.emit(viewport)
        self._settle.start()
        self.update()

    def fit_while_settling(self, extent: Extent, margin: float = 0.05) -> None:
        """Show ``extent`` whole, and keep it whole through the resizes of the window's
        first layout, until the view is moved; a later resize keeps centre and scale."""
        self.set_viewport(self.viewport.fitted(extent, margin=margin))
        self._fit = (extent, margin)

    def zoom_to_extent(self, extent: Extent | None) -> None:
        if extent is None:
            return
        self.set_viewport(self.viewport.fitted(extent))

    def zoom_to_all(self) -> None:
        self.zoom_to_extent(self.layers.extent() or DEFAULT_EXTENT)

    def zoom_to_selection(self) -> None:
        layer = self.plot_layer
        if layer is not None and layer.selected:
            extent = layer.plot_extent(layer.selected)
            if extent is not None:
                xmin, ymin, xmax, ymax = extent
                pad = max(xmax - xmin, ymax - ymin, 200.0) * 0.5
                self.zoom_to_extent((xmin - pad, ymin - pad, xmax + pad, ymax + pad))

    def zoom_by(self, factor: float, px: float | None = None, py: float | None = None) -> None:
        px = self.width() / 2 if px is None else px
        py = self.height() / 2 if py is None else py
        self.set_viewport(self.viewport.zoomed_at(px, py, factor))

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the map by a pixel offset (interactive: history kept once per gesture)."""
        self.viewport = self.viewport.panned_pixels(dx, dy)
        self.view_changed.emit(self.viewport)
        self._settle.stop()
        self.update()

    def begin_gesture(self) -> None:
        """A drag starts: remember the view so that Previous view returns to it."""
        self._history.append(self.viewport)
        del self._history[:-50]
        self._future.clear()

    def view_settled(self) -> None:
        """End of a gesture: render properly."""
        self._settle.start()

    def previous_view(self) -> None:
        if self._history:
            self._future.append(self.viewport)
            self.set_viewport(self._history.pop(), remember=False)

    def next_view(self) -> None:
        if self._future:
            self._history.append(self.viewport)
            self.set_viewport(self._future.pop(), remember=False)

    # --- rendering ----------------------------------------------------------------------
    def _render_now(self, antialias: bool = False) -> None:
        if self._closed:
            return
        self._worker.request(self.layers, self.viewport, antialias, self.devicePixelRatioF())

    def _on_image(self, image: QImage, viewport: Viewport, antialias: bool) -> None:
        self._image, self._image_viewport = image, viewport
        self.update()
        self.frame_shown.emit()
        if viewport == self.viewport and not antialias:
            self._render_now(antialias=True)  # the finer frame at rest
        elif viewport == self.viewport:
            self.rendered.emit()

    def stop_rendering(self) -> None:
        """Cancel the render in progress and wait for the worker to let go of the layers."""
        self._worker.cancel()
        self._worker.wait()

    def wait_for_render(self, msecs: int = 10_000) -> None:
        """Finish pending renders now (tests, screenshots, map export)."""
        if self._soon.isActive():
            self._soon.stop()
            self._render_now(antialias=True)
        if self._settle.isActive():
            self._settle.stop()
            self._render_now()
        self._worker.wait(msecs)

    def resizeEvent(self, event) -> None:
        size = event.size()
        first = not self._sized
        self._sized = size.width() > 0 and size.height() > 0
        self.viewport = self.viewport.resized(size.width(), size.height())
        extent = self._first_extent or self.layers.extent()
        if self._fit is not None and self._sized:
            self.viewport = self.viewport.fitted(*self._fit)
            self.view_changed.emit(self.viewport)
        elif first and extent is not None:
            self.viewport = self.viewport.fitted(extent, margin=0.0 if self._first_extent
                                                 else 0.05)
            self.view_changed.emit(self.viewport)
        self._settle.start()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        if self._image is not None and self._image_viewport is not None:
            self._draw_image(painter, self._image, self._image_viewport)
        layer = self.plot_layer
        if layer is not None and layer.visible and layer.selected:
            self._paint_selection(painter, layer)
        self._paint_decorations(painter)
        for overlay in self.overlays:
            overlay(painter)
        if self.tools.active is not None:
            self.tools.active.paint_overlay(painter)
        painter.end()

    def _draw_image(self, painter: QPainter, image: QImage, old: Viewport) -> None:
        """An image drawn for the view ``old``, shifted and scaled to the current view."""
        new = self.viewport
        scale = old.units_per_pixel / new.units_per_pixel
        ox, oy = new.map_to_pixel(old.extent[0], old.extent[3])
        target = QRectF(float(ox), float(oy), old.width * scale, old.height * scale)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale != 1.0)
        painter.drawImage(target, image)

    def _paint_selection(self, painter: QPainter, layer: PlotLayer) -> None:
        """The selected plots, from an image drawn once per selection and view: while the
        view moves it is shifted like the map image and drawn again with the next map
        image (100,000 selected plots must not be drawn again at every repaint)."""
        source = self._selection_of
        same = (len(source) == 3 and source[0] is layer and source[1] is layer.geometry
                and source[2] == layer.selected)
        settled = self._image_viewport is None or self._image_viewport == self.viewport
        if not same or self._selection_image is None or (
                settled and self._selection_viewport != self.viewport):
            view = self.viewport
            ratio = self.devicePixelRatioF()
            image = QImage(max(1, round(view.width * ratio)), max(1, round(view.height * ratio)),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            overlay = QPainter(image)
            render_selection(overlay, layer, view)
            overlay.end()
            self._selection_image, self._selection_viewport = image, view
            self._selection_of = (layer, layer.geometry, layer.selected)
        self._draw_image(painter, self._selection_image, self._selection_viewport)

    def _paint_decorations(self, painter: QPainter) -> None:
        """Scale bar bottom left, north arrow top right, credits of the layers bottom right."""
        if not self.layers.extent():
            return
        w, h = self.width(), self.height()
        if self.show_scale_bar:
            draw_scale_bar(painter, QPointF(12.0, h - 12.0), self.viewport, max_px=160,
                           map_epsg=self.map_epsg)
        if self.show_north_arrow:
            draw_north_arrow(painter, QPointF(w - 30.0, 34.0), 44.0,
                             north_angle(self.viewport, self.map_epsg))
        credit = attribution_text(self.layers)
        if credit:
            draw_attribution(painter, QRectF(w * 0.4, 0.0, w * 0.6 - 4.0, h - 4.0), credit)

    # --- input --------------------------------------------------------------------------
    def _map_event(self, event: QMouseEvent) -> MapMouseEvent:
        pos: QPointF = event.position()
        x, y = self.viewport.pixel_to_map(pos.x(), pos.y())
        return MapMouseEvent(x, y, pos.x(), pos.y(), event.button(), event.buttons(),
                             event.modifiers())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if event.button() == Qt.MouseButton.MiddleButton or self._space_pan is not None:
            self._middle_pan = (pos.x(), pos.y())
            self.begin_gesture()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self.tools.active is not None:
            self.tools.active.press(self._map_event(event))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        x, y = self.viewport.pixel_to_map(pos.x(), pos.y())
        self.cursor_moved.emit(x, y)
        if self._middle_pan is not None:
            self.pan_pixels(pos.x() - self._middle_pan[0], pos.y() - self._middle_pan[1])
            self._middle_pan = (pos.x(), pos.y())
            return
        if self.tools.active is not None:
            self.tools.active.move(self._map_event(event))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._middle_pan is not None:
            self._middle_pan = None
            self.setCursor(self.tools.active.cursor if self.tools.active else
                           Qt.CursorShape.ArrowCursor)
            self.view_settled()
            return
        if self.tools.active is not None:
            self.tools.active.release(self._map_event(event))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.tools.active is not None:
            self.tools.active.double_click(self._map_event(event))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            return
        pos = event.position()
        self.zoom_by(WHEEL_STEP**steps, pos.x(), pos.y())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 0.25
        moves = {
            Qt.Key.Key_Left: (self.width() * step, 0),
            Qt.Key.Key_Right: (-self.width() * step, 0),
            Qt.Key.Key_Up: (0, self.height() * step),
            Qt.Key.Key_Down: (0, -self.height() * step),
        }
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_pan = (0.0, 0.0)
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in moves:
            self.set_viewport(self.viewport.panned_pixels(*moves[key]))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(2.0)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.5)
        elif self.tools.active is None or not self.tools.active.key_press(key, event.modifiers()):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_pan = None
            self._middle_pan = None
            self.setCursor(self.tools.active.cursor if self.tools.active else
                           Qt.CursorShape.ArrowCursor)
            self.view_settled()
        else:
            super().keyReleaseEvent(event)

    def closeEvent(self, event) -> None:
        """No render may start or run once the canvas is closed."""
        self._closed = True
        self._settle.stop()
        self._soon.stop()
        self._worker.cancel()
        self._worker.wait()
        super().closeEvent(event)
