"""Choose a village as the officer knows it: province > district > commune > village."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.places import Unit


class VillagePicker(QWidget):
    """Four cascading combos over the official gazetteer (Khmer or English names).

    A lower combo lists only the units of the chosen upper one, so a code can never
    be typed wrong; ``changed`` is emitted with the village code (or None) whenever the
    chosen village changes.
    """

    changed = Signal(object)

    def __init__(self, language: str = "kh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._current: str | None = None
        self._filling = False
        self.province = QComboBox(self)
        self.district = QComboBox(self)
        self.commune = QComboBox(self)
        self.village = QComboBox(self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        rows = ((self.tr("Province"), self.province), (self.tr("District"), self.district),
                (self.tr("Commune"), self.commune), (self.tr("Village"), self.village))
        for row, (text, combo) in enumerate(rows):
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            layout.addWidget(QLabel(text, self), row, 0)
            layout.addWidget(combo, row, 1)
        # The gazetteer is indexed when the picker is first used (shown enabled, or given
        # a village), not while the window builds its panels before the map's first frame.
        self._provinces_filled = False
        for combo in (self.province, self.district, self.commune, self.village):
            self._fill(combo, [])
        self.province.currentIndexChanged.connect(
            lambda _i: self._cascade(self.province, self.district, places.districts))
        self.district.currentIndexChanged.connect(
            lambda _i: self._cascade(self.district, self.commune, places.communes))
        self.commune.currentIndexChanged.connect(
            lambda _i: self._cascade(self.commune, self.village, places.villages))
        self.village.currentIndexChanged.connect(lambda _i: self._announce())

    # --- public -------------------------------------------------------------------------
    def village_code(self) -> str | None:
        """The chosen village's 8-digit code, or None when no village is chosen."""
        return self.village.currentData()

    def set_village(self, code: str | None) -> None:
        """Show the village of ``code`` with its parents; None or an unknown code clears."""
        if code is None and not self._provinces_filled:
            self._announce()  # nothing to show yet: the gazetteer is read when needed
            return
        self._ensure_provinces()
        where = places.place(code) if code else None
        self._filling = True
        try:
            if where is None:
                self.province.setCurrentIndex(0)
                self._cascade(self.province, self.district, places.districts)
            else:
                for combo, unit in ((self.province, where.province),
                                    (self.district, where.district),
                                    (self.commune, where.commune),
                                    (self.village, where.village)):
                    combo.setCurrentIndex(max(0, combo.findData(unit.code)))
        finally:
            self._filling = False
        self._announce()

    def prepare(self) -> None:
        """Index the gazetteer now (when the window is idle), not at the first use."""
        self._ensure_provinces()

    def _ensure_provinces(self) -> None:
        if not self._provinces_filled:
            self._provinces_filled = True
            self._fill(self.province, places.provinces())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange and self.isEnabled():
            self._ensure_provinces()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.isEnabled():
            self._ensure_provinces()

    # --- internals ----------------------------------------------------------------------
    def _fill(self, combo: QComboBox, units: list[Unit]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)") if units else "", None)
        for unit in units:
            combo.addItem(unit.name(self.language), unit.code)
            combo.setItemData(combo.count() - 1, f"{unit.name_en} ({unit.code})"
                              if self.language == "kh" else f"{unit.name_kh} ({unit.code})",
                              Qt.ItemDataRole.ToolTipRole)
        combo.setEnabled(bool(units))
        combo.blockSignals(False)

    def _cascade(self, upper: QComboBox, lower: QComboBox,
                 children: Callable[[str], list[Unit]]) -> None:
        code = upper.currentData()
        self._fill(lower, children(code) if code else [])
        # Filling blocked the lower combo's own signal: clear the levels below it too.
        if lower is self.district:
            self._cascade(self.district, self.commune, places.communes)
        elif lower is self.commune:
            self._cascade(self.commune, self.village, places.villages)
        else:
            self._announce()

    def _announce(self) -> None:
        if self._filling:
            return
        code = self.village_code()
        if code != self._current:
            self._current = code
            self.changed.emit(code)

