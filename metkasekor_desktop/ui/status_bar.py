"""The status bar of the map: plot count, cursor position, editable scale.

The count and the scale are written in the digits chosen (Khmer digits when the officer
chose them); a scale typed in either digits is understood."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QStatusBar

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform_xy
from metkasekor_desktop.layers.message_words import shown_number_text
from metkasekor_desktop.ui.map_canvas import MapCanvas

SCREEN_DPI = 96.0
_SCALE = re.compile(r"^\s*(?:1\s*:\s*)?([\d\s,.'’]+)\s*$")


def parse_scale(text: str) -> float | None:
    """The N of "1:N", "1:25 000", "25,000" or "25000"; None when it is not a scale."""
    match = _SCALE.match(khmer_digits_to_ascii(text))
    if not match:
        return None
    digits = re.sub(r"[\s,.'’]", "", match.group(1))
    if not digits.isdigit() or int(digits) < 1:
        return None
    return float(digits)


class MapStatus(QObject):
    """Fills a QStatusBar with the map's permanent widgets and keeps them current."""

    def __init__(self, bar: QStatusBar, canvas: MapCanvas) -> None:
        super().__init__(bar)
        self.bar = bar
        self.canvas = canvas
        self._count: tuple[int, int] | None = None  # the count shown, to redraw
        self.count_label = QLabel(bar)
        self.lonlat_label = QLabel(bar)
        self.utm_label = QLabel(bar)
        self.scale_edit = QLineEdit(bar)
        self.scale_edit.setFixedWidth(120)
        self.scale_edit.setToolTip(self.tr("Map scale: type 1:N and press Enter"))
        self.scale_edit.editingFinished.connect(self.apply_scale)
        for label in (self.count_label, self.lonlat_label, self.utm_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lonlat_label.setToolTip(self.tr("Cursor position, WGS 84 longitude/latitude"))
        self.utm_label.setToolTip(self.tr("Cursor position, WGS 84 / UTM zone 48N"))
        for widget in (self.count_label, self.lonlat_label, self.utm_label, self.scale_edit):
            bar.addPermanentWidget(widget)
        canvas.cursor_moved.connect(self.show_cursor)
        canvas.view_changed.connect(lambda _v: self.show_scale())
        # The count follows the plot layer: an edit, an undo or a redo changes its plots.
        canvas.layers.changed.connect(lambda *_: self.show_layer_count())

    def show_cursor(self, x: float, y: float) -> None:
        epsg = self.canvas.map_epsg
        lon, lat = transform_xy(x, y, epsg, STORAGE_EPSG)
        if math.isfinite(lon) and math.isfinite(lat):
            self.lonlat_label.setText(self.tr("Lon {0:.5f}°  Lat {1:.5f}°").format(lon, lat))
        e, n = transform_xy(x, y, epsg, METRIC_EPSG)
        self.utm_label.setText(self.tr("UTM 48N  E {0:,.0f}  N {1:,.0f}").format(e, n))

    def scale_denominator(self) -> float:
        return self.canvas.viewport.scale_denominator(SCREEN_DPI)

    def show_scale(self) -> None:
        if not self.scale_edit.hasFocus():
            self.scale_edit.setText(shown_number_text(f"1:{self.scale_denominator():,.0f}"))

    def apply_scale(self) -> None:
        """Zoom to the typed scale around the view centre; a bad entry is put back."""
        n = parse_scale(self.scale_edit.text())
        if n is None:
            self.bar.showMessage(self.tr("Type a scale such as 1:25000."), 5000)
        else:
            factor = self.scale_denominator() / n
            if abs(factor - 1.0) > 1e-9:
                self.canvas.zoom_by(factor)
        self.scale_edit.clearFocus()
        self.show_scale()

    def show_layer_count(self) -> None:
        """Plots and selected plots of the map's plot layer, as they are now."""
        layer = self.canvas.plot_layer
        if layer is not None:
            self.show_count(len(layer.table), len(layer.selected))

    def show_count(self, total: int, selected: int) -> None:
        self._count = (total, selected)
        self.count_label.setText(self.tr("{0} plots, {1} selected").format(
            shown_number_text(str(total)), shown_number_text(str(selected))))

    def show_numbers(self) -> None:
        """The count and the scale again, in the digits chosen now."""
        if self._count is not None:
            self.show_count(*self._count)
        self.show_scale()
