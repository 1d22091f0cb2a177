"""Every register table of a project as it reads in words: ids replaced by what they
point to (a plot's code, a season's name...), so that two projects holding the same
register compare equal whatever ids their databases gave. Used by the copy tests of a
GeoPackage and of the shared register."""

from __future__ import annotations

from collections import Counter
from typing import Any

import shapely
from sqlalchemy import select

from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.schema import T

BOOKKEEPING = {"id", "fid", "mk_version", "mk_edited_by", "mk_edited_at", "created_at",
               "modified_at", "computed_at"}


def register_tables(project: Project, tables: list[str] | None = None,
                    plot_codes: set[str] | None = None) -> dict[str, Counter]:
    """Table name -> a multiset of rows in words (only the plots of ``plot_codes`` and
    what hangs on them, when given)."""
    with project.reading() as conn:
        raw = {name: [dict(r._mapping) for r in conn.execute(select(T[name]))]
               for name in tables or ORDER}
    by_id = {name: {_pk(name, r): r for r in rows} for name, rows in raw.items()}
    shapes = project.backend.decode_geometries([r["geom"] for r in raw.get("plots", [])])
    for row, shape in zip(raw.get("plots", []), shapes, strict=True):
        row["geom"] = None if shape is None else shapely.normalize(shape).wkt
    names = _Names(by_id)
    out: dict[str, Counter] = {}
    for name, rows in raw.items():
        words = Counter()
        for row in rows:
            plot = names.plot_of(name, row)
            if plot_codes is not None and plot is not None and plot not in plot_codes:
                continue
            words[tuple(sorted((k, names.value(name, k, v)) for k, v in row.items()
                               if k not in BOOKKEEPING))] += 1
        out[name] = words
    return out


ORDER = ["farmers", "seasons", "practices", "providers", "plots", "plot_season_plans",
         "plan_practices", "trials", "trial_seasons", "trial_members", "soil_samples",
         "yield_records", "extension_events", "event_plots", "plot_raster_stats",
         "plot_extra_attributes"]
_POINTS_TO = {"farmer_id": "farmers", "paired_plot_id": "plots", "plot_id": "plots",
              "season_id": "seasons", "practice_id": "practices", "provider_id": "providers",
              "plan_id": "plot_season_plans", "trial_id": "trials",
              "event_id": "extension_events"}


def _pk(name: str, row: dict[str, Any]) -> int:
    return row["fid"] if name == "plots" else row["id"]


class _Names:
    def __init__(self, by_id: dict[str, dict[int, dict[str, Any]]]) -> None:
        self.by_id = by_id

    def value(self, table: str, column: str, value: Any) -> Any:
        target = _POINTS_TO.get(column)
        if isinstance(value, list | dict):  # JSON columns
            return repr(value)
        if target is None or value is None:
            return value if not isinstance(value, float) else round(value, 9)
        return self.word(target, value)

    def word(self, table: str, row_id: int) -> Any:
        row = self.by_id[table][row_id]
        if table == "plots":
            return row["code"]
        if table == "farmers":
            return (row["name_kh"], row["name_latin"], row["village_code"], row["phone"])
        if table == "practices":
            return row["key"]
        if table == "plot_season_plans":
            return (self.word("plots", row["plot_id"]), self.word("seasons", row["season_id"]))
        if table == "extension_events":
            return (row["stage"], row["event_date"], row["place"])
        return row["name"]

    def plot_of(self, table: str, row: dict[str, Any]) -> str | None:
        if table == "plots":
            return row["code"]
        if "plot_id" in row:
            return self.word("plots", row["plot_id"])
        if "plan_id" in row:
            return self.word("plots", self.by_id["plot_season_plans"][row["plan_id"]]["plot_id"])
        return None
