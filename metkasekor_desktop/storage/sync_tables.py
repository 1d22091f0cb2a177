"""What an offline copy synchronises: the register's tables, their keys and the ids
they hold of other tables, in the order rows are written (parents first).

A copy and the register give the same record different ids (each database numbers its
own rows, and a copy's new rows must never take an id the register gives someone else),
so every id a synchronised row holds of another table is translated through the copy's
id map on the way in and out. Bookkeeping columns (row versions, times, the area the
database measures again) are not compared or carried: each side keeps its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from metkasekor_desktop.storage.schema import T

# Kept by each database for itself: never compared, never carried across.
BOOKKEEPING = frozenset({"mk_version", "mk_edited_by", "mk_edited_at", "modified_at",
                         "created_at", "area_ha", "computed_at"})


@dataclass(frozen=True)
class SyncTable:
    """One synchronised table: ``pk`` its key column, ``refs`` its columns that hold ids
    of other tables (column -> table), ``unique`` its natural keys (column tuples the
    database keeps unique: two sides adding the same one clash)."""

    name: str
    pk: str
    refs: dict[str, str]
    unique: tuple[tuple[str, ...], ...] = ()

    @property
    def table(self) -> Table:
        return T[self.name]

    @property
    def columns(self) -> list[str]:
        """The columns compared and carried: all but the key and the bookkeeping."""
        return [c.name for c in self.table.columns
                if c.name != self.pk and c.name not in BOOKKEEPING]


_PLOT = {"plot_id": "plots"}
TABLES: tuple[SyncTable, ...] = (
    SyncTable("farmers", "id", {}),
    SyncTable("seasons", "id", {}, (("name",),)),
    SyncTable("practices", "id", {}, (("key",),)),
    SyncTable("providers", "id", {}),
    SyncTable("plots", "fid", {"farmer_id": "farmers", "paired_plot_id": "plots"},
              (("code",),)),
    SyncTable("plot_season_plans", "id", {**_PLOT, "season_id": "seasons"},
              (("plot_id", "season_id"),)),
    SyncTable("plan_practices", "id", {"plan_id": "plot_season_plans",
                                       "practice_id": "practices",
                                       "provider_id": "providers"},
              (("plan_id", "practice_id"),)),
    SyncTable("trials", "id", {}),
    SyncTable("trial_seasons", "id", {"trial_id": "trials", "season_id": "seasons"},
              (("trial_id", "season_id"),)),
    SyncTable("trial_members", "id", {"trial_id": "trials", **_PLOT},
              (("trial_id", "plot_id"),)),
    SyncTable("soil_samples", "id", {**_PLOT, "season_id": "seasons"}),
    SyncTable("yield_records", "id", {**_PLOT, "season_id": "seasons"}),
    SyncTable("extension_events", "id", {}),
    SyncTable("event_plots", "id", {"event_id": "extension_events", **_PLOT},
              (("event_id", "plot_id"),)),
    SyncTable("plot_extra_attributes", "id", _PLOT, (("plot_id", "name"),)),
    SyncTable("target_populations", "id", {}, (("area_code",),)),
)
BY_NAME = {t.name: t for t in TABLES}
# Tables whose rows belong to a plot (their scope is their plot's).
PLOT_RECORDS = tuple(t.name for t in TABLES if t.refs.get("plot_id") == "plots")
