"""The server goes away mid-edit: the edit is refused with a clear message, nothing is
half-written, and the same open register works again by itself when the server is back.

The outage is a server of this test's own (the session's shared one is never stopped)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import ServerUnreachableError, WriteError
from metkasekor_desktop.storage.postgis.local_server import LocalServer

from ..conftest import make_plot


@pytest.fixture
def server(own_server: LocalServer) -> LocalServer:
    return own_server


def test_an_edit_while_the_server_is_away_is_refused_and_works_once_it_is_back(
        server: LocalServer) -> None:
    with Project.connect(server.url("pdaff")) as project:
        project.plots.add(make_plot("B-1", village_code="02070101", notes="before"))
        plot = project.plots.by_code("B-1")
        server.stop(remove=False)
        try:
            plot.notes = "while away"
            with pytest.raises(ServerUnreachableError) as refused:
                project.plots.update(plot)
            error = refused.value
            assert isinstance(error, WriteError) and error.reason == "offline"
            assert error.params["host"] == str(server.socket_dir)
            assert error.params["writing"] is True
            assert "cannot be reached" in str(error) and "Nothing was written" in str(error)
            assert "pdaff on" in str(error)  # which register
            with pytest.raises(ServerUnreachableError, match="could not be read"):
                project.plots.by_code("B-1")
        finally:
            server.start()
        # The same open project, without reopening: nothing of the refused edit was
        # stored, and the edit made again goes through.
        stored = project.plots.by_code("B-1")
        assert stored.notes == "before" and stored.version == plot.version
        project.plots.update(plot)
        assert project.plots.by_code("B-1").notes == "while away"


def test_a_connection_cut_mid_transaction_leaves_nothing_half_written(
        pg_server: LocalServer, register_db: str, register_url: str) -> None:
    with Project.connect(register_url) as project:
        with pytest.raises(ServerUnreachableError, match="Nothing was written"), \
                project.transaction() as conn:
            project.plots.add(make_plot("B-1", village_code="02070101"), conn=conn)
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
            # The server ends this connection, as it does when it shuts down.
            with psycopg.connect(pg_server.conninfo(register_db), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            project.plots.add(make_plot("B-2", village_code="02070101"), conn=conn)
        assert project.plots.count() == 0  # the first plot went with the transaction
        project.plots.add(make_plot("B-3", village_code="02070101"))
        assert [p.code for p in project.plots.list()] == ["B-3"]
