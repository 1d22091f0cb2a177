"""test_export_data on a register: the same exports read PostGIS, and give the very
values a GeoPackage gives."""

import math
from pathlib import Path

import numpy as np
import shapely

from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.export_data import plots_export_table, related_export_tables

from ..test_export_data import *  # noqa: F403
from ..test_export_data import world


def _plain(table) -> dict:  # noqa: ANN001 - a ColumnTable
    def value(v: object) -> object:
        return "NaN" if isinstance(v, float) and math.isnan(v) else v

    return {k: [value(v) for v in column.tolist()] for k, column in table.columns.items()}


def _tables(project: Project) -> tuple[dict, list, list]:
    season = int(next(s.id for s in project.seasons.all() if s.year == 2024))
    plots = plots_export_table(project, season_id=season)
    geoms = [None if w is None else shapely.from_wkb(w).normalize().wkt
             for w in plots.wkb.tolist()]
    related = related_export_tables(project, np.array(
        [p.id for p in project.plots.all()], dtype=np.int64))
    return _plain(plots), geoms, [(t.name, _plain(t)) for t in related]


def test_a_register_exports_what_a_geopackage_exports(project: Project, tmp_path: Path):
    world.__wrapped__(project)  # the register
    with Project.create(tmp_path / "same.gpkg") as gpkg:
        world.__wrapped__(gpkg)
        expected = _tables(gpkg)
    got = _tables(project)
    assert got[0].keys() == expected[0].keys()
    for key in expected[0]:
        if key in ("created_at", "modified_at"):  # the day of adding: the same here
            continue
        assert got[0][key] == expected[0][key], key
    assert got[1] == expected[1]
    assert got[2] == expected[2]
