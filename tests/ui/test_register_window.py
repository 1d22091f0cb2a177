"""The window on a shared register (a real PostgreSQL/PostGIS server), opened by its URL:
plots in the table and on the map, no password anywhere, no Save as, edits stored."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings

from metkasekor_desktop.storage import Project, public_url
from tests.storage.conftest import make_plot


@pytest.fixture
def register(register_url: str) -> str:
    with Project.connect(register_url) as project:
        for n in range(4):
            project.plots.add(make_plot(f"KCH-RG-{n:04d}", x=103.0 + n * 0.01, y=13.0))
    return register_url


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    create_application()

    def make():
        qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        win = MainWindow(AppSettings(qsettings))
        qtbot.addWidget(win)
        win.show()
        return win

    return make


def _with_password(url: str) -> str:
    return url.replace("postgresql://postgres@", "postgresql://postgres:s3cret@", 1)


def test_the_window_opens_a_register_by_url(qtbot, make_window, register: str,
                                            pg_server, register_db: str) -> None:
    win = make_window()
    assert win.open_project(_with_password(register))  # trust: the password is unused
    qtbot.waitUntil(lambda: win.plots.model.rowCount() == 4, timeout=10_000)
    assert win.project.is_register
    assert len(win.canvas.plot_layer.table) == 4
    title = win.windowTitle()
    assert f"{register_db} @ " in title and "s3cret" not in title
    assert not win.files.save_as_action.isEnabled()
    assert "server" in win.files.save_as_action.toolTip()
    assert win.files.export_action.isEnabled()  # the exports read a register too

    # An attribute edit through the Plot panel is stored in PostgreSQL.
    panel = win.register.plot_panel
    layer = win.canvas.plot_layer
    plot_id = int(layer.table.ids[1])
    layer.select([plot_id])
    panel.show_plot(win.project, win.edit.stack, plot_id, None)
    panel.name.setText("Riverside demonstration")
    panel.name.editingFinished.emit()
    with psycopg.connect(pg_server.conninfo(register_db)) as con:
        stored = con.execute("SELECT name FROM plots WHERE fid = %s", (plot_id,)).fetchone()
    assert stored == ("Riverside demonstration",)

    # The file watch polls without stopping editing: there is no file to lose.
    win.file_watch.poll()
    assert win.file_watch.check_now() and not win.file_watch.gone
    assert win.edit.delete_action.isEnabled()  # one plot selected, editing on
    assert not win.banner.isVisible()
    win.close()


def test_a_password_is_never_written_into_the_settings(qtbot, make_window, register: str,
                                                       tmp_path: Path) -> None:
    win = make_window()
    assert win.open_project(_with_password(register))
    win.close()
    text = (tmp_path / "s.ini").read_text(encoding="utf-8")
    assert "s3cret" not in text
    recent = win.settings.recent_projects()
    assert recent == [public_url(register)]  # the URL without its password
    assert "s3cret" not in recent[0] and recent[0].startswith("postgresql://postgres@/")
    assert win.settings.last_project() == recent[0]
    win.settings.add_recent(register)  # the same register, without a password: once
    assert len(win.settings.recent_projects()) == 1
    win.files.fill_recent_menu()
    assert any(recent[0] in a.text() for a in win.files.recent_menu.actions())


def test_the_connect_dialog_builds_a_url_without_the_password(qtbot) -> None:
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.connect_dialog import ConnectDialog

    create_application()
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("register.pdaff.example")
    dialog.database.setText("register")
    dialog.user.setText("sok")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    dialog.password.setText("s3cret")
    assert dialog.url() == ("postgresql://sok@register.pdaff.example:5432/register"
                            "?sslmode=verify-full")
    assert dialog.password_text() == "s3cret"


def test_a_refused_register_stays_in_the_recent_list(qtbot, make_window, tmp_path: Path,
                                                     monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: shown.append(a[2]))
    win = make_window()
    url = f"postgresql://nobody@/nothing?host={tmp_path}"
    win.settings.add_recent(url)
    assert not win.open_project(url)
    assert shown and "cannot be reached" in shown[0]
    assert win.project is None
    assert win.settings.recent_projects()[0] == public_url(url)


def test_the_export_dialog_writes_the_selected_plots_of_a_register(
        qtbot, make_window, register: str, tmp_path: Path) -> None:
    import zipfile

    import pyogrio

    from metkasekor_desktop.ui.export_dialog import ExportDialog

    win = make_window()
    assert win.open_project(register)
    qtbot.waitUntil(lambda: win.plots.model.rowCount() == 4, timeout=10_000)
    layer = win.canvas.plot_layer
    chosen = [int(i) for i in layer.table.ids[:2]]
    layer.select(chosen)
    dialog = ExportDialog(win.project, layer, win, str(tmp_path))
    assert dialog.selection_radio.isChecked()
    dialog.target.setText(str(tmp_path / "sel.zip"))
    dialog.export()
    assert dialog.written == tmp_path / "sel.zip"
    with zipfile.ZipFile(dialog.written) as zf:
        shp = next(n for n in zf.namelist() if n.endswith(".shp"))
    frame = pyogrio.read_dataframe(f"/vsizip/{dialog.written}/{shp}")
    codes = {p.code for p in win.project.plots.all() if p.id in chosen}
    assert set(frame["code"]) == codes and frame.geometry.notna().all()


def test_another_users_edit_appears_in_the_open_window(qtbot, make_window, register: str,
                                                      pg_server, register_db: str) -> None:
    """Another officer (here plain SQL, as psql or QGIS would) renames one plot and adds
    one: the window's watch (LISTEN/NOTIFY, polled) shows both without reopening, and
    reads only what changed."""
    win = make_window()
    assert win.open_project(register)
    qtbot.waitUntil(lambda: win.plots.model.rowCount() == 4, timeout=10_000)
    layer = win.canvas.plot_layer
    plot_id = int(layer.table.ids[2])
    with psycopg.connect(pg_server.conninfo(register_db)) as con:
        con.execute("UPDATE plots SET name = 'Renamed by Sokha' WHERE fid = %s", (plot_id,))
    with Project.connect(register) as other:
        other.plots.add(make_plot("KCH-RG-0100", x=103.2, y=13.0))
    qtbot.waitUntil(lambda: win.plots.model.rowCount() == 5, timeout=10_000)
    assert "KCH-RG-0100" in set(layer.table.codes)
    row = list(layer.table.ids).index(plot_id)
    assert layer.table.names[row] == "Renamed by Sokha"
    win.close()


def test_a_plot_deleted_on_a_register_comes_back_with_undo(qtbot, make_window, register: str,
                                                         monkeypatch) -> None:
    """Edit > Delete on a register, with a season plan on the plot; Undo puts the plot
    and its plan back with their ids."""
    from metkasekor_desktop.domain.enums import SeasonKind
    from metkasekor_desktop.domain.plan import PlotSeasonPlan
    from metkasekor_desktop.domain.season import Season
    from metkasekor_desktop.ui.delete_plots_dialog import DeletePlotsDialog

    with Project.connect(register) as project:
        season = Season(name="2025 wet", year=2025, kind=SeasonKind.MAIN_WET)
        project.seasons.add(season)
        target = project.plots.list()[1]
        plan = PlotSeasonPlan(plot_id=target.id, season_id=season.id)
        project.plans.add(plan)
    win = make_window()
    assert win.open_project(register)
    qtbot.waitUntil(lambda: win.plots.model.rowCount() == 4, timeout=10_000)
    win.canvas.plot_layer.select([target.id])
    monkeypatch.setattr(DeletePlotsDialog, "exec", lambda self: 1)
    win.edit.delete_action.trigger()
    assert target.id not in [int(i) for i in win.canvas.plot_layer.table.ids]
    with Project.connect(register) as project:
        assert project.plots.get(target.id) is None
    win.edit.undo_action.trigger()
    assert target.id in [int(i) for i in win.canvas.plot_layer.table.ids]
    with Project.connect(register) as project:
        assert project.plots.get(target.id).code == target.code
        assert [p.id for p in project.plans.for_plot(target.id)] == [plan.id]
    win.close()
