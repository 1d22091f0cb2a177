"""File > Export map: the current view as a PNG or PDF page with title and legend."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.layers.map_export import MapPage
from metkasekor_desktop.ui.number_fields import SpinBox


class ExportMapDialog(QDialog):
    """Collects the page; :meth:`page` and :meth:`target` give what to write where."""

    def __init__(self, title: str, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map"))
        self.title = QLineEdit(title, self)
        self.subtitle = QLineEdit(self)
        self.path = QLineEdit(str(target), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.width_px = SpinBox(self)
        self.height_px = SpinBox(self)
        for box, value in ((self.width_px, 1754), (self.height_px, 1240)):
            box.setRange(200, 20000)
            box.setValue(value)
            box.setSuffix(" px")
        self.page_size = QComboBox(self)
        self.page_size.addItems(["A4", "A3"])
        self.legend = QCheckBox(self.tr("Legend"), self)
        self.scale_bar = QCheckBox(self.tr("Scale bar"), self)
        self.north_arrow = QCheckBox(self.tr("North arrow"), self)
        self.date = QCheckBox(self.tr("Date"), self)
        for box in (self.legend, self.scale_bar, self.north_arrow, self.date):
            box.setChecked(True)
        self.legend_position = QComboBox(self)
        self.legend_position.addItem(self.tr("Beside the map"), "right")
        self.legend_position.addItem(self.tr("Inside the map, bottom left"), "inside")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        size = QHBoxLayout()
        size.addWidget(self.width_px)
        size.addWidget(QLabel("×", self))
        size.addWidget(self.height_px)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Subtitle"), self.subtitle)
        form.addRow(self.tr("File (.png or .pdf)"), row)
        form.addRow(self.tr("Image size (PNG)"), size)
        form.addRow(self.tr("Page (PDF, landscape)"), self.page_size)
        form.addRow(self.tr("Legend position"), self.legend_position)
        checks = QHBoxLayout()
        for box in (self.legend, self.scale_bar, self.north_arrow, self.date):
            checks.addWidget(box)
        form.addRow(self.tr("Show"), checks)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.path.textChanged.connect(lambda _t: self._sync())
        self._sync()

    def _sync(self) -> None:
        pdf = self.target().suffix.lower() == ".pdf"
        self.page_size.setEnabled(pdf)
        self.width_px.setEnabled(not pdf)
        self.height_px.setEnabled(not pdf)

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"), self.path.text(),
                                              self.tr("PNG image (*.png);;PDF document (*.pdf)"))
        if name:
            self.path.setText(name)

    def target(self) -> Path:
        return Path(self.path.text().strip())

    def page(self) -> MapPage:
        extra = {} if self.date.isChecked() else {"date_text": ""}
        return MapPage(
            title=self.title.text().strip(), subtitle=self.subtitle.text().strip(),
            size_px=(self.width_px.value(), self.height_px.value()),
            page_size=self.page_size.currentText(), show_legend=self.legend.isChecked(),
            show_scale_bar=self.scale_bar.isChecked(),
            show_north_arrow=self.north_arrow.isChecked(),
            legend_position=self.legend_position.currentData(), **extra)
