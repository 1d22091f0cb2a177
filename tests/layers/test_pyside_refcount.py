"""Regression guard for the pinned PySide6 (design decision 6).

PySide6 6.12.0 drops a reference to ``None`` on every ``QPainter.setPen`` and
``setRenderHint`` call under Python 3.11; after a few thousand renders the interpreter
aborts with "none_dealloc". Renderers call these methods for every path they draw, so a
PySide6 upgrade must pass this check before it is allowed in. (From Python 3.12 on, None
is immortal and its count never moves; the check bites on 3.11, the Python we ship.)
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

CALLS = 20_000
BATCH = 500
# Other code may take or drop a handful of references to None meanwhile; the broken
# binding loses one per call, i.e. tens of thousands.
NOISE = 100

# References to None handed back after a detected leak, so that the interpreter does not
# abort later in the run and the failure is reported like any other.
_repaid_references: list[None] = []


def _leak_of_none(painter: QPainter, pen: QPen) -> tuple[int, int]:
    """(calls made, references to None lost), stopping early once a leak is plain."""
    before = sys.getrefcount(None)
    calls = 0
    while calls < CALLS:
        for _ in range(BATCH):
            painter.setPen(pen)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        calls += BATCH
        lost = before - sys.getrefcount(None)
        if lost > NOISE:
            _repaid_references.extend([None] * lost)
            return calls, lost
    return calls, before - sys.getrefcount(None)


def test_painter_calls_do_not_leak_references_to_none():
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    pen = QPen(QColor("darkgreen"), 2)
    painter = QPainter(image)
    try:
        calls, lost = _leak_of_none(painter, pen)
    finally:
        painter.end()

    assert calls == CALLS and lost <= NOISE, (
        f"the reference count of None fell by {lost} over {calls} setPen and {calls} "
        f"setRenderHint calls: PySide6 {PySide6.__version__} has the refcount bug of "
        "6.12.0; keep the version pinned in requirements.lock"
    )


def test_pyside6_is_not_the_broken_release():
    assert PySide6.__version__ != "6.12.0"
