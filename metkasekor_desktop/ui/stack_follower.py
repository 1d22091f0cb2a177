"""Panels that follow the project's changes but read again only what concerns them, and
only while visible."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from metkasekor_desktop.domain.changes import ALL_KINDS, ChangeSet


def hears(listens: frozenset[str] | tuple[str, ...], changes: ChangeSet | None) -> bool:
    """Whether a view showing records of ``listens`` must read again after ``changes``
    (None: an unnamed change, always). Plots added or removed concern every view that
    lists plots' records."""
    if changes is None or changes.everything:
        return True
    return changes.touches(*listens) or bool(changes.added or changes.removed)


class RefreshWhenShown:
    """Mixin for a QWidget panel with a ``refresh()``, connected to the undo stack's
    ``applied`` ChangeSets: a change of the kinds in ``listens`` makes a visible panel
    read again; a hidden one only notes it and reads when shown."""

    _stale = False
    listens: frozenset[str] | tuple[str, ...] = ALL_KINDS

    def _stack_changed(self, changes: ChangeSet | None = None) -> None:
        if not hears(self.listens, changes if isinstance(changes, ChangeSet) else None):
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]
