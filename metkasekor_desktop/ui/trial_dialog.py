"""Set up or change a trial: its design, seasons and member plots.

The members are entered from the plots selected on the map (in a paired design each
demonstration plot brings its control: CA and FP in a block named after the
demonstration plot) or picked by code. On OK the trial is checked by the domain and saved
as one undoable step; a refusal is shown in the dialog and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.enums import PlotRole, TrialDesign
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.trial import CONTROL, DEMONSTRATION, Trial, TrialMember
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui.record_form import ERROR_STYLE
from metkasekor_desktop.ui.text_fit import fit_lines, fit_rows

_ID_ROLE = Qt.ItemDataRole.UserRole


def design_label(value: str) -> str:
    """The translated name of a trial design (the stored value otherwise)."""
    labels = {
        TrialDesign.PAIRED.value: QCoreApplication.translate(
            "TrialDialog", "Paired demonstration / control"),
        TrialDesign.RCBD.value: QCoreApplication.translate(
            "TrialDialog", "Randomised complete blocks"),
    }
    return labels.get(str(value), str(value))


class PlotPicker(QDialog):
    """A searchable list of plot codes; several may be chosen."""

    def __init__(self, choices: Sequence[tuple[int, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add plots to the trial"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type part of a plot code or farmer name"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for plot_id, text in choices:
            item = QListWidgetItem(text, self.list)
            item.setData(_ID_ROLE, int(plot_id))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.apply_filter)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(360, 420)

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def visible_ids(self) -> list[int]:
        return [int(self.list.item(r).data(_ID_ROLE)) for r in range(self.list.count())
                if not self.list.item(r).isHidden()]

    def chosen_ids(self) -> list[int]:
        return [int(item.data(_ID_ROLE)) for item in self.list.selectedItems()
                if not item.isHidden()]


class TrialDialog(QDialog):
    """Enter a new trial (``trial`` None) or change one; OK saves it through ``stack``.

    ``selected_plot_ids`` are the plots selected on the map when the dialog opened;
    ``plot_table`` may give the plot table the map already holds (read otherwise).
    After acceptance ``saved_trial`` is the stored trial.
    """

    def __init__(self, project: Any, stack: Any, language: str = "kh",
                 trial: Trial | None = None, selected_plot_ids: Iterable[int] = (),
                 parent: QWidget | None = None, *, plot_table: Any = None) -> None:
        super().__init__(parent)
        self.project, self.stack, self.language = project, stack, language
        self.trial = trial
        self.selected_plot_ids = tuple(int(i) for i in selected_plot_ids)
        self.saved_trial: Trial | None = None
        table = plot_table if plot_table is not None else project.plots.load_table()
        self._codes: dict[int, str] = {}
        self._roles: dict[int, str] = {}
        self._paired: dict[int, int] = {}  # demonstration plot id -> control plot id
        self._farmers: dict[int, str] = {}
        for i, code, role, paired, kh, latin in zip(
                table.ids, table.codes, table.roles, table.paired_ids,
                table.farmer_names_kh, table.farmer_names_latin, strict=True):
            plot_id = int(i)
            self._codes[plot_id] = str(code)
            self._roles[plot_id] = str(role)
            self._farmers[plot_id] = str(kh or latin or "")
            if paired is not None:
                self._paired[plot_id] = int(paired)
        self._demo_of = {c: d for d, c in self._paired.items()}

        self.setWindowTitle(self.tr("New trial") if trial is None
                            else self.tr("Trial {name}").format(name=trial.name))
        self.name = QLineEdit(self)
        self.design = QComboBox(self)
        for design in TrialDesign:
            self.design.addItem(design_label(design.value), design.value)
        self.seasons = QListWidget(self)
        for season in sorted(project.seasons.list(), key=lambda s: s.sort_key):
            item = QListWidgetItem(season_label(season), self.seasons)
            item.setData(_ID_ROLE, int(season.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        fit_rows(self.seasons, max_rows=6, min_rows=2)  # whole rows in any script; more scroll
        self.description = QPlainTextEdit(self)
        fit_lines(self.description, 2)
        self.members = QTableWidget(0, 3, self)
        self.members.setHorizontalHeaderLabels(
            [self.tr("Plot"), self.tr("Treatment"), self.tr("Block / site")])
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.add_selected_button = QPushButton(self.tr("Add the plots selected on the map"),
                                               self)
        self.add_plot_button = QPushButton(self.tr("Add plot…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Design"), self.design)
        form.addRow(self.tr("Seasons"), self.seasons)
        form.addRow(self.tr("Description"), self.description)
        member_buttons = QHBoxLayout()
        for button in (self.add_selected_button, self.add_plot_button, self.remove_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Plots of the trial"), self))
        layout.addWidget(self.members, 1)
        layout.addLayout(member_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.add_selected_button.setEnabled(bool(self.selected_plot_ids))
        if not self.selected_plot_ids:
            self.add_selected_button.setToolTip(self.tr("Select plots on the map first."))
        self.add_selected_button.clicked.connect(lambda: self.add_selected())
        self.add_plot_button.clicked.connect(lambda: self.pick_plots())
        self.remove_button.clicked.connect(lambda: self.remove_selected_members())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if trial is not None:
            self._show(trial)
        self.resize(560, 620)

    # --- members ------------------------------------------------------------------------
    def member_rows(self) -> list[tuple[int, str, str]]:
        """(plot id, treatment, block) of each row, as entered."""
        rows = []
        for row in range(self.members.rowCount()):
            plot_id = int(self.members.item(row, 0).data(_ID_ROLE))
            treatment = (self.members.item(row, 1).text() or "").strip()
            block = (self.members.item(row, 2).text() or "").strip()
            rows.append((plot_id, treatment, block))
        return rows

    def add_member(self, plot_id: int, treatment: str = "", block: str = "") -> bool:
        """Add one row; False when the plot is unknown or already a member."""
        plot_id = int(plot_id)
        if plot_id not in self._codes or plot_id in {r[0] for r in self.member_rows()}:
            return False
        row = self.members.rowCount()
        self.members.insertRow(row)
        code = QTableWidgetItem(self._codes[plot_id])
        code.setData(_ID_ROLE, plot_id)
        code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.members.setItem(row, 0, code)
        self.members.setItem(row, 1, QTableWidgetItem(treatment))
        self.members.setItem(row, 2, QTableWidgetItem(block))
        return True

    def add_plots(self, plot_ids: Iterable[int]) -> int:
        """Add plots as members; in a paired design a demonstration plot brings its
        control (CA and FP, block = the demonstration plot's code). Returns how many rows
        were added."""
        added = 0
        paired = self.design.currentData() == TrialDesign.PAIRED.value
        for plot_id in plot_ids:
            plot_id = int(plot_id)
            if not paired:
                added += self.add_member(plot_id)
                continue
            role = self._roles.get(plot_id)
            if role == PlotRole.DEMONSTRATION.value:
                block = self._codes.get(plot_id, "")
                added += self.add_member(plot_id, DEMONSTRATION, block)
                control = self._paired.get(plot_id)
                if control is not None:
                    added += self.add_member(control, CONTROL, block)
            elif role == PlotRole.CONTROL.value and plot_id in self._demo_of:
                demo = self._demo_of[plot_id]
                block = self._codes.get(demo, "")
                added += self.add_member(demo, DEMONSTRATION, block)
                added += self.add_member(plot_id, CONTROL, block)
            elif role == PlotRole.CONTROL.value:
                added += self.add_member(plot_id, CONTROL)
            else:
                added += self.add_member(plot_id)
        return added

    def add_selected(self) -> int:
        """Add the plots that were selected on the map."""
        return self.add_plots(self.selected_plot_ids)

    def plot_choices(self) -> list[tuple[int, str]]:
        """(plot id, "code — farmer") of the plots not yet in the trial, by code."""
        taken = {r[0] for r in self.member_rows()}
        choices = []
        for plot_id, code in sorted(self._codes.items(), key=lambda kv: kv[1]):
            if plot_id in taken:
                continue
            farmer = self._farmers.get(plot_id, "")
            choices.append((plot_id, f"{code} — {farmer}" if farmer else code))
        return choices

    def pick_plots(self) -> int:
        picker = PlotPicker(self.plot_choices(), self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self.add_plots(picker.chosen_ids())

    def remove_selected_members(self) -> None:
        rows = sorted({i.row() for i in self.members.selectionModel().selectedRows()},
                      reverse=True)
        for row in rows:
            self.members.removeRow(row)

    # --- the trial ----------------------------------------------------------------------
    def checked_season_ids(self) -> tuple[int, ...]:
        return tuple(int(self.seasons.item(r).data(_ID_ROLE))
                     for r in range(self.seasons.count())
                     if self.seasons.item(r).checkState() == Qt.CheckState.Checked)

    def entered_trial(self) -> Trial:
        """The trial as entered (not yet checked)."""
        return Trial(
            id=self.trial.id if self.trial is not None else None,
            name=self.name.text(),
            design=TrialDesign(self.design.currentData()),
            season_ids=self.checked_season_ids(),
            description=self.description.toPlainText().strip(),
            members=[TrialMember(plot_id=p, treatment=t, block=b)
                     for p, t, b in self.member_rows()],
        )

    def accept(self) -> None:
        """Check and save; on a refusal say why and stay open with nothing stored."""
        trial = self.entered_trial()
        missing = [self._codes.get(p, str(p)) for p, t, _b in self.member_rows() if not t]
        if missing:
            self.show_error(self.tr("Type a treatment for plot(s) {codes} (for example "
                                    "CA or FP).").format(codes=", ".join(missing)))
            return
        text = (self.tr("Add trial {name}") if trial.id is None
                else self.tr("Change trial {name}")).format(name=trial.name.strip())
        try:
            trial.validated()
            self.stack.push(SaveRecord("trials", trial, text))
        except DomainError as error:
            self.show_error(say(error))
            return
        self.saved_trial = trial
        super().accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)

    def _show(self, trial: Trial) -> None:
        self.name.setText(trial.name)
        self.design.setCurrentIndex(max(0, self.design.findData(str(trial.design))))
        wanted = set(trial.season_ids)
        for row in range(self.seasons.count()):
            item = self.seasons.item(row)
            item.setCheckState(Qt.CheckState.Checked if int(item.data(_ID_ROLE)) in wanted
                               else Qt.CheckState.Unchecked)
        self.description.setPlainText(trial.description)
        for member in trial.members:
            self.add_member(member.plot_id, member.treatment, member.block)


__all__ = ["PlotPicker", "TrialDialog", "design_label"]
