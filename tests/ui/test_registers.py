"""The registers of farmers and providers: search, sort, add, edit and refused deletes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from metkasekor_desktop.domain.enums import ProviderKind, Service
from metkasekor_desktop.layers.edit_commands import ChangeAttributes
from metkasekor_desktop.ui.farmer_dialog import FarmerDialog
from metkasekor_desktop.ui.provider_dialog import ProviderDialog
from metkasekor_desktop.ui.registers import FarmerRegister, ProviderRegister


@pytest.fixture
def project(session):
    return session.project


@pytest.fixture
def stack(session):
    return session.stack


@pytest.fixture
def farmers(qtbot, project, stack):
    register = FarmerRegister()
    qtbot.addWidget(register)
    register.set_project(project, stack, "en")
    return register


@pytest.fixture
def providers(qtbot, project, stack):
    register = ProviderRegister()
    qtbot.addWidget(register)
    register.set_project(project, stack, "en")
    return register


def _farmer_with_plots(project, n: int = 2):
    codes: dict[int, list[str]] = {}
    for plot in project.plots.list():
        codes.setdefault(plot.farmer_id, []).append(plot.code)
    farmer_id = next(f for f, c in codes.items() if f is not None and len(c) >= n)
    return project.farmers.get(farmer_id), sorted(codes[farmer_id])


# --- farmers ---------------------------------------------------------------------------
def test_every_farmer_is_listed_with_the_number_of_plots(farmers, project):
    assert farmers.row_count() == project.farmers.count()
    farmer, codes = _farmer_with_plots(project)
    row = farmers.row_texts(farmer.id)
    assert row[0] == farmer.name_kh and row[1] == farmer.name_latin
    assert row[3] == farmer.phone and row[-1] == str(len(codes))
    farmers.select(farmer.id)
    assert all(code in farmers.detail.text() for code in codes)


def test_khmer_and_latin_search_find_the_farmer(farmers, project):
    farmer, codes = _farmer_with_plots(project)
    farmers.search.setText(farmer.name_kh)
    assert farmer.id in farmers.ids() and farmers.row_count() < project.farmers.count()
    farmers.search.setText(farmer.name_latin.upper())
    assert farmer.id in farmers.ids()
    farmers.search.setText(codes[0])
    assert farmers.ids() == [farmer.id]
    farmers.search.setText("no such farmer anywhere")
    assert farmers.row_count() == 0
    farmers.search.clear()
    assert farmers.row_count() == project.farmers.count()


def test_sorting_by_number_of_plots_is_numeric(farmers):
    farmers.view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    counts = [int(farmers.proxy.index(r, 7).data()) for r in range(farmers.row_count())]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]


def test_a_farmer_added_in_the_dialog_is_stored_shown_and_undone(qtbot, farmers, project,
                                                                  stack):
    before = project.farmers.count()
    dialog = FarmerDialog(stack, "en")
    qtbot.addWidget(dialog)
    dialog.name_kh.setText("សុខ ស្រីពៅ")
    dialog.name_latin.setText("Sok Sreypov")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.phone.setText("012 345 678")
    dialog.village.set_village("02070201")
    dialog.cooperative.setText("Rattanak Mondol CA")
    dialog.early_adopter.setChecked(True)
    assert dialog.save()
    stored = project.farmers.get(dialog.record_id)
    assert (stored.name_kh, stored.name_latin, str(stored.sex), stored.phone,
            stored.village_code, stored.cooperative, stored.early_adopter) == (
        "សុខ ស្រីពៅ", "Sok Sreypov", "female", "012 345 678", "02070201",
        "Rattanak Mondol CA", True)
    assert farmers.row_count() == before + 1
    farmers.search.setText("សុខ ស្រីពៅ")
    shown = farmers.ids()
    assert dialog.record_id in shown and len(shown) < before
    stack.undo()
    assert project.farmers.count() == before and dialog.record_id not in farmers.ids()


def test_a_farmer_without_a_name_is_refused_in_the_dialog(qtbot, project, stack):
    dialog = FarmerDialog(stack, "en")
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "name" in dialog.error.text() and not dialog.error.isHidden()
    assert len(stack) == 0


def test_an_edited_farmer_is_updated(qtbot, farmers, project, stack):
    farmer, _codes = _farmer_with_plots(project)
    dialog = FarmerDialog(stack, "en", farmer)
    qtbot.addWidget(dialog)
    assert dialog.name_kh.text() == farmer.name_kh
    dialog.phone.setText("099 000 111")
    assert dialog.save()
    assert project.farmers.get(farmer.id).phone == "099 000 111"
    assert farmers.row_texts(farmer.id)[3] == "099 000 111"
    assert project.farmers.count() == len(farmers.ids())


def test_deleting_a_farmer_of_plots_is_refused_and_changes_nothing(farmers, project, stack):
    farmer, codes = _farmer_with_plots(project)
    count, row = project.farmers.count(), farmers.row_texts(farmer.id)
    assert not farmers.delete_record(farmer.id)
    assert project.farmers.count() == count and farmers.row_texts(farmer.id) == row
    assert farmer.display_name in farmers.message.text() and not farmers.message.isHidden()
    assert codes[0] in farmers.message.text() and len(stack) == 0


def test_a_farmer_without_plots_is_deleted_and_undone(farmers, project, stack):
    _farmer, codes = _farmer_with_plots(project, 1)
    used = {p.farmer_id for p in project.plots.list()}
    idle = next(f for f in project.farmers.list() if f.id not in used)
    assert farmers.delete_record(idle.id)
    assert project.farmers.get(idle.id) is None and farmers.row_texts(idle.id) == []
    stack.undo()
    assert project.farmers.get(idle.id) == idle and farmers.row_texts(idle.id)


def test_the_plot_count_follows_plot_edits(farmers, project, stack):
    used = {p.farmer_id for p in project.plots.list()}
    idle = next(f for f in project.farmers.list() if f.id not in used)
    plot = project.plots.list()[0]
    stack.push(ChangeAttributes(plot.id, {"farmer_id": idle.id}))
    assert farmers.row_texts(idle.id)[-1] == "1"
    stack.undo()
    assert farmers.row_texts(idle.id)[-1] == "0"


# --- providers -------------------------------------------------------------------------
def test_providers_show_kind_services_provinces_and_plans_served(providers, project):
    assert providers.row_count() == project.providers.count()
    provider = project.providers.get(1)
    row = providers.row_texts(1)
    assert row[0] == provider.name and row[1] == "Cover-crop seed company"
    assert "Cover-crop seed" in row[2] and "Battambang" in row[5]
    assert int(row[6]) > 0
    providers.search.setText("battambang")
    assert 1 in providers.ids()


def test_a_provider_added_in_the_dialog_is_stored(qtbot, providers, project, stack):
    dialog = ProviderDialog(stack, "en")
    qtbot.addWidget(dialog)
    dialog.name.setText("Pailin Machinery Hire")
    dialog.kind.setCurrentIndex(dialog.kind.findData("machinery_service"))
    dialog.services["no_till_planting"].setChecked(True)
    dialog.services["roller_crimping"].setChecked(True)
    dialog.contact.setText("Chea Dara")
    dialog.phone.setText("016 222 333")
    dialog.email.setText("dara@example.org")
    dialog.provinces["24"].setChecked(True)
    dialog.provinces["02"].setChecked(True)
    dialog.notes.setPlainText("Two no-till planters")
    assert dialog.save()
    stored = project.providers.get(dialog.record_id)
    assert stored.kind == ProviderKind.MACHINERY_SERVICE
    assert set(stored.services) == {Service.NO_TILL_PLANTING, Service.ROLLER_CRIMPING}
    assert set(stored.provinces) == {"02", "24"}
    assert (stored.contact_person, stored.phone, stored.email, stored.notes) == (
        "Chea Dara", "016 222 333", "dara@example.org", "Two no-till planters")
    assert providers.row_texts(dialog.record_id)[-1] == "0"


def test_an_edited_provider_keeps_its_checked_boxes(qtbot, project, stack):
    provider = project.providers.get(1)
    dialog = ProviderDialog(stack, "en", provider)
    qtbot.addWidget(dialog)
    assert all(dialog.provinces[c].isChecked() for c in provider.provinces)
    assert dialog.services["cover_crop_seed"].isChecked()
    dialog.services["training"].setChecked(True)
    assert dialog.save()
    assert Service.TRAINING in project.providers.get(1).services
    stack.undo()
    assert project.providers.get(1) == provider


def test_deleting_a_provider_named_in_plans_is_refused(providers, project, stack):
    count, row = project.providers.count(), providers.row_texts(1)
    assert not providers.delete_record(1)
    assert project.providers.count() == count and providers.row_texts(1) == row
    assert "season plan" in providers.message.text() and len(stack) == 0
