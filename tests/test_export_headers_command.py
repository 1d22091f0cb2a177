"""``metkasekor-desktop export --headers names|km|en``: the header row of the CSV and
Excel tables in Khmer or English words for partners, the field names by default."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.app import main
from metkasekor_desktop.app.language import speak, words_in
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.column_headers import header_texts

KHMER = re.compile("[\u1780-\u17ff]")


@pytest.fixture(autouse=True)
def _english_afterwards():
    """Every test leaves the process in English, as the other tests expect it."""
    yield
    speak("en")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("headers") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "40", "--language", "en"]) == 0
    return path


def _package_csv(package: Path, name: str) -> list[list[str]]:
    with zipfile.ZipFile(package) as zf:
        text = zf.read(f"tables/{name}.csv").decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def _sheets(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    return {s.title: list(s.iter_rows(values_only=True)) for s in book.worksheets}


def test_headers_km_writes_a_khmer_header_row_in_csv(demo: Path, tmp_path: Path, capsys):
    assert main(["export", str(demo), "--format", "csv", "--out", str(tmp_path / "km"),
                 "--headers", "km", "--language", "en"]) == 0
    printed = capsys.readouterr().out
    assert "40 plots" in printed and not KHMER.search(printed)  # the command spoke English
    package = next((tmp_path / "km").glob("*.zip"))
    plots = _package_csv(package, "plots")
    header = plots[0]
    assert header[:2] == ["លេខកូដក្បាលដី", "ឈ្មោះក្បាលដី"]
    assert all(KHMER.search(cell) for cell in header), header
    assert "ចម្ការ" not in "".join(header)
    assert len(set(header)) == len(header)
    assert len(plots) == 41 and all(len(row) == len(header) for row in plots)
    farmers = _package_csv(package, "farmers")
    assert farmers[0][0] == "លេខកសិករ" and all(KHMER.search(c) for c in farmers[0])
    with zipfile.ZipFile(package) as zf:  # the types still follow the columns
        types = zf.read("tables/plots.csvt").decode().strip().split(",")
        readme = zf.read("README.txt").decode("utf-8-sig")
    assert len(types) == len(header)
    assert "code, column 'លេខកូដក្បាលដី' in the tables" in readme  # an English README
    # nothing was installed: the process still speaks English
    assert QCoreApplication.translate("Messages", "Role") == "Role"


def test_headers_km_writes_a_khmer_header_row_in_xlsx(demo: Path, tmp_path: Path):
    out = tmp_path / "plots.xlsx"
    assert main(["export", str(demo), "--format", "xlsx", "--out", str(out),
                 "--headers", "km"]) == 0
    sheets = _sheets(out)
    plots = sheets["plots"]
    assert plots[0][:3] == ("លេខកូដក្បាលដី", "ឈ្មោះក្បាលដី", "លេខកសិករ")
    assert all(KHMER.search(cell) for cell in plots[0])
    assert len(plots) == 41
    for name, rows in sheets.items():
        assert all(isinstance(c, str) and KHMER.search(c) for c in rows[0]), name
        assert len(set(rows[0])) == len(rows[0]), name


def test_by_default_and_with_names_the_headers_are_the_field_names(demo: Path,
                                                                     tmp_path: Path):
    default, names = tmp_path / "default.xlsx", tmp_path / "names.xlsx"
    assert main(["export", str(demo), "--format", "xlsx", "--out", str(default)]) == 0
    assert main(["export", str(demo), "--format", "xlsx", "--out", str(names),
                 "--headers", "names", "--language", "km"]) == 0
    first = _sheets(default)
    assert first["plots"][0][:3] == ("code", "name", "farmer_id")
    assert first == _sheets(names)
    assert main(["export", str(demo), "--format", "csv", "--out", str(tmp_path / "c")]) == 0
    header = _package_csv(next((tmp_path / "c").glob("*.zip")), "plots")[0]
    assert header[:3] == ["code", "name", "farmer_id"]


def test_headers_en_writes_english_words_whatever_the_command_speaks(demo: Path,
                                                                     tmp_path: Path, capsys):
    out = tmp_path / "plots.xlsx"
    assert main(["export", str(demo), "--format", "xlsx", "--out", str(out),
                 "--headers", "en", "--language", "km"]) == 0
    assert KHMER.search(capsys.readouterr().out)  # the command spoke Khmer
    assert _sheets(out)["plots"][0][:3] == ("Plot code", "Plot name", "Farmer number")


def test_headers_on_formats_without_tables_warn(demo: Path, tmp_path: Path, capsys):
    assert main(["export", str(demo), "--format", "geojson", "--out", str(tmp_path),
                 "--headers", "km", "--language", "en"]) == 0
    assert "--headers km words the header rows of CSV and Excel tables only" in \
        capsys.readouterr().err


def test_words_in_says_khmer_without_installing_it():
    khmer = words_in("km")
    assert khmer(msg("Plot code")) == "លេខកូដក្បាលដី"
    assert khmer(msg("no such template here")) == "no such template here"
    assert words_in("en")(msg("Plot code")) == "Plot code"
    assert QCoreApplication.translate("Messages", "Plot code") == "Plot code"


def test_every_column_of_a_season_export_has_a_distinct_khmer_word(demo: Path):
    from metkasekor_desktop.layers.plot_export import read_export
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.storage.export_data import ExportFilter, latest_season_with_plans

    with Project.open(demo) as project:
        season = latest_season_with_plans(project)
        data = read_export(project, ExportFilter(), season_id=season, with_related=True)
    assert "yield_t_ha" in data.plots.columns
    khmer = words_in("km")
    for table in [data.plots, *data.related]:
        words = header_texts(table.headers, khmer, table.name)
        assert set(words) == set(table.headers), table.name
        assert len(set(words.values())) == len(words), table.name
        assert all(KHMER.search(w) for w in words.values()), (table.name, words)
