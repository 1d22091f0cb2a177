"""Plot problems: invalid and missing shapes, unknown roles, missing areas, far-away plots."""

from __future__ import annotations

import time

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.analysis.plot_problems import PlotProblem, ProblemKind, find_problems

LON, LAT = 104.9, 12.9  # near Kampong Thom
D = 0.001  # about 110 m


def square(x: float = LON, y: float = LAT, side: float = D) -> MultiPolygon:
    return MultiPolygon([shapely.box(x, y, x + side, y + side)])


def bow_tie(x: float = LON, y: float = LAT) -> MultiPolygon:
    return MultiPolygon([Polygon([(x, y), (x + D, y + D), (x + D, y), (x, y + D)])])


def obj(values) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def find(geoms, roles=None, areas=None, codes=None) -> list[PlotProblem]:
    n = len(geoms)
    ids = np.arange(1, n + 1, dtype=np.int64)
    codes = obj(codes or [f"KT-{i:03d}" for i in ids])
    roles = obj(roles or ["farmer_field"] * n)
    areas = np.ones(n) if areas is None else areas
    return find_problems(ids, codes, obj(geoms), roles, areas)


def test_good_plots_have_no_problems() -> None:
    assert find([square(), square(LON + 0.01)], roles=["demonstration", "control"]) == []
    assert find([]) == []


def test_a_bow_tie_is_an_invalid_shape_where_its_edges_cross() -> None:
    problems = find([square(), bow_tie()])
    assert problems == [PlotProblem(2, "KT-002", ProblemKind.INVALID_SHAPE,
                                    "Self-intersection", pytest.approx((LON + D / 2,
                                                                        LAT + D / 2)))]
    assert problems[0].kind == "invalid_shape"


def test_an_invalid_shape_without_a_place_is_located_on_the_shape() -> None:
    # A ring of too few points: GEOS gives no coordinates for it.
    thin = shapely.from_wkt(f"POLYGON (({LON} {LAT}, {LON + D} {LAT}, {LON} {LAT}))")
    (problem,) = find([thin])
    assert problem.kind == ProblemKind.INVALID_SHAPE
    assert problem.detail and "[" not in problem.detail
    assert problem.location is not None
    x, y = problem.location
    assert LON - D <= x <= LON + D and LAT - D <= y <= LAT + D


def test_no_shape_and_an_empty_shape() -> None:
    problems = find([None, MultiPolygon(), square()])
    assert [(p.plot_id, p.kind, p.detail, p.location) for p in problems] == [
        (1, ProblemKind.EMPTY_SHAPE, "", None),
        (2, ProblemKind.EMPTY_SHAPE, "", None),
    ]


def test_unknown_roles_keep_the_text_as_stored() -> None:
    problems = find([square(), square(), square(), square()],
                    roles=["Demonstration ", "demonstration", None, "orchard"])
    assert [(p.plot_id, p.kind, p.detail) for p in problems] == [
        (1, ProblemKind.UNKNOWN_ROLE, "Demonstration "),
        (3, ProblemKind.UNKNOWN_ROLE, ""),
        (4, ProblemKind.UNKNOWN_ROLE, "orchard"),
    ]
    assert problems[0].location == pytest.approx((LON + D / 2, LAT + D / 2))


@pytest.mark.parametrize("areas", [np.array([1.0, np.nan, 2.0]),
                                   obj([1.0, None, 2.0]), [1.0, None, 2.0]])
def test_a_missing_area(areas) -> None:
    problems = find([square(), square(), square()], areas=areas)
    assert [(p.plot_id, p.kind) for p in problems] == [(2, ProblemKind.MISSING_AREA)]


def test_a_plot_outside_cambodia() -> None:
    problems = find([square(), square(2.35, 48.85), square(107.6, 12.0, side=0.2)])
    assert [(p.plot_id, p.kind) for p in problems] == [
        (2, ProblemKind.OUTSIDE_CAMBODIA), (3, ProblemKind.OUTSIDE_CAMBODIA)]
    assert problems[0].location == pytest.approx((2.35 + D / 2, 48.85 + D / 2))


def test_problems_are_listed_by_plot_then_kind() -> None:
    far_bow_tie = bow_tie(2.35, 48.85)
    problems = find([square(), far_bow_tie, None],
                    roles=["farmer_field", "x", "farmer_field"],
                    areas=obj([1.0, None, None]), codes=["A", None, "C"])
    assert [(p.plot_id, p.code, p.kind) for p in problems] == [
        (2, "", ProblemKind.INVALID_SHAPE),
        (2, "", ProblemKind.OUTSIDE_CAMBODIA),
        (2, "", ProblemKind.UNKNOWN_ROLE),
        (2, "", ProblemKind.MISSING_AREA),
        (3, "C", ProblemKind.EMPTY_SHAPE),
        (3, "C", ProblemKind.MISSING_AREA),
    ]


def test_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        find_problems([1, 2], ["A"], obj([square(), square()]), ["control"] * 2, [1.0, 1.0])


def test_a_province_of_plots_is_checked_in_bulk() -> None:
    n = 100_000
    rng = np.random.default_rng(3)
    x, y = LON + rng.uniform(-1, 1, n), LAT + rng.uniform(-1, 1, n)
    geoms = shapely.multipolygons(shapely.box(x, y, x + D, y + D), indices=np.arange(n))
    geoms[::1000] = [bow_tie(a, b) for a, b in zip(x[::1000], y[::1000], strict=True)]
    roles = np.array(["farmer_field"] * n, dtype=object)
    start = time.perf_counter()
    problems = find_problems(np.arange(n), np.array(["P"] * n, dtype=object), geoms, roles,
                             np.ones(n))
    elapsed = time.perf_counter() - start
    assert len(problems) == n // 1000
    assert {p.kind for p in problems} == {ProblemKind.INVALID_SHAPE}
    assert elapsed < 2.0  # about 0.2 s on a 2-core machine
