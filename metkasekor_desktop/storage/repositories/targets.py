"""Target populations: the farm households of each area code, one row per area.

Single rows are added, changed and deleted like every other record (each write checks
the version it read). An imported table replaces the whole set (or the part of it in
the user's provinces) in one transaction: rows of codes no longer given are deleted,
changed figures updated, new codes added, and rows that stay the same are not written,
so their versions and the register's history only show what changed.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, delete, select, update

from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.target_population import (
    TargetPopulation,
    households_or_none,
    normalise_area_code,
)
from metkasekor_desktop.storage.repositories.base import Repository
from metkasekor_desktop.storage.schema import T


@dataclass(frozen=True)
class ReplaceOutcome:
    """What :meth:`TargetRepository.replace_all` changed: area codes added, updated (a
    new figure or source) and deleted, and how many stayed as they were."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted)


class TargetRepository(Repository[TargetPopulation]):
    table = T["target_populations"]
    noun = msg("target population")
    unique_field = "area_code"

    def _to_row(self, t: TargetPopulation) -> dict[str, Any]:
        return {"area_code": t.area_code, "households": float(t.households),
                "source": t.source}

    def _from_row(self, r: Row) -> TargetPopulation:
        return TargetPopulation(id=r.id, area_code=r.area_code,
                                households=float(r.households), source=r.source or "")

    def label(self, entity: TargetPopulation) -> str:
        return entity.area_code

    def _duplicate_message(self, entity: TargetPopulation | None, detail: str) -> str:
        if entity is None:
            return msg("The area of that code has a target population already; change that "
                       "one instead of adding another.")
        return msg("The area {code} has a target population already; change that one "
                   "instead of adding another.", code=entity.area_code)

    # -- reading -----------------------------------------------------------------------
    def list(self, conn: Connection | None = None) -> builtins.list[TargetPopulation]:
        """Every target population, by area code."""
        with self._read(conn) as c:
            rows = c.execute(select(self.table).order_by(self.table.c.area_code)).all()
            return [self._set_version(self._from_row(r), r) for r in rows]

    def as_dict(self, conn: Connection | None = None) -> dict[str, float]:
        """Households by area code, what the adoption and diffusion analyses take."""
        t = self.table
        with self._read(conn) as c:
            return {str(code): float(n) for code, n in c.execute(
                select(t.c.area_code, t.c.households).order_by(t.c.area_code))}

    def by_code(self, area_code: str, conn: Connection | None = None
                ) -> TargetPopulation | None:
        code = normalise_area_code(area_code)
        with self._read(conn) as c:
            row = c.execute(select(self.table).where(self.table.c.area_code == code)).first()
            return None if row is None else self._set_version(self._from_row(row), row)

    # -- replacing the whole set -------------------------------------------------------
    def replace_all(self, mapping: Mapping[str, float], source: str = "",
                    conn: Connection | None = None, *,
                    within: Iterable[str] | None = None,
                    expected_versions: Mapping[str, int] | None = None) -> ReplaceOutcome:
        """Make the stored set exactly ``mapping`` (area code -> households, each with
        ``source``) in one transaction; nothing is written when any value is refused.

        ``within``: code prefixes (e.g. the user's province codes) that limit the set
        replaced: stored rows outside them stay, and codes of ``mapping`` outside them
        are refused. ``expected_versions``: area code -> the version read; a stored row
        that changed since is not overwritten (ConflictError)."""
        wanted = self._checked(mapping)
        prefixes = tuple(normalise_area_code(p) for p in within) if within is not None \
            else None
        if prefixes is not None:
            outside = [c for c in wanted if not c.startswith(prefixes)]
            if outside:
                raise ValidationError(field="area_code", message=msg(
                    "The area {code} is outside {within}; the table may only hold areas "
                    "there.", code=outside[0], within=", ".join(prefixes)))
        source = " ".join(str(source or "").split())
        t = self.table
        with self._tx(conn) as c:
            # Locked as read (FOR UPDATE on a register): nobody changes them meanwhile.
            statement = select(t.c.id, t.c.area_code, t.c.households, t.c.source,
                               t.c.mk_version).with_for_update()
            stored = {str(r.area_code): r for r in c.execute(statement)
                      if prefixes is None or str(r.area_code).startswith(prefixes)}
            for code, version in (expected_versions or {}).items():
                row = stored.get(code)
                if row is not None and int(row.mk_version) != int(version):
                    raise self.conflict(c, int(row.id), code)
            deleted = sorted(set(stored) - set(wanted))
            added = sorted(set(wanted) - set(stored))
            updated = sorted(code for code in set(wanted) & set(stored)
                             if float(stored[code].households) != wanted[code]
                             or (stored[code].source or "") != source)
            if deleted:
                ids = [int(stored[code].id) for code in deleted]
                for start in range(0, len(ids), 30000):
                    c.execute(delete(t).where(t.c.id.in_(ids[start:start + 30000])))
            for code in updated:
                c.execute(update(t).where(t.c.id == stored[code].id)
                          .values(households=wanted[code], source=source))
            if added:
                self.add_many([TargetPopulation(area_code=code, households=wanted[code],
                                                source=source) for code in added], conn=c)
            elif deleted or updated:
                self.backend.touch(c, t.name)
        return ReplaceOutcome(tuple(added), tuple(updated), tuple(deleted),
                              len(wanted) - len(added) - len(updated))

    @staticmethod
    def _checked(mapping: Mapping[str, float]) -> dict[str, float]:
        """The mapping with its codes as stored and its households as numbers; a
        ValidationError at the first bad or repeated code or figure."""
        out: dict[str, float] = {}
        for given, value in mapping.items():
            code = normalise_area_code(given)
            households = households_or_none(value)
            if households is None:
                raise ValidationError(field="households", message=msg(
                    "The households of {code} must be a number above 0, not {value!r}.",
                    code=code, value=value))
            if code in out:
                raise ValidationError(field="area_code", message=msg(
                    "The area {code} is given twice.", code=code))

            out[code] = households
        return out
