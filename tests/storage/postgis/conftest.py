"""A real PostgreSQL server with PostGIS for the register tests, started once per session
in a temporary folder and stopped at the end, whatever happened.

Each test gets its own database, cloned from a template that ``server init`` set up once
(a clone takes a tenth of a second), so tests never see each other's rows; the server's
fixtures are in pg_fixtures.py. The ``project`` fixture is the register, so GeoPackage
tests imported here run on PostGIS.
When PostgreSQL or PostGIS is missing these tests fail (never skip): CI must run them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from metkasekor_desktop.storage import Project


@pytest.fixture
def project(register_url: str) -> Iterator[Project]:
    """The register, opened as a project (overrides the GeoPackage one here)."""
    p = Project.connect(register_url)
    yield p
    p.close()


