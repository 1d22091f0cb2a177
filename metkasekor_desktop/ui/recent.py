"""Remembered state: window layout, last project and recent files (QSettings).

A recent shared register is remembered by its connection URL without a password (the
password stays in the user's .pgpass, or is asked for again)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from metkasekor_desktop.storage import ProjectError, is_register_target, public_url

MAX_RECENT = 8


class AppSettings:
    """Thin typed access to the application's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings()

    def recent_projects(self) -> list[Path | str]:
        """Recent project files (paths) and registers (URLs without a password)."""
        value = self.qsettings.value("projects/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [_entry(p) for p in items if p]

    def add_recent(self, target: Path | str) -> None:
        entry = _entry(target)
        items = [p for p in self.recent_projects() if p != entry]
        items.insert(0, entry)
        self.qsettings.setValue("projects/recent", [str(p) for p in items[:MAX_RECENT]])
        self.qsettings.setValue("projects/last", str(entry))

    def remove_recent(self, target: Path | str) -> None:
        entry = _entry(target)
        items = [p for p in self.recent_projects() if p != entry]
        self.qsettings.setValue("projects/recent", [str(p) for p in items])

    def last_project(self) -> Path | str | None:
        value = self.qsettings.value("projects/last", "")
        return _entry(value) if value else None

    def last_directory(self) -> str:
        last = self.last_project()
        return str(last.parent) if isinstance(last, Path) else str(Path.home())

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

    def export_worded_headers(self) -> bool:
        """Whether the last export headed its CSV and Excel tables with words (off at
        first: the field names)."""
        return _flag(self.qsettings.value("export/worded_headers", False))

    def set_export_worded_headers(self, on: bool) -> None:
        self.qsettings.setValue("export/worded_headers", bool(on))

    def export_personal(self) -> bool:
        """Whether the last export included personal data (farmers' names, phones, plot
        outlines); off at first: left out."""
        return _flag(self.qsettings.value("export/personal", False))

    def set_export_personal(self, on: bool) -> None:
        self.qsettings.setValue("export/personal", bool(on))


def _flag(value: object) -> bool:
    """A remembered on/off choice (QSettings may give it back as text)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _entry(target: object) -> Path | str:
    """A remembered project: a resolved file path, or a register's URL with its
    password taken out (a password is never written into the settings)."""
    text = str(target)
    if is_register_target(text):
        try:
            return public_url(text.strip())
        except ProjectError:  # an unreadable URL: at least no "user:password@"
            return re.sub(r"(://[^/@:]*):[^/@]*@", r"\1@", text.strip())
    return Path(text).resolve() if isinstance(target, Path) else Path(text)
