"""The season report: one PDF for the annual meeting and the Steering Committee, and the
same tables as an Excel workbook beside it.

A summary page first; then the season's plots on a map by practice, adoption by
district (with its change and the share of the target population), by practice, by sex
and by kind of adopter, the diffusion of each district and its tipping point, the
service market, the trial results and the extension events. Its figures are
:mod:`analysis.season_report`'s; this module words them in the report's language, draws
the map and the charts, and lays out the pages with Qt's rich text (QTextDocument), which
shapes Khmer with HarfBuzz and the shipped Khmer font. The PDF is written under a
temporary name and renamed when complete, and it is reproducible: its dates are the
date of the latest record of the season, not the clock, and its document id is made
from its content, so the same project gives the same file.

Its numbers (in the tables, the text and the charts) are in Arabic digits, or in Khmer
digits when asked (``digits="khmer"``); codes and file names keep theirs, and the
workbook's cells stay numbers.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from metkasekor_desktop.analysis.season_report import (
    Register,
    SeasonReportData,
    season_dates,
    season_report_data,
)
from metkasekor_desktop.analysis.stages import plot_infos
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers import season_report_pages as pages
from metkasekor_desktop.layers import season_report_tables as tables
from metkasekor_desktop.layers.message_words import DIGITS, digits_for
from metkasekor_desktop.storage.project import Project

SUFFIX = ".pdf"


class SeasonReportError(DomainError):
    """The report cannot be written as asked; the message says why and what to do."""


class SeasonReportCancelled(SeasonReportError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class ReportFiles:
    pdf: Path
    xlsx: Path


def load_register(project: Project, *, trials: bool = True) -> Register:
    """Every record the report reads, in one go; without ``trials`` the events, trials,
    soil samples and yields are left unread (the uptake commands need none of them)."""
    table = project.plots.load_table()
    return Register(
        plots=plot_infos(table), plans=project.plans.list(), farmers=project.farmers.list(),
        practices=project.practices.list(), seasons=project.seasons.list(),
        providers=project.providers.list(),
        events=project.events.list() if trials else [],
        trials=project.trials.list() if trials else [],
        samples=project.soil_samples.list() if trials else [],
        yields=project.yields.list() if trials else [],
        targets=project.targets.as_dict())


def records_date(register: Register, data: SeasonReportData) -> date:
    """The date of the latest record of the season (a plan done or planned, an event,
    a yield or a soil sample), never after the season's end; the season's end when none
    has a date. The report says "records up to" this date and carries it as its own."""
    start, end = season_dates(data.season)
    season_id = data.season.id
    dates = [d for p in register.plans if p.season_id == season_id
             for d in (p.done_date, p.planned_date) if d is not None]
    dates += [e.event_date for e in data.events]
    dates += [getattr(y, "harvest_date", None) for y in register.yields
              if y.season_id == season_id]
    dates += [getattr(s, "sample_date", None) for s in register.samples
              if s.season_id == season_id]
    known = [d for d in dates if isinstance(d, date) and d <= end]
    return max(known) if known else end


@dataclass(frozen=True)
class PreparedReport:
    """A report read and drawn, not yet written: what :func:`finish_season_report` lays
    out and writes. Preparing may run in a worker thread; laying out the rich text must
    run in a thread with Qt's event loop (the window's), as QTextDocument starts timers."""

    out: Path
    xlsx: Path
    data: SeasonReportData
    names: str  # "kh" or "en": the language of place and practice names
    images: pages.Images
    html: str
    as_of: date


def prepare_season_report(project: Project, season_id: int, out: Path, *,
                          language: str = "en", threshold: float = 0.16,
                          digits: str = "arabic",
                          progress: Callable[[float], object] | None = None,
                          cancelled: Callable[[], bool] | None = None) -> PreparedReport:
    """Read the season's figures, draw the map and the charts, word the pages (in the
    translator's language: "km" or "en" names the places and practices to match; its
    numbers in ``digits``: "arabic" or "khmer")."""
    if digits not in DIGITS:
        raise SeasonReportError(msg("The digits of a report are {choices}, not {digits}.",
                                    choices=list(DIGITS), digits=str(digits)))
    with digits_for(digits):
        return _prepare(project, season_id, Path(out), language=language,
                        threshold=threshold, progress=progress, cancelled=cancelled)


def _prepare(project: Project, season_id: int, out: Path, *, language: str,
             threshold: float, progress: Callable[[float], object] | None,
             cancelled: Callable[[], bool] | None) -> PreparedReport:
    if out.suffix.lower() != SUFFIX:
        if not out.suffix:
            raise SeasonReportError(msg("A season report is a PDF file: name it with .pdf, "
                                        "not without a suffix ({name}).", name=out.name))
        raise SeasonReportError(msg("A season report is a PDF file: name it with .pdf, not "
                                    "{suffix} ({name}).", suffix=out.suffix, name=out.name))
    report = progress or (lambda _fraction: None)
    stop = cancelled or (lambda: False)
    names = "kh" if language == "km" else "en"
    register = load_register(project)
    if not any(s.id == season_id for s in register.seasons):
        raise SeasonReportError(msg("The project has no season with id {season_id}.",
                                    season_id=season_id))
    data = season_report_data(register, season_id, language=names, threshold=threshold)
    report(0.2)
    as_of = records_date(register, data)
    xlsx = out.with_suffix(".xlsx")
    images = pages.Images.draw(project, data, names)
    report(0.8)
    if stop():
        raise SeasonReportCancelled(
            msg("The season report was cancelled; no file was written."))
    html = pages.report_html(data, names, as_of, _project_name(project), xlsx.name)
    return PreparedReport(out, xlsx, data, names, images, html, as_of)


def finish_season_report(prepared: PreparedReport) -> ReportFiles:
    """Lay out and write the PDF (under a temporary name, renamed when complete) and the
    workbook beside it."""
    out = prepared.out
    temp = _temporary(out)
    try:
        pages.print_pdf(prepared.html, prepared.images, temp, title=pages.title_of(prepared.data))
        _make_reproducible(temp, prepared.as_of)
        with digits_for("arabic"):  # the workbook's cells: numbers, dates in ISO
            tables.write_workbook(prepared.xlsx, prepared.data, prepared.names)
        _replace(temp, out)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return ReportFiles(out, prepared.xlsx)


def write_season_report(project: Project, season_id: int, out: Path, *,
                        language: str = "en", threshold: float = 0.16,
                        digits: str = "arabic",
                        progress: Callable[[float], object] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> ReportFiles:
    """Write the report of ``season_id`` to ``out`` (a .pdf) and its tables to the .xlsx
    of the same name; ``language`` "km" or "en" (the translator of that language must be
    installed by the caller), ``digits`` "arabic" or "khmer" for its numbers. Returns
    both paths."""
    prepared = prepare_season_report(project, season_id, out, language=language,
                                     threshold=threshold, digits=digits, progress=progress,
                                     cancelled=cancelled)
    files = finish_season_report(prepared)
    if progress is not None:
        progress(1.0)
    return files


def _project_name(project: Project) -> str:
    path = getattr(project, "path", None)
    return Path(path).stem if path else str(getattr(project, "display_name", "") or "")


def _temporary(out: Path) -> Path:
    temp = out.parent / f".{out.stem}-{uuid.uuid4().hex[:12]}.part"
    try:
        with open(temp, "xb"):
            pass
    except OSError as error:
        raise SeasonReportError(msg(
            "The report cannot be written to {out}: the folder {folder} cannot be written "
            "to ({reason}). Choose another folder.", out=str(out), folder=str(out.parent),
            reason=str(error.strerror or error))) from error
    return temp


def _replace(temp: Path, out: Path) -> None:
    try:
        os.replace(temp, out)
    except OSError as error:
        raise SeasonReportError(msg(
            "The report could not be saved as {out}: {reason}. If the file is open in "
            "another program, close it and write the report again.", out=str(out),
            reason=str(error.strerror or error))) from error


_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}Z\)")
_XMP_DATE = re.compile(rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate))="[^"]{25}"')
_UUID = re.compile(rb"uuid:[0-9a-f-]{36}")
_ID = re.compile(rb"/ID \[ <[0-9a-f]+> <[0-9a-f]+> \]")


def _make_reproducible(path: Path, as_of: date) -> None:
    """Put the records' date where Qt wrote the clock, and an id made from the content
    where Qt wrote a random one; every replacement keeps its length, so the file's
    cross-reference offsets stay true."""
    data = path.read_bytes()
    stamp = as_of.strftime("%Y%m%d").encode() + b"000000"
    data = _PDF_DATE.sub(lambda m: b"/" + m.group(1) + b" (D:" + stamp + b"Z)", data)
    iso = as_of.isoformat().encode() + b"T00:00:00+00:00"
    data = _XMP_DATE.sub(lambda m: m.group(1) + b'="' + iso + b'"', data)
    blank = _UUID.sub(b"uuid:" + b"0" * 36, _ID.sub(b"/ID []", data))
    made = str(uuid.UUID(bytes=hashlib.sha256(blank).digest()[:16])).encode()
    data = _UUID.sub(b"uuid:" + made, data)
    hexed = made.hex().encode()
    data = _ID.sub(lambda m: b"/ID [ <" + hexed + b"> <" + hexed + b"> ]"
                   if len(m.group(0)) == len(b"/ID [ <" + hexed + b"> <" + hexed + b"> ]")
                   else m.group(0), data)
    path.write_bytes(data)
