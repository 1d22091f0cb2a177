"""An import of phone submissions as one step of the undo stack.

:class:`ImportSubmissions` writes the accepted submissions of one file in one
transaction (``SubmissionImport.write``) and copies their photos once it has committed.
Undo, in one transaction, takes everything the import wrote back out: the yields, soil
samples, events and plans it added (each checked against the version the import, or
this window's last step, left), the plans it changed put back as they were (status,
dates, practices, notes), the new plots and the farmers it added for them, and its
``field_submissions`` and ``record_media`` rows, so that the same file can be imported
again. Anything changed by someone else since makes the undo refuse (ConflictError, or
InUseError when another record now refers to a farmer or plot of the import) and change
nothing. The copied photo files are left where they are: they are only files beside the
project, no row names them after the undo, and a new import of the file writes them
again under the same names. Redo writes the same rows again, with the same ids, from
what the undo read before deleting them.

The dialog writes the import in a background task and pushes the command afterwards,
already done (``written``), as the plot import does: its first ``do`` only shows it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from metkasekor_desktop.domain.changes import ChangeSet
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.layers.edit_commands import EditCommand, EditContext, translate
from metkasekor_desktop.layers.record_commands import refresh_map
from metkasekor_desktop.layers.submission_import import (
    SubmissionChanges,
    SubmissionImport,
    SubmissionResult,
    copy_media,
)
from metkasekor_desktop.storage import Transaction
from metkasekor_desktop.storage.plot_snapshot import (
    PLOT_RECORD_TABLES,
    PlotSnapshot,
    restore_plots,
    snapshot_plots,
)
from metkasekor_desktop.storage.repositories.submissions import (
    MediaRow,
    SubmissionRow,
    plans_by_ids,
)

# Records added one by one (plots and farmers are restored as raw rows), children of
# plots: deleted before the plots, added again after them.
_RECORD_KINDS = ("yields", "soil_samples", "events", "plans")
# What the change stream names after a do or undo (farmers only when some were added).
_SHOWN_KINDS = ("plans", "yields", "soil_samples", "events", "plots")


@dataclass
class _Undone:
    """What an undo took out, as it was stored, for the redo to write again."""

    records: dict[str, list[Any]] = field(default_factory=dict)
    changed_plans: list[PlotSeasonPlan] = field(default_factory=list)
    plots: PlotSnapshot | None = None
    farmer_columns: list[str] = field(default_factory=list)
    farmer_rows: list[tuple[Any, ...]] = field(default_factory=list)
    submissions: list[SubmissionRow] = field(default_factory=list)
    media: list[MediaRow] = field(default_factory=list)


class ImportSubmissions(EditCommand):
    """The accepted submissions of one file; see the module docstring.

    ``written``: the result of ``importer.commit()`` when the import was written
    already (in a background task); the first ``do`` then only shows it.
    """

    def __init__(self, importer: SubmissionImport, written: SubmissionResult | None = None,
                 text: str = "") -> None:
        self.importer = importer
        self.result = written
        self._shown_only = written is not None
        self.undone: _Undone | None = None
        # (table, id) -> version after this command's last write (for undo and redo).
        self.versions: dict[tuple[str, int], int] = (
            dict(written.changes.versions) if written is not None else {})
        # The words of Register > Import field submissions, translated there already.
        self.text = text or translate("SubmissionsDialog", "Import field submissions")

    @property
    def changes(self) -> SubmissionChanges:
        return self.result.changes if self.result is not None else SubmissionChanges()

    # -- do, undo ------------------------------------------------------------------------
    def do(self, ctx: EditContext) -> None:
        if self._shown_only:  # written already: show it
            self._shown_only = False
            self._done_once = True
            self._note(ctx)
            plots = set(self.affected())
            ctx.refresh(plots, plots)
            self.last_changes = ChangeSet.of_plots(
                added=plots, kinds=self.record_kinds(), seasons=self.seasons_touched(),
                style=self.draws())
        else:
            super().do(ctx)
            if self.result is not None:
                copy_media(self.result)  # the transaction has committed
        self._refresh(ctx)

    def undo(self, ctx: EditContext) -> None:
        super().undo(ctx)
        self._refresh(ctx)

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        if self.result is None:  # the first do
            self.result = self.importer.write(conn)
            self.versions = dict(self.result.changes.versions)
        elif self.undone is not None:  # a redo
            self._write_again(ctx, conn, self.undone)
            self.undone = None
            self._read_versions(ctx, conn)
        self._note(ctx)

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        changes = self.changes
        p = ctx.project
        undone = _Undone()
        # The records first: children of plots (a new plot's go with it).
        for kind in _RECORD_KINDS:
            ids = changes.added[kind]
            repo = getattr(p, kind)
            if kind == "plans":
                found = plans_by_ids(repo, ids, conn)
                kept = [found[i] for i in ids if i in found]
            else:
                kept = [r for r in (repo.get(i, conn=conn) for i in ids) if r is not None]
            for record_id in ids:
                repo.delete(record_id, conn=conn,
                            expected_version=self._own(ctx, repo.table.name, record_id))
            undone.records[kind] = kept
        # The plans the import changed, back as they were.
        plans = p.plans
        before = {int(pl.id): pl for pl in changes.changed_plans if pl.id is not None}
        now = plans_by_ids(plans, list(before), conn)
        undone.changed_plans = [now[i] for i in before if i in now]
        for plan_id, old in before.items():
            again = copy.deepcopy(old)
            again.version = self._own(ctx, plans.table.name, plan_id)
            plans.update(again, conn=conn)  # refused when changed by someone else
        # The new plots: only with nothing on them but what this import added.
        plot_ids = changes.added["plots"]
        if plot_ids:
            snapshot = snapshot_plots(conn, plot_ids)
            for name, column in PLOT_RECORD_TABLES:
                rows = snapshot.rows.get(name, [])
                if rows:
                    raise p.plots.conflict(conn, int(rows[0][column]))
            if snapshot.paired_from:
                raise p.plots.conflict(conn, min(snapshot.paired_from.values()))
            for plot_id in plot_ids:
                p.plots.delete(plot_id, conn=conn,
                               expected_version=self._own(ctx, "plots", plot_id))
            undone.plots = snapshot
        farmer_ids = changes.added["farmers"]
        if farmer_ids:
            undone.farmer_columns, undone.farmer_rows = p.farmers.snapshot_rows(
                conn, farmer_ids)
            for farmer_id in farmer_ids:  # refused while another plot is theirs now
                p.farmers.delete(farmer_id, conn=conn,
                                 expected_version=self._own(ctx, "farmers", farmer_id))
        # The import forgotten: the same file may be imported again.
        undone.submissions, undone.media = p.submissions.remove(changes.instance_ids, conn)
        self.undone = undone
        self._read_versions(ctx, conn)
        self._note(ctx)

    def _write_again(self, ctx: EditContext, conn: Transaction, undone: _Undone) -> None:
        """Redo: the rows the undo took out, with their ids, farmers and plots first."""
        p = ctx.project
        if undone.farmer_rows:
            p.farmers.restore_rows(conn, undone.farmer_columns, undone.farmer_rows)
        if undone.plots is not None:
            restore_plots(conn, undone.plots)
        for kind in _RECORD_KINDS:
            repo = getattr(p, kind)
            for record in undone.records.get(kind, []):
                repo.add(copy.deepcopy(record), conn=conn, confirmed=True)
        plans = p.plans
        for after in undone.changed_plans:
            again = copy.deepcopy(after)
            again.version = self._own(ctx, plans.table.name, int(after.id))
            plans.update(again, conn=conn, confirmed=True)
        p.submissions.add_many(undone.submissions, conn)
        p.submissions.add_media(undone.media, conn)

    # -- versions ------------------------------------------------------------------------
    def _own(self, ctx: EditContext, table: str, record_id: int) -> int | None:
        """The version this window's last write left on a record (what we expect)."""
        key = (table, int(record_id))
        return ctx.versions.get(key, self.versions.get(key))

    def _read_versions(self, ctx: EditContext, conn: Transaction) -> None:
        """The versions our write left (records gone are forgotten)."""
        changes = self.changes
        p = ctx.project
        changed = [int(pl.id) for pl in changes.changed_plans if pl.id is not None]
        versions: dict[tuple[str, int], int] = {}
        for kind in ("plots", "farmers", *_RECORD_KINDS):
            ids = [*changes.added[kind], *(changed if kind == "plans" else [])]
            if not ids:
                continue
            repo = getattr(p, kind)
            stored = repo.stored_versions(conn, ids)
            for record_id in ids:
                key = (repo.table.name, int(record_id))
                if int(record_id) in stored:
                    versions[key] = int(stored[int(record_id)])
                else:
                    ctx.versions.pop(key, None)
        self.versions = versions

    def _note(self, ctx: EditContext) -> None:
        ctx.versions.update(self.versions)

    # -- what it touches -----------------------------------------------------------------
    def affected(self) -> set[int]:
        return set(self.changes.added["plots"])

    def record_kinds(self) -> set[str]:
        changes = self.changes
        kinds = set(_SHOWN_KINDS)
        if changes.added["farmers"]:
            kinds.add("farmers")
        return kinds

    def seasons_touched(self) -> set[int]:
        return set(self.changes.seasons)

    def _refresh(self, ctx: EditContext) -> None:
        refresh_map(ctx, self.seasons_touched(), stages=bool(self.changes.added["events"]))


__all__ = ["ImportSubmissions"]
