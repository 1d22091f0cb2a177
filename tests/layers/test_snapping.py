"""Snapping to neighbours' vertices and edges within a tolerance."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from metkasekor_desktop.layers.snapping import Snapper, SnapResult

X0, Y0 = 273_000.0, 1_416_000.0


@pytest.fixture
def snapper() -> Snapper:
    with_hole = Polygon(box(X0 + 300, Y0, X0 + 400, Y0 + 100).exterior,
                        [box(X0 + 340, Y0 + 40, X0 + 360, Y0 + 60).exterior])
    geoms = np.array([
        box(X0, Y0, X0 + 100, Y0 + 100),
        box(X0 + 100, Y0, X0 + 200, Y0 + 100),
        None,  # a plot without a shape is ignored
        MultiPolygon([with_hole, box(X0 + 500, Y0, X0 + 510, Y0 + 10)]),
    ], dtype=object)
    return Snapper(np.array([11, 12, 13, 14]), geoms)


def test_a_cursor_near_a_corner_snaps_onto_the_vertex(snapper: Snapper) -> None:
    hit = snapper.snap(X0 + 101.5, Y0 + 98.9, tolerance=2.0)
    assert hit is not None
    assert (hit.x, hit.y, hit.kind) == (X0 + 100, Y0 + 100, "vertex")
    assert hit.plot_id in (11, 12)  # both plots share that corner


def test_a_vertex_wins_over_a_nearer_edge(snapper: Snapper) -> None:
    # 0.5 m from the edge x = X0 + 200 but 1.9 m from its corner: the corner wins.
    hit = snapper.snap(X0 + 199.5, Y0 + 98.2, tolerance=2.0)
    assert hit == SnapResult(X0 + 200, Y0 + 100, "vertex", 12)


def test_away_from_vertices_the_nearest_point_on_an_edge_is_taken(snapper: Snapper) -> None:
    hit = snapper.snap(X0 + 201.0, Y0 + 50.0, tolerance=2.0)
    assert hit == SnapResult(X0 + 200, Y0 + 50, "edge", 12)


def test_holes_and_second_parts_are_snap_targets(snapper: Snapper) -> None:
    assert snapper.snap(X0 + 350, Y0 + 41, 2.0) == SnapResult(X0 + 350, Y0 + 40, "edge", 14)
    assert snapper.snap(X0 + 511, Y0 + 11, 2.0) == SnapResult(X0 + 510, Y0 + 10, "vertex", 14)


def test_nothing_within_the_tolerance_gives_none(snapper: Snapper) -> None:
    assert snapper.snap(X0 + 50, Y0 + 50, tolerance=2.0) is None  # inside, far from edges
    assert snapper.snap(X0 + 203, Y0 + 50, tolerance=2.0) is None
    assert snapper.snap(X0 + 203, Y0 + 50, tolerance=3.5) is not None


def test_the_plot_being_edited_can_be_excluded(snapper: Snapper) -> None:
    hit = snapper.snap(X0 + 101.5, Y0 + 98.9, tolerance=2.0, exclude=(12,))
    assert hit == SnapResult(X0 + 100, Y0 + 100, "vertex", 11)
    assert snapper.snap(X0 + 201.0, Y0 + 50.0, tolerance=2.0, exclude=[12]) is None


def test_an_empty_layer_never_snaps() -> None:
    snapper = Snapper(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object))
    assert snapper.snap(0.0, 0.0, 10.0) is None


def test_on_a_large_grid_every_snap_matches_brute_force() -> None:
    n = 40
    xs, ys = np.meshgrid(np.arange(n) * 50.0, np.arange(n) * 50.0)
    rng = np.random.default_rng(7)
    geoms = shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + 50, ys.ravel() + 50)
    snapper = Snapper(np.arange(n * n) + 1000, geoms)
    corners = shapely.get_coordinates(geoms)
    boundaries = shapely.boundary(geoms)
    for x, y in rng.uniform(0, n * 50, (200, 2)):
        hit = snapper.snap(x, y, 3.0)
        d_vertex = np.hypot(corners[:, 0] - x, corners[:, 1] - y).min()
        d_edge = shapely.distance(boundaries, shapely.Point(x, y)).min()
        if d_vertex <= 3.0:
            assert hit is not None and hit.kind == "vertex"
            assert np.hypot(hit.x - x, hit.y - y) == pytest.approx(d_vertex)
        elif d_edge <= 3.0:
            assert hit is not None and hit.kind == "edge"
            assert np.hypot(hit.x - x, hit.y - y) == pytest.approx(d_edge)
        else:
            assert hit is None
