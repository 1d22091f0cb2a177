"""Dialogs and panels of plot editing, driven through their widgets as an officer would."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from pyproj import Transformer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from shapely.geometry import MultiPolygon, Polygon

from metkasekor_desktop.domain.errors import DomainError, GeometryError
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.geometry import transform
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.layers.plot_editor import EditSettings, PreparedShape
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.coordinates_dialog import CoordinatesDialog
from metkasekor_desktop.ui.delete_plots_dialog import DeletePlotsDialog
from metkasekor_desktop.ui.edit_settings_dialog import EditSettingsDialog
from metkasekor_desktop.ui.gpx_dialog import GpxDialog
from metkasekor_desktop.ui.history_panel import HistoryPanel
from metkasekor_desktop.ui.new_plot_dialog import NewPlotDialog
from metkasekor_desktop.ui.overlaps_panel import OverlapsPanel
from metkasekor_desktop.ui.village_picker import VillagePicker

UTM = 32648
TO_UTM = Transformer.from_crs(4326, UTM, always_xy=True)


def _square_utm(x0: float, y0: float, side: float) -> MultiPolygon:
    return MultiPolygon([Polygon([(x0, y0), (x0 + side, y0), (x0 + side, y0 + side),
                                  (x0, y0 + side)])])


def _prepared(geom_map: MultiPolygon, warnings=(), removed_ha: float = 0.0) -> PreparedShape:
    return PreparedShape(geom_map, transform(geom_map, UTM, 4326), geom_map.area / 10_000,
                         removed_ha, list(warnings))


@dataclass
class FakeEditor:
    """Records what the dialogs ask of the plot editor."""

    code: str = "BTB-RM-0007"
    village: str | None = "02070101"
    refuse: str | None = None
    added: list[dict] = field(default_factory=list)
    prepared_shapes: list = field(default_factory=list)

    def propose_code(self, x: float, y: float) -> str:
        return self.code

    def nearest_village(self, x: float, y: float) -> str | None:
        return self.village

    def prepare(self, geom_map, exclude_id=None) -> PreparedShape:
        if self.refuse:
            raise GeometryError(self.refuse, (103.0, 13.0))
        self.prepared_shapes.append(geom_map)
        return _prepared(MultiPolygon(geom_map))

    def add_plot(self, prepared, **values) -> int:
        if self.refuse:
            raise DomainError(self.refuse)
        self.added.append(values)
        return 42


@pytest.fixture
def project(tmp_path):
    project = Project.create(tmp_path / "p.gpkg")
    project.farmers.add(Farmer(name_kh="សុខ ចាន់", name_latin="Sok Chan"))
    project.farmers.add(Farmer(name_kh="ស្រី មុំ", name_latin="Srey Mom"))
    project.plots.add(Plot(code="BTB-RM-0001", geometry=transform(
        _square_utm(300_000, 1_400_000, 100), UTM, 4326)))
    yield project
    project.close()


# --- village picker ---------------------------------------------------------------------
def test_village_picker_cascades_to_a_village_in_khmer(qtbot):
    picker = VillagePicker("kh")
    qtbot.addWidget(picker)
    assert picker.province.count() == 1  # the gazetteer is read when first shown or used
    picker.show()
    seen = []
    picker.changed.connect(seen.append)
    assert not picker.district.isEnabled() and picker.village_code() is None
    for combo, code in ((picker.province, "02"), (picker.district, "0207"),
                        (picker.commune, "020701"), (picker.village, "02070101")):
        combo.setCurrentIndex(combo.findData(code))
    assert picker.province.currentText() == "បាត់ដំបង"
    assert picker.district.currentText() == "រតនមណ្ឌល"
    assert picker.commune.currentText() == "ស្ដៅ"
    assert picker.village.currentText() == "បាណង់"
    assert picker.village_code() == "02070101"
    assert seen[-1] == "02070101"
    # Choosing another province empties the levels below it.
    picker.province.setCurrentIndex(picker.province.findData("13"))
    assert picker.village_code() is None and seen[-1] is None
    assert picker.commune.count() <= 1


def test_village_picker_presets_and_speaks_english(qtbot):
    picker = VillagePicker("en")
    qtbot.addWidget(picker)
    picker.set_village("02070101")
    assert picker.village_code() == "02070101"
    assert (picker.district.currentText(), picker.village.currentText()) == (
        "Rotaknak Mundul", "Banang")
    picker.set_village(None)
    assert picker.village_code() is None


# --- new plot ---------------------------------------------------------------------------
def test_new_plot_dialog_shows_area_and_warnings_and_saves(qtbot, project):
    editor = FakeEditor()
    prepared = _prepared(_square_utm(301_000, 1_400_000, 100),
                         ["clipped by 0.12 ha to avoid overlapping BTB-RM-0001"], 0.12)
    dialog = NewPlotDialog(editor, prepared, 301_050, 1_400_050, project, "kh")
    qtbot.addWidget(dialog)
    assert "1.00 ha" in dialog.area.text()
    assert "0.12 ha" in dialog.warnings.text() and "BTB-RM-0001" in dialog.warnings.text()
    assert dialog.code.text() == "BTB-RM-0007"
    assert dialog.village.village_code() == "02070101"
    dialog.farmer.lineEdit().setText("srey m")  # part of the Latin name is enough
    dialog.role.setCurrentIndex(dialog.role.findData("demonstration"))
    dialog.name.setText("North field")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.plot_id == 42
    (values,) = editor.added
    mom = next(f for f in project.farmers.list() if f.name_latin == "Srey Mom")
    assert values == {"code": "BTB-RM-0007", "farmer_id": mom.id, "role": "demonstration",
                      "village_code": "02070101", "name": "North field", "notes": ""}


def test_new_plot_dialog_refuses_a_duplicate_code_and_stays_open(qtbot, project):
    editor = FakeEditor(code="btb-rm-0001")
    dialog = NewPlotDialog(editor, _prepared(_square_utm(301_000, 1_400_000, 50)),
                           0, 0, project, "en")
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "BTB-RM-0001 already exists" in dialog.message.text()
    assert editor.added == [] and dialog.plot_id is None
    dialog.code.setText("BTB RM 2")
    assert not dialog.save() and "letters, digits and dashes" in dialog.message.text()
    dialog.code.setText("BTB-RM-0002")
    editor.refuse = "The plot boundary is not a valid shape."
    assert not dialog.save() and dialog.message.text() == editor.refuse
    editor.refuse = None
    assert dialog.save() and editor.added[0]["farmer_id"] is None


def test_new_plot_dialog_warns_outside_cambodia(qtbot, project):
    far_away = MultiPolygon([Polygon([(2, 48), (2.001, 48), (2.001, 48.001)])])
    prepared = PreparedShape(far_away, far_away, 0.5, 0.0, [])
    dialog = NewPlotDialog(FakeEditor(), prepared, 0, 0, project, "en")
    qtbot.addWidget(dialog)
    assert "outside Cambodia" in dialog.warnings.text()


# --- delete -----------------------------------------------------------------------------
def test_delete_dialog_says_what_goes_with_the_plots(qtbot):
    dependents = {"plans": 12, "soil_samples": 4, "yields": 2, "trial_memberships": 1,
                  "events": 2}
    dialog = DeletePlotsDialog(["BTB-RM-0001", "BTB-RM-0002", "BTB-RM-0003"], dependents)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "This deletes 3 plots and with them 12 season plans, 4 soil samples, "
        "2 yield records, 1 trial membership, 2 event links.")
    assert dialog.ok_button.text() == "Delete 3 plots"
    assert dialog.cancel_button.isDefault() and not dialog.ok_button.isDefault()
    assert "BTB-RM-0002" in dialog.code_list.text()


def test_delete_dialog_for_one_plot_without_records(qtbot):
    dialog = DeletePlotsDialog(["BTB-RM-0009"], {"plans": 0, "soil_samples": 0})
    qtbot.addWidget(dialog)
    assert dialog.ok_button.text() == "Delete 1 plot"
    assert "1 plot;" in dialog.summary.text() and "season plan" not in dialog.summary.text()


# --- history ----------------------------------------------------------------------------
@dataclass
class Step:
    text: str
    log: list
    merge_key: object = None

    def do(self, context) -> None:
        self.log.append(("do", self.text))

    def undo(self, context) -> None:
        self.log.append(("undo", self.text))

    def merge(self, other) -> bool:
        return False


def _click_row(qtbot, panel: HistoryPanel, row: int) -> None:
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_history_panel_lists_steps_and_a_click_moves_through_them(qtbot):
    log: list = []
    stack = UndoStack(None)
    panel = HistoryPanel(stack)
    qtbot.addWidget(panel)
    panel.show()
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["<empty>"]
    for text in ("Add plot BTB-RM-0001", "Move plot BTB-RM-0001", "Delete 2 plots"):
        stack.push(Step(text, log))
    assert [panel.list.item(i).text() for i in range(4)] == [
        "<empty>", "Add plot BTB-RM-0001", "Move plot BTB-RM-0001", "Delete 2 plots"]
    assert panel.current_row() == 3
    _click_row(qtbot, panel, 1)
    assert stack.index == 1 and panel.current_row() == 1
    assert log[-2:] == [("undo", "Delete 2 plots"), ("undo", "Move plot BTB-RM-0001")]
    stack.redo()  # the panel follows the stack
    assert panel.current_row() == 2
    _click_row(qtbot, panel, 0)
    assert stack.index == 0

    other = UndoStack(None)
    panel.set_stack(other)
    stack.redo()  # the old stack no longer drives the panel
    assert panel.list.count() == 1 and panel.current_row() == 0


# --- coordinates ------------------------------------------------------------------------
DMS_ROWS = [("103°15'00\"E", "12°45'30\"N"), ("103°15'10\"E", "12°45'30\"N"),
            ("103°15'10\"E", "12°45'40\"N"), ("103°15'00\"E", "12°45'40\"N")]


def _dms(d: int, m: int, s: int) -> float:
    return d + m / 60 + s / 3600


def test_typed_dms_rows_make_the_expected_plot(qtbot):
    editor = FakeEditor()
    dialog = CoordinatesDialog(editor, UTM)
    qtbot.addWidget(dialog)
    for row, (lon, lat) in enumerate(DMS_ROWS):
        dialog.set_row(row, lon, lat)
    assert dialog.row_errors() == {}
    lons = [_dms(103, 15, 0), _dms(103, 15, 10), _dms(103, 15, 10), _dms(103, 15, 0)]
    lats = [_dms(12, 45, 30), _dms(12, 45, 30), _dms(12, 45, 40), _dms(12, 45, 40)]
    xs, ys = TO_UTM.transform(lons, lats)
    expected_ha = Polygon(zip(xs, ys, strict=True)).area / 10_000
    assert expected_ha == pytest.approx(9.4, abs=0.2)  # ~308 m x ~307 m
    assert f"{expected_ha:.4f} ha" in dialog.preview.text()
    dialog.make_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.prepared().area_ha == pytest.approx(expected_ha, rel=1e-9)


def test_a_bad_row_is_marked_and_make_plot_refused(qtbot):
    editor = FakeEditor()
    dialog = CoordinatesDialog(editor, UTM)
    qtbot.addWidget(dialog)
    rows = "\n".join(f"{lon}\t{lat}" for lon, lat in DMS_ROWS[:2])
    dialog.paste_text(rows + "\n103°15'10\"E\tnorth\n103°15'00\"E\t12°45'40\"N\n")
    assert list(dialog.row_errors()) == [2]
    cell = dialog.table.item(2, 1)
    assert cell.toolTip() and cell.background().color().red() == 255
    assert dialog.table.item(0, 1).toolTip() == ""
    assert not dialog.make_plot()
    assert dialog.message.text().startswith("Row 3:")
    assert editor.prepared_shapes == [] and dialog.prepared() is None
    dialog.set_row(2, "103°15'10\"E", "12°45'40\"N")
    assert dialog.row_errors() == {} and dialog.make_plot()


def test_utm_rows_and_a_refused_shape(qtbot):
    editor = FakeEditor(refuse="The plot boundary crosses itself at 103.0, 13.0.")
    dialog = CoordinatesDialog(editor, UTM)
    qtbot.addWidget(dialog)
    dialog.set_mode("utm")
    dialog.paste_text("500000\t1400000\n500100\t1400000\n500100\t1400100\n500000\t1400100")
    assert "1.0000 ha" in dialog.preview.text() and "400.0 m" in dialog.preview.text()
    assert not dialog.make_plot() and "crosses itself" in dialog.message.text()


# --- GPX --------------------------------------------------------------------------------
GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="12.7" lon="103.2"><name>A</name></wpt>
  <wpt lat="12.7" lon="103.201"><name>B</name></wpt>
  <wpt lat="12.701" lon="103.201"><name>C</name></wpt>
  <trk><name>Walk</name><trkseg>
    <trkpt lat="12.70" lon="103.30"><time>2024-05-01T08:00:00Z</time></trkpt>
    <trkpt lat="12.70" lon="103.302"><time>2024-05-01T08:01:00Z</time></trkpt>
    <trkpt lat="12.702" lon="103.302"><time>2024-05-01T08:02:00Z</time></trkpt>
    <trkpt lat="12.702" lon="103.30"><time>2024-05-01T08:03:00Z</time></trkpt>
  </trkseg></trk>
</gpx>
"""


def test_gpx_track_and_waypoints_make_plots(qtbot, tmp_path):
    path = tmp_path / "walk.gpx"
    path.write_text(GPX, encoding="utf-8")
    editor = FakeEditor()
    dialog = GpxDialog(editor, UTM)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.source.count() == 2
    dialog.choose("track", 0)
    xs, ys = TO_UTM.transform([103.30, 103.302, 103.302, 103.30], [12.70, 12.70, 12.702, 12.702])
    expected_ha = Polygon(zip(xs, ys, strict=True)).area / 10_000
    assert len(dialog.points()) == 4
    assert f"{expected_ha:.4f} ha" in dialog.info.text()
    assert dialog.preview.grab().toImage().pixelColor(5, 5).isValid()
    dialog.choose("waypoints")
    assert len(dialog.points()) == 3
    dialog.choose("track", 0)
    assert dialog.make_plot()
    assert dialog.prepared().area_ha == pytest.approx(expected_ha, rel=1e-9)


def test_a_bad_gpx_file_says_why(qtbot, tmp_path):
    path = tmp_path / "broken.gpx"
    path.write_text("<gpx><trk><trkseg><trkpt lat=", encoding="utf-8")
    dialog = GpxDialog(FakeEditor(), UTM)
    qtbot.addWidget(dialog)
    assert not dialog.load(path)
    assert "broken.gpx" in dialog.message.text()
    assert not dialog.make_plot() and dialog.prepared() is None


# --- overlaps ---------------------------------------------------------------------------
def test_overlaps_panel_lists_pairs_and_asks_to_show_them(qtbot, project):
    project.plots.add(Plot(code="BTB-RM-0002", geometry=transform(
        _square_utm(300_090, 1_400_000, 100), UTM, 4326)))  # 10 m x 100 m on 0001
    project.plots.add(Plot(code="BTB-RM-0003", geometry=transform(
        _square_utm(305_000, 1_400_000, 100), UTM, 4326)))
    layer = PlotLayer(project.plots.load_table(), UTM)
    panel = OverlapsPanel()
    qtbot.addWidget(panel)
    panel.show()
    pairs = panel.show_overlaps(layer)
    assert len(pairs) == 1 and panel.list.count() == 1
    assert panel.list.item(0).text() == "BTB-RM-0001 / BTB-RM-0002: 0.10 ha"
    with qtbot.waitSignal(panel.show_requested) as signal:
        rect = panel.list.visualItemRect(panel.list.item(0))
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    codes = {layer.table.codes[layer.index_of(i)] for i in signal.args[0]}
    assert codes == {"BTB-RM-0001", "BTB-RM-0002"}


# --- settings ---------------------------------------------------------------------------
def test_edit_settings_dialog_returns_new_settings(qtbot):
    old = EditSettings()
    dialog = EditSettingsDialog(old)
    qtbot.addWidget(dialog)
    assert dialog.snapping.isChecked() and dialog.avoid_overlaps.isChecked()
    dialog.snapping.setChecked(False)
    assert not dialog.tolerance.isEnabled()
    dialog.avoid_overlaps.setChecked(False)
    dialog.tolerance.setValue(15)
    dialog.min_area.setValue(0.05)
    dialog.min_width.setValue(3.5)
    new = dialog.settings()
    assert new == EditSettings(snapping=False, snap_tolerance_px=15, avoid_overlaps=False,
                               min_area_ha=0.05, min_width_m=3.5)
    assert old == EditSettings()


# --- with the real editor ---------------------------------------------------------------
def test_a_plot_saved_from_the_dialog_is_stored_and_undone_from_the_history(qtbot, project,
                                                                            open_session):
    session = open_session(project, UTM)
    layer, stack, editor = session.layer, session.stack, session.editor
    panel = HistoryPanel(stack)
    qtbot.addWidget(panel)
    panel.show()
    prepared = editor.prepare(_square_utm(300_200, 1_400_000, 50))
    dialog = NewPlotDialog(editor, prepared, 300_220, 1_400_020, project, "en")
    qtbot.addWidget(dialog)
    assert "0.25 ha" in dialog.area.text() and not dialog.warnings.text()
    dialog.code.setText("BTB-RM-0002")
    assert dialog.save()
    stored = project.plots.get(dialog.plot_id)
    assert stored.code == "BTB-RM-0002" and stored.area_ha == pytest.approx(0.25, rel=1e-4)
    assert panel.list.count() == 2 and "BTB-RM-0002" in panel.list.item(1).text()
    _click_row(qtbot, panel, 0)
    assert project.plots.get(dialog.plot_id) is None and panel.current_row() == 0

    ids = [int(i) for i in layer.table.ids]
    delete = DeletePlotsDialog([str(c) for c in layer.table.codes], editor.dependents(ids))
    qtbot.addWidget(delete)
    assert delete.summary.text() == "This deletes 1 plot; no other records are deleted."


def test_new_plot_form_creates_a_farmer_as_an_undo_step_and_selects_them(qtbot, project,
                                                                         open_session,
                                                                         monkeypatch):
    from metkasekor_desktop.ui.farmer_dialog import FarmerDialog

    session = open_session(project, UTM)
    stack, editor = session.stack, session.editor
    prepared = editor.prepare(_square_utm(300_200, 1_400_000, 50))
    dialog = NewPlotDialog(editor, prepared, 300_220, 1_400_020, project, "en")
    qtbot.addWidget(dialog)
    dialog.village.set_village("02070101")
    assert dialog.new_farmer_button.isEnabled() and "New farmer" in dialog.new_farmer_button.text()
    forms: list[FarmerDialog] = []

    def fill_and_save(form):  # noqa: ANN001, ANN202
        forms.append(form)
        form.name_kh.setText("ចាន់ ធី")
        form.name_latin.setText("Chan Thy")
        return QDialog.DialogCode.Accepted if form.save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(FarmerDialog, "exec", fill_and_save)
    dialog.new_farmer_button.click()
    (form,) = forms
    assert form.village.village_code() == "02070101", "the plot's village is preset"
    thy = next(f for f in project.farmers.list() if f.name_latin == "Chan Thy")
    assert dialog.farmer_id() == thy.id
    assert stack.undo_text == "Add farmer ចាន់ ធី"
    dialog.code.setText("BTB-RM-0002")
    assert dialog.save()
    assert project.plots.get(dialog.plot_id).farmer_id == thy.id
    stack.undo()
    stack.undo()
    assert all(f.name_latin != "Chan Thy" for f in project.farmers.list())
