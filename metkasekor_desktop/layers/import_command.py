"""An import on the undo stack: Undo takes the imported plots (and the farmers the import
made) out again, Redo puts the very same rows back.

The import itself is written by :meth:`PlotImport.commit` in a background task (a
province's file takes seconds); the command is pushed afterwards, already done, so that
its first ``do`` only shows the plots. Undo snapshots the rows before deleting them,
as deleting plots does, so that Redo restores them byte for byte with their ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from metkasekor_desktop.layers.edit_commands import EditCommand, EditContext, translate
from metkasekor_desktop.storage import gpkg_container
from metkasekor_desktop.storage.plot_snapshot import PlotSnapshot, restore_plots, snapshot_plots
from metkasekor_desktop.storage.row_versions import delete_plot_records

_CHUNK = 5000  # ids per statement: SQLite binds 32,766 parameters at most


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


class ImportedPlots(EditCommand):
    """The plots (and new farmers) one import wrote; see the module docstring."""

    def __init__(self, plot_ids: Sequence[int], farmer_ids: Sequence[int],
                 source_name: str) -> None:
        self.ids = tuple(sorted(int(i) for i in plot_ids))
        self.farmer_ids = tuple(sorted(int(i) for i in farmer_ids))
        self.snapshot: PlotSnapshot | None = None
        self.farmer_rows: list[tuple[Any, ...]] = []
        self.farmer_columns: list[str] = []
        self._written = True  # pushed after the import wrote the rows
        self.text = translate("EditCommand", "Import {n} plots from {file}").format(
            n=len(self.ids), file=source_name)

    def do(self, ctx: EditContext) -> None:
        if self._written:  # the first do: the rows are in the project already
            self._written = False
            ctx.refresh(self.affected())
            return
        super().do(ctx)

    def apply(self, ctx: EditContext, conn: Connection) -> None:
        """Redo: the farmers first (plots refer to them), then the plots and their rows."""
        if self.farmer_rows:
            names = ", ".join(f'"{c}"' for c in self.farmer_columns)
            marks = ", ".join("?" for _ in self.farmer_columns)
            conn.exec_driver_sql(f"INSERT INTO farmers ({names}) VALUES ({marks})",
                                 self.farmer_rows)
            gpkg_container.touch(conn, "farmers")
        if self.snapshot is not None:
            restore_plots(conn, self.snapshot)

    def revert(self, ctx: EditContext, conn: Connection) -> None:
        self.snapshot = snapshot_plots(conn, self.ids)
        driver = conn.connection.driver_connection
        self.farmer_rows = []
        for chunk in _chunks(self.farmer_ids):
            marks = ", ".join("?" for _ in chunk)
            cursor = driver.execute(f"SELECT * FROM farmers WHERE id IN ({marks})", chunk)
            self.farmer_columns = [d[0] for d in cursor.description]
            self.farmer_rows += cursor.fetchall()
        delete_plot_records(conn, self.ids)  # kept in the snapshot; the file refuses
        for chunk in _chunks(self.ids):  # to delete a plot that still has records
            marks = ", ".join("?" for _ in chunk)
            conn.exec_driver_sql(f"DELETE FROM plots WHERE fid IN ({marks})", tuple(chunk))
        for chunk in _chunks(self.farmer_ids):
            marks = ", ".join("?" for _ in chunk)
            conn.exec_driver_sql(f"DELETE FROM farmers WHERE id IN ({marks})", tuple(chunk))
        gpkg_container.touch(conn, "plots")
        gpkg_container.touch(conn, "farmers")

    def affected(self) -> set[int]:
        return set(self.ids)
