"""Changes other users make to a shared register, from PostgreSQL's notices.

Every register table has a statement trigger that sends ``NOTIFY mk_changes, '<table>'``
(delivered at commit, once per table and transaction). The watcher listens on a
connection of its own: a poll with no notice costs one round trip and reads nothing;
only when plots changed are their row versions compared with those the window shows.
"""

from __future__ import annotations

import numpy as np
import psycopg

from metkasekor_desktop.storage.backend import ExternalChanges, compare_plot_versions
from metkasekor_desktop.storage.postgis.ddl import CHANGES_CHANNEL
from metkasekor_desktop.storage.row_versions import VERSIONED

# Tables whose changes the panels show, besides the plots (as for a GeoPackage).
WATCHED = frozenset(t for t in VERSIONED if t != "plots") | {
    "plan_practices", "trial_members", "trial_seasons", "event_plots",
    "plot_extra_attributes", "plot_raster_stats"}


class ServerChangeWatch:
    """One listening connection that notices commits made by anyone else."""

    def __init__(self, conninfo: str) -> None:
        self._con = psycopg.connect(conninfo, autocommit=True,
                                    application_name="metkasekor-desktop watch")
        self._pending: set[str] = set()
        self._con.add_notify_handler(lambda notice: self._pending.add(notice.payload))
        self._con.execute(f"LISTEN {CHANGES_CHANNEL}")

    def _collect(self) -> bool:
        """Take in the notices that arrived (they come with any exchange); False when
        the server cannot be reached (look again at the next poll)."""
        try:
            self._con.execute("SELECT 1")
        except psycopg.Error:
            return False
        return True

    def acknowledge(self) -> None:
        """Our own writes are shown already: look for others' from here on."""
        self._collect()
        self._pending.clear()

    def poll(self, ids: np.ndarray, versions: np.ndarray) -> ExternalChanges | None:
        """What changed since the last poll compared with the plots shown (``ids`` and
        their ``versions``); None when nobody committed anything."""
        if not self._collect() or not self._pending:
            return None
        tables, self._pending = self._pending, set()
        changes = ExternalChanges(tables=tables & WATCHED)
        if "plots" in tables:
            try:
                rows = self._con.execute("SELECT fid, mk_version FROM plots").fetchall()
            except psycopg.Error:
                self._pending |= tables
                return None
            changes.plots_changed, changes.plots_removed = compare_plot_versions(
                np.array(rows, dtype=np.int64), ids, versions)
        return changes if changes else None

    def close(self) -> None:
        self._con.close()
