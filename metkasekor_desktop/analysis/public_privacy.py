"""The privacy rules of the public website, in one place.

The website (:mod:`.public_site`) publishes aggregated figures only, and these rules
decide what of them may be shown:

- A number of people (farmers, women, men, adopters; a target population that is the
  register's own farmers of an area) under ``min_count`` (5) is published as ``None``
  with ``"suppressed": True`` on its row (the page says "fewer than 5"). Zero is under 5
  too: a published count is never below ``min_count``.
- No subtraction: where a row's total is shown and exactly one of its parts is
  suppressed (women, men of a row whose farmers are shown), the next smallest part is
  suppressed as well; likewise where an area's figure is shown (a district) and exactly
  one of the areas inside it (its communes) is suppressed, the next smallest of them is
  suppressed as well. The rules are applied again until nothing changes.
- Figures that would give a suppressed count back are dropped with it: the plots and
  the share of a row whose farmers are suppressed, the share of a row whose target is.
- Cumulative adopters over the years: a year whose count adds fewer than ``min_count``
  (but some) to the last year shown is suppressed, so no shown difference of years
  counts fewer than 5 new adopters either.
- Cells of the plot grid with fewer than ``min_count`` plots are left out.
- Points (demonstration sites) are rounded to 3 decimals of a degree (about 100 m).

Plain data in (lists of dicts), new plain data out; the inputs are never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from metkasekor_desktop.analysis.target_shares import REGISTER

MIN_COUNT = 5
PEOPLE = ("farmers", "women", "men")  # the counts of people of an adoption row
POINT_DECIMALS = 3  # about 100 m

Row = dict[str, Any]
K = TypeVar("K", bound=Hashable)
Fields = Sequence[str] | Callable[[Mapping[str, Any]], Sequence[str]]


def suppress_counts(rows: Sequence[Mapping[str, Any]], fields: Fields, *,
                    min_count: int = MIN_COUNT, group: str | None = None,
                    complements: Iterable[tuple[str, tuple[str, ...]]] = ()) -> list[Row]:
    """``rows`` with their counts of people under ``min_count`` set to None.

    ``fields`` names the counts of people of a row (or says them for each row). Each row
    has an ``"area"`` code; rows of the same ``group`` (the value of that key: a season,
    a year) whose area is the code of another row without its last two digits (a
    commune "020701" in a district "0207") are that row's parts. ``complements`` pairs a
    total with its parts within a row (``("farmers", ("women", "men"))``). Where a
    figure is shown and exactly one of its parts is suppressed, the smallest part still
    shown is suppressed too (ties: the first part named, the lowest area code), until
    nothing changes. A row gets ``"suppressed"``: True when any of its counts is.
    """
    out = [dict(r) for r in rows]

    def people(i: int) -> Sequence[str]:
        return fields(out[i]) if callable(fields) else fields

    hidden = {(i, f) for i in range(len(out)) for f in people(i)
              if out[i].get(f) is not None and out[i][f] < min_count}
    at = {(out[i].get(group) if group else None, str(out[i].get("area", ""))): i
          for i in range(len(out))}
    children: dict[int, list[int]] = {}
    for j, row in enumerate(out):
        code = str(row.get("area", ""))
        parent = at.get((row.get(group) if group else None, code[:-2])) \
            if len(code) > 2 else None
        if parent is not None and parent != j:
            children.setdefault(parent, []).append(j)
    complements = tuple(complements)

    def shown(i: int, f: str) -> bool:
        return (i, f) not in hidden and out[i].get(f) is not None

    changed = True
    while changed:
        changed = False
        for i, row in enumerate(out):
            for total, parts in complements:
                if not shown(i, total):
                    continue
                gone = [p for p in parts if (i, p) in hidden]
                left = [p for p in parts if shown(i, p)]
                if len(gone) == 1 and left:
                    smallest = min(left, key=lambda p: (row[p], parts.index(p)))
                    hidden.add((i, smallest))
                    changed = True
        for i, kids in children.items():
            for f in people(i):
                if not shown(i, f):
                    continue
                mine = [j for j in kids if f in people(j)]
                kids_gone = [j for j in mine if (j, f) in hidden]
                kids_left = [j for j in mine if shown(j, f)]
                if len(kids_gone) == 1 and kids_left:
                    next_smallest = min(kids_left,
                                        key=lambda j: (out[j][f], str(out[j]["area"])))
                    hidden.add((next_smallest, f))
                    changed = True
    for i in range(len(out)):
        out[i]["suppressed"] = any((i, f) in hidden for f in people(i))
    for i, f in hidden:
        out[i][f] = None
    return out


def adoption_people(row: Mapping[str, Any]) -> tuple[str, ...]:
    """The counts of people of an adoption row: its farmers, women and men, and its
    target when that is the register's own farmers of the area (not households)."""
    if row.get("target_source") == REGISTER:
        return (*PEOPLE, "target")
    return PEOPLE


def protect_adoption(rows: Sequence[Mapping[str, Any]],
                     min_count: int = MIN_COUNT) -> list[Row]:
    """Adoption rows (``season``, ``area`` a district or commune code, ``farmers``,
    ``women``, ``men``, ``plots``, ``hectares``, ``target``, ``share``,
    ``target_source``) as published: see the module docstring. Plots and the share go
    with the farmers, the share with the target too."""
    out = suppress_counts(rows, adoption_people, min_count=min_count, group="season",
                          complements=(("farmers", ("women", "men")),))
    for row, raw in zip(out, rows, strict=True):
        if row["farmers"] is None and raw.get("farmers") is not None:
            row["plots"] = None
            row["share"] = None
        if row.get("target") is None and raw.get("target") is not None:
            row["share"] = None
    return out


def protect_uptake(rows: Sequence[Mapping[str, Any]],
                   min_count: int = MIN_COUNT) -> list[Row]:
    """Cumulative adopters (``area``, ``year``, ``adopters``) of provinces and
    districts: suppressed under ``min_count``, a province's districts of a year with
    the subtraction rule, and no new adopters under ``min_count`` found from one shown
    year to the next: a year that adds fewer is suppressed (its adopters count in the
    next year shown), then the rules again until nothing changes."""
    raw = [dict(row) for row in rows]
    while True:
        out = suppress_counts(raw, ("adopters",), min_count=min_count, group="year")
        forced = _small_increments(out, min_count)
        if not forced:
            return out
        for k in forced:
            raw[k]["adopters"] = 0  # under min_count: suppressed on the next pass


def _small_increments(rows: Sequence[Mapping[str, Any]], min_count: int) -> list[int]:
    """Rows whose shown cumulative count adds fewer than ``min_count`` (but some) to the
    area's last shown year."""
    last: dict[Any, int] = {}
    forced = []
    for k in sorted(range(len(rows)), key=lambda k: (str(rows[k]["area"]), rows[k]["year"])):
        value = rows[k].get("adopters")
        if value is None:
            continue
        before = last.get(rows[k]["area"])
        if before is not None and 0 < value - before < min_count:
            forced.append(k)
            continue
        last[rows[k]["area"]] = value
    return forced


def protect_market(rows: Sequence[Mapping[str, Any]],
                   min_count: int = MIN_COUNT) -> list[Row]:
    """Market rows (``year``, ``area``, ``farmers`` served...): the farmers under
    ``min_count`` suppressed (providers are businesses: their number is shown)."""
    return suppress_counts(rows, ("farmers",), min_count=min_count, group="year")


def protect_cells(counts: Mapping[K, tuple[int, float]],
                  min_count: int = MIN_COUNT) -> list[K]:
    """The keys of the cells (plots, hectares) with at least ``min_count`` plots, in
    their order."""
    return [key for key, (plots, _hectares) in counts.items() if plots >= min_count]


def public_point(lon: float, lat: float) -> tuple[float, float]:
    """A point as published: rounded to 3 decimals of a degree (about 100 m)."""
    return round(float(lon), POINT_DECIMALS), round(float(lat), POINT_DECIMALS)
