"""The map's drawing thread and PROJ: a basemap drawn again and again must not crash.

PROJ objects must not cross threads, and a thread whose Python state comes and goes
between jobs loses pyproj's per-thread PROJ context while PROJ still uses it. The render
runs in a child process, so a segmentation fault fails this test instead of ending the
test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys
    import time
    from pathlib import Path

    from pyproj import Transformer
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QImage

    from metkasekor_desktop.app import main
    from metkasekor_desktop.domain.geometry import transform_xy
    from metkasekor_desktop.io.webmercator import tile_for_lonlat
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    root = Path(sys.argv[1])
    project = root / "small.gpkg"
    assert main(["demo", str(project), "--plots", "40"]) == 0
    tiles = root / "tiles"
    for z in range(8, 14):
        x, y = tile_for_lonlat(103.0, 12.8, z)
        for dx in (-2, -1, 0, 1, 2):
            for dy in (-2, -1, 0, 1, 2):
                folder = tiles / str(z) / str(x + dx)
                folder.mkdir(parents=True, exist_ok=True)
                image = QImage(256, 256, QImage.Format.Format_RGB32)
                image.fill(QColor(120 + 40 * dx, 120, 120 + 40 * dy))
                image.save(str(folder / f"{y + dy}.png"))

    app = create_application()
    settings = QSettings(str(root / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppSettings(settings))
    window.resize(900, 700)
    window.show()
    assert window.open_project(project)
    canvas = window.canvas
    frames = []
    canvas.frame_shown.connect(lambda: frames.append(1))
    layer = window.map_layers.add_basemap({"type": "folder", "path": str(tiles)})
    assert layer is not None
    canvas.zoom_to_extent(layer.extent())
    for i in range(40):
        if i % 4 == 0:
            canvas.zoom_by(1.3 if i % 8 else 1 / 1.3)
        else:
            canvas.set_viewport(canvas.viewport.panned_pixels(9, -7))
        canvas.refresh()
        until = time.monotonic() + 0.06
        while time.monotonic() < until:
            app.processEvents()
            # The UI thread transforms at the same time (cursor, scale bar, zoom to layer).
            transform_xy(canvas.viewport.center_x, canvas.viewport.center_y, 32648, 4326)
            layer.transformer(4326, 32648).transform(103.0, 12.8)
            Transformer.from_crs(32648, 3857, always_xy=True).transform(500000.0, 1.4e6)
    canvas.wait_for_render()
    app.processEvents()
    print("frames", len(frames))
    window.close()
    """
)


def test_a_basemap_renders_many_times_in_the_worker_without_a_crash(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SCRIPT, str(tmp_path)],
        capture_output=True, text=True, timeout=240, env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    frames = [line for line in done.stdout.splitlines() if line.startswith("frames ")]
    assert frames and int(frames[-1].split()[1]) >= 10, done.stdout
