"""Provider kinds and services in the user's words (both are stored as keys).

Shared by the provider windows, the service market and the season report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from metkasekor_desktop.domain.enums import ProviderKind, Service


def kind_label(value: str | None) -> str:
    """The translated name of a provider kind (stored as a key)."""
    labels = {
        ProviderKind.COVER_CROP_SEED_COMPANY.value: QCoreApplication.translate(
            "ProviderLabels", "Cover-crop seed company"),
        ProviderKind.MACHINERY_SERVICE.value: QCoreApplication.translate(
            "ProviderLabels", "Machinery service"),
        ProviderKind.INPUT_SUPPLIER.value: QCoreApplication.translate(
            "ProviderLabels", "Input supplier"),
        ProviderKind.COOPERATIVE.value: QCoreApplication.translate(
            "ProviderLabels", "Cooperative"),
        ProviderKind.PDAFF.value: QCoreApplication.translate("ProviderLabels", "PDAFF"),
    }
    return labels.get(value or "", value or "")


# Services by key, marked for the translation tools (context ProviderLabels).
SERVICE_WORDS = {
    Service.COVER_CROP_SEED.value: QT_TRANSLATE_NOOP("ProviderLabels", "Cover-crop seed"),
    Service.NO_TILL_PLANTING.value: QT_TRANSLATE_NOOP("ProviderLabels", "No-till planting"),
    Service.ROLLER_CRIMPING.value: QT_TRANSLATE_NOOP("ProviderLabels", "Roller crimping"),
    Service.LAND_LEVELLING.value: QT_TRANSLATE_NOOP("ProviderLabels", "Land levelling"),
    Service.SPRAYING.value: QT_TRANSLATE_NOOP("ProviderLabels", "Spraying"),
    Service.HARVESTING.value: QT_TRANSLATE_NOOP("ProviderLabels", "Harvesting"),
    Service.INPUTS.value: QT_TRANSLATE_NOOP("ProviderLabels", "Inputs"),
    Service.TRAINING.value: QT_TRANSLATE_NOOP("ProviderLabels", "Training"),
}


def service_label(value: str | None,
                  translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """The translated name of a service (stored as a key); ``translate``: another
    language's words than the installed ones."""
    source = SERVICE_WORDS.get(value or "")
    return translate("ProviderLabels", source) if source else value or ""
