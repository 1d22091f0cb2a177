"""Start the Qt application: style, fonts, translations, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from metkasekor_desktop.layers.fonts import application_font, register_fonts
from metkasekor_desktop.ui.language import (
    apply_digits,
    current_language,
    install_translators,
)

ORGANISATION = "MetKasekor"
APPLICATION = "MetKasekor Desktop"


def no_display_message() -> str | None:
    """One sentence when Qt would find no screen to open a window on (Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get(
        "WAYLAND_DISPLAY"
    ):
        return None
    return (
        "No display found: MetKasekor Desktop needs a screen; on a server run it under a "
        "virtual one, e.g. xvfb-run -a metkasekor-desktop PROJECT.gpkg"
    )


def _palette() -> QPalette:
    """One calm palette on every platform (Fusion style)."""
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor(243, 243, 240))
    p.setColor(QPalette.ColorRole.Base, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(246, 248, 244))
    p.setColor(QPalette.ColorRole.Highlight, QColor(46, 125, 80))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Button, QColor(236, 236, 232))
    return p


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our style, fonts and translators (idempotent for tests)."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setStyle("Fusion")
    app.setPalette(_palette())
    register_fonts()
    app.setFont(application_font(app.font()))
    _install_translators(app)
    return app


def _install_translators(app: QApplication) -> None:
    """Qt's and our translations for the language the officer chose (or the system's),
    and the digits chosen for it."""
    qsettings = QSettings()
    install_translators(app, current_language(qsettings))
    apply_digits(qsettings)


def run(project: Path | str | None) -> int:
    """Open the main window on ``project`` (a file or a register's URL; else the last
    one) and run the event loop."""
    from metkasekor_desktop.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    target = project or window.settings.last_project()
    if target is not None and (project is not None or isinstance(target, str)
                               or Path(target).exists()):
        window.open_project(target)
    return app.exec()
