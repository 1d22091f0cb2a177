"""Renders the map off the UI thread; a newer request cancels the one in progress."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.map_renderer import render_map
from metkasekor_desktop.layers.viewport import Viewport


class _Signals(QObject):
    finished = Signal(int, object, object, bool)  # generation, QImage, Viewport, antialias


class _RenderJob(QRunnable):
    def __init__(self, generation: int, layers: LayerList, viewport: Viewport,
                 antialias: bool, ratio: float, signals: _Signals) -> None:
        super().__init__()
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


class RenderWorker(QObject):
    """Starts render jobs on a private one-thread pool and reports finished images."""

    image_ready = Signal(object, object, bool)  # QImage, Viewport, antialias

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
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
        self._pool.start(self._job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel_flag.set()

    def busy(self) -> bool:
        return self._job is not None and not self._job.done.is_set()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _on_finished(self, generation: int, image: QImage, viewport: Viewport,
                     antialias: bool) -> None:
        if generation == self._generation:
            self.image_ready.emit(image, viewport, antialias)
