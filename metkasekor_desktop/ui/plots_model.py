"""The plots table's model: one row per plot over the plot layer's column arrays.

Sorting, searching and filtering are done on numpy arrays inside the model: a
QSortFilterProxyModel calls Python once per comparison and takes seconds for a
province's 100,000 plots. Names that repeat (villages, crops, practice combinations)
are translated once per distinct value and spread with an index array. After an edit
only the rows a change names are made again (:mod:`.plots_columns`).
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.ui.plots_columns import (
    Column,
    LayerColumns,
    column_values,
    gather,
    layer_columns,
    patched,
    regathered,
    sources,
    table_rows,
)
from metkasekor_desktop.ui.plots_filters import (
    Coded,
    PlotFilters,
    SeasonColumns,
    contains,
    filter_mask,
    read_raster_columns,
    read_season,
)

if TYPE_CHECKING:
    from metkasekor_desktop.domain.changes import ChangeSet
    from metkasekor_desktop.storage.project import Project

ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PlotsTableModel(QAbstractTableModel):
    """One row per plot that matches the search and the filters, in the chosen order.

    The season columns (crops, practices, providers, status) show the season given to
    ``set_season``; the stage is the latest MetKasekor stage of the plot's site.
    """

    COLUMNS = ("code", "farmer", "village", "commune", "district", "role", "area",
               "crops", "practices", "providers", "status", "stage")
    AREA = COLUMNS.index("area")
    FIRST_SEASON_COLUMN = COLUMNS.index("crops")

    def __init__(self, parent=None, language: str = "kh") -> None:
        super().__init__(parent)
        self.language = "en" if language == "en" else "kh"
        self._layer: PlotLayer | None = None
        self._project: Project | None = None
        self._season_id: int | None = None
        self._columns: list[Column] = []
        self._base: LayerColumns | None = None
        self._ids = np.zeros(0, dtype=np.int64)  # the plots the columns were made for
        self._search_full: list[np.ndarray] = []  # lower-cased code
        self._search_coded: list[Coded] = []  # farmer names, places (both languages)
        self._districts = Coded.blank(0)  # 4-digit district code of each plot
        self._district_choices: list[tuple[str, str]] = []
        self._roles = Coded.blank(0)
        self._season = SeasonColumns.empty(0)
        self._extra: list[tuple[str, str, np.ndarray]] = []  # (layer, statistic, values)
        self._perms: dict[int, np.ndarray] = {}  # ascending order of each sorted column
        self._rows = np.zeros(0, dtype=np.int64)  # table index of each visible row
        self._row_of = np.zeros(0, dtype=np.int64)  # visible row of each table index, or -1
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._filter = ""
        self._filters = PlotFilters()

    # --- data ---------------------------------------------------------------------------
    def set_layer(self, layer: PlotLayer | None) -> None:
        """Show the layer's plots; without a layer the table is empty and forgets the
        project (call ``set_season`` again for the next project)."""
        self.beginResetModel()
        self._layer = layer
        self._perms = {}
        if layer is None:
            self._project, self._season_id = None, None
            self._columns, self._search_full, self._search_coded = [], [], []
            self._base = None
            self._district_choices, self._extra = [], []
        else:
            self._read_layer(layer)
            self._read_season()
            self._read_extra()
        self._recompute()
        self.endResetModel()

    def _read_layer(self, layer: PlotLayer) -> None:
        self._take(layer_columns(layer.table, self.language))

    def _take(self, base: LayerColumns) -> None:
        self._base = base
        if self._layer is not None and len(base.roles) == len(self._layer.table):
            self._ids = np.asarray(self._layer.table.ids, dtype=np.int64)
        self._district_choices = base.district_choices
        self._districts = base.districts
        self._roles = base.roles
        self._columns[:self.FIRST_SEASON_COLUMN] = base.columns
        self._search_full = base.search_full
        self._search_coded = base.search_coded

    def update_plots(self, changes: ChangeSet) -> bool:
        """Follow the plots a change names, reading only their rows: changed plots are
        patched in place (re-sorted and filtered only when the sort column or a filter
        may see the change); added and removed ones rebuild the row order from the kept
        columns. False, changing nothing, when the table cannot follow (then it is read
        again with :meth:`set_layer`)."""
        layer, base = self._layer, self._base
        if layer is None or base is None:
            return False
        new_ids = np.asarray(layer.table.ids, dtype=np.int64)
        if changes.added or changes.removed or not np.array_equal(new_ids, self._ids):
            return self._regather(layer, base, new_ids, changes)
        rows = layer.rows_of(np.fromiter(changes.changed, dtype=np.int64))
        if not len(rows):
            return True
        column = self._sort[0]
        sorted_by_own = column < self.FIRST_SEASON_COLUMN
        before = column_values(self._columns[column], rows) if sorted_by_own else None
        self._take(patched(base, rows, layer_columns(table_rows(layer.table, rows),
                                                     self.language)))
        resort = sorted_by_own and not np.array_equal(
            before, column_values(self._columns[column], rows))
        self._perms = {c: p for c, p in self._perms.items()
                       if c >= self.FIRST_SEASON_COLUMN or (c == column and not resort)}
        if resort or self._filter or self._filters.active():
            self.layoutAboutToBeChanged.emit()
            self._recompute()
            self.layoutChanged.emit()
        else:
            shown = self._row_of[rows]
            for row in shown[shown >= 0].tolist():
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1))
        return True

    def _regather(self, layer: PlotLayer, base: LayerColumns, new_ids: np.ndarray,
                  changes: ChangeSet) -> bool:
        fresh_ids = np.intersect1d(np.fromiter(changes.added | changes.changed,
                                               dtype=np.int64), new_ids)
        try:
            source = sources(self._ids, new_ids, fresh_ids)
        except ValueError:  # the table missed a step: read it all again
            return False
        fresh_rows = layer.rows_of(fresh_ids)
        fresh = layer_columns(table_rows(layer.table, fresh_rows), self.language)
        season = self._season
        if self._project is not None:
            new = read_season(self._project, self._season_id, fresh_ids, self.language)
        else:
            new = SeasonColumns.empty(len(fresh_ids))
        season = SeasonColumns(**{f.name: gather(getattr(season, f.name),
                                                 getattr(new, f.name), source)
                                  for f in fields(SeasonColumns)})
        extra = self._extra
        if extra and self._project is not None:
            new_extra = read_raster_columns(self._project, fresh_ids)
            if [e[:2] for e in new_extra] != [e[:2] for e in extra]:
                return False  # another raster's statistics: read them all
            extra = [(name, stat, gather(values, fresh_values, source))
                     for (name, stat, values), (_n, _s, fresh_values)
                     in zip(extra, new_extra, strict=True)]
        self.beginResetModel()
        self._take(regathered(base, fresh, source))
        self._ids = new_ids
        self._season = season
        del self._columns[self.FIRST_SEASON_COLUMN:]
        self._columns += [season.crops, season.practices, season.providers, season.statuses,
                          season.stages]
        self._extra = extra
        self._perms = {}
        self._recompute()
        self.endResetModel()
        return True

    def set_season(self, project: Project | None, season_id: int | None) -> None:
        """Show the plans of ``season_id`` in the season columns (read in bulk). Before a
        layer is set this only remembers the choice, read with the layer."""
        self.beginResetModel()
        self._project, self._season_id = project, season_id
        self._read_season()
        self._read_extra()
        self._recompute()
        self.endResetModel()

    def refresh_season(self) -> None:
        """Read the season columns again, after plans or events changed."""
        self.set_season(self._project, self._season_id)

    def _read_season(self) -> None:
        if not self._columns or self._layer is None:
            return
        ids = np.asarray(self._layer.table.ids, dtype=np.int64)
        if self._project is None:
            self._season = SeasonColumns.empty(len(ids))
        else:
            self._season = read_season(self._project, self._season_id, ids, self.language)
        s = self._season
        del self._columns[self.FIRST_SEASON_COLUMN:]
        self._columns += [s.crops, s.practices, s.providers, s.statuses, s.stages]
        self._perms = {c: p for c, p in self._perms.items() if c < self.FIRST_SEASON_COLUMN}

    def refresh_extra(self) -> None:
        """Read the stored raster statistics again (after zonal statistics were computed)."""
        self.beginResetModel()
        self._read_extra()
        self._recompute()
        self.endResetModel()

    def _read_extra(self) -> None:
        base = len(self.COLUMNS)
        self._perms = {c: p for c, p in self._perms.items() if c < base}
        if self._layer is None or self._project is None:
            self._extra = []
        else:
            ids = np.asarray(self._layer.table.ids, dtype=np.int64)
            self._extra = read_raster_columns(self._project, ids)
        if self._sort[0] >= base + len(self._extra):
            self._sort = (0, Qt.SortOrder.AscendingOrder)

    def _column(self, col: int) -> Column:
        base = len(self.COLUMNS)
        return self._columns[col] if col < base else self._extra[col - base][2]

    def is_number(self, col: int) -> bool:
        """Whether a column holds numbers (area, raster statistics): right-aligned."""
        return col == self.AREA or col >= len(self.COLUMNS)

    def district_choices(self) -> list[tuple[str, str]]:
        """(name, code) of each district that has plots, sorted by name."""
        return list(self._district_choices)

    def _ascending(self, col: int) -> np.ndarray:
        perm = self._perms.get(col)
        if perm is None:
            column = self._column(col)
            if isinstance(column, Coded):  # sort the few distinct texts, then integers
                # Equal texts get one rank (two villages of one name, two farmers' name
                # pairs shown alike): ties stay in table order, as in a text column.
                _texts, rank = np.unique(column.uniques, return_inverse=True)
                perm = np.argsort(rank.astype(np.int64)[column.inverse], kind="stable")
            else:
                perm = np.argsort(column, kind="stable")
            self._perms[col] = perm
        return perm

    def _recompute(self) -> None:
        n = len(self._columns[0]) if self._columns else 0
        if n == 0:
            self._rows = np.zeros(0, dtype=np.int64)
            self._row_of = np.zeros(0, dtype=np.int64)
            return
        column, order = self._sort
        perm = self._ascending(column)
        if order == Qt.SortOrder.DescendingOrder:
            perm = perm[::-1]
        season = self._season
        mask = filter_mask(self._filters, districts=self._districts,
                           practices=season.practice_keys, roles=self._roles,
                           statuses=season.status_values)
        if self._filter:
            full, coded = season.search_columns()
            found = contains(self._filter, [*self._search_full, *full],
                             [*self._search_coded, *coded])
            mask = found if mask is None else mask & found
        if mask is not None:
            perm = perm[mask[perm]]
        self._rows = perm.astype(np.int64)
        self._row_of = np.full(n, -1, dtype=np.int64)
        self._row_of[self._rows] = np.arange(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._recompute()
        self.layoutChanged.emit()

    def set_filter(self, text: str) -> None:
        """Show only plots whose code, farmer (Khmer or Latin), village, commune, district
        (both languages), crops, practices or providers contain text."""
        self.beginResetModel()
        self._filter = text.strip().lower()
        self._recompute()
        self.endResetModel()

    def set_filters(self, filters: PlotFilters) -> None:
        """Show only plots that pass the district, practice, role and status filters."""
        self.beginResetModel()
        self._filters = filters
        self._recompute()
        self.endResetModel()

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS) + len(self._extra)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Farmer"), self.tr("Village"), self.tr("Commune"),
                self.tr("District"), self.tr("Role"), self.tr("Area (ha)"), self.tr("Crops"),
                self.tr("Practices"), self.tr("Providers"), self.tr("Plan status"),
                self.tr("Stage"), *[self._extra_header(layer, stat)
                                    for layer, stat, _values in self._extra]]

    def _extra_header(self, layer: str, stat: str) -> str:
        if stat == "mean":
            return self.tr("{0} mean").format(layer)
        if stat == "min":
            return self.tr("{0} min").format(layer)
        return self.tr("{0} max").format(layer)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._layer is None:
            return None
        n, col = int(self._rows[index.row()]), index.column()
        if role == ID_ROLE:
            return int(self._layer.table.ids[n])
        if role == Qt.ItemDataRole.DisplayRole:
            column = self._column(col)
            if isinstance(column, Coded):
                return str(column.uniques[column.inverse[n]])
            if self.is_number(col):
                value = float(column[n])
                return "" if np.isnan(value) else f"{value:.2f}"
            return str(column[n])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.is_number(col):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def export_rows(self, columns: list[int]) -> list[list[str | float]]:
        """The visible rows in their order, with the given columns; areas as numbers
        (rounded to 4 decimals) so that a spreadsheet can sum them."""
        if not self._columns:
            return []
        parts = []
        for col in columns:
            column = self._column(col)
            values = (column.uniques[column.inverse[self._rows]] if isinstance(column, Coded)
                      else column[self._rows])
            if self.is_number(col):  # numbers a spreadsheet can sum; no value stays empty
                values = np.round(values.astype(np.float64), 4)
                parts.append([None if v != v else v for v in values.tolist()])
            else:
                parts.append(values.tolist())
        return [list(row) for row in zip(*parts, strict=True)] if parts else []

    def plot_id(self, row: int) -> int:
        assert self._layer is not None
        return int(self._layer.table.ids[int(self._rows[row])])

    def row_of(self, plot_id: int) -> int:
        """The visible row of a plot, or -1 when the search or a filter hides it."""
        if self._layer is None:
            return -1
        return int(self._row_of[self._layer.index_of(plot_id)])

    def plot_ids(self, rows: np.ndarray) -> np.ndarray:
        """The plot ids of visible rows (an array in, an array out)."""
        if self._layer is None:
            return np.zeros(0, dtype=np.int64)
        return np.asarray(self._layer.table.ids[self._rows[rows]], dtype=np.int64)

    def rows_of(self, plot_ids) -> np.ndarray:
        """The visible row of each of these plots of the layer (-1 where hidden)."""
        if self._layer is None:
            return np.zeros(0, dtype=np.int64)
        return self._row_of[self._layer.rows_of(np.asarray(plot_ids, dtype=np.int64))]
