"""File > Make an offline copy, Synchronise and Conflicts in the window, against the real
PostgreSQL server: a province checked out and opened, a note changed on both sides, the
sync's report with its conflict, the copy's value kept and carried at the next sync; a
boundary changed on both sides drawn in the conflict window; a password asked for; the
register out of reach said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog

from metkasekor_desktop.app import main
from metkasekor_desktop.layers.office_sync import checkout, copy_conflicts
from metkasekor_desktop.storage import Project, ProjectError, public_url
from metkasekor_desktop.ui.conflicts_dialog import (
    COPY_COLOUR,
    REGISTER_COLOUR,
    ConflictsDialog,
    parse_typed,
)
from metkasekor_desktop.ui.sync_dialog import (
    OfflineCopyDialog,
    SyncDialog,
    needs_password,
    sync_failure_text,
)
from tests.storage.test_project_copy import office_project

WAIT_MS = 60_000


@pytest.fixture
def published(tmp_path: Path, register_url: str) -> str:
    """The demo office project published into a fresh register."""
    assert main(["publish", str(office_project(tmp_path)), register_url]) == 0
    return register_url


@pytest.fixture
def make_window(qtbot, tmp_path: Path, english):
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    create_application()

    def make(target: Path | str | None = None, registers: tuple[str, ...] = ()):
        qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        win = MainWindow(AppSettings(qsettings))
        qtbot.addWidget(win)
        for url in registers:  # registers the user connected to before
            win.settings.add_recent(url)
        win.show()
        if target is not None:
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


def _plot(project: Project, code: str):
    return next(p for p in project.plots.list() if p.code == code)


def _codes(copy: Path) -> list[str]:
    with Project.open(copy) as mine:
        return sorted(p.code for p in mine.plots.list())


def _change(target: Path | str, code: str, **values) -> None:
    with Project.open_any(target) as project:
        plot = _plot(project, code)
        for name, value in values.items():
            setattr(plot, name, value)
        project.plots.update(plot)


def _menu_texts(win) -> list[str]:
    menu = win.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _wait_report(qtbot, dialog: SyncDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)


def test_checkout_sync_conflict_keep_the_copy_and_sync_again(
        qtbot, monkeypatch, make_window, tmp_path: Path, published: str) -> None:
    url = published
    win = make_window(registers=(url,))
    texts = _menu_texts(win)
    office = texts.index("Make an o&ffice project…")
    assert texts[office + 1:office + 4] == ["Make an offline cop&y…", "&Synchronise",
                                            "Conf&licts…"]
    sync = win.office_sync
    assert sync.sync_action.shortcut().toString() == "Ctrl+Shift+Y"
    assert not sync.sync_action.isEnabled() and not sync.conflicts_action.isEnabled()
    out = tmp_path / "field" / "p02.gpkg"
    out.parent.mkdir()

    def make_steps(dialog: OfflineCopyDialog) -> int:
        assert dialog.register_url() == public_url(url)  # the register connected to last
        assert dialog.area.itemText(0) == "The whole register"
        dialog.area.setCurrentIndex(dialog.area.findData("02"))
        assert dialog.area.currentText() == "Battambang (02)"
        assert dialog.area.itemText(dialog.area.findData("0207")).strip().endswith("(0207)")
        assert dialog.path_edit.text().endswith("offline_02.gpkg")  # follows the area
        dialog.path_edit.setText(str(out))
        dialog.make_button.click()
        assert dialog.busy.isVisible() and not dialog.buttons.isEnabled()
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT_MS)
        assert "Wrote p02.gpkg: an offline copy of Battambang (02) with" in \
            dialog.status.text()
        assert dialog.open_button.isVisible()
        dialog.open_button.click()
        return 1

    _run_dialog(monkeypatch, OfflineCopyDialog, make_steps)
    sync.copy_action.trigger()
    assert win.project is not None and win.project.path == out
    qtbot.waitUntil(lambda: win.plots.model.rowCount() > 0, timeout=10_000)
    assert sync.sync_action.isEnabled() and sync.conflicts_action.isEnabled()
    codes = _codes(out)
    assert codes and all(c for c in codes)

    # The same note changed on both sides; another plot renamed in the register only.
    first, other = codes[0], codes[1]
    _change(out, first, notes="copy's note")
    _change(url, first, notes="register's note")
    _change(url, other, name="renamed at the office")

    def sync_steps(dialog: SyncDialog) -> int:
        assert dialog.busy.isVisible() and not dialog.buttons.isEnabled()
        _wait_report(qtbot, dialog)
        report = dialog.report
        assert report is not None and report.open == 1
        assert dialog.conflicts.count() == 1
        assert dialog.conflicts.item(0).text() == f"plot {first}: both changed Notes"
        shown = {dialog.counts.itemAt(r, dialog.counts.ItemRole.LabelRole).widget().text():
                 dialog.counts.itemAt(r, dialog.counts.ItemRole.FieldRole).widget().text()
                 for r in range(dialog.counts.rowCount())}
        assert shown["Brought from the register:"] == "1 plot"
        assert shown["New conflicts:"] == "1"
        assert dialog.conflicts_button.isVisible()
        dialog.conflicts_button.click()
        return 1

    def conflict_steps(dialog: ConflictsDialog) -> int:
        table = dialog.table
        assert table.rowCount() == 1
        row = [table.item(0, c).text() for c in range(5)]
        assert row == [f"plot {first}", "both changed Notes", "(empty)", "copy's note",
                       "register's note"]
        assert dialog.local_button.isEnabled() and dialog.edit_button.isEnabled()
        assert dialog.preview.isHidden()
        assert "next sync" in dialog.note.text()
        dialog.local_button.click()
        assert table.rowCount() == 0
        assert not dialog.local_button.isEnabled()
        return 1

    syncs = _run_dialog(monkeypatch, SyncDialog, sync_steps)
    conflicts = _run_dialog(monkeypatch, ConflictsDialog, conflict_steps)
    sync.sync_action.trigger()
    assert len(syncs) == 1 and len(conflicts) == 1
    # The window shows what the sync brought: the renamed plot on the map and in the table.
    layer = win.canvas.plot_layer
    with Project.open(out) as mine:
        renamed_id = _plot(mine, other).id
    assert layer.table.names[layer.table.index_of(renamed_id)] == "renamed at the office"
    assert "Synchronised" in win.statusBar().currentMessage()

    def again(dialog: SyncDialog) -> int:
        _wait_report(qtbot, dialog)
        assert dialog.report is not None and dialog.report.open == 0
        assert not dialog.conflicts_button.isVisible()
        return 1

    _run_dialog(monkeypatch, SyncDialog, again)
    sync.sync_action.trigger()
    with Project.connect(url) as shared:
        assert _plot(shared, first).notes == "copy's note"
    assert copy_conflicts(out) == []


def _colour_present(image, colour: QColor, tolerance: int = 40) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green())
                    + abs(pixel.blue() - colour.blue())) < tolerance:
                return True
    return False


def test_a_boundary_changed_on_both_sides_is_drawn(qtbot, tmp_path: Path,
                                                   published: str, english) -> None:
    url = published
    out, _report = checkout(url, tmp_path / "p02.gpkg", area="02")
    code = _codes(out)[0]
    with Project.open(out) as mine:
        shape = _plot(mine, code).geometry
    east = shapely.affinity.translate(shape, xoff=0.0004)
    north = shapely.affinity.translate(shape, yoff=0.0004)
    _change(out, code, geometry=east)
    _change(url, code, geometry=north)
    from metkasekor_desktop.layers.office_sync import synchronise

    assert synchronise(out).open == 1
    dialog = ConflictsDialog(out)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.item(0, 1).text() == "both changed Boundary"
    assert dialog.table.item(0, 3).text().startswith("a boundary of ")
    assert dialog.preview.isVisible()
    assert dialog.edit_button.isHidden()  # a shape is not typed
    assert "the map below shows both" in dialog.explain.text()
    image = dialog.preview.grab().toImage()
    assert _colour_present(image, COPY_COLOUR) and _colour_present(image, REGISTER_COLOUR)
    dialog.register_button.click()  # the register's shape here
    assert dialog.table.rowCount() == 0
    with Project.open(out) as mine:
        assert _plot(mine, code).geometry.equals_exact(north, 1e-6)


def test_whole_record_conflicts_explain_the_two_choices(qtbot, tmp_path: Path,
                                                        published: str, english) -> None:
    url = published
    out, _report = checkout(url, tmp_path / "p02.gpkg", area="02")
    code = _codes(out)[-1]
    _change(out, code, notes="seen in the field")
    with Project.connect(url) as shared:
        shared.plots.delete(_plot(shared, code).id)
    from metkasekor_desktop.layers.office_sync import synchronise

    assert synchronise(out).open >= 1
    dialog = ConflictsDialog(out)
    qtbot.addWidget(dialog)
    dialog.show()
    whats = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    dialog.table.selectRow(whats.index("changed here, deleted in the register"))
    assert dialog.local_button.text() == "Keep it"
    assert dialog.register_button.text() == "Delete it here too"
    assert "goes back to the register as a new record" in dialog.explain.text()
    assert dialog.edit_button.isHidden()


def test_a_password_is_asked_for_and_the_sync_tried_again(qtbot, monkeypatch,
                                                          tmp_path: Path, english) -> None:
    calls: list = []

    def synchronise(copy, password=None, hook=None):
        calls.append(password)
        if password != "secret":
            raise ProjectError("The register r @ h cannot be reached (connection failed: "
                               "FATAL:  password authentication failed for user \"u\"). "
                               "Check the connection URL, the network and your user name "
                               "and password.")
        from metkasekor_desktop.storage.sync_engine import SyncReport

        return SyncReport()

    monkeypatch.setattr("metkasekor_desktop.layers.office_sync.synchronise", synchronise)
    answers = iter([("wrong", True), ("secret", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    dialog = SyncDialog(tmp_path / "c.gpkg", "postgresql://u@h/r")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    assert calls == [None, "wrong", "secret"] and dialog.password == "secret"
    assert "Nothing to synchronise" in dialog.status.text()


def test_the_register_out_of_reach_is_said_plainly(english) -> None:
    error = ProjectError("The register r @ h cannot be reached (connection to server at "
                         "\"h\" failed: Connection refused). Check the connection URL, the "
                         "network and your user name and password.")
    assert not needs_password(error)
    assert sync_failure_text(error) == (
        "The register could not be reached: connection to server at \"h\" failed: "
        "Connection refused. Nothing was changed; synchronise again when the connection "
        "is back.")
    assert sync_failure_text(ConnectionError("network cut")).startswith(
        "The register could not be reached: network cut.")


def test_typed_values_take_the_columns_type() -> None:
    assert parse_typed(" 12 ", (3, 4, None)) == 12
    assert parse_typed("2.5", (1.0, 2, None)) == 2.5
    assert parse_typed("", ("a", "b", None)) is None
    assert parse_typed("new note", ("a", "b", None)) == "new note"
    with pytest.raises(ValueError):
        parse_typed("many", (3, 4, None))
