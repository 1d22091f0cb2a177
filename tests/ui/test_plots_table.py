"""The plots table of the register: season columns, filters, sorting, columns, export."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Stage
from metkasekor_desktop.domain.places import place
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.plot_attributes import latest_season_id
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.plots_filters import NO_PLAN
from metkasekor_desktop.ui.plots_table import PlotsTableWidget

STAGE_EN = {
    Stage.IDENTIFICATION: "Identification",
    Stage.DEMAND_CREATION_MEETING: "Demand creation meeting",
    Stage.FIELD_SHOWCASE: "Field showcase",
    Stage.COMMERCIAL_DEMONSTRATION: "Commercial demonstration",
    Stage.ANNUAL_MEETING: "Annual meeting",
    Stage.PROMOTIONAL_MEETING: "Promotional meeting",
}


@pytest.fixture
def project(demo_project: Path):
    create_application()
    project = Project.open(demo_project)
    yield project
    project.close()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _table(qtbot, project: Project, qsettings: QSettings, language: str = "en",
           layer: PlotLayer | None = None) -> PlotsTableWidget:
    widget = PlotsTableWidget(language=language, qsettings=qsettings)
    qtbot.addWidget(widget)
    widget.set_season(project, latest_season_id(project))
    widget.set_layer(layer or PlotLayer(project.plots.load_table(), 32648))
    return widget


def _column(widget: PlotsTableWidget, key: str) -> list[str]:
    model, col = widget.model, widget.model.COLUMNS.index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def _row(widget: PlotsTableWidget, plot_id: int) -> dict[str, str]:
    model, row = widget.model, widget.model.row_of(plot_id)
    return {key: model.data(model.index(row, c)) for c, key in enumerate(model.COLUMNS)}


def _season_plans(project: Project) -> dict[int, object]:
    season = latest_season_id(project)
    return {p.plot_id: p for p in project.plans.list() if p.season_id == season}


def _visible_ids(widget: PlotsTableWidget) -> set[int]:
    return {widget.model.plot_id(r) for r in range(widget.model.rowCount())}


def test_columns_show_the_register_of_a_demo_plot(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings)
    plans = _season_plans(project)
    practices = {p.id: p for p in project.practices.list()}
    providers = {p.id: p.name for p in project.providers.list()}
    plan = next(p for p in plans.values() if p.status != PlanStatus.CANCELLED
                and any(pp.provider_id for pp in p.practices) and p.crops)
    plot = project.plots.get(plan.plot_id)
    farmer = project.farmers.get(plot.farmer_id)
    where = place(plot.village_code)
    row = _row(widget, plan.plot_id)
    assert row["code"] == plot.code
    assert row["farmer"] == (farmer.name_latin or farmer.name_kh)
    assert (row["village"], row["commune"], row["district"]) == (
        where.village.name_en, where.commune.name_en, where.district.name_en)
    layer = widget.model._layer
    assert row["area"] == f"{layer.table.areas_ha[layer.index_of(plot.id)]:.2f}"
    assert row["crops"] == ", ".join(CROPS[c].name_en for c in plan.crops)
    assert set(row["practices"].split(", ")) == {practices[p.practice_id].name_en
                                                  for p in plan.practices}
    assert set(row["providers"].split(", ")) == {providers[p.provider_id]
                                                  for p in plan.practices if p.provider_id}
    assert row["status"] == {"planned": "Planned", "done": "Done"}[plan.status.value]
    assert row["role"] in {"Demonstration", "Control", "Farmer field"}


def test_stage_is_the_latest_event_of_an_unpaired_plot(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings)
    table = widget.model._layer.table
    unpaired = {int(i) for i, pair in zip(table.ids, table.paired_ids, strict=True)
                if pair is None}
    latest: dict[int, tuple] = {}
    order = list(Stage)
    for event in project.events.list():
        for plot_id in event.plot_ids:
            key = (event.event_date, order.index(event.stage))
            if plot_id in unpaired and (plot_id not in latest or key > latest[plot_id]):
                latest[plot_id] = key
    assert latest, "the demo shows some unpaired plots at meetings"
    for plot_id, (_, rank) in latest.items():
        assert _row(widget, plot_id)["stage"] == STAGE_EN[order[rank]]
    never = next(i for i in unpaired if i not in latest)
    assert _row(widget, never)["stage"] == ""


def test_khmer_interface_shows_khmer_names(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings, language="kh")
    plans = _season_plans(project)
    plan = next(p for p in plans.values() if p.status != PlanStatus.CANCELLED and p.crops)
    plot = project.plots.get(plan.plot_id)
    row = _row(widget, plan.plot_id)
    assert row["village"] == place(plot.village_code).village.name_kh
    assert row["district"] == place(plot.village_code).district.name_kh
    assert row["crops"].split(", ")[0] == CROPS[plan.crops[0]].name_kh
    assert widget.filters.status.itemText(0) != ""


def test_filters_narrow_the_rows(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings)
    table = widget.model._layer.table
    n = len(table)
    districts = np.array([place(c).district.code for c in table.village_codes])
    code = widget.filters.district.itemData(1)
    widget.filters.choose(widget.filters.district, code)
    assert widget.model.rowCount() == int(np.sum(districts == code)) < n
    widget.filters.choose(widget.filters.district, "")

    widget.filters.choose(widget.filters.role, PlotRole.CONTROL.value)
    assert _visible_ids(widget) == {int(i) for i, r in zip(table.ids, table.roles, strict=True)
                                    if r == "control"}
    widget.filters.choose(widget.filters.role, "")

    plans = _season_plans(project)
    cover = next(p.id for p in project.practices.list() if p.key == "cover_crop")
    widget.filters.choose(widget.filters.practice, "cover_crop")
    expected = {pid for pid, plan in plans.items() if plan.status != PlanStatus.CANCELLED
                and any(pp.practice_id == cover for pp in plan.practices)}
    assert expected and _visible_ids(widget) == expected
    widget.filters.choose(widget.filters.practice, "")

    widget.filters.choose(widget.filters.status, NO_PLAN)
    assert _visible_ids(widget) == {int(i) for i in table.ids} - set(plans)
    assert set(_column(widget, "status")) == {""}
    widget.filters.choose(widget.filters.status, PlanStatus.PLANNED.value)
    planned = {pid for pid, plan in plans.items() if plan.status == PlanStatus.PLANNED}
    assert planned and _visible_ids(widget) == planned
    widget.filters.choose(widget.filters.status, PlanStatus.DONE.value)
    assert _visible_ids(widget) == {pid for pid, plan in plans.items()
                                    if plan.status == PlanStatus.DONE}
    widget.filters.choose(widget.filters.status, "")
    assert widget.model.rowCount() == n


def test_filters_and_a_khmer_search_combine(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings)
    table = widget.model._layer.table
    name = next(str(k) for k in table.farmer_names_kh if k)
    widget.search.setText(name)
    widget.apply_search()
    by_name = _visible_ids(widget)
    assert by_name and all(name in str(table.farmer_names_kh[table.index_of(i)])
                           for i in by_name)
    role = str(table.roles[table.index_of(next(iter(by_name)))])
    widget.filters.choose(widget.filters.role, role)
    both = _visible_ids(widget)
    assert both == {i for i in by_name if table.roles[table.index_of(i)] == role}
    # A village searched by its Khmer name, whatever the interface language.
    plot = project.plots.get(next(iter(both)))
    widget.search.setText(place(plot.village_code).village.name_kh)
    widget.apply_search()
    assert plot.id in _visible_ids(widget)


def test_search_finds_a_provider_of_the_season(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings)
    providers = {p.id: p.name for p in project.providers.list()}
    plan = next(p for p in _season_plans(project).values()
                if p.status != PlanStatus.CANCELLED and any(pp.provider_id for pp in p.practices))
    name = providers[next(pp.provider_id for pp in plan.practices if pp.provider_id)]
    widget.search.setText(name.upper())
    widget.apply_search()
    assert plan.plot_id in _visible_ids(widget)
    assert all(name in text for text in _column(widget, "providers"))


def test_sorting_by_area_is_numeric(qtbot, project, qsettings):
    table = project.plots.load_table()
    areas = np.resize(np.array([9.5, 10.25, 0.75, 100.0, 2.0]), len(table))
    layer = PlotLayer(dataclasses.replace(table, areas_ha=areas), 32648)
    widget = _table(qtbot, project, qsettings, layer=layer)
    widget.view.sortByColumn(widget.model.AREA, Qt.SortOrder.AscendingOrder)
    shown = [float(v) for v in _column(widget, "area")]
    assert shown == sorted(shown) and shown[0] == 0.75 and shown[-1] == 100.0
    widget.view.sortByColumn(widget.model.AREA, Qt.SortOrder.DescendingOrder)
    assert _column(widget, "area")[0] == "100.00"


def test_hidden_columns_are_remembered(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings)
    menu = widget.column_menu()
    action = next(a for a in menu.actions() if a.text() == "Providers")
    action.setChecked(False)
    assert widget.view.isColumnHidden(widget.model.COLUMNS.index("providers"))
    again = _table(qtbot, project, qsettings)
    assert again.hidden_columns() == ["providers"]
    assert "Providers" not in [again.model.headers()[c] for c in again.visible_columns()]


def test_export_csv_writes_the_current_view_with_a_bom(qtbot, project, qsettings, tmp_path):
    widget = _table(qtbot, project, qsettings, language="kh")
    widget.set_column_hidden("commune", True)
    widget.filters.choose(widget.filters.role, PlotRole.DEMONSTRATION.value)
    widget.view.sortByColumn(widget.model.AREA, Qt.SortOrder.DescendingOrder)
    path = widget.export_csv(tmp_path / "plots.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    model = widget.model
    assert rows[0] == [model.headers()[c] for c in widget.visible_columns()]
    assert len(rows[0]) == len(model.COLUMNS) - 1
    assert len(rows) - 1 == model.rowCount() < len(model._layer.table)
    assert [r[0] for r in rows[1:]] == _column(widget, "code")
    village = rows[0].index(model.headers()[model.COLUMNS.index("village")])
    assert [r[village] for r in rows[1:]] == _column(widget, "village")
    assert any("\u1780" <= ch <= "\u17ff" for ch in rows[1][village]), "Khmer names"


def test_export_xlsx_reads_back(qtbot, project, qsettings, tmp_path):
    widget = _table(qtbot, project, qsettings)
    widget.set_column_hidden("stage", True)
    widget.filters.choose(widget.filters.status, PlanStatus.PLANNED.value)
    path = widget.export_xlsx(tmp_path / "plots.xlsx")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [widget.model.headers()[c] for c in widget.visible_columns()]
    assert "Stage" not in rows[0]
    assert len(rows) - 1 == widget.model.rowCount()
    area = list(rows[0]).index("Area (ha)")
    assert isinstance(rows[1][area], float)
    assert f"{rows[1][area]:.2f}" == _column(widget, "area")[0]


def test_export_to_a_missing_folder_warns_and_writes_nothing(qtbot, project, qsettings,
                                                            tmp_path, monkeypatch):
    widget = _table(qtbot, project, qsettings)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warnings.append(text))
    target = tmp_path / "no such folder" / "plots.csv"
    assert widget.export_csv(target) is None
    assert not target.exists()
    assert warnings and "plots.csv" in warnings[0]


def test_the_selection_follows_the_map_and_is_what_the_table_shows(qtbot, project,
                                                                   qsettings):
    widget = _table(qtbot, project, qsettings)
    layer = widget.model._layer
    table = layer.table
    control = next(int(i) for i, r in zip(table.ids, table.roles, strict=True) if r == "control")
    demo = next(int(i) for i, r in zip(table.ids, table.roles, strict=True)
                if r == "demonstration")
    layer.select([control, demo])
    assert sorted(widget.selected_ids()) == sorted([control, demo])
    widget.filters.choose(widget.filters.role, PlotRole.CONTROL.value)
    assert widget.selected_ids() == [control]
    assert layer.selected == (control,), "a plot the filter hides leaves the selection"
    other = next(int(i) for i, r in zip(table.ids, table.roles, strict=True)
                 if r == "control" and int(i) != control)
    widget.view.selectRow(widget.model.row_of(other))
    assert layer.selected == (other,)
    # A plot the table hides, selected on the map, is not added by Ctrl+A in the table.
    layer.select([other, demo])
    widget.view.selectAll()
    shown = widget.model.rowCount()
    assert 0 < shown < len(table)
    assert len(layer.selected) == shown and demo not in layer.selected
    assert set(layer.selected) == {widget.model.plot_id(r) for r in range(shown)}
    widget.search.setText("no plot is called this")
    widget.apply_search()
    assert layer.selected == ()


def test_another_season_shows_its_own_plans(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings)
    season = latest_season_id(project)
    earlier = {p.plot_id: p for p in project.plans.list() if p.season_id == season - 1}
    assert earlier
    widget.set_season(project, season - 1)
    done = next(pid for pid, p in earlier.items() if p.status == PlanStatus.DONE)
    assert _row(widget, done)["status"] == "Done"
    without = next(int(i) for i in widget.model._layer.table.ids if int(i) not in earlier)
    assert _row(widget, without)["status"] == _row(widget, without)["crops"] == ""


def test_the_four_filter_boxes_say_what_they_filter(qtbot, project, qsettings):
    widget = _table(qtbot, project, qsettings)
    bar = widget.filters
    boxes = (bar.district, bar.practice, bar.role, bar.status)
    # Cut to their first word in a narrow dock, the boxes still differ.
    starts = [box.currentText().split()[0] for box in boxes]
    assert len(set(starts)) == 4, starts
    assert len({box.toolTip() for box in boxes}) == 4
    assert len({box.accessibleName() for box in boxes}) == 4
