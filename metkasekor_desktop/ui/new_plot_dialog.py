"""The short form after a plot is drawn: its code, farmer, role and village.

The officer sees the area (after clipping) and every warning before anything is saved;
OK stores the plot through the editor (one undoable, committed step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.codes import normalise_plot_code
from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import within_cambodia
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.labels import role_label
from metkasekor_desktop.ui.village_picker import VillagePicker
from metkasekor_desktop.ui.write_failures import report_failure

if TYPE_CHECKING:
    from metkasekor_desktop.layers.plot_editor import PlotEditor, PreparedShape
    from metkasekor_desktop.storage import Project


class NewPlotDialog(QDialog):
    """Code, farmer, role, village, name and notes of a new plot; OK adds it.

    ``plot_id`` is the new plot's id after OK succeeded. A refused value keeps the
    dialog open with the reason shown, so nothing typed is lost.
    """

    def __init__(self, editor: PlotEditor, prepared: PreparedShape, x: float, y: float,
                 project: Project, language: str = "kh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plot"))
        self.editor, self.prepared, self.project = editor, prepared, project
        self.language = language
        self.plot_id: int | None = None

        self.area = QLabel(self.tr("Area: {area} ha").format(area=f"{prepared.area_ha:.2f}"),
                           self)
        font = self.area.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.area.setFont(font)
        self.warnings = QLabel("\n".join(self._warning_lines()), self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a05a00;")
        self.warnings.setVisible(bool(self.warnings.text()))

        self.code = QLineEdit(editor.propose_code(x, y), self)
        self.code.setToolTip(self.tr("Proposed from the district and the next free number; "
                                     "you may change it"))
        self.farmer = QComboBox(self)
        self._fill_farmers()
        self.new_farmer_button = QPushButton(self.tr("New farmer…"), self)
        self.new_farmer_button.setToolTip(self.tr("Add a farmer to the register and choose "
                                                  "them for this plot"))
        self.new_farmer_button.clicked.connect(lambda: self.new_farmer())
        # The farmer is stored as its own undo step, so the editor's stack is needed.
        self.new_farmer_button.setEnabled(getattr(editor, "stack", None) is not None)
        farmer_row = QHBoxLayout()
        farmer_row.setContentsMargins(0, 0, 0, 0)
        farmer_row.addWidget(self.farmer, 1)
        farmer_row.addWidget(self.new_farmer_button)
        self.role = QComboBox(self)
        for role in (PlotRole.FARMER_FIELD, PlotRole.DEMONSTRATION, PlotRole.CONTROL):
            self.role.addItem(role_label(role.value), role.value)
        self.village = VillagePicker(language, self)
        self.village.set_village(editor.nearest_village(x, y))
        self.name = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Farmer"), farmer_row)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Notes"), self.notes)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save plot"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area)
        layout.addWidget(self.warnings)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.code.setFocus()
        self.code.selectAll()

    # --- content ------------------------------------------------------------------------
    def _warning_lines(self) -> list[str]:
        """The editor's warnings (clipping, outside Cambodia); made here when it gave none."""
        lines = [_sentence(say(w)) for w in self.prepared.warnings if str(w).strip()]
        if lines:
            return lines
        if self.prepared.removed_ha > 0:
            lines.append(self.tr("Clipped: {removed} ha that overlapped neighbouring plots "
                                 "was left out.").format(removed=f"{self.prepared.removed_ha:.2f}"))
        geom = self.prepared.geometry_wgs84
        if geom is not None and not geom.is_empty and not within_cambodia(geom):
            lines.append(self.tr("This plot lies outside Cambodia: check the coordinates "
                                 "(longitude and latitude may be swapped)."))
        return lines

    def _fill_farmers(self) -> None:
        """A searchable list: typing any part of a Khmer or Latin name filters it."""
        self.farmer.setEditable(True)
        self.farmer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.farmer.addItem(self.tr("(no farmer)"), None)
        farmers = sorted(self.project.farmers.list(),
                         key=lambda f: (f.name_latin or f.name_kh).casefold())
        for farmer in farmers:
            parts = [p for p in (farmer.name_kh, farmer.name_latin) if p]
            text = f"{parts[0]} ({parts[1]})" if len(parts) == 2 else (parts[0] if parts else "")
            self.farmer.addItem(text, farmer.id)
        completer = self.farmer.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.farmer.setCurrentIndex(0)

    def new_farmer(self) -> int | None:
        """Open the farmer form (its village preset to the plot's); a saved farmer is one
        undo step, as in the farmer register, and becomes this plot's farmer."""
        from metkasekor_desktop.ui.farmer_dialog import FarmerDialog

        stack = getattr(self.editor, "stack", None)
        if stack is None:
            return None
        dialog = FarmerDialog(stack, self.language, parent=self)
        dialog.village.set_village(self.village.village_code())
        if not dialog.exec() or dialog.record_id is None:
            return None
        self.farmer.clear()
        self._fill_farmers()
        self.farmer.setCurrentIndex(max(0, self.farmer.findData(dialog.record_id)))
        return dialog.record_id

    def farmer_id(self) -> int | None:
        """The chosen farmer's id; raises when the typed name matches no farmer."""
        text = self.farmer.currentText().strip()
        index = self.farmer.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and text:  # part of a name typed: enough when only one farmer fits
            fits = [i for i in range(1, self.farmer.count())
                    if text.casefold() in self.farmer.itemText(i).casefold()]
            index = fits[0] if len(fits) == 1 else -1
        if index < 0 and text:
            raise DomainError(self.tr("No single farmer is called {name!r}: choose one from "
                                      "the list, or (no farmer).").format(name=text))
        return self.farmer.itemData(max(index, 0))

    def values(self) -> dict[str, Any]:
        """What OK would store, validated (a DomainError says what is wrong)."""
        code = normalise_plot_code(self.code.text())
        if code in self.project.plots.codes():
            raise DomainError(self.tr("A plot with the code {code} already exists; choose "
                                      "another code (each plot code must be unique).")
                              .format(code=code))
        return {"code": code, "farmer_id": self.farmer_id(),
                "role": self.role.currentData(), "village_code": self.village.village_code(),
                "name": self.name.text().strip(), "notes": self.notes.toPlainText().strip()}

    # --- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Add the plot; on a refusal show why and stay open."""
        try:
            self.plot_id = self.editor.add_plot(self.prepared, **self.values())
        except (DomainError, ProjectError) as error:
            if not report_failure(self, error):
                self.message.setText(say(error))
            return False
        self.message.clear()
        self.accept()
        return True


def _sentence(text: object) -> str:
    """A warning fragment ("outside Cambodia") shown as a line of its own."""
    line = str(text).strip()
    return "⚠ " + line[:1].upper() + line[1:]
