"""Extension events with the plots they showed (a child table)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select

from metkasekor_desktop.domain.enums import Stage, read_enum
from metkasekor_desktop.domain.event import ATTENDANCE_KIND_FIELDS, ExtensionEvent
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.repositories.base import Repository
from metkasekor_desktop.storage.schema import T

_PLOTS = T["event_plots"]


class EventRepository(Repository[ExtensionEvent]):
    table = T["extension_events"]
    noun = msg("extension event")

    def _to_row(self, e: ExtensionEvent) -> dict[str, Any]:
        return {"stage": str(e.stage), "event_date": e.event_date, "place": e.place,
                "village_code": e.village_code, "women": int(e.women), "men": int(e.men),
                **{name: int(getattr(e, name)) for name in ATTENDANCE_KIND_FIELDS},
                "notes": e.notes}

    def _from_row(self, r: Row) -> ExtensionEvent:
        return ExtensionEvent(id=r.id, stage=read_enum(Stage, r.stage), event_date=r.event_date,
                              place=r.place, village_code=r.village_code, women=r.women,
                              men=r.men, notes=r.notes,
                              **{name: getattr(r, name) for name in ATTENDANCE_KIND_FIELDS})

    def _write_children(self, conn: Connection, events: Sequence[ExtensionEvent]) -> None:
        rows = [{"event_id": e.id, "plot_id": p} for e in events for p in dict.fromkeys(
            e.plot_ids)]
        if rows:
            conn.execute(insert(_PLOTS), rows)

    def _delete_children(self, conn: Connection, ids: Sequence[int]) -> None:
        conn.execute(delete(_PLOTS).where(_PLOTS.c.event_id.in_(ids)))

    def _load_children(self, conn: Connection, events: Sequence[ExtensionEvent]) -> None:
        plots: dict[int, list[int]] = defaultdict(list)
        for r in conn.execute(select(_PLOTS).order_by(_PLOTS.c.id)):
            plots[r.event_id].append(r.plot_id)
        for e in events:
            e.plot_ids = tuple(plots.get(e.id, ()))  # type: ignore[arg-type]

    def list_columns(self, conn: Connection | None = None) -> dict[str, list[Any]]:
        """Every event as plain columns, in id order, read in two selects and without
        building entities: ``id``, ``version``, ``stage`` (stored text), ``event_date``,
        ``place``, ``village_code``, ``women``, ``men``, the attendance by kind
        (``attendance_farmers`` ...), ``notes`` and ``plot_ids`` (a tuple of plot ids per
        event, in the order they were stored)."""
        e = self.table
        names = ("id", "stage", "event_date", "place", "village_code", "women", "men",
                 *ATTENDANCE_KIND_FIELDS, "notes")
        stmt = select(*(e.c[n] for n in names),
                      *((e.c.mk_version,) if self.versioned else ())).order_by(e.c.id)
        with self._read(conn) as c:
            rows = c.execute(stmt).all()
            plots: dict[int, list[int]] = defaultdict(list)
            for event_id, plot_id in c.execute(
                    select(_PLOTS.c.event_id, _PLOTS.c.plot_id).order_by(_PLOTS.c.id)):
                plots[event_id].append(plot_id)
        columns: dict[str, list[Any]] = {n: [r[i] for r in rows] for i, n in enumerate(names)}
        columns["id"] = [int(i) for i in columns["id"]]
        columns["version"] = ([int(r[len(names)]) for r in rows] if self.versioned
                              else [None] * len(rows))
        columns["plot_ids"] = [tuple(plots.get(i, ())) for i in columns["id"]]
        return columns
