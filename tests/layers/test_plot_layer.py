"""The plot layer: clicks find the plot under the cursor; selection is announced."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from metkasekor_desktop.domain.geometry import METRIC_EPSG
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.styles import CategorizedStyle, Symbol, role_style
from tests.layers.conftest import E0, N0


@pytest.fixture
def selections(plot_layer):
    seen: list[tuple[int, ...]] = []
    plot_layer.selection_changed.connect(seen.append)
    return seen


def reversed_table(table):
    return dataclasses.replace(
        table, **{f.name: getattr(table, f.name)[::-1].copy() for f in dataclasses.fields(table)}
    )


# --- hit testing ------------------------------------------------------------------------


def test_a_click_inside_each_plot_finds_it(plot_layer, known_plots):
    for plot_id, points in known_plots.inside.items():
        for x, y in points:
            assert plot_layer.plot_at(x, y) == plot_id, (plot_id, x, y)
            assert plot_layer.plot_at(x, y, tolerance=5.0) == plot_id


def test_a_click_in_a_hole_finds_nothing(plot_layer, known_plots):
    assert plot_layer.plot_at(*known_plots.hole_centre) is None
    # The hole is 25 m from its own edge: a 5 m tolerance does not reach the plot.
    assert plot_layer.plot_at(*known_plots.hole_centre, tolerance=5.0) is None
    # Close to the hole's edge, the tolerance reaches the plot around it.
    x, y = known_plots.hole_centre
    assert plot_layer.plot_at(x, y + 22.0, tolerance=5.0) == 103


def test_a_click_between_two_parts_finds_nothing(plot_layer):
    assert plot_layer.plot_at(E0 + 130, N0 + 430) is None


def test_a_click_outside_needs_the_tolerance(plot_layer):
    x, y = E0 + 230, N0 + 50  # 30 m east of plot 102, 170 m west of plot 103
    assert plot_layer.plot_at(x, y) is None
    assert plot_layer.plot_at(x, y, tolerance=10.0) is None
    assert plot_layer.plot_at(x, y, tolerance=31.0) == 102


def test_within_tolerance_of_two_plots_the_nearest_wins(plot_layer):
    # 30 m from plot 102, 170 m from plot 103: both within 200 m.
    assert plot_layer.plot_at(E0 + 230, N0 + 50, tolerance=200.0) == 102
    # 20 m from plot 103, 180 m from plot 102.
    assert plot_layer.plot_at(E0 + 380, N0 + 50, tolerance=200.0) == 103
    # Below plot 101 (5 m), and 395 m from plot 104.
    assert plot_layer.plot_at(E0 + 30, N0 - 5, tolerance=500.0) == 101


def test_a_click_on_a_shared_edge_finds_one_neighbour_always_the_same(plot_layer, known_plots):
    x, y = known_plots.shared_edge_x, N0 + 50
    first = plot_layer.plot_at(x, y)
    assert first in (101, 102)
    assert all(plot_layer.plot_at(x, y) == first for _ in range(5))
    assert PlotLayer(known_plots.table, METRIC_EPSG).plot_at(x, y) == first
    # The answer does not depend on the order the plots were loaded in.
    assert PlotLayer(reversed_table(known_plots.table), METRIC_EPSG).plot_at(x, y) == first


def test_a_click_one_metre_either_side_of_a_shared_edge(plot_layer, known_plots):
    x = known_plots.shared_edge_x
    assert plot_layer.plot_at(x + 1.0, N0 + 50) == 102
    assert plot_layer.plot_at(x - 1.0, N0 + 50) == 101
    assert plot_layer.plot_at(x + 1.0, N0 + 50, tolerance=5.0) == 102
    assert plot_layer.plot_at(x - 1.0, N0 + 50, tolerance=5.0) == 101


def test_an_empty_layer_finds_nothing(plot_table):
    empty = dataclasses.replace(
        plot_table,
        **{f.name: getattr(plot_table, f.name)[:0] for f in dataclasses.fields(plot_table)},
    )
    layer = PlotLayer(empty, METRIC_EPSG)
    assert layer.plot_at(E0, N0, tolerance=100.0) is None
    assert layer.extent() is None


# --- selection ---------------------------------------------------------------------------


def test_select_announces_the_selected_ids(plot_layer, selections):
    plot_layer.select([103, 101])
    assert plot_layer.selected == (103, 101)
    assert selections == [(103, 101)]


def test_selecting_unknown_ids_ignores_them(plot_layer, selections):
    plot_layer.select([999, 102, 102, -1])
    assert plot_layer.selected == (102,)
    assert selections == [(102,)]
    plot_layer.select([999])
    assert plot_layer.selected == ()
    assert selections == [(102,), ()]


def test_no_announcement_when_the_selection_does_not_change(plot_layer, selections):
    plot_layer.select([101])
    plot_layer.select([101])
    plot_layer.select(np.array([101]))
    plot_layer.select([101, 555])
    assert selections == [(101,)]
    plot_layer.select([])
    plot_layer.select([])
    assert selections == [(101,), ()]


def test_toggle_adds_and_removes(plot_layer, selections):
    plot_layer.toggle(101)
    plot_layer.toggle(104)
    plot_layer.toggle(101)
    assert plot_layer.selected == (104,)
    assert selections == [(101,), (101, 104), (104,)]
    plot_layer.toggle(999)  # not a plot of this layer: nothing happens
    assert selections == [(101,), (101, 104), (104,)]


# --- extents and styles ------------------------------------------------------------------


def test_layer_extent_covers_all_plots(plot_layer):
    assert plot_layer.extent() == pytest.approx((E0, N0, E0 + 600, N0 + 460), abs=1e-6)


def test_plot_extent_zooms_to_the_chosen_plots(plot_layer):
    assert plot_layer.plot_extent([101, 102]) == pytest.approx(
        (E0, N0, E0 + 200, N0 + 100), abs=1e-6
    )
    assert plot_layer.plot_extent([104]) == pytest.approx(
        (E0, N0 + 400, E0 + 260, N0 + 460), abs=1e-6
    )
    assert plot_layer.plot_extent([103, 999]) == pytest.approx(
        (E0 + 400, N0, E0 + 600, N0 + 200), abs=1e-6
    )
    assert plot_layer.plot_extent([999]) is None
    assert plot_layer.plot_extent([]) is None


def test_role_style_classifies_plots_by_role(plot_layer):
    cats = role_style().categories()
    assert [cats[c] for c in plot_layer.categories] == [
        "demonstration",
        "control",
        "farmer_field",
        "farmer_field",
    ]
    assert list(plot_layer.categories[plot_layer.order]) == sorted(plot_layer.categories)


def test_set_style_recategorises_and_announces(plot_layer):
    changes = []
    plot_layer.changed.connect(changes.append)
    red, blue = Symbol((255, 0, 0, 255)), Symbol((0, 0, 255, 255))
    style = CategorizedStyle("village_code", {"02010102": red, "02010101": blue})
    plot_layer.set_style(style)
    assert changes == [plot_layer]
    assert plot_layer.style is style
    # 101, 102 in village ...01 (second category), 103 in ...02 (first), 104 in none.
    assert list(plot_layer.categories) == [1, 1, 0, 2]
    assert [style.symbol_of(c) for c in plot_layer.categories] == [blue, blue, red, style.default]
    assert list(plot_layer.categories[plot_layer.order]) == [0, 1, 1, 2]
