"""Writing rasters (elevation, classified maps) as tiled, compressed GeoTIFFs.

Tiles and internal overviews are what make a large raster quick to show: the map
reads only the visible window, from the overview closest to the screen resolution.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg

_BLOCK = 256


class GeoTiffError(DomainError):
    """A GeoTIFF could not be written; the message says where and what to do."""


def overview_factors(width: int, height: int, smallest: int = _BLOCK) -> list[int]:
    """Factors 2, 4, 8... until the overview is smaller than ``smallest`` pixels a side."""
    factors: list[int] = []
    factor = 2
    while max(width, height) / (factor // 2) >= smallest:
        factors.append(factor)
        factor *= 2
    return factors


def write_geotiff(
    path: Path | str,
    array: np.ndarray,
    transform_gdal: Sequence[float],
    epsg: int,
    nodata: float | None = None,
    overviews: bool = True,
    progress: Callable[[float], object] | None = None,
) -> Path:
    """Write a 2-D (rows, cols) or 3-D (bands, rows, cols) array as a GeoTIFF.

    ``transform_gdal`` is GDAL's (x0, dx, rx, y0, ry, dy). The file is tiled
    (256 x 256), DEFLATE-compressed and, when ``overviews`` is true, gets internal
    overviews (averaged) down to under 256 pixels. ``progress`` receives 0..1.
    """
    import rasterio
    from rasterio.enums import Resampling
    from rasterio.transform import Affine

    path = Path(path)
    data = np.asarray(array)
    if data.ndim == 2:
        data = data[np.newaxis]
    if data.ndim != 3:
        raise ValueError(msg("A raster is a 2-D (rows, cols) or 3-D (bands, rows, cols) "
                             "array."))
    bands, height, width = data.shape
    tiled = width >= _BLOCK and height >= _BLOCK
    profile = {
        "driver": "GTiff", "width": width, "height": height, "count": bands,
        "dtype": data.dtype, "crs": f"EPSG:{epsg}",
        "transform": Affine.from_gdal(*transform_gdal), "nodata": nodata,
        "compress": "deflate", "tiled": tiled, "BIGTIFF": "IF_SAFER",
    }
    if tiled:
        profile.update(blockxsize=_BLOCK, blockysize=_BLOCK)
    if np.issubdtype(data.dtype, np.floating):
        profile["predictor"] = 3
    elif np.issubdtype(data.dtype, np.integer):
        profile["predictor"] = 2
    factors = overview_factors(width, height) if overviews else []
    report = progress or (lambda _fraction: None)
    part = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with rasterio.open(part, "w", **profile) as dst:
            dst.write(data)
            report(0.5)
            if factors:
                resampling = (Resampling.average if np.issubdtype(data.dtype, np.floating)
                              else Resampling.nearest)
                dst.build_overviews(factors, resampling)
                dst.update_tags(ns="rio_overview", resampling=resampling.name)
        part.replace(path)
    except (OSError, rasterio.errors.RasterioIOError) as exc:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
        raise GeoTiffError(msg(
            "Could not write the GeoTIFF {path}: {reason}. Choose a folder you can write to "
            "and check that the disk is not full.", path=str(path), reason=str(exc))) from exc
    report(1.0)
    return path
