"""A program that is not MetKasekor (QGIS, psql) does not take the register's advisory
write lock, so it may be half-way through changing a plot while we check that plot's
version: our write must wait for it and then be refused, never overwrite its change."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import psycopg
import pytest

from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import ConflictError, ProjectBusyError
from metkasekor_desktop.storage.postgis.backend import WAIT_S
from metkasekor_desktop.storage.postgis.local_server import LocalServer

from ..conftest import make_plot


@pytest.fixture
def register(register_url: str) -> Iterator[Project]:
    with Project.connect(register_url) as project:
        project.plots.add(make_plot("B-1", village_code="02070101", notes="as read"))
        yield project


def _waiting_for_a_lock(con: psycopg.Connection, db: str) -> bool:
    """Whether a MetKasekor connection to ``db`` waits for a lock another holds."""
    return con.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
        "AND application_name = 'metkasekor-desktop' AND wait_event_type = 'Lock'",
        (db,)).fetchone() == (1,)


def test_our_write_waits_for_a_foreign_transaction_and_is_then_refused(
        pg_server: LocalServer, register_db: str, register: Project) -> None:
    plot = register.plots.by_code("B-1")
    read_version = plot.version
    plot.notes = "mine"
    outcome: list[BaseException | None] = []

    def ours() -> None:
        try:
            register.plots.update(plot)
            outcome.append(None)
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    with psycopg.connect(pg_server.conninfo(register_db)) as watcher, \
            psycopg.connect(pg_server.conninfo(register_db)) as foreign:
        watcher.autocommit = True
        # Like QGIS saving an edit: no advisory lock, one UPDATE, committed later.
        foreign.execute("UPDATE plots SET notes = 'theirs' WHERE code = 'B-1'")
        writer = threading.Thread(target=ours)
        writer.start()
        try:
            deadline = time.monotonic() + 10
            while not _waiting_for_a_lock(watcher, register_db):
                assert writer.is_alive(), f"our write did not wait: {outcome}"
                assert time.monotonic() < deadline, "our write never waited for the row"
                time.sleep(0.02)
            assert not outcome  # still waiting while the foreign transaction is open
        finally:
            foreign.commit()
            writer.join(20)
    assert not writer.is_alive()
    (error,) = outcome
    assert isinstance(error, ConflictError), error
    assert error.conflict.editor is None  # another program, not a MetKasekor user
    assert error.conflict.theirs.get("notes") == "theirs"
    stored = register.plots.by_code("B-1")
    assert stored.notes == "theirs"
    assert stored.version == read_version + 1  # their change only; nothing of ours


def test_without_a_foreign_transaction_our_write_goes_through(register: Project) -> None:
    plot = register.plots.by_code("B-1")
    plot.notes = "mine"
    register.plots.update(plot)
    stored = register.plots.by_code("B-1")
    assert stored.notes == "mine" and stored.version == plot.version


def test_a_foreign_commit_before_our_write_is_refused(
        pg_server: LocalServer, register_db: str, register: Project) -> None:
    plot = register.plots.by_code("B-1")
    pg_server.execute("UPDATE plots SET notes = 'theirs' WHERE code = 'B-1'", register_db)
    plot.notes = "mine"
    with pytest.raises(ConflictError, match="B-1"):
        register.plots.update(plot)
    assert register.plots.by_code("B-1").notes == "theirs"


def test_a_row_kept_locked_by_another_program_is_refused_as_busy(
        pg_server: LocalServer, register_db: str, register: Project) -> None:
    """QGIS editing in a transaction may hold a row for as long as its user likes: our
    write waits as long as for another MetKasekor writer, then says busy."""
    plot = register.plots.by_code("B-1")
    plot.notes = "mine"
    register.backend.wait_s = 0.3
    with psycopg.connect(pg_server.conninfo(register_db)) as foreign:
        foreign.execute("UPDATE plots SET notes = 'theirs' WHERE code = 'B-1'")
        with pytest.raises(ProjectBusyError, match="kept a record you are changing locked"):
            register.plots.update(plot)
        foreign.rollback()
    register.backend.wait_s = WAIT_S
    stored = register.plots.by_code("B-1")
    assert stored.notes == "as read" and stored.version == plot.version
    register.plots.update(plot)
    assert register.plots.by_code("B-1").notes == "mine"
