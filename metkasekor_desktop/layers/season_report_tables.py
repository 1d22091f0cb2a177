"""The tables of the season report, in the report's words: as text for the PDF and as
numbers for the Excel workbook beside it (the same rows, the same order).

A :class:`Table` holds its headers and rows of plain values (numbers stay numbers); the
PDF formats them, the workbook writes them as they are.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from metkasekor_desktop.analysis.adoption_report import AdoptionReport
from metkasekor_desktop.analysis.diffusion import diffusion_rows
from metkasekor_desktop.analysis.season_report import SeasonReportData
from metkasekor_desktop.layers import measure_words
from metkasekor_desktop.layers.message_words import shown_number_text
from metkasekor_desktop.layers.provider_words import service_label
from metkasekor_desktop.layers.season_report_words import area_name, word
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.layers.styles import stage_labels

Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class Table:
    """One table: a sheet name, translated headers, rows of plain values; ``decimals``
    per column (None: text or a whole number), ``total`` whether the last row sums."""

    key: str  # the section's word key, also the sheet's name
    headers: list[str]
    rows: list[list[Cell]]
    decimals: list[int | None]


def adoption_table(report: AdoptionReport, key: str, names: str, wide: bool = True) -> Table:
    """An adoption report in the installed language: headers, place names (``names``:
    "kh" or "en"), row labels and target sources; ``wide`` False keeps the columns a
    portrait page holds."""
    headers = [word(h) for h in report.headers]
    rows = [list(r) for r in report.rows]
    if report.by == "practice":
        for row in rows:
            text = str(row[0])
            if text.endswith(" (not CA)"):
                row[0] = word("{name} (not CA)", name=text[: -len(" (not CA)")])
            elif text == "All CA practices (each plot once)":
                row[0] = word(text)
    if report.by in ("sex", "adopter"):
        for row in rows:
            row[0] = word(str(row[0]))
    for row in rows:  # target sources are keys
        if "Target source" in report.headers:
            k = report.headers.index("Target source")
            row[k] = word(str(row[k])) if row[k] else ""
    if "Share of target" in report.headers:  # a share, shown as a percentage
        k = report.headers.index("Share of target")
        headers[k] += " (%)"
        for row in rows:
            row[k] = None if row[k] is None else round(float(row[k]) * 100, 2)
    decimals: list[int | None] = [
        2 if h in ("Hectares", "Change in hectares") else
        1 if h == "Share of target" else 0 if h == "Target households" else None
        for h in report.headers]
    table = Table(key, headers, rows, decimals)
    return table if wide else _narrow(table, report)


_NARROW = {"district": ["District", "Farmers", "Women", "Men", "Plots", "Hectares",
                        "Change in plots", "Planned plots", "Target households",
                        "Share of target"],
           "practice": ["Practice", "Farmers", "Women", "Men", "Plots", "Hectares",
                        "Change in plots", "Planned plots"]}


def _narrow(table: Table, report: AdoptionReport) -> Table:
    """The columns that fit a portrait page (the workbook has them all)."""
    wanted = _NARROW.get(report.by)
    if wanted is None:
        return table
    keep = [report.headers.index(h) for h in wanted if h in report.headers]
    return Table(table.key, [table.headers[k] for k in keep],
                 [[row[k] for k in keep] for row in table.rows],
                 [table.decimals[k] for k in keep])


def adoption_tables(data: SeasonReportData, names: str, wide: bool = False) -> list[Table]:
    return [adoption_table(data.by_district, "by_district", names, wide),
            adoption_table(data.by_practice, "by_practice", names, wide),
            adoption_table(data.by_sex, "by_sex", names, wide),
            adoption_table(data.by_adopter, "by_adopter", names, wide)]


def tipping_text(area) -> str:  # area: AreaDiffusion
    tip = area.tipping
    if tip.observed_year is not None:
        return word("passed in {year}", year=tip.observed_year)
    if tip.year is not None:
        return word("expected in {year}", year=tip.year)
    if not area.fit.identifiable:
        return word("too few seasons to say")
    return word("not within 30 years")


def diffusion_table(data: SeasonReportData, names: str) -> Table:
    """Per district: farmers adopted so far (in the season's year), the target, the
    share, p and q of the fit and the tipping point."""
    rows: list[list[Cell]] = []
    for area in data.diffusion:
        year = next((y for y in area.uptake.years if y.year == data.season.year), None)
        m = area.fit.market_potential
        so_far = year.cumulative if year else 0
        rows.append([area.uptake.area, area_name(area.uptake.area, names), so_far,
                     round(m, 2), None if not m > 0 else round(so_far / m * 100, 2),
                     word(area.fit.market_source),
                     None if math.isnan(area.fit.p) else round(area.fit.p, 4),
                     None if math.isnan(area.fit.q) else round(area.fit.q, 4),
                     tipping_text(area)])
    headers = [word("Code"), word("District"), word("Adopted so far"),
               word("Target households"), word("Share of target") + " (%)",
               word("Target source"), "p", "q", word("Tipping point")]
    return Table("diffusion", headers, rows, [None, None, 0, 0, 1, None, 3, 3, None])


def market_table(data: SeasonReportData, names: str) -> Table:
    """The market of the season's year, per district."""
    rows: list[list[Cell]] = []
    for y in data.market_years:
        s = y.sales
        share = y.repeat_share
        rows.append([area_name(y.area, names), y.providers, s.deliveries,
                     round(s.hectares, 2), s.farmers, s.fees_riel,
                     y.new_providers, None if share is None else round(share * 100, 1),
                     y.planned])
    headers = [word("District"), word("Providers"), word("Deliveries"), word("Hectares"),
               word("Farmers served"), word("Fees (riel)"), word("New providers"),
               word("Repeat customers") + " (%)", word("Bookings not done")]
    return Table("market", headers, rows, [None, 0, 0, 2, 0, 0, 0, 1, 0])


def provider_table(data: SeasonReportData, names: str) -> Table:
    """Services of the season per provider and district."""
    name_of = {p.id: p.name for p in data.providers}
    rows: list[list[Cell]] = []
    for ps in data.provider_seasons:
        services = ", ".join(service_label(str(s.service)) for s in ps.services
                             if s.service is not None)
        rows.append([name_of.get(ps.provider_id, str(ps.provider_id)),
                     area_name(ps.area, names), services, ps.total.deliveries,
                     round(ps.total.hectares, 2), ps.total.farmers, ps.total.fees_riel])
    headers = [word("Provider"), word("District"), word("Services"), word("Deliveries"),
               word("Hectares"), word("Farmers"), word("Fees (riel)")]
    return Table("market_by_provider", headers, rows, [None, None, None, 0, 2, 0, 0])


def trial_table(data: SeasonReportData, names: str, trial: str | None = None) -> Table:
    """The comparisons of one trial (``trial``; its name is then the section's title and
    not a column), or of every trial with their names in the first column."""
    rows: list[list[Cell]] = []
    for r in data.comparisons:
        if trial is not None and r.trial != trial:
            continue
        rows.append([r.trial, measure_words.measure_text(r, names),
                     measure_words.unit_text(r.unit), r.n_pairs, _num(r.mean_demo),
                     _num(r.mean_control), _num(r.mean_difference),
                     f"{_figure(r.ci_low)} … {_figure(r.ci_high)}",
                     None if math.isnan(r.p_value) else round(r.p_value, 4)])
    headers = [word("Trial"), word("Measure"), word("Unit"), word("Pairs"),
               word("Mean CA"), word("Mean FP"), word("CA − FP"), word("95% CI"), "p"]
    decimals: list[int | None] = [None, None, None, 0, 2, 2, 2, None, 3]
    if trial is None:
        return Table("trials", headers, rows, decimals)
    for row in rows:  # as the Trial results window rounds them
        row[4:7] = [_figure(v) for v in row[4:7]]
        row[8] = _p(row[8])
    return Table(trial, headers[1:], [row[1:] for row in rows], decimals[1:])


def trial_names(data: SeasonReportData) -> list[str]:
    return list(dict.fromkeys(r.trial for r in data.comparisons))


def _figure(value: float | int | None) -> str:
    """3 decimals below 10, 1 below 1,000, else whole numbers with separators."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    size = abs(value)
    return shown_number_text(f"{value:,.3f}" if size < 10 else f"{value:,.1f}" if size < 1000
                             else f"{value:,.0f}")


def _p(value: Cell) -> str:
    if value is None:
        return ""
    return shown_number_text("<0.001" if float(value) < 0.001 else f"{float(value):.3f}")


def event_table(data: SeasonReportData) -> Table:
    stages = stage_labels()
    rows: list[list[Cell]] = [[shown_number_text(e.event_date.isoformat()),
                               stages.get(str(e.stage), str(e.stage)),
                               e.place, e.women, e.men, e.women + e.men]
                              for e in data.events]
    if rows:
        rows.append([word("total"), "", "", sum(e.women for e in data.events),
                     sum(e.men for e in data.events),
                     sum(e.women + e.men for e in data.events)])
    headers = [word("Date"), word("Stage"), word("Place"), word("Women"), word("Men"),
               word("Attendance")]
    return Table("events", headers, rows, [None, None, None, 0, 0, 0])


def _num(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 4)


def write_workbook(path: Path, data: SeasonReportData, names: str) -> Path:
    """Every table of the report, whole, one sheet each, and the diffusion per year."""
    from metkasekor_desktop.io.table_export import write_xlsx_sheets

    sheets = [(word(t.key), t.headers, t.rows) for t in adoption_tables(data, names, True)]
    for table in (diffusion_table(data, names), market_table(data, names),
                  provider_table(data, names), trial_table(data, names), event_table(data)):
        sheets.append((word(table.key), table.headers, table.rows))
    headers, rows = diffusion_rows(data.diffusion)
    sheets.append((word("diffusion") + " " + word("Year"), headers, rows))
    sheets.insert(0, (word("summary"), [word("Season")], [[season_label(data.season)]]))
    return write_xlsx_sheets(path, sheets)
