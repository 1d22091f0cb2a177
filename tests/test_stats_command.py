"""`metkasekor-desktop stats`: trial comparisons of a project as a table or CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from metkasekor_desktop.analysis.trial_comparisons import CSV_FIELDS
from metkasekor_desktop.app import main
from metkasekor_desktop.storage import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stats") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "60"]) == 0
    return path


@pytest.fixture(scope="module")
def names(demo: Path) -> tuple[list[str], list[str]]:
    with Project.open(demo) as project:
        trials = [t.name for t in project.trials.list()]
        harvested = {y.season_id for y in project.yields.list()}
        seasons = [s.name for s in project.seasons.list() if s.id in harvested]
    return trials, seasons


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_table_prints_ca_minus_fp_yield_for_each_season(demo, names, capsys):
    capsys.readouterr()
    assert main(["stats", str(demo), "--format", "csv"]) == 0
    rows = _csv(capsys.readouterr().out)
    assert main(["stats", str(demo)]) == 0
    text = capsys.readouterr().out
    trials, seasons = names
    for trial in trials:
        assert f"Trial: {trial}" in text
    yield_rows = [r for r in rows if r["measure"].startswith("Yield")]
    assert {r["season"] for r in yield_rows} == set(seasons)
    lines = text.splitlines()
    for r in yield_rows:
        if r["mean_difference"]:
            diff = f"{float(r['mean_difference']):.3f}"
            assert any(line.startswith(r["season"]) and r["measure"] in line and diff in line
                       for line in lines), (r["season"], r["measure"], diff)


def test_csv_parses_with_a_header_and_consistent_figures(demo, capsys):
    capsys.readouterr()
    assert main(["stats", str(demo), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    header = next(csv.reader(io.StringIO(out)))
    assert tuple(header) == CSV_FIELDS
    rows = _csv(out)
    maize = [r for r in rows if r["measure"] == "Yield maize"]
    assert maize and all(int(r["n_pairs"]) >= 2 for r in maize)
    for r in maize:
        diff = float(r["mean_demo"]) - float(r["mean_control"])
        assert float(r["mean_difference"]) == pytest.approx(diff, rel=1e-4, abs=1e-5)
        assert float(r["ci_low"]) < float(r["mean_difference"]) < float(r["ci_high"])
        assert 0.0 <= float(r["p_value"]) <= 1.0


def test_filters_by_trial_and_season(demo, names, capsys):
    trials, seasons = names
    capsys.readouterr()
    assert main(["stats", str(demo), "--format", "csv", "--trial", trials[0],
                 "--season", seasons[-1]]) == 0
    rows = _csv(capsys.readouterr().out)
    assert rows
    assert {r["trial"] for r in rows} == {trials[0]}
    assert {r["season"] for r in rows} == {seasons[-1]}


@pytest.mark.parametrize("option", ["--trial", "--season"])
def test_unknown_name_is_one_line_listing_the_known_ones(demo, names, option, capsys):
    capsys.readouterr()
    assert main(["stats", str(demo), option, "No such thing"]) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert "\n" not in err and err.startswith("metkasekor-desktop: error:")
    assert "No such thing" in err
    known = names[0][0] if option == "--trial" else names[1][0]
    assert known in err
    assert captured.out == ""


def test_missing_project_is_one_line(tmp_path: Path, capsys):
    assert main(["stats", str(tmp_path / "nope.gpkg")]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and err.startswith("metkasekor-desktop: error:")


def test_help_names_the_options(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["stats", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "--trial" in out and "--season" in out and "--format" in out
