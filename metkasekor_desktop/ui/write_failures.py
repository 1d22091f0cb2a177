"""A write that was refused is said plainly: someone else's newer edit, a lock, a full
disk, a read-only or vanished file, a register's server that cannot be reached. Nothing
was written, and the view shows the stored value again; for a conflict the officer sees
who changed what and when, the two values side by side, and can reload at once.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.storage.errors import (
    ConflictError,
    DiskFullError,
    FileGoneError,
    ProjectBusyError,
    ReadOnlyProjectError,
    ServerUnreachableError,
    WriteError,
)
from metkasekor_desktop.ui.language import shown_date

translate = QCoreApplication.translate


def _value(value: Any) -> str:
    if value is None or value == "":
        return translate("WriteFailure", "(empty)")
    if isinstance(value, bytes | bytearray | memoryview):
        return translate("WriteFailure", "(a shape)")
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def field_label(name: str) -> str:
    """The name a form gives a stored field (the column name for any other)."""
    labels = {
        "code": translate("WriteFailure", "Code"),
        "name": translate("WriteFailure", "Name"),
        "notes": translate("WriteFailure", "Notes"),
        "role": translate("WriteFailure", "Role"),
        "farmer_id": translate("WriteFailure", "Farmer"),
        "village_code": translate("WriteFailure", "Village"),
        "paired_plot_id": translate("WriteFailure", "Control plot"),
        "soil_type": translate("WriteFailure", "Soil type"),
        "geom": translate("WriteFailure", "Boundary"),
        "phone": translate("WriteFailure", "Phone"),
        "status": translate("WriteFailure", "Status"),
        "cost": translate("WriteFailure", "Cost"),
    }
    return labels.get(name, name)


def conflict_text(error: ConflictError) -> tuple[str, str]:
    """The message and an HTML table of the fields: yours beside the stored ones."""
    c = error.conflict
    who = c.editor or translate("WriteFailure", "another program (e.g. QGIS)")
    when = shown_date(c.edited_at.astimezone(), minutes=True) if c.edited_at else ""
    if c.deleted:
        text = translate(
            "WriteFailure",
            "{label} was deleted by someone else after you opened it. Nothing was written.",
        ).format(label=say(c.label))
    elif when:
        text = translate(
            "WriteFailure",
            "{label} was changed by {who} at {when}, after you opened it. Nothing was "
            "written, so their change is kept.",
        ).format(label=say(c.label), who=who, when=when)
    else:
        text = translate(
            "WriteFailure",
            "{label} was changed by {who} after you opened it. Nothing was written, so "
            "their change is kept.",
        ).format(label=say(c.label), who=who)
    fields = sorted(set(c.mine) | set(c.theirs))
    rows = "".join(
        f"<tr><td><b>{html.escape(field_label(name))}</b></td>"
        f"<td>{html.escape(_value(c.mine.get(name)) if name in c.mine else '—')}</td>"
        f"<td>{html.escape(_value(c.theirs.get(name)) if name in c.theirs else '—')}</td></tr>"
        for name in fields
    )
    table = ""
    if rows:
        field = translate("WriteFailure", "Field")
        yours = translate("WriteFailure", "Your value")
        stored = translate("WriteFailure", "Stored now")
        table = (
            f"<table cellspacing='6'><tr><th align='left'>{field}</th>"
            f"<th align='left'>{yours}</th>"
            f"<th align='left'>{stored}</th></tr>{rows}</table>"
        )
    return text, table


def write_error_text(error: WriteError) -> str:
    """The refusal in the officer's language, from its reason and parameters."""
    params = getattr(error, "params", {})
    path = str(params.get("path", ""))
    if isinstance(error, ServerUnreachableError):
        host = str(params.get("host", ""))
        if not params.get("writing", True):
            return translate(
                "WriteFailure",
                "The shared register at {0} cannot be reached (the server is stopped or the "
                "network is down), so it could not be read. Try again when the connection "
                "is back: MetKasekor reconnects by itself.").format(host)
        return translate(
            "WriteFailure",
            "The shared register at {0} cannot be reached (the server is stopped or the "
            "network is down). Nothing was written. Try your change again when the "
            "connection is back: MetKasekor reconnects by itself.").format(host)
    if isinstance(error, ProjectBusyError):
        return translate(
            "WriteFailure",
            "The project file is busy: another program (QGIS, another MetKasekor window or "
            "a script) is writing to it. Nothing was written. Finish or save the edits there "
            "(QGIS: Save Layer Edits or Toggle Editing), then try again.")
    if isinstance(error, DiskFullError):
        return translate(
            "WriteFailure",
            "The disk holding the project is full. Nothing was written. Free some space (or "
            "use File > Save project as to another drive), then try again.")
    if isinstance(error, ReadOnlyProjectError):
        return translate(
            "WriteFailure",
            "The project file is read-only here (a read-only folder, drive or file). Nothing "
            "was written. To edit it, save a copy where you may write (File > Save project "
            "as).")
    if isinstance(error, FileGoneError):
        if params.get("replaced"):
            return translate(
                "WriteFailure",
                "The project file {0} was replaced by another file while it was open. "
                "Editing has stopped; open it again to see and edit the new file.").format(path)
        return translate(
            "WriteFailure",
            "The project file {0} was moved, renamed or deleted while it was open. Editing "
            "has stopped so that nothing is written to the wrong place; open the file where "
            "it is now.").format(path)
    return translate(
        "WriteFailure",
        "The project file could not be reached (a drive or USB stick removed, a network "
        "share gone?). Nothing was written. Reconnect the drive, then try again.")


def _title(error: WriteError | ConflictError) -> str:
    if isinstance(error, ConflictError):
        return translate("WriteFailure", "Changed by someone else")
    if isinstance(error, ServerUnreachableError):
        return translate("WriteFailure", "Register cannot be reached")
    if isinstance(error, ProjectBusyError):
        return translate("WriteFailure", "Project file busy")
    if isinstance(error, DiskFullError):
        return translate("WriteFailure", "Disk full")
    if isinstance(error, ReadOnlyProjectError):
        return translate("WriteFailure", "Project is read-only")
    if isinstance(error, FileGoneError):
        return translate("WriteFailure", "Project file moved or deleted")
    return translate("WriteFailure", "Not saved")


def report_failure(widget: QWidget | None, error: BaseException) -> bool:
    """Show a refused write (conflict or write error) in a dialog; False for anything
    else (a rule of the domain, which the caller shows beside its field)."""
    if not isinstance(error, ConflictError | WriteError):
        return False
    box = QMessageBox(widget)
    box.setObjectName("writeFailureBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_title(error))
    window = widget.window() if widget is not None else None
    watch = getattr(window, "file_watch", None)
    if isinstance(error, ConflictError):
        text, table = conflict_text(error)
        box.setText(text)
        box.setInformativeText(
            table
            + "<p>"
            + translate(
                "WriteFailure",
                "Reload shows the project as it is stored now; then make "
                "your change again if it is still needed.",
            )
            + "</p>"
        )
        reload_button = box.addButton(
            translate("WriteFailure", "Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(reload_button)
        box.exec()
        if box.clickedButton() is reload_button and watch is not None:
            watch.reload()
        return True
    box.setText(write_error_text(error))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if isinstance(error, FileGoneError) and watch is not None:
        watch.check_now()
    return True
