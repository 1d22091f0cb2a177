"""Remembered state: window layout, last project and recent files (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class AppSettings:
    """Thin typed access to the application's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings()

    def recent_projects(self) -> list[Path]:
        value = self.qsettings.value("projects/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if p]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [p for p in self.recent_projects() if p != path]
        items.insert(0, path)
        self.qsettings.setValue("projects/recent", [str(p) for p in items[:MAX_RECENT]])
        self.qsettings.setValue("projects/last", str(path))

    def remove_recent(self, path: Path) -> None:
        items = [p for p in self.recent_projects() if p != Path(path).resolve()]
        self.qsettings.setValue("projects/recent", [str(p) for p in items])

    def last_project(self) -> Path | None:
        value = self.qsettings.value("projects/last", "")
        return Path(value) if value else None

    def last_directory(self) -> str:
        last = self.last_project()
        return str(last.parent) if last else str(Path.home())
