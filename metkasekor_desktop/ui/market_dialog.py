"""The private service market of an area: what providers delivered, year by year and per
provider and season; exported as CSV or XLSX.

The figures come from analysis.market (testable without the widget); this dialog only
loads the project's records once, offers the level, the area and the farmer-fields-only
choice, and shows or exports the tables. A plan still planned is a booking, shown in a
column of its own beside the deliveries: a year under way is not a collapse.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.analysis.market import ALL, Market, MarketYear, market, market_rows
from metkasekor_desktop.analysis.stages import plot_infos
from metkasekor_desktop.domain import places
from metkasekor_desktop.io.table_export import write_csv, write_xlsx
from metkasekor_desktop.layers.message_words import shown_number_text
from metkasekor_desktop.layers.provider_words import service_label
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui.table_export_prompt import ask_and_export

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def growth_text(value: float | None) -> str:
    """A relative change as "+25%" / "-10%"; empty when there is nothing to compare."""
    return "" if value is None else f"{value:+.0%}"


def riel(value: float) -> str:
    """Riel with thousands separators and no decimals."""
    return f"{value:,.0f}"


class MarketDialog(QDialog):
    """Level, area and farmer-fields choosers; the years table, the provider-season
    table; two export buttons."""

    def __init__(self, project: Any, language: str = "kh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Service market"))
        self.resize(1240, 720)
        self._plots = plot_infos(project.plots.load_table())
        self._plans = project.plans.list()
        self._practices = project.practices.list()
        self._seasons = sorted(project.seasons.list(), key=lambda s: s.sort_key)
        self._providers = project.providers.list()
        self.result: Market | None = None

        self.level = QComboBox(self)
        for level, text in (("district", self.tr("District")),
                            ("province", self.tr("Province")), (ALL, self.tr("All"))):
            self.level.addItem(text, level)
        self.area = QComboBox(self)
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.farmer_fields = QCheckBox(self.tr("Farmer fields only"), self)
        self.farmer_fields.setToolTip(
            self.tr("Leave out demonstration and control plots: the programme pays for "
                    "their services. What is left is what farmers bought for their own "
                    "fields."))
        self.years_table = self._table(self.year_headers())
        self.note = QLabel(
            self.tr("Plans not yet done are shown as bookings; a year under way is not "
                    "complete. Change is against the year before."), self)
        self.note.setWordWrap(True)
        self.providers_table = self._table(self.provider_headers())
        self.providers_table.horizontalHeader().setStretchLastSection(False)
        self.providers_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel (XLSX)…"), self)
        self.csv_button.setToolTip(self.tr("Every area of the level, per provider, season "
                                           "and service"))
        self.xlsx_button.setToolTip(self.csv_button.toolTip())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        top = QHBoxLayout()
        for text, widget in ((self.tr("Level"), self.level), (self.tr("Area"), self.area)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addWidget(self.farmer_fields)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.xlsx_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Services delivered per year"), self))
        layout.addWidget(self.years_table, 2)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Per provider and season"), self))
        layout.addWidget(self.providers_table, 3)
        layout.addLayout(bottom)

        self.level.currentIndexChanged.connect(lambda _i: self.recompute())
        self.farmer_fields.toggled.connect(lambda _on: self.recompute())
        self.area.currentIndexChanged.connect(lambda _i: self._show())
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        close.rejected.connect(self.reject)
        self.recompute()

    # --- public -------------------------------------------------------------------------
    def year_headers(self) -> list[str]:
        return [self.tr("Year"), self.tr("Providers"), self.tr("Deliveries"),
                self.tr("Hectares"), self.tr("Farmers served"), self.tr("Fees (riel)"),
                self.tr("Without fee"), self.tr("Bookings not done"),
                self.tr("New providers"), self.tr("Repeat customers"),
                self.tr("Change in deliveries"), self.tr("Change in hectares")]

    def provider_headers(self) -> list[str]:
        return [self.tr("Provider"), self.tr("Season"), self.tr("Service"),
                self.tr("Deliveries"), self.tr("Hectares"), self.tr("Farmers"),
                self.tr("Fees (riel)"), self.tr("Repeat customers"),
                self.tr("New provider")]

    def set_level(self, level: str) -> None:
        self.level.setCurrentIndex(self.level.findData(level))

    def set_area(self, code: str) -> None:
        self.area.setCurrentIndex(max(0, self.area.findData(code)))

    def area_code(self) -> str | None:
        data = self.area.currentData()
        return None if data is None else str(data)

    def area_label(self, code: str) -> str:
        """An area named in the UI language, with its code."""
        if code == ALL:
            return self.tr("Whole register")
        if not code:
            return self.tr("Plots without a village")
        if len(code) == 2:
            unit = next((u for u in places.provinces() if u.code == code), None)
        else:
            unit = places.district(code)
        return f"{unit.name(self.language)} ({code})" if unit is not None else code

    def recompute(self) -> None:
        """Compute the market at the chosen level and list its areas (keeping the one
        chosen when it is still there, else the one with most deliveries)."""
        previous = self.area_code()
        self.result = market(self._plots, self._plans, self._practices, self._seasons,
                             self.level.currentData(),
                             farmer_fields_only=self.farmer_fields.isChecked())
        totals: dict[str, int] = {}
        for y in self.result.years:
            totals[y.area] = totals.get(y.area, 0) + y.sales.deliveries
        self.area.blockSignals(True)
        self.area.clear()
        for code in sorted(totals):
            self.area.addItem(self.area_label(code), code)
        index = self.area.findData(previous) if previous is not None else -1
        if index < 0 and totals:
            index = self.area.findData(max(totals, key=lambda c: (totals[c], c == "")))
        self.area.setCurrentIndex(index)
        self.area.setEnabled(bool(totals))
        self.area.blockSignals(False)
        self._show()

    def years(self) -> list[MarketYear]:
        """The chosen area's years, oldest first."""
        code = self.area_code()
        if self.result is None or code is None:
            return []
        return [y for y in self.result.years if y.area == code]

    def export_to(self, path: str | Path) -> Path:
        """Every area of the level (analysis.market_rows) as CSV, or .xlsx as a workbook."""
        assert self.result is not None
        headers, rows = market_rows(self.result, self._providers, self._seasons)
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            return write_xlsx(path, headers, rows, "Service market")
        return write_csv(path, headers, rows)

    # --- internals ----------------------------------------------------------------------
    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _show(self) -> None:
        self._fill_years()
        self._fill_providers()

    def _fill_years(self) -> None:
        years = self.years()
        self.years_table.setRowCount(len(years))
        italic = QFont(self.years_table.font())
        italic.setItalic(True)
        for r, y in enumerate(years):
            s = y.sales
            share = y.repeat_share
            repeat = str(y.repeat_customers) if share is None else \
                f"{y.repeat_customers} ({share:.0%})"
            texts = [str(y.year), str(y.providers), str(s.deliveries), f"{s.hectares:.2f}",
                     str(s.farmers), riel(s.fees_riel), str(s.deliveries_without_fee),
                     str(y.planned), "" if y.new_providers is None else str(y.new_providers),
                     repeat, growth_text(y.growth("deliveries")),
                     growth_text(y.growth("hectares"))]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(shown_number_text(text))
                item.setTextAlignment(RIGHT)
                if y.planned and col >= 10 and text:
                    item.setFont(italic)
                    item.setToolTip(self.tr("{n} services are booked but not yet done: the "
                                            "year is under way.").format(n=y.planned))
                self.years_table.setItem(r, col, item)

    def _fill_providers(self) -> None:
        code = self.area_code()
        result = self.result
        rows = [] if result is None else [ps for ps in result.provider_seasons
                                          if ps.area == code]
        names = {p.id: p.name for p in self._providers}
        seasons = {s.id: season_label(s) for s in self._seasons}
        entered = set() if result is None else {
            (e.provider_id, e.area, e.year) for e in result.entries}
        texts: list[list[str]] = []
        for ps in rows:
            if result is not None and ps.year == result.first_year:
                new = ""
            elif (ps.provider_id, ps.area, ps.year) in entered:
                new = self.tr("yes")
            else:
                new = self.tr("no")
            for s in ps.services:
                service = self.tr("No service named") if s.service is None else \
                    service_label(str(s.service))
                texts.append([names.get(ps.provider_id, str(ps.provider_id)),
                              seasons.get(ps.season_id, ""), service,
                              str(s.sales.deliveries), f"{s.sales.hectares:.2f}",
                              str(s.sales.farmers), riel(s.sales.fees_riel),
                              str(s.repeat_customers), new])
        self.providers_table.setRowCount(len(texts))
        for r, row in enumerate(texts):
            for col, text in enumerate(row):
                item = QTableWidgetItem(shown_number_text(text) if 3 <= col < len(row) - 1
                                        else text)
                if col == len(row) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                elif col >= 3:
                    item.setTextAlignment(RIGHT)
                self.providers_table.setItem(r, col, item)

    def _ask_and_export(self, kind: str) -> None:
        ask_and_export(self, self.tr("Export service market"), "market", kind, self.export_to)

