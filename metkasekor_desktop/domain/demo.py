"""A deterministic, realistic demo project: farmers, plots, plans, trials and results.

Used for first-run demonstrations, screenshots and benchmarks. The same seed always
gives the same project. The steps live in their own modules (plot layout, farms,
records, elevation); this one runs them in a fixed order on one random generator,
which is what makes a seed reproducible, so the order of the calls must not change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from metkasekor_desktop.domain import demo_farms as farms
from metkasekor_desktop.domain import demo_records as records
from metkasekor_desktop.domain import demo_targets
from metkasekor_desktop.domain import demo_uptake as uptake
from metkasekor_desktop.domain.demo_elevation import DemoElevation, demo_elevation
from metkasekor_desktop.domain.demo_layout import (
    DEMO_FRACTION,
    NATIONAL_SCALE_FROM,
    PILOT_DISTRICTS,
    PILOT_SHARES,
    PLOTS_PER_VILLAGE,
    PROVINCE_SCALE_FROM,
    plot_layout,
)
from metkasekor_desktop.domain.demo_records import (
    MAX_TRIAL_PAIRS_PER_DISTRICT,
    STATUS_AS_OF,
    YEARS,
)
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.practice import Practice, default_catalogue
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import SoilSample
from metkasekor_desktop.domain.target_population import TargetPopulation
from metkasekor_desktop.domain.trial import Trial
from metkasekor_desktop.domain.yields import YieldRecord

__all__ = [
    "DEMO_FRACTION",
    "MAX_TRIAL_PAIRS_PER_DISTRICT",
    "NATIONAL_SCALE_FROM",
    "PILOT_DISTRICTS",
    "PILOT_SHARES",
    "PLOTS_PER_VILLAGE",
    "PROVINCE_SCALE_FROM",
    "STATUS_AS_OF",
    "YEARS",
    "DemoDataset",
    "DemoElevation",
    "build_demo",
    "demo_elevation",
]


@dataclass(slots=True)
class DemoDataset:
    """Every record of a demo project, ids from 1, ready to be written to a project file."""

    farmers: list[Farmer] = field(default_factory=list)
    plots: list[Plot] = field(default_factory=list)
    seasons: list[Season] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    providers: list[Provider] = field(default_factory=list)
    plans: list[PlotSeasonPlan] = field(default_factory=list)
    trials: list[Trial] = field(default_factory=list)
    soil_samples: list[SoilSample] = field(default_factory=list)
    yields: list[YieldRecord] = field(default_factory=list)
    events: list[ExtensionEvent] = field(default_factory=list)
    # Farm households per commune and district of the plots (made up, see demo_targets).
    targets: list[TargetPopulation] = field(default_factory=list)
    dem: DemoElevation | None = None


def build_demo(n_plots: int = 150, seed: int = 7, *, elevation: bool = True) -> DemoDataset:
    """A complete demo project of ``n_plots`` plots; the same seed gives the same project.

    Below PROVINCE_SCALE_FROM plots the plots lie in the villages of the three pilot
    districts; from it on, in all villages of Battambang and Preah Vihear; from
    NATIONAL_SCALE_FROM (up to a million plots), in about a hundred plots to a village
    of nearly every province. Plans,
    trials, soil samples, yields and events cover at most MAX_TRIAL_PAIRS_PER_DISTRICT
    demonstration/control pairs per pilot district, so a large project stays quick.
    """
    if n_plots < 0:
        raise ValueError(msg("The number of demo plots cannot be negative."))
    rng = np.random.default_rng(seed)
    lay = plot_layout(n_plots, rng)
    districts = [v.code[:4] for v in lay.villages]
    farmers, owner = farms.demo_farmers(lay, n_plots, rng)
    plots = farms.demo_plots(lay, owner, districts, rng)
    practices = default_catalogue()
    for i, p in enumerate(practices, start=1):
        p.id = i
    seasons = records.demo_seasons()
    providers = records.demo_providers(rng)
    sites = records.trial_sites(plots, rng)
    data = DemoDataset(
        farmers=farmers, plots=plots, seasons=seasons, practices=practices,
        providers=providers,
        plans=records.demo_plans(sites, seasons, practices, providers, rng),
        trials=records.paired_trials(sites, seasons),
        soil_samples=records.soil_samples(sites, seasons, rng),
        yields=records.yield_records(sites, seasons, rng),
        events=records.extension_events(sites, rng),
    )
    # Neighbours taking up CA: a generator of its own, so that everything above stays
    # what this seed always gave.
    data.plans += uptake.uptake_plans(plots, sites, seasons, practices, providers,
                                      len(data.plans) + 1, np.random.default_rng([seed, 1]))
    # Farm households of the plots' communes and districts: a generator of their own too.
    data.targets = demo_targets.demo_targets(plots, data.plans, practices,
                                             np.random.default_rng([seed, 2]))
    if elevation and len(lay.xy):
        data.dem = demo_elevation((*lay.xy.min(axis=0), *lay.xy.max(axis=0)))
    return data
