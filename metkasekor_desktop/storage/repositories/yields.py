"""Yield records; a whole-plot yield is checked against the stored plot area."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, select

from metkasekor_desktop.domain.enums import YieldMethod, read_enum
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.storage.repositories.base import Repository
from metkasekor_desktop.storage.schema import T

_FIELDS = ("plot_id", "season_id", "crop", "harvest_date", "sample_area_m2", "fresh_weight_kg",
           "moisture_pct", "labour_days", "input_cost", "service_cost", "price_per_kg", "notes")


class YieldRepository(Repository[YieldRecord]):
    table = T["yield_records"]
    noun = msg("yield record")

    def _validate(self, y: YieldRecord, conn: Connection, confirmed: bool = False) -> None:
        area = None
        if read_enum(YieldMethod, y.method) == YieldMethod.WHOLE_PLOT:
            plots = T["plots"]
            area = conn.execute(select(plots.c.area_ha).where(plots.c.fid == y.plot_id)).scalar()
        y.validated(area)

    def _to_row(self, y: YieldRecord) -> dict[str, Any]:
        row = {f: getattr(y, f) for f in _FIELDS}
        row["method"] = str(y.method)
        return row

    def _from_row(self, r: Row) -> YieldRecord:
        m = r._mapping
        return YieldRecord(id=r.id, method=read_enum(YieldMethod, r.method),
                           **{f: m[f] for f in _FIELDS})

    def for_plot(self, plot_id: int, conn: Connection | None = None) -> list[YieldRecord]:
        with self._read(conn) as c:
            rows = c.execute(select(self.table).where(self.table.c.plot_id == plot_id)
                             .order_by(self.table.c.id)).all()
            return [self._set_version(self._from_row(r), r) for r in rows]
