"""What a plot gets in a season: crops, practices with their details and providers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from metkasekor_desktop.domain.enums import PlanStatus, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.practice import PracticeDetails


@dataclass(slots=True, kw_only=True)
class PlannedPractice:
    practice_id: int
    provider_id: int | None = None
    details: PracticeDetails = field(default_factory=PracticeDetails)
    cost: float | None = None  # riel (KHR)


@dataclass(slots=True, kw_only=True)
class PlotSeasonPlan:
    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    plot_id: int
    season_id: int
    crops: tuple[str, ...] = ()
    practices: list[PlannedPractice] = field(default_factory=list)
    status: PlanStatus | str = PlanStatus.PLANNED  # str: see read_enum
    planned_date: date | None = None
    done_date: date | None = None
    cost: float | None = None  # riel (KHR), the plan's own costs beyond its practices
    notes: str = ""

    def validated(self) -> PlotSeasonPlan:
        self.status = parse_enum(PlanStatus, self.status, "status")
        seen: set[int] = set()
        for p in self.practices:
            if p.practice_id in seen:
                raise ValidationError(field="practices", message=msg(
                    "The same practice is listed twice in this season's plan."))
            seen.add(p.practice_id)
            p.details.validated()
            if p.cost is not None and p.cost < 0:
                raise ValidationError(field="cost", message=msg("A cost cannot be negative."))
        if self.status == PlanStatus.DONE and self.done_date is None:
            self.done_date = self.planned_date
        return self

    @property
    def total_cost(self) -> float:
        return (self.cost or 0.0) + sum(p.cost or 0.0 for p in self.practices)
