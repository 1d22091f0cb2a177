"""Small vectorised helpers shared by the import review and its overlap search.

They live apart so that :mod:`import_review` and :mod:`import_overlaps` both use them
while the dependency between the two runs one way (the review imports the overlaps).
"""

from __future__ import annotations

import math
import os
import string
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from shapely.errors import ShapelyError

from metkasekor_desktop.domain.geometry import M2_PER_HA

# The characters of a normal plot code (domain.codes._PLOT_CODE), and the separator.
_CODE_CHARS = string.ascii_uppercase + string.digits + "-,"


def area_text(m2: float, signed: bool = False) -> str:
    """An area as a report shows it: hectares from 1000 m², square metres below."""
    sign = "+" if signed and m2 > 0 else ""
    if abs(m2) >= 1000:
        return f"{sign}{m2 / M2_PER_HA:.2f} ha"
    return f"{sign}{m2:.1f} m²" if abs(m2) < 10 else f"{sign}{m2:.0f} m²"


def as_objects(values) -> np.ndarray:
    """Any sequence of geometries as a 1-D object array (never a 2-D one of coordinates)."""
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


_SPLIT_FROM = 20_000  # a predicate over fewer elements is not worth a second thread


def in_halves(predicate: Callable[..., np.ndarray], *arrays: np.ndarray) -> np.ndarray:
    """``predicate(*arrays)`` (a shapely predicate: GEOS lets go of the GIL while it
    tests) with the two halves of large arrays tested at once on two cores."""
    n = len(arrays[0]) if arrays else 0
    if n < _SPLIT_FROM or (os.cpu_count() or 1) < 2:
        return np.asarray(predicate(*arrays))
    half = n // 2
    with ThreadPoolExecutor(1, thread_name_prefix="import-predicate") as pool:
        first = pool.submit(predicate, *(a[:half] for a in arrays))
        second = np.asarray(predicate(*(a[half:] for a in arrays)))
        return np.concatenate([np.asarray(first.result()), second])


def safe_each(func, *arrays: np.ndarray) -> np.ndarray:
    """``func`` on arrays at once; element by element (None on failure) if GEOS refuses."""
    try:
        return np.asarray(func(*arrays), dtype=object)
    except (ShapelyError, ValueError):
        out = np.empty(len(arrays[0]), dtype=object)
        for k in range(len(out)):
            try:
                out[k] = func(*(a[k] for a in arrays))
            except (ShapelyError, ValueError):
                out[k] = None
        return out


def centre(bounds_row: np.ndarray) -> tuple[float, float] | None:
    """The middle of a (minx, miny, maxx, maxy) row, or None for a missing shape (NaN)."""
    minx, miny, maxx, maxy = bounds_row.tolist()
    x, y = (minx + maxx) / 2, (miny + maxy) / 2
    return (x, y) if math.isfinite(x) and math.isfinite(y) else None


def normal_codes(codes: Sequence[object]) -> bool:
    """True when every code is text already as ``normalise_plot_code`` makes it (upper
    case ASCII letters, digits and single dashes between them): a few string methods
    over all the codes joined, instead of normalising 100,000 of them one by one (or a
    regular expression, which takes a tenth of a second). False says only that some code
    needs normalising, or is refused."""
    if not codes or not all(type(c) is str for c in codes):
        return False
    joined = ",".join(codes)  # type: ignore[arg-type]  # all str, checked above
    if not joined or joined.count(",") != len(codes) - 1:  # a code holds a comma
        return False
    if joined.strip(_CODE_CHARS):  # some character is none of these
        return False
    # No empty code, no dash at either end of a code, never two dashes together.
    return not (joined[0] in ",-" or joined[-1] in ",-"
                or any(pair in joined for pair in (",,", "--", ",-", "-,")))
