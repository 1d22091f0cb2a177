"""Register > Field forms: the five phone forms of the demo written into a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from metkasekor_desktop.ui.field_forms_dialog import FieldFormsDialog

FORMS = ("plot_visit", "crop_cut", "soil_sample", "extension_event", "new_plot")


def make_dialog(window, qtbot, folder: Path) -> FieldFormsDialog:
    project = window.project
    dialog = FieldFormsDialog(project, project.seasons.list(), folder, window)
    qtbot.addWidget(dialog)
    return dialog


def write(dialog: FieldFormsDialog, qtbot) -> None:
    dialog.write()
    assert dialog.is_busy()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)


def test_the_latest_season_is_offered_first(window, qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(window, qtbot, tmp_path / "forms")
    latest = max(window.project.seasons.list(), key=lambda s: s.sort_key)
    assert dialog.season_name() == latest.name
    assert dialog.language_choice() == "both"
    assert [dialog.language.itemData(i) for i in range(3)] == ["both", "en", "km"]


def test_the_five_forms_of_the_demo_are_written_and_listed(window, qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:
    folder = tmp_path / "phone forms"
    dialog = make_dialog(window, qtbot, folder)
    assert not dialog.open_button.isVisible()
    write(dialog, qtbot)
    report = dialog.report
    assert report is not None and not report.failed
    for name in FORMS:
        assert (folder / f"{name}.xlsx").is_file()
        assert "<h:html" in (folder / f"{name}.xml").read_text(encoding="utf-8")
    for name in ("plots.csv", "districts.csv", "communes.csv", "villages.csv"):
        assert (folder / name).is_file()
    tree = dialog.written
    assert tree.topLevelItemCount() == 6  # five forms, then the lists
    first = tree.topLevelItem(0)
    assert first.text(0) == "Plot visit (mk_plot_visit)"
    assert first.text(1) == report.forms[0].version and len(first.text(1)) == 12
    assert first.text(2) == "plot_visit.xlsx, plot_visit.xml"
    assert "plots.csv" in tree.topLevelItem(5).text(2)
    assert "5 forms written in" in dialog.status.text()
    assert not dialog.open_button.isHidden()
    opened: list[str] = []
    from metkasekor_desktop.ui import field_forms_dialog

    monkeypatch.setattr(field_forms_dialog.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    dialog.open_button.click()
    assert opened == [str(folder)]


def test_english_forms_only(window, qtbot, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    dialog = make_dialog(window, qtbot, tmp_path / "en")
    dialog.set_language("en")
    write(dialog, qtbot)
    sheet = load_workbook(tmp_path / "en" / "plot_visit.xlsx").worksheets[0]
    headers = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert any(h and "English" in h for h in headers)
    assert not any(h and "Khmer" in h for h in headers)


def test_a_file_in_place_of_the_folder_is_refused_in_words(window, qtbot,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "forms"
    target.write_text("not a folder", encoding="utf-8")
    dialog = make_dialog(window, qtbot, target)
    write(dialog, qtbot)
    assert dialog.report is None
    text = dialog.status.text()
    assert "is a file, not a folder" in text and "No form was written." in text
    assert "Traceback" not in text
    assert dialog.open_button.isHidden()


def test_the_register_menu_opens_the_dialog(window, qtbot, monkeypatch) -> None:
    titles: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: titles.append(self.windowTitle()) or 0)
    actions = [a for a in window.menuBar().actions() if a.text() == "&Register"]
    texts = [a.text() for a in actions[0].menu().actions()]
    assert "Field f&orms…" in texts and "&Import field submissions…" in texts
    window.register.field_forms_action.trigger()
    window.register.submissions_action.trigger()
    assert titles == ["Field forms", "Import field submissions"]
