"""The farmer form: every field of a farmer, saved as one undoable command."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from metkasekor_desktop.domain.enums import Sex
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.ui.labels import sex_label
from metkasekor_desktop.ui.record_form import RecordForm
from metkasekor_desktop.ui.village_picker import VillagePicker


class FarmerDialog(RecordForm):
    """Add a farmer (``farmer`` None) or edit one; Save pushes ``SaveRecord`` and a
    refusal is shown in the form, which stays open."""

    table_name = "farmers"

    def __init__(self, stack: UndoStack, language: str = "kh", farmer: Farmer | None = None,
                 parent: QWidget | None = None) -> None:
        copied = copy.deepcopy(farmer) if farmer is not None else Farmer()
        super().__init__(stack, copied.id, parent)
        self.farmer = copied
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
        form = QFormLayout()
        form.addRow(self.tr("Name (Khmer)"), self.name_kh)
        form.addRow(self.tr("Name (Latin letters)"), self.name_latin)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Cooperative"), self.cooperative)
        form.addRow("", self.early_adopter)
        self._lay_out(form)

    def entity(self) -> Farmer:
        """The farmer as the form shows it (not yet checked or stored)."""
        return Farmer(
            id=self.farmer.id, name_kh=self.name_kh.text().strip(),
            name_latin=self.name_latin.text().strip(), sex=self.sex.currentData(),
            phone=self.phone.text().strip(), village_code=self.village.village_code(),
            cooperative=self.cooperative.text().strip(),
            early_adopter=self.early_adopter.isChecked(),
        )

    def save_text(self, farmer: Farmer) -> str:
        return (self.tr("Add farmer {name}") if farmer.id is None
                else self.tr("Change farmer {name}")).format(
            name=farmer.name_kh or farmer.name_latin)
