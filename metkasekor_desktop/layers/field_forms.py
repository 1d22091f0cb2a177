"""A folder of phone forms made from a project: the XLSForms, their XForms and the CSV
lists they read (plots, districts, communes, villages), each form checked by pyxform.

The officer uploads the folder to ODK Central or KoboToolbox; the submissions come back
with the field names of ``domain.field_forms``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.field_forms import (
    COMMUNES_CSV,
    DISTRICTS_CSV,
    PLOTS_CSV,
    VILLAGES_CSV,
    field_forms,
    form_version,
    with_hidden_fields,
)
from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.domain.places import communes, unit, villages
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.io.xlsform import (
    XLSFormError,
    convert_xlsform,
    languages_of,
    write_csv,
    write_xlsform,
)


class FieldFormsError(DomainError):
    """The forms cannot be made; ``key`` and ``params`` say why as data, ``str()`` in
    English."""

    def __init__(self, key: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.key = key
        self.params = params


@dataclass(frozen=True, slots=True)
class WrittenForm:
    """One form written: its files, its version, and what pyxform said of it."""

    name: str
    form_id: str
    xlsx: Path
    xml: Path | None  # None: pyxform refused the form (see ``error``)
    version: str
    warnings: tuple[str, ...] = ()
    error: str | None = None


@dataclass(slots=True)
class FormsReport:
    folder: Path
    season: str
    forms: list[WrittenForm] = field(default_factory=list)
    attachments: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(f.error for f in self.forms)


def find_season(seasons: list[Season], name: str) -> Season:
    """The season of ``name``; a refusal lists the known ones."""
    wanted = " ".join(name.split()).lower()
    for season in seasons:
        if " ".join(season.name.split()).lower() == wanted:
            return season
    known = [s.name for s in sorted(seasons, key=lambda s: s.sort_key)]
    if not known:
        raise FieldFormsError(
            key="unknown_season",
            message=msg("No season named {name!r}; known seasons: none (add one in Register "
                        "> Seasons).", name=name),
            season=name, known=known)
    raise FieldFormsError(key="unknown_season",
                          message=msg("No season named {name!r}; known seasons: {known}.",
                                      name=name, known=", ".join(known)),
                          season=name, known=known)


def check_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) and check it can be written, before any work."""
    if folder.exists() and not folder.is_dir():
        raise FieldFormsError(
            key="not_a_folder",
            message=msg("{folder} is a file, not a folder; name a folder for the forms.",
                        folder=str(folder)),
            folder=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FieldFormsError(
            key="folder_unwritable",
            message=msg("Cannot make the folder {folder}: {reason}. Choose a folder you may "
                        "write to.", folder=str(folder), reason=str(exc.strerror or exc)),
            folder=str(folder)) from None
    probe = folder / ".metkasekor-write-check"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise FieldFormsError(
            key="folder_unwritable",
            message=msg("Cannot write in {folder}: {reason}. Choose a folder you may write "
                        "to.", folder=str(folder), reason=str(exc.strerror or exc)),
            folder=str(folder)) from None
    if not os.access(folder, os.W_OK):  # pragma: no cover - the probe says it first
        raise FieldFormsError(key="folder_unwritable",
                              message=msg("Cannot write in {folder}.", folder=str(folder)),
                              folder=str(folder))


def _label(kh: str, en: str, languages: tuple[str, ...]) -> str:
    """A name in the forms' languages: "Khmer (English)" for both."""
    if languages == ("en",):
        return en or kh
    if languages == ("km",):
        return kh or en
    return f"{kh} ({en})" if kh and en and kh != en else (kh or en)


def area_rows(village_codes: set[str], languages: tuple[str, ...],
              district_codes: frozenset[str] = frozenset(),
              ) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """Districts, communes and villages of the project's districts (every commune and
    village the gazetteer has in them, so a new plot's village is there too), and any
    village code of the project the gazetteer does not know, named by its code.
    ``district_codes``: further districts of the project (its target populations)."""
    districts = sorted({c[:4] for c in village_codes} | set(district_codes))
    district_rows, commune_rows, village_rows = [], [], []
    known_villages: set[str] = set()
    for d in districts:
        du = unit(d)
        district_rows.append([d, _label(du.name_kh, du.name_en, languages) if du else d])
        for c in communes(d) if du else []:
            commune_rows.append([c.code, _label(c.name_kh, c.name_en, languages), d])
            for v in villages(c.code):
                village_rows.append([v.code, _label(v.name_kh, v.name_en, languages),
                                     c.code, d])
                known_villages.add(v.code)
    known_communes = {row[0] for row in commune_rows}
    for code in sorted(village_codes - known_villages):
        if code[:6] not in known_communes:
            commune_rows.append([code[:6], code[:6], code[:4]])
            known_communes.add(code[:6])
        village_rows.append([code, code, code[:6], code[:4]])
    return district_rows, commune_rows, village_rows


def plot_rows(table: Any, languages: tuple[str, ...], village_names: dict[str, str]
              ) -> list[list[str]]:
    """One row per plot: code, "code · farmer · village", its place codes and role."""
    rows = []
    for i in range(len(table)):
        code = str(table.codes[i])
        village = str(table.village_codes[i] or "")
        farmer = _label(str(table.farmer_names_kh[i] or ""),
                        str(table.farmer_names_latin[i] or ""), languages)
        label = " · ".join(p for p in (code, farmer, village_names.get(village, village)) if p)
        rows.append([code, label, village[:4], village[:6], village, str(table.roles[i])])
    return sorted(rows)


def write_field_forms(project: Any, season_name: str, folder: Path,
                      language: str = "both") -> FormsReport:
    """Write every form of ``project`` for ``season_name`` into ``folder``; a form pyxform
    refuses is reported (``WrittenForm.error``), the others are still written."""
    languages = languages_of(language)
    seasons = project.seasons.list()
    season = find_season(seasons, season_name)
    check_folder(folder)
    practices = project.practices.list()
    providers = sorted(project.providers.list(), key=lambda p: (p.name.lower(), p.id or 0))
    table = project.plots.load_table()
    codes = {str(c) for c in table.village_codes if c}
    codes |= {f.village_code for f in project.farmers.list() if f.village_code}
    codes |= {e.village_code for e in project.events.list() if e.village_code}
    targets = frozenset(code[:4] for code in project.targets.as_dict() if len(code) >= 4)
    district_rows, commune_rows, village_rows = area_rows(codes, languages, targets)
    report = FormsReport(folder=folder, season=season.name)
    names = {row[0]: row[1] for row in village_rows}
    report.attachments = [
        write_csv(folder / PLOTS_CSV, ["name", "label", "district", "commune", "village",
                                       "role"], plot_rows(table, languages, names)),
        write_csv(folder / DISTRICTS_CSV, ["name", "label"], district_rows),
        write_csv(folder / COMMUNES_CSV, ["name", "label", "district"], commune_rows),
        write_csv(folder / VILLAGES_CSV, ["name", "label", "commune", "district"],
                  village_rows),
    ]
    for spec in field_forms(practices, providers):
        version = form_version(spec, practices, providers, seasons, season.name, languages)
        full = with_hidden_fields(spec, season.name, version)
        xlsx = write_xlsform(full, folder / f"{spec.name}.xlsx", languages, version)
        xml_path = xlsx.with_suffix(".xml")
        try:
            conversion = convert_xlsform(xlsx, spec.name)
        except XLSFormError as exc:
            xml_path.unlink(missing_ok=True)  # never an XForm of an older form beside
            report.forms.append(WrittenForm(spec.name, spec.form_id, xlsx, None, version,
                                            error=as_message(exc)))
            continue
        xml_path.write_text(conversion.xform, encoding="utf-8")
        report.forms.append(WrittenForm(spec.name, spec.form_id, xlsx, xml_path, version,
                                        conversion.warnings))
    return report
