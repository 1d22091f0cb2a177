"""What goes wrong with a raster file, said in the officer's terms.

Opening a raster, reading its cells and building its overviews all refuse a file with
the same :class:`RasterError`; this module holds it, with the one-line message for a
file whose cells GDAL cannot decode, so that building overviews does not have to
import the reader, nor the reader the file's opening.
"""

from __future__ import annotations

from pathlib import Path

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import Message, msg


class RasterError(DomainError):
    """A raster cannot be opened or read; the message says which file and what to do."""


def damaged_message(path: Path, exc: BaseException) -> Message:
    """One line naming the file and what GDAL found wrong while reading it."""
    return msg("The raster {file} is damaged: its cells cannot be read "
               "({reason}). It was not copied or saved completely; copy it again "
               "from the original.", file=path.name, reason=_damage(exc))


def is_rasterio_error(exc: BaseException) -> bool:
    """True for the errors of rasterio and GDAL (and the OS) that a damaged file raises."""
    return type(exc).__module__.startswith(("rasterio", "pyogrio")) or isinstance(exc, OSError)


def _damage(exc: BaseException) -> str:
    """GDAL's own words for a failed read: rasterio hides them behind "Read failed. See
    previous exception for details", in the exception's cause."""
    seen = exc
    while seen.__cause__ is not None or seen.__context__ is not None:
        seen = seen.__cause__ or seen.__context__  # type: ignore[assignment]
    text = str(seen).strip() or str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
