"""The demo project: deterministic, realistic, valid and free of overlaps."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest
import shapely

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.demo import PILOT_DISTRICTS, build_demo
from metkasekor_desktop.domain.enums import PlotRole, SeasonKind, Sex
from metkasekor_desktop.domain.geometry import METRIC_EPSG, areas_ha, to_metric, within_cambodia

KHMER = re.compile(r"[\u1780-\u17FF]")


@pytest.fixture(scope="module")
def demo():
    return build_demo()


def _geoms(data) -> np.ndarray:
    return np.array([p.geometry for p in data.plots], dtype=object)


def test_same_seed_gives_the_same_project_and_another_seed_a_different_one(demo):
    again = build_demo()
    assert [p.code for p in again.plots] == [p.code for p in demo.plots]
    assert [p.geometry.wkb for p in again.plots] == [p.geometry.wkb for p in demo.plots]
    assert [f.name_kh for f in again.farmers] == [f.name_kh for f in demo.farmers]
    other = build_demo(seed=8)
    assert [p.geometry.wkb for p in other.plots] != [p.geometry.wkb for p in demo.plots]


def test_default_counts_and_requested_plot_count(demo):
    assert len(demo.plots) == 150
    assert 50 <= len(demo.farmers) <= 70
    assert len(build_demo(40).plots) == 40
    assert len(demo.seasons) == 9
    assert {(s.year, s.kind) for s in demo.seasons} == {
        (y, k) for y in (2022, 2023, 2024) for k in SeasonKind
    }


def test_ids_are_one_to_n_and_references_exist(demo):
    for rows in (demo.farmers, demo.plots, demo.seasons, demo.practices, demo.providers,
                 demo.plans, demo.trials, demo.soil_samples, demo.yields, demo.events):
        assert [r.id for r in rows] == list(range(1, len(rows) + 1))
    farmers, plots = {f.id for f in demo.farmers}, {p.id for p in demo.plots}
    seasons, practices = {s.id for s in demo.seasons}, {p.id for p in demo.practices}
    providers = {p.id for p in demo.providers}
    assert all(p.farmer_id in farmers for p in demo.plots)
    for plan in demo.plans:
        assert plan.plot_id in plots and plan.season_id in seasons
        for item in plan.practices:
            assert item.practice_id in practices
            assert item.provider_id is None or item.provider_id in providers
    assert all(m.plot_id in plots for t in demo.trials for m in t.members)
    assert all(set(t.season_ids) <= seasons for t in demo.trials)
    assert all(s.plot_id in plots for s in demo.soil_samples)
    assert all(y.plot_id in plots and y.season_id in seasons for y in demo.yields)
    assert all(set(e.plot_ids) <= plots for e in demo.events)


def test_every_entity_passes_its_own_validation(demo):
    areas = {p.id: p.area_ha for p in demo.plots}
    for rows in (demo.farmers, demo.plots, demo.seasons, demo.practices, demo.providers,
                 demo.plans, demo.trials, demo.soil_samples, demo.events):
        for row in rows:
            row.validated()
    for y in demo.yields:
        y.validated(areas[y.plot_id])


def test_plots_are_valid_smallholder_sized_and_not_all_squares(demo):
    geoms = _geoms(demo)
    assert shapely.is_valid(geoms).all()
    assert all(g.geom_type == "MultiPolygon" for g in geoms)
    areas = areas_ha(geoms)
    assert areas.min() >= 0.2 and areas.max() <= 3.0
    vertex_counts = Counter(len(g.geoms[0].exterior.coords) - 1 for g in geoms)
    assert set(vertex_counts) == {4, 5}
    metric = to_metric(geoms)
    fill = shapely.area(metric) / shapely.area(shapely.envelope(metric))
    assert fill.min() < 0.95  # rotated or irregular, not axis-aligned rectangles


def test_no_two_plots_overlap(demo):
    geoms = _geoms(demo)
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = left < right
    overlap = shapely.area(shapely.intersection(geoms[left[pairs]], geoms[right[pairs]]))
    assert overlap.sum() == pytest.approx(0.0, abs=1e-12)


def test_larger_project_has_no_overlaps_either():
    geoms = _geoms(build_demo(1500, seed=3))
    left, right = shapely.STRtree(geoms).query(geoms, predicate="overlaps")
    assert not (left != right).any()


def test_a_national_layout_of_a_million_plots_fits_with_unique_codes_in_real_villages():
    from metkasekor_desktop.domain.codes import plot_code_prefix
    from metkasekor_desktop.domain.demo_layout import NATIONAL_SCALE_FROM, plot_layout

    n = 1_000_000
    assert n >= NATIONAL_SCALE_FROM
    lay = plot_layout(n, np.random.default_rng(7))  # once refused: the tiles did not fit
    assert len(lay.village) == n
    codes = [v.code for v in lay.villages]
    assert len(set(codes)) == len(codes)
    assert all(places.place(c) is not None for c in codes)
    assert len({c[:2] for c in codes}) >= 20  # spread over most provinces
    per_district = Counter(codes[i][:4] for i in np.unique(lay.village))
    plots_per_district = Counter()
    for v, k in zip(*np.unique(lay.village, return_counts=True), strict=True):
        plots_per_district[codes[v][:4]] += int(k)
    assert set(per_district) == set(plots_per_district)
    plot_codes = {f"{plot_code_prefix(d)}-{i:04d}"
                  for d, k in plots_per_district.items() for i in range(1, k + 1)}
    assert len(plot_codes) == n


def test_plots_lie_in_real_villages_of_the_pilot_districts_inside_cambodia(demo):
    for plot in demo.plots:
        assert plot.village_code[:4] in PILOT_DISTRICTS
        assert places.place(plot.village_code) is not None
        assert plot.code.startswith({"0207": "BTB-RM-", "0210": "BTB-SL-",
                                     "1305": "PVH-RV-"}[plot.village_code[:4]])
        assert within_cambodia(plot.geometry)
        assert plot.geometry.bounds[0] >= 102.32
    codes = [p.code for p in demo.plots]
    assert len(set(codes)) == len(codes)
    assert "BTB-RM-0001" in codes and "PVH-RV-0001" in codes


def test_demonstration_plots_have_a_neighbouring_control_of_the_same_farmer(demo):
    by_id = {p.id: p for p in demo.plots}
    demos = [p for p in demo.plots if p.role == PlotRole.DEMONSTRATION]
    assert 0.08 <= len(demos) / len(demo.plots) <= 0.22
    for d in demos:
        control = by_id[d.paired_plot_id]
        assert control.role == PlotRole.CONTROL
        assert control.farmer_id == d.farmer_id
        assert shapely.distance(to_metric(d.geometry), to_metric(control.geometry)) < 50.0
    controls = [p for p in demo.plots if p.role == PlotRole.CONTROL]
    assert sorted(p.id for p in controls) == sorted(d.paired_plot_id for d in demos)


def test_farmers_have_khmer_and_latin_names_phones_and_about_forty_percent_women(demo):
    women = sum(f.sex == Sex.FEMALE for f in demo.farmers) / len(demo.farmers)
    assert 0.25 <= women <= 0.55
    for f in demo.farmers:
        assert KHMER.search(f.name_kh) and not KHMER.search(f.name_latin)
        assert len(f.name_kh.split()) == len(f.name_latin.split()) == 2
        assert re.fullmatch(r"0\d\d \d{3} \d{3,4}", f.phone)
        assert places.place(f.village_code) is not None
    assert any(f.early_adopter for f in demo.farmers)


def _slope(samples, plot_ids, years) -> float:
    rows = [(years[s.season_id], s.values["soc_pct"]) for s in samples
            if s.plot_id in plot_ids and s.depth_from_cm == 0]
    x, y = np.array(rows).T
    return float(np.polyfit(x, y, 1)[0])


def test_ca_plots_gain_soil_carbon_against_their_controls(demo):
    years = {s.id: s.year for s in demo.seasons}
    ca = {m.plot_id for t in demo.trials for m in t.members if m.treatment == "CA"}
    fp = {m.plot_id for t in demo.trials for m in t.members if m.treatment == "FP"}
    assert ca and fp
    ca_slope, fp_slope = _slope(demo.soil_samples, ca, years), _slope(demo.soil_samples, fp, years)
    assert 0.03 <= ca_slope <= 0.2
    assert ca_slope > fp_slope
    assert fp_slope <= 0.02
    assert {s.depth_to_cm for s in demo.soil_samples} == {10, 20}


def test_ca_maize_yields_beat_the_controls_in_2024(demo):
    season_year = {s.id: s.year for s in demo.seasons}
    areas = {p.id: p.area_ha for p in demo.plots}
    ca = {m.plot_id for t in demo.trials for m in t.members if m.treatment == "CA"}

    def mean(is_ca: bool) -> float:
        values = [y.yield_t_ha(areas[y.plot_id]) for y in demo.yields
                  if y.crop == "maize" and season_year[y.season_id] == 2024
                  and (y.plot_id in ca) == is_ca]
        assert values
        return float(np.mean(values))

    assert 4.0 <= mean(False) < mean(True) <= 7.5


def test_trials_pair_ca_with_farmer_practice_per_pilot_district(demo):
    assert len(demo.trials) == 3
    for trial in demo.trials:
        for block in trial.blocks():
            assert sorted(m.treatment for m in trial.members if m.block == block) == ["CA", "FP"]


def test_elevation_covers_the_plots_with_plausible_heights_and_some_nodata(demo):
    dem = demo.dem
    assert dem.array.dtype == np.float32 and max(dem.array.shape) <= 3000
    assert dem.epsg == METRIC_EPSG
    x0, dx, _, y0, _, dy = dem.transform
    rows, cols = dem.array.shape
    minx, miny, maxx, maxy = shapely.total_bounds(to_metric(_geoms(demo)))
    assert x0 < minx and x0 + cols * dx > maxx and y0 > maxy and y0 + rows * dy < miny
    valid = dem.array[dem.array != dem.nodata]
    assert (dem.array == dem.nodata).any()
    assert 5 <= valid.min() and valid.max() <= 400
    # the pilot sites lie on ground of their kind: lowland or hill, and plateau at Rovieng
    for plot in demo.plots:
        cx, cy = to_metric(plot.geometry.centroid).coords[0]
        z = dem.array[int((cy - y0) / dy), int((cx - x0) / dx)]
        if plot.village_code.startswith("13"):
            assert 80 <= z <= 200
        else:
            assert 10 <= z <= 360


def test_target_populations_cover_every_district_and_commune_with_plots(demo):
    from metkasekor_desktop.analysis.bass import TIPPING_SHARE
    from metkasekor_desktop.analysis.diffusion import cumulative_adopters
    from metkasekor_desktop.domain.demo_targets import SOURCE

    targets = {t.area_code: t for t in demo.targets}
    codes = {p.village_code for p in demo.plots if p.village_code}
    assert {c[:4] for c in codes} | {c[:6] for c in codes} == set(targets)
    assert [t.id for t in demo.targets] == list(range(1, len(demo.targets) + 1))
    assert all(t.validated().source == SOURCE and t.households >= 1 for t in demo.targets)
    for district in {c[:4] for c in codes}:  # a district is the sum of its communes
        assert targets[district].households == sum(
            t.households for c, t in targets.items() if len(c) == 6 and c[:4] == district)
    # Several times the register's farmers, and adopters around or below the tipping
    # point in the latest year, never far past it.
    for uptake in cumulative_adopters(demo.plots, demo.plans, demo.practices,
                                      demo.seasons, "district"):
        households = targets[uptake.area].households
        assert households >= 3 * uptake.farmers
        assert uptake.years[-1].cumulative / households <= TIPPING_SHARE
    assert [(t.area_code, t.households) for t in build_demo().targets] == [
        (t.area_code, t.households) for t in demo.targets]
