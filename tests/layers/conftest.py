"""A tiny project of plots with known shapes, for the map-layer tests.

The plots are squares laid out in WGS 84 / UTM 48N near Battambang and stored, as the
project stores them, in WGS 84: a layer that reprojects to UTM must give back the exact
corners and areas drawn here.
"""

from __future__ import annotations

import os

# Before any Qt import: the renderers draw into offscreen images.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import shapely  # noqa: E402
from shapely.geometry import MultiPolygon, Polygon  # noqa: E402

from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform  # noqa: E402
from metkasekor_desktop.storage.plot_table import PlotTable  # noqa: E402

E0, N0 = 300_000.0, 1_420_000.0  # Battambang, in UTM 48N metres


def square(x0: float, y0: float, size: float) -> list[tuple[float, float]]:
    """A closed ring of a square with lower-left corner (x0, y0) in UTM metres."""
    return [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0)]


@dataclass(frozen=True)
class KnownPlots:
    """The fake table plus what the tests know about each plot in UTM metres."""

    table: PlotTable
    utm: np.ndarray  # MultiPolygons in EPSG:32648, in table order
    areas_m2: dict[int, float]
    inside: dict[int, list[tuple[float, float]]]  # points well inside each plot
    hole_centre: tuple[float, float]  # inside plot 103's outer ring, in its hole
    shared_edge_x: float  # plots 101 (left) and 102 (right) share the edge x = this


def obj(values) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def build_known_plots() -> KnownPlots:
    # 101 demonstration and 102 control: 100 m squares sharing the edge x = E0 + 100.
    demo = MultiPolygon([Polygon(square(E0, N0, 100))])
    control = MultiPolygon([Polygon(square(E0 + 100, N0, 100))])
    # 103 farmer field: 200 m square with a 50 m square hole in its middle.
    holed = MultiPolygon([Polygon(square(E0 + 400, N0, 200), [square(E0 + 475, N0 + 75, 50)])])
    # 104 farmer field in two parts of 60 m each, 140 m apart.
    multi = MultiPolygon(
        [
            Polygon(square(E0, N0 + 400, 60)),
            Polygon(square(E0 + 200, N0 + 400, 60)),
        ]
    )
    utm = obj([demo, control, holed, multi])
    wgs84 = transform(utm, METRIC_EPSG, STORAGE_EPSG)
    ids = np.array([101, 102, 103, 104], dtype=np.int64)
    table = PlotTable(
        ids=ids,
        codes=obj(["BB-001", "BB-002", "BB-003", "BB-004"]),
        names=obj(["Demo", "Control", "Field with pond", "Two-part field"]),
        farmer_ids=obj([1, 1, 2, None]),
        farmer_names_kh=obj(["សុខ ចាន់", "សុខ ចាន់", "ស្រី ពៅ", None]),
        farmer_names_latin=obj(["Sok Chan", "Sok Chan", "Srey Pov", None]),
        village_codes=obj(["02010101", "02010101", "02010102", "02010103"]),
        roles=obj(["demonstration", "control", "farmer_field", "farmer_field"]),
        paired_ids=obj([102, 101, None, None]),
        areas_ha=np.array([1.0, 1.0, 3.75, 0.72]),
        geometries=wgs84,
    )
    return KnownPlots(
        table=table,
        utm=utm,
        areas_m2={101: 10_000.0, 102: 10_000.0, 103: 37_500.0, 104: 7_200.0},
        inside={
            101: [(E0 + 50, N0 + 50)],
            102: [(E0 + 150, N0 + 50)],
            103: [(E0 + 425, N0 + 100), (E0 + 500, N0 + 30)],
            104: [(E0 + 30, N0 + 430), (E0 + 230, N0 + 430)],
        },
        hole_centre=(E0 + 500, N0 + 100),
        shared_edge_x=E0 + 100,
    )


@pytest.fixture
def known_plots() -> KnownPlots:
    return build_known_plots()


@pytest.fixture
def plot_table(known_plots: KnownPlots) -> PlotTable:
    return known_plots.table


@pytest.fixture
def plot_layer(known_plots: KnownPlots):
    from metkasekor_desktop.layers.plot_layer import PlotLayer

    return PlotLayer(known_plots.table, METRIC_EPSG)


def utm_coordinates(known: KnownPlots) -> np.ndarray:
    """All vertices of the known plots in UTM, in table and ring order."""
    return shapely.get_coordinates(known.utm)


@pytest.fixture
def ctx(tmp_path):
    """An edit context on a copy of the crash-test demo project and a layer of it."""
    from metkasekor_desktop.layers.edit_commands import EditContext
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.storage import Project
    from tests.storage.crash_editor import make_demo

    project = Project.open(make_demo(tmp_path))
    layer = PlotLayer(project.plots.load_table(), METRIC_EPSG)
    yield EditContext(project, layer, METRIC_EPSG)
    project.close()


@pytest.fixture
def session(tmp_path, open_session):
    """A copy of the crash-test demo project open as a session (layer, stack, editor)."""
    from metkasekor_desktop.storage import Project
    from tests.storage.crash_editor import make_demo

    return open_session(Project.open(make_demo(tmp_path)))
