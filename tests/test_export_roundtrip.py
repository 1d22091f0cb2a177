"""Our own exports imported again: the same plots, with the same farmers, come back.

They are exported with ``--personal``: without it the farmers' names and the plot
outlines are left out, and there would be nothing to restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.storage import Project

FORMATS = ["shp", "gpkg", "geojson", "kml", "kmz"]


def _register(path: Path) -> tuple[dict[str, tuple], int, set[str]]:
    """Per plot code: name, farmer names, village, role, notes; the farmer count; extras."""
    with Project.open(path) as project:
        farmers = {f.id: f for f in project.farmers.list()}
        plots = project.plots.list()
        out = {}
        for plot in plots:
            farmer = farmers.get(plot.farmer_id)
            out[plot.code] = (plot.name, farmer.name_kh if farmer else None,
                              farmer.name_latin if farmer else None, plot.village_code,
                              str(plot.role), plot.notes)
        import numpy as np

        extras = set(project.plot_extras.columns(np.array([p.id for p in plots]), None))
        return out, len(farmers), extras


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "30"]) == 0
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_imported_into_a_new_project_restores_the_plots(
        demo: Path, tmp_path: Path, fmt: str, capsys) -> None:
    assert main(["export", str(demo), "--out", str(tmp_path / "out"), "--format", fmt,
                 "--personal"]) == 0
    exported = next((tmp_path / "out").iterdir())
    new = tmp_path / "new.gpkg"
    Project.create(new).close()
    assert main(["import", str(new), str(exported)]) == 0
    want, farmers, _ = _register(demo)
    got, new_farmers, extras = _register(new)
    assert got == want
    assert new_farmers == farmers  # found by name, not one per plot
    bookkeeping = {"fid", "area_ha", "created_at", "modified_at", "mk_version",
                   "mk_edited_by", "mk_edited_at", "farmer_id", "created", "modified"}
    assert not extras & bookkeeping
    assert "Name" not in extras and "Description" not in extras


def test_export_says_which_crs_each_format_is_written_in(demo: Path, tmp_path: Path,
                                                           capsys) -> None:
    assert main(["export", str(demo), "--out", str(tmp_path), "--format", "geojson",
                 "--crs", "32648"]) == 0
    line = capsys.readouterr().out
    assert "EPSG:4326" in line and "EPSG:32648" not in line
    assert main(["export", str(demo), "--out", str(tmp_path / "p.zip"), "--format", "gpkg",
                 "--format", "kml", "--crs", "32648"]) == 0
    assert "EPSG:32648; kml in EPSG:4326" in capsys.readouterr().out


@pytest.mark.parametrize("unzipped", [False, True])
def test_a_long_khmer_note_comes_back_whole_from_a_shapefile(
        demo: Path, tmp_path: Path, unzipped: bool, capsys) -> None:
    import shutil
    import zipfile

    source = tmp_path / "source.gpkg"
    shutil.copyfile(demo, source)
    note = ("ដីល្អណាស់ សម្រាប់ដាំពោត " * 20)[:400]  # 400 characters, over 1,000 bytes
    assert len(note) == 400 and len(note.encode("utf-8")) > 254
    with Project.open(source) as project:
        plot = sorted(project.plots.list(), key=lambda p: p.code)[3]
        plot.notes = note
        project.plots.update(plot)
        code = plot.code
    assert main(["export", str(source), "--out", str(tmp_path / "out"), "--format",
                 "shp", "--personal"]) == 0
    exported = next((tmp_path / "out").iterdir())
    with zipfile.ZipFile(exported) as zf:
        assert "plots_long_text.csv" in zf.namelist()  # the DBF holds a shortened note
        if unzipped:
            zf.extractall(tmp_path / "unzipped")
            exported = tmp_path / "unzipped" / "plots.shp"
    new = tmp_path / "new.gpkg"
    Project.create(new).close()
    assert main(["import", str(new), str(exported)]) == 0
    with Project.open(new) as project:
        assert project.plots.by_code(code).notes == note
    want, _, _ = _register(source)
    got, _, _ = _register(new)
    assert got == want
