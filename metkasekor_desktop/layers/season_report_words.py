"""The words of the season report, in the report's language.

Every text the report prints is a key of :data:`WORDS` (marked for translation here,
translated where the report is written), so the Khmer report and the English one say
the same things. Numbers are written in the digits the report is written with (Arabic,
or Khmer digits when asked: ``message_words.digits_for``); codes and file names keep
theirs.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from metkasekor_desktop.analysis import target_shares
from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.messages import Message
from metkasekor_desktop.layers.message_words import digits, khmer_digits, shown_number_text

CONTEXT = "SeasonReport"

WORDS = {
    "title": QT_TRANSLATE_NOOP("SeasonReport", "Season report: {season}"),
    "subtitle": QT_TRANSLATE_NOOP(
        "SeasonReport", "Conservation agriculture in the MetKasekor register ({name})"),
    "as_of": QT_TRANSLATE_NOOP("SeasonReport", "Records up to {date}"),
    "summary": QT_TRANSLATE_NOOP("SeasonReport", "Summary"),
    "map": QT_TRANSLATE_NOOP("SeasonReport", "The season's plots by practice"),
    "adoption": QT_TRANSLATE_NOOP("SeasonReport", "Adoption"),
    "adoption_note": QT_TRANSLATE_NOOP(
        "SeasonReport", "Adoption: a farmer field (not a demonstration or control plot) "
        "whose plan for the season has a conservation-agriculture practice done. Plans "
        "only planned are shown apart. Changes are against {previous}."),
    "adoption_no_previous": QT_TRANSLATE_NOOP(
        "SeasonReport", "The register has no season a year earlier to compare with."),
    "adoption_unsettled": QT_TRANSLATE_NOOP(
        "SeasonReport", "No plan of this season is done yet: its adoption is not known, "
        "and no change is shown."),
    "by_district": QT_TRANSLATE_NOOP("SeasonReport", "Adoption by district"),
    "by_practice": QT_TRANSLATE_NOOP("SeasonReport", "Adoption by practice"),
    "by_sex": QT_TRANSLATE_NOOP("SeasonReport", "Adopting farmers by sex"),
    "by_adopter": QT_TRANSLATE_NOOP("SeasonReport", "Early adopters and followers"),
    "diffusion": QT_TRANSLATE_NOOP("SeasonReport", "Diffusion and the tipping point"),
    "diffusion_note": QT_TRANSLATE_NOOP(
        "SeasonReport", "Farmers who have adopted so far, the Bass model fitted to them "
        "(innovation p, imitation q) and the year adopters pass the tipping point, "
        "{threshold} of the target population."),
    "no_targets": QT_TRANSLATE_NOOP(
        "SeasonReport", "No target population is entered: shares are of the register's "
        "own farmers, which run far higher than shares of the farm households."),
    "market": QT_TRANSLATE_NOOP("SeasonReport", "The service market"),
    "market_note": QT_TRANSLATE_NOOP(
        "SeasonReport", "Services delivered in {year} (done plans naming a provider); "
        "bookings not yet done are counted apart."),
    "market_by_provider": QT_TRANSLATE_NOOP("SeasonReport", "Services by provider"),
    "trials": QT_TRANSLATE_NOOP("SeasonReport", "Trial results"),
    "trials_note": QT_TRANSLATE_NOOP(
        "SeasonReport", "Conservation agriculture (CA) minus farmer practice (FP) on the "
        "paired plots of each trial: mean difference, 95% confidence interval and p."),
    "events": QT_TRANSLATE_NOOP("SeasonReport", "Extension events"),
    "none": QT_TRANSLATE_NOOP("SeasonReport", "Nothing recorded in this season."),
    "total": QT_TRANSLATE_NOOP("SeasonReport", "Total"),
    "page_tables": QT_TRANSLATE_NOOP("SeasonReport", "The tables of this report are also "
                                     "in {file}."),
    # summary lines
    "s_adopters": QT_TRANSLATE_NOOP(
        "SeasonReport", "{farmers} farmers ({women} women, {men} men) adopted CA on "
        "{plots} plots, {hectares} ha."),
    "s_change": QT_TRANSLATE_NOOP(
        "SeasonReport", "A year earlier: {change_plots} plots, {change_hectares} ha."),
    "s_planned": QT_TRANSLATE_NOOP(
        "SeasonReport", "{planned} more farmer fields have CA planned, not yet done."),
    "s_tipping": QT_TRANSLATE_NOOP(
        "SeasonReport", "{past} of {districts} districts have passed the tipping point; "
        "{expected} more are expected to pass it."),
    "s_market": QT_TRANSLATE_NOOP(
        "SeasonReport", "{providers} providers delivered {services} services on "
        "{hectares} ha, for {fees} riel in fees."),
    "s_events": QT_TRANSLATE_NOOP(
        "SeasonReport", "{events} extension events with {women} women and {men} men "
        "attending."),
    "s_trials": QT_TRANSLATE_NOOP(
        "SeasonReport", "{comparisons} trial comparisons, {significant} of them "
        "significant (p < 0.05)."),
    # column headers
    "District": QT_TRANSLATE_NOOP("SeasonReport", "District"),
    "Province": QT_TRANSLATE_NOOP("SeasonReport", "Province"),
    "Commune": QT_TRANSLATE_NOOP("SeasonReport", "Commune"),
    "Village": QT_TRANSLATE_NOOP("SeasonReport", "Village"),
    "Code": QT_TRANSLATE_NOOP("SeasonReport", "Code"),
    "Practice": QT_TRANSLATE_NOOP("SeasonReport", "Practice"),
    "Farmers": QT_TRANSLATE_NOOP("SeasonReport", "Farmers"),
    "Women": QT_TRANSLATE_NOOP("SeasonReport", "Women"),
    "Men": QT_TRANSLATE_NOOP("SeasonReport", "Men"),
    "Plots": QT_TRANSLATE_NOOP("SeasonReport", "Plots"),
    "Hectares": QT_TRANSLATE_NOOP("SeasonReport", "Hectares"),
    "Planned plots": QT_TRANSLATE_NOOP("SeasonReport", "Planned plots"),
    "Plots a year earlier": QT_TRANSLATE_NOOP("SeasonReport", "Plots a year earlier"),
    "Change in plots": QT_TRANSLATE_NOOP("SeasonReport", "Change in plots"),
    "Change in hectares": QT_TRANSLATE_NOOP("SeasonReport", "Change in hectares"),
    "Target households": QT_TRANSLATE_NOOP("SeasonReport", "Target households"),
    "Share of target": QT_TRANSLATE_NOOP("SeasonReport", "Share of target"),
    "Target source": QT_TRANSLATE_NOOP("SeasonReport", "Target source"),
    "Sex": QT_TRANSLATE_NOOP("SeasonReport", "Sex"),
    "Farmers planning": QT_TRANSLATE_NOOP("SeasonReport", "Farmers planning"),
    "Farmers a year earlier": QT_TRANSLATE_NOOP("SeasonReport", "Farmers a year earlier"),
    "Adopters": QT_TRANSLATE_NOOP("SeasonReport", "Adopters"),
    "Adopting for the first time": QT_TRANSLATE_NOOP("SeasonReport",
                                                     "Adopting for the first time"),
    "Demonstration farmers": QT_TRANSLATE_NOOP("SeasonReport", "Demonstration farmers"),
    "Early adopters": QT_TRANSLATE_NOOP("SeasonReport", "Early adopters"),
    "Followers": QT_TRANSLATE_NOOP("SeasonReport", "Followers"),
    "Not recorded": QT_TRANSLATE_NOOP("SeasonReport", "Not recorded"),
    "All CA practices (each plot once)": QT_TRANSLATE_NOOP(
        "SeasonReport", "All CA practices (each plot once)"),
    "{name} (not CA)": QT_TRANSLATE_NOOP("SeasonReport", "{name} (not CA)"),
    "Adopted so far": QT_TRANSLATE_NOOP("SeasonReport", "Adopted so far"),
    "Share": QT_TRANSLATE_NOOP("SeasonReport", "Share"),
    "Tipping point": QT_TRANSLATE_NOOP("SeasonReport", "Tipping point"),
    "passed in {year}": QT_TRANSLATE_NOOP("SeasonReport", "passed in {year}"),
    "expected in {year}": QT_TRANSLATE_NOOP("SeasonReport", "expected in {year}"),
    "too few seasons to say": QT_TRANSLATE_NOOP("SeasonReport", "too few seasons to say"),
    "not within 30 years": QT_TRANSLATE_NOOP("SeasonReport", "not within 30 years"),
    "Providers": QT_TRANSLATE_NOOP("SeasonReport", "Providers"),
    "Provider": QT_TRANSLATE_NOOP("SeasonReport", "Provider"),
    "Services": QT_TRANSLATE_NOOP("SeasonReport", "Services"),
    "Deliveries": QT_TRANSLATE_NOOP("SeasonReport", "Deliveries"),
    "Fees (riel)": QT_TRANSLATE_NOOP("SeasonReport", "Fees (riel)"),
    "New providers": QT_TRANSLATE_NOOP("SeasonReport", "New providers"),
    "Repeat customers": QT_TRANSLATE_NOOP("SeasonReport", "Repeat customers"),
    "Bookings not done": QT_TRANSLATE_NOOP("SeasonReport", "Bookings not done"),
    "Trial": QT_TRANSLATE_NOOP("SeasonReport", "Trial"),
    "Measure": QT_TRANSLATE_NOOP("SeasonReport", "Measure"),
    "Unit": QT_TRANSLATE_NOOP("SeasonReport", "Unit"),
    "Pairs": QT_TRANSLATE_NOOP("SeasonReport", "Pairs"),
    "Mean CA": QT_TRANSLATE_NOOP("SeasonReport", "Mean CA"),
    "Mean FP": QT_TRANSLATE_NOOP("SeasonReport", "Mean FP"),
    "CA − FP": QT_TRANSLATE_NOOP("SeasonReport", "CA − FP"),
    "95% CI": QT_TRANSLATE_NOOP("SeasonReport", "95% CI"),
    "p": QT_TRANSLATE_NOOP("SeasonReport", "p"),
    "Date": QT_TRANSLATE_NOOP("SeasonReport", "Date"),
    "Stage": QT_TRANSLATE_NOOP("SeasonReport", "Stage"),
    "Place": QT_TRANSLATE_NOOP("SeasonReport", "Place"),
    "Attendance": QT_TRANSLATE_NOOP("SeasonReport", "Attendance"),
    "Year": QT_TRANSLATE_NOOP("SeasonReport", "Year"),
    "Season": QT_TRANSLATE_NOOP("SeasonReport", "Season"),
    "Area": QT_TRANSLATE_NOOP("SeasonReport", "Area"),
    "Service": QT_TRANSLATE_NOOP("SeasonReport", "Service"),
    "Farmers served": QT_TRANSLATE_NOOP("SeasonReport", "Farmers served"),
    "no village": QT_TRANSLATE_NOOP("SeasonReport", "no village"),
    # target sources
    target_shares.GIVEN: QT_TRANSLATE_NOOP("SeasonReport", "target population"),
    target_shares.SUMMED: QT_TRANSLATE_NOOP("SeasonReport", "sum of smaller areas"),
    target_shares.REGISTER: QT_TRANSLATE_NOOP("SeasonReport", "register farmers"),
    "farmers in the register": QT_TRANSLATE_NOOP("SeasonReport", "register farmers"),
    # charts
    "chart_adoption": QT_TRANSLATE_NOOP("SeasonReport",
                                        "Adopting plots by district, against a year earlier"),
    "this_season": QT_TRANSLATE_NOOP("SeasonReport", "This season"),
    "a_year_earlier": QT_TRANSLATE_NOOP("SeasonReport", "A year earlier"),
    "no_data": QT_TRANSLATE_NOOP("SeasonReport", "No data"),
    "c_farmers": QT_TRANSLATE_NOOP("SeasonReport", "Farmers"),
    "c_adopters": QT_TRANSLATE_NOOP("SeasonReport", "Farmers who have adopted"),
    "c_fit": QT_TRANSLATE_NOOP("SeasonReport", "Bass model"),
    "c_projection": QT_TRANSLATE_NOOP("SeasonReport", "Projection"),
    "c_band": QT_TRANSLATE_NOOP("SeasonReport", "95% band"),
    "c_target": QT_TRANSLATE_NOOP("SeasonReport", "Target population: {m} farm households"),
    "c_register": QT_TRANSLATE_NOOP("SeasonReport", "Farmers in the register: {m}"),
    "c_tipping": QT_TRANSLATE_NOOP("SeasonReport",
                                   "Tipping point: {share} of {m} = {n} farmers"),
    "c_tipping_year": QT_TRANSLATE_NOOP("SeasonReport", "Tipping point expected in {year}"),
    "c_tipping_passed": QT_TRANSLATE_NOOP("SeasonReport", "Tipping point passed in {year}"),
    "c_too_few": QT_TRANSLATE_NOOP("SeasonReport", "Too few seasons to say"),
    "c_no_target": QT_TRANSLATE_NOOP("SeasonReport",
                                     "No target population to fit the model to"),
    "c_no_adoption": QT_TRANSLATE_NOOP("SeasonReport", "No adoption recorded"),
    "c_compare_title": QT_TRANSLATE_NOOP("SeasonReport",
                                         "CA compared with farmer practice"),
    "c_compare_axis": QT_TRANSLATE_NOOP(
        "SeasonReport", "CA − FP in % of the FP mean (bar: mean difference; whisker: its "
        "95% CI)"),
    "c_compare_value": QT_TRANSLATE_NOOP("SeasonReport", "{pct:+.0f}% (p {p})"),
    "c_not_available": QT_TRANSLATE_NOOP("SeasonReport", "no positive FP mean"),
    "c_higher": QT_TRANSLATE_NOOP("SeasonReport", "CA higher"),
    "c_lower": QT_TRANSLATE_NOOP("SeasonReport", "CA lower"),
    "c_plots": QT_TRANSLATE_NOOP("SeasonReport", "Plots"),
}


def word(key: str, **values: object) -> str:
    """The text of ``key`` in the installed language, with ``values`` put in (those
    that are numbers in the digits chosen)."""
    text = QCoreApplication.translate(CONTEXT, WORDS.get(key, key))
    if not values:
        return text
    if digits() == "khmer":
        return Message(text, values).said(lambda template: template, khmer_digits)
    return text.format(**values)


def number(value: float | int | None, decimals: int = 0) -> str:
    """A figure with thousands separators; "" for None or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if decimals == 0:
        return shown_number_text(f"{round(value):,}")
    return shown_number_text(f"{value:,.{decimals}f}")


def signed(value: float | int | None, decimals: int = 0) -> str:
    """A change with its sign (+12, −3); "" for None."""
    text = number(value, decimals)
    if not text or text.strip("0.,០") == "":
        return text
    return text.replace("-", "−") if value < 0 else f"+{text}"  # type: ignore[operator]


def percent(share: float | None, decimals: int = 1) -> str:
    if share is None or math.isnan(share):
        return ""
    return shown_number_text(f"{share * 100:.{decimals}f}%")


def area_name(code: str, language: str) -> str:
    """A district (or province) by its name in ``language``, the code when unknown."""
    if not code:
        return word("no village")
    return places.unit_name(code, language) or code
