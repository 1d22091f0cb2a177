"""Overlaps of imported features with existing plots and with each other, measured.

Overlaps are warnings, never blocks: the review names each overlapped plot with the
overlap's area, largest first. The search runs on whole arrays (one STRtree query per
kind) and measures in degrees, converted with each feature's own ratio of UTM 48N to
degree area, so that a file of 100,000 plots stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely

from metkasekor_desktop.domain.import_arrays import area_text, as_objects, centre, safe_each
from metkasekor_desktop.domain.messages import Message, msg

_SAME_SHAPE_SHARE = 0.99  # an overlap this large of both shapes: the same plot twice
_MAX_NAMED_OVERLAPS = 5


@dataclass
class OverlapFindings:
    """The overlaps found, per feature index, and one message per overlapping feature.

    ``existing`` lists (existing plot index, m2) and ``in_file`` (other feature's index,
    m2); ``messages`` holds (feature index, message, place) in the order they were found.
    """

    existing: dict[int, list[tuple[int, float]]] = field(default_factory=dict)
    in_file: dict[int, list[tuple[int, float]]] = field(default_factory=dict)
    messages: list[tuple[int, Message, tuple[float, float] | None]] = field(
        default_factory=list)


# An overlapped plot as an overlap message names it: (index, its overlap's area as text,
# or None when the overlap is the same shape as both) -> "existing plot BTB-1 (0.12 ha)".
NamePart = Callable[[int, str | None], Message]


def _degree_areas(geoms: np.ndarray) -> np.ndarray:
    return np.nan_to_num(np.asarray(shapely.area(geoms), dtype=float), nan=0.0)


def _single_parts(geoms: np.ndarray) -> np.ndarray:
    """A one-part MultiPolygon as its Polygon, so that equal shapes compare equal."""
    one = (shapely.get_type_id(geoms) == 6) & (shapely.get_num_geometries(geoms) == 1)
    out = geoms.copy()
    out[one] = shapely.get_geometry(geoms[one], 0)
    return shapely.normalize(out)


def _overlap_areas(left: np.ndarray, right: np.ndarray, pairs: np.ndarray):
    """Overlap of each (left, right) pair: degree area and bounds of the overlap.

    Identical shapes (a file imported twice) skip the costly intersection.
    """
    a, b = left[pairs[0]], right[pairs[1]]
    same = shapely.equals_exact(_single_parts(a), _single_parts(b), tolerance=0.0)
    inter = a.copy()
    inter[~same] = safe_each(shapely.intersection, a[~same], b[~same])
    return _degree_areas(inter), shapely.bounds(inter)


def _overlap_text(found: list, name: NamePart, own_deg: float, other_deg: list[float]
                  ) -> Message:
    """"overlaps existing plot BTB-1 (0.12 ha), ..." largest first; "the same shape" when
    the overlap is (almost) all of both shapes, as when a file is imported twice."""
    if len(found) > 1:
        found = sorted(found, key=lambda t: -t[1])
    shown = []
    for j, m2, deg, _ in found[:_MAX_NAMED_OVERLAPS]:
        other = other_deg[j]
        same = deg >= _SAME_SHAPE_SHARE * (own_deg if own_deg > other else other)
        shown.append(name(j, None if same else area_text(m2)))
    more = len(found) - _MAX_NAMED_OVERLAPS
    if more > 0:
        return msg("overlaps {plots} and {more} more.", plots=shown, more=more)
    return msg("overlaps {plots}.", plots=shown)


def touching_pairs(shapes: np.ndarray) -> np.ndarray:
    """The (i, j) pairs, i < j, of ``shapes`` that intersect, as the STRtree's
    ``query(shapes, predicate="intersects")`` gives them (in its order) less the pairs
    of a shape with itself and the pairs twice: envelopes first, then one vectorised
    ``intersects`` of only the pairs i < j (a third of what the predicate query tests,
    since every shape would meet itself and each pair both ways)."""
    pairs = shapely.STRtree(shapes).query(shapes)
    pairs = pairs[:, pairs[0] < pairs[1]]
    return pairs[:, shapely.intersects(shapes[pairs[0]], shapes[pairs[1]])]


def find_overlaps(final: np.ndarray, areas_m2: np.ndarray, numbers: Sequence[int], existing,
                  existing_names: Sequence[str] | None, min_m2: float,
                  in_file_pairs: np.ndarray | None = None) -> OverlapFindings:
    """Overlaps of at least ``min_m2`` with existing plots and between features of the file.

    ``final`` holds the WGS 84 shapes as they would be stored (None where there is none),
    ``areas_m2`` their UTM 48N areas and ``numbers`` their 1-based feature numbers. An
    overlap is measured in degrees and converted with its feature's own ratio of UTM 48N
    to degree area: the same as reprojecting it, for plot-sized shapes, at a fraction of
    the cost. ``in_file_pairs``: :func:`touching_pairs` of the shapes of ``final`` that
    are not None, when the caller found them already (while the areas were measured).
    """
    present = np.flatnonzero(~shapely.is_missing(final))
    deg = _degree_areas(final)
    with np.errstate(divide="ignore", invalid="ignore"):
        m2_per_deg = np.where(deg > 0, areas_m2 / deg, 0.0)
    cand = final[present]
    findings = OverlapFindings()
    results = (findings.existing, findings.in_file)
    if len(present) == 0:
        return findings
    searches = []
    if existing is not None and len(existing):
        ex = as_objects(existing)
        ex_ok = np.flatnonzero(~(shapely.is_missing(ex) | shapely.is_empty(ex)))
        names = (list(existing_names) if existing_names is not None
                 else [f"#{j + 1}" for j in range(len(ex))])

        def ex_name(j: int, area: str | None) -> Message:
            if area is None:
                return msg("existing plot {code} (the same shape)", code=names[j])
            return msg("existing plot {code} ({area})", code=names[j], area=area)

        if len(ex_ok):
            pairs = shapely.STRtree(ex[ex_ok]).query(cand, predicate="intersects")
            searches.append((0, ex[ex_ok], ex_ok, pairs, ex_name, _degree_areas(ex)))
    pairs = touching_pairs(cand) if in_file_pairs is None else in_file_pairs

    def feature_name(j: int, area: str | None) -> Message:
        if area is None:
            return msg("feature {number} of this file (the same shape)", number=numbers[j])
        return msg("feature {number} of this file ({area})", number=numbers[j], area=area)

    searches.append((1, cand, present, pairs, feature_name, deg))
    deg_list = deg.tolist()
    for which, right, right_index, pairs, name, other_deg in searches:
        if not pairs.shape[1]:
            continue
        inter_deg, inter_bounds = _overlap_areas(cand, right, pairs)
        inter_m2 = inter_deg * m2_per_deg[present[pairs[0]]]
        keep = np.flatnonzero(inter_m2 >= min_m2)
        found: dict[int, list] = {}
        for k, i, j, m2, d in zip(keep.tolist(), present[pairs[0, keep]].tolist(),
                                  right_index[pairs[1, keep]].tolist(),
                                  inter_m2[keep].tolist(), inter_deg[keep].tolist(),
                                  strict=True):
            found.setdefault(i, []).append((j, m2, d, k))
            if which == 1:  # both features of the file learn of it
                found.setdefault(j, []).append((i, m2, d, k))
        other = other_deg.tolist()
        for i, items in sorted(found.items()):
            results[which][i] = [(j, m2) for j, m2, _, _ in items]
            largest = max(items, key=lambda t: t[1]) if len(items) > 1 else items[0]
            findings.messages.append((i, _overlap_text(items, name, deg_list[i], other),
                                      centre(inter_bounds[largest[3]])))
    return findings
