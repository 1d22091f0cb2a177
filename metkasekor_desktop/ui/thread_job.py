"""One piece of long work in a thread, for a dialog that stays live while it runs.

Unlike :func:`background_task.run_with_progress` (a modal progress dialog and a nested
event loop), the dialog keeps its own busy bar and its own place for the outcome; the
result or the error comes back in the UI thread as a signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 50


class ThreadJob(QObject):
    """Runs ``work()`` in a thread; ``finished(result)`` or ``failed(error)`` follow in
    the UI thread (polled, so no Qt object is touched from the worker)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._state: dict[str, Any] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="metkasekor-job", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def is_running(self) -> bool:
        return self._thread.is_alive() or self._timer.isActive()

    def _run(self) -> None:
        try:
            self._state["result"] = self._work()
        except Exception as error:  # handed to the UI thread
            self._state["error"] = error
        finally:
            self._done.set()

    def _poll(self) -> None:
        if not self._done.is_set():
            return
        self._timer.stop()
        self._thread.join()
        if "error" in self._state:
            self.failed.emit(self._state["error"])
        else:
            self.finished.emit(self._state.get("result"))
