"""A dialog that adds or edits one record and saves it as one undoable command.

The farmer and provider forms share it: Save pushes ``SaveRecord``; a refusal is shown
in the form, which stays open, and ``record_id`` is the stored record's id after a save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.write_failures import report_failure

ERROR_STYLE = "color: #b00020;"


class RecordForm(QDialog):
    """Subclasses build their fields, call :meth:`_lay_out` with the form, and say what
    the record is (:meth:`entity`) and how its undo step is named (:meth:`save_text`)."""

    table_name = ""  # the project table the record is stored in

    def __init__(self, stack: UndoStack, record_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.record_id: int | None = record_id

    def _lay_out(self, form: QFormLayout) -> None:
        """Place the form, the error line and Save / Cancel (after the fields, so the
        buttons come last when tabbing)."""
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def entity(self) -> Any:
        """The record as the form shows it (not yet checked or stored)."""
        raise NotImplementedError

    def save_text(self, record: Any) -> str:
        """The name of the undo step that stores ``record``."""
        raise NotImplementedError

    def save_command(self, record: Any) -> SaveRecord | None:
        """The command that stores ``record`` (None: the user called the save off)."""
        return SaveRecord(self.table_name, record, self.save_text(record))

    def save(self) -> bool:
        """Store the form as one undo step; False (and the reason shown) when refused."""
        record = self.entity()
        command = self.save_command(record)
        if command is None:  # the user declined (a figure they did not confirm)
            return False
        try:
            self.stack.push(command)
        except (DomainError, ProjectError) as error:
            if report_failure(self, error):
                return False
            self.error.setText(say(error))
            self.error.show()
            return False
        self.record_id = command.record_id
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
