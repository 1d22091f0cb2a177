"""A bulk import packs the plots' R-tree at once: the index holds exactly the plots'
envelopes (as float32, rounded outward as SQLite rounds them), is a valid SQLite R-tree
that later edits keep up to date, and the insert triggers set aside meanwhile are back
exactly as the file stored them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
import shapely

from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import DuplicateError
from metkasekor_desktop.storage.gpkg.blob import decode_blobs
from metkasekor_desktop.storage.gpkg.rtree_bulk import rtree_boxes
from metkasekor_desktop.storage.plot_import import BULK_PLOTS, write_import
from tests.storage.conftest import validate


def _plots(n: int, prefix: str, x0: float = 103.0, y0: float = 13.0) -> list[Plot]:
    """``n`` plots on a grid, of sizes that do not fall on float32 values."""
    i = np.arange(n)
    x = x0 + 0.0007 * (i % 300) + 1e-9 * i
    y = y0 + 0.0007 * (i // 300)
    shapes = shapely.multipolygons(shapely.box(x, y, x + 0.0003 + 1e-7 * (i % 7), y + 0.00031),
                                   indices=i)
    return [Plot(code=f"{prefix}-{k}", geometry=g) for k, g in enumerate(shapes)]


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN "
                           "('trigger', 'index', 'table') ORDER BY type, name").fetchall()


def _check_index(path: Path) -> int:
    """The R-tree is valid and holds exactly every plot's envelope; how many plots."""
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT rtreecheck('rtree_plots_geom')").fetchone() == ("ok",)
        plots = raw.execute("SELECT fid, geom FROM plots ORDER BY fid").fetchall()
        entries = np.array(raw.execute("SELECT id, minx, maxx, miny, maxy FROM "
                                       "rtree_plots_geom ORDER BY id").fetchall())
    ids = np.array([fid for fid, _ in plots], dtype=np.int64)
    bounds = shapely.bounds(decode_blobs([g for _, g in plots]))  # minx, miny, maxx, maxy
    assert np.array_equal(entries[:, 0].astype(np.int64), ids)
    boxes = entries[:, 1:]
    # SQLite's own rounding, and within float32 rounding of the shapes' bounds, outward
    assert np.array_equal(boxes, rtree_boxes(bounds).astype(np.float64))
    exact = bounds[:, [0, 2, 1, 3]]
    assert (boxes[:, [0, 2]] <= exact[:, [0, 2]]).all()
    assert (boxes[:, [1, 3]] >= exact[:, [1, 3]]).all()
    np.testing.assert_allclose(boxes, exact, rtol=2.0 ** -22, atol=0)
    return len(ids)


def _sqlite_boxes(bounds: np.ndarray) -> np.ndarray:
    """The boxes SQLite's R-tree itself stores for ``bounds``."""
    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    raw.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)",
                    [(k, b[0], b[2], b[1], b[3]) for k, b in enumerate(bounds.tolist())])
    return np.array(raw.execute("SELECT minx, maxx, miny, maxy FROM r ORDER BY id").fetchall())


def test_boxes_are_rounded_as_sqlite_rounds_them() -> None:
    rng = np.random.default_rng(7)
    lo = rng.uniform(-180, 180, (5000, 2)) * rng.choice([1.0, 1e-30, 1e20], (5000, 2))
    bounds = np.column_stack([lo, lo + rng.uniform(0, 1, (5000, 2))])
    bounds[:10] = [0.0, -1.0, 0.1, 1e-45]  # zero, exact, subnormal float32 corners
    assert np.array_equal(rtree_boxes(bounds).astype(np.float64), _sqlite_boxes(bounds))


def test_a_bulk_import_fills_the_rtree_exactly_and_restores_the_triggers(project: Project):
    before = _schema(project.path)
    n = BULK_PLOTS * 7 + 13  # several levels of nodes, the last ones not full
    written = write_import(project, _plots(n, "A"), [""] * n, [{}] * n)
    assert len(written.plot_ids) == n
    assert _schema(project.path) == before  # triggers and indexes exactly as they were
    assert _check_index(project.path) == n
    # The versions and the extent as the repository writes them.
    with sqlite3.connect(project.path) as raw:
        assert raw.execute("SELECT count(*) FROM plots WHERE mk_version = 1 AND "
                           "mk_edited_by IS NOT NULL AND mk_edited_at IS NOT NULL AND "
                           "area_ha > 0").fetchone() == (n,)
        extent = raw.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                             "WHERE table_name = 'plots'").fetchone()
    shapes = [p.geometry for p in project.plots.list()]
    assert extent == pytest.approx(shapely.total_bounds(shapes).tolist(), abs=0)
    assert validate(project.path).returncode == 0


def test_the_triggers_keep_a_packed_index_true(project: Project):
    n = BULK_PLOTS * 3
    ids = write_import(project, _plots(n, "A"), [""] * n, [{}] * n).plot_ids
    # Fewer new plots than indexed: inserted one by one; then more: packed again with
    # the entries already there.
    write_import(project, _plots(BULK_PLOTS, "B", y0=12.0), [""] * BULK_PLOTS,
                 [{}] * BULK_PLOTS)
    write_import(project, _plots(n * 2, "C", x0=104.0), [""] * (n * 2), [{}] * (n * 2))
    assert _check_index(project.path) == n * 3 + BULK_PLOTS
    for plot_id in ids[::97]:
        project.plots.delete(plot_id)
    moved = project.plots.get(ids[1])
    assert moved is not None
    project.plots.update_geometry(ids[1], shapely.affinity.translate(moved.geometry, 0.5))
    project.plots.add(Plot(code="ONE", geometry=_plots(1, "X", x0=105.0)[0].geometry))
    _check_index(project.path)


def test_a_refused_bulk_import_leaves_index_and_triggers_as_they_were(project: Project):
    n = BULK_PLOTS
    write_import(project, _plots(n, "A"), [""] * n, [{}] * n)
    before = _schema(project.path)
    with sqlite3.connect(project.path) as raw:
        nodes = raw.execute("SELECT * FROM rtree_plots_geom_node ORDER BY nodeno").fetchall()
    again = _plots(n * 2, "B", x0=104.0)
    again[-1].code = "A-3"  # taken
    with pytest.raises(DuplicateError):
        write_import(project, again, [""] * len(again), [{}] * len(again))
    assert _schema(project.path) == before
    with sqlite3.connect(project.path) as raw:
        assert raw.execute("SELECT * FROM rtree_plots_geom_node ORDER BY "
                           "nodeno").fetchall() == nodes
    assert _check_index(project.path) == n


@pytest.mark.parametrize("codes, normal", [
    (["BTB-RM-0001", "A1", "7"], True),
    (["btb-1"], False), ([" A-1"], False), (["A--1"], False), (["A,B"], False),
    (["A-"], False), ([""], False), (["A", 12], False), (["១២"], False), ([], False),
])
def test_codes_already_normal_are_found_at_once(codes: list, normal: bool) -> None:
    from metkasekor_desktop.domain.codes import normalise_plot_code
    from metkasekor_desktop.domain.errors import ValidationError
    from metkasekor_desktop.domain.import_arrays import normal_codes

    assert normal_codes(codes) is normal
    if normal:  # what normalising one by one would say
        assert [normalise_plot_code(c) for c in codes] == codes
    else:
        with pytest.raises((ValidationError, AssertionError)):
            assert codes and [normalise_plot_code(c) for c in codes] == codes
