"""Each storage test gets a fresh project in its own temporary folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.storage import Project


def square(x: float, y: float, size: float = 0.001) -> MultiPolygon:
    """A small square plot near (x, y) in Cambodia, in degrees."""
    return MultiPolygon([box(x, y, x + size, y + size)])


def make_plot(code: str, x: float = 103.0, y: float = 13.0, **kw: object) -> Plot:
    return Plot(code=code, geometry=square(x, y), **kw)  # type: ignore[arg-type]


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    """GDAL's GeoPackage validator, strict: warnings count as failures."""
    return subprocess.run(
        [sys.executable, "-m", "osgeo_utils.samples.validate_gpkg", "--extra",
         "--warning-as-error", str(path)],
        capture_output=True, text=True, check=False,
    )


@pytest.fixture
def project(tmp_path: Path):
    p = Project.create(tmp_path / "project.gpkg")
    yield p
    p.close()


@pytest.fixture
def farmer(project: Project) -> Farmer:
    f = Farmer(name_kh="សុខ ចាន់ថា", name_latin="Sok Chantha", village_code="02070101")
    project.farmers.add(f)
    return f
