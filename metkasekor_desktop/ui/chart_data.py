"""The numbers behind the trial charts, as plain rows that a chart draws and a CSV keeps.

Built on analysis.trial_comparisons so that a chart shows the same plot values as the
comparison report: a plot's several harvests or samples in a season are averaged first,
soil indicators are read at the shallowest depth sampled in the trial, and a site (the
member's block) counts only when both its CA and its FP plot have a value. Adoption over
seasons is analysis.adoption's summary of each season: practices done on farmer fields
(plans only planned are left to the adoption dialog). What a map selection stands for
(a trial, a district) is decided here too. No widgets here, so the figures are tested
without a window; a row's season is its label in the user's language (season_words),
the same text the chart's axis and the CSV of the chart show.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from metkasekor_desktop.analysis.adoption import (
    adoption_summary,
    in_area,
    same_season_last_year,
)
from metkasekor_desktop.analysis.stages import PlotInfo, plot_infos
from metkasekor_desktop.analysis.trial_comparisons import (
    PlotValues,
    shallowest_depth,
    site_pairs,
    soil_values,
    yield_values,
)
from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import PlanStatus
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import INDICATORS, SoilSample
from metkasekor_desktop.domain.trial import Trial
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.layers.season_words import season_label

NAN = float("nan")
YIELD = "yield"
SOIL = "soil"

Table = tuple[list[str], list[list[Any]]]


@dataclass(slots=True)
class ChartRecords:
    """The project's records a chart needs, read once and reused while nothing changes."""

    seasons: list[Season] = field(default_factory=list)
    samples: list[SoilSample] = field(default_factory=list)
    yields: list[YieldRecord] = field(default_factory=list)
    plot_areas: dict[int, float] = field(default_factory=dict)
    plans: list[PlotSeasonPlan] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    plots: list[PlotInfo] = field(default_factory=list)
    farmers: list[Farmer] = field(default_factory=list)

    @classmethod
    def load(cls, project: Any) -> ChartRecords:
        """Read seasons, samples, yields, plots, plans, practices and farmers of ``project``."""
        table = project.plots.load_table()
        areas = {int(i): float(a) for i, a in zip(table.ids, table.areas_ha, strict=True)}
        return cls(
            seasons=sorted(project.seasons.list(), key=lambda s: s.sort_key),
            samples=project.soil_samples.list(),
            yields=project.yields.list(),
            plot_areas=areas,
            plans=project.plans.list(),
            practices=project.practices.list(),
            plots=plot_infos(table),
            farmers=project.farmers.list(),
        )

    def season(self, season_id: int) -> Season | None:
        return next((s for s in self.seasons if s.id == season_id), None)


@dataclass(frozen=True, slots=True)
class Measure:
    """A yield of one crop (t/ha) or one soil indicator: what a chart's y axis shows."""

    kind: str  # YIELD or SOIL
    key: str  # crop key or indicator key
    unit: str

    @property
    def code(self) -> str:
        """Stable text for a selector's data and a CSV, e.g. ``yield:maize``."""
        return f"{self.kind}:{self.key}"

    def name(self, language: str) -> str:
        """The crop's or indicator's name in ``language`` ("kh" or "en")."""
        item = CROPS.get(self.key) if self.kind == YIELD else INDICATORS.get(self.key)
        if item is None:
            return self.key
        return item.name_kh if language == "kh" and item.name_kh else item.name_en


def yield_measure(crop_key: str) -> Measure:
    return Measure(YIELD, crop_key, "t/ha")


def soil_measure(indicator_key: str) -> Measure:
    ind = INDICATORS.get(indicator_key)
    return Measure(SOIL, indicator_key, ind.unit if ind else "")


@dataclass(frozen=True, slots=True)
class SeasonPoint:
    """CA and FP of one measure in one season: means and standard errors over sites."""

    season: str
    mean_ca: float
    se_ca: float
    mean_fp: float
    se_fp: float
    n: int  # sites with both a CA and an FP value


@dataclass(frozen=True, slots=True)
class SitePair:
    site: str
    ca: float
    fp: float

    @property
    def difference(self) -> float:
        return self.ca - self.fp


@dataclass(frozen=True, slots=True)
class PracticeYield:
    season: str
    practices: str  # the practice combination, names joined by " + "
    mean_t_ha: float
    n: int  # plots
    # True: only CA practices; False: the farmer's practice among them (the control);
    # None: no practice recorded. The chart colours CA and FP as every other view does.
    ca: bool | None = None


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else NAN


def _se(values: Sequence[float]) -> float:
    """Standard error of the mean; NaN below two values (no spread to measure)."""
    n = len(values)
    if n < 2:
        return NAN
    m = _mean(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / (n - 1) / n)


def _trial_values(records: ChartRecords, trial: Trial,
                  measure: Measure) -> dict[int, PlotValues]:
    """Season id -> plot id -> value of ``measure`` on the trial's plots."""
    plots = {m.plot_id for m in trial.members}
    out: dict[int, PlotValues] = {}
    if measure.kind == YIELD:
        mine = [y for y in records.yields if y.plot_id in plots and y.crop == measure.key]
        by_key, _failed = yield_values(mine, records.plot_areas)
    else:
        mine_s = [s for s in records.samples if s.plot_id in plots]
        depth = shallowest_depth(mine_s)
        by_key = soil_values(mine_s, depth) if depth is not None else {}
    for (sid, key), values in by_key.items():
        if key == measure.key:
            out[sid] = values
    return out


def _pairs(trial: Trial, values: PlotValues) -> list[SitePair]:
    return [SitePair(site, ca, fp) for site, ca, fp in site_pairs(trial, values)]


def _trial_seasons(records: ChartRecords, trial: Trial) -> list[Season]:
    return [s for s in records.seasons if not trial.season_ids or s.id in trial.season_ids]


def trial_measures(records: ChartRecords, trial: Trial) -> list[Measure]:
    """The measures the trial has values of: crop yields, then soil indicators."""
    plots = {m.plot_id for m in trial.members}
    crops = {y.crop for y in records.yields if y.plot_id in plots}
    keys = {k for s in records.samples if s.plot_id in plots
            for k, v in s.values.items() if v is not None}
    out = [yield_measure(c) for c in CROPS if c in crops]
    out += [yield_measure(c) for c in sorted(crops - set(CROPS))]
    out += [soil_measure(k) for k in INDICATORS if k in keys]
    return out


def over_seasons(records: ChartRecords, trial: Trial, measure: Measure) -> list[SeasonPoint]:
    """Per season of the trial (calendar order) the CA and FP means +- SE over its sites."""
    by_season = _trial_values(records, trial, measure)
    rows = []
    for season in _trial_seasons(records, trial):
        pairs = _pairs(trial, by_season.get(season.id, {}))
        if not pairs:
            continue
        ca = [p.ca for p in pairs]
        fp = [p.fp for p in pairs]
        rows.append(SeasonPoint(season_label(season), _mean(ca), _se(ca), _mean(fp), _se(fp),
                                len(pairs)))
    return rows


def paired_by_site(records: ChartRecords, trial: Trial, season: Season,
                   measure: Measure) -> list[SitePair]:
    """CA, FP and their difference at each site of the trial in one season."""
    return _pairs(trial, _trial_values(records, trial, measure).get(season.id, {}))


def practice_combination(plan: PlotSeasonPlan | None, practices: dict[int, Practice],
                         language: str, none_label: str) -> str:
    """The names of a plan's practices in catalogue order, joined by " + "."""
    if plan is None or not plan.practices:
        return none_label
    chosen = sorted((practices[p.practice_id] for p in plan.practices
                     if p.practice_id in practices), key=lambda p: p.id or 0)
    names = [p.name_kh if language == "kh" and p.name_kh else p.name_en for p in chosen]
    return " + ".join(names) or none_label


def _is_ca(plan: PlotSeasonPlan | None, practices: dict[int, Practice]) -> bool | None:
    """True when a plan's practices are all CA, False when the farmer's practice is
    among them, None when it records none."""
    chosen = [practices[p.practice_id] for p in (plan.practices if plan else ())
              if p.practice_id in practices]
    return all(p.is_ca for p in chosen) if chosen else None


def yields_by_practice(records: ChartRecords, crop_key: str, seasons: Sequence[Season] = (),
                       language: str = "en", none_label: str = "No practice recorded",
                       area: str | None = None) -> list[PracticeYield]:
    """Mean t/ha of ``crop_key`` on all plots, per season and practice combination.

    A plot's practices are those of its plan in that season; ``seasons`` empty means all.
    A plot counts once per season (several harvests are averaged first). ``area`` (a
    code prefix of the plots' villages, e.g. a district code) keeps the plots there.
    """
    chosen = list(seasons) or records.seasons
    wanted = {s.id for s in chosen}
    mine = [y for y in records.yields if y.crop == crop_key and y.season_id in wanted]
    if area:
        inside = {p.id for p in records.plots if in_area(p.village_code, area)}
        mine = [y for y in mine if y.plot_id in inside]
    by_key, _failed = yield_values(mine, records.plot_areas)
    plans = {(p.plot_id, p.season_id): p for p in records.plans}
    catalogue = {p.id: p for p in records.practices if p.id is not None}
    rows = []
    for season in sorted(chosen, key=lambda s: s.sort_key):
        groups: dict[str, list[float]] = defaultdict(list)
        kinds: dict[str, bool | None] = {}
        for pid, value in by_key.get((season.id, crop_key), {}).items():
            plan = plans.get((pid, season.id))
            label = practice_combination(plan, catalogue, language, none_label)
            groups[label].append(value)
            kinds[label] = _is_ca(plan, catalogue)
        for label in sorted(groups):
            rows.append(PracticeYield(season_label(season), label, _mean(groups[label]),
                                      len(groups[label]), kinds[label]))
    return rows


def plot_over_seasons(records: ChartRecords, trial: Trial, measure: Measure,
                      plot_id: int) -> dict[str, float]:
    """Season label -> the value of ``measure`` on one plot of the trial ("this plot")."""
    by_season = _trial_values(records, trial, measure)
    return {season_label(s): by_season[s.id][plot_id] for s in _trial_seasons(records, trial)
            if plot_id in by_season.get(s.id, {})}


@dataclass(frozen=True, slots=True)
class AdoptionPoint:
    """Farmer fields and their hectares where one CA practice (or any, each plot once)
    was done in one season: adoption, not plans."""

    season: str
    practice: str
    plots: int
    hectares: float


def adoption_over_seasons(records: ChartRecords, area: str | None = None,
                          language: str = "en",
                          total_label: str = "All CA practices") -> list[AdoptionPoint]:
    """analysis.adoption.adoption_summary of each season, in calendar order.

    Per season one point per CA practice (catalogue order) and one for the total
    (``total_label``: each plot once), counting done plans on farmer fields only.
    Seasons without any done plan in the project (a season set up ahead, or one whose
    plans are all still only planned) are left out, so they do not read as a drop to
    zero; so are practices no plot took up in any season shown, which would only be
    empty bars.
    """
    done = {p.season_id for p in records.plans if p.status == PlanStatus.DONE}
    out = []
    for season in records.seasons:
        if season.id not in done:
            continue
        table = adoption_summary(records.plots, records.plans, records.farmers,
                                 records.practices, season.id,
                                 same_season_last_year(records.seasons, season.id), area)
        for row in (*table.rows, table.total):
            label = row.name(language) if row.practice is not None else total_label
            out.append(AdoptionPoint(season_label(season), label, row.current.plots,
                                     row.current.hectares))
    taken = {p.practice for p in out if p.plots}
    return [p for p in out if p.practice in taken or p.practice == total_label]


def district_of_selection(plot_ids: Sequence[int], plots: Sequence[PlotInfo]) -> str | None:
    """The district code (first 4 digits of the village code) shared by every selected
    plot; None when nothing is selected, a plot has no village or they lie apart."""
    villages = {p.id: p.village_code for p in plots}
    codes = {str(villages.get(i) or "")[:4] for i in plot_ids}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return code if len(code) == 4 else None


def trial_of_selection(plot_ids: Sequence[int], trials: Sequence[Trial]) -> Trial | None:
    """The trial a map selection stands for: one plot -> the first trial (in the given
    order) it is a member of; several plots -> the trial whose members they are exactly."""
    chosen = set(plot_ids)
    if len(chosen) == 1:
        return next((t for t in trials if chosen & {m.plot_id for m in t.members}), None)
    if not chosen:
        return None
    return next((t for t in trials if chosen == {m.plot_id for m in t.members}), None)


def _cell(value: float) -> float | None:
    """A figure for a CSV cell: rounded, and an empty cell when missing."""
    return None if value is None or math.isnan(value) else round(value, 6)


def over_seasons_table(rows: Sequence[SeasonPoint],
                       this_plot: dict[str, float] | None = None) -> Table:
    """The over-seasons rows; with ``this_plot`` (season -> value) a "this_plot" column."""
    headers = ["season", "mean_CA", "se_CA", "mean_FP", "se_FP", "n_sites"]
    table = [[r.season, _cell(r.mean_ca), _cell(r.se_ca), _cell(r.mean_fp),
              _cell(r.se_fp), r.n] for r in rows]
    if this_plot is not None:
        headers.append("this_plot")
        for row in table:
            row.append(_cell(this_plot.get(row[0], NAN)))
    return headers, table


def paired_by_site_table(rows: Sequence[SitePair]) -> Table:
    headers = ["site", "CA", "FP", "difference"]
    return headers, [[r.site, _cell(r.ca), _cell(r.fp), _cell(r.difference)] for r in rows]


def yields_by_practice_table(rows: Sequence[PracticeYield]) -> Table:
    headers = ["season", "practices", "mean_t_ha", "n_plots"]
    return headers, [[r.season, r.practices, _cell(r.mean_t_ha), r.n] for r in rows]


def adoption_table(rows: Sequence[AdoptionPoint]) -> Table:
    headers = ["season", "practice", "plots", "hectares"]
    return headers, [[r.season, r.practice, r.plots, _cell(r.hectares)] for r in rows]
