"""What the window's controllers may use of the main window, and nothing more.

The controllers (editing, files, map layers, registers, trials, the file watch) are
made by the main window and given it as a ``WindowServices``: the open project's session,
the map canvas, the plots table, the docks and the status bar. They do not import the
main window, nor each other: what one controller must tell another goes through the
session (its change stream, its season, ``stop_editing``), so the window is the only
place that knows them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QStatusBar, QWidget

    from metkasekor_desktop.layers.layer_list import LayerList
    from metkasekor_desktop.layers.session import ProjectSession
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.ui.banner import Banner
    from metkasekor_desktop.ui.layers_dock import LayersPanel
    from metkasekor_desktop.ui.map_canvas import MapCanvas
    from metkasekor_desktop.ui.overlaps_panel import OverlapsPanel
    from metkasekor_desktop.ui.plots_table import PlotsTableWidget
    from metkasekor_desktop.ui.problems_panel import ProblemsPanel
    from metkasekor_desktop.ui.recent import AppSettings
    from metkasekor_desktop.ui.tools.registry import ToolRegistry


class WindowServices(Protocol):
    """The main window as its controllers see it (it is also their Qt parent)."""

    settings: AppSettings
    project: Project | None
    session: ProjectSession | None
    canvas: MapCanvas
    layers: LayerList
    tools: ToolRegistry
    plots: PlotsTableWidget
    banner: Banner
    layers_panel: LayersPanel
    identify_dock: QDockWidget
    overlaps_panel: OverlapsPanel
    overlaps_dock: QDockWidget
    problems_panel: ProblemsPanel
    problems_dock: QDockWidget

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def add_dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea,
                 *args: Any, **kwargs: Any) -> QDockWidget: ...

    def tabifyDockWidget(self, first: QDockWidget,  # noqa: N802 - Qt's name
                         second: QDockWidget) -> None: ...

    def open_project(self, path: Any, password: str | None = None) -> bool: ...

    def save_as(self) -> None: ...


__all__ = ["WindowServices"]
