"""The plot panel: the selected plot's details, each edit an undoable command.

Every field writes back at once (when its edit is finished) as one ``ChangeAttributes``
on the project's undo stack; a refusal is shown under the field and the stored value
comes back. The panel listens to the stack, so undo and redo show in the fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.changes import ChangeSet
from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.layers.edit_commands import ChangeAttributes
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.labels import role_label
from metkasekor_desktop.ui.photo_strip import PhotoStrip, plot_photos
from metkasekor_desktop.ui.plan_editor import PlanEditor
from metkasekor_desktop.ui.record_form import ERROR_STYLE
from metkasekor_desktop.ui.village_picker import VillagePicker
from metkasekor_desktop.ui.write_failures import report_failure


class NotesEdit(QPlainTextEdit):
    """Multi-line notes that announce the end of an edit when they lose the focus."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        self.editingFinished.emit()


def farmer_choices(project: Project) -> list[tuple[int, str]]:
    """(id, "Khmer name (Latin name)") of every farmer, by name: one text matches both."""
    out = []
    for f in project.farmers.list():
        kh, latin = f.name_kh.strip(), f.name_latin.strip()
        text = f"{kh} ({latin})" if kh and latin else (kh or latin)
        out.append((int(f.id), text))  # type: ignore[arg-type]
    return sorted(out, key=lambda item: item[1].casefold())


def control_plots_by_distance(project: Project, plot_id: int) -> list[tuple[int, str, float]]:
    """(id, code, distance in degrees between box centres) of the control plots, nearest
    first; read from the plots' spatial index, so no geometry is decoded."""
    boxes = project.plots.box_centres()
    rows = project.plots.codes_with_role(PlotRole.CONTROL, excluding=plot_id)
    here = boxes.get(plot_id)
    out = []
    for fid, code in rows:
        there = boxes.get(fid)
        if here is None or there is None:
            distance = float("inf")
        else:
            distance = ((here[0] - there[0]) ** 2 + (here[1] - there[1]) ** 2) ** 0.5
        out.append((int(fid), str(code), distance))
    return sorted(out, key=lambda item: (item[2], item[1]))


def soil_types(project: Project) -> list[str]:
    """The soil types already used in the project, to pick rather than retype."""
    return project.plots.soil_types()


class PlotPanel(QWidget):
    """Details of one plot and its plan for the current season."""

    pick_pair_requested = Signal(int)  # the window lets the user click the control plot

    def __init__(self, parent: QWidget | None = None, language: str = "kh") -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.stack: UndoStack | None = None
        self.plot_id: int | None = None
        self.season_id: int | None = None
        self.language = language
        self.plot: Plot | None = None
        self._filling = False
        self._errors: dict[str, QLabel] = {}

        self.title = QLabel(self.tr("No plot selected"), self)
        self.code = QLineEdit(self)
        self.name = QLineEdit(self)
        self.farmer = QComboBox(self)
        self.farmer.setEditable(True)
        self.farmer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.farmer.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.farmer.lineEdit().setPlaceholderText(self.tr("Type a Khmer or Latin name"))
        self.village = VillagePicker(language, self)
        self.role = QComboBox(self)
        for role in PlotRole:
            self.role.addItem(role_label(role.value), role.value)
        self.pair = QComboBox(self)
        self.pick_pair = QPushButton(self.tr("Pick on map"), self)
        self.pick_pair.setToolTip(self.tr("Click the control plot of this demonstration "
                                          "plot on the map"))
        self.soil = QComboBox(self)
        self.soil.setEditable(True)
        self.soil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.notes = NotesEdit(self)
        self.notes.setMaximumHeight(80)
        self.area = QLabel(self)
        self.area.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan = PlanEditor(self)
        self.photos = PhotoStrip(self)  # the phones' photos of the plot and its records

        form = QFormLayout()
        pair_row = QHBoxLayout()
        pair_row.addWidget(self.pair, 1)
        pair_row.addWidget(self.pick_pair)
        pair_box = QWidget(self)
        pair_box.setLayout(pair_row)
        pair_row.setContentsMargins(0, 0, 0, 0)
        for field, label, widget in (
            ("code", self.tr("Code"), self.code),
            ("name", self.tr("Name"), self.name),
            ("farmer_id", self.tr("Farmer"), self.farmer),
            ("village_code", self.tr("Village"), self.village),
            ("role", self.tr("Role"), self.role),
            ("paired_plot_id", self.tr("Control plot"), pair_box),
            ("soil_type", self.tr("Soil type"), self.soil),
            ("notes", self.tr("Notes"), self.notes),
        ):
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self._errors[field] = error
            form.addRow(label, box)
        form.addRow(self.tr("Area (ha)"), self.area)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.photos)
        layout.addWidget(self.plan, 1)

        self.code.editingFinished.connect(lambda: self._push("code", self.code.text().strip()))
        self.name.editingFinished.connect(lambda: self._push("name", self.name.text().strip()))
        self.farmer.activated.connect(lambda _i: self._farmer_chosen())
        self.farmer.lineEdit().editingFinished.connect(self._farmer_chosen)
        self.village.changed.connect(lambda code: self._push("village_code", code))
        self.role.currentIndexChanged.connect(
            lambda _i: self._push("role", self.role.currentData()))
        self.pair.currentIndexChanged.connect(
            lambda _i: self._push("paired_plot_id", self.pair.currentData()))
        self.pick_pair.clicked.connect(self._request_pick)
        self.soil.activated.connect(lambda _i: self._push("soil_type",
                                                          self.soil.currentText().strip()))
        self.soil.lineEdit().editingFinished.connect(
            lambda: self._push("soil_type", self.soil.currentText().strip()))
        self.notes.editingFinished.connect(
            lambda: self._push("notes", self.notes.toPlainText().strip()))
        self.destroyed.connect(self._make_disconnector())
        self.clear()

    # --- public -------------------------------------------------------------------------
    def show_plot(self, project: Project, stack: UndoStack, plot_id: int | None,
                  season_id: int | None, language: str | None = None) -> None:
        """Show ``plot_id`` of ``project`` (None clears) and its plan in ``season_id``."""
        if language is not None and language != self.language:
            self.language = language
            self.village.language = language
        self._follow(stack)
        self.project, self.stack = project, stack
        self.season_id = season_id
        self.plot_id = None if plot_id is None else int(plot_id)
        if self.plot_id is None:
            self.clear()
            return
        self._fill_choices()
        self.refresh()
        if self.plot is not None:
            self.plan.set_plot(project, stack, self.plot_id, season_id, self.language)
            self.plan.show()
            self.photos.set_photos(plot_photos(project, self.plot_id))

    def clear(self) -> None:
        """Show no plot (no project, or nothing selected)."""
        self.plot_id, self.plot = None, None
        self.title.setText(self.tr("No plot selected"))
        self._filling = True
        try:
            for edit in (self.code, self.name):
                edit.clear()
            self.farmer.setCurrentIndex(-1)
            self.farmer.setEditText("")
            self.soil.setEditText("")
            self.notes.setPlainText("")
            self.area.clear()
            self.village.set_village(None)
        finally:
            self._filling = False
        self._clear_errors()
        self._set_enabled(False)
        self.plan.hide()
        self.photos.set_photos([])

    def release(self) -> None:
        """Forget the project and its stack (the project was closed)."""
        self._follow(None)
        self.project, self.stack = None, None
        self.clear()

    def set_pair(self, partner_id: int | None) -> bool:
        """Pair the shown demonstration plot with ``partner_id`` (a plot picked on the map);
        False when refused (the reason is shown under the field)."""
        return self._push("paired_plot_id", None if partner_id is None else int(partner_id))

    def refresh(self) -> None:
        """Read the plot again and show it (after any change on the stack)."""
        if self.project is None or self.plot_id is None:
            return
        plot = self.project.plots.get(self.plot_id)
        if plot is None:  # deleted (or its creation undone)
            self.clear()
            return
        self.plot = plot
        self._set_enabled(True)
        self._show(plot)

    # --- filling ------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """Farmers, control plots and soil types of the project, into their combos."""
        assert self.project is not None and self.plot_id is not None
        self._filling = True
        try:
            self.farmer.clear()
            self.farmer.addItem(self.tr("(none)"), None)
            for farmer_id, text in farmer_choices(self.project):
                self.farmer.addItem(text, farmer_id)
            self.soil.clear()
            self.soil.addItems(soil_types(self.project))
            self._fill_pairs()
        finally:
            self._filling = False

    def _show_role(self, role: str) -> None:
        """A role written by another program is shown as it is, flagged, to be corrected."""
        known = {r.value for r in PlotRole}
        for i in range(self.role.count() - 1, -1, -1):
            if self.role.itemData(i) not in known:
                self.role.removeItem(i)
        if role not in known:
            self.role.addItem(self.tr("{role} (unknown role)").format(role=role), role)
            self._show_error("role", self.tr(
                "The role “{role}” was written by another program and is not one of "
                "MetKasekor's roles; choose the right one.").format(role=role))
        self._select(self.role, role)

    def _fill_pairs(self) -> None:
        assert self.project is not None and self.plot_id is not None
        self.pair.clear()
        self.pair.addItem(self.tr("(none)"), None)
        for fid, code, _distance in control_plots_by_distance(self.project, self.plot_id):
            self.pair.addItem(code, fid)

    def _show(self, plot: Plot) -> None:
        self._filling = True
        try:
            self.title.setText(self.tr("Plot {code}").format(code=plot.code))
            self.code.setText(plot.code)
            self.name.setText(plot.name)
            self._select(self.farmer, plot.farmer_id)
            self.village.set_village(plot.village_code)
            self._show_role(str(plot.role))
            if plot.paired_plot_id is not None and self.pair.findData(plot.paired_plot_id) < 0:
                self._fill_pairs()
            self._select(self.pair, plot.paired_plot_id)
            demo = str(plot.role) == PlotRole.DEMONSTRATION.value
            self.pair.setEnabled(demo)
            self.pick_pair.setEnabled(demo)
            if plot.soil_type and self.soil.findText(plot.soil_type) < 0:
                self.soil.addItem(plot.soil_type)
            self.soil.setEditText(plot.soil_type)
            self.notes.setPlainText(plot.notes)
            self.area.setText(self.tr("{area} ha").format(area=f"{plot.area_ha:.2f}"))
        finally:
            self._filling = False

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.code, self.name, self.farmer, self.village, self.role, self.pair,
                       self.pick_pair, self.soil, self.notes):
            widget.setEnabled(enabled)

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    # --- writing ------------------------------------------------------------------------
    def _farmer_chosen(self) -> None:
        if self._filling:
            return
        text = self.farmer.currentText().strip()
        index = self.farmer.findText(text, Qt.MatchFlag.MatchFixedString)
        if not text:
            index = 0
        if index < 0:  # a name that is not in the register: put the stored one back
            self._show_error("farmer_id", self.tr(
                "No farmer {name} in the register; choose one from the list or add the "
                "farmer in the farmers register first.").format(name=text))
            self.refresh()
            return
        self.farmer.setCurrentIndex(index)
        self._push("farmer_id", self.farmer.itemData(index))

    def _request_pick(self) -> None:
        if self.plot_id is not None:
            self.pick_pair_requested.emit(self.plot_id)

    def _push(self, field: str, value: Any) -> bool:
        """One ``ChangeAttributes`` for ``field``; False when refused or nothing changed."""
        if self._filling or self.plot is None or self.stack is None or self.plot_id is None:
            return False
        if field == "village_code" and value is None and self.plot.village_code is None:
            return False
        old = getattr(self.plot, field)
        if (str(old) if field == "role" else old) == value:
            self._show_error(field, "")
            return False
        changes = {field: value}
        if (field == "role" and value != PlotRole.DEMONSTRATION.value
                and self.plot.paired_plot_id is not None):
            changes["paired_plot_id"] = None  # only a demonstration plot has a control
        try:
            self.stack.push(ChangeAttributes(
                self.plot_id, changes, expected_version=self.plot.version,
                read={name: getattr(self.plot, name) for name in changes}))
        except (DomainError, ProjectError) as error:
            self.refresh()  # the stored value back in the field
            if report_failure(self, error):
                self._show_error(field, "")
            else:
                self._show_error(field, say(error))
            return False
        self._show_error(field, "")
        return True

    def _show_error(self, field: str, message: str) -> None:
        label = self._errors[field]
        label.setText(message)
        label.setVisible(bool(message))

    # --- following the stack --------------------------------------------------------------
    def _on_stack_changed(self, changes: ChangeSet | None = None) -> None:
        """Read again what the change concerns: the farmer list when farmers changed,
        the control plots when plots came or went, the shown plot when it changed."""
        if self.plot_id is None:
            return
        if changes is None or changes.touches("farmers") or changes.added or changes.removed:
            self._fill_choices()
        elif changes.touches("plots") and changes.plots - {self.plot_id}:
            self._fill_pairs()  # another plot's role may make it a control plot
        if changes is None or changes.touches_plots([self.plot_id]) or changes.touches(
                "farmers", "trials"):
            self.refresh()

    def _follow(self, stack: UndoStack | None) -> None:
        if stack is self.stack:
            return
        if self.stack is not None:
            self.stack.applied.disconnect(self._on_stack_changed)
        if stack is not None:
            stack.applied.connect(self._on_stack_changed)
        self._followed = stack

    def _make_disconnector(self):
        """A callback for ``destroyed`` that holds the stack, not the (dying) panel."""
        holder: dict[str, Any] = {"panel": self}
        callback = self._on_stack_changed

        def disconnect(*_args: Any) -> None:
            panel = holder.pop("panel", None)
            stack = getattr(panel, "_followed", None)
            if stack is not None:
                stack.applied.disconnect(callback)

        return disconnect
