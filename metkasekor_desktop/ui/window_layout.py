"""Where the main window sits and what it shows at start: a size that fits the screen
(a laptop's 1366x768 as a large monitor), and the map view a project was closed at."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt

from metkasekor_desktop.layers.viewport import Viewport

if TYPE_CHECKING:
    from metkasekor_desktop.storage import Project

# The map keeps at least this share of the window's width when docks are restored.
MAP_SHARE = 0.5
SIDE_AREAS = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
FIRST_SIZE = (1600, 1000)  # the first window on a large screen; a laptop's fills its screen
TITLE_BAR_PX = 32
FRAME_BORDER_PX = 1


def fit_rect(rect: QRect, available: QRect, frame: tuple[int, int] = (0, 0)) -> QRect:
    """``rect`` (the window without its frame) made small enough for ``available`` with
    the frame around it, and moved inside it."""
    fw, fh = frame
    width = max(1, min(rect.width(), available.width() - fw))
    height = max(1, min(rect.height(), available.height() - fh))
    left = min(max(rect.left(), available.left() + fw // 2),
               available.right() + 1 - width - (fw - fw // 2))
    top = min(max(rect.top(), available.top() + fh - fw // 2),
              available.bottom() + 1 - height - fw // 2)
    return QRect(left, top, width, height)


def screen_key(available: QRect) -> str:
    """The size of the screen a window size was saved on."""
    return f"{available.width()}x{available.height()}"


def first_window_rect(available: QRect, frame: tuple[int, int] = (0, 0)) -> QRect:
    """The window at first start: ``FIRST_SIZE`` centred where the screen is larger,
    else as much of the screen as windows may use."""
    fw, fh = frame
    width = min(FIRST_SIZE[0], available.width() - fw)
    height = min(FIRST_SIZE[1], available.height() - fh)
    left = available.left() + (available.width() - width) // 2
    top = available.top() + (available.height() - fh - height) // 2 + fh - fw // 2
    return fit_rect(QRect(left, top, width, height), available, frame)


VIEW_SETTING = "map_view"  # the project setting holding the last view (JSON)


def saved_view(project: Project, map_epsg: int):  # -> Viewport | Extent | None
    """The view the project was last closed at, in ``map_epsg``: its centre and scale (a
    Viewport, of any size) when saved so, else the extent an older version saved (None
    if none). Centre and scale reopen the map as it was, whatever the window's size."""
    try:
        saved = json.loads(project.setting(VIEW_SETTING) or "null")
        if int(saved["epsg"]) != int(map_epsg):
            return None
        if "center" in saved and "units_per_pixel" in saved:
            x, y = (float(v) for v in saved["center"])
            upp = float(saved["units_per_pixel"])
            if all(math.isfinite(v) for v in (x, y, upp)) and upp > 0:
                return Viewport(center_x=x, center_y=y, units_per_pixel=upp, width=1,
                                height=1)
        extent = tuple(float(v) for v in saved["extent"])
        ok = len(extent) == 4 and extent[0] < extent[2] and extent[1] < extent[3]
    except (TypeError, ValueError, KeyError):
        return None
    return extent if ok and all(math.isfinite(v) for v in extent) else None
