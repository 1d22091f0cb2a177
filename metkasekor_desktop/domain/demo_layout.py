"""Where the demo plots lie: villages chosen, and plot rings that never overlap.

Each village's plots fill the cells of a small irregular grid (one plot inside each
cell, with a margin), and each village grid lies inside its own exclusive tile of a
provincial tile grid, so plots never overlap by construction. A national-scale
project spreads its plots evenly over villages of most provinces, so that the tiles,
sized for the largest village, still fit in the provinces' boxes. Everything here is in
UTM 48N metres, as plain arrays; the plot entities are built from them elsewhere.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from pyproj import Transformer

from metkasekor_desktop.domain import demo_names as names
from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG
from metkasekor_desktop.domain.messages import msg

PILOT_DISTRICTS = ("0207", "0210", "1305")
PILOT_SHARES = (0.4, 0.3, 0.3)
PROVINCE_SCALE_FROM = 5000  # from this many plots, all districts of provinces 02 and 13
NATIONAL_SCALE_FROM = 150_000  # from this many plots, villages of every province with a box
NATIONAL_PLOTS_PER_VILLAGE = 100  # on average, in a national-scale project
DEMO_FRACTION = 0.15  # share of plots that are demonstration plots (as many controls)
PLOTS_PER_VILLAGE = 8  # in a pilot-scale project
_CELL_MARGIN_M = 3.0


@dataclass(slots=True)
class Village:
    """A gazetteer village with the commune name its cooperatives are named after."""

    code: str
    name_kh: str
    name_en: str
    commune_kh: str


@dataclass(slots=True)
class Layout:
    """Plots as arrays, in the order of their ids."""

    village: np.ndarray  # index into villages
    role: np.ndarray  # 0 farmer field, 1 demonstration, 2 control
    partner: np.ndarray  # index of the paired plot or -1
    xy: np.ndarray  # (m, 2) UTM vertices of all rings, closed
    ring_index: np.ndarray  # plot index of each vertex
    villages: list[Village]


def _villages_of(district_code: str) -> list[Village]:
    out = []
    for c in places.communes(district_code):
        for v in places.villages(c.code):
            out.append(Village(v.code, v.name_kh, v.name_en, c.name_kh))
    return out


def _split(total: int, k: int, rng: np.random.Generator) -> np.ndarray:
    """Split ``total`` plots over ``k`` villages unevenly, as real villages differ."""
    if k == 0:
        return np.zeros(0, dtype=int)
    return rng.multinomial(total, rng.dirichlet(np.full(k, 5.0)))


def _even_split(total: int, k: int, rng: np.random.Generator) -> np.ndarray:
    """Split ``total`` plots over ``k`` villages within 20 % of the mean, so that the
    largest village (which sets the size of every tile) stays small."""
    q = rng.uniform(0.8, 1.2, k)
    q *= total / q.sum()
    out = np.floor(q).astype(int)
    out[np.argsort(out - q, kind="stable")[: total - int(out.sum())]] += 1
    return out


def _tile_size(n: int) -> float:
    """About the tile (m) that a village grid of ``n`` plots needs (see _village_cells)."""
    n_cells = math.ceil(n * 1.15)
    nx = max(1, math.ceil(math.sqrt(n_cells * 1.2)))
    ny = math.ceil(n_cells / nx)
    return 1.25 * math.hypot(125.0 * nx, 115.0 * ny) + 300.0


def _all_boxes() -> dict[str, tuple[float, float, float, float]]:
    return {**names.PROVINCE_BOXES, **names.NATIONAL_BOXES}


def district_box(district_code: str) -> tuple[float, float, float, float]:
    """The district's own box, or a cell of its province's box (districts in code order)."""
    if district_code in names.DISTRICT_BOXES:
        return names.DISTRICT_BOXES[district_code]
    w, s, e, n = _all_boxes()[district_code[:2]]
    codes = [d.code for d in places.districts(district_code[:2])]
    nx = math.ceil(math.sqrt(len(codes)))
    ny = math.ceil(len(codes) / nx)
    r, c = divmod(codes.index(district_code), nx)
    return (w + (e - w) * c / nx, s + (n - s) * r / ny,
            w + (e - w) * (c + 1) / nx, s + (n - s) * (r + 1) / ny)


def _province_pools() -> dict[str, list[Village]]:
    """Villages of every province with a box (of the boxed districts in 02 and 13)."""
    pools: dict[str, list[Village]] = {}
    for p in sorted(_all_boxes()):
        unique: dict[str, Village] = {}  # the gazetteer repeats a few codes: keep the first
        for d in places.districts(p):
            if p not in names.PROVINCE_BOXES or d.code in names.DISTRICT_BOXES:
                for v in _villages_of(d.code):
                    if len(v.code) == 8 and v.code.isdigit() and v.code[:4] == d.code:
                        unique.setdefault(v.code, v)
        pools[p] = list(unique.values())
    return pools


def _tiles_in_box(box: tuple[float, float, float, float], tile_m: float) -> int:
    """About how many whole tiles of ``tile_m`` metres fit in a box, with some to spare."""
    w, s, e, n = box
    width = (e - w) * 111_000.0 * math.cos(math.radians((s + n) / 2))
    height = (n - s) * 111_000.0
    return int(0.8 * max(0.0, width / tile_m - 1.5) * max(0.0, height / tile_m - 1.5))


def _villages_per_province(k: int, pools: dict[str, list[Village]],
                           tile_m: float) -> dict[str, int]:
    """``k`` villages shared by box area, no province given more villages than it has
    or than tiles of ``tile_m`` metres fit in its box."""
    boxes = _all_boxes()
    area = {p: (boxes[p][2] - boxes[p][0]) * (boxes[p][3] - boxes[p][1]) for p in pools}
    room = {p: min(len(pools[p]), _tiles_in_box(boxes[p], tile_m)) for p in pools}
    quota = {p: 0.0 for p in pools}
    open_ = set(pools)
    left = float(min(k, sum(room.values())))
    while open_ and left > 0:
        share = left / sum(area[p] for p in open_)
        full = {p for p in open_ if room[p] <= share * area[p]}
        if not full:
            for p in open_:
                quota[p] = share * area[p]
            break
        for p in full:
            quota[p] = float(room[p])
            left -= room[p]
        open_ -= full
    out = {p: int(q) for p, q in quota.items()}
    # Whole villages: the largest remainders get the ones left over.
    rest = int(round(sum(quota.values()))) - sum(out.values())
    for p in sorted(pools, key=lambda p: (out[p] - quota[p], p))[:rest]:
        out[p] += 1
    return out


def allocate_national(n_plots: int, rng: np.random.Generator) -> list[tuple[str, Village, int]]:
    """(district, village, plot count) of a national-scale project: about
    NATIONAL_PLOTS_PER_VILLAGE plots in each chosen village, villages spread over the
    provinces by the area of their boxes."""
    pools = _province_pools()
    k = math.ceil(n_plots / NATIONAL_PLOTS_PER_VILLAGE)
    while True:  # fewer villages than wished if their tiles do not fit: larger tiles
        per = _villages_per_province(k, pools, _tile_size(math.ceil(1.2 * n_plots / k) + 1))
        if sum(per.values()) >= k:
            break
        k = sum(per.values())
        if k == 0:
            raise ValueError(msg("Too many plots for the demo tiles of the provinces."))
    chosen: list[Village] = []
    for p, k_p in per.items():
        pool = pools[p]
        chosen += [pool[i] for i in np.sort(rng.choice(len(pool), k_p, replace=False))]
    counts = _even_split(n_plots, len(chosen), rng)
    return [(v.code[:4], v, int(n_v)) for v, n_v in zip(chosen, counts, strict=True)]


def _allocate(n_plots: int, rng: np.random.Generator) -> list[tuple[str, Village, int]]:
    """(district, village, plot count) for every village that gets plots."""
    out: list[tuple[str, Village, int]] = []
    if n_plots >= NATIONAL_SCALE_FROM:
        out = allocate_national(n_plots, rng)
    elif n_plots < PROVINCE_SCALE_FROM:
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


def _village_cells(
    n: int, rng: np.random.Generator
) -> tuple[np.ndarray, list[tuple[int, int]], float]:
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
    rows: list[tuple[str, Village, int]], radii: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """One exclusive square tile per village (UTM centre), inside its district if it can."""
    to_utm = Transformer.from_crs(STORAGE_EPSG, METRIC_EPSG, always_xy=True)
    to_ll = Transformer.from_crs(METRIC_EPSG, STORAGE_EPSG, always_xy=True)
    tile = 2 * float(radii.max(initial=0.0)) + 300.0
    centres = np.zeros((len(rows), 2))
    district_of = np.array([r[0] for r in rows])
    for prov, (w, s, e, n) in _all_boxes().items():
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
            dw, ds, de, dn = district_box(district)
            inside = (lon >= dw) & (lon <= de) & (lat >= ds) & (lat <= dn)
            dist = np.hypot((lon - (dw + de) / 2) / (de - dw), (lat - (ds + dn) / 2) / (dn - ds))
            key = np.where(inside, rng.random(len(tx)), 1.0 + dist)
            key[~free] = np.inf
            order = np.argsort(key, kind="stable")[: len(members)]
            if len(order) < len(members) or not np.isfinite(key[order]).all():
                raise ValueError(msg("Too many villages for the demo tiles of province "
                                     "{province}.", province=prov))
            free[order] = False
            # Villages of a district take its tiles from south-west to north-east.
            order = order[np.lexsort((tx[order], ty[order]))]
            for i, t in zip(members, order, strict=True):
                room = tile / 2 - radii[i] - 50.0
                centres[i] = (tx[t], ty[t]) + rng.uniform(-room, room, 2)
    return centres


def plot_layout(n_plots: int, rng: np.random.Generator) -> Layout:
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
    return Layout(village, role, partner, xy, ring_index, [r[1] for r in rows])


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

