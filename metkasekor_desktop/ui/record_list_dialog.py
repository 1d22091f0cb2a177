"""A dialog with a table of one kind of record and a form to add, change or delete one.

The practice catalogue and the seasons dialog share it: every change goes through the
undo stack as a record command, and the table is read again whenever the stack changes,
so an undo anywhere shows at once. A refusal is shown under the form and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import DeleteRecord, SaveRecord
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.write_failures import report_failure

if TYPE_CHECKING:
    from collections.abc import Sequence

    from metkasekor_desktop.layers.undo_stack import UndoStack
    from metkasekor_desktop.storage import Project

MESSAGE_STYLE = "color: #a00000;"


class RecordListDialog(QDialog):
    """The table, message line and record commands; subclasses build the form and its
    buttons (``save_button`` and ``delete_button`` among them), then call
    :meth:`_lay_out`, and say how a record is read, shown and made from the form."""

    table_name = ""  # the project table the records are stored in

    def __init__(self, project: Project, stack: UndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.stack = project, stack
        self.records: list[Any] = []
        self.table = QTableWidget(0, 0, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)

    def _set_headers(self, headers: list[str], stretch_column: int) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(
            stretch_column, QHeaderView.ResizeMode.Stretch)

    def _lay_out(self, form: QFormLayout, buttons: Sequence[QPushButton]) -> None:
        """Place table, form, buttons, message and Close; follow the stack; fill."""
        actions = QHBoxLayout()
        for button in buttons:
            actions.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selected)
        self.stack.applied.connect(self._stack_changed)
        self.finished.connect(self._unbind)
        self.refresh()

    # --- for subclasses -------------------------------------------------------------------
    def load_records(self) -> list[Any]:
        """The records in the order of the table."""
        raise NotImplementedError

    def row_values(self, record: Any) -> Sequence[str]:
        """The texts of a record's row."""
        raise NotImplementedError

    def show_record(self, record: Any | None) -> None:
        """Show the selected record in the form (None: nothing selected)."""
        raise NotImplementedError

    def form_record(self, record_id: int | None) -> Any:
        """The record as the form shows it (``record_id`` None: a new one)."""
        raise NotImplementedError

    # --- following the stack ----------------------------------------------------------------
    def _unbind(self, *_args: Any) -> None:
        self.stack.applied.disconnect(self._stack_changed)

    def _stack_changed(self, _changes: Any = None) -> None:
        self.refresh()

    # --- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the records again, keeping the selected one."""
        selected = self.selected_id()
        self.records = self.load_records()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.records))
            for row, record in enumerate(self.records):
                for column, value in enumerate(self.row_values(record)):
                    self.table.setItem(row, column, QTableWidgetItem(value))
            self.table.clearSelection()
        if selected is not None:
            self.select(selected)
        self.table.resizeColumnsToContents()
        self._selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()].id

    def select(self, record_id: int) -> None:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                self.table.selectRow(row)
                return

    def selected_record(self) -> Any | None:
        record_id = self.selected_id()
        return next((r for r in self.records if r.id == record_id), None)

    def _selected(self) -> None:
        record = self.selected_record()
        self.save_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        self.show_record(record)

    # --- editing ------------------------------------------------------------------------
    def _push(self, command: Any) -> bool:
        try:
            self.stack.push(command)
        except (DomainError, ProjectError) as error:
            if not report_failure(self, error):
                self.message.setText(say(error))
            return False
        self.message.clear()
        return True

    def _add(self, text: str) -> bool:
        """Add the record of the form and select it."""
        record = self.form_record(None)
        if not self._push(SaveRecord(self.table_name, record, text)):
            return False
        if record.id is not None:
            self.select(record.id)
        return True

    def _save(self, text: str) -> bool:
        """Store the form into the selected record."""
        record_id = self.selected_id()
        if record_id is None:
            return False
        return self._push(SaveRecord(self.table_name, self.form_record(record_id), text))

    def _delete(self, text: str) -> bool:
        """Delete the selected record; refused (with the reason) while others use it."""
        record_id = self.selected_id()
        if record_id is None:
            return False
        return self._push(DeleteRecord(self.table_name, record_id, text))
