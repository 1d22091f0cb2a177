"""The Register menu brings a register to the front, never behind another tab."""

from __future__ import annotations


def _front(dock) -> bool:
    """True when the dock is the shown tab of its group (its contents can be seen)."""
    return dock.isVisible() and not dock.widget().visibleRegion().isEmpty()


def test_each_register_comes_to_the_front_with_focus(window, qtbot) -> None:
    register = window.register
    docks = (register.farmers_dock, register.providers_dock, register.events_dock)
    assert not any(dock.isVisible() for dock in docks)

    def open_from_menu(dock) -> None:  # noqa: ANN001
        dock.toggleViewAction().trigger()  # what the Register menu item does
        qtbot.waitUntil(lambda: _front(dock), timeout=2000)
        assert not any(_front(d) for d in docks if d is not dock), "one tab in front"
        focus = window.focusWidget()
        assert focus is not None and dock.isAncestorOf(focus)

    for dock in docks:
        open_from_menu(dock)
    register.farmers_dock.toggleViewAction().trigger()  # closed while the others stay
    open_from_menu(register.farmers_dock)
