"""Map export: a PNG or PDF page with title, map, legend and decorations, never half a file."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QTextLayout

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import METRIC_EPSG
from metkasekor_desktop.layers import decorations as deco
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.legend import LegendEntry
from metkasekor_desktop.layers.map_export import (
    MapExportCancelled,
    MapExportError,
    MapPage,
    export_map,
    page_layout,
)
from metkasekor_desktop.layers.map_renderer import BACKGROUND
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.viewport import Viewport
from tests.layers.conftest import E0, N0, KnownPlots

ATTRIBUTION = "Plots: PDAFF Battambang"
KHMER_A = "កខគឃង"  # same length, different base consonants: tofu would look the same
KHMER_B = "ចឆជឈញ"


class LegendPlotLayer(PlotLayer):
    """A plot layer whose legend lists its style's categories, with a credit line."""

    def legend(self) -> list[LegendEntry]:
        return [LegendEntry(value, fill=s.fill, stroke=s.stroke)
                for value, s in self.style.symbols.items()]

    def attribution(self) -> str:
        return ATTRIBUTION


@pytest.fixture
def layers(qapp, known_plots: KnownPlots) -> LayerList:
    layer_list = LayerList()
    layer_list.append(LegendPlotLayer(known_plots.table, METRIC_EPSG, name="Register plots"))
    return layer_list


@pytest.fixture
def view() -> Viewport:
    return Viewport(E0 + 300, N0 + 250, 1.0, 800, 600)


def _page(**changes) -> MapPage:
    values = dict(title="Battambang plots", subtitle="Ratanak Mondul", date_text="2024-06-01",
                  size_px=(1200, 850), dpi=120.0)
    values.update(changes)
    return MapPage(**values)


def _ink(image: QImage, rect: QRectF) -> int:
    white = QColor(255, 255, 255).rgb()
    return sum(
        image.pixel(x, y) != white
        for y in range(int(rect.top()), int(rect.bottom()))
        for x in range(int(rect.left()), int(rect.right()))
    )


def _over_background(rgba: tuple[int, int, int, int]) -> tuple[int, int, int]:
    a = rgba[3] / 255
    bg = (BACKGROUND.red(), BACKGROUND.green(), BACKGROUND.blue())
    return tuple(round(a * c + (1 - a) * b) for c, b in zip(rgba[:3], bg, strict=True))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# --- layout ------------------------------------------------------------------------------
def test_page_keeps_the_view_centre_and_shows_at_least_its_extent(layers, view):
    layout = page_layout(layers, view, _page())

    fitted = layout.viewport
    assert (fitted.center_x, fitted.center_y) == (view.center_x, view.center_y)
    x0, y0, x1, y1 = view.extent
    fx0, fy0, fx1, fy1 = fitted.extent
    assert fx0 <= x0 + 1e-6 and fy0 <= y0 + 1e-6 and fx1 >= x1 - 1e-6 and fy1 >= y1 - 1e-6
    # Tight in one direction: the view is scaled to fit, not zoomed out further.
    assert min(fx1 - fx0 - (x1 - x0), fy1 - fy0 - (y1 - y0)) < 2 * fitted.units_per_pixel
    assert layout.scale == pytest.approx(120 / 96)


def test_legend_goes_right_of_the_map_or_inside_it(layers, view):
    right = page_layout(layers, view, _page())
    inside = page_layout(layers, view, _page(legend_position="inside"))
    hidden = page_layout(layers, view, _page(show_legend=False))

    assert right.legend_rect is not None
    assert right.legend_rect.left() > right.map_rect.right()
    assert inside.legend_rect is not None
    assert inside.map_rect.contains(inside.legend_rect)
    assert inside.legend_rect.center().x() < inside.map_rect.center().x()
    assert hidden.legend_rect is None
    assert hidden.map_rect.width() > right.map_rect.width()
    labels = [e.label for e in right.entries]
    assert labels[0] == "Register plots"
    assert {"demonstration", "control"} <= set(labels)


# --- PNG ---------------------------------------------------------------------------------
def test_png_has_the_size_title_and_plots_where_the_layout_says(layers, view, tmp_path):
    page = _page()
    out = export_map(layers, view, METRIC_EPSG, tmp_path / "map.png", page)

    image = QImage(str(out))
    assert out == tmp_path / "map.png"
    assert (image.width(), image.height()) == page.size_px
    assert round(image.dotsPerMeterX() * 0.0254) == 120
    layout = page_layout(layers, view, page)
    untitled = QImage(str(export_map(layers, view, METRIC_EPSG, tmp_path / "untitled.png",
                                     _page(title=""))))
    left = QRectF(layout.header_rect.left(), layout.header_rect.top(),
                  layout.header_rect.width() / 2, layout.header_rect.height() - 2)
    assert _ink(image, left) > _ink(untitled, left) + 500  # the title's ink
    demo = layers[0].style.symbols["demonstration"].fill
    control = layers[0].style.symbols["control"].fill
    for (x, y), fill in (((E0 + 50, N0 + 50), demo), ((E0 + 150, N0 + 50), control)):
        at = layout.map_to_page(x, y)
        colour = image.pixelColor(round(at.x()), round(at.y()))
        expected = _over_background(fill)
        assert abs(colour.red() - expected[0]) <= 3
        assert abs(colour.green() - expected[1]) <= 3
        assert abs(colour.blue() - expected[2]) <= 3
    # The map is framed, the legend beside it has ink, the corner outside the map is blank.
    assert layout.legend_rect is not None
    assert _ink(image, layout.legend_rect) > 500
    assert _ink(image, QRectF(0, image.height() - 10, 10, 10)) == 0


def test_png_title_in_khmer_draws_real_glyphs(layers, view, tmp_path):
    a = QImage(str(export_map(layers, view, METRIC_EPSG, tmp_path / "a.png",
                              _page(title=KHMER_A, subtitle=""))))
    b = QImage(str(export_map(layers, view, METRIC_EPSG, tmp_path / "b.png",
                              _page(title=KHMER_B, subtitle=""))))
    header = page_layout(layers, view, _page(title=KHMER_A, subtitle="")).header_rect
    title_area = QRectF(header.left(), header.top(), header.width() / 2, header.height() - 2)

    assert _ink(a, title_area) > 100 and _ink(b, title_area) > 100
    crop = title_area.toRect()
    assert a.copy(crop) != b.copy(crop)  # empty boxes (tofu) would look the same
    title_font = deco.decoration_font(16 * 120 / 72, bold=True)
    text = QTextLayout(KHMER_A, title_font)
    text.beginLayout()
    text.createLine()
    text.endLayout()
    glyphs = [g for run in text.glyphRuns() for g in run.glyphIndexes()]
    assert glyphs and all(g != 0 for g in glyphs)


# --- PDF ---------------------------------------------------------------------------------
def _streams(data: bytes) -> dict[int, bytes]:
    """Object number -> decompressed stream of every stream object in a PDF."""
    out: dict[int, bytes] = {}
    for m in re.finditer(rb"(\d+) 0 obj\s*<<((?:(?!endobj).)*?)>>\s*stream\r?\n", data, re.S):
        end = data.index(b"endstream", m.end())
        raw = data[m.end():end]
        out[int(m.group(1))] = zlib.decompress(raw) if b"FlateDecode" in m.group(2) else raw
    return out


def _to_unicode(cmap: bytes) -> dict[int, str]:
    table: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(rb"<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)", block):
            start, stop = int(lo, 16), int(hi, 16)
            if dst.startswith(b"["):
                codes = re.findall(rb"<(\w+)>", dst)
                for i, code in enumerate(codes):
                    table[start + i] = bytes.fromhex(code.decode()).decode("utf-16-be")
            else:
                first = int(dst[1:-1], 16)
                for i in range(stop - start + 1):
                    table[start + i] = chr(first + i)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(rb"<(\w+)>\s*<(\w+)>", block):
            table[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    return table


def pdf_text(path: Path) -> str:
    """The text drawn on a PDF page, one line per text object (enough for Qt's output)."""
    data = path.read_bytes()
    streams = _streams(data)
    fonts: dict[bytes, dict[int, str]] = {}
    for name, number in re.findall(rb"/(F\d+)\s+(\d+) 0 R", data):
        font = re.search(rb"\n" + number + rb" 0 obj\s*<<(.*?)>>\s*endobj", data, re.S)
        cmap_ref = re.search(rb"/ToUnicode (\d+) 0 R", font.group(1)) if font else None
        if cmap_ref:
            fonts[name] = _to_unicode(streams[int(cmap_ref.group(1))])
    lines = []
    for content in streams.values():
        for block in re.findall(rb"BT(.*?)ET", content, re.S):
            table: dict[int, str] = {}
            text = []
            for font_name, hexes in re.findall(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", block):
                if font_name:
                    table = fonts.get(font_name, {})
                    continue
                for i in range(0, len(hexes), 4):
                    text.append(table.get(int(hexes[i:i + 4], 16), "?"))
            lines.append("".join(text).replace("\t", " "))
    return "\n".join(lines)


def test_pdf_is_a_vector_page_with_title_legend_and_credits_as_text(layers, view, tmp_path):
    out = export_map(layers, view, METRIC_EPSG, tmp_path / "map.pdf", _page(page_size="A3"))

    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1024 and b"/Font" in data
    assert b"/Subtype /Image" not in data  # plots are paths, not a picture of them
    assert re.search(rb"/MediaBox \[0 0 119[01]\.\d+ 84[12]\.\d+\]", data)  # A3 landscape
    text = pdf_text(out)
    for expected in ("Battambang plots", "Ratanak Mondul", "Date: 2024-06-01", "Legend",
                     "Register plots", "demonstration", "control", ATTRIBUTION, "100 m"):
        assert expected in text, expected


def test_pdf_text_reader_sees_only_what_is_drawn(layers, view, tmp_path):
    """The control for the test above: leave the title out and it is not found."""
    out = export_map(layers, view, METRIC_EPSG, tmp_path / "map.pdf",
                     _page(title="", show_legend=False))

    text = pdf_text(out)
    assert "Battambang plots" not in text
    assert "Legend" not in text
    assert "Ratanak Mondul" in text


# --- refusals ----------------------------------------------------------------------------
def test_unknown_suffix_is_refused_with_the_formats_to_use(layers, view, tmp_path):
    with pytest.raises(MapExportError, match=r"PNG or PDF.*\.tif"):
        export_map(layers, view, METRIC_EPSG, tmp_path / "map.tif", _page())
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_refused_and_leaves_nothing(layers, view, tmp_path):
    target = tmp_path / "no such folder" / "map.png"

    with pytest.raises(MapExportError, match="Choose another folder") as caught:
        export_map(layers, view, METRIC_EPSG, target, _page())
    assert isinstance(caught.value, DomainError)
    assert list(tmp_path.iterdir()) == []


def test_target_that_cannot_be_replaced_keeps_no_temporary_file(layers, view, tmp_path):
    (tmp_path / "map.png").mkdir()  # a folder where the file should go

    with pytest.raises(MapExportError, match="map.png"):
        export_map(layers, view, METRIC_EPSG, tmp_path / "map.png", _page())
    assert _leftovers(tmp_path) == []


def test_cancelled_export_writes_nothing(layers, view, tmp_path):
    seen: list[float] = []

    with pytest.raises(MapExportCancelled):
        export_map(layers, view, METRIC_EPSG, tmp_path / "map.pdf", _page(),
                   progress=seen.append, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    assert 1.0 not in seen


def test_existing_file_is_replaced_whole_and_progress_ends_at_one(layers, view, tmp_path):
    target = tmp_path / "map.png"
    target.write_bytes(b"old")
    seen: list[float] = []

    export_map(layers, view, METRIC_EPSG, target, _page(), progress=seen.append)

    assert QImage(str(target)).width() == 1200
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert _leftovers(tmp_path) == []


def test_bad_page_values_are_refused(layers, view, tmp_path):
    with pytest.raises(MapExportError, match="A5"):
        export_map(layers, view, METRIC_EPSG, tmp_path / "map.pdf", _page(page_size="A5"))
    with pytest.raises(MapExportError, match="pixels"):
        export_map(layers, view, METRIC_EPSG, tmp_path / "map.png", _page(size_px=(0, 10)))
    assert list(tmp_path.iterdir()) == []
