"""Seasons; names are unique, and a season in use cannot be deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row

from metkasekor_desktop.domain.enums import SeasonKind, read_enum
from metkasekor_desktop.domain.messages import Message, joined, msg
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.storage.repositories.base import Repository, count_where
from metkasekor_desktop.storage.schema import T

# The tables that name a season, in the order a refusal lists them.
_USERS = ("plot_season_plans", "yield_records", "soil_samples", "trial_seasons")


def _counted(table: str, n: int) -> Message:
    """How many rows of ``table`` use the season, in words."""

    if table == "plot_season_plans":
        return (msg("{count} season plan", count=n) if n == 1
                else msg("{count} season plans", count=n))
    if table == "yield_records":
        return (msg("{count} yield record", count=n) if n == 1
                else msg("{count} yield records", count=n))
    if table == "soil_samples":
        return (msg("{count} soil sample", count=n) if n == 1
                else msg("{count} soil samples", count=n))
    return msg("{count} trial", count=n) if n == 1 else msg("{count} trials", count=n)


class SeasonRepository(Repository[Season]):
    table = T["seasons"]
    noun = msg("season")
    unique_field = "name"

    def _to_row(self, s: Season) -> dict[str, Any]:
        return {"name": s.name, "year": int(s.year), "kind": str(s.kind),
                "start_date": s.start_date, "end_date": s.end_date}

    def _from_row(self, r: Row) -> Season:
        return Season(id=r.id, name=r.name, year=r.year, kind=read_enum(SeasonKind, r.kind),
                      start_date=r.start_date, end_date=r.end_date)

    def _duplicate_message(self, entity: Season | None, detail: str) -> str:
        if entity is None:
            return msg("A season named 'of that name' already exists; choose another name.")
        return msg("A season named {name!r} already exists; choose another name.",
                   name=entity.name)


    def _in_use_message(self, conn: Connection, entity_id: int) -> str | None:
        uses = [(count_where(conn, T[t], "season_id", entity_id), t) for t in _USERS]
        uses = [(n, t) for n, t in uses if n]
        if not uses:
            return None
        season = self.get(entity_id, conn)
        listing = joined([_counted(t, n) for n, t in uses], ", ")
        return msg("The season {name!r} is still used by {listing}; delete or move those "
                   "first.", name=season.name if season else entity_id, listing=listing)

