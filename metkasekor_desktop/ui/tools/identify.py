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
        plot_id = self.plot_under(event, CLICK_TOLERANCE_PX)
        layer.select([] if plot_id is None else [plot_id])
        self.identified.emit(plot_id)
        return True
