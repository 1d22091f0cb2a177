"""Asking where to save a window's table as CSV or Excel, and saying when it failed.

The Register windows (Adoption, Diffusion, Service market) each export their table the
same way: a save dialog named for the table, the suffix added when the officer left it
out, and a failure (a full disk, a file open in Excel) shown in a message, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say


def ask_and_export(parent: QWidget, caption: str, stem: str, kind: str,
                   export: Callable[[Path], object]) -> None:
    """Ask where to save (``kind`` "csv" or "xlsx", ``stem`` the file name offered),
    then ``export(path)``; a failure is shown to the officer."""
    if kind == "xlsx":
        filters = QCoreApplication.translate("TableExport", "Excel workbook (*.xlsx)")
    else:
        filters = QCoreApplication.translate("TableExport", "CSV table (*.csv)")
    name, _ = QFileDialog.getSaveFileName(parent, caption, f"{stem}.{kind}", filters)
    if not name:
        return
    if not name.lower().endswith(f".{kind}"):
        name += f".{kind}"
    try:
        export(Path(name))
    except (DomainError, OSError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate(
            "TableExport", "The table could not be exported"), say(error))
