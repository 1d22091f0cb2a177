"""The Edit history panel: every step of the undo stack, the current one marked.

Like QUndoView: the first row is the state before any edit ("<empty>"); row ``i`` is
the state after the ``i``-th command. Clicking a row undoes or redoes up to it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.write_failures import report_failure

if TYPE_CHECKING:
    from metkasekor_desktop.layers.undo_stack import UndoStack

UNDONE_COLOUR = QColor(140, 140, 140)


class HistoryPanel(QWidget):
    """A list view bound to an :class:`UndoStack` (models announce, views listen)."""

    def __init__(self, stack: UndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack: UndoStack | None = None
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._clicked)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        # A stack outlives its panel: stop listening when the widget goes.
        self._link: dict[str, UndoStack | None] = {"stack": None}
        self.destroyed.connect(partial(_forget, self._link, self._on_changed))
        self.set_stack(stack)

    def set_stack(self, stack: UndoStack | None) -> None:
        """Show another project's history (None: nothing to show)."""
        if self.stack is not None:
            self.stack.changed.disconnect(self._on_changed)
        self.stack = stack
        self._link["stack"] = stack
        if stack is not None:
            stack.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the rows from the stack and mark the current position."""
        self.list.blockSignals(True)
        self.list.clear()
        if self.stack is None:
            self.list.blockSignals(False)
            return
        QListWidgetItem(self.tr("<empty>"), self.list)
        for command in self.stack.commands:
            QListWidgetItem(str(command.text), self.list)
        current = self.stack.index
        for row in range(self.list.count()):
            item = self.list.item(row)
            if row > current:  # undone: redo brings it back
                item.setForeground(QBrush(UNDONE_COLOUR))
            if row == current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        self.list.setCurrentRow(current)
        self.list.scrollToItem(self.list.item(current))
        self.list.blockSignals(False)

    def current_row(self) -> int:
        return self.list.currentRow()

    def _on_changed(self, *_args) -> None:
        self.message.hide()
        self.refresh()

    def _clicked(self, item: QListWidgetItem) -> None:
        if self.stack is None:
            return
        row = self.list.row(item)
        if row == self.stack.index:
            return
        try:
            self.stack.set_index(row)
        except (DomainError, ProjectError) as error:
            self.refresh()
            if not report_failure(self, error):
                self.message.setText(say(error))
                self.message.show()


def _forget(link: dict, slot: Callable[..., None], *_args) -> None:
    """On ``destroyed``: disconnect from the stack without touching the dead widget."""
    stack = link.get("stack")
    link["stack"] = None
    if stack is not None:
        stack.changed.disconnect(slot)
