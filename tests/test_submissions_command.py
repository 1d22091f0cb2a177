"""``metkasekor-desktop submissions PROJECT FILE``: the review printed, then written."""

from __future__ import annotations

from pathlib import Path

import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.field_forms import SEASON_FIELD
from metkasekor_desktop.storage import Project
from tests.layers.test_submission_import import SEASON, forms_of, odk_zip


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "40"]) == 0
    return path


def test_dry_run_then_import(demo: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo) as project:
        spec = forms_of(project)["mk_crop_cut"]
        code = project.plots.list()[0].code
        before = project.yields.count()
    cut = {SEASON_FIELD: SEASON, "plot": code, "crop": "rice", "harvest_date": "2024-07-30",
           "sample_area_m2": "10", "moisture_pct": "14", "fresh_weight_kg": "5"}
    file = odk_zip(tmp_path / "cuts.zip", spec, [
        {"_id": "a-1", **cut}, {"_id": "a-2", **cut, "plot": "NOPE-1"}])
    capsys.readouterr()
    assert main(["submissions", str(demo), str(file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "a-2" in out and "plot: unknown plot code NOPE-1" in out
    assert "would write 1 yield records" in out and "1 refused" in out
    with Project.open(demo) as project:
        assert project.yields.count() == before
    assert main(["submissions", str(demo), str(file)]) == 0
    assert "wrote 1 yield records" in capsys.readouterr().out
    assert main(["submissions", str(demo), str(file)]) == 0
    out = capsys.readouterr().out
    assert "wrote nothing" in out and "1 already imported, 1 refused" in out
    with Project.open(demo) as project:
        assert project.yields.count() == before + 1


def test_a_file_that_cannot_be_read_exits_1(demo: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"nope")
    assert main(["submissions", str(demo), str(bad)]) == 1
    assert "error" in capsys.readouterr().err
