"""Commands for register records (farmers, seasons, plans, providers...): do and undo.

They go on the same undo stack as the plot edits: each ``do``/``undo`` is one project
transaction committed at once. Plan changes re-read the plot layer's season attribute
when the map shows a practice, crop or provider style of that season, so the colours
follow.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.layers.edit_commands import EditCommand, EditContext, translate
from metkasekor_desktop.storage import Transaction
from metkasekor_desktop.storage.errors import NotFoundError
from metkasekor_desktop.storage.repositories.base import Repository

# Repository attributes of Project that these commands write.
RECORD_KINDS = ("farmers", "providers", "practices", "seasons", "plans", "events",
                "soil_samples", "yields", "trials")


def repository(ctx: EditContext, kind: str) -> Repository[Any]:
    """The project's repository of ``kind`` (a name of RECORD_KINDS)."""
    if kind not in RECORD_KINDS:
        raise ValueError(msg("Unknown kind of record {kind!r}; expected one of {kinds}.",
                             kind=kind, kinds=", ".join(RECORD_KINDS)))
    return getattr(ctx.project, kind)


def refresh_map(ctx: EditContext, season_ids: Iterable[int] = (),
                stages: bool = False, providers: bool = False) -> None:
    """Re-read what the layer's style shows when these records changed it (``providers``:
    a provider was renamed, added or removed, so a provider legend is made again)."""
    layer = getattr(ctx, "layer", None)
    if layer is None:
        return
    # Imported here: plot styling is only needed once a map shows plots.
    from metkasekor_desktop.layers.plot_styling import SEASON_KINDS, refresh_style

    style = layer.style
    attribute = getattr(style, "attribute", None)
    season = getattr(style, "season_id", None)
    # The style is made again when a plan brings a value it has no colour for, so the
    # map and the legend show the new plan at once.
    if attribute in SEASON_KINDS and season is not None and season in set(season_ids):
        refresh_style(layer, ctx.project)
    elif attribute == "stage" and stages:
        refresh_style(layer, ctx.project)
    elif attribute == "provider" and providers and season is not None:
        refresh_style(layer, ctx.project, remake=True)


class RecordCommand(EditCommand):
    """Base of the record commands: after do and undo the map follows the change."""

    kind = ""

    def do(self, ctx: EditContext) -> None:
        super().do(ctx)
        self._refresh(ctx)

    def undo(self, ctx: EditContext) -> None:
        super().undo(ctx)
        self._refresh(ctx)

    def seasons(self) -> set[int]:
        """Seasons whose plans this command changes (for the map)."""
        return set()

    def record_kinds(self) -> set[str]:
        return {self.kind}

    def seasons_touched(self) -> set[int]:
        return self.seasons()

    def draws(self) -> bool:
        """Plans and events may colour the map (refresh_map does it when a style shows
        them); other records are not drawn."""
        return self.kind in ("plans", "events")

    def _refresh(self, ctx: EditContext) -> None:
        refresh_map(ctx, self.seasons(), stages=self.kind == "events",
                    providers=self.kind == "providers")


def _own_version(ctx: EditContext, repo: Repository[Any], record_id: int | None,
                 fallback: int | None) -> int | None:
    """The version this window's own last write left on a record (what an undo or redo
    expects to find), else ``fallback``."""
    if record_id is None:
        return fallback
    versions = getattr(ctx, "versions", {})
    return versions.get((repo.table.name, int(record_id)), fallback)


def _note(ctx: EditContext, repo: Repository[Any], record_id: int | None,
          version: int | None) -> None:
    versions = getattr(ctx, "versions", None)
    if versions is None or record_id is None:
        return
    if version is None:
        versions.pop((repo.table.name, int(record_id)), None)
    else:
        versions[(repo.table.name, int(record_id))] = int(version)


def _season_of(entity: Any) -> set[int]:
    season = getattr(entity, "season_id", None) if isinstance(entity, PlotSeasonPlan) else None
    return set() if season is None else {int(season)}


class SaveRecord(RecordCommand):
    """Add (``entity.id`` None) or update one record of ``kind``.

    Undo removes the added record or puts the old one back under the same id; redo adds
    it again with the id it had. The command keeps its own copy of ``entity``; the new id
    is ``record_id`` (and is also set on the given entity after the first do).
    """

    def __init__(self, kind: str, entity: Any, text: str = "", *,
                 confirmed: bool = False) -> None:
        if kind not in RECORD_KINDS:
            raise ValueError(msg("Unknown kind of record {kind!r}.", kind=kind))
        self.kind = kind
        # The officer's consent to store figures outside their plausible range (a yield
        # above the crop's best, a soil value that looks like a unit slip): an argument
        # of this command, handed to the repository for its writes only.
        self.confirmed = bool(confirmed)
        self.given = entity
        self.entity = copy.deepcopy(entity)
        self.adding = entity.id is None
        self.old: Any = None
        # The record's version after this command's last write (None before the first):
        # an undo or redo is refused when someone else changed the record since.
        self.version_now: int | None = None
        self.text = text or (translate("EditCommand", "Add record") if self.adding
                             else translate("EditCommand", "Change record"))

    @property
    def record_id(self) -> int | None:
        return self.entity.id

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        repo = repository(ctx, self.kind)
        entity = copy.deepcopy(self.entity)  # a refused write leaves ours untouched
        if not self.confirmed:
            self._check_plausible(ctx, entity, conn)
        if self.adding:
            repo.add(entity, conn=conn, confirmed=self.confirmed)
        else:
            old = repo.get(entity.id, conn=conn)
            if old is None:
                raise NotFoundError(msg("No {noun} with id {record_id}; it may have been "
                                        "deleted.", noun=repo.noun, record_id=entity.id))
            if self.version_now is not None:  # a redo: the version our undo left
                entity.version = _own_version(ctx, repo, entity.id, self.version_now)
            # Refused if changed since entity.version was read.
            repo.update(entity, conn=conn, confirmed=self.confirmed)
            if self.old is None:
                self.old = old
        self.version_now = getattr(entity, "version", None)
        _note(ctx, repo, entity.id, self.version_now)
        self.entity = entity
        if self.adding and self.given.id is None:
            self.given.id = entity.id

    @staticmethod
    def _check_plausible(ctx: EditContext, entity: Any, conn: Transaction) -> None:
        """Refuse a figure that is hard to believe unless the user consented to it."""
        check = getattr(entity, "plausibility_problem", None)
        if check is None:
            return
        plot_id = getattr(entity, "plot_id", None)
        area = None if plot_id is None else ctx.project.plots.area_of(plot_id, conn=conn)
        problem = check(area)
        if problem is not None:
            raise ValidationError(field="fresh_weight_kg", message=problem)

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        repo = repository(ctx, self.kind)
        if self.adding:
            if self.entity.id is not None:
                repo.delete(self.entity.id, conn=conn, expected_version=_own_version(
                    ctx, repo, self.entity.id, self.version_now))
                _note(ctx, repo, self.entity.id, None)
        elif self.old is not None:
            old = copy.deepcopy(self.old)
            old.version = _own_version(ctx, repo, old.id, self.version_now)
            repo.update(old, conn=conn, confirmed=True)  # as it was stored before
            self.version_now = old.version
            _note(ctx, repo, old.id, old.version)

    def seasons(self) -> set[int]:
        return _season_of(self.entity) | _season_of(self.old)


class DeleteRecord(RecordCommand):
    """Delete one record of ``kind``; a refusal (InUseError) raises and changes nothing.

    Undo adds it again with the same id and what belongs to it (a plan its practices, a
    trial its members, an event its plots).
    """

    def __init__(self, kind: str, entity_id: int, text: str = "",
                 expected_version: int | None = None) -> None:
        if kind not in RECORD_KINDS:
            raise ValueError(msg("Unknown kind of record {kind!r}.", kind=kind))
        self.kind = kind
        self.entity_id = int(entity_id)
        self.old: Any = None
        self.version_now = expected_version  # the version the view read, then ours
        self.text = text or translate("EditCommand", "Delete record")

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        repo = repository(ctx, self.kind)
        old = repo.get(self.entity_id, conn=conn)
        if old is None:
            raise NotFoundError(msg("No {noun} with id {record_id}; it may have been deleted "
                                    "already.", noun=repo.noun, record_id=self.entity_id))
        repo.delete(self.entity_id, conn=conn,
                    expected_version=_own_version(ctx, repo, self.entity_id, self.version_now))
        _note(ctx, repo, self.entity_id, None)
        self.old = old

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        if self.old is not None:
            again = copy.deepcopy(self.old)
            repo = repository(ctx, self.kind)
            repo.add(again, conn=conn, confirmed=True)  # as it was stored before
            self.version_now = getattr(again, "version", None)
            _note(ctx, repo, self.entity_id, self.version_now)

    def seasons(self) -> set[int]:
        return _season_of(self.old)


class SavePlans(RecordCommand):
    """Several season plans in one undo step ("apply to all selected plots").

    A plot's existing plan of the same season is replaced (keeping its id); undo puts
    every replaced plan back and removes the added ones.
    """

    kind = "plans"

    def __init__(self, plans: Sequence[PlotSeasonPlan], text: str = "") -> None:
        self.plans = [copy.deepcopy(p) for p in plans]
        for plan in self.plans:
            plan.id = None  # a plan is known by its plot and season here
        self.added: list[int] = []
        self.replaced: list[PlotSeasonPlan] = []
        self.versions: dict[int, int] = {}  # plan id -> version after our last write
        self.text = text or translate("EditCommand", "Save {n} season plans").format(
            n=len(self.plans))

    def _existing(self, ctx: EditContext, conn: Transaction) -> dict[tuple[int, int], int]:
        """(plot id, season id) -> plan id of the plans these replace."""
        return ctx.project.plans.ids_for(((p.plot_id, p.season_id) for p in self.plans),
                                         conn=conn)

    def apply(self, ctx: EditContext, conn: Transaction) -> None:
        repo = ctx.project.plans
        existing = self._existing(ctx, conn)
        plans = [copy.deepcopy(p) for p in self.plans]
        replaced: list[PlotSeasonPlan] = []
        new: list[PlotSeasonPlan] = []
        for plan in plans:
            old_id = existing.get((plan.plot_id, plan.season_id))
            if old_id is None:
                new.append(plan)  # on redo with the id it was added with
                continue
            old = repo.get(old_id, conn=conn)
            if old is not None:
                replaced.append(old)
            plan.id = old_id
            # On redo: refused if changed since our undo.
            plan.version = _own_version(ctx, repo, old_id, self.versions.get(old_id))
            repo.update(plan, conn=conn)
        if new:
            repo.add_many(new, conn=conn)
        self.plans = plans
        self.added = [int(p.id) for p in new if p.id is not None]
        self.replaced = replaced
        self.versions = {int(p.id): int(p.version) for p in plans
                         if p.id is not None and p.version is not None}
        for plan_id, version in self.versions.items():
            _note(ctx, repo, plan_id, version)

    def revert(self, ctx: EditContext, conn: Transaction) -> None:
        repo = ctx.project.plans
        for plan_id in self.added:
            repo.delete(plan_id, conn=conn, expected_version=_own_version(
                ctx, repo, plan_id, self.versions.get(plan_id)))
            _note(ctx, repo, plan_id, None)
        versions: dict[int, int] = {}
        for old in self.replaced:
            again = copy.deepcopy(old)
            again.version = _own_version(ctx, repo, int(old.id), self.versions.get(int(old.id)))
            repo.update(again, conn=conn)
            versions[int(old.id)] = int(again.version)
            _note(ctx, repo, int(old.id), again.version)
        self.versions = versions

    def seasons(self) -> set[int]:
        return {int(p.season_id) for p in self.plans}


__all__ = ["RECORD_KINDS", "DeleteRecord", "SavePlans", "SaveRecord", "refresh_map",
           "repository"]
