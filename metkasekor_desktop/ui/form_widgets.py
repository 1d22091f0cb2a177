"""Small form widgets shared by the dialogs and editors (an optional date box)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QWidget,
)

NOT_SET_DATE = QDate(1990, 1, 1)  # the minimum of a date box, shown as "not set"


def to_qdate(value: date | None) -> QDate:
    """``value`` for a date box (None: the "not set" minimum)."""
    return NOT_SET_DATE if value is None else QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date | None:
    """The date a box shows (None when it shows "not set")."""
    return None if value <= NOT_SET_DATE else date(value.year(), value.month(), value.day())


class OptionalDateEdit(QDateEdit):
    """A date box with a calendar whose lowest date means "not set", so a date can stay
    empty; it starts empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NOT_SET_DATE)
        self.setSpecialValueText(self.tr("not set"))
        self.setDate(NOT_SET_DATE)

    def value(self) -> date | None:
        """The date shown (None: not set)."""
        return from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None: not set)."""
        self.setDate(to_qdate(value))


def list_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """A read-only table of records: whole rows selected one at a time, no row numbers,
    columns as wide as their contents and the last one stretched."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
