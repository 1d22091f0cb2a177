"""The small forms of the Target populations window: one area's figure (add or change)
and the confirmation of an imported table (what it would add, change and remove)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.target_population import TargetPopulation
from metkasekor_desktop.storage.repositories.targets import ReplaceOutcome
from metkasekor_desktop.ui.number_fields import DoubleSpinBox

MESSAGE_STYLE = "color: #a00000;"


def households_text(value: float) -> str:
    """Households with thousands separators, decimals only when there are some."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def planned_replace(stored: Iterable[TargetPopulation], wanted: Mapping[str, float],
                    source: str, within: Sequence[str] | None = None) -> ReplaceOutcome:
    """What ``TargetRepository.replace_all(wanted, source, within=within)`` would do to
    the rows ``stored``, without writing (``wanted`` already parsed)."""
    source = " ".join(str(source or "").split())
    prefixes = tuple(within) if within is not None else None
    rows = {t.area_code: t for t in stored
            if prefixes is None or t.area_code.startswith(prefixes)}
    added = sorted(set(wanted) - set(rows))
    deleted = sorted(set(rows) - set(wanted))
    updated = sorted(code for code in set(wanted) & set(rows)
                     if float(rows[code].households) != float(wanted[code])
                     or (rows[code].source or "") != source)
    return ReplaceOutcome(tuple(added), tuple(updated), tuple(deleted),
                          len(wanted) - len(added) - len(updated))


class TargetForm(QDialog):
    """Area code, households and source of one target population. ``save`` is called
    with the values on OK and returns a refusal to show (the form stays open) or None."""

    def __init__(self, parent: QWidget, title: str,
                 save: Callable[[str, float, str], str | None],
                 record: TargetPopulation | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. 0207"))
        self.code.setToolTip(self.tr("2 digits a province, 4 a district, 6 a commune, 8 a "
                                     "village"))
        self.households = DoubleSpinBox(self)
        self.households.setRange(0.0, 100_000_000.0)
        self.households.setDecimals(0)
        self.households.setGroupSeparatorShown(True)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("e.g. Commune database 2024"))
        self.area = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        if record is not None:
            self.code.setText(record.area_code)
            self.code.setReadOnly(True)
            self.households.setValue(record.households)
            self.source.setText(record.source)
        form = QFormLayout()
        form.addRow(self.tr("Area code"), self.code)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Farm households"), self.households)
        form.addRow(self.tr("Source"), self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.language = getattr(parent, "language", "kh")
        self.code.textChanged.connect(self._code_changed)
        self._code_changed(self.code.text())
        self.setMinimumWidth(420)
        (self.households if record is not None else self.code).setFocus()

    def _code_changed(self, text: str) -> None:
        code = text.strip()
        self.area.setText(places.unit_name(code, self.language) or "–")

    def try_accept(self) -> bool:
        refusal = self._save(self.code.text().strip(), self.households.value(),
                             self.source.text())
        if refusal:
            self.message.setText(refusal)
            return False
        self.accept()
        return True


class ImportConfirm(QDialog):
    """What an import would do, the source given to its rows (editable; the counts
    follow it), and Replace or Cancel."""

    def __init__(self, parent: QWidget, source: str,
                 summary: Callable[[str], str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import target populations"))
        self._summary = summary
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.source = QLineEdit(source, self)
        self.source.setToolTip(self.tr("Where the figures come from; kept with every row"))
        form = QFormLayout()
        form.addRow(self.tr("Source"), self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.replace_button = buttons.addButton(self.tr("Replace"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.source.textChanged.connect(self._update)
        self._update(source)
        self.setMinimumWidth(460)

    def _update(self, source: str) -> None:
        self.text.setText(self._summary(source))
