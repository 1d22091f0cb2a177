"""Outline a trial's plots on the map overlay, coloured by treatment.

A trial has a few dozen plots, so one QPainterPath per plot is cheap; the outlines are
drawn on the canvas overlay (on top of the cached map image), never into the map render,
so showing another trial does not re-render the plots.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import shapely
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from metkasekor_desktop.domain.trial import CONTROL, DEMONSTRATION
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.viewport import Viewport

DEMONSTRATION_COLOUR = (27, 160, 60)  # CA: green
CONTROL_COLOUR = (245, 130, 20)  # farmer practice: orange
OTHER_COLOUR = (30, 100, 230)  # any other treatment: blue
OUTLINE_PX = 3.5


def treatment_colour(treatment: str) -> tuple[int, int, int]:
    """The outline colour of a member with this treatment."""
    if treatment == DEMONSTRATION:
        return DEMONSTRATION_COLOUR
    if treatment == CONTROL:
        return CONTROL_COLOUR
    return OTHER_COLOUR


def _ring_polygon(ring: shapely.LinearRing, viewport: Viewport) -> QPolygonF:
    coords = np.asarray(ring.coords)
    px, py = viewport.map_to_pixel(coords[:, 0], coords[:, 1])
    return QPolygonF([QPointF(float(x), float(y)) for x, y in zip(px, py, strict=True)])


def plot_path(geometry: shapely.Geometry, viewport: Viewport) -> QPainterPath:
    """The outline of one plot (every part and hole) in pixels of ``viewport``."""
    path = QPainterPath()
    for polygon in shapely.get_parts(geometry):
        if polygon.is_empty:
            continue
        path.addPolygon(_ring_polygon(polygon.exterior, viewport))
        path.closeSubpath()
        for hole in polygon.interiors:
            path.addPolygon(_ring_polygon(hole, viewport))
            path.closeSubpath()
    return path


def paint_trial(painter: QPainter, plot_layer: PlotLayer | None, viewport: Viewport,
                member_roles: Mapping[int, str]) -> None:
    """Outline the plots of ``member_roles`` (plot id -> treatment): CA thick green,
    FP thick orange, other treatments blue. Plots not on the layer or out of view are
    skipped."""
    if plot_layer is None or not member_roles or not plot_layer.visible:
        return
    geoms = plot_layer.map_geometries()
    xmin, ymin, xmax, ymax = viewport.extent
    view = shapely.box(xmin, ymin, xmax, ymax)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Others first, so the CA/FP outlines stay on top where plots touch.
        order = sorted(member_roles.items(),
                       key=lambda item: (item[1] in (DEMONSTRATION, CONTROL), item[0]))
        for plot_id, treatment in order:
            try:
                geometry = geoms[plot_layer.index_of(int(plot_id))]
            except KeyError:
                continue
            if geometry is None or geometry.is_empty or not geometry.intersects(view):
                continue
            pen = QPen(QColor(*treatment_colour(treatment)))
            pen.setWidthF(OUTLINE_PX)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(plot_path(geometry, viewport))
    finally:
        painter.restore()


__all__ = ["CONTROL_COLOUR", "DEMONSTRATION_COLOUR", "OTHER_COLOUR", "paint_trial",
           "plot_path", "treatment_colour"]
