"""What lets an online basemap work in an office whose internet comes and goes.

A disk cache keeps every tile once downloaded, so the map still shows it without a
network; a circuit breaker stops all downloads for a while after a failure, so an office
without internet waits for one time-out, not one per tile.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

APP_DIR = "MetKasekor"


def default_cache_dir() -> Path:
    """Where downloaded tiles are kept when a basemap names no folder of its own."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR / "tiles"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR / "tiles"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / APP_DIR.lower() / "tiles"


def cache_folder_name(url_template: str) -> str:
    """``{host}-{hash}``: readable, safe on Windows, and one folder per tile service
    (two layers of one host, e.g. imagery and streets, have different templates)."""
    host = urlsplit(url_template).netloc or "tiles"
    host = re.sub(r"[^A-Za-z0-9.-]+", "_", host.split("@")[-1])
    digest = hashlib.sha256(url_template.encode("utf-8")).hexdigest()[:12]
    return f"{host}-{digest}"


class DiskTileCache:
    """Tiles as files ``{root}/{z}/{x}/{y}``; writes are atomic (temp file + replace),
    so a power cut never leaves half a tile that would be shown as broken forever."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def path(self, z: int, x: int, y: int) -> Path:
        return self.root / str(z) / str(x) / str(y)

    def get(self, z: int, x: int, y: int) -> bytes | None:
        try:
            data = self.path(z, x, y).read_bytes()
        except OSError:
            return None
        return data or None

    def put(self, z: int, x: int, y: int, data: bytes) -> bool:
        """Store a tile; False (and nothing changed) when the disk refuses."""
        target = self.path(z, x, y)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{y}.", suffix=".part", dir=target.parent)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, target)
        except OSError:
            try:
                os.unlink(temp)
            except OSError:
                pass
            return False
        return True


class CircuitBreaker:
    """Open (no network tries) for ``cooldown`` seconds after a failure.

    ``clock`` is injectable so that tests can let time pass without waiting.
    """

    def __init__(self, cooldown: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.cooldown = cooldown
        self._clock = clock
        self._open_until: float | None = None
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        """True while the network is taken to be down and no download is tried."""
        with self._lock:
            if self._open_until is None:
                return False
            if self._clock() >= self._open_until:
                self._open_until = None
                return False
            return True

    def trip(self) -> None:
        with self._lock:
            self._open_until = self._clock() + self.cooldown

    def reset(self) -> None:
        with self._lock:
            self._open_until = None
