"""Select: click a plot to select it (Ctrl+click adds or removes), click empty map to clear."""

from __future__ import annotations

from PySide6.QtCore import Qt

from metkasekor_desktop.ui.tools.base import MapMouseEvent, MapTool

CLICK_TOLERANCE_PX = 3.0


class SelectTool(MapTool):
    name = "select"

    def __init__(self, canvas) -> None:
        super().__init__(
            canvas,
            self.tr("Select plots"),
            "S",
            self.tr("Click a plot to select it; Ctrl+click adds or removes a plot."),
        )

    def release(self, event: MapMouseEvent) -> bool:
        if event.button != Qt.MouseButton.LeftButton:
            return False
        layer = self.canvas.plot_layer
        if layer is None:
            return False
        plot_id = self.plot_under(event, CLICK_TOLERANCE_PX)
        if event.modifiers & Qt.KeyboardModifier.ControlModifier:
            if plot_id is not None:
                layer.toggle(plot_id)
        else:
            layer.select([] if plot_id is None else [plot_id])
        return True
