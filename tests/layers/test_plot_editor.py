"""The plot editor driven as the tools drive it: shapes in UTM metres, no window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from shapely.geometry import LineString, MultiPolygon, Polygon, box

from metkasekor_desktop.domain.enums import SeasonKind
from metkasekor_desktop.domain.errors import DomainError, GeometryError
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.layers.plot_editor import EditSettings
from metkasekor_desktop.storage import Project

E0, N0 = 300_000.0, 1_420_000.0  # Battambang, UTM 48N
VILLAGE = "02070101"  # Battambang district 0207: codes BTB-...


def _utm_square(x: float, y: float, size: float = 100.0) -> MultiPolygon:
    return MultiPolygon([box(x, y, x + size, y + size)])


class World:
    """A project with three 100 m plots: A and B (one farmer) side by side, C apart."""

    def __init__(self, folder: Path, open_session) -> None:  # noqa: ANN001 - the fixture
        self.project = Project.create(folder / "edit.gpkg")
        self.sok = Farmer(name_kh="សុខ", name_latin="Sok", village_code=VILLAGE)
        self.pov = Farmer(name_kh="ពៅ", name_latin="Pov", village_code=VILLAGE)
        self.project.farmers.add(self.sok)
        self.project.farmers.add(self.pov)
        self.ids = {}
        for code, x, farmer in (("BTB-RM-0001", E0, self.sok), ("BTB-RM-0002", E0 + 100,
                                                                self.sok),
                                ("BTB-RM-0007", E0 + 400, self.pov)):
            plot = Plot(code=code, farmer_id=farmer.id, village_code=VILLAGE,
                        geometry=transform(_utm_square(x, N0), METRIC_EPSG, STORAGE_EPSG))
            self.ids[code[-1]] = self.project.plots.add(plot)
        self.seasons = [Season.template(2024, SeasonKind.MAIN_WET),
                        Season.template(2025, SeasonKind.MAIN_WET)]
        for season in self.seasons:
            self.project.seasons.add(season)
        self.session = open_session(self.project)  # in UTM, default edit settings
        self.layer, self.stack = self.session.layer, self.session.stack
        self.editor = self.session.editor

    def plan(self, plot_key: str, season: int) -> None:
        self.project.plans.add(PlotSeasonPlan(plot_id=self.ids[plot_key],
                                              season_id=self.seasons[season].id,
                                              crops=("rice",)))

    def wkb(self) -> dict[int, bytes]:
        raw = sqlite3.connect(self.project.path)
        try:
            return dict(raw.execute("SELECT fid, geom FROM plots"))
        finally:
            raw.close()

    def count(self, table: str) -> int:
        raw = sqlite3.connect(self.project.path)
        try:
            return raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            raw.close()

    def area(self, plot_id: int) -> float:
        return float(self.layer.table.areas_ha[self.layer.index_of(plot_id)])


@pytest.fixture
def world(tmp_path: Path, open_session) -> World:
    return World(tmp_path, open_session)


def test_drawn_square_gives_its_area_in_hectares(world: World) -> None:
    prepared = world.editor.prepare(_utm_square(E0, N0 + 300, 50))
    assert prepared.area_ha == pytest.approx(0.25)
    assert prepared.removed_ha == 0 and prepared.warnings == []
    plot_id = world.editor.add_plot(prepared, code="BTB-RM-0008", farmer_id=world.sok.id)
    assert world.area(plot_id) == pytest.approx(0.25, rel=1e-4)
    assert world.project.plots.get(plot_id).farmer_id == world.sok.id


def test_overlapping_draw_is_clipped_and_says_by_whom(world: World) -> None:
    prepared = world.editor.prepare(_utm_square(E0 + 150, N0 + 50, 100))  # over B's corner
    assert prepared.area_ha == pytest.approx(0.75, abs=1e-6)
    assert prepared.removed_ha == pytest.approx(0.25, abs=1e-6)
    assert any("0.25 ha" in w and "BTB-RM-0002" in w for w in prepared.warnings)
    # Clipped shapes are snapped to a 1 mm grid: at most floating-point dust may touch.
    assert prepared.geometry_map.intersection(world.layer.map_geometries()[1]).area < 1e-6


def test_overlaps_are_kept_when_avoiding_them_is_off(world: World) -> None:
    world.editor.settings = EditSettings(avoid_overlaps=False)
    prepared = world.editor.prepare(_utm_square(E0 + 150, N0 + 50, 100))
    assert prepared.area_ha == pytest.approx(1.0)


def test_snaps_onto_a_neighbours_vertex_within_the_pixel_tolerance(world: World) -> None:
    x, y, hit = world.editor.snap(E0 + 203, N0 + 104, units_per_pixel=1.0)
    assert (x, y) == pytest.approx((E0 + 200, N0 + 100))
    assert hit is not None and hit.kind == "vertex" and hit.plot_id == world.ids["2"]
    assert world.editor.snap(E0 + 203, N0 + 104, units_per_pixel=0.1)[2] is None
    world.editor.settings = EditSettings(snapping=False)
    assert world.editor.snap(E0 + 203, N0 + 104, 1.0) == (E0 + 203, N0 + 104, None)


def test_snapper_follows_the_plots_after_an_edit(world: World) -> None:
    world.editor.delete([world.ids["7"]])
    assert world.editor.snap(E0 + 402, N0 + 2, 1.0)[2] is None
    world.editor.undo()
    assert world.editor.snap(E0 + 402, N0 + 2, 1.0)[2] is not None


def test_self_intersecting_shape_is_refused_where_it_crosses(world: World) -> None:
    before = world.wkb()
    bowtie = Polygon([(E0, N0 + 300), (E0 + 100, N0 + 400), (E0 + 100, N0 + 300),
                      (E0, N0 + 400)])
    with pytest.raises(GeometryError) as error:
        world.editor.prepare(bowtie)
    assert error.value.location == pytest.approx((E0 + 50, N0 + 350))
    with pytest.raises(GeometryError):
        world.editor.change_geometry(world.ids["1"], bowtie)
    assert world.wkb() == before and not world.stack.can_undo


def test_tiny_plots_are_refused(world: World) -> None:
    with pytest.raises(GeometryError):
        world.editor.prepare(_utm_square(E0, N0 + 300, 5))  # 25 m2 < 0.01 ha


def test_a_plot_outside_cambodia_gets_a_warning(world: World) -> None:
    far = _utm_square(E0 - 500_000, N0, 100)
    assert any("outside Cambodia" in w for w in world.editor.prepare(far).warnings)


def test_code_and_village_are_proposed_from_the_nearest_plot(world: World) -> None:
    assert world.editor.nearest_village(E0 + 900, N0) == VILLAGE
    assert world.editor.propose_code(E0 + 900, N0) == "BTB-RM-0008"


def test_move_and_undo_returns_the_exact_geometry(world: World) -> None:
    before = world.wkb()
    world.editor.move_plot(world.ids["7"], 30.0, -20.0)
    moved = world.layer.map_geometries()[world.layer.index_of(world.ids["7"])]
    assert moved.bounds == pytest.approx((E0 + 430, N0 - 20, E0 + 530, N0 + 80), abs=1e-3)
    world.editor.undo()
    assert world.wkb() == before
    world.editor.redo()
    assert world.wkb() != before


def test_split_areas_add_up_and_undo_is_exact(world: World) -> None:
    world.plan("1", 0)
    before, plans = world.wkb(), world.count("plot_season_plans")
    line = LineString([(E0 + 30, N0 - 10), (E0 + 30, N0 + 110)])
    kept, new = world.editor.split(world.ids["1"], line, copy_records=True)
    assert kept == world.ids["1"]
    assert world.area(kept) + world.area(new) == pytest.approx(1.0, rel=1e-4)
    assert world.area(kept) == pytest.approx(0.7, rel=1e-3)
    assert world.project.plots.get(new).farmer_id == world.sok.id
    assert world.project.plots.dependents(new)["plans"] == 1
    assert world.stack.undo_text.startswith("Split")
    world.editor.undo()
    assert world.wkb() == before and world.count("plot_season_plans") == plans
    assert new not in world.layer.table.ids


def test_merge_adds_areas_and_keeps_records(world: World) -> None:
    world.plan("1", 0)
    world.plan("2", 0)  # the same season: the kept plot's plan stays
    world.plan("2", 1)
    before = world.wkb()
    kept = world.editor.merge([world.ids["2"], world.ids["1"]])
    assert kept == world.ids["1"]
    assert world.area(kept) == pytest.approx(2.0, rel=1e-4)
    assert world.ids["2"] not in world.layer.table.ids
    assert world.project.plots.dependents(kept)["plans"] == 2
    world.editor.undo()
    assert world.wkb() == before
    assert world.project.plots.dependents(world.ids["2"])["plans"] == 2
    assert world.project.plots.dependents(world.ids["1"])["plans"] == 1


def test_merge_of_different_farmers_is_refused_by_name(world: World) -> None:
    before = world.wkb()
    with pytest.raises(DomainError) as error:
        world.editor.merge([world.ids["2"], world.ids["7"]])
    assert "Sok" in str(error.value) and "Pov" in str(error.value)
    assert world.wkb() == before and not world.stack.can_undo


def test_delete_counts_dependents_and_undo_restores_them(world: World) -> None:
    world.plan("1", 0)
    world.plan("2", 1)
    assert world.editor.dependents([world.ids["1"], world.ids["2"]])["plans"] == 2
    world.editor.delete([world.ids["1"], world.ids["2"]])
    assert world.count("plot_season_plans") == 0 and len(world.layer.table) == 1
    world.editor.undo()
    assert world.count("plot_season_plans") == 2 and len(world.layer.table) == 3


def test_reshape_changes_the_boundary(world: World) -> None:
    stretch = LineString([(E0 + 400, N0 + 50), (E0 + 350, N0 + 50), (E0 + 350, N0 + 80),
                          (E0 + 400, N0 + 80)])
    world.editor.reshape(world.ids["7"], stretch)
    assert world.area(world.ids["7"]) == pytest.approx(1.0 + 0.15, rel=1e-3)


def test_a_plot_drawn_over_a_stored_neighbour_is_clipped_and_saved(tmp_path, open_session):
    """The neighbour comes back from WGS 84 with floating-point noise; the clipped shape
    must still be valid once stored in WGS 84 (it used to come out self-intersecting)."""
    path = tmp_path / "p.gpkg"
    Project.create(path).close()
    with Project.open(path) as project:
        editor = open_session(project, 32648).editor
        editor.add_plot(editor.prepare(box(300000, 1400000, 300100, 1400100)), code="T-1")
        second = editor.prepare(box(300050, 1400000, 300150, 1400100))
        assert abs(second.area_ha - 0.5) < 1e-6 and abs(second.removed_ha - 0.5) < 1e-6
        editor.add_plot(second, code="T-2")
        assert project.plots.count() == 2
