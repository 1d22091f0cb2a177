"""Problems of the project's plots: shapes that are invalid or missing, unknown roles,
missing areas and plots outside Cambodia, found in bulk for a whole province.

A problem is data (a kind and a parameter), never a sentence: the UI words it in the
user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import shapely
from shapely.errors import ShapelyError

from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.geometry import problem_location, within_cambodia
from metkasekor_desktop.domain.messages import msg


class ProblemKind(StrEnum):
    """What is wrong with a plot; listed in this order for each plot."""

    EMPTY_SHAPE = "empty_shape"  # no shape at all, or an empty one
    INVALID_SHAPE = "invalid_shape"  # detail: the reason GEOS gives, e.g. "Self-intersection"
    OUTSIDE_CAMBODIA = "outside_cambodia"
    UNKNOWN_ROLE = "unknown_role"  # detail: the role text as stored
    MISSING_AREA = "missing_area"  # no area recorded (NaN or None)


_ORDER = {kind: n for n, kind in enumerate(ProblemKind)}


@dataclass(frozen=True, slots=True)
class PlotProblem:
    """One problem of one plot.

    ``detail`` is the parameter of the problem (the validity reason without its
    coordinates, the unknown role text) or "". ``location`` is a point in WGS 84
    (longitude, latitude) where the problem is, or None when the plot has no shape.
    """

    plot_id: int
    code: str
    kind: ProblemKind
    detail: str
    location: tuple[float, float] | None


def find_problems(ids: Sequence[int] | np.ndarray, codes: Sequence[object] | np.ndarray,
                  geometries: Sequence[object] | np.ndarray,
                  roles: Sequence[object] | np.ndarray,
                  areas_ha: Sequence[object] | np.ndarray) -> list[PlotProblem]:
    """Every problem of the plots given as equal-length columns (geometries in WGS 84),
    in the order of the plots and, for one plot, in the order of :class:`ProblemKind`."""
    ids = np.asarray(ids).reshape(-1)
    n = len(ids)
    geoms = _objects(geometries, n, "geometries")
    codes = _objects(codes, n, "codes")
    roles = _objects(roles, n, "roles")
    areas = _objects(areas_ha, n, "areas_ha")
    found: list[tuple[int, int, PlotProblem]] = []

    def add(rows: np.ndarray, kind: ProblemKind, details: Sequence[str] | None = None,
            locations: Sequence[tuple[float, float] | None] | None = None) -> None:
        for k, row in enumerate(rows):
            code = codes[row]
            found.append((int(row), _ORDER[kind], PlotProblem(
                plot_id=int(ids[row]), code="" if code is None else str(code), kind=kind,
                detail=details[k] if details is not None else "",
                location=locations[k] if locations is not None else None)))

    empty = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    add(np.flatnonzero(empty), ProblemKind.EMPTY_SHAPE)

    present = np.flatnonzero(~empty)
    shapes = geoms[present]
    invalid = present[~shapely.is_valid(shapes)]
    if len(invalid):
        reasons = [str(r) for r in shapely.is_valid_reason(geoms[invalid])]
        places = [problem_location(r) for r in reasons]
        unplaced = [k for k, place in enumerate(places) if place is None]
        for k, place in zip(unplaced, _inner_points(geoms[invalid[unplaced]]), strict=True):
            places[k] = place
        add(invalid, ProblemKind.INVALID_SHAPE, [_reason(r) for r in reasons], places)

    outside = present[~within_cambodia(shapes)]
    if len(outside):
        add(outside, ProblemKind.OUTSIDE_CAMBODIA, locations=_inner_points(geoms[outside]))

    known = {role.value for role in PlotRole}
    unknown = np.fromiter((not isinstance(r, str) or r not in known for r in roles),
                          dtype=bool, count=n)
    rows = np.flatnonzero(unknown)
    add(rows, ProblemKind.UNKNOWN_ROLE, ["" if roles[r] is None else str(roles[r]) for r in rows],
        _inner_points(geoms[rows]))

    add(np.flatnonzero(_missing_numbers(areas)), ProblemKind.MISSING_AREA)

    found.sort(key=lambda item: (item[0], item[1]))
    return [problem for _row, _rank, problem in found]


def _objects(values: Sequence[object] | np.ndarray, n: int, name: str) -> np.ndarray:
    out = np.empty(n, dtype=object)
    values = list(values) if not isinstance(values, np.ndarray) else values.reshape(-1)
    if len(values) != n:
        raise ValueError(msg("{name} has {entries} entries for {plots} plots", name=name,
                             entries=len(values), plots=n))
    out[:] = values
    return out


def _reason(reason: str) -> str:
    """GEOS's reason without the coordinates it ends with: "Self-intersection"."""
    return reason.split("[", 1)[0].strip()


def _inner_points(geoms: np.ndarray) -> list[tuple[float, float] | None]:
    """A point on each shape (its representative point), or None for no shape."""
    if len(geoms) == 0:
        return []
    try:
        points = shapely.point_on_surface(geoms)
    except ShapelyError:  # some invalid shapes: their centroid will do
        points = np.array([_point_or_centroid(g) for g in geoms], dtype=object)
    xs, ys = shapely.get_x(points), shapely.get_y(points)
    return [(float(x), float(y)) if np.isfinite(x) and np.isfinite(y) else None
            for x, y in zip(xs, ys, strict=True)]


def _point_or_centroid(geom):
    try:
        return shapely.point_on_surface(geom)
    except ShapelyError:
        return shapely.centroid(geom)


def _missing_numbers(values: np.ndarray) -> np.ndarray:
    """True where a value is None, NaN or not a number at all."""
    try:
        return np.isnan(values.astype(np.float64))
    except (TypeError, ValueError):
        out = np.zeros(len(values), dtype=bool)
        for i, v in enumerate(values):
            try:
                out[i] = v is None or bool(np.isnan(float(v)))
            except (TypeError, ValueError):
                out[i] = True
        return out
