"""The farmer form: every field of a farmer, saved as one undoable command."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.enums import Sex
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.labels import sex_label
from metkasekor_desktop.ui.village_picker import VillagePicker

ERROR_STYLE = "color: #b00020;"


class FarmerDialog(QDialog):
    """Add a farmer (``farmer`` None) or edit one; Save pushes ``SaveRecord`` and a
    refusal is shown in the form, which stays open."""

    def __init__(self, stack: UndoStack, language: str = "kh", farmer: Farmer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.farmer = copy.deepcopy(farmer) if farmer is not None else Farmer()
        self.record_id: int | None = self.farmer.id
        self.setWindowTitle(self.tr("Add farmer") if farmer is None
                            else self.tr("Edit farmer"))
        self.name_kh = QLineEdit(self.farmer.name_kh, self)
        self.name_latin = QLineEdit(self.farmer.name_latin, self)
        self.sex = QComboBox(self)
        self.sex.addItem(self.tr("(not given)"), None)
        for sex in Sex:
            self.sex.addItem(sex_label(sex.value), sex.value)
        self.sex.setCurrentIndex(max(0, self.sex.findData(
            None if self.farmer.sex is None else str(self.farmer.sex))))
        self.phone = QLineEdit(self.farmer.phone, self)
        self.village = VillagePicker(language, self)
        self.village.set_village(self.farmer.village_code)
        self.cooperative = QLineEdit(self.farmer.cooperative, self)
        self.early_adopter = QCheckBox(self.tr("Early adopter of CA practices"), self)
        self.early_adopter.setChecked(bool(self.farmer.early_adopter))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name (Khmer)"), self.name_kh)
        form.addRow(self.tr("Name (Latin letters)"), self.name_latin)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Cooperative"), self.cooperative)
        form.addRow("", self.early_adopter)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def entity(self) -> Farmer:
        """The farmer as the form shows it (not yet checked or stored)."""
        return Farmer(
            id=self.farmer.id, name_kh=self.name_kh.text().strip(),
            name_latin=self.name_latin.text().strip(), sex=self.sex.currentData(),
            phone=self.phone.text().strip(), village_code=self.village.village_code(),
            cooperative=self.cooperative.text().strip(),
            early_adopter=self.early_adopter.isChecked(),
        )

    def save(self) -> bool:
        """Store the form as one undo step; False (and the reason shown) when refused."""
        farmer = self.entity()
        text = (self.tr("Add farmer {name}") if farmer.id is None
                else self.tr("Change farmer {name}")).format(
            name=farmer.name_kh or farmer.name_latin)
        command = SaveRecord("farmers", farmer, text)
        try:
            self.stack.push(command)
        except (DomainError, ProjectError) as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        self.record_id = command.record_id
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
