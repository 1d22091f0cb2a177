"""File > Import plots: a wizard over :class:`~metkasekor_desktop.layers.plot_import.PlotImport`.

Pages: the file (layer, text encoding, damaged-file consent) -> the coordinate system ->
the columns -> the preview and report. Nothing is written before Finish, and Finish
writes every accepted plot in one transaction or none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say, say_lines
from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress
from metkasekor_desktop.ui.import_pages import ColumnsPage, CrsPage, SourcePage
from metkasekor_desktop.ui.import_preview import FeatureTable, PreviewMap


class ImportWizard(QWizard):
    """Import plots from a partner's file into the open project."""

    def __init__(self, project: Any, parent: QWidget | None = None,
                 start_dir: str = "", existing: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.existing = existing  # the map's table of the project's plots, if at hand
        self.start_dir = start_dir
        self.job: Any = None  # PlotImport once a file is chosen
        self.result: Any = None  # ImportResult after Finish
        self.source_name = ""  # the imported file's name, for the undo stack
        self.setWindowTitle(self.tr("Import plots"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(920, 640)
        self.source_page = SourcePage(self)
        self.crs_page = CrsPage(self)
        self.columns_page = ColumnsPage(self)
        self.report_page = ReportPage(self)
        for page in (self.source_page, self.crs_page, self.columns_page, self.report_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self._stable_size: QSize | None = None
        self.currentIdChanged.connect(lambda _id: self._keep_size())

    # -- size ----------------------------------------------------------------------------
    def stable_size(self) -> QSize:
        """One size for every page, chosen once: the largest page's hint with the wizard's
        frame and buttons around it, at least the default, at most the screen."""
        if self._stable_size is None:
            current = self.currentPage()
            frame = self.sizeHint() - (current.sizeHint() if current is not None else QSize())
            size = QSize(920, 640)
            for page_id in self.pageIds():
                size = size.expandedTo(self.page(page_id).sizeHint() + frame)
            screen = self.screen().availableGeometry().size() if self.screen() else size
            self._stable_size = size.boundedTo(QSize(int(screen.width() * 0.9),
                                                     int(screen.height() * 0.9)))
        return self._stable_size

    def _keep_size(self) -> None:
        """Pages change, the window does not (a page that needs more scrolls or wraps)."""
        if self.isVisible():
            self.resize(self.stable_size().expandedTo(self.minimumSize()))

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        super().showEvent(event)
        self.resize(self.stable_size().expandedTo(self.minimumSize()))

    # -- shared helpers ------------------------------------------------------------------
    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def open_file(self, path: str | Path) -> bool:
        """Check and open a file; say why when it is refused."""
        from metkasekor_desktop.layers.plot_import import PlotImport

        self.close_job()
        try:
            self.job = PlotImport(self.project, path, self.existing)
        except DomainError as exc:
            self.warn(self.tr("This file cannot be imported"), say(exc))
            return False
        except OSError as exc:
            self.warn(self.tr("This file cannot be imported"), f"{Path(path).name}: {say(exc)}")
            return False
        return True

    def no_group_text(self) -> str:
        """Why a CSV of one point per row cannot be imported without a plot-code column."""
        return self.tr("{0} holds one point per row, and no column is chosen to say which "
                       "plot each point belongs to, so its rows are not joined into plot "
                       "boundaries. Choose the plot-code column: the points of one plot "
                       "share its value.").format(self.job.path.name)

    def close_job(self) -> None:
        if self.job is not None:
            self.job.close()
            self.job = None

    def done(self, code: int) -> None:
        self.close_job()
        super().done(code)

    def accept(self) -> None:
        if not self.report_page.commit():
            return
        super().accept()


class ReportPage(QWizardPage):
    """Preview map and table, the report, and the choices it offers."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview and report"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.repair = QCheckBox(self.tr("Import invalid shapes as repaired"))
        self.outside = QCheckBox(self.tr("Import features outside Cambodia too"))
        self.repair.toggled.connect(self._options_changed)
        self.outside.toggled.connect(self._options_changed)
        self.map = PreviewMap()
        self.table = FeatureTable()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.map)
        top.addWidget(self.table)
        top.setSizes([300, 600])
        split.addWidget(top)
        split.addWidget(self.report)
        split.setSizes([380, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        options = QHBoxLayout()
        options.addWidget(self.repair)
        options.addWidget(self.outside)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addWidget(split, 1)

    def initializePage(self) -> None:
        job = self.w.job
        self.repair.blockSignals(True)
        self.outside.blockSignals(True)
        self.repair.setChecked(job.options.repair_invalid)
        self.outside.setChecked(job.options.include_outside)
        self.repair.blockSignals(False)
        self.outside.blockSignals(False)
        try:
            run_with_progress(self, self.tr("Checking every feature…"),
                              lambda _progress, _cancelled: job.run_review())
        except TaskCancelled:
            return
        except DomainError as exc:
            self.summary.setText(say(exc))
            self.w.warn(self.tr("The features cannot be checked"), say(exc))
            return
        self.show_review()

    def _options_changed(self) -> None:
        job = self.w.job
        job.options.repair_invalid = self.repair.isChecked()
        job.options.include_outside = self.outside.isChecked()
        self.show_review()

    def show_review(self) -> None:
        job = self.w.job
        review = job.review
        if review is None:
            return
        options = job.options
        accepted = review.accepted(options)
        refused = review.refused(options)
        self.summary.setText(self.tr("{0} features read: {1} will be imported, {2} will "
                                     "not.").format(len(review.features), len(accepted),
                                                    len(refused)))
        repairs = [f for f in review.features if f.repaired is not None]
        change = sum(f.area_change_ha or 0.0 for f in repairs)
        self.repair.setVisible(bool(repairs))
        self.repair.setText(self.tr("Import {0} invalid shapes as repaired (area change "
                                    "{1:+.3f} ha)").format(len(repairs), change))
        self.outside.setVisible(any(i.kind == "outside_cambodia" for f in review.features
                                    for i in f.issues))
        self.map.show_features([f.geometry_for(options) for f in accepted],
                               [f.geometry or f.repaired or job.wgs84[f.index]
                                for f in refused], job.existing_geometries)
        rows = []
        for f in review.features:
            mapped = job.mapped[f.index]
            text = " ".join(say_lines(i.message for i in f.issues))
            rows.append((f.number, f.code or mapped.code, mapped.farmer,
                         mapped.village_code or "", f.area_ha, f.is_accepted(options), text))
        self.table.show_rows(rows)
        self.report.setPlainText("\n".join(say_lines(job.report_lines())))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        job = self.w.job
        return bool(job is not None and job.review is not None
                    and job.review.accepted(job.options))

    def commit(self) -> bool:
        """Write the accepted features; False (with a message) when that failed."""
        job = self.w.job
        refused = len(job.review.refused(job.options)) if job.review else 0
        if refused:
            answer = QMessageBox.question(
                self, self.tr("Import plots"),
                self.tr("{0} features are refused and will not be imported (the report says "
                        "why). Import the other {1}?").format(
                    refused, len(job.review.accepted(job.options))))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.w.source_name = job.path.name
        try:
            self.w.result = run_with_progress(self, self.tr("Writing the plots…"),
                                              lambda _p, _c: job.commit())
        except TaskCancelled:
            return False
        except DomainError as exc:
            self.w.warn(self.tr("Nothing was imported"), say(exc))
            return False
        return True
