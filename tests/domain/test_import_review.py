"""The per-feature import review: what is written, what is refused, and what the report says."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import (
    GeometryCollection,
    LineString,
    MultiPolygon,
    Point,
    Polygon,
    box,
)

from metkasekor_desktop.domain.geometry import CAMBODIA_BOUNDS, transform
from metkasekor_desktop.domain.import_review import (
    CAMBODIA_LONLAT,
    ImportReview,
    IssueKind,
    ReviewOptions,
    review_features,
)

# Battambang, in UTM 48N metres: test shapes are drawn in metres so that areas are known.
X0, Y0 = 300_000.0, 1_450_000.0


def wgs(geom):
    """A shape drawn in UTM 48N metres, as the WGS 84 geometry the review receives."""
    return transform(geom, 32648, 4326)


def square(dx: float = 0.0, dy: float = 0.0, side: float = 100.0):
    """A side x side metre square (1 ha for 100 m) at X0 + dx, Y0 + dy."""
    return wgs(box(X0 + dx, Y0 + dy, X0 + dx + side, Y0 + dy + side))


def bow_tie():
    """Two triangles of 0.5 ha meeting at (X0, Y0 + 50): a ring that crosses itself."""
    return wgs(Polygon([(X0 - 100, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0),
                        (X0 - 100, Y0 + 100)]))


def uneven_bow_tie():
    """Lobes of 1.0 ha (left) and 0.5 ha (right) meeting at (X0 + 100, Y0 + 100)."""
    return wgs(Polygon([(X0, Y0), (X0 + 150, Y0 + 150), (X0 + 200, Y0), (X0, Y0 + 200)]))


def nan_polygon() -> Polygon:
    """A ring with a vertex that has no number (a damaged file)."""
    with np.errstate(invalid="ignore"):
        return Polygon([(104.0, 12.0), (math.nan, 12.0), (104.001, 12.001), (104.0, 12.001)])


def review(geoms, codes=None, **kwargs) -> ImportReview:
    codes = codes if codes is not None else [f"P-{i + 1}" for i in range(len(geoms))]
    return review_features(geoms, codes, list(range(1, len(geoms) + 1)), **kwargs)


def kinds(feature) -> list[IssueKind]:
    return [issue.kind for issue in feature.issues]


def only(feature, kind: IssueKind):
    found = [issue for issue in feature.issues if issue.kind == kind]
    assert len(found) == 1, feature.issues
    return found[0]


NONE = ReviewOptions()
ALL = ReviewOptions(repair_invalid=True, include_outside=True, generate_codes=True)


def test_cambodia_box_is_the_domain_extent():
    assert CAMBODIA_LONLAT == CAMBODIA_BOUNDS == (102.3, 10.4, 107.7, 14.7)


def test_a_clean_polygon_is_accepted_as_a_valid_2d_multipolygon_with_its_area():
    result = review([square()], ["btb-rm-0001 "])
    (feature,) = result.accepted(NONE)
    assert feature.issues == [] and feature.code == "BTB-RM-0001"
    assert isinstance(feature.geometry, MultiPolygon) and feature.geometry.is_valid
    assert feature.area_ha == pytest.approx(1.0, rel=1e-6)
    assert feature.area_change_ha is None and feature.repaired is None
    assert result.refused(NONE) == []


def test_missing_and_empty_shapes_are_refused():
    result = review([None, Polygon(), square()])
    for feature in result.features[:2]:
        issue = only(feature, IssueKind.EMPTY)
        assert issue.blocking and f"Feature {feature.number} (code P-{feature.number})" in (
            issue.message)
        assert "no shape" in issue.message
    assert [f.number for f in result.accepted(ALL)] == [3]


def test_points_and_lines_are_refused_naming_their_type():
    result = review([wgs(Point(X0, Y0)), wgs(LineString([(X0, Y0), (X0 + 50, Y0 + 50)]))])
    point, line = (only(f, IssueKind.NOT_POLYGON) for f in result.features)
    assert point.blocking and "a point (Point)" in point.message
    assert line.blocking and "a line (LineString)" in line.message
    assert "Feature 2 (code P-2)" in line.message
    assert result.accepted(ALL) == []


def test_a_collection_keeps_its_areas_and_says_points_were_dropped():
    mixed = GeometryCollection([square(), wgs(Point(X0, Y0))])
    lines_only = GeometryCollection([wgs(LineString([(X0, Y0), (X0 + 9, Y0)]))])
    result = review([mixed, lines_only])
    kept, refused = result.features
    note = only(kept, IssueKind.NOT_POLYGON)
    assert not note.blocking and "dropped" in note.message
    assert kept.geometry.geom_type == "MultiPolygon" and kept.area_ha == pytest.approx(1.0)
    assert only(refused, IssueKind.NOT_POLYGON).blocking
    assert [f.number for f in result.accepted(NONE)] == [1]


def test_dropped_heights_measures_and_curves_are_noted_without_blocking():
    with_z = shapely.force_3d(square())
    result = review([with_z, square(500), square(1000)], had_m=np.array([False, True, False]),
                    was_curve=np.array([False, False, True]))
    z, m, curve = result.features
    assert "heights" in only(z, IssueKind.Z_DROPPED).message  # found in the shape itself
    assert not shapely.has_z(z.geometry)
    assert "M values" in only(m, IssueKind.M_DROPPED).message
    assert "curved" in only(curve, IssueKind.CURVE).message
    assert len(result.accepted(NONE)) == 3


def test_a_bow_tie_is_refused_with_reason_and_place_and_a_repair_is_offered():
    result = review([bow_tie()], ["BTB-1"])
    (feature,) = result.features
    issue = only(feature, IssueKind.INVALID)
    assert issue.blocking and issue.resolved_by == "repair_invalid"
    assert issue.message.startswith("Feature 1 (code BTB-1):")
    assert "Self-intersection" in issue.message and "crosses itself" in issue.message
    centre = transform(Point(X0, Y0 + 50), 32648, 4326)  # where the two lobes meet
    assert issue.place == pytest.approx((centre.x, centre.y), abs=1e-6)
    assert f"longitude {centre.x:.5f}," in issue.message  # about 1 m: no more digits
    # The two lobes cancel in the invalid shape's area; the repair keeps both (2 x 0.5 ha).
    assert feature.geometry is None
    assert feature.repaired.is_valid and len(feature.repaired.geoms) == 2
    assert feature.area_ha == pytest.approx(1.0, rel=1e-4)
    assert feature.area_change_ha == pytest.approx(1.0, rel=1e-4)
    assert "+1.00 ha" in issue.message
    assert result.accepted(NONE) == []
    (accepted,) = result.accepted(ReviewOptions(repair_invalid=True))
    assert accepted.geometry_for(ReviewOptions(repair_invalid=True)) is feature.repaired


def test_the_area_change_of_an_uneven_bow_tie_is_twice_the_smaller_lobe():
    # Lobes of 1.0 ha and 0.5 ha turning opposite ways: the invalid shape measures their
    # difference (0.5 ha), the repair their sum (1.5 ha).
    (feature,) = review([uneven_bow_tie()]).features
    assert feature.area_ha == pytest.approx(1.5, rel=1e-4)
    assert feature.area_change_ha == pytest.approx(1.0, rel=1e-4)
    assert "as drawn measures 0.50 ha" in only(feature, IssueKind.INVALID).message
    assert "repaired: 1.50 ha" in only(feature, IssueKind.INVALID).message


def test_a_shape_that_cannot_be_repaired_stays_refused():
    flat = Polygon([(104.0, 12.0), (104.0005, 12.0), (104.001, 12.0), (104.0, 12.0)])
    nan = nan_polygon()
    result = review([flat, nan])
    for feature in result.features:
        issue = only(feature, IssueKind.INVALID)
        assert issue.blocking and issue.resolved_by is None
        assert "cannot be repaired" in issue.message and feature.repaired is None
    assert result.accepted(ALL) == []


def test_codes_are_normalised_and_missing_or_wrong_codes_block():
    result = review([square(0), square(500), square(1000), square(1500), square(2000),
                     square(2500)],
                    ["btb-៤២", None, "", "A B", 12.0, float("nan")])
    good, none, blank, bad, number, nan = result.features
    assert good.code == "BTB-42" and number.code == "12"
    for feature in (none, blank, nan):
        issue = only(feature, IssueKind.BAD_CODE)
        assert issue.blocking and issue.resolved_by == "generate_codes"
        assert feature.code is None and "no plot code" in issue.message
    wrong = only(bad, IssueKind.BAD_CODE)
    assert wrong.blocking and wrong.resolved_by is None
    assert wrong.message.startswith("Feature 4: The plot code 'A B'")
    assert [f.number for f in result.accepted(NONE)] == [1, 5]
    assert [f.number for f in result.accepted(ReviewOptions(generate_codes=True))] == [
        1, 2, 3, 5, 6]


def test_a_code_repeated_in_the_file_blocks_every_later_occurrence():
    result = review([square(0), square(500), square(1000)], ["BTB-1", "P-2", "btb-1"])
    first, _, third = result.features
    assert IssueKind.DUPLICATE_IN_FILE not in kinds(first)
    issue = only(third, IssueKind.DUPLICATE_IN_FILE)
    assert issue.blocking and "Feature 3 (code BTB-1)" in issue.message
    assert "feature 1" in issue.message
    assert [f.number for f in result.accepted(ALL)] == [1, 2]


def test_a_code_already_in_the_project_blocks():
    result = review([square(0), square(500)], ["BTB-1", "BTB-2"], existing_codes={"BTB-2"})
    issue = only(result.features[1], IssueKind.DUPLICATE_IN_PROJECT)
    assert issue.blocking and "already has a plot with code BTB-2" in issue.message
    assert [f.number for f in result.accepted(ALL)] == [1]


def test_features_outside_cambodia_are_refused_unless_the_user_includes_them():
    far = box(98.0, 12.0, 98.001, 12.001)  # Myanmar's coast
    across = box(102.29, 13.0, 102.31, 13.01)  # astride the western edge of the box
    result = review([far, across, square()])
    issue = only(result.features[0], IssueKind.OUTSIDE_CAMBODIA)
    assert issue.blocking and "longitude 98.0005" in issue.message
    assert issue.place == pytest.approx((98.0005, 12.0005))
    assert IssueKind.OUTSIDE_CAMBODIA not in kinds(result.features[1])
    assert len(result.accepted(NONE)) == 2
    assert len(result.accepted(ReviewOptions(include_outside=True))) == 3


def test_overlap_with_existing_plots_is_measured_in_square_metres_and_named():
    existing = np.array([square(50), None, square(5000)], dtype=object)
    result = review([square(), square(2000)], existing_geometries=existing,
                    existing_names=["BTB-7", "BTB-8", "BTB-9"])
    overlapping, clear = result.features
    (index, m2), = overlapping.overlaps
    assert index == 0 and m2 == pytest.approx(5000, rel=1e-3)  # half of a hectare
    issue = only(overlapping, IssueKind.OVERLAP)
    assert not issue.blocking and "existing plot BTB-7 (0.50 ha)" in issue.message
    inside = transform(Point(X0 + 75, Y0 + 50), 32648, 4326)  # the middle of the overlap
    assert issue.place == pytest.approx((inside.x, inside.y), abs=1e-6)
    assert clear.overlaps == [] and IssueKind.OVERLAP not in kinds(clear)
    assert len(result.accepted(NONE)) == 2  # a warning, not a refusal


def test_small_overlaps_touching_plots_and_reimports_are_told_apart():
    existing = np.array([square(99.95), square(100 + 1000), square(2000)], dtype=object)
    result = review([square(), square(1000), square(2000)], existing_geometries=existing,
                    min_overlap_m2=10.0)
    sliver, touching, same = result.features
    assert sliver.overlaps == []  # 0.05 m x 100 m = 5 m2, below the 10 m2 asked for here
    assert touching.overlaps == []
    assert "existing plot #3 (the same shape)" in only(same, IssueKind.OVERLAP).message
    result = review([square()], existing_geometries=existing[:1], min_overlap_m2=1.0)
    (_, m2), = result.features[0].overlaps
    assert m2 == pytest.approx(5.0, rel=1e-2)
    assert "5.0 m²" in only(result.features[0], IssueKind.OVERLAP).message


def test_overlapping_features_of_one_file_name_each_other():
    result = review([square(), square(2000), square(0, 80)])
    first, _, third = result.features
    assert first.overlaps_in_file == [(2, pytest.approx(2000, rel=1e-3))]
    assert third.overlaps_in_file == [(0, pytest.approx(2000, rel=1e-3))]
    assert "feature 3 of this file (0.20 ha)" in only(first, IssueKind.OVERLAP).message
    assert "feature 1 of this file" in only(third, IssueKind.OVERLAP).message
    assert len(result.accepted(NONE)) == 3


def test_reader_notes_block_only_features_that_lost_their_shape():
    result = review([None, square()], read_notes={1: ["row 2: the shape could not be read"],
                                                  2: ["the name was cut to 254 bytes"]})
    lost, kept = result.features
    issue = only(lost, IssueKind.READ_PROBLEM)
    assert issue.blocking and "could not be read" in issue.message
    assert IssueKind.EMPTY not in kinds(lost)
    assert not only(kept, IssueKind.READ_PROBLEM).blocking
    assert [f.number for f in result.accepted(NONE)] == [2]


def test_options_flip_the_accepted_count_and_the_report_says_so():
    geoms = [square(), bow_tie(), box(98.0, 12.0, 98.001, 12.001), square(3000)]
    result = review(geoms, ["A-1", "A-2", "A-3", None])
    assert len(result.accepted(NONE)) == 1
    assert len(result.accepted(ReviewOptions(repair_invalid=True))) == 2
    assert len(result.accepted(ALL)) == 4
    assert len(result.accepted(ALL)) + len(result.refused(ALL)) == 4
    (refused,) = [f for f in result.refused(ReviewOptions(repair_invalid=True)) if f.number == 3]
    assert [i.kind for i in refused.blocking_issues(ReviewOptions())] == [
        IssueKind.OUTSIDE_CAMBODIA]
    lines = result.lines(NONE)
    assert lines[0] == "4 features read: 1 will be imported, 3 will not."
    assert any("invalid shape: 1 feature" in line for line in lines)
    assert any(line.startswith("[refused] Feature 2 (code A-2)") for line in lines)
    lines = result.lines(ALL)
    assert lines[0] == "4 features read: 4 will be imported, 0 will not."
    assert "1 invalid shapes will be imported as repaired" in lines[1]
    assert any(line.startswith("[allowed] Feature 3 (code A-3)") for line in lines)


def test_counts_are_features_per_kind():
    result = review([None, Point(0, 0), square(), square()], ["A", "A", "B", "B"])
    counts = result.counts()
    assert set(counts) == set(IssueKind)
    assert counts[IssueKind.EMPTY] == 1 and counts[IssueKind.NOT_POLYGON] == 1
    assert counts[IssueKind.DUPLICATE_IN_FILE] == 2
    assert counts[IssueKind.OVERLAP] == 2 and counts[IssueKind.INVALID] == 0


def test_bad_input_of_every_kind_never_stops_the_review():
    nan = nan_polygon()
    bad_existing = np.array([bow_tie(), nan, None, Polygon()], dtype=object)
    geoms = [nan, bow_tie(), None, Polygon(), Point(1, 1), GeometryCollection(), square()]
    result = review(geoms, [object(), b"X-1", None, "", "  ", "-", "ok"],
                    existing_geometries=bad_existing)
    assert len(result.features) == 7
    assert result.features[1].code == "X-1"
    assert result.lines(ALL)[0].startswith("7 features read")


def test_a_thousand_features_are_reviewed_in_one_go():
    xs = np.repeat(np.arange(40) * 200.0, 25)[:1000]
    ys = np.tile(np.arange(25) * 200.0, 40)[:1000]
    metric = shapely.box(X0 + xs, Y0 + ys, X0 + xs + 100, Y0 + ys + 100)
    geoms = transform(metric, 32648, 4326)
    existing = transform(shapely.box(X0 + xs + 150, Y0 + ys, X0 + xs + 160, Y0 + ys + 10),
                         32648, 4326)
    result = review(geoms, existing_geometries=existing)
    assert len(result.accepted(NONE)) == 1000
    assert sum(f.area_ha for f in result.features) == pytest.approx(1000.0, rel=1e-5)
    assert result.counts()[IssueKind.OVERLAP] == 0


def test_a_broken_plot_already_in_the_project_does_not_stop_the_overlap_check():
    # A hole sticking out of its shell makes GEOS refuse the intersection.
    broken = wgs(Polygon([(X0, Y0), (X0 + 200, Y0), (X0 + 200, Y0 + 200), (X0, Y0 + 200)],
                         [[(X0 + 50, Y0 + 50), (X0 + 300, Y0 + 50), (X0 + 300, Y0 + 100),
                           (X0 + 50, Y0 + 100)]]))
    existing = np.array([broken, square(50)], dtype=object)
    with pytest.raises(shapely.errors.GEOSException):
        shapely.intersection(square(), broken)
    (feature,) = review([square()], existing_geometries=existing).features
    assert [j for j, _ in feature.overlaps] == [1]
