"""The catalogue of practices: add one, rename it in Khmer and English, delete an unused one.

Plans refer to practices by id, so a renamed practice keeps every plan; the short key
stays as it was (saved map styles and exports read it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

from metkasekor_desktop.domain.enums import PracticeKind, Service
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.ui.record_list_dialog import RecordListDialog

if TYPE_CHECKING:
    from metkasekor_desktop.layers.undo_stack import UndoStack
    from metkasekor_desktop.storage import Project


class PracticeCatalogueDialog(RecordListDialog):
    """A table of the practices with a form below; every change is one undo step."""

    table_name = "practices"

    def __init__(self, project: Project, stack: UndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(project, stack, parent)
        self.setWindowTitle(self.tr("Practice catalogue"))
        self._set_headers([
            self.tr("Key"), self.tr("English name"), self.tr("Khmer name"), self.tr("Kind"),
            self.tr("Service"), self.tr("CA")], stretch_column=1)

        self.key = QLineEdit(self)
        self.key.setPlaceholderText(self.tr("a short key without spaces, e.g. mulch"))
        self.name_en = QLineEdit(self)
        self.name_kh = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in PracticeKind:
            self.kind.addItem(self.kind_label(kind), kind.value)
        self.service = QComboBox(self)
        self.service.addItem(self.tr("(none)"), None)
        for service in Service:
            self.service.addItem(self.service_label(service), service.value)
        self.is_ca = QCheckBox(self.tr("Conservation agriculture practice"), self)
        self.is_ca.setChecked(True)

        self.new_button = QPushButton(self.tr("New"), self)
        self.add_button = QPushButton(self.tr("Add practice"), self)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.delete_button = QPushButton(self.tr("Delete practice"), self)

        form = QFormLayout()
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Khmer name"), self.name_kh)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Service needed"), self.service)
        form.addRow("", self.is_ca)
        self.new_button.clicked.connect(self.table.clearSelection)
        self.add_button.clicked.connect(self.add_practice)
        self.save_button.clicked.connect(self.save_practice)
        self.delete_button.clicked.connect(self.delete_practice)
        self._lay_out(form, (self.new_button, self.add_button, self.save_button,
                             self.delete_button))

    def kind_label(self, kind: str) -> str:
        labels = {
            PracticeKind.NO_TILL.value: self.tr("No-till"),
            PracticeKind.COVER_CROP.value: self.tr("Cover crop"),
            PracticeKind.RESIDUE_RETENTION.value: self.tr("Residue retention"),
            PracticeKind.ROTATION.value: self.tr("Rotation"),
            PracticeKind.INTERCROPPING.value: self.tr("Intercropping"),
            PracticeKind.LAND_LEVELLING.value: self.tr("Land levelling"),
            PracticeKind.CROP_PROTECTION.value: self.tr("Crop protection"),
            PracticeKind.INTEGRATED_FARMING.value: self.tr("Integrated farming"),
            PracticeKind.CONVENTIONAL.value: self.tr("Conventional"),
        }
        return labels.get(str(kind), str(kind))

    def service_label(self, service: str | None) -> str:
        labels = {
            Service.COVER_CROP_SEED.value: self.tr("Cover-crop seed"),
            Service.NO_TILL_PLANTING.value: self.tr("No-till planting"),
            Service.ROLLER_CRIMPING.value: self.tr("Roller crimping"),
            Service.LAND_LEVELLING.value: self.tr("Land levelling"),
            Service.SPRAYING.value: self.tr("Spraying"),
            Service.HARVESTING.value: self.tr("Harvesting"),
            Service.INPUTS.value: self.tr("Inputs"),
            Service.TRAINING.value: self.tr("Training"),
        }
        return labels.get(str(service), str(service)) if service else ""

    @property
    def practices(self) -> list[Practice]:
        """The practices in the table's order."""
        return self.records

    # --- RecordListDialog ---------------------------------------------------------------
    def load_records(self) -> list[Practice]:
        return self.project.practices.list()

    def row_values(self, p: Practice) -> tuple[str, ...]:
        return (p.key, p.name_en, p.name_kh, self.kind_label(p.kind),
                self.service_label(p.service), self.tr("yes") if p.is_ca else self.tr("no"))

    def show_record(self, practice: Practice | None) -> None:
        self.add_button.setEnabled(practice is None)
        self.key.setReadOnly(practice is not None)  # a stored key stays
        if practice is None:
            for field in (self.key, self.name_en, self.name_kh):
                field.clear()
            self.is_ca.setChecked(True)
            return
        self.key.setText(practice.key)
        self.name_en.setText(practice.name_en)
        self.name_kh.setText(practice.name_kh)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(practice.kind))))
        self.service.setCurrentIndex(max(0, self.service.findData(
            None if practice.service is None else str(practice.service))))
        self.is_ca.setChecked(practice.is_ca)

    def form_record(self, practice_id: int | None) -> Practice:
        old = next((p for p in self.practices if p.id == practice_id), None)
        service = self.service.currentData()
        return Practice(
            id=practice_id, key=old.key if old else self.key.text().strip(),
            name_en=self.name_en.text().strip(), name_kh=self.name_kh.text().strip(),
            kind=PracticeKind(self.kind.currentData()),
            service=None if service is None else Service(service),
            is_ca=self.is_ca.isChecked(), description=old.description if old else "")

    # --- editing ------------------------------------------------------------------------
    def add_practice(self) -> bool:
        """Add the practice of the form to the catalogue."""
        return self._add(self.tr("Add practice"))

    def save_practice(self) -> bool:
        """Store the form (names, kind, service) into the selected practice."""
        return self._save(self.tr("Change practice"))

    def delete_practice(self) -> bool:
        """Delete the selected practice; refused (with the reason) while plans use it."""
        return self._delete(self.tr("Delete practice"))
