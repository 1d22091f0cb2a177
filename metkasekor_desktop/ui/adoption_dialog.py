"""Adoption of CA practices in a season and area, for reports; exported as CSV or XLSX.

The figures come from analysis.adoption (testable without the widget); this dialog
only loads the project's records once, offers the season and area choices and shows
or exports the table. Adoption is a CA practice done on a farmer field; plans only
planned are shown in a column of their own, and the change is against the same season
of the previous year. The dialog opens on the latest season with done plans, since the
latest season is usually still only planned.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
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

from metkasekor_desktop.analysis.adoption import (
    AdoptionRow,
    AdoptionTable,
    adoption_summary,
    farmer_fields,
    opening_season_id,
    same_season_last_year,
)
from metkasekor_desktop.analysis.stages import plot_infos
from metkasekor_desktop.analysis.target_shares import REGISTER, target_of
from metkasekor_desktop.domain import places
from metkasekor_desktop.io.table_export import write_csv, write_xlsx
from metkasekor_desktop.layers.message_words import shown_number_text
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui.table_export_prompt import ask_and_export

Cell = str | int | float | None


class AdoptionDialog(QDialog):
    """Season and area pickers, the adoption table, women / men and export buttons."""

    def __init__(self, project: Any, language: str = "kh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Adoption of CA practices"))
        self.resize(860, 560)
        self._plots = plot_infos(project.plots.load_table())
        self._plans = project.plans.list()
        self._farmers = project.farmers.list()
        self._practices = project.practices.list()
        self._seasons = sorted(project.seasons.list(), key=lambda s: s.sort_key)
        self._targets = project.targets.as_dict()
        self.summary: AdoptionTable | None = None

        self.season = QComboBox(self)
        for s in reversed(self._seasons):
            self.season.addItem(season_label(s), s.id)
        opening = opening_season_id(self._seasons, self._plots, self._plans)
        if opening is not None:
            self.season.setCurrentIndex(self.season.findData(opening))
        self.province = QComboBox(self)
        self.district = QComboBox(self)
        self.commune = QComboBox(self)
        self._fill(self.province, self.tr("All provinces"), self._used_units(2, ""))
        self._fill(self.district, self.tr("All districts"), [])
        self._fill(self.commune, self.tr("All communes"), [])
        self.definition = QLabel(
            self.tr("Adoption: farmer fields with a CA practice done. Plans not yet done "
                    "are counted apart, as planned."), self)
        self.definition.setWordWrap(True)
        self.compared = QLabel(self)
        self.adopters = QLabel(self)
        self.adopters.setWordWrap(True)
        self.table = QTableWidget(0, len(self.headers()), self)
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel (XLSX)…"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        form = QFormLayout()
        form.addRow(self.tr("Season"), self.season)
        area = QHBoxLayout()
        for combo in (self.province, self.district, self.commune):
            area.addWidget(combo, 1)
        form.addRow(self.tr("Area"), area)
        bottom = QHBoxLayout()
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.xlsx_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.definition)
        layout.addWidget(self.compared)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.adopters)
        layout.addLayout(bottom)

        self.season.currentIndexChanged.connect(lambda _i: self.recompute())
        self.province.currentIndexChanged.connect(lambda _i: self._province_changed())
        self.district.currentIndexChanged.connect(lambda _i: self._district_changed())
        self.commune.currentIndexChanged.connect(lambda _i: self.recompute())
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        close.rejected.connect(self.reject)
        self.recompute()

    # --- public -------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("Practice"), self.tr("Plots"), self.tr("Hectares"),
                self.tr("Farmers"), self.tr("Women"), self.tr("Men"),
                self.tr("Planned plots"),
                self.tr("Change in plots"), self.tr("Change in hectares")]

    def area_code(self) -> str | None:
        """The chosen commune, district or province code; None for every area."""
        for combo in (self.commune, self.district, self.province):
            if combo.currentData():
                return str(combo.currentData())
        return None

    def set_area(self, code: str | None) -> None:
        """Choose an area by its province, district or commune code (None: all)."""
        code = code or ""
        self.province.setCurrentIndex(max(0, self.province.findData(code[:2] or None)))
        if len(code) >= 4:
            self.district.setCurrentIndex(max(0, self.district.findData(code[:4])))
        if len(code) >= 6:
            self.commune.setCurrentIndex(max(0, self.commune.findData(code[:6])))

    def recompute(self) -> None:
        """Compute the table for the chosen season and area and show it."""
        season_id = self.season.currentData()
        if season_id is None:
            self.summary = None
            self.table.setRowCount(0)
            self.compared.setText(self.tr("The project has no season yet."))
            self.adopters.clear()
            return
        previous = same_season_last_year(self._seasons, season_id)
        self.summary = adoption_summary(self._plots, self._plans, self._farmers,
                                        self._practices, season_id, previous,
                                        self.area_code())
        names = {s.id: season_label(s) for s in self._seasons}
        if previous is None:
            compared = self.tr("No change shown: the project has no such season the year "
                               "before.")
        elif not self.summary.total.settled:
            compared = self.tr("No change shown: no plan of this season is done yet "
                               "(compare once its plans are marked done).")
        else:
            compared = self.tr("Change compared with {season}.").format(
                season=names[previous])
        self.compared.setText(compared)
        total, planned = self.summary.total.current, self.summary.total.planned
        self.adopters.setText(shown_number_text(  # figures only: no code or name in it
            self.tr("Farmers adopting at least one CA practice: {all} "
                    "({women} women, {men} men). Planned, not yet done: {planned} "
                    "plots.").format(all=total.farmers, women=total.women, men=total.men,
                                     planned=planned.plots) + " " + self.share_text()))
        self._fill_table()

    def share_text(self) -> str:
        """The adopting farmers as a share of the area's target population (the register's
        farmers of the area when none is stored, and said so)."""
        if self.summary is None:
            return ""
        area = self.area_code() or ""
        registered = {p.farmer_id for p in farmer_fields(self._plots, area).values()
                      if p.farmer_id is not None}
        target = target_of(area, self._targets, len(registered))
        farmers = self.summary.total.current.farmers
        share = None if target is None else target.share(farmers)
        if target is None or share is None:
            return ""
        if target.source == REGISTER:
            return self.tr("That is {share} of the {n} farmers of the register here (no "
                           "target population is entered: Register > Target "
                           "populations).").format(share=f"{share:.1%}",
                                                   n=f"{target.households:,.0f}")
        return self.tr("That is {share} of the target population ({n} farm households); "
                       "the tipping point is about 16%.").format(
            share=f"{share:.1%}", n=f"{target.households:,.0f}")

    def export_rows(self) -> tuple[list[str], list[list[Cell]]]:
        """The table as headers and rows of plain values (for the export files)."""
        rows: list[list[Cell]] = []
        if self.summary is not None:
            for name, row in self._labelled_rows():
                c = row.current
                change_ha = row.change_hectares
                rows.append([name, c.plots, round(c.hectares, 4), c.farmers, c.women, c.men,
                             row.planned.plots, row.change_plots,
                             None if change_ha is None else round(change_ha, 4)])
        return self.headers(), rows

    def export_to(self, path: str | Path) -> Path:
        """Write the table to ``path`` (.xlsx as a workbook, anything else as CSV)."""
        headers, rows = self.export_rows()
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            season = next((s for s in self._seasons if s.id == self.season.currentData()), None)
            # The sheet is named as the season is stored, as every export names it.
            return write_xlsx(path, headers, rows, season.name if season else "Adoption")
        return write_csv(path, headers, rows)

    # --- internals ----------------------------------------------------------------------
    def _labelled_rows(self) -> list[tuple[str, AdoptionRow]]:
        assert self.summary is not None
        out = [(r.name(self.language), r) for r in self.summary.rows]
        out.append((self.tr("All CA practices (each plot once)"), self.summary.total))
        out += [(self.tr("{name} (not CA)").format(name=r.name(self.language)), r)
                for r in self.summary.conventional]
        return out

    def _fill_table(self) -> None:
        labelled = self._labelled_rows()
        self.table.setRowCount(len(labelled))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (name, row) in enumerate(labelled):
            c = row.current
            change_plots, change_ha = row.change_plots, row.change_hectares
            texts = [name, str(c.plots), f"{c.hectares:.2f}", str(c.farmers), str(c.women),
                     str(c.men), str(row.planned.plots),
                     "" if change_plots is None else f"{change_plots:+d}",
                     "" if change_ha is None else f"{change_ha:+.2f}"]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(shown_number_text(text) if col else text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if row is self.summary.total:
                    item.setFont(bold)
                self.table.setItem(r, col, item)

    def _used_units(self, length: int, parent: str) -> list[places.Unit]:
        """Units of the gazetteer under ``parent`` that hold at least one plot."""
        used = {p.village_code[:length] for p in self._plots
                if p.village_code and p.village_code.startswith(parent)}
        if length == 2:
            units = places.provinces()
        elif length == 4:
            units = places.districts(parent)
        else:
            units = places.communes(parent)
        return [u for u in units if u.code in used]

    def _fill(self, combo: QComboBox, all_text: str, units: list[places.Unit]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for unit in units:
            combo.addItem(unit.name(self.language), unit.code)
        combo.setEnabled(bool(units))
        combo.blockSignals(False)

    def _province_changed(self) -> None:
        code = self.province.currentData()
        self._fill(self.district, self.tr("All districts"),
                   self._used_units(4, code) if code else [])
        self._fill(self.commune, self.tr("All communes"), [])
        self.recompute()

    def _district_changed(self) -> None:
        code = self.district.currentData()
        self._fill(self.commune, self.tr("All communes"),
                   self._used_units(6, code) if code else [])
        self.recompute()

    def _ask_and_export(self, kind: str) -> None:
        ask_and_export(self, self.tr("Export adoption table"), "adoption", kind, self.export_to)

