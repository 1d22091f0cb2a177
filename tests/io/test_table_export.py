"""Tables exported as CSV and XLSX open in a spreadsheet with Khmer and numbers intact."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.io.table_export import (
    TableExportError,
    write_csv,
    write_xlsx,
    xlsx_sheet_name,
)

HEADERS = ["ការអនុវត្ត", "Plots", "Hectares", "Date", "Notes"]
ROWS = [
    ["ដំណាំគម្របដី", 3, 1.25, dt.date(2026, 5, 31), None],
    ["Minimum tillage", 0, 0.0, None, "=SUM(A1:A2)"],
]


def test_csv_has_byte_order_mark_and_khmer(tmp_path):
    out = write_csv(tmp_path / "summary.csv", HEADERS, ROWS)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == HEADERS
    assert table[1] == ["ដំណាំគម្របដី", "3", "1.25", "2026-05-31", ""]
    assert table[2][4] == "'=SUM(A1:A2)"  # shown as text, never run as a formula


def test_xlsx_keeps_khmer_numbers_dates_and_text(tmp_path):
    out = write_xlsx(tmp_path / "summary.xlsx", HEADERS, ROWS, "Adoption 2026")
    sheet = load_workbook(out)["Adoption 2026"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == tuple(HEADERS)
    assert values[1][0] == "ដំណាំគម្របដី"
    assert values[1][1] == 3 and values[1][2] == pytest.approx(1.25)
    assert values[1][3].date() == dt.date(2026, 5, 31)
    assert values[1][4] is None
    assert values[2][4] == "=SUM(A1:A2)"
    assert sheet.cell(row=3, column=5).data_type == "s"  # text, not a formula


def test_existing_file_is_replaced_and_no_temporary_file_left(tmp_path):
    out = tmp_path / "table.csv"
    out.write_text("old", encoding="utf-8")
    write_csv(out, ["a"], [[1]])
    assert out.read_text(encoding="utf-8-sig").splitlines() == ["a", "1"]
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_unwritable_folder_gives_a_user_message(tmp_path):
    target = tmp_path / "missing" / "table.xlsx"
    with pytest.raises(TableExportError) as info:
        write_xlsx(target, ["a"], [[1]], "Sheet")
    assert isinstance(info.value, DomainError)
    assert "table.xlsx" in str(info.value) and "folder" in str(info.value)
    assert not target.parent.exists()


def test_row_of_wrong_length_is_refused_before_writing(tmp_path):
    with pytest.raises(TableExportError, match="row 2"):
        write_csv(tmp_path / "t.csv", ["a", "b"], [[1, 2], [3]])
    assert not any(tmp_path.iterdir())


def test_sheet_name_is_made_acceptable_to_excel():
    assert xlsx_sheet_name("2026/27 wet: [all]") == "2026_27 wet_ _all_"
    assert len(xlsx_sheet_name("x" * 40)) == 31
    assert xlsx_sheet_name("") == "Table"
