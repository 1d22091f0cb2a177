"""GeoPackage geometry blobs: header, envelope and WKB round trips."""

from __future__ import annotations

import struct

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.storage.gpkg import blob as gpkg_blob
from metkasekor_desktop.storage.gpkg.functions import FUNCTIONS

from .conftest import square


def test_header_holds_magic_srs_and_envelope() -> None:
    geom = square(103.0, 13.0)
    blob = gpkg_blob.encode_blob(geom, 4326)
    assert blob[:2] == b"GP" and blob[2] == 0
    assert blob[3] == 0b0000_0011  # little endian, envelope code 1 (xy)
    assert struct.unpack_from("<i", blob, 4)[0] == 4326
    assert struct.unpack_from("<4d", blob, 8) == pytest.approx((103.0, 103.001, 13.0, 13.001))
    assert shapely.from_wkb(blob[40:]).equals(geom)


def test_many_geometries_round_trip_with_null() -> None:
    geoms = np.array([square(103 + i * 0.01, 13.0) for i in range(50)] + [None], dtype=object)
    blobs = gpkg_blob.encode_blobs(geoms, 4326)
    assert blobs[-1] is None
    back = gpkg_blob.decode_blobs(blobs)
    assert back[-1] is None
    assert all(a.equals(b) for a, b in zip(geoms[:-1], back[:-1], strict=True))


def test_empty_geometry_has_flag_and_no_envelope() -> None:
    blob = gpkg_blob.encode_blob(MultiPolygon(), 4326)
    assert gpkg_blob.is_empty(blob)
    assert gpkg_blob.header_size(blob) == 8
    assert gpkg_blob.envelope(blob) is None
    assert FUNCTIONS["ST_IsEmpty"](blob) == 1
    assert FUNCTIONS["ST_MinX"](blob) is None


def test_blob_without_envelope_is_decoded_by_its_header_size() -> None:
    poly = Polygon([(1, 2), (3, 2), (3, 5), (1, 2)])
    blob = struct.pack("<2sBBi", b"GP", 0, 0x01, 4326) + shapely.to_wkb(poly, byte_order=1)
    assert gpkg_blob.decode_blob(blob).equals(poly)
    assert gpkg_blob.envelope(blob) == (1.0, 3.0, 2.0, 5.0)
    assert FUNCTIONS["ST_MaxY"](blob) == 5.0
    assert FUNCTIONS["ST_IsEmpty"](blob) == 0


def test_sql_functions_read_the_header_and_ignore_non_blobs() -> None:
    blob = gpkg_blob.encode_blob(square(104.0, 12.0), 4326)
    assert FUNCTIONS["ST_MinX"](blob) == 104.0
    assert FUNCTIONS["ST_MaxY"](blob) == pytest.approx(12.001)
    assert FUNCTIONS["ST_SRID"](blob) == 4326
    assert FUNCTIONS["ST_GeometryType"](blob) == "MULTIPOLYGON"
    assert FUNCTIONS["ST_IsEmpty"](None) is None
    assert FUNCTIONS["ST_MinX"](b"not a geometry") is None


def test_not_a_blob_is_refused() -> None:
    with pytest.raises(gpkg_blob.BlobError):
        gpkg_blob.decode_blob(b"XX\x00\x01\x00\x00\x00\x00")


# -- blobs_to_wkb: the WKB of many blobs at once, for exports ------------------------------
def _blob_with_envelope(geom, code: int) -> bytes:
    """A blob with envelope code ``code`` (0 none, 1 xy, 2 xyz, 3 xym, 4 xyzm)."""
    sizes = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
    header = struct.pack("<2sBBi", b"GP", 0, 0x01 | (code << 1), 4326)
    return header + bytes(sizes[code]) + shapely.to_wkb(geom, byte_order=1)


def test_blobs_to_wkb_strips_every_kind_of_header_and_keeps_nulls() -> None:
    geoms = [square(103.0 + i * 0.01, 13.0) for i in range(5)]
    blobs = [_blob_with_envelope(g, code) for code, g in enumerate(geoms)]
    blobs.insert(2, None)
    wkb = gpkg_blob.blobs_to_wkb(blobs)
    assert wkb.dtype == object and len(wkb) == 6 and wkb[2] is None
    back = [shapely.from_wkb(w) for w in np.delete(wkb, 2)]
    assert all(a.equals(b) for a, b in zip(geoms, back, strict=True))


def test_blobs_to_wkb_of_usual_blobs_matches_the_encoder() -> None:
    geoms = np.array([square(104.0, 12.0 + i * 0.01) for i in range(20)], dtype=object)
    blobs = np.array(gpkg_blob.encode_blobs(geoms, 4326), dtype=object)
    wkb = gpkg_blob.blobs_to_wkb(blobs)
    assert list(wkb) == list(shapely.to_wkb(geoms, byte_order=1, flavor="iso"))


def test_blobs_to_wkb_keeps_an_empty_geometry_and_handles_no_rows() -> None:
    (wkb,) = gpkg_blob.blobs_to_wkb([gpkg_blob.encode_blob(MultiPolygon(), 4326)])
    assert shapely.from_wkb(wkb).is_empty
    assert len(gpkg_blob.blobs_to_wkb([])) == 0
    assert list(gpkg_blob.blobs_to_wkb([None, None])) == [None, None]


@pytest.mark.parametrize("bad", [
    b"GP\x00",  # too short
    b"XY\x00\x03" + bytes(36) + b"\x01",  # no magic
    b"GP\x00\x0b" + bytes(60),  # envelope code 5 does not exist
    b"GP\x00\x09" + bytes(20),  # envelope code 4 needs 64 bytes
])
def test_blobs_to_wkb_names_the_first_bad_blob(bad: bytes) -> None:
    good = gpkg_blob.encode_blob(square(103.0, 13.0), 4326)
    with pytest.raises(gpkg_blob.BlobError, match="Geometry 3 "):
        gpkg_blob.blobs_to_wkb([good, None, bad, good])
