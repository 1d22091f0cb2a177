"""How CA spreads in each area: the Register menu's Diffusion window.

The figures come from analysis.diffusion and analysis.distance_bands (testable without
the widget); this dialog loads the project's records once, offers the area level, the
area and the tipping-point threshold, and shows one area's chart (ui.diffusion_chart)
with a line of words under it, and in a second tab the share of farmer fields adopting
by distance from the nearest demonstration plot. Both export as CSV or XLSX. It opens on
the area with the most farmers who have adopted.

The analysis explains itself in English (a fit's ``reason``); the window says the same
in the user's language, recognising each reason by its opening words.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.analysis.bass import (
    TARGET_POPULATION,
    TIPPING_SHARE,
    BassFit,
    tipping_point,
)
from metkasekor_desktop.analysis.diffusion import AreaDiffusion, diffusion, diffusion_rows
from metkasekor_desktop.analysis.distance_bands import (
    BandShare,
    DistanceBands,
    PlotCentres,
    distance_bands,
)
from metkasekor_desktop.analysis.stages import plot_infos
from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.enums import PlanStatus
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.io.table_export import write_csv, write_xlsx_sheets
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui.diffusion_chart import DiffusionChart
from metkasekor_desktop.ui.number_fields import DoubleSpinBox
from metkasekor_desktop.ui.table_export_prompt import ask_and_export

Cell = str | int | float | None
LEVELS = ("province", "district", "commune")
HORIZON_YEARS = 30  # analysis.bass.tipping_point's default horizon
BAND_HEADERS = ["area", "season", "year", "kind", "distance", "farmer fields",
                "farmer fields adopting", "share"]


def plot_centres(table: Any, layer: Any = None) -> PlotCentres:
    """The centre of each plot's bounding box in longitude and latitude.

    With the map's plot layer its boxes (in the map CRS, already made for drawing) are
    used and their centres transformed; otherwise the boxes are read from the table's
    shapes in WGS 84 (from their WKB, without making shapely objects)."""
    if layer is not None:
        boxes, epsg, ids = layer.geometry.bboxes, layer.geometry.map_epsg, layer.table.ids
    else:
        from metkasekor_desktop.layers.plot_geometry import PlotGeometryArrays

        boxes = PlotGeometryArrays.from_geometries(table.geometries, STORAGE_EPSG).bboxes
        epsg, ids = STORAGE_EPSG, table.ids
    x = (boxes[:, 0] + boxes[:, 2]) / 2.0
    y = (boxes[:, 1] + boxes[:, 3]) / 2.0
    if epsg != STORAGE_EPSG and len(x):
        from pyproj import Transformer

        x, y = Transformer.from_crs(epsg, STORAGE_EPSG, always_xy=True).transform(x, y)
    return PlotCentres(np.asarray(ids), np.asarray(x, dtype=float), np.asarray(y, dtype=float))


@lru_cache(maxsize=4096)
def area_name(code: str, language: str = "kh") -> str:
    """A province (2 digits), district (4) or commune (6) named from the gazetteer; its
    code when the gazetteer does not know it."""
    if len(code) == 2:
        units = places.provinces()
    elif len(code) == 4:
        units = places.districts(code[:2])
    else:
        units = places.communes(code[:4])
    unit = next((u for u in units if u.code == code), None)
    return unit.name(language) if unit is not None else code


def adopters_so_far(result: AreaDiffusion) -> int:
    """Farmers of the area who have adopted by the last year whose adoption is known."""
    _years, cumulative = result.uptake.observed_years()
    return cumulative[-1] if cumulative else 0


class DiffusionDialog(QDialog):
    """Level, area and threshold choosers; the chart and its summary; the distance
    bands; two export buttons."""

    def __init__(self, project: Any, language: str = "kh", parent: QWidget | None = None,
                 layer: Any = None, targets: Mapping[str, float] | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.language = language
        self.setWindowTitle(self.tr("Diffusion of CA"))
        self.resize(1000, 700)
        table = layer.table if layer is not None else project.plots.load_table()
        self._plots = plot_infos(table)
        self._centres = plot_centres(table, layer)
        self._plans = project.plans.list()
        self._practices = project.practices.list()
        self._seasons = sorted(project.seasons.list(), key=lambda s: s.sort_key)
        self._known_seasons = {p.season_id for p in self._plans if p.status == PlanStatus.DONE}
        # The project's target populations (Register > Target populations); a mapping
        # given here is used in their place.
        self.targets = dict(targets) if targets is not None else self._stored_targets()
        self.results: list[AreaDiffusion] = []
        self.bands: DistanceBands | None = None

        self.level = QComboBox(self)
        for level, text in zip(LEVELS, (self.tr("Province"), self.tr("District"),
                                        self.tr("Commune")), strict=True):
            self.level.addItem(text, level)
        self.level.setCurrentIndex(LEVELS.index("district"))
        self.area = QComboBox(self)
        self.area.setMinimumContentsLength(18)
        self.threshold = DoubleSpinBox(self)
        self.threshold.setRange(1.0, 99.0)
        self.threshold.setDecimals(1)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(TIPPING_SHARE * 100)
        self.threshold.setToolTip(self.tr("Innovators (2.5 %) and early adopters (13.5 %) "
                                          "make about 16 % of the target population"))
        self.chart = DiffusionChart(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bands_note = QLabel(self)
        self.bands_note.setWordWrap(True)
        self.bands_table = QTableWidget(0, 1, self)
        self.bands_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bands_table.verticalHeader().setVisible(False)
        self.bands_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.targets_button = QPushButton(self)
        self.targets_button.setToolTip(self.tr(
            "The farm households per area stored in the project: the market potential in "
            "place of the register's farmers. Opens the list to import, add or change "
            "them."))
        self._show_target_count()
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel (XLSX)…"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        top = QHBoxLayout()
        for text, widget, stretch in ((self.tr("Level"), self.level, 0),
                                      (self.tr("Area"), self.area, 1),
                                      (self.tr("Tipping point at"), self.threshold, 0)):
            top.addWidget(QLabel(text, self))
            top.addWidget(widget, stretch)
        chart_page = QWidget(self)
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.summary)
        bands_page = QWidget(self)
        bands_layout = QVBoxLayout(bands_page)
        bands_layout.addWidget(self.bands_note)
        bands_layout.addWidget(self.bands_table, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(chart_page, self.tr("Adopters over the years"))
        self.tabs.addTab(bands_page, self.tr("By distance from demonstration plots"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.targets_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.xlsx_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.level.currentIndexChanged.connect(lambda _i: self.recompute())
        self.area.currentIndexChanged.connect(lambda _i: self._show())
        self.threshold.valueChanged.connect(lambda _v: self._threshold_changed())
        self.targets_button.clicked.connect(self._ask_targets)
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        close.rejected.connect(self.reject)
        self.recompute()

    # --- public -------------------------------------------------------------------------
    def threshold_share(self) -> float:
        return self.threshold.value() / 100.0

    def current(self) -> AreaDiffusion | None:
        """The diffusion of the area chosen."""
        code = self.area.currentData()
        return next((r for r in self.results if r.uptake.area == code), None)

    def set_level(self, level: str) -> None:
        self.level.setCurrentIndex(LEVELS.index(level))

    def set_area(self, code: str) -> bool:
        index = self.area.findData(code)
        if index >= 0:
            self.area.setCurrentIndex(index)
        return index >= 0

    def recompute(self) -> None:
        """Fit every area of the level chosen and open the one with most adopters."""
        self.results = diffusion(self._plots, self._plans, self._practices, self._seasons,
                                 self.targets, self.level.currentData(),
                                 self.threshold_share())
        best = max(self.results, key=adopters_so_far, default=None)
        previous = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        for result in self.results:
            code = result.uptake.area
            self.area.addItem(f"{area_name(code, self.language)} ({code})", code)
        kept = self.area.findData(previous) if previous is not None else -1
        if kept >= 0:
            self.area.setCurrentIndex(kept)
        elif best is not None:
            self.area.setCurrentIndex(self.area.findData(best.uptake.area))
        self.area.blockSignals(False)
        self._show()

    def summary_text(self, result: AreaDiffusion) -> str:
        """The words under the chart: the fit, the market potential and the tipping
        point."""
        fit, tipping = result.fit, result.tipping
        if fit.identifiable:
            first = self.tr("Innovation p = {p} (standard error {p_se}), imitation q = {q} "
                            "(standard error {q_se}) per year.").format(
                p=f"{fit.p:.3f}", p_se=f"{fit.p_se:.3f}", q=f"{fit.q:.3f}",
                q_se=f"{fit.q_se:.3f}")
        else:
            first = self.tr("No model fitted: {reason}").format(reason=self.reason(fit))
        m = f"{fit.market_potential:g}"
        if fit.market_source == TARGET_POPULATION:
            market = self.tr("Market potential: {m} farm households (the target "
                             "population).").format(m=m)
        else:
            market = self.tr("Market potential: {m} farmers in the register. The register "
                             "holds fewer farmers than the area has farm households, so "
                             "these shares are higher and the tipping point earlier than "
                             "with the real target population.").format(m=m)
        share = f"{round(tipping.threshold * 100, 1):g} %"
        last = result.uptake.last_observed_year
        if tipping.passed:
            when = self.tr("passed in {year}").format(year=tipping.observed_year)
        elif tipping.year is not None and (last is None or tipping.year > last):
            when = self.tr("expected in {year}").format(year=tipping.year)
        elif tipping.year is not None:
            when = self.tr("due in {year} by the model, not yet reached in the "
                           "data").format(year=tipping.year)
        elif fit.identifiable:
            when = self.tr("not within {years} years").format(years=HORIZON_YEARS)
        else:
            when = self.tr("too few seasons to say")
        tip = self.tr("Tipping point ({share} of the market potential): {when}.").format(
            share=share, when=when)
        return "\n".join((first, market, tip))

    def reason(self, fit: BassFit) -> str:
        """Why a fit could not be made (its ``reason_key`` and arguments), in the user's
        language."""
        if fit.reason_key == "few_years":
            return self.tr("Too few seasons to say: {n} year(s) with adoption; the model "
                           "needs at least 3.").format(n=int(fit.reason_args[0]))
        known = {
            "no_market": self.tr("No market potential: enter the target population of "
                                 "the area."),
            "no_adopter": self.tr("No farmer has adopted yet: too few seasons to say."),
            "above_market": self.tr("More farmers adopted than the market potential "
                                    "allows: enter the target population."),
            "not_identifiable": self.tr("The years do not tell p and q apart: too few "
                                        "seasons to say."),
        }
        return known.get(fit.reason_key,
                         self.tr("The model could not be fitted: too few seasons to say."))

    def export_to(self, path: str | Path) -> Path:
        """The diffusion of every area of the level (analysis.diffusion_rows) as CSV,
        or as XLSX with the distance bands of the area chosen as a second sheet."""
        headers, rows = diffusion_rows(self.results)
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            return write_xlsx_sheets(path, [("Diffusion", headers, rows),
                                            ("Distance bands", BAND_HEADERS,
                                             self.band_rows())])
        return write_csv(path, headers, rows)

    def band_rows(self) -> list[list[Cell]]:
        names = {s.id: s for s in self._seasons}
        area = self.area.currentData() or ""
        return [[area, names[r.season_id].name, r.year, r.kind, r.label, r.fields,
                 r.adopters, None if r.share is None else round(r.share, 4)]
                for r in self._band_shares()]

    # --- internals ----------------------------------------------------------------------
    def _show(self) -> None:
        result = self.current()
        if result is None:
            self.chart.clear()
            self.summary.setText(self.tr("No farmer field of this level has a village "
                                         "in the register."))
        else:
            self.chart.show_area(result)
            self.summary.setText(self.summary_text(result))
        self._fill_bands()

    def _threshold_changed(self) -> None:
        """The tipping point moves with the threshold; the fits stay."""
        share = self.threshold_share()
        self.results = [AreaDiffusion(r.uptake, r.fit, tipping_point(r.fit, share))
                        for r in self.results]
        result = self.current()
        if result is not None:
            self.chart.show_area(result)
            self.summary.setText(self.summary_text(result))

    def _band_shares(self) -> list[BandShare]:
        """The bands' rows of the seasons whose adoption is known (a season with no
        plan done yet would show a drop to nothing)."""
        if self.bands is None:
            return []
        return [r for r in self.bands.rows if r.season_id in self._known_seasons]

    def _band_label(self, row: BandShare) -> str:
        if row.high_km is None:
            return self.tr("over {low} km").format(low=f"{row.low_km:g}")
        return self.tr("{low}–{high} km").format(low=f"{row.low_km:g}",
                                                 high=f"{row.high_km:g}")

    def _fill_bands(self) -> None:
        self.bands = distance_bands(self._plots, self._plans, self._practices,
                                    self._seasons, self._centres,
                                    area=self.area.currentData() or None)
        rows = self._band_shares()
        labels = list(dict.fromkeys(self._band_label(r) for r in rows))
        seasons = {s.id: s for s in self._seasons}
        season_ids = list(dict.fromkeys(r.season_id for r in rows))
        self.bands_table.clear()
        self.bands_table.setColumnCount(1 + len(labels))
        self.bands_table.setHorizontalHeaderLabels([self.tr("Season"), *labels])
        self.bands_table.setRowCount(len(season_ids))
        for r, season_id in enumerate(season_ids):
            self.bands_table.setItem(r, 0, QTableWidgetItem(season_label(seasons[season_id])))
            for c, row in enumerate(x for x in rows if x.season_id == season_id):
                text = "–" if row.share is None else self.tr(
                    "{share} ({adopters} of {fields})").format(
                    share=f"{row.share:.0%}", adopters=row.adopters, fields=row.fields)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.bands_table.setItem(r, 1 + c, item)
        if self.bands.reason:
            note = self.tr("No demonstration plot has a location on the map.")
        else:
            note = self.tr("Share of the area's farmer fields with a CA practice done, by "
                           "distance from the nearest of {demos} demonstration plots; "
                           "seasons with no plan done yet are left out.").format(
                demos=self.bands.demonstrations)
            if self.bands.unplaced:
                note += " " + self.tr("{n} farmer fields have no shape and are in no "
                                      "band.").format(n=self.bands.unplaced)
        self.bands_note.setText(note)

    def load_targets(self, path: str | Path) -> int:
        """Store a CSV or XLSX table of farm households per area as the project's target
        populations (in place of the ones there) and fit again; how many areas it gave.
        Raises DomainError (a bad row, named; a refused write) or OSError (an unreadable
        file) and changes nothing then."""
        from metkasekor_desktop.domain.targets import parse_targets
        from metkasekor_desktop.io.results_import import read_table

        path = Path(path)
        headers, rows = read_table(path)
        targets = parse_targets(headers, rows, path.name)
        self.project.targets.replace_all(targets, path.name)
        self.reload_targets()
        return len(targets)

    def reload_targets(self) -> None:
        """Read the project's target populations again and fit with them."""
        self.targets = self._stored_targets()
        self._show_target_count()
        self.recompute()

    def _stored_targets(self) -> dict[str, float]:
        try:
            return dict(self.project.targets.as_dict())
        except (DomainError, OSError):  # unreadable now: the register's farmers
            return {}

    def _show_target_count(self) -> None:
        self.targets_button.setText(self.tr("Target populations: {n} areas").format(
            n=len(self.targets)))

    def _ask_targets(self) -> None:
        """Open the list of target populations; fit again with what it holds after."""
        from metkasekor_desktop.ui.target_populations_dialog import TargetPopulationsDialog

        TargetPopulationsDialog(self.project, self.language, self).exec()
        self.reload_targets()

    def _ask_and_export(self, kind: str) -> None:
        ask_and_export(self, self.tr("Export the diffusion table"), "diffusion", kind,
                       self.export_to)

