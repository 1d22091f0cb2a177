"""Build overviews for a raster that has none, without touching the raster itself.

Overviews are what make a large raster quick on the map (DESIGN.md decision 4: a
10,000 x 10,000 GeoTIFF takes over a second a frame without them, tens of
milliseconds with). The officer's file is never rewritten: the overviews go into an
external ``<file>.ovr`` beside it, which GDAL (and QGIS) pick up on their own.

How: GDAL writes external overviews for a dataset opened read-only, but rasterio
builds overviews only on a dataset opened for update. So the raster is wrapped in a
small temporary VRT (opened for update; the raster under it stays read-only), whose
first overview level (factor 2, read from the full raster) lands in the VRT's ``.ovr``.
Every further level is then an overview of that ``.ovr`` itself, read from the half
-resolution level: a quarter of the work of reading the full raster again. The
finished file is renamed to ``<file>.ovr`` only at the end, so an interrupted or
cancelled build never leaves a partial ``.ovr`` that GDAL would trust.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Callable
from pathlib import Path

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.geotiff import overview_factors
from metkasekor_desktop.io.raster_errors import RasterError

__all__ = ["build_overviews", "external_overview_path", "has_overviews", "planned_factors"]


def external_overview_path(path: Path | str) -> Path:
    """Where GDAL looks for the external overviews of ``path`` (``dem.tif.ovr``)."""
    path = Path(path)
    return path.with_name(path.name + ".ovr")


def _open(path: Path):
    import rasterio
    from rasterio.errors import RasterioIOError

    if not path.exists():
        raise RasterError(msg(
            "The raster {path} is missing; it was moved, renamed or deleted. Put it back "
            "or choose it again from its new place.", path=str(path)))
    try:
        return rasterio.open(path)
    except RasterioIOError as exc:
        raise RasterError(msg(
            "{path} is not a raster this application can read ({reason}).", path=str(path),
            reason=str(exc))) from exc


def has_overviews(path: Path | str) -> bool:
    """True when the raster has overviews, internal or in an ``.ovr`` beside it."""
    with _open(Path(path)) as ds:
        return bool(ds.overviews(1))


def planned_factors(width: int, height: int) -> list[int]:
    """Factors 2, 4, 8... until the smallest overview is under 256 cells a side."""
    return overview_factors(width, height)


def build_overviews(
    path: Path | str,
    progress: Callable[[float], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int]:
    """Build averaged external overviews (``<path>.ovr``, DEFLATE) for ``path``.

    Returns the factors the file has afterwards. A file that already has overviews is
    left as it is (its factors are returned). ``progress`` gets 0..1 after each level;
    ``cancelled`` is asked before each level, and a cancelled build leaves no ``.ovr``
    and returns []. Raises :class:`RasterError` when the folder cannot be written.
    """
    import rasterio
    import rasterio.shutil
    from rasterio._err import CPLE_BaseError  # GDAL's own errors
    from rasterio.enums import Resampling
    from rasterio.errors import RasterioError

    path = Path(path)
    report = progress or (lambda _f: None)
    stop = cancelled or (lambda: False)
    with _open(path) as ds:
        existing = list(ds.overviews(1))
        width, height, dtypes = ds.width, ds.height, ds.dtypes
    if existing:
        report(1.0)
        return existing
    factors = planned_factors(width, height)
    if not factors:  # already smaller than an overview would be
        report(1.0)
        return []
    folder = path.parent
    if not os.access(folder, os.W_OK):
        raise _unwritable(path, msg("the folder is read-only"))
    target = external_overview_path(path)
    vrt = folder / f".{path.name}.overviews.vrt"
    partial = Path(str(vrt) + ".ovr")
    floating = any(d.startswith("float") for d in dtypes)
    # Each level's share of the work: the first reads the full raster, every other
    # level a quarter of it (the half-resolution level).
    weights = [1.0] + [0.25] * (len(factors) - 1)
    total, done = sum(weights), 0.0
    options = {"COMPRESS_OVERVIEW": "DEFLATE",
               "PREDICTOR_OVERVIEW": "3" if floating else "2",
               "BIGTIFF_OVERVIEW": "IF_SAFER"}
    _remove(partial, vrt)  # what a crashed build may have left
    try:
        with rasterio.Env(**options), warnings.catch_warnings():
            # The .ovr alone carries no georeferencing; rasterio warns about that.
            warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
            report(0.0)
            if stop():
                return []
            rasterio.shutil.copy(path, vrt, driver="VRT")
            with rasterio.open(vrt, "r+") as first:
                first.build_overviews([factors[0]], Resampling.average)
            done += weights[0]
            report(0.95 * done / total)
            for i, factor in enumerate(factors[1:], start=1):
                if stop():
                    return []
                with rasterio.open(partial, "r+") as level:
                    # Factor relative to the half-resolution level the .ovr holds.
                    level.build_overviews([factor // factors[0]], Resampling.average)
                done += weights[i]
                report(0.95 * done / total)
            if stop():
                return []
            os.replace(partial, target)
    except (OSError, RasterioError, CPLE_BaseError) as exc:
        raise _unwritable(path, str(exc)) from exc
    finally:
        _remove(partial, vrt)
    with _open(path) as ds:
        built = list(ds.overviews(1))
    report(1.0)
    return built


def _remove(partial: Path, vrt: Path) -> None:
    for leftover in (partial, vrt, Path(str(vrt) + ".aux.xml")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def _unwritable(path: Path, reason: str) -> RasterError:
    return RasterError(msg(
        "Could not build overviews for {path}: {reason}. Overviews are written beside "
        "the raster as {overviews}; copy the raster to a folder "
        "you can write to (and check that the disk is not full), then try again.",
        path=str(path), reason=reason, overviews=external_overview_path(path).name))
