"""The table model of the Trial results window: one ComparisonRow per line.

Numbers are shown rounded, right-aligned (in Khmer digits when the officer chose them),
and sort by their value (the UserRole); a
difference with p < 0.05 is bold. ``export_table()`` gives the same rows as numbers for
a CSV or Excel file.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow
from metkasekor_desktop.layers import measure_words
from metkasekor_desktop.layers.message_words import digits_for, say, shown_number_text
from metkasekor_desktop.layers.season_words import name_text

SIGNIFICANT = 0.05
(TRIAL, SEASON, MEASURE, UNIT, N, MEAN_CA, MEAN_FP, DIFFERENCE, CI, P, RATIO, LSD, CV,
 NOTE) = range(14)
NUMERIC = frozenset({N, MEAN_CA, MEAN_FP, DIFFERENCE, CI, P, RATIO, LSD, CV})
Index = QModelIndex | QPersistentModelIndex


def number_text(value: float | None) -> str:
    """A figure rounded for reading: 3 decimals below 10, 1 below 1,000, else whole
    numbers with thousands separators; "–" when missing."""
    if value is None or math.isnan(value):
        return "–"
    size = abs(value)
    if size >= 1000:
        return f"{value:,.0f}"
    return f"{value:.1f}" if size >= 10 else f"{value:.3f}"


def p_text(value: float) -> str:
    if math.isnan(value):
        return "–"
    return "< 0.001" if value < 0.001 else f"{value:.3f}"


def _sort_value(value: float | None) -> float:
    return math.inf if value is None or math.isnan(value) else value


def _nan_none(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else value


def lsd(row: ComparisonRow) -> float | None:
    return None if row.anova is None else _nan_none(row.anova.lsd_5pct)


def cv(row: ComparisonRow) -> float | None:
    return None if row.anova is None else _nan_none(row.anova.cv_pct)


def significant(row: ComparisonRow) -> bool:
    return not math.isnan(row.p_value) and row.p_value < SIGNIFICANT


class TrialResultsModel(QAbstractTableModel):
    """ComparisonRows with their measures in the user's ``language`` ("kh" or "en")."""

    def __init__(self, language: str = "kh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[ComparisonRow] = []
        self.season_names: dict[str, str] = {}  # a season's name -> as the window says it
        self.headers = [
            self.tr("Trial"), self.tr("Season"), self.tr("Measure"), self.tr("Unit"),
            self.tr("Pairs"), self.tr("Mean CA"), self.tr("Mean FP"), self.tr("CA − FP"),
            self.tr("95% CI"), self.tr("p"), self.tr("CA / FP"), self.tr("LSD 5%"),
            self.tr("CV %"), self.tr("Note")]
        self.tips = {
            N: self.tr("Sites with both plots (blocks for a block design)"),
            DIFFERENCE: self.tr("Mean difference, conservation agriculture minus farmer "
                                "practice; bold when p < 0.05"),
            CI: self.tr("95% confidence interval of the difference (± LSD for a block "
                        "design)"),
            P: self.tr("Paired t-test, or the treatment F test of a block design"),
            RATIO: self.tr("Response ratio: mean CA divided by mean FP"),
            LSD: self.tr("Least significant difference at 5% (block design)"),
            CV: self.tr("Coefficient of variation of the block ANOVA"),
        }

    # words --------------------------------------------------------------------------
    def measure_text(self, row: ComparisonRow) -> str:
        """The measure in the user's words: "Yield of maize", "Soil organic carbon
        (0-10 cm)"; an unknown measure as the analysis names it."""
        return measure_words.measure_text(row, self.language)

    def unit_text(self, unit: str) -> str:
        return measure_words.unit_text(unit)

    def season_text(self, name: str) -> str:
        return self.season_names.get(name) or name_text(name)

    # the model ----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ComparisonRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:  # numbers in the digits chosen
            text = self.text(row, column)
            return shown_number_text(text) if column in NUMERIC or column == SEASON else text
        if role == Qt.ItemDataRole.UserRole:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column in (DIFFERENCE, CI, P) \
                and significant(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tool_tip(row, column)
        return None

    def text(self, row: ComparisonRow, column: int) -> str:
        values = {
            TRIAL: row.trial, SEASON: self.season_text(row.season),
            MEASURE: self.measure_text(row), UNIT: self.unit_text(row.unit),
            N: str(row.n_pairs), MEAN_CA: number_text(row.mean_demo),
            MEAN_FP: number_text(row.mean_control),
            DIFFERENCE: number_text(row.mean_difference),
            CI: "–" if math.isnan(row.ci_low) else
            f"{number_text(row.ci_low)} – {number_text(row.ci_high)}",
            P: p_text(row.p_value),
            RATIO: "–" if math.isnan(row.response_ratio) else f"{row.response_ratio:.2f}",
            LSD: number_text(lsd(row)), CV: number_text(cv(row)), NOTE: say(row.note)}
        return values[column]

    def sort_value(self, row: ComparisonRow, column: int) -> Any:
        numbers = {N: float(row.n_pairs), MEAN_CA: row.mean_demo, MEAN_FP: row.mean_control,
                   DIFFERENCE: row.mean_difference, CI: row.ci_low, P: row.p_value,
                   RATIO: row.response_ratio, LSD: lsd(row), CV: cv(row)}
        if column in numbers:
            return _sort_value(numbers[column])
        return self.text(row, column).casefold()

    def tool_tip(self, row: ComparisonRow, column: int) -> str | None:
        if column in (LSD, CV, P) and row.anova is not None:
            lines = [self.tr("Block ANOVA (source, SS, df, F, p):")]
            lines += [f"{a.source}: {a.ss:.4g}, {a.df}, {number_text(a.f)}, "
                      f"{p_text(a.p_value)}" for a in row.anova.rows]
            return "\n".join(lines)
        if column in (TRIAL, MEASURE, NOTE):  # shown elided in a narrow column
            return self.text(row, column) or None
        return None

    # export -------------------------------------------------------------------------
    def export_headers(self) -> list[str]:
        h = self.headers
        return [*h[TRIAL:CI], self.tr("95% CI low"), self.tr("95% CI high"), *h[P:]]

    def export_record(self, row: ComparisonRow) -> list[Any]:
        with digits_for("arabic"):  # an exported file keeps Arabic digits
            return self._export_record(row)

    def _export_record(self, row: ComparisonRow) -> list[Any]:
        return [row.trial, self.season_text(row.season), self.measure_text(row),
                self.unit_text(row.unit), row.n_pairs, _nan_none(row.mean_demo),
                _nan_none(row.mean_control), _nan_none(row.mean_difference),
                _nan_none(row.ci_low), _nan_none(row.ci_high), _nan_none(row.p_value),
                _nan_none(row.response_ratio), lsd(row), cv(row), say(row.note)]
