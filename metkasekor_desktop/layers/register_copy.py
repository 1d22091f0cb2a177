"""Publishing an office's project into the shared register, and writing a province of
the register out as an office project: the register copy (``storage.project_copy``)
with the opening, closing and clean-up around it, for the command line and the window.
"""

from __future__ import annotations

from pathlib import Path

from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.domain.register_copy import CopyReport
from metkasekor_desktop.io.replacing import replacing
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.project import is_register_target
from metkasekor_desktop.storage.project_copy import copy_register


def publish(source: str | Path, register: str, *, province: str | None = None,
            password: str | None = None, dry_run: bool = False) -> CopyReport:
    """Copy every plot and record of the project file ``source`` (those of ``province``
    when given) into the shared register at the URL ``register``: all of it, or (on any
    clash, or ``dry_run``) nothing; the report says what was added, found, and what
    clashed."""
    if not is_register_target(register):
        raise ProjectError(msg("'{register}' is not a shared register's address: publish "
                               "into a postgresql://user@host/database URL.",
                               register=register))
    with Project.open_any(source) as office, Project.open_any(register, password) as shared:
        return copy_register(office, shared, province=province, write=not dry_run)


def export_project(source: str | Path, out: Path, *, province: str | None = None,
                   password: str | None = None) -> tuple[Path, CopyReport]:
    """A complete office project at ``out`` (a new .gpkg) holding the register's plots
    of ``province`` (every plot when None) with their farmers, plans, trials, samples,
    yields, events and extra attributes, and the whole catalogue. Written under a
    temporary name and moved into place when complete."""
    if out.suffix.lower() != ".gpkg":
        out = out / f"{_stem(source)}{'_' + province if province else ''}.gpkg"
    if out.exists():
        raise ProjectError(msg("A file named {name} already exists in {folder}; choose "
                               "another name or remove it first.", name=out.name,
                               folder=str(out.parent)))
    with Project.open_any(source, password) as register, \
            replacing(out, suffix=".gpkg") as temp:
        office = Project.create(temp, catalogue=[])  # the register's catalogue is copied
        try:
            report = copy_register(register, office, province=province)
        finally:
            office.close()
        if not report.written:  # a new file has nothing to clash with: never expected
            first = report.clashes[0].message(msg("the register"), out.name)
            raise ProjectError(msg("{name} was not written: {reason}.", name=out.name,
                                   reason=as_message(first)))
    return out, report


def _stem(source: str | Path) -> str:
    if is_register_target(source):
        return str(source).rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0] or "register"
    return Path(source).stem
