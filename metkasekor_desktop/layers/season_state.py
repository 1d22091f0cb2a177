"""The season the window works in: plans, map styles and tables follow one choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from metkasekor_desktop.layers.events import Event
from metkasekor_desktop.storage import plot_attributes

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project


class CurrentSeason:
    """Holds the chosen season id; ``changed`` is emitted with the new id (or None)."""

    def __init__(self, season_id: int | None = None) -> None:
        self.season_id = season_id
        self.changed = Event()

    def set(self, season_id: int | None) -> None:
        """Choose a season; listeners hear of it only when it really changes."""
        new = None if season_id is None else int(season_id)
        if new == self.season_id:
            return
        self.season_id = new
        self.changed.emit(new)


def default_season(project: Project) -> int | None:
    """The season to show first: the latest with plans (or the latest; None without)."""
    return plot_attributes.latest_season_id(project)


__all__ = ["CurrentSeason", "default_season"]
