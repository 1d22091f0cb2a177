"""Sites (a demonstration plot with its control) and how far each went along the stages.

PDAFF follows each site through the six MetKasekor stages. A site has reached a stage
when an extension event of that stage showed either of its plots; its stage is the
furthest one reached, whatever the order in which events happened (a showcase may be
recorded before the identification was entered).

Plain data only: the caller loads plots and events and passes them in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from metkasekor_desktop.domain.enums import PlotRole, Stage, is_known, read_enum
from metkasekor_desktop.domain.event import ExtensionEvent

STAGES: tuple[Stage, ...] = tuple(Stage)  # in the order of the model


@dataclass(frozen=True, slots=True)
class PlotInfo:
    """What the summaries need of a plot (one row of the plot table)."""

    id: int
    code: str = ""
    role: PlotRole | str = PlotRole.FARMER_FIELD  # str: see read_enum
    paired_id: int | None = None
    village_code: str | None = None
    area_ha: float = 0.0
    farmer_id: int | None = None


def plot_infos(table: object) -> list[PlotInfo]:
    """PlotInfo rows from a plot table's column arrays (ids, codes, roles, paired_ids,
    village_codes, areas_ha, farmer_ids), read by name so this layer needs no storage."""
    cols = [getattr(table, name) for name in
            ("ids", "codes", "roles", "paired_ids", "village_codes", "areas_ha", "farmer_ids")]
    return [
        PlotInfo(id=int(i), code=str(code or ""), role=read_enum(PlotRole, role),
                 paired_id=None if paired is None else int(paired),
                 village_code=village or None, area_ha=float(area),
                 farmer_id=None if farmer is None else int(farmer))
        for i, code, role, paired, village, area, farmer in zip(*cols, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class Site:
    """A demonstration plot and its control plot (None when it has none yet)."""

    demonstration_id: int
    control_id: int | None = None

    @property
    def plot_ids(self) -> tuple[int, ...]:
        if self.control_id is None:
            return (self.demonstration_id,)
        return (self.demonstration_id, self.control_id)


def sites(plots: Iterable[PlotInfo]) -> list[Site]:
    """Each demonstration plot with its control, ordered by the demonstration plot id.

    The control is the plot the demonstration plot is paired with; failing that, a
    control plot that points back at the demonstration plot.
    """
    plots = list(plots)
    ids = {p.id for p in plots}
    back = {p.paired_id: p.id for p in plots
            if p.role == PlotRole.CONTROL and p.paired_id is not None}
    out = []
    for p in sorted(plots, key=lambda q: q.id):
        if p.role != PlotRole.DEMONSTRATION:
            continue
        control = p.paired_id if p.paired_id in ids else back.get(p.id)
        out.append(Site(p.id, control))
    return out


def site_of(plot_id: int, plots: Iterable[PlotInfo]) -> Site | None:
    """The site a plot belongs to (as demonstration or control plot), or None."""
    for site in sites(plots):
        if plot_id in site.plot_ids:
            return site
    return None


def site_stage(site: Site, events: Iterable[ExtensionEvent]) -> Stage | None:
    """The furthest stage reached by the events that showed a plot of the site."""
    plot_ids = set(site.plot_ids)
    reached = [STAGES.index(Stage(e.stage)) for e in events
               if is_known(Stage, e.stage) and plot_ids & set(e.plot_ids)]
    return STAGES[max(reached)] if reached else None


def reached_stages(site: Site, events: Iterable[ExtensionEvent]) -> set[Stage]:
    """Every stage for which an event showed a plot of the site."""
    plot_ids = set(site.plot_ids)
    return {Stage(e.stage) for e in events
            if is_known(Stage, e.stage) and plot_ids & set(e.plot_ids)}


def stage_counts(plots: Iterable[PlotInfo],
                 events: Sequence[ExtensionEvent]) -> dict[Stage | None, int]:
    """How many sites stand at each stage (their furthest); None counts sites that no
    event has shown yet. Every stage is a key, in order, even with a zero count."""
    counts: dict[Stage | None, int] = {None: 0}
    counts.update({stage: 0 for stage in STAGES})
    for site in sites(plots):
        counts[site_stage(site, events)] += 1
    return counts


@dataclass(frozen=True, slots=True)
class StageAttendance:
    """Events of one stage and who came to them, by sex."""

    stage: Stage
    events: int = 0
    women: int = 0
    men: int = 0

    @property
    def total(self) -> int:
        return self.women + self.men


def stage_attendance(events: Iterable[ExtensionEvent]) -> list[StageAttendance]:
    """Per stage in order: number of events and attendance by sex (for reports)."""
    sums = {stage: [0, 0, 0] for stage in STAGES}
    for e in events:
        if not is_known(Stage, e.stage):  # typed elsewhere: listed by Find problems
            continue
        row = sums[Stage(e.stage)]
        row[0] += 1
        row[1] += int(e.women)
        row[2] += int(e.men)
    return [StageAttendance(stage, *sums[stage]) for stage in STAGES]
