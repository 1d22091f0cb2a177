"""`report --digits khmer`: the season report's numbers in Khmer digits, its codes and
file names as they are, the same bytes for the same project."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.layers.message_words import digits

KHMER_DIGIT = re.compile("[០-៩]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-digits") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_khmer_digits_in_the_report_codes_and_files_untouched(demo: Path, tmp_path: Path):
    out = tmp_path / "season2024.pdf"
    assert main(["report", str(demo), "--language", "km", "--digits", "khmer",
                 "--out", str(out)]) == 0
    text = _text(out)
    assert len(KHMER_DIGIT.findall(text)) > 50  # the tables' and the summary's numbers
    assert "season2024.xlsx" in text  # the workbook's name keeps its digits
    assert re.search(r"\b\d{4}\b", text)  # district codes keep theirs
    assert digits() == "arabic"  # the report's digits were its own

    again = tmp_path / "again" / "season2024.pdf"
    again.parent.mkdir()
    assert main(["report", str(demo), "--language", "km", "--digits", "khmer",
                 "--out", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()  # reproducible

    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "season2024.xlsx", read_only=True)
    try:  # the workbook's cells stay numbers
        values = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                  for c in row]
        assert any(isinstance(v, int | float) for v in values)
        assert not any(isinstance(v, str) and KHMER_DIGIT.search(v) for v in values)
    finally:
        book.close()


def test_arabic_digits_by_default(demo: Path, tmp_path: Path):
    out = tmp_path / "km.pdf"
    assert main(["report", str(demo), "--language", "km", "--out", str(out)]) == 0
    assert not KHMER_DIGIT.search(_text(out))
    main(["report", str(demo), "--out", str(tmp_path / "en.pdf")])  # English after
