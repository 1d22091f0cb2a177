"""QPainterPaths built from numpy arrays through Qt's binary stream format.

The technique of pyqtgraph's ``functions.arrayToQPath``: QDataStream reads a path as a
big-endian element count, then (type int32, x float64, y float64) per element, then the
start of the current subpath and the fill rule. Building the bytes with numpy and letting
Qt parse them is far faster than calling ``moveTo``/``lineTo`` per vertex.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QPainterPath

ELEMENT_DTYPE = np.dtype([("type", ">i4"), ("x", ">f8"), ("y", ">f8")])
ODD_EVEN = 0  # Qt.FillRule.OddEvenFill: inner rings become holes
WINDING = 1  # Qt.FillRule.WindingFill: overlapping same-direction shapes stay filled


def element_records(types: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Pack element types and pixel coordinates into stream records."""
    rec = np.empty(len(types), dtype=ELEMENT_DTYPE)
    rec["type"] = types
    rec["x"] = x
    rec["y"] = y
    return rec


def path_from_records(records: np.ndarray, fill_rule: int = ODD_EVEN) -> QPainterPath:
    """One QPainterPath of the records (rings start with a MoveTo element)."""
    path = QPainterPath()
    if len(records) == 0:
        return path
    header = np.array([len(records)], dtype=">i4").tobytes()
    footer = np.array([0, fill_rule], dtype=">i4").tobytes()
    data = QByteArray(header + records.tobytes() + footer)
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    stream >> path
    return path
