"""Writing an MBTiles file: the offline basemap ODK Collect, QField and QGIS read.

An MBTiles file (spec 1.3) is an SQLite database of two tables: ``metadata`` (name,
value) and ``tiles`` (zoom_level, tile_column, tile_row, tile_data), the rows counted in
the TMS scheme, from the south (``flip_y`` of the XYZ row). The file is written under a
hidden temporary name beside the target and moved over it only when every tile is in,
so a cancelled or failed export never leaves half a basemap where a phone may pick it
up. Tiles arrive already encoded (PNG); nothing here knows how they were drawn.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.replacing import remove_quietly
from metkasekor_desktop.io.webmercator import Bounds, flip_y, tile_count

SPEC_VERSION = "1.3"
COMMIT_EVERY = 500  # tiles between two commits: memory stays small, a crash loses little
FORMATS = ("png", "jpg", "webp")
TYPES = ("overlay", "baselayer")

_SCHEMA = (
    "CREATE TABLE metadata (name TEXT NOT NULL, value TEXT)",
    "CREATE UNIQUE INDEX metadata_name ON metadata (name)",
    "CREATE TABLE tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, "
    "tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL)",
    "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)",
)


class MBTilesError(DomainError):
    """An MBTiles file that cannot be written as asked; the message says what to do."""


@dataclass(frozen=True, slots=True)
class MBTilesMetadata:
    """What the ``metadata`` table says about the tiles (MBTiles 1.3).

    ``bounds`` is (west, south, east, north) in degrees; ``center`` is (lon, lat, zoom),
    by default the middle of the bounds at the lowest zoom."""

    name: str
    bounds: Bounds
    min_zoom: int
    max_zoom: int
    format: str = "png"
    type: str = "overlay"
    description: str = ""
    attribution: str = ""
    center: tuple[float, float, int] | None = None
    extra: Mapping[str, str] = field(default_factory=dict)

    def validated(self) -> MBTilesMetadata:
        if self.format not in FORMATS:
            raise MBTilesError(msg("MBTiles tiles cannot be {format!r}; use one of "
                                   "{formats}.", format=self.format, formats=", ".join(FORMATS)))
        if self.type not in TYPES:
            raise MBTilesError(msg("An MBTiles type is 'overlay' or 'baselayer', not "
                                   "{type!r}.", type=self.type))
        if not 0 <= self.min_zoom <= self.max_zoom <= 30:
            raise MBTilesError(msg("The zoom levels {low} to {high} are not "
                                   "usable: give 0 <= min zoom <= max zoom <= 30.",
                                   low=self.min_zoom, high=self.max_zoom))
        west, south, east, north = self.bounds
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            raise MBTilesError(msg("The bounds {bounds} are not longitudes and latitudes "
                                   "(west, south, east, north).", bounds=str(self.bounds)))
        return self

    def rows(self) -> dict[str, str]:
        """The ``metadata`` table as name -> text value."""
        west, south, east, north = self.bounds
        lon, lat, zoom = self.center or ((west + east) / 2, (south + north) / 2,
                                         self.min_zoom)
        rows = {
            "name": self.name,
            "format": self.format,
            "type": self.type,
            "version": SPEC_VERSION,
            "minzoom": str(self.min_zoom),
            "maxzoom": str(self.max_zoom),
            "bounds": ",".join(f"{v:.7f}" for v in (west, south, east, north)),
            "center": f"{lon:.7f},{lat:.7f},{int(zoom)}",
            "description": self.description,
            "attribution": self.attribution,
            "scheme": "tms",  # said outright: some readers (mbutil) look for it
        }
        rows.update({str(k): str(v) for k, v in self.extra.items()})
        return rows


def check_target(target: Path | str) -> Path:
    """The folder an MBTiles file ``target`` is written into, after checking that it
    exists and may be written to (before any tile is drawn); MBTilesError when not."""
    target = Path(target)
    folder = target.parent
    if target.suffix.lower() != ".mbtiles":
        raise MBTilesError(msg("{name}: an MBTiles file must end in .mbtiles (ODK "
                               "Collect and QField look for that name).", name=target.name))
    if not folder.is_dir():
        raise MBTilesError(msg("Cannot write {name}: the folder {folder} does not "
                               "exist. Make it first or choose another folder.",
                               name=target.name, folder=str(folder)))
    if target.is_dir():
        raise MBTilesError(msg("{path} is a folder; give the name of the MBTiles file to "
                               "write, e.g. area.mbtiles.", path=str(target)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise MBTilesError(msg("Cannot write {name} into the folder {folder}: it is "
                               "read-only for you. Choose a folder you may write to.",
                               name=target.name, folder=str(folder)))
    return folder


class MBTilesWriter:
    """Tiles added one by one (XYZ rows), then :meth:`finish` moves the file in place.

    Used as a context manager: leaving the block with an exception (or without
    :meth:`finish`) removes the temporary file and leaves any old target untouched."""

    def __init__(self, target: Path | str, metadata: MBTilesMetadata) -> None:
        self.target = Path(target)
        self.metadata = metadata.validated()
        folder = check_target(self.target)
        self.temp = folder / f".{self.target.stem}-{uuid.uuid4().hex[:12]}.mbtiles.part"
        self.counts: dict[int, int] = {}
        self.bytes_written = 0
        self._pending = 0
        self._done = False
        try:
            self._db: sqlite3.Connection | None = sqlite3.connect(self.temp)
            for statement in _SCHEMA:
                self._db.execute(statement)
            self._db.commit()
        except (sqlite3.Error, OSError) as exc:
            self._close()
            remove_quietly(self.temp)
            raise MBTilesError(msg("Cannot write the MBTiles file in {folder}: {error}. Choose a "
                                   "folder you may write to, on a disk with free space.",
                                   folder=str(folder), error=str(exc))) from exc

    def add(self, z: int, x: int, y: int, data: bytes) -> None:
        """Store the encoded tile (z, x, y) given in the XYZ scheme (row from the north)."""
        if self._db is None:
            raise MBTilesError(msg("The MBTiles file is already closed."))
        n = tile_count(z)
        if not (0 <= x < n and 0 <= y < n):
            raise MBTilesError(msg("There is no tile {z}/{x}/{y} in the web map grid.",
                                   z=z, x=x, y=y))
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) "
                "VALUES (?, ?, ?, ?)", (z, x, flip_y(z, y), sqlite3.Binary(data)))
        except sqlite3.Error as exc:
            raise MBTilesError(msg("Cannot write tile {z}/{x}/{y} into {name}: "
                                   "{error}. Free some disk space or write elsewhere.",
                                   z=z, x=x, y=y, name=self.temp.name, error=str(exc))) from exc
        self.counts[z] = self.counts.get(z, 0) + 1
        self.bytes_written += len(data)
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self._db.commit()
            self._pending = 0

    def finish(self) -> Path:
        """Write the metadata, close the database and move it over the target."""
        if self._db is None:
            raise MBTilesError(msg("The MBTiles file is already closed."))
        try:
            self._db.executemany("INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)",
                                 list(self.metadata.rows().items()))
            self._db.commit()
        except sqlite3.Error as exc:
            raise MBTilesError(msg("Cannot finish the MBTiles file: {error}.",
                                   error=str(exc))) from exc
        finally:
            self._close()
        os.replace(self.temp, self.target)
        self._done = True
        return self.target

    def abort(self) -> None:
        """Close and remove the temporary file; the target is left as it was."""
        self._close()
        if not self._done:
            remove_quietly(self.temp)

    def _close(self) -> None:
        db, self._db = getattr(self, "_db", None), None
        if db is not None:
            db.close()

    def __enter__(self) -> MBTilesWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if not self._done:
            self.abort()


__all__ = ["MBTilesError", "check_target", "MBTilesMetadata", "MBTilesWriter"]
