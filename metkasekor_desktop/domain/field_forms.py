"""The phone forms (ODK Collect / KoboCollect) as data: questions, choices, field names.

Each form is a :class:`FormSpec` built from the project's own catalogue (practices,
providers, crops, soil indicators, stages), so a phone offers exactly what the register
knows, and the submissions importer reads the same field names (``FIELDS``). Writing the
XLSForm workbook is io's business (``io.xlsform``); nothing here touches a file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Sex, Stage
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import INDICATORS

# The CSV attachments every form may read (written beside the forms).
PLOTS_CSV = "plots.csv"
DISTRICTS_CSV = "districts.csv"
COMMUNES_CSV = "communes.csv"
VILLAGES_CSV = "villages.csv"
# Hidden fields of every form: the season chosen when the forms were made, and the
# version of the form (the register it was made from).
SEASON_FIELD = "season"
VERSION_FIELD = "mk_form_version"


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer of a choice list; ``extra`` are further columns (for choice filters)."""

    name: str
    label_en: str
    label_km: str
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    """One row of the XLSForm ``survey`` sheet (groups and repeats are rows too)."""

    name: str
    type: str
    label_en: str = ""
    label_km: str = ""
    required: bool = False
    constraint: str = ""
    constraint_message_en: str = ""
    constraint_message_km: str = ""
    relevant: str = ""
    choice_filter: str = ""
    appearance: str = ""
    calculation: str = ""
    hint_en: str = ""
    hint_km: str = ""
    repeat_count: str = ""
    default: str = ""
    parameters: str = ""


@dataclass(frozen=True, slots=True)
class FormSpec:
    """One form: its id (``mk_<name>``), title, rows and choice lists."""

    name: str
    title_en: str
    title_km: str
    questions: tuple[Question, ...]
    choices: tuple[tuple[str, tuple[Choice, ...]], ...] = ()

    @property
    def form_id(self) -> str:
        return f"mk_{self.name}"

    @property
    def attachments(self) -> tuple[str, ...]:
        """The CSV files the form reads (``select_one_from_file`` and the like)."""
        files = [q.type.split()[-1] for q in self.questions if "_from_file" in q.type]
        return tuple(dict.fromkeys(files))

    @property
    def field_names(self) -> tuple[str, ...]:
        """The names of the answers (not the group or note rows)."""
        skip = ("begin", "end", "note")
        return tuple(q.name for q in self.questions
                     if q.name and not q.type.split()[0].startswith(skip))


def number(value: float) -> str:
    """A number as XPath writes it: no exponent, no trailing zeros."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def literal(text: str) -> str:
    """``text`` as an XPath string literal."""
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    parts = ", \"'\", ".join(f"'{p}'" for p in text.split("'"))
    return f"concat({parts})"


# --- shared pieces -------------------------------------------------------------------

_AT_LEAST_ZERO = ("Must be 0 or more.", "ត្រូវតែ ០ ឬច្រើនជាងនេះ។")


def count(name: str, en: str, km: str) -> Question:
    """A head count: a whole number, 0 or more."""
    return Question(name, "integer", en, km, constraint=". >= 0",
                    constraint_message_en=_AT_LEAST_ZERO[0],
                    constraint_message_km=_AT_LEAST_ZERO[1])


def place_questions(prefix: str, *, required_village: bool = False) -> tuple[Question, ...]:
    """District -> commune -> village, each a list from the project's areas filtered by
    the one above."""
    return (
        Question(f"{prefix}_district", f"select_one_from_file {DISTRICTS_CSV}", "District",
                 "ស្រុក", appearance="minimal"),
        Question(f"{prefix}_commune", f"select_one_from_file {COMMUNES_CSV}", "Commune", "ឃុំ",
                 choice_filter=f"district = ${{{prefix}_district}}", appearance="minimal",
                 relevant=f"${{{prefix}_district}} != ''"),
        Question(f"{prefix}_village", f"select_one_from_file {VILLAGES_CSV}", "Village",
                 "ភូមិ", required=required_village, appearance="minimal",
                 choice_filter=f"commune = ${{{prefix}_commune}}",
                 relevant=f"${{{prefix}_commune}} != ''"),
    )


def plot_questions() -> tuple[Question, ...]:
    """The plot, from plots.csv; district, commune and village narrow the list (each may
    stay empty: a plot without a village is found with no filter)."""
    filters = " and ".join(
        f"(${{plot_{level}}} = '' or {level} = ${{plot_{level}}})"
        for level in ("district", "commune", "village"))
    places = tuple(replace(q, required=False) for q in place_questions("plot"))
    return (*places,
            Question("plot", f"select_one_from_file {PLOTS_CSV}", "Plot", "ក្បាលដី",
                     required=True, choice_filter=filters, appearance="autocomplete",
                     hint_en="Code, farmer and village; choose a district, commune or "
                     "village above to shorten the list.",
                     hint_km="លេខកូដ កសិករ និងភូមិ; ជ្រើសស្រុក ឃុំ ឬភូមិខាងលើ "
                     "ដើម្បីបង្រួមបញ្ជី។"))


def _enum_choices(labels: dict[str, tuple[str, str]]) -> tuple[Choice, ...]:
    return tuple(Choice(key, en, km) for key, (en, km) in labels.items())


# Words of the closed vocabularies (the Khmer as in the translation catalogue).
PLAN_STATUS_LABELS: dict[str, tuple[str, str]] = {
    PlanStatus.PLANNED.value: ("Planned", "បានគ្រោង"),
    PlanStatus.DONE.value: ("Done", "បានធ្វើរួច"),
    PlanStatus.CANCELLED.value: ("Cancelled", "បានលុបចោល"),
}
STAGE_LABELS: dict[str, tuple[str, str]] = {
    Stage.IDENTIFICATION.value: ("Identification", "ការកំណត់អត្តសញ្ញាណ"),
    Stage.DEMAND_CREATION_MEETING.value: ("Demand creation meeting",
                                          "កិច្ចប្រជុំបង្កើតតម្រូវការ"),
    Stage.FIELD_SHOWCASE.value: ("Field showcase", "ការបង្ហាញនៅវាលស្រែ"),
    Stage.COMMERCIAL_DEMONSTRATION.value: ("Commercial demonstration",
                                           "ការបង្ហាញពាណិជ្ជកម្ម"),
    Stage.ANNUAL_MEETING.value: ("Annual meeting", "កិច្ចប្រជុំប្រចាំឆ្នាំ"),
    Stage.PROMOTIONAL_MEETING.value: ("Promotional meeting", "កិច្ចប្រជុំផ្សព្វផ្សាយ"),
}
ROLE_LABELS: dict[str, tuple[str, str]] = {
    PlotRole.DEMONSTRATION.value: ("Demonstration", "ដីសាកល្បងបង្ហាញ"),
    PlotRole.CONTROL.value: ("Control", "ដីប្រៀបធៀប"),
    PlotRole.FARMER_FIELD.value: ("Farmer field", "ដីកសិករ"),
}
SEX_LABELS: dict[str, tuple[str, str]] = {
    Sex.FEMALE.value: ("Female", "ស្រី"),
    Sex.MALE.value: ("Male", "ប្រុស"),
}


# Photos are shrunk on the phone: a field photo needs no more than 1600 pixels.
PHOTO = Question("photo", "image", "Photo", "រូបថត", parameters="max-pixels=1600")


# --- the forms -----------------------------------------------------------------------

def plot_visit_form(practices: Sequence[Practice], providers: Sequence[Provider]) -> FormSpec:
    """A visit to a plot: the practices done this season, by whom and when, the plan's
    status, photos, a GPS point and notes."""
    practice_choices = tuple(
        Choice(p.key, p.name_en or p.name_kh, p.name_kh or p.name_en,
               (("service", str(p.service or "")),))
        for p in practices)
    provider_choices = tuple(
        Choice(str(p.id), p.name, p.name,
               (("services", " ".join(str(s) for s in p.services)),))
        for p in providers if p.id is not None)
    questions = (
        *plot_questions(),
        Question("visit_date", "date", "Visit date", "កាលបរិច្ឆេទចុះពិនិត្យ", required=True,
                 default="today()"),
        Question("plan_status", "select_one plan_status", "Plan status", "ស្ថានភាពផែនការ",
                 required=True),
        Question("practices_done", "select_multiple practice",
                 "Practices done this season", "ការអនុវត្តដែលបានធ្វើក្នុងរដូវនេះ",
                 relevant="${plan_status} != 'cancelled'"),
        Question("practice_done", "begin_repeat", "Practice done", "ការអនុវត្តដែលបានធ្វើ",
                 repeat_count="count-selected(${practices_done})",
                 relevant="count-selected(${practices_done}) > 0"),
        Question("practice", "calculate",
                 calculation="selected-at(${practices_done}, position(..) - 1)"),
        Question("practice_service", "calculate",
                 calculation="instance('practice')/root/item[name = ${practice}]/service"),
        Question("practice_name", "calculate",
                 calculation="jr:choice-name(${practice}, '${practices_done}')"),
        Question("practice_label", "note", "Practice: ${practice_name}",
                 "ការអនុវត្ត: ${practice_name}"),
        Question("provider", "select_one provider", "Provider", "អ្នកផ្តល់សេវា",
                 choice_filter="${practice_service} = '' or contains(concat(' ', services, "
                 "' '), concat(' ', ${practice_service}, ' '))",
                 hint_en="Leave empty when the farmer did it alone.",
                 hint_km="ទុកចោលប្រសិនបើកសិករធ្វើដោយខ្លួនឯង។"),
        Question("date_done", "date", "Date done", "កាលបរិច្ឆេទអនុវត្ត"),
        Question("practice_done", "end_repeat"),
        Question("photos", "begin_repeat", "Photos", "រូបថត"),
        PHOTO,
        Question("photos", "end_repeat"),
        Question("location", "geopoint", "GPS point", "ទីតាំង GPS"),
        Question("notes", "text", "Notes", "កំណត់ចំណាំ", appearance="multiline"),
    )
    return FormSpec("plot_visit", "Plot visit", "ការចុះពិនិត្យក្បាលដី", questions, (
        ("plan_status", _enum_choices(PLAN_STATUS_LABELS)),
        ("practice", practice_choices),
        ("provider", provider_choices),
    ))


def _by_crop(values: dict[str, str], otherwise: str) -> str:
    """``if(${crop} = 'a', va, if(...))`` over the crops that have a value."""
    expression = otherwise
    for key, value in reversed(values.items()):
        expression = f"if(${{crop}} = {literal(key)}, {value}, {expression})"
    return expression


YIELD_OF_WEIGHT = ". * ${moisture_factor} div ${sample_area_m2} * 10"  # yields.py formula


def crop_cut_form() -> FormSpec:
    """A harvest sample (crop cut): t/ha at the crop's standard moisture as the desktop
    computes it (``yields.sample_yield_t_ha``), checked against the crop's best yield in
    Cambodia (``Crop.max_plausible_t_ha``)."""
    standard = {k: number(c.standard_moisture_pct) for k, c in CROPS.items()
                if c.standard_moisture_pct is not None}
    tops = {k: c.max_plausible_t_ha for k, c in CROPS.items() if c.max_plausible_t_ha}
    limit = _by_crop({k: f"{YIELD_OF_WEIGHT} <= {number(t)}" for k, t in tops.items()},
                     "true()")
    best = ", ".join(f"{CROPS[k].name_en} {number(t)}" for k, t in tops.items())
    best_km = ", ".join(f"{CROPS[k].name_kh} {number(t)}" for k, t in tops.items())
    questions = (
        *plot_questions(),
        Question("crop", "select_one crop", "Crop", "ដំណាំ", required=True),
        Question("harvest_date", "date", "Harvest date", "ថ្ងៃប្រមូលផល", required=True,
                 default="today()"),
        Question("standard_moisture_pct", "calculate", calculation=_by_crop(standard, "''")),
        Question("sample_area_m2", "decimal", "Sample area (m²)", "ផ្ទៃសំណាក (m²)",
                 required=True, constraint=". > 0",
                 constraint_message_en="The sample area must be more than 0 m².",
                 constraint_message_km="ផ្ទៃសំណាកត្រូវធំជាង ០ m²។"),
        Question("moisture_pct", "decimal", "Moisture (%)", "សំណើម (%)", required=True,
                 relevant="${standard_moisture_pct} != ''",
                 constraint=". >= 0 and . < 100",
                 constraint_message_en="Moisture must be 0-100 %.",
                 constraint_message_km="សំណើមត្រូវនៅចន្លោះ ០ ដល់ ១០០ %។"),
        Question("moisture_factor", "calculate", calculation=(
            "if(${standard_moisture_pct} = '' or string(${moisture_pct}) = '', 1, "
            "(100 - ${moisture_pct}) div (100 - ${standard_moisture_pct}))")),
        Question("fresh_weight_kg", "decimal", "Fresh weight (kg)", "ទម្ងន់ស្រស់ (គីឡូក្រាម)",
                 required=True, constraint=f". >= 0 and ({limit})",
                 constraint_message_en="This weight gives more t/ha than the crop yields at "
                 f"best in Cambodia ({best} t/ha). Check the weight (kg, not g) and the "
                 "sample area.",
                 constraint_message_km="ទម្ងន់នេះផ្តល់ទិន្នផលខ្ពស់ជាងដំណាំនេះអាចផ្តល់នៅកម្ពុជា "
                 f"({best_km} t/ha)។ ពិនិត្យទម្ងន់ (គីឡូក្រាម មិនមែនក្រាម) និងផ្ទៃសំណាក។"),
        Question("yield_t_ha", "calculate", calculation=(
            "if(${sample_area_m2} > 0, round(${fresh_weight_kg} * ${moisture_factor} "
            "div ${sample_area_m2} * 10, 2), '')")),
        Question("yield_check", "note",
                 "Yield at standard moisture: ${yield_t_ha} t/ha. Check it with the farmer "
                 "before saving.",
                 "ទិន្នផលនៅសំណើមស្តង់ដារ: ${yield_t_ha} t/ha។ ពិនិត្យជាមួយកសិករ "
                 "មុនពេលរក្សាទុក។",
                 relevant="${fresh_weight_kg} != ''"),
        Question("notes", "text", "Notes", "កំណត់ចំណាំ", appearance="multiline"),
    )
    crops = tuple(Choice(c.key, c.name_en, c.name_kh) for c in CROPS.values())
    return FormSpec("crop_cut", "Crop cut (yield)", "ការវាស់ទិន្នផល", questions,
                    (("crop", crops),))


def soil_sample_form() -> FormSpec:
    """A soil sample: depth range and each indicator, within its plausible range."""
    rows = []
    for ind in INDICATORS.values():
        unit = f" ({ind.unit})" if ind.unit else ""
        low, high = ind.plausible
        rows.append(Question(
            ind.key, "decimal", f"{ind.name_en}{unit}", f"{ind.name_kh}{unit}",
            constraint=f". >= {number(low)} and . <= {number(high)}",
            constraint_message_en=f"{ind.name_en} is plausible from {number(low)} to "
            f"{number(high)}{unit}. Check the value and its unit.",
            constraint_message_km=f"{ind.name_kh} ត្រូវនៅចន្លោះ {number(low)} ដល់ "
            f"{number(high)}{unit}។ ពិនិត្យតម្លៃ និងឯកតា។"))
    questions = (
        *plot_questions(),
        Question("sample_date", "date", "Sample date", "កាលបរិច្ឆេទយកសំណាក", required=True,
                 default="today()"),
        Question("depth_from_cm", "decimal", "Depth from (cm)", "ជម្រៅពី (សម)",
                 required=True, default="0", constraint=". >= 0",
                 constraint_message_en=_AT_LEAST_ZERO[0],
                 constraint_message_km=_AT_LEAST_ZERO[1]),
        Question("depth_to_cm", "decimal", "Depth to (cm)", "ជម្រៅដល់ (សម)", required=True,
                 constraint=". > ${depth_from_cm}",
                 constraint_message_en="The lower depth must be deeper than the upper one.",
                 constraint_message_km="ជម្រៅដល់ត្រូវជ្រៅជាងជម្រៅពី។"),
        Question("method", "text", "Method (lab or field)", "វិធីសាស្ត្រ",
                 hint_en="e.g. Walkley-Black, Biofunctool",
                 hint_km="ឧ. Walkley-Black, Biofunctool"),
        Question("lab", "text", "Lab", "មន្ទីរពិសោធន៍"),
        *rows,
        Question("location", "geopoint", "GPS point", "ទីតាំង GPS"),
        Question("notes", "text", "Notes", "កំណត់ចំណាំ", appearance="multiline"),
    )
    return FormSpec("soil_sample", "Soil sample", "សំណាកដី", questions)


ATTENDANCE_KINDS = (  # field name, English, Khmer
    ("farmers", "Farmers", "កសិករ"),
    ("cooperatives", "Cooperatives", "សហគមន៍កសិកម្ម"),
    ("service_providers", "Service providers", "អ្នកផ្តល់សេវា"),
    ("companies", "Companies", "ក្រុមហ៊ុន"),
)


def extension_event_form() -> FormSpec:
    """An extension event of a stage of the model: where, who came (by sex and by kind)
    and the demonstration plots shown."""
    by_kind = tuple(count(f"attendance_{name}", en, km) for name, en, km in ATTENDANCE_KINDS)
    total_kinds = " + ".join(f"coalesce(${{attendance_{n}}}, 0)" for n, _, _ in
                             ATTENDANCE_KINDS)
    questions = (
        Question("stage", "select_one stage", "Stage", "ដំណាក់កាល", required=True),
        Question("event_date", "date", "Date", "កាលបរិច្ឆេទ", required=True,
                 default="today()"),
        *place_questions("event", required_village=True),
        Question("place", "text", "Place", "ទីកន្លែង"),
        count("women", "Women", "ស្ត្រី"),
        count("men", "Men", "បុរស"),
        Question("by_kind", "note", "Attendance by kind", "ការចូលរួមតាមប្រភេទ"),
        *by_kind,
        Question("attendance_check", "note",
                 "More people by kind (${kinds_total}) than women and men together.",
                 "ចំនួនតាមប្រភេទ (${kinds_total}) លើសចំនួនស្ត្រី និងបុរស។",
                 relevant="${kinds_total} > coalesce(${women}, 0) + coalesce(${men}, 0)"),
        Question("kinds_total", "calculate", calculation=total_kinds),
        Question("demo_plots", f"select_multiple_from_file {PLOTS_CSV}",
                 "Demonstration plots shown", "ក្បាលដីបង្ហាញដែលបានបង្ហាញ",
                 appearance="minimal autocomplete",
                 choice_filter="role = 'demonstration' or role = 'control'"),
        Question("photos", "begin_repeat", "Photos", "រូបថត"),
        PHOTO,
        Question("photos", "end_repeat"),
        Question("location", "geopoint", "GPS point", "ទីតាំង GPS"),
        Question("notes", "text", "Notes", "កំណត់ចំណាំ", appearance="multiline"),
    )
    return FormSpec("extension_event", "Extension event", "សកម្មភាពផ្សព្វផ្សាយ", questions,
                    (("stage", _enum_choices(STAGE_LABELS)),))


def new_plot_form() -> FormSpec:
    """A plot not yet in the register: its boundary walked, its farmer and village."""
    questions = (
        Question("boundary", "geoshape", "Boundary (walk around the plot)",
                 "ព្រំដី (ដើរជុំវិញក្បាលដី)", required=True),
        Question("farmer_name_kh", "text", "Farmer name (Khmer)", "ឈ្មោះកសិករ (ខ្មែរ)"),
        Question("farmer_name_latin", "text", "Farmer name (Latin)", "ឈ្មោះកសិករ (ឡាតាំង)",
                 constraint="${farmer_name_kh} != '' or . != ''",
                 constraint_message_en="Give the farmer's name in Khmer or in Latin letters.",
                 constraint_message_km="សូមបញ្ចូលឈ្មោះកសិករជាភាសាខ្មែរ ឬអក្សរឡាតាំង។"),
        Question("farmer_sex", "select_one sex", "Sex", "ភេទ", required=True),
        Question("farmer_phone", "text", "Phone", "ទូរស័ព្ទ", appearance="numbers",
                 constraint="regex(., '^\\+?[0-9 ]{6,15}$')",
                 constraint_message_en="A phone number: digits, e.g. 012 345 678.",
                 constraint_message_km="លេខទូរស័ព្ទ: លេខ ឧ. 012 345 678។"),
        *place_questions("plot", required_village=True),
        Question("plot_role", "select_one plot_role", "Plot role", "ប្រភេទក្បាលដី",
                 required=True, default=PlotRole.FARMER_FIELD.value),
        Question("plot_name", "text", "Plot name", "ឈ្មោះក្បាលដី"),
        Question("photos", "begin_repeat", "Photos", "រូបថត"),
        PHOTO,
        Question("photos", "end_repeat"),
        Question("notes", "text", "Notes", "កំណត់ចំណាំ", appearance="multiline"),
    )
    return FormSpec("new_plot", "New plot", "ក្បាលដីថ្មី", questions, (
        ("sex", _enum_choices(SEX_LABELS)),
        ("plot_role", _enum_choices(ROLE_LABELS)),
    ))


def field_forms(practices: Sequence[Practice], providers: Sequence[Provider]
                ) -> tuple[FormSpec, ...]:
    """Every phone form, in the order the officer reads them."""
    return (plot_visit_form(practices, providers), crop_cut_form(), soil_sample_form(),
            extension_event_form(), new_plot_form())


def form_version(spec: FormSpec, practices: Iterable[Practice],
                 providers: Iterable[Provider], seasons: Iterable[Season],
                 season_name: str, languages: Sequence[str] = ("en", "km")) -> str:
    """A stable version of a form: a hash of its definition (with its languages) and the
    register it was made from (catalogue, providers, seasons), so it changes when the
    register does and stays the same when it does not."""
    register = {
        "form": asdict(spec),
        "languages": list(languages),
        "season": season_name,
        "practices": sorted(
            [p.key, p.name_en, p.name_kh, str(p.kind), str(p.service or ""), p.is_ca]
            for p in practices),
        "providers": sorted(
            [p.id or 0, p.name, str(p.kind), sorted(str(s) for s in p.services)]
            for p in providers),
        "seasons": sorted([s.name, s.year, str(s.kind)] for s in seasons),
    }
    text = json.dumps(register, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def with_hidden_fields(spec: FormSpec, season_name: str, version: str) -> FormSpec:
    """The form with its hidden ``season`` and ``mk_form_version`` fields first."""
    hidden = (Question(SEASON_FIELD, "calculate", calculation=literal(season_name)),
              Question(VERSION_FIELD, "calculate", calculation=literal(version)))
    return replace(spec, questions=(*hidden, *spec.questions))
