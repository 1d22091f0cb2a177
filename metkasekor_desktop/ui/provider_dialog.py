"""The provider form: every field of a service provider, saved as one undoable command."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.enums import ProviderKind, Service
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.layers.provider_words import kind_label, service_label
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.ui.record_form import RecordForm

PROVINCE_COLUMNS = 3


class ProviderDialog(RecordForm):
    """Add a provider (``provider`` None) or edit one; Save pushes ``SaveRecord`` and a
    refusal is shown in the form, which stays open."""

    table_name = "providers"

    def __init__(self, stack: UndoStack, language: str = "kh",
                 provider: Provider | None = None, parent: QWidget | None = None) -> None:
        super().__init__(stack, provider.id if provider is not None else None, parent)
        self.provider = copy.deepcopy(provider) if provider is not None else None
        self.setWindowTitle(self.tr("Add provider") if provider is None
                            else self.tr("Edit provider"))
        given = self.provider
        self.name = QLineEdit(given.name if given else "", self)
        self.kind = QComboBox(self)
        for kind in ProviderKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        if given is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(given.kind))))
        chosen_services = {str(s) for s in given.services} if given else set()
        self.services: dict[str, QCheckBox] = {}
        services_box = QWidget(self)
        services_grid = QGridLayout(services_box)
        services_grid.setContentsMargins(0, 0, 0, 0)
        for n, service in enumerate(Service):
            box = QCheckBox(service_label(service.value), services_box)
            box.setChecked(service.value in chosen_services)
            self.services[service.value] = box
            services_grid.addWidget(box, n // 2, n % 2)
        self.contact = QLineEdit(given.contact_person if given else "", self)
        self.phone = QLineEdit(given.phone if given else "", self)
        self.email = QLineEdit(given.email if given else "", self)
        chosen_provinces = set(given.provinces) if given else set()
        self.provinces: dict[str, QCheckBox] = {}
        provinces_box = QWidget(self)
        provinces_grid = QGridLayout(provinces_box)
        for n, unit in enumerate(places.provinces()):
            box = QCheckBox(unit.name(language), provinces_box)
            box.setToolTip(f"{unit.name_en if language == 'kh' else unit.name_kh} "
                           f"({unit.code})")
            box.setChecked(unit.code in chosen_provinces)
            self.provinces[unit.code] = box
            provinces_grid.addWidget(box, n // PROVINCE_COLUMNS, n % PROVINCE_COLUMNS)
        provinces_scroll = QScrollArea(self)
        provinces_scroll.setWidgetResizable(True)
        provinces_scroll.setWidget(provinces_box)
        provinces_scroll.setMinimumHeight(140)
        self.notes = QPlainTextEdit(given.notes if given else "", self)
        self.notes.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Services"), services_box)
        form.addRow(self.tr("Contact person"), self.contact)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Provinces served"), provinces_scroll)
        form.addRow(self.tr("Notes"), self.notes)
        self._lay_out(form)

    def entity(self) -> Provider:
        """The provider as the form shows it (not yet checked or stored)."""
        return Provider(
            id=self.record_id, name=self.name.text().strip(),
            kind=ProviderKind(self.kind.currentData()),
            services=tuple(Service(key) for key, box in self.services.items()
                           if box.isChecked()),
            contact_person=self.contact.text().strip(), phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            provinces=tuple(code for code, box in self.provinces.items() if box.isChecked()),
            notes=self.notes.toPlainText().strip(),
        )

    def save_text(self, provider: Provider) -> str:
        return (self.tr("Add provider {name}") if provider.id is None
                else self.tr("Change provider {name}")).format(name=provider.name)
