"""Crops and their standard grain moisture for reporting yields."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Crop:
    key: str
    name_en: str
    name_kh: str
    standard_moisture_pct: float | None  # None: reported as harvested (roots, nuts)
    perennial: bool = False


CROPS: dict[str, Crop] = {
    c.key: c
    for c in (
        Crop("maize", "Maize", "ពោត", 14.0),
        Crop("waxy_corn", "Waxy corn", "ពោតដំណើប", 14.0),
        Crop("rice", "Rice", "ស្រូវ", 14.0),
        Crop("soybean", "Soybean", "សណ្ដែកសៀង", 13.0),
        Crop("mung_bean", "Mung bean", "សណ្ដែកបាយ", 13.0),
        Crop("cowpea", "Cowpea", "សណ្ដែកកួរ", 13.0),
        Crop("sesame", "Sesame", "ល្ង", 8.0),
        Crop("peanut", "Peanut", "សណ្ដែកដី", 10.0),
        Crop("sorghum", "Sorghum", "ពោតបារាំង", 14.0),
        Crop("cassava", "Cassava", "ដំឡូងមី", None),
        Crop("cashew", "Cashew", "ស្វាយចន្ទី", None, perennial=True),
    )
}


def crop(key: str) -> Crop:
    """The crop of a key; a KeyError names the known crops."""
    try:
        return CROPS[key]
    except KeyError:
        raise KeyError(f"Unknown crop {key!r}; known crops: {', '.join(CROPS)}") from None
