"""The commands take a shared register's connection URL wherever they take a project
file: ``export URL``, ``stats URL`` (on a real PostgreSQL/PostGIS server)."""

from __future__ import annotations

from pathlib import Path

import pytest

from metkasekor_desktop.app import _command_parser, _window_parser, main
from metkasekor_desktop.storage import Project, public_url
from tests.storage.conftest import make_plot


@pytest.fixture
def register(register_url: str) -> str:
    """A register with three plots, made through the repositories."""
    with Project.connect(register_url) as project:
        for n in range(3):
            project.plots.add(make_plot(f"KCH-RG-{n:04d}", x=103.0 + n * 0.01, y=13.0))
    return register_url


def test_a_url_stays_text_and_a_path_becomes_a_path() -> None:
    url = "postgresql://sok@db.example.org/register?sslmode=require"
    assert _window_parser().parse_args([url]).project == url
    assert _window_parser().parse_args(["a.gpkg"]).project == Path("a.gpkg")
    args = _command_parser().parse_args(["export", "postgres://u@h/reg", "--out", "x"])
    assert args.project == "postgres://u@h/reg"
    assert _command_parser().parse_args(["stats", "p.gpkg"]).project == Path("p.gpkg")


def test_export_of_a_register_is_refused_in_one_line_for_now(register: str, tmp_path: Path,
                                                            capsys) -> None:
    # The exports read the GeoPackage's SQL; until they read PostGIS, a clear refusal.
    assert main(["export", register, "--format", "gpkg", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("metkasekor-desktop: error: Exporting plots from the shared "
                          "register") and err.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_render_of_a_register_by_url(register: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "map.png"
    assert main(["render", register, "--out", str(out), "--size", "320x200"]) == 0
    assert out.stat().st_size > 0
    assert "3 plots" in capsys.readouterr().out


def test_stats_of_a_register_by_url(register: str, capsys) -> None:
    assert main(["stats", register]) == 0
    assert "no trial results to compare" in capsys.readouterr().out
    assert main(["stats", register, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("trial,")


def test_an_unreachable_register_is_one_line(tmp_path: Path, capsys) -> None:
    url = f"postgresql://nobody:secret@/nothing?host={tmp_path}"
    assert main(["stats", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("metkasekor-desktop: error: ") and "cannot be reached" in err
    assert "secret" not in err
    assert "secret" not in public_url(url) and "//nobody@/nothing?" in public_url(url)
