"""Soil-health indicators, their units and plausible ranges, and the soil sample."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    name_en: str
    name_kh: str
    unit: str
    plausible: tuple[float, float]  # outside it a value is refused or must be confirmed


INDICATORS: dict[str, Indicator] = {
    i.key: i
    for i in (
        Indicator("soc_pct", "Soil organic carbon", "កាបូនសរីរាង្គក្នុងដី", "%", (0.05, 15.0)),
        Indicator("poxc_mg_kg", "Permanganate oxidisable carbon", "កាបូន POXC", "mg/kg",
                  (10.0, 2500.0)),
        Indicator("total_n_pct", "Total nitrogen", "អាសូតសរុប", "%", (0.005, 1.5)),
        Indicator("ph_water", "pH (water)", "pH (ទឹក)", "", (3.0, 10.0)),
        Indicator("bulk_density_g_cm3", "Bulk density", "ដង់ស៊ីតេដី", "g/cm³", (0.5, 2.0)),
        Indicator("infiltration_mm_h", "Infiltration rate", "ល្បឿនជ្រាបទឹក", "mm/h",
                  (0.0, 1000.0)),
        Indicator("aggregate_stability_pct", "Aggregate stability", "ស្ថិរភាពគ្រាប់ដី", "%",
                  (0.0, 100.0)),
        Indicator("earthworms_per_m2", "Earthworms", "ជន្លេន", "per m²", (0.0, 2000.0)),
        Indicator("available_p_mg_kg", "Available phosphorus", "ផូស្វ័រ", "mg/kg", (0.0, 500.0)),
        Indicator("exchangeable_k_cmol_kg", "Exchangeable potassium", "ប៉ូតាស្យូម", "cmol/kg",
                  (0.0, 10.0)),
    )
}

# The names and units as messages, for text said in the user's language (the partner
# package's field descriptions); their Khmer is the catalogue's name_kh.
INDICATOR_NAMES = {
    "soc_pct": msg("Soil organic carbon"),
    "poxc_mg_kg": msg("Permanganate oxidisable carbon"),
    "total_n_pct": msg("Total nitrogen"),
    "ph_water": msg("pH (water)"),
    "bulk_density_g_cm3": msg("Bulk density"),
    "infiltration_mm_h": msg("Infiltration rate"),
    "aggregate_stability_pct": msg("Aggregate stability"),
    "earthworms_per_m2": msg("Earthworms"),
    "available_p_mg_kg": msg("Available phosphorus"),
    "exchangeable_k_cmol_kg": msg("Exchangeable potassium"),
}
UNIT_WORDS = {"per m²": msg("per m²")}


def check_indicator(key: str, value: float | None) -> None:
    """Raise a message naming the range when a value is outside its plausible range."""
    if value is None:
        return
    ind = INDICATORS[key]
    low, high = ind.plausible
    if not low <= value <= high:
        unit = f" {ind.unit}" if ind.unit else ""
        raise ValidationError(key, msg(
            "{indicator} {value:g}{unit} is outside the plausible range "
            "{low:g}-{high:g}{unit}. Check the value and its unit.",
            indicator=ind.name_en, value=value, unit=unit, low=low, high=high))


@dataclass(slots=True, kw_only=True)
class SoilSample:
    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    plot_id: int
    season_id: int | None = None
    sample_date: date | None = None
    depth_from_cm: float = 0.0
    depth_to_cm: float = 10.0
    method: str = ""  # lab or field method, e.g. "Walkley-Black", "Biofunctool"
    lab: str = ""
    values: dict[str, float] = field(default_factory=dict)  # indicator key -> value
    notes: str = ""

    def validated(self, confirmed_out_of_range: bool = False) -> SoilSample:
        if self.depth_from_cm < 0 or self.depth_to_cm <= self.depth_from_cm:
            raise ValidationError(field="depth_to_cm", message=msg(
                "The depth range {top:g}-{bottom:g} cm is not valid: "
                "the lower depth must be deeper than the upper one.",
                top=self.depth_from_cm, bottom=self.depth_to_cm))
        for key, value in self.values.items():
            if key not in INDICATORS:
                raise ValidationError(key, msg("{key!r} is not a known soil indicator.",
                                               key=key))
            if not confirmed_out_of_range:
                check_indicator(key, value)
        return self
