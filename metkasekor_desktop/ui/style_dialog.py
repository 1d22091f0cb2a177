"""Style of the plot layer: colours by role, practice, crop, provider, stage or area;
labels."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QWidget,
)

from metkasekor_desktop.layers.label_settings import LabelSettings
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.plot_styling import (
    READ_KINDS,
    SEASON_KINDS,
    apply_style,
    load_attribute,
)
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.layers.styles import GraduatedStyle, SingleStyle
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.plot_attributes import latest_season_id
from metkasekor_desktop.ui.apply_dialog import ApplyDialog
from metkasekor_desktop.ui.number_fields import DoubleSpinBox, SpinBox


class PlotStyleDialog(ApplyDialog):
    """Apply shows the change at once; Cancel puts the style and labels back."""

    def __init__(self, layer: PlotLayer, project: Project, language: str = "kh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plot style"))
        self.layer, self.project, self.language = layer, project, language
        self._saved = (layer.style, layer.labels)

        self.kind = QComboBox(self)
        for key, text in (("single", self.tr("One colour")), ("role", self.tr("By role")),
                          ("practice", self.tr("By practice in a season")),
                          ("crop", self.tr("By crop in a season")),
                          ("provider", self.tr("By service provider in a season")),
                          ("stage", self.tr("By MetKasekor stage")),
                          ("area", self.tr("By area (classes)"))):
            self.kind.addItem(text, key)
        self.season = QComboBox(self)
        seasons = sorted(project.seasons.list(), key=lambda s: s.sort_key, reverse=True)
        for season in seasons:
            self.season.addItem(season_label(season), season.id)
        self.classes = SpinBox(self)
        self.classes.setRange(2, 9)
        self.classes.setValue(5)
        self.method = QComboBox(self)
        self.method.addItem(self.tr("Equal counts (quantiles)"), "quantile")
        self.method.addItem(self.tr("Equal widths"), "equal")
        colours = QGroupBox(self.tr("Colours"), self)
        form = QFormLayout(colours)
        form.addRow(self.tr("Colour plots"), self.kind)
        form.addRow(self.tr("Season"), self.season)
        form.addRow(self.tr("Classes"), self.classes)
        form.addRow(self.tr("Class breaks"), self.method)

        self.labels_on = QCheckBox(self.tr("Show labels"), self)
        self.field = QComboBox(self)
        for key, text in (("code", self.tr("Plot code")),
                          ("farmer_kh", self.tr("Farmer name (Khmer)")),
                          ("farmer_latin", self.tr("Farmer name (Latin letters)"))):
            self.field.addItem(text, key)
        self.size = DoubleSpinBox(self)
        self.size.setRange(6, 24)
        self.size.setSuffix(" pt")
        self.min_size = SpinBox(self)
        self.min_size.setRange(0, 400)
        self.min_size.setSuffix(" px")
        self.min_size.setToolTip(self.tr("Plots smaller than this on screen get no label"))
        labels = QGroupBox(self.tr("Labels"), self)
        lform = QFormLayout(labels)
        lform.addRow(self.labels_on)
        lform.addRow(self.tr("Text"), self.field)
        lform.addRow(self.tr("Size"), self.size)
        lform.addRow(self.tr("Hide on plots smaller than"), self.min_size)

        self.body.addWidget(colours)
        self.body.addWidget(labels)
        self._show_current(seasons)
        self.kind.currentIndexChanged.connect(lambda _i: self._sync())
        self._sync()

    def _show_current(self, seasons) -> None:
        style, labels = self.layer.style, self.layer.labels
        attribute = getattr(style, "attribute", None)
        kind = ("single" if isinstance(style, SingleStyle) else
                "area" if isinstance(style, GraduatedStyle) else attribute or "role")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        season_id = getattr(style, "season_id", None) or latest_season_id(self.project)
        if season_id is not None and self.season.findData(season_id) >= 0:
            self.season.setCurrentIndex(self.season.findData(season_id))
        if isinstance(style, GraduatedStyle):
            self.classes.setValue(len(style.symbols))
        self.labels_on.setChecked(labels.enabled)
        self.field.setCurrentIndex(max(0, self.field.findData(labels.field)))
        self.size.setValue(labels.font_size_pt)
        self.min_size.setValue(int(labels.min_size_px))

    def _sync(self) -> None:
        kind = self.kind.currentData()
        self.season.setEnabled(kind in SEASON_KINDS and self.season.count() > 0)
        self.classes.setEnabled(kind == "area")
        self.method.setEnabled(kind == "area")
        self.message.clear()

    def do_apply(self) -> None:
        """Put the chosen style and labels on the layer (a DomainError refuses them)."""
        apply_style(self.layer, self.project, self.kind.currentData(),
                    season_id=self.season.currentData(), language=self.language,
                    classes=self.classes.value(), method=self.method.currentData())
        self.layer.labels = LabelSettings(
            enabled=self.labels_on.isChecked(), field=self.field.currentData(),
            font_size_pt=self.size.value(), min_size_px=float(self.min_size.value()),
        ).validated()

    def restore(self) -> None:
        style, labels = self._saved
        if self.layer.style is not style or self.layer.labels != labels:
            attribute = getattr(style, "attribute", None)
            if attribute in READ_KINDS:  # its data may have been replaced
                load_attribute(self.layer, self.project, attribute,
                               getattr(style, "season_id", None))
            self.layer.set_style(style)
            self.layer.labels = labels
