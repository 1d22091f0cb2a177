"""XLSForm workbooks for ODK Collect / KoboCollect, their CSV attachments, and the check
that pyxform converts them to the XForm the phones use.

A form is data (``domain.field_forms.FormSpec``); here it becomes the sheets ``survey``,
``choices`` and ``settings`` with a label column per language (``label::English (en)``,
``label::Khmer (km)``), and the lists too long for a workbook (plots, villages) become
CSV files read by ``select_one_from_file``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.field_forms import FormSpec
from metkasekor_desktop.domain.messages import msg

LANGUAGES: dict[str, str] = {"en": "English (en)", "km": "Khmer (km)"}
LANGUAGE_CHOICES: dict[str, tuple[str, ...]] = {"en": ("en",), "km": ("km",),
                                                "both": ("en", "km")}
_PLAIN_COLUMNS = ("required", "constraint", "relevant", "choice_filter", "appearance",
                  "calculation", "repeat_count", "default", "parameters")


class XLSFormError(DomainError):
    """pyxform refused a form; the message names the form and what is wrong."""


@dataclass(frozen=True, slots=True)
class Conversion:
    """The XForm of a form and pyxform's warnings about it (none when all is well)."""

    xform: str
    warnings: tuple[str, ...]


def languages_of(choice: str) -> tuple[str, ...]:
    """The language codes of ``--language``: en, km or both."""
    try:
        return LANGUAGE_CHOICES[choice]
    except KeyError:
        raise DomainError(msg("{choice!r} is not a form language; use one of: {choices}.",
                              choice=choice, choices=", ".join(LANGUAGE_CHOICES))) from None


def _localised(base: str, languages: Sequence[str]) -> list[str]:
    return [f"{base}::{LANGUAGES[code]}" for code in languages]


def survey_rows(spec: FormSpec, languages: Sequence[str]) -> list[list[str]]:
    """The ``survey`` sheet: a header row, then one row per question."""
    header = ["type", "name", *_localised("label", languages), *_localised("hint", languages),
              *_PLAIN_COLUMNS, *_localised("constraint_message", languages)]
    rows = [header]
    for q in spec.questions:
        texts = {"label": (q.label_en, q.label_km), "hint": (q.hint_en, q.hint_km),
                 "constraint_message": (q.constraint_message_en, q.constraint_message_km)}

        def words(kind: str, texts: dict[str, tuple[str, str]] = texts) -> list[str]:
            en, km = texts[kind]
            return [en if code == "en" else km for code in languages]

        plain = {"required": "yes" if q.required else "", "constraint": q.constraint,
                 "relevant": q.relevant, "choice_filter": q.choice_filter,
                 "appearance": q.appearance, "calculation": q.calculation,
                 "repeat_count": q.repeat_count, "default": q.default,
                 "parameters": q.parameters}
        rows.append([q.type, q.name, *words("label"), *words("hint"),
                     *(plain[c] for c in _PLAIN_COLUMNS), *words("constraint_message")])
    return rows


def choice_rows(spec: FormSpec, languages: Sequence[str]) -> list[list[str]]:
    """The ``choices`` sheet: list_name, name, labels, then every extra column."""
    extras = list(dict.fromkeys(key for _, items in spec.choices for c in items
                                for key, _ in c.extra))
    rows = [["list_name", "name", *_localised("label", languages), *extras]]
    for list_name, items in spec.choices:
        for c in items:
            extra = dict(c.extra)
            labels = [c.label_en if code == "en" else c.label_km for code in languages]
            rows.append([list_name, c.name, *labels, *(extra.get(k, "") for k in extras)])
    return rows


def settings_rows(spec: FormSpec, languages: Sequence[str], version: str) -> list[list[str]]:
    title = " / ".join(spec.title_en if code == "en" else spec.title_km
                       for code in languages)
    return [["form_title", "form_id", "version", "default_language"],
            [title, spec.form_id, version, LANGUAGES[languages[0]]]]


def write_xlsform(spec: FormSpec, path: Path, languages: Sequence[str], version: str) -> Path:
    """Write the form's workbook to ``path`` (through a temporary file: a half-written
    form never replaces a good one)."""
    from openpyxl import Workbook

    book = Workbook()
    sheets = [("survey", survey_rows(spec, languages)),
              ("choices", choice_rows(spec, languages)),
              ("settings", settings_rows(spec, languages, version))]
    first = book.active
    for index, (title, rows) in enumerate(sheets):
        sheet = first if index == 0 and first is not None else book.create_sheet()
        sheet.title = title
        for row in rows:
            sheet.append(row)
    part = path.with_name(path.name + ".part")
    try:
        book.save(part)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return path


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    """A CSV attachment as ODK reads it: UTF-8 without a byte-order mark (the mark would
    become part of the first column's name), one header row."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return path


def convert_xlsform(path: Path, form_label: str) -> Conversion:
    """Convert a workbook with pyxform; an XLSFormError names ``form_label`` and what
    pyxform found wrong."""
    from pyxform.xls2xform import convert  # type: ignore[import-untyped]  # no py.typed

    warnings: list[str] = []
    try:
        result = convert(xlsform=str(path), warnings=warnings, pretty_print=True)
    except Exception as exc:  # pyxform raises PyXFormError and plain errors alike
        raise XLSFormError(msg("The form {form} ({file}) does not convert for the "
                               "phones: {reason}", form=form_label, file=path.name,
                               reason=str(exc))) from None
    return Conversion(xform=result.xform, warnings=tuple(str(w) for w in warnings))
