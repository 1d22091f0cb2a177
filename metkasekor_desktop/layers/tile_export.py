"""The project's map cut into web map tiles, for an offline basemap on the phones.

Field officers carry the plots into the field in ODK Collect or QField as an MBTiles
file: 256-pixel PNG tiles in Web Mercator (EPSG:3857), one set per zoom level. The map
is drawn by the same renderer as the window and ``render`` (plots styled, their codes
as labels, an optional raster below), but with EPSG:3857 as the map CRS, so every tile
lines up with the phone's own basemap. Outside the data the tiles are transparent and
tiles with nothing on them are left out.

Tiles are drawn a block at a time (a "metatile" of up to 8 x 8 tiles with a margin
around it) and then cut: labels are placed once per block, so a code that crosses a
tile edge is drawn whole on both tiles, and the margin gives labels near a block's
edge the same place as in the next block.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PySide6.QtGui import QColor, QImage, QPainter

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.mbtiles import MBTilesMetadata, MBTilesWriter
from metkasekor_desktop.io.webmercator import (
    ORIGIN_SHIFT,
    TILE_SIZE,
    Bounds,
    tile_xy_to_lonlat,
    tile_xy_to_mercator,
    tiles_in_bounds,
)
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import paint_map
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.project_map import ProjectMap, build_project_map
from metkasekor_desktop.layers.viewport import Extent, Viewport
from metkasekor_desktop.storage.project import Project

WEB_MERCATOR = 3857
MAX_TILES = 200_000  # ~2-4 GB of drawing; more is a province at street level
MAX_ZOOM = 22
METATILE = 8  # tiles along a side of one drawn block
BUFFER_PX = 64  # drawn around a block, so labels at its edge are placed as next door

Progress = Callable[[int, int], None]


class TileExportError(DomainError):
    """Tiles that cannot be made as asked; the message says what to change."""


class TooManyTilesError(TileExportError):
    """The zoom range would make more tiles than a phone (or the officer's day) can use."""


# --- the map in Web Mercator ---------------------------------------------------------------

def build_tile_map(project: Project, *, style: str | None = None, season: str | None = None,
                   raster: Path | None = None, language: str = "en",
                   labels: bool = True) -> ProjectMap:
    """The project's saved layers drawn in EPSG:3857, restyled, with plot codes as labels.

    As :func:`project_map.build_project_map`, but the map CRS is Web Mercator whatever
    the project's own (plots and rasters are reprojected by their layers), and online or
    MBTiles basemaps are left out: the phone shows its own basemap under the tiles."""
    built = build_project_map(project, style=style, season=season, raster=raster,
                              language=language, epsg=WEB_MERCATOR, basemaps=False)
    if labels:
        built.plots.labels = replace(built.plots.labels, enabled=True, field="code")
    built.plots.visible = True
    return built


# --- which tiles -------------------------------------------------------------------------

def mercator_to_lonlat(x: float, y: float) -> tuple[float, float]:
    """Degrees of an EPSG:3857 point (through the tile maths at zoom 0)."""
    side = 2.0 * ORIGIN_SHIFT
    return tile_xy_to_lonlat((x + ORIGIN_SHIFT) / side, (ORIGIN_SHIFT - y) / side, 0)


def lonlat_bounds(extent: Extent) -> Bounds:
    """(west, south, east, north) of an EPSG:3857 extent."""
    west, south = mercator_to_lonlat(extent[0], extent[1])
    east, north = mercator_to_lonlat(extent[2], extent[3])
    return west, south, east, north


@dataclass(frozen=True, slots=True)
class TilePlan:
    """The tiles to draw: per zoom the inclusive XYZ range (x0, y0, x1, y1) covering
    ``bounds`` (degrees) of the data, and how many tiles of it the data touches."""

    bounds: Bounds
    ranges: dict[int, tuple[int, int, int, int]]
    touched: dict[int, int] = field(default_factory=dict)

    @property
    def min_zoom(self) -> int:
        return min(self.ranges)

    @property
    def max_zoom(self) -> int:
        return max(self.ranges)

    def count(self, z: int | None = None) -> int:
        """Tiles of zoom ``z`` (all zooms when None) that the data touches: at most
        this many are drawn (tiles on which nothing shows are then left out too)."""
        zooms = self.ranges if z is None else [z]
        return sum(self.touched.get(k, _range_size(self.ranges[k])) for k in zooms)


def _range_size(r: tuple[int, int, int, int]) -> int:
    return (r[2] - r[0] + 1) * (r[3] - r[1] + 1)


def touched_tiles(boxes: np.ndarray, z: int, tile_range: tuple[int, int, int, int]) -> int:
    """How many tiles of ``tile_range`` at zoom ``z`` the EPSG:3857 ``boxes`` touch (a
    box wider than 32 tiles, a raster, counts its whole rectangle)."""
    if not len(boxes):
        return 0
    x0, y0, x1, y1 = tile_range
    size = 2.0 * ORIGIN_SHIFT / (1 << z)
    tx0 = np.clip(np.floor((boxes[:, 0] + ORIGIN_SHIFT) / size), x0, x1).astype(np.int64)
    tx1 = np.clip(np.floor((boxes[:, 2] + ORIGIN_SHIFT) / size), x0, x1).astype(np.int64)
    ty0 = np.clip(np.floor((ORIGIN_SHIFT - boxes[:, 3]) / size), y0, y1).astype(np.int64)
    ty1 = np.clip(np.floor((ORIGIN_SHIFT - boxes[:, 1]) / size), y0, y1).astype(np.int64)
    w, h = tx1 - tx0 + 1, ty1 - ty0 + 1
    large = (w > 32) | (h > 32)
    count = int(np.sum(w[large] * h[large]))
    small = ~large
    codes = []
    cols = x1 - x0 + 1
    for dy in range(int(h[small].max(initial=0))):
        for dx in range(int(w[small].max(initial=0))):
            keep = small & (dx < w) & (dy < h)
            codes.append((ty0[keep] + dy - y0) * cols + (tx0[keep] + dx - x0))
    if codes:
        count += len(np.unique(np.concatenate(codes)))
    return min(count, _range_size(tile_range))


def data_boxes(layers: LayerList, label_margin: float = 0.0) -> np.ndarray:
    """(N, 4) EPSG:3857 boxes of what the visible layers draw: each plot's, each other
    layer's extent (a raster), widened by ``label_margin`` metres for labels."""
    boxes: list[np.ndarray] = []
    for layer in layers:
        if not layer.visible or layer.kind == "basemap":
            continue
        if isinstance(layer, PlotLayer):
            b = layer.geometry.bboxes
            boxes.append(b[np.isfinite(b).all(axis=1)])
        else:
            extent = layer.extent()
            if extent is not None:
                boxes.append(np.array([extent], dtype=float))
    out = np.concatenate(boxes) if boxes else np.zeros((0, 4))
    return out + np.array([-label_margin, -label_margin, label_margin, label_margin])


def plan_tiles(extent: Extent, min_zoom: int, max_zoom: int, *,
               boxes: np.ndarray | None = None, limit: int | None = None) -> TilePlan:
    """The tiles of zooms ``min_zoom``..``max_zoom`` over an EPSG:3857 ``extent``, the
    count of each zoom being the tiles that ``boxes`` of data touch (all of the extent's
    when None); TooManyTilesError when they are more than ``limit`` (MAX_TILES)."""
    limit = MAX_TILES if limit is None else limit
    if not 0 <= min_zoom <= max_zoom <= MAX_ZOOM:
        raise TileExportError(msg("The zoom levels {min_zoom} to {max_zoom} are not usable: "
                                  "give 0 <= min zoom <= max zoom <= {largest} (12 shows a "
                                  "district, 17 single fields).", min_zoom=min_zoom,
                                  max_zoom=max_zoom, largest=MAX_ZOOM))
    if not all(math.isfinite(v) for v in extent):
        raise TileExportError(msg("The plots have no extent to cut into tiles."))
    bounds = lonlat_bounds(extent)
    ranges = {z: tiles_in_bounds(bounds, z) for z in range(min_zoom, max_zoom + 1)}
    touched: dict[int, int] = {}
    if boxes is not None:
        inside = boxes[(boxes[:, 0] <= extent[2]) & (boxes[:, 2] >= extent[0])
                       & (boxes[:, 1] <= extent[3]) & (boxes[:, 3] >= extent[1])]
        for z, tile_range in ranges.items():
            touched[z] = touched_tiles(inside, z, tile_range)
            if sum(touched.values()) > limit:
                break  # the rest need not be counted: it is too many already
    if boxes is None or sum(touched.values()) <= limit:
        plan = TilePlan(bounds, ranges, touched)
        if plan.count() <= limit:
            return plan
    counted = {z: touched.get(z, _range_size(r)) for z, r in ranges.items()}
    if boxes is not None:
        for z in ranges:  # finish counting, so the message gives the real number
            if z not in touched:
                counted[z] = touched_tiles(inside, z, ranges[z])
    total = sum(counted.values())
    fits = [z for z in ranges if sum(counted[k] for k in range(min_zoom, z + 1)) <= limit]
    if fits:
        raise TooManyTilesError(msg(
            "Zoom levels {min_zoom} to {max_zoom} of this extent make {total:,} tiles, more "
            "than {limit:,}: give --max-zoom {fits} or less, or a smaller extent (one "
            "district, --extent 0207).", min_zoom=min_zoom, max_zoom=max_zoom, total=total,
            limit=limit, fits=max(fits)))
    raise TooManyTilesError(msg(
        "Zoom levels {min_zoom} to {max_zoom} of this extent make {total:,} tiles, more "
        "than {limit:,}: give a higher --min-zoom, or a smaller extent (one district, "
        "--extent 0207).", min_zoom=min_zoom, max_zoom=max_zoom, total=total, limit=limit))


# --- drawing and cutting -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TileExportResult:
    """What was written: tiles per zoom (empty ones left out), bytes of tile data."""

    path: Path | None  # None when cancelled: nothing was written
    tiles_per_zoom: dict[int, int] = field(default_factory=dict)
    tile_bytes: int = 0
    planned: int = 0
    cancelled: bool = False

    @property
    def tiles(self) -> int:
        return sum(self.tiles_per_zoom.values())


def _blocks(r: tuple[int, int, int, int]) -> Iterator[tuple[int, int, int, int]]:
    """The metatiles (inclusive x0, y0, x1, y1) that cover a tile range."""
    x0, y0, x1, y1 = r
    for by in range(y0, y1 + 1, METATILE):
        for bx in range(x0, x1 + 1, METATILE):
            yield bx, by, min(bx + METATILE - 1, x1), min(by + METATILE - 1, y1)


def _block_viewport(z: int, block: tuple[int, int, int, int]) -> Viewport:
    bx0, by0, bx1, by1 = block
    upp = 2.0 * ORIGIN_SHIFT / (TILE_SIZE * (1 << z))
    width = (bx1 - bx0 + 1) * TILE_SIZE + 2 * BUFFER_PX
    height = (by1 - by0 + 1) * TILE_SIZE + 2 * BUFFER_PX
    xmin, ymax = tile_xy_to_mercator(bx0, by0, z)
    xmin -= BUFFER_PX * upp
    ymax += BUFFER_PX * upp
    return Viewport(xmin + width * upp / 2, ymax - height * upp / 2, upp, width, height)


def _alpha(image: QImage) -> np.ndarray:
    """The alpha channel of an ARGB32 image as a (height, width) array (a view)."""
    width, height = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    pixels = raw.reshape(height, image.bytesPerLine())[:, : width * 4].reshape(height, width, 4)
    return pixels[..., 3 if sys.byteorder == "little" else 0]


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise TileExportError(msg("A tile could not be encoded as PNG."))
    buffer.close()
    return bytes(data.data())


def render_block(layers: LayerList, z: int, block: tuple[int, int, int, int], *,
                 cancelled: Callable[[], bool] = lambda: False) -> QImage | None:
    """The map over one metatile and its margin, transparent where nothing is drawn;
    None when cancelled."""
    viewport = _block_viewport(z, block)
    image = QImage(viewport.width, viewport.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        if not paint_map(painter, layers, viewport, antialias=True, cancelled=cancelled):
            return None
    finally:
        painter.end()
    return image


def export_tiles(layers: LayerList, plan: TilePlan, out: Path | str, *, name: str,
                 description: str = "", attribution: str = "",
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> TileExportResult:
    """Draw the tiles of ``plan`` and write them into the MBTiles file ``out``.

    ``progress(done, total)`` is called after every block of tiles drawn (``total``
    blocks touch the data); when ``cancelled()`` becomes true the drawing stops, the
    temporary file is removed and the result says ``cancelled`` (an existing ``out`` is
    left untouched). The file is a "baselayer" when a raster is drawn (it covers the
    ground), else an "overlay"."""
    visible = [layer for layer in layers if layer.visible]
    kind = "baselayer" if any(layer.kind == "raster" for layer in visible) else "overlay"
    credits = [layer.attribution() for layer in visible]
    attribution = "; ".join(dict.fromkeys(c for c in [attribution, *credits] if c))
    west, south, east, north = plan.bounds
    metadata = MBTilesMetadata(
        name=name, bounds=plan.bounds, min_zoom=plan.min_zoom, max_zoom=plan.max_zoom,
        format="png", type=kind, description=description, attribution=attribution,
        center=((west + east) / 2, (south + north) / 2,
                min(plan.max_zoom, max(plan.min_zoom, 15))))
    boxes = data_boxes(layers)
    work = [(z, block) for z, tile_range in sorted(plan.ranges.items())
            for block in _blocks(tile_range) if _touches(boxes, _block_viewport(z, block))]
    with MBTilesWriter(out, metadata) as writer:
        for done, (z, block) in enumerate(work):
            image = None if cancelled() else render_block(layers, z, block,
                                                          cancelled=cancelled)
            if image is None:
                return TileExportResult(None, dict(writer.counts), writer.bytes_written,
                                        plan.count(), cancelled=True)
            _write_block(writer, image, z, block)
            if progress is not None:
                progress(done + 1, len(work))
        path = writer.finish()
        return TileExportResult(path, dict(writer.counts), writer.bytes_written,
                                plan.count())


def _touches(boxes: np.ndarray, viewport: Viewport) -> bool:
    xmin, ymin, xmax, ymax = viewport.extent
    return bool(np.any((boxes[:, 0] <= xmax) & (boxes[:, 2] >= xmin)
                       & (boxes[:, 1] <= ymax) & (boxes[:, 3] >= ymin)))


def _write_block(writer: MBTilesWriter, image: QImage, z: int,
                 block: tuple[int, int, int, int]) -> None:
    """Cut a drawn block into tiles and write those with any pixel drawn on."""
    bx0, by0, bx1, by1 = block
    alpha = _alpha(image)
    for y in range(by0, by1 + 1):
        top = BUFFER_PX + (y - by0) * TILE_SIZE
        for x in range(bx0, bx1 + 1):
            left = BUFFER_PX + (x - bx0) * TILE_SIZE
            if not alpha[top: top + TILE_SIZE, left: left + TILE_SIZE].any():
                continue  # nothing drawn here: the phone shows its basemap
            tile = image.copy(QRect(left, top, TILE_SIZE, TILE_SIZE))
            writer.add(z, x, y, _png(tile))


__all__ = ["MAX_TILES", "WEB_MERCATOR", "TileExportError", "TileExportResult", "TilePlan",
           "TooManyTilesError", "build_tile_map", "data_boxes", "export_tiles",
           "lonlat_bounds", "plan_tiles", "render_block", "touched_tiles"]
