"""A register table: searchable, sortable rows of records with Add, Edit and Delete.

The farmer and provider registers (:class:`ProjectRegister`) read their records in bulk
into column lists (:class:`RegisterColumns`), shown through a thin Qt model that sorts
and searches by permuting row numbers, never one item per cell. A register reads the
project only when it is shown (or asked for its rows), so a hidden register costs
nothing when a project opens. Records are added or edited in a record form; every write
goes through a record command on the project's undo stack, and the register reads
again whenever the stack changes (undo and redo included), at once when shown, else on
the next show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
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

from metkasekor_desktop.domain.changes import ALL_KINDS, ChangeSet
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.record_form import ERROR_STYLE
from metkasekor_desktop.ui.stack_follower import hears
from metkasekor_desktop.ui.write_failures import report_failure

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
SIZE_ROWS = 200  # rows measured (besides the visible ones) to size columns to contents


@dataclass
class RegisterColumns:
    """The rows of a register as columns: ``texts[c][r]`` is shown in column ``c`` of
    record ``ids[r]``; ``keys[c]`` sorts column ``c`` (None: its casefolded text);
    ``extra[r]`` is more text the search matches (other language, plot codes)."""

    ids: list[int] = field(default_factory=list)
    texts: list[list[str]] = field(default_factory=list)
    keys: list[list[Any] | None] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


class RegisterModel(QAbstractTableModel):
    """Column lists of a register behind a QTableView. Sorting and the search permute
    row numbers (``order``), so 40,000 records sort in a few tens of milliseconds."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self.columns = RegisterColumns()
        self.tooltip: Callable[[int, int], str] | None = None  # (data row, column)
        self._search: list[str] = []
        self._row_of: dict[int, int] = {}
        self._ranks: dict[int, list[int]] = {}  # column: data rows in ascending order
        self._order: list[int] = []  # data rows shown, in the order shown
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._words: list[str] = []

    # --- filling ----------------------------------------------------------------------
    def set_headers(self, headers: list[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()

    def set_columns(self, columns: RegisterColumns) -> None:
        self.beginResetModel()
        self.columns = columns
        n = len(columns.ids)
        texts = columns.texts
        self._search = [" ".join([*(col[r] for col in texts), columns.extra[r]]).casefold()
                        for r in range(n)]
        self._row_of = {record_id: r for r, record_id in enumerate(columns.ids)}
        self._ranks = {}
        self._order = self._compute_order()
        self.endResetModel()

    def row_of(self, record_id: int) -> int | None:
        """The data row of a record (None when it is not in the register)."""
        return self._row_of.get(record_id)

    def text(self, record_id: int, column: int) -> str:
        row = self._row_of.get(record_id)
        return "" if row is None else self.columns.texts[column][row]

    # --- search and sort --------------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self._words = words
        self._reorder()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._reorder()

    def _key(self, column: int) -> list[Any]:
        keys = self.columns.keys[column] if column < len(self.columns.keys) else None
        if keys is None:
            keys = [t.casefold() for t in self.columns.texts[column]]
        return keys

    def _compute_order(self) -> list[int]:
        n = len(self.columns.ids)
        if self._sort is None or self._sort[0] >= len(self.columns.texts):
            rows: Sequence[int] = range(n)
        else:
            column, order = self._sort
            if column not in self._ranks:
                self._ranks[column] = sorted(range(n), key=self._key(column).__getitem__)
            rows = self._ranks[column]
            if order == Qt.SortOrder.DescendingOrder:
                rows = rows[::-1]
        if self._words:
            search, words = self._search, self._words
            return [r for r in rows if all(w in search[r] for w in words)]
        return list(rows)

    def _reorder(self) -> None:
        """New order of the shown rows; selections follow their records."""
        self.layoutAboutToBeChanged.emit()
        old = self._order
        persistent = [(p, old[p.row()]) for p in self.persistentIndexList()
                      if p.isValid() and p.row() < len(old)]
        self._order = self._compute_order()
        position = {r: i for i, r in enumerate(self._order)} if persistent else {}
        for index, data_row in persistent:
            new = position.get(data_row)
            self.changePersistentIndex(
                index, QModelIndex() if new is None else self.index(new, index.column()))
        self.layoutChanged.emit()

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation,  # noqa: N802 (Qt name)
                   role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() >= len(self.columns.texts):
            return None
        row, column = self._order[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns.texts[column][row]
        if role == ID_ROLE:
            return self.columns.ids[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tooltip(row, column) or None) if self.tooltip is not None else None
        if role == SORT_ROLE:
            return self._key(column)[row]
        if role == SEARCH_ROLE:
            return self._search[row]
        return None


class RecordTable(QWidget):
    """The shared widget of the registers; subclasses say what the rows are and how a
    record is added, edited and deleted."""

    listens: frozenset[str] | tuple[str, ...] = ALL_KINDS  # kinds of records shown

    selection_changed = Signal(object)  # id of the current record, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack: UndoStack | None = None
        self._stale = True  # the rows are to be read (when shown or asked for)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.model = RegisterModel(self)
        self.model.tooltip = self.tooltip
        self.proxy = self.model  # sorts and searches itself (kept: the shown rows' model)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setStretchLastSection(True)
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
        self.search.textChanged.connect(self._search_changed)
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

    def load(self) -> RegisterColumns:
        """Every record of the register, read in bulk."""
        raise NotImplementedError

    def tooltip(self, row: int, column: int) -> str:
        """The tooltip of a cell (``row`` indexes the loaded columns); made when hovered."""
        return ""

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
        """Read the rows again: now when shown, else when next shown or asked for them."""
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()
        elif self.model.columnCount() == 0:
            self.model.set_headers(self.headers())

    def is_loaded(self) -> bool:
        """Whether the rows shown are those of the project (False until first needed)."""
        return not self._stale

    def ensure_loaded(self) -> None:
        """Read the rows from the project if they are stale, keeping the current record."""
        if not self._stale:
            return
        self._stale = False
        current = self.current_id()
        self.model.set_headers(self.headers())
        self.model.set_columns(self.load() if self.stack is not None else RegisterColumns())
        if current is not None:
            self.select(current)
        self._enable()
        self._current_changed()

    def row_count(self) -> int:
        """Rows shown (after the search)."""
        self.ensure_loaded()
        return self.model.rowCount()

    def ids(self) -> list[int]:
        """Ids of the shown rows, in their shown order."""
        self.ensure_loaded()
        return [self.model.index(r, 0).data(ID_ROLE) for r in range(self.model.rowCount())]

    def row_texts(self, record_id: int) -> list[str]:
        """The texts of the row of ``record_id`` ([] when it is not shown)."""
        row = self._shown_row(record_id)
        if row is None:
            return []
        return [self.model.index(row, c).data() for c in range(self.model.columnCount())]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, record_id: int) -> bool:
        row = self._shown_row(record_id)
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.selectRow(row)
        return True

    def _shown_row(self, record_id: int) -> int | None:
        self.ensure_loaded()
        for r in range(self.model.rowCount()):
            if self.model.index(r, 0).data(ID_ROLE) == record_id:
                return r
        return None

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
        self.ensure_loaded()
        return self.run(self.delete_command(record_id))

    def run(self, command: Any) -> bool:
        """Push ``command``; a refusal is shown and changes nothing."""
        if self.stack is None:
            return False
        try:
            self.stack.push(command)
        except (DomainError, ProjectError) as error:
            if not report_failure(self, error):
                self.show_message(say(error))
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
            self.stack.applied.disconnect(self._on_stack_changed)
        self.stack = stack
        if stack is not None:
            stack.applied.connect(self._on_stack_changed)

    def _on_stack_changed(self, changes: ChangeSet | None = None) -> None:
        if not hears(self.listens, changes):
            return
        try:
            self.reload()
        except RuntimeError:  # the widget is gone but the stack still calls it
            if self.stack is not None:
                self.stack.applied.disconnect(self._on_stack_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            # After this show is painted, so opening the dock is not held up by the read.
            QTimer.singleShot(0, self._load_if_shown)

    def _load_if_shown(self) -> None:
        try:
            if self.isVisible():
                self.ensure_loaded()
        except RuntimeError:  # deleted before the timer fired
            pass

    def _search_changed(self, text: str) -> None:
        self.ensure_loaded()
        self.model.set_search(text)
        self._current_changed()

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
    """A register of one kind of record of a project (``kind``, a repository of the
    project), Add and Edit through ``form_class`` (a record form taking stack,
    language, record and parent); the record is read from the project when edited."""

    form_class: Any = None
    kind = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.language = "kh"

    def set_project(self, project: Project | None, stack: UndoStack | None,
                    language: str = "kh") -> None:
        """Show the records of ``project`` (None: an empty register); they are read when
        the register is first shown or asked for its rows."""
        self.project, self.language = project, language
        self.follow(stack if project is not None else None)
        self.show_message("")
        self.reload()

    def record(self, record_id: int) -> Any:
        """The stored record (None when there is none)."""
        if self.project is None:
            return None
        return getattr(self.project, self.kind).get(record_id)

    def add_record(self) -> None:
        if self.stack is None:
            return
        dialog = self.form_class(self.stack, self.language, None, self)
        if dialog.exec() and dialog.record_id is not None:
            self.select(dialog.record_id)

    def edit_record(self, record_id: int) -> None:
        if self.stack is None:
            return
        record = self.record(record_id)
        if record is not None:
            self.form_class(self.stack, self.language, record, self).exec()
