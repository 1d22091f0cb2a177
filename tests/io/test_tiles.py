"""Basemap tile sources: folders, MBTiles and an online service that may be unreachable.

An office without internet must never wait or crash for want of a network: the online
source reads its disk cache first, gives up once, and then stops trying for a while.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import sqlite3
import struct
import threading
import urllib.request
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyproj import Transformer

from metkasekor_desktop.io.tile_cache import CircuitBreaker, DiskTileCache, cache_folder_name
from metkasekor_desktop.io.tiles import (
    FolderTiles,
    MBTiles,
    TileError,
    TileSource,
    XYZTiles,
    image_format,
    open_tile_source,
    source_title,
)
from metkasekor_desktop.io.webmercator import (
    flip_y,
    resolution,
    tile_bounds_lonlat,
    tile_bounds_mercator,
    tile_for_lonlat,
    tile_xy_to_lonlat,
    tiles_in_bounds,
    zoom_for_resolution,
)

BATTAMBANG = (103.0, 12.8)


# --- helpers shared with the layer tests ------------------------------------------------
def solid_png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A PNG of one colour, written without Qt (the io package has none)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b""))


def write_folder(root: Path, tiles: dict[tuple[int, int, int], bytes], ext: str = ".png") -> Path:
    for (z, x, y), data in tiles.items():
        path = root / str(z) / str(x) / f"{y}{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def write_mbtiles(path: Path, tiles: dict[tuple[int, int, int], bytes],
                  metadata: dict[str, str] | None = None) -> Path:
    """An MBTiles file: rows in the TMS scheme, as the specification says."""
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                   "tile_row INTEGER, tile_data BLOB)")
        db.executemany("INSERT INTO metadata VALUES (?, ?)", list((metadata or {}).items()))
        db.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(z, x, flip_y(z, y), data) for (z, x, y), data in tiles.items()],
        )
    db.close()
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    user_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self.user_agents.append(self.headers.get("User-Agent", ""))
        super().do_GET()

    def log_message(self, *args) -> None:
        """Keep the test output clean."""


@contextlib.contextmanager
def serve_folder(root: Path) -> Iterator[tuple[int, list[str]]]:
    """Serve ``root`` over HTTP on 127.0.0.1 (a free port) until the block ends.

    Yields the port and the list of User-Agent headers of the requests received.
    """
    agents: list[str] = []
    handler = type("Handler", (_QuietHandler,), {"user_agents": agents})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server.server_address[1], agents
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def tile_colours(zooms=(10, 11, 12), lon=(102.85, 103.15), lat=(12.65, 12.95)):
    """A distinct colour for every tile over Battambang at ``zooms``."""
    colours: dict[tuple[int, int, int], tuple[int, int, int]] = {}
    for z in zooms:
        x0, y0, x1, y1 = tiles_in_bounds((lon[0], lat[0], lon[1], lat[1]), z)
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                n = len(colours)
                colours[(z, x, y)] = (30 + 9 * (n % 20), 30 + 9 * (n // 20 % 20), 40 * (z - 8))
    return colours


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    """Requests to the local test server must not go to a proxy of the machine."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def tiles() -> dict[tuple[int, int, int], bytes]:
    return {key: solid_png(rgb, 8) for key, rgb in tile_colours((10, 11)).items()}


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- tile maths -------------------------------------------------------------------------
def test_tile_of_a_point_contains_it_and_matches_pyproj():
    to_merc = Transformer.from_crs(4326, 3857, always_xy=True)
    for z in (0, 5, 10, 12, 18):
        x, y = tile_for_lonlat(*BATTAMBANG, z)
        west, south, east, north = tile_bounds_lonlat(z, x, y)
        assert west <= BATTAMBANG[0] < east and south < BATTAMBANG[1] <= north
        xmin, ymin, xmax, ymax = tile_bounds_mercator(z, x, y)
        ex, ey = to_merc.transform([west, east], [south, north])
        assert [xmin, xmax] == pytest.approx(list(ex), abs=1e-3)
        assert [ymin, ymax] == pytest.approx(list(ey), abs=1e-3)
    assert tile_for_lonlat(0.0, 0.0, 1) == (1, 1)
    assert tile_for_lonlat(-180.0, 89.0, 3) == (0, 0)  # beyond 85.05 N: the top row
    assert tile_xy_to_lonlat(0, 0, 0)[1] == pytest.approx(85.0511, abs=1e-4)


def test_zoom_for_resolution_inverts_resolution():
    assert resolution(0) == pytest.approx(156_543.03, abs=0.01)
    for z in (3, 11, 17):
        assert zoom_for_resolution(resolution(z, 12.8), 12.8) == pytest.approx(z)


def test_tms_flip_is_its_own_inverse():
    assert flip_y(3, 0) == 7 and flip_y(3, flip_y(3, 5)) == 5


# --- folder -----------------------------------------------------------------------------
def test_folder_finds_zoom_range_tiles_and_bounds(tmp_path, tiles):
    source = FolderTiles(write_folder(tmp_path / "t", tiles))
    assert isinstance(source, TileSource)
    assert (source.min_zoom, source.max_zoom) == (10, 11)
    key = next(iter(tiles))
    assert source.get(*key) == tiles[key]
    assert source.get(10, 0, 0) is None  # absent
    assert source.get(12, *key[1:]) is None  # beyond the zoom range
    west, south, east, north = source.bounds
    assert west <= 102.85 and east >= 103.15 and south <= 12.65 and north >= 12.95
    assert east - west < 1.0  # listed from the tiles, not the whole world


def test_folder_of_jpeg_tiles_and_tms_folder(tmp_path, tiles):
    jpeg = {k: b"\xff\xd8\xff\xe0" + str(k).encode() for k in tiles}
    source = FolderTiles(write_folder(tmp_path / "jpg", jpeg, ".jpg"))
    key = next(iter(tiles))
    assert source.get(*key) == jpeg[key]
    z, x, y = key
    tms = write_folder(tmp_path / "tms", {(z, x, flip_y(z, y)): tiles[key]})
    (tms / "tilemapresource.xml").write_text("<TileMap/>", encoding="utf-8")
    assert FolderTiles(tms).get(z, x, y) == tiles[key]  # gdal2tiles' rows are TMS


def test_folder_missing_or_without_tiles_says_so(tmp_path):
    with pytest.raises(TileError, match="missing"):
        FolderTiles(tmp_path / "gone")
    (tmp_path / "empty").mkdir()
    with pytest.raises(TileError, match="holds no tiles"):
        FolderTiles(tmp_path / "empty")


# --- MBTiles ----------------------------------------------------------------------------
def test_mbtiles_rows_are_flipped_and_metadata_read(tmp_path, tiles):
    path = write_mbtiles(tmp_path / "b.mbtiles", tiles, {
        "name": "Battambang", "format": "png", "minzoom": "10", "maxzoom": "11",
        "bounds": "102.8,12.6,103.2,13.0", "attribution": "Imagery: PDAFF Battambang",
    })
    source = MBTiles(path)
    try:
        for key, data in tiles.items():
            assert source.get(*key) == data
        z, x, y = next(iter(tiles))
        assert source.get(z, x, flip_y(z, y)) is None  # the TMS row is not the XYZ row
        assert (source.min_zoom, source.max_zoom) == (10, 11)
        assert source.bounds == (102.8, 12.6, 103.2, 13.0)
        assert source.attribution == "Imagery: PDAFF Battambang"
        key = next(iter(tiles))
        got: list[bytes | None] = []
        worker = threading.Thread(target=lambda: got.append(source.get(*key)))
        worker.start()  # the map renders in a worker thread
        worker.join(timeout=10)
        assert got == [tiles[key]]
    finally:
        source.close()


def test_mbtiles_without_metadata_takes_zooms_from_tiles(tmp_path, tiles):
    path = write_mbtiles(tmp_path / "bare.mbtiles", tiles)
    source = MBTiles(path, attribution="My own credit")
    assert (source.min_zoom, source.max_zoom, source.bounds) == (10, 11, None)
    assert source.attribution == "My own credit"
    source.close()


def test_mbtiles_is_opened_read_only(tmp_path, tiles):
    path = write_mbtiles(tmp_path / "ro.mbtiles", tiles)
    source = MBTiles(path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        source._db.execute("DELETE FROM tiles")
    source.close()


def test_files_that_are_not_mbtiles_are_refused_clearly(tmp_path):
    text = tmp_path / "notes.mbtiles"
    text.write_text("these are not tiles " * 100, encoding="utf-8")
    with pytest.raises(TileError, match="is not an MBTiles file"):
        MBTiles(text)
    other = tmp_path / "project.gpkg"
    sqlite3.connect(other).execute("CREATE TABLE plots (id INTEGER)").connection.close()
    with pytest.raises(TileError, match="is not an MBTiles file"):
        MBTiles(other)
    with pytest.raises(TileError, match="missing"):
        MBTiles(tmp_path / "gone.mbtiles")
    vector = write_mbtiles(tmp_path / "v.mbtiles", {(0, 0, 0): b"x"}, {"format": "pbf"})
    with pytest.raises(TileError, match="vector tiles"):
        MBTiles(vector)


# --- online tiles with a disk cache -------------------------------------------------------
def test_xyz_downloads_caches_and_survives_the_server_going_away(tmp_path, tiles, monkeypatch):
    root = write_folder(tmp_path / "served", tiles)
    clock = Clock()
    calls: list[float] = []
    real_urlopen = urllib.request.urlopen

    def counting_urlopen(request, timeout=None):
        calls.append(timeout)
        return real_urlopen(request, timeout=timeout)

    monkeypatch.setattr(urllib.request, "urlopen", counting_urlopen)
    key = next(iter(tiles))
    z, x, y = key
    with serve_folder(root) as (port, agents):
        template = f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"
        source = XYZTiles(template, tmp_path / "cache", max_zoom=11, clock=clock)
        assert source.get(*key) == tiles[key]
        assert source.get(10, 0, 0) is None  # 404: no such tile, the server is fine
        assert source.breaker.is_open is False
        assert len(agents) == 2 and all("MetKasekor" in a for a in agents)
    cached = tmp_path / "cache" / cache_folder_name(template) / str(z) / str(x) / str(y)
    assert cached.read_bytes() == tiles[key]
    assert not list(cached.parent.glob("*.part"))

    calls.clear()
    assert source.get(*key) == tiles[key]  # from the disk, the network is not asked
    assert calls == []
    other = [k for k in tiles if k != key]
    assert source.get(*other[0]) is None  # the server is gone: one try, no exception
    assert calls == [3.0]
    assert source.get(*other[1]) is None  # the breaker is open: no try at all
    assert source.get(*other[2]) is None
    assert calls == [3.0]
    clock.now += 61  # a minute later the network is tried again
    assert source.get(*other[1]) is None
    assert len(calls) == 2


def test_offline_switch_never_opens_a_socket(tmp_path, tiles, monkeypatch):
    template = "https://tiles.example.org/{z}/{x}/{y}.png"
    key = next(iter(tiles))
    DiskTileCache(tmp_path / cache_folder_name(template)).put(*key, tiles[key])

    def no_network(*args, **kwargs):
        pytest.fail("an offline basemap opened a connection")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    source = open_tile_source({"type": "xyz", "url": template, "cache_dir": str(tmp_path),
                               "offline": True})
    assert source.get(*key) == tiles[key]
    assert source.get(10, 1, 1) is None


class _FakeResponse:
    def __init__(self, body: bytes) -> None:
        self.body = body

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def read(self, limit: int = -1) -> bytes:
        return self.body


def test_a_login_page_instead_of_a_tile_is_not_cached(tmp_path, monkeypatch):
    """A hotspot that answers every address with its login page (status 200)."""
    monkeypatch.setattr(urllib.request, "urlopen",
                        lambda request, timeout=None: _FakeResponse(b"<html>Log in</html>"))
    source = XYZTiles("http://tiles.example.org/{z}/{x}/{y}.png", tmp_path)
    assert source.get(10, 804, 475) is None
    assert source.cache.get(10, 804, 475) is None
    assert source.breaker.is_open


def test_url_template_subdomains_and_tms_rows(tmp_path):
    source = XYZTiles("https://{s}.tiles.example.org/{z}/{x}/{-y}.png", tmp_path,
                      subdomains="ab")
    assert source.url(3, 1, 0) == "https://b.tiles.example.org/3/1/7.png"
    assert source.url(3, 1, 1) == "https://a.tiles.example.org/3/1/6.png"
    for bad in ("tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/a.png",
                "file:///{z}/{x}/{y}.png"):
        with pytest.raises(TileError, match="not usable"):
            XYZTiles(bad, tmp_path)


def test_cache_write_failure_is_not_an_error(tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = DiskTileCache(blocker)
    assert cache.put(1, 2, 3, b"data") is False
    assert cache.get(1, 2, 3) is None


def test_circuit_breaker_closes_after_its_cooldown():
    clock = Clock()
    breaker = CircuitBreaker(60.0, clock)
    assert not breaker.is_open
    breaker.trip()
    clock.now += 59.9
    assert breaker.is_open
    clock.now += 0.2
    assert not breaker.is_open


# --- sources from their saved description -----------------------------------------------
def test_open_tile_source_by_type(tmp_path, tiles):
    folder = write_folder(tmp_path / "f", tiles)
    mb = write_mbtiles(tmp_path / "m.mbtiles", tiles)
    assert isinstance(open_tile_source({"type": "folder", "path": str(folder)}), FolderTiles)
    source = open_tile_source({"type": "mbtiles", "path": str(mb), "attribution": "X"})
    assert isinstance(source, MBTiles) and source.attribution == "X"
    source.close()
    xyz = open_tile_source({"type": "xyz", "url": "https://t.example.org/{z}/{x}/{y}.png",
                            "cache_dir": str(tmp_path), "max_zoom": 17,
                            "bounds": [102.3, 10.4, 107.7, 14.7]})
    assert isinstance(xyz, XYZTiles) and xyz.max_zoom == 17
    assert xyz.bounds == (102.3, 10.4, 107.7, 14.7)
    with pytest.raises(TileError, match="Unknown basemap type"):
        open_tile_source({"type": "wms"})
    with pytest.raises(TileError, match="needs the path"):
        open_tile_source({"type": "mbtiles"})


def test_source_titles_and_image_sniffing():
    assert source_title({"type": "mbtiles", "path": "D:\\maps\\battambang.mbtiles"}) == \
        "battambang"
    assert source_title({"type": "folder", "path": "maps/ortho_2024"}) == "ortho_2024"
    assert source_title({"type": "xyz", "url": "https://tile.example.org/{z}/{x}/{y}.png"}) \
        == "tile.example.org"
    assert image_format(solid_png((1, 2, 3), 4)) == "png"
    assert image_format(b"\xff\xd8\xff\xe0rest") == "jpeg"
    assert image_format(b"<!DOCTYPE html>") is None
