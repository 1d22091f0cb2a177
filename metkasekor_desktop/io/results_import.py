"""Trial results from lab sheets and phone-form exports (CSV, XLSX): read, map, check.

Nothing here writes to a project. The file is read into headers and rows, the columns
are mapped to the fields of a soil sample or a yield record, and every row is checked
so that the user sees each problem by row and column before accepting anything. Row
numbers are those a spreadsheet shows: the header is row 1, the first data row row 2.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import YieldMethod
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.domain.soil import INDICATORS, SoilSample, check_indicator
from metkasekor_desktop.domain.yields import YieldRecord

KINDS = ("soil", "yield")
FIRST_DATA_ROW = 2  # the header is row 1, as a spreadsheet numbers them

# Target fields and the column names labs and phone forms use for them (compared
# without case, spaces, units in brackets and punctuation).
SOIL_FIELDS: dict[str, tuple[str, ...]] = {
    "plot_code": ("plot code", "plot", "code", "plot id", "plot_code", "field code"),
    "season": ("season",),
    "sample_date": ("date", "sample date", "sampling date", "sampled"),
    "depth_from_cm": ("depth from", "from", "top", "depth top", "upper depth", "depth_from_cm"),
    "depth_to_cm": ("depth to", "to", "bottom", "depth bottom", "lower depth", "depth_to_cm"),
    "method": ("method", "methods"),
    "lab": ("lab", "laboratory"),
    "soc_pct": ("soc", "oc", "organic carbon", "toc", "c org", "corg"),
    "poxc_mg_kg": ("poxc", "active carbon", "permanganate oxidizable carbon"),
    "total_n_pct": ("total n", "tn", "n", "n total", "nitrogen"),
    "ph_water": ("ph", "ph h2o", "ph water", "phw"),
    "bulk_density_g_cm3": ("bd", "bulk density", "density"),
    "infiltration_mm_h": ("infiltration", "infiltration rate", "beerkan"),
    "aggregate_stability_pct": ("aggregate stability", "stability", "slaking", "was"),
    "earthworms_per_m2": ("earthworms", "worms", "earthworm"),
    "available_p_mg_kg": ("p", "available p", "olsen p", "bray p", "phosphorus", "av p"),
    "exchangeable_k_cmol_kg": ("k", "exchangeable k", "exch k", "potassium"),
}
YIELD_FIELDS: dict[str, tuple[str, ...]] = {
    "plot_code": SOIL_FIELDS["plot_code"],
    "season": ("season", "cropping season"),
    "crop": ("crop", "crop type"),
    "harvest_date": ("date", "harvest date", "harvested"),
    "method": ("method", "yield method"),
    "sample_area_m2": ("sample area", "area", "harvest area", "quadrat area"),
    "fresh_weight_kg": ("fresh weight", "weight", "harvest weight", "fresh wt", "kg"),
    "moisture_pct": ("moisture", "mc", "moisture content", "grain moisture"),
    "labour_days": ("labour", "labor", "labour days", "labor days", "person days"),
    "input_cost": ("input cost", "inputs", "input costs"),
    "service_cost": ("service cost", "services", "service costs"),
    "price_per_kg": ("price", "price per kg", "farm gate price"),
}
for _key, _ind in INDICATORS.items():  # the key and English name always match too
    SOIL_FIELDS[_key] = (_key, _ind.name_en, *SOIL_FIELDS[_key])
REQUIRED = {"soil": ("plot_code",), "yield": ("plot_code", "season", "crop", "fresh_weight_kg")}
SOIL_NUMBERS = ("depth_from_cm", "depth_to_cm")
YIELD_NUMBERS = ("sample_area_m2", "fresh_weight_kg", "moisture_pct", "labour_days",
                 "input_cost", "service_cost", "price_per_kg")

_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_EXCEL_EPOCH = date(1899, 12, 30)


class ResultsImportError(DomainError):
    """A results file cannot be read; the message names the file and what to do."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem of one row: ``column`` is the file's column name ('' for the row)."""

    row: int
    column: str
    message: str
    confirmable: bool = False  # an out-of-range value the user may confirm
    implausible: bool = False  # a yield above the crop's best: stored only with consent


Record = SoilSample | YieldRecord


@dataclass(slots=True)
class Preview:
    """Records built from the rows (by row number) and every problem found."""

    records: dict[int, Record] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    row_count: int = 0

    def problem_rows(self, confirm_out_of_range: bool = False,
                     store_implausible: bool = False) -> set[int]:
        """Rows that cannot be imported as they are."""
        return {p.row for p in self.problems
                if not (confirm_out_of_range and p.confirmable and not p.implausible)
                and not (store_implausible and p.implausible)}

    def implausible_rows(self) -> set[int]:
        """Rows whose only fault may be a yield above the crop's best (warnings)."""
        return {p.row for p in self.problems if p.implausible} & set(self.records)

    def accepted(self, skip_problem_rows: bool, confirm_out_of_range: bool,
                 store_implausible: bool = False) -> list[Record]:
        """The records to write, or [] when some row has a problem and may not be skipped.
        ``store_implausible``: the user's consent to store yields above the crop's best."""
        bad = self.problem_rows(confirm_out_of_range, store_implausible)
        if bad and not skip_problem_rows:
            return []
        return [r for row, r in sorted(self.records.items()) if row not in bad]


def fields_of(kind: str) -> dict[str, tuple[str, ...]]:
    """Target fields of ``kind`` ("soil" or "yield") with their usual column names."""
    if kind not in KINDS:
        raise ValueError(msg("Unknown kind of results {kind!r}; expected soil or yield.",
                             kind=kind))
    return SOIL_FIELDS if kind == "soil" else YIELD_FIELDS


# --- reading -------------------------------------------------------------------------------

def sheet_names(path: str | Path) -> list[str]:
    """Sheets of an XLSX file ([] for CSV), so the user can pick one."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        return []
    from openpyxl import load_workbook  # only when a workbook is opened

    try:
        book = load_workbook(path, read_only=True)
    except Exception as exc:  # noqa: BLE001 (any unreadable workbook is the user's file)
        raise ResultsImportError(msg("{name} cannot be read as an Excel workbook ({error}). "
                                     "Save it again as .xlsx or as CSV.",
                                     name=path.name, error=str(exc))) from None
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_table(path: str | Path, sheet: str | None = None) -> tuple[list[str], list[list[Any]]]:
    """Headers and data rows of a CSV or XLSX file (first sheet unless ``sheet``).

    Empty rows are kept as rows of None so that row numbers match the spreadsheet's;
    trailing empty rows are dropped.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        headers, rows = _read_xlsx(path, sheet)
    elif suffix in (".csv", ".txt", ".tsv"):
        headers, rows = _read_csv(path)
    else:
        raise ResultsImportError(msg("{name}: only .csv and .xlsx files can be imported.",
                                     name=path.name))
    while rows and all(_blank(v) for v in rows[-1]):
        rows.pop()
    if not any(h for h in headers):
        raise ResultsImportError(msg("{name} has no header row; the first row must name "
                                     "the columns.", name=path.name))
    width = len(headers)
    rows = [list(r[:width]) + [None] * (width - len(r)) for r in rows]
    return headers, rows


def _read_csv(path: Path) -> tuple[list[str], list[list[Any]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ResultsImportError(msg("{name} cannot be read: {error}.", name=path.name,
                                     error=exc.strerror)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    lines = text.splitlines()
    if not lines:
        raise ResultsImportError(msg("{name} is empty.", name=path.name))
    try:
        dialect: Any = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    table = list(csv.reader(lines, dialect))
    headers = [h.strip() for h in table[0]]
    return headers, [[c if c.strip() else None for c in r] for r in table[1:]]


def _read_xlsx(path: Path, sheet: str | None) -> tuple[list[str], list[list[Any]]]:
    from openpyxl import load_workbook  # only when a workbook is opened

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 (any unreadable workbook is the user's file)
        raise ResultsImportError(msg("{name} cannot be read as an Excel workbook ({error}). "
                                     "Save it again as .xlsx or as CSV.",
                                     name=path.name, error=str(exc))) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ResultsImportError(msg("{name} has no sheet {sheet!r}; its sheets are "
                                         "{sheets}.", name=path.name, sheet=sheet,
                                         sheets=", ".join(book.sheetnames)))
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        table = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        book.close()
    if not table:
        raise ResultsImportError(msg("{name}: the sheet is empty.", name=path.name))
    headers = ["" if h is None else str(h).strip() for h in table[0]]
    return headers, table[1:]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- mapping -------------------------------------------------------------------------------

def _norm(name: str) -> str:
    name = re.sub(r"[\(\[].*?[\)\]]", " ", str(name).lower())  # "SOC (%)" -> "soc"
    return " ".join(re.sub(r"[^0-9a-z\u1780-\u17ff]+", " ", name).split())


def guess_mapping(headers: Sequence[str], kind: str) -> dict[str, int]:
    """Target field -> column index, for the columns whose names are recognised."""
    names = [_norm(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for target, spellings in fields_of(kind).items():
        wanted = [_norm(s) for s in spellings]
        for spelling in wanted:
            hits = [i for i, n in enumerate(names) if n == spelling and i not in used]
            if hits:
                mapping[target] = hits[0]
                used.add(hits[0])
                break
    return mapping


# --- values --------------------------------------------------------------------------------

def parse_number(value: Any) -> float | None:
    """A number from a cell: decimal commas, thousand spaces and Khmer digits allowed.

    "" and None give None; anything else that is not a number raises ValueError.
    """
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValueError(msg("{value!r} is not a number", value=value))
        return None
    if isinstance(value, int | float):
        return float(value)
    text = _SPACES.sub("", str(value).translate(_KHMER_DIGITS))
    if not text:
        return None
    if "," in text and "." in text:  # the last mark is the decimal one
        thousands = "," if text.rfind(".") > text.rfind(",") else "."
        text = text.replace(thousands, "").replace(",", ".")
    elif text.count(",") > 1 and re.fullmatch(r"-?\d{1,3}(,\d{3})+", text):
        text = text.replace(",", "")
    else:
        text = text.replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", text):
        raise ValueError(msg("{value!r} is not a number", value=value))
    return float(text)


def parse_date(value: Any) -> date | None:
    """A date from a cell: ISO, dd/mm/yyyy (or dd.mm.yyyy, dd-mm-yyyy), an Excel serial
    number or a date/datetime cell. Empty gives None; anything else raises ValueError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(float(value), value)
    text = str(value).translate(_KHMER_DIGITS).strip()
    if not text:
        return None
    text = text.split("T")[0].split(" ")[0]
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            y, m, d = (int(p) for p in text.split("-"))
            return date(y, m, d)
        match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
        if match:
            d, m, y = (int(p) for p in match.groups())
            return date(y, m, d)
    except ValueError:
        raise ValueError(msg("{value!r} is not a valid date", value=value)) from None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return _serial(float(text), value)
    raise ValueError(msg("{value!r} is not a date (use 2024-07-31 or 31/07/2024)",
                         value=value))


def _serial(number: float, value: Any) -> date:
    if not 1 <= number < 2958466:
        raise ValueError(msg("{value!r} is not a date", value=value))
    return _EXCEL_EPOCH + timedelta(days=int(number))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _find_crop(text: str) -> str | None:
    wanted = _norm(text).replace(" ", "_")
    for crop in CROPS.values():
        if wanted in (crop.key, _norm(crop.name_en).replace(" ", "_")) or text == crop.name_kh:
            return crop.key
    return None


def _find_method(text: str) -> YieldMethod | None:
    wanted = _norm(text).replace(" ", "_")
    if not wanted:
        return YieldMethod.SAMPLE
    aliases = {"whole": YieldMethod.WHOLE_PLOT, "plot": YieldMethod.WHOLE_PLOT,
               "sample": YieldMethod.SAMPLE, "crop_cut": YieldMethod.SAMPLE,
               "quadrat": YieldMethod.SAMPLE}
    try:
        return YieldMethod(wanted)
    except ValueError:
        return aliases.get(wanted)


# --- checking ------------------------------------------------------------------------------

def record_key(kind: str, record: Record) -> tuple[Any, ...]:
    """What makes two records the same measurement: plot, date and depth for a soil
    sample; plot, season and crop for a yield."""
    if kind == "soil":
        soil = cast(SoilSample, record)
        return (soil.plot_id, soil.sample_date, float(soil.depth_from_cm),
                float(soil.depth_to_cm))
    harvest = cast(YieldRecord, record)
    return (harvest.plot_id, harvest.season_id, harvest.crop)


class _Row:
    """The cells of one row by target field, collecting the row's problems."""

    def __init__(self, number: int, cells: Sequence[Any], mapping: Mapping[str, int],
                 headers: Mapping[int, str]) -> None:
        self.number = number
        self.cells = cells
        self.mapping = mapping
        self.headers = headers
        self.problems: list[RowProblem] = []

    def column(self, target: str) -> str:
        index = self.mapping.get(target)
        return self.headers.get(index, target) if index is not None else target

    def raw(self, target: str) -> Any:
        index = self.mapping.get(target)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def problem(self, target: str, message: str, confirmable: bool = False) -> None:
        self.problems.append(RowProblem(self.number, self.column(target), message, confirmable))

    def number_of(self, target: str) -> float | None:
        try:
            return parse_number(self.raw(target))
        except ValueError:
            self.problem(target, msg("{value!r} is not a number.",
                                     value=_text(self.raw(target))))
            return None

    def date_of(self, target: str) -> date | None:
        try:
            return parse_date(self.raw(target))
        except ValueError as exc:
            self.problem(target, msg("{problem}.", problem=as_message(exc)))
            return None


def check_rows(
    rows: Sequence[Sequence[Any]],
    mapping: Mapping[str, int],
    kind: str,
    plots_by_code: Mapping[str, int],
    seasons_by_name: Mapping[str, int],
    existing_keys: set[tuple[Any, ...]] | frozenset[tuple[Any, ...]] = frozenset(),
    headers: Sequence[str] | None = None,
    plot_areas: Mapping[int, float] | None = None,
) -> Preview:
    """Build a record per row and list every problem; nothing is written.

    ``plots_by_code`` maps plot codes to plot ids, ``seasons_by_name`` season names to
    ids, ``existing_keys`` holds the ``record_key`` of the project's records,
    ``plot_areas`` the area (ha) of each plot id, to judge whole-plot yields.
    """
    fields = fields_of(kind)
    missing = [f for f in REQUIRED[kind] if f not in mapping]
    names = {i: h for i, h in enumerate(headers or [])}
    preview = Preview(row_count=len(rows))
    if missing:
        preview.problems.append(RowProblem(
            1, "", msg("No column is chosen for {fields}; map it before importing.",
                       fields=", ".join(missing))))
        return preview
    plots = {c.strip().upper(): i for c, i in plots_by_code.items()}
    seasons = {" ".join(n.lower().split()): i for n, i in seasons_by_name.items()}
    seen: dict[tuple[Any, ...], int] = {}
    for offset, cells in enumerate(rows):
        number = offset + FIRST_DATA_ROW
        if all(_blank(v) for v in cells):
            continue
        row = _Row(number, cells, {k: v for k, v in mapping.items() if k in fields}, names)
        record = (_soil(row, plots, seasons) if kind == "soil"
                  else _yield(row, plots, seasons, plot_areas or {}))
        if record is not None:
            key = record_key(kind, record)
            if key in existing_keys:
                row.problem("plot_code", msg(
                    "The project already has a record with the same plot, date and depth.")
                    if kind == "soil" else msg(
                    "The project already has a record with the same plot, season and crop."))
            elif key in seen:
                row.problem("plot_code", msg(
                    "Same plot, date and depth as row {row} of the file.", row=seen[key])
                    if kind == "soil" else msg(
                    "Same plot, season and crop as row {row} of the file.", row=seen[key]))
            else:
                seen[key] = number
        preview.problems.extend(row.problems)
        if record is not None and all(p.confirmable for p in row.problems):
            preview.records[number] = record
    return preview


def _plot_and_season(row: _Row, plots: Mapping[str, int], seasons: Mapping[str, int],
                     season_required: bool) -> tuple[int | None, int | None]:
    code = _text(row.raw("plot_code"))
    plot_id = plots.get(code.upper())
    if not code:
        row.problem("plot_code", msg("The plot code is empty."))
    elif plot_id is None:
        row.problem("plot_code", msg("No plot has the code {code!r} in this project.",
                                     code=code))
    name = " ".join(_text(row.raw("season")).lower().split())
    season_id = seasons.get(name) if name else None
    if name and season_id is None:
        row.problem("season", msg("No season is named {name!r}; use a name "
                                  "such as '2024 early wet'.",
                                  name=_text(row.raw("season"))))
    elif not name and season_required:
        row.problem("season", msg("The season is empty."))
    return plot_id, season_id


def _soil(row: _Row, plots: Mapping[str, int], seasons: Mapping[str, int]) -> SoilSample | None:
    plot_id, season_id = _plot_and_season(row, plots, seasons, season_required=False)
    sample_date = row.date_of("sample_date")
    depth = {f: row.number_of(f) for f in SOIL_NUMBERS}
    values: dict[str, float] = {}
    for key in INDICATORS:
        value = row.number_of(key)
        if value is None:
            continue
        values[key] = value
        try:
            check_indicator(key, value)
        except DomainError as exc:
            row.problem(key, as_message(exc), confirmable=True)
    sample = SoilSample(
        plot_id=plot_id or 0, season_id=season_id, sample_date=sample_date,
        depth_from_cm=0.0 if depth["depth_from_cm"] is None else depth["depth_from_cm"],
        depth_to_cm=10.0 if depth["depth_to_cm"] is None else depth["depth_to_cm"],
        method=_text(row.raw("method")), lab=_text(row.raw("lab")), values=values)
    try:
        sample.validated(confirmed_out_of_range=True)
    except DomainError as exc:
        row.problem(getattr(exc, "field", "depth_to_cm"), as_message(exc))
    return sample if plot_id is not None else None


def _yield(row: _Row, plots: Mapping[str, int], seasons: Mapping[str, int],
           areas: Mapping[int, float]) -> YieldRecord | None:
    plot_id, season_id = _plot_and_season(row, plots, seasons, season_required=True)
    crop_text = _text(row.raw("crop"))
    crop_key = _find_crop(crop_text) if crop_text else None
    if not crop_text:
        row.problem("crop", msg("The crop is empty."))
    elif crop_key is None:
        row.problem("crop", msg("Unknown crop {crop!r}; known crops: {crops}.",
                                crop=crop_text,
                                crops=", ".join(c.name_en for c in CROPS.values())))
    method = _find_method(_text(row.raw("method")))
    if method is None:
        row.problem("method", msg("Unknown method {method!r}; use sample or "
                                  "whole plot.", method=_text(row.raw("method"))))
    harvest_date = row.date_of("harvest_date")
    numbers = {f: row.number_of(f) for f in YIELD_NUMBERS}
    for target in YIELD_NUMBERS:
        value = numbers[target]
        if value is not None and value < 0:
            row.problem(target, msg("{value:g} cannot be negative.", value=value))
    moisture = numbers["moisture_pct"]
    if moisture is not None and not 0 <= moisture < 100:
        row.problem("moisture_pct", msg("Moisture {moisture:g} % is outside 0-100 %. Check the "
                                        "value and its unit.", moisture=moisture))
    if numbers["fresh_weight_kg"] is None and row.raw("fresh_weight_kg") in (None, ""):
        row.problem("fresh_weight_kg", msg("The harvested weight is empty."))
    if plot_id is None or season_id is None or crop_key is None or method is None:
        return None
    others: dict[str, Any] = {f: numbers[f] for f in YIELD_NUMBERS if f != "fresh_weight_kg"}
    record = YieldRecord(
        plot_id=plot_id, season_id=season_id, crop=crop_key,
        harvest_date=harvest_date, method=method,
        fresh_weight_kg=numbers["fresh_weight_kg"] or 0.0, **others)
    if method == YieldMethod.SAMPLE and not row.problems:
        try:
            record.validated()
        except DomainError as exc:
            row.problem(getattr(exc, "field", "fresh_weight_kg"), as_message(exc))
    if not row.problems:  # possible but hard to believe: a warning the user may accept
        why = record.plausibility_problem(areas.get(plot_id))
        if why is not None:
            row.problems.append(RowProblem(row.number, row.column("fresh_weight_kg"), why,
                                           confirmable=True, implausible=True))
    return record


__all__ = ["KINDS", "Preview", "Record", "ResultsImportError", "RowProblem", "check_rows",
           "fields_of", "guess_mapping", "parse_date", "parse_number", "read_table",
           "record_key", "sheet_names"]
