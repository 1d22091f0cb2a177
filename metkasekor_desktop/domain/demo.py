"""A deterministic, realistic demo project: farmers, plots, plans, trials and results.

Used for first-run demonstrations, screenshots and benchmarks. The same seed always
gives the same project. Plots never overlap by construction: each village's plots
fill the cells of a small irregular grid (one plot inside each cell, with a margin),
and each village grid lies inside its own exclusive tile of a provincial tile grid.
Everything is built in UTM 48N metres and reprojected once, in bulk, to WGS 84.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import numpy as np
import shapely
from pyproj import Transformer

from metkasekor_desktop.domain import demo_names as names
from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.codes import plot_code_prefix
from metkasekor_desktop.domain.crops import crop
from metkasekor_desktop.domain.enums import (
    PlanStatus,
    PlotRole,
    SeasonKind,
    Service,
    Sex,
    Stage,
    TerminationMethod,
    TrialDesign,
    YieldMethod,
)
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.practice import (
    COVER_CROP_SPECIES,
    Practice,
    PracticeDetails,
    default_catalogue,
)
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import SoilSample
from metkasekor_desktop.domain.trial import CONTROL, DEMONSTRATION, Trial, TrialMember
from metkasekor_desktop.domain.yields import YieldRecord, moisture_factor

PILOT_DISTRICTS = ("0207", "0210", "1305")
PILOT_SHARES = (0.4, 0.3, 0.3)
PROVINCE_SCALE_FROM = 5000  # from this many plots, all districts of provinces 02 and 13
YEARS = (2022, 2023, 2024)
STATUS_AS_OF = date(2024, 9, 1)  # plans of seasons that ended before it are done
DEMO_FRACTION = 0.15  # share of plots that are demonstration plots (as many controls)
MAX_TRIAL_PAIRS_PER_DISTRICT = 12  # detailed records only for these, so 100k stays quick
PLOTS_PER_VILLAGE = 8  # in a pilot-scale project
_CELL_MARGIN_M = 3.0
_EPOCH = datetime(2022, 1, 10, 8, 0, tzinfo=UTC)


@dataclass(slots=True)
class DemoElevation:
    """An elevation grid (metres, float32) in UTM 48N with its GDAL transform."""

    array: np.ndarray
    transform: tuple[float, float, float, float, float, float]
    epsg: int = METRIC_EPSG
    nodata: float = -9999.0


@dataclass(slots=True)
class DemoDataset:
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
    dem: DemoElevation | None = None


@dataclass(slots=True)
class _Village:
    code: str
    name_kh: str
    name_en: str
    commune_kh: str


@dataclass(slots=True)
class _Layout:
    """Plots as arrays, in the order of their ids."""

    village: np.ndarray  # index into villages
    role: np.ndarray  # 0 farmer field, 1 demonstration, 2 control
    partner: np.ndarray  # index of the paired plot or -1
    xy: np.ndarray  # (m, 2) UTM vertices of all rings, closed
    ring_index: np.ndarray  # plot index of each vertex
    villages: list[_Village]


# ---------------------------------------------------------------- places and cells
def _villages_of(district_code: str) -> list[_Village]:
    out = []
    for c in places.communes(district_code):
        for v in places.villages(c.code):
            out.append(_Village(v.code, v.name_kh, v.name_en, c.name_kh))
    return out


def _split(total: int, k: int, rng: np.random.Generator) -> np.ndarray:
    """Split ``total`` plots over ``k`` villages unevenly, as real villages differ."""
    if k == 0:
        return np.zeros(0, dtype=int)
    return rng.multinomial(total, rng.dirichlet(np.full(k, 5.0)))


def _allocate(n_plots: int, rng: np.random.Generator) -> list[tuple[str, _Village, int]]:
    """(district, village, plot count) for every village that gets plots."""
    out: list[tuple[str, _Village, int]] = []
    if n_plots < PROVINCE_SCALE_FROM:
        shares = np.floor(np.array(PILOT_SHARES) * n_plots).astype(int)
        shares[: n_plots - shares.sum()] += 1
        for district, n_d in zip(PILOT_DISTRICTS, shares, strict=True):
            pool = _villages_of(district)
            k = int(np.clip(round(n_d / PLOTS_PER_VILLAGE), 1, len(pool)))
            chosen = np.sort(rng.choice(len(pool), k, replace=False))
            for i, n_v in zip(chosen, _split(int(n_d), k, rng), strict=True):
                out.append((district, pool[i], int(n_v)))
    else:
        pools = {
            d.code: _villages_of(d.code)
            for p in names.PROVINCE_BOXES
            for d in places.districts(p)
            if d.code in names.DISTRICT_BOXES
        }
        total = sum(len(v) for v in pools.values())
        counts = rng.multinomial(n_plots, [len(v) / total for v in pools.values()])
        for (district, pool), n_d in zip(pools.items(), counts, strict=True):
            for v, n_v in zip(pool, _split(int(n_d), len(pool), rng), strict=True):
                out.append((district, v, int(n_v)))
    return [row for row in out if row[2] > 0]


def _village_cells(n: int, rng: np.random.Generator):
    """Cells (x0, x1, y0, y1) of a village grid centred on 0, pairs and its radius."""
    n_cells = math.ceil(n * 1.15)
    nx = max(1, math.ceil(math.sqrt(n_cells * 1.2)))
    ny = math.ceil(n_cells / nx)
    xe = np.concatenate([[0.0], np.cumsum(rng.uniform(60.0, 190.0, nx))])
    ye = np.concatenate([[0.0], np.cumsum(rng.uniform(70.0, 160.0, ny))])
    xe -= xe[-1] / 2
    ye -= ye[-1] / 2
    filled = np.sort(rng.choice(nx * ny, n, replace=False))
    row, col = np.divmod(filled, nx)
    cells = np.column_stack([xe[col], xe[col + 1], ye[row], ye[row + 1]])
    # Demonstration/control pairs: two filled neighbours in one row.
    pos = {int(f): i for i, f in enumerate(filled)}
    cands = [i for i, f in enumerate(filled) if col[i] % 2 == 0 and int(f) + 1 in pos
             and col[i] + 1 < nx]
    k = min(len(cands), int(math.floor(n * DEMO_FRACTION + rng.random())))
    pairs = []
    for i in np.sort(rng.choice(len(cands), k, replace=False)) if k else ():
        a, b = cands[i], pos[int(filled[cands[i]]) + 1]
        pairs.append((a, b) if rng.random() < 0.5 else (b, a))  # (demo, control)
    return cells, pairs, 0.5 * math.hypot(xe[-1] - xe[0], ye[-1] - ye[0])


def _tile_centres(
    rows: list[tuple[str, _Village, int]], radii: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """One exclusive square tile per village (UTM centre), inside its district if it can."""
    to_utm = Transformer.from_crs(STORAGE_EPSG, METRIC_EPSG, always_xy=True)
    to_ll = Transformer.from_crs(METRIC_EPSG, STORAGE_EPSG, always_xy=True)
    tile = 2 * float(radii.max(initial=0.0)) + 300.0
    centres = np.zeros((len(rows), 2))
    district_of = np.array([r[0] for r in rows])
    for prov, (w, s, e, n) in names.PROVINCE_BOXES.items():
        idx = [i for i, r in enumerate(rows) if r[0].startswith(prov)]
        if not idx:
            continue
        shrink = tile / 2 / 100_000.0  # keep whole tiles inside the province box
        xs, ys = to_utm.transform([w, e, w, e], [s, s, n, n])
        gx = np.arange(min(xs) + tile / 2, max(xs), tile)
        gy = np.arange(min(ys) + tile / 2, max(ys), tile)
        tx, ty = (a.ravel() for a in np.meshgrid(gx, gy))
        lon, lat = to_ll.transform(tx, ty)
        ok = (lon >= w + shrink) & (lon <= e - shrink) & (lat >= s + shrink) & (lat <= n - shrink)
        tx, ty, lon, lat = tx[ok], ty[ok], lon[ok], lat[ok]
        free = np.ones(len(tx), dtype=bool)
        for district in dict.fromkeys(district_of[idx]):
            members = [i for i in idx if rows[i][0] == district]
            dw, ds, de, dn = names.DISTRICT_BOXES[district]
            inside = (lon >= dw) & (lon <= de) & (lat >= ds) & (lat <= dn)
            dist = np.hypot((lon - (dw + de) / 2) / (de - dw), (lat - (ds + dn) / 2) / (dn - ds))
            key = np.where(inside, rng.random(len(tx)), 1.0 + dist)
            key[~free] = np.inf
            order = np.argsort(key, kind="stable")[: len(members)]
            if len(order) < len(members) or not np.isfinite(key[order]).all():
                raise ValueError(f"Too many villages for the demo tiles of province {prov}.")
            free[order] = False
            # Villages of a district take its tiles from south-west to north-east.
            order = order[np.lexsort((tx[order], ty[order]))]
            for i, t in zip(members, order, strict=True):
                room = tile / 2 - radii[i] - 50.0
                centres[i] = (tx[t], ty[t]) + rng.uniform(-room, room, 2)
    return centres


def _layout(n_plots: int, rng: np.random.Generator) -> _Layout:
    rows = _allocate(n_plots, rng)
    grids = [_village_cells(n, rng) for _, _, n in rows]
    radii = np.array([g[2] for g in grids])
    centres = _tile_centres(rows, radii, rng)
    cells = np.concatenate([g[0] for g in grids]) if grids else np.zeros((0, 4))
    counts = np.array([n for _, _, n in rows], dtype=int)
    village = np.repeat(np.arange(len(rows)), counts)
    offsets = np.concatenate([[0], np.cumsum(counts)])
    role = np.zeros(len(cells), dtype=np.int8)
    partner = np.full(len(cells), -1)
    for v, (_, pairs, _) in enumerate(grids):
        for d, c in pairs:
            d, c = d + offsets[v], c + offsets[v]
            role[d], role[c], partner[d], partner[c] = 1, 2, c, d
    xy, ring_index = _plot_rings(cells, rng)
    angle = rng.uniform(-0.6, 0.6, len(rows))[village][ring_index]
    cos, sin = np.cos(angle), np.sin(angle)
    x, y = xy[:, 0], xy[:, 1]
    shift = centres[village][ring_index]
    xy = np.column_stack([x * cos - y * sin + shift[:, 0], x * sin + y * cos + shift[:, 1]])
    return _Layout(village, role, partner, xy, ring_index, [r[1] for r in rows])


def _plot_rings(cells: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """One quadrilateral or pentagon per cell, star-shaped about the cell centre.

    Each corner stays in its own quadrant, at 80-100 % of the inner half-size, and
    the fifth vertex stays near the right-hand axis: the vertices are in angular order
    around the centre, so every ring is simple (valid) and inside its cell.
    """
    n = len(cells)
    cx, cy = (cells[:, 0] + cells[:, 1]) / 2, (cells[:, 2] + cells[:, 3]) / 2
    hw = (cells[:, 1] - cells[:, 0]) / 2 - _CELL_MARGIN_M
    hh = (cells[:, 3] - cells[:, 2]) / 2 - _CELL_MARGIN_M
    f = rng.uniform(0.8, 1.0, (n, 8))
    sx = np.array([-1, 1, 1, 1, -1, -1])  # BL, BR, E, TR, TL, BL again
    sy = np.array([-1, -1, 0, 1, 1, -1])
    fx = np.column_stack([f[:, 0], f[:, 1], rng.uniform(0.88, 1.0, n), f[:, 2], f[:, 3], f[:, 0]])
    fy = np.column_stack([f[:, 4], f[:, 5], rng.uniform(-0.15, 0.15, n), f[:, 6], f[:, 7],
                          f[:, 4]])
    px = cx[:, None] + sx * fx * hw[:, None]
    py = cy[:, None] + np.where(sy == 0, 1, sy) * fy * hh[:, None]
    keep = np.ones((n, 6), dtype=bool)
    keep[:, 2] = rng.random(n) < 0.4  # two plots in five are pentagons
    xy = np.column_stack([px[keep], py[keep]])
    return xy, np.repeat(np.arange(n), keep.sum(axis=1))


# ---------------------------------------------------------------- people and plots
def _phones(n: int, rng: np.random.Generator) -> list[str]:
    """Cambodian mobile numbers: 0XX XXX XXX, or 0XX XXX XXXX for Metfone."""
    long = rng.random(n) < 0.2
    p9 = rng.integers(0, len(names.PHONE_PREFIXES_9), n)
    p10 = rng.integers(0, len(names.PHONE_PREFIXES_10), n)
    num = rng.integers(0, 10**7, n)
    out = []
    for i in range(n):
        if long[i]:
            d = f"{num[i]:07d}"
            out.append(f"{names.PHONE_PREFIXES_10[p10[i]]} {d[:3]} {d[3:]}")
        else:
            d = f"{num[i] % 10**6:06d}"
            out.append(f"{names.PHONE_PREFIXES_9[p9[i]]} {d[:3]} {d[3:]}")
    return out


def _farmers(lay: _Layout, n_plots: int, rng: np.random.Generator):
    """Farmers of each village (about 40 % women); a demonstration pair has one farmer."""
    target = max(10, round(n_plots / 2.5))
    counts = np.bincount(lay.village, minlength=len(lay.villages))
    starts = np.concatenate([[0], np.cumsum(counts)])
    n_demo = np.bincount(lay.village[lay.role == 1], minlength=len(lay.villages))
    per_village = np.maximum(
        np.maximum(n_demo, 1), np.round(counts / max(n_plots, 1) * target).astype(int)
    )
    first = np.concatenate([[1], 1 + np.cumsum(per_village)])
    owner = first[lay.village] + (rng.random(n_plots) * per_village[lay.village]).astype(int)
    for v in range(len(lay.villages)):
        idx = np.arange(starts[v], starts[v + 1])
        for j, d in enumerate(idx[lay.role[idx] == 1]):
            owner[d] = owner[lay.partner[d]] = first[v] + j
    n = int(per_village.sum())
    village = np.repeat(np.arange(len(lay.villages)), per_village)
    female = rng.random(n) < 0.4
    fam = rng.integers(0, len(names.FAMILY_NAMES), n)
    given = rng.integers(0, 1 << 30, n)
    coop_village = rng.random(len(lay.villages)) < 0.7
    coop = coop_village[village] & (rng.random(n) < 0.6)
    adopter = rng.random(n) < 0.1
    phones = _phones(n, rng)
    farmers = []
    for i in range(n):
        vil = lay.villages[village[i]]
        pool = names.FEMALE_GIVEN_NAMES if female[i] else names.MALE_GIVEN_NAMES
        g = pool[given[i] % len(pool)]
        f = names.FAMILY_NAMES[fam[i]]
        farmers.append(Farmer(
            id=i + 1,
            name_kh=f"{f[0]} {g[0]}",
            name_latin=f"{f[1]} {g[1]}",
            sex=Sex.FEMALE if female[i] else Sex.MALE,
            phone=phones[i],
            village_code=vil.code,
            cooperative=f"{names.COOPERATIVE_KH}{vil.commune_kh}" if coop[i] else "",
            early_adopter=bool(adopter[i] or i + 1 - first[village[i]] < n_demo[village[i]]),
        ))
    return farmers, owner


def _plots(lay: _Layout, owner: np.ndarray, districts: list[str], rng: np.random.Generator):
    """Plot entities; geometries reprojected to WGS 84 in one call and built in bulk."""
    to_ll = Transformer.from_crs(METRIC_EPSG, STORAGE_EPSG, always_xy=True)
    lon, lat = to_ll.transform(lay.xy[:, 0], lay.xy[:, 1])
    rings = shapely.linearrings(np.column_stack([lon, lat]), indices=lay.ring_index)
    geoms = shapely.multipolygons(shapely.polygons(rings), indices=np.arange(len(rings)))
    n = len(geoms)
    district = np.array(districts, dtype=object)[lay.village] if n else np.zeros(0, dtype=object)
    seq: dict[str, int] = {}
    noted = rng.random(n) < 0.15
    note = rng.integers(0, len(names.PLOT_NOTES_KH), n)
    soil_pick = rng.integers(0, 100, n)
    roles = (PlotRole.FARMER_FIELD, PlotRole.DEMONSTRATION, PlotRole.CONTROL)
    plots = []
    for i in range(n):
        d = district[i]
        seq[d] = seq.get(d, 0) + 1
        village = lay.villages[lay.village[i]]
        soils = names.SOIL_TYPES.get(d, names.SOIL_TYPES_OTHER)
        soil = soils[0] if soil_pick[i] < 55 else soils[1 + soil_pick[i] % (len(soils) - 1)]
        role = roles[lay.role[i]]
        stamp = _EPOCH + timedelta(minutes=7 * i)
        plots.append(Plot(
            id=i + 1,
            code=f"{plot_code_prefix(d)}-{seq[d]:04d}",
            name=f"{village.name_en} {role.value.replace('_', ' ')}" if lay.role[i] else "",
            farmer_id=int(owner[i]),
            geometry=geoms[i],
            village_code=village.code,
            role=role,
            paired_plot_id=int(lay.partner[i]) + 1 if lay.role[i] == 1 else None,
            soil_type=soil,
            notes=names.PLOT_NOTES_KH[note[i]] if noted[i] else "",
            created_at=stamp,
            modified_at=stamp,
        ))
    return plots


def _providers(rng: np.random.Generator) -> list[Provider]:
    out = []
    phones = _phones(len(names.PROVIDERS), rng)
    for i, (name, kind, services, provinces, contact) in enumerate(names.PROVIDERS, start=1):
        phone = phones[i - 1]
        slug = "".join(ch for ch in name.split("(")[-1].lower() if ch.isalnum())[:20]
        out.append(Provider(
            id=i, name=name, kind=kind, services=services, provinces=provinces,
            contact_person=contact, phone=phone, email=f"contact@{slug}.example",
        ).validated())
    return out


def _seasons() -> list[Season]:
    out = []
    for year in YEARS:
        for kind in SeasonKind:
            s = Season.template(year, kind)
            s.id = len(out) + 1
            out.append(s.validated())
    return out


# ---------------------------------------------------------------- plans and results
_LEGUMES = {  # main-wet rotation crop: (yield t/ha range, price riel/kg range)
    "mung_bean": ((0.9, 1.3), (4200, 5200)),
    "soybean": ((1.5, 2.1), (2300, 2800)),
    "cowpea": ((0.8, 1.2), (3000, 3800)),
}
_CA_YIELD_GAIN = (-0.15, 0.45, 0.9)  # t/ha of maize over the control, by trial year


@dataclass(slots=True)
class _Site:
    """A demonstration/control pair with what its records share."""

    demo: Plot
    control: Plot
    legume: str
    species: str
    maize_base: float
    soc_base: float


def _sites(plots: list[Plot], rng: np.random.Generator) -> dict[str, list[_Site]]:
    """Trial pairs of each pilot district, at most MAX_TRIAL_PAIRS_PER_DISTRICT each."""
    out: dict[str, list[_Site]] = {}
    for p in plots:
        d = p.village_code[:4]
        if p.role != PlotRole.DEMONSTRATION or d not in PILOT_DISTRICTS:
            continue
        sites = out.setdefault(d, [])
        if len(sites) < MAX_TRIAL_PAIRS_PER_DISTRICT:
            sites.append(_Site(
                p, plots[p.paired_plot_id - 1], str(rng.choice(list(_LEGUMES))),
                COVER_CROP_SPECIES[rng.integers(0, 4)], float(rng.uniform(4.3, 5.3)),
                float(rng.uniform(0.8, 1.6)),
            ))
    return out


def _day(rng: np.random.Generator, year: int, month: int, first: int, last: int) -> date:
    return date(year, month, int(rng.integers(first, last + 1)))


def _plans(sites, seasons, practices, providers, rng) -> list[PlotSeasonPlan]:
    """CA plans on demonstration plots, the farmer's practice on their controls."""
    key = {p.key: p.id for p in practices}

    def provider(service: Service, province: str) -> int | None:
        for pr in providers:
            if pr.offers(service) and province in pr.provinces and service in pr.services:
                return pr.id
        return None

    plans = []
    for district, group in sites.items():
        prov = district[:2]
        for site in group:
            for season in seasons:
                if season.kind == SeasonKind.DRY:
                    continue
                k = season.year - YEARS[0]
                early = season.kind == SeasonKind.EARLY_WET
                sown = _day(rng, season.year, 5 if early else 8, 1, 25)
                crops = ("maize",) if early else (site.legume,)
                for plot in (site.demo, site.control):
                    area = plot.area_ha
                    if plot is site.control:
                        items = [PlannedPractice(practice_id=key["conventional"])]
                    elif early:
                        items = [
                            PlannedPractice(
                                practice_id=key["no_till"],
                                provider_id=provider(Service.NO_TILL_PLANTING, prov),
                                cost=round(area * 200_000, -3)),
                            PlannedPractice(practice_id=key["residue_retention"],
                                            details=PracticeDetails(residue_cover_pct=round(
                                                min(95.0, 35 + 15 * k + rng.uniform(-5, 5)), 0))),
                            PlannedPractice(practice_id=key["rotation"],
                                            details=PracticeDetails(rotation_crop=site.legume)),
                        ]
                    else:
                        low, high = names.SEED_RATES[site.species]
                        rate = round(float(rng.uniform(low, high)), 1)
                        items = [
                            PlannedPractice(
                                practice_id=key["no_till"],
                                provider_id=provider(Service.NO_TILL_PLANTING, prov),
                                cost=round(area * 200_000, -3)),
                            PlannedPractice(
                                practice_id=key["cover_crop"],
                                provider_id=provider(Service.COVER_CROP_SEED, prov),
                                cost=round(area * rate * 12_000, -3),
                                details=PracticeDetails(
                                    cover_crop_species=site.species, seed_rate_kg_ha=rate,
                                    sowing_date=_day(rng, season.year, 10, 1, 20),
                                    termination_method=TerminationMethod.ROLLER_CRIMPER
                                    if rng.random() < 0.6 else TerminationMethod.HERBICIDE,
                                    termination_date=_day(rng, season.year + 1, 4, 10, 30))),
                        ]
                    done = season.end_date < STATUS_AS_OF
                    plans.append(PlotSeasonPlan(
                        id=len(plans) + 1, plot_id=plot.id, season_id=season.id, crops=crops,
                        practices=items, status=PlanStatus.DONE if done else PlanStatus.PLANNED,
                        planned_date=sown, done_date=sown if done else None,
                    ).validated())
    return plans


def _trials(sites, seasons) -> list[Trial]:
    wet = tuple(s.id for s in seasons if s.kind != SeasonKind.DRY)
    trials = []
    for district, group in sites.items():
        unit = places.district(district)
        trials.append(Trial(
            id=len(trials) + 1,
            name=f"{unit.name_en if unit else district} CA vs farmer practice 2022-2024",
            design=TrialDesign.PAIRED, season_ids=wet,
            description="No-till, residue retention and cover crops (CA) against the "
                        "farmer's practice (FP) on neighbouring plots; farms are replicates.",
            members=[m for s in group for m in (
                TrialMember(plot_id=s.demo.id, treatment=DEMONSTRATION, block=s.demo.code),
                TrialMember(plot_id=s.control.id, treatment=CONTROL, block=s.demo.code))],
        ).validated())
    return trials


def _soil(sites, seasons, rng) -> list[SoilSample]:
    """Two depths a year per trial plot; CA soils improve, controls stay flat or decline."""
    early = {s.year: s.id for s in seasons if s.kind == SeasonKind.EARLY_WET}
    out = []
    for group in sites.values():
        for site in group:
            for year in YEARS:
                k = year - YEARS[0]
                when = _day(rng, year, 4, 16, 30)
                for plot, ca in ((site.demo, True), (site.control, False)):
                    for top, bottom, depth in ((0, 10, 1.0), (10, 20, 0.75)):
                        soc = site.soc_base * depth + k * (
                            rng.uniform(0.05, 0.15) * depth if ca else -0.02 * depth)
                        soc = max(0.2, soc + rng.normal(0, 0.03))
                        bd = 1.38 + 0.06 * (1 - depth) * 4 + (-0.03 if ca else 0.005) * k
                        g = 1 + (0.25 if ca else -0.02) * k
                        values = {
                            "soc_pct": round(soc, 2),
                            "poxc_mg_kg": round(380 * soc + rng.normal(0, 25), 0),
                            "total_n_pct": round(soc / rng.uniform(10, 12), 3),
                            "ph_water": round(5.8 + rng.normal(0, 0.15), 2),
                            "bulk_density_g_cm3": round(bd + rng.normal(0, 0.02), 2),
                            "infiltration_mm_h": round(35 * g * rng.lognormal(0, 0.1), 1),
                            "aggregate_stability_pct": round(min(95, 45 * g + rng.normal(0, 3)), 1),
                            "earthworms_per_m2": float(round(depth * 12 * (1 + (1.2 if ca else 0)
                                                       * k) * rng.lognormal(0, 0.2))),
                            "available_p_mg_kg": round(rng.uniform(6, 18), 1),
                            "exchangeable_k_cmol_kg": round(rng.uniform(0.15, 0.6), 2),
                        }
                        out.append(SoilSample(
                            id=len(out) + 1, plot_id=plot.id, season_id=early[year],
                            sample_date=when, depth_from_cm=top, depth_to_cm=bottom,
                            method="Walkley-Black, Kjeldahl; ring infiltration",
                            lab="RUA soil laboratory", values=values,
                        ).validated())
    return out


def _sample_record(crop_key: str, t_ha: float, rng) -> dict[str, float]:
    """Sample area, moisture and the fresh weight that give ``t_ha`` at standard moisture."""
    area = round(float(rng.uniform(10, 25)) * 2) / 2
    moisture = round(float(rng.uniform(18, 28) if crop_key == "maize" else rng.uniform(15, 19)), 1)
    factor = moisture_factor(moisture, crop(crop_key).standard_moisture_pct)
    return {"sample_area_m2": area, "moisture_pct": moisture,
            "fresh_weight_kg": round(t_ha * area / 10 / factor, 2)}


def _yields(sites, seasons, rng) -> list[YieldRecord]:
    """Harvests of the seasons already done; CA maize gains after the first year."""
    out = []
    for group in sites.values():
        for site in group:
            for season in seasons:
                if season.kind == SeasonKind.DRY or season.end_date >= STATUS_AS_OF:
                    continue
                k = season.year - YEARS[0]
                early = season.kind == SeasonKind.EARLY_WET
                key = "maize" if early else site.legume
                (low, high), (p_low, p_high) = _LEGUMES.get(key, ((0, 0), (850, 1100)))
                legume = float(rng.uniform(low, high))
                price = round(float(rng.uniform(p_low, p_high)), -1)
                for plot, ca in ((site.demo, True), (site.control, False)):
                    if early:
                        t_ha = site.maize_base + (_CA_YIELD_GAIN[k] if ca else -0.05 * k)
                        t_ha = float(np.clip(t_ha + rng.normal(0, 0.2), 4.0, 7.0))
                    else:
                        t_ha = legume * ((0.95, 1.08, 1.15)[k] if ca else 1.0)
                    out.append(YieldRecord(
                        id=len(out) + 1, plot_id=plot.id, season_id=season.id, crop=key,
                        harvest_date=_day(rng, season.year, 7 if early else 11, 10, 28),
                        method=YieldMethod.SAMPLE, **_sample_record(key, t_ha, rng),
                        labour_days=round(float(rng.uniform(18, 25) if ca
                                                else rng.uniform(28, 38))),
                        input_cost=round(float(rng.uniform(1.4e6, 1.8e6)), -4),
                        service_cost=round(float(rng.uniform(3.0e5, 4.0e5) if ca
                                                 else rng.uniform(4.5e5, 6.0e5)), -4),
                        price_per_kg=price,
                    ).validated())
    return out


_SCHEDULE = (  # (stage, year, month)
    (Stage.IDENTIFICATION, 2022, 2), (Stage.DEMAND_CREATION_MEETING, 2022, 3),
    (Stage.FIELD_SHOWCASE, 2022, 7), (Stage.ANNUAL_MEETING, 2022, 12),
    (Stage.DEMAND_CREATION_MEETING, 2023, 3), (Stage.COMMERCIAL_DEMONSTRATION, 2023, 6),
    (Stage.FIELD_SHOWCASE, 2023, 7), (Stage.ANNUAL_MEETING, 2023, 12),
    (Stage.PROMOTIONAL_MEETING, 2024, 2), (Stage.COMMERCIAL_DEMONSTRATION, 2024, 6),
    (Stage.FIELD_SHOWCASE, 2024, 7), (Stage.ANNUAL_MEETING, 2024, 12),
)
_ATTENDANCE = {  # (women low, high, men low, high)
    Stage.IDENTIFICATION: (3, 8, 6, 14), Stage.DEMAND_CREATION_MEETING: (10, 25, 15, 35),
    Stage.FIELD_SHOWCASE: (15, 40, 20, 50), Stage.COMMERCIAL_DEMONSTRATION: (8, 20, 12, 30),
    Stage.ANNUAL_MEETING: (12, 30, 18, 40), Stage.PROMOTIONAL_MEETING: (8, 20, 12, 30),
}


def _events(sites, rng) -> list[ExtensionEvent]:
    out = []
    for group in sites.values():
        for n, (stage, year, month) in enumerate(_SCHEDULE):
            site = group[n % len(group)]
            at_plot = stage in (Stage.FIELD_SHOWCASE, Stage.COMMERCIAL_DEMONSTRATION)
            village = places.place(site.demo.village_code)
            w0, w1, m0, m1 = _ATTENDANCE[stage]
            hall = names.MEETING_PLACES_KH[n % len(names.MEETING_PLACES_KH)]
            out.append(ExtensionEvent(
                id=len(out) + 1, stage=stage, event_date=_day(rng, year, month, 3, 26),
                place=f"ចម្ការ {site.demo.code}" if at_plot else f"{hall}{village.village.name_kh}",
                village_code=site.demo.village_code,
                plot_ids=tuple(p.id for s in group for p in (s.demo, s.control)) if at_plot
                else (),
                women=int(rng.integers(w0, w1 + 1)), men=int(rng.integers(m0, m1 + 1)),
                notes="With seed companies and machinery providers."
                if stage == Stage.PROMOTIONAL_MEETING else "",
            ).validated())
    return out


# ---------------------------------------------------------------- elevation
_HILLS = (  # (lon, lat, height m, sigma m): the hills of Ratanak Mondul and Samlout
    (102.88, 12.78, 290.0, 4000.0), (102.97, 12.73, 210.0, 3000.0),
    (102.82, 12.88, 150.0, 2500.0), (103.06, 12.66, 240.0, 5000.0),
    (102.70, 12.60, 280.0, 9000.0), (102.45, 13.55, 90.0, 3500.0),
)
_PLATEAU = (105.05, 13.60, 115.0, 70_000.0)  # Preah Vihear plateau, around Rovieng


def demo_elevation(
    bounds: tuple[float, float, float, float],
    margin_m: float = 3000.0,
    max_size: int = 3000,
) -> DemoElevation:
    """Smooth, plausible terrain over UTM ``bounds`` (minx, miny, maxx, maxy) plus a margin.

    Lowlands of 15-60 m, hills up to ~350 m near Ratanak Mondul, a plateau of
    ~80-200 m around Rovieng; cells of 100 m or more so that the grid stays under
    ``max_size`` cells a side. A ragged strip of the left edge is nodata, as at the
    edge of a scanned or clipped source.
    """
    minx, miny, maxx, maxy = bounds
    minx, miny, maxx, maxy = minx - margin_m, miny - margin_m, maxx + margin_m, maxy + margin_m
    cell = max(100.0, math.ceil(max(maxx - minx, maxy - miny) / max_size / 10) * 10)
    nx, ny = max(2, math.ceil((maxx - minx) / cell)), max(2, math.ceil((maxy - miny) / cell))
    x = (minx + (np.arange(nx) + 0.5) * cell).astype(np.float64)
    y = (maxy - (np.arange(ny) + 0.5) * cell).astype(np.float64)
    z = (32.0 + 12.0 * np.outer(np.cos(y / 31_000.0), np.sin(x / 23_000.0))
         + 8.0 * np.outer(np.cos(y / 11_000.0), np.sin(x / 11_000.0))
         + 4.0 * np.outer(np.sin(y / 4_700.0), np.cos(x / 5_300.0))).astype(np.float32)
    to_utm = Transformer.from_crs(STORAGE_EPSG, METRIC_EPSG, always_xy=True)
    for lon, lat, height, sigma in _HILLS:
        hx, hy = to_utm.transform(lon, lat)
        gx = np.exp(-((x - hx) ** 2) / (2 * sigma**2))
        gy = np.exp(-((y - hy) ** 2) / (2 * sigma**2))
        z += (height * np.outer(gy, gx)).astype(np.float32)
    px, py = to_utm.transform(_PLATEAU[0], _PLATEAU[1])
    gx = ((x - px) / _PLATEAU[3]) ** 2
    gy = ((y - py) / (_PLATEAU[3] * 0.7)) ** 2
    z += (_PLATEAU[2] * np.exp(-((gy[:, None] + gx[None, :]) ** 2))).astype(np.float32)
    nodata = -9999.0
    edge = (margin_m / cell * 0.6 * np.clip(1.0 - np.arange(ny) / (ny * 0.6), 0, 1)
            * (0.7 + 0.3 * np.sin(np.arange(ny) / 7.0))).astype(int)
    z[np.arange(nx)[None, :] < edge[:, None]] = nodata
    transform = (float(minx), float(cell), 0.0, float(maxy), 0.0, -float(cell))
    return DemoElevation(z, transform, METRIC_EPSG, nodata)


# ---------------------------------------------------------------- the whole project
def build_demo(n_plots: int = 150, seed: int = 7, *, elevation: bool = True) -> DemoDataset:
    """A complete demo project of ``n_plots`` plots; the same seed gives the same project.

    Below PROVINCE_SCALE_FROM plots the plots lie in the villages of the three pilot
    districts; from it on, in all villages of Battambang and Preah Vihear. Plans,
    trials, soil samples, yields and events cover at most MAX_TRIAL_PAIRS_PER_DISTRICT
    demonstration/control pairs per pilot district, so a large project stays quick.
    """
    if n_plots < 0:
        raise ValueError("The number of demo plots cannot be negative.")
    rng = np.random.default_rng(seed)
    lay = _layout(n_plots, rng)
    districts = [v.code[:4] for v in lay.villages]
    farmers, owner = _farmers(lay, n_plots, rng)
    plots = _plots(lay, owner, districts, rng)
    practices = default_catalogue()
    for i, p in enumerate(practices, start=1):
        p.id = i
    seasons = _seasons()
    providers = _providers(rng)
    sites = _sites(plots, rng)
    data = DemoDataset(
        farmers=farmers, plots=plots, seasons=seasons, practices=practices,
        providers=providers, plans=_plans(sites, seasons, practices, providers, rng),
        trials=_trials(sites, seasons), soil_samples=_soil(sites, seasons, rng),
        yields=_yields(sites, seasons, rng), events=_events(sites, rng),
    )
    if elevation and len(lay.xy):
        data.dem = demo_elevation((*lay.xy.min(axis=0), *lay.xy.max(axis=0)))
    return data
