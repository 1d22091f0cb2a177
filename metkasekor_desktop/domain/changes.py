"""What one step changed in the register: the message every view of the project hears.

A commit, an undo, a redo or a change seen from another program is announced as one
ChangeSet. Views update only what it names: the plots table re-reads the named rows,
a panel of farmers listens for ``"farmers"``, the map draws again only when what it
draws changed. Plain data, so that storage (changes seen in the file, later a sync),
the commands and the window all speak it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# Kinds of records, as the project's repositories name them.
PLOTS = "plots"
RECORD_KINDS = ("farmers", "providers", "practices", "seasons", "plans", "events",
                "soil_samples", "yields", "trials", "targets")
ALL_KINDS = frozenset((PLOTS, *RECORD_KINDS))


def _ids(values: Iterable[int]) -> frozenset[int]:
    return frozenset(int(v) for v in values)


@dataclass(frozen=True)
class ChangeSet:
    """Plot ids added, changed and removed; record kinds and seasons touched.

    ``style`` says whether what the map draws may have changed (a boundary, a role,
    a plan of the season the map colours by); ``everything`` that the whole project must
    be read again (another project opened, or a change whose extent is unknown).
    """

    added: frozenset[int] = field(default_factory=frozenset)
    changed: frozenset[int] = field(default_factory=frozenset)
    removed: frozenset[int] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    seasons: frozenset[int] = field(default_factory=frozenset)
    style: bool = False
    everything: bool = False

    @classmethod
    def of_plots(cls, added: Iterable[int] = (), changed: Iterable[int] = (),
                 removed: Iterable[int] = (), kinds: Iterable[str] = (),
                 seasons: Iterable[int] = (), style: bool = True) -> ChangeSet:
        added, changed, removed = _ids(added), _ids(changed), _ids(removed)
        plots = frozenset({PLOTS}) if added or changed or removed else frozenset()
        return cls(added, changed - added - removed, removed, plots | frozenset(kinds),
                   _ids(seasons), style)

    @classmethod
    def of_records(cls, kinds: Iterable[str], seasons: Iterable[int] = (),
                   style: bool = False) -> ChangeSet:
        return cls(kinds=frozenset(kinds), seasons=_ids(seasons), style=style)

    @classmethod
    def whole(cls) -> ChangeSet:
        """Read everything again."""
        return cls(kinds=ALL_KINDS, style=True, everything=True)

    @property
    def plots(self) -> frozenset[int]:
        """Every plot id named (added, changed or removed)."""
        return self.added | self.changed | self.removed

    @property
    def empty(self) -> bool:
        return not (self.plots or self.kinds or self.seasons or self.style or self.everything)

    def touches(self, *kinds: str) -> bool:
        """True when records of any of ``kinds`` (or everything) changed."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def touches_plots(self, ids: Iterable[int]) -> bool:
        """True when any of the plots ``ids`` was added, changed or removed."""
        return self.everything or not self.plots.isdisjoint(_ids(ids))

    def __or__(self, other: ChangeSet) -> ChangeSet:
        """Both steps' changes, as one (a plot added then changed is still added; one
        added then removed is gone)."""
        added = (self.added - other.removed) | other.added
        removed = (self.removed - other.added) | (other.removed - self.added)
        changed = (self.changed | other.changed) - added - removed
        return ChangeSet(added, changed, removed, self.kinds | other.kinds,
                         self.seasons | other.seasons, self.style or other.style,
                         self.everything or other.everything)


NOTHING = ChangeSet()

__all__ = ["ALL_KINDS", "NOTHING", "PLOTS", "RECORD_KINDS", "ChangeSet"]
