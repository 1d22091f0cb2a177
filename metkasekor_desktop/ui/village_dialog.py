"""Assign villages to plots without one: a district to search and a distance, a count of
what will change, and one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain import places
from metkasekor_desktop.layers.village_assignment import (
    DEFAULT_MAX_DISTANCE_M,
    VillageProposal,
    district_choices,
    propose_villages,
)
from metkasekor_desktop.ui.number_fields import DoubleSpinBox


class VillageAssignmentDialog(QDialog):
    """Shows how many plots without a village get the village of their nearest neighbour
    (within a distance, optionally only from one district)."""

    def __init__(self, table: Any, language: str = "kh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign villages to plots without one"))
        self.table = table
        self.district = QComboBox(self)
        self.district.addItem(self.tr("Any district"), None)
        for code in district_choices(table.village_codes):
            unit = places.district(code)
            name = unit.name(language) if unit is not None else code
            self.district.addItem(f"{name} ({code})", code)
        self.distance = DoubleSpinBox(self)
        self.distance.setRange(0.1, 100.0)
        self.distance.setDecimals(1)
        self.distance.setSuffix(" km")
        self.distance.setValue(DEFAULT_MAX_DISTANCE_M / 1000)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Neighbours from"), self.district)
        form.addRow(self.tr("At most"), self.distance)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "A plot without a village gets the village of the nearest plot that has one. "
            "Choose the district the plots came from to search only its villages."), self))
        layout.itemAt(0).widget().setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.district.currentIndexChanged.connect(lambda _i: self.update_summary())
        self.distance.valueChanged.connect(lambda _v: self.update_summary())
        self.update_summary()

    def proposal(self) -> VillageProposal:
        return propose_villages(self.table.ids, self.table.geometries, self.table.village_codes,
                                district_code=self.district.currentData(),
                                max_distance_m=self.distance.value() * 1000)

    def update_summary(self) -> None:
        proposal = self.proposal()
        text = self.tr("{0} plots will get a village.").format(len(proposal))
        if proposal.unplaced:
            text += " " + self.tr("{0} plots have no plot with a village near enough and keep "
                                  "none.").format(len(proposal.unplaced))
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(proposal) > 0)
