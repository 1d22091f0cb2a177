"""Offline copies for the command line and the window: make one from the shared register,
synchronise it, list and decide its conflicts; the opening, closing and clean-up around
``storage.sync_copy`` and ``storage.sync_engine``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.register_copy import CopyReport
from metkasekor_desktop.io.replacing import replacing
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.project import is_register_target, public_url
from metkasekor_desktop.storage.sync_copy import conflicts, decide, make_copy, origin_of
from metkasekor_desktop.storage.sync_engine import Hook, SyncReport, sync
from metkasekor_desktop.storage.sync_state import Conflict


def checkout(register: str, out: Path, *, area: str | None = None,
             password: str | None = None) -> tuple[Path, CopyReport]:
    """A new offline copy at ``out`` (a .gpkg) of the register's plots of ``area`` (a
    province's 2 digits or a district's 4; everything when None) with all their records
    and the catalogue. Written under a temporary name and moved into place when whole."""
    if not is_register_target(register):
        raise ProjectError(msg("'{register}' is not a shared register's address: give a "
                               "postgresql://user@host/database URL.", register=register))
    if out.suffix.lower() != ".gpkg":
        if not out.suffix:
            raise ProjectError(msg("An offline copy is a GeoPackage: name it with .gpkg, "
                                   "not without a suffix ({name}).", name=out.name))
        raise ProjectError(msg("An offline copy is a GeoPackage: name it with .gpkg, not "
                               "{suffix} ({name}).", suffix=out.suffix, name=out.name))
    if out.exists():
        raise ProjectError(msg("A file named {name} already exists in {folder}; choose "
                               "another name or remove it first.", name=out.name,
                               folder=str(out.parent)))
    with Project.open_any(register, password) as shared, \
            replacing(out, suffix=".gpkg") as temp:
        office = Project.create(temp, catalogue=[])  # the register's catalogue is copied
        try:
            report = make_copy(shared, office, public_url(register), area)
        finally:
            office.close()
    return out, report


def synchronise(copy: Path, *, password: str | None = None,
                hook: Hook | None = None) -> SyncReport:
    """Pull what the register changed, push what the copy changed; see
    ``storage.sync_engine``. Safe to run again after any interruption."""
    with Project.open_any(copy) as office:
        origin = origin_of(office)
        with Project.open_any(origin, password) as shared:
            return sync(office, shared, hook)


def copy_conflicts(copy: Path) -> list[Conflict]:
    with Project.open_any(copy) as office:
        origin_of(office)
        return conflicts(office)


def decide_conflict(copy: Path, conflict_id: int, keep: str, value: Any = None) -> None:
    with Project.open_any(copy) as office:
        decide(office, conflict_id, keep, value)
