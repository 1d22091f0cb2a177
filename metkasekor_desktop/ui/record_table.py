"""A register table: searchable, sortable rows of records with Add, Edit and Delete.

The farmer and provider registers (:class:`ProjectRegister`) fill it with rows of plain
values and add or edit a record in a record form; every write goes
through a record command on the project's undo stack, and the table is filled again
whenever the stack changes (undo and redo included).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.write_failures import report_failure

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
ERROR_STYLE = "color: #b00020;"


class Cell:
    """What one cell shows, how it sorts and its tooltip."""

    __slots__ = ("text", "sort", "tooltip")

    def __init__(self, text: str, sort: Any = None, tooltip: str = "") -> None:
        self.text = text
        self.sort = text.casefold() if sort is None else sort
        self.tooltip = tooltip


class SearchProxy(QSortFilterProxyModel):
    """Keeps rows whose text (any column, plus hidden search text) contains the words."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 (Qt name)
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)


class RecordTable(QWidget):
    """The shared widget of the registers; subclasses say what the rows are and how a
    record is added, edited and deleted."""

    selection_changed = Signal(object)  # id of the current record, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack: UndoStack | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.proxy.set_search)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_args: self._current_changed())
        self._enable()

    # --- for subclasses --------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def rows(self) -> list[tuple[int, Sequence[Cell], str]]:
        """(record id, cells, extra search text) of every record."""
        raise NotImplementedError

    def add_record(self) -> None:
        raise NotImplementedError

    def edit_record(self, record_id: int) -> None:
        raise NotImplementedError

    def delete_command(self, record_id: int) -> Any:
        raise NotImplementedError

    def describe(self, record_id: int) -> str:
        """The detail line under the table for the current record."""
        return ""

    def record_name(self, record_id: int) -> str:
        return str(record_id)

    # --- public -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Fill the table again from the project, keeping the current record."""
        current = self.current_id()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(self.headers())
        if self.stack is not None:
            for record_id, cells, extra in self.rows():
                items = []
                for cell in cells:
                    item = QStandardItem(cell.text)
                    item.setData(cell.sort, SORT_ROLE)
                    item.setData(record_id, ID_ROLE)
                    if cell.tooltip:
                        item.setToolTip(cell.tooltip)
                    items.append(item)
                search = " ".join([c.text for c in cells] + [extra]).casefold()
                items[0].setData(search, SEARCH_ROLE)
                self.model.appendRow(items)
        self.proxy.invalidate()
        if current is not None:
            self.select(current)
        self._enable()
        self._current_changed()

    def row_count(self) -> int:
        """Rows shown (after the search)."""
        return self.proxy.rowCount()

    def ids(self) -> list[int]:
        """Ids of the shown rows, in their shown order."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def row_texts(self, record_id: int) -> list[str]:
        """The texts of the row of ``record_id`` ([] when it is not shown)."""
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ID_ROLE) == record_id:
                return [self.proxy.index(r, c).data() for c in range(self.proxy.columnCount())]
        return []

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, record_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ID_ROLE) == record_id:
                self.view.setCurrentIndex(index)
                self.view.selectRow(r)
                return True
        return False

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit_record(record_id)

    def delete_current(self) -> None:
        """Ask, then delete the current record (refusals are shown under the table)."""
        record_id = self.current_id()
        if record_id is None:
            return
        answer = QMessageBox.question(
            self, QCoreApplication.translate("RecordTable", "Delete"),
            QCoreApplication.translate(
                "RecordTable", "Delete {name}? You can undo this with Undo.").format(
                name=self.record_name(record_id)))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_record(record_id)

    def delete_record(self, record_id: int) -> bool:
        """Delete without asking; False (and the reason shown) when refused."""
        return self.run(self.delete_command(record_id))

    def run(self, command: Any) -> bool:
        """Push ``command``; a refusal is shown and changes nothing."""
        if self.stack is None:
            return False
        try:
            self.stack.push(command)
        except (DomainError, ProjectError) as error:
            if not report_failure(self, error):
                self.show_message(str(error))
            return False
        self.show_message("")
        return True

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- following the stack ----------------------------------------------------------------
    def follow(self, stack: UndoStack | None) -> None:
        """Listen to ``stack`` (and no longer to the previous one)."""
        if stack is self.stack:
            return
        if self.stack is not None:
            self.stack.changed.disconnect(self._on_stack_changed)
        self.stack = stack
        if stack is not None:
            stack.changed.connect(self._on_stack_changed)

    def _on_stack_changed(self, _stack: UndoStack) -> None:
        try:
            self.reload()
        except RuntimeError:  # the widget is gone but the stack still calls it
            _stack.changed.disconnect(self._on_stack_changed)

    def _current_changed(self) -> None:
        record_id = self.current_id()
        self.detail.setText("" if record_id is None else self.describe(record_id))
        self.detail.setVisible(bool(self.detail.text()))
        self._enable()
        self.selection_changed.emit(record_id)

    def _enable(self) -> None:
        has_project = self.stack is not None
        chosen = self.current_id() is not None
        self.add_button.setEnabled(has_project)
        self.edit_button.setEnabled(has_project and chosen)
        self.delete_button.setEnabled(has_project and chosen)


class ProjectRegister(RecordTable):
    """A register of one kind of record of a project: ``records`` by id (filled by
    ``rows``), Add and Edit through ``form_class`` (a record form taking stack,
    language, record and parent)."""

    form_class: Any = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.language = "kh"
        self.records: dict[int, Any] = {}

    def set_project(self, project: Project | None, stack: UndoStack | None,
                    language: str = "kh") -> None:
        """Show the records of ``project`` (None: an empty register)."""
        self.project, self.language = project, language
        self.follow(stack if project is not None else None)
        self.show_message("")
        self.reload()

    def title(self, record: Any) -> str:
        """How a record is named in messages and undo steps."""
        raise NotImplementedError

    def record_name(self, record_id: int) -> str:
        record = self.records.get(record_id)
        return self.title(record) if record else str(record_id)

    def add_record(self) -> None:
        if self.stack is None:
            return
        dialog = self.form_class(self.stack, self.language, None, self)
        if dialog.exec() and dialog.record_id is not None:
            self.select(dialog.record_id)

    def edit_record(self, record_id: int) -> None:
        if self.stack is None or record_id not in self.records:
            return
        self.form_class(self.stack, self.language, self.records[record_id], self).exec()
