"""Which column of an imported file fills which plot field, and the values it gives.

Partners name their columns every way ("PLOT_ID", "Farmer_Nam", "vill_code", "ភូមិ"),
so the wizard starts from a guess and the officer corrects it. Columns mapped to no
field are kept as extra attributes of the plot, so nothing the file held is lost.
Values are checked here (village codes, roles) so that the report can name the
feature and the value before anything is written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, TypeVar, cast

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii, normalise_admin_code
from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import as_message, msg

T = TypeVar("T")
D = TypeVar("D")
_NONE = type(None)

# The plot fields a column can fill, in the order the wizard shows them.
PLOT_FIELDS = ("code", "name", "farmer", "village_code", "role", "notes", "soil_type")

# Column names (lower case, separators removed) that suggest each field.
_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("code", "plotcode", "plotid", "plotno", "plotnumber", "idplot", "fieldcode",
             "fieldid", "parcelid", "parcelcode", "plot", "កូដ", "លេខកូដ"),
    "name": ("plotname", "name", "fieldname", "parcelname", "ឈ្មោះចម្ការ", "ឈ្មោះ"),
    "farmer": ("farmer", "farmername", "farmernam", "farmernamekh", "farmerkh",
               "farmernamelatin", "farmerlat", "owner",
               "ownername", "namefarmer", "កសិករ", "ឈ្មោះកសិករ"),
    "village_code": ("villagecode", "villcode", "villagecod", "villageid", "vilcode",
                     "village", "vill", "ភូមិ", "លេខកូដភូមិ"),
    "role": ("role", "plotrole", "plottype", "type", "treatment", "តួនាទី"),
    "notes": ("notes", "note", "remarks", "remark", "comment", "comments", "description",
              "descr", "កំណត់សម្គាល់"),
    "soil_type": ("soiltype", "soil", "ប្រភេទដី"),
}

# Role words seen in partners' files, mapped to the stored role.
_ROLE_WORDS = {
    "demonstration": PlotRole.DEMONSTRATION, "demo": PlotRole.DEMONSTRATION,
    "ca": PlotRole.DEMONSTRATION, "treatment": PlotRole.DEMONSTRATION,
    "បង្ហាញ": PlotRole.DEMONSTRATION, "ចម្ការបង្ហាញ": PlotRole.DEMONSTRATION,
    "control": PlotRole.CONTROL, "check": PlotRole.CONTROL, "fp": PlotRole.CONTROL,
    "farmerpractice": PlotRole.CONTROL, "ត្រួតពិនិត្យ": PlotRole.CONTROL,
    "farmerfield": PlotRole.FARMER_FIELD, "farmer": PlotRole.FARMER_FIELD,
    "field": PlotRole.FARMER_FIELD, "ចម្ការកសិករ": PlotRole.FARMER_FIELD,
}


def _key(name: str) -> str:
    """A column name reduced for comparison: lower case, no spaces, dashes or dots."""
    text = unicodedata.normalize("NFC", str(name)).strip().lower()
    return re.sub(r"[\s_\-.:/()]+", "", text)


# Columns our own exports add that the plot gets back by itself (its id, area, times, the
# program's edit stamps): never kept as extra attributes of an imported plot.
BOOKKEEPING_COLUMNS = frozenset({"fid", "ogcfid", "areaha", "createdat", "created",
                                 "modifiedat", "modified", "mkversion", "mkeditedby",
                                 "mkeditedat"})
# Columns our exports derive from the register (names of places, the farmer's record,
# the season's plan); dropped from the extras only when the file is one of our exports.
_DERIVED = frozenset({"farmerid", "farmersex", "farmertel", "farmerphone", "villagenamekh",
                      "villagenameen", "villkh", "villen", "communecode", "communenamekh",
                      "communenameen", "commcode", "commkh", "commen", "districtcode",
                      "districtnamekh", "districtnameen", "distcode", "distkh", "disten",
                      "provincecode", "provincenamekh", "provincenameen", "provcode",
                      "provkh", "proven", "stage", "pairedplotid", "pairid", "season",
                      "planstatus", "planstat", "crops", "practices", "practicenamesen",
                      "practicenameskh", "practen", "practkh", "providers", "planneddate",
                      "planned", "donedate", "done", "plancost", "yieldtha", "yields",
                      "description", "name", "extrude", "tessellate", "visibility",
                      "altitudemode", "draworder", "icon", "begin", "end", "timestamp",
                      "snippet"})  # the last from KML's own elements (GDAL's KML readers)
_OUR_EXPORT_MARKS = ({"code", "farmerid", "villagecode", "villagenameen"},
                     {"code", "farmerid", "villcode", "villen"})
# The Latin name of the farmer beside a mapped Khmer name (our exports write both).
_LATIN_COMPANIONS = {"farmernamekh": ("farmernamelatin",), "farmerkh": ("farmerlat",)}


def guess_mapping(columns: Sequence[str],
                  values: Mapping[str, Sequence[object]] | None = None
                  ) -> dict[str, str | None]:
    """The likely column of each plot field (None where nothing fits).

    An exact alias wins over a partial one, and a column is used for one field only.
    With ``values`` a column whose values do not fit the field is not taken: numbers are
    not farmers' names, a role column must hold some roles, a village column some codes,
    and a name column that repeats the codes (KML's own <name>) is not the plot's name.
    """
    keys = {c: _key(c) for c in columns if _key(c) not in BOOKKEEPING_COLUMNS}
    out: dict[str, str | None] = {f: None for f in PLOT_FIELDS}
    used: set[str] = set()
    for exact in (True, False):
        for fld in PLOT_FIELDS:
            if out[fld] is not None:
                continue
            for alias in _ALIASES[fld]:
                hit = next((c for c, k in keys.items() if c not in used and (
                    k == alias if exact else (len(alias) > 3 and alias in k))
                    and _fits(fld, c, values, out)), None)
                if hit is not None:
                    out[fld] = hit
                    used.add(hit)
                    break
    return out


def _fits(fld: str, column: str, values: Mapping[str, Sequence[object]] | None,
          chosen: Mapping[str, str | None]) -> bool:
    """Whether the values of ``column`` can be those of the plot field ``fld``."""
    if values is None or column not in values:
        return True
    texts = _distinct_texts(values[column])
    first = next(texts, None)
    if first is None:
        return fld not in ("farmer", "name", "village_code")  # nothing to take
    texts = chain((first,), texts)  # read as far as the answer needs, not further
    if fld == "farmer":
        return not all(_is_number(t) for t in texts)
    # A role or village column with some wrong values is still that column (the review
    # names each wrong value); one where no value fits is something else.
    if fld == "role":
        return any(_try(parse_role, t)[0] is not None for t in texts)
    if fld == "village_code":
        return any(_try(_village, t)[0] is not None for t in texts)
    code_column = chosen.get("code")
    if fld == "name" and code_column and code_column in values:
        pairs = ((_text(n), _text(c)) for n, c in zip(values[column], values[code_column],
                                                      strict=False))
        return not all(n == c or n.startswith(f"{c} ") for n, c in pairs)
    return True


def _distinct_texts(column: Sequence[object]) -> Iterator[str]:
    """The distinct non-empty texts of a column's values, in order, as far as the caller
    reads (a column is often judged by its first value)."""
    seen: set[str] = set()
    for text in map(_text, column):
        if text and text not in seen:
            seen.add(text)
            yield text


def _is_number(text: str) -> bool:
    try:
        float(khmer_digits_to_ascii(text))
    except ValueError:
        return False
    return True


def kept_columns(columns: Sequence[str], mapping: Mapping[str, str | None]) -> list[str]:
    """The columns kept as extra attributes: not mapped, not our own bookkeeping, and
    (in a file we exported) not derived from the register."""
    keys = {_key(c) for c in columns}
    ours = any(mark <= keys for mark in _OUR_EXPORT_MARKS)
    mapped = {c for c in mapping.values() if c} | set(_latin_columns(columns, mapping))
    return [c for c in columns if c not in mapped and _key(c) not in BOOKKEEPING_COLUMNS
            and not (ours and _key(c) in _DERIVED)]


def _latin_columns(columns: Sequence[str], mapping: Mapping[str, str | None]) -> list[str]:
    """The column of the farmer's Latin name beside a mapped Khmer one (or none)."""
    farmer = mapping.get("farmer")
    companions = _LATIN_COMPANIONS.get(_key(farmer)) if farmer else None
    if not companions:
        return []
    return [c for c in columns if _key(c) in companions][:1]


def parse_role(value: object) -> PlotRole:
    """A stored role from a file's text ("Demo", "CA", "Control", "ចម្ការបង្ហាញ"...)."""
    text = _key(str(value or ""))
    if not text:
        return PlotRole.FARMER_FIELD
    for member in PlotRole:
        if text == _key(member.value):
            return member
    role = _ROLE_WORDS.get(text)
    if role is None:
        raise ValidationError(field="role", message=msg(
            "{value!r} is not a plot role; use demonstration, control or "
            "farmer field (or leave the role column unmapped).", value=value))
    return role


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN from a numeric column
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


def clean_prefix(prefix: str) -> str:
    """A code prefix as codes may hold it: "btb plots" -> "BTB-PLOTS" (IMP when empty)."""
    text = re.sub(r"[^A-Z0-9]+", "-", khmer_digits_to_ascii(prefix).upper()).strip("-")
    return text or "IMP"  # one dash between parts: a plot code never holds "--"


def code_width(numbers: Sequence[int]) -> int:
    """Digits of a generated code's number: 4, or more for a longer file."""
    return max(4, len(str(max(numbers, default=0))))


def generated_code(prefix: str, number: int, taken: Collection[str], width: int = 4) -> str:
    """``PREFIX-0012`` for feature 12, or ``PREFIX-0012-2``... when that code is taken."""
    base = f"{clean_prefix(prefix)}-{number:0{width}d}"
    code, k = base, 1
    while code in taken:
        k += 1
        code = f"{base}-{k}"
    return code


@dataclass
class MappedFeature:
    """The plot fields of one feature, and why some of its values cannot be used."""

    code: str
    name: str = ""
    farmer: str = ""
    village_code: str | None = None
    role: PlotRole = PlotRole.FARMER_FIELD
    notes: str = ""
    soil_type: str = ""
    farmer_latin: str = ""  # the farmer's Latin name, when the file gives it beside
    extras: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


@dataclass
class MappedColumns(Sequence[MappedFeature]):
    """The plot fields of every feature as columns (lists aligned with the features).

    A province file maps 100,000 features: the import carries these lists to the write
    instead of one object per feature. Indexing gives a feature's :class:`MappedFeature`
    (made when asked, e.g. for the wizard's preview table). ``extra_values`` holds one
    list per name of ``extra_names`` ("" where the cell is empty: no extra then);
    ``problems`` the values that cannot be used, by feature index (only those).
    """

    codes: list[str]
    names: list[str]
    farmers: list[str]
    village_codes: list[str | None]
    roles: list[PlotRole]
    notes: list[str]
    soil_types: list[str]
    farmer_latins: list[str]
    extra_names: list[str] = field(default_factory=list)
    extra_values: list[list[str]] = field(default_factory=list)
    problems: dict[int, list[str]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, index):  # int or slice, as a list
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        i = range(len(self))[index]  # negative indices, IndexError past the end
        return MappedFeature(
            code=self.codes[i], name=self.names[i], farmer=self.farmers[i],
            village_code=self.village_codes[i], role=self.roles[i], notes=self.notes[i],
            soil_type=self.soil_types[i], farmer_latin=self.farmer_latins[i],
            extras=self.extras_of(i), problems=list(self.problems.get(i, ())))

    def extras_of(self, i: int) -> dict[str, str]:
        return {k: col[i] for k, col in zip(self.extra_names, self.extra_values, strict=True)
                if col[i]}


def map_features(
    columns: Sequence[str],
    values: Mapping[str, Sequence[object]],
    mapping: Mapping[str, str | None],
    count: int,
    *,
    code_prefix: str = "IMP",
    numbers: Sequence[int] | None = None,
) -> list[MappedFeature]:
    """Each feature's plot fields from its columns; unmapped columns become extras.

    Without a code column, codes are made from ``code_prefix`` and the feature number
    (IMP-0001...), which the officer can change later in the plot panel.
    """
    return list(map_columns(columns, values, mapping, count, code_prefix=code_prefix,
                            numbers=numbers))


def map_columns(
    columns: Sequence[str],
    values: Mapping[str, Sequence[object]],
    mapping: Mapping[str, str | None],
    count: int,
    *,
    code_prefix: str = "IMP",
    numbers: Sequence[int] | None = None,
) -> MappedColumns:
    """:func:`map_features` as columns: the same values, without an object per feature."""
    numbers = list(numbers) if numbers is not None else list(range(1, count + 1))
    extras = kept_columns(columns, mapping)
    latin = _latin_columns(columns, mapping)
    width = code_width(numbers)
    prefix = clean_prefix(code_prefix)

    def column(fld: str) -> Sequence[object] | None:
        name = mapping.get(fld)
        return values[name] if name else None

    # Column by column, and each distinct role or village value parsed once: a province
    # file repeats a handful of them 100,000 times.
    blank = [""] * count
    texts = {fld: _texts(col, count) if (col := column(fld)) is not None else blank
             for fld in PLOT_FIELDS if fld != "role"}  # roles are parsed from the cells
    codes = (texts["code"] if mapping.get("code")
             else [f"{prefix}-{number:0{width}d}" for number in numbers])
    farmers = texts["farmer"]
    latins = blank
    if latin:
        latins = [x if f else "" for x, f in zip(_texts(values[latin[0]], count), farmers,
                                                 strict=True)]
    problems: dict[int, list[str]] = {}
    village_codes, refused = _parsed_column(_village, texts["village_code"], None,
                                            skip_empty=True)
    said: dict[str, str] = {}  # each distinct problem made a message once
    for i, problem in refused:
        line = said.get(problem)
        if line is None:
            line = said[problem] = msg("village code: {problem}", problem=problem)
        problems.setdefault(i, []).append(line)
    roles = [PlotRole.FARMER_FIELD] * count
    role_values = column("role")
    if role_values is not None:
        if len(role_values) != count:
            raise ValueError(msg("every column must hold one value per feature"))
        roles, refused = _parsed_column(parse_role, role_values, PlotRole.FARMER_FIELD)
        for i, problem in refused:
            problems.setdefault(i, []).append(problem)
    return MappedColumns(
        codes=codes, names=texts["name"], farmers=farmers, village_codes=village_codes,
        roles=roles, notes=texts["notes"], soil_types=texts["soil_type"], farmer_latins=latins,
        extra_names=list(extras), extra_values=[_texts(values[name], count) for name in extras],
        problems=problems)


def _parsed_column(parse: Callable[[Any], T], column: Sequence[object], default: D,
                   skip_empty: bool = False) -> tuple[list[T | D], list[tuple[int, str]]]:
    """Each value's result (``default`` where it has none) and the (index, problem) of
    each value refused, each distinct value parsed once (``skip_empty``: "" gives
    ``default`` unparsed, with no problem).

    Text cells go through dictionaries of their distinct values and C-level ``map``:
    100,000 cells of a dozen village codes take milliseconds, not a Python loop each.
    """
    if set(map(type, column)) <= {str, _NONE}:  # str and None: no two cells compare equal
        seen = {v: ((None, "") if skip_empty and v == "" else _try(parse, v))
                for v in dict.fromkeys(column)}
        result = {v: default if r is None else r for v, (r, _) in seen.items()}
        bad = {v: problem for v, (_, problem) in seen.items() if problem}
        refused = [(i, bad[v]) for i, v in enumerate(column) if v in bad] if bad else []
        return list(map(result.__getitem__, column)), refused
    memo = _memo(parse)
    parsed = [(None, "") if skip_empty and v == "" else memo(v) for v in column]
    return ([default if r is None else r for r, _ in parsed],
            [(i, problem) for i, (_, problem) in enumerate(parsed) if problem])



def _texts(column: Sequence[object], count: int) -> list[str]:
    """Each cell as text, stripped ("" for an empty cell, "12" for 12.0)."""
    if len(column) != count:
        raise ValueError(msg("every column must hold one value per feature"))
    kinds = set(map(type, column))
    if kinds == {str}:  # the usual column: str.strip at C speed
        return list(map(str.strip, cast("Sequence[str]", column)))
    if kinds <= {str, _NONE}:  # text with empty cells: each distinct value once
        cells = cast("Sequence[str | None]", column)
        table = {v: "" if v is None else v.strip() for v in dict.fromkeys(cells)}
        return list(map(table.__getitem__, cells))
    return [v.strip() if type(v) is str else _text(v) for v in column]


def _village(text: str) -> str:
    return normalise_admin_code(text, "village")


def _memo(parse: Callable[[Any], T]) -> Callable[[object], tuple[T | None, str]]:
    """``parse`` as ``value -> (result or None, problem or "")``, once per distinct value."""
    seen: dict[tuple[type, object], tuple[T | None, str]] = {}

    def parsed(value: object) -> tuple[T | None, str]:
        key = (type(value), value)  # 1, 1.0 and True are different cells
        try:
            return seen[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable value: parse it every time
            return _try(parse, value)
        seen[key] = result = _try(parse, value)
        return result

    return parsed


def _try(parse: Callable[[Any], T], value: object) -> tuple[T | None, str]:
    try:
        return parse(value), ""
    except ValidationError as error:
        return None, as_message(error)
