"""A dialog that runs one piece of long work at a time in a thread (a publish, an office
project): a busy bar while it runs, a status line for what came of it, and no closing
until it is done (the work is one database transaction: it cannot be halted halfway).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.ui.record_form import ERROR_STYLE
from metkasekor_desktop.ui.thread_job import ThreadJob


class JobDialog(QDialog):
    """``busy`` and ``status`` are placed by the subclass; it says which of its buttons
    a running job disables in :meth:`_update_buttons`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: ThreadJob | None = None
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)

    def _lay_out(self, intro: QWidget, form: QFormLayout, make_text: str,
                 make: Callable[[], None], open_text: str, open_tip: str,
                 open_it: Callable[[], None]) -> None:
        """The layout of a dialog that makes a file and then offers to open it: the
        explanation, the form, the make button with the busy bar, the status line, and
        Close with a hidden "Open it" (``make_button``, ``buttons``, ``open_button``)."""
        self.make_button = QPushButton(make_text, self)
        self.make_button.clicked.connect(make)
        actions = QHBoxLayout()
        actions.addWidget(self.make_button)
        actions.addWidget(self.busy, 2)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton(open_text,
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setToolTip(open_tip)
        self.open_button.hide()
        self.open_button.clicked.connect(open_it)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def is_busy(self) -> bool:
        return self._job is not None

    def _update_buttons(self) -> None:
        """Enable what may be used now (``is_busy()`` while the job runs)."""

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None]) -> None:
        """Run ``work`` in a thread; ``done(result)`` or ``failed(error)`` follow in the
        UI thread, after the busy bar is gone and the buttons are back."""
        job = ThreadJob(work, self)

        def finished(result: Any) -> None:
            self._end_job()
            done(result)

        def refused(error: BaseException) -> None:
            self._end_job()
            failed(error)

        job.finished.connect(finished)
        job.failed.connect(refused)
        self._job = job
        self.busy.show()
        self._update_buttons()
        job.start()

    def _end_job(self) -> None:
        # The finished job stays a child of the dialog until the dialog goes: deleting
        # it from its own signal raced the dialog's deletion (a crash in ~QObject).
        self._job = None
        self.busy.hide()
        self._update_buttons()

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def reject(self) -> None:
        if self._job is None:  # the work under way finishes first (it cannot be halted)
            super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._job is not None:
            event.ignore()
            return
        super().closeEvent(event)
