"""Charts of a trial: CA against farmer practice over seasons, per site, and by practice;
the adoption of CA practices over seasons.

The figures come from ui.chart_data (the same plot values as the comparison report);
this module only draws them with pyqtgraph and exports them. pyqtgraph is imported when
a panel is made, never when this module is imported, so the main window opens without
it. The panel re-reads the project when the undo stack changes, so a new yield or soil
sample shows up (and disappears again on undo).

It follows the map selection (``follow_selection``): a plot of a trial shows that trial
and, over seasons, the plot's own values as a thin "this plot" line; exactly a trial's
plots show that trial; plots all in one district limit "Yields by practice" and
"Adoption over seasons" to that district. Any other selection lifts those limits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.trial import Trial
from metkasekor_desktop.io.table_export import write_csv
from metkasekor_desktop.layers.measure_words import unit_text
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.ui import chart_data as cd
from metkasekor_desktop.ui.stack_follower import RefreshWhenShown

OVER_SEASONS = "over_seasons"
PAIRED = "paired"
BY_PRACTICE = "by_practice"
ADOPTION = "adoption"
KINDS = (OVER_SEASONS, PAIRED, BY_PRACTICE, ADOPTION)
AREA_KINDS = (BY_PRACTICE, ADOPTION)  # the charts a district selection limits
ALL_SEASONS = -1
HECTARES = "hectares"  # the adoption chart's measures
LEGEND_OFFSET_PX = 10  # the legend's place from the plot's top left corner
LEGEND_ROW_PX = 26  # one legend row (a Khmer line is taller than a Latin one)
MIN_TITLE_WRAP_PX = 120  # narrower than this, a chart is still being laid out
PLOTS = "plots"

CA_COLOUR = "#2e7d32"  # green: conservation agriculture
FP_COLOUR = "#8d6e63"  # brown: farmer practice
PLOT_COLOUR = "#1565c0"  # blue: the plot selected on the map
WORSE_COLOUR = "#c62828"
# Practice combinations: CA in greens (the first is CA_COLOUR), with the farmer's practice
# in browns (the first is FP_COLOUR), none recorded in grey.
CA_GROUP_COLOURS = (CA_COLOUR, "#66bb6a", "#1b5e20", "#00897b", "#9ccc65", "#004d40")
FP_GROUP_COLOURS = (FP_COLOUR, "#bf8f6b", "#5d4037", "#d7a86e")
NONE_GROUP_COLOURS = ("#9e9e9e",)
OTHER_GROUP_COLOUR = "#bdbdbd"
GROUP_COLOURS = ("#2e7d32", "#8d6e63", "#1565c0", "#f9a825", "#6a1b9a", "#00838f",
                 "#ef6c00", "#5d4037", "#ad1457", "#558b2f")


class ChartsPanel(RefreshWhenShown, QWidget):
    """A chart kind, a trial, a measure and a season to choose; the chart; two exports.

    ``set_project(project, language, stack)`` binds it to an open project (None
    unbinds); ``show_trial(trial_id)`` chooses the trial, e.g. from a trial list;
    ``follow_selection(plot_ids)`` follows the map selection.
    """

    # kinds of records it shows
    listens = ("trials", "soil_samples", "yields", "plans", "seasons", "practices", "plots")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: only when a charts panel is made

        self._pg = pg
        self.project: Any = None
        self.stack: Any = None
        self.language = "kh"
        self.records = cd.ChartRecords()
        self.trials: list[Trial] = []
        self._stale = False
        self._table: cd.Table = ([], [])
        self.area: str | None = None  # district code of the map selection
        self.followed_plot: int | None = None  # the one plot selected on the map

        self.kind_box = QComboBox()
        for kind, text in ((OVER_SEASONS, self.tr("Over seasons")),
                           (PAIRED, self.tr("Paired differences per site")),
                           (BY_PRACTICE, self.tr("Yields by practice")),
                           (ADOPTION, self.tr("Adoption over seasons"))):
            self.kind_box.addItem(text, kind)
        self.trial_box = QComboBox()
        self.measure_box = QComboBox()
        self.season_box = QComboBox()
        self.trial_label = QLabel(self.tr("Trial:"))
        self.season_label = QLabel(self.tr("Season:"))
        self.area_label = QLabel()
        self.png_button = QPushButton(self.tr("Export &PNG..."))
        self.csv_button = QPushButton(self.tr("Export &CSV..."))
        self.message = QLabel()
        self.message.setWordWrap(True)

        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot_widget = pg.PlotWidget()
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.vb.sigResized.connect(self._fit_title)  # a narrower chart wraps
        self.plot_item.showGrid(x=False, y=True, alpha=0.3)
        self.legend = self.plot_item.addLegend(offset=(LEGEND_OFFSET_PX, LEGEND_OFFSET_PX))

        top = QHBoxLayout()
        top.addWidget(self.kind_box)
        top.addWidget(self.trial_label)
        top.addWidget(self.trial_box, 1)
        top.addWidget(self.area_label)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Measure:")))
        bottom.addWidget(self.measure_box, 1)
        bottom.addWidget(self.season_label)
        bottom.addWidget(self.season_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(buttons)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.trial_box.currentIndexChanged.connect(self._trial_changed)
        self.measure_box.currentIndexChanged.connect(self.redraw)
        self.season_box.currentIndexChanged.connect(self.redraw)
        self.png_button.clicked.connect(lambda: self.export_png())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self._update_selectors()

    # binding ------------------------------------------------------------------------
    def set_project(self, project: Any, language: str = "kh", stack: Any = None) -> None:
        """Show ``project``'s trials in ``language``; follow ``stack`` (an UndoStack)."""
        if self.stack is not None:
            self.stack.applied.disconnect(self._stack_changed)
        self.project, self.language, self.stack = project, language, stack
        if stack is not None:
            stack.applied.connect(self._stack_changed)
        self.reload()

    def reload(self) -> None:
        """Read the project's records again, keeping the current choices where they exist."""
        self._stale = False
        if self.project is None:
            self.records, self.trials = cd.ChartRecords(), []
        else:
            self.records = cd.ChartRecords.load(self.project)
            self.trials = sorted(self.project.trials.list(), key=lambda t: t.name)
        current = self.trial_box.currentData()
        with _Blocked(self.trial_box):
            self.trial_box.clear()
            for trial in self.trials:
                self.trial_box.addItem(trial.name, trial.id)
            index = self.trial_box.findData(current)
            self.trial_box.setCurrentIndex(max(index, 0) if self.trials else -1)
        self._update_selectors()

    def show_trial(self, trial_id: int) -> bool:
        """Chart the trial with ``trial_id``; False when the project has no such trial."""
        index = self.trial_box.findData(trial_id)
        if index < 0:
            return False
        self.trial_box.setCurrentIndex(index)
        return True

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))

    def set_measure(self, code: str) -> bool:
        index = self.measure_box.findData(code)
        if index >= 0:
            self.measure_box.setCurrentIndex(index)
        return index >= 0

    def current_trial(self) -> Trial | None:
        trial_id = self.trial_box.currentData()
        return next((t for t in self.trials if t.id == trial_id), None)

    def current_measure(self) -> cd.Measure | None:
        """The crop yield or soil indicator chosen (None for the adoption chart)."""
        code = self.measure_box.currentData()
        if not code or ":" not in code:
            return None
        kind, key = code.split(":", 1)
        return cd.yield_measure(key) if kind == cd.YIELD else cd.soil_measure(key)

    def table(self) -> cd.Table:
        """Headers and rows of the data the chart shows now (what Export CSV writes)."""
        return self._table

    def follow_selection(self, plot_ids: Iterable[int]) -> None:
        """Show what the map selection stands for (see the module docstring).

        A trial that the selection points to becomes the current trial; a selection
        that points to none keeps the current trial but drops the "this plot" line.
        """
        ids = tuple(int(i) for i in plot_ids)
        trial = cd.trial_of_selection(ids, self.trials)
        self.followed_plot = ids[0] if trial is not None and len(ids) == 1 else None
        self.area = cd.district_of_selection(ids, self.records.plots)
        if trial is not None:
            with _Blocked(self.trial_box):
                self.trial_box.setCurrentIndex(self.trial_box.findData(trial.id))
        self._update_selectors()

    # selectors ----------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self._update_selectors()

    def _trial_changed(self) -> None:
        self._update_selectors()

    def _update_selectors(self) -> None:
        kind = self.kind_box.currentData()
        trial = self.current_trial()
        by_practice = kind == BY_PRACTICE
        self.trial_label.setVisible(kind not in AREA_KINDS)
        self.trial_box.setVisible(kind not in AREA_KINDS)
        self.season_label.setVisible(kind in (PAIRED, BY_PRACTICE))
        self.season_box.setVisible(kind in (PAIRED, BY_PRACTICE))
        district = places.district(self.area) if self.area else None
        self.area_label.setText(self.tr("District: {name}").format(
            name=district.name(self.language) if district else self.area or ""))
        self.area_label.setVisible(bool(self.area) and kind in AREA_KINDS)
        if kind == ADOPTION:
            items = [(self.tr("Hectares under the practice"), HECTARES),
                     (self.tr("Plots with the practice"), PLOTS)]
        elif by_practice:
            crops = {y.crop for y in self.records.yields}
            items = [(self._measure_label(cd.yield_measure(c)), cd.yield_measure(c).code)
                     for c in CROPS if c in crops]
        else:
            items = [(self._measure_label(m), m.code)
                     for m in (cd.trial_measures(self.records, trial) if trial else [])]
        with _Blocked(self.measure_box):
            current = self.measure_box.currentData()
            self.measure_box.clear()
            for text, code in items:
                self.measure_box.addItem(text, code)
            index = self.measure_box.findData(current)
            self.measure_box.setCurrentIndex(max(index, 0) if items else -1)
        if by_practice:
            seasons = self.records.seasons
        elif trial is not None:
            seasons = [s for s in self.records.seasons
                       if not trial.season_ids or s.id in trial.season_ids]
        else:
            seasons = []
        with _Blocked(self.season_box):
            current = self.season_box.currentData()
            self.season_box.clear()
            if by_practice:
                self.season_box.addItem(self.tr("All seasons"), ALL_SEASONS)
            for s in seasons:
                self.season_box.addItem(season_label(s), s.id)
            index = self.season_box.findData(current)
            self.season_box.setCurrentIndex(max(index, 0) if self.season_box.count() else -1)
        self.redraw()

    def _measure_label(self, measure: cd.Measure) -> str:
        name = measure.name(self.language)
        if measure.kind == cd.YIELD:
            return self.tr("Yield of {crop} (t/ha)").format(crop=name)
        return f"{name} ({unit_text(measure.unit)})" if measure.unit else name

    # drawing ------------------------------------------------------------------------
    def redraw(self) -> None:
        """Draw the chosen chart; say why when there is nothing to draw."""
        self.plot_item.clear()
        self.legend.clear()
        self.plot_item.setTitle(None)
        self._table = ([], [])
        kind = self.kind_box.currentData()
        measure = self.current_measure()
        trial = self.current_trial()
        if kind == ADOPTION:
            drawn = self._draw_adoption()
            self._say("" if drawn else self.tr("No plans with CA practices to chart here."))
            self._apply_fonts()
            return
        if measure is None or (kind != BY_PRACTICE and trial is None):
            self._say(self.tr("No trial results to chart: record yields or soil samples of "
                              "a trial's plots first."))
            return
        if kind == OVER_SEASONS:
            drawn = self._draw_over_seasons(trial, measure)
        elif kind == PAIRED:
            drawn = self._draw_paired(trial, measure)
        else:
            drawn = self._draw_by_practice(measure)
        self._say("" if drawn else self.tr("No values of this measure to chart here."))
        self._apply_fonts()

    def _draw_over_seasons(self, trial: Trial, measure: cd.Measure) -> bool:
        pg = self._pg
        rows = cd.over_seasons(self.records, trial, measure)
        members = {m.plot_id for m in trial.members}
        this = (cd.plot_over_seasons(self.records, trial, measure, self.followed_plot)
                if self.followed_plot in members else None)
        self._table = cd.over_seasons_table(rows, this)
        if not rows:
            return False
        xs = list(range(len(rows)))
        for colour, name, means, ses, shift in (
                (CA_COLOUR, self.tr("CA (demonstration)"), [r.mean_ca for r in rows],
                 [r.se_ca for r in rows], -0.04),
                (FP_COLOUR, self.tr("FP (farmer practice)"), [r.mean_fp for r in rows],
                 [r.se_fp for r in rows], 0.04)):
            x = [v + shift for v in xs]
            self.plot_item.plot(x, means, name=name, pen=pg.mkPen(colour, width=2),
                                symbol="o", symbolBrush=colour, symbolPen=colour)
            heights = [0.0 if math.isnan(s) else 2 * s for s in ses]
            self.plot_item.addItem(pg.ErrorBarItem(
                x=_array(x), y=_array(means), height=_array(heights), beam=0.12,
                pen=pg.mkPen(colour, width=1.5)))
        if this:
            drawn = [(i, this[r.season]) for i, r in enumerate(rows) if r.season in this]
            self.plot_item.plot([x for x, _ in drawn], [v for _, v in drawn],
                                name=self.tr("This plot"), pen=pg.mkPen(PLOT_COLOUR, width=1),
                                symbol="t", symbolSize=7, symbolBrush=PLOT_COLOUR,
                                symbolPen=PLOT_COLOUR)
        self._axes(self.tr("Season"), self._measure_label(measure),
                   [r.season for r in rows])
        self.plot_item.setTitle(self.tr("{trial}: mean ± standard error").format(
            trial=trial.name))
        return True

    def _draw_paired(self, trial: Trial, measure: cd.Measure) -> bool:
        pg = self._pg
        season = self.records.season(self.season_box.currentData() or 0)
        rows = cd.paired_by_site(self.records, trial, season, measure) if season else []
        self._table = cd.paired_by_site_table(rows)
        if not rows:
            return False
        diffs = [r.difference for r in rows]
        brushes = [pg.mkBrush(CA_COLOUR if d >= 0 else WORSE_COLOUR) for d in diffs]
        self.plot_item.addItem(pg.BarGraphItem(x=_array(range(len(rows))), height=_array(diffs),
                                               width=0.6, brushes=brushes))
        self.plot_item.addItem(pg.InfiniteLine(pos=0, angle=0,
                                               pen=pg.mkPen("k", width=1)))
        self._axes(self.tr("Site"), self.tr("CA − FP: {measure}").format(
            measure=self._measure_label(measure)), [r.site for r in rows])
        self.plot_item.setTitle(f"{trial.name}, {season_label(season)}")
        return True

    def _draw_by_practice(self, measure: cd.Measure) -> bool:
        chosen = self.season_box.currentData()
        seasons = [s for s in self.records.seasons if chosen in (ALL_SEASONS, s.id)]
        rows = cd.yields_by_practice(self.records, measure.key, seasons, self.language,
                                     self.tr("No practice recorded"), self.area)
        self._table = cd.yields_by_practice_table(rows)
        if not rows:
            return False
        # CA combinations first and in greens, those with the farmer's practice in browns,
        # as in the trial charts and on the map: the colours never swap between views.
        kind = {r.practices: r.ca for r in rows}
        groups = sorted(kind, key=lambda g: ({True: 0, False: 1, None: 2}[kind[g]], g))
        palette = {True: iter(CA_GROUP_COLOURS), False: iter(FP_GROUP_COLOURS),
                   None: iter(NONE_GROUP_COLOURS)}
        colours = [next(palette[kind[g]], OTHER_GROUP_COLOUR) for g in groups]
        self._grouped_bars([(r.season, r.practices, r.mean_t_ha) for r in rows], groups,
                           colours)
        self._axes(self.tr("Season"), self._measure_label(measure),
                   list(dict.fromkeys(r.season for r in rows)))
        self._room_for_legend(max((r.mean_t_ha for r in rows), default=0.0), len(groups))
        self.plot_item.setTitle(self.tr("Mean yield by practice combination"))
        return True

    def _draw_adoption(self) -> bool:
        rows = cd.adoption_over_seasons(self.records, self.area, self.language,
                                        self.tr("All CA practices (each plot once)"))
        self._table = cd.adoption_table(rows)
        if not rows:
            return False
        hectares = self.measure_box.currentData() != PLOTS
        values = [(r.season, r.practice, r.hectares if hectares else r.plots) for r in rows]
        groups = list(dict.fromkeys(r.practice for r in rows))
        self._grouped_bars(values, groups)
        self._axes(self.tr("Season"), self.measure_box.currentText(),
                   list(dict.fromkeys(r.season for r in rows)))
        self._room_for_legend(max((float(v) for _s, _g, v in values), default=0.0),
                              len(groups))
        self.plot_item.setTitle(self.tr("Adoption of CA practices over seasons"))
        return True

    def _grouped_bars(self, values: Sequence[tuple[str, str, float]],
                      groups: Sequence[str], colours: Sequence[str] | None = None) -> None:
        """Bars of (season, group, value): the seasons side by side, a colour per group
        (``colours`` in the order of ``groups``, else the group palette)."""
        pg = self._pg
        season_names = list(dict.fromkeys(season for season, _g, _v in values))
        width = 0.8 / len(groups)
        for g, label in enumerate(groups):
            mine = [(season, v) for season, group, v in values if group == label]
            x = [season_names.index(season) - 0.4 + width * (g + 0.5) for season, _v in mine]
            colour = colours[g] if colours else GROUP_COLOURS[g % len(GROUP_COLOURS)]
            self.plot_item.addItem(pg.BarGraphItem(
                x=_array(x), height=_array([v for _s, v in mine]), width=width * 0.9,
                brush=colour, name=label))

    def _axes(self, x_label: str, y_label: str, ticks: list[str]) -> None:
        bottom = self.plot_item.getAxis("bottom")
        for axis in (bottom, self.plot_item.getAxis("left")):
            axis.enableAutoSIPrefix(False)  # no "(x0.001)" after a season or a unit
        bottom.setTicks([[(i, t) for i, t in enumerate(ticks)]])
        self.plot_item.setLabel("bottom", x_label)
        self.plot_item.setLabel("left", y_label)
        self.plot_item.setXRange(-0.6, len(ticks) - 0.4, padding=0)
        self.plot_item.enableAutoRange(axis="y")

    def _room_for_legend(self, top: float, rows: int) -> None:
        """The y axis goes on above the tallest bar by the legend's share of the plot's
        height, so that the legend (top left) covers no bar."""
        if not top > 0:
            return
        height = max(float(self.plot_item.vb.height()), 240.0)
        share = min(0.6, (rows * LEGEND_ROW_PX + 2 * LEGEND_OFFSET_PX) / height)
        self.plot_item.setYRange(0.0, top / (1.0 - share), padding=0)

    def _apply_fonts(self) -> None:
        """Draw axis labels, ticks and legend with the application font, so Khmer shows."""
        font = QFont(QApplication.font())
        for name in ("bottom", "left"):
            axis = self.plot_item.getAxis(name)
            axis.label.setFont(font)
            axis.setTickFont(font)
        for _sample, label in self.legend.items:
            label.item.setFont(font)
        self.plot_item.titleLabel.item.setFont(font)
        self._fit_title()

    def _fit_title(self) -> None:
        """pyqtgraph gives a title one 30-pixel row: a taller (Khmer) line or a title
        wider than the chart would be cut. Wrap it to the chart's width and give its row
        the height of the text."""
        label = self.plot_item.titleLabel
        if not label.isVisible():
            return
        text = label.item
        text.setTextWidth(-1)
        label.setMinimumWidth(0)  # pyqtgraph's minimum is the unwrapped text's width
        room = self.plot_item.vb.width() - 8  # the title sits above the plot area
        # A chart being laid out may be a few pixels wide for a moment: wrapping to
        # that made a title row hundreds of pixels tall that then never shrank back,
        # and a docked chart showed only its top (its plot taller than its view).
        if room >= MIN_TITLE_WRAP_PX and text.boundingRect().width() > room:
            text.setTextWidth(room)
        height = max(30.0, text.boundingRect().height() + 4)
        label.setMinimumHeight(height)
        label.setMaximumHeight(height)
        self.plot_item.layout.setRowFixedHeight(0, height)
        self.plot_item.layout.activate()
        label.resizeEvent(None)  # centre the wrapped text in its row again
        view = self.plot_widget
        if self.plot_item.geometry().height() > view.height() > 0:  # back into the view
            self._pg.GraphicsView.setRange(view, view.range, padding=0,
                                           disableAutoPixel=False)

    def title_fits(self) -> bool:
        """Whether the title's text lies wholly inside its row (for tests)."""
        label = self.plot_item.titleLabel
        box = label.item.mapRectToItem(label, label.item.boundingRect())
        inner = label.boundingRect().adjusted(-1, -1, 1, 1)
        return not label.isVisible() or inner.contains(box)

    def axis_label(self, name: str) -> str:
        """The plain text of an axis label ("bottom" or "left"), as drawn."""
        return self.plot_item.getAxis(name).label.toPlainText().strip()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.png_button.setEnabled(not text)
        self.csv_button.setEnabled(bool(self._table[1]))

    # export -------------------------------------------------------------------------
    def export_png(self, path: str | Path | None = None) -> Path | None:
        """Save the chart as a PNG image; ask where when no ``path`` is given."""
        if path is None:
            path = self._ask(self.tr("Export chart as PNG"), self.tr("PNG images (*.png)"),
                             ".png")
            if path is None:
                return None
        from pyqtgraph.exporters import ImageExporter

        out = Path(path)
        exporter = ImageExporter(self.plot_item)
        exporter.parameters()["width"] = max(1200, int(self.plot_item.sceneBoundingRect()
                                                       .width()))
        exporter.parameters()["background"] = QColor("white")
        try:
            exporter.export(str(out))
        except OSError as error:
            self._refuse(self.tr("The chart could not be exported"), say(error))
            return None
        if not out.is_file() or out.stat().st_size == 0:
            self._refuse(self.tr("The chart could not be exported"),
                         self.tr("{file} could not be written. Choose another folder.")
                         .format(file=str(out)))
            return None
        return out

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Save the numbers behind the chart as CSV; ask where when no ``path`` is given."""
        if path is None:
            path = self._ask(self.tr("Export chart data as CSV"),
                             self.tr("CSV files (*.csv)"), ".csv")
            if path is None:
                return None
        headers, rows = self._table
        try:
            return write_csv(path, headers, rows)
        except (DomainError, OSError) as error:
            self._refuse(self.tr("The chart data could not be exported"), say(error))
            return None

    def _ask(self, caption: str, filters: str, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, caption, "", filters)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _refuse(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # following the project --------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()


def _array(values: Any) -> Any:
    import numpy as np

    return np.asarray(list(values), dtype=float)


class _Blocked:
    """Fill a combo box without each step redrawing the chart."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def __enter__(self) -> None:
        self.widget.blockSignals(True)

    def __exit__(self, *_exc: object) -> None:
        self.widget.blockSignals(False)
