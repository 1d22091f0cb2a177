"""The map of the season report: every plot of the register coloured by the practices of
its plan in the season, with scale bars, north arrows and one legend.

Districts lie tens of kilometres apart and their plots are a few hundred metres wide, so
one map of the whole register shows dots. When the plots lie in a few districts
(:data:`MAX_PANELS` at most), each district gets its own map, side by side; otherwise
one map shows them all. Only the plots are drawn: a basemap would need tiles the office
may not have, and would make the same project give another report on another PC.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPainter

from metkasekor_desktop.analysis.season_report import SeasonReportData
from metkasekor_desktop.layers import decorations as deco
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_export import (
    LEGEND,
    MapPage,
    legend_entries,
    page_layout,
    paint_page,
)
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.plot_styling import apply_style
from metkasekor_desktop.layers.project_map import extent_of, map_epsg_of
from metkasekor_desktop.layers.season_report_words import area_name
from metkasekor_desktop.layers.viewport import Viewport
from metkasekor_desktop.storage.project import Project

MAX_PANELS = 6
COLUMNS = 2


def districts_of(plots: PlotLayer) -> list[str]:
    """The district codes of the plots (those with a village), in code order."""
    codes = {str(c or "")[:4] for c in plots.table.village_codes}
    return sorted(c for c in codes if len(c) == 4)


def draw_practice_map(painter: QPainter, rect: QRectF, project: Project,
                      data: SeasonReportData, names: str) -> None:
    """Draw the map into ``rect`` of ``painter`` (a picture of the report, whose device
    units are 1/96 inch times ``rect.width() / 640``)."""
    epsg = map_epsg_of(project)
    plots = PlotLayer(project.plots.load_table(), epsg,
                      QCoreApplication.translate("styles", "Plots"))  # the legend's heading
    if plots.extent() is None:
        return
    apply_style(plots, project, "practice", season_id=data.season.id, language=names)
    layers = LayerList()
    layers.replace([plots])
    dpi = 96.0 * rect.width() / 640.0
    pt = dpi / 72.0
    entries = legend_entries(layers)
    font = deco.decoration_font(9 * pt)
    title = QCoreApplication.translate("MapExport", LEGEND)
    legend = deco.legend_size(entries, font, rect.width(), title)
    maps = QRectF(rect.left(), rect.top(), rect.width(),
                  rect.height() - legend.height() - 8 * pt)
    districts = districts_of(plots)
    if 1 < len(districts) <= MAX_PANELS:
        panels = [(area_name(code, names), extent_of(plots, code)) for code in districts]
    else:
        panels = [("", plots.extent())]
    columns = 1 if len(panels) == 1 else COLUMNS
    rows = math.ceil(len(panels) / columns)
    gap = 8 * pt
    cell_w = (maps.width() - gap * (columns - 1)) / columns
    cell_h = (maps.height() - gap * (rows - 1)) / rows
    for n, (name, extent) in enumerate(panels):
        r, c = divmod(n, columns)
        cell = QRectF(maps.left() + c * (cell_w + gap), maps.top() + r * (cell_h + gap),
                      cell_w, cell_h)
        _panel(painter, cell, layers, epsg, name, extent, dpi)
    deco.draw_legend(painter, QPointF(rect.left(), maps.bottom() + gap), entries, title,
                     font, rect.width())


def _panel(painter: QPainter, cell: QRectF, layers: LayerList, epsg: int, name: str,
           extent: tuple[float, float, float, float], dpi: float) -> None:
    page = MapPage(title=name, subtitle="", date_text="", show_legend=False,
                   size_px=(max(1, round(cell.width())), max(1, round(cell.height()))),
                   dpi=dpi)
    width = max(1, round(cell.width() * 96.0 / dpi))
    height = max(1, round(cell.height() * 96.0 / dpi))
    view = Viewport(0.0, 0.0, 1.0, width, height).fitted(_padded(extent, epsg))
    layout = page_layout(layers, view, page, ".png", QSizeF(cell.width(), cell.height()))
    painter.save()
    try:
        painter.translate(cell.topLeft())
        paint_page(painter, layers, epsg, layout, page)
    finally:
        painter.restore()


def _padded(extent: tuple[float, float, float, float],
            epsg: int) -> tuple[float, float, float, float]:
    """An extent at least 500 m wide (one plot alone would fill the panel)."""
    xmin, ymin, xmax, ymax = extent
    least = 0.0045 if epsg == 4326 else 500.0  # degrees, else metres
    pad = max(0.0, least - (xmax - xmin)) / 2, max(0.0, least - (ymax - ymin)) / 2
    return (xmin - pad[0], ymin - pad[1], xmax + pad[0], ymax + pad[1])

