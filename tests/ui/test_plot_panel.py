"""The plot panel: each field edit is one undoable change, and the panel follows the stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.layers.edit_commands import ChangeAttributes
from metkasekor_desktop.ui.plot_panel import PlotPanel, control_plots_by_distance


@pytest.fixture
def project(session):
    return session.project


@pytest.fixture
def stack(session):
    return session.stack


def _plot(project, role: PlotRole):
    return next(p for p in project.plots.list() if p.role == role)


@pytest.fixture
def panel(qtbot, project, stack):
    panel = PlotPanel(language="en")
    qtbot.addWidget(panel)
    demo = _plot(project, PlotRole.DEMONSTRATION)
    panel.show_plot(project, stack, demo.id, 1, "en")
    return panel


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.setText(text)
    edit.editingFinished.emit()


def test_the_panel_shows_the_plot(panel, project):
    plot = project.plots.get(panel.plot_id)
    assert panel.code.text() == plot.code
    assert panel.name.text() == plot.name
    assert panel.farmer.currentData() == plot.farmer_id
    assert panel.village.village_code() == plot.village_code
    assert panel.role.currentData() == "demonstration"
    assert panel.pair.currentData() == plot.paired_plot_id and panel.pair.isEnabled()
    assert panel.soil.currentText() == plot.soil_type
    assert panel.area.text() == f"{plot.area_ha:.2f} ha"


def test_name_code_soil_and_notes_are_stored_and_undone(qtbot, panel, project, stack):
    old = project.plots.get(panel.plot_id)
    _type(qtbot, panel.name, "Riverside demonstration")
    _type(qtbot, panel.code, "btb-rm-9999")
    panel.soil.setEditText("Luvisol")
    panel.soil.lineEdit().editingFinished.emit()
    panel.notes.setPlainText("Flooded in 2023")
    panel.notes.editingFinished.emit()
    stored = project.plots.get(panel.plot_id)
    assert (stored.name, stored.code, stored.soil_type, stored.notes) == (
        "Riverside demonstration", "BTB-RM-9999", "Luvisol", "Flooded in 2023")
    assert len(stack) == 4
    assert panel.code.text() == "BTB-RM-9999"  # shown as stored (normalised)
    stack.undo()
    assert panel.notes.toPlainText() == old.notes
    stack.undo()
    stack.undo()
    assert panel.code.text() == old.code and project.plots.get(panel.plot_id).code == old.code
    stack.undo()
    assert panel.name.text() == old.name


def test_a_refused_code_is_shown_under_the_field_and_the_old_value_comes_back(
        panel, project, stack, qtbot):
    old = project.plots.get(panel.plot_id).code
    taken = next(p.code for p in project.plots.list() if p.id != panel.plot_id)
    _type(qtbot, panel.code, taken)
    assert panel.code.text() == old
    assert project.plots.get(panel.plot_id).code == old and len(stack) == 0
    error = panel._errors["code"]
    assert not error.isHidden() and taken in error.text()


def test_the_farmer_is_chosen_by_its_khmer_or_latin_name(panel, project, stack):
    farmer = next(f for f in project.farmers.list()
                  if f.id != project.plots.get(panel.plot_id).farmer_id)
    panel.farmer.setEditText(farmer.name_latin)
    assert panel.farmer.findText(farmer.name_kh, Qt.MatchFlag.MatchContains) >= 0
    index = panel.farmer.findData(farmer.id)
    panel.farmer.setCurrentIndex(index)
    panel.farmer.activated.emit(index)
    assert project.plots.get(panel.plot_id).farmer_id == farmer.id
    stack.undo()
    assert panel.farmer.currentData() != farmer.id


def test_an_unknown_farmer_name_is_refused(panel, project, stack):
    before = project.plots.get(panel.plot_id).farmer_id
    panel.farmer.setEditText("Nobody Known")
    panel.farmer.lineEdit().editingFinished.emit()
    assert project.plots.get(panel.plot_id).farmer_id == before and len(stack) == 0
    assert "Nobody Known" in panel._errors["farmer_id"].text()
    assert panel.farmer.currentData() == before


def test_village_and_role_are_stored(panel, project, stack):
    panel.village.set_village("02070306")
    assert project.plots.get(panel.plot_id).village_code == "02070306"
    paired = project.plots.get(panel.plot_id).paired_plot_id
    assert paired is not None
    # A demonstration plot that becomes a farmer field loses its control, in one step.
    panel.role.setCurrentIndex(panel.role.findData("farmer_field"))
    stored = project.plots.get(panel.plot_id)
    assert stored.role == PlotRole.FARMER_FIELD and stored.paired_plot_id is None
    assert not panel.pair.isEnabled() and panel.pair.currentData() is None
    stack.undo()
    stored = project.plots.get(panel.plot_id)
    assert stored.role == PlotRole.DEMONSTRATION and stored.paired_plot_id == paired
    assert panel.role.currentData() == "demonstration" and panel.pair.currentData() == paired


def test_the_control_plot_is_chosen_nearest_first_or_removed(panel, project, stack):
    controls = control_plots_by_distance(project, panel.plot_id)
    assert [c[2] for c in controls] == sorted(c[2] for c in controls)
    assert panel.pair.itemData(1) == controls[0][0]
    panel.pair.setCurrentIndex(0)  # (none)
    assert project.plots.get(panel.plot_id).paired_plot_id is None
    stack.undo()
    assert panel.pair.currentData() == project.plots.get(panel.plot_id).paired_plot_id


def test_pick_on_map_asks_the_window_and_set_pair_refuses_a_non_control(
        qtbot, panel, project):
    with qtbot.waitSignal(panel.pick_pair_requested) as signal:
        panel.pick_pair.click()
    assert signal.args == [panel.plot_id]
    field = _plot(project, PlotRole.FARMER_FIELD)
    before = project.plots.get(panel.plot_id).paired_plot_id
    assert not panel.set_pair(field.id)
    assert project.plots.get(panel.plot_id).paired_plot_id == before
    assert field.code in panel._errors["paired_plot_id"].text()


def test_the_pair_is_only_for_demonstration_plots(panel, project, stack):
    control = _plot(project, PlotRole.CONTROL)
    panel.show_plot(project, stack, control.id, 1, "en")
    assert not panel.pair.isEnabled() and not panel.pick_pair.isEnabled()
    assert panel.pair.currentData() is None


def test_a_change_made_elsewhere_shows_after_the_stack_changes(panel, project, stack):
    stack.push(ChangeAttributes(panel.plot_id, {"name": "Changed in the table",
                                                "soil_type": "Vertisol"}))
    assert panel.name.text() == "Changed in the table"
    assert panel.soil.currentText() == "Vertisol"
    stack.undo()
    assert panel.name.text() == project.plots.get(panel.plot_id).name


def test_a_deleted_plot_clears_the_panel(panel, stack):
    from metkasekor_desktop.layers.edit_commands import DeletePlots

    stack.push(DeletePlots([panel.plot_id]))
    assert panel.plot_id is None and panel.code.text() == "" and not panel.code.isEnabled()
    stack.undo()  # the panel stays cleared; the window selects the plot again
    assert panel.plot_id is None


def test_clear_shows_no_plot_and_release_stops_following(panel, project, stack):
    plot_id = panel.plot_id
    panel.clear()
    assert panel.plot_id is None and not panel.name.isEnabled() and panel.plan.isHidden()
    panel.show_plot(project, stack, plot_id, 1, "en")
    panel.release()
    stack.push(ChangeAttributes(plot_id, {"name": "After closing"}))
    assert panel.name.text() == "" and panel.stack is None
