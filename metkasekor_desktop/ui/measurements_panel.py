"""The soil samples and yields of the selected plot, with Add / Edit / Delete.

Every change goes through the dialogs or DeleteRecord on the project's undo stack, and
the lists are read again whenever the stack changes (also on undo and redo).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import YieldMethod
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.soil import INDICATORS, SoilSample
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.layers.measure_words import unit_text
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import DeleteRecord
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.form_widgets import list_table
from metkasekor_desktop.ui.language import shown_date
from metkasekor_desktop.ui.soil_sample_dialog import SoilSampleDialog
from metkasekor_desktop.ui.stack_follower import RefreshWhenShown
from metkasekor_desktop.ui.write_failures import report_failure
from metkasekor_desktop.ui.yield_dialog import YieldDialog, bilingual, riel


def _item(value: Any, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item




class MeasurementsPanel(RefreshWhenShown, QWidget):
    """Soil samples and yield records of one plot (all seasons, latest first)."""

    listens = ("soil_samples", "yields", "trials", "seasons", "practices")  # what it shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Any = None
        self.stack: Any = None
        self.plot_id: int | None = None
        self.season_id: int | None = None
        self.language = "kh"
        self._samples: list[SoilSample] = []
        self._yields: list[YieldRecord] = []
        self._season_names: dict[int, str] = {}
        self._season_order: dict[int, tuple[int, int]] = {}
        self._area_ha: float | None = None
        self._stale = False
        self._current = "soil"  # the list Edit and Delete act on

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.soil_table = list_table(self, [self.tr("Season"), self.tr("Date"),
                                        self.tr("Depth (cm)"), self.tr("Values")])
        self.yield_table = list_table(self, [self.tr("Season"), self.tr("Date"), self.tr("Crop"),
                                         self.tr("Method"), self.tr("Yield (t/ha)"),
                                         self.tr("Gross margin (riel/ha)")])
        self.add_soil_button = QPushButton(self.tr("Add soil sample…"), self)
        self.add_yield_button = QPushButton(self.tr("Add yield…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)

        buttons = QHBoxLayout()
        for button in (self.add_soil_button, self.add_yield_button, self.edit_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Soil samples"), self))
        layout.addWidget(self.soil_table, 1)
        layout.addWidget(QLabel(self.tr("Yields"), self))
        layout.addWidget(self.yield_table, 1)
        layout.addLayout(buttons)

        self.soil_table.itemSelectionChanged.connect(lambda: self._selected_in("soil"))
        self.yield_table.itemSelectionChanged.connect(lambda: self._selected_in("yield"))
        self.soil_table.itemDoubleClicked.connect(lambda _i: self._edit_from("soil"))
        self.yield_table.itemDoubleClicked.connect(lambda _i: self._edit_from("yield"))
        self.add_soil_button.clicked.connect(lambda: self.add_soil_sample())
        self.add_yield_button.clicked.connect(lambda: self.add_yield())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.refresh()

    # --- binding ------------------------------------------------------------------------
    def show_plot(self, project: Any, stack: Any, plot_id: int | None,
                  season_id: int | None = None, language: str = "kh") -> None:
        """Show ``plot_id``'s measurements; new records default to ``season_id``.

        ``project`` None unbinds the panel (e.g. when the project is closed).
        """
        if stack is not self.stack:
            if self.stack is not None:
                self.stack.applied.disconnect(self._stack_changed)
            if stack is not None:
                stack.applied.connect(self._stack_changed)
        self.project, self.stack, self.language = project, stack, language
        self.plot_id = None if plot_id is None or project is None else int(plot_id)
        self.season_id = season_id
        self.refresh()

    # --- state --------------------------------------------------------------------------
    def soil_samples(self) -> list[SoilSample]:
        """The samples in the list, in the order shown."""
        return list(self._samples)

    def yield_records(self) -> list[YieldRecord]:
        """The yield records in the list, in the order shown."""
        return list(self._yields)

    def selected(self) -> tuple[str, Any] | None:
        """("soil", sample) or ("yield", record) chosen in the list last clicked."""
        table, records = ((self.soil_table, self._samples) if self._current == "soil"
                          else (self.yield_table, self._yields))
        rows = table.selectionModel().selectedRows()
        return (self._current, records[rows[0].row()]) if rows else None

    def refresh(self) -> None:
        """Read the plot's records again from the project."""
        self._stale = False
        if self.project is None or self.plot_id is None:
            self._samples, self._yields, self._area_ha = [], [], None
            self.title.setText(self.tr("Select a plot to see its soil samples and yields."))
        else:
            seasons = self.project.seasons.list()
            self._season_names = {int(s.id): season_label(s) for s in seasons}
            self._season_order = {int(s.id): s.sort_key for s in seasons}
            plot = self.project.plots.get(self.plot_id)
            self._area_ha = plot.area_ha if plot is not None else None
            code = plot.code if plot is not None else str(self.plot_id)
            self._samples = sorted(self.project.soil_samples.for_plot(self.plot_id),
                                   key=self._soil_key, reverse=True)
            self._yields = sorted(self.project.yields.for_plot(self.plot_id),
                                  key=self._yield_key, reverse=True)
            self.title.setText(self.tr("Plot {code}: {samples} soil samples, {yields} "
                                       "yield records").format(
                code=code, samples=len(self._samples), yields=len(self._yields)))
        self._fill_soil()
        self._fill_yields()
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------
    def add_soil_sample(self) -> bool:
        if not self._bound():
            return False
        return self._soil_dialog(None).exec() == QDialog.DialogCode.Accepted

    def add_yield(self) -> bool:
        if not self._bound():
            return False
        return self._yield_dialog(None).exec() == QDialog.DialogCode.Accepted

    def edit_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self._bound():
            return False
        kind, record = chosen
        dialog = self._soil_dialog(record) if kind == "soil" else self._yield_dialog(record)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def delete_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self._bound() or chosen[1].id is None:
            return False
        kind, record = chosen
        season = self._season_names.get(record.season_id or -1, "")
        if kind == "soil":
            question = self.tr("Delete the soil sample of {season}? You can undo this.")
            command: Any = DeleteRecord("soil_samples", record.id,
                                         self.tr("Delete soil sample"))
        else:
            question = self.tr("Delete the yield record of {season}? You can undo this.")
            command = DeleteRecord("yields", record.id, self.tr("Delete yield record"))
        answer = QMessageBox.question(self, self.tr("Delete record"),
                                      question.format(season=season or "-"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.stack.push(command)
        except (DomainError, ProjectError) as error:
            if report_failure(self, error):
                return False
            QMessageBox.warning(self, self.tr("The record could not be deleted"), say(error))
            return False
        return True

    # --- internals ----------------------------------------------------------------------
    def _bound(self) -> bool:
        return self.project is not None and self.stack is not None and self.plot_id is not None

    def _soil_dialog(self, sample: SoilSample | None) -> SoilSampleDialog:
        return SoilSampleDialog(self.project, self.stack, self.plot_id, self.season_id,
                                self.language, sample, self)

    def _yield_dialog(self, record: YieldRecord | None) -> YieldDialog:
        return YieldDialog(self.project, self.stack, self.plot_id, self.season_id,
                           self.language, record, self)

    def _edit_from(self, kind: str) -> None:
        self._current = kind
        self.edit_selected()

    def _selected_in(self, kind: str) -> None:
        table = self.soil_table if kind == "soil" else self.yield_table
        if table.selectionModel().selectedRows():
            self._current = kind
            other = self.yield_table if kind == "soil" else self.soil_table
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._update_buttons()

    def _soil_key(self, s: SoilSample) -> tuple[Any, ...]:
        order = self._season_order.get(s.season_id or -1, (0, 0))
        return (order, s.sample_date.isoformat() if s.sample_date else "", -s.depth_from_cm,
                s.id or 0)

    def _yield_key(self, y: YieldRecord) -> tuple[Any, ...]:
        order = self._season_order.get(y.season_id, (0, 0))
        return (order, y.harvest_date.isoformat() if y.harvest_date else "", y.id or 0)

    def _fill_soil(self) -> None:
        self.soil_table.setRowCount(len(self._samples))
        for row, s in enumerate(self._samples):
            parts = []
            for key, value in s.values.items():
                ind = INDICATORS.get(key)
                if ind is None:
                    continue
                name = bilingual(self.language, ind.name_en, ind.name_kh)
                parts.append(f"{name} {value:g}{' ' + unit_text(ind.unit) if ind.unit else ''}")
            values = _item("; ".join(parts))
            values.setToolTip("\n".join(parts))
            cells = [_item(self._season_names.get(s.season_id or -1, "")),
                     _item(shown_date(s.sample_date)),
                     _item(f"{s.depth_from_cm:g}-{s.depth_to_cm:g}", True), values]
            for col, item in enumerate(cells):
                self.soil_table.setItem(row, col, item)

    def _fill_yields(self) -> None:
        self.yield_table.setRowCount(len(self._yields))
        for row, y in enumerate(self._yields):
            crop = CROPS.get(y.crop)
            try:
                t_ha: str = f"{y.yield_t_ha(self._area_ha):.2f}"
                margin = y.gross_margin_per_ha(self._area_ha)
            except DomainError:
                t_ha, margin = "", None
            method = (self.tr("Whole plot") if YieldMethod(y.method) == YieldMethod.WHOLE_PLOT
                      else self.tr("Harvest sample"))
            cells = [_item(self._season_names.get(y.season_id, "")),
                     _item(shown_date(y.harvest_date)),
                     _item(bilingual(self.language, crop.name_en, crop.name_kh)
                           if crop else y.crop),
                     _item(method), _item(t_ha, True),
                     _item(riel(margin) if margin is not None else "", True)]
            for col, item in enumerate(cells):
                self.yield_table.setItem(row, col, item)

    def _update_buttons(self) -> None:
        bound = self._bound()
        chosen = self.selected() is not None
        self.add_soil_button.setEnabled(bound)
        self.add_yield_button.setEnabled(bound)
        self.edit_button.setEnabled(bound and chosen)
        self.delete_button.setEnabled(bound and chosen)

