"""The import wizard's preview: a small map of the features and a table of their fate.

The map draws the features that will be imported in green, the refused ones in red and
the project's plots nearby in grey, so that a file in the wrong place or with swapped
coordinates shows at a glance. Only the first few thousand features are drawn.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from metkasekor_desktop.layers.viewport import Viewport
from metkasekor_desktop.ui.tools.edit_overlay import geometry_path

MAX_DRAWN = 5000
MAX_ROWS = 2000
ACCEPTED = QColor(46, 160, 67)
REFUSED = QColor(215, 48, 39)
EXISTING = QColor(140, 140, 140)


class PreviewMap(QWidget):
    """Features and nearby project plots, fitted to the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._accepted: list[object] = []
        self._refused: list[object] = []
        self._existing: list[object] = []
        self._bounds: tuple[float, float, float, float] | None = None

    def show_features(self, accepted: Sequence[object], refused: Sequence[object],
                      existing: np.ndarray | None = None) -> None:
        """Draw these (WGS 84 shapes; None are skipped) and the existing plots in view."""
        self._accepted = [g for g in list(accepted)[:MAX_DRAWN] if g is not None]
        self._refused = [g for g in list(refused)[:MAX_DRAWN] if g is not None]
        shown = np.array(self._accepted + self._refused, dtype=object)
        self._bounds = None
        self._existing = []
        if len(shown):
            b = shapely.total_bounds(shown)
            if np.isfinite(b).all():
                self._bounds = tuple(float(v) for v in b)
                if existing is not None and len(existing):
                    box = shapely.box(*b)
                    near = shapely.STRtree(existing).query(box)
                    self._existing = list(existing[near[:MAX_DRAWN]])
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(250, 250, 247))
        if self._bounds is None:
            painter.setPen(QColor(110, 110, 110))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Nothing to show yet"))
            painter.end()
            return
        x0, y0, x1, y1 = self._bounds
        viewport = Viewport(0.0, 0.0, 1.0, self.width(), self.height()).fitted(
            (x0, y0, max(x1, x0 + 1e-6), max(y1, y0 + 1e-6)))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for shapes, colour in ((self._existing, EXISTING), (self._accepted, ACCEPTED),
                               (self._refused, REFUSED)):
            fill = QColor(colour)
            fill.setAlpha(90)
            painter.setBrush(QBrush(fill))
            painter.setPen(QPen(colour, 1.2))
            for g in shapes:
                painter.drawPath(geometry_path(viewport, g))
        self._legend(painter)
        painter.end()

    def _legend(self, painter: QPainter) -> None:
        """Three swatches in the top-left corner, one per colour."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        entries = ((ACCEPTED, self.tr("imported")), (REFUSED, self.tr("refused")),
                   (EXISTING, self.tr("in the project")))
        line = painter.fontMetrics().height() + 2
        box = QRectF(4, 4, 12 + max(painter.fontMetrics().horizontalAdvance(t)
                                    for _, t in entries) + 16, line * 3 + 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRect(box)
        for n, (colour, text) in enumerate(entries):
            y = box.top() + 3 + n * line
            fill = QColor(colour)
            fill.setAlpha(90)
            painter.setBrush(fill)
            painter.setPen(QPen(colour, 1.2))
            painter.drawRect(QRectF(box.left() + 5, y + 3, 11, line - 7))
            painter.setPen(QColor(50, 50, 50))
            painter.drawText(QRectF(box.left() + 22, y, box.width() - 24, line),
                             Qt.AlignmentFlag.AlignVCenter, text)


class FeatureTable(QTableWidget):
    """One row per feature: number, code, farmer, village, area, status and issues."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels([
            self.tr("Feature"), self.tr("Code"), self.tr("Farmer"), self.tr("Village code"),
            self.tr("Area (ha)"), self.tr("Status"), self.tr("Report")])
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)  # the whole report text is in the tooltip and below

    def show_rows(self, rows: Sequence[tuple[int, str, str, str, float, bool, str]]) -> None:
        """``rows``: (number, code, farmer, village, area ha, accepted, report text)."""
        rows = list(rows)[:MAX_ROWS]
        self.setRowCount(len(rows))
        for r, (number, code, farmer, village, area, accepted, text) in enumerate(rows):
            status = self.tr("import") if accepted else self.tr("refused")
            values = [str(number), code, farmer, village, f"{area:.3f}" if area == area
                      else "", status, text]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 5:
                    item.setForeground(ACCEPTED if accepted else REFUSED)
                if c == 6 and text:
                    item.setToolTip(text)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
