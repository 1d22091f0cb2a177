"""Register > Import field submissions: what the phones sent, checked, then written.

The officer chooses a file downloaded from ODK Central (the CSV zip, or its main CSV) or
KoboToolbox (XLSX or CSV). It is read and reviewed against the register in a thread
(``layers.submission_import``) while a busy bar shows; the review says how many
submissions can be imported, how many are in the register already and how many are
refused, and lists every problem (which submission, form and field, what is wrong),
filtered by severity and exportable as CSV or Excel. "Import N submissions" writes the
accepted ones in a thread, in one transaction; the import is then put on the window's
undo stack, already done (``layers.submission_command.ImportSubmissions``), whose change
stream tells the map and the panels, and Undo takes the whole import out again. A file
that cannot be read says which file and why; nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import Message
from metkasekor_desktop.layers.message_words import say, say_lines
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.ui.job_dialog import JobDialog
from metkasekor_desktop.ui.table_export_prompt import ask_and_export

REFUSED, NOTE, KNOWN = "refused", "note", "known"
COLOURS = {REFUSED: QColor(255, 205, 205), NOTE: QColor(255, 236, 179),
           KNOWN: QColor(214, 230, 245)}


@dataclass(frozen=True, slots=True)
class ProblemRow:
    """One line of the review table, as shown."""

    severity: str
    submission: str
    form: str
    field: str
    message: str
    source: str = ""


@dataclass(slots=True)
class Reading:
    """What a read and review of one file gave: the importer (to commit with), the file
    as read and its review (None when the file could not be read)."""

    importer: Any
    file: Any
    review: Any | None


def default_importer(project: Any, path: Path, form_id: str | None) -> Any:
    from metkasekor_desktop.layers.submission_import import SubmissionImport

    return SubmissionImport(project, path, form_id)


def read_and_review(make: Callable[[Any, Path, str | None], Any], project: Any, path: Path,
                    form_id: str | None) -> Reading:
    """Read the file; review it when it could be read (runs in the worker thread)."""
    importer = make(project, path, form_id)
    found = importer.read()
    if found.refused:
        return Reading(importer, found, None)
    return Reading(importer, found, importer.review())


def what_is_wrong(line: Any) -> str:
    """A review line's finding alone (the table shows its submission, form and field),
    in the user's language; the whole line when its finding cannot be told apart."""
    try:
        from metkasekor_desktop.domain.submission_review import MESSAGES

        template = MESSAGES[line.key]
        template.format(**line.params)  # a line that does not fit its template: whole
    except (ImportError, KeyError, IndexError, ValueError, AttributeError, TypeError):
        return say(line.message)
    return say(Message(template, dict(line.params)))


class SubmissionsDialog(JobDialog):
    """Choose a file; its review; "Import N submissions"; what was written."""

    def __init__(self, session: Any, parent: QWidget | None = None, *,
                 importer: Callable[[Any, Path, str | None], Any] | None = None,
                 start_folder: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.project = session.project
        self.make_importer = importer or default_importer
        self.start_folder = start_folder
        self.path: Path | None = None
        self.form_id: str | None = None
        self.reading: Reading | None = None
        self.result: Any | None = None
        self.rows: list[ProblemRow] = []
        self.setWindowTitle(self.tr("Import field submissions"))

        intro = QLabel(self.tr(
            "Choose the submissions downloaded from ODK Central (the CSV zip, or its main "
            "CSV) or from KoboToolbox (XLSX or CSV). They are checked against the register "
            "before anything is written; submissions imported before are not imported "
            "twice."), self)
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("An ODK Central or KoboToolbox export"))
        self.browse = QPushButton(self.tr("&Choose file…"), self)
        self.browse.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:"), self))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)
        file_row.addWidget(self.busy)

        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("Every problem"), None)
        self.filter.addItem(self.tr("Refused"), REFUSED)
        self.filter.addItem(self.tr("Notes"), NOTE)
        self.filter.addItem(self.tr("Already imported"), KNOWN)
        self.filter.setToolTip(self.tr("Show only the lines of one kind"))
        self.filter.currentIndexChanged.connect(self._fill_table)
        self.csv_button = QPushButton(self.tr("Export CS&V…"), self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = QPushButton(self.tr("Export &Excel…"), self)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        for button in (self.csv_button, self.xlsx_button):
            button.setToolTip(self.tr("Save the lines shown, to correct them with the "
                                      "enumerators"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show:"), self))
        filter_row.addWidget(self.filter)
        filter_row.addStretch(1)
        filter_row.addWidget(self.csv_button)
        filter_row.addWidget(self.xlsx_button)

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Severity"), self.tr("Submission"), self.tr("Form"), self.tr("Field"),
            self.tr("What is wrong")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setToolTip(self.tr(
            "Write the submissions without problems into the register; the refused ones "
            "are left out"))
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addWidget(self.counts)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self._update_buttons()

    # -- the file ------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the submissions"), self.start_folder,
            self.tr("ODK Central or KoboToolbox exports (*.zip *.csv *.xlsx);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: str | Path, form_id: str | None = None) -> None:
        """Read and review ``path`` in a thread; the review shows when it is done."""
        if self.is_busy():
            return
        self._close_importer()
        self.path, self.form_id = Path(path), form_id
        self.path_edit.setText(str(self.path))
        self.reading, self.result, self.rows = None, None, []
        self._fill_table()
        self.counts.clear()
        self._show(self.tr("Reading {file} and checking it against the register…").format(
            file=self.path.name))
        make, project, target = self.make_importer, self.project, self.path
        self._start(lambda: read_and_review(make, project, target, form_id),
                    self._read, self._failed)

    def _read(self, reading: Reading) -> None:
        found = reading.file
        if reading.review is None:
            close = getattr(reading.importer, "close", None)
            if close is not None:
                close()
            forms = self._several_forms(found)
            if forms:
                form = self._ask_form(forms)
                if form:
                    self.load(self.path, form)
                    return
            reasons = "\n".join(say_lines(p.message for p in found.problems if p.fatal))
            self._show(self.tr("{file} cannot be read:\n{reasons}\nNothing was "
                               "written.").format(file=self.path.name, reasons=reasons),
                       error=True)
            self._update_buttons()
            return
        self.reading = reading
        review = reading.review
        self.rows = [ProblemRow(NOTE, "", self._form_of(p), "", say(p.message), p.where)
                     for p in found.problems if not p.fatal]
        self.rows += [ProblemRow(line.severity, line.instance_id or "", line.form_id or "",
                                 line.field or "", what_is_wrong(line), line.source or "")
                      for line in review.lines]
        self._show_counts(len(review.accepted), review.known, review.refused)
        accepted = len(review.accepted)
        if accepted and review.refused:
            self._show(self.tr("Check the lines below: the refused submissions are left "
                               "out of the import; correct them on the server and download "
                               "them again."))
        elif accepted:
            self._show(self.tr("Every new submission can be imported."))
        elif review.known and not review.refused:
            self._show(self.tr("Every submission of {file} is already imported; there is "
                               "nothing new to import.").format(file=self.path.name))
        elif review.known:
            self._show(self.tr("The submissions of {file} are already imported or refused; "
                               "there is nothing new to import.").format(file=self.path.name))
        else:
            self._show(self.tr("No submission of {file} can be imported.").format(
                file=self.path.name), error=bool(review.refused))
        self._fill_table()

    def _close_importer(self) -> None:
        """The importer's extracted attachments go with it."""
        reading, self.reading = self.reading, None
        close = getattr(reading.importer, "close", None) if reading is not None else None
        if close is not None:
            close()

    def done(self, result: int) -> None:  # QDialog's: every way the dialog ends
        if not self.is_busy():
            self._close_importer()
        super().done(result)

    @staticmethod
    def _form_of(problem: Any) -> str:
        return str(problem.params.get("form_id", "")) if isinstance(problem.params, dict) else ""

    @staticmethod
    def _several_forms(found: Any) -> list[str]:
        for problem in found.problems:
            if problem.key == "several_forms":
                return [f.strip() for f in str(problem.params.get("forms", "")).split(",")
                        if f.strip()]
        return []

    def _ask_form(self, forms: list[str]) -> str | None:
        form, ok = QInputDialog.getItem(
            self, self.windowTitle(),
            self.tr("{file} holds the submissions of several forms. Which form do you "
                    "import?").format(file=self.path.name if self.path else ""),
            forms, 0, False)
        return form if ok and form else None

    def _show_counts(self, accepted: int, known: int, refused: int) -> None:
        self.counts.setText(self.tr(
            "<b>{accepted}</b> to import · <b>{known}</b> already imported · "
            "<b>{refused}</b> refused").format(accepted=accepted, known=known,
                                                refused=refused))

    def _severity_text(self, severity: str) -> str:
        return {REFUSED: self.tr("Refused"), NOTE: self.tr("Note"),
                KNOWN: self.tr("Already imported")}.get(severity, severity)

    def shown_rows(self) -> list[ProblemRow]:
        wanted = self.filter.currentData()
        return [r for r in self.rows if wanted is None or r.severity == wanted]

    def _fill_table(self) -> None:
        rows = self.shown_rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (self._severity_text(row.severity), row.submission, row.form, row.field,
                     row.message)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 and row.severity in COLOURS:
                    item.setBackground(COLOURS[row.severity])
                if row.source:
                    item.setToolTip(self.tr("In {source}").format(source=row.source))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self._update_buttons()

    # -- export --------------------------------------------------------------------------
    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        """The header and the lines the table shows, for an export."""
        headers = [self.tr("Severity"), self.tr("Submission"), self.tr("Form"),
                   self.tr("Field"), self.tr("What is wrong"), self.tr("Where in the file")]
        rows = [[self._severity_text(r.severity), r.submission, r.form, r.field, r.message,
                 r.source] for r in self.shown_rows()]
        return headers, rows

    def export(self, kind: str) -> None:
        from metkasekor_desktop.io.table_export import write_csv, write_xlsx

        headers, rows = self.table_rows()
        stem = f"{self.path.stem}-review" if self.path else "submissions-review"
        writer = write_xlsx if kind == "xlsx" else write_csv
        ask_and_export(self, self.tr("Export the review"), stem, kind,
                       lambda path: writer(path, headers, rows))

    # -- writing -------------------------------------------------------------------------
    def accepted_count(self) -> int:
        if self.reading is None or self.reading.review is None:
            return 0
        return len(self.reading.review.accepted)

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        n = self.accepted_count()
        self.import_button.setText(self.tr("&Import {n} submissions").format(n=n)
                                   if n and self.result is None else self.tr("&Import"))
        writable = not getattr(self.session, "read_only", False)
        self.import_button.setEnabled(bool(n) and writable and not busy
                                      and self.result is None)
        self.browse.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)
        has_rows = bool(self.shown_rows())
        self.csv_button.setEnabled(has_rows and not busy)
        self.xlsx_button.setEnabled(has_rows and not busy)

    def commit(self) -> None:
        """Write the accepted submissions in a thread; then the import goes on the undo
        stack (in the UI thread) and the window shows it."""
        if self.is_busy() or self.reading is None or not self.accepted_count():
            return
        importer = self.reading.importer
        self._show(self.tr("Importing {n} submissions…").format(n=self.accepted_count()))
        self._start(importer.commit, self._committed, self._failed)

    def _committed(self, result: Any) -> None:
        self.result = result
        self.counts.setText(self.tr(
            "<b>{imported}</b> imported now · <b>{known}</b> already imported · "
            "<b>{refused}</b> refused").format(imported=self.accepted_count(),
                                                known=result.known, refused=result.refused))
        text = self.written_text(result)
        problem = self._push(result)
        self._show(text if problem is None else f"{text} {problem}", error=problem is not None)
        self._update_buttons()

    def _push(self, result: Any) -> str | None:
        """The import, written already, on the window's undo stack: the map, the table
        and the panels hear of it, and Undo takes it out again. What went wrong in
        showing it, if anything (the import is written all the same)."""
        from metkasekor_desktop.layers.submission_command import ImportSubmissions

        if self.reading is None:
            return None
        try:
            self.session.stack.push(ImportSubmissions(self.reading.importer, written=result,
                                                      text=self.windowTitle()))
        except (DomainError, ProjectError, OSError) as error:
            return say(error)
        return None

    def written_text(self, result: Any) -> str:
        words = {
            "plans": self.tr("season plans"),
            "yields": self.tr("yields"),
            "soil_samples": self.tr("soil samples"),
            "events": self.tr("extension events"),
            "plots": self.tr("new plots"),
            "farmers": self.tr("farmers"),
            "photos": self.tr("photos"),
            "media": self.tr("photos"),
        }
        counts = {words.get(kind, kind): n for kind, n in result.written.items() if n}
        media = getattr(result, "media", 0)
        if isinstance(media, int) and media:
            counts.setdefault(words["photos"], media)
        parts = [self.tr("{what}: {n}").format(what=what, n=n) for what, n in counts.items()]
        text = self.tr("Written: {what}.").format(
            what=", ".join(parts) if parts else self.tr("nothing"))
        if result.known:
            text += " " + self.tr("{n} were imported before and left as they are.").format(
                n=result.known)
        if result.refused:
            text += " " + self.tr("{n} refused (listed above) were not imported.").format(
                n=result.refused)
        return text

    def _failed(self, error: BaseException) -> None:
        self._show(refusal_text(error) + " " + self.tr("Nothing was written."), error=True)
        self._update_buttons()


def refusal_text(error: BaseException) -> str:
    """A refusal in words; never a traceback."""
    if isinstance(error, DomainError | ProjectError | OSError):
        return say(error)
    return QCoreApplication.translate("SubmissionsDialog", "The work stopped on an "
                                      "unexpected error: {error}").format(error=say(error))


__all__ = ["SubmissionsDialog"]
