"""Sites and the furthest MetKasekor stage each has reached."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import numpy as np

from metkasekor_desktop.analysis.stages import (
    STAGES,
    PlotInfo,
    Site,
    plot_infos,
    reached_stages,
    site_of,
    site_stage,
    sites,
    stage_attendance,
    stage_counts,
)
from metkasekor_desktop.domain.enums import PlotRole, Stage
from metkasekor_desktop.domain.event import ExtensionEvent

D, C, F = PlotRole.DEMONSTRATION, PlotRole.CONTROL, PlotRole.FARMER_FIELD
PLOTS = [
    PlotInfo(id=1, role=D, paired_id=2),
    PlotInfo(id=2, role=C),
    PlotInfo(id=3, role=D),  # its control points back at it
    PlotInfo(id=4, role=C, paired_id=3),
    PlotInfo(id=5, role=D),  # no control yet
    PlotInfo(id=6, role=F),
]


def event(stage: Stage, *plots: int, women: int = 0, men: int = 0) -> ExtensionEvent:
    return ExtensionEvent(stage=stage, event_date=date(2025, 6, 1), plot_ids=plots,
                          women=women, men=men)


def test_sites_pair_demonstration_with_control_either_way():
    assert sites(PLOTS) == [Site(1, 2), Site(3, 4), Site(5, None)]
    assert site_of(4, PLOTS) == Site(3, 4)
    assert site_of(1, PLOTS) == Site(1, 2)
    assert site_of(6, PLOTS) is None


def test_site_stage_is_furthest_reached_through_either_plot():
    events = [
        event(Stage.FIELD_SHOWCASE, 2),  # the control plot only
        event(Stage.IDENTIFICATION, 1),
        event(Stage.PROMOTIONAL_MEETING, 6),  # a farmer field, no site
    ]
    assert site_stage(Site(1, 2), events) == Stage.FIELD_SHOWCASE
    assert reached_stages(Site(1, 2), events) == {Stage.FIELD_SHOWCASE, Stage.IDENTIFICATION}
    assert site_stage(Site(3, 4), events) is None


def test_stage_counts_count_each_site_once_at_its_furthest_stage():
    events = [event(Stage.IDENTIFICATION, 1, 3), event(Stage.ANNUAL_MEETING, 4),
              event(Stage.DEMAND_CREATION_MEETING, 3)]
    counts = stage_counts(PLOTS, events)
    assert list(counts) == [None, *STAGES]
    assert counts[None] == 1 and counts[Stage.IDENTIFICATION] == 1
    assert counts[Stage.ANNUAL_MEETING] == 1
    assert sum(counts.values()) == 3


def test_stage_attendance_sums_by_sex():
    rows = stage_attendance([event(Stage.FIELD_SHOWCASE, women=4, men=6),
                             event(Stage.FIELD_SHOWCASE, women=1, men=0)])
    showcase = rows[STAGES.index(Stage.FIELD_SHOWCASE)]
    assert (showcase.events, showcase.women, showcase.men, showcase.total) == (2, 5, 6, 11)
    assert rows[0].events == 0


def test_plot_infos_read_plot_table_columns():
    obj = np.array
    table = SimpleNamespace(
        ids=np.array([7, 8]), codes=obj(["A", "B"], dtype=object),
        roles=obj(["demonstration", "control"], dtype=object),
        paired_ids=obj([8, None], dtype=object),
        village_codes=obj(["02070101", None], dtype=object),
        areas_ha=np.array([0.5, 1.5]), farmer_ids=obj([3, None], dtype=object))
    infos = plot_infos(table)
    assert infos[0] == PlotInfo(id=7, code="A", role=D, paired_id=8,
                                village_code="02070101", area_ha=0.5, farmer_id=3)
    assert infos[1].paired_id is None and infos[1].role == C
