"""The project session: one change stream for commits, undo, redo and other programs."""

from __future__ import annotations

import sqlite3

import numpy as np
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.changes import ChangeSet
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.layers.edit_commands import AddPlot, ChangeAttributes, ChangeGeometry
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.session import ProjectSession
from metkasekor_desktop.storage.gpkg.functions import register_functions


def _heard(session: ProjectSession) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    session.changed.connect(heard.append)
    return heard


def _square(session: ProjectSession, row: int, size: float = 40.0) -> MultiPolygon:
    x, y = session.layer.map_geometries()[row].centroid.coords[0]
    return transform(MultiPolygon([box(x, y, x + size, y + size)]), METRIC_EPSG,
                     STORAGE_EPSG)


def test_an_attribute_edit_names_one_changed_plot_and_redraws_nothing(session):
    heard = _heard(session)
    drawn = []
    session.layer.changed.connect(drawn.append)
    plot_id = int(session.layer.table.ids[2])
    session.stack.push(ChangeAttributes(plot_id, {"notes": "checked in the field"}))
    assert len(heard) == 1
    change = heard[0]
    assert change.changed == {plot_id} and not change.added and not change.removed
    assert change.kinds == {"plots"} and not change.style
    assert drawn == []  # a note is not drawn: the map is not rendered again
    session.stack.undo()
    session.stack.redo()
    assert [c.changed for c in heard] == [{plot_id}] * 3


def test_the_layer_is_patched_not_rebuilt_and_matches_the_file(session):
    layer = session.layer
    t = layer.table
    paired = {int(p) for p in t.paired_ids if p is not None}
    plot_id = next(int(i) for i, r, p in zip(t.ids, t.roles, t.paired_ids, strict=True)
                   if r == "farmer_field" and p is None and int(i) not in paired)
    other_geometries = layer.table.geometries.copy()
    session.stack.push(ChangeAttributes(plot_id, {"code": "RENAMED-4", "role": "control"}))
    row = layer.index_of(plot_id)
    assert layer.table.codes[row] == "RENAMED-4"
    # Every other plot keeps the very shape objects it had: nothing was re-read.
    assert all(a is b for a, b in zip(layer.table.geometries, other_geometries, strict=True))
    fresh = session.project.plots.load_table()
    assert list(fresh.codes) == list(layer.table.codes)
    assert list(fresh.roles) == list(layer.table.roles)
    assert list(fresh.versions) == list(layer.table.versions)
    # The role style classifies the changed plot again.
    assert layer.categories[row] == layer.style.classify(np.array(["control"]))[0]


def test_a_geometry_edit_is_drawn_and_the_arrays_follow(session):
    heard = _heard(session)
    drawn = []
    session.layer.changed.connect(drawn.append)
    layer = session.layer
    plot_id = int(layer.table.ids[1])
    shape = _square(session, 1)
    session.stack.push(ChangeGeometry(plot_id, shape))
    assert heard[-1].changed == {plot_id} and heard[-1].style and drawn
    row = layer.index_of(plot_id)
    expected = transform(np.array([shape], dtype=object), STORAGE_EPSG, METRIC_EPSG)[0]
    bounds = expected.bounds
    assert np.allclose(layer.geometry.bboxes[row], bounds)
    assert layer.map_geometries()[row].equals_exact(expected, 1e-6)
    assert layer.plot_at(*expected.representative_point().coords[0]) == plot_id


def test_added_and_removed_plots_are_named(session):
    heard = _heard(session)
    far_away = transform(MultiPolygon([box(530_000, 1_450_000, 530_050, 1_450_050)]),
                         METRIC_EPSG, STORAGE_EPSG)
    plot = Plot(code="NEW-1", geometry=far_away)
    session.stack.push(AddPlot(plot))
    assert heard[-1].added == {plot.id}
    session.stack.undo()
    assert heard[-1].removed == {plot.id}
    session.stack.redo()
    assert heard[-1].added == {plot.id}


def test_a_record_command_names_its_kind_and_season(session):
    heard = _heard(session)
    farmer = session.project.farmers.list()[0]
    farmer.phone = "012 345 678"
    session.stack.push(SaveRecord("farmers", farmer))
    assert heard[-1].kinds == {"farmers"} and not heard[-1].plots


def test_history_steps_taken_at_once_are_one_change(session):
    heard = _heard(session)
    ids = [int(i) for i in session.layer.table.ids[:3]]
    for i in ids:
        session.stack.push(ChangeAttributes(i, {"notes": f"n{i}"}))
    session.stack.set_index(0)
    assert heard[-1].changed == set(ids)


def test_another_programs_edit_is_read_and_announced(session):
    heard = _heard(session)
    plot_id = int(session.layer.table.ids[0])
    other = sqlite3.connect(session.project.path)
    register_functions(other)  # as GDAL does for a GeoPackage
    try:
        other.execute("UPDATE plots SET code = 'FROM-QGIS' WHERE fid = ?", (plot_id,))
        other.commit()
    finally:
        other.close()
    change = session.look_outside()
    assert change is not None and change.changed == {plot_id}
    assert heard[-1] is change
    assert session.layer.table.codes[session.layer.index_of(plot_id)] == "FROM-QGIS"
    assert session.look_outside() is None  # nothing new since


def test_our_own_edits_are_not_taken_for_another_programs(session):
    plot_id = int(session.layer.table.ids[0])
    session.stack.push(ChangeAttributes(plot_id, {"notes": "ours"}))
    assert session.look_outside() is None
