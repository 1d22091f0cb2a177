"""Trials > Trial results: conservation agriculture minus farmer practice, in a table.

The rows are those of ``metkasekor-desktop stats`` (analysis.trial_comparisons): every
trial, season and measure, with the block ANOVA's LSD and CV for a block design. Filters
choose a trial, a season and a measure; with "Follow the map selection" on, plots
selected on the map limit the table to the trials those plots belong to. The rows shown
are exported as CSV or Excel.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.analysis.statistics import StatisticsError
from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow, compare_trial
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.trial import Trial
from metkasekor_desktop.io.table_export import write_csv, write_xlsx
from metkasekor_desktop.layers.message_words import digits_for, say
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui import chart_data as cd
from metkasekor_desktop.ui.stack_follower import RefreshWhenShown
from metkasekor_desktop.ui.trial_results_model import (
    CV,
    LSD,
    MEASURE,
    NOTE,
    SEASON,
    TRIAL,
    TrialResultsModel,
)

MAX_WIDTHS = {TRIAL: 230, SEASON: 150, MEASURE: 300, NOTE: 320}  # px; the rest elides

ALL = ""  # a filter's "all" choice


def measure_code(row: ComparisonRow) -> str:
    """Stable text naming a measure over trials and seasons, e.g. ``soil:soc_pct:0-10``."""
    depth = "" if row.depth is None else f"{row.depth[0]:g}-{row.depth[1]:g}"
    return f"{row.kind}:{row.key}:{depth}" if row.kind else row.measure


def trials_of_selection(plot_ids: Iterable[int], trials: Iterable[Trial]) -> set[int]:
    """Ids of the trials that have at least one of ``plot_ids``."""
    chosen = {int(i) for i in plot_ids}
    return {t.id for t in trials if t.id is not None
            and any(m.plot_id in chosen for m in t.members)}


class TrialResultsDialog(RefreshWhenShown, QDialog):
    """The comparison table of a project's trials; ``follow_selection(plot_ids)`` follows
    the map. Not modal: the officer selects plots on the map while it is open."""

    listens = ("trials", "soil_samples", "yields", "seasons", "plots")

    def __init__(self, project: Any, language: str = "kh", stack: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trial results: CA minus farmer practice"))
        self.project, self.language, self.stack = project, language, stack
        self.trials: list[Trial] = []
        self.results: list[tuple[int | None, ComparisonRow]] = []
        self.selected_plots: tuple[int, ...] = ()
        self._failed: list[str] = []
        self.model = TrialResultsModel(language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)

        self.trial_box = QComboBox()
        self.season_box = QComboBox()
        self.measure_box = QComboBox()
        for box in (self.trial_box, self.season_box, self.measure_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.follow_box = QCheckBox(self.tr("Follow the map selection"))
        self.follow_box.setChecked(True)
        self.follow_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the analysis' order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # a long trial name elides; its tooltip is whole
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export &Excel…"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        filters = QHBoxLayout()
        for text, box in ((self.tr("&Trial:"), self.trial_box),
                          (self.tr("&Season:"), self.season_box),
                          (self.tr("&Measure:"), self.measure_box)):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_box)
        follow.addWidget(self.follow_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(follow)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for box in (self.trial_box, self.season_box, self.measure_box):
            box.currentIndexChanged.connect(self.show_rows)
        self.follow_box.toggled.connect(self.show_rows)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        if stack is not None:
            stack.applied.connect(self._stack_changed)
        self.finished.connect(self._unbind)
        self.resize(1240, 580)
        self.refresh()

    # reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the project's records again and compute every trial's rows."""
        self._stale = False
        records = cd.ChartRecords.load(self.project)
        self.trials = sorted(self.project.trials.list(), key=lambda t: t.name)
        with digits_for("arabic"):  # the model shows them in the digits chosen
            self.model.season_names = {s.name: season_label(s) for s in records.seasons}
        self.results, failed = [], []
        for trial in self.trials:
            try:
                rows = compare_trial(trial, records.seasons, records.samples,
                                     records.yields, records.plot_areas)
            except (DomainError, StatisticsError, ValueError, ZeroDivisionError):
                failed.append(trial.name)
                continue
            self.results += [(trial.id, r) for r in rows]
        self._failed = failed
        self._fill_filters()
        self.show_rows()

    def _fill_filters(self) -> None:
        rows = [r for _tid, r in self.results]
        seasons = list(dict.fromkeys(r.season for r in rows))
        measures = {measure_code(r): self.model.measure_text(r) for r in rows}
        choices = (
            (self.trial_box, self.tr("All trials"), [(t.name, t.id) for t in self.trials]),
            (self.season_box, self.tr("All seasons"),
             [(self.model.season_text(s), s) for s in seasons]),
            (self.measure_box, self.tr("All measures"),
             [(text, code) for code, text in measures.items()]))
        for box, everything, items in choices:
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, ALL)
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)

    # following the map ----------------------------------------------------------------
    def follow_selection(self, plot_ids: Iterable[int]) -> None:
        """Limit the table to the trials of the plots selected on the map (none: all)."""
        self.selected_plots = tuple(int(i) for i in plot_ids)
        self.show_rows()

    def followed_trials(self) -> set[int] | None:
        """Ids of the trials the map selection points to; None when not following."""
        if not self.follow_box.isChecked() or not self.selected_plots:
            return None
        return trials_of_selection(self.selected_plots, self.trials)

    # showing --------------------------------------------------------------------------
    def shown_rows(self) -> list[ComparisonRow]:
        """The rows the table shows, in its current order."""
        source = [self.proxy.mapToSource(self.proxy.index(i, 0)).row()
                  for i in range(self.proxy.rowCount())]
        return [self.model.rows[i] for i in source]

    def show_rows(self) -> None:
        followed = self.followed_trials()
        trial, season = self.trial_box.currentData(), self.season_box.currentData()
        measure = self.measure_box.currentData()
        rows = [r for tid, r in self.results
                if (followed is None or tid in followed)
                and (trial in (ALL, None) or tid == trial)
                and (season in (ALL, None) or r.season == season)
                and (measure in (ALL, None) or measure_code(r) == measure)]
        self.model.set_rows(rows)
        block_design = any(r.anova is not None for r in rows)
        for column in (LSD, CV):  # only a block design has them
            self.table.setColumnHidden(column, not block_design)
        self.table.resizeColumnsToContents()
        for column, most in MAX_WIDTHS.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if followed is None:
            self.follow_label.setText(
                self.tr("No plots selected on the map: every trial is shown.")
                if self.follow_box.isChecked() else "")
        else:
            self.follow_label.setText(
                self.tr("Trials with a plot selected on the map: {count}").format(
                    count=len(followed)))
        self.message.setText(self._message(rows))
        self.csv_button.setEnabled(bool(rows))
        self.xlsx_button.setEnabled(bool(rows))

    def _message(self, rows: list[ComparisonRow]) -> str:
        if self._failed:
            return self.tr("These trials could not be compared: {names}").format(
                names=", ".join(self._failed))
        if not self.results:
            return self.tr("No results yet: no trial has yields or soil samples of both "
                           "its CA and its FP plots in a season.")
        if not rows:
            return self.tr("No results match the filters.")
        return self.tr("Bold: a difference with p < 0.05.")

    # export ---------------------------------------------------------------------------
    def export_table(self) -> tuple[list[str], list[list[Any]]]:
        """Headers and the rows shown, as numbers (what the exports write)."""
        return (self.model.export_headers(),
                [self.model.export_record(r) for r in self.shown_rows()])

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Save the rows shown as CSV; ask where when no ``path`` is given."""
        return self._export(path, write_csv, self.tr("CSV files (*.csv)"), ".csv")

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        """Save the rows shown as an Excel workbook; ask where when no ``path`` is given."""
        return self._export(path, write_xlsx, self.tr("Excel workbooks (*.xlsx)"), ".xlsx")

    def _export(self, path: str | Path | None, write: Any, filters: str,
                suffix: str) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export trial results"), "",
                                                  filters)
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
        headers, rows = self.export_table()
        try:
            return write(path, headers, rows)
        except (DomainError, OSError) as error:
            QMessageBox.warning(self, self.tr("The trial results could not be exported"),
                                say(error))
            return None

    def _unbind(self) -> None:
        if self.stack is not None:
            self.stack.applied.disconnect(self._stack_changed)
            self.stack = None
