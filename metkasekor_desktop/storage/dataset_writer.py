"""Write a whole generated data set (the demo) into a new project in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from metkasekor_desktop.storage.project import Project

# Order matters: every record is written after the records it refers to.
_ORDER = ("farmers", "seasons", "providers", "plots", "plans", "trials", "soil_samples",
          "yields", "events", "targets")


def write_dataset(path: str | Path, dataset: Any) -> Path:
    """Create a project at ``path`` holding every entity list of ``dataset``.

    ``dataset`` has lists named like the project's repositories (farmers, plots, ...)
    and ``practices``, the catalogue; entities keep their pre-assigned ids.
    """
    catalogue = list(getattr(dataset, "practices", None) or []) or None
    project = Project.create(path, catalogue=catalogue)
    try:
        with project.transaction() as conn:
            for name in _ORDER:
                items = list(getattr(dataset, name, None) or [])
                if items:
                    getattr(project, name).add_many(items, conn=conn)
    except BaseException:
        project.close()
        for p in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        raise
    project.close()
    return Path(path)
