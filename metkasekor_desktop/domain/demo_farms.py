"""The demo project's farmers and their plot entities, from the plot layout.

Farmers live in the villages of their plots (about 40 % women); a demonstration plot
and its control belong to one farmer. Plot rings are reprojected to WGS 84 in bulk.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import shapely
from pyproj import Transformer

from metkasekor_desktop.domain import demo_names as names
from metkasekor_desktop.domain.codes import plot_code_prefix
from metkasekor_desktop.domain.demo_layout import Layout
from metkasekor_desktop.domain.enums import PlotRole, Sex
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG
from metkasekor_desktop.domain.plot import Plot

_EPOCH = datetime(2022, 1, 10, 8, 0, tzinfo=UTC)


def phone_numbers(n: int, rng: np.random.Generator) -> list[str]:
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


def demo_farmers(
    lay: Layout, n_plots: int, rng: np.random.Generator
) -> tuple[list[Farmer], np.ndarray]:
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
    phones = phone_numbers(n, rng)
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


def demo_plots(
    lay: Layout, owner: np.ndarray, districts: list[str], rng: np.random.Generator
) -> list[Plot]:
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

