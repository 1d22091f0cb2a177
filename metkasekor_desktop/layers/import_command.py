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

from metkasekor_desktop.layers.edit_commands import EditCommand, EditContext, translate
from metkasekor_desktop.storage import Transaction
from metkasekor_desktop.storage.plot_snapshot import PlotSnapshot, restore_plots, snapshot_plots

_CHUNK = 5000  # ids per statement: SQLite binds 32,766 parameters at most


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

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        """Redo: the farmers first (plots refer to them), then the plots and their rows."""
        if self.farmer_rows:
            ctx.project.farmers.restore_rows(conn, self.farmer_columns, self.farmer_rows)
        if self.snapshot is not None:
            restore_plots(conn, self.snapshot)

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        self.snapshot = snapshot_plots(conn, self.ids)
        farmers = ctx.project.farmers
        columns, self.farmer_rows = farmers.snapshot_rows(conn, self.farmer_ids, _CHUNK)
        self.farmer_columns = columns or self.farmer_columns
        # The plots' records are kept in the snapshot and deleted with them.
        ctx.project.plots.delete_rows(conn, self.ids, _CHUNK)
        farmers.delete_rows(conn, self.farmer_ids, _CHUNK)

    def affected(self) -> set[int]:
        return set(self.ids)
