"""Editing options: snapping, its tolerance, overlap avoidance and the smallest plot."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.ui.number_fields import DoubleSpinBox, SpinBox

if TYPE_CHECKING:
    from metkasekor_desktop.layers.plot_editor import EditSettings


class EditSettingsDialog(QDialog):
    """Shows the current settings; ``settings()`` gives new ones (the old stay unchanged)."""

    def __init__(self, settings: EditSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Editing options"))
        self._original = settings
        self.snapping = QCheckBox(self.tr("Snap to vertices and edges of other plots"), self)
        self.snapping.setChecked(bool(settings.snapping))
        self.tolerance = SpinBox(self)
        self.tolerance.setRange(1, 50)
        self.tolerance.setSuffix(" px")
        self.tolerance.setValue(round(settings.snap_tolerance_px))
        self.tolerance.setToolTip(self.tr("How near the cursor must come, on screen, to snap"))
        self.avoid_overlaps = QCheckBox(self.tr("Clip new and edited plots so that they do "
                                                "not overlap their neighbours"), self)
        self.avoid_overlaps.setChecked(bool(settings.avoid_overlaps))
        self.min_area = DoubleSpinBox(self)
        self.min_area.setDecimals(4)
        self.min_area.setRange(0.0, 100.0)
        self.min_area.setSingleStep(0.01)
        self.min_area.setSuffix(" ha")
        self.min_area.setValue(float(settings.min_area_ha))
        self.min_area.setToolTip(self.tr("Smaller plots are refused (1 ha = 10,000 m²)"))
        self.min_width = DoubleSpinBox(self)
        self.min_width.setDecimals(1)
        self.min_width.setRange(0.0, 100.0)
        self.min_width.setSuffix(" m")
        self.min_width.setValue(float(settings.min_width_m))
        self.min_width.setToolTip(self.tr("Slivers narrower than this are refused"))
        self.snapping.toggled.connect(self.tolerance.setEnabled)
        self.tolerance.setEnabled(self.snapping.isChecked())

        form = QFormLayout()
        form.addRow(self.snapping)
        form.addRow(self.tr("Snapping tolerance"), self.tolerance)
        form.addRow(self.avoid_overlaps)
        form.addRow(self.tr("Minimum plot area"), self.min_area)
        form.addRow(self.tr("Minimum width"), self.min_width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self) -> EditSettings:
        """New settings with the values shown (other fields kept as they were)."""
        return dataclasses.replace(
            self._original,
            snapping=self.snapping.isChecked(),
            snap_tolerance_px=float(self.tolerance.value()),
            avoid_overlaps=self.avoid_overlaps.isChecked(),
            min_area_ha=float(self.min_area.value()),
            min_width_m=float(self.min_width.value()),
        )
