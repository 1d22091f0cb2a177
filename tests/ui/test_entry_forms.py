"""Soil sample and yield forms and the measurements panel: live yield as the domain
computes it, out-of-range values refused until confirmed, saves undoable."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import YieldMethod
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.yields import gross_margin_per_ha, sample_yield_t_ha
from metkasekor_desktop.ui.measurements_panel import MeasurementsPanel
from metkasekor_desktop.ui.soil_sample_dialog import TEMPLATES, SoilSampleDialog
from metkasekor_desktop.ui.yield_dialog import YieldDialog


@pytest.fixture
def opened(session):
    return session.project, session.stack


def measured_plot(project) -> tuple[int, int]:
    """A plot of the demo with both soil samples and yields, and one of its seasons."""
    for y in project.yields.list():
        if project.soil_samples.for_plot(y.plot_id):
            return y.plot_id, y.season_id
    raise AssertionError("the demo project has no plot with samples and yields")


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_live_yield_follows_typing_as_the_domain_computes(opened, qtbot):
    project, stack = opened
    plot_id, season_id = measured_plot(project)
    dialog = YieldDialog(project, stack, plot_id, season_id, "en")
    qtbot.addWidget(dialog)
    dialog.crop.setCurrentIndex(dialog.crop.findData("maize"))
    type_into(qtbot, dialog.sample_area, "10")
    type_into(qtbot, dialog.weight, "2.5")
    assert dialog.live_yield() == pytest.approx(2.5)  # no moisture yet: as weighed
    type_into(qtbot, dialog.moisture, "25")
    expected = sample_yield_t_ha(2.5, 10.0, 25.0, CROPS["maize"].standard_moisture_pct)
    assert dialog.live_yield() == expected
    assert expected == pytest.approx(2.5 * (75 / 86) / 10 * 10)
    assert f"{expected:.2f} t/ha" in dialog.yield_label.text()
    assert "14 %" in dialog.yield_label.text()

    type_into(qtbot, dialog.input_cost, "500000")
    type_into(qtbot, dialog.service_cost, "250000")
    assert "price" in dialog.margin_label.text()
    type_into(qtbot, dialog.price, "1000")
    margin = gross_margin_per_ha(expected, 1000.0, 750000.0)
    assert dialog.live_margin() == margin
    assert f"{margin:,.0f} riel/ha" in dialog.margin_label.text()


def test_whole_plot_yield_uses_the_plot_area(opened, qtbot):
    project, stack = opened
    plot_id, season_id = measured_plot(project)
    area = project.plots.get(plot_id).area_ha
    dialog = YieldDialog(project, stack, plot_id, season_id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.crop.setCurrentIndex(dialog.crop.findData("maize"))
    dialog.method.setCurrentIndex(dialog.method.findData(YieldMethod.WHOLE_PLOT.value))
    assert not dialog.sample_area.isVisible() and dialog.plot_area.isVisible()
    assert f"{area:.4f} ha" in dialog.plot_area.text()
    type_into(qtbot, dialog.weight, "1200")
    type_into(qtbot, dialog.moisture, "14")
    assert dialog.live_yield() == pytest.approx(1.2 / area)


def test_saving_a_yield_stores_it_and_undo_removes_it(opened, qtbot):
    project, stack = opened
    plot_id, season_id = measured_plot(project)
    before = len(project.yields.for_plot(plot_id))
    dialog = YieldDialog(project, stack, plot_id, season_id, "en")
    qtbot.addWidget(dialog)
    dialog.crop.setCurrentIndex(dialog.crop.findData("maize"))
    type_into(qtbot, dialog.weight, "3")
    assert not dialog.save()  # no sample area: refused, nothing stored
    assert dialog.error.text() and len(project.yields.for_plot(plot_id)) == before
    type_into(qtbot, dialog.sample_area, "10")
    type_into(qtbot, dialog.moisture, "20")
    assert dialog.save()
    stored = project.yields.get(dialog.record_id)
    assert stored.plot_id == plot_id and stored.season_id == season_id
    assert stored.yield_t_ha() == pytest.approx(sample_yield_t_ha(3.0, 10.0, 20.0, 14.0))
    stack.undo()
    assert project.yields.get(dialog.record_id) is None
    assert len(project.yields.for_plot(plot_id)) == before


def test_templates_show_their_fields_with_units(opened, qtbot):
    project, stack = opened
    plot_id, season_id = measured_plot(project)
    dialog = SoilSampleDialog(project, stack, plot_id, season_id, "en")
    qtbot.addWidget(dialog)
    assert dialog.shown_indicators() == list(TEMPLATES["lab"])
    label = dialog.values_form.labelForField(dialog.edits["soc_pct"]).text()
    assert label == "Soil organic carbon (%)"
    dialog.template.setCurrentIndex(dialog.template.findData("field"))
    assert dialog.shown_indicators() == [k for k in dialog.edits if k in TEMPLATES["field"]]
    assert "infiltration_mm_h" in dialog.shown_indicators()
    assert "soc_pct" not in dialog.shown_indicators()
    infiltration = dialog.values_form.labelForField(dialog.edits["infiltration_mm_h"])
    assert "(mm/h)" in infiltration.text()


def test_out_of_range_value_is_refused_until_confirmed(opened, qtbot):
    project, stack = opened
    plot_id, season_id = measured_plot(project)
    before = len(project.soil_samples.for_plot(plot_id))
    dialog = SoilSampleDialog(project, stack, plot_id, season_id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.edits["soc_pct"], "21")  # g/kg typed as %
    type_into(qtbot, dialog.edits["ph_water"], "6.2")
    assert not dialog.save()
    assert "0.05-15 %" in dialog.range_message.text()
    assert dialog.confirm.isVisible() and not dialog.confirm.isChecked()
    assert len(project.soil_samples.for_plot(plot_id)) == before

    dialog.confirm.setChecked(True)
    assert dialog.save()
    stored = project.soil_samples.get(dialog.record_id)
    assert stored.values == {"soc_pct": 21.0, "ph_water": 6.2}
    stack.undo()
    assert project.soil_samples.get(dialog.record_id) is None
    stack.redo()
    assert project.soil_samples.get(dialog.record_id).values["soc_pct"] == 21.0


def test_changing_a_value_needs_a_new_confirmation(opened, qtbot):
    project, stack = opened
    plot_id, season_id = measured_plot(project)
    dialog = SoilSampleDialog(project, stack, plot_id, season_id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.edits["ph_water"], "11")
    dialog.confirm.setChecked(True)
    type_into(qtbot, dialog.edits["ph_water"], "12")
    assert not dialog.confirm.isChecked()
    assert not dialog.save()
    type_into(qtbot, dialog.edits["ph_water"], "6")
    assert not dialog.confirm.isVisible() and not dialog.range_message.isVisible()
    assert dialog.save()


def test_panel_lists_a_plots_demo_records_and_follows_the_stack(opened, qtbot, monkeypatch):
    project, stack = opened
    plot_id, season_id = measured_plot(project)
    panel = MeasurementsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_plot(project, stack, plot_id, season_id, "en")
    samples = project.soil_samples.for_plot(plot_id)
    yields = project.yields.for_plot(plot_id)
    assert {s.id for s in panel.soil_samples()} == {s.id for s in samples}
    assert {y.id for y in panel.yield_records()} == {y.id for y in yields}
    assert panel.soil_table.rowCount() == len(samples)
    assert panel.yield_table.rowCount() == len(yields)
    first = panel.yield_records()[0]
    assert panel.yield_table.item(0, 4).text() == f"{first.yield_t_ha():.2f}"

    def fill(dialog):
        dialog.crop.setCurrentIndex(dialog.crop.findData("maize"))
        type_into(qtbot, dialog.sample_area, "10")
        type_into(qtbot, dialog.weight, "2.5")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(YieldDialog, "exec", fill)
    assert panel.add_yield()
    assert panel.yield_table.rowCount() == len(yields) + 1

    panel.soil_table.selectRow(0)
    removed = panel.selected()[1]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_selected()
    assert removed.id not in {s.id for s in panel.soil_samples()}
    stack.undo()
    assert removed.id in {s.id for s in panel.soil_samples()}
    stack.undo()
    assert panel.yield_table.rowCount() == len(yields)


def test_panel_edit_opens_the_record_in_its_dialog(opened, qtbot, monkeypatch):
    project, stack = opened
    plot_id, season_id = measured_plot(project)
    panel = MeasurementsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_plot(project, stack, plot_id, season_id, "en")
    panel.soil_table.selectRow(0)
    sample = panel.selected()[1]
    seen = {}

    def change(dialog):
        seen["values"] = {k: e.value() for k, e in dialog.edits.items()
                          if e.value() is not None}
        dialog.notes.setPlainText("resampled")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SoilSampleDialog, "exec", change)
    assert panel.edit_selected()
    assert seen["values"] == pytest.approx(sample.values)
    assert project.soil_samples.get(sample.id).notes == "resampled"
    stack.undo()
    assert project.soil_samples.get(sample.id).notes == sample.notes


def test_a_new_yield_starts_with_the_crop_of_the_plots_plan(opened, qtbot):
    from metkasekor_desktop.domain.plan import PlotSeasonPlan

    project, stack = opened
    plot_id, season_id = measured_plot(project)
    plan = project.plans.find(plot_id, season_id)
    if plan is None:
        project.plans.add(PlotSeasonPlan(plot_id=plot_id, season_id=season_id,
                                         crops=("mung_bean",)))
    else:
        plan.crops = ("mung_bean",)
        project.plans.update(plan)
    dialog = YieldDialog(project, stack, plot_id, season_id, "en")
    qtbot.addWidget(dialog)
    assert dialog.crop.currentData() == "mung_bean", "not maize on a mung-bean plot"


def test_an_implausible_yield_is_flagged_and_stored_only_with_consent(opened, qtbot,
                                                                       monkeypatch):
    from metkasekor_desktop.layers.record_commands import SaveRecord

    project, stack = opened
    plot_id, season_id = measured_plot(project)
    before = len(project.yields.for_plot(plot_id))
    dialog = YieldDialog(project, stack, plot_id, season_id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.crop.setCurrentIndex(dialog.crop.findData("maize"))
    type_into(qtbot, dialog.sample_area, "10")
    type_into(qtbot, dialog.weight, "6")
    assert not dialog.plausibility.isVisible()
    type_into(qtbot, dialog.weight, "52")
    type_into(qtbot, dialog.moisture, "14")
    assert dialog.plausibility.isVisible() and "52.0 t/ha" in dialog.plausibility.text()

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def ask(_parent, _title, text, *_a, **_k):  # noqa: ANN001, ANN202
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", ask)
    assert not dialog.save()
    assert len(asked) == 1 and len(project.yields.for_plot(plot_id)) == before
    answer[0] = QMessageBox.StandardButton.Yes
    assert dialog.save()
    assert project.yields.get(dialog.record_id).yield_t_ha() == pytest.approx(52.0)
    stack.undo()
    assert len(project.yields.for_plot(plot_id)) == before

    # Without consent the command itself refuses; the repository has no switch for it.
    record = dialog.entity()
    record.id = None
    with pytest.raises(DomainError, match="52.0 t/ha"):
        stack.push(SaveRecord("yields", record))
    assert len(project.yields.for_plot(plot_id)) == before
    assert not hasattr(project.yields, "confirmed")
    assert not hasattr(project.soil_samples, "confirmed_out_of_range")
