"""The plots deleted from a shared register, and putting one back with its records.

The register refuses a restore that cannot be exact (the code is another plot's now,
a season or provider it refers to is gone); the refusal is said here in the officer's
language, from its reason and parameters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.storage.history import DeletedPlot, RestoredPlot, RestoreRefusedError
from metkasekor_desktop.ui.history_dialog import SortItem, record_kind
from metkasekor_desktop.ui.language import shown_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the plot id of a row


translate = QCoreApplication.translate


def refusal_text(error: RestoreRefusedError) -> str:
    """Why a plot cannot be put back, and what to do."""
    p = error.params
    code = p.get("code", "")
    if error.reason == "code_taken":
        return translate(
            "RestorePlots",
            "The plot {code} cannot be restored: another plot has the code {code} now. "
            "Change that plot's code first. Nothing was restored.").format(code=code)
    if error.reason == "missing":
        kinds = {
            "seasons": translate("RestorePlots", "the season {label}"),
            "practices": translate("RestorePlots", "the practice {label}"),
            "providers": translate("RestorePlots", "the service provider {label}"),
            "farmers": translate("RestorePlots", "the farmer {label}"),
            "trials": translate("RestorePlots", "the trial {label}"),
            "extension_events": translate("RestorePlots", "the extension event {label}"),
        }
        what = kinds.get(str(p.get("kind")), "{label}").format(label=say(p.get("label", "")))
        return translate(
            "RestorePlots",
            "The plot {code} cannot be restored: {what}, which it refers to, was deleted "
            "since. Nothing was restored.").format(code=code, what=what)
    return translate(
        "RestorePlots",
        "This plot is not a deleted plot of the register (it may have been restored "
        "already). Nothing was restored.")


def outcome_text(restored: RestoredPlot) -> str:
    """"The plot P-1 was restored with its records (Season plan: 1, ...)" in words."""
    if not restored.records:
        return translate("RestorePlots", "The plot {code} was restored.").format(
            code=restored.code)
    parts = [f"{record_kind(table)}: {n}" for table, n in restored.records.items()]
    return translate("RestorePlots",
                     "The plot {code} was restored with its records ({records}).").format(
        code=restored.code, records=", ".join(parts))


class DeletedPlotsDialog(QDialog):
    """The deleted plots, newest delete first; Restore puts the selected one back.

    ``restore(plot_id)`` does the restore (and shows the plot again in the window);
    the list is read again afterwards. The outcome or refusal is shown in a message box,
    kept as ``message`` (opened window-modal, not blocking)."""

    COLUMNS = 4

    def __init__(self, load: Callable[[], list[DeletedPlot]],
                 restore: Callable[[int], RestoredPlot], read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deleted plots"))
        self._load = load
        self._restore = restore
        self.read_only = read_only
        self.plots: list[DeletedPlot] = []
        self.message: QMessageBox | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"),
                                              self.tr("Deleted"), self.tr("Deleted by")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the selected plot back with the records "
                                               "deleted with it"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._sync)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 380)
        self.reload()

    def reload(self) -> None:
        self.plots = self._load()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.plots))
        for row, plot in enumerate(self.plots):
            when = shown_date(plot.deleted_at.astimezone(), minutes=True)
            for column, text in enumerate((plot.code, plot.name, when, plot.deleted_by)):
                item = SortItem(text)
                if column == 2:  # newest delete first, to the microsecond
                    item.setData(Qt.ItemDataRole.UserRole, plot.deleted_at.isoformat())
                item.setData(ID_ROLE, plot.plot_id)  # kept when sorted
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(2, Qt.SortOrder.DescendingOrder)
        self.summary.setText(
            self.tr("No plot has been deleted from the register.") if not self.plots else
            self.tr("Plots deleted from the register. Restore puts a plot back with the "
                    "season plans, samples, yields and other records deleted with it."))
        self._sync()

    def selected_id(self) -> int | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        return int(self.table.item(rows.pop(), 0).data(ID_ROLE))

    def _sync(self) -> None:
        self.restore_button.setEnabled(not self.read_only and self.selected_id() is not None)

    def select_code(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == code:
                self.table.selectRow(row)
                return

    def restore_selected(self) -> None:
        plot_id = self.selected_id()
        if plot_id is None:
            return
        try:
            restored = self._restore(plot_id)
        except RestoreRefusedError as error:
            self._tell(QMessageBox.Icon.Warning, self.tr("Plot not restored"),
                       refusal_text(error))
            return
        except DomainError as error:  # refused by the server (rights, busy): its words
            self._tell(QMessageBox.Icon.Warning, self.tr("Plot not restored"), say(error))
            return
        self.reload()
        self._tell(QMessageBox.Icon.Information, self.tr("Plot restored"),
                   outcome_text(restored))

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("restoreOutcomeBox")
        self.message = box
        box.open()
