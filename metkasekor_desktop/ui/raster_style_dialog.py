"""Style of a raster layer: colour ramp and range with hillshade, or RGB bands."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QWidget,
)

from metkasekor_desktop.layers.color_ramps import RAMPS
from metkasekor_desktop.layers.raster_layer import RasterLayer
from metkasekor_desktop.ui.apply_dialog import ApplyDialog
from metkasekor_desktop.ui.number_fields import DoubleSpinBox, SpinBox


class RasterStyleDialog(ApplyDialog):
    """Apply shows the change at once; Cancel puts the previous style back."""

    def __init__(self, layer: RasterLayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.setWindowTitle(self.tr("Raster style: {0}").format(layer.name))
        self._saved = {name: getattr(layer, "_" + name) for name in layer.STYLE_FIELDS}
        count = layer.source.count
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("One band with a colour ramp"), "ramp")
        if count >= 3:
            self.mode.addItem(self.tr("Red, green and blue bands (imagery)"), "rgb")
        self.band = SpinBox(self)
        self.band.setRange(1, count)
        self.ramp = QComboBox(self)
        shown = {"terrain": self.tr("Terrain (green to brown)"),
                 "viridis": self.tr("Purple to yellow (Viridis)"),
                 "greys": self.tr("Greys (black to white)"),
                 "ndvi": self.tr("Vegetation (NDVI: red to green)")}
        for name in RAMPS:
            self.ramp.addItem(shown.get(name, name), name)
        self.auto = QCheckBox(self.tr("Range from the data (2nd to 98th percentile)"), self)
        self.vmin = DoubleSpinBox(self)
        self.vmax = DoubleSpinBox(self)
        for box in (self.vmin, self.vmax):
            box.setRange(-1e9, 1e9)
            box.setDecimals(2)
            box.setSuffix(f" {layer.units()}" if layer.units() else "")
        self.hillshade = QCheckBox(self.tr("Hillshade (for elevation)"), self)
        self.rgb = [SpinBox(self) for _ in range(3)]
        for box in self.rgb:
            box.setRange(1, count)
        form = QFormLayout()
        form.addRow(self.tr("Show"), self.mode)
        form.addRow(self.tr("Band"), self.band)
        form.addRow(self.tr("Colour ramp"), self.ramp)
        form.addRow(self.auto)
        form.addRow(self.tr("Lowest value"), self.vmin)
        form.addRow(self.tr("Highest value"), self.vmax)
        form.addRow(self.hillshade)
        for box, text in zip(self.rgb, (self.tr("Red band"), self.tr("Green band"),
                                        self.tr("Blue band")), strict=True):
            form.addRow(text, box)
        self.body.addLayout(form)
        self._show_current()
        for widget in (self.mode, self.auto):
            signal = widget.currentIndexChanged if widget is self.mode else widget.toggled
            signal.connect(lambda *_: self._sync())
        self._sync()

    def _show_current(self) -> None:
        layer = self.layer
        self.mode.setCurrentIndex(max(0, self.mode.findData(layer.mode)))
        self.band.setValue(layer.band)
        self.ramp.setCurrentIndex(max(0, self.ramp.findData(layer.ramp)))
        self.auto.setChecked(layer.auto_range)
        self.vmin.setValue(layer.vmin)
        self.vmax.setValue(layer.vmax)
        self.hillshade.setChecked(layer.hillshade)
        for box, band in zip(self.rgb, layer.rgb_bands, strict=True):
            box.setValue(band)

    def _sync(self) -> None:
        ramp = self.mode.currentData() == "ramp"
        for widget in (self.band, self.ramp, self.auto, self.hillshade):
            widget.setEnabled(ramp)
        for widget in (self.vmin, self.vmax):
            widget.setEnabled(ramp and not self.auto.isChecked())
        for box in self.rgb:
            box.setEnabled(not ramp)

    def do_apply(self) -> None:
        auto = self.auto.isChecked()
        self.layer.update_style(
                mode=self.mode.currentData(), band=self.band.value(),
                ramp=self.ramp.currentData(),
                vmin=None if auto else self.vmin.value(),
                vmax=None if auto else self.vmax.value(),
                hillshade=self.hillshade.isChecked(),
                rgb_bands=tuple(box.value() for box in self.rgb),
            )

    def restore(self) -> None:
        self.layer.update_style(**self._saved)
