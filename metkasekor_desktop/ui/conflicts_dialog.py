"""File > Conflicts: what an offline copy and the register both changed, for the officer
to decide, one at a time: keep this copy's value, keep the register's, or type another.
A boundary both sides changed is drawn, both shapes over each other, so that the
officer sees which one is right. Decisions are written into the copy at once and go
across at the next sync; nothing is overwritten without one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.storage import ProjectError
from metkasekor_desktop.storage.sync_state import Conflict
from metkasekor_desktop.ui.publish_dialog import refusal_text
from metkasekor_desktop.ui.sync_dialog import column_text, kind_text, record_text

LOCAL, REGISTER, VALUE = "local", "register", "value"
SHAPE = ("plots", "geom")
translate = QCoreApplication.translate
COPY_COLOUR = QColor("#1f6fd1")  # this copy's boundary
REGISTER_COLOUR = QColor("#e0561b")  # the register's


def is_shape(conflict: Conflict) -> bool:
    return (conflict.table, conflict.column) == SHAPE


# -- the map preview ----------------------------------------------------------------------
class ShapePreview(QWidget):
    """Two boundaries (WKT in WGS 84) drawn over each other in two colours with a
    legend, fitted to both; metres and degrees kept square at the plots' latitude."""

    MARGIN = 14
    LEGEND_H = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shapes: list[tuple[Any, QColor, str]] = []
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)

    def set_shapes(self, local_wkt: str | None, remote_wkt: str | None) -> None:
        import shapely

        self._shapes = []
        for wkt, colour, label in ((remote_wkt, REGISTER_COLOUR, self.tr("The register")),
                                   (local_wkt, COPY_COLOUR, self.tr("This copy"))):
            try:
                geom = shapely.from_wkt(wkt) if wkt else None
            except Exception:  # noqa: BLE001 - a shape that cannot be read is not drawn
                geom = None
            self._shapes.append((geom, colour, label))
        self.update()

    def _bounds(self) -> tuple[float, float, float, float] | None:
        found = [g.bounds for g, _c, _l in self._shapes if g is not None and not g.is_empty]
        if not found:
            return None
        return (min(b[0] for b in found), min(b[1] for b in found),
                max(b[2] for b in found), max(b[3] for b in found))

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        import math

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#b8b8b8"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        area = QRectF(self.MARGIN, self.MARGIN, self.width() - 2 * self.MARGIN,
                      self.height() - 2 * self.MARGIN - self.LEGEND_H)
        bounds = self._bounds()
        if bounds is not None and area.width() > 0 and area.height() > 0:
            x0, y0, x1, y1 = bounds
            squash = math.cos(math.radians((y0 + y1) / 2))  # degrees of longitude shrink
            w, h = max((x1 - x0) * squash, 1e-9), max(y1 - y0, 1e-9)
            scale = min(area.width() / w, area.height() / h)
            ox = area.left() + (area.width() - w * scale) / 2
            oy = area.top() + (area.height() - h * scale) / 2

            def point(x: float, y: float) -> QPointF:
                return QPointF(ox + (x - x0) * squash * scale, oy + (y1 - y) * scale)

            for geom, colour, _label in self._shapes:
                if geom is None or geom.is_empty:
                    continue
                path = QPainterPath()
                for polygon in getattr(geom, "geoms", [geom]):
                    for ring in (polygon.exterior, *polygon.interiors):
                        coords = list(ring.coords)
                        path.moveTo(point(*coords[0][:2]))
                        for c in coords[1:]:
                            path.lineTo(point(*c[:2]))
                        path.closeSubpath()
                fill = QColor(colour)
                fill.setAlpha(60)
                painter.setBrush(fill)
                painter.setPen(QPen(colour, 2.5))
                painter.drawPath(path)
        # The legend, under the shapes.
        x = float(self.MARGIN)
        y = self.height() - self.MARGIN - self.LEGEND_H / 2
        metrics = painter.fontMetrics()
        for _geom, colour, label in reversed(self._shapes):
            fill = QColor(colour)
            fill.setAlpha(60)
            painter.setBrush(fill)
            painter.setPen(QPen(colour, 2.5))
            painter.drawRect(QRectF(x, y - 6, 18, 12))
            painter.setPen(QColor("#202020"))
            painter.drawText(QPointF(x + 24, y + metrics.ascent() / 2 - 1), label)
            x += 24 + metrics.horizontalAdvance(label) + 20
        painter.end()


# -- values in words ----------------------------------------------------------------------
def value_text(conflict: Conflict, value: Any, side: str) -> str:
    """One side's value as the table shows it (``side``: base, local, remote)."""
    if conflict.column is None:  # a whole record
        if conflict.kind == "code_taken" and side == "remote" and isinstance(value, dict):
            return translate("ConflictsDialog", "has {code} already (free: {free})").format(
                code=value.get("code", ""), free=value.get("proposal", ""))
        if value is None:
            return translate("ConflictsDialog", "deleted") if side != "base" else ""
        if conflict.kind == "not_permitted" and side == "remote":
            return translate("ConflictsDialog", "refused")
        return translate("ConflictsDialog", "changed") if side != "base" else ""
    if value is None or value == "":
        return translate("ConflictsDialog", "(empty)")
    if is_shape(conflict):
        import shapely

        from metkasekor_desktop.domain.geometry import area_ha

        try:
            hectares = area_ha(shapely.from_wkt(value))
            return translate("ConflictsDialog", "a boundary of {0} ha").format(f"{hectares:,.2f}")
        except Exception:  # noqa: BLE001 - a damaged shape is said, not shown
            return translate("ConflictsDialog", "a shape that cannot be read")
    if isinstance(value, bool):
        return translate("ConflictsDialog", "yes") if value else translate("ConflictsDialog", "no")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_typed(text: str, like: tuple[Any, ...]) -> Any:
    """The officer's typed value as the column holds it: a number where the two sides'
    values are numbers, else text; empty is no value."""
    text = text.strip()
    if not text:
        return None
    known = [v for v in like if v is not None]
    if known and all(isinstance(v, bool) for v in known):
        return text.lower() in ("1", "true", "yes")
    if known and all(isinstance(v, int) and not isinstance(v, bool) for v in known):
        return int(text.replace(",", ""))
    if known and all(isinstance(v, int | float) and not isinstance(v, bool) for v in known):
        return float(text.replace(",", ""))
    return text


# -- the window ---------------------------------------------------------------------------
class ConflictsDialog(QDialog):
    """The open conflicts of an offline copy, and the choices for the selected one.
    ``decided()`` is called after every decision (the window shows the copy again)."""

    COLUMNS = 5

    def __init__(self, copy: Path, decided: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copy = Path(copy)
        self.decided = decided
        self.found: list[Conflict] = []
        self.setWindowTitle(self.tr("Conflicts of {0}").format(self.copy.name))
        intro = QLabel(self.tr(
            "Both this copy and the register changed these records since the last sync. "
            "Each side keeps its own until you decide; select one to see the choices."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("What"), self.tr("At the last sync"),
            self.tr("This copy's"), self.tr("The register's")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.preview = ShapePreview(self)
        self.preview.hide()
        self.local_button = QPushButton(self.tr("Keep this copy's"), self)
        self.local_button.clicked.connect(lambda: self.decide(LOCAL))
        self.register_button = QPushButton(self.tr("Keep the register's"), self)
        self.register_button.clicked.connect(lambda: self.decide(REGISTER))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Type the value to keep on both sides"))
        self.edit_button.clicked.connect(self.edit_value)
        choices = QHBoxLayout()
        for button in (self.local_button, self.register_button, self.edit_button):
            choices.addWidget(button)
        choices.addStretch(1)
        self.note = QLabel(self.tr(
            "Decisions are kept in this copy at once and go across to the register at the "
            "next sync (File > Synchronise)."), self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.explain)
        layout.addWidget(self.preview, 2)
        layout.addLayout(choices)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(980, 620)
        self.reload()

    # -- the list ------------------------------------------------------------------------
    def reload(self) -> None:
        from metkasekor_desktop.layers.office_sync import copy_conflicts

        try:
            self.found = copy_conflicts(self.copy)
        except (ProjectError, OSError) as error:
            self.found = []
            self.explain.setText(refusal_text(error))
        selected = self.current()
        self.table.setRowCount(len(self.found))
        for row, c in enumerate(self.found):
            texts = (record_text(c), kind_text(c), value_text(c, c.base, "base"),
                     value_text(c, c.local, "local"), value_text(c, c.remote, "remote"))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # Every column in view: each takes its share of the table's width at most (the
        # whole text is in the tooltip and the explanation below).
        share = max(120, (max(self.table.viewport().width(), self.width() - 40))
                    // self.COLUMNS)
        for column in range(self.COLUMNS):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), share))
        index = next((i for i, c in enumerate(self.found)
                      if selected is not None and c.id == selected.id), 0)
        if self.found:
            self.table.selectRow(index)
        self._show_selected()

    def current(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not rows or rows[0].row() >= len(self.found):
            return None
        return self.found[rows[0].row()]

    def select_conflict(self, conflict_id: int) -> None:
        for row, c in enumerate(self.found):
            if c.id == conflict_id:
                self.table.selectRow(row)

    # -- the selected one ----------------------------------------------------------------
    def _show_selected(self) -> None:
        c = self.current()
        buttons = (self.local_button, self.register_button, self.edit_button)
        if c is None:
            for button in buttons:
                button.setEnabled(False)
            self.preview.hide()
            self.explain.setText(self.tr("No open conflict: this copy and the register agree "
                                         "on everything both changed.") if not self.found
                                 else "")
            return
        for button in buttons:
            button.setEnabled(True)
        local_text, register_text, explain = self._choices(c)
        self.local_button.setText(local_text)
        self.register_button.setText(register_text)
        self.explain.setText(explain)
        self.edit_button.setVisible(c.column is not None and not is_shape(c))
        if is_shape(c):
            self.preview.set_shapes(c.local, c.remote)
            self.preview.show()
        else:
            self.preview.hide()

    def _choices(self, c: Conflict) -> tuple[str, str, str]:
        """The two buttons' words and what they do, for the selected conflict."""
        record = record_text(c)
        if is_shape(c):
            return (self.tr("Keep this copy's"), self.tr("Keep the register's"), self.tr(
                "{0}: the boundary was changed here and in the register; the map below "
                "shows both. Keep this copy's (it goes to the register) or the register's "
                "(it replaces this copy's); reshape it on the map afterwards if neither is "
                "right.").format(record))
        if c.column is not None:
            what = column_text(c.column)
            return (self.tr("Keep this copy's"), self.tr("Keep the register's"), self.tr(
                "{record}: {what} was changed here and in the register. Keep this copy's "
                "value (it goes to the register), the register's (it replaces this "
                "copy's), or type another.").format(record=record, what=what))
        if c.kind == "server_deleted":
            return (self.tr("Keep it"), self.tr("Delete it here too"), self.tr(
                "{0} was changed in this copy but deleted in the register. Keep it: it goes "
                "back to the register as a new record. Or delete it here too.").format(record))
        if c.kind == "local_deleted":
            return (self.tr("Delete it in the register too"), self.tr("Take it back"), self.tr(
                "{0} was deleted in this copy but changed in the register. Delete it in the "
                "register too, or take it back: the next sync brings it again with the "
                "register's changes.").format(record))
        if c.kind == "code_taken":
            free = c.remote.get("proposal") if isinstance(c.remote, dict) else None
            hint = self.tr(" A free code: {0}.").format(free) if free else ""
            return (self.tr("Keep it (I rename it)"), self.tr("Remove it from this copy"),
                    self.tr("{0} was added in this copy, but the register has a record with "
                            "the same code or key. Keep it and give it another code here, "
                            "then synchronise again; or remove it from this copy.").format(
                        record) + hint)
        return (self.tr("Keep it here"), self.tr("Remove it from this copy"), self.tr(
            "The register refused {0}: it is not in your provinces. Keep it in this copy "
            "only, or remove it from this copy.").format(record))

    # -- decisions -----------------------------------------------------------------------
    def decide(self, keep: str, value: Any = None) -> bool:
        from metkasekor_desktop.layers.office_sync import decide_conflict

        c = self.current()
        if c is None:
            return False
        try:
            decide_conflict(self.copy, c.id, keep, value)
        except (ProjectError, OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Conflict not decided"), refusal_text(error))
            self.reload()
            return False
        if self.decided is not None:
            self.decided()
        self.reload()
        return True

    def edit_value(self) -> None:
        c = self.current()
        if c is None or c.column is None or is_shape(c):
            return
        start = "" if c.local is None else str(c.local)
        text, ok = QInputDialog.getText(
            self, self.tr("Value to keep"),
            self.tr("{record}: {what}").format(record=record_text(c),
                                              what=column_text(c.column)),
            QLineEdit.EchoMode.Normal, start)
        if not ok:
            return
        try:
            value = parse_typed(text, (c.base, c.local, c.remote))
        except ValueError:
            QMessageBox.warning(self, self.tr("Conflict not decided"), self.tr(
                "{0} is not a number; type a number like {1}.").format(
                text, c.local if c.local is not None else c.remote))
            return
        self.decide(VALUE, value)
