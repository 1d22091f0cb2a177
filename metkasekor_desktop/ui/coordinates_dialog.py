"""Make a plot from typed coordinates: lon/lat (decimal or DMS) or UTM 48N.

Each row is checked as it is typed, the problem shown on the row itself; the area and
perimeter of the polygon so far are previewed. "Make plot" refuses while any row is wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
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

from metkasekor_desktop.domain.coordinates import parse_lonlat, parse_utm
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import (
    METRIC_EPSG,
    STORAGE_EPSG,
    transform_xy,
)
from metkasekor_desktop.domain.plot_shape import polygon_from_rings
from metkasekor_desktop.ui.shape_source_dialog import ShapeSourceDialog

if TYPE_CHECKING:
    from shapely.geometry import MultiPolygon

from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.plot_editor import PlotEditor

ERROR_BRUSH = QBrush(QColor(255, 205, 205))
START_ROWS = 4
X, Y, PROBLEM = 0, 1, 2


class _PasteTable(QTableWidget):
    """A table that takes rows pasted from a spreadsheet (tab-separated cells)."""

    def __init__(self, dialog: CoordinatesDialog) -> None:
        super().__init__(START_ROWS, 3, dialog)
        self._dialog = dialog

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.matches(QKeySequence.StandardKey.Paste):
            row = max(self.currentRow(), 0)
            column = min(max(self.currentColumn(), 0), Y)
            self._dialog.paste_text(QApplication.clipboard().text(), row, column)
            return
        super().keyPressEvent(event)


class CoordinatesDialog(ShapeSourceDialog):
    """A table of vertices in lon/lat or UTM 48N; ``prepared()`` after "Make plot"."""

    def __init__(self, editor: PlotEditor, map_epsg: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, map_epsg, parent)
        self.setWindowTitle(self.tr("Plot from coordinates"))
        self._points: list[tuple[float, float]] = []  # map CRS, in row order
        self._errors: dict[int, str] = {}

        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Longitude / latitude (decimal or DMS)"), "lonlat")
        self.mode.addItem(self.tr("UTM zone 48N easting / northing (m)"), "utm")
        self.table = _PasteTable(self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Type one vertex per row in the order of the boundary, "
                                      "or paste rows copied from Excel"))
        add = QPushButton(self.tr("Add row"), self)
        remove = QPushButton(self.tr("Remove row"), self)
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        remove.clicked.connect(self._remove_row)
        self.preview = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.make_button = self.buttons.addButton(self.tr("Make plot"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.make_plot)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Coordinates"), self.mode)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

        self.mode.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.table.itemChanged.connect(lambda _item: self.check())
        self._mode_changed()

    # --- typing and pasting -------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """"lonlat" or "utm"."""
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))

    def set_row(self, row: int, x_text: str, y_text: str) -> None:
        """Type a row (grows the table when needed)."""
        self.paste_text(f"{x_text}\t{y_text}", row, X)

    def paste_text(self, text: str, row: int = 0, column: int = X) -> None:
        """Fill cells from spreadsheet text: rows by line, cells by tab (or semicolon)."""
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        self.table.blockSignals(True)
        try:
            for offset, line in enumerate(lines):
                cells = line.split("\t") if "\t" in line else line.split(";")
                r = row + offset
                if r >= self.table.rowCount():
                    self.table.insertRow(r)
                for c, value in enumerate(cells[: Y + 1 - column]):
                    self.table.setItem(r, column + c, QTableWidgetItem(value.strip()))
        finally:
            self.table.blockSignals(False)
        self.check()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.check()

    def _mode_changed(self) -> None:
        if self.mode.currentData() == "utm":
            headers = [self.tr("Easting (m)"), self.tr("Northing (m)"), self.tr("Problem")]
        else:
            headers = [self.tr("Longitude"), self.tr("Latitude"), self.tr("Problem")]
        self.table.setHorizontalHeaderLabels(headers)
        self.check()

    # --- checking -----------------------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _parse_row(self, x_text: str, y_text: str) -> tuple[float, float]:
        """One vertex in the map CRS; a DomainError says what is wrong."""
        if not x_text or not y_text:
            raise DomainError(self.tr("Both coordinates of the vertex are needed."))
        if self.mode.currentData() == "utm":
            e, n = parse_utm(x_text, y_text)
            return transform_xy(e, n, METRIC_EPSG, self.map_epsg)
        lon, lat = parse_lonlat(x_text, y_text)
        return transform_xy(lon, lat, STORAGE_EPSG, self.map_epsg)

    def check(self) -> None:
        """Parse every row, mark the wrong ones and update the preview."""
        self._points, self._errors = [], {}
        self.table.blockSignals(True)
        try:
            for row in range(self.table.rowCount()):
                x_text, y_text = self._text(row, X), self._text(row, Y)
                problem = ""
                if x_text or y_text:
                    try:
                        self._points.append(self._parse_row(x_text, y_text))
                    except DomainError as error:
                        problem = say(error)
                        self._errors[row] = problem
                self._mark(row, problem)
            if self._text(self.table.rowCount() - 1, X) or self._text(
                    self.table.rowCount() - 1, Y):
                self.table.insertRow(self.table.rowCount())  # room for the next vertex
                self._mark(self.table.rowCount() - 1, "")
        finally:
            self.table.blockSignals(False)
        self._update_preview()

    def _mark(self, row: int, problem: str) -> None:
        for column in (X, Y):
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem("")
                self.table.setItem(row, column, item)
            item.setBackground(ERROR_BRUSH if problem else QBrush())
            item.setToolTip(problem)
        status = QTableWidgetItem(problem)
        status.setFlags(Qt.ItemFlag.ItemIsEnabled)
        status.setToolTip(problem)
        if problem:
            status.setBackground(ERROR_BRUSH)
        self.table.setItem(row, PROBLEM, status)

    def row_errors(self) -> dict[int, str]:
        """Row (0-based) -> the problem of every row that cannot be read."""
        return dict(self._errors)

    def polygon(self) -> MultiPolygon | None:
        """The polygon of the rows read so far, in the map CRS (None under 3 vertices)."""
        points = list(self._points)
        if len(points) > 1 and points[0] == points[-1]:
            points.pop()  # a closed ring typed with its first vertex again
        if len(points) < 3:
            return None
        return polygon_from_rings([[points]])

    def _update_preview(self) -> None:
        geom = self.polygon()
        if geom is None:
            self.preview.setText(self.tr("{count} vertices: at least 3 are needed.")
                                 .format(count=len(self._points)))
            return
        area, perimeter = self.measure(geom)
        self.preview.setText(
            self.tr("{count} vertices · area {area} ha · perimeter {perimeter} m").format(
                count=len(self._points), area=area,
                perimeter=perimeter))

    # --- result -------------------------------------------------------------------------
    def make_plot(self) -> bool:
        """Check and prepare the polygon; accept on success, else say why and stay."""
        if self._errors:
            row = min(self._errors)
            self.message.setText(self.tr("Row {row}: {problem} Correct the rows marked in red.")
                                 .format(row=row + 1, problem=self._errors[row]))
            return False
        geom = self.polygon()
        if geom is None:
            self.message.setText(self.tr("A plot needs at least 3 vertices."))
            return False
        return self.prepare_and_accept(geom)
