"""The plots table dock: search, filters, column choice, exports and the selection
synced with the map, over :class:`.plots_model.PlotsTableModel`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.io.table_export import write_csv, write_xlsx
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.ui.plots_filters import (
    PlotsFilterBar,
)
from metkasekor_desktop.ui.plots_model import PlotsTableModel

if TYPE_CHECKING:
    from metkasekor_desktop.domain.changes import ChangeSet
    from metkasekor_desktop.storage.project import Project

SEARCH_DELAY_MS = 150
HIDDEN_SETTING = "plots_table/hidden"


class PlotsTableWidget(QWidget):
    """Search box, filters, export buttons and table; the selection follows the plot
    layer's selection both ways."""

    def __init__(self, parent=None, *, language: str = "kh",
                 qsettings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._settings = qsettings if qsettings is not None else QSettings()
        self.model = PlotsTableModel(self, language)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code, farmer, place, crop or provider…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.csv_button = QPushButton(self.tr("CSV…"), self)
        self.csv_button.setToolTip(self.tr("Export the rows and columns shown to a CSV file"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.xlsx_button = QPushButton(self.tr("Excel…"), self)
        self.xlsx_button.setToolTip(self.tr("Export the rows and columns shown to an Excel "
                                            "workbook"))
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.filters = PlotsFilterBar(self)
        self.filters.changed.connect(self.apply_filters)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        # A header marks the columns whose every cell is selected, which Qt checks cell by
        # cell: a second per 100,000 selected rows. Rows are selected here, not columns:
        # the headers get a selection of their own that stays empty.
        self._header_selection = QItemSelectionModel(self.model, self)
        self.view.horizontalHeader().setSelectionModel(self._header_selection)
        self.view.verticalHeader().setSelectionModel(self._header_selection)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        # Filters and buttons may be cut off in a very narrow dock rather than hold the
        # dock (and the window) wider than the user wants.
        # The search shares its row with the export buttons; the four filters get a row
        # of their own, so that each shows what it filters in a narrow dock.
        row = QWidget(self)
        row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.search, 1)
        for button in (self.csv_button, self.xlsx_button):
            # As wide as their words: the search keeps the rest of the row.
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 24)
            buttons.addWidget(button)
        self.filters.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(row)
        layout.addWidget(self.filters)
        layout.addWidget(self.view)
        self._layer: PlotLayer | None = None
        self._syncing = False
        self.view.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.model.modelReset.connect(self._show_layer_selection)
        self.model.layoutChanged.connect(self._show_layer_selection)
        self._restore_hidden()
        for col, width in enumerate((95, 115, 95, 95, 95, 100, 70, 110, 160, 130, 80)):
            self.view.setColumnWidth(col, width)

    # --- data ---------------------------------------------------------------------------
    def set_layer(self, layer: PlotLayer | None) -> None:
        if self._layer is not None:
            self._layer.selection_changed.disconnect(self._on_layer_selection)
        self._layer = layer
        self.model.set_layer(layer)
        if layer is not None:
            layer.selection_changed.connect(self._on_layer_selection)
        self.filters.set_districts(self.model.district_choices())

    def show_changes(self, changes: ChangeSet) -> None:
        """Follow one step of the project: the rows of changed plots are made again;
        plots added or removed read the table again; plans, events or the catalogue
        read the season columns again. Before the table is first filled: nothing."""
        layer = self._layer
        if layer is None:
            return
        rows_done = not changes.everything
        if rows_done and changes.plots:
            rows_done = self.model.update_plots(changes)
        if not rows_done:
            self.set_layer(layer)  # reads the season columns too
        elif changes.touches("plans", "events", "seasons", "practices", "providers"):
            self.model.refresh_season()

    def set_season(self, project: Project | None, season_id: int | None) -> None:
        """Show a season's plans; the practice filter offers the project's catalogue."""
        self.model.set_season(project, season_id)
        if project is not None:
            self.filters.set_practices(project.practices.list(), self.model.language)

    def refresh_season(self) -> None:
        """Read the season columns again (after a plan or an event was changed)."""
        self.model.refresh_season()

    def refresh_extra(self) -> None:
        """Read the raster statistics columns again (after they were computed)."""
        self.model.refresh_extra()

    def show_column(self, header: str) -> bool:
        """Scroll sideways so the column titled ``header`` is in view; False if none is."""
        headers = self.model.headers()
        if header not in headers:
            return False
        top = max(0, self.view.rowAt(0))
        self.view.scrollTo(self.model.index(top, headers.index(header)),
                           QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.search.text())
        self._drop_hidden_from_selection()

    def apply_filters(self) -> None:
        self.model.set_filters(self.filters.filters())
        self._drop_hidden_from_selection()

    def _drop_hidden_from_selection(self) -> None:
        """The selection the officer acts on is the one they see: plots the search or a
        filter now hides leave the selection."""
        if self._layer is None or not self._layer.selected:
            return
        ids = np.asarray(self._layer.selected, dtype=np.int64)
        rows = self.model.rows_of(ids)
        if len(rows) == len(ids):  # the table shows this layer
            self._layer.select(ids[rows >= 0])

    def selected_rows(self) -> np.ndarray:
        """The selected rows in the order they were selected, read from the selection's
        ranges (one range for Ctrl+A, however many rows it holds)."""
        ranges = [np.arange(r.top(), r.bottom() + 1, dtype=np.int64)
                  for r in self.view.selectionModel().selection()]
        if not ranges:
            return np.zeros(0, dtype=np.int64)
        rows = np.concatenate(ranges)
        _, first = np.unique(rows, return_index=True)
        return rows[np.sort(first)]

    def selected_ids(self) -> list[int]:
        return self.model.plot_ids(self.selected_rows()).tolist()

    # --- columns ------------------------------------------------------------------------
    def hidden_columns(self) -> list[str]:
        return [key for col, key in enumerate(self.model.COLUMNS)
                if self.view.isColumnHidden(col)]

    def set_column_hidden(self, key: str, hidden: bool) -> None:
        """Hide or show a column by its key and remember the choice; the last shown
        column cannot be hidden."""
        col = self.model.COLUMNS.index(key)
        if hidden and len(self.hidden_columns()) >= len(self.model.COLUMNS) - 1:
            return
        self.view.setColumnHidden(col, hidden)
        self._settings.setValue(HIDDEN_SETTING, self.hidden_columns())

    def _restore_hidden(self) -> None:
        value = self._settings.value(HIDDEN_SETTING, [])
        keys = [value] if isinstance(value, str) else list(value or [])
        for col, key in enumerate(self.model.COLUMNS):
            self.view.setColumnHidden(col, key in keys)
        if len(self.hidden_columns()) == len(self.model.COLUMNS):
            self.view.setColumnHidden(0, False)

    def column_menu(self) -> QMenu:
        """A menu with one check box per column (the header's context menu)."""
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        hidden = self.hidden_columns()
        last_shown = len(hidden) == len(self.model.COLUMNS) - 1
        titles = self.model.headers()[:len(self.model.COLUMNS)]
        for key, title in zip(self.model.COLUMNS, titles, strict=True):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.setEnabled(not (last_shown and key not in hidden))
            action.toggled.connect(lambda on, k=key: self.set_column_hidden(k, not on))
        return menu

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def visible_columns(self) -> list[int]:
        """The shown columns in the order the user sees them (columns can be dragged)."""
        header = self.view.horizontalHeader()
        order = [header.logicalIndex(v) for v in range(header.count())]
        return [col for col in order if not header.isSectionHidden(col)]

    # --- export -------------------------------------------------------------------------
    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Write the current view (rows and columns shown) as UTF-8 CSV with a BOM."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export plots to CSV"), self.tr("plots.csv"),
                self.tr("CSV files (*.csv)"))
            if not path:
                return None
        return self._export(lambda p, h, r: write_csv(p, h, r), Path(path))

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        """Write the current view (rows and columns shown) as an Excel workbook."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export plots to Excel"), self.tr("plots.xlsx"),
                self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return None
        sheet = self.tr("Plots")
        return self._export(lambda p, h, r: write_xlsx(p, h, r, sheet), Path(path))

    def _export(self, write: Callable[[Path, list[str], list], Path], path: Path) -> Path | None:
        columns = self.visible_columns()
        headers = self.model.headers()
        try:
            return write(path, [headers[c] for c in columns], self.model.export_rows(columns))
        except (DomainError, OSError) as exc:
            QMessageBox.warning(
                self, self.tr("Cannot export the plots"),
                self.tr("The table could not be written to {0}:\n{1}\nChoose another "
                        "folder, or close the file if a spreadsheet has it open.")
                .format(path, say(exc)))
            return None

    # --- selection ----------------------------------------------------------------------
    def _on_table_selection(self, *_: object) -> None:
        if self._syncing or self._layer is None:
            return
        self._syncing = True
        try:
            # What the table shows selected is the selection: rows the search or a filter
            # hides are not in it (Ctrl+A selects the rows shown, no more).
            self._layer.select(self.model.plot_ids(self.selected_rows()))
        finally:
            self._syncing = False

    def _show_layer_selection(self) -> None:
        if self._layer is not None:
            self._on_layer_selection(self._layer.selected)

    def _on_layer_selection(self, ids: tuple[int, ...]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            found = self.model.rows_of(ids)
            found = found[found >= 0]
            # One range per run of consecutive rows, not one per row.
            rows = np.unique(found)
            breaks = np.nonzero(np.diff(rows) != 1)[0] + 1
            starts = np.concatenate(([0], breaks)) if len(rows) else breaks
            ends = np.concatenate((breaks, [len(rows)])) if len(rows) else breaks
            selection = QItemSelection()
            last = max(self.model.columnCount() - 1, 0)
            for a, b in zip(rows[starts].tolist(), rows[ends - 1].tolist(), strict=True):
                selection.select(self.model.index(a, 0), self.model.index(b, last))
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.view.selectionModel().select(selection, flags)
            if len(found):
                self.view.scrollTo(self.model.index(int(found[0]), 0))
        finally:
            self._syncing = False
