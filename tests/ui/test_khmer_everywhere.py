"""In the Khmer interface an officer reads Khmer everywhere: the window, its docks, its menus
and every dialog and wizard page the menus lead to.

The main window is opened in Khmer on the demo project with one plot (of a trial)
selected; every dock is shown, every menu opened and every menu command triggered. A
dialog a command opens modally is shown instead of run (``exec`` and ``open`` are
replaced: the dialog is shown, read, and closed as cancelled), file and input dialogs
answer "cancelled", and message boxes are read. Then the forms the docks' buttons open
(a farmer, a provider, an event, a trial, a soil sample, a yield, a new plot, the style
dialogs) and the pages of the import wizard on a file with every kind of problem are read.

Every text a visible widget shows (labels, buttons, group titles, window and dock titles,
tooltips, combo box items, tab texts, table and tree headers, placeholders, read-only
text, spin box units, menu texts, status bar messages, message boxes) is checked with
:func:`tests.khmer_text.latin_words`; the names and codes of the project's data may stay
Latin. The failure lists each text with English words and where it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
    QWizard,
)

from tests.khmer_text import describe, latin_words, project_names
from tests.ui.conftest import open_project

TRIAL_PLOT = 7  # BTB-RM-0007: a CA plot of the demo's first trial, with plans and samples


class Texts:
    """The texts read so far: each text once, with the places it was seen."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.seen: dict[str, list[str]] = {}
        self.errors: list[str] = []  # what could not be opened, and why
        self.opened: dict[str, None] = {}  # the dialogs and windows read

    def add(self, text: object, where: str) -> None:
        if isinstance(text, str) and text.strip():
            places = self.seen.setdefault(text, [])
            if where not in places:
                places.append(where)

    # --- widgets ------------------------------------------------------------------------
    def widget_tree(self, root: QWidget, label: str) -> None:
        """Every text of ``root`` and of its children that would show with it; the pages
        of its tab widgets too, one after the other."""
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            if widget is not root and not widget.isVisibleTo(root):
                continue
            where = f"{label} > {_name(widget)}"
            self.widget(widget, where, root)
            if isinstance(widget, QTabWidget):
                for i in range(widget.count()):
                    page = widget.widget(i)
                    if i != widget.currentIndex() and page is not None:
                        self.widget_tree(page, f"{where}[tab {i}]")

    def widget(self, w: QWidget, where: str, root: QWidget) -> None:
        self.add(w.toolTip(), f"{where}.toolTip")
        if w is root or w.isWindow() or isinstance(w, QDockWidget):
            self.add(w.windowTitle(), f"{where}.windowTitle")
        if isinstance(w, QLabel):
            self.add(w.text(), f"{where}.text")
        elif isinstance(w, QAbstractButton):
            self.add(w.text(), f"{where}.text")
            menu = w.menu() if isinstance(w, QPushButton | QToolButton) else None
            if menu is not None:
                self.menu(menu, f"{where}.menu")
        elif isinstance(w, QGroupBox):
            self.add(w.title(), f"{where}.title")
        if isinstance(w, QComboBox):
            self.add(w.placeholderText(), f"{where}.placeholderText")
            for i in range(w.count()):
                self.add(w.itemText(i), f"{where}.item")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                self.add(w.tabText(i), f"{where}.tabText")
                self.add(w.tabToolTip(i), f"{where}.tabToolTip")
        elif isinstance(w, QLineEdit):
            self.add(w.placeholderText(), f"{where}.placeholderText")
            if w.isReadOnly():
                self.add(w.text(), f"{where}.text")
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            self.add(w.placeholderText(), f"{where}.placeholderText")
            if w.isReadOnly():
                self.add(w.toPlainText(), f"{where}.text")
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            self.add(w.prefix(), f"{where}.prefix")
            self.add(w.suffix(), f"{where}.suffix")
        if isinstance(w, QAbstractSpinBox):
            self.add(w.specialValueText(), f"{where}.specialValueText")
        if isinstance(w, QTableView | QTreeView):
            self.headers(w, where)
        if isinstance(w, QTreeWidget):
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item: QTreeWidgetItem = stack.pop()
                for column in range(item.columnCount()):
                    self.add(item.text(column), f"{where}.item")
                    self.add(item.toolTip(column), f"{where}.item.toolTip")
                stack += [item.child(i) for i in range(item.childCount())]
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                self.add(w.item(i).text(), f"{where}.item")

    def headers(self, view: QTableView | QTreeView, where: str) -> None:
        model = view.model()
        header: QHeaderView = (view.horizontalHeader() if isinstance(view, QTableView)
                               else view.header())
        if model is None or header.isHidden():
            return
        for section in range(model.columnCount()):
            if header.isSectionHidden(section):
                continue
            for role, part in ((Qt.ItemDataRole.DisplayRole, "header"),
                               (Qt.ItemDataRole.ToolTipRole, "header.toolTip")):
                self.add(model.headerData(section, Qt.Orientation.Horizontal, role),
                         f"{where}.{part}[{section}]")

    def menu(self, menu: QMenu, where: str) -> None:
        """A menu opened as the officer opens it, its actions and submenus read."""
        menu.popup(QPoint(0, 0))
        self.app.processEvents()
        self.add(menu.title(), f"{where}.title")
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text()
            self.add(text, f"{where} > action")
            if action.toolTip() != _plain(text):
                self.add(action.toolTip(), f"{where} > {_plain(text)!r}.toolTip")
            self.add(action.statusTip(), f"{where} > {_plain(text)!r}.statusTip")
            if action.menu() is not None:
                self.menu(action.menu(), f"{where} > {_plain(text)!r}")
        menu.hide()

    def dialog(self, dialog: QDialog, label: str) -> None:
        """A dialog as it shows: read, and the other pages of a wizard."""
        dialog.show()
        self.app.processEvents()
        self.opened[type(dialog).__name__] = None
        self.widget_tree(dialog, label)
        if isinstance(dialog, QWizard):
            for page_id in dialog.pageIds():
                page = dialog.page(page_id)
                if page is not dialog.currentPage():
                    self.widget_tree(page, f"{label}[page {page_id}]")

    def attempt(self, what: str, call: Callable[[], object]) -> None:
        """Open something; an error is kept for the report instead of ending the walk."""
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - reported with the texts
            self.errors.append(f"{what}: {type(exc).__name__}: {exc}")
        self.app.processEvents()

    def offending(self, names: set[str]) -> list[tuple[str, list[str]]]:
        """Each text (each line of a text of several) with English words, and where."""
        found: dict[str, tuple[list[str], list[str]]] = {}
        for text, places in self.seen.items():
            for line in text.splitlines():
                words = latin_words(line, names)
                if words:
                    found.setdefault(line.strip(), (words, []))[1].extend(places)
        return [(f"{line}  [{_places(places)}]", words)
                for line, (words, places) in found.items()]


def _places(places: list[str]) -> str:
    unique = list(dict.fromkeys(places))
    return "; ".join(unique[:3]) + (" …" if len(unique) > 3 else "")


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def _plain(text: str) -> str:
    return text.replace("&", "")


# --- the window in Khmer with modal dialogs shown instead of run ----------------------------
@pytest.fixture
def texts(khmer, monkeypatch) -> Texts:
    """The texts collector, with every modal dialog shown, read and cancelled."""
    found = Texts(khmer)

    def fake_exec(dialog, *_args):  # noqa: ANN001, ANN202 - replaces QDialog.exec
        found.dialog(dialog, f"dialog {_name(dialog)}")
        dialog.hide()
        return 0  # Rejected: cancelled

    def fake_open(dialog, *_args):  # noqa: ANN001, ANN202 - replaces QDialog.open
        fake_exec(dialog)

    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog, QWizard):
        monkeypatch.setattr(cls, "exec", fake_exec)
        monkeypatch.setattr(cls, "open", fake_open)

    def box(kind: str, answer: QMessageBox.StandardButton):  # noqa: ANN202
        def shown(_parent, title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
            found.add(title, f"QMessageBox.{kind}.title")
            found.add(text, f"QMessageBox.{kind}.text")
            return answer
        return staticmethod(shown)

    cancel = QMessageBox.StandardButton.Cancel
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, box(kind, cancel))
    monkeypatch.setattr(QMessageBox, "about", box("about", cancel))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (0, False)))
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *a, **k: (0.0, False)))
    return found


@pytest.fixture
def khmer_window(texts, qtbot, tmp_path: Path, demo_project: Path):
    from metkasekor_desktop.ui.language import set_language
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    set_language(qsettings, "km")
    window = MainWindow(AppSettings(qsettings))
    qtbot.addWidget(window)
    window.show()
    assert open_project(window, demo_project, qtbot)
    window.canvas.plot_layer.select([TRIAL_PLOT])
    texts.app.processEvents()
    yield window
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()


def _new_windows(before: set[int]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if id(w) not in before and w.isVisible() and w.isWindow()
            and not isinstance(w, QMenu) and (isinstance(w, QDialog | QMainWindow)
                                              or w.windowTitle())]


def _visible_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def _menu_actions(menu: QMenu) -> list:
    actions = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            actions += _menu_actions(action.menu())
        else:
            actions.append(action)
    return actions


def _trigger_every_command(window, texts: Texts) -> None:
    """Every enabled menu command that opens something, as the officer would choose it."""
    from metkasekor_desktop.ui.language import LANGUAGES

    docks = window.findChildren(QDockWidget)
    skipped = {window.quit_action, window.edit.undo_action, window.edit.redo_action,
               window.edit.merge_action, *(d.toggleViewAction() for d in docks)}
    skipped.update(window.files.recent_menu.actions())
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in _menu_actions(menu):
            if (action in skipped or not action.isEnabled() or action.data() in LANGUAGES):
                continue
            label = f"menu {_plain(top.text())!r} > {_plain(action.text())!r}"
            before = _visible_windows()
            window.statusBar().clearMessage()
            texts.attempt(label, action.trigger)
            texts.add(window.statusBar().currentMessage(), f"{label}: status bar")
            for opened in _new_windows(before):
                texts.opened[type(opened).__name__] = None
                texts.widget_tree(opened, f"{label} > window {_name(opened)}")
                opened.close()
            texts.app.processEvents()


def _open_forms(window, texts: Texts, problems_file: Path) -> None:
    """The dialogs the docks' buttons open, and the import wizard's pages on a file."""
    from shapely.geometry import box

    from metkasekor_desktop.ui.import_wizard import ImportWizard

    register, trials = window.register, window.trials
    texts.attempt("farmer form (new)", register.farmers.add_record)
    texts.attempt("farmer form (edit)", lambda: register.farmers.edit_record(1))
    texts.attempt("provider form (new)", register.providers.add_record)
    texts.attempt("provider form (edit)", lambda: register.providers.edit_record(1))
    texts.attempt("event form (new)", register.events.add_event)
    texts.attempt("trial form (new)", trials.trials.new_trial)
    texts.attempt("soil sample form (new)", trials.measurements.add_soil_sample)
    texts.attempt("yield form (new)", trials.measurements.add_yield)
    for layer in list(window.layers):
        texts.attempt(f"style of layer {layer.name!r}",
                      lambda layer=layer: window.map_layers.edit_style(layer))

    def new_plot() -> None:
        minx, miny, _maxx, _maxy = window.canvas.plot_layer.extent()
        shape = box(minx - 3000, miny - 3000, minx - 2900, miny - 2900)
        window.edit.ask_new_plot(window.edit.editor.prepare(shape))

    texts.attempt("new plot form", new_plot)

    def wizard() -> None:
        dialog = ImportWizard(window.project, window, "", window.canvas.plot_layer.table)
        try:
            assert dialog.source_page.choose(problems_file)
            dialog.show()
            for page in range(4):
                texts.app.processEvents()
                texts.widget_tree(dialog, f"import wizard page {page}")
                if page < 3:
                    dialog.next()
        finally:
            dialog.close()
            dialog.deleteLater()

    texts.attempt("import wizard on problems.csv", wizard)


def test_everything_an_officer_reads_in_the_khmer_window_is_khmer(
        khmer_window, texts, demo_master, demo_project, tmp_path):
    from tests.test_khmer_outputs import problem_csv

    started = time.monotonic()
    window = khmer_window
    problems_file = problem_csv(demo_project, tmp_path / "src")
    # The data's names, the problem file's name and column names, and "English": the
    # language menu names each language in its own words.
    columns = problems_file.read_text(encoding="utf-8").splitlines()[0].replace('"', "")
    names = (project_names(demo_master) | project_names(demo_project)
             | {problems_file.stem, "English", *columns.split(",")})

    raster = demo_master.parent / f"{demo_master.stem}-elevation.tif"
    texts.attempt("add the demo's elevation raster", lambda: window.layers_panel.select_layer(
        window.map_layers.add_raster(raster)))  # the Layer menu's commands work on it
    for dock in window.findChildren(QDockWidget):
        texts.attempt(f"dock {dock.objectName()}", lambda dock=dock: (dock.show(),
                                                                      dock.raise_()))
        texts.widget_tree(dock, f"dock {dock.objectName()}")
    texts.widget_tree(window, "main window")
    for top in window.menuBar().actions():
        if top.menu() is not None:
            texts.menu(top.menu(), f"menu {_plain(top.text())!r}")
    _trigger_every_command(window, texts)
    _open_forms(window, texts, problems_file)
    texts.widget_tree(window, "main window (after)")

    # What the walk stored is data now (the zonal statistics' names).
    found = texts.offending(names | project_names(demo_project))
    errors = "\n".join(f"  {e}" for e in texts.errors)
    assert not found and not texts.errors, (
        f"{len(found)} texts of the Khmer window have English words "
        f"(read {len(texts.seen)} texts in {time.monotonic() - started:.1f} s, of the "
        f"window, its docks and menus and {', '.join(texts.opened)}):\n"
        + describe(found) + (f"\ncould not open:\n{errors}" if errors else ""))
