"""Trials with their seasons and member plots in child tables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select

from metkasekor_desktop.domain.enums import TrialDesign, read_enum
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.trial import Trial, TrialMember
from metkasekor_desktop.storage.repositories.base import Repository
from metkasekor_desktop.storage.schema import T

_SEASONS = T["trial_seasons"]
_MEMBERS = T["trial_members"]


class TrialRepository(Repository[Trial]):
    table = T["trials"]
    noun = msg("trial")

    def _to_row(self, t: Trial) -> dict[str, Any]:
        return {"name": t.name, "design": str(t.design), "description": t.description}

    def _from_row(self, r: Row) -> Trial:
        return Trial(id=r.id, name=r.name, design=read_enum(TrialDesign, r.design),
                     description=r.description)

    def _write_children(self, conn: Connection, trials: Sequence[Trial]) -> None:
        seasons = [{"trial_id": t.id, "season_id": s} for t in trials for s in t.season_ids]
        members = [{"trial_id": t.id, "plot_id": m.plot_id, "treatment": m.treatment,
                    "block": m.block, "position": i}
                   for t in trials for i, m in enumerate(t.members)]
        if seasons:
            conn.execute(insert(_SEASONS), seasons)
        if members:
            conn.execute(insert(_MEMBERS), members)

    def _delete_children(self, conn: Connection, ids: Sequence[int]) -> None:
        conn.execute(delete(_SEASONS).where(_SEASONS.c.trial_id.in_(ids)))
        conn.execute(delete(_MEMBERS).where(_MEMBERS.c.trial_id.in_(ids)))

    def _load_children(self, conn: Connection, trials: Sequence[Trial]) -> None:
        seasons: dict[int, list[int]] = defaultdict(list)
        members: dict[int, list[TrialMember]] = defaultdict(list)
        for r in conn.execute(select(_SEASONS).order_by(_SEASONS.c.id)):
            seasons[r.trial_id].append(r.season_id)
        for r in conn.execute(select(_MEMBERS).order_by(_MEMBERS.c.trial_id,
                                                        _MEMBERS.c.position)):
            members[r.trial_id].append(TrialMember(plot_id=r.plot_id, treatment=r.treatment,
                                                   block=r.block))
        for t in trials:
            t.season_ids = tuple(seasons.get(t.id, ()))  # type: ignore[arg-type]
            t.members = members.get(t.id, [])  # type: ignore[arg-type]

    def _duplicate_message(self, entity: Trial | None, detail: str) -> str:
        if "trial_seasons" in detail:
            return msg("A season is listed twice in this trial.")
        return msg("A plot can be in a trial only once.")

