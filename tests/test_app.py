"""The command line: demo, export, help, and one clear line for every error."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pyogrio
import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.storage import Project


def test_demo_makes_a_project_and_an_elevation_raster(tmp_path: Path, capsys):
    out = tmp_path / "demo.gpkg"
    assert main(["demo", str(out), "--plots", "40", "--seed", "3"]) == 0
    assert out.exists() and (tmp_path / "demo-elevation.tif").exists()
    assert not list(tmp_path.glob("*.part*"))
    with Project.open(out) as project:
        assert project.plots.count() == 40
    assert "40 plots" in capsys.readouterr().out


def test_demo_refuses_to_overwrite_without_force(tmp_path: Path, capsys):
    out = tmp_path / "demo.gpkg"
    out.write_bytes(b"keep me")
    assert main(["demo", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "exists already" in err
    assert out.read_bytes() == b"keep me"


def test_demo_takes_up_to_a_million_plots(tmp_path: Path, capsys):
    out = tmp_path / "demo.gpkg"
    assert main(["demo", str(out), "--plots", "1000001"]) == 1
    assert "at most 1000000" in capsys.readouterr().err
    assert not out.exists()


def test_export_writes_a_zipped_utf8_shapefile(tmp_path: Path):
    project = tmp_path / "p.gpkg"
    assert main(["demo", str(project), "--plots", "30"]) == 0
    assert main(["export", str(project), "--format", "shp", "--out", str(tmp_path / "out"),
                 "--personal"]) == 0  # the names are written only when asked for
    zipped = tmp_path / "out" / "p_plots.zip"
    names = zipfile.ZipFile(zipped).namelist()
    assert {Path(n).suffix for n in names} >= {".shp", ".shx", ".dbf", ".prj", ".cpg"}
    cpg = next(n for n in names if n.endswith(".cpg"))
    assert zipfile.ZipFile(zipped).read(cpg).decode().strip().upper() in {"UTF-8", "UTF8"}
    shp = next(n for n in names if n.endswith(".shp"))
    frame = pyogrio.read_dataframe(f"/vsizip/{zipped}/{shp}")
    assert len(frame) == 30
    assert frame.crs.to_epsg() == 4326
    with Project.open(project) as p:
        table = p.plots.load_table()
    khmer = {str(n) for n in table.farmer_names_kh if n}
    exported = set(frame[[c for c in frame.columns if c.startswith("farmer_kh")][0]])
    assert khmer and khmer <= exported


def test_export_of_a_missing_project_is_one_line_and_non_zero(tmp_path: Path, capsys):
    code = main(["export", str(tmp_path / "nope.gpkg"), "--out", str(tmp_path)])
    assert code != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("metkasekor-desktop: error:") and "\n" not in err
    assert "nope.gpkg" in err


@pytest.mark.parametrize("args", [["--help"], ["demo", "--help"], ["export", "--help"]])
def test_help_everywhere(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_module_entry_point_and_no_display_message(tmp_path: Path):
    env = {"PATH": "", "HOME": str(tmp_path)}
    if sys.platform.startswith("linux"):
        result = subprocess.run([sys.executable, "-m", "metkasekor_desktop"], env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 2
        assert "No display found" in result.stderr and "xvfb-run" in result.stderr
        assert result.stderr.strip().count("\n") == 0
    result = subprocess.run([sys.executable, "-m", "metkasekor_desktop", "--version"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "metkasekor-desktop" in result.stdout


def test_render_draws_the_map_into_png_and_pdf(tmp_path: Path, capsys):
    from PySide6.QtGui import QImage

    project = tmp_path / "p.gpkg"
    assert main(["demo", str(project), "--plots", "40"]) == 0
    png = tmp_path / "map.png"
    assert main(["render", str(project), "--out", str(png), "--size", "800x500",
                 "--style", "practice", "--season", "2024 main wet",
                 "--raster", str(tmp_path / "p-elevation.tif"), "--extent", "0207",
                 "--title", "ស្រុករតនមណ្ឌល"]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (800, 500)
    colours = {image.pixelColor(x, y).rgb() for x in range(0, 800, 7) for y in range(60, 500, 7)}
    assert len(colours) > 50, "the elevation ramp and the plots are drawn"
    pdf = tmp_path / "map.pdf"
    assert main(["render", str(project), "--out", str(pdf), "--page", "A3"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_render_colours_plots_by_provider(tmp_path: Path):
    from PySide6.QtGui import QImage

    from metkasekor_desktop.layers.styles import PROVIDER_COLOURS

    project = tmp_path / "p.gpkg"
    assert main(["demo", str(project), "--plots", "40"]) == 0
    png = tmp_path / "market.png"
    assert main(["render", str(project), "--out", str(png), "--size", "900x600",
                 "--style", "provider", "--season", "2024 early wet"]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (900, 600)
    pixels = {image.pixelColor(x, y).getRgb()[:3] for x in range(0, 900, 3)
              for y in range(0, 600, 3)}

    def near(rgb, colour) -> bool:
        return all(abs(a - b) <= 40 for a, b in zip(rgb, colour, strict=True))

    # The first two provider colours (the demo's two no-till services) are on the map
    # and in its legend; the third is not (no third provider served in that season).
    for colour in PROVIDER_COLOURS[:2]:
        assert any(near(p, colour) for p in pixels), colour
    assert not any(near(p, PROVIDER_COLOURS[2]) for p in pixels)


@pytest.mark.parametrize("args,message", [
    (["--extent", "9999"], "district 9999"),
    (["--extent", "somewhere"], "4-digit district code"),
    (["--style", "crop", "--season", "2031 dry"], "no season '2031 dry'"),
    (["--size", "big"], "WIDTHxHEIGHT"),
])
def test_render_refusals_are_one_line(tmp_path: Path, capsys, args, message):
    project = tmp_path / "p.gpkg"
    assert main(["demo", str(project), "--plots", "20"]) == 0
    capsys.readouterr()
    out = tmp_path / "map.png"
    assert main(["render", str(project), "--out", str(out), *args]) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err
    assert not out.exists()
