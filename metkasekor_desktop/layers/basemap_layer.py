"""The basemap layer: imagery or a street map from tiles, under the project's layers.

The tiles come from a folder, an MBTiles file or an online service with a disk cache
(``io.tiles``); decoded tiles are kept in a small in-memory cache so that panning and
re-rendering do not decode the same PNGs again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from PySide6.QtGui import QImage

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.tiles import TileError, TileSource, open_tile_source, source_title
from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.viewport import Extent

IMAGE_CACHE_SIZE = 256  # decoded tiles: about 64 MB of 256 x 256 ARGB images


class BasemapLayer(Layer):
    """Tiles of ``source_spec`` (see :func:`open_tile_source`) drawn in ``map_epsg``.

    Opening the source checks it at once: a missing file or a file that is not MBTiles
    raises :class:`TileError` here, not during drawing.
    """

    kind = "basemap"

    def __init__(self, source_spec: dict[str, Any], map_epsg: int, name: str | None = None):
        self.source_spec: dict[str, Any] = dict(source_spec)
        self.source: TileSource = open_tile_source(self.source_spec)
        super().__init__(name or source_title(self.source_spec))
        self.map_epsg = int(map_epsg)
        self._images: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._lock = threading.Lock()
        # PROJ objects must not cross threads (the map renders in a worker): one
        # transformer per thread and (source, target).
        self._transformers = threading.local()
        self._extent: Extent | None = None
        self._extent_known = False
        # Why the last render drew nothing (the file went away, say), for the layer panel.
        self.last_error: str | None = None

    # --- what the map shows with it ----------------------------------------------------
    def attribution(self) -> str:
        return self.source.attribution

    def extent(self) -> Extent | None:
        """The source's bounds in the map CRS; None when unknown or when the tiles cover
        the whole area of the map CRS (a world basemap must not zoom "all" out to it)."""
        if not self._extent_known:
            self._extent = self._map_extent()
            self._extent_known = True
        return self._extent

    def _map_extent(self) -> Extent | None:
        bounds = self.source.bounds
        if bounds is None:
            return None
        import math

        from pyproj import CRS
        from pyproj.exceptions import ProjError

        west, south, east, north = bounds
        area = CRS.from_epsg(self.map_epsg).area_of_use
        if area is not None:
            if west <= area.west and south <= area.south and east >= area.east \
                    and north >= area.north:
                return None
            west, south = max(west, area.west), max(south, area.south)
            east, north = min(east, area.east), min(north, area.north)
            if west >= east or south >= north:
                return None
        try:
            box = self.transformer(4326, self.map_epsg).transform_bounds(
                west, south, east, north, densify_pts=21
            )
        except ProjError:
            return None
        return tuple(box) if all(math.isfinite(v) for v in box) else None

    # --- the online switch ---------------------------------------------------------------
    @property
    def offline(self) -> bool:
        """True when an online basemap uses its disk cache only (always for files)."""
        return self.source_spec.get("type") != "xyz" or bool(self.source_spec.get("offline"))

    def set_offline(self, value: bool) -> None:
        """Switch an online basemap between cache-only and downloading misses."""
        if self.source_spec.get("type") != "xyz" or bool(value) == self.offline:
            return
        self.source_spec["offline"] = bool(value)
        self.source.offline = bool(value)  # type: ignore[attr-defined]
        self.changed.emit(self)

    # --- tiles for the renderer ----------------------------------------------------------
    def tile_image(self, z: int, x: int, y: int) -> QImage | None:
        """The decoded tile, or None when the source has none or it is not an image.

        Errors of the source (:class:`TileError`, OSError) reach the caller.
        """
        key = (z, x, y)
        with self._lock:
            image = self._images.get(key)
            if image is not None:
                self._images.move_to_end(key)
                return image
        data = self.source.get(z, x, y)
        if not data:
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        with self._lock:
            self._images[key] = image
            while len(self._images) > IMAGE_CACHE_SIZE:
                self._images.popitem(last=False)
        return image

    def cached_tiles(self) -> int:
        """How many decoded tiles are held in memory."""
        return len(self._images)

    def transformer(self, src_epsg: int, dst_epsg: int):  # -> pyproj.Transformer
        """This thread's cached pyproj transformer (x = longitude / easting first)."""
        cache = getattr(self._transformers, "by_crs", None)
        if cache is None:
            cache = self._transformers.by_crs = {}
        key = (src_epsg, dst_epsg)
        found = cache.get(key)
        if found is None:
            from pyproj import Transformer

            found = Transformer.from_crs(src_epsg, dst_epsg, always_xy=True)
            cache[key] = found
        return found

    def close(self) -> None:
        """Let go of the source (an MBTiles file stays open until then)."""
        with self._lock:
            self._images.clear()
        self.source.close()

    # --- persistence ---------------------------------------------------------------------
    def to_config(self) -> dict[str, Any]:
        config = super().to_config()
        config["source"] = dict(self.source_spec)
        return config

    @classmethod
    def from_config(cls, config: dict[str, Any], map_epsg: int) -> BasemapLayer:
        """Rebuild a saved basemap; :class:`TileError` says what is missing and what to do."""
        spec = config.get("source")
        if not isinstance(spec, dict):
            raise TileError(msg(
                "The saved basemap {name!r} names no tile source; add the basemap again.",
                name=config.get("name", "")))
        layer = cls(spec, map_epsg, name=config.get("name") or None)
        layer.apply_config(config)
        return layer
