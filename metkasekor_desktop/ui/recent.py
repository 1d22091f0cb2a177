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

    def folder(self, kind: str) -> str:
        """The folder last used for ``kind`` ("import", "export"), else the project's."""
        value = self.qsettings.value(f"folders/{kind}", "")
        return str(value) if value and Path(str(value)).is_dir() else self.last_directory()

    def set_folder(self, kind: str, path: str | Path) -> None:
        """Remember the folder of ``path`` (a file or a folder) for ``kind``."""
        path = Path(path)
        self.qsettings.setValue(f"folders/{kind}", str(path if path.is_dir() else path.parent))

    def export_choices(self) -> tuple[list[str], int]:
        """The formats and EPSG code of the last export (Shapefile in WGS 84 at first)."""
        formats = self.qsettings.value("export/formats", ["shp"])
        formats = [formats] if isinstance(formats, str) else list(formats or ["shp"])
        try:
            epsg = int(self.qsettings.value("export/epsg", 4326))
        except (TypeError, ValueError):
            epsg = 4326
        return formats, epsg

    def set_export_choices(self, formats: list[str], epsg: int) -> None:
        self.qsettings.setValue("export/formats", list(formats))
        self.qsettings.setValue("export/epsg", int(epsg))
