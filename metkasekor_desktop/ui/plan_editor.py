"""The season plan of one plot: crops, status, dates, cost, practices and their details.

The editor keeps a working copy of the plan; "Save" validates it with the domain and
pushes one undoable command. While nothing is typed it follows the project (an undo
elsewhere shows at once); refusals are shown in the message line and change nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.changes import ChangeSet
from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import PlanStatus, TerminationMethod
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import COVER_CROP_SPECIES, DETAIL_FIELDS, Practice
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import SavePlans, SaveRecord
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.form_widgets import OptionalDateEdit
from metkasekor_desktop.ui.number_fields import DoubleSpinBox
from metkasekor_desktop.ui.stack_follower import hears
from metkasekor_desktop.ui.text_fit import fit_lines, fit_rows
from metkasekor_desktop.ui.write_failures import report_failure

if TYPE_CHECKING:
    from metkasekor_desktop.layers.undo_stack import UndoStack
    from metkasekor_desktop.storage import Project

NOT_SET = -1.0  # the minimum of a number box, shown as "not set"


# --- logic without widgets ---------------------------------------------------------------
def previous_plan(project: Project, plot_id: int, season_id: int) -> PlotSeasonPlan | None:
    """The plot's plan in the latest season before ``season_id`` (by Season.sort_key)."""
    seasons = {s.id: s for s in project.seasons.list()}
    current = seasons.get(season_id)
    if current is None:
        return None
    earlier = [p for p in project.plans.for_plot(plot_id)
               if p.season_id in seasons and seasons[p.season_id].sort_key < current.sort_key]
    if not earlier:
        return None
    return max(earlier, key=lambda p: seasons[p.season_id].sort_key)


def copied_plan(source: PlotSeasonPlan, plot_id: int, season_id: int) -> PlotSeasonPlan:
    """A new plan with the practices and crops of ``source``: dates cleared, planned."""
    practices = [
        PlannedPractice(practice_id=p.practice_id, provider_id=p.provider_id, cost=p.cost,
                        details=replace(p.details, sowing_date=None, termination_date=None))
        for p in source.practices
    ]
    return PlotSeasonPlan(plot_id=plot_id, season_id=season_id, crops=tuple(source.crops),
                          practices=practices, status=PlanStatus.PLANNED, cost=source.cost)


def providers_for(providers: Iterable[Provider], practice: Practice | None) -> list[Provider]:
    """The providers offering the service a practice needs (all when it needs none)."""
    service = practice.service if practice is not None else None
    return [p for p in providers if p.offers(service)]


def plans_for_plots(plan: PlotSeasonPlan, plot_ids: Iterable[int]) -> list[PlotSeasonPlan]:
    """The same plan for each plot (new copies, known by plot and season)."""
    out = []
    for plot_id in dict.fromkeys(int(i) for i in plot_ids):
        other = copy.deepcopy(plan)
        other.id, other.plot_id = None, plot_id
        out.append(other)
    return out


def _number(box: QDoubleSpinBox) -> float | None:
    return None if box.value() <= NOT_SET else float(box.value())


class PlanEditor(QWidget):
    """Shows and edits the plan of one plot in one season.

    ``set_plot`` chooses what is shown; ``save`` and ``apply_to`` write through the undo
    stack. ``plan`` is the working copy (what the widgets show).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.stack: UndoStack | None = None
        self.plot_id: int | None = None
        self.season_id: int | None = None
        self.language = "kh"
        self.plan: PlotSeasonPlan | None = None
        self.dirty = False
        self._loading = False
        self._practices: dict[int, Practice] = {}
        self._providers: list[Provider] = []
        self._build()
        self._show_plan()

    # --- widgets ------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.crops = QListWidget(self)
        fit_rows(self.crops, max_rows=4)
        self.status = QComboBox(self)
        for status, label in ((PlanStatus.PLANNED, self.tr("Planned")),
                              (PlanStatus.DONE, self.tr("Done")),
                              (PlanStatus.CANCELLED, self.tr("Cancelled"))):
            self.status.addItem(label, status.value)
        self.planned_date = OptionalDateEdit(self)
        self.done_date = OptionalDateEdit(self)
        self.cost = self._number_box(1e12, 0, self.tr(" riel"))
        self.notes = QPlainTextEdit(self)
        fit_lines(self.notes, 2)

        self.practice_list = QListWidget(self)
        fit_rows(self.practice_list, max_rows=5)
        self.catalogue = QComboBox(self)
        self.add_button = QPushButton(self.tr("Add practice"), self)
        self.remove_button = QPushButton(self.tr("Remove practice"), self)

        self.species = QComboBox(self)
        self.species.setEditable(True)
        self.species.addItem("")
        self.species.addItems(list(COVER_CROP_SPECIES))
        self.seed_rate = self._number_box(200, 1, self.tr(" kg/ha"))
        self.sowing_date = OptionalDateEdit(self)
        self.termination = QComboBox(self)
        self.termination.addItem(self.tr("(not set)"), None)
        for method, label in ((TerminationMethod.ROLLER_CRIMPER, self.tr("Roller crimper")),
                              (TerminationMethod.HERBICIDE, self.tr("Herbicide")),
                              (TerminationMethod.MOWING, self.tr("Mowing")),
                              (TerminationMethod.GRAZING, self.tr("Grazing"))):
            self.termination.addItem(label, method.value)
        self.termination_date = OptionalDateEdit(self)
        self.residue = self._number_box(100, 0, " %")
        self.rotation_crop = QComboBox(self)
        self.intercrop = QComboBox(self)
        self.provider = QComboBox(self)
        self.practice_cost = self._number_box(1e12, 0, self.tr(" riel"))

        self.save_button = QPushButton(self.tr("Save plan"), self)
        self.copy_button = QPushButton(self.tr("Copy last season's plan"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")

        form = QFormLayout()
        form.addRow(self.tr("Crops"), self.crops)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Planned date"), self.planned_date)
        form.addRow(self.tr("Done date"), self.done_date)
        form.addRow(self.tr("Other costs"), self.cost)
        form.addRow(self.tr("Notes"), self.notes)

        adding = QHBoxLayout()
        adding.addWidget(self.catalogue, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        self.details = QFormLayout()
        self.detail_rows: dict[str, QWidget] = {
            "cover_crop_species": self.species, "seed_rate_kg_ha": self.seed_rate,
            "sowing_date": self.sowing_date, "termination_method": self.termination,
            "termination_date": self.termination_date, "residue_cover_pct": self.residue,
            "rotation_crop": self.rotation_crop, "intercrop": self.intercrop,
        }
        self.details.addRow(self.tr("Cover-crop species"), self.species)
        self.details.addRow(self.tr("Seed rate"), self.seed_rate)
        self.details.addRow(self.tr("Sowing date"), self.sowing_date)
        self.details.addRow(self.tr("Termination method"), self.termination)
        self.details.addRow(self.tr("Termination date"), self.termination_date)
        self.details.addRow(self.tr("Residue cover"), self.residue)
        self.details.addRow(self.tr("Rotation crop"), self.rotation_crop)
        self.details.addRow(self.tr("Intercrop"), self.intercrop)
        self.details.addRow(self.tr("Provider"), self.provider)
        self.details.addRow(self.tr("Practice cost"), self.practice_cost)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Practices"), self))
        layout.addWidget(self.practice_list)
        layout.addLayout(adding)
        layout.addLayout(self.details)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.crops.itemChanged.connect(self._crop_toggled)
        for box in (self.status, self.termination, self.rotation_crop, self.intercrop,
                    self.provider):
            box.currentIndexChanged.connect(self._edited)
        self.species.currentTextChanged.connect(self._edited)
        for date_box in (self.planned_date, self.done_date, self.sowing_date,
                         self.termination_date):
            date_box.dateChanged.connect(self._edited)
        for number in (self.cost, self.seed_rate, self.residue, self.practice_cost):
            number.valueChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.practice_list.currentRowChanged.connect(self._practice_selected)
        self.add_button.clicked.connect(self.add_practice)
        self.remove_button.clicked.connect(self.remove_practice)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy_last_season)

    def _number_box(self, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        box = DoubleSpinBox(self)
        box.setDecimals(decimals)
        box.setRange(NOT_SET, high)
        box.setSuffix(suffix)
        box.setSpecialValueText(self.tr("not set"))
        box.setValue(NOT_SET)
        return box

    # --- binding ------------------------------------------------------------------------
    def set_plot(self, project: Project | None, stack: UndoStack | None,
                 plot_id: int | None, season_id: int | None, language: str = "kh") -> None:
        """Show the plan of ``plot_id`` in ``season_id`` (a new one when it has none)."""
        if stack is not self.stack:
            if self.stack is not None:
                self.stack.applied.disconnect(self._stack_changed)
            if stack is not None:
                stack.applied.connect(self._stack_changed)
        self.project, self.stack, self.language = project, stack, language
        self.plot_id = None if plot_id is None else int(plot_id)
        self.season_id = None if season_id is None else int(season_id)
        self.reload()

    def reload(self) -> None:
        """Read the plan from the project again (unsaved changes are dropped)."""
        self.plan = None
        if self.project is not None and self.plot_id is not None and self.season_id is not None:
            self._practices = {p.id: p for p in self.project.practices.list()
                               if p.id is not None}
            self._providers = self.project.providers.list()
            self.plan = (self.project.plans.find(self.plot_id, self.season_id)
                         or PlotSeasonPlan(plot_id=self.plot_id, season_id=self.season_id))
        self.dirty = False
        self.message.clear()
        self._show_plan()

    def _stack_changed(self, changes: ChangeSet | None = None) -> None:
        if not (hears(("plans", "practices", "providers", "seasons"), changes) or (
                changes is not None and self.plot_id is not None
                and changes.touches_plots([self.plot_id]))):
            return
        if not self.dirty:
            self.reload()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if self.stack is not None:
            self.stack.applied.disconnect(self._stack_changed)
            self.stack = None
        super().closeEvent(event)

    # --- showing ------------------------------------------------------------------------
    def _name(self, en: str, kh: str) -> str:
        first, second = (kh, en) if self.language == "kh" else (en, kh)
        return first or second

    def practice_name(self, practice_id: int) -> str:
        practice = self._practices.get(practice_id)
        if practice is None:
            return str(practice_id)
        return self._name(practice.name_en, practice.name_kh) or practice.key

    def _show_plan(self) -> None:
        self._loading = True
        try:
            plan = self.plan
            for widget in self.findChildren(QWidget):
                if widget is not self.title:
                    widget.setEnabled(plan is not None)
            if plan is None:
                self.title.setText(self.tr("Choose a plot and a season to see its plan."))
                self.crops.clear()
                self.practice_list.clear()
                return
            self.title.setText(self._title())
            self.crops.clear()
            order = list(plan.crops) + [k for k in CROPS if k not in plan.crops]
            for key in order:
                crop = CROPS.get(key)
                item = QListWidgetItem(self._name(crop.name_en, crop.name_kh) if crop else key)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in plan.crops
                                   else Qt.CheckState.Unchecked)
                self.crops.addItem(item)
            fit_rows(self.crops, max_rows=4)
            self.status.setCurrentIndex(max(0, self.status.findData(str(plan.status))))
            self.planned_date.set_value(plan.planned_date)
            self.done_date.set_value(plan.done_date)
            self.cost.setValue(NOT_SET if plan.cost is None else plan.cost)
            self.notes.setPlainText(plan.notes)
            self.catalogue.clear()
            for practice_id in sorted(self._practices,
                                      key=lambda i: self.practice_name(i).casefold()):
                self.catalogue.addItem(self.practice_name(practice_id), practice_id)
            for box in (self.rotation_crop, self.intercrop):
                box.clear()
                box.addItem(self.tr("(not set)"), "")
                for key, crop in CROPS.items():
                    box.addItem(self._name(crop.name_en, crop.name_kh), key)
            self._fill_practices(0)
        finally:
            self._loading = False

    def _title(self) -> str:
        assert self.project is not None and self.plot_id is not None
        plot = self.project.plots.get(self.plot_id)
        season = self.project.seasons.get(self.season_id) if self.season_id else None
        return self.tr("Plot {code}, season {season}").format(
            code=plot.code if plot else self.plot_id, season=season_label(season) if season else "")

    def _fill_practices(self, row: int) -> None:
        assert self.plan is not None
        was = self._loading
        self._loading = True
        self.practice_list.clear()
        for planned in self.plan.practices:
            self.practice_list.addItem(self.practice_name(planned.practice_id))
        fit_rows(self.practice_list, max_rows=5)
        self._loading = was
        if self.plan.practices:
            self.practice_list.setCurrentRow(min(max(row, 0), len(self.plan.practices) - 1))
        self._practice_selected(self.practice_list.currentRow())

    def current_practice(self) -> PlannedPractice | None:
        row = self.practice_list.currentRow()
        if self.plan is None or not 0 <= row < len(self.plan.practices):
            return None
        return self.plan.practices[row]

    def _practice_selected(self, _row: int) -> None:
        planned = self.current_practice()
        was = self._loading
        self._loading = True
        try:
            practice = self._practices.get(planned.practice_id) if planned else None
            shown = set(DETAIL_FIELDS[practice.kind]) if practice else set()
            for name, widget in self.detail_rows.items():
                self.details.setRowVisible(widget, name in shown)
            for widget in (self.provider, self.practice_cost):
                self.details.setRowVisible(widget, planned is not None)
            self.remove_button.setEnabled(planned is not None)
            if planned is None:
                return
            d = planned.details
            self.species.setCurrentText(d.cover_crop_species)
            self.seed_rate.setValue(NOT_SET if d.seed_rate_kg_ha is None else d.seed_rate_kg_ha)
            self.sowing_date.set_value(d.sowing_date)
            self.termination.setCurrentIndex(max(0, self.termination.findData(
                None if d.termination_method is None else str(d.termination_method))))
            self.termination_date.set_value(d.termination_date)
            self.residue.setValue(NOT_SET if d.residue_cover_pct is None
                                  else d.residue_cover_pct)
            for box, value in ((self.rotation_crop, d.rotation_crop),
                               (self.intercrop, d.intercrop)):
                if value and box.findData(value) < 0:
                    box.addItem(value, value)
                box.setCurrentIndex(max(0, box.findData(value)))
            self.provider.clear()
            self.provider.addItem(self.tr("(none)"), None)
            for provider in providers_for(self._providers, practice):
                self.provider.addItem(provider.name, provider.id)
            if planned.provider_id is not None and self.provider.findData(
                    planned.provider_id) < 0:  # chosen before its services changed
                self.provider.addItem(str(planned.provider_id), planned.provider_id)
            self.provider.setCurrentIndex(max(0, self.provider.findData(planned.provider_id)))
            self.practice_cost.setValue(NOT_SET if planned.cost is None else planned.cost)
        finally:
            self._loading = was

    # --- editing ------------------------------------------------------------------------
    def _crop_toggled(self, item: QListWidgetItem) -> None:
        if self._loading or self.plan is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        crops = [c for c in self.plan.crops if c != key]
        if item.checkState() == Qt.CheckState.Checked:
            crops.append(key)  # the first checked stays the main crop
        self.plan.crops = tuple(crops)
        self.dirty = True

    def _edited(self, *_args: Any) -> None:
        """Write the widgets into the working plan (and the selected practice)."""
        if self._loading or self.plan is None:
            return
        plan = self.plan
        plan.status = PlanStatus(self.status.currentData())
        plan.planned_date = self.planned_date.value()
        plan.done_date = self.done_date.value()
        plan.cost = _number(self.cost)
        plan.notes = self.notes.toPlainText()
        planned = self.current_practice()
        if planned is not None:
            practice = self._practices.get(planned.practice_id)
            shown = set(DETAIL_FIELDS[practice.kind]) if practice else set()
            d = planned.details
            if "cover_crop_species" in shown:
                d.cover_crop_species = self.species.currentText().strip()
            if "seed_rate_kg_ha" in shown:
                d.seed_rate_kg_ha = _number(self.seed_rate)
            if "sowing_date" in shown:
                d.sowing_date = self.sowing_date.value()
            if "termination_method" in shown:
                method = self.termination.currentData()
                d.termination_method = None if method is None else TerminationMethod(method)
            if "termination_date" in shown:
                d.termination_date = self.termination_date.value()
            if "residue_cover_pct" in shown:
                d.residue_cover_pct = _number(self.residue)
            if "rotation_crop" in shown:
                d.rotation_crop = self.rotation_crop.currentData() or ""
            if "intercrop" in shown:
                d.intercrop = self.intercrop.currentData() or ""
            provider = self.provider.currentData()
            planned.provider_id = None if provider is None else int(provider)
            planned.cost = _number(self.practice_cost)
        self.dirty = True

    def add_practice(self, practice_id: int | None = None) -> None:
        """Add the catalogue's chosen practice (or ``practice_id``) to the plan."""
        if self.plan is None:
            return
        chosen = practice_id if isinstance(practice_id, int) and not isinstance(
            practice_id, bool) else self.catalogue.currentData()
        if chosen is None:
            return
        if any(p.practice_id == chosen for p in self.plan.practices):
            self.message.setText(self.tr("{name} is already in this plan.").format(
                name=self.practice_name(chosen)))
            return
        self.plan.practices.append(PlannedPractice(practice_id=int(chosen)))
        self.dirty = True
        self.message.clear()
        self._fill_practices(len(self.plan.practices) - 1)

    def remove_practice(self) -> None:
        row = self.practice_list.currentRow()
        if self.plan is None or not 0 <= row < len(self.plan.practices):
            return
        del self.plan.practices[row]
        self.dirty = True
        self._fill_practices(row)

    def copy_last_season(self) -> bool:
        """Fill the editor with the plot's plan of the season before (not saved yet)."""
        if self.project is None or self.plan is None or self.season_id is None:
            return False
        source = previous_plan(self.project, self.plan.plot_id, self.season_id)
        if source is None:
            self.message.setText(self.tr("This plot has no plan in an earlier season."))
            return False
        copied = copied_plan(source, self.plan.plot_id, self.season_id)
        copied.id = self.plan.id  # replaces what this season had
        self.plan = copied
        self._show_plan()
        self.dirty = True
        self.message.clear()
        return True

    # --- writing ------------------------------------------------------------------------
    def _checked_plan(self) -> PlotSeasonPlan | None:
        """A validated copy of the working plan, or None with the reason shown."""
        if self.plan is None or self.stack is None:
            return None
        plan = copy.deepcopy(self.plan)
        try:
            return plan.validated()
        except DomainError as error:
            self.message.setText(say(error))
            return None

    def save(self) -> bool:
        """Store the plan (one undo step); False with the reason shown when refused."""
        plan = self._checked_plan()
        if plan is None or self.stack is None:
            return False
        try:
            self.stack.push(SaveRecord("plans", plan, self.tr("Save season plan")))
        except (DomainError, ProjectError) as error:
            if report_failure(self, error):
                self.reload()
            else:
                self.message.setText(say(error))
            return False
        self.reload()
        return True

    def apply_to(self, plot_ids: Iterable[int]) -> bool:
        """The plan shown, for every plot of ``plot_ids``, in one undo step."""
        plan = self._checked_plan()
        if plan is None or self.stack is None:
            return False
        plans = plans_for_plots(plan, plot_ids)
        if not plans:
            return False
        try:
            self.stack.push(SavePlans(plans, self.tr("Apply season plan to {n} plots").format(
                n=len(plans))))
        except (DomainError, ProjectError) as error:
            if report_failure(self, error):
                self.reload()
            else:
                self.message.setText(say(error))
            return False
        self.reload()
        return True
