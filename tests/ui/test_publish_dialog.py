"""File > Publish to the shared register and File > Make an office project, in the window,
against the real PostgreSQL server: check first, publish, a clash that stops it, a
provincial officer's refusal, and a province written out as a project that opens."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from PySide6.QtCore import QSettings

from metkasekor_desktop.domain.register_copy import Clash, CopyReport
from metkasekor_desktop.layers.register_copy import publish
from metkasekor_desktop.storage import Project, public_url
from metkasekor_desktop.storage.postgis.register import add_user_to_register
from metkasekor_desktop.ui.copy_words import clash_text, counts_text
from metkasekor_desktop.ui.office_project_dialog import OfficeProjectDialog
from metkasekor_desktop.ui.publish_dialog import PublishDialog
from tests.storage.test_project_copy import office_project

WAIT_MS = 60_000


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    create_application()

    def make(target: Path | str, registers: tuple[str, ...] = ()):
        qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        win = MainWindow(AppSettings(qsettings))
        qtbot.addWidget(win)
        for url in registers:  # registers the user connected to before
            win.settings.add_recent(url)
        win.show()
        assert win.open_project(target)
        qtbot.waitUntil(lambda: win.plots.model.rowCount() > 0, timeout=10_000)
        return win

    return make


def _run_dialog(monkeypatch, cls, steps) -> list:
    """Trigger a menu item; ``steps(dialog)`` runs while its dialog is open."""
    seen: list = []

    def exec_(dialog) -> int:
        dialog.show()
        seen.append(dialog)
        return steps(dialog)

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def _codes(project: Project, province: str | None = None) -> set[str]:
    return {p.code for p in project.plots.list()
            if province is None or (p.village_code or "")[:2] == province}


def test_check_first_then_publish_an_office_project(qtbot, monkeypatch, make_window,
                                                    tmp_path: Path, register_url: str) -> None:
    office = office_project(tmp_path)
    win = make_window(office, registers=(register_url,))
    assert win.files.publish_action.isEnabled() and not win.files.office_action.isEnabled()
    outcome: dict[str, str] = {}

    def steps(dialog: PublishDialog) -> int:
        assert dialog.register.itemData(0) == public_url(register_url)
        assert dialog.register.itemText(dialog.register.count() - 1) == "Other register…"
        provinces = [dialog.province.itemData(i) for i in range(dialog.province.count())]
        assert provinces[0] is None and "02" in provinces  # All provinces, then each
        assert dialog.province.itemText(provinces.index("02")) == "Battambang (02)"
        assert dialog.check_button.isEnabled() and not dialog.publish_button.isEnabled()
        dialog.check_button.click()
        assert dialog.busy.isVisible() and not dialog.check_button.isEnabled()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
        outcome["checked"] = dialog.status.text()
        assert dialog.clashes.count() == 0 and dialog.clashes.isHidden()
        assert dialog.publish_button.isEnabled()
        with Project.connect(register_url) as shared:
            assert shared.plots.list() == []  # a check writes nothing
        dialog.publish_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
        outcome["published"] = dialog.status.text()
        assert dialog.published and not dialog.publish_button.isEnabled()
        return 0

    _run_dialog(monkeypatch, PublishDialog, steps)
    win.files.publish_action.trigger()
    assert outcome["checked"].startswith("No clashes. Publishing would add: 49 farmers, "
                                         "9 seasons, 7 service providers, 120 plots")
    assert outcome["published"].startswith("Published into the register: added 49 farmers")
    with Project.open(office) as source, Project.connect(register_url) as shared:
        assert _codes(shared) == _codes(source)
    assert win.project.path == office  # the window kept its project open all along
    win.close()


def test_a_clash_is_listed_and_publish_stays_off(qtbot, monkeypatch, make_window,
                                                 tmp_path: Path, register_url: str) -> None:
    office = office_project(tmp_path)
    assert publish(office, register_url).written
    with Project.connect(register_url) as shared:
        plot = shared.plots.list()[3]
        plot.geometry = shapely.affinity.translate(plot.geometry, 0.002, 0)
        shared.plots.update(plot)
    win = make_window(office, registers=(register_url,))
    found: dict[str, object] = {}

    def steps(dialog: PublishDialog) -> int:
        dialog.check_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
        found["clashes"] = [dialog.clashes.item(i).text()
                            for i in range(dialog.clashes.count())]
        found["status"] = dialog.status.text()
        found["publish"] = dialog.publish_button.isEnabled()
        found["listed"] = dialog.clashes.isVisible()
        return 0

    _run_dialog(monkeypatch, PublishDialog, steps)
    win.files.publish_action.trigger()
    clash = found["clashes"]
    assert len(clash) == 1 and clash[0].startswith(
        f"plot {plot.code}: the boundary differs (")
    assert clash[0].endswith(" in the register; 217 m apart)") and "office.gpkg" in clash[0]
    assert found["listed"] and found["publish"] is False
    assert found["status"].startswith("1 clashes between office.gpkg and the register: "
                                      "nothing can be published")
    win.close()


def test_a_provincial_officer_is_told_to_choose_the_province(
        qtbot, tmp_path: Path, pg_server, register_db: str, register_url: str) -> None:
    office = office_project(tmp_path)
    assert publish(office, register_url).written  # national: the catalogue
    with Project.open(office) as source:
        plot = next(p for p in source.plots.list() if (p.village_code or "")[:2] == "02")
        plot.id = plot.version = None
        plot.code, plot.paired_plot_id = "BTB-NEW-0003", None
        source.plots.add(plot)
        codes = [p.village_code for p in source.plots.list()]
    user = f"pubui_{register_db}"
    add_user_to_register(register_url, user, "provincial", ["02"])
    as_user = f"postgresql://{user}@/{register_db}?host={pg_server.socket_dir}"
    from metkasekor_desktop.ui.application import create_application

    create_application()
    dialog = PublishDialog(office, [as_user], {}, codes, "en")
    qtbot.addWidget(dialog)
    dialog.check_button.click()  # reading is allowed: the check finds no clash
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    assert dialog.publish_button.isEnabled()
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    text = dialog.status.text()
    assert "choose the province above" in text and text.endswith("Nothing was written.")
    assert not dialog.published and not dialog.publish_button.isEnabled()
    with Project.connect(register_url) as shared:
        assert "BTB-NEW-0003" not in _codes(shared)
    dialog.province.setCurrentIndex(dialog.province.findData("02"))  # a check anew
    assert not dialog.publish_button.isEnabled() and dialog.status.text() == ""
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    assert dialog.published, dialog.status.text()
    with Project.connect(register_url) as shared:
        assert "BTB-NEW-0003" in _codes(shared)


def test_an_office_project_of_a_province_is_made_and_opened(
        qtbot, monkeypatch, make_window, tmp_path: Path, register_url: str,
        register_db: str) -> None:
    office = office_project(tmp_path)
    assert publish(office, register_url).written
    with Project.open(office) as source:
        expected = _codes(source, "02")
    win = make_window(register_url)
    assert win.files.office_action.isEnabled() and not win.files.publish_action.isEnabled()
    out = tmp_path / "out" / f"{register_db}_02.gpkg"
    out.parent.mkdir()
    win.settings.set_folder("export", out.parent)
    seen: dict[str, str] = {}

    def steps(dialog: OfficeProjectDialog) -> int:
        assert dialog.path_edit.text() == str(out.parent / f"{register_db}.gpkg")
        dialog.province.setCurrentIndex(dialog.province.findData("02"))
        assert dialog.path_edit.text() == str(out)  # the name follows the province
        assert dialog.open_button.isHidden()
        dialog.make_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
        seen["made"] = dialog.status.text()
        assert dialog.written == out and dialog.open_button.isVisible()
        dialog.make_button.click()  # again: the file is there now, and is kept
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
        seen["again"] = dialog.status.text()
        assert dialog.written is None and dialog.open_button.isHidden()
        return 0

    _run_dialog(monkeypatch, OfficeProjectDialog, steps)
    win.files.office_action.trigger()
    assert seen["made"].startswith(f"Wrote {out.name}: an office project of Battambang "
                                   "(02) with ")
    assert f"A file named {out.name} already exists" in seen["again"]
    with Project.open(out) as copy:
        assert _codes(copy) == expected
        assert {(p.village_code or "")[:2] for p in copy.plots.list()} == {"02"}
    win.close()


def test_the_office_project_opens_in_the_window(qtbot, monkeypatch, make_window,
                                                tmp_path: Path, register_url: str) -> None:
    office = office_project(tmp_path)
    assert publish(office, register_url).written
    win = make_window(register_url)
    out = tmp_path / "mine.gpkg"

    def steps(dialog: OfficeProjectDialog) -> int:
        dialog.province.setCurrentIndex(dialog.province.findData("02"))
        dialog.path_edit.setText(str(tmp_path / "mine"))  # .gpkg is added
        dialog.make_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
        dialog.open_button.click()
        return int(dialog.result())

    _run_dialog(monkeypatch, OfficeProjectDialog, steps)
    win.files.office_action.trigger()
    assert win.project is not None and not win.project.is_register
    assert win.project.path == out
    qtbot.waitUntil(lambda: win.plots.model.rowCount() > 0, timeout=10_000)
    assert {(c or "")[:2] for c in win.canvas.plot_layer.table.village_codes} == {"02"}
    assert win.files.publish_action.isEnabled()
    assert Path(win.settings.folder("export")) == tmp_path
    win.close()


@pytest.mark.parametrize("clash", [
    Clash("plots", "plot BTB-0001", "boundary", "0.52 ha", "0.61 ha"),
    Clash("farmers", "farmer Sok (02010101)", "phone", "012 345 678", None),
    Clash("soil_samples", "soil sample of plot BTB-0001 in 2024 wet", "notes", "a" * 70, "b"),
    Clash("plot_season_plans", "season plan of plot BTB-0002", "crop", "maize", "rice"),
])
def test_a_clash_reads_as_the_command_line_says_it(qapp, clash: Clash) -> None:
    assert clash_text(clash, "office.gpkg", "the register") == \
        clash.message("office.gpkg", "the register")


def test_the_report_reads_in_khmer(qapp) -> None:
    from metkasekor_desktop.ui.language import install_translators, remove_translators

    report = CopyReport(added={"plots": 120, "farmers": 1, "seasons": 0})
    assert counts_text(report.added) == report.counts_text() == "120 plots, 1 farmer"
    install_translators(qapp, "km")
    try:
        assert counts_text(report.added) == "ក្បាលដី 120, កសិករ 1"
        assert counts_text({}) == "គ្មានអ្វីទេ"
        text = clash_text(Clash("plots", "plot BTB-0001", "boundary", "0.52 ha", "0.61 ha"),
                          "office.gpkg", "បញ្ជី")
        assert text == "ក្បាលដី BTB-0001៖ ព្រំដីខុសគ្នា (0.52 ha ក្នុង office.gpkg, " \
                       "0.61 ha ក្នុង បញ្ជី)"
    finally:
        remove_translators(qapp)


def test_a_moved_plot_says_how_far_in_both_languages() -> None:
    """A boundary clash of two shapes of one area names the distance between them."""
    from metkasekor_desktop.ui.application import create_application

    create_application()
    clash = Clash("plots", "plot BTB-0001", "boundary", "0.5200 ha", "0.5200 ha", 219.4)
    assert clash_text(clash, "office.gpkg", "the register") == clash.message(
        "office.gpkg", "the register")
    assert clash.message("office.gpkg", "the register").endswith("; 219 m apart)")
