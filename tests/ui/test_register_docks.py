"""The Register menu brings a register to the front, never behind another tab."""

from __future__ import annotations

from PySide6.QtCore import Qt


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


def test_the_farmers_register_is_read_only_when_its_dock_is_shown(window, qtbot) -> None:
    register, project = window.register, window.project
    farmers = register.farmers
    assert not farmers.is_loaded() and farmers.model.rowCount() == 0
    assert not register.events.isVisible() and register.events._stale
    register.farmers_dock.toggleViewAction().trigger()
    qtbot.waitUntil(farmers.is_loaded, timeout=5000)
    total = project.farmers.count()
    assert farmers.model.rowCount() == total > 0
    farmer = next(f for f in project.farmers.list() if f.name_latin)
    farmers.search.setText(farmer.name_latin.upper())
    assert farmer.id in farmers.ids() and farmers.row_count() < total
    farmers.search.clear()
    farmers.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [farmers.model.index(r, 1).data().casefold() for r in range(farmers.row_count())]
    assert names == sorted(names, reverse=True) and farmers.row_count() == total
    assert farmers.select(farmer.id) and farmers.current_id() == farmer.id
    farmers.view.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # the record stays current
    assert farmers.current_id() == farmer.id
