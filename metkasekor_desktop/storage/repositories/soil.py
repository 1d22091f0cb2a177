"""Soil samples: one REAL column per indicator, so any GIS can map them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, select

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.soil import INDICATORS, SoilSample
from metkasekor_desktop.storage.repositories.base import Repository
from metkasekor_desktop.storage.schema import T


class SoilSampleRepository(Repository[SoilSample]):
    table = T["soil_samples"]
    noun = msg("soil sample")

    def _validate(self, s: SoilSample, conn: Connection, confirmed: bool = False) -> None:
        s.validated(confirmed_out_of_range=confirmed)

    def _to_row(self, s: SoilSample) -> dict[str, Any]:
        row: dict[str, Any] = {
            "plot_id": s.plot_id, "season_id": s.season_id, "sample_date": s.sample_date,
            "depth_from_cm": float(s.depth_from_cm), "depth_to_cm": float(s.depth_to_cm),
            "method": s.method, "lab": s.lab, "notes": s.notes,
        }
        for key in INDICATORS:
            value = s.values.get(key)
            row[key] = None if value is None else float(value)
        return row

    def _from_row(self, r: Row) -> SoilSample:
        m = r._mapping
        return SoilSample(
            id=r.id, plot_id=r.plot_id, season_id=r.season_id, sample_date=r.sample_date,
            depth_from_cm=r.depth_from_cm, depth_to_cm=r.depth_to_cm, method=r.method,
            lab=r.lab, notes=r.notes,
            values={k: m[k] for k in INDICATORS if m[k] is not None},
        )

    def for_plot(self, plot_id: int, conn: Connection | None = None) -> list[SoilSample]:
        with self._read(conn) as c:
            rows = c.execute(select(self.table).where(self.table.c.plot_id == plot_id)
                             .order_by(self.table.c.id)).all()
            return [self._set_version(self._from_row(r), r) for r in rows]
