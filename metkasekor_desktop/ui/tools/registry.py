"""The one registry of map tools: exactly one is active at a time."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QActionGroup

from metkasekor_desktop.ui.tools.base import MapTool


class ToolRegistry(QObject):
    """Holds the tools and their exclusive action group; announces the active tool."""

    active_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tools: dict[str, MapTool] = {}
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.active: MapTool | None = None

    def add(self, tool: MapTool) -> MapTool:
        self._tools[tool.name] = tool
        self.group.addAction(tool.action)
        tool.action.triggered.connect(lambda _=False, t=tool: self.activate(t.name))
        return tool

    def tool(self, name: str) -> MapTool:
        return self._tools[name]

    def tools(self) -> list[MapTool]:
        return list(self._tools.values())

    def activate(self, name: str) -> None:
        tool = self._tools[name]
        if tool is self.active:
            tool.action.setChecked(True)
            return
        if self.active is not None:
            self.active.deactivate()
        self.active = tool
        tool.activate()
        self.active_changed.emit(tool)
