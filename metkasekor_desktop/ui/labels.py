"""Translated labels of the domain's stored values (the domain keeps keys, not words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.domain.enums import PlotRole, Sex


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def role_label(value: str | None) -> str:
    labels = {
        PlotRole.DEMONSTRATION.value: _tr("Demonstration"),
        PlotRole.CONTROL.value: _tr("Control"),
        PlotRole.FARMER_FIELD.value: _tr("Farmer field"),
    }
    return labels.get(value or "", value or "")


def sex_label(value: str | None) -> str:
    labels = {Sex.FEMALE.value: _tr("Woman"), Sex.MALE.value: _tr("Man")}
    return labels.get(value or "", value or "")
