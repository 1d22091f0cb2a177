"""A column of shapes kept as WKB: shapes made only when read, equal to shapely's reading
of the WKB, and the very same object for the same row through every copy, take and join."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.domain.shape_column import ShapeColumn
from metkasekor_desktop.domain.wkb_column import WkbColumn
from metkasekor_desktop.storage.gpkg import blob


def shapes(n: int = 12) -> np.ndarray:
    out = np.empty(n, dtype=object)
    for i in range(n):
        x = float(i) * 10
        if i % 6 == 4:
            out[i] = None
        elif i % 6 == 5:
            out[i] = MultiPolygon()
        elif i % 6 == 3:
            out[i] = MultiPolygon([Polygon(shapely.box(x, 0, x + 5, 5).exterior.coords,
                                           [shapely.box(x + 1, 1, x + 2, 2).exterior.coords])])
        else:
            out[i] = MultiPolygon([shapely.box(x, 0, x + 5, 5)])
    return out


def wkb_values(geoms: np.ndarray) -> list[bytes | None]:
    return [None if g is None else bytes(shapely.to_wkb(g, flavor="iso")) for g in geoms]


@pytest.fixture
def geoms() -> np.ndarray:
    return shapes()


@pytest.fixture
def column(geoms) -> ShapeColumn:
    return ShapeColumn(WkbColumn.of(wkb_values(geoms)))


def assert_same_shapes(got, expected) -> None:
    got, expected = list(got), list(expected)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        if e is None:
            assert g is None
        else:
            assert g is not None and g.equals_exact(e, 0.0) and g.geom_type == e.geom_type


# --- made when read ---------------------------------------------------------------------------


def test_nothing_is_made_until_a_row_is_read(column):
    assert len(column) == 12
    assert not column.all_made
    assert not column.copy().all_made
    assert not column.take(np.array([0, 1])).all_made
    column[0]
    assert not column.all_made
    assert column.take(np.array([0])).all_made  # that row only


def test_reading_every_row_makes_them_all(column, geoms):
    assert_same_shapes(np.asarray(column, dtype=object), geoms)
    assert column.all_made


@pytest.mark.parametrize("how", ["int", "negative", "mask", "rows", "slice", "iter", "array",
                                 "shapes"])
def test_every_way_of_reading_gives_what_shapely_reads(column, geoms, how):
    expected = shapely.from_wkb(np.array(wkb_values(geoms), dtype=object))
    mask = np.arange(12) % 3 != 1
    rows = np.array([7, 3, 3, 0, 11])
    if how == "int":
        assert_same_shapes([column[i] for i in range(12)], expected)
        assert_same_shapes([column[np.int64(i)] for i in range(12)], expected)
    elif how == "negative":
        assert_same_shapes([column[-1], column[-9]], [expected[-1], expected[-9]])
    elif how == "mask":
        assert_same_shapes(column[mask], expected[mask])
    elif how == "rows":
        assert_same_shapes(column[rows], expected[rows])
    elif how == "slice":
        assert_same_shapes(column[2:9:3], expected[2:9:3])
    elif how == "iter":
        assert_same_shapes(iter(column), expected)
    elif how == "array":
        array = np.asarray(column, dtype=object)
        assert array.dtype == object
        assert_same_shapes(array, expected)
    else:
        assert_same_shapes(column.shapes(), expected)


def test_a_column_over_gpkg_blobs_reads_the_shapes_stored(geoms):
    column = ShapeColumn(blob.wkb_column(blob.encode_blobs(geoms, 4326)))
    assert_same_shapes(column.shapes(), geoms)


# --- the very same object ---------------------------------------------------------------------


def test_a_row_read_twice_is_the_very_same_object(column):
    first = column[2]
    assert column[2] is first
    assert column[np.array([2])][0] is first
    assert column.shapes()[2] is first


def test_copies_takes_and_joins_give_the_very_same_objects(column):
    before = column[0]  # made before the copies
    copy, taken = column.copy(), column.take(np.array([6, 0, 6]))
    joined = ShapeColumn.joined([column.take(np.array([1])), copy])
    after = joined[7]  # row 6, made first through the join
    assert copy[0] is before and taken[1] is before and joined[1] is before
    assert column[6] is after and copy[6] is after
    assert taken[0] is after and taken[2] is after
    assert joined[0] is column[1]


def test_joined_with_an_object_array_keeps_both(column, geoms):
    extra = shapes(3)
    joined = ShapeColumn.joined([column, extra])
    assert len(joined) == 15
    assert joined[13] is extra[1]
    assert joined[0] is column[0]
    assert_same_shapes(joined.shapes(), list(geoms) + list(extra))


def test_joined_of_object_arrays_only():
    a, b = shapes(2), shapes(3)
    joined = ShapeColumn.joined([a, b])
    assert [joined[i] for i in range(5)] == [*a, *b]
    assert all(joined[i] is s for i, s in enumerate([*a, *b]))


def test_of_shapes_keeps_the_objects_given(geoms):
    column = ShapeColumn.of_shapes(geoms)
    assert column.all_made
    assert all(column[i] is g for i, g in enumerate(geoms))
    assert ShapeColumn.of_shapes(column) is column


# --- setting rows -----------------------------------------------------------------------------


def test_setting_a_row_replaces_it_and_not_in_a_copy_taken_before(column):
    old = column[3]
    copy = column.copy()
    taken = column.take(np.arange(12))
    new = MultiPolygon([shapely.box(100, 100, 101, 101)])
    column[3] = new
    assert column[3] is new
    assert copy[3] is old and taken[3] is old
    copy[0] = None
    assert copy[0] is None and column[0] is not None


def test_setting_several_rows(column):
    a, b = MultiPolygon([shapely.box(0, 0, 1, 1)]), MultiPolygon([shapely.box(2, 2, 3, 3)])
    column[np.array([1, 5])] = [a, b]
    assert column[1] is a and column[5] is b
    mask = np.zeros(12, dtype=bool)
    mask[[7, 8]] = True
    column[mask] = a
    assert column[7] is a and column[8] is a
    column[9:11] = None
    assert column[9] is None and column[10] is None
    assert not column.all_made  # rows never read are still not made


def test_same_as_tells_untouched_rows_from_set_ones(column):
    copy = column.copy()
    rows = np.arange(12)
    assert copy.same_as(column, rows, rows).all()
    copy[4] = MultiPolygon([shapely.box(0, 0, 1, 1)])
    same = copy.same_as(column, rows, rows)
    assert not same[4] and same[np.arange(12) != 4].all()
    assert not column.all_made  # no shape made to tell


def test_same_as_follows_rows_through_a_take(column):
    taken = column.take(np.array([5, 2]))
    assert taken.same_as(column, np.array([0, 1]), np.array([5, 2])).all()
    assert not taken.same_as(column, np.array([0, 1]), np.array([2, 5])).any()


def test_same_as_is_false_for_a_column_of_another_read(geoms):
    values = wkb_values(geoms)
    one, other = ShapeColumn(WkbColumn.of(values)), ShapeColumn(WkbColumn.of(values))
    rows = np.arange(12)
    assert not one.same_as(other, rows, rows).any()


# --- WKB of a column --------------------------------------------------------------------------


def test_wkb_of_a_column_with_set_and_taken_rows(column, geoms):
    values = wkb_values(geoms)
    assert column.wkb.blobs().tolist() == values
    new = MultiPolygon([shapely.box(0, 0, 1, 1)])
    taken = column.take(np.array([8, 1]))
    assert taken.wkb.blobs().tolist() == [values[8], values[1]]
    column[2] = new
    column[4] = None
    expected = list(values)
    expected[2] = bytes(shapely.to_wkb(new, flavor="iso"))
    expected[4] = None
    assert column.wkb.blobs().tolist() == expected
