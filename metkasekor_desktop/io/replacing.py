"""Writing a file so that a failure never leaves half of it where a good one was.

Every exporter writes to a temporary name beside the target and moves it over the
target only when the whole file is written; on any failure the temporary file (and an
SQLite journal GDAL may have left beside it) is removed and the error goes on to the
caller, which words it for the officer.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def remove_quietly(path: str | Path) -> None:
    """Remove ``path`` and the SQLite sidecars a failed write may leave beside it."""
    for extra in ("", "-journal", "-wal", "-shm"):
        try:
            Path(f"{path}{extra}").unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself is unusable; nothing was left there


@contextmanager
def replacing(target: str | Path, suffix: str = ".part", *,
              make_folder: bool = True) -> Iterator[Path]:
    """A temporary path beside ``target`` (a hidden name ending in ``suffix``), moved
    over ``target`` when the block succeeds and removed when it fails. The target's
    folder is made first unless ``make_folder`` is false."""
    target = Path(target)
    temp = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:12]}{suffix}")
    try:
        if make_folder:
            target.parent.mkdir(parents=True, exist_ok=True)
        yield temp
        os.replace(temp, target)
    except BaseException:
        remove_quietly(temp)
        raise
