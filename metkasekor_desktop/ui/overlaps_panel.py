"""Overlapping plots (e.g. in imported data): listed by pair, shown on the map on a click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from metkasekor_desktop.domain.geometry import M2_PER_HA, METRIC_EPSG, to_metric
from metkasekor_desktop.domain.layer_overlaps import overlaps

if TYPE_CHECKING:
    from metkasekor_desktop.layers.plot_layer import PlotLayer

IDS_ROLE = Qt.ItemDataRole.UserRole


class OverlapsPanel(QWidget):
    """One row per overlapping pair, largest overlap first; a click asks to show them.

    ``show_requested`` is emitted with the tuple of the two plot ids (the window selects
    and zooms to them).
    """

    show_requested = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self.tr("Overlaps are checked when a project is opened or "
                                      "on request."), self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.pairs: list[tuple[int, int, float]] = []

    def show_overlaps(self, layer: PlotLayer) -> list[tuple[int, int, float]]:
        """Find and list every overlapping pair of the layer's plots; returns the pairs."""
        table = layer.table
        if layer.geometry.map_epsg == METRIC_EPSG:
            geoms = layer.map_geometries()
        else:  # areas are measured in metres, never in degrees or Web Mercator
            geoms = to_metric(table.geometries)
        self.pairs = sorted(overlaps(geoms, table.ids) if len(table) else [],
                            key=lambda p: -p[2])
        self.list.clear()
        for id_a, id_b, area_m2 in self.pairs:
            code_a = table.codes[layer.index_of(int(id_a))]
            code_b = table.codes[layer.index_of(int(id_b))]
            text = self.tr("{a} / {b}: {area} ha").format(
                a=code_a, b=code_b, area=f"{area_m2 / M2_PER_HA:.2f}")
            item = QListWidgetItem(text, self.list)
            item.setData(IDS_ROLE, (int(id_a), int(id_b)))
            item.setToolTip(self.tr("{area} m² overlap; click to show both plots")
                            .format(area=f"{area_m2:.0f}"))
        if self.pairs:
            self.summary.setText(self.tr("{count} pairs of plots overlap. Click a row to show "
                                         "them on the map.").format(count=len(self.pairs)))
        else:
            self.summary.setText(self.tr("No plots overlap."))
        return list(self.pairs)

    def clear(self) -> None:
        self.pairs = []
        self.list.clear()
        self.summary.setText("")

    def _clicked(self, item: QListWidgetItem) -> None:
        ids = item.data(IDS_ROLE)
        if ids:
            self.show_requested.emit(tuple(ids))
