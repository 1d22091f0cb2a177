"""Exports work in temporary folders that the start-up cleanup recognises as ours."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from metkasekor_desktop.io import partner_package, shapefile_export
from metkasekor_desktop.io.temp_files import _NAME, remove_leftover_temp_folders

from .test_shapefile_export import sample_plots


def _spy_folders(monkeypatch, module, name: str) -> list[Path]:
    seen: list[Path] = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        seen.append(Path(next(a for a in args if isinstance(a, Path) and a.is_dir())))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return seen


def test_export_temp_folders_are_named_for_the_start_up_cleanup(tmp_path, monkeypatch):
    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    shp_folders = _spy_folders(monkeypatch, shapefile_export, "_write")
    package_folders = _spy_folders(monkeypatch, partner_package, "_write_format")
    plots = sample_plots()
    shapefile_export.write_shapefile_zip(plots, tmp_path / "plots.zip")
    partner_package.write_partner_package(tmp_path / "package.zip", plots, [],
                                          ["gpkg", "csv"])
    folders = shp_folders + package_folders
    assert len(shp_folders) == 1 and len(package_folders) == 2
    for folder in folders:
        assert folder.parent == temp
        assert _NAME.match(folder.name) and folder.name.startswith(
            f"metkasekor-export-{os.getpid()}-")
        assert not folder.exists()  # removed when the export ended
    assert list(temp.iterdir()) == []


def test_a_leftover_export_folder_of_a_dead_process_is_removed(tmp_path):
    dead = tmp_path / "metkasekor-export-999999999-abc123"
    dead.mkdir()
    os.utime(dead, (1, 1))
    assert remove_leftover_temp_folders(tmp_path) == [dead]
