"""The real PostgreSQL server with PostGIS the register tests use (and the command and
window tests of a register): started once per session in a temporary folder, stopped at
the end whatever happened. The fixtures are made available to every test package by
tests/conftest.py.

Each test gets its own database, cloned from a template that ``server init`` set up once
(a clone takes a tenth of a second), so tests never see each other's rows. When
PostgreSQL or PostGIS is missing these tests fail (never skip): CI must run them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from metkasekor_desktop.storage.postgis.local_server import LocalServer, MissingServer
from metkasekor_desktop.storage.postgis.register import initialise

TEMPLATE = "mk_register_template"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[LocalServer]:
    try:
        server = LocalServer()
    except MissingServer as error:
        pytest.fail(str(error), pytrace=False)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def register_template(pg_server: LocalServer) -> str:
    """A database holding an initialised register, cloned for each test."""
    pg_server.execute(f"CREATE DATABASE {TEMPLATE}")
    outcome, _before, _name = initialise(pg_server.url(TEMPLATE))
    assert outcome == "created"
    return TEMPLATE


@pytest.fixture(scope="session")
def postgis_template(pg_server: LocalServer) -> str:
    """An empty database with the PostGIS extension, cloned for init tests."""
    pg_server.execute("CREATE DATABASE mk_postgis_template")
    pg_server.execute("CREATE EXTENSION postgis", "mk_postgis_template")
    return "mk_postgis_template"


def _fresh(pg_server: LocalServer, template: str) -> Iterator[str]:
    name = f"mk_test_{next(_numbers)}"
    pg_server.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        yield name
    finally:
        pg_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def register_db(pg_server: LocalServer, register_template: str) -> Iterator[str]:
    """The name of a fresh database holding an initialised, empty register."""
    yield from _fresh(pg_server, register_template)


@pytest.fixture
def empty_db(pg_server: LocalServer, postgis_template: str) -> Iterator[str]:
    """The name of a fresh database with PostGIS and nothing else."""
    yield from _fresh(pg_server, postgis_template)


@pytest.fixture
def register_url(pg_server: LocalServer, register_db: str) -> str:
    return pg_server.url(register_db)


@pytest.fixture
def own_server() -> Iterator[LocalServer]:
    """A server of this test's own, holding a register in the database ``pdaff``,
    that the test may stop and start again (the session's shared one is never
    stopped); stopped and removed at the end."""
    own = LocalServer()
    try:
        own.start()
        own.execute("CREATE DATABASE pdaff")
        initialise(own.url("pdaff"))
        yield own
    finally:
        own.stop()  # stops it if it runs, and removes its folder

