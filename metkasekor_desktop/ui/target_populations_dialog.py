"""Register > Target populations: the farm households of each area, stored in the project.

They are the market potential of the diffusion model and the base of the share of
adopters (the tipping point is about 16 % of them; DOMAIN.md, "Uptake, the tipping point
and the market"). The window lists them by area code with the area's name and level,
imports a CSV or Excel table in place of them (saying first what it would add, change
and remove), adds, changes and deletes single rows, and exports the list.

Every write goes through ``project.targets`` and names the version read, so another
user's newer change is never overwritten; a refusal (changed by someone else, not
permitted, an invalid value, a bad table) is said in the window and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.target_population import TargetPopulation, level_of
from metkasekor_desktop.io.table_export import write_csv, write_xlsx
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.storage.errors import ConflictError, NotFoundError, WriteError
from metkasekor_desktop.storage.repositories.targets import ReplaceOutcome
from metkasekor_desktop.ui.table_export_prompt import ask_and_export
from metkasekor_desktop.ui.target_forms import (
    ImportConfirm,
    TargetForm,
    households_text,
    planned_replace,
)
from metkasekor_desktop.ui.write_failures import conflict_text, write_error_text

MESSAGE_STYLE = "color: #a00000;"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Export columns: "code" and "households" are what an import reads, so an exported
# table can be edited in Excel and imported again.
EXPORT_HEADERS = ["code", "area name", "level", "households", "source"]


def area_name(code: str, language: str = "kh") -> str:
    """The name of a province, district, commune or village from the gazetteer; "" when
    it does not know the code."""
    return places.unit_name(code, language)


class TargetPopulationsDialog(QDialog):
    """The stored target populations with import, add, edit, delete and export.

    ``within``: the province codes the user may write on a shared register (an import
    then replaces only the rows there); None: the whole set."""

    def __init__(self, project: Any, language: str = "kh", parent: QWidget | None = None,
                 within: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.language = language
        self.within = list(within) if within is not None else None
        self.records: list[TargetPopulation] = []
        self.changed = False  # a write was made while the window was open
        self.last_error: BaseException | None = None  # the last refusal, for the forms
        self.setWindowTitle(self.tr("Target populations"))
        self.resize(820, 520)

        self.intro = QLabel(self.tr(
            "The farm households of each area (from the commune database or the census). "
            "They are the market potential of the diffusion model and the base of the "
            "share of adopters; the tipping point is 16 % of them. An area without one "
            "takes the sum of the areas inside it, else the register's farmers."), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.count = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()  # shown with a message only

        self.import_button = QPushButton(self.tr("Import table…"), self)
        self.import_button.setToolTip(self.tr(
            "A CSV or Excel table with a column of area codes (named area or code) and one "
            "of farm households (named households); it replaces the list"))
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the households and source of the "
                                            "selected area (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected areas (Delete)"))
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel (XLSX)…"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons = (self.import_button, self.add_button, self.edit_button,
                   self.delete_button, self.csv_button, self.xlsx_button)
        for button in buttons:
            button.setAutoDefault(False)

        actions = QHBoxLayout()
        for button in buttons[:4]:
            actions.addWidget(button)
        actions.addStretch(1)
        for button in buttons[4:]:
            actions.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.import_button.clicked.connect(self._ask_import)
        self.add_button.clicked.connect(self._ask_add)
        self.edit_button.clicked.connect(self._ask_edit)
        self.delete_button.clicked.connect(self._ask_delete)
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._ask_edit())
        self.table.installEventFilter(self)
        close.rejected.connect(self.reject)
        self.refresh()

    # --- showing ------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Area"), self.tr("Level"),
                self.tr("Farm households"), self.tr("Source")]

    def level_text(self, code: str) -> str:
        return {"province": self.tr("Province"), "district": self.tr("District"),
                "commune": self.tr("Commune"), "village": self.tr("Village")
                }.get(level_of(code), "")

    def row_texts(self, record: TargetPopulation) -> list[str]:
        return [record.area_code, area_name(record.area_code, self.language),
                self.level_text(record.area_code), households_text(record.households),
                record.source]

    def refresh(self) -> None:
        """Read the stored rows again (by code), keeping the selected codes."""
        keep = {r.area_code for r in self.selected_records()}
        try:
            self.records = sorted(self.project.targets.list(), key=lambda t: t.area_code)
        except (DomainError, OSError) as error:
            self.records = []
            self._show_refusal(error)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, text in enumerate(self.row_texts(record)):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        model = self.table.selectionModel()
        for row, record in enumerate(self.records):
            if record.area_code in keep:
                model.select(self.table.model().index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        self.count.setText(self.tr("{n} areas have a target population").format(
            n=len(self.records)))
        self._selection_changed()

    def selected_records(self) -> list[TargetPopulation]:
        model = self.table.selectionModel()
        rows = sorted({i.row() for i in model.selectedRows()}) if model else []
        return [self.records[r] for r in rows if r < len(self.records)]

    def select_code(self, code: str) -> bool:
        for row, record in enumerate(self.records):
            if record.area_code == code:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.selected_records()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))
        self.csv_button.setEnabled(bool(self.records))
        self.xlsx_button.setEnabled(bool(self.records))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        """Delete deletes the selected rows, Enter edits the selected one."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Delete:
                self._ask_delete()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._ask_edit()
                return True
        return super().eventFilter(watched, event)

    # --- refusals -------------------------------------------------------------------------
    def refusal_text(self, error: BaseException) -> str:
        """A refused write or read in the user's language where the window knows it; the
        domain's own words (a bad value or table, not permitted) otherwise."""
        if isinstance(error, ConflictError):
            return conflict_text(error)[0] + " " + self.tr(
                "The list shows what is stored now.")
        if isinstance(error, WriteError):
            return write_error_text(error)
        return say(error)

    def _show_refusal(self, error: BaseException) -> str:
        text = self.refusal_text(error)
        self._say(text)
        return text

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _done(self, text: str) -> None:
        self.changed = True
        self.last_error = None
        self.message.setStyleSheet("")
        self._say(text)

    def _failed(self, error: BaseException) -> str:
        self.last_error = error
        self.message.setStyleSheet(MESSAGE_STYLE)
        text = self._show_refusal(error)
        self.refresh()
        return text

    # --- writing --------------------------------------------------------------------------
    def add_target(self, code: str, households: float, source: str = "") -> str | None:
        """Store a new area's target population; the refusal's text, or None."""
        try:
            record = TargetPopulation(area_code=code, households=households,
                                      source=source).validated()
            self.project.targets.add(record)
        except (DomainError, OSError) as error:
            return self._failed(error)
        self.refresh()
        self.select_code(record.area_code)
        self._done(self.tr("{code} added.").format(code=record.area_code))
        return None

    def edit_target(self, record: TargetPopulation, households: float,
                    source: str = "") -> str | None:
        """Change the households and source of a stored row (the version it was read
        with is checked); the refusal's text, or None."""
        changed = TargetPopulation(id=record.id, version=record.version,
                                   area_code=record.area_code, households=households,
                                   source=source)
        try:
            self.project.targets.update(changed.validated())
        except (DomainError, OSError) as error:
            return self._failed(error)
        self.refresh()
        self.select_code(record.area_code)
        self._done(self.tr("{code} changed.").format(code=record.area_code))
        return None

    def delete_targets(self, records: Sequence[TargetPopulation]) -> str | None:
        """Delete rows in one transaction (all or none, each version checked); the
        refusal's text, or None."""
        if not records:
            return None
        try:
            with self.project.transaction() as conn:
                for record in records:
                    self.project.targets.delete(int(record.id), conn,  # type: ignore[arg-type]
                                                expected_version=record.version)
        except (DomainError, OSError) as error:
            if isinstance(error, ConflictError):  # named by its code, not its row id
                codes = {r.id: r.area_code for r in records}
                error.conflict.label = codes.get(error.conflict.record_id,
                                                 error.conflict.label)
            return self._failed(error)
        self.refresh()
        self._done(self.tr("{n} areas deleted: {codes}.").format(
            n=len(records), codes=", ".join(r.area_code for r in records)))
        return None

    def read_table(self, path: str | Path) -> dict[str, float]:
        """Households by area code from a CSV or XLSX table; DomainError naming the bad
        row, or OSError for a file that cannot be read."""
        from metkasekor_desktop.domain.targets import parse_targets
        from metkasekor_desktop.io.results_import import read_table

        path = Path(path)
        headers, rows = read_table(path)
        return parse_targets(headers, rows, path.name)

    def preview(self, targets: Mapping[str, float], source: str) -> ReplaceOutcome:
        """What replacing the list with ``targets`` would do (nothing written)."""
        return planned_replace(self.records, targets, source, self.within)

    def summary_text(self, outcome: ReplaceOutcome) -> str:
        if not outcome.changed:
            return self.tr("The table holds the same {n} target populations as the "
                           "project; nothing would change.").format(n=outcome.unchanged)
        text = self.tr("Replacing the list with this table: {added} added, {updated} "
                       "changed, {deleted} removed, {same} the same.").format(
            added=len(outcome.added), updated=len(outcome.updated),
            deleted=len(outcome.deleted), same=outcome.unchanged)
        if outcome.deleted:
            shown = list(outcome.deleted[:12]) + (["…"] if len(outcome.deleted) > 12 else [])
            text += "\n" + self.tr("Removed: {codes}").format(codes=", ".join(shown))
        return text

    def replace_with(self, targets: Mapping[str, float], source: str
                     ) -> ReplaceOutcome | None:
        """Replace the stored list with ``targets`` in one transaction; a row changed by
        someone else since it was read here is not overwritten (nothing is written)."""
        versions = {r.area_code: int(r.version) for r in self.records
                    if r.version is not None}
        try:
            outcome = self.project.targets.replace_all(
                targets, source, within=self.within, expected_versions=versions)
        except (DomainError, OSError) as error:
            self._failed(error)
            return None
        self.refresh()
        self._done(self.tr("Imported: {added} added, {updated} changed, {deleted} "
                           "removed, {same} the same.").format(
            added=len(outcome.added), updated=len(outcome.updated),
            deleted=len(outcome.deleted), same=outcome.unchanged))
        return outcome

    def import_file(self, path: str | Path,
                    confirm: Callable[[str, Callable[[str], str]], str | None] | None = None
                    ) -> ReplaceOutcome | None:
        """Read a table, say what it would do and replace the list when the user agrees.
        ``confirm(source, summary)`` returns the source to store (None: cancelled); the
        default asks in a dialog. A bad table is refused naming the row; nothing changes."""
        path = Path(path)
        try:
            targets = self.read_table(path)
        except (DomainError, OSError) as error:
            self.message.setStyleSheet(MESSAGE_STYLE)
            self._say(self.tr("The table was not imported; nothing changed. "
                                         "{reason}").format(reason=say(error)))
            return None
        self.refresh()

        def summary(source: str) -> str:
            return self.summary_text(self.preview(targets, source))

        source = (confirm or self._confirm_import)(path.name, summary)
        if source is None:
            return None
        return self.replace_with(targets, source)

    def export_to(self, path: str | Path) -> Path:
        """The list as CSV, or as XLSX for a path ending .xlsx; its "code" and
        "households" columns import again."""
        rows = [[r.area_code, area_name(r.area_code, self.language), level_of(r.area_code),
                 int(r.households) if float(r.households).is_integer() else r.households,
                 r.source] for r in self.records]
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            return write_xlsx(path, EXPORT_HEADERS, rows, "Target populations")
        return write_csv(path, EXPORT_HEADERS, rows)

    # --- asking ---------------------------------------------------------------------------
    def _confirm_import(self, source: str, summary: Callable[[str], str]) -> str | None:
        box = ImportConfirm(self, source, summary)
        return box.source.text() if box.exec() == QDialog.DialogCode.Accepted else None

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import target populations"), "",
            self.tr("Tables (*.csv *.xlsx);;All files (*)"))
        if path:
            self.import_file(path)

    def _ask_add(self) -> None:
        TargetForm(self, self.tr("Add a target population"), self.add_target).exec()

    def _ask_edit(self) -> None:
        chosen = self.selected_records()
        if len(chosen) != 1:
            return
        record = chosen[0]

        def save(_code: str, households: float, source: str) -> str | None:
            refusal = self.edit_target(record, households, source)
            if refusal and isinstance(self.last_error, ConflictError | NotFoundError):
                form.reject()  # changed or deleted meanwhile: the window says so
                return None
            return refusal

        form = TargetForm(self, self.tr("Change the target population of {code}").format(
            code=record.area_code), save, record)
        form.exec()

    def _ask_delete(self) -> None:
        chosen = self.selected_records()
        if not chosen:
            return
        codes = ", ".join(r.area_code for r in chosen)
        answer = QMessageBox.question(
            self, self.tr("Delete target populations"),
            self.tr("Delete the target populations of {n} areas: {codes}?").format(
                n=len(chosen), codes=codes))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_targets(chosen)

    def _ask_and_export(self, kind: str) -> None:
        ask_and_export(self, self.tr("Export the target populations"), "target_populations",
                       kind, self.export_to)
