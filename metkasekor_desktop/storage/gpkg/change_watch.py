"""Changes other programs make to an open project, found cheaply and incrementally.

SQLite's ``PRAGMA data_version`` on a connection of our own changes whenever any other
connection commits; only then are the plots' row versions compared with those the
window shows (one indexed scan, no geometry) and the other tables' fingerprints read.
The window then re-reads just the plots that changed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from metkasekor_desktop.storage.backend import ExternalChanges, compare_plot_versions
from metkasekor_desktop.storage.row_versions import VERSIONED

# Tables whose changes the panels show, besides the plots.
WATCHED = tuple(t for t in VERSIONED if t != "plots") + (
    "plan_practices", "trial_members", "trial_seasons", "event_plots",
    "plot_extra_attributes", "plot_raster_stats")


class ChangeWatch:
    """One read-only connection that notices commits made by anyone else."""

    def __init__(self, path: Path) -> None:
        self._con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                    isolation_level=None, check_same_thread=False)
        self._con.execute("PRAGMA busy_timeout=200")
        self._seen = self._data_version()
        self._fingerprints = self._read_fingerprints()

    def close(self) -> None:
        self._con.close()

    def _data_version(self) -> int:
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])

    def _read_fingerprints(self) -> dict[str, tuple[object, ...]]:
        out: dict[str, tuple[object, ...]] = {}
        for table in WATCHED:
            versions = "coalesce(sum(mk_version), 0)" if table in VERSIONED else "0"
            try:
                row = self._con.execute(
                    f'SELECT count(*), coalesce(max(rowid), 0), {versions} FROM "{table}"'
                ).fetchone()
            except sqlite3.OperationalError:  # no such table in this file, or busy
                continue
            out[table] = tuple(row)
        return out

    def acknowledge(self) -> None:
        """Our own writes are shown already: look for others' from here on."""
        try:
            self._seen = self._data_version()
            self._fingerprints = self._read_fingerprints()
        except sqlite3.Error:
            pass

    def poll(self, ids: np.ndarray, versions: np.ndarray) -> ExternalChanges | None:
        """What changed since the last poll compared with the plots shown (``ids`` and
        their ``versions``); None when nobody committed anything (one PRAGMA)."""
        try:
            now = self._data_version()
            if now == self._seen:
                return None
            rows = self._con.execute("SELECT fid, mk_version FROM plots").fetchall()
            fingerprints = self._read_fingerprints()
        except sqlite3.Error:  # busy or gone: look again at the next poll
            return None
        self._seen = now
        changes = ExternalChanges()
        changes.plots_changed, changes.plots_removed = compare_plot_versions(
            np.array(rows, dtype=np.int64), ids, versions)
        changes.tables = {t for t, fp in fingerprints.items()
                          if self._fingerprints.get(t) != fp}
        self._fingerprints = fingerprints
        return changes if changes else None
