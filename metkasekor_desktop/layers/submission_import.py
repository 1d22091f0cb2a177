"""Importing phone submissions (ODK Central, KoboToolbox) into the project.

:class:`SubmissionImport` reads an export (``io.submissions``), reviews it against the
project (``domain.submission_review``) and writes every accepted submission in one
transaction: a plot visit updates (or makes) the plot's plan of the season, a crop cut
is a yield record, a soil sample a soil sample, an extension event an event with its
plots, a new plot a plot with its farmer (found by name and village, or added). Each
submission is recorded in ``field_submissions``, so that importing the same file again,
or a later export that still holds it, adds nothing. Photos are copied beside the
project file, in ``<project stem>_media/<form>/<instance>/``, only once the transaction
has committed (each to a temporary name first, then renamed).

:meth:`SubmissionImport.write` writes inside the caller's transaction and says in
:class:`SubmissionChanges` what it added and what it changed, so that the import can be
undone exactly (``layers.submission_command.ImportSubmissions``).
"""

from __future__ import annotations

import copy
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.domain.submission_review import (
    Accepted,
    PlotInfo,
    ReviewRegister,
    SubmissionReview,
    VisitUpdate,
    form_of,
    review_submissions,
)
from metkasekor_desktop.domain.submission_values import name_key
from metkasekor_desktop.io.form_csv import parse_geoshape
from metkasekor_desktop.io.submissions import SubmissionFile, read_submissions
from metkasekor_desktop.io.temp_files import make_temp_dir
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.repositories.submissions import (
    MediaRow,
    SubmissionRow,
    plans_by_ids,
)

KINDS = ("plans", "yields", "soil_samples", "events", "plots", "farmers")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class SubmissionChanges:
    """What one import wrote, to undo it exactly: the ids of the records it added by
    kind (``plans`` the plans it made), the plans it changed as they were before (with
    the versions read), the version of every record it wrote as its write left it
    (``(table, id) -> version``), the seasons touched, and the instance ids of the
    submissions it recorded (their ``field_submissions`` and ``record_media`` rows)."""

    added: dict[str, list[int]] = field(default_factory=lambda: {k: [] for k in KINDS})
    changed_plans: list[PlotSeasonPlan] = field(default_factory=list)
    versions: dict[tuple[str, int], int] = field(default_factory=dict)
    seasons: set[int] = field(default_factory=set)
    instance_ids: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.instance_ids and not self.changed_plans and \
            not any(self.added.values())


@dataclass
class SubmissionResult:
    """What a commit wrote: records by kind (``plans`` counts the plans updated or
    made, ``farmers`` the farmers added for new plots), the submissions skipped as
    already imported, those refused, and the media files copied; ``changes`` what an
    undo takes back, ``copies`` the photos still to copy once the transaction has
    committed (:func:`copy_media`)."""

    written: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    known: int = 0
    refused: int = 0
    media: int = 0
    changes: SubmissionChanges = field(default_factory=SubmissionChanges)
    copies: list[tuple[Path, Path]] = field(default_factory=list, repr=False)


def _safe(part: str) -> str:
    return _UNSAFE.sub("_", part).strip("._") or "_"


class SubmissionImport:
    """One export file to import into ``project``; ``form_id`` chooses the form of an
    ODK zip that holds several (and names the form of a Kobo export)."""

    def __init__(self, project: Project, path: Path, form_id: str | None = None) -> None:
        self.project = project
        self.path = Path(path)
        self.form_id = form_id
        self._file: SubmissionFile | None = None
        self._folder: Path | None = None

    # -- reading and review ------------------------------------------------------------
    def read(self) -> SubmissionFile:
        """The file's submissions (read once; attachments extracted to a temporary
        folder removed by :meth:`close`)."""
        if self._file is None:
            self._folder = make_temp_dir("submissions")
            self._file = read_submissions(self.path, form_id=self.form_id,
                                          extract_to=self._folder)
        return self._file

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
            self._file = None

    def __enter__(self) -> SubmissionImport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def register(self, conn: Any = None) -> ReviewRegister:
        """The register as the review needs it, read in one transaction."""
        submissions = self.read().submissions
        new_plots = any(form_of(s) == "mk_new_plot" for s in submissions)
        p = self.project
        with p.reading() if conn is None else _same(conn) as c:
            table = p.plots.load_table(c)
            plots = {str(code): PlotInfo(int(i), v if v else None, str(r))
                     for i, code, v, r in zip(table.ids.tolist(), table.codes.tolist(),
                                              table.village_codes.tolist(),
                                              table.roles.tolist(), strict=True)}
            farmers: dict[tuple[str, str | None], int] = {}
            if new_plots:
                for f in p.farmers.list(c):
                    for name in (f.name_kh, f.name_latin):
                        if name and f.id is not None:
                            farmers.setdefault((name_key(name), f.village_code), f.id)
            return ReviewRegister(
                plots=plots,
                practices={x.key: x for x in p.practices.list(c)},
                providers={x.id: x for x in p.providers.list(c) if x.id is not None},
                seasons=p.seasons.list(c),
                farmers=farmers,
                known_ids=p.submissions.known_ids(c),
                plot_codes=[str(x) for x in table.codes.tolist()] if new_plots else [],
                geometries=table.geometries if new_plots else None,
                parse_shape=parse_geoshape)

    def review(self) -> SubmissionReview:
        """Every submission checked against the project as it is now; nothing written."""
        return review_submissions(self.read().submissions, self.register())

    # -- writing -----------------------------------------------------------------------
    def commit(self) -> SubmissionResult:
        """Write every accepted submission in one transaction, then copy the media."""
        with self.project.transaction() as conn:
            result = self.write(conn)
        copy_media(result)
        return result

    def write(self, conn: Any) -> SubmissionResult:
        """Review the file against the project as ``conn`` sees it and write every
        accepted submission in that transaction; the photos are copied afterwards, by
        :func:`copy_media` once it has committed."""
        review = review_submissions(self.read().submissions, self.register(conn))
        result = SubmissionResult(known=review.known, refused=review.refused)
        already = self.project.submissions.known_among(
            [a.instance_id for a in review.accepted], conn)
        items = [a for a in review.accepted if a.instance_id not in already]
        result.known += len(review.accepted) - len(items)
        record_ids = self._write(items, conn, result)
        now = datetime.now(UTC).replace(microsecond=0)
        self.project.submissions.add_many([
            SubmissionRow(a.instance_id, a.form_id, a.submitted_at, a.submitter, now,
                          a.record_table, record_ids.get(id(a))) for a in items], conn)
        media = self._media_rows(items, record_ids, result.copies)
        self.project.submissions.add_media(media, conn)
        result.changes.instance_ids = [a.instance_id for a in items]
        self._note_versions(result.changes, conn)
        return result

    def _note_versions(self, changes: SubmissionChanges, conn: Any) -> None:
        """The version each written record is at now (what an undo expects)."""
        p = self.project
        changed = [int(pl.id) for pl in changes.changed_plans if pl.id is not None]
        for kind in KINDS:
            ids = [*changes.added[kind], *(changed if kind == "plans" else [])]
            if not ids:
                continue
            repo = getattr(p, kind)
            for record_id, version in repo.stored_versions(conn, ids).items():
                changes.versions[(repo.table.name, int(record_id))] = int(version)

    def _write(self, items: list[Accepted], conn: Any, result: SubmissionResult
               ) -> dict[int, int]:
        """Write the records; the record id of each accepted submission (by its id())."""
        p = self.project
        changes = result.changes
        ids: dict[int, int] = {}
        by_kind: dict[str, list[Accepted]] = {}
        for a in items:
            by_kind.setdefault(a.kind, []).append(a)
        new_plots = by_kind.get("plots", [])
        farmers: list[Farmer] = []
        for a in new_plots:
            if a.farmer is not None and a.farmer.id is None and \
                    not any(f is a.farmer for f in farmers):
                farmers.append(a.farmer)
        p.farmers.add_many(farmers, conn)
        result.written["farmers"] = len(farmers)
        changes.added["farmers"] = [int(f.id) for f in farmers if f.id is not None]
        for a in new_plots:
            plot: Plot = a.record
            plot.farmer_id = a.farmer.id if a.farmer is not None else None
        p.plots.add_many([a.record for a in new_plots], conn)
        result.written["plots"] = len(new_plots)
        for kind, repo in (("yields", p.yields), ("soil_samples", p.soil_samples),
                           ("events", p.events)):
            records = by_kind.get(kind, [])
            repo.add_many([a.record for a in records], conn)
            result.written[kind] = len(records)
        for a in [*new_plots, *by_kind.get("yields", []), *by_kind.get("soil_samples", []),
                  *by_kind.get("events", [])]:
            ids[id(a)] = int(a.record.id)
            changes.added[a.kind].append(int(a.record.id))
            season = getattr(a.record, "season_id", None)
            if season is not None:
                changes.seasons.add(int(season))
        visits = by_kind.get("plans", [])
        plans = self._write_visits(visits, conn, changes)
        for a in visits:
            v: VisitUpdate = a.record
            ids[id(a)] = int(plans[(v.plot_id, v.season_id)].id or 0)
        changes.seasons.update(int(season) for _plot, season in plans)
        result.written["plans"] = len(plans)
        return ids

    def _write_visits(self, visits: list[Accepted], conn: Any,
                      changes: SubmissionChanges | None = None
                      ) -> dict[tuple[int, int], PlotSeasonPlan]:
        """Each visit applied, in the order the phones sent them, to the plan of its
        plot and season; plans stored with one add_many and an update each."""
        plans_repo = self.project.plans
        pairs = {(a.record.plot_id, a.record.season_id) for a in visits}
        stored = plans_repo.ids_for(pairs, conn)
        plans: dict[tuple[int, int], PlotSeasonPlan] = {
            (pl.plot_id, pl.season_id): pl
            for pl in plans_by_ids(plans_repo, list(stored.values()), conn).values()}
        if changes is not None:  # as they were: what an undo puts back
            changes.changed_plans = [copy.deepcopy(pl) for pl in plans.values()]
        made: list[PlotSeasonPlan] = []
        order = sorted(visits, key=lambda a: (a.submitted_at is None,
                                              a.submitted_at or datetime.min.replace(tzinfo=UTC)))
        for a in order:
            v: VisitUpdate = a.record
            plan = plans.get((v.plot_id, v.season_id))
            if plan is None:
                plan = PlotSeasonPlan(plot_id=v.plot_id, season_id=v.season_id,
                                      planned_date=v.visit_date)
                plans[(v.plot_id, v.season_id)] = plan
                made.append(plan)
            _apply_visit(plan, v)
        plans_repo.add_many(made, conn)
        if changes is not None:
            changes.added["plans"] = [int(m.id) for m in made if m.id is not None]
        for plan in plans.values():
            if plan.id is not None and not any(plan is m for m in made):
                plans_repo.update(plan, conn)
        return plans

    def media_folder(self) -> Path | None:
        """The folder the photos go to (None: a register has no folder of its own)."""
        if self.project.is_register:
            return None
        return self.project.path.parent / f"{self.project.path.stem}_media"

    def _media_rows(self, items: list[Accepted], record_ids: dict[int, int],
                    copies: list[tuple[Path, Path]]) -> list[MediaRow]:
        folder = self.media_folder()
        if folder is None:
            return []
        rows = []
        for a in items:
            for name, source in sorted(a.media.items()):
                parts = (_safe(a.form_id), _safe(a.instance_id), _safe(Path(name).name))
                relative = "/".join((folder.name, *parts))
                rows.append(MediaRow(a.record_table, record_ids[id(a)], Path(name).name,
                                     relative, a.instance_id))
                copies.append((source, folder.joinpath(*parts)))
        return rows


def _same(conn: Any) -> Any:
    from contextlib import nullcontext

    return nullcontext(conn)


def _apply_visit(plan: PlotSeasonPlan, v: VisitUpdate) -> None:
    """A visit's answers over the plan: its status, the done date and the practices
    done (a practice already planned keeps its details; provider and date are the
    phone's when it gave them)."""
    plan.status = v.status
    if v.done_date is not None:
        plan.done_date = v.done_date
    by_id: dict[int, PlannedPractice] = {pp.practice_id: pp for pp in plan.practices}
    for done in v.practices:
        current = by_id.get(done.practice_id)
        if current is None:
            plan.practices.append(done)
            by_id[done.practice_id] = done
            continue
        if done.provider_id is not None:
            current.provider_id = done.provider_id
        if done.details.sowing_date is not None:
            current.details.sowing_date = done.details.sowing_date
    note = v.notes.strip()
    if note and note not in plan.notes:
        plan.notes = f"{plan.notes}\n{note}".strip()


def copy_media(result: SubmissionResult) -> int:
    """Copy the photos of a committed write (once: the list is emptied); the count is
    added to ``result.media``."""
    copies, result.copies = result.copies, []
    done = _copy_all(copies)
    result.media += done
    return done


def _copy_all(copies: list[tuple[Path, Path]],
              copy: Callable[[Path, Path], Any] = shutil.copyfile) -> int:
    """Copy each file to a temporary name beside its target, then rename it: a crash
    leaves no half-written photo under the final name."""
    done = 0
    for source, target in copies:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.part")
        copy(source, partial)
        os.replace(partial, target)
        done += 1
    return done
