"""Plot problems (invalid or missing shapes, unknown roles, missing areas, plots outside
Cambodia): listed by plot, shown on the map on a click."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.analysis.plot_problems import PlotProblem, ProblemKind, find_problems
from metkasekor_desktop.domain.geometry import location_text
from metkasekor_desktop.layers.message_words import say

if TYPE_CHECKING:
    from metkasekor_desktop.layers.plot_layer import PlotLayer

ID_ROLE = Qt.ItemDataRole.UserRole
CODE_COLUMN, PROBLEM_COLUMN = 0, 1


class ProblemsModel(QAbstractTableModel):
    """A thin table over a list of :class:`PlotProblem`: plot code, the problem in words.

    ``ID_ROLE`` of any cell gives the plot id; the tooltip says where the problem is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[PlotProblem] = []

    def set_problems(self, problems: list[PlotProblem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Plot") if section == CODE_COLUMN else self.tr("Problem")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.problems):
            return None
        problem = self.problems[index.row()]
        if role == ID_ROLE:
            return problem.plot_id
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == CODE_COLUMN:
                return problem.code or self.tr("Plot #{id}").format(id=problem.plot_id)
            return self.problem_text(problem)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem.location is None:
                return self.tr("Click to show the plot on the map")
            x, y = problem.location
            return self.tr("At {x}, {y}; click to show the plot on the map").format(
                **dict(zip("xy", location_text(x, y).split(", "), strict=True)))
        return None

    def problem_text(self, problem: PlotProblem) -> str:
        """The problem in the user's language, with its detail."""
        kind = problem.kind
        if kind == ProblemKind.INVALID_SHAPE:
            return self.tr("Invalid shape: {reason}").format(
                reason=self.reason_text(problem.detail))
        if kind == ProblemKind.EMPTY_SHAPE:
            return self.tr("No shape")
        if kind == ProblemKind.UNKNOWN_ROLE:
            return self.tr('Unknown role "{role}"').format(role=problem.detail)
        if kind == ProblemKind.MISSING_AREA:
            return self.tr("No area recorded")
        if kind == ProblemKind.OUTSIDE_CAMBODIA:
            return self.tr("Outside Cambodia")
        return f"{kind} {say(problem.detail)}".strip()

    def reason_text(self, reason: str) -> str:
        """GEOS's validity reason in words, or as given when it is not a known one."""
        known = {
            "Self-intersection": self.tr("the boundary crosses itself"),
            "Ring Self-intersection": self.tr("a ring touches itself"),
            "Hole lies outside shell": self.tr("a hole lies outside the boundary"),
            "Holes are nested": self.tr("a hole lies inside another hole"),
            "Interior is disconnected": self.tr("holes cut the plot in pieces"),
            "Nested shells": self.tr("a part lies inside another part"),
            "Duplicate Rings": self.tr("a ring is repeated"),
            "Too few points in geometry component": self.tr("a ring has too few points"),
            "Invalid Coordinate": self.tr("a vertex has no coordinates"),
            "Ring is not closed": self.tr("a ring is not closed"),
        }
        return known.get(reason) or say(reason)


class ProblemsPanel(QWidget):
    """One row per problem of a plot, in plot order; a click asks to show the plots.

    ``show_plots`` is emitted with the list of the selected rows' plot ids (the window
    selects and zooms to them).
    """

    show_plots = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self.tr("Plot problems are checked on request."), self)
        self.summary.setWordWrap(True)
        self.model = ProblemsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CODE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)

    @property
    def problems(self) -> list[PlotProblem]:
        return list(self.model.problems)

    def show_problems(self, layer: PlotLayer) -> list[PlotProblem]:
        """Find and list every problem of the layer's plots; returns the problems."""
        table = layer.table
        problems = find_problems(table.ids, table.codes, table.geometries, table.roles,
                                 table.areas_ha)
        self.model.set_problems(problems)
        if problems:
            plots = len({p.plot_id for p in problems})
            self.summary.setText(self.tr("{count} problems in {plots} plots. Click a row to "
                                         "show the plot on the map.").format(
                count=len(problems), plots=plots))
        else:
            self.summary.setText(self.tr("No problems found in {plots} plots.").format(
                plots=len(table)))
        return problems

    def clear(self) -> None:
        self.model.set_problems([])
        self.summary.setText("")

    def _clicked(self, index: QModelIndex) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if index.isValid() and index.row() not in rows:
            rows = [index.row()]
        ids: list[int] = []
        for row in rows:
            plot_id = self.model.problems[row].plot_id
            if plot_id not in ids:
                ids.append(plot_id)
        if ids:
            self.show_plots.emit(ids)
