"""Plot labels: readable Khmer, never on top of each other, gone when plots are too small."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontDatabase, QImage, QPainter, QRawFont, QTextLayout
from shapely.geometry import MultiPolygon, Point, Polygon

from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform
from metkasekor_desktop.layers.label_settings import LabelSettings
from metkasekor_desktop.layers.labels import label_font, place_labels
from metkasekor_desktop.layers.labels import render_plot_labels as draw_labels
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import BACKGROUND, render_map
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.viewport import Viewport
from metkasekor_desktop.storage.plot_table import PlotTable
from tests.layers.conftest import E0, N0, obj, square

KHMER_NAME = "សុខ ចាន់ថា"
SIZE = 400


def make_layer(plots: list[tuple], **settings) -> PlotLayer:
    """Square plots (id, x, y, side in m, role, code, Khmer name) in UTM 48N."""
    utm = obj([MultiPolygon([Polygon(square(E0 + x, N0 + y, side))])
               for _, x, y, side, *_ in plots])
    n = len(plots)
    table = PlotTable(
        ids=np.array([p[0] for p in plots], dtype=np.int64),
        codes=obj([p[5] for p in plots]), names=obj([""] * n), farmer_ids=obj([None] * n),
        farmer_names_kh=obj([p[6] for p in plots]),
        farmer_names_latin=obj(["Sok Chantha"] * n), village_codes=obj([None] * n),
        roles=obj([p[4] for p in plots]), paired_ids=obj([None] * n),
        areas_ha=np.array([p[3] ** 2 / 10_000 for p in plots]),
        geometries=transform(utm, METRIC_EPSG, STORAGE_EPSG),
    )
    layer = PlotLayer(table, METRIC_EPSG)
    layer.labels = LabelSettings(enabled=True, **settings)
    return layer


def view_on(layer: PlotLayer, units_per_pixel: float = 1.0) -> Viewport:
    x0, y0, x1, y1 = layer.extent()
    return Viewport((x0 + x1) / 2, (y0 + y1) / 2, units_per_pixel, SIZE, SIZE)


def render(layer: PlotLayer, view: Viewport) -> QImage:
    layers = LayerList()
    layers.append(layer)
    image = render_map(layers, view, antialias=False)
    assert image is not None
    return image


def ink_near(image: QImage, blank: QImage, x: float, y: float, radius: int = 30) -> int:
    """Pixels within ``radius`` of (x, y) that differ from the same map without labels."""
    count = 0
    for py in range(max(0, int(y) - radius), min(image.height(), int(y) + radius)):
        for px in range(max(0, int(x) - radius), min(image.width(), int(x) + radius)):
            count += image.pixel(px, py) != blank.pixel(px, py)
    return count


@pytest.fixture
def one_plot(qapp) -> PlotLayer:
    return make_layer([(1, 0, 0, 200, "farmer_field", "BB-001", KHMER_NAME)],
                      field="farmer_kh")


def test_a_khmer_label_is_drawn_at_its_plot(one_plot):
    view = view_on(one_plot)
    with_labels = render(one_plot, view)
    one_plot.labels = LabelSettings(enabled=False)
    without = render(one_plot, view)
    ax, ay = view.map_to_pixel(*one_plot.label_anchors()[0])

    assert ink_near(with_labels, without, float(ax), float(ay)) > 40
    assert ink_near(with_labels, without, 20, 20, radius=15) == 0  # nothing far from it


def test_the_label_font_shapes_khmer_with_real_glyphs(qapp):
    font = label_font(9)
    raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.Khmer)
    glyphs = raw.glyphIndexesForString(KHMER_NAME.replace(" ", ""))
    assert glyphs and all(g != 0 for g in glyphs)
    layout = QTextLayout(KHMER_NAME, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert {run.rawFont().familyName() for run in layout.glyphRuns()} == {raw.familyName()}


def test_two_labels_that_would_overlap_keep_the_demonstration_plot(qapp):
    # Side by side, 40 m wide at 1 m a pixel: their labels (~60 px wide) would overlap.
    layer = make_layer([
        (1, 0, 0, 45, "farmer_field", "BB-FIELD-01", ""),
        (2, 45, 0, 40, "demonstration", "BB-DEMO-01", ""),
        (3, 300, 0, 40, "farmer_field", "BB-FAR-AWAY", ""),
    ])
    placed = place_labels(layer, view_on(layer))
    assert [p.plot_id for p in placed] == [2, 3]
    assert all(isinstance(p.rect, QRectF) and p.rect.width() > 40 for p in placed)
    assert not placed[0].rect.intersects(placed[1].rect)


def test_among_fields_the_larger_plot_keeps_its_label(qapp):
    layer = make_layer([
        (1, 0, 0, 40, "farmer_field", "BB-SMALL-01", ""),
        (2, 40, 0, 50, "farmer_field", "BB-LARGE-01", ""),
    ])
    assert [p.plot_id for p in place_labels(layer, view_on(layer))] == [2]


def test_many_crowded_plots_get_labels_that_never_overlap(qapp):
    plots = [(i + 1, (i % 20) * 30, (i // 20) * 30, 28, "farmer_field", f"BB-{i:04d}", "")
             for i in range(400)]
    layer = make_layer(plots, min_size_px=10)
    placed = place_labels(layer, view_on(layer))
    assert 20 < len(placed) < 400
    for n, a in enumerate(placed):
        grown = a.rect.adjusted(-2, -2, 2, 2)
        assert not any(grown.intersects(b.rect) for b in placed[n + 1 :])


def test_a_plot_smaller_than_the_minimum_gets_no_label(qapp):
    layer = make_layer([
        (1, 0, 0, 20, "demonstration", "BB-TINY", ""),  # 20 px at 1 m a pixel
        (2, 200, 0, 60, "farmer_field", "BB-BIG", ""),
    ], min_size_px=24)
    view = view_on(layer)
    assert [p.plot_id for p in place_labels(layer, view)] == [2]
    # Zoomed out three times, the big plot is 20 px too: no labels at all.
    assert place_labels(layer, view_on(layer, 3.0)) == []
    image = render(layer, view_on(layer, 3.0))
    layer.labels = LabelSettings(enabled=False, min_size_px=24)
    assert image == render(layer, view_on(layer, 3.0))


def test_plots_without_the_field_get_no_label(qapp):
    layer = make_layer([(1, 0, 0, 100, "farmer_field", "BB-001", None),
                        (2, 200, 0, 100, "farmer_field", "BB-002", "  ")], field="farmer_kh")
    assert place_labels(layer, view_on(layer)) == []


def test_a_label_sits_inside_its_plot_even_around_a_hole(qapp, known_plots):
    layer = PlotLayer(known_plots.table, METRIC_EPSG)
    layer.labels = LabelSettings(enabled=True, min_size_px=0)
    geoms = layer.map_geometries()
    anchors = layer.label_anchors()
    assert all(g.contains(Point(*a)) for g, a in zip(geoms, anchors, strict=True))


def test_cancelling_stops_the_labels(one_plot):
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        assert draw_labels(painter, one_plot, view_on(one_plot), cancelled=lambda: True) is False
        assert draw_labels(painter, one_plot, view_on(one_plot)) is True
    finally:
        painter.end()
    assert place_labels(one_plot, view_on(one_plot), cancelled=lambda: True) is None


def test_switched_off_labels_draw_nothing(one_plot):
    one_plot.labels = LabelSettings(enabled=False)
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    before = image.copy()
    painter = QPainter(image)
    try:
        assert draw_labels(painter, one_plot, view_on(one_plot)) is True
    finally:
        painter.end()
    assert image == before
