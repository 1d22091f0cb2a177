"""What a review of an import found: each feature's fate, its issues and the report.

:func:`import_review.review_features` fills an :class:`ImportReview` with arrays (the
shapes, areas, codes and issue lists of all features at once), so that a province's
100,000 features need no object each on their way to the project; ``features`` makes
one :class:`ReviewedFeature` per feature when asked (the wizard's preview table).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import shapely
from shapely.geometry import MultiPolygon

from metkasekor_desktop.domain.geometry import M2_PER_HA
from metkasekor_desktop.domain.import_arrays import area_text, as_objects
from metkasekor_desktop.domain.messages import Message, msg


class IssueKind(StrEnum):
    INVALID = "invalid"
    Z_DROPPED = "z_dropped"
    M_DROPPED = "m_dropped"
    CURVE = "curve"
    NOT_POLYGON = "not_polygon"
    EMPTY = "empty"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    DUPLICATE_IN_PROJECT = "duplicate_in_project"
    BAD_CODE = "bad_code"
    OVERLAP = "overlap"
    OUTSIDE_CAMBODIA = "outside_cambodia"
    READ_PROBLEM = "read_problem"
    BAD_VALUE = "bad_value"  # an attribute value the import cannot use (set by the caller)


# The report's summary line of each kind.
_KIND_WORDS = {
    IssueKind.INVALID: msg("invalid shape"),
    IssueKind.Z_DROPPED: msg("heights (Z) dropped"),
    IssueKind.M_DROPPED: msg("measures (M) dropped"),
    IssueKind.CURVE: msg("curves straightened"),
    IssueKind.NOT_POLYGON: msg("not an area, or points/lines dropped"),
    IssueKind.EMPTY: msg("no shape"),
    IssueKind.DUPLICATE_IN_FILE: msg("code repeated in the file"),
    IssueKind.DUPLICATE_IN_PROJECT: msg("code already in the project"),
    IssueKind.BAD_CODE: msg("missing or wrong code"),
    IssueKind.OVERLAP: msg("overlaps another plot"),
    IssueKind.OUTSIDE_CAMBODIA: msg("outside Cambodia"),
    IssueKind.READ_PROBLEM: msg("problem while reading"),
    IssueKind.BAD_VALUE: msg("value that cannot be used"),
}


def feature_label(number: int, code: str | None = None) -> Message:
    """"Feature 12 (code BTB-1)", or "Feature 12" without a code: how messages name a
    feature of an imported file."""
    if code:
        return msg("Feature {number} (code {code})", number=number, code=code)
    return msg("Feature {number}", number=number)


def feature_issue_text(label: Message, problem: str) -> Message:
    """An issue as the report shows it: the feature's label, then the problem."""
    return msg("{feature}: {problem}", feature=label, problem=problem)


@dataclass
class FeatureIssue:
    """One thing found about one feature.

    ``message`` is its line of the report (the review makes it a message of the
    feature's label and the problem, :func:`feature_issue_text`). ``resolved_by`` names
    the :class:`ReviewOptions` field that lifts a blocking issue (e.g.
    ``"repair_invalid"``); None when only a corrected file can.
    """

    kind: IssueKind
    message: str
    place: tuple[float, float] | None
    blocking: bool
    resolved_by: str | None = None

    def blocks(self, options: ReviewOptions) -> bool:
        """True when this issue keeps its feature out under these options."""
        if not self.blocking:
            return False
        return not (self.resolved_by and getattr(options, self.resolved_by, False))


@dataclass
class ReviewOptions:
    repair_invalid: bool = False  # the user accepted the repairs shown in the report
    include_outside: bool = False  # import features outside Cambodia anyway
    generate_codes: bool = False  # features without a code get a generated one


@dataclass
class ReviewedFeature:
    """A feature as it would be written, or why it is not.

    ``geometry`` is set when the shape can be stored as it is (other issues may still
    block the feature); ``repaired`` only for an invalid shape. ``overlaps`` lists
    (existing plot index, m2), ``overlaps_in_file`` (other feature's index, m2).
    """

    index: int
    number: int
    code: str | None
    geometry: MultiPolygon | None
    repaired: MultiPolygon | None
    area_ha: float
    area_change_ha: float | None
    issues: list[FeatureIssue]
    overlaps: list[tuple[int, float]] = field(default_factory=list)
    overlaps_in_file: list[tuple[int, float]] = field(default_factory=list)

    def blocking_issues(self, options: ReviewOptions) -> list[FeatureIssue]:
        return [issue for issue in self.issues if issue.blocks(options)]

    def geometry_for(self, options: ReviewOptions) -> MultiPolygon | None:
        """The shape to store under these options (the repair only when accepted)."""
        if self.geometry is not None:
            return self.geometry
        return self.repaired if options.repair_invalid else None

    def is_accepted(self, options: ReviewOptions) -> bool:
        return self.geometry_for(options) is not None and not self.blocking_issues(options)


class ImportReview:
    """Every feature of a review, as aligned columns.

    ``numbers`` (1-based feature numbers), ``codes`` (None where refused or missing),
    ``geometry`` (the shape to store as it is, None where none), ``repaired`` (the repair
    of an invalid shape), ``areas_ha`` (of the shape stored, UTM 48N), ``issues`` (a list
    per feature, None where there is none); ``area_change`` (ha), ``overlaps`` and
    ``in_file`` by feature index, only where there is something. Add issues with
    :meth:`add_issue`: the lists are shared with the :attr:`features` once made.
    """

    def __init__(self, numbers: Sequence[int], codes: Sequence[str | None],
                 geometry: np.ndarray, repaired: np.ndarray, areas_ha: np.ndarray,
                 issues: list[list[FeatureIssue] | None] | None = None, *,
                 area_change: dict[int, float] | None = None,
                 overlaps: dict[int, list[tuple[int, float]]] | None = None,
                 in_file: dict[int, list[tuple[int, float]]] | None = None) -> None:
        self.numbers = list(numbers)
        n = len(self.numbers)
        self.codes = list(codes)
        self.geometry = as_objects(geometry)
        self.repaired = as_objects(repaired)
        self.areas_ha = np.asarray(areas_ha, dtype=np.float64).reshape(-1)
        self.issues: list[list[FeatureIssue] | None] = (list(issues) if issues is not None
                                                         else [None] * n)
        if not (len(self.codes) == len(self.geometry) == len(self.repaired)
                == len(self.areas_ha) == len(self.issues) == n):
            raise ValueError(msg("the columns of a review must be aligned"))
        self.area_change = area_change or {}
        self.overlaps = overlaps or {}
        self.in_file = in_file or {}
        self._has_geometry = ~shapely.is_missing(self.geometry)
        self._has_repair = ~shapely.is_missing(self.repaired)
        self._features: list[ReviewedFeature] | None = None

    def __len__(self) -> int:
        return len(self.numbers)

    @property
    def features(self) -> list[ReviewedFeature]:
        """One object per feature (made once, when first asked)."""
        if self._features is None:
            for i, issues in enumerate(self.issues):
                if issues is None:  # shared from now on: an issue added shows in both
                    self.issues[i] = []
            rows = zip(range(len(self)), self.numbers, self.codes, self.geometry.tolist(),
                       self.repaired.tolist(), self.areas_ha.tolist(), self.issues,
                       strict=True)
            self._features = [
                ReviewedFeature(i, number, code, geom, fixed, area, self.area_change.get(i),
                                issues, self.overlaps.get(i, []), self.in_file.get(i, []))
                for i, number, code, geom, fixed, area, issues in rows
            ]
        return self._features

    def add_issue(self, index: int, issue: FeatureIssue) -> None:
        issues = self.issues[index]
        if issues is None:
            self.issues[index] = [issue]
        else:
            issues.append(issue)

    def label(self, index: int) -> Message:
        """"Feature 12 (code BTB-1)": how messages name a feature."""
        return feature_label(self.numbers[index], self.codes[index])

    def accepted_mask(self, options: ReviewOptions) -> np.ndarray:
        """True for each feature that would be written under these options."""
        mask = self._has_geometry.copy()
        if options.repair_invalid:
            mask |= self._has_repair
        for i, issues in enumerate(self.issues):
            if issues is not None and mask[i] and any(issue.blocks(options)
                                                      for issue in issues):
                mask[i] = False
        return mask

    def accepted(self, options: ReviewOptions) -> list[ReviewedFeature]:
        """The features that would be written."""
        features = self.features
        return [features[i] for i in np.flatnonzero(self.accepted_mask(options)).tolist()]

    def refused(self, options: ReviewOptions) -> list[ReviewedFeature]:
        """The rest; ``blocking_issues(options)`` of each says why."""
        features = self.features
        return [features[i] for i in np.flatnonzero(~self.accepted_mask(options)).tolist()]

    def shapes_for(self, options: ReviewOptions, index: np.ndarray) -> np.ndarray:
        """The shapes to store of the features at ``index`` (``geometry_for`` of each)."""
        shapes = self.geometry[index]
        if options.repair_invalid:
            fill = ~self._has_geometry[index]
            shapes[fill] = self.repaired[index][fill]
        return shapes

    def counts(self) -> dict[IssueKind, int]:
        """How many features have each kind of issue (every kind present, zeros too)."""
        counts = dict.fromkeys(IssueKind, 0)
        for issues in filter(None, self.issues):  # most features have none
            for kind in {issue.kind for issue in issues}:
                counts[kind] += 1
        return counts

    def lines(self, options: ReviewOptions) -> list[Message]:
        """The report as messages: a summary, counts per kind, then each feature's
        issues."""
        mask = self.accepted_mask(options)
        accepted = int(mask.sum())
        out = [msg("{count} features read: {accepted} will be imported, {refused} will not.",
                   count=len(self), accepted=accepted, refused=len(self) - accepted)]
        repaired = np.flatnonzero(mask & ~self._has_geometry).tolist()
        if repaired:
            change = sum(self.area_change.get(i) or 0.0 for i in repaired)
            out.append(msg("{count} invalid shapes will be imported as repaired (total area "
                           "change {change}).", count=len(repaired),
                           change=area_text(change * M2_PER_HA, signed=True)))
        for kind, count in self.counts().items():
            if count == 1:
                out.append(msg("  {kind}: {count} feature", kind=_KIND_WORDS[kind],
                               count=count))
            elif count:
                out.append(msg("  {kind}: {count} features", kind=_KIND_WORDS[kind],
                               count=count))
        for issues in filter(None, self.issues):
            for issue in issues:
                if issue.blocks(options):
                    out.append(msg("[refused] {issue}", issue=issue.message))
                elif issue.blocking:
                    out.append(msg("[allowed] {issue}", issue=issue.message))
                else:
                    out.append(msg("[note] {issue}", issue=issue.message))
        return out
