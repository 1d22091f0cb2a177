"""Submissions downloaded from ODK Central and KoboToolbox, whatever the form.

:func:`read_submissions` reads the files officers download (ODK Central's CSV zip or a
lone main CSV; KoboToolbox's XLSX or ``;``/``,`` CSV) into one neutral structure that
the importer matches against the register. Nothing is interpreted: every value is the
text the phone sent (numbers, dates, a geoshape's "lat lon alt acc;..." string, which
:func:`metkasekor_desktop.io.form_csv.parse_geoshape` reads). Only ODK Central's split
geopoint columns (``gps-Latitude``, ``gps-Longitude``...) are joined back into the
"lat lon alt acc" text the phone sent, as KoboToolbox exports it.

Fields are named by their last segment (``plot_group-plot`` and ``plot_group/plot`` are
both ``plot``); ``paths`` keeps the full paths, written with ``/``. The columns the
services add (``KEY``, ``SubmissionDate``, ``_uuid``, ``_index``, ``meta/...``) are in
``meta``. Repeat groups become rows under their repeat name, nested repeats under
their parent row. Every problem is a (where, message key, params) tuple; a fatal one
means that nothing could be read.

KoboToolbox's exports name the photos (image questions, ``<question>_URL`` columns)
but hold none: they are matched by file name in the attachments downloaded apart (a
folder or zip, given or found beside the export).
"""

from __future__ import annotations

import filecmp
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from metkasekor_desktop.domain.messages import Message, as_message, msg
from metkasekor_desktop.io.archives import ArchiveRefused, check_listing, extract
from metkasekor_desktop.io.submission_layouts import (
    FATAL,
    KOBO_CSV,
    KOBO_XLSX,
    ODK_CSV,
    ODK_ZIP,
    Attachment,
    Plan,
    Table,
    TableError,
    file_name_key,
    folder_attachments,
    member_parts,
    plan_columns,
    problem_message,
    read_csv_file,
    read_xlsx,
    zip_attachments,
    zip_members,
)

_ODK_MARKS = ("KEY", "SubmissionDate", "meta-instanceID", "SubmitterName")
_KOBO_MARKS = ("_uuid", "_submission_time", "_index", "_id", "_submitted_by")
_ENCRYPTED = "missing encrypted form data"
_EXAMPLES = 5
# where a Kobo export's attachments are looked for beside it: a folder or a .zip
_BESIDE = ("{stem}_attachments", "{stem}-media", "attachments", "media")
_MEDIA_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".bmp", ".tif", ".tiff",
    ".mp3", ".m4a", ".aac", ".amr", ".ogg", ".oga", ".opus", ".wav", ".3gp", ".3gpp",
    ".mp4", ".mov", ".webm", ".mkv", ".pdf"})


class SubmissionProblem(NamedTuple):
    """Where (file, table, row), what (a key of :data:`MESSAGES`) and its parameters."""

    where: str
    key: str
    params: dict[str, str]

    @property
    def fatal(self) -> bool:
        """True when the file could not be read at all (no submission comes with it)."""
        return self.key in FATAL

    @property
    def text(self) -> Message:
        """What is wrong, without where."""
        return problem_message(self.key, self.params)

    @property
    def message(self) -> Message:
        """Where and what is wrong."""
        return msg("{where}: {problem}", where=self.where, problem=self.text)


@dataclass
class RepeatRow:
    """One row of a repeat group: its fields, nested repeats and attachments."""

    fields: dict[str, str]
    repeats: dict[str, list[RepeatRow]]
    media: dict[str, Path]
    source: str
    paths: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Submission:
    """One submission: ``instance_id`` is normalised (no ``uuid:``, lowercase).

    ``media`` holds the attachments of the submission and of its repeat rows."""

    instance_id: str
    form_id: str | None
    submitted_at: datetime | None
    submitter: str
    fields: dict[str, str]
    repeats: dict[str, list[RepeatRow]]
    media: dict[str, Path]
    source: str
    paths: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class SubmissionFile:
    """What one file holds: its submissions, its layout and every problem found."""

    submissions: list[Submission]
    layout: str | None
    problems: list[SubmissionProblem] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return any(p.fatal for p in self.problems)


def normalise_instance_id(text: str) -> str:
    """``uuid:ABC-1`` -> ``abc-1``: the same submission has the same id in every export."""
    value = text.strip()
    if value[:5].lower() == "uuid:":
        value = value[5:]
    return value.strip().lower()


def parse_submitted_at(text: str) -> datetime | None:
    """ODK's ``2024-05-01T03:04:05.000Z`` or Kobo's ``2024-05-01T03:04:05`` (UTC)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _planned(table: Table, odk: bool, repeat: str | None,
             problems: list[SubmissionProblem]) -> Plan:
    plan, notes = plan_columns(table, odk, repeat)
    problems.extend(SubmissionProblem(*note) for note in notes)
    return plan


# --- submissions of a main table ------------------------------------------------------


def _main_rows(table: Table, odk: bool, form_id: str | None,
               problems: list[SubmissionProblem],
               dropped: set[str]) -> list[tuple[Submission, str]]:
    """The submissions of a main table with the key their repeat rows point to; the
    keys of rows left out are added to ``dropped``."""
    plan = _planned(table, odk, None, problems)
    ids = (table.index("KEY", "meta-instanceID", "instanceID") if odk else
           table.index("meta/rootUuid", "_uuid", "meta/instanceID"))
    link = table.index("KEY") if odk else table.index("_index")
    when = table.index("SubmissionDate" if odk else "_submission_time")
    who = table.index("SubmitterName", "SubmitterID") if odk else table.index("_submitted_by")
    status = table.index("Status") if odk else None
    found: list[tuple[Submission, str]] = []
    first: dict[str, int] = {}
    repeated: dict[str, list[int]] = {}
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        where = msg("{table}, row {row}", table=table.where, row=number)
        raw = cells[ids] if ids is not None else ""
        instance_id = normalise_instance_id(raw)
        if link is not None:
            dropped.add(cells[link])  # taken back below when the row is kept
        if status is not None and cells[status].strip() == _ENCRYPTED:
            problems.append(SubmissionProblem(where, "encrypted", {"instance_id": raw}))
            continue
        if not instance_id:
            problems.append(SubmissionProblem(where, "missing_instance_id", {}))
            continue
        if instance_id in first:
            repeated.setdefault(instance_id, [first[instance_id]]).append(number)
            continue
        first[instance_id] = number
        if link is not None:
            dropped.discard(cells[link])
        paths, fields, meta = plan.row(cells)
        submission = Submission(
            instance_id, form_id,
            parse_submitted_at(cells[when]) if when is not None else None,
            cells[who].strip() if who is not None else "", fields, {}, {}, where, paths, meta)
        found.append((submission, cells[link] if link is not None else ""))
    for instance_id, numbers in repeated.items():
        problems.append(SubmissionProblem(table.where, "duplicate_instance", {
            "instance_id": instance_id, "count": str(len(numbers)),
            "rows": ", ".join(map(str, numbers)), "kept": str(numbers[0])}))
    return found


def _link(tables: list[tuple[str, Table]], odk: bool, parents: dict[str, RepeatRow],
          dropped: set[str], problems: list[SubmissionProblem]) -> None:
    """Hang the rows of each repeat table under their parents (keys to rows, grown)."""
    pending: list[tuple[str, RepeatRow, str, str]] = []
    names = {name[:31] for name, _table in tables}  # Kobo's sheet names: 31 characters
    for name, table in tables:
        plan = _planned(table, odk, name, problems)
        own = table.index("KEY" if odk else "_index")
        up = table.index("PARENT_KEY" if odk else "_parent_index")
        upper = None if odk else table.index("_parent_table_name")
        for number, cells in zip(table.row_numbers, table.rows, strict=True):
            paths, fields, meta = plan.row(cells)
            row = RepeatRow(fields, {}, {}, msg("{table}, row {row}", table=table.where,
                                                row=number), paths, meta)
            key = cells[own] if own is not None else ""
            parent = shown = cells[up] if up is not None else ""
            if not odk:
                parent_table = cells[upper][:31] if upper is not None else ""
                shown = msg("_index {index} of {sheet}", index=parent,
                            sheet=parent_table or msg("the main sheet"))
                parent = f"{parent_table}#{parent}" if parent_table in names else parent
                key = f"{name}#{key}"
            if key:
                parents.setdefault(key, row)
            pending.append((name, row, parent, shown))
    for name, row, parent, shown in pending:
        target = parents.get(parent)
        if target is None and (parent in dropped or parent.split("/", 1)[0] in dropped):
            continue  # the submission was left out, and its problem says so
        if target is None:
            problems.append(SubmissionProblem(row.source, "orphan_repeat_row",
                                              {"parent": shown or msg("(none)")}))
            continue
        target.repeats.setdefault(name, []).append(row)


def _as_parent(submission: Submission) -> RepeatRow:
    """A view of a submission as a row that repeat rows are hung under (shared dicts)."""
    return RepeatRow(submission.fields, submission.repeats, submission.media,
                     submission.source, submission.paths, submission.meta)


def _assemble(main: Table, repeats: list[tuple[str, Table]], odk: bool, form_id: str | None,
              problems: list[SubmissionProblem]) -> list[Submission]:
    dropped: set[str] = set()
    found = _main_rows(main, odk, form_id, problems, dropped)
    parents = {key: _as_parent(s) for s, key in found if key}
    _link(repeats, odk, parents, dropped, problems)
    return [s for s, _key in found]


# --- the layouts ---------------------------------------------------------------------


def _rows_of(row: Submission | RepeatRow) -> list[Submission | RepeatRow]:
    rows: list[Submission | RepeatRow] = [row]
    for children in row.repeats.values():
        for child in children:
            rows.extend(_rows_of(child))
    return rows


def _attachment_notes(submissions: list[Submission], where: str,
                      problems: list[SubmissionProblem]) -> None:
    late: list[str] = []
    absent: list[str] = []
    for s in submissions:
        present = _count(s.meta.get("AttachmentsPresent", ""))
        if _count(s.meta.get("AttachmentsExpected", "")) > present:
            late.append(s.instance_id)
        if len(s.media) < present:
            absent.append(s.instance_id)
    for key, ids in (("attachments_not_uploaded", late), ("media_not_in_file", absent)):
        if ids:
            problems.append(SubmissionProblem(where, key, {
                "count": str(len(ids)), "examples": ", ".join(ids[:_EXAMPLES])}))


def _count(text: str) -> int:
    return int(text) if text.strip().isdigit() else 0


def _odk_zip(path: Path, form_id: str | None, extract_to: Path,
             problems: list[SubmissionProblem]) -> list[Submission]:
    where = path.name
    with zipfile.ZipFile(path) as archive:
        csvs, media = zip_members(archive)
        check_listing(archive, where, csvs + list(media.values()))
        extract(archive, where, csvs, extract_to)
        tables = [read_csv_file(extract_to.joinpath(*member_parts(m)), f"{where} > {m}")
                  for m in csvs]
        mains = {t.name: t for t in tables if "PARENT_KEY" not in t.headers
                 and any(mark in t.headers for mark in _ODK_MARKS)}
        if not mains:
            found = ", ".join(member_parts(m)[-1] for m in csvs) or msg("none")
            raise TableError(key="no_main_table", file=where, found=found)
        if form_id is None and len(mains) > 1:
            raise TableError(key="several_forms", file=where, forms=", ".join(sorted(mains)))
        chosen = form_id if form_id is not None else next(iter(mains))
        if chosen not in mains:
            raise TableError(key="form_not_found", file=where, form_id=chosen,
                             forms=", ".join(sorted(mains)))
        repeats: list[tuple[str, Table]] = []
        for table in tables:
            if "PARENT_KEY" not in table.headers:
                continue
            owner = max((m for m in mains if table.name.startswith(f"{m}-")), key=len,
                        default=None)
            if owner == chosen:
                repeats.append((table.name[len(chosen) + 1:], table))
            elif owner is None:
                problems.append(SubmissionProblem(table.where, "stray_table", {}))
        submissions = _assemble(mains[chosen], repeats, True, chosen, problems)
        wanted: dict[str, str] = {}
        for submission in submissions:
            for row in _rows_of(submission):
                for value in row.paths.values():
                    if value in media:
                        target = extract_to.joinpath(*member_parts(media[value]))
                        row.media[value] = submission.media[value] = target
                        wanted[value] = media[value]
        extract(archive, where, sorted(set(wanted.values())), extract_to)
    for submission in submissions:
        for row in _rows_of(submission):
            for name in [n for n, p in row.media.items() if not p.is_file()]:
                del row.media[name]  # a name the safe extraction would not write
    _attachment_notes(submissions, where, problems)
    return submissions


# --- KoboToolbox's attachments, downloaded apart from the export ------------------------


def _kobo_source(path: Path, media: Path | None,
                 problems: list[SubmissionProblem]) -> Path | None:
    """The folder or zip given, else the first of :data:`_BESIDE` beside the export."""
    if media is not None:
        if media.is_dir() or media.is_file():
            return media
        problems.append(SubmissionProblem(path.name, "media_source_missing",
                                          {"source": str(media)}))
        return None
    try:
        beside = {p.name.casefold(): p for p in path.parent.iterdir()}
    except OSError:
        return None
    for pattern in _BESIDE:
        name = pattern.format(stem=path.stem).casefold()
        for candidate in (beside.get(name), beside.get(f"{name}.zip")):
            if candidate is not None and (candidate.is_dir() or candidate.is_file()):
                return candidate
    return None


def _ids(submission: Submission) -> set[str]:
    """What may name a submission's folder in an attachments download."""
    values = {submission.instance_id, submission.meta.get("_uuid", ""),
              submission.meta.get("_id", "")}
    return {normalise_instance_id(v).casefold() for v in values} - {""}


def _same_files(pool: list[Attachment]) -> bool:
    first = pool[0]
    for other in pool[1:]:
        if other.size != first.size:
            return False
        if first.member is not None or other.member is not None:
            if other.crc != first.crc:
                return False
        elif first.path is not None and other.path is not None and not filecmp.cmp(
                first.path, other.path, shallow=False):
            return False
    return True


def _referenced(path: str, name: str, paths: dict[str, str]) -> bool:
    """A value that names a file: an image question's (Kobo adds ``<question>_URL``)
    or a bare file name with a photo, audio or video suffix."""
    if f"{path}_URL" in paths:
        return True
    return "/" not in name and "\\" not in name and Path(name).suffix.lower() in _MEDIA_SUFFIXES


def _kobo_media(path: Path, submissions: list[Submission], media: Path | None,
                extract_to: Path, problems: list[SubmissionProblem]) -> None:
    """Give Kobo submissions the photos they name, from the attachments downloaded
    apart (a zip goes through :mod:`metkasekor_desktop.io.archives`' limits)."""
    source = _kobo_source(path, media, problems)
    archive: zipfile.ZipFile | None = None
    files: list[Attachment] = []
    if source is not None and source.is_dir():
        files = folder_attachments(source)
    elif source is not None:
        try:
            archive = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, OSError) as exc:
            raise TableError(key="unreadable", file=source.name,
                             reason=str(exc) or type(exc).__name__) from None
    try:
        if archive is not None and source is not None:
            files = zip_attachments(archive)
            check_listing(archive, source.name, [f.member for f in files if f.member])
        _match(path, submissions, files, source, archive, extract_to, problems)
    finally:
        if archive is not None:
            archive.close()


def _match(path: Path, submissions: list[Submission], files: list[Attachment],
           source: Path | None, archive: zipfile.ZipFile | None, extract_to: Path,
           problems: list[SubmissionProblem]) -> None:
    index: dict[str, list[Attachment]] = {}
    for attachment in files:
        index.setdefault(attachment.name, []).append(attachment)
    known = set().union(*(_ids(s) for s in submissions)) if submissions else set()
    shown = source.name if source is not None else msg("none found beside the export")
    missing: list[str] = []
    wanted: set[str] = set()
    for submission in submissions:
        ids = _ids(submission)
        for row in _rows_of(submission):
            for column, value in row.paths.items():
                name = file_name_key(value)
                if not name or (column.endswith("_URL") and column[:-4] in row.paths):
                    continue
                candidates = index.get(name) or index.get(name.replace(" ", "_"), [])
                if not candidates and not _referenced(column, name, row.paths):
                    continue
                own = [c for c in candidates if c.folders & ids]
                pool = own or [c for c in candidates if not c.folders & known]
                if not pool:
                    missing.append(name)
                    continue
                if not _same_files(pool):
                    problems.append(SubmissionProblem(row.source, "media_ambiguous", {
                        "name": name, "source": shown,
                        "instance_id": submission.instance_id}))
                    continue
                chosen = pool[0]
                if chosen.member is not None:
                    target = extract_to.joinpath(*member_parts(chosen.member))
                    wanted.add(chosen.member)
                else:
                    assert chosen.path is not None
                    target = chosen.path
                row.media[value.strip()] = submission.media[value.strip()] = target
    if archive is not None and source is not None:
        extract(archive, source.name, sorted(wanted), extract_to)
    for submission in submissions:
        for row in _rows_of(submission):
            for name in [n for n, p in row.media.items() if not p.is_file()]:
                del row.media[name]  # a name the safe extraction would not write
    if missing:
        problems.append(SubmissionProblem(path.name, "media_not_in_attachments", {
            "count": str(len(missing)), "source": shown,
            "examples": ", ".join(list(dict.fromkeys(missing))[:_EXAMPLES]),
            "folder": f"{path.stem}_attachments"}))


def _detect(headers: list[str]) -> str | None:
    if any(mark in headers for mark in _ODK_MARKS):
        return ODK_CSV
    if any(mark in headers for mark in _KOBO_MARKS):
        return KOBO_CSV
    return None


def _read(path: Path, form_id: str | None, extract_to: Path, media: Path | None,
          problems: list[SubmissionProblem]) -> tuple[str | None, list[Submission]]:
    where = path.name
    suffix = path.suffix.lower()
    if not path.is_file():
        raise TableError(key="unreadable", file=where, reason=msg("no such file"))
    if suffix == ".zip":
        return ODK_ZIP, _odk_zip(path, form_id, extract_to, problems)
    if suffix == ".xlsx":
        tables = read_xlsx(path, where)
        if not tables or not any(mark in tables[0].headers for mark in _KOBO_MARKS):
            raise TableError(key="not_an_export", file=where, expected=", ".join(_KOBO_MARKS))
        repeats = []
        for table in tables[1:]:
            if "_parent_index" in table.headers:
                repeats.append((table.name, table))
            else:
                problems.append(SubmissionProblem(table.where, "stray_table", {}))
        submissions = _assemble(tables[0], repeats, False, form_id, problems)
        _kobo_media(path, submissions, media, extract_to, problems)
        return KOBO_XLSX, submissions
    if suffix in (".csv", ".txt"):
        table = read_csv_file(path, where)
        if "PARENT_KEY" in table.headers:
            raise TableError(key="repeat_table_alone", file=where)
        layout = _detect(table.headers)
        if layout is None:
            raise TableError(key="not_an_export", file=where,
                             expected=", ".join(_ODK_MARKS + _KOBO_MARKS))
        odk = layout == ODK_CSV
        submissions = _assemble(table, [], odk, form_id or (table.name if odk else None),
                                problems)
        if odk:
            _attachment_notes(submissions, where, problems)
        else:
            _kobo_media(path, submissions, media, extract_to, problems)
        return layout, submissions
    raise TableError(key="unknown_type", file=where)


def read_submissions(path: str | Path, *, form_id: str | None = None,
                     extract_to: Path, media: Path | None = None) -> SubmissionFile:
    """Read an ODK Central or KoboToolbox export; attachments go under ``extract_to``.

    ``form_id`` chooses the form of an ODK zip that holds several (and names the form
    of a Kobo export, which does not say it). A Kobo export names its photos only: they
    are taken from ``media`` (a folder or zip of KoboToolbox's attachments download),
    else from a folder or zip beside the export named ``<export stem>_attachments``,
    ``<export stem>-media``, ``attachments`` or ``media``, in any sub-folders (a file
    in a folder named after the submission's ``_uuid`` or ``_id`` is preferred).
    Nothing raises: a file that cannot be read gives no submissions and a fatal
    problem."""
    path = Path(path)
    problems: list[SubmissionProblem] = []
    try:
        layout, submissions = _read(path, form_id, Path(extract_to),
                                    Path(media) if media is not None else None, problems)
    except TableError as exc:
        problems.append(SubmissionProblem(exc.params.get("file", path.name), exc.key,
                                          exc.params))
        return SubmissionFile([], None, problems)
    except ArchiveRefused as exc:
        problems.append(SubmissionProblem(path.name, "archive_refused",
                                          {"reason": as_message(exc)}))
        return SubmissionFile([], None, problems)
    except (zipfile.BadZipFile, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        problems.append(SubmissionProblem(path.name, "unreadable",
                                          {"file": path.name, "reason": reason}))
        return SubmissionFile([], None, problems)
    return SubmissionFile(submissions, layout, problems)
