"""The GeoPackage repository tests, run on a register in PostgreSQL/PostGIS: every
entity goes in and comes back out with all its fields there too."""

from ..test_repositories import *  # noqa: F403 - the tests themselves, on this project
