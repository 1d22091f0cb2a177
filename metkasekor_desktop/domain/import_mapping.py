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
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, TypeVar

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii, normalise_admin_code
from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import ValidationError

T = TypeVar("T")

# The plot fields a column can fill, in the order the wizard shows them.
PLOT_FIELDS = ("code", "name", "farmer", "village_code", "role", "notes", "soil_type")

# Column names (lower case, separators removed) that suggest each field.
_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("code", "plotcode", "plotid", "plotno", "plotnumber", "idplot", "fieldcode",
             "fieldid", "parcelid", "parcelcode", "plot", "កូដ", "លេខកូដ"),
    "name": ("name", "plotname", "fieldname", "parcelname", "ឈ្មោះចម្ការ", "ឈ្មោះ"),
    "farmer": ("farmer", "farmername", "farmernam", "farmerkh", "farmerlat", "owner",
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


def guess_mapping(columns: Sequence[str]) -> dict[str, str | None]:
    """The likely column of each plot field (None where nothing fits).

    An exact alias wins over a partial one, and a column is used for one field only.
    """
    keys = {c: _key(c) for c in columns}
    out: dict[str, str | None] = {f: None for f in PLOT_FIELDS}
    used: set[str] = set()
    for exact in (True, False):
        for fld in PLOT_FIELDS:
            if out[fld] is not None:
                continue
            for alias in _ALIASES[fld]:
                hit = next((c for c, k in keys.items() if c not in used and (
                    k == alias if exact else (len(alias) > 3 and alias in k))), None)
                if hit is not None:
                    out[fld] = hit
                    used.add(hit)
                    break
    return out


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
        raise ValidationError(
            "role", f"{value!r} is not a plot role; use demonstration, control or "
            "farmer field (or leave the role column unmapped).")
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
    extras: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


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
    numbers = list(numbers) if numbers is not None else list(range(1, count + 1))
    mapped_columns = {c for c in mapping.values() if c}
    extras = [c for c in columns if c not in mapped_columns]
    width = code_width(numbers)
    prefix = clean_prefix(code_prefix)

    def column(fld: str) -> Sequence[object] | None:
        name = mapping.get(fld)
        return values[name] if name else None

    # Column by column, and each distinct role or village value parsed once: a province
    # file repeats a handful of them 100,000 times.
    blank = [""] * count
    texts = {fld: _texts(col, count) if (col := column(fld)) is not None else blank
             for fld in PLOT_FIELDS}
    codes = (texts["code"] if mapping.get("code")
             else [f"{prefix}-{number:0{width}d}" for number in numbers])
    extra_rows = (zip(*(_texts(values[name], count) for name in extras), strict=True)
                  if extras else repeat((), count))
    role_values = column("role")
    villages, roles = _memo(_village), _memo(parse_role)
    out: list[MappedFeature] = []
    rows = zip(codes, texts["name"], texts["farmer"], texts["notes"], texts["soil_type"],
               texts["village_code"], role_values if role_values is not None else blank,
               extra_rows, strict=True)
    for code, name, farmer, notes, soil, village, raw_role, extra in rows:
        feature = MappedFeature(code=code, name=name, farmer=farmer, notes=notes,
                                soil_type=soil, extras={k: v for k, v in zip(
                                    extras, extra, strict=True) if v})
        if village:
            feature.village_code, problem = villages(village)
            if problem:
                feature.problems.append(f"village code: {problem}")
        if role_values is not None:
            role, problem = roles(raw_role)
            if role is not None:
                feature.role = role
            if problem:
                feature.problems.append(problem)
        out.append(feature)
    return out


def _texts(column: Sequence[object], count: int) -> list[str]:
    out = [v.strip() if type(v) is str else _text(v) for v in column]
    if len(out) != count:
        raise ValueError("every column must hold one value per feature")
    return out


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
        return None, str(error)
