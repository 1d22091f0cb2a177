"""The filters row of the plots table and the season data it filters on.

The filters work on whole numpy arrays, one entry per plot, so that narrowing a
province's 100,000 plots costs a few milliseconds, not a Python call per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QWidget

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.layers.styles import stage_labels
from metkasekor_desktop.storage import plot_attributes
from metkasekor_desktop.ui.labels import role_label

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

ANY = ""  # a filter that lets every plot through
NO_PLAN = "no_plan"  # the status filter for plots without a plan in the season
LIST_SEPARATOR = ", "  # between crops, practices or providers of one plot


def status_label(value: str | None) -> str:
    """The translated word for a plan status; "" (no plan in the season) stays empty."""
    labels = {
        PlanStatus.PLANNED.value: QCoreApplication.translate("plots_filters", "Planned"),
        PlanStatus.DONE.value: QCoreApplication.translate("plots_filters", "Done"),
        PlanStatus.CANCELLED.value: QCoreApplication.translate("plots_filters", "Cancelled"),
    }
    return labels.get(value or "", value or "")


@dataclass(frozen=True, slots=True)
class PlotFilters:
    """The chosen filters; ``ANY`` in a field lets every plot through on that field.

    ``district`` is a 4-digit district code, ``practice`` a practice key, ``role`` a
    ``PlotRole`` value and ``status`` a ``PlanStatus`` value or ``NO_PLAN``.
    """

    district: str = ANY
    practice: str = ANY
    role: str = ANY
    status: str = ANY

    def active(self) -> bool:
        return any((self.district, self.practice, self.role, self.status))


def filter_mask(filters: PlotFilters, *, districts: np.ndarray | Coded,
                practices: np.ndarray | Coded, roles: np.ndarray | Coded,
                statuses: np.ndarray | Coded) -> np.ndarray | None:
    """A boolean array of the plots that pass every filter, or None when none is set.

    ``practices`` holds each plot's practice keys wrapped in "+" ("+cover_crop+no_till+")
    so that one key never matches inside another; ``statuses`` holds "" without a plan.
    """
    if not filters.active():
        return None
    mask = np.ones(len(roles), dtype=bool)
    if filters.district:
        mask &= _each(districts, lambda v: v == filters.district)
    if filters.practice:
        mask &= _each(practices, lambda v: np.char.find(v, f"+{filters.practice}+") >= 0)
    if filters.role:
        mask &= _each(roles, lambda v: v == filters.role)
    if filters.status:
        wanted = "" if filters.status == NO_PLAN else filters.status
        mask &= _each(statuses, lambda v: v == wanted)
    return mask


def _each(column: np.ndarray | Coded, test: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """``test`` of every row's value; for a Coded column, of each distinct value once."""
    if isinstance(column, Coded):
        return np.asarray(test(column.uniques), dtype=bool)[column.inverse]
    return np.asarray(test(column), dtype=bool)


def aligned(ids: np.ndarray, keys: Iterable[int], values: Iterable[str]) -> np.ndarray:
    """An object array with ``values[k]`` at the position of id ``k`` in the sorted
    ``ids``, "" for ids without a value (a plot deleted meanwhile is skipped).

    Objects, not a fixed-width str array: one long providers' list would make every
    one of a million rows as wide as it (4 bytes a character), only to be coded next.
    """
    keys_arr = np.fromiter(keys, dtype=np.int64)
    values_arr = np.fromiter(values, dtype=object)
    out = np.full(len(ids), "", dtype=object)
    if len(keys_arr) == 0 or len(ids) == 0:
        return out
    pos = np.minimum(np.searchsorted(ids, keys_arr), len(ids) - 1)
    found = ids[pos] == keys_arr
    out[pos[found]] = values_arr[found]
    return out


def season_plan_columns(project: Project, season_id: int,
                        ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each plot's plan status and its providers' names in the season, in two queries.

    Status is "" without a plan. The providers are those of the plan's practices in the
    plan's order, each named once, joined with ", "; a cancelled plan lists none, as in
    the crops and practices columns.
    """
    status_of = project.plans.statuses_in_season(season_id)
    names = project.plans.provider_names_by_plot(season_id)
    statuses = aligned(ids, status_of.keys(), status_of.values())
    provider_text = aligned(ids, names.keys(), (LIST_SEPARATOR.join(v)
                                                for v in names.values()))
    return statuses, provider_text


TEXT = np.dtypes.StringDType()  # numpy's variable-width text, 16 bytes a short text


def _blank(value: object) -> bool:
    """Whether a value stands for no text: None, or NaN as pandas and Arrow read it."""
    return value is None or (isinstance(value, float) and value != value)


def text_array(values: Iterable[object]) -> np.ndarray:
    """The values as texts (``str(v)``), "" for None and NaN, in a ``StringDType`` array.

    Variable-width text, not numpy's fixed-width str: at a million rows a fixed-width
    column costs 4 bytes per character of its longest value in every row (a 40-letter
    name: 160 MB), while a plot code takes 16 bytes. Converted in C, without a Python
    call per value; it sorts, compares and searches (``np.char``) like str.
    """
    arr = values if isinstance(values, np.ndarray) else np.fromiter(values, dtype=object)
    if arr.dtype.kind != "O":
        return arr.astype(TEXT)
    missing = np.equal(arr, None) | np.not_equal(arr, arr)  # None, NaN
    if missing.any():
        arr = np.where(missing, "", arr)
    return arr.astype(TEXT)


def distinct(values: Iterable[object]) -> tuple[np.ndarray, list[str]]:
    """Each value's index into the distinct texts, and those texts (``str(v)``, "" for
    None and NaN) in the order they first appear.

    Hashed in C by ``pandas.factorize`` (a Python dict took 2 s for a million plots);
    values that differ but read the same (3 and "3", None and "") are one text.
    """
    arr = values if isinstance(values, np.ndarray) else np.fromiter(values, dtype=object)
    codes, uniques = factorized(arr if arr.dtype.kind == "O" else arr.astype(object))
    texts = ["" if _blank(u) else str(u) for u in uniques.tolist()]
    merged, texts_of = factorized(np.array(texts, dtype=object))
    if len(texts_of) < len(texts):
        codes = merged[codes]
    return codes, [str(t) for t in texts_of.tolist()]


def factorized(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each value's index (int64) into the distinct values, and those values in the
    order they first appear; None and NaN are one value, None. ``pandas.factorize``: a
    hash table in C."""
    import pandas  # heavy: loaded with the first table, not with the window

    # Missing values as -1, then given their place: faster than use_na_sentinel=False,
    # which first tests every value for a missing one in Python objects' own way.
    codes, uniques = pandas.factorize(values)
    codes, uniques = np.asarray(codes, dtype=np.int64), np.asarray(uniques)
    missing = codes < 0
    if missing.any():
        first = int(np.argmax(missing))
        k = int(codes[:first].max()) + 1 if first else 0  # values seen before it
        codes = np.where(missing, k, codes + (codes >= k))
        uniques = np.insert(uniques.astype(object), k, None)
    return codes, uniques


@dataclass(frozen=True, slots=True)
class Coded:
    """A column of few distinct texts: the distinct texts and each row's index into them.

    Translating, searching and lower-casing the distinct texts only is what keeps the
    table fast: a province has 100,000 plots but a few hundred villages or crop mixes.
    """

    uniques: np.ndarray
    inverse: np.ndarray

    @classmethod
    def of(cls, values: np.ndarray, word: Callable[[str], str] | None = None) -> Coded:
        """The column of ``word(v)`` for each value (``str(v)``, "" for None and NaN),
        ``word`` called once per distinct value; ``uniques`` in order of appearance."""
        inverse, texts = distinct(values)
        return cls.of_texts(texts if word is None else [word(u) for u in texts], inverse)

    @classmethod
    def of_texts(cls, texts: list[str], inverse: np.ndarray) -> Coded:
        """The column of ``texts[k]`` at each row whose ``inverse`` is ``k``."""
        return cls(np.array(texts, dtype=str), inverse)

    @classmethod
    def blank(cls, n: int) -> Coded:
        """``n`` rows of "", without reading a million of them."""
        return cls(np.array([""] if n else [], dtype=str), np.zeros(n, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.inverse)

    def values(self) -> np.ndarray:
        return self.uniques[self.inverse]

    def lowered(self) -> Coded:
        return Coded(np.char.lower(self.uniques), self.inverse)


def contains(query: str, full: Iterable[np.ndarray], coded: Iterable[Coded]) -> np.ndarray:
    """Rows where any of the lower-cased columns contains ``query`` (lower case)."""
    found: np.ndarray | None = None
    for column in full:
        hit = np.char.find(column, query) >= 0
        found = hit if found is None else found | hit
    for column in coded:
        hit = (np.char.find(column.uniques, query) >= 0)[column.inverse]
        found = hit if found is None else found | hit
    assert found is not None, "contains() needs at least one column"
    return found


def local_name(name_kh: str, name_en: str, key: str, language: str) -> str:
    """The name in the UI language, the other name when it is missing, else the key."""
    first, second = (name_en, name_kh) if language == "en" else (name_kh, name_en)
    return first or second or key


@dataclass(frozen=True, slots=True)
class SeasonColumns:
    """What the table shows of a season, one entry per plot: crops, practices,
    providers, plan status and MetKasekor stage (texts in the UI language), and the raw
    values the filters compare."""

    crops: Coded
    practices: Coded
    providers: Coded
    statuses: Coded
    stages: Coded
    practice_keys: Coded  # "+cover_crop+no_till+", "" without a plan
    status_values: Coded  # PlanStatus values, "" without a plan

    @classmethod
    def empty(cls, n: int) -> SeasonColumns:
        blank = Coded.blank(n)
        return cls(blank, blank, blank, blank, blank, blank, blank)

    def search_columns(self) -> tuple[list[np.ndarray], list[Coded]]:
        return [], [self.providers.lowered(), self.crops.lowered(), self.practices.lowered()]


def read_season(project: Project, season_id: int | None, ids: np.ndarray,
                language: str) -> SeasonColumns:
    """The season columns of the plots ``ids`` (sorted), read with a few bulk queries;
    without a season only the stage is read."""
    n = len(ids)
    names = {p.key: local_name(p.name_kh, p.name_en, p.key, language)
             for p in project.practices.list()}

    def crop_text(value: str) -> str:
        return LIST_SEPARATOR.join(
            local_name(CROPS[k].name_kh, CROPS[k].name_en, k, language) if k in CROPS else k
            for k in value.split(plot_attributes.JOIN)) if value else ""

    def practice_text(value: str) -> str:
        return LIST_SEPARATOR.join(names.get(k, k) for k in value.split(plot_attributes.JOIN)
                                   ) if value else ""

    words = stage_labels()
    stages = Coded.of(plot_attributes.plot_stages(project, ids),
                      lambda s: words.get(s, s))
    if season_id is None:
        return replace(SeasonColumns.empty(n), stages=stages)
    crops = plot_attributes.season_crops(project, season_id, ids)
    practices = Coded.of(plot_attributes.season_practices(project, season_id, ids))
    statuses, providers = season_plan_columns(project, season_id, ids)
    status_values = Coded.of(statuses)
    return SeasonColumns(
        crops=Coded.of(crops, crop_text),
        practices=Coded.of_texts([practice_text(k) for k in practices.uniques.tolist()],
                                 practices.inverse),
        providers=Coded.of(providers),
        statuses=Coded.of_texts([status_label(s) for s in status_values.uniques.tolist()],
                                status_values.inverse),
        stages=stages,
        practice_keys=Coded(np.char.add(np.char.add("+", practices.uniques), "+"),
                            practices.inverse),
        status_values=status_values,
    )


class PlotsFilterBar(QWidget):
    """District, practice, role and season status combos; ``changed`` on any choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.district = self._combo(self.tr("Filter by district"))
        self.practice = self._combo(self.tr("Filter by a practice of the season's plan"))
        self.role = self._combo(self.tr("Filter by the plot's role"))
        self.status = self._combo(self.tr("Filter by the status of the season's plan"))
        # Each box says what it filters before what is chosen ("District: any"), so that
        # four narrow boxes cut to their first letters can still be told apart.
        for combo, name in ((self.district, self.tr("District filter")),
                            (self.practice, self.tr("Practice filter")),
                            (self.role, self.tr("Role filter")),
                            (self.status, self.tr("Plan status filter"))):
            combo.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for combo in (self.district, self.practice, self.role, self.status):
            layout.addWidget(combo)
        self.role.addItem(self.tr("Role: any"), ANY)
        for role in PlotRole:
            self.role.addItem(role_label(role.value), role.value)
        self.status.addItem(self.tr("Plan status: any"), ANY)
        for status in PlanStatus:
            self.status.addItem(status_label(status.value), status.value)
        self.status.addItem(self.tr("No plan"), NO_PLAN)
        self.set_districts([])
        self.set_practices([])

    def _combo(self, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setToolTip(tip)
        # Narrow when the dock is narrow: the full name shows in the drop-down list.
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    @staticmethod
    def _refill(combo: QComboBox, first: str, items: list[tuple[str, str]]) -> None:
        """Replace the items, keeping the chosen value when it is still offered."""
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(first, ANY)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        finally:
            combo.blockSignals(False)
        if combo.currentData() != current:
            combo.currentIndexChanged.emit(combo.currentIndex())

    def set_districts(self, districts: list[tuple[str, str]]) -> None:
        """Offer the districts of the plots: (name, 4-digit code) pairs, sorted by name."""
        self._refill(self.district, self.tr("District: any"), districts)

    def set_practices(self, practices: list[Practice], language: str = "kh") -> None:
        """Offer the project's practice catalogue with names in the UI language."""
        items = [(_practice_name(p, language), p.key) for p in practices]
        self._refill(self.practice, self.tr("Practice: any"), items)

    def filters(self) -> PlotFilters:
        return PlotFilters(
            district=self.district.currentData() or ANY,
            practice=self.practice.currentData() or ANY,
            role=self.role.currentData() or ANY,
            status=self.status.currentData() or ANY,
        )

    def choose(self, combo: QComboBox, value: str) -> None:
        """Pick the item of ``value`` (for code that sets a filter, as a click would)."""
        index = combo.findData(value)
        if index < 0:
            raise KeyError(f"No filter item for {value!r}.")
        combo.setCurrentIndex(index)


def _practice_name(practice: Practice, language: str) -> str:
    if language == "en":
        return practice.name_en or practice.name_kh or practice.key
    return practice.name_kh or practice.name_en or practice.key


RASTER_STATS = ("mean", "min", "max")  # the zonal figures shown, per raster layer


def read_raster_columns(project: Project, ids: np.ndarray
                        ) -> list[tuple[str, str, np.ndarray]]:
    """(layer, statistic, values) of every stored raster layer, aligned with ``ids``;
    NaN for a plot without a value (not computed, or no valid pixel)."""
    ids = np.asarray(ids, dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    out: list[tuple[str, str, np.ndarray]] = []
    for layer in project.raster_stats.layers():
        stored = project.raster_stats.table(layer)
        found = np.zeros(len(stored["ids"]), dtype=bool)
        rows = np.zeros(0, dtype=np.int64)
        if len(ids):
            pos = np.minimum(np.searchsorted(ids, stored["ids"], sorter=order), len(ids) - 1)
            found = ids[order[pos]] == stored["ids"]
            rows = order[pos[found]]
        for stat in RASTER_STATS:
            values = np.full(len(ids), np.nan)
            values[rows] = stored[stat][found]
            out.append((layer, stat, values))
    return out
