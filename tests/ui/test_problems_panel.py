"""The plot problems panel: one worded row per problem, a click shows the plots."""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtCore import Qt
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.analysis.plot_problems import ProblemKind
from metkasekor_desktop.domain.geometry import METRIC_EPSG
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.storage.plot_table import PlotTable
from metkasekor_desktop.ui.problems_panel import ID_ROLE, ProblemsPanel

X, Y, D = 104.9, 12.9, 0.001  # near Kampong Thom, plots about 110 m wide


def obj(values) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def square(x: float) -> MultiPolygon:
    return MultiPolygon([Polygon([(x, Y), (x + D, Y), (x + D, Y + D), (x, Y + D)])])


def bow_tie(x: float) -> MultiPolygon:
    return MultiPolygon([Polygon([(x, Y), (x + D, Y + D), (x + D, Y), (x, Y + D)])])


def table() -> PlotTable:
    """Plot 11 a bow-tie, 12 a role typed by hand, 13 a good plot."""
    return PlotTable(
        ids=np.array([11, 12, 13], dtype=np.int64),
        codes=obj(["KT-011", "KT-012", "KT-013"]),
        names=obj(["", "", ""]),
        farmer_ids=obj([None, None, None]),
        farmer_names_kh=obj([None, None, None]),
        farmer_names_latin=obj([None, None, None]),
        village_codes=obj([None, None, None]),
        roles=obj(["farmer_field", "Demonstration ", "control"]),
        paired_ids=obj([None, None, None]),
        areas_ha=np.array([0.6, 1.2, 1.2]),
        geometries=obj([bow_tie(X), square(X + 0.01), square(X + 0.02)]),
    )


def texts(panel: ProblemsPanel) -> list[tuple[str, str]]:
    model = panel.model
    return [(model.index(r, 0).data(), model.index(r, 1).data())
            for r in range(model.rowCount())]


def click_row(qtbot, panel: ProblemsPanel, row: int,
              modifier=Qt.KeyboardModifier.NoModifier) -> list:
    rect = panel.view.visualRect(panel.model.index(row, 1))
    with qtbot.waitSignal(panel.show_plots, timeout=2000) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())
    return blocker.args[0]


def test_problems_are_listed_in_words_and_a_click_shows_the_plots(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 300)
    panel.show()
    qtbot.waitExposed(panel)

    problems = panel.show_problems(PlotLayer(table(), METRIC_EPSG))

    assert [(p.plot_id, p.kind, p.detail) for p in problems] == [
        (11, ProblemKind.INVALID_SHAPE, "Self-intersection"),
        (12, ProblemKind.UNKNOWN_ROLE, "Demonstration "),
    ]
    assert texts(panel) == [
        ("KT-011", "Invalid shape: the boundary crosses itself"),
        ("KT-012", 'Unknown role "Demonstration "'),
    ]
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Plot"
    assert [panel.model.index(r, 1).data(ID_ROLE) for r in range(2)] == [11, 12]
    assert "104.9005" in panel.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "2 problems in 2 plots" in panel.summary.text()

    assert click_row(qtbot, panel, 1) == [12]
    assert click_row(qtbot, panel, 0) == [11]
    assert click_row(qtbot, panel, 1, Qt.KeyboardModifier.ControlModifier) == [11, 12]


def test_no_problems_and_clearing(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    good = dataclasses.replace(
        table(), roles=obj(["control", "demonstration", "control"]),
        geometries=obj([square(X), square(X + 0.01), square(X + 0.02)]))
    assert panel.show_problems(PlotLayer(good, METRIC_EPSG)) == []
    assert panel.model.rowCount() == 0
    assert panel.summary.text() == "No problems found in 3 plots."
    panel.show_problems(PlotLayer(table(), METRIC_EPSG))
    panel.clear()
    assert panel.model.rowCount() == 0 and panel.summary.text() == ""
