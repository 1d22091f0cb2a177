"""The season report: a PDF whose every section is there (its text read back with
pdfium), in English and in Khmer, reproducible, never half written; its tables as XLSX."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.app import main
from metkasekor_desktop.layers.season_report import (
    SeasonReportCancelled,
    SeasonReportError,
    write_season_report,
)
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.language import install_translators, remove_translators

SECTIONS_EN = ["Season report: 2024 early wet", "Summary", "The season's plots by practice",
               "Adoption by district", "Adoption by practice", "Adopting farmers by sex",
               "Early adopters and followers", "Diffusion and the tipping point",
               "The service market", "Services by provider", "Trial results",
               "Extension events"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


def _season_id(path: Path, name: str = "2024 early wet") -> int:
    with sqlite3.connect(path) as con:
        return int(con.execute("SELECT id FROM seasons WHERE name = ?", (name,)).fetchone()[0])


def _write(demo: Path, out: Path, language: str = "en", **kwargs):
    project = Project.open(demo)
    try:
        return write_season_report(project, _season_id(demo), out, language=language,
                                   **kwargs)
    finally:
        project.close()


def pdf_pages(path: Path) -> list[str]:
    """The text of every page."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def english(demo: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("en") / "report.pdf"
    files = _write(demo, out)
    return files, pdf_pages(out)


def test_every_section_is_in_the_pdf(english):
    files, pages = english
    assert files.pdf.read_bytes().startswith(b"%PDF")
    text = _flat(" ".join(pages))
    for section in SECTIONS_EN:
        assert section in text, section
    assert len(pages) >= 6
    # the districts of the demo, by name, and the page numbers of print
    for district in ("Rotaknak Mundul", "Sampov Lun", "Rovieng"):
        assert district in text
    assert _flat(pages[0]).startswith("Season report: 2024 early wet")


def test_summary_says_the_adoption_counted_in_sql(demo: Path, english):
    _files, pages = english
    with sqlite3.connect(demo) as con:
        farmers, plots = con.execute("""
            SELECT count(DISTINCT p.farmer_id), count(DISTINCT p.fid) FROM plots p
            JOIN plot_season_plans s ON s.plot_id = p.fid
            JOIN plan_practices pp ON pp.plan_id = s.id
            JOIN practices pr ON pr.id = pp.practice_id
            JOIN seasons se ON se.id = s.season_id
            WHERE se.name = '2024 early wet' AND s.status = 'done' AND pr.is_ca
              AND p.role = 'farmer_field'""").fetchone()
        women, men = con.execute("""
            SELECT coalesce(sum(women), 0), coalesce(sum(men), 0) FROM extension_events e
            JOIN seasons se ON se.name = '2024 early wet'
            WHERE e.event_date BETWEEN se.start_date AND se.end_date""").fetchone()
    summary = _flat(pages[0])
    assert f"{farmers} farmers (" in summary and f"adopted CA on {plots} plots" in summary
    assert f"with {women} women and {men} men attending" in summary


def test_the_workbook_beside_holds_the_same_tables(english):
    files, _pages = english
    assert files.xlsx == files.pdf.with_suffix(".xlsx") and files.xlsx.exists()
    book = openpyxl.load_workbook(files.xlsx, read_only=True)
    names = book.sheetnames
    for sheet in ("Adoption by district", "Adoption by practice", "The service market",
                  "Trial results", "Extension events"):
        assert sheet in names, names
    rows = list(book["Adoption by district"].iter_rows(values_only=True))
    assert rows[0][:2] == ("Code", "District")
    assert "Share of target (%)" in rows[0]
    assert {r[1] for r in rows[1:]} == {"Rotaknak Mundul", "Sampov Lun", "Rovieng"}
    book.close()


def test_the_same_project_gives_the_same_report(demo: Path, tmp_path: Path):
    """Byte for byte, run after run of the command (dates are the records', not the
    clock's; the document id is made from the content)."""
    made = []
    for run in ("first", "second"):
        (tmp_path / run).mkdir()
        out = tmp_path / run / "report.pdf"  # the same name: the PDF names its XLSX
        done = subprocess.run([sys.executable, "-m", "metkasekor_desktop", "report",
                               str(demo), "--season", "2024 early wet", "--out", str(out)],
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 0, done.stderr
        made.append(out.read_bytes())
    assert made[0] == made[1]
    assert b"/CreationDate (D:20240728000000Z)" in made[0]  # the latest record's date


def test_khmer_report_is_khmer(demo: Path, tmp_path: Path):
    app = QCoreApplication.instance()
    install_translators(app, "km")
    try:
        files = _write(demo, tmp_path / "km.pdf", language="km")
    finally:
        remove_translators(app)
    text = _flat(" ".join(pdf_pages(files.pdf)))
    english = [s for s in [*SECTIONS_EN, "Yield of", "Labour for", "Gross margin",
                           "person-days", "Tipping point", "Too few seasons", "Legend",
                           "No plan", "farm households", "Total"] if s in text]
    assert not english, english
    assert sum("\u1780" <= ch <= "\u17ff" for ch in text) > 500  # Khmer letters
    # the districts by their Khmer names (the gazetteer's), in the workbook beside too
    book = openpyxl.load_workbook(files.xlsx, read_only=True)
    rows = list(book[book.sheetnames[1]].iter_rows(values_only=True))
    book.close()
    assert rows[0][1] == "ស្រុក"  # District
    assert {r[1] for r in rows[1:]} == {"រតនមណ្ឌល", "សំពៅលូន", "រវៀង"}


def test_a_name_without_pdf_is_refused_before_anything_is_written(demo: Path, tmp_path: Path):
    with pytest.raises(SeasonReportError, match=r"\.pdf"):
        _write(demo, tmp_path / "report.docx")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_named(demo: Path, tmp_path: Path):
    not_a_folder = tmp_path / "notes.txt"  # a file where the folder should be
    not_a_folder.write_text("x")
    with pytest.raises(SeasonReportError, match="notes.txt cannot be written to"):
        _write(demo, not_a_folder / "report.pdf")


def test_cancelled_report_leaves_no_file(demo: Path, tmp_path: Path):
    with pytest.raises(SeasonReportCancelled):
        _write(demo, tmp_path / "report.pdf", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_is_replaced_whole(demo: Path, tmp_path: Path):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"an older report")
    _write(demo, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
