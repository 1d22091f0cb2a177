"""Coordinate systems of a source file: a guess when it has none, and the way to WGS 84.

Plots are stored in WGS 84 longitude/latitude, so every imported file is converted. Two
things need care in Cambodia:

* Older data is on the Indian 1960 datum, for which PROJ knows no accurate shift on
  Cambodian soil and falls back to a "ballpark" offset that leaves positions about
  450 m off. The officer must be told, with the size of the error.
* PROJ chooses an operation point by point among those whose area of use holds the
  point; for Indian 1960 the shifts published for parts of Vietnam and the ballpark
  offset would then be mixed within one file, tearing neighbouring plots some 450 m
  apart. Here one operation is chosen for the whole file: the most accurate one whose
  area of use holds all of the data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import shapely

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.import_review import CAMBODIA_LONLAT
from metkasekor_desktop.domain.messages import Message, joined, msg

# How far (degrees) outside Cambodia a guess may still put the data.
GUESS_MARGIN_DEG = 1.0
_SECOND_ZONE_MARGIN_DEG = 0.0  # UTM 47N is offered only when the data lands in Cambodia

# Guesses tried for numbers that are not degrees, in the order they are offered.
_PROJECTED_GUESSES = (
    (
        32648,
        "WGS 84 / UTM zone 48N",
        GUESS_MARGIN_DEG,
        msg("The numbers are metres that fall in Cambodia in UTM zone 48N on WGS 84, "
            "the usual metric system for Cambodia."),
    ),
    (
        3148,
        "Indian 1960 / UTM zone 48N",
        GUESS_MARGIN_DEG,
        msg("The same metres on the older Indian 1960 datum, used by some older Cambodian "
            "maps; PROJ can convert it only approximately (a few hundred metres)."),
    ),
    (
        32647,
        "WGS 84 / UTM zone 47N",
        _SECOND_ZONE_MARGIN_DEG,
        msg("The numbers also fall in Cambodia as metres in UTM zone 47N, which some maps "
            "of western Cambodia use."),
    ),
)
_LONLAT_LABEL = msg("WGS 84 (longitude/latitude)")


class SourceCrsError(DomainError):
    """The coordinate system of a file cannot be read or used; the message says what to do."""


@dataclass
class CrsChoice:
    """A coordinate system offered for a file that has none, and why."""

    epsg: int
    label: str
    reason: str


@dataclass
class ReprojectNote:
    """How the coordinates of a file were converted to WGS 84, for the import report.

    ``estimated_error_m`` is, for a ballpark transformation, how far the positions move
    when a published datum shift of the region is used instead (None when none exists).
    ``unconverted`` lists the positions of geometries PROJ could not convert (set to None).
    """

    source_label: str
    ballpark: bool
    accuracy_m: float | None
    message: str
    estimated_error_m: float | None = None
    unconverted: list[int] = field(default_factory=list)


@lru_cache(maxsize=64)
def _parse_crs(source: str | int):  # -> pyproj.CRS
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    try:
        crs = CRS.from_user_input(source)
    except CRSError as exc:
        detail = str(exc).split(":")[-1].strip(" )")
        if detail:
            raise SourceCrsError(msg(
                "The coordinate system of the file cannot be read ({detail}). Choose the "
                "coordinate system yourself (by its EPSG code, e.g. 32648), or ask the data "
                "owner for a correct .prj file.", detail=detail)) from exc
        raise SourceCrsError(msg(
            "The coordinate system of the file cannot be read. Choose the coordinate system "
            "yourself (by its EPSG code, e.g. 32648), or ask the data owner for a correct "
            ".prj file.")) from exc
    return crs.to_2d() if crs.is_compound or len(crs.axis_info) > 2 else crs


def _is_wgs84_lonlat(crs) -> bool:
    from pyproj import CRS

    return bool(crs.is_geographic and crs.equals(CRS.from_epsg(STORAGE_EPSG),
                                                 ignore_axis_order=True))


@lru_cache(maxsize=64)
def crs_label(wkt_or_epsg: str | int) -> str:
    """A short name an officer recognises, e.g. "Indian 1960 / UTM zone 48N (EPSG:3148)".

    An ESRI .prj ("WGS_1984_UTM_Zone_48N") is named by the EPSG system it matches.
    """
    from pyproj import CRS

    crs = _parse_crs(wkt_or_epsg)
    match = crs.list_authority(min_confidence=70)
    if match:
        code = f"{match[0].auth_name}:{match[0].code}"
        name = crs.name
        if match[0].auth_name == "EPSG":
            name = CRS.from_epsg(int(match[0].code)).name
        return f"{name} ({code})"
    name = crs.name if crs.name and crs.name.lower() != "unknown" else ""
    return name or msg("an unnamed coordinate system")


def bounds_of(geoms: np.ndarray) -> tuple[float, float, float, float] | None:
    """Total bounds of the geometries, ignoring None, empty and non-finite ones."""
    arr = np.asarray(geoms, dtype=object)
    if arr.size == 0:
        return None
    b = shapely.bounds(arr.ravel())
    b = b[np.isfinite(b).all(axis=1)]
    if len(b) == 0:
        return None
    return (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()),
            float(b[:, 3].max()))


def _inside_cambodia(lonlat: tuple[float, float, float, float], margin: float) -> bool:
    w, s, e, n = CAMBODIA_LONLAT
    minx, miny, maxx, maxy = lonlat
    return (all(math.isfinite(v) for v in lonlat) and minx >= w - margin
            and maxx <= e + margin and miny >= s - margin and maxy <= n + margin)


Bounds = tuple[float, float, float, float]  # minx, miny, maxx, maxy


def _transformed_bounds(epsg: int, bounds: Bounds) -> Bounds | None:
    """Bounds of ``bounds`` (in ``epsg``) in WGS 84 degrees, None when PROJ cannot say."""
    from pyproj import Transformer
    from pyproj.exceptions import ProjError

    try:
        tr = Transformer.from_crs(epsg, STORAGE_EPSG, always_xy=True)
        out = tr.transform_bounds(*bounds, densify_pts=5)
    except (ProjError, ValueError):
        return None
    return out if all(math.isfinite(v) for v in out) else None


DEGREE_TOLERANCE = 1e-9  # 180.00000000000006 is 180 as a GIS wrote it, not off the Earth


def guess_crs(bounds: tuple[float, float, float, float] | None) -> list[CrsChoice]:
    """Coordinate systems that put a file without one in (or near) Cambodia, best first.

    An empty list means no sensible guess: a guess that puts the data far from Cambodia
    would import plots in the wrong country without anyone noticing.
    """
    if bounds is None or not all(math.isfinite(v) for v in bounds):
        return []
    minx, miny, maxx, maxy = bounds
    t = DEGREE_TOLERANCE
    if -180 - t <= minx and maxx <= 180 + t and -90 - t <= miny and maxy <= 90 + t:
        if _inside_cambodia(bounds, GUESS_MARGIN_DEG):
            return [CrsChoice(
                STORAGE_EPSG, _LONLAT_LABEL,
                msg("The numbers are degrees that fall in Cambodia (longitude {west:.2f} to "
                    "{east:.2f} E, latitude {south:.2f} to {north:.2f} N).", west=minx,
                    east=maxx, south=miny, north=maxy),
            )]
        return []
    choices = []
    for epsg, label, margin, reason in _PROJECTED_GUESSES:
        lonlat = _transformed_bounds(epsg, bounds)
        if lonlat is not None and _inside_cambodia(lonlat, margin):
            choices.append(CrsChoice(epsg, label, reason))
    return choices


def swapped_lonlat(bounds: tuple[float, float, float, float] | None) -> bool:
    """True when the (x, y) numbers look like (latitude, longitude) of Cambodia."""
    if bounds is None or not all(math.isfinite(v) for v in bounds):
        return False
    minx, miny, maxx, maxy = bounds
    w, s, e, n = CAMBODIA_LONLAT
    m = GUESS_MARGIN_DEG
    return s - m <= minx and maxx <= n + m and w - m <= miny and maxy <= e + m


def _swap(geoms: np.ndarray) -> np.ndarray:
    return shapely.transform(geoms, lambda c: c[:, ::-1].copy())


def _lonlat_extent(crs, bounds: Bounds | None) -> Bounds | None:
    """The data's extent in degrees of its own datum: enough to pick an operation."""
    from pyproj import Transformer
    from pyproj.exceptions import ProjError

    if bounds is None:
        return None
    if crs.is_geographic:
        out = bounds
    else:
        try:
            geodetic = crs.geodetic_crs
            tr = Transformer.from_crs(crs, geodetic, always_xy=True)
            out = tr.transform_bounds(*bounds, densify_pts=5)
        except (ProjError, ValueError, AttributeError):
            return None
    t = DEGREE_TOLERANCE
    w, s, e, n = (min(max(v, -lim), lim) if lim < abs(v) <= lim + t else v
                  for v, lim in zip(out, (180, 90, 180, 90), strict=True))
    if not (all(math.isfinite(v) for v in out) and -180 <= w <= e <= 180
            and -90 <= s <= n <= 90):
        return None
    return (w, s, e, n)


def _contains(area, extent) -> bool:
    if area is None or extent is None:
        return False
    w, s, e, n = area.bounds
    return w <= extent[0] and extent[2] <= e and s <= extent[1] and extent[3] <= n


def _choose_transformer(crs, extent):  # -> tuple[pyproj.Transformer, bool]
    """One operation for the whole file, and whether a better one lacks a grid file."""
    from pyproj.aoi import AreaOfInterest
    from pyproj.exceptions import ProjError
    from pyproj.transformer import TransformerGroup

    w, s, e, n = extent if extent is not None else CAMBODIA_LONLAT
    # The ignore: pyproj's hints name its internal AreaOfInterest, not the documented one.
    try:
        group = TransformerGroup(crs, STORAGE_EPSG, always_xy=True,
                                 area_of_interest=AreaOfInterest(w, s, e, n))  # type: ignore[arg-type]
    except ProjError as exc:
        raise SourceCrsError(_no_path_message(crs)) from exc
    candidates = group.transformers
    if not candidates:
        raise SourceCrsError(_no_path_message(crs))
    chosen = next((t for t in candidates if _contains(t.area_of_use, extent)), None)
    if chosen is None:  # nothing covers all of the data: the world-wide fallback
        chosen = next((t for t in candidates if _is_ballpark(t)), candidates[0])
    return chosen, bool(group.unavailable_operations)


def _no_path_message(crs) -> Message:
    return msg("Coordinates in {crs} cannot be converted to WGS 84 longitude/latitude. "
               "Choose another coordinate system for the file.",
               crs=crs.name or msg("this coordinate system"))


def _is_ballpark(transformer) -> bool:
    return "ballpark" in (transformer.description or "").lower()


def _ballpark_error_m(crs, bounds) -> float | None:
    """How far the published datum shifts of the region move the data's centre point."""
    from pyproj import Geod
    from pyproj.exceptions import ProjError
    from pyproj.transformer import TransformerGroup

    if bounds is None:
        return None
    cx, cy = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
    try:
        group = TransformerGroup(crs, STORAGE_EPSG, always_xy=True)
        points = [(t.transform(cx, cy), _is_ballpark(t)) for t in group.transformers]
    except ProjError:
        return None
    ballpark = [p for p, is_bp in points if is_bp]
    others = [p for p, is_bp in points if not is_bp]
    if not ballpark or not others:
        return None
    geod = Geod(ellps="WGS84")
    distances = [geod.inv(*ballpark[0], *p)[2] for p in others
                 if all(math.isfinite(v) for v in p)]
    return max(distances) if distances else None


def _note(label: str, transformer, estimate: float | None, missing_grid: bool) -> ReprojectNote:
    ballpark = _is_ballpark(transformer)
    accuracy = transformer.accuracy
    accuracy_m = float(accuracy) if accuracy is not None and accuracy >= 0 else None
    if ballpark:
        size = (msg("up to about {distance:.0f} m", distance=round(estimate, -1)) if estimate
                else msg("tens to hundreds of metres"))
        message = msg(
            "Coordinates were converted from {crs} without an accurate datum shift "
            "(PROJ's 'ballpark' transformation): positions may be off by {size}. Ask the "
            "data owner for the datum shift, or check the plots over imagery.",
            crs=label, size=size)
    elif accuracy_m == 0:
        message = msg("Coordinates were converted from {crs} to WGS 84 (an exact conversion).",
                      crs=label)
    elif accuracy_m is not None:
        message = msg("Coordinates were converted from {crs} to WGS 84 with a datum shift "
                      "accurate to about {accuracy:g} m.", crs=label, accuracy=accuracy_m)
    else:
        message = msg("Coordinates were converted from {crs} to WGS 84; PROJ states no "
                      "accuracy for this conversion.", crs=label)
    if missing_grid:
        message = joined([message, msg("A more accurate transformation needs a PROJ grid file "
                                       "that is not installed on this computer.")], " ")
    return ReprojectNote(label, ballpark, None if ballpark else accuracy_m, message,
                         estimate if ballpark else None)


def to_wgs84(
    geoms: np.ndarray, source: str | int, swap_xy: bool = False
) -> tuple[np.ndarray, ReprojectNote | None]:
    """Geometries converted to WGS 84 longitude/latitude, and how (None: nothing to convert).

    ``swap_xy`` swaps x and y first, once the user confirmed that the file holds
    latitude/longitude in the wrong order. A geometry PROJ cannot convert becomes None
    and is listed in the note's ``unconverted``.
    """
    crs = _parse_crs(source)
    arr = np.asarray(geoms, dtype=object)
    if swap_xy:
        arr = _swap(arr)
    if _is_wgs84_lonlat(crs):
        return arr, None
    bounds = bounds_of(arr)
    transformer, missing_grid = _choose_transformer(crs, _lonlat_extent(crs, bounds))

    def _xy(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1], errcheck=False)
        return np.column_stack([x, y])

    out = shapely.transform(arr, _xy)
    coords, owner = shapely.get_coordinates(out, return_index=True)
    unconverted = sorted({int(i) for i in owner[~np.isfinite(coords).all(axis=1)]})
    if unconverted:
        out = out.copy()
        out.flat[unconverted] = None
    label = crs_label(source)
    estimate = _ballpark_error_m(crs, bounds) if _is_ballpark(transformer) else None
    note = _note(label, transformer, estimate, missing_grid)
    note.unconverted = unconverted
    return out, note
