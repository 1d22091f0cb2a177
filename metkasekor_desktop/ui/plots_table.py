"""The plots table: a thin Qt model over the plot layer's table, synced with the map.

Sorting and searching are done on numpy arrays inside the model: a
QSortFilterProxyModel calls Python once per comparison and takes seconds for a
province's 100,000 plots.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.places import place
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.ui.labels import role_label

ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 150


def _text_array(values) -> np.ndarray:
    return np.array([("" if v is None else str(v)) for v in values], dtype=str)


def _search_text(columns: list[np.ndarray]) -> np.ndarray:
    """One lower-case string per row; a separator no one types keeps a search from
    matching across two columns."""
    out = columns[0]
    for column in columns[1:]:
        out = np.char.add(np.char.add(out, "\u241f"), column)
    return np.char.lower(out)


class PlotsTableModel(QAbstractTableModel):
    """Columns: code, farmer, village, role, area (ha). Rows: the plots that match the
    search, in the chosen order."""

    COLUMNS = ("code", "farmer", "village", "role", "area")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layer: PlotLayer | None = None
        self._columns: list[np.ndarray] = []
        self._haystack = np.zeros(0, dtype=str)
        self._rows = np.zeros(0, dtype=np.int64)  # table index of each visible row
        self._row_of = np.zeros(0, dtype=np.int64)  # visible row of each table index, or -1
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._filter = ""

    # --- data ---------------------------------------------------------------------------
    def set_layer(self, layer: PlotLayer | None) -> None:
        self.beginResetModel()
        self._layer = layer
        if layer is None:
            self._columns, self._haystack = [], np.zeros(0, dtype=str)
        else:
            t = layer.table
            codes = t.village_codes.tolist()
            places = {c: place(c) if c else None for c in set(codes)}
            khmer = {c: p.village.name_kh if p else (c or "") for c, p in places.items()}
            english = {c: p.village.name_en if p else "" for c, p in places.items()}
            farmers = [kh or latin or "" for kh, latin in
                       zip(t.farmer_names_kh.tolist(), t.farmer_names_latin.tolist(), strict=True)]
            latin = _text_array(t.farmer_names_latin)
            roles = {r: role_label(r) for r in set(t.roles.tolist())}  # translated once each
            self._columns = [
                _text_array(t.codes),
                _text_array(farmers),
                _text_array(khmer[c] for c in codes),
                _text_array(roles[r] for r in t.roles.tolist()),
                np.asarray(t.areas_ha, dtype=np.float64),
            ]
            village_en = _text_array(english[c] for c in codes)
            self._haystack = _search_text(
                [self._columns[0], self._columns[1], latin, self._columns[2], village_en]
            )
        self._recompute()
        self.endResetModel()

    def _recompute(self) -> None:
        n = len(self._columns[0]) if self._columns else 0
        if n == 0:
            self._rows = np.zeros(0, dtype=np.int64)
            self._row_of = np.zeros(0, dtype=np.int64)
            return
        column, order = self._sort
        perm = np.argsort(self._columns[column], kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            perm = perm[::-1]
        if self._filter:
            matches = np.char.find(self._haystack, self._filter) >= 0
            perm = perm[matches[perm]]
        self._rows = perm.astype(np.int64)
        self._row_of = np.full(n, -1, dtype=np.int64)
        self._row_of[self._rows] = np.arange(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._recompute()
        self.layoutChanged.emit()

    def set_filter(self, text: str) -> None:
        """Show only plots whose code, farmer (Khmer or Latin) or village contains text."""
        self.beginResetModel()
        self._filter = text.strip().lower()
        self._recompute()
        self.endResetModel()

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Farmer"), self.tr("Village"), self.tr("Role"),
                self.tr("Area (ha)"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._layer is None:
            return None
        n, col = int(self._rows[index.row()]), index.column()
        if role == ID_ROLE:
            return int(self._layer.table.ids[n])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 4:
                return f"{float(self._columns[4][n]):.2f}"
            return str(self._columns[col][n])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def plot_id(self, row: int) -> int:
        assert self._layer is not None
        return int(self._layer.table.ids[int(self._rows[row])])

    def row_of(self, plot_id: int) -> int:
        """The visible row of a plot, or -1 when the search hides it."""
        if self._layer is None:
            return -1
        return int(self._row_of[self._layer.index_of(plot_id)])


class PlotsTableWidget(QWidget):
    """Search box and table; selection follows the plot layer's selection both ways."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = PlotsTableModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code, farmer or village…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self._layer: PlotLayer | None = None
        self._syncing = False
        self.view.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.model.modelReset.connect(self._show_layer_selection)
        self.model.layoutChanged.connect(self._show_layer_selection)

    def set_layer(self, layer: PlotLayer | None) -> None:
        if self._layer is not None:
            self._layer.selection_changed.disconnect(self._on_layer_selection)
        self._layer = layer
        self.model.set_layer(layer)
        if layer is not None:
            layer.selection_changed.connect(self._on_layer_selection)
        for col, width in enumerate((95, 115, 95, 100)):
            self.view.setColumnWidth(col, width)

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.search.text())

    def selected_ids(self) -> list[int]:
        return [self.model.plot_id(r.row()) for r in self.view.selectionModel().selectedRows()]

    def _on_table_selection(self, *_: object) -> None:
        if self._syncing or self._layer is None:
            return
        self._syncing = True
        try:
            # Plots hidden by the search stay selected on the map.
            hidden = [i for i in self._layer.selected if self.model.row_of(i) < 0]
            self._layer.select([*hidden, *self.selected_ids()])
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
            selection = QItemSelection()
            rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
            for row in rows:
                idx = self.model.index(row, 0)
                selection.select(idx, idx)
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.view.selectionModel().select(selection, flags)
            if rows:
                self.view.scrollTo(self.model.index(rows[0], 0))
        finally:
            self._syncing = False
