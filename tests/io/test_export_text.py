"""Text written by the exports: no formula runs in a spreadsheet, and no byte changes
without a note (generated data, read back with independent readers)."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import numpy as np
import openpyxl
import shapely
from openpyxl.utils.escape import unescape

from metkasekor_desktop.io.export_notes import text_changes, written_epsg
from metkasekor_desktop.io.export_table import ExportTable, text_column
from metkasekor_desktop.io.table_export import (
    csv_cell_value,
    write_csv,
    write_xlsx,
)
from metkasekor_desktop.io.vector_export import write_geojson, write_kml

ATTACKS = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@x", "\tx", "\rx", "'=already"]
KML_NS = "{http://www.opengis.net/kml/2.2}"


def _read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_cells_that_would_run_as_formulas_are_guarded(tmp_path) -> None:
    out = write_csv(tmp_path / "t.csv", ["text", "number"],
                    [[text, -2.5] for text in ATTACKS] + [["plain", -3]])
    rows = _read_csv(out)[1:]
    for (text, number), attack in zip(rows, ATTACKS, strict=False):
        assert text == "'" + attack  # a spreadsheet shows it as text
        assert csv_cell_value(text) == attack  # and the guard can be undone exactly
        assert number == "-2.5"  # a negative number stays a number
    assert rows[-1] == ["plain", "-3"]


def test_csv_has_a_csvt_that_keeps_codes_as_text(tmp_path) -> None:
    write_csv(tmp_path / "t.csv", ["village_code", "count", "area"],
              [["02070402", 3, 1.5], ["13050101", 4, None]], csvt=True)
    assert (tmp_path / "t.csvt").read_text().strip() == '"String","Integer","Real"'


def _table(notes: list[str]) -> ExportTable:
    square = shapely.box(102.89, 12.84, 102.891, 12.841)
    codes = [f"P-{i + 1}" for i in range(len(notes))]
    return ExportTable("plots", {"code": text_column(codes), "notes": text_column(notes)},
                       np.array([shapely.to_wkb(square)] * len(notes), dtype=object), 4326)


def test_kml_keeps_cr_lf_byte_exact(tmp_path) -> None:
    text = "line one\r\nline two & <three>"
    out = write_kml(tmp_path / "p.kml", _table([text]))
    data = {d.get("name"): d.text for d in ET.parse(out).iter(f"{KML_NS}SimpleData")}
    assert data["notes"] == text
    assert [n.text for n in ET.parse(out).iter(f"{KML_NS}name")][-1] == "P-1"


def test_xlsx_keeps_cr_lf_byte_exact(tmp_path) -> None:
    text = "line one\r\nline two _x0041_"
    out = write_xlsx(tmp_path / "t.xlsx", ["notes"], [[text]])
    cell = openpyxl.load_workbook(out).active["A2"].value
    assert unescape(cell) == text  # as Excel reads the OOXML escapes


def test_a_nul_is_dropped_alone_and_reported(tmp_path) -> None:
    table = _table(["before\x00after", "clean"])
    changes = text_changes("geojson", [table])
    assert [(c.code, c.field, c.characters) for c in changes] == [("P-1", "notes", "U+0000")]
    assert text_changes("csv", [table]) == []  # CSV keeps it
    from metkasekor_desktop.io.export_formats import export_single

    out = export_single("geojson", table, [], tmp_path, "p")
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert features[0]["properties"]["notes"] == "beforeafter"  # not cut at the NUL
    assert [c.code for c in text_changes("kml", [table])] == ["P-1"]


def test_geojson_and_kml_are_said_to_be_wgs84() -> None:
    assert written_epsg("geojson", 32648) == 4326
    assert written_epsg("kmz", 32648) == 4326
    assert written_epsg("gpkg", 32648) == 32648


def test_geojson_is_written_in_wgs84(tmp_path) -> None:
    out = write_geojson(tmp_path / "p.geojson", _table(["x"]).reprojected(32648))
    x = json.loads(out.read_text())["features"][0]["geometry"]["coordinates"][0][0][0]
    assert 102 < x < 104
