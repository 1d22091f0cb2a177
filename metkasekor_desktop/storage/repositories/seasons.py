"""Seasons; names are unique, and a season in use cannot be deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row

from metkasekor_desktop.domain.enums import SeasonKind, read_enum
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.storage.repositories.base import Repository, count_where
from metkasekor_desktop.storage.schema import T

_USERS = {
    "plot_season_plans": "season plan",
    "yield_records": "yield record",
    "soil_samples": "soil sample",
    "trial_seasons": "trial",
}


class SeasonRepository(Repository[Season]):
    table = T["seasons"]
    noun = "season"
    unique_field = "name"

    def _to_row(self, s: Season) -> dict[str, Any]:
        return {"name": s.name, "year": int(s.year), "kind": str(s.kind),
                "start_date": s.start_date, "end_date": s.end_date}

    def _from_row(self, r: Row) -> Season:
        return Season(id=r.id, name=r.name, year=r.year, kind=read_enum(SeasonKind, r.kind),
                      start_date=r.start_date, end_date=r.end_date)

    def _duplicate_message(self, entity: Season | None, detail: str) -> str:
        name = entity.name if entity else "of that name"
        return f"A season named {name!r} already exists; choose another name."


    def _in_use_message(self, conn: Connection, entity_id: int) -> str | None:
        uses = [(count_where(conn, T[t], "season_id", entity_id), what)
                for t, what in _USERS.items()]
        uses = [(n, what) for n, what in uses if n]
        if not uses:
            return None
        season = self.get(entity_id, conn)
        listing = ", ".join(f"{n} {what}{'s' if n > 1 else ''}" for n, what in uses)
        return (f"The season {season.name if season else entity_id!r} is still used by "
                f"{listing}; delete or move those first.")
