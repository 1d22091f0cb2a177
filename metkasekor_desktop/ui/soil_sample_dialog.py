"""The soil sample form: a lab panel or an in-field kit, each value with its unit.

A value outside its plausible range is usually a unit slip (g/kg typed as %); the form
names the range and stores the value only once the officer ticks "I checked this
value", so a real but unusual result can still be kept.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError, ValidationError
from metkasekor_desktop.domain.soil import INDICATORS, SoilSample, check_indicator
from metkasekor_desktop.layers.measure_words import unit_text
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.form_widgets import OptionalDateEdit
from metkasekor_desktop.ui.number_fields import DoubleSpinBox
from metkasekor_desktop.ui.record_form import ERROR_STYLE, RecordForm
from metkasekor_desktop.ui.yield_dialog import NumberEdit, bilingual

# The indicators each template shows (in this order).
TEMPLATES: dict[str, tuple[str, ...]] = {
    "lab": ("soc_pct", "poxc_mg_kg", "total_n_pct", "ph_water", "bulk_density_g_cm3",
            "available_p_mg_kg", "exchangeable_k_cmol_kg"),
    # What a Biofunctool-style kit measures on the spot: water infiltration (Beerkan
    # ring), slaking of aggregates, earthworms in a pit, POXC by colorimetry, pH and a
    # core for bulk density.
    "field": ("infiltration_mm_h", "aggregate_stability_pct", "earthworms_per_m2",
              "poxc_mg_kg", "ph_water", "bulk_density_g_cm3"),
}


def template_for(values: dict[str, float]) -> str:
    """The template that shows most of a stored sample's values (lab when none)."""
    if not values:
        return "lab"
    return max(TEMPLATES, key=lambda t: (len(set(values) & set(TEMPLATES[t])), t == "lab"))


class SoilSampleDialog(RecordForm):
    """Add (``sample`` None) or edit a soil sample of ``plot_id``; Save pushes one
    undoable command, and a refusal is shown in the form, which stays open."""

    table_name = "soil_samples"

    def __init__(self, project: Any, stack: UndoStack, plot_id: int,
                 season_id: int | None, language: str = "kh",
                 sample: SoilSample | None = None, parent: QWidget | None = None) -> None:
        given = copy.deepcopy(sample) if sample is not None else None
        super().__init__(stack, given.id if given is not None else None, parent)
        self.project = project
        self.plot_id = int(plot_id)
        self.language = language
        self.sample = given
        plot = project.plots.get(self.plot_id)
        code = plot.code if plot is not None else str(plot_id)
        self.setWindowTitle((self.tr("Add soil sample of plot {code}") if sample is None
                             else self.tr("Edit soil sample of plot {code}")).format(code=code))

        self.template = QComboBox(self)
        self.template.addItem(self.tr("Lab panel"), "lab")
        self.template.addItem(self.tr("In-field kit (Biofunctool-style)"), "field")
        self.season = QComboBox(self)
        self.season.addItem(self.tr("(no season)"), None)
        for season in sorted(project.seasons.list(), key=lambda s: s.sort_key, reverse=True):
            self.season.addItem(season_label(season), season.id)
        self.sample_date = OptionalDateEdit(self)
        self.depth_from = DoubleSpinBox(self)
        self.depth_to = DoubleSpinBox(self)
        for box in (self.depth_from, self.depth_to):
            box.setRange(0.0, 500.0)
            box.setDecimals(1)
            box.setSuffix(self.tr(" cm"))
        self.method = QLineEdit(self)
        self.method.setPlaceholderText(self.tr("e.g. Walkley-Black, Biofunctool"))
        self.lab = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)

        self.values_form = QFormLayout()
        self.edits: dict[str, NumberEdit] = {}
        for key, ind in INDICATORS.items():
            low, high = ind.plausible
            edit = NumberEdit(-1e9, 1e9, 4, self)
            unit = unit_text(ind.unit) if ind.unit else self.tr("no unit")
            edit.setToolTip(self.tr("Plausible range: {low}-{high} {unit}").format(
                low=f"{low:g}", high=f"{high:g}", unit=unit_text(ind.unit)))
            name = bilingual(language, ind.name_en, ind.name_kh)
            self.values_form.addRow(f"{name} ({unit})", edit)
            self.edits[key] = edit
        self.range_message = QLabel(self)
        self.range_message.setWordWrap(True)
        self.range_message.setStyleSheet(ERROR_STYLE)
        self.confirm = QCheckBox(self.tr("I checked this value"), self)

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Season"), self.season)
        form.addRow(self.tr("Date"), self.sample_date)
        form.addRow(self.tr("Depth from"), self.depth_from)
        form.addRow(self.tr("Depth to"), self.depth_to)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Laboratory"), self.lab)
        form.addRow(self.values_form)
        form.addRow(self.range_message)
        form.addRow(self.confirm)
        form.addRow(self.tr("Notes"), self.notes)
        self._lay_out(form)
        # The values may run long on a small screen: keep buttons reachable.
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(0, 1)

        self._show(given, season_id)
        self.template.currentIndexChanged.connect(lambda _i: self._template_changed())
        for edit in self.edits.values():
            edit.textChanged.connect(lambda _t: self._values_changed())
        self._template_changed()
        self._values_changed()

    # --- public -------------------------------------------------------------------------
    def shown_indicators(self) -> list[str]:
        """Keys of the indicator fields the form shows, in order."""
        return [k for k, e in self.edits.items() if self.values_form.isRowVisible(e)]

    def entity(self) -> SoilSample:
        """The sample as the form shows it (not yet checked or stored)."""
        values = {k: v for k, e in self.edits.items() if (v := e.value()) is not None}
        return SoilSample(
            id=self.sample.id if self.sample is not None else None, plot_id=self.plot_id,
            season_id=self.season.currentData(), sample_date=self.sample_date.value(),
            depth_from_cm=self.depth_from.value(), depth_to_cm=self.depth_to.value(),
            method=self.method.text().strip(), lab=self.lab.text().strip(), values=values,
            notes=self.notes.toPlainText().strip(),
        )

    def out_of_range(self) -> list[str]:
        """One line per typed value outside its plausible range, naming the range."""
        lines = []
        for key, edit in self.edits.items():
            value = edit.value()
            try:
                check_indicator(key, value)
            except ValidationError:
                ind = INDICATORS[key]
                low, high = ind.plausible
                lines.append(self.tr("{name} {value} {unit} is outside the plausible range "
                                     "{low}-{high} {unit}.").format(
                    name=bilingual(self.language, ind.name_en, ind.name_kh),
                    value=f"{value:g}", low=f"{low:g}", high=f"{high:g}", unit=unit_text(ind.unit)))
        return lines

    def save_text(self, sample: SoilSample) -> str:
        return (self.tr("Add soil sample") if sample.id is None
                else self.tr("Change soil sample"))

    def save(self) -> bool:
        """Store the form as one undo step; refused (and why shown) while a value is out of
        its range and not confirmed."""
        sample = self.entity()
        unusual = self.out_of_range()
        if unusual and not self.confirm.isChecked():
            self._show_range(unusual)
            self.error.setText(self.tr("Check the values outside their plausible range; if "
                                       "they are right, tick “I checked this value”."))
            self.error.show()
            return False
        try:
            sample.validated(confirmed_out_of_range=bool(unusual))
            command = SaveRecord("soil_samples", sample, self.save_text(sample),
                                 confirmed=bool(unusual))
            self.stack.push(command)
        except (DomainError, ProjectError) as error:
            self.error.setText(say(error))
            self.error.show()
            return False
        self.record_id = command.record_id
        return True

    # --- internals ----------------------------------------------------------------------
    def _show(self, sample: SoilSample | None, season_id: int | None) -> None:
        wanted = sample.season_id if sample is not None else season_id
        index = self.season.findData(wanted) if wanted is not None else -1
        self.season.setCurrentIndex(max(0, index))
        if sample is None:
            self.depth_from.setValue(0.0)
            self.depth_to.setValue(10.0)
            return
        self.template.setCurrentIndex(max(0, self.template.findData(
            template_for(sample.values))))
        self.sample_date.set_value(sample.sample_date)
        self.depth_from.setValue(float(sample.depth_from_cm))
        self.depth_to.setValue(float(sample.depth_to_cm))
        self.method.setText(sample.method)
        self.lab.setText(sample.lab)
        self.notes.setPlainText(sample.notes)
        for key, value in sample.values.items():
            if key in self.edits:
                self.edits[key].set_value(value)

    def _template_changed(self) -> None:
        wanted = set(TEMPLATES[str(self.template.currentData())])
        for key, edit in self.edits.items():
            # A value already typed stays visible, so nothing is saved unseen.
            self.values_form.setRowVisible(edit, key in wanted or edit.value() is not None)
        field_kit = self.template.currentData() == "field"
        self.lab.setEnabled(not field_kit or bool(self.lab.text()))
        if field_kit and not self.method.text():
            self.method.setText("Biofunctool")
        elif not field_kit and self.method.text() == "Biofunctool":
            self.method.clear()

    def _values_changed(self) -> None:
        # A changed value needs a new look: the earlier tick does not count for it.
        self.confirm.setChecked(False)
        unusual = self.out_of_range()
        self._show_range(unusual)
        if not unusual:
            self.error.hide()

    def _show_range(self, lines: list[str]) -> None:
        self.range_message.setText("\n".join(lines))
        self.range_message.setVisible(bool(lines))
        self.confirm.setVisible(bool(lines))
