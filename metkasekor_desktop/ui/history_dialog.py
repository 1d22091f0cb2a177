"""A plot's history on a shared register, in words: when, who, which record, what
changed from what to what. The register keeps the values as stored (keys, ids, JSON
text, a shape as hex); this module says them the way the forms do, so the officer never
reads raw storage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.storage.history import ADDED, CHANGED, DELETED, HistoryEntry
from metkasekor_desktop.ui.labels import role_label
from metkasekor_desktop.ui.language import shown_date
from metkasekor_desktop.ui.plots_filters import status_label
from metkasekor_desktop.ui.write_failures import field_label

# Ids that say nothing to the officer (the rows they name are the entry itself).
HIDDEN = ("id", "fid", "plot_id", "plan_id", "geom", "position", "created_at")
MAX_VALUE_CHARS = 60
TEXT_MARGIN_PX = 4  # around a cell's text (the style's item margin, and some air)
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


translate = QCoreApplication.translate


def record_kind(table: str) -> str:
    """What a row of ``table`` is, in words."""
    kinds = {
        "plots": translate("PlotHistory", "Plot"),
        "plot_season_plans": translate("PlotHistory", "Season plan"),
        "plan_practices": translate("PlotHistory", "Practice in a plan"),
        "trial_members": translate("PlotHistory", "Trial membership"),
        "soil_samples": translate("PlotHistory", "Soil sample"),
        "yield_records": translate("PlotHistory", "Yield record"),
        "event_plots": translate("PlotHistory", "Extension event visit"),
        "plot_raster_stats": translate("PlotHistory", "Raster statistics"),
        "plot_extra_attributes": translate("PlotHistory", "Extra attribute"),
    }
    return kinds.get(table, table.replace("_", " "))


def action_label(action: str) -> str:
    labels = {ADDED: translate("PlotHistory", "Added"),
              CHANGED: translate("PlotHistory", "Changed"),
              DELETED: translate("PlotHistory", "Deleted")}
    return labels.get(action, action)


def column_label(column: str) -> str:
    """A column's name as the forms say it."""
    labels = {
        "area_ha": translate("PlotHistory", "Area (ha)"),
        "season_id": translate("PlotHistory", "Season"),
        "crops": translate("PlotHistory", "Crops"),
        "crop": translate("PlotHistory", "Crop"),
        "planned_date": translate("PlotHistory", "Planned date"),
        "done_date": translate("PlotHistory", "Done date"),
        "practice_id": translate("PlotHistory", "Practice"),
        "provider_id": translate("PlotHistory", "Service provider"),
        "details": translate("PlotHistory", "Details"),
        "trial_id": translate("PlotHistory", "Trial"),
        "treatment": translate("PlotHistory", "Treatment"),
        "block": translate("PlotHistory", "Block"),
        "sample_date": translate("PlotHistory", "Sample date"),
        "depth_from_cm": translate("PlotHistory", "Depth from (cm)"),
        "depth_to_cm": translate("PlotHistory", "Depth to (cm)"),
        "method": translate("PlotHistory", "Method"),
        "lab": translate("PlotHistory", "Laboratory"),
        "harvest_date": translate("PlotHistory", "Harvest date"),
        "sample_area_m2": translate("PlotHistory", "Sample area (m²)"),
        "fresh_weight_kg": translate("PlotHistory", "Fresh weight (kg)"),
        "moisture_pct": translate("PlotHistory", "Moisture (%)"),
        "labour_days": translate("PlotHistory", "Labour (days)"),
        "input_cost": translate("PlotHistory", "Input cost"),
        "service_cost": translate("PlotHistory", "Service cost"),
        "price_per_kg": translate("PlotHistory", "Price per kg"),
        "event_id": translate("PlotHistory", "Extension event"),
        "layer": translate("PlotHistory", "Raster"),
        "count": translate("PlotHistory", "Pixels"),
        "mean": translate("PlotHistory", "Mean"),
        "min": translate("PlotHistory", "Minimum"),
        "max": translate("PlotHistory", "Maximum"),
        "computed_at": translate("PlotHistory", "Computed"),
        "value": translate("PlotHistory", "Value"),
    }
    if column in labels:
        return labels[column]
    label = field_label(column)
    return label if label != column else column.replace("_", " ").capitalize()


def _short(text: str) -> str:
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS - 1] + "…"


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) >= 0.01 else f"{value:.3g}"


def _json_text(text: str) -> str | None:
    """A list or object stored as JSON text (crops, details), said plainly; None when
    ``text`` is not such."""
    if not text.startswith(("[", "{")):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, list):
        none = translate("PlotHistory", "(none)")
        return ", ".join(str(v).replace("_", " ") for v in value) or none
    if isinstance(value, dict):
        parts = [f"{k.replace('_', ' ')}: {v}" for k, v in value.items() if v not in (None, "")]
        return ", ".join(parts) or translate("PlotHistory", "(none)")
    return None


class Names:
    """How records an entry refers to by id are named: seasons, practices, providers
    (read once from the project); any other id is shown as "#id"."""

    def __init__(self, lookups: Mapping[str, Mapping[int, str]] | None = None,
                 khmer: bool = False) -> None:
        self.lookups = {k: dict(v) for k, v in (lookups or {}).items()}
        self.khmer = khmer

    def crop(self, key: str) -> str:
        known = CROPS.get(key)
        if known is None:
            return key.replace("_", " ")
        return (known.name_kh if self.khmer and known.name_kh else known.name_en) or key

    @classmethod
    def of_project(cls, project: Any, language: str = "en") -> Names:
        khmer = language in ("km", "kh")

        def practice(p: Any) -> str:
            return (p.name_kh if khmer and p.name_kh else p.name_en) or p.key

        return cls({
            "season_id": {s.id: season_label(s) for s in project.seasons.list()},
            "practice_id": {p.id: practice(p) for p in project.practices.list()},
            "provider_id": {p.id: p.name for p in project.providers.list()},
        }, khmer)

    def name(self, column: str, value: int) -> str:
        return self.lookups.get(column, {}).get(int(value), f"#{value}")


def format_value(column: str, value: Any, names: Names) -> str:
    """A stored value as the officer reads it."""
    if value is None or value == "":
        return translate("PlotHistory", "(empty)")
    if isinstance(value, bool):
        return translate("PlotHistory", "Yes") if value else translate("PlotHistory", "No")
    if column.endswith("_id") and isinstance(value, int):
        return names.name(column, value)
    if column == "role":
        return role_label(str(value))
    if column == "status":
        return status_label(str(value))
    if column == "crop":
        return names.crop(str(value))
    if column == "crops" and isinstance(value, str) and value.startswith("["):
        try:
            return ", ".join(names.crop(str(c)) for c in json.loads(value)) or \
                translate("PlotHistory", "(none)")
        except ValueError:
            return value
    if isinstance(value, int | float):
        return _number(value)
    text = str(value)
    if _TIMESTAMP.match(text):
        try:
            return shown_date(datetime.fromisoformat(text).astimezone(), minutes=True)
        except ValueError:
            return text
    said = _json_text(text)
    if said is not None:
        return _short(said)
    return _short(text.replace("_", " ") if column == "method" else text)


def shown(column: str, value: Any, names: Names) -> str:
    """A value in a sentence of details: text in quotes, numbers and "(empty)" bare."""
    said = format_value(column, value, names)
    named = column.endswith("_id") and isinstance(value, int)  # a season's name...
    return f"'{said}'" if (isinstance(value, str) and value != "") or named else said


def details(entry: HistoryEntry, names: Names) -> str:
    """"Notes: 'a' → 'b'; Area (ha): 1.2 → 1.4" for a change; the values of an added
    or deleted row ("Code: 'P-1'; Name: …"), its shape and ids left out."""
    if entry.table == "plot_extra_attributes":  # a name and its value: say them as one
        name = str(entry.value("name") or "")
        changes = {c.column: c for c in entry.changes}
        value = changes.get("value")
        if entry.action == CHANGED and value is not None:
            return (f"{name}: {shown('value', value.before, names)} → "
                    f"{shown('value', value.after, names)}")
        return f"{name}: {shown('value', entry.value('value'), names)}"
    parts: list[str] = []
    for change in entry.changes:
        label = column_label(change.column)
        if entry.action == CHANGED:
            if change.column == "geom":
                parts.append(translate("PlotHistory", "Boundary: changed"))
                continue
            before = shown(change.column, change.before, names)
            after = shown(change.column, change.after, names)
            parts.append(f"{label}: {before} → {after}")
            continue
        value = change.after if entry.action == ADDED else change.before
        if change.column in HIDDEN or value in (None, "", "[]", "{}"):
            continue
        parts.append(f"{label}: {shown(change.column, value, names)}")
    return "; ".join(parts)


class SortItem(QTableWidgetItem):
    """A cell sorted by the key it holds (UserRole) when it has one: times to the
    microsecond, and the register's order among changes of one transaction."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


class PlotHistoryDialog(QDialog):
    """"History of plot CODE": every change of the plot and its records, newest first;
    read-only, sortable by any column."""

    COLUMNS = 5

    def __init__(self, code: str, entries: list[HistoryEntry], names: Names,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of plot {code}").format(code=code))
        self.entries = entries
        self.summary = QLabel(self._summary(code, len(entries)), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(entries), self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Change"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self._fill(names)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.SortOrder.DescendingOrder)
        # Wrapped details take the height they need once the columns have their widths.
        header.sectionResized.connect(lambda *_: self.fit_rows())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 460)

    def _summary(self, code: str, n: int) -> str:
        if n == 0:
            return self.tr("No change of plot {code} has been recorded.").format(code=code)
        return self.tr("{n} changes of plot {code} and its records, newest first.").format(
            n=n, code=code)

    def _fill(self, names: Names) -> None:
        for row, entry in enumerate(self.entries):
            when = shown_date(entry.when.astimezone(), seconds=True)
            cells: list[tuple[str, Callable[[], str] | None]] = [
                (when, None), (entry.who, None),
                (record_kind(entry.table), lambda e=entry: f"#{e.row_id}"),
                (action_label(entry.action), None), (details(entry, names), None)]
            for column, (text, tip) in enumerate(cells):
                item = SortItem(text)
                if tip is not None:
                    item.setToolTip(tip())
                elif column == self.COLUMNS - 1:
                    item.setToolTip(text)
                if column == 0:  # entries come newest first: ties keep that order
                    item.setData(Qt.ItemDataRole.UserRole, len(self.entries) - row)
                self.table.setItem(row, column, item)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_rows)  # once laid out

    def fit_rows(self) -> None:
        """Each row as tall as its wrapped details (the view's own row size hint does
        not wrap text in a stretched column)."""
        column = self.COLUMNS - 1
        width = self.table.columnWidth(column) - 2 * TEXT_MARGIN_PX
        metrics = self.table.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, column)
            text = item.text() if item is not None else ""
            needed = metrics.boundingRect(QRect(0, 0, max(width, 50), 0), flags, text).height()
            self.table.setRowHeight(row, max(metrics.height(), needed) + 2 * TEXT_MARGIN_PX)

    def rows(self) -> list[list[str]]:
        """The table as shown (for tests and copying)."""
        return [[self.table.item(r, c).text() for c in range(self.COLUMNS)]
                for r in range(self.table.rowCount())]
