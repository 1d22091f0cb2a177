"""Changes other users make to a shared register, from PostgreSQL's notices.

Every register table has a statement trigger that sends ``NOTIFY mk_changes, '<table>'``
(delivered at commit, once per table and transaction). The watcher listens on a
connection of its own: a poll with no notice costs one round trip and reads nothing;
only when plots changed are their row versions compared with those the window shows.

The server may go away (a restart, the network) while a window is open. The listening
connection then stays dead, and notices sent while nobody listened are lost for good:
so a poll that finds it dead connects again (quietly: the window's timer polls, and an
unreachable server is the window's guard's to report), and the first poll after
reconnecting reports every watched table and every plot whose version differs, as the
GeoPackage watcher does when it cannot tell what changed.
"""

from __future__ import annotations

import time

import numpy as np
import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from metkasekor_desktop.storage.backend import ExternalChanges, compare_plot_versions
from metkasekor_desktop.storage.postgis.ddl import CHANGES_CHANNEL
from metkasekor_desktop.storage.row_versions import VERSIONED

# Tables whose changes the panels show, besides the plots (as for a GeoPackage).
WATCHED = frozenset(t for t in VERSIONED if t != "plots") | {
    "plan_practices", "trial_members", "trial_seasons", "event_plots",
    "plot_extra_attributes", "plot_raster_stats"}
# A reconnect runs on the window's timer: libpq's shortest wait for a server that does
# not answer (a refused connection or a missing socket fails at once).
RECONNECT_TIMEOUT_S = 2
# After a reconnect that waited, the next one waits this many times as long first, so
# an unanswering network does not freeze the window at every poll.
SLOW_RETRY_FACTOR = 5.0
SLOW_RETRY_MAX_S = 30.0


class ServerChangeWatch:
    """One listening connection that notices commits made by anyone else."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._pending: set[str] = set()
        self._missed = False  # notices may have been lost: read everything once
        self._retry_at = 0.0  # monotonic time before which no reconnect is tried
        self._con: psycopg.Connection | None = self._connect(timeout=None)

    def _connect(self, timeout: int | None) -> psycopg.Connection:
        """A listening connection (raises psycopg.Error when the server is away)."""
        conninfo = self._conninfo
        if timeout is not None and "connect_timeout" not in conninfo_to_dict(conninfo):
            conninfo = make_conninfo(conninfo, connect_timeout=timeout)
        con = psycopg.connect(conninfo, autocommit=True,
                              application_name="metkasekor-desktop watch")
        try:
            con.add_notify_handler(lambda notice: self._pending.add(notice.payload))
            con.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg.Error:
            con.close()
            raise
        return con

    def _reconnect(self) -> bool:
        """Listen again on a new connection; False (quietly) while the server is away."""
        now = time.monotonic()
        if now < self._retry_at:
            return False
        try:
            self._con = self._connect(timeout=RECONNECT_TIMEOUT_S)
        except psycopg.Error:
            waited = time.monotonic() - now
            self._retry_at = time.monotonic() + min(SLOW_RETRY_MAX_S,
                                                    waited * SLOW_RETRY_FACTOR)
            return False
        self._retry_at = 0.0
        self._missed = True
        return True

    def _drop(self) -> None:
        if self._con is not None:
            try:
                self._con.close()
            except psycopg.Error:
                pass
            self._con = None

    def _collect(self) -> bool:
        """Take in the notices that arrived (they come with any exchange), connecting
        again when the listening connection died; False when the server cannot be
        reached (look again at the next poll)."""
        if self._con is not None:
            try:
                self._con.execute("SELECT 1")
                return True
            except psycopg.Error:
                if not (self._con.broken or self._con.closed):
                    return False  # a refusal on a live connection: not an outage
                self._drop()
        return self._reconnect()

    def acknowledge(self) -> None:
        """Our own writes are shown already: look for others' from here on (notices
        missed while the server was away stay owed)."""
        self._collect()
        self._pending.clear()

    def poll(self, ids: np.ndarray, versions: np.ndarray) -> ExternalChanges | None:
        """What changed since the last poll compared with the plots shown (``ids`` and
        their ``versions``); None when nobody committed anything, or while the server
        cannot be reached. After a reconnect: every watched table, and the plots whose
        versions differ (one indexed scan without geometries, as for a plots notice)."""
        if not self._collect() or not (self._pending or self._missed):
            return None
        missed = self._missed
        tables, self._pending = self._pending, set()
        changes = ExternalChanges(tables=set(WATCHED) if missed else tables & WATCHED)
        if (missed or "plots" in tables) and self._con is not None:
            try:
                rows = self._con.execute("SELECT fid, mk_version FROM plots").fetchall()
            except psycopg.Error:
                self._pending |= tables
                return None
            changes.plots_changed, changes.plots_removed = compare_plot_versions(
                np.array(rows, dtype=np.int64), ids, versions)
        self._missed = False
        return changes if changes else None

    def close(self) -> None:
        self._drop()
