"""The review of an import, feature by feature: what would be written, what not, and why.

Nothing is imported half-silently: every feature of a file ends up either accepted (a
valid WGS 84 MultiPolygon with a unique code) or refused with the issues that block it,
and every change made on the way (heights dropped, curves straightened, a repair) is
named. Some blocks are lifted only by the user's explicit choice (:class:`ReviewOptions`):
repairing invalid shapes, importing features outside Cambodia, generating missing codes.

The review is vectorised (shapely array functions, STRtree queries on whole arrays, one
reprojection for all areas) so that a file of 100,000 plots takes about a second or two.
Overlaps are measured in :mod:`import_overlaps`; this module turns them into warnings.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely
from shapely.errors import ShapelyError
from shapely.geometry import MultiPolygon

from metkasekor_desktop.domain.codes import normalise_plot_code
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.geometry import (
    CAMBODIA_BOUNDS,
    M2_PER_HA,
    METRIC_EPSG,
    STORAGE_EPSG,
    planar_areas_m2,
    problem_location,
)
from metkasekor_desktop.domain.import_arrays import (
    area_text,
    as_objects,
    centre,
    in_halves,
    normal_codes,
    safe_each,
)
from metkasekor_desktop.domain.import_outcome import (
    FeatureIssue,
    ImportReview,
    IssueKind,
    ReviewedFeature,
    ReviewOptions,
    feature_issue_text,
    feature_label,
)
from metkasekor_desktop.domain.import_overlaps import find_overlaps, touching_pairs
from metkasekor_desktop.domain.messages import Message, as_message, msg

__all__ = ["CAMBODIA_LONLAT", "FeatureIssue", "ImportReview", "IssueKind", "ReviewOptions",
           "ReviewedFeature", "review_features"]

# Cambodia's extent in degrees (west, south, east, north).
CAMBODIA_LONLAT: tuple[float, float, float, float] = CAMBODIA_BOUNDS

_TYPE_WORDS = {
    0: msg("a point"),
    1: msg("a line"),
    2: msg("a closed line (ring)"),
    4: msg("a group of points"),
    5: msg("a group of lines"),
    7: msg("a collection of points and lines"),
}
# GEOS validity reasons in words an officer can act on.
_REASON_WORDS = {
    "Self-intersection": msg("the boundary crosses itself, or parts overlap"),
    "Ring Self-intersection": msg("a ring touches itself"),
    "Too few points": msg("a ring has too few distinct vertices"),
    "Hole lies outside shell": msg("a hole lies outside the outer boundary"),
    "Nested holes": msg("a hole lies inside another hole"),
    "Interior is disconnected": msg("holes cut the area into pieces"),
    "Nested shells": msg("one part lies inside another part"),
    "Duplicate Rings": msg("a ring is repeated"),
    "Invalid Coordinate": msg("a vertex has no valid coordinates"),
    "Ring is not closed": msg("a ring is not closed"),
}

# GEOS's own names of them, said in the user's language too (the English is GEOS's).
_REASON_NAMES = {
    "Self-intersection": msg("Self-intersection"),
    "Ring Self-intersection": msg("Ring Self-intersection"),
    "Too few points": msg("Too few points"),
    "Hole lies outside shell": msg("Hole lies outside shell"),
    "Nested holes": msg("Nested holes"),
    "Interior is disconnected": msg("Interior is disconnected"),
    "Nested shells": msg("Nested shells"),
    "Duplicate Rings": msg("Duplicate Rings"),
    "Invalid Coordinate": msg("Invalid Coordinate"),
    "Ring is not closed": msg("Ring is not closed"),
}


def _is_missing_code(raw: object) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str | bytes):
        return not raw.strip()
    try:
        return bool(raw != raw)  # NaN, pandas.NA and other "missing" markers
    except (TypeError, ValueError):
        return True


def _code_text(raw: object) -> object:
    """A whole number read from a numeric column (12.0) is the code "12", not "12.0"."""
    if isinstance(raw, float | np.floating) and float(raw).is_integer():
        return int(raw)
    if isinstance(raw, bytes):
        return raw.decode("utf-8", errors="replace")
    return raw


def _metric_areas_m2(geoms: np.ndarray) -> np.ndarray:
    """Areas in UTM 48N (one reprojection for the whole array); 0 where there is none."""
    if len(geoms) == 0:
        return np.zeros(0)
    areas = planar_areas_m2(geoms, STORAGE_EPSG, METRIC_EPSG)
    return np.nan_to_num(np.asarray(areas, dtype=float), nan=0.0, posinf=0.0)


def _flatten(geom) -> np.ndarray:
    """Leaves of nested collections (multi-geometries split into their parts)."""
    parts = shapely.get_parts(geom)
    while True:
        nested = np.isin(shapely.get_type_id(parts), (4, 5, 6, 7))
        if not nested.any():
            return parts
        parts = np.concatenate([parts[~nested], shapely.get_parts(parts[nested])])


def _polygon_parts(geom) -> list:
    return [p for p in _flatten(geom) if p.geom_type == "Polygon" and not p.is_empty]


def _polygonal(geom) -> MultiPolygon | None:
    """The polygon parts of a repair as one valid MultiPolygon, or None."""
    if geom is None or geom.is_empty:
        return None
    parts = _polygon_parts(geom)
    multi = MultiPolygon(parts) if parts else None
    if multi is not None and not multi.is_valid:  # parts sharing an edge: merge them
        parts = _polygon_parts(shapely.union_all(parts))
        multi = MultiPolygon(parts) if parts else None
    return multi if multi is not None and multi.is_valid else None


def _flags(given: np.ndarray | None, detected: np.ndarray, n: int) -> np.ndarray:
    flags = np.asarray(detected, dtype=bool).copy()
    if given is not None:
        flags |= np.asarray(given, dtype=bool).reshape(n)
    return flags


class _Review:
    """The state of one review while it runs: geometries, codes and the issues found."""

    def __init__(self, geometries, codes: Sequence[object | None], numbers: Sequence[int]):
        self.n = len(codes)
        if len(numbers) != self.n or len(geometries) != self.n:
            raise ValueError(msg("geometries, codes and numbers must have the same length"))
        self.arr = as_objects(geometries)
        self.numbers = [int(x) for x in numbers]
        self.codes: list[str | None] = [None] * self.n
        self.issues: list[list[FeatureIssue] | None] = [None] * self.n
        self.bounds = shapely.bounds(self.arr)

    def label(self, i: int) -> Message:
        return feature_label(self.numbers[i], self.codes[i])

    def place(self, i: int) -> tuple[float, float] | None:
        return centre(self.bounds[i])

    def add(self, i: int, kind: IssueKind, text: Message, place=None, blocking: bool = False,
            resolved_by: str | None = None) -> None:
        issue = FeatureIssue(kind, feature_issue_text(self.label(i), text), place, blocking,
                             resolved_by)
        issues = self.issues[i]
        if issues is None:
            self.issues[i] = [issue]
        else:
            issues.append(issue)


def review_features(
    geometries: np.ndarray,
    codes: Sequence[object | None],
    numbers: Sequence[int],
    *,
    had_z: np.ndarray | None = None,
    had_m: np.ndarray | None = None,
    was_curve: np.ndarray | None = None,
    read_notes: Mapping[int, Sequence[str]] | None = None,
    existing_codes: Collection[str] = (),
    existing_geometries: np.ndarray | None = None,
    min_overlap_m2: float = 1.0,
    existing_names: Sequence[str] | None = None,
) -> ImportReview:
    """Review WGS 84 geometries and codes read from a file; never raises for a bad feature.

    ``numbers`` are the 1-based feature/row numbers used in messages; ``read_notes`` maps a
    number to what the reader noticed; ``existing_names`` (codes of the existing plots) name
    overlapped plots in messages, otherwise their 1-based position is used.
    """
    r = _Review(geometries, codes, numbers)
    _review_codes(r, codes, set(existing_codes))
    missing = _review_reading(r, had_z, had_m, was_curve, read_notes or {})
    multi = _to_multipolygons(r, missing)
    geometry, repaired, invalid, reasons = _validity(multi)

    final = geometry.copy()
    final[invalid] = repaired[invalid]
    # One reprojection for every area: the features as stored, and the invalid originals,
    # in a worker thread (PROJ lets go of the GIL) while this one looks for the features
    # that touch each other (GEOS, which holds it). Leaving the block waits for the worker
    # on every path, and ``result()`` raises what it raised.
    with ThreadPoolExecutor(1, thread_name_prefix="import-areas") as pool:
        measured = pool.submit(_metric_areas_m2, np.concatenate([final, multi[invalid]]))
        pairs = touching_pairs(final[~shapely.is_missing(final)])
        areas = measured.result()
    areas_m2, before_m2 = areas[: r.n], areas[r.n :]
    area_change = _report_invalid(r, multi, repaired, invalid, reasons, before_m2, areas_m2)
    _report_outside(r, final)
    overlaps, in_file = _report_overlaps(r, final, areas_m2, existing_geometries,
                                         existing_names, min_overlap_m2, pairs)
    return ImportReview(r.numbers, r.codes, geometry, repaired, areas_m2 / M2_PER_HA,
                        r.issues, area_change=area_change, overlaps=overlaps, in_file=in_file)


def _review_codes(r: _Review, codes: Sequence[object | None], existing: set[str]) -> None:
    given = list(codes)
    if normal_codes(given) and len(set(given)) == len(given) and existing.isdisjoint(given):
        r.codes = given  # type: ignore[assignment]  # all str: nothing to report
        return
    first_seen: dict[str, int] = {}
    for i, raw in enumerate(codes):
        if _is_missing_code(raw):
            r.add(i, IssueKind.BAD_CODE, msg("the feature has no plot code. Fill in the code "
                                             "in the file, or let codes be generated."),
                  r.place(i), blocking=True, resolved_by="generate_codes")
            continue
        try:
            code = normalise_plot_code(_code_text(raw))
        except ValidationError as exc:
            r.add(i, IssueKind.BAD_CODE, msg("{reason} Correct the code in the file.",
                                             reason=as_message(exc)),
                  r.place(i), blocking=True)
            continue
        r.codes[i] = code
        first = first_seen.setdefault(code, i)
        if first != i:
            r.add(i, IssueKind.DUPLICATE_IN_FILE, msg(
                "the code {code} is already used by feature {number} of this file; every "
                "plot needs its own code.", code=code, number=r.numbers[first]),
                r.place(i), blocking=True)
        if code in existing:
            r.add(i, IssueKind.DUPLICATE_IN_PROJECT, msg(
                "the project already has a plot with code {code}. Change the code in the "
                "file, or leave this feature out.", code=code),
                r.place(i), blocking=True)


def _review_reading(r: _Review, had_z, had_m, was_curve,
                    notes: Mapping[int, Sequence[str]]) -> np.ndarray:
    """Reader notes, empty shapes, and what was dropped on the way (Z, M, curves)."""
    missing = shapely.is_missing(r.arr) | shapely.is_empty(r.arr)
    z = _flags(had_z, shapely.has_z(r.arr), r.n) & ~missing
    m = _flags(had_m, shapely.has_m(r.arr), r.n) & ~missing
    curve = _flags(was_curve, np.zeros(r.n, dtype=bool), r.n) & ~missing
    if (z | m).any():
        r.arr = safe_each(shapely.force_2d, r.arr)
    with_notes = np.zeros(r.n, dtype=bool)
    if notes:
        with_notes = np.isin(np.asarray(r.numbers), [int(k) for k in notes if notes[k]])
    for i in np.flatnonzero(missing | z | m | curve | with_notes).tolist():
        place = r.place(i)
        for note in notes.get(r.numbers[i], ()) if with_notes[i] else ():
            r.add(i, IssueKind.READ_PROBLEM, as_message(note), place,
                  blocking=bool(missing[i]))
        if missing[i] and not with_notes[i]:
            r.add(i, IssueKind.EMPTY, msg("the feature has no shape (empty geometry) and "
                                          "cannot be imported; draw its boundary after the "
                                          "import or fix the file."),
                  blocking=True)
        if z[i]:
            r.add(i, IssueKind.Z_DROPPED, msg("Z values (heights) were dropped; plots are "
                                              "stored flat."), place)
        if m[i]:
            r.add(i, IssueKind.M_DROPPED, msg("M values (measures) were dropped."), place)
        if curve[i]:
            r.add(i, IssueKind.CURVE, msg("curved edges were replaced by short straight "
                                          "segments."), place)
    return missing


def _to_multipolygons(r: _Review, missing: np.ndarray) -> np.ndarray:
    """MultiPolygons of the polygonal features; the others get their issue and None."""
    multi = np.full(r.n, None, dtype=object)
    types = shapely.get_type_id(r.arr)
    polygonal = np.isin(types, (3, 6)) & ~missing
    multi[polygonal & (types == 6)] = r.arr[polygonal & (types == 6)]
    single = np.flatnonzero(polygonal & (types == 3))
    if len(single):  # each Polygon becomes a MultiPolygon of one part
        multi[single] = shapely.multipolygons(r.arr[single].reshape(-1, 1))
    for i in np.flatnonzero(~polygonal & ~missing).tolist():
        geom = r.arr[i]
        if types[i] == 7:
            parts = _polygon_parts(geom)
            if parts:
                multi[i] = MultiPolygon(parts)
                if len(parts) < len(_flatten(geom)):
                    r.add(i, IssueKind.NOT_POLYGON, msg("the feature mixes areas with points "
                                                        "or lines; the points and lines were "
                                                        "dropped."), r.place(i))
                continue
        kind = _TYPE_WORDS.get(int(types[i])) or msg("not an area")
        r.add(i, IssueKind.NOT_POLYGON, msg(
            "the feature is {kind} ({type}), not an area; only polygons can be plots, so it "
            "was not imported.", kind=kind, type=geom.geom_type), r.place(i), blocking=True)
    return multi


def _validity(multi: np.ndarray):
    """Valid shapes as they are; for invalid ones the reason and a repair (or None)."""
    n = len(multi)
    geometry = np.full(n, None, dtype=object)
    repaired = np.full(n, None, dtype=object)
    present = ~shapely.is_missing(multi)
    valid = np.zeros(n, dtype=bool)
    valid[present] = in_halves(shapely.is_valid, multi[present])
    geometry[valid] = multi[valid]
    invalid = np.flatnonzero(present & ~valid)
    reasons = [str(x) for x in shapely.is_valid_reason(multi[invalid])]
    for i, reason in zip(invalid, reasons, strict=True):
        if reason.startswith("Invalid Coordinate"):
            continue  # NaN or infinite numbers: there is no shape to repair
        try:
            repaired[i] = _polygonal(shapely.make_valid(multi[i]))
        except (ShapelyError, ValueError):
            repaired[i] = None
    return geometry, repaired, invalid, reasons


def _report_invalid(r: _Review, multi, repaired, invalid, reasons, before_m2,
                    areas_m2) -> dict[int, float]:
    """INVALID issues with reason, place and the area change of the repair offered."""
    area_change: dict[int, float] = {}
    for k, i in enumerate(invalid):
        name = reasons[k].split("[")[0].strip()
        place = problem_location(reasons[k])
        if place is not None and not np.isfinite(place).all():
            place = None
        words = _REASON_WORDS.get(name)
        said = _REASON_NAMES.get(name, name)
        reason: str = msg("{name} ({words})", name=said, words=words) if words else said
        if repaired[i] is None:
            if place is not None:
                text = msg("the boundary is not a valid shape: {reason} at longitude "
                           "{lon:.5f}, latitude {lat:.5f}. It cannot be repaired into an "
                           "area: correct the boundary in the source file.",
                           reason=reason, lon=place[0], lat=place[1])
            else:
                text = msg("the boundary is not a valid shape: {reason}. It cannot be "
                           "repaired into an area: correct the boundary in the source file.",
                           reason=reason)
            r.add(i, IssueKind.INVALID, text, place or r.place(i), blocking=True)
            continue
        change = float(areas_m2[i] - before_m2[k])
        area_change[int(i)] = change / M2_PER_HA
        areas = {"change": area_text(change, signed=True), "before": area_text(before_m2[k]),
                 "after": area_text(areas_m2[i])}
        if place is not None:
            text = msg("the boundary is not a valid shape: {reason} at longitude {lon:.5f}, "
                       "latitude {lat:.5f}. A repair is offered: it changes the area by "
                       "{change} (the boundary as drawn measures {before}, parts that cross "
                       "cancel out; repaired: {after}); accept the repairs to import it.",
                       reason=reason, lon=place[0], lat=place[1], **areas)
        else:
            text = msg("the boundary is not a valid shape: {reason}. A repair is offered: it "
                       "changes the area by {change} (the boundary as drawn measures "
                       "{before}, parts that cross cancel out; repaired: {after}); accept "
                       "the repairs to import it.", reason=reason, **areas)
        r.add(i, IssueKind.INVALID, text, place or r.place(i), blocking=True,
              resolved_by="repair_invalid")
    return area_change


def _report_outside(r: _Review, final: np.ndarray) -> None:
    w, s, e, n = CAMBODIA_LONLAT
    box = shapely.box(w, s, e, n)
    shapely.prepare(box)
    present = np.flatnonzero(~shapely.is_missing(final))
    outside = present[~shapely.intersects(box, final[present])]
    for i, row in zip(outside, shapely.bounds(final[outside]), strict=True):
        place = centre(row)
        if place:
            text = msg("lies at longitude {lon:.4f}, latitude {lat:.4f}, outside Cambodia "
                       "(longitude {west}-{east}, latitude {south}-{north}). Check the "
                       "coordinate system of the file, or choose to import it anyway.",
                       lon=place[0], lat=place[1], west=w, east=e, south=s, north=n)
        else:
            text = msg("lies outside Cambodia (longitude {west}-{east}, latitude "
                       "{south}-{north}). Check the coordinate system of the file, or choose "
                       "to import it anyway.", west=w, east=e, south=s, north=n)
        r.add(i, IssueKind.OUTSIDE_CAMBODIA, text, place, blocking=True,
              resolved_by="include_outside")


def _report_overlaps(r: _Review, final: np.ndarray, areas_m2: np.ndarray, existing,
                     existing_names: Sequence[str] | None, min_m2: float,
                     pairs: np.ndarray | None = None):
    """OVERLAP warnings; the overlaps with existing plots and within the file, per feature
    (``pairs``: the features that touch, :func:`touching_pairs`, when known)."""
    found = find_overlaps(final, areas_m2, r.numbers, existing, existing_names, min_m2,
                          pairs)
    for i, text, place in found.messages:
        r.add(i, IssueKind.OVERLAP, text, place)
    return found.existing, found.in_file
