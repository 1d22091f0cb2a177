"""An import written from columns (the bulk path) stores exactly what the per-plot path
stores for the same features: every column of the plots, the farmers made and matched,
the extra attributes (ids and order included), the R-tree and ``gpkg_contents``."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely

from metkasekor_desktop.layers import plot_import as layer_import
from metkasekor_desktop.layers.plot_import import PlotImport
from metkasekor_desktop.storage import Project, row_versions
from metkasekor_desktop.storage.gpkg import bulk as bulk_rows
from metkasekor_desktop.storage.plot_import import (
    ImportColumns,
    write_import,
    write_import_columns,
)

N = 300
FARMERS = ["សុខ ចាន់", "Dara  Sok", "dara sok", "ស្រីពៅ", "", "Chan Thy"]
VILLAGES = ["02070101", "2070102", "", "02070103", "27"]  # 7 digits: padded; "27": refused
ROLES = ["Demo", "control", "", "farmer field", "CA"]


def _file(folder: Path) -> Path:
    """A partner's Shapefile of ``N`` plots with a bit of everything the review handles."""
    i = np.arange(N)
    x = 103.0 + 0.0007 * (i % 40) + 1e-9 * i
    y = 13.0 + 0.0007 * (i // 40)
    shapes = np.asarray(shapely.box(x, y, x + 0.0003 + 1e-7 * (i % 7), y + 0.00031),
                        dtype=object)
    bow = shapely.Polygon([(x[5], y[5]), (x[5] + 3e-4, y[5] + 3e-4), (x[5] + 3e-4, y[5]),
                           (x[5], y[5] + 3e-4), (x[5], y[5])])
    shapes[5] = bow  # invalid: imported as repaired
    shapes[7] = shapely.multipolygons([shapes[7], shapely.box(x[7], y[7] + 4e-4,
                                                              x[7] + 1e-4, y[7] + 5e-4)])
    shapes[9] = shapely.box(x[8] + 1e-4, y[8], x[8] + 2e-4, y[8] + 1e-4)  # overlaps 8
    codes = [f"btb-{k}" if k % 11 else f"BTB-{k}" for k in range(N)]  # normalised
    codes[12] = codes[13] = "BTB-DUP"  # the second is refused
    columns = {
        "PLOT_CODE": codes,
        "FARMER": [FARMERS[k % len(FARMERS)] for k in range(N)],
        "VILL_CODE": [VILLAGES[k % len(VILLAGES)] for k in range(N)],
        "ROLE": [ROLES[k % len(ROLES)] for k in range(N)],
        "SOIL_TYPE": ["Luvisol" if k % 3 else "" for k in range(N)],
        "NOTES": [f"note {k}" if k % 4 == 0 else "" for k in range(N)],
        "SURVEY_ID": [f"S-{k:04d}" if k % 5 else "" for k in range(N)],
        "COOP": ["សហគមន៍" if k % 2 else "" for k in range(N)],
    }
    path = folder / "partner.shp"
    pyogrio.write_dataframe(_frame(columns, shapes), path, driver="ESRI Shapefile",
                            encoding="UTF-8")
    return path


def _frame(columns: dict[str, list[str]], shapes: np.ndarray):
    import geopandas

    return geopandas.GeoDataFrame(columns, geometry=list(shapes), crs="EPSG:4326")


def _dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as raw:
        return {
            "plots": raw.execute("SELECT * FROM plots ORDER BY fid").fetchall(),
            # all but the farmer's edit time, which the farmers' repository stamps itself
            "farmers": [r[:-1] for r in raw.execute("SELECT * FROM farmers ORDER BY id")],
            "extras": raw.execute(
                "SELECT * FROM plot_extra_attributes ORDER BY id").fetchall(),
            "rtree": raw.execute("SELECT * FROM rtree_plots_geom ORDER BY id").fetchall(),
            "contents": raw.execute(
                "SELECT min_x, min_y, max_x, max_y, last_change FROM gpkg_contents "
                "WHERE table_name = 'plots'").fetchall(),
        }


@pytest.fixture
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """One clock for both imports, so that their time columns can be compared."""
    now = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
    monkeypatch.setattr(layer_import, "utc_now", lambda: now)
    monkeypatch.setattr(row_versions, "now", lambda: now)


def _import(folder: Path, source: Path, bulk_from: int) -> tuple[dict, list[str], int]:
    project = Project.create(folder / f"bulk-{bulk_from}.gpkg")
    try:
        job = PlotImport(project, source)
        job.read()
        job.options.repair_invalid = True
        job.run_review()
        job.bulk_from = bulk_from
        result = job.commit()
        job.close()
        with project.engine.connect() as conn:  # the same time of last change in both
            conn.exec_driver_sql("UPDATE gpkg_contents SET last_change = 'x'")
            conn.commit()
    finally:
        project.close()
    return _dump(project.path), result.lines, result.refused


@pytest.mark.parametrize("limit", [None, 40])
def test_the_bulk_path_stores_what_the_per_plot_path_stores(
        tmp_path: Path, fixed_time: None, limit: int | None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``limit``: SQLite binds 40 parameters a statement, so that the plots go in chunks of
    three rows, each made while the one before is written (the usual limit takes 300
    plots at once)."""
    if limit is not None:
        monkeypatch.setattr(bulk_rows, "_variable_limit", lambda conn: limit)
    source = _file(tmp_path)
    per_plot, per_lines, per_refused = _import(tmp_path, source, bulk_from=10**9)
    bulk, bulk_lines, bulk_refused = _import(tmp_path, source, bulk_from=1)
    assert per_refused == bulk_refused == 1 + N // len(VILLAGES)  # the duplicate, the "27"s
    assert bulk_lines == per_lines
    assert len(bulk["plots"]) == N - bulk_refused
    assert len(bulk["farmers"]) == 4  # "Dara  Sok" and "dara sok" are one farmer
    assert {r[2] for r in bulk["extras"]} == {"SURVEY_ID", "COOP"}
    for table in per_plot:
        assert bulk[table] == per_plot[table], table


def test_columns_and_plots_write_the_same_rows(tmp_path: Path, fixed_time: None) -> None:
    """``write_import_columns`` in bulk and ``write_import`` of Plot objects (whose own
    bulk path validates each plot) agree, normalising codes and village codes alike."""
    n = 600
    i = np.arange(n)
    shapes = shapely.multipolygons(shapely.box(104 + 1e-3 * i, 12.0, 104.0005 + 1e-3 * i,
                                               12.0005), indices=i)
    columns = ImportColumns(
        codes=[f"c-{k}" for k in range(n)], geometries=np.asarray(shapes, dtype=object),
        names=[f"Field {k}" for k in range(n)], farmer_names=["Sok"] * n,
        village_codes=["2070101" if k % 2 else None for k in range(n)],
        roles=["control" if k % 3 else "demonstration" for k in range(n)],
        soil_types=[""] * n, notes=[""] * n, extra_names=["A"],
        extra_values=[[str(k) if k % 2 else "" for k in range(n)]],
        created_at=datetime(2025, 1, 1, tzinfo=UTC))
    dumps = []
    for k, write in enumerate((lambda p: write_import_columns(p, columns, bulk_from=1),
                               lambda p: write_import(p, columns.plots(),
                                                      columns.farmer_names,
                                                      columns.extras()))):
        project = Project.create(tmp_path / f"p{k}.gpkg")
        try:
            written = write(project)
            assert len(written.plot_ids) == n and written.extras == n // 2
        finally:
            project.close()
        dumps.append(_dump(project.path))
    bulk, plots = dumps
    assert bulk["plots"][1][2] == "C-1" and bulk["plots"][1][5] == "02070101"
    for table in ("plots", "farmers", "extras", "rtree"):
        assert bulk[table] == plots[table], table


@pytest.mark.parametrize("cells", [
    lambda k: f"line\n\"{k}\" \\ ក" if k % 3 else "",  # text JSON escapes: json_each
    lambda k: f"nul\x00{k}" if k % 3 else "",  # a NUL: the rows' own way
    lambda k: k % 3,  # numbers (0 is no extra): the rows' own way
])
def test_extras_in_bulk_match_the_rows(tmp_path: Path, fixed_time: None, cells) -> None:
    """Extras of two names, written through JSON or as rows, are the per-plot rows."""
    n = 600
    i = np.arange(n)
    shapes = shapely.multipolygons(shapely.box(104 + 1e-3 * i, 12.0, 104.0005 + 1e-3 * i,
                                               12.0005), indices=i)
    columns = ImportColumns(
        codes=[f"C-{k}" for k in range(n)], geometries=np.asarray(shapes, dtype=object),
        names=[""] * n, farmer_names=[""] * n, village_codes=[None] * n,
        roles=["control"] * n, soil_types=[""] * n, notes=[""] * n,
        extra_names=["B", "A"], extra_values=[[cells(k) for k in range(n)],
                                              [str(k) if k % 2 else "" for k in range(n)]],
        created_at=datetime(2025, 1, 1, tzinfo=UTC))
    dumps, counts = [], []
    for k, write in enumerate((lambda p: write_import_columns(p, columns, bulk_from=1),
                               lambda p: write_import(p, columns.plots(),
                                                      columns.farmer_names,
                                                      columns.extras()))):
        project = Project.create(tmp_path / f"p{k}.gpkg")
        try:
            counts.append(write(project).extras)
        finally:
            project.close()
        dumps.append(_dump(project.path))
    assert counts[0] == counts[1] == len(dumps[0]["extras"]) > n // 2
    assert dumps[0]["extras"] == dumps[1]["extras"]


def test_a_refused_chunk_leaves_no_plot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    """A code taken meanwhile in a later chunk of a bulk write: the import is refused by
    its message and the chunks written before it are gone with it."""
    monkeypatch.setattr(bulk_rows, "_variable_limit", lambda conn: 40)
    n = 30
    i = np.arange(n)
    shapes = shapely.multipolygons(shapely.box(104 + 1e-3 * i, 12.0, 104.0005 + 1e-3 * i,
                                               12.0005), indices=i)
    columns = ImportColumns(
        codes=[f"C-{k}" for k in range(n)], geometries=np.asarray(shapes, dtype=object),
        names=[""] * n, farmer_names=[""] * n, village_codes=[None] * n,
        roles=["demonstration"] * n, soil_types=[""] * n, notes=[""] * n,
        extra_names=[], extra_values=[], created_at=datetime(2025, 1, 1, tzinfo=UTC))
    project = Project.create(tmp_path / "p.gpkg")
    try:
        from metkasekor_desktop.domain.plot import Plot

        project.plots.add(Plot(code="C-25", geometry=shapes[0]))
        with pytest.raises(Exception, match="C-25"):
            write_import_columns(project, columns, bulk_from=1)
        assert [p.code for p in project.plots.list()] == ["C-25"]
    finally:
        project.close()
