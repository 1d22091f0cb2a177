"""The window fits a laptop's screen: the first window, and a layout saved on a large
monitor, leave the status bar on the screen and at least half of the width to the map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt

from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.recent import AppSettings
from metkasekor_desktop.ui.window_layout import first_window_rect, fit_rect

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 x 768 less a 40 px task bar
MONITOR = QRect(0, 0, 2560, 1400)
FRAME = (2, 34)


def _inside(rect: QRect, available: QRect, frame=FRAME) -> bool:
    fw, fh = frame
    return (rect.left() - fw // 2 >= available.left()
            and rect.top() - (fh - fw // 2) >= available.top()
            and rect.right() + fw - fw // 2 <= available.right()
            and rect.bottom() + fw // 2 <= available.bottom())


def test_the_first_window_fits_the_screen():
    laptop = first_window_rect(LAPTOP, FRAME)
    assert _inside(laptop, LAPTOP)
    assert laptop.height() >= LAPTOP.height() - FRAME[1] - 1
    big = first_window_rect(QRect(0, 0, 1920, 1040), FRAME)
    assert (big.width(), big.height()) == (1600, 1000)
    assert _inside(big, QRect(0, 0, 1920, 1040))
    # A window saved on the right half of a big monitor comes back on the laptop's screen.
    moved = fit_rect(QRect(1500, 300, 1800, 1000), LAPTOP, FRAME)
    assert _inside(moved, LAPTOP)


def _window(qtbot, settings: QSettings, available: QRect, monkeypatch) -> MainWindow:
    from metkasekor_desktop.ui.application import create_application

    create_application()
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: QRect(available))
    window = MainWindow(AppSettings(settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("available", [LAPTOP, MONITOR])
def test_a_new_window_fits_and_shows_its_status_bar(qtbot, tmp_path: Path, monkeypatch,
                                                    available):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, settings, available, monkeypatch)
    assert window.width() <= available.width() and window.height() <= available.height()
    bar = window.statusBar()
    assert bar.isVisible()
    assert bar.geometry().bottom() < window.height()
    assert window.canvas.width() >= 0.45 * window.width()


def test_a_layout_saved_on_a_big_monitor_leaves_the_map_half_the_laptop(qtbot, tmp_path,
                                                                       monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    big = _window(qtbot, settings, MONITOR, monkeypatch)
    big.setGeometry(QRect(100, 100, 2400, 1300))
    big.resizeDocks([big.plots_dock, big.layers_dock], [900, 700], Qt.Orientation.Horizontal)
    big.layout().activate()
    big.close()
    assert settings.value("window/state") is not None
    laptop = _window(qtbot, settings, LAPTOP, monkeypatch)
    assert laptop.width() <= LAPTOP.width() and laptop.height() <= LAPTOP.height()
    assert laptop.canvas.width() >= 0.45 * laptop.width(), (
        f"map {laptop.canvas.width()} px of {laptop.width()}")
    assert laptop.plots_dock.isVisible() and laptop.plots_dock.width() > 100


def test_no_tab_bar_of_closed_docks_is_drawn_over_the_others(window, qtbot):
    from PySide6.QtWidgets import QDockWidget, QTabBar

    def stale() -> list[list[str]]:
        docks = window.findChildren(QDockWidget)
        found = []
        for bar in window.findChildren(QTabBar):
            if bar.parent() is not window or not bar.isVisible():
                continue
            if not bar.geometry().intersects(window.rect()):
                continue
            titles = [bar.tabText(i) for i in range(bar.count())]
            if not any(d.isVisible() for d in docks if d.windowTitle() in titles):
                found.append(titles)
        return found

    assert stale() == []
    window.trials.charts_dock.show()
    qtbot.waitUntil(lambda: window.trials.charts_dock.isVisible())
    window.trials.charts_dock.hide()
    qtbot.wait(50)
    assert stale() == []
