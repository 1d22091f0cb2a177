"""Trials: set one up from the plots selected on the map, refusals, delete and undo, and the
map outline of a trial's plots."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialog, QMessageBox

from metkasekor_desktop.domain.enums import PlotRole, TrialDesign
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.trial_highlight import (
    CONTROL_COLOUR,
    DEMONSTRATION_COLOUR,
    paint_trial,
)
from metkasekor_desktop.layers.viewport import Viewport
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.trial_dialog import PlotPicker, TrialDialog
from metkasekor_desktop.ui.trials_panel import TrialsPanel


@pytest.fixture
def bound(session, qtbot):
    project, stack = session.project, session.stack
    panel = TrialsPanel()
    qtbot.addWidget(panel)
    selection: list[int] = []
    panel.set_project(project, stack, "en", selection=lambda: selection)
    panel.show()
    yield panel, project, stack, selection
    panel.set_project(None, None)


def demo_pairs(project, n: int) -> list[tuple[int, int, str]]:
    """(demonstration id, control id, demonstration code) of ``n`` paired sites."""
    table = project.plots.load_table()
    pairs = [(int(i), int(p), str(c)) for i, p, c, r in zip(
        table.ids, table.paired_ids, table.codes, table.roles, strict=True)
        if r == PlotRole.DEMONSTRATION.value and p is not None]
    assert len(pairs) >= n, "the demo project has too few paired sites"
    return pairs[:n]


def accept_with(fill):
    def fake_exec(dialog: TrialDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()
    return fake_exec


def test_paired_trial_from_the_map_selection_is_stored(bound, monkeypatch):
    panel, project, _stack, selection = bound
    pairs = demo_pairs(project, 2)
    selection[:] = [demo for demo, _control, _code in pairs]  # only the demo plots
    season = project.seasons.list()[0]
    before = len(project.trials.list())
    changed: list = []
    panel.trial_changed.connect(changed.append)

    def fill(dialog: TrialDialog) -> None:
        dialog.name.setText("  Rice CA pairs 2025 ")
        dialog.design.setCurrentIndex(dialog.design.findData(TrialDesign.PAIRED.value))
        item = next(dialog.seasons.item(r) for r in range(dialog.seasons.count())
                    if dialog.seasons.item(r).data(Qt.ItemDataRole.UserRole) == season.id)
        item.setCheckState(Qt.CheckState.Checked)
        assert dialog.add_selected_button.isEnabled()
        dialog.add_selected_button.click()

    monkeypatch.setattr(TrialDialog, "exec", accept_with(fill))
    assert panel.new_trial()
    trials = project.trials.list()
    assert len(trials) == before + 1
    trial = next(t for t in trials if t.name == "Rice CA pairs 2025")
    assert trial.design == TrialDesign.PAIRED
    assert trial.season_ids == (season.id,)
    got = {(m.plot_id, m.treatment, m.block) for m in trial.members}
    want = set()
    for demo, control, code in pairs:
        want |= {(demo, "CA", code), (control, "FP", code)}
    assert got == want
    # The list shows it, selected, and tells the charts.
    assert panel.selected_trial().id == trial.id
    assert changed and changed[-1].id == trial.id
    row = [t.id for t in panel.trials()].index(trial.id)
    assert panel.table.item(row, 3).text() == "4"
    assert panel.table.item(row, 2).text() == season.name
    shown: list = []
    panel.show_requested.connect(shown.append)
    panel.show_button.click()
    assert sorted(shown[0]) == sorted(p for p, _t, _b in want)


def test_plot_picker_filters_by_code(bound, qtbot):
    _panel, project, stack, _selection = bound
    pairs = demo_pairs(project, 1)
    dialog = TrialDialog(project, stack, "en")
    qtbot.addWidget(dialog)
    picker = PlotPicker(dialog.plot_choices(), dialog)
    qtbot.addWidget(picker)
    total = len(picker.visible_ids())
    picker.filter.setText(pairs[0][2].lower())
    assert pairs[0][0] in picker.visible_ids()
    assert len(picker.visible_ids()) < total


def test_rcbd_with_a_treatment_twice_in_a_block_is_refused(bound, qtbot):
    _panel, project, stack, _selection = bound
    table = project.plots.load_table()
    ids = [int(i) for i in table.ids[:3]]
    before = [(t.id, t.name) for t in project.trials.list()]
    depth = len(stack)
    dialog = TrialDialog(project, stack, "en", selected_plot_ids=ids)
    qtbot.addWidget(dialog)
    dialog.name.setText("Station RCBD")
    dialog.design.setCurrentIndex(dialog.design.findData(TrialDesign.RCBD.value))
    assert dialog.add_selected() == 3
    for row, (treatment, block) in enumerate([("CA", "B1"), ("CA", "B1"), ("FP", "B1")]):
        dialog.members.item(row, 1).setText(treatment)
        dialog.members.item(row, 2).setText(block)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == ("In a block design each treatment appears once "
                                         "in each block.")
    assert [(t.id, t.name) for t in project.trials.list()] == before
    assert len(stack) == depth
    # Corrected, it is saved.
    dialog.members.item(1, 2).setText("B2")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = next(t for t in project.trials.list() if t.name == "Station RCBD")
    assert {(m.treatment, m.block) for m in saved.members} == {
        ("CA", "B1"), ("CA", "B2"), ("FP", "B1")}


def test_delete_and_undo(bound, monkeypatch):
    panel, project, stack, _selection = bound
    trials = panel.trials()
    assert trials, "the demo project has trials"
    victim = trials[0]
    panel.select_trial(victim.id)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_selected()
    assert project.trials.get(victim.id) is None
    assert victim.id not in [t.id for t in panel.trials()]
    stack.undo()
    back = project.trials.get(victim.id)
    assert back is not None and back.members == victim.members
    assert victim.id in [t.id for t in panel.trials()]


def _colour_near(image: QImage, x: float, y: float, rgb: tuple[int, int, int]) -> bool:
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            c = QColor(image.pixel(int(round(x)) + dx, int(round(y)) + dy))
            if max(abs(c.red() - rgb[0]), abs(c.green() - rgb[1]),
                   abs(c.blue() - rgb[2])) <= 12:
                return True
    return False


def test_highlight_paints_treatment_colours_on_plot_boundaries(demo_project, qtbot):
    project = Project.open(demo_project)
    try:
        demo, control, _code = demo_pairs(project, 1)[0]
        layer = PlotLayer(project.plots.load_table(), 32648)
    finally:
        project.close()
    geoms = layer.map_geometries()
    ca, fp = geoms[layer.index_of(demo)], geoms[layer.index_of(control)]
    extent = shapely.union(ca, fp).bounds
    viewport = Viewport(0.0, 0.0, 1.0, 400, 400).fitted(extent, margin=0.2)

    def edge_far_from(geom, other) -> tuple[float, float]:
        ring = np.asarray(shapely.get_parts(geom)[0].exterior.coords)
        mids = (ring[:-1] + ring[1:]) / 2
        far = max(mids, key=lambda m: shapely.distance(shapely.Point(m), other))
        px, py = viewport.map_to_pixel(far[0], far[1])
        return float(px), float(py)

    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    ca_px, fp_px = edge_far_from(ca, fp), edge_far_from(fp, ca)
    assert not _colour_near(image, *ca_px, DEMONSTRATION_COLOUR)
    painter = QPainter(image)
    paint_trial(painter, layer, viewport, {demo: "CA", control: "FP"})
    painter.end()
    assert _colour_near(image, *ca_px, DEMONSTRATION_COLOUR)
    assert _colour_near(image, *fp_px, CONTROL_COLOUR)
    assert not _colour_near(image, *fp_px, DEMONSTRATION_COLOUR)
