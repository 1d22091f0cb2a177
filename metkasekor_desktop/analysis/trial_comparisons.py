"""What a trial shows: CA against farmer practice per season, and soil trends over years.

A paired trial compares the demonstration ("CA") with the control ("FP") plot of each
site (the member's block); an RCBD trial gets a block ANOVA per measure. Measures are
the yield in t/ha, the labour in person-days and the gross margin in riel/ha of each
crop, and each soil indicator at each sampled depth (0-10 cm, 10-20 cm, ...). Several
samples or harvests of one plot in a season are averaged first, so a plot counts once
and a site is one pair.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from metkasekor_desktop.analysis.statistics import (
    NAN,
    AnovaResult,
    StatisticsError,
    paired_difference,
    rcbd_anova,
    response_ratio,
    trend,
)
from metkasekor_desktop.domain.crops import CROPS, crop
from metkasekor_desktop.domain.enums import TrialDesign, YieldMethod, read_enum
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import as_message, joined, msg
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import INDICATORS, SoilSample
from metkasekor_desktop.domain.trial import CONTROL, DEMONSTRATION, Trial
from metkasekor_desktop.domain.yields import (
    YieldRecord,
    gross_margin_per_ha,
    sample_yield_t_ha,
    whole_plot_yield_t_ha,
)

# plot id -> value of one measure in one season
PlotValues = dict[int, float]


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One measure in one season of one trial: CA minus FP over the sites.

    For an RCBD trial ``n_pairs`` is the number of blocks, ``p_value`` that of the
    treatment F test, the CI is the CA-FP difference +- the LSD at 5 % (NaN when the
    trial has no CA and FP treatments) and ``anova`` holds the whole table.
    """

    trial: str
    season: str
    measure: str
    unit: str
    n_pairs: int
    mean_demo: float
    mean_control: float
    mean_difference: float
    ci_low: float
    ci_high: float
    p_value: float
    response_ratio: float
    note: str = ""
    anova: AnovaResult | None = None
    # What the measure is, for a reader that names it in its own words: kind is one
    # of MEASURE_KINDS, key a crop key or a soil indicator key, depth (cm) for soil.
    kind: str = ""
    key: str = ""
    depth: tuple[float, float] | None = None


YIELD, LABOUR, MARGIN, SOIL = "yield", "labour", "margin", "soil"
MEASURE_KINDS = (YIELD, LABOUR, MARGIN, SOIL)


@dataclass(frozen=True, slots=True)
class Measure:
    """One measure of a trial in one season: the plot values to compare."""

    season_id: int
    name: str  # in English, e.g. "Yield maize", "Soil organic carbon (0-10 cm)"
    unit: str
    values: PlotValues
    kind: str
    key: str
    depth: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class TrendRow:
    """The change per year of one soil indicator under one treatment of a trial."""

    trial: str
    treatment: str
    measure: str
    unit: str
    n: int  # plot-season values in the fit
    seasons: int
    slope_per_year: float
    ci_low: float
    ci_high: float
    p_value: float
    note: str = ""
    key: str = ""  # the soil indicator's key, for its name in the user's language
    depth: tuple[float, float] | None = None  # cm, top and bottom


def _mean(values: Iterable[float]) -> float:
    vals = [v for v in values if v is not None and not math.isnan(v)]
    return sum(vals) / len(vals) if vals else NAN


def _trial_seasons(trial: Trial, seasons: Sequence[Season]) -> list[Season]:
    chosen = [s for s in seasons if not trial.season_ids or s.id in trial.season_ids]
    return sorted(chosen, key=lambda s: s.sort_key)


def _yield_t_ha(record: YieldRecord, area_ha: float | None,
                standard: Mapping[str, float | None] | None) -> float:
    std = (standard[record.crop] if standard is not None and record.crop in standard
           else crop(record.crop).standard_moisture_pct)
    if read_enum(YieldMethod, record.method) == YieldMethod.WHOLE_PLOT:
        return whole_plot_yield_t_ha(record.fresh_weight_kg, area_ha or 0.0,
                                     record.moisture_pct, std)
    return sample_yield_t_ha(record.fresh_weight_kg, record.sample_area_m2 or 0.0,
                             record.moisture_pct, std)


def yield_values(
    records: Iterable[YieldRecord],
    plot_areas: Mapping[int, float],
    crop_standard: Mapping[str, float | None] | None = None,
) -> tuple[dict[tuple[int, str], PlotValues], int]:
    """Per (season id, crop) the mean t/ha of each plot, and how many records failed."""
    sums: dict[tuple[int, str], dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    failed = 0
    for r in records:
        try:
            value = _yield_t_ha(r, plot_areas.get(r.plot_id), crop_standard)
        except (DomainError, KeyError):
            failed += 1  # e.g. a whole-plot harvest on a plot with no area
            continue
        sums[(r.season_id, r.crop)][r.plot_id].append(value)
    return ({key: {pid: _mean(v) for pid, v in plots.items()} for key, plots in sums.items()},
            failed)


def harvest_values(
    records: Iterable[YieldRecord],
    plot_areas: Mapping[int, float],
    crop_standard: Mapping[str, float | None] | None = None,
) -> tuple[dict[tuple[int, str], PlotValues], dict[tuple[int, str], PlotValues]]:
    """Per (season id, crop) each plot's mean labour (person-days) and mean gross margin
    (riel/ha: yield x 1000 x price - input and service costs; only with a price)."""
    labour: dict[tuple[int, str], dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    margin: dict[tuple[int, str], dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        if r.labour_days is not None:
            labour[(r.season_id, r.crop)][r.plot_id].append(float(r.labour_days))
        if r.price_per_kg is None:
            continue
        try:
            t_ha = _yield_t_ha(r, plot_areas.get(r.plot_id), crop_standard)
        except (DomainError, KeyError):
            continue  # counted by yield_values
        costs = (r.input_cost or 0.0) + (r.service_cost or 0.0)
        margin[(r.season_id, r.crop)][r.plot_id].append(
            gross_margin_per_ha(t_ha, r.price_per_kg, costs))

    def means(sums: dict[tuple[int, str], dict[int, list[float]]]):  # noqa: ANN202
        return {key: {pid: _mean(v) for pid, v in plots.items()} for key, plots in sums.items()}

    return means(labour), means(margin)


def sampled_depths(samples: Iterable[SoilSample]) -> list[tuple[float, float]]:
    """Every depth range sampled, top first, e.g. [(0, 10), (10, 20)]."""
    return sorted({(s.depth_from_cm, s.depth_to_cm) for s in samples})


def shallowest_depth(samples: Iterable[SoilSample]) -> tuple[float, float] | None:
    """The top layer sampled, e.g. (0, 10); None without samples."""
    depths = {(s.depth_from_cm, s.depth_to_cm) for s in samples}
    return min(depths) if depths else None


def soil_values(
    samples: Iterable[SoilSample], depth: tuple[float, float]
) -> dict[tuple[int, str], PlotValues]:
    """Per (season id, indicator) the mean value of each plot at one depth range."""
    sums: dict[tuple[int, str], dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for s in samples:
        if s.season_id is None or (s.depth_from_cm, s.depth_to_cm) != depth:
            continue
        for key, value in s.values.items():
            if value is not None:
                sums[(s.season_id, key)][s.plot_id].append(float(value))
    return {key: {pid: _mean(v) for pid, v in plots.items()} for key, plots in sums.items()}


def _depth_label(depth: tuple[float, float]) -> str:
    return f"{depth[0]:g}-{depth[1]:g} cm"


def _crop_rank(crop_key: str) -> int:
    return list(CROPS).index(crop_key) if crop_key in CROPS else len(CROPS)


def _crop_name(crop_key: str) -> str:
    return CROPS[crop_key].name_en.lower() if crop_key in CROPS else crop_key


def _measures(
    trial: Trial, samples: Sequence[SoilSample], yields: Sequence[YieldRecord],
    plot_areas: Mapping[int, float], crop_standard: Mapping[str, float | None] | None,
) -> tuple[list[Measure], str]:
    """The measures of the trial's plots (yield, labour, gross margin per crop; then each
    soil indicator at each depth), and a note on the yield records left out."""
    plots = {m.plot_id for m in trial.members}
    mine_y = [y for y in yields if y.plot_id in plots]
    by_yield, failed = yield_values(mine_y, plot_areas, crop_standard)
    by_labour, by_margin = harvest_values(mine_y, plot_areas, crop_standard)
    out: list[Measure] = []
    for kind, name, unit, table in ((YIELD, "Yield", "t/ha", by_yield),
                                    (LABOUR, "Labour", "person-days", by_labour),
                                    (MARGIN, "Gross margin", "riel/ha", by_margin)):
        for (sid, c), v in sorted(table.items(), key=lambda kv: _crop_rank(kv[0][1])):
            out.append(Measure(sid, f"{name} {_crop_name(c)}", unit, v, kind, c))
    mine_s = [s for s in samples if s.plot_id in plots]
    order = list(INDICATORS)
    for depth in sampled_depths(mine_s):
        by_soil = soil_values(mine_s, depth)
        for (sid, key), v in sorted(by_soil.items(), key=lambda kv: order.index(kv[0][1])
                                    if kv[0][1] in INDICATORS else len(order)):
            ind = INDICATORS.get(key)
            name = ind.name_en if ind else key
            out.append(Measure(sid, f"{name} ({_depth_label(depth)})",
                               ind.unit if ind else "", v, SOIL, key, depth))
    note = (msg("{count} yield record(s) left out: no t/ha could be computed", count=failed)
            if failed else "")
    return out, note


def site_pairs(trial: Trial, values: PlotValues) -> list[tuple[str, float, float]]:
    """(site, CA value, FP value) for every site of a paired trial that has both."""
    demo: dict[str, float] = {}
    control: dict[str, float] = {}
    for m in trial.members:
        if m.plot_id not in values:
            continue
        if m.treatment == DEMONSTRATION:
            demo[m.block] = values[m.plot_id]
        elif m.treatment == CONTROL:
            control[m.block] = values[m.plot_id]
    return [(site, demo[site], control[site]) for site in sorted(set(demo) & set(control))]


def _paired_row(trial: Trial, season: Season, measure: str, unit: str,
                values: PlotValues, note: str) -> ComparisonRow | None:
    pairs = site_pairs(trial, values)
    if not pairs:
        return None
    d = [ca for _site, ca, _fp in pairs]
    c = [fp for _site, _ca, fp in pairs]
    test = paired_difference(d, c)
    ratio = response_ratio(d, c).ratio
    return ComparisonRow(trial.name, season.name, measure, unit, test.n, _mean(d), _mean(c),
                         test.mean_difference, test.ci_low, test.ci_high, test.p_value,
                         ratio, joined([n for n in (test.reason, note) if n], "; "))


def _rcbd_row(trial: Trial, season: Season, measure: str, unit: str,
              values: PlotValues, note: str) -> ComparisonRow | None:
    cells = [(values[m.plot_id], m.treatment, m.block)
             for m in trial.members if m.plot_id in values]
    if not cells:
        return None
    # Only blocks with every treatment: the analysis of complete blocks.
    treatments = set(trial.treatments())
    by_block: dict[str, set[str]] = defaultdict(set)
    for _, t, b in cells:
        by_block[b].add(t)
    complete = {b for b, ts in by_block.items() if ts == treatments}
    kept = [c for c in cells if c[2] in complete]
    dropped = len(by_block) - len(complete)
    notes = [note] if note else []
    if dropped:
        notes.append(msg("{count} incomplete block(s) left out", count=dropped))
    try:
        anova = rcbd_anova([c[0] for c in kept], [c[1] for c in kept], [c[2] for c in kept])
    except StatisticsError as exc:
        return ComparisonRow(trial.name, season.name, measure, unit, len(complete), NAN, NAN,
                             NAN, NAN, NAN, NAN, NAN, joined([*notes, as_message(exc)], "; "))
    means = anova.treatment_means
    md, mc = means.get(DEMONSTRATION, NAN), means.get(CONTROL, NAN)
    diff = md - mc
    ratio = md / mc if mc and not math.isnan(mc) else NAN
    return ComparisonRow(trial.name, season.name, measure, unit, len(complete), md, mc, diff,
                         diff - anova.lsd_5pct, diff + anova.lsd_5pct,
                         anova.row("treatment").p_value, ratio, joined(notes, "; "), anova)


def compare_trial(
    trial: Trial,
    seasons: Sequence[Season],
    samples: Sequence[SoilSample],
    yields: Sequence[YieldRecord],
    plot_areas: Mapping[int, float],
    crop_standard: Mapping[str, float | None] | None = None,
) -> list[ComparisonRow]:
    """Rows per season (in calendar order) and measure (yields, labour and gross margins
    by crop, then soil indicators by depth, top first).

    ``plot_areas`` (hectares by plot id) serve whole-plot harvests; ``crop_standard``
    overrides a crop's standard moisture (%) for reporting, by crop key.
    """
    measures, note = _measures(trial, samples, yields, plot_areas, crop_standard)
    make = _rcbd_row if trial.design == TrialDesign.RCBD else _paired_row
    rows = []
    for season in _trial_seasons(trial, seasons):
        for m in measures:
            if m.season_id != season.id:
                continue
            row = make(trial, season, m.name, m.unit, m.values,
                       note if m.kind in (YIELD, MARGIN) else "")
            if row is not None:
                rows.append(replace(row, kind=m.kind, key=m.key, depth=m.depth))
    return rows


def trends(
    trial: Trial, seasons: Sequence[Season], samples: Sequence[SoilSample]
) -> list[TrendRow]:
    """Slope per year of each soil indicator under each treatment, over the seasons.

    Every plot's mean in a season is one point at the season's year; the fit is ordinary
    least squares over all points of the treatment.
    """
    plots = {m.plot_id: m.treatment for m in trial.members}
    mine = [s for s in samples if s.plot_id in plots]
    depth = shallowest_depth(mine)
    if depth is None:
        return []
    year_of = {s.id: s.year for s in _trial_seasons(trial, seasons)}
    values = soil_values(mine, depth)
    rows = []
    for treatment in trial.treatments():
        for key, ind in INDICATORS.items():
            xs: list[float] = []
            ys: list[float] = []
            for (sid, k), by_plot in values.items():
                if k != key or sid not in year_of:
                    continue
                for pid, v in by_plot.items():
                    if plots[pid] == treatment:
                        xs.append(float(year_of[sid]))
                        ys.append(v)
            if not xs:
                continue
            fit = trend(xs, ys)
            rows.append(TrendRow(trial.name, treatment, f"{ind.name_en} ({_depth_label(depth)})",
                                 ind.unit, fit.n, len(set(xs)), fit.slope_per_year, fit.ci_low,
                                 fit.ci_high, fit.p_value, fit.reason, key=key,
                                 depth=(float(depth[0]), float(depth[1]))))
    return rows


CSV_FIELDS = ("trial", "season", "measure", "unit", "n_pairs", "mean_demo", "mean_control",
              "mean_difference", "ci_low", "ci_high", "p_value", "response_ratio", "note")


def csv_record(row: ComparisonRow) -> list[str]:
    """A row's fields as text for a CSV file; a missing figure is an empty cell."""
    out = []
    for name in CSV_FIELDS:
        value = getattr(row, name)
        if isinstance(value, float):
            value = "" if math.isnan(value) else f"{value:.6g}"
        out.append(str(value))
    return out
