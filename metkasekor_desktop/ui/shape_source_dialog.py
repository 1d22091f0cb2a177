"""What the dialogs that make a plot from numbers (typed coordinates, a GPX file) share:
measuring the shape for the preview, and checking it with the editor before closing."""

from __future__ import annotations

import shapely
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import M2_PER_HA, METRIC_EPSG, transform
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.plot_editor import PlotEditor, PreparedShape


class ShapeSourceDialog(QDialog):
    """Subclasses build a polygon in the map CRS; ``prepared()`` is the checked shape."""

    def __init__(self, editor: PlotEditor, map_epsg: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.map_epsg = map_epsg
        self._prepared: PreparedShape | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)

    def measure(self, geom) -> tuple[str, str]:
        """Area (ha, 4 decimals) and perimeter (m, 1 decimal) of a map-CRS shape."""
        metric = transform(geom, self.map_epsg, METRIC_EPSG)
        return (f"{shapely.area(metric) / M2_PER_HA:.4f}",
                f"{shapely.length(shapely.boundary(metric)):.1f}")

    def prepare_and_accept(self, geom) -> bool:
        """Check the shape with the editor; accept on success, else say why and stay."""
        try:
            self._prepared = self.editor.prepare(geom)
        except DomainError as error:
            self.message.setText(say(error))
            return False
        self.message.clear()
        self.accept()
        return True

    def prepared(self) -> PreparedShape | None:
        """The checked shape after "Make plot" (None before or after Cancel)."""
        return self._prepared
