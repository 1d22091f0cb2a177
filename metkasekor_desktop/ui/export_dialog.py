"""File > Export plots: formats, which plots, the season joined, the CRS, where to.

One format writes one file (a zipped Shapefile, a GeoPackage, ...); several formats make
a partner package: one zip with every format and a README of fields, units and codes.
The data is read and written in a background task with progress and Cancel.
CSV and Excel tables are headed by their field names, or, when the officer asks, by
words in the interface language (for partners who read Khmer).
Personal data (the farmers' names and phones, the exact plot outlines) are written only
when the officer ticks "Include personal data"; otherwise each plot is its centre point.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.export_formats import FORMATS, SUFFIXES
from metkasekor_desktop.io.export_notes import WGS84_ONLY, written_epsg
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui.background_task import TaskCancelled, run_with_progress

_GEOMETRY_FORMATS = ("shp", "gpkg", "geojson", "kml", "kmz")  # the others hold no geometry
_TABLE_FORMATS = ("csv", "xlsx")  # the formats whose header row may hold words


class ExportDialog(QDialog):
    """Choose and write an export of the project's plots."""

    def __init__(self, project: Any, layer: Any, parent: QWidget | None = None,
                 start_dir: str = "", language: str = "en",
                 remembered: tuple[list[str], int] = (["shp"], 4326),
                 worded_headers: bool = False, personal: bool = False) -> None:
        super().__init__(parent)
        self.project = project
        self.layer = layer
        self.language = language
        self.written: Path | None = None
        self.worded_headers = worded_headers  # after an export: the headers chosen
        self.personal = personal  # after an export: whether it held personal data
        self.report = ""  # after an export: what was written, and in which CRS
        self.setWindowTitle(self.tr("Export plots"))
        labels = {"shp": self.tr("Shapefile (zip, UTF-8)"),
                  "gpkg": self.tr("GeoPackage (plots and every related table)"),
                  "geojson": self.tr("GeoJSON"), "kml": self.tr("KML (Google Earth)"),
                  "kmz": self.tr("KMZ (Google Earth, zipped)"),
                  "csv": self.tr("CSV tables (Excel, UTF-8)"), "xlsx": self.tr("Excel workbook")}
        self.format_boxes: dict[str, QCheckBox] = {}
        formats = QGroupBox(self.tr("Formats (several make a partner package)"))
        grid = QGridLayout(formats)
        for n, fmt in enumerate(FORMATS):
            box = QCheckBox(labels[fmt])
            box.toggled.connect(self._update_target)
            self.format_boxes[fmt] = box
            grid.addWidget(box, n // 2, n % 2)
        for fmt in remembered[0]:
            if fmt in self.format_boxes:
                self.format_boxes[fmt].setChecked(True)
        if not self.formats():
            self.format_boxes["shp"].setChecked(True)
        self.headers_box = QCheckBox(self.tr("Column headers in the interface language"))
        self.headers_box.setToolTip(self.tr(
            "Head the columns of the CSV and Excel tables with words in the interface "
            "language instead of the field names. Keep it off for files that go back "
            "into QGIS or MetKasekor."))
        self.headers_box.setChecked(worded_headers)
        grid.addWidget(self.headers_box, (len(FORMATS) + 1) // 2, 0, 1, 2)

        scope = QGroupBox(self.tr("Plots"))
        scope_layout = QVBoxLayout(scope)
        self.all_radio = QRadioButton(self.tr("All plots ({0})").format(len(layer.table)))
        selected = len(layer.selected)
        self.selection_radio = QRadioButton(self.tr("Selected plots ({0})").format(selected))
        self.selection_radio.setEnabled(selected > 0)
        self.filter_radio = QRadioButton(self.tr("Plots that match:"))
        group = QButtonGroup(self)
        for radio in (self.all_radio, self.selection_radio, self.filter_radio):
            group.addButton(radio)
            scope_layout.addWidget(radio)
        (self.selection_radio if selected else self.all_radio).setChecked(True)
        self.district = QComboBox()
        self.role = QComboBox()
        self.practice = QComboBox()
        self.planned = QCheckBox(self.tr("only plots with a plan in the season below"))
        filters = QFormLayout()
        filters.addRow(self.tr("District:"), self.district)
        filters.addRow(self.tr("Role:"), self.role)
        filters.addRow(self.tr("Practice:"), self.practice)
        filters.addRow(self.planned)
        scope_layout.addLayout(filters)
        self._fill_filters()
        for widget in (self.district, self.role, self.practice, self.planned):
            widget.setEnabled(False)
        self.filter_radio.toggled.connect(self._filters_enabled)

        self.season = QComboBox()
        self.crs = QComboBox()
        self.crs.addItem(self.tr("WGS 84 (longitude/latitude, EPSG:4326)"), 4326)
        self.crs.addItem(self.tr("WGS 84 / UTM zone 48N (metres, EPSG:32648)"), 32648)
        self.crs.setCurrentIndex(max(0, self.crs.findData(remembered[1])))
        self.crs_note = QLabel()
        self.crs_note.setWordWrap(True)
        self.crs.currentIndexChanged.connect(self._update_crs_note)
        self.target = QLineEdit(str(Path(start_dir or ".") / f"{project.path.stem}_plots.zip"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Season data:"), self.season)
        form.addRow(self.tr("Coordinate system:"), self.crs)
        form.addRow("", self.crs_note)
        form.addRow(self.tr("Save as:"), row)
        self._fill_seasons()
        self.personal_box = QCheckBox(self.tr(
            "Include personal data (farmers' names, phones and exact plot outlines)"))
        self.personal_box.setToolTip(self.tr(
            "Without it, the farmers' names and phone numbers are left out and each plot "
            "is a point at its centre (about 10 m) with its area."))
        self.personal_warning = QLabel(self.tr(
            "The files will hold personal data: keep them safe and share them only with "
            "those who need them."))
        self.personal_warning.setWordWrap(True)
        self.personal_warning.setStyleSheet("color: #a05a00;")
        self.personal_box.toggled.connect(self.personal_warning.setVisible)
        self.personal_box.setChecked(personal)
        self.personal_warning.setVisible(personal)
        form.addRow("", self.personal_box)
        form.addRow("", self.personal_warning)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(formats, 1)
        top.addWidget(scope, 1)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_target()

    # -- filling ---------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        from metkasekor_desktop.domain.places import district

        codes = sorted({str(v)[:4] for v in self.layer.table.village_codes if v})
        self.district.addItem(self.tr("any district"), None)
        for code in codes:
            unit = district(code)
            name = unit.name("kh" if self.language == "km" else "en") if unit else ""
            self.district.addItem(f"{code} {name}".strip(), code)
        self.role.addItem(self.tr("any role"), None)
        for value, text in (("demonstration", self.tr("demonstration")),
                            ("control", self.tr("control")),
                            ("farmer_field", self.tr("farmer field"))):
            self.role.addItem(text, value)
        self.practice.addItem(self.tr("any practice"), None)
        for p in self.project.practices.list():
            name = p.name_kh if self.language == "km" and p.name_kh else p.name_en
            self.practice.addItem(name, p.key)

    def _fill_seasons(self) -> None:
        from metkasekor_desktop.storage.plot_attributes import latest_season_id

        self.season.addItem(self.tr("none"), None)
        seasons = sorted(self.project.seasons.list(), key=lambda s: s.sort_key, reverse=True)
        for s in seasons:
            self.season.addItem(season_label(s), s.id)
        latest = latest_season_id(self.project)
        if latest is not None:
            self.season.setCurrentIndex(max(0, self.season.findData(latest)))

    def _filters_enabled(self, on: bool) -> None:
        for widget in (self.district, self.role, self.practice, self.planned):
            widget.setEnabled(on)

    # -- choices ---------------------------------------------------------------------------
    def formats(self) -> list[str]:
        return [f for f, box in self.format_boxes.items() if box.isChecked()]

    def is_package(self) -> bool:
        return len(self.formats()) > 1

    def has_tables(self) -> bool:
        """Whether a chosen format writes CSV or Excel tables (whose headers may be words)."""
        return any(f in _TABLE_FORMATS for f in self.formats())

    def headers_worded(self) -> bool:
        """Whether the tables written get words in the interface language as headers."""
        return self.headers_box.isChecked() and self.has_tables()

    def _suffix(self) -> str:
        formats = self.formats()
        return ".zip" if len(formats) != 1 else SUFFIXES[formats[0]]

    def _update_target(self) -> None:
        if not hasattr(self, "target"):
            return
        path = Path(self.target.text() or "plots")
        stem = path.stem.removesuffix("_package")
        suffix = self._suffix()
        name = f"{stem}_package{suffix}" if self.is_package() else f"{stem}{suffix}"
        self.target.setText(str(path.with_name(name)))
        self.export_button.setEnabled(bool(self.formats()))
        self.headers_box.setEnabled(self.has_tables())
        self._update_crs_note()

    def crs_written(self, formats: list[str] | None = None, epsg: int | None = None) -> str:
        """The CRS each chosen format is really written in, e.g. "GeoJSON written in
        WGS 84 (RFC 7946)" when UTM zone 48N was chosen: GeoJSON and KML are always WGS 84.
        """
        formats = self.formats() if formats is None else formats
        epsg = int(self.crs.currentData()) if epsg is None else epsg
        names = {"shp": self.tr("Shapefile"), "gpkg": self.tr("GeoPackage"),
                 "geojson": self.tr("GeoJSON"), "kml": self.tr("KML"), "kmz": self.tr("KMZ")}
        crs_names = {4326: self.tr("WGS 84 (EPSG:4326)"),
                     32648: self.tr("WGS 84 / UTM zone 48N (EPSG:32648)")}
        because = {"geojson": self.tr("WGS 84 (RFC 7946)"),
                   "kml": self.tr("WGS 84 (the KML standard)"),
                   "kmz": self.tr("WGS 84 (the KML standard)")}
        parts = []
        for fmt in (f for f in formats if f in _GEOMETRY_FORMATS):
            written = written_epsg(fmt, epsg)
            crs = (because[fmt] if fmt in WGS84_ONLY and written != epsg
                   else crs_names.get(written, f"EPSG:{written}"))
            parts.append(self.tr("{0} written in {1}").format(names[fmt], crs))
        return "; ".join(parts)

    def _update_crs_note(self) -> None:
        if hasattr(self, "crs_note"):
            self.crs_note.setText(self.crs_written())

    def _browse(self) -> None:
        suffix = self._suffix()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export plots as"),
                                              self.target.text(), f"*{suffix}")
        if name:
            if not name.lower().endswith(suffix):
                name += suffix
            self.target.setText(name)

    def export_filter(self) -> Any:
        from metkasekor_desktop.storage.export_data import ExportFilter

        if self.selection_radio.isChecked():
            return ExportFilter(plot_ids=list(self.layer.selected))
        if self.filter_radio.isChecked():
            return ExportFilter(
                district_code=self.district.currentData(), role=self.role.currentData(),
                practice_key=self.practice.currentData(),
                season_id=self.season.currentData() if self.planned.isChecked() else None)
        return ExportFilter()

    # -- writing ---------------------------------------------------------------------------
    def export(self) -> None:
        formats = self.formats()
        if not formats:
            return
        target = Path(self.target.text().strip())
        if target.suffix.lower() != self._suffix():
            target = target.with_suffix(self._suffix())
        if target.resolve() == Path(self.project.path).resolve():
            QMessageBox.warning(self, self.tr("Export plots"), self.tr(
                "That is the open project file; choose another name."))
            return
        if not target.parent.is_dir():
            QMessageBox.warning(self, self.tr("Export plots"), self.tr(
                "The folder {0} does not exist; choose another place.").format(target.parent))
            return
        if target.exists() and QMessageBox.question(
                self, self.tr("Export plots"),
                self.tr("{0} exists. Replace it?").format(target.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        flt = self.export_filter()
        season_id = self.season.currentData()
        epsg = int(self.crs.currentData())
        package = self.is_package()
        header_say = say if self.headers_worded() else None
        personal = self.personal_box.isChecked()
        project = self.project
        title = project.path.stem

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - background task
            from metkasekor_desktop.io.export_formats import export_single
            from metkasekor_desktop.io.partner_package import write_partner_package
            from metkasekor_desktop.layers.plot_export import needs_related, read_export

            data = read_export(project, flt, season_id=season_id,
                               with_related=needs_related(formats, package))
            progress(0.35)
            if not len(data.plots):
                raise DomainError(msg("No plots match ({description}); nothing was "
                                      "written.", description=data.description))
            if package:
                return data.plots, write_partner_package(
                    target, data.plots, data.related, formats, epsg=epsg,
                    title=say(msg("{project}: {plots}", project=title,
                                  plots=data.description)),
                    progress=lambda d, t: progress(0.35 + 0.65 * d / max(t, 1)),
                    cancelled=cancelled, say=say, header_say=header_say, personal=personal)
            return data.plots, export_single(formats[0], data.plots, data.related, target,
                                             target.stem, epsg=epsg, header_say=header_say,
                                             personal=personal)

        try:
            table, written = run_with_progress(self, self.tr("Exporting plots…"), work)
        except TaskCancelled:
            return
        except (DomainError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), say(exc))
            return
        self.written = Path(written)
        self.count = len(table)
        self.report = self.tr("Exported {0} plots to {1}.").format(self.count,
                                                                  self.written.name)
        if crs := self.crs_written(formats, epsg):
            self.report += " " + crs + "."
        self.report += " " + (self.tr("Personal data included.") if personal else self.tr(
            "Personal data left out: no farmers' names or phones, plots as points."))
        self.choices = (formats, epsg)
        self.worded_headers = self.headers_box.isChecked()
        self.personal = personal
        self.accept()
