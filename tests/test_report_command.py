"""`metkasekor-desktop report`: the season report from the command line, and its
refusals (one line that says what to do, nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from metkasekor_desktop.app import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-cmd") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


def test_report_of_the_latest_season_with_plans_done(demo: Path, tmp_path: Path, capsys):
    out = tmp_path / "report.pdf"
    assert main(["report", str(demo), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.strip() == (f"{out}: the season report of 2024 early wet; its tables are "
                            "in report.xlsx")
    assert out.read_bytes().startswith(b"%PDF") and (tmp_path / "report.xlsx").exists()


def test_report_of_a_named_season_in_khmer(demo: Path, tmp_path: Path, capsys):
    out = tmp_path / "km.pdf"
    assert main(["report", str(demo), "--season", "2023 main wet", "--language", "km",
                 "--out", str(out)]) == 0
    assert "2023 main wet" in capsys.readouterr().out
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "km.xlsx", read_only=True)
    assert book.sheetnames[0] == "សេចក្តីសង្ខេប"
    book.close()
    main(["report", str(demo), "--out", str(tmp_path / "en.pdf")])  # English again after
    book = openpyxl.load_workbook(tmp_path / "en.xlsx", read_only=True)
    assert book.sheetnames[0] == "Summary"
    book.close()


@pytest.mark.parametrize("args, words", [
    (["--season", "2031 dry"], "no season named '2031 dry' in demo.gpkg; known seasons: "
                               "2022 early wet"),
    (["--threshold", "16"], "--threshold is a share of the target population between 0 and 1"),
])
def test_refusals_name_the_way_forward(demo: Path, tmp_path: Path, capsys, args, words):
    out = tmp_path / "report.pdf"
    assert main(["report", str(demo), "--out", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("metkasekor-desktop: error: ") and words in err
    assert list(tmp_path.iterdir()) == []


def test_a_report_must_be_a_pdf(demo: Path, tmp_path: Path, capsys):
    assert main(["report", str(demo), "--out", str(tmp_path / "report.docx")]) == 1
    assert "name it with .pdf" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
