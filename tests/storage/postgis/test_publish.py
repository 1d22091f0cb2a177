"""Publishing an office project into the shared register and writing a province back out
as an office project, on the real server, through the commands officers type."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from metkasekor_desktop.app import main
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.postgis.local_server import LocalServer
from metkasekor_desktop.storage.postgis.register import add_user_to_register

from ..register_tables import register_tables
from ..test_project_copy import office_project


def _codes(project: Project, province: str | None = None) -> set[str]:
    return {p.code for p in project.plots.list()
            if province is None or (p.village_code or "")[:2] == province}


def test_publish_then_export_a_province_round_trips(
        tmp_path: Path, register_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url]) == 0
    assert "added 49 farmers, 9 seasons, 7 service providers, 120 plots" in \
        capsys.readouterr().out
    with Project.open(office) as source, Project.connect(register_url) as shared:
        assert register_tables(shared) == register_tables(source)
        codes = _codes(source, "02")
        expected = register_tables(source, plot_codes=codes)
    out = tmp_path / "p02.gpkg"
    assert main(["export", register_url, "--format", "project", "--province", "02",
                 "--out", str(out)]) == 0
    assert "office project of province 02" in capsys.readouterr().out
    with Project.open(out) as copy:  # opens as a project the window opens
        assert _codes(copy) == codes
        mine = register_tables(copy)
    for table in ("plots", "plot_season_plans", "plan_practices", "trial_members",
                  "soil_samples", "yield_records", "plot_extra_attributes",
                  "plot_raster_stats", "seasons", "practices", "providers"):
        if table == "plots":  # a pair in another province is not in the office's copy
            strip = lambda rows: {tuple(x for x in r if x[0] != "paired_plot_id")  # noqa: E731
                                  for r in rows}
            assert strip(mine[table]) == strip(expected[table])
        else:
            assert mine[table] == expected[table], table
    assert main(["publish", str(office), register_url]) == 0
    assert "added nothing" in capsys.readouterr().out


def test_a_dry_run_says_what_would_be_added_and_writes_nothing(
        tmp_path: Path, register_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url, "--dry-run"]) == 0
    assert "would add 49 farmers" in capsys.readouterr().out
    with Project.connect(register_url) as shared:
        assert shared.plots.list() == []


def test_clashes_are_listed_and_nothing_is_written(
        tmp_path: Path, register_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url]) == 0
    with Project.connect(register_url) as shared:
        plot = shared.plots.list()[3]
        plot.geometry = shapely.affinity.translate(plot.geometry, 0.002, 0)
        shared.plots.update(plot)
        count = len(shared.plots.list())
    with Project.open(office) as source:
        new = source.plots.list()[0]
        new.id = new.version = None
        new.code, new.paired_plot_id = "BTB-NEW-0001", None
        source.plots.add(new)
    capsys.readouterr()
    assert main(["publish", str(office), register_url]) == 1
    err = capsys.readouterr().err
    assert f"clash: plot {plot.code}: the boundary differs (" in err
    assert "1 clashes between office.gpkg and the register: nothing was published" in err
    with Project.connect(register_url) as shared:
        assert len(shared.plots.list()) == count  # not even the new plot


def test_a_provincial_officer_publishes_only_its_province(
        tmp_path: Path, pg_server: LocalServer, register_db: str, register_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url]) == 0  # national: the catalogue
    for code, province in (("p02", "02"), ("p03", "03")):
        add_user_to_register(register_url, f"pub_{code}_{register_db}", "provincial",
                             [province])
    with Project.open(office) as source:
        plot = next(p for p in source.plots.list() if (p.village_code or "")[:2] == "02")
        plot.id = plot.version = None
        plot.code, plot.paired_plot_id = "BTB-NEW-0002", None
        source.plots.add(plot)

    def as_user(code: str) -> str:
        return f"postgresql://pub_{code}_{register_db}@/{register_db}?host={pg_server.socket_dir}"

    capsys.readouterr()
    assert main(["publish", str(office), as_user("p02")]) == 1  # every province's plots
    assert "add --province CODE" in capsys.readouterr().err
    assert main(["publish", str(office), as_user("p03"), "--province", "02"]) == 1
    assert "only write plots (and their records) of its own provinces" in \
        capsys.readouterr().err
    with Project.connect(register_url) as shared:
        assert "BTB-NEW-0002" not in _codes(shared)
    # rows by INSERT, not COPY, under row-level security
    assert main(["publish", str(office), as_user("p02"), "--province", "02"]) == 0
    assert "added 1 plot;" in capsys.readouterr().out
    with Project.connect(register_url) as shared:
        assert "BTB-NEW-0002" in _codes(shared)



def test_a_code_taken_while_the_publish_runs_is_worded_and_nothing_is_written(
        tmp_path: Path, register_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Edits go on beside a publish: an officer who stores a plot with one of the
    office's codes between the publish's check and its write makes it refuse, whole."""
    from metkasekor_desktop.storage import project_copy

    from ..conftest import make_plot

    office = office_project(tmp_path)
    with Project.open(office) as source:
        taken = source.plots.list()[5].code
    write = project_copy._Plan.write

    def meanwhile(plan: project_copy._Plan) -> None:
        with Project.connect(register_url) as officer:
            officer.plots.add(make_plot(taken, x=104.5, y=13.5))
        write(plan)

    monkeypatch.setattr(project_copy._Plan, "write", meanwhile)
    assert main(["publish", str(office), register_url]) == 1
    err = capsys.readouterr().err
    assert "While this copy ran, another user stored a row it would clash with" in err
    assert "Nothing was written" in err
    with Project.connect(register_url) as shared:
        assert [p.code for p in shared.plots.list()] == [taken]  # the officer's only
