"""What reading a plot source file hands over: its layers, its features and its errors.

Shared by the GIS reader (:mod:`vector_source`) and the readers of walked boundaries
(:mod:`walked_sources`), so that neither has to import the other for these types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.io.file_checks import SourceCheck

Progress = Callable[[int, int], None]


class SourceError(DomainError):
    """A source file, layer or encoding that cannot be read; the message says what to do.

    ``needs_encoding`` is True when choosing another text encoding would let it be read.
    """

    def __init__(self, message: str, needs_encoding: bool = False) -> None:
        super().__init__(message)
        self.needs_encoding = needs_encoding


@dataclass
class SourceLayer:
    """One layer of a source file, as the wizard lists it."""

    name: str  # to pass to read_layer ("" for files with no layers of their own)
    feature_count: int  # -1 if unknown
    geometry_type: str  # as GDAL says: "Polygon", "MultiPolygon", "Point", "CurvePolygon"...
    fields: list[str]


@dataclass
class SourceInfo:
    """A checked source file and its layers; :meth:`close` removes temporary files."""

    path: Path  # the file the user chose
    kind: str  # import_formats' kind of what is read: "shapefile", "geopackage", "kml"...
    layers: list[SourceLayer]
    check: SourceCheck
    declared_encoding: str | None = None  # shapefile: from the .cpg or the DBF header

    def close(self) -> None:
        self.check.cleanup()

    def __enter__(self) -> SourceInfo:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@dataclass
class SourceFeatures:
    """One layer's features in the source CRS, one entry per feature in every list."""

    layer: str
    columns: list[str]
    values: dict[str, list[object]]
    geometries: np.ndarray  # shapely geometries, 2D and linear; None where there is none
    numbers: list[int]  # 1-based feature number (CSV: spreadsheet row number)
    had_z: np.ndarray
    had_m: np.ndarray
    was_curve: np.ndarray
    crs_wkt: str | None
    crs_epsg: int | None
    encoding: str | None
    notes: dict[int, list[str]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.numbers)
