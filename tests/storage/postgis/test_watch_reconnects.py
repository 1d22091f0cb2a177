"""The window's watcher of other users' edits keeps working across an outage: while the
server is away a poll quietly finds nothing; once it is back the watcher listens again
and reports what changed meanwhile, notices it could not hear included.

The outage is a server of this test's own (the session's shared one is never stopped)."""

from __future__ import annotations

import psycopg
import pytest

from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.postgis.change_watch import WATCHED
from metkasekor_desktop.storage.postgis.local_server import LocalServer

from ..conftest import make_plot


@pytest.fixture
def server(own_server: LocalServer) -> LocalServer:
    return own_server


def _sql(server: LocalServer, sql: str) -> None:
    """Another user's commit, on a connection of its own."""
    with psycopg.connect(server.conninfo("pdaff"), autocommit=True) as con:
        con.execute(sql)


def test_the_watcher_listens_again_after_the_server_was_away(server: LocalServer) -> None:
    with Project.connect(server.url("pdaff")) as project:
        project.plots.add_many([make_plot("W-1", village_code="02070101"),
                                make_plot("W-2", x=103.1, village_code="02070101")])
        table = project.plots.load_table()
        watcher = project.watch_changes()
        try:
            assert watcher.poll(table.ids, table.versions) is None
            server.stop(remove=False)
            try:
                assert watcher.poll(table.ids, table.versions) is None  # no exception
                assert watcher.poll(table.ids, table.versions) is None
                watcher.acknowledge()  # the window's own write refused meanwhile
            finally:
                server.start()
            # Changed while nobody listened: its notice is lost, the versions tell.
            _sql(server, "UPDATE plots SET notes = 'while away' WHERE code = 'W-2'")
            changes = watcher.poll(table.ids, table.versions)
            assert changes is not None
            assert changes.plots_changed == {int(table.ids[1])}
            assert changes.plots_removed == set()
            assert changes.tables == set(WATCHED)  # the panels read everything again
            table = project.plots.load_table()
            assert watcher.poll(table.ids, table.versions) is None  # reported once
            # Listening again: the next commit is noticed by its notice.
            _sql(server, "DELETE FROM plots WHERE code = 'W-1'")
            changes = watcher.poll(table.ids, table.versions)
            assert changes is not None
            assert changes.plots_removed == {int(table.ids[0])}
            assert changes.tables == set()
        finally:
            watcher.close()
