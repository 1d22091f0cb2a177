"""Translated labels of the domain's stored values (the domain keeps keys, not words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.domain.enums import PlotRole, Sex


def role_label(value: str | None) -> str:
    labels = {
        PlotRole.DEMONSTRATION.value: QCoreApplication.translate("labels", "Demonstration"),
        PlotRole.CONTROL.value: QCoreApplication.translate("labels", "Control"),
        PlotRole.FARMER_FIELD.value: QCoreApplication.translate("labels", "Farmer field"),
    }
    return labels.get(value or "", value or "")


def sex_label(value: str | None) -> str:
    labels = {
        Sex.FEMALE.value: QCoreApplication.translate("labels", "Woman"),
        Sex.MALE.value: QCoreApplication.translate("labels", "Man"),
    }
    return labels.get(value or "", value or "")
