"""Crops and their standard grain moisture for reporting yields."""

from __future__ import annotations

from dataclasses import dataclass

from metkasekor_desktop.domain.messages import msg


@dataclass(frozen=True, slots=True)
class Crop:
    key: str
    name_en: str
    name_kh: str
    standard_moisture_pct: float | None  # None: reported as harvested (roots, nuts)
    perennial: bool = False
    # The highest yield (t/ha, at standard moisture or as harvested) seen in good
    # on-farm and station trials in Cambodia and mainland South-East Asia; above it a
    # figure is most likely a slip (kg for g, a wrong sample area) and needs consent.
    max_plausible_t_ha: float | None = None


CROPS: dict[str, Crop] = {
    c.key: c
    for c in (
        # Upper bounds: hybrid maize in Battambang CA trials 6-9 t/ha, record plots ~12;
        # irrigated dry-season rice up to ~8-10; soybean 1.5-3 (best ~4.5); mung bean
        # 0.8-1.5 (best ~3); cowpea grain ~1-2 (best ~3); sesame 0.5-1 (best ~2);
        # peanut pods 1.5-3 (best ~5); sorghum 2-5 (best ~8); cassava fresh roots 20-30
        # (best ~50); waxy corn dry grain 3-6 (best ~8); cashew raw nuts ~1-1.5 (best ~3).
        Crop("maize", "Maize", "ពោត", 14.0, max_plausible_t_ha=12.0),
        Crop("waxy_corn", "Waxy corn", "ពោតដំណើប", 14.0, max_plausible_t_ha=8.0),
        Crop("rice", "Rice", "ស្រូវ", 14.0, max_plausible_t_ha=10.0),
        Crop("soybean", "Soybean", "សណ្ដែកសៀង", 13.0, max_plausible_t_ha=4.5),
        Crop("mung_bean", "Mung bean", "សណ្ដែកបាយ", 13.0, max_plausible_t_ha=3.0),
        Crop("cowpea", "Cowpea", "សណ្ដែកកួរ", 13.0, max_plausible_t_ha=3.0),
        Crop("sesame", "Sesame", "ល្ង", 8.0, max_plausible_t_ha=2.0),
        Crop("peanut", "Peanut", "សណ្ដែកដី", 10.0, max_plausible_t_ha=5.0),
        Crop("sorghum", "Sorghum", "ពោតបារាំង", 14.0, max_plausible_t_ha=8.0),
        Crop("cassava", "Cassava", "ដំឡូងមី", None, max_plausible_t_ha=50.0),
        Crop("cashew", "Cashew", "ស្វាយចន្ទី", None, perennial=True, max_plausible_t_ha=3.0),
    )
}


def crop(key: str) -> Crop:
    """The crop of a key; a KeyError names the known crops."""
    try:
        return CROPS[key]
    except KeyError:
        raise KeyError(msg("Unknown crop {key!r}; known crops: {known}", key=key,
                           known=", ".join(CROPS))) from None
