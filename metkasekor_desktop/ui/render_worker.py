"""Renders the map off the UI thread; a newer request cancels the one in progress.

The renders run on one long-lived Python thread, not on a Qt thread pool: a pool thread
gets a fresh Python thread state for every job, which drops the thread-local state of
the libraries the renderers use (pyproj keeps its PROJ context per thread and frees it
with that state, while PROJ still hands the freed context to the next job: a crash).
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import render_map
from metkasekor_desktop.layers.viewport import Viewport

log = logging.getLogger(__name__)

IDLE_SECONDS = 30.0  # the render thread ends after this long without work


class _Signals(QObject):
    finished = Signal(int, object, object, bool)  # generation, QImage, Viewport, antialias


class _RenderJob:
    def __init__(self, generation: int, layers: LayerList, viewport: Viewport,
                 antialias: bool, ratio: float, signals: _Signals) -> None:
        self.generation = generation
        self.layers = layers
        self.viewport = viewport
        self.antialias = antialias
        self.ratio = ratio
        self.signals = signals
        self.cancel_flag = threading.Event()
        self.done = threading.Event()

    def run(self) -> None:
        try:
            image = render_map(self.layers, self.viewport, antialias=self.antialias,
                               cancelled=self.cancel_flag.is_set,
                               device_pixel_ratio=self.ratio)
            if image is not None and not self.cancel_flag.is_set():
                self.signals.finished.emit(self.generation, image, self.viewport,
                                           self.antialias)
        finally:
            self.done.set()


class _JobQueue:
    """The next job and the one running, handed to one render thread at a time.

    The thread holds this queue, not the worker, and ends after ``IDLE_SECONDS`` idle;
    the next request starts a new one.
    """

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.pending: _RenderJob | None = None
        self.running: _RenderJob | None = None
        self.thread: threading.Thread | None = None

    def put(self, job: _RenderJob) -> None:
        with self.cond:
            self.pending = job
            if self.thread is None:
                self.thread = threading.Thread(target=self._loop, name="map-render",
                                               daemon=True)
                self.thread.start()
            self.cond.notify_all()

    def _loop(self) -> None:
        while True:
            with self.cond:
                if self.pending is None:
                    self.cond.wait(IDLE_SECONDS)
                if self.pending is None:
                    self.thread = None
                    return
                job, self.pending = self.pending, None
                self.running = job
            try:
                job.run()
            except Exception:  # noqa: BLE001 - one failed frame must not end the thread
                log.exception("The map could not be drawn")
            finally:
                with self.cond:
                    self.running = None
                    self.cond.notify_all()

    def wait_idle(self, msecs: int) -> bool:
        deadline = time.monotonic() + msecs / 1000
        with self.cond:
            while self.pending is not None or self.running is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.cond.wait(left)
        return True


class RenderWorker(QObject):
    """Starts render jobs on a private render thread and reports finished images."""

    image_ready = Signal(object, object, bool)  # QImage, Viewport, antialias

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = _JobQueue()
        self._signals = _Signals()
        self._signals.finished.connect(self._on_finished)
        self._generation = 0
        self._job: _RenderJob | None = None

    def request(self, layers: LayerList, viewport: Viewport, antialias: bool,
                ratio: float = 1.0) -> None:
        """Render ``viewport``; any render still running is cancelled first."""
        self.cancel()
        self._generation += 1
        self._job = _RenderJob(self._generation, layers, viewport, antialias, ratio,
                               self._signals)
        self._queue.put(self._job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel_flag.set()

    def busy(self) -> bool:
        return self._job is not None and not self._job.done.is_set()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until no render is queued or running (for shutdown and tests)."""
        return self._queue.wait_idle(msecs)

    def _on_finished(self, generation: int, image: QImage, viewport: Viewport,
                     antialias: bool) -> None:
        if generation == self._generation:
            self.image_ready.emit(image, viewport, antialias)
