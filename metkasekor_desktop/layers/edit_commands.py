"""Edit commands: each change of plots as a small object with do and undo.

Every ``do``/``undo`` runs in ONE project transaction that is committed at once (a crash
loses nothing completed), then reloads only the affected rows into the plot layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from shapely.geometry.base import BaseGeometry

from metkasekor_desktop.domain.changes import ChangeSet
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.storage import Transaction
from metkasekor_desktop.storage.errors import NotFoundError
from metkasekor_desktop.storage.plot_snapshot import (
    MovedRecord,
    PlotSnapshot,
    copy_plans,
    move_plot_records,
    remove_copied_plans,
    restore_plots,
    return_plot_records,
    snapshot_plots,
)
from metkasekor_desktop.storage.plot_table import update_rows

if TYPE_CHECKING:
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.storage.project import Project

# Plot fields ChangeAttributes may set (geometry has its own command).
ATTRIBUTE_FIELDS = ("code", "name", "farmer_id", "village_code", "role", "paired_plot_id",
                    "soil_type", "notes")


# Kinds of records that belong to plots: a deletion or a merge takes or moves them.
PLOT_RECORD_KINDS = ("plans", "soil_samples", "yields", "trials", "events")
# Plot fields no style or label draws: editing them redraws nothing.
QUIET_FIELDS = frozenset({"notes", "soil_type"})

# From this many changed plots the layer reads the whole table rather than the rows
# (which are bound as parameters, of which SQLite allows 32,766).
FULL_RELOAD = 5000

# Command texts are shown in Edit history and the Undo menu: in Khmer too.
translate = QCoreApplication.translate


@dataclass
class EditContext:
    """What commands act on: the project (storage) and the layer that shows it."""

    project: Project
    layer: PlotLayer
    map_epsg: int
    # (table, id) -> the version our own last write left. Undo and redo expect these:
    # a record changed by anyone else since is refused, never overwritten, while the
    # steps of this window's own history follow one another freely.
    versions: dict[tuple[str, int], int] = field(default_factory=dict)

    def note_versions(self, table: str, ids: Iterable[int],
                      stored: dict[int, int]) -> None:
        for i in ids:
            key = (table, int(i))
            if int(i) in stored:
                self.versions[key] = stored[int(i)]
            else:
                self.versions.pop(key, None)

    def shown(self, plot_ids: Iterable[int]) -> set[int]:
        """Which of ``plot_ids`` the layer shows now (none without a layer)."""
        if self.layer is None:
            return set()
        return {int(i) for i in self.layer.table.ids[self.layer.rows_of(
            np.fromiter((int(i) for i in plot_ids), dtype=np.int64))]}

    def refresh(self, plot_ids: Iterable[int], added: Iterable[int] = ()) -> None:
        """Read the rows of ``plot_ids`` again (deleted ones leave the layer). Plots
        that only changed are patched in place; ``added`` ones (a split's other half, a
        merge, an undone deletion) carry plans and events whose colours are read."""
        ids = {int(i) for i in plot_ids}
        if not ids or self.layer is None:
            return
        if len(ids) > FULL_RELOAD:  # an import or its undo: read the whole table once
            self.layer.set_table(self.project.plots.load_table())
        else:
            rows = self.project.plots.load_rows(ids)
            if len(rows) != len(ids) or not self.layer.replace_rows(rows):
                self.layer.set_table(update_rows(self.layer.table, rows, removed_ids=ids))
        new = {int(i) for i in added} & ids
        if new:
            from metkasekor_desktop.layers.plot_styling import refresh_style

            refresh_style(self.layer, self.project, new)


class EditCommand:
    """Base: subclasses implement ``apply``/``revert`` inside the caller's transaction and
    name the plots they touch in ``affected``.

    No edit overwrites another: before a do, undo or redo writes, the plots it touches
    must still be at the versions this command last saw (on the first do, the versions
    the view read, given as ``expected``; afterwards, the ones its own write left). A
    plot changed by someone else in between makes it raise ConflictError and write
    nothing, so the undo stack stays true.
    """

    text: str = ""
    merge_key: Any = None
    expected: dict[int, int] | None = None  # plot id -> version the view read
    _done_once = False
    last_changes: ChangeSet | None = None  # what the last do or undo changed

    def do(self, ctx: EditContext) -> None:
        self._write(ctx, self.apply)
        self._done_once = True

    def undo(self, ctx: EditContext) -> None:
        self._write(ctx, self.revert)

    def _write(self, ctx: EditContext, step: Any) -> None:
        with ctx.project.transaction() as conn:
            self._check(ctx, conn)
            shown_before = ctx.shown(self.affected())
            step(ctx, conn)
            touched = self.affected()
            stored = ctx.project.plots.stored_versions(conn, touched)
            ctx.note_versions("plots", touched, stored)
        added = set(stored) - shown_before
        ctx.refresh(touched, added)
        self.last_changes = ChangeSet.of_plots(
            added=added, changed=set(stored) & shown_before, removed=touched - set(stored),
            kinds=self.record_kinds(), seasons=self.seasons_touched(), style=self.draws())

    def record_kinds(self) -> set[str]:
        """Kinds of records (besides plots) this command writes."""
        return set()

    def seasons_touched(self) -> set[int]:
        """Seasons whose plans or records this command writes."""
        return set()

    def draws(self) -> bool:
        """Whether the change may alter what the map draws (not a note)."""
        return True

    def _expectations(self, ctx: EditContext) -> dict[int, int]:
        if not self._done_once and self.expected:
            return dict(self.expected)
        own = ctx.versions
        return {i: own[("plots", i)] for i in self.affected() if ("plots", i) in own}

    def _check(self, ctx: EditContext, conn: Transaction) -> None:
        expected = self._expectations(ctx)
        if not expected:
            return
        plots = ctx.project.plots
        stored = plots.stored_versions(conn, expected)
        for plot_id, version in sorted(expected.items()):
            if stored.get(plot_id) != version:
                raise plots.conflict(conn, plot_id, mine=self.mine(), read=self.read_values())

    def mine(self) -> dict[str, Any]:
        """The values this command writes (shown beside the stored ones in a conflict)."""
        return {}

    def read_values(self) -> dict[str, Any]:
        """The values the view showed when the officer made this edit."""
        return {}

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        raise NotImplementedError

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        raise NotImplementedError

    def affected(self) -> set[int]:
        return set()

    def merge(self, other: EditCommand) -> bool:
        """Absorb ``other`` (already done) into this command; False when it cannot."""
        return False

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.text!r})"


class AddPlot(EditCommand):
    """A new plot; undo deletes it, redo adds it again with the same id."""

    def __init__(self, plot: Plot) -> None:
        self.plot = plot
        self.text = translate("EditCommand", "Add plot {code}").format(code=plot.code)

    @property
    def plot_id(self) -> int | None:
        return self.plot.id

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        ctx.project.plots.add(self.plot, conn=conn)

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        if self.plot.id is not None:
            ctx.project.plots.delete(self.plot.id, conn=conn)

    def affected(self) -> set[int]:
        return set() if self.plot.id is None else {self.plot.id}


class DeletePlots(EditCommand):
    """Delete plots with every record that goes with them; undo restores it all."""

    def __init__(self, ids: Iterable[int], expected: dict[int, int] | None = None) -> None:
        self.ids = tuple(sorted({int(i) for i in ids}))
        self.expected = dict(expected) if expected else None
        self.snapshot: PlotSnapshot | None = None
        self.back: set[int] = set()  # put back by this window outside the stack
        self.text = (translate("EditCommand", "Delete plot") if len(self.ids) == 1
                     else translate("EditCommand", "Delete {n} plots").format(n=len(self.ids)))

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        snapshot = snapshot_plots(conn, self.ids)
        missing = set(self.ids) - {r["fid"] for r in snapshot.rows["plots"]}
        if missing:
            raise NotFoundError(msg("No plot with id {plot_id}; it may have been deleted.",
                                    plot_id=min(missing)))
        for plot_id in self.ids:
            ctx.project.plots.delete(plot_id, conn=conn)
        self.snapshot = snapshot
        self.back = set()

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        """Put the plots back but those this window restored from the register's history
        meanwhile (``back``: the restore did this undo's work for them). A plot back by
        any other way (another user's restore, another program) would be written twice,
        over a version this window never saw: a conflict, and nothing is written."""
        if self.snapshot is None:
            return
        present = set(ctx.project.plots.stored_versions(conn, self.ids))
        others = present - self.back
        if others:
            plot_id = min(others)
            row = next(r for r in self.snapshot.rows["plots"] if r["fid"] == plot_id)
            raise ctx.project.plots.conflict(
                conn, plot_id, mine={k: row.get(k) for k in ("code", "name")})
        restore_plots(conn, self.snapshot.without(present))

    def affected(self) -> set[int]:
        partners = set(self.snapshot.paired_from) if self.snapshot else set()
        return set(self.ids) | partners

    def record_kinds(self) -> set[str]:
        return set(PLOT_RECORD_KINDS)


def note_restored(commands: Sequence[object], ctx: EditContext, plot_id: int,
                  version: int | None) -> None:
    """A plot this window deleted was put back outside the undo stack (Restore deleted
    plots…), at ``version``: the delete steps done (``commands``) count it as back, so
    their undo writes the others only and the step is not stuck on rows that exist;
    earlier steps check the restored version, as after an undo of the delete."""
    for command in commands:
        if isinstance(command, DeletePlots) and int(plot_id) in command.ids:
            command.back.add(int(plot_id))
    if version is not None:
        ctx.note_versions("plots", [int(plot_id)], {int(plot_id): int(version)})


class ChangeGeometry(EditCommand):
    """A new boundary (WGS 84) for one plot; undo puts back the stored one byte for byte."""

    def __init__(self, plot_id: int, new_geom_wgs84: BaseGeometry, text: str = "",
                 expected_version: int | None = None) -> None:
        self.plot_id = int(plot_id)
        self.new_geom = new_geom_wgs84
        if expected_version is not None:
            self.expected = {self.plot_id: int(expected_version)}
        self.old: dict[str, Any] | None = None
        self.text = text or translate("EditCommand", "Change plot shape")
        self.merge_key = ("geometry", self.plot_id)

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        old = self.old
        if old is None:
            old = ctx.project.plots.stored_shape(self.plot_id, conn)
            if old is None:
                raise NotFoundError(msg("No plot with id {plot_id}; it may have been deleted.",
                                        plot_id=self.plot_id))
        ctx.project.plots.update_geometry(self.plot_id, self.new_geom, conn=conn)
        self.old = old

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        if self.old is None:
            return
        ctx.project.plots.restore_shape(self.plot_id, self.old, conn)

    def mine(self) -> dict[str, Any]:
        return {"geom": "(new shape)"}

    def affected(self) -> set[int]:
        return {self.plot_id}

    def merge(self, other: EditCommand) -> bool:
        if isinstance(other, ChangeGeometry) and other.plot_id == self.plot_id:
            self.new_geom = other.new_geom
            return True
        return False


class ChangeAttributes(EditCommand):
    """New values for some fields of one plot (code, farmer, role, village...)."""

    def __init__(self, plot_id: int, changes: dict[str, Any], text: str = "",
                 expected_version: int | None = None,
                 read: dict[str, Any] | None = None) -> None:
        unknown = set(changes) - set(ATTRIBUTE_FIELDS)
        if unknown:
            name = sorted(unknown)[0]
            raise ValidationError(name, msg(
                "The plot field {name!r} cannot be changed here; only {fields}.",
                name=name, fields=", ".join(ATTRIBUTE_FIELDS)))
        self.plot_id = int(plot_id)
        self.changes = dict(changes)
        self.old: dict[str, Any] | None = None
        self.old_modified: Any = None
        self.read = dict(read or {})
        if expected_version is not None:
            self.expected = {self.plot_id: int(expected_version)}
        self.text = text or translate("EditCommand", "Change plot details")

    def mine(self) -> dict[str, Any]:
        return {k: (str(v) if k == "role" and v is not None else v)
                for k, v in self.changes.items()}

    def read_values(self) -> dict[str, Any]:
        return {k: (str(v) if k == "role" and v is not None else v)
                for k, v in self.read.items()}

    def _set(self, ctx: EditContext, conn: Transaction, values: dict[str, Any]) -> None:
        plot = ctx.project.plots.get(self.plot_id, conn=conn)
        if plot is None:
            raise NotFoundError(msg("No plot with id {plot_id}; it may have been deleted.",
                                    plot_id=self.plot_id))
        for name, value in values.items():
            setattr(plot, name, value)
        ctx.project.plots.update(plot, conn=conn)

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        plot = ctx.project.plots.get(self.plot_id, conn=conn)
        if plot is None:
            raise NotFoundError(msg("No plot with id {plot_id}; it may have been deleted.",
                                    plot_id=self.plot_id))
        old = {name: getattr(plot, name) for name in self.changes}
        modified = ctx.project.plots.stored_modified_at(self.plot_id, conn)
        self._set(ctx, conn, self.changes)
        if self.old is None:
            self.old, self.old_modified = old, modified

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        if self.old is None:
            return
        self._set(ctx, conn, self.old)
        ctx.project.plots.restore_modified_at(self.plot_id, self.old_modified, conn)

    def draws(self) -> bool:
        return not set(self.changes) <= QUIET_FIELDS

    def affected(self) -> set[int]:
        ids = {self.plot_id}
        for values in (self.changes, self.old or {}):
            partner = values.get("paired_plot_id")
            if partner is not None:
                ids.add(int(partner))
        return ids


class CopyPlans(EditCommand):
    """Duplicate the season plans of one plot onto another (a split keeping records)."""

    def __init__(self, source_id: int, target: AddPlot | int) -> None:
        self.source_id = int(source_id)
        self.target = target
        self.text = translate("EditCommand", "Copy plans")

    def _target_id(self) -> int:
        target = self.target
        plot_id = target.plot_id if isinstance(target, AddPlot) else target
        if plot_id is None:
            raise NotFoundError(msg("The plot to copy the plans to has not been added yet."))
        return int(plot_id)

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        copy_plans(conn, self.source_id, self._target_id())

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        remove_copied_plans(conn, self._target_id())

    def affected(self) -> set[int]:
        return set()

    def record_kinds(self) -> set[str]:
        return {"plans"}


class ReassignRecords(EditCommand):
    """Move the records of some plots to another (a merge), where that makes no
    duplicate: a season plan, trial membership or event entry the kept plot already has
    stays with its plot (and goes if that plot is deleted)."""

    def __init__(self, from_ids: Iterable[int], to_id: int) -> None:
        self.from_ids = tuple(int(i) for i in from_ids)
        self.to_id = int(to_id)
        self.moved: list[MovedRecord] = []
        self.text = translate("EditCommand", "Move records")

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        self.moved = move_plot_records(conn, self.from_ids, self.to_id)

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        return_plot_records(conn, self.moved)

    def affected(self) -> set[int]:
        return set()

    def record_kinds(self) -> set[str]:
        return set(PLOT_RECORD_KINDS)


class MacroCommand(EditCommand):
    """Several commands as one undo step, in one transaction (split, merge...)."""

    def __init__(self, text: str, commands: Sequence[EditCommand]) -> None:
        self.text = text
        self.commands = list(commands)
        expected: dict[int, int] = {}
        for command in self.commands:
            expected.update(command.expected or {})
        self.expected = expected or None

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        for command in self.commands:
            command.apply(ctx, conn)

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        for command in reversed(self.commands):
            command.revert(ctx, conn)

    def affected(self) -> set[int]:
        return set().union(*(c.affected() for c in self.commands))

    def record_kinds(self) -> set[str]:
        return set().union(*(c.record_kinds() for c in self.commands))

    def draws(self) -> bool:
        return any(c.draws() for c in self.commands)
