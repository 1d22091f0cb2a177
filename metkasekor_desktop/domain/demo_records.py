"""The demo project's seasons, providers and the records of its CA trials.

Plans, trials, soil samples, yields and extension events cover at most
MAX_TRIAL_PAIRS_PER_DISTRICT demonstration/control pairs per pilot district, so a
large project stays quick; CA soils and maize yields improve year by year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypedDict, TypeVar

import numpy as np

from metkasekor_desktop.domain import demo_names as names
from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.crops import crop
from metkasekor_desktop.domain.demo_farms import phone_numbers
from metkasekor_desktop.domain.demo_layout import PILOT_DISTRICTS
from metkasekor_desktop.domain.enums import (
    PlanStatus,
    PlotRole,
    SeasonKind,
    Service,
    Stage,
    TerminationMethod,
    TrialDesign,
    YieldMethod,
)
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.practice import COVER_CROP_SPECIES, Practice, PracticeDetails
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import SoilSample
from metkasekor_desktop.domain.trial import CONTROL, DEMONSTRATION, Trial, TrialMember
from metkasekor_desktop.domain.yields import YieldRecord, moisture_factor

YEARS = (2022, 2023, 2024)
STATUS_AS_OF = date(2024, 9, 1)  # plans of seasons that ended before it are done
MAX_TRIAL_PAIRS_PER_DISTRICT = 12  # detailed records only for these, so 100k stays quick

_T = TypeVar("_T")


def _known(value: _T | None) -> _T:
    """``value``, which the demo records always have (ids, season dates, village codes)."""
    assert value is not None
    return value


def demo_providers(rng: np.random.Generator) -> list[Provider]:
    """The service providers of the demo tables, with made-up phones and e-mails."""
    out: list[Provider] = []
    phones = phone_numbers(len(names.PROVIDERS), rng)
    for i, (name, kind, services, provinces, contact) in enumerate(names.PROVIDERS, start=1):
        phone = phones[i - 1]
        slug = "".join(ch for ch in name.split("(")[-1].lower() if ch.isalnum())[:20]
        out.append(Provider(
            id=i, name=name, kind=kind, services=services, provinces=provinces,
            contact_person=contact, phone=phone, email=f"contact@{slug}.example",
        ).validated())
    return out


def demo_seasons() -> list[Season]:
    """The template seasons of every kind in YEARS."""
    out: list[Season] = []
    for year in YEARS:
        for kind in SeasonKind:
            s = Season.template(year, kind)
            s.id = len(out) + 1
            out.append(s.validated())
    return out


_LEGUMES = {  # main-wet rotation crop: (yield t/ha range, price riel/kg range)
    "mung_bean": ((0.9, 1.3), (4200, 5200)),
    "soybean": ((1.5, 2.1), (2300, 2800)),
    "cowpea": ((0.8, 1.2), (3000, 3800)),
}
_CA_YIELD_GAIN = (-0.15, 0.45, 0.9)  # t/ha of maize over the control, by trial year


@dataclass(slots=True)
class TrialSite:
    """A demonstration/control pair with what its records share."""

    demo: Plot
    control: Plot
    legume: str
    species: str
    maize_base: float
    soc_base: float


Sites = dict[str, list[TrialSite]]  # trial pairs by pilot district code


def trial_sites(plots: list[Plot], rng: np.random.Generator) -> Sites:
    """Trial pairs of each pilot district, at most MAX_TRIAL_PAIRS_PER_DISTRICT each."""
    out: Sites = {}
    for p in plots:
        d = _known(p.village_code)[:4]
        if p.role != PlotRole.DEMONSTRATION or d not in PILOT_DISTRICTS:
            continue
        sites = out.setdefault(d, [])
        if len(sites) < MAX_TRIAL_PAIRS_PER_DISTRICT:
            sites.append(TrialSite(
                p, plots[_known(p.paired_plot_id) - 1], str(rng.choice(list(_LEGUMES))),
                COVER_CROP_SPECIES[rng.integers(0, 4)], float(rng.uniform(4.3, 5.3)),
                float(rng.uniform(0.8, 1.6)),
            ))
    return out


def _day(rng: np.random.Generator, year: int, month: int, first: int, last: int) -> date:
    return date(year, month, int(rng.integers(first, last + 1)))


def demo_plans(
    sites: Sites, seasons: list[Season], practices: list[Practice],
    providers: list[Provider], rng: np.random.Generator,
) -> list[PlotSeasonPlan]:
    """CA plans on demonstration plots, the farmer's practice on their controls."""
    key = {p.key: _known(p.id) for p in practices}

    def provider(service: Service, province: str) -> int | None:
        for pr in providers:
            if pr.offers(service) and province in pr.provinces and service in pr.services:
                return pr.id
        return None

    plans: list[PlotSeasonPlan] = []
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
                    done = _known(season.end_date) < STATUS_AS_OF
                    plans.append(PlotSeasonPlan(
                        id=len(plans) + 1, plot_id=_known(plot.id), season_id=_known(season.id),
                        crops=crops,
                        practices=items, status=PlanStatus.DONE if done else PlanStatus.PLANNED,
                        planned_date=sown, done_date=sown if done else None,
                    ).validated())
    return plans


def paired_trials(sites: Sites, seasons: list[Season]) -> list[Trial]:
    """One paired CA-versus-farmer-practice trial per pilot district."""
    wet = tuple(_known(s.id) for s in seasons if s.kind != SeasonKind.DRY)
    trials: list[Trial] = []
    for district, group in sites.items():
        unit = places.district(district)
        trials.append(Trial(
            id=len(trials) + 1,
            name=f"{unit.name_en if unit else district} CA vs farmer practice 2022-2024",
            design=TrialDesign.PAIRED, season_ids=wet,
            description="No-till, residue retention and cover crops (CA) against the "
                        "farmer's practice (FP) on neighbouring plots; farms are replicates.",
            members=[m for s in group for m in (
                TrialMember(plot_id=_known(s.demo.id), treatment=DEMONSTRATION,
                            block=s.demo.code),
                TrialMember(plot_id=_known(s.control.id), treatment=CONTROL,
                            block=s.demo.code))],
        ).validated())
    return trials


def soil_samples(sites: Sites, seasons: list[Season], rng: np.random.Generator) -> list[SoilSample]:
    """Two depths a year per trial plot; CA soils improve, controls stay flat or decline."""
    early = {s.year: s.id for s in seasons if s.kind == SeasonKind.EARLY_WET}
    out: list[SoilSample] = []
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
                            id=len(out) + 1, plot_id=_known(plot.id), season_id=early[year],
                            sample_date=when, depth_from_cm=top, depth_to_cm=bottom,
                            method="Walkley-Black, Kjeldahl; ring infiltration",
                            lab="RUA soil laboratory", values=values,
                        ).validated())
    return out


class _Sample(TypedDict):
    sample_area_m2: float
    moisture_pct: float
    fresh_weight_kg: float


def _sample_record(crop_key: str, t_ha: float, rng: np.random.Generator) -> _Sample:
    """Sample area, moisture and the fresh weight that give ``t_ha`` at standard moisture."""
    area = round(float(rng.uniform(10, 25)) * 2) / 2
    moisture = round(float(rng.uniform(18, 28) if crop_key == "maize" else rng.uniform(15, 19)), 1)
    factor = moisture_factor(moisture, crop(crop_key).standard_moisture_pct)
    return {"sample_area_m2": area, "moisture_pct": moisture,
            "fresh_weight_kg": round(t_ha * area / 10 / factor, 2)}


def yield_records(
    sites: Sites, seasons: list[Season], rng: np.random.Generator
) -> list[YieldRecord]:
    """Harvests of the seasons already done; CA maize gains after the first year."""
    out: list[YieldRecord] = []
    for group in sites.values():
        for site in group:
            for season in seasons:
                if season.kind == SeasonKind.DRY or _known(season.end_date) >= STATUS_AS_OF:
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
                        id=len(out) + 1, plot_id=_known(plot.id), season_id=_known(season.id),
                        crop=key,
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


def extension_events(sites: Sites, rng: np.random.Generator) -> list[ExtensionEvent]:
    """The yearly cycle of meetings and field days in each pilot district."""
    out: list[ExtensionEvent] = []
    for group in sites.values():
        for n, (stage, year, month) in enumerate(_SCHEDULE):
            site = group[n % len(group)]
            at_plot = stage in (Stage.FIELD_SHOWCASE, Stage.COMMERCIAL_DEMONSTRATION)
            village = _known(places.place(_known(site.demo.village_code)))
            w0, w1, m0, m1 = _ATTENDANCE[stage]
            hall = names.MEETING_PLACES_KH[n % len(names.MEETING_PLACES_KH)]
            out.append(ExtensionEvent(
                id=len(out) + 1, stage=stage, event_date=_day(rng, year, month, 3, 26),
                place=f"ចម្ការ {site.demo.code}" if at_plot else f"{hall}{village.village.name_kh}",
                village_code=site.demo.village_code,
                plot_ids=tuple(_known(p.id) for s in group for p in (s.demo, s.control)) if at_plot
                else (),
                women=int(rng.integers(w0, w1 + 1)), men=int(rng.integers(m0, m1 + 1)),
                notes="With seed companies and machinery providers."
                if stage == Stage.PROMOTIONAL_MEETING else "",
            ).validated())
    return out

