"""Import trial results (soil samples or yields) from a CSV or XLSX file.

The officer chooses the file, checks which column holds which field, and sees every
row with its problems in red before anything is written. The accepted rows are written
as one undo step, in one transaction: one undo removes the whole import, and a failure
of any row writes nothing.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.soil import INDICATORS
from metkasekor_desktop.io.results_import import (
    Preview,
    check_rows,
    fields_of,
    guess_mapping,
    read_table,
    record_key,
    sheet_names,
)
from metkasekor_desktop.layers.edit_commands import MacroCommand
from metkasekor_desktop.layers.measure_words import unit_text
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.yield_dialog import bilingual

PROBLEM_COLOUR = QColor(255, 205, 205)
WARNING_COLOUR = QColor(255, 236, 179)  # a yield above the crop's best: may be stored
PREVIEW_LIMIT = 2000  # rows drawn in the preview table; all rows are still checked


class ResultsImportDialog(QDialog):
    """Choose a file, map its columns, preview the rows and import the accepted ones."""

    def __init__(self, project: Any, stack: UndoStack, kind: str, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fields_of(kind)  # refuses an unknown kind early
        self.project = project
        self.stack = stack
        self.kind = kind
        self.language = language
        self.headers: list[str] = []
        self.rows: list[list[Any]] = []
        self.preview = Preview()
        self.imported = 0
        self.setWindowTitle(self.tr("Import soil results") if kind == "soil"
                            else self.tr("Import yield results"))
        self._build()
        self.resize(900, 640)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file"))
        browse = QPushButton(self.tr("&Choose file..."))
        browse.clicked.connect(self._browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        row.addWidget(QLabel(self.tr("File:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(QLabel(self.tr("Sheet:")))
        row.addWidget(self.sheet_combo)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Which column holds each field:")))
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().hide()
        layout.addWidget(self.mapping_table, 2)

        layout.addWidget(QLabel(self.tr("Preview (problems in red, yields to check in "
                                         "yellow; point at a cell to read the problem):")))
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview_table, 3)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.skip_box = QCheckBox(self.tr("Import the rows without problems (rows with "
                                          "problems are skipped)"))
        self.confirm_box = QCheckBox(self.tr("I checked the values outside the plausible "
                                             "range: import them as they are"))
        self.implausible_box = QCheckBox()
        self.implausible_box.setVisible(False)
        for box in (self.skip_box, self.confirm_box, self.implausible_box):
            box.toggled.connect(self._update_summary)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_rows)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _field_names(self) -> dict[str, str]:
        names = {
            "plot_code": self.tr("Plot code"),
            "season": self.tr("Season"),
            "sample_date": self.tr("Sampling date"),
            "depth_from_cm": self.tr("Depth from (cm)"),
            "depth_to_cm": self.tr("Depth to (cm)"),
            "method": self.tr("Method"),
            "lab": self.tr("Laboratory"),
            "crop": self.tr("Crop"),
            "harvest_date": self.tr("Harvest date"),
            "sample_area_m2": self.tr("Sample area (m²)"),
            "fresh_weight_kg": self.tr("Fresh weight (kg)"),
            "moisture_pct": self.tr("Moisture (%)"),
            "labour_days": self.tr("Labour (person-days)"),
            "input_cost": self.tr("Input costs (riel/ha)"),
            "service_cost": self.tr("Service costs (riel/ha)"),
            "price_per_kg": self.tr("Price (riel/kg)"),
        }
        for key, ind in INDICATORS.items():
            name = bilingual(self.language, ind.name_en, ind.name_kh)
            names[key] = f"{name} ({unit_text(ind.unit)})" if ind.unit else name
        return names

    # --- file and mapping ----------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a results file"), "",
            self.tr("Tables (*.csv *.xlsx);;All files (*)"))
        if path:
            self.load_file(path)

    def _sheet_chosen(self) -> None:
        self.load_file(self.path_edit.text(), self.sheet_combo.currentText() or None)

    def load_file(self, path: str | Path, sheet: str | None = None) -> bool:
        """Read the file, guess the mapping and check the rows; False (and a message)
        when the file cannot be read."""
        try:
            sheets = sheet_names(path)
            headers, rows = read_table(path, sheet)
        except DomainError as exc:
            self._warn(say(exc))
            return False
        self.path_edit.setText(str(path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if sheet:
            self.sheet_combo.setCurrentText(sheet)
        self.sheet_combo.setEnabled(bool(sheets))
        self.sheet_combo.blockSignals(False)
        self.headers, self.rows = headers, rows
        self._fill_mapping(guess_mapping(headers, self.kind))
        self.recheck()
        return True

    def _fill_mapping(self, mapping: dict[str, int]) -> None:
        names = self._field_names()
        targets = list(fields_of(self.kind))
        self.mapping_table.setRowCount(len(targets))
        self.combos: dict[str, QComboBox] = {}
        for r, target in enumerate(targets):
            item = QTableWidgetItem(names.get(target, target))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(r, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), -1)
            for i, header in enumerate(self.headers):
                combo.addItem(header or self.tr("column {n}").format(n=i + 1), i)
            index = mapping.get(target)
            combo.setCurrentIndex(0 if index is None else index + 1)
            combo.currentIndexChanged.connect(self.recheck)
            self.mapping_table.setCellWidget(r, 1, combo)
            self.combos[target] = combo

    def mapping(self) -> dict[str, int]:
        """Target field -> column index, as the mapping table shows it now."""
        return {t: int(c.currentData()) for t, c in getattr(self, "combos", {}).items()
                if c.currentData() is not None and int(c.currentData()) >= 0}

    def set_column(self, target: str, header: str | None) -> None:
        """Map ``target`` to the column named ``header`` (None: not in the file)."""
        combo = self.combos[target]
        combo.setCurrentIndex(0 if header is None else self.headers.index(header) + 1)

    # --- checking ------------------------------------------------------------------------
    def _project_data(self) -> tuple[dict[str, int], dict[str, int], set[tuple[Any, ...]]]:
        table = self.project.plots.load_table()
        plots = {str(c): int(i) for c, i in zip(table.codes, table.ids, strict=True)}
        self._areas = {int(i): float(a) for i, a in zip(table.ids, table.areas_ha, strict=True)}
        seasons = {s.name: int(s.id) for s in self.project.seasons.list()}
        repo = self.project.soil_samples if self.kind == "soil" else self.project.yields
        existing = {record_key(self.kind, r) for r in repo.list()}
        return plots, seasons, existing

    def recheck(self) -> None:
        """Check every row against the mapping and the project; show the preview."""
        plots, seasons, existing = self._project_data()
        self.preview = check_rows(self.rows, self.mapping(), self.kind, plots, seasons,
                                  existing, headers=self.headers, plot_areas=self._areas)
        self._fill_preview()
        self._update_summary()

    def _fill_preview(self) -> None:
        table = self.preview_table
        shown = self.rows[:PREVIEW_LIMIT]
        table.clear()
        table.setColumnCount(len(self.headers) + 1)
        table.setRowCount(len(shown))
        table.setHorizontalHeaderLabels([*self.headers, self.tr("Problems")])
        table.setVerticalHeaderLabels([str(i + 2) for i in range(len(shown))])
        by_cell: dict[tuple[int, str], list[str]] = {}
        by_row: dict[int, list[str]] = {}
        errors = {p.row for p in self.preview.problems if not p.implausible}
        for p in self.preview.problems:
            message = say(p.message)
            by_cell.setdefault((p.row, p.column), []).append(message)
            by_row.setdefault(p.row, []).append(message)
        for r, cells in enumerate(shown):
            number = r + 2
            for c, value in enumerate(cells):
                item = QTableWidgetItem("" if value is None else str(value))
                messages = by_cell.get((number, self.headers[c]))
                if messages:
                    item.setBackground(self._colour(number, errors))
                    item.setToolTip("\n".join(messages))
                table.setItem(r, c, item)
            item = QTableWidgetItem("; ".join(by_row.get(number, [])))
            if number in by_row:
                item.setBackground(self._colour(number, errors))
            table.setItem(r, len(self.headers), item)

    @staticmethod
    def _colour(row: int, errors: set[int]) -> QColor:
        """Red for a row that cannot be imported as it is, yellow for a warning only."""
        return PROBLEM_COLOUR if row in errors else WARNING_COLOUR

    def _update_summary(self) -> None:
        confirm = self.confirm_box.isChecked()
        store = self.implausible_box.isChecked()
        implausible = self.preview.implausible_rows()
        self.implausible_box.setText(self.tr("Store implausible yields ({n} rows)").format(
            n=len(implausible)))
        self.implausible_box.setVisible(bool(implausible))
        bad = self.preview.problem_rows(confirm, store)
        ready = len([r for r in self.preview.records if r not in bad])
        self.summary.setText(self.tr("{ready} rows ready, {bad} with problems").format(
            ready=ready, bad=len(bad)))
        self.import_button.setEnabled(ready > 0 and (not bad or self.skip_box.isChecked()))

    # --- writing -------------------------------------------------------------------------
    def import_rows(self) -> bool:
        """Write the accepted rows as one undo step; False (nothing written) on refusal."""
        confirm = self.confirm_box.isChecked()
        store = self.implausible_box.isChecked() and bool(self.preview.implausible_rows())
        bad = self.preview.problem_rows(confirm, store)
        if bad and not self.skip_box.isChecked():
            self._warn(self.tr("{n} rows have problems. Correct the file, or tick \"Import "
                               "the rows without problems\" to skip them.").format(n=len(bad)))
            return False
        records = self.preview.accepted(self.skip_box.isChecked(), confirm, store)
        if not records:
            self._warn(self.tr("No row can be imported."))
            return False
        records = [copy.deepcopy(r) for r in records]
        if self.kind == "soil":
            commands = [SaveRecord("soil_samples", r, confirmed=confirm) for r in records]
            text = self.tr("Import {n} soil samples").format(n=len(records))
        else:  # the consent covers the rows the preview showed, and only with the box
            commands = [SaveRecord("yields", r, confirmed=store) for r in records]
            text = self.tr("Import {n} yield records").format(n=len(records))
        try:
            self.stack.push(MacroCommand(text, commands))
        except (DomainError, ProjectError) as exc:
            self._warn(self.tr("Nothing was imported: {error}").format(error=say(exc)))
            return False
        self.imported = len(records)
        self.accept()
        return True

    def _warn(self, text: str) -> None:
        self.last_message = text
        QMessageBox.warning(self, self.windowTitle(), text)


__all__ = ["ResultsImportDialog"]
