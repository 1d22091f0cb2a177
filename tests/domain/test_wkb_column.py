"""A column of WKB in one buffer: the same bytes back out of every selection and join,
and the coordinates of simple polygons read from the bytes equal shapely's."""

from __future__ import annotations

import struct

import numpy as np
import pyarrow as pa
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.domain.wkb_column import WkbColumn
from metkasekor_desktop.storage.gpkg import blob


def ring(x0: float, y0: float, size: float, points: int = 5) -> list[tuple[float, float]]:
    """A closed ring around a square's corner (x0, y0), with ``points - 1`` vertices on a
    circle-ish path so that rings differ in length."""
    angles = np.linspace(0.0, 2 * np.pi, points - 1, endpoint=False)
    xy = [(x0 + size * (1 + np.cos(a)), y0 + size * (1 + np.sin(a))) for a in angles]
    return [*xy, xy[0]]


def polygon(rng: np.random.Generator) -> Polygon:
    x0, y0 = rng.uniform(100.0, 110.0), rng.uniform(10.0, 15.0)
    return Polygon(ring(x0, y0, rng.uniform(1e-4, 1e-2), int(rng.integers(4, 40))))


def with_srid(geom: shapely.Geometry) -> bytes:
    return bytes(shapely.to_wkb(shapely.set_srid(geom, 4326), include_srid=True))


def iso(geom: shapely.Geometry | None) -> bytes | None:
    return None if geom is None else wkb_of(geom)


def wkb_of(geom: shapely.Geometry) -> bytes:
    return bytes(shapely.to_wkb(geom, flavor="iso"))


# Rows that are not one polygon of one ring, little-endian and 2D: left to shapely.
def not_simple_rows(rng: np.random.Generator) -> list[tuple[str, bytes | None]]:
    a, b = polygon(rng), polygon(rng)
    holed = Polygon(ring(0, 0, 10), [ring(5, 5, 1)])
    three_d = Polygon([(x, y, 7.0) for x, y in ring(1, 1, 1)])
    valid, single = wkb_of(MultiPolygon([a])), wkb_of(a)
    return [
        ("hole", iso(holed)),
        ("multipolygon with a hole", iso(MultiPolygon([holed]))),
        ("two parts", iso(MultiPolygon([a, b]))),
        ("big-endian polygon", bytes(shapely.to_wkb(a, byte_order=0))),
        ("big-endian multipolygon", bytes(shapely.to_wkb(MultiPolygon([a]), byte_order=0))),
        ("3D ISO", bytes(shapely.to_wkb(three_d, flavor="iso"))),
        ("3D EWKB", bytes(shapely.to_wkb(three_d, flavor="extended"))),
        ("3D multipolygon", bytes(shapely.to_wkb(MultiPolygon([three_d]), flavor="iso"))),
        ("empty multipolygon", iso(MultiPolygon())),
        ("empty polygon", iso(Polygon())),
        ("point", iso(shapely.Point(1, 2))),
        ("linestring", iso(shapely.LineString([(0, 0), (1, 1), (2, 0), (3, 3)]))),
        ("no shape", None),
        ("truncated polygon", single[:-5]),
        ("truncated multipolygon", valid[:-16]),
        ("multipolygon cut in its part's header", valid[:15]),
        ("polygon claiming more points than it has",
         single[:9] + struct.pack("<I", 10**6) + single[13:]),
        ("garbage", bytes(rng.integers(0, 256, 57, dtype=np.uint8))),
        ("one byte", b"\x01"),
    ]


def simple_rows(rng: np.random.Generator) -> list[tuple[str, bytes]]:
    a, b, c, d = polygon(rng), polygon(rng), polygon(rng), polygon(rng)
    return [
        ("polygon", bytes(shapely.to_wkb(a, flavor="iso"))),
        ("multipolygon of one part", bytes(shapely.to_wkb(MultiPolygon([b]), flavor="iso"))),
        ("EWKB polygon with SRID", with_srid(c)),
        ("EWKB multipolygon with SRID", with_srid(MultiPolygon([d]))),
    ]


def mixed(seed: int) -> tuple[list[bytes | None], np.ndarray]:
    """A shuffled mix of simple and other rows, and which are simple."""
    rng = np.random.default_rng(seed)
    rows: list[tuple[bool, bytes | None]] = []
    for _ in range(3):
        rows += [(True, v) for _, v in simple_rows(rng)]
        rows += [(False, v) for _, v in not_simple_rows(rng)]
    order = rng.permutation(len(rows))
    values = [rows[i][1] for i in order]
    return values, np.array([rows[i][0] for i in order])


def expected_coordinates(values: list[bytes | None], simple: np.ndarray) -> list[np.ndarray]:
    return [shapely.get_coordinates(shapely.from_wkb(values[i])) for i in np.flatnonzero(simple)]


def assert_reads_like_shapely(column: WkbColumn, values: list[bytes | None],
                              simple: np.ndarray) -> None:
    got_simple, coords, counts = column.simple_polygons()
    np.testing.assert_array_equal(got_simple, simple)
    expected = expected_coordinates(values, simple)
    np.testing.assert_array_equal(counts, [len(e) for e in expected])
    assert coords.dtype == np.float64
    assert coords.shape == (int(counts.sum()), 2)
    np.testing.assert_array_equal(coords, np.concatenate(expected) if expected
                                  else np.zeros((0, 2)))


# --- simple_polygons ---------------------------------------------------------------------


def test_each_kind_of_row_is_flagged_simple_or_not_as_it_should():
    rng = np.random.default_rng(1)
    kinds = [(n, True, v) for n, v in simple_rows(rng)] + [
        (n, False, v) for n, v in not_simple_rows(rng)]
    for name, simple, value in kinds:
        column = WkbColumn.of([value])
        got, coords, counts = column.simple_polygons()
        assert got.tolist() == [simple], name
        if simple:
            np.testing.assert_array_equal(
                coords, shapely.get_coordinates(shapely.from_wkb(value)), err_msg=name)
        else:
            assert len(coords) == 0 and len(counts) == 0, name


@pytest.mark.parametrize("seed", range(6))
def test_simple_polygons_equal_shapely_coordinates_over_a_mix(seed):
    values, simple = mixed(seed)
    assert_reads_like_shapely(WkbColumn.of(values), values, simple)


@pytest.mark.parametrize("pad", range(8))
def test_coordinates_at_every_byte_alignment_are_read_right(pad):
    rng = np.random.default_rng(pad)
    rows = [v for _, v in simple_rows(rng)]
    # Before each simple row a blob of 0..7 bytes: every row's coordinates start at
    # another place modulo 8 in the buffer.
    values: list[bytes | None] = []
    simple = []
    for k, value in enumerate(rows * 2):
        values += [b"\x07" * ((pad + k) % 8), value]
        simple += [False, True]
    starts = np.cumsum([0] + [len(v or b"") for v in values])[1::2]
    assert len({int(s) % 8 for s in starts}) > 1
    assert_reads_like_shapely(WkbColumn.of(values), values, np.array(simple))


@pytest.mark.parametrize("pad", range(8))
def test_a_single_row_at_every_byte_alignment_is_read_right(pad):
    value = bytes(shapely.to_wkb(polygon(np.random.default_rng(pad)), flavor="iso"))
    column = WkbColumn.of([b"\x00" * pad, value])
    simple, coords, _ = column.simple_polygons()
    assert simple.tolist() == [False, True]
    np.testing.assert_array_equal(coords, shapely.get_coordinates(shapely.from_wkb(value)))


def test_simple_polygons_of_rows_taken_out_of_order_and_with_headers():
    values, simple = mixed(11)
    shapes = [shapely.from_wkb(v) if s else None for v, s in zip(values, simple, strict=True)]
    blobs = blob.encode_blobs(shapes, 4326)  # only the simple ones, behind headers
    column = blob.wkb_column(blobs)
    present = np.array([s is not None for s in shapes])
    got, coords, _ = column.simple_polygons()
    np.testing.assert_array_equal(got, present)
    np.testing.assert_array_equal(coords, shapely.get_coordinates(
        np.array(shapes, dtype=object)[present]))
    rows = np.random.default_rng(0).permutation(len(values))
    assert_reads_like_shapely(WkbColumn.of(values).take(rows), [values[i] for i in rows],
                              simple[rows])


def test_no_rows_and_no_simple_rows():
    for column in (WkbColumn.of([]), WkbColumn.of([None, b"", b"\x00" * 40]),
                   WkbColumn.joined([])):
        simple, coords, counts = column.simple_polygons()
        assert not simple.any() and len(simple) == len(column)
        assert coords.shape == (0, 2) and len(counts) == 0


# --- of / take / joined / blobs ------------------------------------------------------------


def some_wkb(n: int, seed: int = 0) -> list[bytes | None]:
    rng = np.random.default_rng(seed)
    out: list[bytes | None] = []
    for i in range(n):
        kind = i % 7
        if kind == 5:
            out.append(None)
        elif kind == 6:
            out.append(iso(MultiPolygon()))
        elif kind == 4:
            out.append(iso(MultiPolygon([polygon(rng), polygon(rng)])))
        else:
            out.append(iso(MultiPolygon([polygon(rng)])))
    return out


def as_list(array: np.ndarray) -> list[bytes | None]:
    return list(array.tolist())


def test_of_gives_back_the_same_bytes():
    values = some_wkb(30)
    column = WkbColumn.of(values)
    assert len(column) == 30
    assert as_list(column.blobs()) == values
    assert as_list(column.blobs(np.array([3, 5, 3, 0]))) == [values[i] for i in (3, 5, 3, 0)]


@pytest.mark.parametrize("n", [0, 1, 999, 1000, 2500])
def test_take_gives_the_bytes_of_the_rows_taken(n):
    values = some_wkb(max(n, 1) + 7)
    column = WkbColumn.of(values)
    rows = np.random.default_rng(n).integers(0, len(values), n)  # any order, repeats
    taken = column.take(rows)
    assert len(taken) == n
    assert as_list(taken.blobs()) == [values[i] for i in rows]


def test_take_of_every_row_in_order_is_the_column_itself():
    column = WkbColumn.of(some_wkb(10))
    assert column.take(np.arange(10)) is column


def test_joined_gives_the_rows_one_after_the_other():
    a, b, c = some_wkb(5, 1), some_wkb(0), some_wkb(1200, 2)
    joined = WkbColumn.joined([WkbColumn.of(a), WkbColumn.of(b), WkbColumn.of(c)])
    assert as_list(joined.blobs()) == a + b + c
    # A join of parts that are themselves takes and joins.
    rows = np.array([4, 0, 0, 2])
    twice = WkbColumn.joined([joined.take(rows), WkbColumn.of(a)])
    assert as_list(twice.blobs()) == [a[i] for i in rows] + a


def test_blobs_of_a_few_rows_and_of_many_agree():
    values = some_wkb(100)
    column = WkbColumn.of(values)
    few = np.array([99, 1])  # fewer than an eighth of the rows: sliced one by one
    many = np.arange(100)[::-1]  # the whole buffer copied once
    assert as_list(column.blobs(few)) == [values[99], values[1]]
    assert as_list(column.blobs(many)) == values[::-1]


# --- GeoPackage blobs: rows that skip a header ----------------------------------------------


def gpkg_shapes(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = np.empty(n, dtype=object)
    for i in range(n):
        kind = i % 5
        out[i] = (None if kind == 3 else MultiPolygon() if kind == 4
                  else MultiPolygon([polygon(rng)]))
    return out


def header_without_envelope(gpkg_blob: bytes) -> bytes:
    """The same geometry behind a header of envelope code 0 (8 bytes, no envelope)."""
    flags = gpkg_blob[3] & ~0x0E  # envelope code 0
    return gpkg_blob[:3] + bytes([flags]) + gpkg_blob[4:8] + gpkg_blob[blob.HEADER_XY_SIZE:]


def header_with_xyz_envelope(gpkg_blob: bytes) -> bytes:
    """The same geometry behind a header of envelope code 2 (48 bytes)."""
    flags = (gpkg_blob[3] & ~0x0E) | (2 << 1)
    return (gpkg_blob[:3] + bytes([flags]) + gpkg_blob[4:blob.HEADER_XY_SIZE]
            + struct.pack("<2d", 0.0, 0.0) + gpkg_blob[blob.HEADER_XY_SIZE:])


def mixed_headers(n: int) -> list[bytes | None]:
    blobs = blob.encode_blobs(gpkg_shapes(n), 4326)
    out: list[bytes | None] = []
    for i, b in enumerate(blobs):
        if b is None or len(b) < blob.HEADER_XY_SIZE or i % 3 == 0 or blob.is_empty(b):
            out.append(b)
        elif i % 3 == 1:
            out.append(header_without_envelope(b))
        else:
            out.append(header_with_xyz_envelope(b))
    return out


def test_crafted_headers_are_read_as_their_envelope_code_says():
    b = blob.encode_blobs([MultiPolygon([shapely.box(0, 0, 1, 1)])], 4326)[0]
    assert b is not None
    assert blob.header_size(header_without_envelope(b)) == 8
    assert blob.header_size(header_with_xyz_envelope(b)) == 56
    for crafted in (header_without_envelope(b), header_with_xyz_envelope(b)):
        decoded = blob.decode_blob(crafted)
        assert decoded is not None and decoded.equals(blob.decode_blob(b))


def test_a_gpkg_column_gives_the_wkb_blobs_to_wkb_gives():
    blobs = blob.encode_blobs(gpkg_shapes(40), 4326)
    assert None in blobs and any(b is not None and blob.is_empty(b) for b in blobs)
    column = blob.wkb_column(blobs)
    assert column.skip is not None
    assert as_list(column.blobs()) == as_list(blob.blobs_to_wkb(blobs))


def test_a_gpkg_column_of_headers_of_every_size_gives_the_wkb_inside():
    blobs = mixed_headers(60)
    sizes = {blob.header_size(b) for b in blobs if b is not None}
    assert sizes == {8, 40, 56}
    assert as_list(blob.wkb_column(blobs).blobs()) == as_list(blob.blobs_to_wkb(blobs))


def test_a_gpkg_column_of_only_nulls_or_nothing():
    assert as_list(blob.wkb_column([None, None]).blobs()) == [None, None]
    assert len(blob.wkb_column([])) == 0


@pytest.mark.parametrize("n", [50, 2400])  # fewer and more than 1000 rows taken
def test_take_and_join_of_a_gpkg_column_drop_the_headers(n):
    blobs = mixed_headers(n)
    wkb = as_list(blob.blobs_to_wkb(blobs))
    column = blob.wkb_column(blobs)
    rows = np.random.default_rng(n).permutation(n)
    taken = column.take(rows)
    assert as_list(taken.blobs()) == [wkb[i] for i in rows]
    assert as_list(column.take(np.arange(n)).blobs()) == wkb  # in order
    joined = WkbColumn.joined([column, WkbColumn.of(wkb[:3]), column.take(rows[:5])])
    assert as_list(joined.blobs()) == wkb + wkb[:3] + [wkb[i] for i in rows[:5]]


def test_simple_polygons_behind_headers_of_every_size():
    blobs = mixed_headers(60)
    wkb = as_list(blob.blobs_to_wkb(blobs))
    simple = np.array([w is not None and shapely.get_num_coordinates(shapely.from_wkb(w)) > 0
                       for w in wkb])
    assert_reads_like_shapely(blob.wkb_column(blobs), wkb, simple)


# --- from_arrow -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [pa.binary(), pa.large_binary()])
def test_from_arrow_gives_the_same_blobs_with_nulls(kind):
    values = some_wkb(50)
    assert None in values
    column = WkbColumn.from_arrow(pa.array(values, type=kind))
    assert as_list(column.blobs()) == values


@pytest.mark.parametrize("kind", [pa.binary(), pa.large_binary()])
@pytest.mark.parametrize("nulls", [True, False])
def test_from_arrow_of_a_slice_gives_the_rows_of_the_slice(kind, nulls):
    values = some_wkb(60)
    if not nulls:
        values = [v for v in values if v is not None]
    array = pa.array(values, type=kind).slice(7, 30)
    assert array.offset == 7
    column = WkbColumn.from_arrow(array)
    assert as_list(column.blobs()) == values[7:37]
    assert_reads_like_shapely(column, values[7:37], np.array(
        [v is not None and shapely.get_num_coordinates(shapely.from_wkb(v)) > 0
         and shapely.get_num_geometries(shapely.from_wkb(v)) == 1 for v in values[7:37]]))


def test_from_arrow_of_a_chunked_array():
    values = some_wkb(20)
    chunked = pa.chunked_array([pa.array(values[:8], pa.binary()),
                                pa.array(values[8:], pa.binary())])
    assert as_list(WkbColumn.from_arrow(chunked).blobs()) == values


def test_from_arrow_gives_no_bytes_to_a_null_row_whose_offsets_span_some():
    values = [iso(MultiPolygon([shapely.box(0, 0, 1, 1)])), iso(shapely.box(5, 5, 6, 6))]
    data = b"".join(v for v in values if v is not None)
    offsets = np.array([0, len(values[0] or b""), len(data)], dtype=np.int64)
    validity = pa.py_buffer(bytes([0b10]))  # row 0 null, though it spans its bytes
    array = pa.LargeBinaryArray.from_buffers(pa.large_binary(), 2, [
        validity, pa.py_buffer(offsets.tobytes()), pa.py_buffer(data)], null_count=1)
    assert array.to_pylist() == [None, values[1]]
    column = WkbColumn.from_arrow(array)
    assert as_list(column.blobs()) == [None, values[1]]
    simple, _, _ = column.simple_polygons()
    assert simple.tolist() == [False, True]


def test_from_arrow_of_an_empty_and_an_all_null_array():
    assert len(WkbColumn.from_arrow(pa.array([], pa.binary()))) == 0
    assert as_list(WkbColumn.from_arrow(pa.array([None, None], pa.binary())).blobs()) == [
        None, None]
