"""Long work in a thread with a progress dialog and a Cancel button.

The work function gets ``progress(fraction)`` and ``cancelled()``; the dialog polls the
progress from the UI thread, so the window never freezes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

POLL_MS = 100


class TaskCancelled(Exception):
    """The user pressed Cancel; the work stopped and left nothing behind."""


def run_with_progress(parent: QWidget | None, label: str,
                      work: Callable[[Callable[[float], object], Callable[[], bool]], Any]) -> Any:
    """Run ``work`` in a thread while a modal progress dialog shows; return its result.

    Re-raises the work's exception in the UI thread; raises :class:`TaskCancelled` when
    the user cancelled.
    """
    state: dict[str, Any] = {"fraction": 0.0}
    cancel = threading.Event()
    done = threading.Event()

    def target() -> None:
        try:
            state["result"] = work(lambda f: state.__setitem__("fraction", float(f)),
                                   cancel.is_set)
        except BaseException as exc:  # handed to the UI thread below
            state["error"] = exc
        finally:
            done.set()

    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 1000, parent)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)
    loop = QEventLoop()
    timer = QTimer(interval=POLL_MS)

    def poll() -> None:
        if dialog.wasCanceled():
            cancel.set()
        dialog.setValue(int(1000 * min(1.0, max(0.0, state["fraction"]))))
        if done.is_set():
            loop.quit()

    timer.timeout.connect(poll)
    thread = threading.Thread(target=target, name="metkasekor-task", daemon=True)
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    thread.join()
    cancelled = cancel.is_set()
    dialog.canceled.disconnect(cancel.set)  # closing the dialog emits canceled too
    dialog.close()
    if cancelled:
        raise TaskCancelled(label)
    if "error" in state:
        raise state["error"]
    return state.get("result")
