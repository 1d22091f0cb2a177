"""The public website written to a folder: every file parsed, nothing personal in any of
them, counts of people 5 or more (or marked), the page's files and their licences there,
the folder replaced only when it holds an earlier site, nothing left by a refusal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.public_site_files import MARKER, write_site
from metkasekor_desktop.storage import Project

MIN = 5


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("site-files") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def site(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site-out") / "site"
    project = Project.open(demo)
    try:
        write_site(project, out)
    finally:
        project.close()
    return out


def _personal(demo: Path) -> tuple[set[str], set[str]]:
    """The demo farmers' names and phones, less names a provider's business also uses
    (a provider's contact person is public and may share a farmer's name)."""
    with sqlite3.connect(demo) as con:
        names = {n for row in con.execute("SELECT name_kh, name_latin FROM farmers")
                 for n in row if n}
        phones = {p for (p,) in con.execute("SELECT phone FROM farmers") if p}
        business = {n for row in con.execute("SELECT name, contact_person FROM providers")
                    for n in row if n}
    return names - business, phones


def _texts(folder: Path) -> dict[str, str]:
    """Every file of the site as text: text files as they are, workbooks cell by cell."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix in (".ttf", ".png"):
            continue
        if path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path, read_only=True)
            out[str(path)] = "\n".join(str(c) for sheet in book for row in
                                       sheet.iter_rows(values_only=True) for c in row)
        else:
            out[str(path)] = path.read_text(encoding="utf-8")
    return out


def test_no_farmer_name_or_phone_in_any_file(demo: Path, site: Path):
    names, phones = _personal(demo)
    assert names and phones
    texts = _texts(site)
    assert any(p.endswith("site.json") for p in texts)
    found = [(Path(path).name, word) for path, text in texts.items()
             for word in sorted(names | phones) if word in text]
    assert found == []


def test_every_count_of_people_is_five_or_more_or_marked(site: Path):
    data = json.loads((site / "data" / "site.json").read_text(encoding="utf-8"))
    script = (site / "data" / "site.js").read_text(encoding="utf-8")
    assert json.loads(script.removeprefix("window.MK_SITE = ").rstrip().rstrip(";")) == data
    shown = 0
    for row in data["adoption"]:
        for field in ("farmers", "women", "men"):
            value = row[field]
            assert value is None and row["suppressed"] or value >= MIN, row
            shown += value is not None
    for row in data["market"]:
        assert row["farmers"] is None and row["suppressed"] or row["farmers"] >= MIN
    for feature in data["cells"]["features"]:
        assert feature["properties"]["plots"] >= MIN
        assert feature["geometry"]["type"] == "Polygon"
    assert shown, "some figure of the demo is published"
    cells = json.loads((site / "data" / "cells.geojson").read_text(encoding="utf-8"))
    assert cells == data["cells"]


def test_the_page_its_libraries_fonts_and_tables_are_there(site: Path):
    page = (site / "index.html").read_text(encoding="utf-8")
    assert "data/site.js" in page and "http://" not in page and "https://" not in page
    licences = (site / "assets" / "LICENSES.txt").read_text(encoding="utf-8")
    assert "Leaflet" in licences and "Chart.js" in licences
    assert (site / "assets" / "fonts" / "NotoSansKhmer-Regular.ttf").is_file()
    assert (site / "assets" / "fonts" / "OFL.txt").is_file()
    for name in ("adoption", "diffusion", "market", "providers", "trials"):
        assert (site / "downloads" / f"{name}.csv").read_text(encoding="utf-8-sig")
    book = openpyxl.load_workbook(site / "downloads" / "tables.xlsx", read_only=True)
    assert book.sheetnames == ["adoption", "diffusion", "market", "providers", "trials"]
    data = json.loads((site / "data" / "site.json").read_text(encoding="utf-8"))
    assert [d["file"] for d in data["downloads"]][-1] == "downloads/tables.xlsx"
    assert all(d["title"]["km"] and d["title"]["km"] != d["title"]["en"]
               for d in data["downloads"])
    assert all(s["name"]["km"] for s in data["seasons"])  # worded in Khmer too


def test_a_site_is_replaced_and_another_folder_refused(demo: Path, tmp_path: Path):
    out = tmp_path / "site"
    project = Project.open(demo)
    try:
        write_site(project, out)
        (out / "data" / "stale.txt").write_text("old", encoding="utf-8")
        write_site(project, out)  # an earlier site: replaced whole
        assert (out / MARKER).is_file() and not (out / "data" / "stale.txt").exists()
        other = tmp_path / "documents"
        other.mkdir()
        (other / "letter.docx").write_bytes(b"x")
        with pytest.raises(DomainError, match="holds other files"):
            write_site(project, other)
        assert [p.name for p in other.iterdir()] == ["letter.docx"]
        with pytest.raises(DomainError, match="cancelled"):
            write_site(project, tmp_path / "never", cancelled=lambda: True)
    finally:
        project.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents", "site"]


def test_the_site_command(demo: Path, tmp_path: Path, capsys):
    out = tmp_path / "web"
    assert main(["site", str(demo), "--out", str(out), "--season", "2024 early wet",
                 "--language", "en"]) == 0
    said = capsys.readouterr().out
    assert "the website of 1 season(s)" in said and "index.html" in said
    data = json.loads((out / "data" / "site.json").read_text(encoding="utf-8"))
    assert data["languages"] == ["en"] and len(data["seasons"]) == 1
    assert main(["site", str(demo), "--out", str(tmp_path / "x"), "--season", "1999"]) == 1
    assert "no season named '1999'" in capsys.readouterr().err
