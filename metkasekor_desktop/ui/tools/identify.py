"""Identify: click a plot to see its details (the plot is selected too)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from metkasekor_desktop.ui.tools.base import MapMouseEvent, MapTool
from metkasekor_desktop.ui.tools.select import CLICK_TOLERANCE_PX


class IdentifyTool(MapTool):
    """Emits ``identified(plot_id or None)``; the window shows the plot's details."""

    name = "identify"
    identified = Signal(object)

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Identify"),
            "I",
            self.tr("Click a plot to see its farmer, village, role and area."),
        )
        self.cursor = Qt.CursorShape.WhatsThisCursor

    def release(self, event: MapMouseEvent) -> bool:
        if event.button != Qt.MouseButton.LeftButton:
            return False
        layer = self.canvas.plot_layer
        if layer is None:
            return False
        tolerance = CLICK_TOLERANCE_PX * self.canvas.viewport.units_per_pixel
        plot_id = layer.plot_at(event.x, event.y, tolerance)
        layer.select([] if plot_id is None else [plot_id])
        self.identified.emit(plot_id)
        return True
