"""Every menu of the main window: one accelerator letter per item, in English."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu


def accelerator(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _clashes(actions) -> list[str]:  # noqa: ANN001
    seen: dict[str, str] = {}
    clashes = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        key = accelerator(action.text())
        if key is None:
            continue
        if key in seen:
            clashes.append(f"{seen[key]!r} and {action.text()!r} share &{key}")
        seen[key] = action.text()
    return clashes


def _walk(menu: QMenu, path: str, found: list[str]) -> None:
    menu.aboutToShow.emit()  # menus filled on show (recent files) are filled now
    found.extend(f"{path}: {c}" for c in _clashes(menu.actions()))
    for action in menu.actions():
        if action.menu() is not None:
            _walk(action.menu(), f"{path} > {action.text()}", found)


def test_accelerators_are_unique_in_the_menu_bar_and_in_each_menu(window) -> None:
    from metkasekor_desktop.ui.language import current_language

    assert current_language(window.settings.qsettings) == "en"
    bar = window.menuBar()
    found = [f"menu bar: {c}" for c in _clashes(bar.actions())]
    for action in bar.actions():
        if action.menu() is not None:
            _walk(action.menu(), action.text(), found)
    assert found == []


def test_the_editing_options_item_opens_a_dialog_of_the_same_name(window, qtbot,
                                                                  monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    titles: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: titles.append(self.windowTitle()) or 0)
    action = window.edit.settings_action
    action.trigger()
    name = action.text().replace("&", "").rstrip("…").rstrip(".")
    assert name == "Editing options"
    assert titles == ["Editing options"]
