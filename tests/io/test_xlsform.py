"""XLSForm workbooks: the sheets and language columns ODK expects, converted by pyxform
without a warning in every language setting; a refused form is named."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from metkasekor_desktop.domain.field_forms import (
    FormSpec,
    Question,
    field_forms,
    with_hidden_fields,
)
from metkasekor_desktop.domain.practice import default_catalogue
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.io.xlsform import (
    XLSFormError,
    convert_xlsform,
    languages_of,
    write_csv,
    write_xlsform,
)

KHMER = re.compile("[\u1780-\u17ff]")
PROVIDERS = [Provider(id=3, name="Rovieng Machinery Hire", kind="machinery_service",
                      services=("no_till_planting", "land_levelling"))]


def _attachments(folder: Path) -> None:
    header = ["name", "label", "district", "commune", "village", "role"]
    for name in ("plots.csv", "districts.csv", "communes.csv", "villages.csv"):
        write_csv(folder / name, header, [["BTB-RM-0001", "BTB-RM-0001", "0207", "020702",
                                           "02070201", "demonstration"]])


@pytest.mark.parametrize("language", ["both", "en", "km"])
def test_every_form_converts_without_warnings(tmp_path: Path, language: str):
    _attachments(tmp_path)
    for spec in field_forms(default_catalogue(), PROVIDERS):
        full = with_hidden_fields(spec, "2025 early wet", "v1")
        path = write_xlsform(full, tmp_path / f"{spec.name}.xlsx", languages_of(language),
                             "v1")
        conversion = convert_xlsform(path, spec.name)
        assert conversion.warnings == (), (spec.name, conversion.warnings)
        assert f'id="{spec.form_id}"' in conversion.xform
        assert 'version="v1"' in conversion.xform


def test_sheets_columns_and_khmer_labels(tmp_path: Path):
    spec = with_hidden_fields(field_forms(default_catalogue(), PROVIDERS)[0], "2025 early wet",
                              "v9")
    path = write_xlsform(spec, tmp_path / "plot_visit.xlsx", languages_of("both"), "v9")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["survey", "choices", "settings"]
    survey = [list(r) for r in book["survey"].iter_rows(values_only=True)]
    header = survey[0]
    assert header[:4] == ["type", "name", "label::English (en)", "label::Khmer (km)"]
    assert "hint::Khmer (km)" in header and "choice_filter" in header
    km = header.index("label::Khmer (km)")
    plot = next(r for r in survey if r[1] == "plot")
    assert plot[0] == "select_one_from_file plots.csv" and KHMER.search(plot[km])
    choices = [list(r) for r in book["choices"].iter_rows(values_only=True)]
    practice = [r for r in choices if r[0] == "practice"]
    assert practice and all(KHMER.search(r[3]) for r in practice)
    settings = [list(r) for r in book["settings"].iter_rows(values_only=True)]
    assert dict(zip(settings[0], settings[1], strict=True)) == {
        "form_title": "Plot visit / ការចុះពិនិត្យក្បាលដី", "form_id": "mk_plot_visit",
        "version": "v9", "default_language": "English (en)"}
    book.close()


def test_one_language_writes_only_its_columns(tmp_path: Path):
    spec = field_forms(default_catalogue(), PROVIDERS)[2]
    path = write_xlsform(spec, tmp_path / "soil.xlsx", languages_of("km"), "v1")
    book = openpyxl.load_workbook(path, read_only=True)
    header = next(book["survey"].iter_rows(values_only=True))
    assert "label::Khmer (km)" in header and "label::English (en)" not in header
    settings = list(book["settings"].iter_rows(values_only=True))
    assert settings[1][3] == "Khmer (km)"
    book.close()


def test_a_refused_form_is_named(tmp_path: Path):
    broken = FormSpec("broken", "Broken", "ខូច", (
        Question("crop", "select_one no_such_list", "Crop", "ដំណាំ"),))
    path = write_xlsform(broken, tmp_path / "broken.xlsx", languages_of("both"), "v1")
    with pytest.raises(XLSFormError, match="broken.*broken.xlsx"):
        convert_xlsform(path, "broken")


def test_a_warning_is_returned(tmp_path: Path):
    spec = FormSpec("warn", "Warn", "ព្រមាន", (
        Question("p", "image", "Photo", "រូបថត"),))  # no max-pixels: pyxform warns
    path = write_xlsform(spec, tmp_path / "warn.xlsx", languages_of("both"), "v1")
    assert any("max-pixels" in w for w in convert_xlsform(path, "warn").warnings)


def test_csv_is_utf8_without_bom(tmp_path: Path):
    path = write_csv(tmp_path / "villages.csv", ["name", "label"], [["02070201", "ភូមិ"]])
    data = path.read_bytes()
    assert data.startswith(b"name,label\n") and "ភូមិ".encode() in data
