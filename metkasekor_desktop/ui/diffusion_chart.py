"""The chart of one area's diffusion: farmers who have adopted so far, year by year (bars),
the Bass curve fitted to them with its 95 % band (solid over the data, dashed over the
projection) and the tipping point as a horizontal line.

The figures are analysis.diffusion's (an :class:`AreaDiffusion`); this module only draws
them with pyqtgraph, which is imported when a chart is made. What was drawn is kept as
plain lists (``observed``, ``fitted``, ``projected``, ``tipping_y``) so that tests can
compare it with the analysis.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from metkasekor_desktop.analysis.diffusion import AreaDiffusion
from metkasekor_desktop.ui.charts_panel import CA_COLOUR, LEGEND_OFFSET_PX, LEGEND_ROW_PX

BAR_COLOUR = "#a5d6a7"  # light green: farmers who have adopted (the data)
BAND_ALPHA = 60  # of the 95 % band's fill, out of 255
TIPPING_COLOUR = "#c62828"
BAR_WIDTH = 0.6  # of a year


class DiffusionChart(QWidget):
    """A pyqtgraph plot of one :class:`AreaDiffusion` (``show_area``) or of nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: only when a chart is made

        self._pg = pg
        self.observed: tuple[list[int], list[int]] = ([], [])
        self.fitted: tuple[list[int], list[float]] = ([], [])  # years of the data
        self.projected: tuple[list[int], list[float]] = ([], [])  # from the last data year
        self.band: tuple[list[int], list[float], list[float]] = ([], [], [])
        self.tipping_y: float | None = None
        self.tipping_line = None  # the pyqtgraph InfiniteLine, once drawn
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot_widget = pg.PlotWidget(self)
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.showGrid(x=False, y=True, alpha=0.3)
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.legend = self.plot_item.addLegend(offset=(LEGEND_OFFSET_PX, LEGEND_OFFSET_PX))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)

    def clear(self) -> None:
        self.plot_item.clear()
        self.legend.clear()
        self.observed, self.fitted, self.projected = ([], []), ([], []), ([], [])
        self.band = ([], [], [])
        self.tipping_y, self.tipping_line = None, None

    def show_area(self, result: AreaDiffusion) -> None:
        """Draw the area's data, and its fit and tipping point where there is one."""
        pg = self._pg
        self.clear()
        fit, tipping = result.fit, result.tipping
        years, cumulative = result.uptake.observed_years()
        self.observed = (list(years), list(cumulative))
        if years:
            bars = pg.BarGraphItem(x=[float(y) for y in years],
                                   height=[float(c) for c in cumulative], width=BAR_WIDTH,
                                   brush=pg.mkBrush(BAR_COLOUR), pen=pg.mkPen(CA_COLOUR))
            self.plot_item.addItem(bars)
            self.legend.addItem(bars, self.tr("Farmers who have adopted"))
        last_data = max(years, default=None)
        if fit.identifiable and fit.curve:
            curve = fit.curve
            x = [float(c.year) for c in curve]
            low = pg.PlotCurveItem(x, [c.low for c in curve])
            high = pg.PlotCurveItem(x, [c.high for c in curve])
            band = pg.FillBetweenItem(low, high, brush=pg.mkBrush(_alpha(CA_COLOUR)))
            band.setZValue(-10)  # behind the bars
            self.plot_item.addItem(band)
            # The legend draws a sample from an item's options, which a fill has not:
            # a bar of the band's colour stands for it there.
            sample = pg.BarGraphItem(x=[], height=[], width=1.0,
                                     brush=pg.mkBrush(_alpha(CA_COLOUR)), pen=None)
            self.legend.addItem(sample, self.tr("95 % band"))
            self.band = ([c.year for c in curve], [c.low for c in curve],
                         [c.high for c in curve])
            known = [c for c in curve if last_data is None or c.year <= last_data]
            ahead = [c for c in curve if last_data is not None and c.year >= last_data]
            self.fitted = ([c.year for c in known], [c.fitted for c in known])
            self.projected = ([c.year for c in ahead], [c.fitted for c in ahead])
            solid = self.plot_item.plot([float(y) for y in self.fitted[0]], self.fitted[1],
                                        pen=pg.mkPen(CA_COLOUR, width=2.5))
            self.legend.addItem(solid, self.tr("Bass model"))
            if len(ahead) > 1:
                dashed = self.plot_item.plot(
                    [float(y) for y in self.projected[0]], self.projected[1],
                    pen=pg.mkPen(CA_COLOUR, width=2.5, style=Qt.PenStyle.DashLine))
                self.legend.addItem(dashed, self.tr("Projection"))
        m = fit.market_potential
        if m > 0:
            self.tipping_y = tipping.threshold * m
            self.tipping_line = pg.InfiniteLine(
                pos=self.tipping_y, angle=0,
                pen=pg.mkPen(TIPPING_COLOUR, width=1.5, style=Qt.PenStyle.DotLine),
                label=self.tr("Tipping point: {share} of {m} = {n} farmers").format(
                    share=f"{round(tipping.threshold * 100, 1):g} %", m=f"{m:g}",
                    n=f"{self.tipping_y:.1f}"),
                labelOpts={**_label_place(bool(self.projected[0])),
                           "color": TIPPING_COLOUR})
            self.plot_item.addItem(self.tipping_line)
        self._axes(years, [c.year for c in fit.curve] if fit.identifiable else [])
        self._apply_fonts()

    def tipping_label(self) -> str:
        """The tipping line's text as drawn ("" without a line)."""
        line = self.tipping_line
        return "" if line is None else line.label.toPlainText()

    # --- internals ------------------------------------------------------------------
    def _axes(self, years: list[int], curve_years: list[int]) -> None:
        every = sorted(set(years) | set(curve_years))
        bottom, left = self.plot_item.getAxis("bottom"), self.plot_item.getAxis("left")
        for axis in (bottom, left):
            axis.enableAutoSIPrefix(False)
        step = 1 if len(every) <= 12 else 2
        bottom.setTicks([[(float(y), str(y)) for y in every[::step]]])
        self.plot_item.setLabel("bottom", self.tr("Year"))
        self.plot_item.setLabel("left", self.tr("Farmers"))
        if every:
            self.plot_item.setXRange(every[0] - 0.6, every[-1] + 0.6, padding=0)
        tops = [*self.observed[1], *self.band[2], self.tipping_y or 0.0, 1.0]
        rows = len(self.legend.items)
        height = max(float(self.plot_item.vb.height()), 300.0)
        share = min(0.5, (rows * LEGEND_ROW_PX + 2 * LEGEND_OFFSET_PX) / height)
        self.plot_item.setYRange(0.0, max(tops) * 1.05 / (1.0 - share), padding=0)

    def _apply_fonts(self) -> None:
        """Axis labels, ticks, legend and the line's label in the application
        font, so Khmer shows."""
        font = QFont(QApplication.font())
        for name in ("bottom", "left"):
            axis = self.plot_item.getAxis(name)
            axis.label.setFont(font)
            axis.setTickFont(font)
        for _sample, label in self.legend.items:
            label.item.setFont(font)
        if self.tipping_line is not None:
            self.tipping_line.label.setFont(font)


def _label_place(projected: bool) -> dict:
    """Where the tipping line's words go, just under the line: at the right over a
    projection (the curve is above the line by then), else at the left, where the bars
    of the first years are low."""
    if projected:
        return {"position": 0.98, "anchors": [(1, 0), (1, 0)]}
    return {"position": 0.02, "anchors": [(0, 0), (0, 0)]}


def _alpha(colour: str) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(BAND_ALPHA)
    return faded
