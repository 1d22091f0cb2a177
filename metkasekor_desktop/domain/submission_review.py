"""Phone submissions checked against the register before anything is written.

:func:`review_submissions` matches each submission of the phone forms
(``domain.field_forms``) against a :class:`ReviewRegister` (plot codes, the hidden
season, practices, providers, crops, villages, known instance ids) and checks its values
by the desktop's own rules (yield conversion and plausibility, soil indicator ranges,
plot validity and overlaps). A submission is accepted whole, or refused whole with a
line per problem naming the field; one already imported is skipped ("known"), which is
not an error. Lines are data (a message key and its parameters, DESIGN.md decision 10);
``ReviewLine.finding`` is the message of the key, ``ReviewLine.message`` the whole line
(the English of which the command line prints).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.domain.codes import (
    district_of,
    normalise_admin_code,
    normalise_plot_code,
    propose_plot_code,
)
from metkasekor_desktop.domain.crops import CROPS, Crop
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Sex, Stage
from metkasekor_desktop.domain.errors import DomainError, ValidationError
from metkasekor_desktop.domain.event import ATTENDANCE_KIND_FIELDS, ExtensionEvent
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.field_forms import SEASON_FIELD
from metkasekor_desktop.domain.geometry import areas_ha, validate_plot_geometry
from metkasekor_desktop.domain.import_arrays import area_text
from metkasekor_desktop.domain.import_overlaps import find_overlaps
from metkasekor_desktop.domain.messages import Message, as_message, msg
from metkasekor_desktop.domain.plan import PlannedPractice
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.practice import DETAIL_FIELDS, Practice, PracticeDetails
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import INDICATORS, SoilSample
from metkasekor_desktop.domain.submission_values import (
    clean,
    name_key,
    parse_count,
    parse_date,
    parse_number,
    split_choices,
)
from metkasekor_desktop.domain.yields import YieldRecord, implausible_yield

Severity = Literal["refused", "note", "known"]

# Form id -> the kind of record it writes (the keys of SubmissionResult.written).
FORM_KINDS = {"mk_plot_visit": "plans", "mk_crop_cut": "yields",
              "mk_soil_sample": "soil_samples", "mk_extension_event": "events",
              "mk_new_plot": "plots"}
# The table each kind's record is in (field_submissions.record_table).
RECORD_TABLES = {"plans": "plot_season_plans", "yields": "yield_records",
                 "soil_samples": "soil_samples", "events": "extension_events",
                 "plots": "plots"}
# A field only one form has tells the form of an export that does not name it (Kobo).
_TELLING_FIELDS = (("plan_status", "mk_plot_visit"), ("fresh_weight_kg", "mk_crop_cut"),
                   ("depth_to_cm", "mk_soil_sample"), ("stage", "mk_extension_event"),
                   ("boundary", "mk_new_plot"))
MIN_OVERLAP_M2 = 1.0  # as the plot import: a sliver below a square metre is rounding

# Each key's template (a message without values: as text, the template itself, which
# ``str.format`` fills as before); ``ReviewLine.finding`` gives it its values.
MESSAGES: dict[str, Message] = {
    "unknown_form": msg("the form '{form_id}' is not one of the MetKasekor phone forms "
                        "({forms}); import it with --form naming one of them."),
    "missing": msg("{field} is empty; the form needs it."),
    "unknown_plot": msg("unknown plot code {code}."),
    "bad_plot_code": msg("'{code}' is not a plot code."),
    "unknown_season": msg("unknown season '{season}'; the project has: {known}."),
    "unknown_practice": msg("unknown practice '{value}'; the catalogue has: {known}."),
    "unknown_provider": msg("unknown provider '{value}' (no provider with that id)."),
    "unknown_choice": msg("'{value}' is not one of: {choices}."),
    "unknown_crop": msg("unknown crop '{value}'; known crops: {known}."),
    "not_a_number": msg("'{value}' is not a number."),
    "not_a_count": msg("'{value}' is not a whole number."),
    "not_a_date": msg("'{value}' is not a date (YYYY-MM-DD)."),
    "out_of_range": msg("{value} is outside the range {low} to {high}{unit}."),
    "must_be_positive": msg("{value} must be more than 0."),
    "depth_order": msg("the depth range {low}-{high} cm is not valid: the lower depth must "
                       "be deeper than the upper one."),
    "implausible_yield": msg("{value} t/ha is more than the {top} t/ha that {crop} yields "
                             "at best in Cambodia; check the weight (kg, not g) and the "
                             "sample area, then enter it on the desktop with consent."),
    "invalid_value": msg("{reason}"),
    "bad_village": msg("'{value}' is not a village code (8 digits)."),
    "no_farmer_name": msg("the farmer has no name, in Khmer or in Latin letters."),
    "bad_boundary": msg("the boundary cannot be read: {reason}"),
    "invalid_boundary": msg("{reason}"),
    "overlap": msg("the boundary overlaps existing plot(s) {plots}; draw it again or "
                   "correct the plot on the desktop."),
    "overlap_in_file": msg("the boundary overlaps the new plot of submission {other} "
                           "({area}); both are refused."),
    "already_imported": msg("already imported; skipped."),
    "twice_in_file": msg("the same submission is in the file twice; the first is used."),
    "new_farmer": msg("new farmer {name} added in village {village}."),
    "new_plot_code": msg("the new plot gets the code {code}."),
}


class RowLike(Protocol):
    """A repeat row of a submission (``io.submissions.RepeatRow``)."""

    fields: dict[str, str]
    source: str


class SubmissionLike(Protocol):
    """What the review reads of a submission (``io.submissions.Submission``)."""

    instance_id: str
    form_id: str | None
    submitted_at: datetime | None
    submitter: str
    fields: dict[str, str]
    repeats: Any  # dict[str, list[RowLike]]
    media: dict[str, Path]
    source: str


@dataclass(frozen=True, slots=True)
class PlotInfo:
    """What matching needs of an existing plot."""

    id: int
    village_code: str | None = None
    role: str = PlotRole.FARMER_FIELD.value


@dataclass
class ReviewRegister:
    """The register as the review sees it (read once by the importer).

    ``plots``: plot code -> plot; ``plot_codes`` and ``geometries`` (aligned, WGS 84)
    serve the overlap check of new plots and may stay empty when no new plot comes;
    ``farmers``: (name key, village code) -> farmer id, for each of a farmer's names;
    ``seasons``: the project's seasons (the form's hidden ``season`` names one);
    ``parse_shape``: reads a geoshape's text into (lon, lat) points (io's parser);
    ``known_ids``: instance ids of the submissions already imported."""

    plots: dict[str, PlotInfo]
    practices: dict[str, Practice]
    providers: dict[int, Provider]
    seasons: Sequence[Season]
    farmers: dict[tuple[str, str | None], int] = field(default_factory=dict)
    crops: Mapping[str, Crop] = field(default_factory=lambda: CROPS)
    known_ids: set[str] = field(default_factory=set)
    plot_codes: Sequence[str] = ()
    geometries: Any = None  # WGS 84 shapes aligned with plot_codes
    parse_shape: Callable[[str], list[tuple[float, float]]] | None = None


@dataclass(frozen=True, slots=True)
class ReviewLine:
    """One finding: which submission (and where in the file), which field, what."""

    instance_id: str
    form_id: str
    source: str
    field: str | None
    key: str
    params: dict[str, Any]
    severity: Severity

    @property
    def finding(self) -> Message:
        """What was found, without the submission and field: the key's message with
        ``params``."""
        return Message(MESSAGES[self.key].template, self.params)

    @property
    def message(self) -> Message:
        """The whole line: the submission (where in the file), the field, the finding."""
        if self.field:
            return msg("{source} ({submission}): {field}: {finding}", source=self.source,
                       submission=self.instance_id, field=self.field, finding=self.finding)
        return msg("{source} ({submission}): {finding}", source=self.source,
                   submission=self.instance_id, finding=self.finding)


@dataclass(slots=True)
class VisitUpdate:
    """What a plot visit does to the plot's plan of the season (made if it has none)."""

    plot_id: int
    season_id: int
    status: PlanStatus
    visit_date: date | None
    done_date: date | None
    practices: list[PlannedPractice]
    notes: str = ""


@dataclass
class Accepted:
    """A submission that will be written: its record (a :class:`VisitUpdate`,
    YieldRecord, SoilSample, ExtensionEvent or Plot) and, for a new plot, its farmer
    (``farmer.id`` set when the register has them already)."""

    instance_id: str
    form_id: str
    kind: str
    source: str
    submitted_at: datetime | None
    submitter: str
    record: Any
    farmer: Farmer | None = None
    media: dict[str, Path] = field(default_factory=dict)

    @property
    def record_table(self) -> str:
        return RECORD_TABLES[self.kind]


@dataclass
class SubmissionReview:
    lines: list[ReviewLine]
    accepted: list[Accepted]
    refused: int
    known: int


class _Refused(Exception):
    """Ends the reading of a submission: its lines say why."""


class _Check:
    """The lines of one submission and the readers that add them."""

    def __init__(self, s: SubmissionLike, form_id: str) -> None:
        self.s = s
        self.form_id = form_id
        self.lines: list[ReviewLine] = []

    @property
    def refused(self) -> bool:
        return any(line.severity == "refused" for line in self.lines)

    def add(self, field_name: str | None, key: str, severity: Severity = "refused",
            source: str | None = None, **params: Any) -> None:
        self.lines.append(ReviewLine(self.s.instance_id, self.form_id,
                                     source or self.s.source, field_name, key,
                                     {k: v if isinstance(v, Message) else str(v)
                                      for k, v in params.items()}, severity))

    def raw(self, name: str, row: RowLike | None = None) -> str:
        return clean((row or self.s).fields.get(name, ""))

    def required(self, name: str, row: RowLike | None = None) -> str:
        value = self.raw(name, row)
        if not value:
            self.add(name, "missing", source=row.source if row else None, field=name)
        return value

    def number(self, name: str, required: bool = False, row: RowLike | None = None,
               ) -> float | None:
        text = self.required(name, row) if required else self.raw(name, row)
        try:
            return parse_number(text)
        except ValueError:
            self.add(name, "not_a_number", source=row.source if row else None, value=text)
            return None

    def count(self, name: str) -> int:
        text = self.raw(name)
        try:
            value = parse_count(text)
        except ValueError:
            self.add(name, "not_a_count", value=text)
            return 0
        if value is not None and value < 0:
            self.add(name, "out_of_range", value=value, low=0, high=msg("any"), unit="")
        return value or 0

    def date(self, name: str, required: bool = False, row: RowLike | None = None
             ) -> date | None:
        text = self.required(name, row) if required else self.raw(name, row)
        try:
            return parse_date(text)
        except ValueError:
            self.add(name, "not_a_date", source=row.source if row else None, value=text)
            return None

    def choice(self, name: str, allowed: Iterable[str], required: bool = True) -> str | None:
        value = self.required(name) if required else self.raw(name)
        names = list(allowed)
        if value and value not in names:
            self.add(name, "unknown_choice", value=value, choices=", ".join(names))
            return None
        return value or None

    def range(self, name: str, value: float | None, low: float, high: float,
              unit: str = "") -> None:
        if value is not None and not low <= value <= high:
            self.add(name, "out_of_range", value=f"{value:g}", low=f"{low:g}",
                     high=f"{high:g}", unit=f" {unit}" if unit else "")


class _Reviewer:
    def __init__(self, register: ReviewRegister) -> None:
        self.r = register
        self.seasons = {" ".join(s.name.split()).casefold(): s for s in register.seasons}
        self.codes = set(register.plots)
        self.new_plots: list[tuple[_Check, Accepted]] = []
        self.new_farmers: dict[tuple[str, str | None], Farmer] = {}

    # -- shared pieces -----------------------------------------------------------------
    def plot(self, c: _Check, name: str = "plot") -> PlotInfo | None:
        text = c.required(name)
        if not text:
            return None
        try:
            code = normalise_plot_code(text)
        except ValidationError:
            c.add(name, "bad_plot_code", code=text)
            return None
        found = self.r.plots.get(code)
        if found is None:
            c.add(name, "unknown_plot", code=code)
        return found

    def season(self, c: _Check, required: bool = True) -> Season | None:
        text = c.raw(SEASON_FIELD)
        if not text:
            if required:
                c.add(SEASON_FIELD, "missing", field=SEASON_FIELD)
            return None
        found = self.seasons.get(" ".join(text.split()).casefold())
        if found is None:
            known = ", ".join(s.name for s in sorted(self.r.seasons, key=lambda s: s.sort_key))
            c.add(SEASON_FIELD, "unknown_season", season=text, known=known or msg("none"))
        return found

    # -- the forms ---------------------------------------------------------------------
    def visit(self, c: _Check) -> VisitUpdate | None:
        plot = self.plot(c)
        season = self.season(c)
        visit_date = c.date("visit_date", required=True)
        status_text = c.choice("plan_status", [s.value for s in PlanStatus])
        chosen = split_choices(c.raw("practices_done"))
        for key in chosen:
            if key not in self.r.practices:
                c.add("practices_done", "unknown_practice", value=key,
                      known=", ".join(self.r.practices))
        practices: dict[str, PlannedPractice] = {}
        dates: list[date] = []
        for row in c.s.repeats.get("practice_done", []):
            key = c.raw("practice", row)
            practice = self.r.practices.get(key)
            if not key:
                continue
            if practice is None or practice.id is None:
                if key not in chosen:
                    c.add("practice", "unknown_practice", source=row.source, value=key,
                          known=", ".join(self.r.practices))
                continue
            provider_id = None
            provider_text = c.raw("provider", row)
            if provider_text:
                try:
                    provider_id = int(parse_number(provider_text) or 0)
                except ValueError:
                    provider_id = None
                if provider_id not in self.r.providers:
                    c.add("provider", "unknown_provider", source=row.source,
                          value=provider_text)
                    provider_id = None
            done = c.date("date_done", row=row)
            details = PracticeDetails()
            if done is not None:
                dates.append(done)
                if "sowing_date" in DETAIL_FIELDS.get(str(practice.kind), ()):
                    details.sowing_date = done
            practices[key] = PlannedPractice(practice_id=practice.id, provider_id=provider_id,
                                             details=details)
        for key in chosen:  # a practice ticked whose repeat row is missing
            practice = self.r.practices.get(key)
            if key not in practices and practice is not None and practice.id is not None:
                practices[key] = PlannedPractice(practice_id=practice.id)
        if c.refused or plot is None or season is None or season.id is None \
                or status_text is None:
            return None
        status = PlanStatus(status_text)
        done_date = (max(dates) if dates else visit_date) if status == PlanStatus.DONE \
            else None
        return VisitUpdate(plot.id, season.id, status, visit_date, done_date,
                           list(practices.values()), c.raw("notes"))

    def crop_cut(self, c: _Check) -> YieldRecord | None:
        plot = self.plot(c)
        season = self.season(c)
        crop_key = c.required("crop")
        crop = self.r.crops.get(crop_key) if crop_key else None
        if crop_key and crop is None:
            c.add("crop", "unknown_crop", value=crop_key, known=", ".join(self.r.crops))
        harvest = c.date("harvest_date", required=True)
        area = c.number("sample_area_m2", required=True)
        if area is not None and area <= 0:
            c.add("sample_area_m2", "must_be_positive", value=f"{area:g}")
        weight = c.number("fresh_weight_kg", required=True)
        c.range("fresh_weight_kg", weight, 0, float("inf"), "kg")
        moisture = c.number("moisture_pct",
                            required=crop is not None and crop.standard_moisture_pct is not None)
        if moisture is not None and not 0 <= moisture < 100:
            c.add("moisture_pct", "out_of_range", value=f"{moisture:g}", low="0",
                  high=msg("under 100"), unit=" %")
        if c.refused or plot is None or season is None or season.id is None or crop is None:
            return None
        record = YieldRecord(plot_id=plot.id, season_id=season.id, crop=crop.key,
                             harvest_date=harvest, sample_area_m2=area,
                             fresh_weight_kg=weight or 0.0, moisture_pct=moisture,
                             notes=c.raw("notes"))
        try:
            value = record.validated().yield_t_ha()
        except ValidationError as exc:
            c.add(exc.field, "invalid_value", reason=as_message(exc))
            return None
        if implausible_yield(crop.key, value):
            c.add("fresh_weight_kg", "implausible_yield", value=f"{value:.2f}",
                  top=f"{crop.max_plausible_t_ha:g}", crop=crop.name_en)
            return None
        return record

    def soil(self, c: _Check) -> SoilSample | None:
        plot = self.plot(c)
        season = self.season(c, required=False)
        sampled = c.date("sample_date", required=True)
        top = c.number("depth_from_cm")
        bottom = c.number("depth_to_cm", required=True)
        top = 0.0 if top is None else top
        if bottom is not None and (top < 0 or bottom <= top):
            c.add("depth_to_cm", "depth_order", low=f"{top:g}", high=f"{bottom:g}")
        values: dict[str, float] = {}
        for key, ind in INDICATORS.items():
            value = c.number(key)
            if value is None:
                continue
            low, high = ind.plausible
            c.range(key, value, low, high, ind.unit)
            values[key] = value
        if c.refused or plot is None or bottom is None:
            return None
        return SoilSample(plot_id=plot.id, season_id=season.id if season else None,
                          sample_date=sampled, depth_from_cm=top, depth_to_cm=bottom,
                          method=c.raw("method"), lab=c.raw("lab"), values=values,
                          notes=c.raw("notes"))

    def village(self, c: _Check, name: str, required: bool) -> str | None:
        text = c.required(name) if required else c.raw(name)
        if not text:
            return None
        try:
            return normalise_admin_code(text, "village")
        except ValidationError:
            c.add(name, "bad_village", value=text)
            return None

    def event(self, c: _Check) -> ExtensionEvent | None:
        stage = c.choice("stage", [s.value for s in Stage])
        when = c.date("event_date", required=True)
        village = self.village(c, "event_village", required=True)
        women, men = c.count("women"), c.count("men")
        plot_ids: list[int] = []
        for text in split_choices(c.raw("demo_plots")):
            try:
                code = normalise_plot_code(text)
            except ValidationError:
                c.add("demo_plots", "bad_plot_code", code=text)
                continue
            found = self.r.plots.get(code)
            if found is None:
                c.add("demo_plots", "unknown_plot", code=code)
            elif found.id not in plot_ids:
                plot_ids.append(found.id)
        kinds = {name: c.count(name) for name in ATTENDANCE_KIND_FIELDS}
        if c.refused or stage is None or when is None:
            return None
        return ExtensionEvent(stage=Stage(stage), event_date=when, place=c.raw("place"),
                              village_code=village, plot_ids=tuple(plot_ids), women=women,
                              men=men, **kinds, notes=c.raw("notes"))

    def new_plot(self, c: _Check, accepted: Callable[[Any, Farmer | None], Accepted]
                 ) -> None:
        shape = self.boundary(c)
        name_kh, name_latin = c.raw("farmer_name_kh"), c.raw("farmer_name_latin")
        if not (name_kh or name_latin):
            c.add("farmer_name_kh", "no_farmer_name")
        sex = c.choice("farmer_sex", [s.value for s in Sex])
        village = self.village(c, "plot_village", required=True)
        role = c.choice("plot_role", [r.value for r in PlotRole], required=False)
        if c.refused or shape is None or village is None:
            return
        farmer = Farmer(name_kh=name_kh, name_latin=name_latin,
                        sex=Sex(sex) if sex else None, phone=c.raw("farmer_phone"),
                        village_code=village)
        found = self._farmer(farmer)
        if found is None:
            key = (name_key(name_kh or name_latin), village)
            shared = self.new_farmers.setdefault(key, farmer)
            if shared is farmer:
                c.add("farmer_name_kh", "new_farmer", "note", name=farmer.display_name,
                      village=village)
            farmer = shared
        else:
            farmer.id = found
        code = propose_plot_code(district_of(village), self.codes)
        self.codes.add(code)
        plot = Plot(code=code, name=c.raw("plot_name"), geometry=shape,
                    village_code=village, role=PlotRole(role or PlotRole.FARMER_FIELD.value),
                    notes=c.raw("notes"))
        c.add(None, "new_plot_code", "note", code=code)
        self.new_plots.append((c, accepted(plot, farmer)))

    def _farmer(self, farmer: Farmer) -> int | None:
        for name in (farmer.name_kh, farmer.name_latin):
            if name:
                found = self.r.farmers.get((name_key(name), farmer.village_code))
                if found is not None:
                    return found
        return None

    def boundary(self, c: _Check) -> MultiPolygon | None:
        text = c.required("boundary")
        if not text:
            return None
        if self.r.parse_shape is None:  # pragma: no cover - the importer always gives one
            c.add("boundary", "bad_boundary", reason=msg("no geoshape reader"))
            return None
        try:
            points = self.r.parse_shape(text)
            if len(set(points)) < 3:
                raise ValueError(msg("fewer than 3 distinct points were recorded; walk "
                                     "around the whole plot"))
            if points[0] != points[-1]:
                points = [*points, points[0]]
            shape = Polygon(points)
        except (DomainError, ValueError) as exc:
            c.add("boundary", "bad_boundary", reason=as_message(exc))
            return None
        try:
            return validate_plot_geometry(shape)
        except DomainError as exc:
            c.add("boundary", "invalid_boundary", reason=as_message(exc))
            return None

    def check_overlaps(self) -> None:
        """New plots that overlap an existing plot, or each other, are refused."""
        if not self.new_plots:
            return
        shapes = np.empty(len(self.new_plots), dtype=object)
        shapes[:] = [a.record.geometry for _c, a in self.new_plots]
        areas_m2 = areas_ha(shapes, assume_valid=True) * 10_000.0
        existing = self.r.geometries
        codes = list(self.r.plot_codes)
        if existing is not None and len(existing) == 0:
            existing = None
        found = find_overlaps(shapes, areas_m2, list(range(1, len(shapes) + 1)), existing,
                              codes or None, MIN_OVERLAP_M2)
        for i, items in found.existing.items():
            c = self.new_plots[i][0]
            shown = sorted(items, key=lambda t: -t[1])
            c.add("boundary", "overlap", plots=", ".join(
                f"{codes[j] if j < len(codes) else j} ({area_text(m2)})" for j, m2 in shown))
        for i, items in found.in_file.items():
            c = self.new_plots[i][0]
            for j, m2 in items:
                c.add("boundary", "overlap_in_file",
                      other=self.new_plots[j][0].s.instance_id, area=area_text(m2))


def form_of(submission: SubmissionLike) -> str | None:
    """The form id of a submission: as the export names it, else told by its fields."""
    form_id = clean(submission.form_id)
    if form_id and not form_id.startswith("mk_") and f"mk_{form_id}" in FORM_KINDS:
        form_id = f"mk_{form_id}"
    if form_id in FORM_KINDS:
        return form_id
    for name, form in _TELLING_FIELDS:
        if name in submission.fields:
            return form
    return form_id or None


def review_submissions(submissions: Iterable[SubmissionLike], register: ReviewRegister
                       ) -> SubmissionReview:
    """Check every submission against the register; nothing is written."""
    reviewer = _Reviewer(register)
    checks: list[tuple[_Check, Accepted | None]] = []
    seen: set[str] = set()
    known = 0
    for s in submissions:
        form_id = form_of(s) or ""
        c = _Check(s, form_id)
        if s.instance_id in register.known_ids or s.instance_id in seen:
            c.add(None, "already_imported" if s.instance_id in register.known_ids
                  else "twice_in_file", "known")
            known += 1
            checks.append((c, None))
            continue
        seen.add(s.instance_id)
        kind = FORM_KINDS.get(form_id)

        def accepted(record: Any, farmer: Farmer | None = None, *, _s: SubmissionLike = s,
                     _form: str = form_id, _kind: str | None = kind) -> Accepted:
            return Accepted(_s.instance_id, _form, _kind or "", _s.source, _s.submitted_at,
                            _s.submitter, record, farmer, dict(_s.media))

        record: Any = None
        if kind is None:
            c.add(None, "unknown_form", form_id=form_id or msg("(none)"),
                  forms=", ".join(FORM_KINDS))
        elif kind == "plans":
            record = reviewer.visit(c)
        elif kind == "yields":
            record = reviewer.crop_cut(c)
        elif kind == "soil_samples":
            record = reviewer.soil(c)
        elif kind == "events":
            record = reviewer.event(c)
        else:
            reviewer.new_plot(c, accepted)
            checks.append((c, None))  # accepted after the overlap check
            continue
        checks.append((c, accepted(record) if record is not None and not c.refused
                       else None))
    reviewer.check_overlaps()
    plots_ok = {id(c): a for c, a in reviewer.new_plots if not c.refused}
    lines: list[ReviewLine] = []
    out: list[Accepted] = []
    refused = 0
    for c, item in checks:
        lines.extend(c.lines)
        chosen = item or plots_ok.get(id(c))
        if chosen is not None and not c.refused:
            out.append(chosen)
        elif c.refused:
            refused += 1
    return SubmissionReview(lines, out, refused, known)
