"""Make a plot from a GPX file: a walked track or the waypoints, previewed first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shapely
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
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

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import STORAGE_EPSG, transform
from metkasekor_desktop.domain.plot_shape import polygon_from_rings
from metkasekor_desktop.io.gpx import GpxData, points_in_walk_order, read_gpx
from metkasekor_desktop.ui.shape_source_dialog import ShapeSourceDialog

if TYPE_CHECKING:
    from shapely.geometry import MultiPolygon

from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.plot_editor import PlotEditor


class ShapePreview(QWidget):
    """A small drawing of the polygon: the walked order shows, the start is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[float, float]] = []
        self.setMinimumSize(220, 180)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(280, 220)

    def set_points(self, points: list[tuple[float, float]]) -> None:
        self.points = list(points)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor(250, 250, 247))
        if len(self.points) >= 2:
            polygon = QPolygonF([QPointF(*p) for p in self._fitted()])
            path = QPainterPath()
            path.addPolygon(polygon)
            path.closeSubpath()
            painter.setPen(QPen(QColor(30, 110, 60), 2))
            painter.setBrush(QColor(60, 170, 90, 90))
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(30, 60, 140))
            for point in polygon:
                painter.drawEllipse(point, 2.5, 2.5)
            painter.setBrush(QColor(200, 40, 40))
            painter.drawEllipse(polygon[0], 4.5, 4.5)  # where the walk started
        painter.end()

    def _fitted(self) -> list[tuple[float, float]]:
        """The points scaled into the widget with a margin, north up, aspect kept."""
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        width, height = max(max(xs) - min(xs), 1e-9), max(max(ys) - min(ys), 1e-9)
        margin = 12
        scale = min((self.width() - 2 * margin) / width, (self.height() - 2 * margin) / height)
        ox = (self.width() - width * scale) / 2
        oy = (self.height() - height * scale) / 2
        return [(ox + (x - min(xs)) * scale, self.height() - oy - (y - min(ys)) * scale)
                for x, y in self.points]


class GpxDialog(ShapeSourceDialog):
    """Choose a .gpx file and one of its tracks or its waypoints; ``prepared()`` after OK."""

    def __init__(self, editor: PlotEditor, map_epsg: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, map_epsg, parent)
        self.setWindowTitle(self.tr("Plot from a GPX file"))
        self.data: GpxData | None = None
        self._points: list[tuple[float, float]] = []  # map CRS, in the order walked

        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.browse)
        self.source = QComboBox(self)
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.preview = ShapePreview(self)
        self.info = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.make_button = self.buttons.addButton(self.tr("Make plot"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.make_plot)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("GPX file"), file_row)
        form.addRow(self.tr("Points from"), self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._show_points()

    # --- loading ------------------------------------------------------------------------
    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open GPX file"), "", self.tr("GPS exchange files (*.gpx)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> bool:
        """Read a GPX file and list its tracks and waypoints; False with the reason."""
        self.path.setText(str(path))
        self.source.blockSignals(True)
        self.source.clear()
        self.source.blockSignals(False)
        try:
            self.data = read_gpx(path)
        except DomainError as error:  # GpxError, with the file and what is wrong
            self.data = None
            self.message.setText(say(error))
            self._show_points()
            return False
        except OSError as error:
            self.data = None
            self.message.setText(self.tr("{file} cannot be read ({reason}). Check that the file "
                                         "exists and that you may read it.")
                                 .format(file=Path(path).name, reason=error.strerror or say(error)))
            self._show_points()
            return False
        self.message.clear()
        self.source.blockSignals(True)
        for i, track in enumerate(self.data.tracks):
            label = self.tr("Track {number}: {name} ({count} points)").format(
                number=i + 1, name=track.name or "-", count=len(track.points))
            self.source.addItem(label, f"track:{i}")
        for i, route in enumerate(getattr(self.data, "routes", [])):
            label = self.tr("Route {number}: {name} ({count} points)").format(
                number=i + 1, name=route.name or "-", count=len(route.points))
            self.source.addItem(label, f"route:{i}")
        if self.data.waypoints:
            self.source.addItem(self.tr("Waypoints ({count} points)").format(
                count=len(self.data.waypoints)), "waypoints:0")
        self.source.blockSignals(False)
        self._source_changed()
        if self.source.count() == 0:
            self.message.setText(self.tr("{file} holds no track, route or waypoints.")
                                 .format(file=Path(path).name))
        return self.source.count() > 0

    def choose(self, source: str, index: int = 0) -> None:
        """Pick a track or route (``"track"``/``"route"``, its index) or ``"waypoints"``."""
        i = self.source.findData(f"{source}:{index}")
        if i >= 0:
            self.source.setCurrentIndex(i)

    def _source_changed(self) -> None:
        self._points = []
        self.message.clear()
        choice = self.source.currentData()
        if self.data is not None and choice is not None:
            source, index = choice.split(":")
            try:
                lonlat = points_in_walk_order(self.data, source, int(index))
            except DomainError as error:
                self.message.setText(say(error))
                lonlat = []
            if lonlat:
                geom = shapely.points([(p[0], p[1]) for p in lonlat])
                projected = transform(geom, STORAGE_EPSG, self.map_epsg)
                self._points = [(float(p.x), float(p.y)) for p in projected]
        self._show_points()

    # --- preview ------------------------------------------------------------------------
    def points(self) -> list[tuple[float, float]]:
        """The chosen points in the map CRS, in the order walked."""
        return list(self._points)

    def polygon(self) -> MultiPolygon | None:
        points = list(self._points)
        if len(points) > 1 and points[0] == points[-1]:
            points.pop()
        if len(points) < 3:
            return None
        return polygon_from_rings([[points]])

    def _show_points(self) -> None:
        self.preview.set_points(self._points)
        geom = self.polygon()
        if geom is None:
            self.info.setText(self.tr("{count} points: at least 3 are needed for a plot.")
                              .format(count=len(self._points)))
            return
        area, perimeter = self.measure(geom)
        self.info.setText(self.tr("{count} points · area {area} ha · perimeter {perimeter} m")
                          .format(count=len(self._points),
                                  area=area,
                                  perimeter=perimeter))

    # --- result -------------------------------------------------------------------------
    def make_plot(self) -> bool:
        geom = self.polygon()
        if geom is None:
            self.message.setText(self.tr("A plot needs at least 3 points; choose a track or "
                                         "waypoints that go round the plot."))
            return False
        return self.prepare_and_accept(geom)
