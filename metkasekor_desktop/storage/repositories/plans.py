"""Season plans of plots, with their practices in a child table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select

from metkasekor_desktop.domain.enums import PlanStatus, read_enum
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.practice import PracticeDetails
from metkasekor_desktop.storage.repositories.base import Repository
from metkasekor_desktop.storage.schema import T

_CHILD = T["plan_practices"]


class PlanRepository(Repository[PlotSeasonPlan]):
    table = T["plot_season_plans"]
    noun = msg("season plan")

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
            return msg("The same practice is listed twice in this season's plan.")
        return msg("This plot already has a plan for that season; open that plan to change "
                   "it.")


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

    def ids_for(self, pairs: Iterable[tuple[int, int]], conn: Connection | None = None
                ) -> dict[tuple[int, int], int]:
        """(plot id, season id) -> plan id, for those of ``pairs`` that have a plan."""
        wanted = set(pairs)
        if not wanted:
            return {}
        t = self.table
        seasons = sorted({season for _plot, season in wanted})
        with self._read(conn) as c:
            rows = c.execute(select(t.c.plot_id, t.c.season_id, t.c.id)
                             .where(t.c.season_id.in_(seasons))).all()
        return {(r[0], r[1]): int(r[2]) for r in rows if (r[0], r[1]) in wanted}

    def statuses_in_season(self, season_id: int, conn: Connection | None = None
                           ) -> dict[int, str]:
        """Plot id -> status of its plan in the season, for the plots that have one."""
        t = self.table
        with self._read(conn) as c:
            rows = c.execute(select(t.c.plot_id, t.c.status)
                             .where(t.c.season_id == season_id)).all()
        return {int(r[0]): str(r[1]) for r in rows}

    def provider_names_by_plot(self, season_id: int, conn: Connection | None = None
                               ) -> dict[int, list[str]]:
        """Plot id -> names of the providers of its plan's practices in the season, in
        the plan's order, each named once; a cancelled plan (and a plan without
        providers) is missing."""
        plans, providers = self.table, T["providers"]
        stmt = (
            select(plans.c.plot_id, providers.c.name)
            .select_from(plans)
            .join(_CHILD, _CHILD.c.plan_id == plans.c.id)
            .join(providers, providers.c.id == _CHILD.c.provider_id)
            .where(plans.c.season_id == season_id,
                   plans.c.status != PlanStatus.CANCELLED.value)
            .order_by(plans.c.plot_id, _CHILD.c.position, _CHILD.c.id)
        )
        names: dict[int, list[str]] = {}
        with self._read(conn) as c:
            for plot_id, name in c.execute(stmt):
                bucket = names.setdefault(int(plot_id), [])
                if name and name not in bucket:
                    bucket.append(name)
        return names

    def provider_counts(self, conn: Connection | None = None
                        ) -> dict[int, tuple[int, int, int]]:
        """Provider id -> (plans, distinct plots, distinct seasons) with a practice by
        that provider; providers named in no plan are missing."""
        plans = self.table
        stmt = (select(_CHILD.c.provider_id, plans.c.id, plans.c.plot_id, plans.c.season_id)
                .select_from(_CHILD.join(plans, plans.c.id == _CHILD.c.plan_id))
                .where(_CHILD.c.provider_id.is_not(None)))
        served: dict[int, set[tuple[int, int, int]]] = defaultdict(set)
        with self._read(conn) as c:
            for provider_id, plan_id, plot_id, season_id in c.execute(stmt):
                served[int(provider_id)].add((plan_id, plot_id, season_id))
        return {pid: (len(rows), len({r[1] for r in rows}), len({r[2] for r in rows}))
                for pid, rows in served.items()}
