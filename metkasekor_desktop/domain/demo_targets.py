"""The demo's target populations: made-up farm households per commune and district.

The register holds only the farmers the programme works with; the farm households of an
area are several times as many. Each commune of the demo's plots gets a few times its
registered farmers (3 to 5 times, drawn once per commune), and never so few that the
commune's CA adopters (farmer fields with a CA plan, in any season) pass
ADOPTER_SHARE_CAP of them: so the demo's areas are around or below the 16 % tipping
point in the latest seasons, as pilot districts are, rather than far past it. A
district's households are the sum of its communes'.

A generator of its own, so that every other record of a demo stays what its seed gave.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.target_population import TargetPopulation

SOURCE = "Demo: commune database (made up)"
HOUSEHOLDS_PER_FARMER = (3.0, 5.0)  # the range a commune's multiple is drawn from
ADOPTER_SHARE_CAP = 0.15  # adopters are at most this share of a commune's households


def demo_targets(plots: Iterable[Plot], plans: Iterable[PlotSeasonPlan],
                 practices: Iterable[Practice], rng: np.random.Generator
                 ) -> list[TargetPopulation]:
    """Households of every commune and district that has plots, communes first, each in
    code order, ids from 1."""
    plots = list(plots)
    ca = {p.id for p in practices if p.is_ca}
    farmers: dict[str, set[int]] = {}
    field_farmer: dict[int, tuple[str, int]] = {}
    for plot in plots:
        code = plot.village_code or ""
        if len(code) < 6 or plot.farmer_id is None:
            continue
        farmers.setdefault(code[:6], set()).add(plot.farmer_id)
        if plot.role == PlotRole.FARMER_FIELD and plot.id is not None:
            field_farmer[plot.id] = (code[:6], plot.farmer_id)
    adopters: dict[str, set[int]] = {}
    for plan in plans:
        where = field_farmer.get(plan.plot_id)
        if where is not None and any(item.practice_id in ca for item in plan.practices):
            adopters.setdefault(where[0], set()).add(where[1])
    communes: dict[str, float] = {}
    for commune in sorted(farmers):
        multiple = float(rng.uniform(*HOUSEHOLDS_PER_FARMER))
        least = len(adopters.get(commune, ())) / ADOPTER_SHARE_CAP
        communes[commune] = float(max(round(len(farmers[commune]) * multiple),
                                      math.ceil(least), 1))
    districts: dict[str, float] = {}
    for commune, households in communes.items():
        districts[commune[:4]] = districts.get(commune[:4], 0.0) + households
    rows = [*communes.items(), *sorted(districts.items())]
    return [TargetPopulation(id=n, area_code=code, households=households, source=SOURCE)
            for n, (code, households) in enumerate(rows, start=1)]
