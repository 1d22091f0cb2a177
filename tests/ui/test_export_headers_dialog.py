"""File > Export plots: "Column headers in the interface language" heads the CSV and
Excel tables with words in the window's language; off, with the field names."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.ui.export_dialog import ExportDialog
from metkasekor_desktop.ui.language import install_translators, remove_translators

KHMER = re.compile("[\u1780-\u17ff]")


@pytest.fixture
def english_afterwards():
    yield
    remove_translators(QCoreApplication.instance())


def _dialog(window, tmp_path, **kwargs) -> ExportDialog:
    return ExportDialog(window.project, window.canvas.plot_layer, window, str(tmp_path),
                        **kwargs)


def _first_row(path, sheet="plots"):
    book = openpyxl.load_workbook(path, read_only=True)
    return next(book[sheet].iter_rows(max_row=1, values_only=True))


def test_the_box_is_enabled_only_for_tables(window, tmp_path):
    dialog = _dialog(window, tmp_path)
    assert dialog.formats() == ["shp"]
    assert not dialog.headers_box.isEnabled() and not dialog.headers_box.isChecked()
    dialog.format_boxes["csv"].setChecked(True)  # a package with CSV tables
    assert dialog.headers_box.isEnabled()
    dialog.format_boxes["csv"].setChecked(False)
    dialog.format_boxes["gpkg"].setChecked(True)  # a package without tables
    assert not dialog.headers_box.isEnabled()
    dialog.format_boxes["shp"].setChecked(False)
    dialog.format_boxes["gpkg"].setChecked(False)
    dialog.format_boxes["xlsx"].setChecked(True)
    assert dialog.headers_box.isEnabled()
    dialog.headers_box.setChecked(True)
    assert dialog.headers_worded()
    dialog.format_boxes["xlsx"].setChecked(False)
    dialog.format_boxes["kml"].setChecked(True)
    assert not dialog.headers_worded()  # checked, but no table to head


def test_excel_headed_by_words_or_by_names(window, tmp_path):
    dialog = _dialog(window, tmp_path, remembered=(["xlsx"], 4326))
    dialog.target.setText(str(tmp_path / "names.xlsx"))
    dialog.export()
    assert _first_row(dialog.written)[:2] == ("code", "name")
    assert dialog.worded_headers is False

    dialog = _dialog(window, tmp_path, remembered=(["xlsx"], 4326), worded_headers=True)
    assert dialog.headers_box.isChecked()
    dialog.target.setText(str(tmp_path / "words.xlsx"))
    dialog.export()
    assert _first_row(dialog.written)[:2] == ("Plot code", "Plot name")  # English window
    assert _first_row(dialog.written, "farmers")[0] == "Farmer number"
    assert dialog.worded_headers is True


def test_a_khmer_window_heads_the_package_tables_in_khmer(window, tmp_path, english_afterwards):
    assert install_translators(QCoreApplication.instance(), "km")
    dialog = _dialog(window, tmp_path, remembered=(["csv", "gpkg"], 4326))
    dialog.headers_box.setChecked(True)
    assert dialog.is_package()
    dialog.target.setText(str(tmp_path / "partner_package.zip"))
    dialog.export()
    with zipfile.ZipFile(dialog.written) as zf:
        header = zf.read("tables/plots.csv").decode("utf-8-sig").splitlines()[0]
        names = zf.namelist()
    cells = header.split(",")
    assert cells[0] == "លេខកូដក្បាលដី"
    assert all(KHMER.search(c) for c in cells), cells
    assert "plots.gpkg" in names  # the GeoPackage keeps its field names


def test_the_choice_is_remembered(window, tmp_path):
    settings = window.settings
    assert settings.export_worded_headers() is False
    settings.set_export_worded_headers(True)
    assert settings.export_worded_headers() is True
    dialog = _dialog(window, tmp_path, remembered=settings.export_choices(),
                     worded_headers=settings.export_worded_headers())
    assert dialog.headers_box.isChecked()
    settings.set_export_worded_headers(False)
    assert settings.export_worded_headers() is False
