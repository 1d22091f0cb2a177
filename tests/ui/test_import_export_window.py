"""File > Import plots (the wizard) and File > Export plots, as an officer uses them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pyogrio
import shapefile
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.ui.export_dialog import ExportDialog
from metkasekor_desktop.ui.import_wizard import ImportWizard

WGS84_PRJ = ('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,'
             '298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]]')


def _shapefile(folder: Path, *, bowtie: bool = False, prj: bool = True) -> Path:
    """Three plots far from the demo's (no overlaps), Khmer farmer names, an extra column."""
    folder.mkdir(parents=True, exist_ok=True)
    w = shapefile.Writer(str(folder / "partner"), shapeType=shapefile.POLYGON,
                         encoding="utf-8")
    w.field("PLOT_ID", "C", 20)
    w.field("FARMER", "C", 80)
    w.field("VILL_CODE", "C", 8)
    w.field("SURVEY", "C", 10)
    for i in range(3):
        x, y = 106.50 + 0.01 * i, 12.50
        ring = [(x, y), (x, y + 0.004), (x + 0.004, y + 0.004), (x + 0.004, y), (x, y)]
        if bowtie and i == 2:
            ring = [(x, y), (x + 0.004, y + 0.004), (x + 0.004, y), (x, y + 0.004), (x, y)]
        w.poly([ring])
        w.record(f"IMP-{i + 1:04d}", "សុខ ចាន់ថា" if i else "Chan Dara", "02070101", f"S{i}")
    w.close()
    (folder / "partner.cpg").write_text("UTF-8")
    if prj:
        (folder / "partner.prj").write_text(WGS84_PRJ)
    return folder / "partner.shp"


def _wizard(window, qtbot, source: Path, pages: int = 0) -> ImportWizard:
    """The wizard on ``source``, shown, moved on by ``pages``."""
    wizard = ImportWizard(window.project, window)
    qtbot.addWidget(wizard)
    assert wizard.source_page.choose(source)
    wizard.show()
    for _ in range(pages):
        wizard.next()
    return wizard


def test_import_wizard_imports_a_shapefile_and_shows_the_plots(window, tmp_path, qtbot):
    source = _shapefile(tmp_path / "in")
    before = len(window.canvas.plot_layer.table)
    listing = sorted(p.name for p in source.parent.iterdir())
    wizard = ImportWizard(window.project, window)
    qtbot.addWidget(wizard)
    assert wizard.source_page.choose(source)
    wizard.show()
    wizard.next()  # reads the layer
    assert wizard.currentPage() is wizard.crs_page
    assert "WGS 84" in wizard.crs_page.info.text()
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    assert wizard.columns_page.combos["code"].currentData() == "PLOT_ID"
    assert wizard.columns_page.combos["farmer"].currentData() == "FARMER"
    assert "SURVEY" in wizard.columns_page.extras.text()
    wizard.next()
    page = wizard.report_page
    assert wizard.currentPage() is page
    assert "3 will be imported, 0 will not" in page.summary.text()
    assert page.table.rowCount() == 3
    assert page.isComplete()
    wizard.accept()
    assert wizard.result is not None and len(wizard.result.written.plot_ids) == 3
    window.files.show_imported(wizard.result.written, wizard.source_name)
    layer = window.canvas.plot_layer
    assert len(layer.table) == before + 3
    assert window.plots.model.rowCount() == before + 3
    assert set(layer.selected) == set(wizard.result.written.plot_ids)
    plot = window.project.plots.by_code("IMP-0002")
    farmer = window.project.farmers.get(plot.farmer_id)
    assert farmer.name_kh == "សុខ ចាន់ថា"
    assert window.project.plot_extras.of_plot(plot.id) == {"SURVEY": "S1"}
    farmers = len(window.project.farmers.list())
    assert "Import 3 plots from partner.shp" in window.edit.undo_action.text()
    window.edit.undo_action.trigger()  # the whole import goes, with the farmers it made
    assert len(layer.table) == before
    assert window.project.plots.by_code("IMP-0002") is None
    made = wizard.result.written.new_farmers
    assert made >= 1 and len(window.project.farmers.list()) == farmers - made
    window.edit.redo_action.trigger()  # and comes back with the same ids and attributes
    again = window.project.plots.by_code("IMP-0002")
    assert again.id == plot.id and again.farmer_id == plot.farmer_id
    assert window.project.plot_extras.of_plot(plot.id) == {"SURVEY": "S1"}
    assert len(layer.table) == before + 3
    assert sorted(p.name for p in source.parent.iterdir()) == listing  # source untouched


def test_invalid_shapes_are_imported_only_after_the_repair_is_accepted(window, tmp_path,
                                                                     qtbot, monkeypatch):
    wizard = _wizard(window, qtbot, _shapefile(tmp_path / "in", bowtie=True), pages=3)
    page = wizard.report_page
    assert "2 will be imported, 1 will not" in page.summary.text()
    assert page.repair.isVisibleTo(wizard)
    assert "ha" in page.repair.text()
    assert "Self-intersection" in page.report.toPlainText()
    page.repair.setChecked(True)
    assert "3 will be imported, 0 will not" in page.summary.text()
    page.repair.setChecked(False)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    wizard.accept()  # the officer declines to import without the refused feature
    assert asked and wizard.result is None
    assert window.project.plots.by_code("IMP-0001") is None


def test_a_file_without_crs_gets_a_guess_and_a_damaged_file_is_refused(window, tmp_path,
                                                                      qtbot, monkeypatch):
    source = _shapefile(tmp_path / "in", prj=False)
    wizard = _wizard(window, qtbot, source, pages=1)
    assert wizard.crs_page.choice.currentData() == 4326
    assert "does not say" in wizard.crs_page.info.text()

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "partner.shp").write_bytes(source.read_bytes()[:150])
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    again = ImportWizard(window.project, window)
    qtbot.addWidget(again)
    assert not again.source_page.choose(broken / "partner.shp")
    assert warned and "partner.shp" in warned[0]


def test_export_dialog_writes_a_shapefile_of_the_selection(window, tmp_path):
    layer = window.canvas.plot_layer
    chosen = [int(i) for i in layer.table.ids[:5]]
    layer.select(chosen)
    dialog = ExportDialog(window.project, layer, window, str(tmp_path))
    assert dialog.selection_radio.isChecked()
    dialog.target.setText(str(tmp_path / "sel.zip"))
    dialog.export()
    assert dialog.written == tmp_path / "sel.zip"
    with zipfile.ZipFile(dialog.written) as zf:
        names = set(zf.namelist())
    assert {n.rsplit(".", 1)[1] for n in names} >= {"shp", "shx", "dbf", "prj", "cpg"}
    shp = next(n for n in names if n.endswith(".shp"))
    frame = pyogrio.read_dataframe(f"/vsizip/{dialog.written}/{shp}")
    assert len(frame) == 5


def test_export_dialog_makes_a_partner_package_of_several_formats(window, tmp_path):
    dialog = ExportDialog(window.project, window.canvas.plot_layer, window, str(tmp_path))
    dialog.format_boxes["gpkg"].setChecked(True)
    dialog.format_boxes["kml"].setChecked(True)
    assert dialog.is_package()
    assert dialog.target.text().endswith("_package.zip")
    dialog.export()
    with zipfile.ZipFile(dialog.written) as zf:
        names = zf.namelist()
    assert any(n.lower().startswith("readme") for n in names)
    assert any(n.endswith(".gpkg") for n in names) and any(n.endswith(".kml") for n in names)


def test_personal_data_are_left_out_unless_the_officer_ticks_the_box(window, tmp_path):
    layer = window.canvas.plot_layer
    dialog = ExportDialog(window.project, layer, window, str(tmp_path))
    box, warning = dialog.personal_box, dialog.personal_warning
    assert not box.isChecked() and warning.isHidden()
    assert "personal data" in box.text() and "outlines" in box.text()
    box.setChecked(True)
    assert not warning.isHidden() and "personal data" in warning.text()
    box.setChecked(False)
    assert warning.isHidden()
    dialog.format_boxes["gpkg"].setChecked(True)
    dialog.format_boxes["shp"].setChecked(False)
    dialog.target.setText(str(tmp_path / "private.gpkg"))
    dialog.export()
    assert dialog.written == tmp_path / "private.gpkg" and dialog.personal is False
    plots = pyogrio.read_dataframe(dialog.written, layer="plots")
    assert set(plots.geometry.geom_type) == {"Point"} and "area_ha" in plots.columns
    assert not {"farmer_name_kh", "farmer_name_latin", "farmer_phone"} & set(plots.columns)
    farmers = pyogrio.read_dataframe(dialog.written, layer="farmers", read_geometry=False)
    assert not {"name_kh", "name_latin", "phone"} & set(farmers.columns)
    assert "Personal data left out" in dialog.report

    named = ExportDialog(window.project, layer, window, str(tmp_path))
    named.format_boxes["gpkg"].setChecked(True)
    named.format_boxes["shp"].setChecked(False)
    named.personal_box.setChecked(True)
    named.target.setText(str(tmp_path / "named.gpkg"))
    named.export()
    assert named.personal is True and "Personal data included" in named.report
    plots = pyogrio.read_dataframe(named.written, layer="plots")
    assert set(plots.geometry.geom_type) == {"MultiPolygon"}
    assert plots["farmer_name_kh"].notna().any()


def test_the_personal_data_choice_is_remembered(window, tmp_path):
    settings = window.settings
    assert settings.export_personal() is False  # left out at first
    settings.set_export_personal(True)
    assert settings.export_personal() is True
    dialog = ExportDialog(window.project, window.canvas.plot_layer, window, str(tmp_path),
                          personal=settings.export_personal())
    assert dialog.personal_box.isChecked() and not dialog.personal_warning.isHidden()
    settings.set_export_personal(False)
    assert settings.export_personal() is False


def test_file_menu_has_import_and_export(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert any("Import plots" in t for t in texts)
    assert any("Export plots" in t for t in texts)
    assert window.files.import_action.shortcut().toString() == "Ctrl+I"


def test_a_file_that_does_not_say_its_encoding_is_read_in_the_best_previewed_one(
        window, tmp_path, qtbot):
    folder = tmp_path / "thai"
    folder.mkdir()
    w = shapefile.Writer(str(folder / "old"), shapeType=shapefile.POLYGON, encoding="cp874")
    w.field("CODE", "C", 20)
    w.field("OWNER", "C", 40)
    w.poly([[(106.5, 12.5), (106.5, 12.504), (106.504, 12.504), (106.504, 12.5),
             (106.5, 12.5)]])
    w.record("TH-0001", "นาข้าว")
    w.close()
    (folder / "old.prj").write_text(WGS84_PRJ)
    wizard = _wizard(window, qtbot, folder / "old.shp")
    combo = wizard.source_page.encoding_combo
    assert combo.currentData() == "cp874"
    assert "นาข้าว" in wizard.source_page.encoding_preview.text()
    wizard.next()
    assert wizard.job.features.values["OWNER"] == ["นาข้าว"]


def test_the_last_export_choices_and_folders_are_remembered(window, tmp_path):
    settings = window.settings
    assert settings.export_choices() == (["shp"], 4326)
    settings.set_export_choices(["gpkg", "kmz"], 32648)
    settings.set_folder("export", tmp_path / "out.zip")  # a file: its folder is kept
    assert settings.export_choices() == (["gpkg", "kmz"], 32648)
    assert settings.folder("export") == str(tmp_path)
    assert settings.folder("import") == settings.last_directory()  # nothing chosen yet
    dialog = ExportDialog(window.project, window.canvas.plot_layer, window,
                          settings.folder("export"), remembered=settings.export_choices())
    assert dialog.formats() == ["gpkg", "kmz"] and dialog.is_package()
    assert dialog.crs.currentData() == 32648
    assert Path(dialog.target.text()).parent == tmp_path


def test_the_wizard_keeps_one_size_on_every_page(window, tmp_path, qtbot):
    wizard = ImportWizard(window.project, window)
    qtbot.addWidget(wizard)
    assert wizard.source_page.choose(_shapefile(tmp_path / "in"))
    wizard.show()
    qtbot.waitExposed(wizard)
    sizes = [wizard.size()]
    for _ in range(3):
        wizard.next()
        sizes.append(wizard.size())
    assert wizard.currentPage() is wizard.report_page
    assert len(set((s.width(), s.height()) for s in sizes)) == 1, sizes
    screen = wizard.screen().availableGeometry()
    assert sizes[0].width() <= screen.width() and sizes[0].height() <= screen.height()
    assert wizard.stable_size() is wizard.stable_size(), "chosen once"


def _corner_points(path: Path) -> Path:
    """Two plots as corner points, one row per corner, grouped by 'parcel' (a name the
    file reader does not take for a plot code by itself), and a 'team' column."""
    lines = ["parcel,team,longitude,latitude"]
    for n, x in enumerate((106.60, 106.62)):
        for dx, dy in ((0, 0), (0, 0.004), (0.004, 0.004), (0.004, 0)):
            lines.append(f"P-{n + 1},A,{x + dx:.4f},{12.50 + dy:.4f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_point_csv_rows_are_joined_by_the_chosen_plot_code_column(window, tmp_path, qtbot,
                                                                  monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    wizard = _wizard(window, qtbot, _corner_points(tmp_path / "corners.csv"))
    page = wizard.source_page
    assert [page.group_combo.itemData(i) for i in range(page.group_combo.count())] == [
        None, "parcel", "team"]
    wizard.next()  # no column chosen: the rows are not joined, and the wizard says so
    assert wizard.currentPage() is page
    assert warned and "not joined" in warned[-1] and "command line" not in warned[-1]
    page.group_combo.setCurrentIndex(page.group_combo.findData("team"))
    wizard.next()
    wizard.next()
    columns = wizard.columns_page
    assert wizard.currentPage() is columns and columns.group_note.isVisibleTo(columns)
    assert columns.combos["code"].currentData() == "team"
    columns.combos["code"].setCurrentIndex(columns.combos["code"].findData("parcel"))
    wizard.next()  # joined again, by the plot code the officer chose on this page
    report = wizard.report_page
    assert wizard.currentPage() is report
    assert "2 features read: 2 will be imported" in report.summary.text()
    assert page.group_combo.currentData() == "parcel"
    wizard.accept()
    plot = window.project.plots.by_code("P-2")
    assert plot is not None and abs(plot.geometry.bounds[0] - 106.62) < 1e-9


def test_other_files_have_no_plot_code_choice(window, tmp_path, qtbot):
    wizard = _wizard(window, qtbot, _shapefile(tmp_path / "in"), pages=2)
    assert not wizard.source_page.group_combo.isVisibleTo(wizard.source_page)
    assert not wizard.columns_page.group_note.isVisibleTo(wizard.columns_page)
