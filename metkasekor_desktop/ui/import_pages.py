"""The first three pages of File > Import plots: the file (layer, text encoding,
damaged-file consent), its coordinate system, and which columns are which plot fields.
The wizard and its last page, the preview and report, are in :mod:`.import_wizard`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizard,
    QWizardPage,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.import_mapping import PLOT_FIELDS
from metkasekor_desktop.io.import_formats import dialog_filter, labels
from metkasekor_desktop.layers.message_words import say, say_lines
from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress


class SourcePage(QWizardPage):
    """The file, its layer and text encoding, and its problems."""

    def __init__(self, wizard: QWizard) -> None:  # the ImportWizard
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("File"))
        self.setSubTitle(self.tr("The file itself is never changed."))
        # The formats in the page, word-wrapped: in the subtitle a long list is cut off.
        formats = QLabel(self.tr("Readable: {0}; a zip may hold any of them.").format(
            ", ".join(say_lines(labels()))))
        formats.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.layer_combo = QComboBox()
        self.encoding_combo = QComboBox()
        self.encoding_combo.setToolTip(self.tr("How the attribute text is stored; choose the "
                                               "one whose sample reads right"))
        self.encoding_preview = QLabel()
        self.encoding_preview.setWordWrap(True)
        self.encoding_combo.currentIndexChanged.connect(self._show_sample)
        self.group_combo = QComboBox()
        self.group_combo.setToolTip(self.tr("The column whose value says which plot each point "
                                            "belongs to: the points of one plot, in row "
                                            "order, are joined into its boundary"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.consent = QCheckBox(self.tr("Import what is there although records are missing"))
        form = QFormLayout(self)
        form.addRow(formats)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Layer:"), self.layer_combo)
        form.addRow(self.tr("Text encoding:"), self.encoding_combo)
        form.addRow("", self.encoding_preview)
        form.addRow(self.tr("Plot-code column (joins the points):"), self.group_combo)
        form.addRow(self.problems)
        form.addRow(self.consent)
        self._samples: dict[str, str] = {}
        self._reset()

    def _reset(self) -> None:
        self.layer_combo.clear()
        self.encoding_combo.clear()
        self.encoding_combo.setEnabled(False)
        self.encoding_preview.clear()
        self.problems.clear()
        self.consent.setVisible(False)
        self.consent.setChecked(False)
        self.group_combo.clear()
        self._show_group_row(False)

    def _show_group_row(self, visible: bool) -> None:
        form = self.layout()
        if isinstance(form, QFormLayout):
            form.setRowVisible(self.group_combo, visible)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import plots from"), self.w.start_dir,
            dialog_filter(self.tr("All readable files"), self.tr("All files")))
        if name:
            self.choose(name)

    def choose(self, path: str | Path) -> bool:
        """Open ``path`` and fill the page; False when the file is refused."""
        self._reset()
        self.path_edit.setText(str(path))
        ok = self.w.open_file(path)
        if ok:
            job = self.w.job
            for layer in job.info.layers:
                count = layer.feature_count
                text = layer.name or Path(path).name
                if count >= 0:
                    text = self.tr("{0} ({1} features, {2})").format(
                        text, count, self._type_text(layer.geometry_type))
                self.layer_combo.addItem(text, layer.name)
            try:  # a KML's first folder is often empty or only pins: start at the polygons
                self.layer_combo.setCurrentIndex(
                    max(self.layer_combo.findData(job.first_polygon_layer()), 0))
            except DomainError:
                pass
            self._fill_encodings()
            self._fill_groups()

            warnings = job.file_warnings
            if warnings:
                self.problems.setText("\n".join(say_lines(warnings)))
            self.consent.setVisible(job.needs_consent)
        self.completeChanged.emit()
        return ok

    def _fill_groups(self) -> None:
        """A CSV of one point per row needs the column that joins its points into plots."""
        try:
            columns = self.w.job.point_columns()
        except DomainError:
            columns = None
        if columns is None:
            return
        self.group_combo.addItem(self.tr("(none: the rows are not joined)"), None)
        for column in columns:
            self.group_combo.addItem(column, column)
        guessed = self.w.job.guessed_group()
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(guessed))
                                         if guessed else 0)
        self._show_group_row(True)

    def _fill_encodings(self) -> None:
        job = self.w.job
        self.encoding_combo.addItem(self.tr("As the file says (or UTF-8)"), None)
        self._samples = {}
        if job.info.kind != "shapefile":
            return
        from metkasekor_desktop.io.text_encoding import preview_encodings

        dbf = _dbf_of(job.info)
        if dbf is None:
            return
        declared = job.info.declared_encoding
        if declared:
            self.encoding_combo.setItemText(0, self.tr("As the file says ({0})").format(
                declared))
        previews = preview_encodings(dbf)
        for preview in previews:
            self.encoding_combo.addItem(say(preview.label), preview.encoding)
            self._samples[preview.encoding] = " · ".join(preview.samples[:4])
        if not declared and previews and previews[0].errors == 0:
            self.encoding_combo.setCurrentIndex(1)  # the file does not say: the best reading
        self.encoding_combo.setEnabled(True)
        self._show_sample()

    def _show_sample(self) -> None:
        encoding = self.encoding_combo.currentData()
        self.encoding_preview.setText(self._samples.get(encoding or "", ""))

    def isComplete(self) -> bool:
        return self.w.job is not None and self.layer_combo.count() > 0

    def validatePage(self) -> bool:
        from metkasekor_desktop.io.source_features import SourceError

        job = self.w.job
        job.file_consent = self.consent.isChecked()
        layer = self.layer_combo.currentData()
        encoding = self.encoding_combo.currentData()
        group = self.group_combo.currentData() if self.group_combo.count() else None
        if self.group_combo.count() and group is None:
            self.w.warn(self.tr("Choose the plot-code column"), self.w.no_group_text())
            self.group_combo.setFocus()
            return False
        try:
            run_with_progress(self, self.tr("Reading {0}…").format(job.path.name),
                              lambda progress, _cancelled: job.read(
                                  layer, encoding=encoding,
                                  progress=lambda d, t: progress(d / max(t, 1)),
                                  group=group))
        except TaskCancelled:
            return False
        except SourceError as exc:
            if getattr(exc, "needs_encoding", False):
                self.encoding_combo.setFocus()
            self.w.warn(self.tr("The file cannot be read"), say(exc))
            return False
        except DomainError as exc:
            self.w.warn(self.tr("The file cannot be read"), say(exc))
            return False
        if not len(job.features):
            self.w.warn(self.tr("Nothing to import"),
                        self.tr("This layer holds no features."))
            return False
        return True

    def _type_text(self, name: str) -> str:
        """GDAL's name of a layer's geometry type in the user's words; others as GDAL
        says them."""
        words = {
            "Point": self.tr("points"), "MultiPoint": self.tr("points"),
            "LineString": self.tr("lines"), "MultiLineString": self.tr("lines"),
            "Polygon": self.tr("polygons"), "MultiPolygon": self.tr("polygons"),
            "GeometryCollection": self.tr("mixed shapes"), "Unknown": self.tr("unknown shapes"),
            "3D Polygon": self.tr("polygons with heights"),
            "3D MultiPolygon": self.tr("polygons with heights"),
        }
        return words.get(str(name), str(name))

def _dbf_of(info: Any) -> Path | None:
    path = Path(info.check.path_to_read or info.path)
    for suffix in (".dbf", ".DBF"):
        dbf = path.with_suffix(suffix)
        if dbf.exists():
            return dbf
    return None


class CrsPage(QWizardPage):
    """The coordinate system: the file's own, or a choice among sensible guesses."""

    def __init__(self, wizard: QWizard) -> None:  # the ImportWizard
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Coordinate system"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.choice = QComboBox()
        self.epsg_edit = QLineEdit()
        self.epsg_edit.setPlaceholderText(self.tr("or an EPSG code, e.g. 32648"))
        self.swap = QCheckBox(self.tr("The file holds latitude first: swap latitude and "
                                      "longitude"))
        form = QFormLayout(self)
        form.addRow(self.info)
        form.addRow(self.tr("Coordinates are in:"), self.choice)
        form.addRow(self.tr("Other:"), self.epsg_edit)
        form.addRow(self.swap)

    def initializePage(self) -> None:
        crs = self.w.job.crs
        self.choice.clear()
        self.epsg_edit.clear()
        if crs.from_file:
            self.info.setText(self.tr("The file says its coordinates are in {0}; they will be "
                                      "converted to WGS 84.").format(crs.label))
            self.choice.addItem(crs.label, crs.source)
        elif crs.guesses:
            self.info.setText(self.tr("The file does not say which coordinate system it uses. "
                                      "From the numbers, these fit Cambodia; choose the one "
                                      "the sender used."))
        else:
            self.info.setText(self.tr("The file does not say which coordinate system it uses, "
                                      "and its numbers fit none used in Cambodia. Ask the "
                                      "sender, then type the EPSG code below."))
        for guess in crs.guesses:
            if guess.epsg != crs.source or not crs.from_file:
                self.choice.addItem(f"{guess.label} — {say(guess.reason)}", guess.epsg)
        self.swap.setChecked(crs.swapped_suspected)
        if crs.swapped_suspected:
            self.info.setText(self.info.text() + "\n" + self.tr(
                "The numbers look like latitude and longitude in the wrong order."))

    def validatePage(self) -> bool:
        text = self.epsg_edit.text().strip().upper().removeprefix("EPSG:")
        source = int(text) if text.isdigit() else (text or self.choice.currentData())
        try:
            self.w.job.set_crs(source, swap_xy=self.swap.isChecked())
        except DomainError as exc:
            self.w.warn(self.tr("Unknown coordinate system"), say(exc))
            return False
        if source is None:
            self.w.warn(self.tr("Choose a coordinate system"),
                        self.tr("Type the EPSG code of the file's coordinate system."))
            return False
        return True


class ColumnsPage(QWizardPage):
    """Which column fills which plot field; the rest are kept as extra attributes."""

    def __init__(self, wizard: QWizard) -> None:  # the ImportWizard
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Columns mapped to no field are kept with each plot as extra "
                                 "attributes and exported again."))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        labels = {"code": self.tr("Plot code"), "name": self.tr("Plot name"),
                  "farmer": self.tr("Farmer name"), "village_code": self.tr("Village code"),
                  "role": self.tr("Role"), "notes": self.tr("Notes"),
                  "soil_type": self.tr("Soil type")}
        for field_name in PLOT_FIELDS:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._update_extras)
            self.combos[field_name] = combo
            form.addRow(labels[field_name] + ":", combo)
        self.prefix = QLineEdit()
        self.prefix.setToolTip(self.tr("Codes are made from this and the feature number when "
                                       "no column holds the plot code"))
        form.addRow(self.tr("Code prefix:"), self.prefix)
        self.group_note = QLabel(self.tr("This file holds one point per row: the plot code "
                                         "column also joins the points of each plot into "
                                         "its boundary."))
        self.group_note.setWordWrap(True)
        form.addRow(self.group_note)
        self.extras = QLabel()
        self.extras.setWordWrap(True)
        form.addRow(self.extras)

    def initializePage(self) -> None:
        job = self.w.job
        for field_name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for column in job.features.columns:
                combo.addItem(column, column)
            chosen = job.mapping.get(field_name)
            if field_name == "code" and job.group is not None:
                chosen = job.group  # the points were joined by it: it is the plot code
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self.prefix.setText(job.code_prefix)
        self.group_note.setVisible(self._joins_points())
        self._update_extras()

    def _joins_points(self) -> bool:
        try:
            return self.w.job.point_columns() is not None
        except DomainError:
            return False

    def mapping(self) -> dict[str, str | None]:
        return {f: c.currentData() for f, c in self.combos.items()}

    def _update_extras(self) -> None:
        job = self.w.job
        if job is None or job.features is None:
            return
        used = {c for c in self.mapping().values() if c}
        rest = [c for c in job.features.columns if c not in used]
        self.prefix.setEnabled(self.mapping()["code"] is None)
        self.extras.setText(self.tr("Kept as extra attributes: {0}").format(
            ", ".join(rest) if rest else self.tr("none")))

    def validatePage(self) -> bool:
        mapping = self.mapping()
        chosen = [c for c in mapping.values() if c]
        if len(chosen) != len(set(chosen)):
            self.w.warn(self.tr("A column is used twice"),
                        self.tr("Map each column to one field only."))
            return False
        if self._joins_points() and not self._join_by(mapping["code"]):
            return False
        self.w.job.set_mapping(mapping)
        self.w.job.code_prefix = self.prefix.text().strip() or self.w.job.code_prefix
        return True

    def _join_by(self, column: str | None) -> bool:
        """Join the points of a point CSV by another plot-code column: read the file
        again with it, keeping the coordinate system already chosen."""
        job = self.w.job
        if column is None:
            self.w.warn(self.tr("Choose the plot-code column"), self.w.no_group_text())
            self.combos["code"].setFocus()
            return False
        if column == job.group:
            return True
        crs = job.crs
        source = self.w.source_page
        try:
            run_with_progress(self, self.tr("Reading {0}…").format(job.path.name),
                              lambda progress, _cancelled: job.read(
                                  source.layer_combo.currentData(),
                                  encoding=source.encoding_combo.currentData(),
                                  progress=lambda d, t: progress(d / max(t, 1)),
                                  group=column))
            if crs is not None:
                job.set_crs(crs.source, swap_xy=crs.swap_xy)
        except TaskCancelled:
            return False
        except DomainError as exc:
            self.w.warn(self.tr("The file cannot be read"), say(exc))
            return False
        source.group_combo.setCurrentIndex(max(0, source.group_combo.findData(column)))
        return True
