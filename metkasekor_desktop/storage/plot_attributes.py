"""Per-plot attributes for map styles, read in bulk and aligned with an array of plot ids.

The map colours a province's plots by what they get in a season or how far their site
has come in the MetKasekor model. Each function reads the whole answer with one or two
Core selects (never one query per plot, and never a list of 100,000 ids bound into an
``IN (...)``) and returns an object array with one text value per given id, "" where
the plot has nothing to show.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import select

from metkasekor_desktop.domain.enums import PlanStatus, SeasonKind, Stage
from metkasekor_desktop.storage.schema import T

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

JOIN = "+"  # between the keys of a combination: "cover_crop+no_till"

_STAGE_RANK = {stage.value: n for n, stage in enumerate(Stage)}
_KIND_RANK = {kind.value: n for n, kind in enumerate(SeasonKind)}


def _aligned(ids: np.ndarray, values: dict[int, str]) -> np.ndarray:
    """An object array of ``values[id]`` for each id, "" for ids without a value.

    The keys are sorted and the ids looked up among them with ``np.searchsorted``: a
    dict lookup per id took half a second for a million plots. ``ids`` need not be
    sorted.
    """
    ids = np.asarray(ids, dtype=np.int64)
    out = np.full(len(ids), "", dtype=object)
    if not values or not len(ids):
        return out
    keys = np.fromiter(values.keys(), dtype=np.int64, count=len(values))
    texts = np.fromiter(values.values(), dtype=object, count=len(values))
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    pos = np.minimum(np.searchsorted(sorted_keys, ids), len(keys) - 1)
    found = sorted_keys[pos] == ids
    out[found] = texts[order[pos[found]]]
    return out


def season_practices(project: Project, season_id: int, ids: np.ndarray) -> np.ndarray:
    """The practice combination of each plot's plan in the season.

    The plan's practice keys, sorted and joined with "+" (e.g. "cover_crop+no_till"); ""
    when the plot has no plan in that season, or only a cancelled one, or a plan that
    lists no practice.
    """
    plans, links, practices = T["plot_season_plans"], T["plan_practices"], T["practices"]
    stmt = (
        select(plans.c.plot_id, practices.c.key)
        .select_from(plans)
        .outerjoin(links, links.c.plan_id == plans.c.id)
        .outerjoin(practices, practices.c.id == links.c.practice_id)
        .where(plans.c.season_id == season_id, plans.c.status != PlanStatus.CANCELLED.value)
    )
    keys: dict[int, set[str]] = defaultdict(set)
    with project.engine.connect() as conn:
        for plot_id, key in conn.execute(stmt):
            bucket = keys[plot_id]
            if key:
                bucket.add(key)
    return _aligned(ids, {p: JOIN.join(sorted(k)) for p, k in keys.items()})


def season_providers(project: Project, season_id: int, ids: np.ndarray) -> np.ndarray:
    """The service providers of each plot's plan in the season, for the market map.

    The ids of the providers named on the plan's practices, in increasing order, as
    text joined with "+" (e.g. "3+12"); "" when the plot has no plan in that season,
    only a cancelled one, or a plan whose practices name no provider.
    """
    plans, links = T["plot_season_plans"], T["plan_practices"]
    stmt = (
        select(plans.c.plot_id, links.c.provider_id)
        .select_from(plans)
        .join(links, links.c.plan_id == plans.c.id)
        .where(plans.c.season_id == season_id, plans.c.status != PlanStatus.CANCELLED.value,
               links.c.provider_id.is_not(None))
    )
    found: dict[int, set[int]] = defaultdict(set)
    with project.engine.connect() as conn:
        for plot_id, provider_id in conn.execute(stmt):
            found[int(plot_id)].add(int(provider_id))
    return _aligned(ids, {p: JOIN.join(str(i) for i in sorted(v)) for p, v in found.items()})


def season_crops(project: Project, season_id: int, ids: np.ndarray) -> np.ndarray:
    """The crops of each plot's plan in the season, in the plan's order, joined with "+".

    "" when the plot has no plan in that season or only a cancelled one. The order is
    kept as entered: in a relay or rotation the first crop is the main one.
    """
    plans = T["plot_season_plans"]
    stmt = select(plans.c.plot_id, plans.c.crops).where(
        plans.c.season_id == season_id, plans.c.status != PlanStatus.CANCELLED.value
    )
    with project.engine.connect() as conn:
        crops = {plot_id: JOIN.join(str(c) for c in (value or ()))
                 for plot_id, value in conn.execute(stmt)}
    return _aligned(ids, crops)


def plot_stages(project: Project, ids: np.ndarray) -> np.ndarray:
    """The latest MetKasekor stage reached by each plot's site (a ``Stage`` value).

    The stage of the latest extension event that showed the plot or its paired plot (a
    demonstration plot's control, or a control's demonstration plot): a field showcase
    held on the demonstration plot is also the stage of its control. Events of the same
    day are ranked by the model's stage order. "" when no event showed either plot.
    """
    events, links, plots = T["extension_events"], T["event_plots"], T["plots"]
    stmt = (
        select(links.c.plot_id, events.c.stage, events.c.event_date, events.c.id)
        .select_from(links)
        .join(events, events.c.id == links.c.event_id)
    )
    pairs_stmt = select(plots.c.fid, plots.c.paired_plot_id).where(
        plots.c.paired_plot_id.is_not(None)
    )
    latest: dict[int, tuple[date, int, int, str]] = {}
    with project.engine.connect() as conn:
        for plot_id, stage, when, event_id in conn.execute(stmt):
            key = (when or date.min, _STAGE_RANK.get(stage, -1), event_id, stage)
            if plot_id not in latest or key > latest[plot_id]:
                latest[plot_id] = key
        pairs = conn.execute(pairs_stmt).all()
    merged = dict(latest)
    for a, b in pairs:
        for mine, theirs in ((a, b), (b, a)):
            other = latest.get(theirs)
            if other is not None and (mine not in merged or other > merged[mine]):
                merged[mine] = other
    return _aligned(ids, {p: key[3] for p, key in merged.items()})


def latest_season_id(project: Project) -> int | None:
    """The season a map should show first: the latest season that has plans.

    Seasons are ordered by year, then early wet, main wet, dry (the dry season ends in
    the next year). When no season has a plan yet, the latest season; None without any.
    """
    seasons, plans = T["seasons"], T["plot_season_plans"]
    with project.engine.connect() as conn:
        rows = conn.execute(select(seasons.c.id, seasons.c.year, seasons.c.kind)).all()
        planned = set(conn.execute(select(plans.c.season_id).distinct()).scalars())
    if not rows:
        return None
    candidates = [r for r in rows if r.id in planned] or rows
    best = max(candidates, key=lambda r: (r.year, _KIND_RANK.get(r.kind, -1), r.id))
    return int(best.id)
