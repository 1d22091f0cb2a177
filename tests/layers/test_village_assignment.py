"""Villages for plots without one: the nearest plot's village, in one undo step."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform
from metkasekor_desktop.layers.edit_commands import EditContext
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.layers.village_assignment import (
    assignment_command,
    district_choices,
    propose_villages,
)

E0, N0 = 300_000.0, 1_420_000.0  # Battambang, UTM 48N
A, B = "02070101", "02100203"  # villages in Ratanak Mondul (0207) and Sampov Lun (0210)


def _plot(x: float, y: float = N0) -> MultiPolygon:
    return transform(MultiPolygon([box(x, y, x + 50, y + 50)]), METRIC_EPSG, STORAGE_EPSG)


def test_each_plot_takes_the_village_of_its_nearest_neighbour() -> None:
    geoms = [_plot(E0), _plot(E0 + 1000), _plot(E0 + 100), _plot(E0 + 900), _plot(E0 + 99e3)]
    codes = [A, B, None, "", None]
    proposal = propose_villages([1, 2, 3, 4, 5], geoms, codes)
    assert proposal.villages == {3: A, 4: B}
    assert proposal.distances_m[3] == pytest.approx(50.0, abs=0.5)
    assert proposal.unplaced == [5], "99 km away: no guess"
    anywhere = propose_villages([1, 2, 3, 4, 5], geoms, codes, max_distance_m=None)
    assert anywhere.villages[5] == B and anywhere.unplaced == []


def test_a_district_for_the_whole_file_restricts_the_neighbours() -> None:
    geoms = [_plot(E0), _plot(E0 + 1000), _plot(E0 + 100)]
    proposal = propose_villages([1, 2, 3], geoms, [A, B, None], district_code="0210")
    assert proposal.villages == {3: B}
    assert district_choices([A, B, None, ""]) == ["0207", "0210"]
    none = propose_villages([1, 2, 3], geoms, [A, B, None], district_code="1305")
    assert len(none) == 0 and none.unplaced == [3]


def test_plots_without_shape_are_left_unplaced() -> None:
    proposal = propose_villages([1, 2], [_plot(E0), None], [A, None])
    assert proposal.villages == {} and proposal.unplaced == [2]


def test_assigning_is_one_undo_step_in_a_project(ctx: EditContext) -> None:
    project = ctx.project
    table = project.plots.load_table()
    with_village = [int(i) for i, c in zip(table.ids, table.village_codes, strict=True) if c]
    assert len(with_village) >= 4, "the demo has plots with villages"
    stripped = with_village[1::2]
    originals = {pid: project.plots.get(pid).village_code for pid in stripped}
    for pid in stripped:  # as an import leaves them
        plot = project.plots.get(pid)
        plot.village_code = None
        project.plots.update(plot)
    table = project.plots.load_table()
    proposal = propose_villages(table.ids, table.geometries, table.village_codes,
                                max_distance_m=None)
    assert set(proposal.villages) >= set(stripped)

    stack = UndoStack(ctx)
    stack.push(assignment_command(proposal))
    assert len(stack.commands) == 1
    for pid, code in proposal.villages.items():
        assert project.plots.get(pid).village_code == code
    nearby = sum(proposal.villages[p][:4] == originals[p][:4] for p in stripped)
    assert nearby >= len(stripped) / 2, "neighbours mostly share the district"
    layer_codes = dict(zip(ctx.layer.table.ids, ctx.layer.table.village_codes, strict=True))
    assert all(layer_codes[p] == c for p, c in proposal.villages.items()), "the map follows"

    stack.undo()
    for pid in stripped:
        assert project.plots.get(pid).village_code is None
    assert not np.any([project.plots.get(p).village_code for p in stripped])
