"""The rows of the extension events list: the project's events read in bulk as plain
columns (:class:`EventColumns`), shown through a thin Qt model (:class:`EventsModel`)
that sorts and narrows to a site by permuting row numbers, never one item per cell.

An event is built as an :class:`ExtensionEvent` only when one is asked for (the one to
edit or delete, those of the selected site for its stage row).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from metkasekor_desktop.analysis.stages import STAGES
from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.enums import Stage, read_enum
from metkasekor_desktop.domain.event import ATTENDANCE_KIND_FIELDS, ExtensionEvent
from metkasekor_desktop.ui.event_dialog import stage_label
from metkasekor_desktop.ui.language import shown_date
from metkasekor_desktop.ui.record_table import RegisterColumns, RegisterModel

DATE, STAGE, PLACE, VILLAGE, PLOTS, WOMEN, MEN, TOTAL, NOTES = range(9)
NUMBER_COLUMNS = frozenset((WOMEN, MEN, TOTAL))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class EventColumns:
    """The events of a project as columns (as ``EventRepository.list_columns`` reads
    them), in id order; ``rows_of_plot`` gives the rows of the events that showed a plot."""

    def __init__(self, raw: Mapping[str, list[Any]] | None = None) -> None:
        raw = raw or {}
        self.ids: list[int] = list(raw.get("id", []))
        n = len(self.ids)
        self.versions: list[int | None] = list(raw.get("version", [None] * n))
        self.stages: list[Stage | str] = [read_enum(Stage, s) for s in raw.get("stage", [])]
        self.dates: list[Any] = list(raw.get("event_date", []))
        self.places: list[str] = list(raw.get("place", []))
        self.village_codes: list[str | None] = list(raw.get("village_code", []))
        self.women: list[int] = list(raw.get("women", []))
        self.men: list[int] = list(raw.get("men", []))
        self.notes: list[str] = list(raw.get("notes", []))
        self.kinds: dict[str, list[int]] = {  # attendance by kind, as stored
            k: list(raw.get(k, [0] * n)) for k in ATTENDANCE_KIND_FIELDS}
        self.plot_ids: list[tuple[int, ...]] = list(raw.get("plot_ids", []))
        rows_of_plot: dict[int, list[int]] = defaultdict(list)
        for row, plot_ids in enumerate(self.plot_ids):
            for plot_id in plot_ids:
                rows_of_plot[int(plot_id)].append(row)
        self._rows_of_plot = dict(rows_of_plot)

    def __len__(self) -> int:
        return len(self.ids)

    def rows_showing(self, plot_ids: Iterable[int]) -> list[int]:
        """Rows (in id order) of the events that showed any of ``plot_ids``."""
        rows: set[int] = set()
        for plot_id in plot_ids:
            rows.update(self._rows_of_plot.get(int(plot_id), ()))
        return sorted(rows)

    def event(self, row: int) -> ExtensionEvent:
        """The event of ``row`` as the repository would give it (version included)."""
        return ExtensionEvent(
            id=self.ids[row], version=self.versions[row], stage=self.stages[row],
            event_date=self.dates[row], place=self.places[row],
            village_code=self.village_codes[row], plot_ids=self.plot_ids[row],
            women=self.women[row], men=self.men[row], notes=self.notes[row],
            **{k: v[row] for k, v in self.kinds.items()})


def event_rows(events: EventColumns, codes: Mapping[int, str], language: str
               ) -> tuple[RegisterColumns, list[str]]:
    """The texts (and sort keys) of the list's columns, and each row's village tooltip.

    Dates sort with the id as tie-break (so "latest first" is the date, then the newest
    record); stages in the model's order; numbers as numbers. The search finds a date by
    its ISO form too (the list shows it in the user's language)."""
    villages: dict[str, tuple[str, str]] = {}  # code: shown name, tooltip
    village, tips = [], []
    for code in events.village_codes:
        key = code or ""
        if key not in villages:
            where = places.place(key) if key else None
            villages[key] = ((where.village.name(language), where.label(language))
                             if where is not None else (key, ""))
        name, tip = villages[key]
        village.append(name)
        tips.append(tip)
    stage_order = {stage: i for i, stage in enumerate(STAGES)}
    labels: dict[Stage | str, str] = {}
    for stage in events.stages:
        if stage not in labels:
            labels[stage] = stage_label(stage)
    stage_texts = [labels[s] for s in events.stages]
    totals = [w + m for w, m in zip(events.women, events.men, strict=True)]
    texts = [
        [shown_date(d) for d in events.dates],
        stage_texts,
        [str(p) for p in events.places],
        village,
        [", ".join(codes.get(i, str(i)) for i in ids) for ids in events.plot_ids],
        [str(w) for w in events.women],
        [str(m) for m in events.men],
        [str(t) for t in totals],
        [str(t) for t in events.notes],
    ]
    keys: list[list[Any] | None] = [
        [(d, i) for d, i in zip(events.dates, events.ids, strict=True)],
        [(stage_order.get(s, len(STAGES)), t.casefold())
         for s, t in zip(events.stages, stage_texts, strict=True)],
        None, None, None, list(events.women), list(events.men), totals, None,
    ]
    return RegisterColumns(list(events.ids), texts, keys,
                           [d.isoformat() for d in events.dates]), tips


class EventsModel(RegisterModel):
    """The events list: :class:`RegisterModel` (sorting by permuting rows, ids by row),
    narrowed to some rows (a site's events) and with numbers aligned right."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._only: frozenset[int] | None = None  # data rows shown; None: every row

    def fill(self, columns: RegisterColumns, only: Collection[int] | None) -> None:
        """New rows (a reset), of which only the data rows ``only`` are shown."""
        self._only = None if only is None else frozenset(only)
        self.set_columns(columns)

    def show_only(self, only: Collection[int] | None) -> None:
        """Show only the data rows ``only`` (None: all); a selection stays on its record
        while it is shown."""
        wanted = None if only is None else frozenset(only)
        if wanted != self._only:
            self._only = wanted
            self._reorder()

    def shown_rows(self) -> list[int]:
        """The data rows shown, in the order shown."""
        return list(self._order)

    def data_row(self, view_row: int) -> int:
        return self._order[view_row]

    def view_row(self, record_id: int) -> int | None:
        """The row at which the record is shown (None when it is not)."""
        data_row = self.row_of(record_id)
        if data_row is None:
            return None
        try:
            return self._order.index(data_row)
        except ValueError:
            return None

    def _compute_order(self) -> list[int]:
        order = super()._compute_order()
        if self._only is None:
            return order
        only = self._only
        return [r for r in order if r in only]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.isValid() and index.column() in NUMBER_COLUMNS else None
        return super().data(index, role)
