"""The private service market: what providers delivered, to whom, and whether it grows.

"Opening the market" (DOMAIN.md) means more services bought, by more farmers, from more
providers, with farmers who buy again. The register answers it from the season plans:
a service is *delivered* when a plan is done and its planned practice names a provider.
A plan still planned is a booking, not a delivery (counted apart as ``planned``); a
cancelled plan counts nowhere. The service is the practice's (cover-crop seed, no-till
planting...); a practice that names none is kept under ``None``. Fees are the planned
practices' costs in riel; a cost never entered is not a zero fee, so it is left out of
the sum and the deliveries without a fee are counted instead. The plan's own cost is
the farmer's other spending, not the provider's fee, and is not counted.

Every plot whose plan is done with a provider counts, demonstration and control plots
too: the programme buys their services from the same providers, and those sales are
part of the market a provider lives on (``farmer_fields_only=True`` keeps only what
farmers bought for their own fields, the demand that must carry the market later).

Years are ``Season.year``: a dry season that runs into the next calendar year belongs to
the year it starts in. Areas are the village code's first digits (a province, a
district) or the whole register (:data:`ALL`); plots without a village code fall in the
area "". Plain data in, plain data out: the caller loads the register.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from metkasekor_desktop.analysis.stages import PlotInfo
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Service
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season

ALL = "all"  # the area of every plot when the market is not split by place
LEVELS: dict[str, int] = {"province": 2, "district": 4, ALL: 0}  # village-code digits
Cell = str | int | float | None
ServiceKey = Service | str | None  # str: a service written by another program


@dataclass(frozen=True, slots=True)
class Delivery:
    """One service of one provider on one plot in one season (a planned practice)."""

    provider_id: int
    season_id: int
    season_key: tuple[int, int]  # Season.sort_key: orders seasons within a year
    year: int
    area: str
    service: ServiceKey
    plot_id: int
    farmer_id: int | None
    hectares: float  # the plot's area
    fee_riel: float | None  # None: no cost entered


@dataclass(frozen=True, slots=True)
class Sales:
    """What a group of deliveries adds up to.

    ``plots`` and ``hectares`` count a plot once per season it was served, however many
    services it got that season; over a year, a plot served in two seasons counts twice
    (the provider worked it twice). ``farmers`` are distinct people in the group.
    """

    deliveries: int = 0
    plots: int = 0
    hectares: float = 0.0
    farmers: int = 0
    fees_riel: float = 0.0
    deliveries_without_fee: int = 0


@dataclass(frozen=True, slots=True)
class ServiceSales:
    """One service of a provider in one season and area."""

    service: ServiceKey
    sales: Sales
    # farmers served this service this season who bought anything from the provider,
    # in the same area, the year before
    repeat_customers: int = 0


@dataclass(frozen=True, slots=True)
class ProviderSeason:
    """A provider's sales in one season and area, per service and in total."""

    provider_id: int
    season_id: int
    year: int
    area: str
    services: tuple[ServiceSales, ...]  # ordered by service key
    total: Sales  # each plot and farmer once, whatever the services
    repeat_customers: int = 0  # as in ServiceSales, for every service of the season
    planned: int = 0  # services of plans of the season still only planned


@dataclass(frozen=True, slots=True)
class RepeatCustomers:
    """Farmers of a provider in an area who bought from it the year before too."""

    provider_id: int
    area: str
    year: int
    customers: int  # farmers served in ``year``
    previous_customers: int  # farmers served in ``year - 1``
    repeat: int  # served in both years

    @property
    def share(self) -> float | None:
        """The share of last year's customers who came back; None without any."""
        return self.repeat / self.previous_customers if self.previous_customers else None


@dataclass(frozen=True, slots=True)
class ProviderEntry:
    """A provider delivering in an area for the first time in the register."""

    provider_id: int
    area: str
    year: int


@dataclass(frozen=True, slots=True)
class MarketYear:
    """The whole market of an area in one year, against the year before."""

    area: str
    year: int
    providers: int  # providers that delivered anything
    sales: Sales
    planned: int  # services still only planned in the year's plans
    new_providers: int | None  # None in the first year of records: nothing to compare
    repeat_customers: int  # provider-farmer pairs that also dealt the year before
    previous_customers: int  # provider-farmer pairs of the year before
    previous: MarketYear | None = None  # the year before; None in the first year

    @property
    def repeat_share(self) -> float | None:
        """The share of last year's provider-farmer pairs that dealt again."""
        if not self.previous_customers:
            return None
        return self.repeat_customers / self.previous_customers

    def growth(self, figure: str) -> float | None:
        """The relative change of ``figure`` against the year before (0.25: +25 %):
        "providers" or a :class:`Sales` field. None in the first year of records or
        when the year before had none (a start, not a rate). A year with services
        still ``planned`` is under way: a fall may only be the bookings not done yet."""
        if self.previous is None:
            return None
        now, before = _figure(self, figure), _figure(self.previous, figure)
        return None if not before else (now - before) / before


@dataclass(frozen=True, slots=True)
class Market:
    """Every market figure of a register at one level of areas."""

    level: str
    deliveries: tuple[Delivery, ...]
    planned: tuple[Delivery, ...]  # services of plans still planned
    provider_seasons: tuple[ProviderSeason, ...]
    repeat_customers: tuple[RepeatCustomers, ...]
    entries: tuple[ProviderEntry, ...]
    years: tuple[MarketYear, ...]
    first_year: int | None  # the first year anything was delivered in the register


def area_code(village_code: str | None, level: str) -> str:
    """The area a village lies in at ``level`` (a key of :data:`LEVELS`)."""
    if level not in LEVELS:
        raise ValueError(msg("the market is split by one of {choices}, not {level!r}",
                             choices=", ".join(LEVELS), level=level))
    digits = LEVELS[level]
    if not digits:
        return ALL
    code = str(village_code or "")
    return code[:digits] if len(code) >= digits else ""


def deliveries(plots: Iterable[PlotInfo], plans: Iterable[PlotSeasonPlan],
               practices: Iterable[Practice], seasons: Iterable[Season],
               level: str = "district", *, farmer_fields_only: bool = False,
               status: PlanStatus = PlanStatus.DONE) -> list[Delivery]:
    """The services of plans with ``status`` (done: deliveries; planned: bookings) that
    name a provider. Plans of a plot or season the caller did not pass are left out:
    without them there is no area, hectares or year to count."""
    plot_by_id = {p.id: p for p in plots
                  if not farmer_fields_only or p.role == PlotRole.FARMER_FIELD}
    season_by_id = {s.id: s for s in seasons}
    service_of = {p.id: p.service for p in practices}
    out = []
    for plan in plans:
        plot, season = plot_by_id.get(plan.plot_id), season_by_id.get(plan.season_id)
        if plan.status != status or plot is None or season is None or season.id is None:
            continue
        area = area_code(plot.village_code, level)
        for item in plan.practices:
            if item.provider_id is None:
                continue
            out.append(Delivery(
                provider_id=item.provider_id, season_id=season.id,
                season_key=season.sort_key, year=int(season.year), area=area,
                service=service_of.get(item.practice_id), plot_id=plot.id,
                farmer_id=plot.farmer_id, hectares=plot.area_ha, fee_riel=item.cost))
    return out


def sales(delivered: Iterable[Delivery]) -> Sales:
    """The sum of ``delivered`` (see :class:`Sales` for what counts once)."""
    delivered = list(delivered)
    plot_seasons = {(d.season_id, d.plot_id): d.hectares for d in delivered}
    fees = [d.fee_riel for d in delivered if d.fee_riel is not None]
    return Sales(
        deliveries=len(delivered),
        plots=len(plot_seasons),
        hectares=sum(plot_seasons.values(), 0.0),
        farmers=len({d.farmer_id for d in delivered} - {None}),
        fees_riel=sum(fees, 0.0),
        deliveries_without_fee=len(delivered) - len(fees),
    )


def _customers(delivered: Iterable[Delivery]) -> dict[tuple[int, str, int], set[int]]:
    """Farmers by (provider, area, year)."""
    out: dict[tuple[int, str, int], set[int]] = defaultdict(set)
    for d in delivered:
        if d.farmer_id is not None:
            out[d.provider_id, d.area, d.year].add(d.farmer_id)
    return out


def provider_seasons(delivered: Sequence[Delivery],
                     planned: Iterable[Delivery] = ()) -> list[ProviderSeason]:
    """Each provider's sales per season and area, ordered by area, season, provider."""
    groups: dict[tuple[str, tuple[int, int], int, int], list[Delivery]] = defaultdict(list)
    for d in delivered:
        groups[d.area, d.season_key, d.season_id, d.provider_id].append(d)
    booked: dict[tuple[str, int, int], int] = defaultdict(int)
    for d in planned:
        booked[d.area, d.season_id, d.provider_id] += 1
    customers = _customers(delivered)
    out = []
    for (area, _, season_id, provider_id), group in sorted(groups.items(),
                                                          key=lambda kv: kv[0]):
        year = group[0].year
        before = customers.get((provider_id, area, year - 1), set())
        by_service: dict[ServiceKey, list[Delivery]] = defaultdict(list)
        for d in group:
            by_service[d.service].append(d)
        services = tuple(
            ServiceSales(service, sales(items), _returning(items, before))
            for service, items in sorted(by_service.items(), key=lambda kv: str(kv[0] or "")))
        out.append(ProviderSeason(
            provider_id=provider_id, season_id=season_id, year=year, area=area,
            services=services, total=sales(group),
            repeat_customers=_returning(group, before),
            planned=booked.get((area, season_id, provider_id), 0)))
    return out


def _returning(items: Iterable[Delivery], before: set[int]) -> int:
    return len({d.farmer_id for d in items} & before)


def repeat_customers(delivered: Iterable[Delivery]) -> list[RepeatCustomers]:
    """Per provider, area and year: its farmers, last year's, and those in both.

    A farmer is a repeat customer of provider A in a year when A served them, in the
    same area, in that year and in the year before (any service, any season); buying
    from B instead does not repeat A. Listed for every year in which the provider had
    customers, and for the year after its last, where nobody came back.
    """
    customers = _customers(delivered)
    keys = set(customers) | {(p, a, y + 1) for p, a, y in customers}
    out = []
    for provider_id, area, year in sorted(keys, key=lambda k: (k[1], k[2], k[0])):
        now = customers.get((provider_id, area, year), set())
        before = customers.get((provider_id, area, year - 1), set())
        out.append(RepeatCustomers(provider_id, area, year, len(now), len(before),
                                   len(now & before)))
    return out


def new_providers(delivered: Iterable[Delivery],
                  first_year: int | None = None) -> list[ProviderEntry]:
    """Providers delivering in an area in a year who delivered nothing there in any
    earlier year. The first year of records (``first_year``, by default the first year
    anything was delivered) is left out: every provider would look new in it only
    because the register starts there."""
    first_of: dict[tuple[int, str], int] = {}
    delivered = list(delivered)
    for d in delivered:
        key = (d.provider_id, d.area)
        first_of[key] = min(first_of.get(key, d.year), d.year)
    if first_year is None:
        first_year = min((d.year for d in delivered), default=None)
    return sorted((ProviderEntry(provider_id, area, year)
                   for (provider_id, area), year in first_of.items()
                   if first_year is not None and year > first_year),
                  key=lambda e: (e.area, e.year, e.provider_id))


def market_years(delivered: Sequence[Delivery], planned: Iterable[Delivery] = (),
                 first_year: int | None = None) -> list[MarketYear]:
    """Per area, every year from the first year of records to the last with a delivery
    or a booking (years without sales show zeros, so growth is against the calendar's
    year before, not the last year with sales)."""
    planned = list(planned)
    if first_year is None:
        first_year = min((d.year for d in delivered), default=None)
    if first_year is None:
        return []
    last_year = max(d.year for d in (*delivered, *planned))
    by_year: dict[tuple[str, int], list[Delivery]] = defaultdict(list)
    for d in delivered:
        by_year[d.area, d.year].append(d)
    booked: dict[tuple[str, int], int] = defaultdict(int)
    for d in planned:
        booked[d.area, d.year] += 1
    entering: dict[tuple[str, int], int] = defaultdict(int)
    for e in new_providers(delivered, first_year):
        entering[e.area, e.year] += 1
    repeat: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
    for r in repeat_customers(delivered):
        repeat[r.area, r.year][0] += r.repeat
        repeat[r.area, r.year][1] += r.previous_customers
    out = []
    for area in sorted({d.area for d in (*delivered, *planned)}):
        previous = None
        for year in range(first_year, last_year + 1):
            group = by_year.get((area, year), [])
            row = MarketYear(
                area=area, year=year, providers=len({d.provider_id for d in group}),
                sales=sales(group), planned=booked.get((area, year), 0),
                new_providers=None if year == first_year else entering.get((area, year), 0),
                repeat_customers=repeat[area, year][0] if (area, year) in repeat else 0,
                previous_customers=repeat[area, year][1] if (area, year) in repeat else 0,
                previous=previous)
            out.append(row)
            previous = row
    return out


def market(plots: Sequence[PlotInfo], plans: Sequence[PlotSeasonPlan],
           practices: Sequence[Practice], seasons: Sequence[Season],
           level: str = "district", *, farmer_fields_only: bool = False) -> Market:
    """Every market figure of the register, split by ``level`` (see :data:`LEVELS`)."""
    done = deliveries(plots, plans, practices, seasons, level,
                      farmer_fields_only=farmer_fields_only)
    booked = deliveries(plots, plans, practices, seasons, level,
                        farmer_fields_only=farmer_fields_only, status=PlanStatus.PLANNED)
    first_year = min((d.year for d in done), default=None)
    return Market(
        level=level, deliveries=tuple(done), planned=tuple(booked),
        provider_seasons=tuple(provider_seasons(done, booked)),
        repeat_customers=tuple(repeat_customers(done)),
        entries=tuple(new_providers(done, first_year)),
        years=tuple(market_years(done, booked, first_year)),
        first_year=first_year,
    )


MARKET_HEADERS = ["Provider id", "Provider", "Season", "Year", "Area", "Service",
                  "Deliveries", "Plots", "Hectares", "Farmers", "Fees (riel)",
                  "Deliveries without fee", "Repeat customers", "New provider"]


def market_rows(result: Market, providers: Iterable[Provider],
                seasons: Iterable[Season]) -> tuple[list[str], list[list[Cell]]]:
    """Header and rows for CSV/XLSX: one row per provider, season, area and service.

    Service cells are the stored keys (the UI translates them); "New provider" is "yes"
    in the year the provider entered the area, "no" otherwise, and empty in the first
    year of records, where entry cannot be told.
    """
    name_of = {p.id: p.name for p in providers}
    season_name = {s.id: s.name for s in seasons}
    entered = {(e.provider_id, e.area, e.year) for e in result.entries}
    rows: list[list[Cell]] = []
    for ps in result.provider_seasons:
        if ps.year == result.first_year:
            new = ""
        else:
            new = "yes" if (ps.provider_id, ps.area, ps.year) in entered else "no"
        for s in ps.services:
            rows.append([ps.provider_id, name_of.get(ps.provider_id, ""),
                         season_name.get(ps.season_id, ""), ps.year, ps.area,
                         "" if s.service is None else str(s.service),
                         s.sales.deliveries, s.sales.plots, round(s.sales.hectares, 4),
                         s.sales.farmers, s.sales.fees_riel,
                         s.sales.deliveries_without_fee, s.repeat_customers, new])
    return list(MARKET_HEADERS), rows


def _figure(year: MarketYear, figure: str) -> float:
    if figure == "providers":
        return year.providers
    if figure not in {f.name for f in fields(Sales)}:
        raise ValueError(msg("no market figure named {figure!r}", figure=figure))
    return float(getattr(year.sales, figure))
