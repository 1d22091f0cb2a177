"""Panels that follow the undo stack but read the project again only while visible."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mixin for a QWidget panel with a ``refresh()``: every edit (even a vertex drag)
    changes the stack, so a hidden panel only notes it and reads again when shown."""

    _stale = False

    def _stack_changed(self, _stack: Any = None) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]
