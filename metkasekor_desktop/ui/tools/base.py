"""The map tool protocol (DESIGN.md: map tools are classes).

A tool receives :class:`MapMouseEvent` objects that already carry map coordinates, so a
test can drive it with synthetic events and no window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter

if TYPE_CHECKING:
    from metkasekor_desktop.layers.plot_editor import PlotEditor
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.layers.viewport import Viewport


class Canvas(Protocol):
    """What tools use of the map canvas (a QWidget): its view, its plot layer and the
    open project's editor, redrawing, the cursor and panning. The canvas owns the tools
    (their registry); the tools know it only by this, so neither imports the other."""

    viewport: Viewport
    map_epsg: int

    @property
    def plot_layer(self) -> PlotLayer | None: ...

    @property
    def editor(self) -> PlotEditor | None: ...

    def update(self) -> None: ...

    def refresh(self) -> None: ...

    def setCursor(self, cursor: Any) -> None: ...  # noqa: N802 - Qt's name

    def zoom_to_extent(self, extent: Any) -> None: ...

    def zoom_by(self, factor: float, px: float, py: float) -> None: ...

    def pan_pixels(self, dx: float, dy: float) -> None: ...

    def begin_gesture(self) -> None: ...


@dataclass(frozen=True, slots=True)
class MapMouseEvent:
    x: float  # map CRS
    y: float
    px: float  # widget pixels
    py: float
    button: Qt.MouseButton = Qt.MouseButton.LeftButton
    buttons: Qt.MouseButton = Qt.MouseButton.NoButton
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier


class MapTool(QObject):
    """Base class: owns its QAction; handlers return True when they used the event."""

    name = "tool"

    def __init__(self, canvas: Canvas, text: str, shortcut: str, tip: str) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.action = QAction(text, self)
        self.action.setCheckable(True)
        if shortcut:
            self.action.setShortcut(QKeySequence(shortcut))
        self.action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        self.action.setStatusTip(tip)
        self.cursor = Qt.CursorShape.ArrowCursor

    def status_hint(self) -> str:
        """What the tool expects next, for the status bar."""
        return self.action.statusTip()

    def activate(self) -> None:
        self.action.setChecked(True)
        self.canvas.setCursor(self.cursor)

    def deactivate(self) -> None:
        self.action.setChecked(False)

    def press(self, event: MapMouseEvent) -> bool:
        return False

    def move(self, event: MapMouseEvent) -> bool:
        return False

    def release(self, event: MapMouseEvent) -> bool:
        return False

    def double_click(self, event: MapMouseEvent) -> bool:
        return False

    def key_press(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        return False

    def plot_under(self, event: MapMouseEvent, tolerance_px: float = 3.0) -> int | None:
        """The plot at the event, or within ``tolerance_px`` pixels of it."""
        layer = self.canvas.plot_layer
        if layer is None:
            return None
        return layer.plot_at(event.x, event.y, tolerance_px * self.canvas.viewport.units_per_pixel)

    def paint_overlay(self, painter: QPainter) -> None:
        """Draw what the tool shows while it works (rubber bands), in widget pixels."""
