"""Reading and checking trial results from CSV and XLSX files (nothing is written)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.io.results_import import (
    ResultsImportError,
    check_rows,
    guess_mapping,
    parse_date,
    parse_number,
    read_table,
    record_key,
)
from metkasekor_desktop.storage.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    project = Project.open(path)
    table = project.plots.load_table()
    plots = {str(c): int(i) for c, i in zip(table.codes, table.ids, strict=True)}
    seasons = {s.name: int(s.id) for s in project.seasons.list()}
    soil_keys = {record_key("soil", s) for s in project.soil_samples.list()}
    yield_keys = {record_key("yield", y) for y in project.yields.list()}
    existing_soil = project.soil_samples.list()[0]
    code_of = {i: c for c, i in plots.items()}
    yield project, plots, seasons, soil_keys, yield_keys, existing_soil, code_of
    project.close()


@pytest.mark.parametrize(("text", "expected"), [
    ("1,5", 1.5), ("1.5", 1.5), ("1 234,5", 1234.5), ("1.234,5", 1234.5),
    ("1,234.5", 1234.5), ("១២.៥", 12.5), ("១២,៥", 12.5), ("", None), (None, None),
    ("  7 ", 7.0), (3, 3.0), ("-2", -2.0),
])
def test_numbers_as_labs_and_phones_write_them(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["abc", "1,2,3x", "12 kg", "1..2"])
def test_text_that_is_no_number_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-07-31", date(2024, 7, 31)), ("31/07/2024", date(2024, 7, 31)),
    ("៣១/០៧/២០២៤", date(2024, 7, 31)), (45504, date(2024, 7, 31)),
    ("45504", date(2024, 7, 31)), (datetime(2024, 7, 31, 8, 30), date(2024, 7, 31)),
    ("", None), (None, None),
])
def test_dates_in_the_usual_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/13/2024", "yesterday", "2024-02-30"])
def test_bad_dates_are_refused(value):
    with pytest.raises(ValueError):
        parse_date(value)


def test_csv_with_semicolons_decimal_commas_and_khmer_digits(tmp_path, demo):
    _, plots, seasons, soil_keys, *_ = demo
    code = sorted(plots)[0]
    path = tmp_path / "lab.csv"
    path.write_text("Plot code;Date;Depth from;Depth to;SOC (%);pH;BD\n"
                    f"{code};12/03/2025;0;10;1,45;6,2;១,៣៥\n", encoding="utf-8-sig")
    headers, rows = read_table(path)
    assert headers == ["Plot code", "Date", "Depth from", "Depth to", "SOC (%)", "pH", "BD"]
    mapping = guess_mapping(headers, "soil")
    assert mapping["soc_pct"] == 4 and mapping["ph_water"] == 5
    assert mapping["bulk_density_g_cm3"] == 6 and mapping["plot_code"] == 0
    preview = check_rows(rows, mapping, "soil", plots, seasons, soil_keys, headers)
    assert preview.problems == []
    sample = preview.records[2]
    assert sample.plot_id == plots[code]
    assert sample.sample_date == date(2025, 3, 12)
    assert sample.values == {"soc_pct": 1.45, "ph_water": 6.2, "bulk_density_g_cm3": 1.35}


def test_cp1252_csv_with_tabs_is_read(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes("Plot\tLabo\tSOC\nA-1\tSoil lab \xe9t\xe9\t1.2\n".encode("cp1252"))
    headers, rows = read_table(path)
    assert headers == ["Plot", "Labo", "SOC"]
    assert rows == [["A-1", "Soil lab été", "1.2"]]


def test_xlsx_with_datetime_cells_and_excel_serials(tmp_path, demo):
    from openpyxl import Workbook

    _, plots, seasons, _, yield_keys, *_ = demo
    codes = sorted(plots)[-2:]
    book = Workbook()
    book.active.title = "Notes"
    ws = book.create_sheet("Harvest")
    ws.append(["Plot", "Season", "Crop", "Harvest date", "Sample area (m²)",
               "Fresh weight (kg)", "Moisture (%)"])
    ws.append([codes[0], "2026 early wet", "Maize", datetime(2026, 7, 20), 10, 6.5, 20])
    ws.append([codes[1], "2026 early wet", "ពោត", 46224, 10, 7.0, 19])
    path = tmp_path / "harvest.xlsx"
    book.save(path)
    seasons = {**seasons, "2026 early wet": 99}
    headers, rows = read_table(path, "Harvest")
    mapping = guess_mapping(headers, "yield")
    preview = check_rows(rows, mapping, "yield", plots, seasons, yield_keys, headers)
    assert preview.problems == []
    assert [r.harvest_date for r in preview.records.values()] == [date(2026, 7, 20),
                                                                  date(2026, 7, 21)]
    assert {r.crop for r in preview.records.values()} == {"maize"}
    with pytest.raises(ResultsImportError, match="no sheet"):
        read_table(path, "Missing")


def test_every_problem_is_reported_with_its_row(demo):
    _, plots, seasons, soil_keys, _, existing, code_of = demo
    code = sorted(plots)[3]
    headers = ["Plot", "Date", "Depth from", "Depth to", "SOC", "pH"]
    rows = [
        ["NOPE-1", "2025-03-01", "0", "10", "1.2", "6"],          # 2 unknown plot
        [code, "2025-03-01", "0", "10", "abc", "6"],              # 3 bad number
        [code, "2025-13-45", "10", "20", "1.2", "6"],             # 4 bad date
        [code, "2025-03-02", "0", "10", "12,5", "60"],            # 5 out of range (pH)
        [code, "2025-03-03", "0", "10", "1.0", "6"],              # 6 fine
        [code, "03/03/2025", "0", "10", "1.1", "6"],              # 7 duplicate of 6
        [code_of[existing.plot_id], existing.sample_date.isoformat(),
         str(existing.depth_from_cm), str(existing.depth_to_cm), "1", "6"],  # 8 in project
    ]
    preview = check_rows(rows, guess_mapping(headers, "soil"), "soil", plots, seasons,
                         soil_keys, headers)
    by_row = {p.row: p for p in preview.problems}
    assert set(by_row) == {2, 3, 4, 5, 7, 8}
    assert "NOPE-1" in by_row[2].message and by_row[2].column == "Plot"
    assert by_row[3].column == "SOC" and "not a number" in by_row[3].message
    assert by_row[4].column == "Date"
    assert by_row[5].column == "pH" and "3-10" in by_row[5].message
    assert by_row[5].confirmable
    assert "row 6" in by_row[7].message
    assert by_row[7].message.template == "Same plot, date and depth as row {row} of the file."
    assert "already has" in by_row[8].message
    assert set(preview.records) == {5, 6}  # 5 only once confirmed
    assert len(preview.accepted(skip_problem_rows=True, confirm_out_of_range=False)) == 1
    assert len(preview.accepted(skip_problem_rows=True, confirm_out_of_range=True)) == 2
    assert preview.accepted(skip_problem_rows=False, confirm_out_of_range=True) == []


def test_yield_problems_unknown_season_crop_and_duplicates(demo):
    _, plots, seasons, _, yield_keys, _, _ = demo
    code = sorted(plots)[5]
    headers = ["Plot", "Season", "Crop", "Fresh weight", "Sample area", "Moisture"]
    rows = [
        [code, "2031 wet", "Maize", "5", "10", "20"],
        [code, "2024 dry", "Banana", "5", "10", "20"],
        [code, "2024 dry", "Maize", "5", "10", "120"],
        [code, "2024 dry", "Sesame", "5", "100", "8"],  # 0.5 t/ha: plausible
        [code, "2024 DRY", "sesame", "6", "100", "8"],
    ]
    preview = check_rows(rows, guess_mapping(headers, "yield"), "yield", plots, seasons,
                         yield_keys, headers)
    by_row = {p.row: p for p in preview.problems}
    assert "2031 wet" in by_row[2].message and by_row[2].column == "Season"
    assert "Banana" in by_row[3].message and by_row[3].column == "Crop"
    assert by_row[4].column == "Moisture"
    assert 5 not in by_row and "row 5" in by_row[6].message
    assert set(preview.records) == {5}


def test_a_missing_required_column_is_one_problem(demo):
    _, plots, seasons, *_ = demo
    preview = check_rows([["x"]], {}, "yield", plots, seasons, set(), ["Weight"])
    assert len(preview.problems) == 1 and "plot_code" in preview.problems[0].message


def test_a_yield_above_the_crops_best_is_a_warning_not_a_refusal(demo):
    project, plots, seasons, _, yield_keys, _, _ = demo
    table = project.plots.load_table()
    areas = {int(i): float(a) for i, a in zip(table.ids, table.areas_ha, strict=True)}
    code = sorted(plots)[7]
    kg = 20 * areas[plots[code]] * 1000  # 20 t/ha of the whole plot: maize tops at 12
    headers = ["Plot", "Season", "Crop", "Method", "Fresh weight", "Sample area"]
    rows = [[code, "2024 dry", "Maize", "whole plot", str(kg), ""],
            [code, "2024 dry", "Rice", "sample", "0.5", "10"],
            [code, "2024 dry", "Sesame", "sample", "oops", "10"]]
    preview = check_rows(rows, guess_mapping(headers, "yield"), "yield", plots, seasons,
                         yield_keys, headers, plot_areas=areas)
    assert preview.implausible_rows() == {2}
    warning = next(p for p in preview.problems if p.row == 2)
    assert warning.column == "Fresh weight" and "12 t/ha" in warning.message
    assert preview.problem_rows() == {2, 4}
    assert preview.problem_rows(confirm_out_of_range=True) == {2, 4}, "soil consent is not it"
    assert preview.problem_rows(store_implausible=True) == {4}
    stored = preview.accepted(skip_problem_rows=True, confirm_out_of_range=False,
                              store_implausible=True)
    assert [r.crop for r in stored] == ["maize", "rice"]
