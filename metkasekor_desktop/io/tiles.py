"""Basemap tile sources: a tile folder, an MBTiles file, an online XYZ service.

Every source answers ``get(z, x, y)`` with the encoded image (PNG, JPEG...) of a tile
in the XYZ scheme, or None when it has no such tile. Nothing here ever waits on a
network for long: the online source reads its disk cache first, gives up after
``timeout`` seconds and then stops trying for a minute (see ``tile_cache``).
"""

from __future__ import annotations

import http.client
import json
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path, PureWindowsPath
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from metkasekor_desktop import __version__
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.tile_cache import (
    CircuitBreaker,
    DiskTileCache,
    cache_folder_name,
    default_cache_dir,
)
from metkasekor_desktop.io.webmercator import Bounds, flip_y, tile_count, tile_xy_to_lonlat

USER_AGENT = f"MetKasekorDesktop/{__version__} (farm plot register; offline-first desktop GIS)"
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp")
MAX_TILE_BYTES = 4 * 1024 * 1024
_MISSING_CODES = {204, 404, 410}


class TileError(DomainError):
    """A tile source cannot be opened or read; the message says which and what to do."""


@runtime_checkable
class TileSource(Protocol):
    """Where basemap tiles come from (XYZ scheme, lon/lat ``bounds`` or None)."""

    min_zoom: int
    max_zoom: int
    attribution: str
    bounds: Bounds | None

    def get(self, z: int, x: int, y: int) -> bytes | None: ...

    def close(self) -> None: ...


def image_format(data: bytes) -> str | None:
    """"png", "jpeg", "gif" or "webp" from the first bytes, or None when not an image
    (a captive-portal login page served with status 200, say)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"GIF8"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def parse_bounds(value: Any) -> Bounds | None:
    """Bounds from "w,s,e,n" text or a list of four numbers; None when unusable."""
    if isinstance(value, str):
        value = value.split(",")
    try:
        west, south, east, north = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    west, east = max(-180.0, west), min(180.0, east)
    south, north = max(-90.0, south), min(90.0, north)
    if not (west < east and south < north):
        return None
    return west, south, east, north


def _in_range(source: TileSource, z: int, x: int, y: int) -> bool:
    n = tile_count(z) if 0 <= z <= 30 else 0
    return source.min_zoom <= z <= source.max_zoom and 0 <= x < n and 0 <= y < n


class FolderTiles:
    """A folder of ``{z}/{x}/{y}.png`` (or .jpg) tiles, e.g. exported from QGIS or
    gdal2tiles. ``scheme`` "tms" flips the rows; by default a folder with gdal2tiles'
    ``tilemapresource.xml`` is taken as TMS, any other as XYZ. An optional
    ``metadata.json`` (as written by mbutil) gives attribution and bounds."""

    def __init__(self, root: Path | str, scheme: str | None = None, attribution: str = ""):
        self.root = Path(root)
        if not self.root.is_dir():
            raise TileError(msg(
                "The basemap tile folder {folder} is missing or is not a folder; "
                "find the folder (it holds one sub-folder per zoom level) and add the "
                "basemap again, or remove this layer.", folder=str(self.root),
            ))
        zooms = sorted(int(p.name) for p in _subdirs(self.root) if p.name.isdigit())
        if not zooms:
            raise TileError(msg(
                "The folder {folder} holds no tiles: a basemap folder has one "
                "sub-folder per zoom level with tiles named {{z}}/{{x}}/{{y}}.png or .jpg. "
                "Choose the folder that contains the zoom-level folders.", folder=str(self.root),
            ))
        self.min_zoom, self.max_zoom = zooms[0], zooms[-1]
        metadata = self._metadata()
        if scheme is None:
            scheme = metadata.get("scheme") or (
                "tms" if (self.root / "tilemapresource.xml").is_file() else "xyz"
            )
        self.scheme = str(scheme).lower()
        self.attribution = attribution or str(metadata.get("attribution", ""))
        self.bounds = parse_bounds(metadata.get("bounds")) or self._listed_bounds()
        self._extensions = list(IMAGE_EXTENSIONS)

    def _metadata(self) -> dict[str, Any]:
        try:
            value = json.loads((self.root / "metadata.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def _listed_bounds(self) -> Bounds | None:
        """The lon/lat bounds of the tiles at the coarsest zoom (few files to list)."""
        z = self.min_zoom
        xs = [int(p.name) for p in _subdirs(self.root / str(z)) if p.name.isdigit()]
        rows: list[int] = []
        for x in xs:
            try:
                names = [p.name.split(".")[0] for p in (self.root / str(z) / str(x)).iterdir()]
            except OSError:
                continue
            rows.extend(int(n) for n in names if n.isdigit())
        if not xs or not rows:
            return None
        if self.scheme == "tms":
            rows = [flip_y(z, r) for r in rows]
        west, north = tile_xy_to_lonlat(min(xs), min(rows), z)
        east, south = tile_xy_to_lonlat(max(xs) + 1, max(rows) + 1, z)
        return west, south, east, north

    def get(self, z: int, x: int, y: int) -> bytes | None:
        if not _in_range(self, z, x, y):
            return None
        row = flip_y(z, y) if self.scheme == "tms" else y
        base = self.root / str(z) / str(x) / str(row)
        for ext in self._extensions:
            try:
                data = base.with_name(base.name + ext).read_bytes()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise TileError(msg("The basemap tile {path} cannot be read: {error}",
                                    path=f"{base}{ext}", error=str(exc))) from exc
            if ext != self._extensions[0]:  # try the folder's own extension first next time
                self._extensions.remove(ext)
                self._extensions.insert(0, ext)
            return data or None
        return None

    def close(self) -> None:
        """Nothing is held open."""


def _subdirs(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_dir()]
    except OSError:
        return []


class MBTiles:
    """An MBTiles file (SQLite; rows in the TMS scheme), opened read-only.

    The connection may be used from the render thread (one at a time, under a lock).
    """

    def __init__(self, path: Path | str, attribution: str = "") -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise TileError(msg(
                "The basemap file {path} is missing; find the .mbtiles file and add "
                "the basemap again, or remove this layer.", path=str(self.path),
            ))
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise TileError(msg("The basemap file {path} cannot be opened: {error}.",
                                path=str(self.path), error=str(exc))) from exc
        try:
            metadata = self._read_metadata()
        except TileError:
            self._db.close()
            raise
        fmt = metadata.get("format", "").lower()
        if fmt in {"pbf", "mvt"}:
            self._db.close()
            raise TileError(msg(
                "{path} holds vector tiles ({format}), which this map cannot draw; "
                "use an MBTiles file of raster tiles (PNG or JPEG).",
                path=str(self.path), format=fmt,
            ))
        self.format = fmt
        self.attribution = attribution or metadata.get("attribution", "")
        self.bounds = parse_bounds(metadata.get("bounds"))
        self.min_zoom, self.max_zoom = self._zoom_range(metadata)

    def _read_metadata(self) -> dict[str, str]:
        not_mbtiles = TileError(msg(
            "{path} is not an MBTiles file (an SQLite database with a 'tiles' "
            "table); choose a .mbtiles file of raster tiles.", path=str(self.path),
        ))
        try:
            self._db.execute(
                "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 0"
            )
            names = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
            if "metadata" not in names:
                return {}
            rows = self._db.execute("SELECT name, value FROM metadata").fetchall()
        except sqlite3.Error as exc:
            raise not_mbtiles from exc
        return {str(k).lower(): str(v) for k, v in rows if k is not None and v is not None}

    def _zoom_range(self, metadata: dict[str, str]) -> tuple[int, int]:
        try:
            return int(metadata["minzoom"]), int(metadata["maxzoom"])
        except (KeyError, ValueError):
            pass
        with self._lock:
            low, high = self._db.execute(
                "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles"
            ).fetchone()
        if low is None:
            raise TileError(msg("The MBTiles file {path} holds no tiles.",
                                path=str(self.path)))
        return int(low), int(high)

    def get(self, z: int, x: int, y: int) -> bytes | None:
        if not _in_range(self, z, x, y):
            return None
        try:
            with self._lock:
                row = self._db.execute(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                    "AND tile_row = ?",
                    (z, x, flip_y(z, y)),
                ).fetchone()
        except sqlite3.Error as exc:
            raise TileError(msg("The basemap file {path} cannot be read: {error}.",
                                path=str(self.path), error=str(exc))) from exc
        return bytes(row[0]) if row and row[0] else None

    def close(self) -> None:
        with self._lock:
            self._db.close()


class XYZTiles:
    """An online tile service ``https://.../{z}/{x}/{y}.png`` with a disk cache.

    ``{s}`` in the template picks one of ``subdomains``; ``{-y}`` asks for the TMS row.
    The cache is read first; a miss is downloaded (at most ``timeout`` seconds) and
    kept. After a network failure no download is tried for ``cooldown`` seconds, and
    with ``offline`` true the network is never used.
    """

    def __init__(
        self,
        url_template: str,
        cache_dir: Path | str | None = None,
        timeout: float = 3.0,
        *,
        subdomains: str = "abc",
        min_zoom: int = 0,
        max_zoom: int = 19,
        attribution: str = "",
        bounds: Bounds | None = None,
        offline: bool = False,
        cooldown: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        parts = urlsplit(url_template)
        has_row = "{y}" in url_template or "{-y}" in url_template
        if parts.scheme not in {"http", "https"} or not parts.netloc or not (
            "{z}" in url_template and "{x}" in url_template and has_row
        ):
            raise TileError(msg(
                "The tile address {address!r} is not usable: it must start with "
                "http:// or https:// and contain {{z}}, {{x}} and {{y}}, as in "
                "https://tile.example.org/{{z}}/{{x}}/{{y}}.png.", address=url_template,
            ))
        self.url_template = url_template
        self.timeout = float(timeout)
        self.subdomains = subdomains or "a"
        self.min_zoom, self.max_zoom = int(min_zoom), int(max_zoom)
        self.attribution = attribution
        self.bounds = bounds
        self.offline = bool(offline)
        root = Path(cache_dir) if cache_dir else default_cache_dir()
        self.cache = DiskTileCache(root / cache_folder_name(url_template))
        self.breaker = CircuitBreaker(cooldown, clock)
        self._absent: set[tuple[int, int, int]] = set()  # the server said "no such tile"

    def url(self, z: int, x: int, y: int) -> str:
        sub = self.subdomains[(x + y) % len(self.subdomains)]
        return (
            self.url_template.replace("{s}", sub).replace("{z}", str(z))
            .replace("{x}", str(x)).replace("{-y}", str(flip_y(z, y))).replace("{y}", str(y))
        )

    def get(self, z: int, x: int, y: int) -> bytes | None:
        if not _in_range(self, z, x, y):
            return None
        cached = self.cache.get(z, x, y)
        if cached is not None:
            return cached
        if self.offline or (z, x, y) in self._absent or self.breaker.is_open:
            return None
        data = self._download(z, x, y)
        if data is not None:
            self.cache.put(z, x, y, data)
        return data

    def _download(self, z: int, x: int, y: int) -> bytes | None:
        request = urllib.request.Request(self.url(z, x, y), headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read(MAX_TILE_BYTES + 1)
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code in _MISSING_CODES:
                if len(self._absent) > 100_000:
                    self._absent.clear()
                self._absent.add((z, x, y))
            else:  # refused, rate-limited or broken: leave the server alone for a while
                self.breaker.trip()
            return None
        except (OSError, http.client.HTTPException, ValueError):
            # URLError, time-outs, refused or reset connections: no network for now.
            self.breaker.trip()
            return None
        if len(data) > MAX_TILE_BYTES or image_format(data) is None:
            self.breaker.trip()  # not a tile: a login page of a hotspot, say
            return None
        return data

    def close(self) -> None:
        """Nothing is held open between downloads."""


def open_tile_source(spec: dict[str, Any]) -> TileSource:
    """A tile source from its saved description.

    ``{"type": "folder", "path": ..., "scheme": "xyz"|"tms"}``,
    ``{"type": "mbtiles", "path": ...}`` or ``{"type": "xyz", "url": ...,
    "cache_dir": ..., "offline": bool, "subdomains": "abc", "min_zoom": 0,
    "max_zoom": 19, "bounds": [w, s, e, n]}``; every type takes an "attribution" that
    replaces the source's own.
    """
    kind = str(spec.get("type", "")).lower()
    attribution = str(spec.get("attribution") or "")
    if kind in {"folder", "mbtiles"} and not spec.get("path"):
        raise TileError(msg("A basemap of type {kind!r} needs the path of its tiles.",
                            kind=kind))
    if kind == "folder":
        return FolderTiles(spec["path"], scheme=spec.get("scheme"), attribution=attribution)
    if kind == "mbtiles":
        return MBTiles(spec["path"], attribution=attribution)
    if kind == "xyz":
        try:
            return XYZTiles(
                str(spec.get("url", "")),
                spec.get("cache_dir"),
                float(spec.get("timeout", 3.0)),
                subdomains=str(spec.get("subdomains") or "abc"),
                min_zoom=int(spec.get("min_zoom", 0)),
                max_zoom=int(spec.get("max_zoom", 19)),
                attribution=attribution,
                bounds=parse_bounds(spec.get("bounds")),
                offline=bool(spec.get("offline", False)),
            )
        except (TypeError, ValueError) as exc:
            if isinstance(exc, TileError):
                raise
            raise TileError(msg("The online basemap settings are not usable: {error}.",
                                error=str(exc))) from exc
    raise TileError(msg(
        "Unknown basemap type {type!r}; the types are 'folder', 'mbtiles' "
        "and 'xyz'.", type=spec.get("type"),
    ))


def source_title(spec: dict[str, Any]) -> str:
    """A short name for a layer of this source: the folder or file name, or the host."""
    if spec.get("path"):
        path = PureWindowsPath(str(spec["path"]))  # splits on "/" and on "\\"
        return path.stem if str(spec.get("type")).lower() == "mbtiles" else path.name
    host = urlsplit(str(spec.get("url", ""))).hostname
    return host or "Basemap"
