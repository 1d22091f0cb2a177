"""CSV and Excel tables headed by words (column name -> header text) on request; by
default headed by their field names, byte for byte as before."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile

import numpy as np
from openpyxl import load_workbook

from metkasekor_desktop.domain.messages import Message
from metkasekor_desktop.io.column_headers import (
    COLUMN_HEADERS,
    TABLE_HEADERS,
    header_texts,
    header_word,
)
from metkasekor_desktop.io.export_formats import export_single
from metkasekor_desktop.io.export_table import ExportTable
from metkasekor_desktop.io.partner_package import write_partner_package
from metkasekor_desktop.io.table_export import header_row, write_csv, write_xlsx
from metkasekor_desktop.storage.export_reading import SEASON_COLUMNS

HEADERS = ["code", "area_ha", "created_at", "x_survey"]
ROWS = [["02070402", 1.25, dt.date(2026, 5, 31), "=A1"],
        ["BTB-0002", None, None, None]]
WORDS = {"code": "លេខកូដក្បាលដី", "area_ha": "ផ្ទៃដី (ហិកតា)", "created_at": "ថ្ងៃបញ្ចូល"}


def _csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_header_row_holds_the_words_and_columns_without_one_keep_their_names(tmp_path):
    out = write_csv(tmp_path / "plots.csv", HEADERS, ROWS, csvt=True, labels=WORDS)
    table = _csv_rows(out)
    assert table[0] == ["លេខកូដក្បាលដី", "ផ្ទៃដី (ហិកតា)", "ថ្ងៃបញ្ចូល", "x_survey"]
    assert table[1] == ["02070402", "1.25", "2026-05-31", "'=A1"]
    # the types go by column position: the same as for a table headed by names
    plain = write_csv(tmp_path / "plain.csv", HEADERS, ROWS, csvt=True)
    assert out.with_suffix(".csvt").read_bytes() == plain.with_suffix(".csvt").read_bytes()
    assert out.with_suffix(".csvt").read_text() == '"String","Real","Date","String"\n'
    assert out.read_bytes().split(b"\r\n", 1)[1] == plain.read_bytes().split(b"\r\n", 1)[1]


def test_without_words_the_files_are_byte_for_byte_those_of_before(tmp_path):
    csv_default = write_csv(tmp_path / "a.csv", HEADERS, ROWS, csvt=True)
    csv_none = write_csv(tmp_path / "b.csv", HEADERS, ROWS, csvt=True, labels=None)
    csv_empty = write_csv(tmp_path / "c.csv", HEADERS, ROWS, csvt=True, labels={})
    assert csv_default.read_bytes() == csv_none.read_bytes() == csv_empty.read_bytes()
    assert csv_default.read_bytes().startswith(
        b"\xef\xbb\xbfcode,area_ha,created_at,x_survey\r\n")
    xlsx = write_xlsx(tmp_path / "a.xlsx", HEADERS, ROWS, "plots")
    sheet = load_workbook(xlsx)["plots"]
    assert [c.value for c in sheet[1]] == HEADERS


def test_xlsx_header_row_holds_the_words(tmp_path):
    out = write_xlsx(tmp_path / "plots.xlsx", HEADERS, ROWS, "plots", labels=WORDS)
    values = list(load_workbook(out)["plots"].iter_rows(values_only=True))
    assert values[0] == ("លេខកូដក្បាលដី", "ផ្ទៃដី (ហិកតា)", "ថ្ងៃបញ្ចូល", "x_survey")
    assert values[1] == ("02070402", 1.25, dt.datetime(2026, 5, 31), "=A1")


def test_two_columns_never_share_a_header():
    assert header_row(["a", "b", "c"], {"a": "Name", "b": "name", "c": " "}) == [
        "Name", "name (b)", "c"]
    assert header_row(["a", "b"]) == ["a", "b"]


def test_every_exported_column_has_a_word_that_is_distinct_in_its_table():
    plots = ["id", "code", "name", "farmer_id", "farmer_name_kh", "farmer_name_latin",
             "farmer_sex", "farmer_phone", "role", "paired_plot_id", "paired_code",
             "area_ha", *(f"{level}_{part}" for level in ("village", "commune", "district",
                                                         "province")
                          for part in ("code", "name_kh", "name_en")),
             "soil_type", "notes", "created_at", "modified_at", "stage", *SEASON_COLUMNS]
    words = header_texts(plots, str, "plots")
    assert set(words) == set(plots)
    assert len(set(words.values())) == len(words)
    assert words["code"] == "Plot code" and words["area_ha"] == "Area (ha)"
    for table in TABLE_HEADERS:
        assert header_word("id", table) is not None
    assert header_texts(["soc_pct", "ph_water", "x_extra"], str, "soil_samples") == {
        "soc_pct": "Soil organic carbon (%)", "ph_water": "pH (water)"}
    assert all(isinstance(word, Message) for word in COLUMN_HEADERS.values())


def _tables() -> tuple[ExportTable, ExportTable]:
    plots = ExportTable("plots", {"code": np.array(["A-1", "A-2"], dtype=object),
                                  "area_ha": np.array([1.5, 2.0]),
                                  "x_extra": np.array(["p", None], dtype=object)})
    farmers = ExportTable("farmers", {"id": np.array([1, 2], dtype=object),
                                      "name_kh": np.array(["សុខ", "ចាន់"], dtype=object)})
    return plots, farmers


def shout(item: str) -> str:
    """A stand-in for another language: the English in capitals."""
    return str(item).upper()


def test_xlsx_export_and_package_head_each_table_with_its_own_words(tmp_path):
    plots, farmers = _tables()
    out = export_single("xlsx", plots, [farmers], tmp_path, "x", header_say=shout,
                        personal=True)
    book = load_workbook(out)
    assert [c.value for c in book["plots"][1]] == ["PLOT CODE", "AREA (HA)", "x_extra"]
    assert [c.value for c in book["farmers"][1]] == ["FARMER NUMBER", "NAME (KHMER)"]
    plain = load_workbook(export_single("xlsx", plots, [farmers], tmp_path / "p", "x"))
    assert [c.value for c in plain["plots"][1]] == ["code", "area_ha", "x_extra"]

    package = write_partner_package(tmp_path / "pkg.zip", plots, [farmers], ["csv", "xlsx"],
                                    header_say=shout, personal=True)
    with zipfile.ZipFile(package) as zf:
        first = zf.read("tables/plots.csv").decode("utf-8-sig").splitlines()[0]
        assert first == "PLOT CODE,AREA (HA),x_extra"
        assert zf.read("tables/plots.csvt").decode() == '"String","Real","String"\n'
        assert zf.read("tables/farmers.csv").decode("utf-8-sig").startswith(
            "FARMER NUMBER,NAME (KHMER)\r\n")
        readme = zf.read("README.txt").decode("utf-8-sig")
    assert "code, column 'PLOT CODE' in the tables: " in readme
    assert "x_extra: " in readme


def test_a_package_without_words_is_as_before(tmp_path):
    plots, farmers = _tables()
    package = write_partner_package(tmp_path / "pkg.zip", plots, [farmers], ["csv"])
    with zipfile.ZipFile(package) as zf:
        assert zf.read("tables/plots.csv").decode("utf-8-sig").startswith(
            "code,area_ha,x_extra\r\n")
        assert "in the tables" not in zf.read("README.txt").decode("utf-8-sig")
