"""Planar editing of plot shapes: known areas after splitting, merging, clipping, reshaping."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon, box

from metkasekor_desktop.domain.editing import (
    clip_to_neighbours,
    merge_plots,
    move_geometry,
    reshape_plot,
    split_plot,
)
from metkasekor_desktop.domain.errors import GeometryError
from metkasekor_desktop.domain.layer_overlaps import overlaps
from metkasekor_desktop.domain.plot_shape import check_shape, polygon_from_rings
from metkasekor_desktop.domain.vertex_edits import (
    delete_vertices,
    insert_vertex,
    move_vertices,
    nearest_edge,
    vertex_list,
)

# Plots are drawn in UTM 48N metres near Battambang; every answer below is worked out by hand.
X0, Y0 = 273_000.0, 1_416_000.0


def square(x: float, y: float, side: float) -> Polygon:
    """A square with its lower-left corner at (X0 + x, Y0 + y), counter-clockwise."""
    return Polygon([(X0 + x, Y0 + y), (X0 + x + side, Y0 + y),
                    (X0 + x + side, Y0 + y + side), (X0 + x, Y0 + y + side)])


def line(*pts: tuple[float, float]) -> LineString:
    return LineString([(X0 + x, Y0 + y) for x, y in pts])


HA = 10_000.0


# --- building and checking ------------------------------------------------------------------


def test_rings_make_a_multipolygon_with_a_hole_and_a_second_part() -> None:
    outer = [(0, 0), (100, 0), (100, 100), (0, 100)]
    hole = [(40, 40), (60, 40), (60, 60), (40, 60), (40, 40)]  # closed or not, both work
    far = [(200, 0), (250, 0), (250, 50), (200, 50)]
    shape = polygon_from_rings([[outer, hole], [far]])
    assert isinstance(shape, MultiPolygon)
    assert len(shape.geoms) == 2
    assert shape.area == pytest.approx(10_000 - 400 + 2_500)


def test_a_valid_hectare_passes_the_check() -> None:
    check_shape(square(0, 0, 100))  # no error


def test_a_bow_tie_is_refused_and_the_crossing_is_marked() -> None:
    bow_tie = Polygon([(0, 0), (100, 100), (100, 0), (0, 100)])
    with pytest.raises(GeometryError, match="crosses itself") as info:
        check_shape(bow_tie)
    assert info.value.location == pytest.approx((50.0, 50.0))


def test_a_plot_under_the_minimum_area_is_refused_with_both_areas_in_hectares() -> None:
    with pytest.raises(GeometryError) as info:
        check_shape(box(0, 0, 8, 5), min_area_m2=100.0)  # 40 m2
    message = str(info.value)
    assert "0.004 ha" in message and "minimum of 0.01 ha" in message
    assert "options" in message


def test_the_minimum_area_is_a_setting() -> None:
    check_shape(box(0, 0, 8, 5), min_area_m2=10.0)
    with pytest.raises(GeometryError):
        check_shape(box(0, 0, 100, 100), min_area_m2=20_000.0)


def test_a_long_thin_strip_is_refused_as_a_sliver_and_marked() -> None:
    strip = MultiPolygon([square(0, 0, 100), box(X0 + 200, Y0, X0 + 201, Y0 + 500)])
    with pytest.raises(GeometryError, match="sliver") as info:
        check_shape(strip)
    x, y = info.value.location
    assert X0 + 200 <= x <= X0 + 201 and Y0 <= y <= Y0 + 500


def test_nothing_and_lines_are_not_plots() -> None:
    with pytest.raises(GeometryError, match="no shape"):
        check_shape(MultiPolygon())
    with pytest.raises(GeometryError, match="LineString"):
        check_shape(line((0, 0), (100, 0)))


# --- clipping -------------------------------------------------------------------------------


def test_a_draw_over_a_neighbour_is_clipped_to_its_edge() -> None:
    neighbour = square(0, 0, 100)
    drawn = square(60, 0, 100)  # 40 m of it lies over the neighbour
    clipped, removed = clip_to_neighbours(drawn, [neighbour])
    assert clipped.area == pytest.approx(6_000.0)
    assert removed == pytest.approx(4_000.0)
    assert clipped.intersection(neighbour).area == pytest.approx(0.0, abs=1e-6)
    assert clipped.bounds == pytest.approx((X0 + 100, Y0, X0 + 160, Y0 + 100))


def test_clipping_drops_a_thin_strip_left_beside_a_neighbour() -> None:
    neighbour = square(0, 0, 100)
    # Drawn from 0.3 m left of the neighbour across it: a 0.3 m strip would stay behind.
    drawn = box(X0 - 0.3, Y0, X0 + 200, Y0 + 100)
    clipped, removed = clip_to_neighbours(drawn, [neighbour])
    assert len(clipped.geoms) == 1
    assert clipped.area == pytest.approx(10_000.0)
    assert removed == pytest.approx(10_030.0)  # the strip counts as removed


def test_clipping_with_no_neighbours_changes_nothing() -> None:
    drawn = square(0, 0, 50)
    clipped, removed = clip_to_neighbours(drawn, [])
    assert clipped.equals(MultiPolygon([drawn]))
    assert removed == 0.0


def test_a_plot_drawn_inside_a_neighbour_is_refused() -> None:
    with pytest.raises(GeometryError, match="Nothing is left"):
        clip_to_neighbours(square(10, 10, 20), [square(0, 0, 100)])


def test_a_plot_drawn_around_a_neighbour_gets_a_hole() -> None:
    clipped, removed = clip_to_neighbours(square(0, 0, 100), [square(40, 40, 20)])
    assert clipped.area == pytest.approx(9_600.0)
    assert removed == pytest.approx(400.0)
    assert len(clipped.geoms[0].interiors) == 1


# --- splitting ------------------------------------------------------------------------------


def test_a_hectare_split_at_30_m_gives_0_3_and_0_7_ha_larger_first() -> None:
    big, small = split_plot(square(0, 0, 100), line((30, -10), (30, 110)))
    assert big.area / HA == pytest.approx(0.7)
    assert small.area / HA == pytest.approx(0.3)
    assert small.bounds == pytest.approx((X0, Y0, X0 + 30, Y0 + 100))


def test_split_pieces_add_up_to_the_original_for_a_bent_line() -> None:
    plot = Polygon([(X0, Y0), (X0 + 130, Y0 + 10), (X0 + 120, Y0 + 90), (X0 + 10, Y0 + 110)])
    a, b = split_plot(plot, line((-10, 20), (60, 70), (140, 40)))
    assert a.area + b.area == pytest.approx(plot.area, rel=1e-12)
    assert a.intersection(b).area == pytest.approx(0.0, abs=1e-6)


def test_a_zigzag_line_still_gives_two_plots_grouped_by_side() -> None:
    zigzag = line((20, -10), (20, 110), (40, 110), (40, -10), (60, -10), (60, 110))
    a, b = split_plot(square(0, 0, 100), zigzag)
    # Strips 0-20 and 40-60 lie on one side, 20-40 and 60-100 on the other.
    assert sorted([a.area, b.area]) == pytest.approx([4_000.0, 6_000.0])
    assert a.area + b.area == pytest.approx(10_000.0)


def test_a_line_ending_inside_the_plot_is_refused() -> None:
    with pytest.raises(GeometryError, match="from one side to the other"):
        split_plot(square(0, 0, 100), line((50, 50), (50, 150)))


# --- merging --------------------------------------------------------------------------------


def test_two_adjacent_hectares_merge_into_exactly_2_ha_one_part() -> None:
    merged = merge_plots([square(0, 0, 100), square(100, 0, 100)])
    assert merged.area / HA == pytest.approx(2.0, rel=1e-12)
    assert len(merged.geoms) == 1
    assert len(merged.geoms[0].interiors) == 0


def test_a_1_cm_gap_between_plots_leaves_no_sliver_after_merging() -> None:
    left = square(0, 0, 100)
    # The neighbour's shared edge runs 1-2 cm off, with its corners elsewhere along it.
    right = Polygon([(X0 + 100.01, Y0 + 20), (X0 + 200, Y0 + 20), (X0 + 200, Y0 + 80),
                     (X0 + 100.02, Y0 + 80)])
    merged = merge_plots([left, right])
    assert len(merged.geoms) == 1
    assert len(merged.geoms[0].interiors) == 0
    assert merged.is_valid
    # Nothing outside the two plots was added beyond the gap itself (under 1.2 m2).
    assert merged.area == pytest.approx(left.area + right.area, abs=1.5)


def test_three_plots_in_a_row_merge_when_connected_through_the_middle() -> None:
    merged = merge_plots([square(0, 0, 100), square(200, 0, 100), square(100, 0, 100)])
    assert merged.area == pytest.approx(30_000.0)
    assert len(merged.geoms) == 1


def test_plots_touching_only_at_a_corner_are_not_merged_and_named() -> None:
    with pytest.raises(GeometryError, match="Plots BTB-1 and BTB-2 do not share a boundary"):
        merge_plots([square(0, 0, 100), square(100, 100, 100)], names=["BTB-1", "BTB-2"])


def test_distant_plots_are_not_merged() -> None:
    with pytest.raises(GeometryError, match="do not share a boundary"):
        merge_plots([square(0, 0, 100), square(100, 0, 100), square(500, 0, 10)])


# --- reshaping ------------------------------------------------------------------------------


def test_a_stretch_inside_cuts_off_the_smaller_corner() -> None:
    result = reshape_plot(square(0, 0, 100), line((50, 0), (50, 50), (100, 50)))
    assert result.area == pytest.approx(7_500.0)
    assert result.is_valid


def test_a_stretch_inside_keeps_the_larger_piece_even_when_it_is_drawn_backwards() -> None:
    result = reshape_plot(square(0, 0, 100), line((100, 70), (0, 70)))
    assert result.area == pytest.approx(7_000.0)
    assert result.bounds == pytest.approx((X0, Y0, X0 + 100, Y0 + 70))


def test_a_stretch_outside_adds_area() -> None:
    result = reshape_plot(square(0, 0, 100), line((100, 20), (150, 50), (100, 80)))
    assert result.area == pytest.approx(10_000.0 + 0.5 * 60 * 50)


def test_a_large_bulge_outside_is_added_not_kept_alone() -> None:
    result = reshape_plot(square(0, 0, 100), line((100.5, 20), (400, 50), (100.4, 80)))
    assert result.area == pytest.approx(10_000.0 + 0.5 * 60 * 300)  # ends snapped to x=100


def test_a_stretch_drawn_across_the_boundary_is_cut_at_its_crossings() -> None:
    result = reshape_plot(square(0, 0, 100), line((120, 20), (50, 50), (120, 80)))
    # Crossings at y = 20 + 30 * 20/70 and 80 - 30 * 20/70; a triangle of base 300/7 is cut.
    base = 60 - 2 * 30 * 20 / 70
    assert result.area == pytest.approx(10_000.0 - 0.5 * base * 50)


def test_a_stretch_from_a_hole_into_the_plot_enlarges_the_hole() -> None:
    plot = Polygon(square(0, 0, 100).exterior, [square(40, 40, 20).exterior.coords])
    result = reshape_plot(plot, line((60, 45), (70, 50), (60, 55)))
    assert result.area == pytest.approx(9_600.0 - 0.5 * 10 * 10)
    assert len(result.geoms[0].interiors) == 1


def test_a_stretch_that_meets_the_boundary_between_its_ends_is_refused() -> None:
    stretch = line((50, -10), (50, 110), (60, 110), (60, -10))  # out, in, out, in again
    with pytest.raises(GeometryError, match="between its ends") as info:
        reshape_plot(square(0, 0, 100), stretch)
    assert info.value.location[1] == pytest.approx(Y0 + 100)


def test_a_stretch_that_does_not_reach_the_boundary_is_refused() -> None:
    with pytest.raises(GeometryError, match="start and end on the plot boundary"):
        reshape_plot(square(0, 0, 100), line((20, 20), (50, 50), (80, 20)))


# --- vertices -------------------------------------------------------------------------------


def test_vertex_list_numbers_parts_rings_and_vertices_without_the_closing_repeat() -> None:
    plot = polygon_from_rings([[[(0, 0), (10, 0), (10, 10), (0, 10)],
                                [(4, 4), (6, 4), (6, 6)]]])
    vertices = vertex_list(plot)
    assert len(vertices) == 7
    assert vertices[0] == (0, 0, 0, 0.0, 0.0)
    assert vertices[4] == (0, 1, 0, 4.0, 4.0)


def test_moving_the_first_vertex_also_moves_the_closing_one() -> None:
    plot = polygon_from_rings([[[(0, 0), (10, 0), (10, 10), (0, 10)]]])
    moved = move_vertices(plot, {(0, 0, 0): (-5.0, -5.0)})
    coords = list(moved.geoms[0].exterior.coords)
    assert coords[0] == coords[-1] == (-5.0, -5.0)
    assert moved.is_valid


def test_several_vertices_move_at_once() -> None:
    plot = polygon_from_rings([[[(0, 0), (10, 0), (10, 10), (0, 10)]]])
    moved = move_vertices(plot, {(0, 0, 1): (20.0, 0.0), (0, 0, 2): (20.0, 10.0)})
    assert moved.area == pytest.approx(200.0)


def test_deleting_a_vertex_removes_the_corner() -> None:
    plot = polygon_from_rings([[[(0, 0), (10, 0), (10, 10), (5, 15), (0, 10)]]])
    assert delete_vertices(plot, [(0, 0, 3)]).area == pytest.approx(100.0)


def test_a_ring_keeps_three_vertices() -> None:
    plot = polygon_from_rings([[[(0, 0), (10, 0), (10, 10), (0, 10)]]])
    with pytest.raises(GeometryError, match="fewer than 3 corners"):
        delete_vertices(plot, [(0, 0, 0), (0, 0, 1)])


def test_deleting_every_vertex_of_a_hole_removes_the_hole() -> None:
    plot = polygon_from_rings([[[(0, 0), (10, 0), (10, 10), (0, 10)],
                                [(4, 4), (6, 4), (6, 6)]]])
    result = delete_vertices(plot, [(0, 1, 0), (0, 1, 1), (0, 1, 2)])
    assert result.area == pytest.approx(100.0)


def test_inserting_a_vertex_on_the_closing_edge_and_dragging_it_out() -> None:
    plot = polygon_from_rings([[[(0, 0), (10, 0), (10, 10), (0, 10)]]])
    part, ring, index, distance = nearest_edge(plot, -1.0, 5.0)
    assert (part, ring, index) == (0, 0, 3)  # from vertex 3 (0, 10) back to vertex 0
    assert distance == pytest.approx(1.0)
    result = insert_vertex(plot, part, ring, index, -5.0, 5.0)
    assert result.area == pytest.approx(125.0)
    assert result.is_valid
    assert vertex_list(result)[4][3:] == (-5.0, 5.0)


def test_moving_a_whole_plot_keeps_its_area() -> None:
    moved = move_geometry(square(0, 0, 100), 12.5, -3.0)
    assert moved.area == pytest.approx(10_000.0)
    assert moved.bounds == pytest.approx((X0 + 12.5, Y0 - 3, X0 + 112.5, Y0 + 97))


# --- overlaps -------------------------------------------------------------------------------


def test_overlaps_lists_overlapping_and_contained_plots_but_not_neighbours() -> None:
    geoms = np.array([square(0, 0, 100), square(50, 50, 100), square(100, 0, 100),
                      square(10, 10, 10), None], dtype=object)
    found = overlaps(geoms, [7, 3, 9, 11, 12])
    assert found == [
        (3, 7, pytest.approx(2_500.0)),
        (3, 9, pytest.approx(2_500.0)),
        (7, 11, pytest.approx(100.0)),
    ]


def test_rounding_noise_along_a_shared_edge_is_not_an_overlap() -> None:
    left = square(0, 0, 100)
    right = Polygon([(X0 + 99.99995, Y0), (X0 + 200, Y0), (X0 + 200, Y0 + 100),
                     (X0 + 99.99995, Y0 + 100)])  # 0.005 m2 of overlap: noise
    assert overlaps(np.array([left, right], dtype=object), [1, 2]) == []


def test_overlaps_on_a_grid_of_ten_thousand_plots_finds_exactly_the_planted_ones() -> None:
    n = 100
    xs, ys = np.meshgrid(np.arange(n) * 50.0, np.arange(n) * 50.0)
    geoms = shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + 50, ys.ravel() + 50)
    geoms[[5, 500, 5000]] = shapely.box(xs.ravel()[[5, 500, 5000]],
                                        ys.ravel()[[5, 500, 5000]],
                                        xs.ravel()[[5, 500, 5000]] + 52,
                                        ys.ravel()[[5, 500, 5000]] + 50)
    found = overlaps(geoms, np.arange(n * n))
    assert [(a, b) for a, b, _ in found] == [(5, 6), (500, 501), (5000, 5001)]
    assert all(area == pytest.approx(100.0) for _, _, area in found)
