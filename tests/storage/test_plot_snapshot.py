"""Snapshots undo a deletion exactly: every table is as it was, ids included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.plot_snapshot import copy_plans, restore_plots, snapshot_plots
from tests.storage.crash_editor import dump_tables, make_demo

# gpkg_contents.last_change is meant to move on every write.
VOLATILE = ("gpkg_contents",)


@pytest.fixture
def demo(tmp_path: Path):
    project = Project.open(make_demo(tmp_path))
    yield project
    project.close()


def _busiest_plot(project: Project) -> int:
    return max((sum(project.plots.dependents(p.id).values()), p.id)
               for p in project.plots.list())[1]


def _dump(project: Project) -> dict:
    raw = sqlite3.connect(project.path)
    try:
        return dump_tables(raw, skip=VOLATILE)
    finally:
        raw.close()


def test_delete_and_restore_leaves_every_table_identical(demo: Project) -> None:
    plot_id = _busiest_plot(demo)
    partner = demo.plots.get(plot_id).paired_plot_id
    ids = [plot_id] + ([partner] if partner else [])
    before = _dump(demo)
    with demo.transaction() as conn:
        snap = snapshot_plots(conn, ids)
        for i in ids:
            demo.plots.delete(i, conn=conn)
    assert demo.plots.dependents(plot_id) == dict.fromkeys(demo.plots.dependents(plot_id), 0)
    assert _dump(demo) != before
    with demo.transaction() as conn:
        restore_plots(conn, snap)
    assert _dump(demo) == before


def test_snapshot_holds_the_records_and_the_pairings(demo: Project) -> None:
    plot_id = _busiest_plot(demo)
    counts = demo.plots.dependents(plot_id)
    with demo.transaction() as conn:
        snap = snapshot_plots(conn, [plot_id])
    assert snap.plot_ids == (plot_id,)
    assert snap.count("plots") == 1
    assert snap.count("plot_season_plans") == counts["plans"]
    assert snap.count("yield_records") == counts["yields"]
    assert snap.count("event_plots") == counts["events"]
    partners = {p.id for p in demo.plots.list() if p.paired_plot_id == plot_id}
    assert set(snap.paired_from) == partners


def test_restored_plot_is_found_by_the_spatial_index(demo: Project) -> None:
    plot_id = _busiest_plot(demo)
    geom = demo.plots.get(plot_id).geometry
    with demo.transaction() as conn:
        snap = snapshot_plots(conn, [plot_id])
        demo.plots.delete(plot_id, conn=conn)
    with demo.transaction() as conn:
        restore_plots(conn, snap)
    raw = sqlite3.connect(demo.path)
    try:
        x, y = geom.representative_point().coords[0]
        hits = [r[0] for r in raw.execute(
            "SELECT id FROM rtree_plots_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? "
            "AND maxy >= ?", (x, x, y, y))]
    finally:
        raw.close()
    assert plot_id in hits


def test_copy_plans_duplicates_plans_with_practices(demo: Project) -> None:
    plot_id = _busiest_plot(demo)
    target = min(p.id for p in demo.plots.list()
                 if demo.plots.dependents(p.id)["plans"] == 0)
    with demo.transaction() as conn:
        copied = copy_plans(conn, plot_id, target)
    assert copied == demo.plots.dependents(plot_id)["plans"] > 0
    assert demo.plots.dependents(target)["plans"] == copied
    with demo.transaction() as conn:  # a second copy finds every season taken
        assert copy_plans(conn, plot_id, target) == 0


def test_extra_attributes_and_raster_statistics_come_back_with_their_plots(
        demo: Project, monkeypatch) -> None:
    from metkasekor_desktop.storage import plot_snapshot

    monkeypatch.setattr(plot_snapshot, "_CHUNK", 2)  # several selects, as for 100,000 plots
    ids = [p.id for p in demo.plots.list()][:5]
    demo.plot_extras.add_many([(i, "survey_id", f"S-{i}") for i in ids])
    demo.raster_stats.replace("dem", ids, [4] * 5, [12.5] * 5, [10] * 5, [15] * 5)
    before = _dump(demo)
    extras_before = {i: demo.plot_extras.of_plot(i) for i in ids}
    with demo.transaction() as conn:
        snapshot = snapshot_plots(conn, ids)
        for i in ids:
            demo.plots.delete(i, conn=conn)
    assert snapshot.count("plots") == 5 and snapshot.count("plot_extra_attributes") == 5
    assert snapshot.count("plot_raster_stats") == 5
    assert all(demo.plot_extras.of_plot(i) == {} for i in ids)
    with demo.transaction() as conn:
        restore_plots(conn, snapshot)
    assert {i: demo.plot_extras.of_plot(i) for i in ids} == extras_before
    assert _dump(demo) == before
