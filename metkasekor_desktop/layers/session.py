"""The open project as one object: what a window (or a test, or a script) works on.

A :class:`ProjectSession` owns the project, its plot layer, the undo stack, the plot
editor and the season the views show. After every commit, undo and redo, and whenever
another program's change is seen in the file, it emits one ``changed(ChangeSet)``
naming the plots added, changed and removed and the kinds of records and seasons
touched; views update only what it names. Plain Python: no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from metkasekor_desktop.domain.changes import ChangeSet
from metkasekor_desktop.layers.edit_commands import EditContext
from metkasekor_desktop.layers.events import Event
from metkasekor_desktop.layers.plot_editor import EditSettings, PlotEditor
from metkasekor_desktop.layers.season_state import CurrentSeason, default_season
from metkasekor_desktop.layers.undo_stack import UndoStack

if TYPE_CHECKING:
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.storage.backend import ChangeWatcher, ExternalChanges
    from metkasekor_desktop.storage.project import Project

# The tables another program may change, and the kind of record each one holds.
_TABLE_KINDS = {
    "plots": "plots", "plot_extra_attributes": "plots", "plot_raster_stats": "plots",
    "farmers": "farmers", "providers": "providers", "practices": "practices",
    "seasons": "seasons", "plot_season_plans": "plans", "plan_practices": "plans",
    "extension_events": "events", "event_plots": "events", "soil_samples": "soil_samples",
    "yield_records": "yields", "trials": "trials", "trial_members": "trials",
    "trial_seasons": "trials", "target_populations": "targets",
}


class ProjectSession:
    """One open project; see the module docstring.

    ``season`` is the season the map, the tables and the panels show (its ``changed``
    event says when the officer picks another). ``changed`` is emitted with a ChangeSet
    after the layer already shows the change, so a view reading the layer or the
    project then sees it. It is the stack's ``applied`` event: a view given only the
    undo stack it pushes commands on hears every change too, its own and others'.
    """

    def __init__(self, project: Project, layer: PlotLayer, map_epsg: int,
                 settings: EditSettings | None = None, *, watch: bool = True,
                 season: CurrentSeason | None = None) -> None:
        self.project = project
        self.layer = layer
        self.map_epsg = int(map_epsg)
        self.context = EditContext(project, layer, self.map_epsg)
        self.stack = UndoStack(self.context)
        self.editor = PlotEditor(project, layer, self.stack, self.map_epsg,
                                 settings or EditSettings())
        # A window keeps one season choice across projects (its selector shows it).
        self.season = season if season is not None else CurrentSeason()
        self.season.set(default_season(project))
        self.changed: Event = self.stack.applied
        self.stopped = Event()  # editing stopped (the file went from under the window)
        self.editing_stopped = False
        self._watch: ChangeWatcher | None = None
        if watch and not project.read_only:
            try:
                self._watch = project.watch_changes()
            except Exception:  # noqa: BLE001 - a watch is a help, never a reason to fail
                self._watch = None
        self.changed.connect(self._acknowledge)  # first: before any view reads

    # --- the change stream --------------------------------------------------------------
    def _acknowledge(self, _changes: ChangeSet) -> None:
        """Our own write is shown: look for other programs' from here on."""
        if self._watch is not None:
            self._watch.acknowledge()

    def announce(self, changes: ChangeSet) -> None:
        """Tell the views of a change made outside the undo stack (a new style read,
        a season renamed by a dialog that wrote through a repository)."""
        if not changes.empty:
            self.changed.emit(changes)

    def look_outside(self, force: bool = False) -> ChangeSet | None:
        """Another program's commits since the last look: its plots are read again into
        the layer and the change announced. None when nothing changed (one PRAGMA).
        ``force`` announces everything even when nothing was seen (after a conflict,
        the views show the project as it is stored)."""
        found = self._watch.poll(self.layer.table.ids, self.layer.table.versions) \
            if self._watch is not None else None
        if found is None:
            if force:
                changes = ChangeSet.whole()
                self.changed.emit(changes)
                return changes
            return None
        changes = self._take(found)
        if force:
            changes = changes | ChangeSet.whole()
        self.changed.emit(changes)
        return changes

    def _take(self, found: ExternalChanges) -> ChangeSet:
        plots = found.plots_changed | found.plots_removed
        shown = self.context.shown(plots)
        if plots:
            self.context.refresh(plots, added=found.plots_changed - shown)
        kinds = {_TABLE_KINDS[t] for t in found.tables if t in _TABLE_KINDS}
        # Plans changed elsewhere may change any season's colours: seasons unknown.
        return ChangeSet.of_plots(added=found.plots_changed - shown,
                                  changed=found.plots_changed & shown,
                                  removed=found.plots_removed, kinds=kinds,
                                  style=bool(plots) or "plans" in kinds or "events" in kinds)

    def stop_editing(self) -> None:
        """No more edits (the project file was moved, deleted or replaced while open):
        the views that edit listen to ``stopped``."""
        if not self.editing_stopped:
            self.editing_stopped = True
            self.stopped.emit()

    # --- state --------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """Nothing can be written: a read-only file, or editing stopped."""
        return bool(self.project.read_only) or self.editing_stopped

    @property
    def season_id(self) -> int | None:
        return self.season.season_id

    def close(self) -> None:
        """Stop watching and close the project (the session is not used afterwards)."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.changed.disconnect(self._acknowledge)
        self.project.close()


__all__ = ["ProjectSession"]
