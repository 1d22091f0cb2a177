"""Seasons of the project: a dialog to add, change and delete them, and a selector.

Every change goes through the undo stack; the dialog and the selector re-read the
project when the stack changes, so an undo anywhere shows at once.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

from metkasekor_desktop.domain.changes import ChangeSet
from metkasekor_desktop.domain.enums import SeasonKind
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.layers.edit_commands import MacroCommand
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.season_state import CurrentSeason, default_season
from metkasekor_desktop.layers.season_words import has_default_name, season_label
from metkasekor_desktop.ui.form_widgets import OptionalDateEdit
from metkasekor_desktop.ui.language import shown_date
from metkasekor_desktop.ui.number_fields import SpinBox
from metkasekor_desktop.ui.record_list_dialog import RecordListDialog
from metkasekor_desktop.ui.stack_follower import hears

if TYPE_CHECKING:
    from metkasekor_desktop.layers.undo_stack import UndoStack
    from metkasekor_desktop.storage import Project

SEASON_KINDS = (SeasonKind.EARLY_WET, SeasonKind.MAIN_WET, SeasonKind.DRY)


def missing_year_seasons(seasons: list[Season], year: int) -> list[Season]:
    """The usual seasons of ``year`` the project does not have yet (by kind or name)."""
    kinds = {(s.year, s.kind) for s in seasons}
    names = {s.name for s in seasons}
    out = []
    for kind in SEASON_KINDS:
        season = Season.template(year, kind)
        if (year, kind) not in kinds and season.name not in names:
            out.append(season)
    return out


class SeasonManagerDialog(RecordListDialog):
    """A table of the project's seasons with a form to add, change or delete one."""

    table_name = "seasons"

    def __init__(self, project: Project, stack: UndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(project, stack, parent)
        self.setWindowTitle(self.tr("Seasons"))
        self._set_headers([self.tr("Name"), self.tr("Year"), self.tr("Kind"),
                           self.tr("Start"), self.tr("End")], stretch_column=0)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. 2025 early wet (empty: made from year "
                                             "and kind)"))
        self.year = SpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.kind = QComboBox(self)
        for kind in SEASON_KINDS:
            self.kind.addItem(self.kind_label(kind), kind.value)
        self.start = OptionalDateEdit(self)
        self.end = OptionalDateEdit(self)

        self.add_button = QPushButton(self.tr("Add season"), self)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.delete_button = QPushButton(self.tr("Delete season"), self)
        self.year_button = QPushButton(self.tr("Add a year's seasons"), self)
        self.year_button.setToolTip(self.tr("Early wet, main wet and dry season of the year, "
                                            "with the usual dates"))

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        self.add_button.clicked.connect(self.add_season)
        self.save_button.clicked.connect(self.save_season)
        self.delete_button.clicked.connect(self.delete_season)
        self.year_button.clicked.connect(lambda: self.add_year(self.year.value()))
        self._lay_out(form, (self.add_button, self.save_button, self.delete_button,
                             self.year_button))

    def kind_label(self, kind: str) -> str:
        labels = {SeasonKind.EARLY_WET.value: self.tr("Early wet"),
                  SeasonKind.MAIN_WET.value: self.tr("Main wet"),
                  SeasonKind.DRY.value: self.tr("Dry")}
        return labels.get(str(kind), str(kind))

    @property
    def seasons(self) -> list[Season]:
        """The seasons in the table's order (oldest first)."""
        return self.records

    # --- RecordListDialog ---------------------------------------------------------------
    def load_records(self) -> list[Season]:
        return sorted(self.project.seasons.list(), key=lambda s: s.sort_key)

    def row_values(self, s: Season) -> tuple[str, ...]:
        return (season_label(s), str(s.year), self.kind_label(s.kind),
                shown_date(s.start_date), shown_date(s.end_date))

    def show_record(self, season: Season | None) -> None:
        if season is None:
            return
        # The usual name stays empty (made from year and kind, so it follows a change of
        # either, and the table says it in the user's language); a typed name is shown.
        usual = has_default_name(season.name, season.year, season.kind)
        self.name.setText("" if usual else season.name)
        self.year.setValue(season.year)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(season.kind))))
        self.start.set_value(season.start_date)
        self.end.set_value(season.end_date)

    def form_record(self, season_id: int | None) -> Season:
        kind = SeasonKind(self.kind.currentData())
        start, end = self.start.value(), self.end.value()
        if season_id is None and start is None and end is None:
            template = Season.template(self.year.value(), kind)
            start, end = template.start_date, template.end_date
        return Season(id=season_id, name=self.name.text().strip(), year=self.year.value(),
                      kind=kind, start_date=start, end_date=end)

    # --- editing ------------------------------------------------------------------------
    def add_season(self) -> bool:
        """Add the season of the form (usual dates when none are given)."""
        return self._add(self.tr("Add season"))

    def save_season(self) -> bool:
        """Store the form into the selected season."""
        return self._save(self.tr("Change season"))

    def delete_season(self) -> bool:
        """Delete the selected season; refused (with the reason) while plans use it."""
        return self._delete(self.tr("Delete season"))

    def add_year(self, year: int) -> int:
        """Add the early wet, main wet and dry season of ``year`` that are missing."""
        missing = missing_year_seasons(self.project.seasons.list(), int(year))
        if not missing:
            self.message.setText(self.tr("The seasons of {year} are already in the "
                                         "project.").format(year=year))
            return 0
        commands = [SaveRecord("seasons", s) for s in missing]
        text = self.tr("Add the seasons of {year}").format(year=year)
        return len(missing) if self._push(MacroCommand(text, commands)) else 0


class SeasonSelector(QComboBox):
    """The season the window works in, newest first, bound to a :class:`CurrentSeason`."""

    def __init__(self, current: CurrentSeason, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.project: Project | None = None
        self.stack: UndoStack | None = None
        self.setToolTip(self.tr("The season whose plans are shown and edited"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.current.changed.connect(self._current_changed)
        self.currentIndexChanged.connect(self._chosen)

    def set_project(self, project: Project | None, stack: UndoStack | None = None) -> None:
        """List the seasons of ``project`` (None: empty); choose the default season when
        the current one is not in it."""
        if self.stack is not None:
            self.stack.applied.disconnect(self._stack_changed)
        self.project, self.stack = project, stack
        if stack is not None:
            stack.applied.connect(self._stack_changed)
        self.refresh()
        if project is not None and self.findData(self.current.season_id) < 0:
            self.current.set(default_season(project))

    def unbind(self) -> None:
        """Stop listening (before the selector is thrown away)."""
        self.current.changed.disconnect(self._current_changed)
        self.set_project(None)

    def _stack_changed(self, changes: ChangeSet | None = None) -> None:
        if not hears(("seasons",), changes):
            return
        self.refresh()
        if self.current.season_id is not None and self.findData(self.current.season_id) < 0:
            self.current.set(default_season(self.project) if self.project else None)

    def refresh(self) -> None:
        """Read the seasons again, keeping the current choice."""
        seasons = (sorted(self.project.seasons.list(), key=lambda s: s.sort_key, reverse=True)
                   if self.project is not None else [])
        with QSignalBlocker(self):
            self.clear()
            for season in seasons:
                self.addItem(season_label(season), season.id)
            self.setCurrentIndex(self.findData(self.current.season_id))
        self.setEnabled(bool(seasons))

    def _current_changed(self, season_id: int | None) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(self.findData(season_id))

    def _chosen(self, index: int) -> None:
        data = self.itemData(index) if index >= 0 else None
        self.current.set(None if data is None else int(data))
