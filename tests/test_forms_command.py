"""`metkasekor-desktop forms`: the phone forms of a project's season, every one converted
by pyxform, with the lists they read; and its refusals."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.enums import PracticeKind
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.storage import Project

FORMS = ("plot_visit", "crop_cut", "soil_sample", "extension_event", "new_plot")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("forms-cmd") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "60"]) == 0
    return path


def _versions(out: str) -> dict[str, str]:
    return {line.split("form ")[1].split()[0]: line.split("version ")[1].split(";")[0]
            for line in out.splitlines() if " form mk_" in line}


@pytest.mark.parametrize("language", ["both", "en", "km"])
def test_forms_of_the_demo_project(demo: Path, tmp_path: Path, capsys, language: str):
    out = tmp_path / "forms"
    assert main(["forms", str(demo), "--season", "2024 early wet", "--out", str(out),
                 "--language", language]) == 0
    said = capsys.readouterr()
    assert said.err == ""  # no pyxform warning
    for name in FORMS:
        assert f"{out / name}.xlsx: " in said.out or f"{out / name}.xlsx៖ " in said.out
        if language != "km":  # with --language km the command speaks Khmer
            assert f"{out / name}.xlsx: form mk_{name} version " in said.out
        assert (out / f"{name}.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert "plots.csv, districts.csv, communes.csv, villages.csv" in said.out


def test_plots_csv_lists_every_plot_with_its_place(demo: Path, tmp_path: Path, capsys):
    out = tmp_path / "forms"
    assert main(["forms", str(demo), "--season", "2024 early wet", "--out", str(out)]) == 0
    with Project.open(demo) as project:
        table = project.plots.load_table()
    rows = list(csv.DictReader((out / "plots.csv").open(encoding="utf-8")))
    assert sorted(r["name"] for r in rows) == sorted(str(c) for c in table.codes)
    by_code = {r["name"]: r for r in rows}
    for code, village in zip(table.codes, table.village_codes, strict=True):
        row = by_code[str(code)]
        assert (row["district"], row["commune"], row["village"]) == (
            village[:4], village[:6], village)
    villages = {r["name"]: r for r in csv.DictReader((out / "villages.csv").open(
        encoding="utf-8"))}
    assert {str(v) for v in table.village_codes} <= set(villages)
    communes = {r["name"] for r in csv.DictReader((out / "communes.csv").open(
        encoding="utf-8"))}
    assert {v["commune"] for v in villages.values()} <= communes


def test_version_changes_when_a_practice_is_added(demo: Path, tmp_path: Path, capsys):
    copy = tmp_path / "copy.gpkg"
    with Project.open(demo) as project:
        project.backup_to(copy)
    args = ["--season", "2024 early wet", "--out", str(tmp_path / "forms")]
    assert main(["forms", str(copy), *args]) == 0
    first = _versions(capsys.readouterr().out)
    assert main(["forms", str(copy), *args]) == 0
    assert _versions(capsys.readouterr().out) == first
    with Project.open(copy) as project:
        project.practices.add(Practice(key="mulching", name_en="Mulching",
                                       name_kh="ការគ្របដី", kind=PracticeKind.RESIDUE_RETENTION))
    assert main(["forms", str(copy), *args]) == 0
    second = _versions(capsys.readouterr().out)
    assert set(second) == set(first) and all(second[k] != first[k] for k in first)


def test_an_unknown_season_is_refused_naming_the_known(demo: Path, tmp_path: Path, capsys):
    out = tmp_path / "forms"
    assert main(["forms", str(demo), "--season", "2025 early wet", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no season named '2025 early wet'" in err
    assert "known seasons: 2022 early wet" in err and "2024 dry" in err
    assert not out.exists()


def test_an_unwritable_folder_is_refused(demo: Path, tmp_path: Path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for out in (blocker, blocker / "forms"):
        assert main(["forms", str(demo), "--season", "2024 early wet", "--out",
                     str(out)]) == 1
        err = capsys.readouterr().err
        assert str(blocker) in err and ("folder" in err), err
