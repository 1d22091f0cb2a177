"""The plots table: a thin Qt model over the plot layer's table, synced with the map."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
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

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PlotsTableModel(QAbstractTableModel):
    """Columns: code, farmer, village, role, area (ha). One row per plot of the layer."""

    COLUMNS = ("code", "farmer", "village", "role", "area")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layer: PlotLayer | None = None
        self._villages: list[str] = []
        self._farmers: list[str] = []

    def set_layer(self, layer: PlotLayer | None) -> None:
        self.beginResetModel()
        self._layer = layer
        if layer is not None:
            t = layer.table
            names: dict[str, str] = {}
            for code in set(t.village_codes.tolist()):
                p = place(code) if code else None
                names[code] = p.village.name_kh if p else (code or "")
            self._villages = [names[c] for c in t.village_codes.tolist()]
            self._farmers = [
                kh or (latin or "")
                for kh, latin in zip(t.farmer_names_kh.tolist(), t.farmer_names_latin.tolist(),
                                     strict=True)
            ]
        else:
            self._villages, self._farmers = [], []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._layer is None else len(self._layer.table)

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
        t, row, col = self._layer.table, index.row(), index.column()
        if role == ID_ROLE:
            return int(t.ids[row])
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == 0:
                return str(t.codes[row])
            if col == 1:
                return self._farmers[row]
            if col == 2:
                return self._villages[row]
            if col == 3:
                return role_label(t.roles[row])
            if col == 4:
                area = float(t.areas_ha[row])
                return area if role == SORT_ROLE else f"{area:.2f}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, plot_id: int) -> int:
        return self._layer.index_of(plot_id) if self._layer is not None else -1


class PlotsFilterModel(QSortFilterProxyModel):
    """Sorts by the raw value and filters on any column's text (Khmer or Latin)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class PlotsTableWidget(QWidget):
    """Search box and table; selection follows the plot layer's selection both ways."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = PlotsTableModel(self)
        self.proxy = PlotsFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code, farmer or village…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
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

    def set_layer(self, layer: PlotLayer | None) -> None:
        if self._layer is not None:
            self._layer.selection_changed.disconnect(self._on_layer_selection)
        self._layer = layer
        self.model.set_layer(layer)
        if layer is not None:
            layer.selection_changed.connect(self._on_layer_selection)
        for col, width in enumerate((105, 125, 105, 105)):
            self.view.setColumnWidth(col, width)

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [int(self.proxy.data(r, ID_ROLE)) for r in rows]

    def _on_table_selection(self, *_: object) -> None:
        if self._syncing or self._layer is None:
            return
        self._syncing = True
        try:
            self._layer.select(self.selected_ids())
        finally:
            self._syncing = False

    def _on_layer_selection(self, ids: tuple[int, ...]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            for plot_id in ids:
                src = self.model.index(self.model.row_of(plot_id), 0)
                idx = self.proxy.mapFromSource(src)
                if idx.isValid():
                    selection.select(idx, idx)
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.view.selectionModel().select(selection, flags)
            if ids:
                first = self.proxy.mapFromSource(self.model.index(self.model.row_of(ids[0]), 0))
                if first.isValid():
                    self.view.scrollTo(first)
        finally:
            self._syncing = False


