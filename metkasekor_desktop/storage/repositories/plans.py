"""Season plans of plots, with their practices in a child table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select

from metkasekor_desktop.domain.enums import PlanStatus, read_enum
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import PracticeDetails
from metkasekor_desktop.storage.repositories.base import Repository
from metkasekor_desktop.storage.schema import T

_CHILD = T["plan_practices"]


class PlanRepository(Repository[PlotSeasonPlan]):
    table = T["plot_season_plans"]
    noun = "season plan"

    def _to_row(self, p: PlotSeasonPlan) -> dict[str, Any]:
        return {"plot_id": p.plot_id, "season_id": p.season_id, "crops": list(p.crops),
                "status": str(p.status), "planned_date": p.planned_date,
                "done_date": p.done_date, "cost": p.cost, "notes": p.notes}

    def _from_row(self, r: Row) -> PlotSeasonPlan:
        return PlotSeasonPlan(id=r.id, plot_id=r.plot_id, season_id=r.season_id,
                              crops=tuple(r.crops), status=read_enum(PlanStatus, r.status),
                              planned_date=r.planned_date, done_date=r.done_date, cost=r.cost,
                              notes=r.notes)

    def _write_children(self, conn: Connection, plans: Sequence[PlotSeasonPlan]) -> None:
        rows = [
            {"plan_id": plan.id, "practice_id": pp.practice_id, "provider_id": pp.provider_id,
             "position": i, "details": pp.details.as_dict(), "cost": pp.cost}
            for plan in plans for i, pp in enumerate(plan.practices)
        ]
        if rows:
            conn.execute(insert(_CHILD), rows)

    def _delete_children(self, conn: Connection, ids: Sequence[int]) -> None:
        conn.execute(delete(_CHILD).where(_CHILD.c.plan_id.in_(ids)))

    def _load_children(self, conn: Connection, plans: Sequence[PlotSeasonPlan]) -> None:
        by_plan: dict[int, list[PlannedPractice]] = defaultdict(list)
        ids = [p.id for p in plans]
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            stmt = select(_CHILD).where(_CHILD.c.plan_id.in_(part)).order_by(
                _CHILD.c.plan_id, _CHILD.c.position)
            for r in conn.execute(stmt):
                by_plan[r.plan_id].append(PlannedPractice(
                    practice_id=r.practice_id, provider_id=r.provider_id,
                    details=PracticeDetails.from_dict(r.details), cost=r.cost))
        for p in plans:
            p.practices = by_plan.get(p.id, [])  # type: ignore[arg-type]

    def _duplicate_message(self, entity: PlotSeasonPlan | None, detail: str) -> str:
        if "plan_practices" in detail:
            return "The same practice is listed twice in this season's plan."
        return ("This plot already has a plan for that season; open that plan to change it.")

    def for_plot(self, plot_id: int, conn: Connection | None = None) -> list[PlotSeasonPlan]:
        with self._read(conn) as c:
            rows = c.execute(select(self.table).where(self.table.c.plot_id == plot_id)
                             .order_by(self.table.c.season_id)).all()
            plans = [self._set_version(self._from_row(r), r) for r in rows]
            self._load_children(c, plans)
            return plans

    def find(self, plot_id: int, season_id: int, conn: Connection | None = None
             ) -> PlotSeasonPlan | None:
        return next((p for p in self.for_plot(plot_id, conn) if p.season_id == season_id), None)
