"""The yield form: a harvest measurement of one plot, its t/ha and gross margin shown live.

The officer types what was weighed in the field (a sample of known area, or the whole
plot's harvest) and sees at once the yield at the crop's standard moisture, as the
domain computes it, so a typing slip (kg for g, a wrong area) shows before it is saved.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii
from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import YieldMethod
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.ui.form_widgets import OptionalDateEdit
from metkasekor_desktop.ui.number_fields import DoubleValidator
from metkasekor_desktop.ui.record_form import ERROR_STYLE, RecordForm

MAX_NUMBER = 1e12
WARNING_STYLE = "color: #8a5a00;"


def bilingual(language: str, en: str, kh: str) -> str:
    """A domain name in the UI language (the other one when it is missing)."""
    return (kh or en) if language in ("kh", "km") else (en or kh)


class NumberEdit(QLineEdit):
    """A number box that may stay empty (None), typed with a dot as decimal mark (ASCII or
    Khmer digits)."""

    def __init__(self, bottom: float = 0.0, top: float = MAX_NUMBER, decimals: int = 4,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        validator = DoubleValidator(bottom, top, decimals, self)  # Khmer digits too
        validator.setNotation(DoubleValidator.Notation.StandardNotation)
        validator.setLocale(QLocale.c())
        self.setValidator(validator)
        self.setClearButtonEnabled(True)

    def value(self) -> float | None:
        """The number typed (None: empty or not yet a number, like "-")."""
        text = khmer_digits_to_ascii(self.text()).strip().replace(",", "")
        try:
            return float(text) if text else None
        except ValueError:
            return None

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else f"{value:g}")


def riel(value: float) -> str:
    """A money amount as an officer reads it: whole riel with thousands separators."""
    return f"{value:,.0f}"


class YieldDialog(RecordForm):
    """Add (``record`` None) or edit a yield record of ``plot_id``; Save pushes
    ``SaveRecord("yields", ...)`` and a refusal is shown in the form, which stays open."""

    table_name = "yields"

    def __init__(self, project: Any, stack: UndoStack, plot_id: int,
                 season_id: int | None, language: str = "kh",
                 record: YieldRecord | None = None, parent: QWidget | None = None) -> None:
        given = copy.deepcopy(record) if record is not None else None
        super().__init__(stack, given.id if given is not None else None, parent)
        self.project = project
        self.plot_id = int(plot_id)
        self.language = language
        self.record = given
        plot = project.plots.get(self.plot_id)
        self.plot_area_ha: float | None = plot.area_ha if plot is not None else None
        code = plot.code if plot is not None else str(plot_id)
        self.setWindowTitle((self.tr("Add yield of plot {code}") if record is None
                             else self.tr("Edit yield of plot {code}")).format(code=code))

        self.season = QComboBox(self)
        for season in sorted(project.seasons.list(), key=lambda s: s.sort_key, reverse=True):
            self.season.addItem(season_label(season), season.id)
        self.crop = QComboBox(self)
        for key, crop in CROPS.items():
            self.crop.addItem(bilingual(language, crop.name_en, crop.name_kh), key)
        self.harvest_date = OptionalDateEdit(self)
        self.method = QComboBox(self)
        self.method.addItem(self.tr("Harvest sample"), YieldMethod.SAMPLE.value)
        self.method.addItem(self.tr("Whole plot"), YieldMethod.WHOLE_PLOT.value)
        self.sample_area = NumberEdit(parent=self)
        self.weight = NumberEdit(parent=self)
        self.moisture = NumberEdit(0.0, 99.9, 2, self)
        self.plot_area = QLabel(self)
        self.yield_label = QLabel(self)
        self.plausibility = QLabel(self)  # beside the yield: a figure hard to believe
        self.plausibility.setWordWrap(True)
        self.plausibility.setStyleSheet(WARNING_STYLE)
        self.plausibility.hide()
        self.labour_days = NumberEdit(parent=self)
        self.input_cost = NumberEdit(parent=self)
        self.service_cost = NumberEdit(parent=self)
        self.price = NumberEdit(parent=self)
        self.margin_label = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)
        for label in (self.yield_label, self.margin_label):
            label.setWordWrap(True)
        self.weight_label = QLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("Season"), self.season)
        form.addRow(self.tr("Crop"), self.crop)
        form.addRow(self.tr("Harvest date"), self.harvest_date)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Sample area (m²)"), self.sample_area)
        form.addRow(self.tr("Plot area"), self.plot_area)
        form.addRow(self.weight_label, self.weight)
        form.addRow(self.tr("Moisture (%)"), self.moisture)
        form.addRow(self.tr("Yield"), self.yield_label)
        form.addRow("", self.plausibility)
        form.addRow(self.tr("Labour (days)"), self.labour_days)
        form.addRow(self.tr("Input costs (riel/ha)"), self.input_cost)
        form.addRow(self.tr("Service costs (riel/ha)"), self.service_cost)
        form.addRow(self.tr("Price (riel/kg)"), self.price)
        form.addRow(self.tr("Gross margin"), self.margin_label)
        form.addRow(self.tr("Notes"), self.notes)
        self.form = form
        self._lay_out(form)

        self._show(given, season_id)
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.crop.currentIndexChanged.connect(lambda _i: self.update_live())
        self.season.currentIndexChanged.connect(lambda _i: self._default_crop())
        for edit in (self.sample_area, self.weight, self.moisture, self.input_cost,
                     self.service_cost, self.price):
            edit.textChanged.connect(lambda _t: self.update_live())
        self._method_changed()

    # --- public -------------------------------------------------------------------------
    def entity(self) -> YieldRecord:
        """The record as the form shows it (not yet checked or stored)."""
        whole = self.method.currentData() == YieldMethod.WHOLE_PLOT.value
        season = self.season.currentData()
        return YieldRecord(
            id=self.record.id if self.record is not None else None,
            plot_id=self.plot_id, season_id=int(season) if season is not None else 0,
            crop=str(self.crop.currentData()), harvest_date=self.harvest_date.value(),
            method=YieldMethod(self.method.currentData()),
            sample_area_m2=None if whole else self.sample_area.value(),
            fresh_weight_kg=self.weight.value() or 0.0,
            moisture_pct=self.moisture.value(), labour_days=self.labour_days.value(),
            input_cost=self.input_cost.value(), service_cost=self.service_cost.value(),
            price_per_kg=self.price.value(), notes=self.notes.toPlainText().strip(),
        )

    def live_yield(self) -> float | None:
        """The yield in t/ha the form shows (None while the inputs are incomplete)."""
        if self.weight.value() is None:
            return None
        try:
            return self.entity().yield_t_ha(self.plot_area_ha)
        except DomainError:
            return None

    def live_margin(self) -> float | None:
        """The gross margin per ha the form shows (None without a yield or a price)."""
        if self.live_yield() is None:
            return None
        return self.entity().gross_margin_per_ha(self.plot_area_ha)

    def update_live(self) -> None:
        """Show the yield and gross margin of what is typed now."""
        crop = CROPS[str(self.crop.currentData())]
        self.yield_label.setStyleSheet("")
        if self.weight.value() is None:
            self.yield_label.setText(self.tr("Type the harvested weight."))
        else:
            try:
                value = self.entity().yield_t_ha(self.plot_area_ha)
            except DomainError as error:
                self.yield_label.setText(say(error))
                self.yield_label.setStyleSheet(ERROR_STYLE)
            else:
                if crop.standard_moisture_pct is None:
                    self.yield_label.setText(self.tr("{value} t/ha as harvested").format(
                        value=f"{value:.2f}"))
                else:
                    self.yield_label.setText(self.tr("{value} t/ha at {moisture} % moisture")
                                             .format(value=f"{value:.2f}",
                                                     moisture=f"{crop.standard_moisture_pct:g}"))
        problem = self.implausibility()
        self.plausibility.setText(self.tr("Hard to believe: {problem}").format(
            problem=say(problem)) if problem else "")
        self.plausibility.setVisible(bool(problem))
        margin = self.live_margin()
        if margin is None:
            self.margin_label.setText(self.tr("Type the yield and the price to see it."))
        else:
            self.margin_label.setText(self.tr("{value} riel/ha").format(value=riel(margin)))

    def implausibility(self) -> str | None:
        """Why the yield typed is hard to believe (None: plausible or incomplete)."""
        if self.weight.value() is None:
            return None
        return self.entity().plausibility_problem(self.plot_area_ha)

    def save_command(self, record: YieldRecord) -> SaveRecord | None:
        """A yield above the crop's best is stored only with the officer's consent, given
        to this save's command alone."""
        problem = record.plausibility_problem(self.plot_area_ha)
        if problem is None:
            return super().save_command(record)
        answer = QMessageBox.question(
            self, self.tr("Store an unusual yield?"),
            self.tr("{problem}\n\nStore this yield anyway?").format(problem=say(problem)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return SaveRecord(self.table_name, record, self.save_text(record),
                          confirmed=True)

    def save_text(self, record: YieldRecord) -> str:
        crop = CROPS.get(record.crop)
        name = bilingual(self.language, crop.name_en, crop.name_kh) if crop else record.crop
        return (self.tr("Add {crop} yield") if record.id is None
                else self.tr("Change {crop} yield")).format(crop=name)

    def save(self) -> bool:
        if self.season.currentData() is None:
            self.error.setText(self.tr("The project has no season yet; add one in the "
                                       "season manager first."))
            self.error.show()
            return False
        return super().save()

    # --- internals ----------------------------------------------------------------------
    def _show(self, record: YieldRecord | None, season_id: int | None) -> None:
        wanted = record.season_id if record is not None else season_id
        if wanted is not None and self.season.findData(wanted) >= 0:
            self.season.setCurrentIndex(self.season.findData(wanted))
        if record is None:
            self._default_crop()
            return
        self.crop.setCurrentIndex(max(0, self.crop.findData(record.crop)))
        self.harvest_date.set_value(record.harvest_date)
        self.method.setCurrentIndex(max(0, self.method.findData(str(record.method))))
        self.sample_area.set_value(record.sample_area_m2)
        self.weight.set_value(record.fresh_weight_kg)
        self.moisture.set_value(record.moisture_pct)
        self.labour_days.set_value(record.labour_days)
        self.input_cost.set_value(record.input_cost)
        self.service_cost.set_value(record.service_cost)
        self.price.set_value(record.price_per_kg)
        self.notes.setPlainText(record.notes)

    def _default_crop(self) -> None:
        """A new record starts with the first crop of the plot's plan for the season (not
        maize on a mung-bean plot)."""
        season = self.season.currentData()
        if self.record is not None or season is None:
            return
        plan = self.project.plans.find(self.plot_id, int(season))
        for key in plan.crops if plan is not None else ():
            if self.crop.findData(key) >= 0:
                self.crop.setCurrentIndex(self.crop.findData(key))
                return

    def _method_changed(self) -> None:
        whole = self.method.currentData() == YieldMethod.WHOLE_PLOT.value
        self.form.setRowVisible(self.sample_area, not whole)
        self.form.setRowVisible(self.plot_area, whole)
        self.weight_label.setText(self.tr("Harvest of the whole plot (kg)") if whole
                                  else self.tr("Fresh weight of the sample (kg)"))
        if self.plot_area_ha:
            self.plot_area.setText(self.tr("{ha} ha ({m2} m²)").format(
                ha=f"{self.plot_area_ha:.4f}", m2=f"{self.plot_area_ha * 10_000:,.0f}"))
        else:
            self.plot_area.setText(self.tr("The plot has no area; draw its boundary first."))
        self.update_live()
