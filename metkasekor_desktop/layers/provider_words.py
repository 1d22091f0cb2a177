"""Provider kinds and services in the user's words (both are stored as keys).

Shared by the provider windows, the service market and the season report.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def service_label(value: str | None) -> str:
    """The translated name of a service (stored as a key)."""
    labels = {
        Service.COVER_CROP_SEED.value: QCoreApplication.translate(
            "ProviderLabels", "Cover-crop seed"),
        Service.NO_TILL_PLANTING.value: QCoreApplication.translate(
            "ProviderLabels", "No-till planting"),
        Service.ROLLER_CRIMPING.value: QCoreApplication.translate(
            "ProviderLabels", "Roller crimping"),
        Service.LAND_LEVELLING.value: QCoreApplication.translate(
            "ProviderLabels", "Land levelling"),
        Service.SPRAYING.value: QCoreApplication.translate("ProviderLabels", "Spraying"),
        Service.HARVESTING.value: QCoreApplication.translate("ProviderLabels", "Harvesting"),
        Service.INPUTS.value: QCoreApplication.translate("ProviderLabels", "Inputs"),
        Service.TRAINING.value: QCoreApplication.translate("ProviderLabels", "Training"),
    }
    return labels.get(value or "", value or "")
