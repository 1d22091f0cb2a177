"""Shared test set-up: Qt runs without a screen, and fixtures every test package can use."""

from __future__ import annotations

import os

# Before anything imports Qt: tests draw into offscreen surfaces, on a server as on a PC.
# setdefault lets a developer watch the widgets with QT_QPA_PLATFORM=xcb on purpose.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Shared fixtures go below (a tmp_path based ``project_path`` fixture is to come).
# The PostgreSQL server of the shared-register tests, for every package (started only
# by a test that asks for it, once per session).
from tests.storage.postgis.pg_fixtures import (  # noqa: E402, F401
    empty_db,
    pg_server,
    postgis_template,
    register_db,
    register_template,
    register_url,
)
