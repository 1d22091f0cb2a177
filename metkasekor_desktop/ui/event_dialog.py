"""Enter or correct one extension event: stage, date, place, plots shown and attendance
(by sex and by kind)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.enums import Stage
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.event import ATTENDANCE_KIND_FIELDS, ExtensionEvent
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.styles import stage_labels
from metkasekor_desktop.ui.number_fields import SpinBox
from metkasekor_desktop.ui.text_fit import fit_lines
from metkasekor_desktop.ui.village_picker import VillagePicker

MAX_ATTENDANCE = 100_000


def stage_label(stage: Stage | str | None) -> str:
    """The stage's name in the UI language ("" for None), as the map legend says it."""
    key = str(stage) if stage is not None else ""
    return stage_labels().get(key, key)


class EventDialog(QDialog):
    """A form for one event; :meth:`entered_event` gives the checked record (id kept when editing).

    ``plots`` are (plot id, label) pairs shown as a checkable list that the search box
    narrows, so that an officer finds the shown plots among thousands.
    """

    def __init__(self, plots: Sequence[tuple[int, str]], language: str = "kh",
                 event: ExtensionEvent | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = event.id if event is not None else None
        self.setWindowTitle(self.tr("Extension event") if event is None
                            else self.tr("Edit extension event"))
        self.stage = QComboBox(self)
        for stage in Stage:
            self.stage.addItem(stage_label(stage), stage.value)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Where the event took place"))
        self.village = VillagePicker(language, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search plots by code or farmer"))
        self.search.setClearButtonEnabled(True)
        self.plots = QListWidget(self)
        for plot_id, label in plots:
            item = QListWidgetItem(label, self.plots)
            item.setData(Qt.ItemDataRole.UserRole, int(plot_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.checked_count = QLabel(self)
        self.women = SpinBox(self)
        self.men = SpinBox(self)
        for box in (self.women, self.men):
            box.setRange(0, MAX_ATTENDANCE)
        self.total = QLabel(self)
        # Attendance by kind (the field name: its box), counted apart from the sexes.
        self.kinds: dict[str, SpinBox] = {}
        for name in ATTENDANCE_KIND_FIELDS:
            box = SpinBox(self)
            box.setRange(0, MAX_ATTENDANCE)
            box.setObjectName(name)
            self.kinds[name] = box
        self.notes = QPlainTextEdit(self)
        fit_lines(self.notes, 2)

        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Village"), self.village)
        plots_box = QVBoxLayout()
        plots_box.addWidget(self.search)
        plots_box.addWidget(self.plots)
        plots_box.addWidget(self.checked_count)
        form.addRow(self.tr("Plots shown"), plots_box)
        form.addRow(self.tr("Women"), self.women)
        form.addRow(self.tr("Men"), self.men)
        form.addRow(self.tr("Total"), self.total)
        self.kinds_group = QGroupBox(self.tr("Attendance by kind"), self)
        kinds_form = QFormLayout(self.kinds_group)
        for name, label in zip(ATTENDANCE_KIND_FIELDS, (
                self.tr("Farmers"), self.tr("Cooperatives"), self.tr("Service providers"),
                self.tr("Companies")), strict=True):
            kinds_form.addRow(label, self.kinds[name])
        form.addRow(self.kinds_group)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._filter)
        self.plots.itemChanged.connect(lambda _item: self._count())
        self.women.valueChanged.connect(lambda _v: self._sum())
        self.men.valueChanged.connect(lambda _v: self._sum())
        self._show(event)

    # --- public -------------------------------------------------------------------------
    def checked_plot_ids(self) -> tuple[int, ...]:
        """Ids of the checked plots, in list order."""
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_checked_plot_ids(self, plot_ids: Sequence[int]) -> None:
        wanted = {int(i) for i in plot_ids}
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self._count()

    def entered_event(self) -> ExtensionEvent:
        """The entered event, checked; raises a DomainError when a value is wrong."""
        qdate = self.date.date()
        return ExtensionEvent(
            id=self._id, stage=Stage(self.stage.currentData()),
            event_date=date(qdate.year(), qdate.month(), qdate.day()),
            place=self.place.text().strip(), village_code=self.village.village_code(),
            plot_ids=self.checked_plot_ids(), women=self.women.value(), men=self.men.value(),
            **{name: box.value() for name, box in self.kinds.items()},
            notes=self.notes.toPlainText().strip(),
        ).validated()

    def accept(self) -> None:
        try:
            self.entered_event()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("This event cannot be saved"), say(error))
            return
        super().accept()

    # --- internals ----------------------------------------------------------------------
    def _items(self) -> list[QListWidgetItem]:
        return [self.plots.item(i) for i in range(self.plots.count())]

    def _show(self, event: ExtensionEvent | None) -> None:
        if event is None:
            self.date.setDate(QDate.currentDate())
            self._count()
            self._sum()
            return
        self.stage.setCurrentIndex(max(0, self.stage.findData(str(event.stage))))
        d = event.event_date
        self.date.setDate(QDate(d.year, d.month, d.day))
        self.place.setText(event.place)
        self.village.set_village(event.village_code)
        self.set_checked_plot_ids(event.plot_ids)
        self.women.setValue(int(event.women))
        self.men.setValue(int(event.men))
        for name, box in self.kinds.items():
            box.setValue(int(getattr(event, name)))
        self.notes.setPlainText(event.notes)
        self._sum()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _count(self) -> None:
        self.checked_count.setText(self.tr("Plots chosen: {n}").format(
            n=len(self.checked_plot_ids())))

    def _sum(self) -> None:
        self.total.setText(str(self.women.value() + self.men.value()))
