"""Map benchmark at province scale: 100,000 plots rendered offscreen at 1920x1080.

    python benchmarks/bench_map.py [--plots 100000] [--runs 7]

Makes ``benchmarks/data/province.gpkg`` (the demo generator, 100k plots) when missing,
then prints the median of several runs of each step and the ratios to the targets of
the map issue and to a naive loop of one ``drawPolygon`` per plot. Timings, not tests:
nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_data import ensure_project  # noqa: E402

SIZE = (1920, 1080)

TARGETS_MS = {
    "open to first frame": 1500,
    "window: open to first frame": 1500,
    "full extent, no antialiasing": 150,
    "full extent, antialiased": 350,
    "district, no antialiasing": 30,
    "district, antialiased": 40,
    "pan preview frame": 5,
    "identify click": 0.1,
}


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc, else the peak from resource)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource  # not on Windows; the benchmark runs where it is

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_to_first_frame(path: Path) -> float:
    """Cold: a fresh interpreter imports, opens the project, builds the layer and draws
    the first full frame (no antialiasing, as while the window first appears)."""
    code = f"""
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
t0 = time.perf_counter()
from PySide6.QtGui import QGuiApplication
from metkasekor_desktop.storage import Project
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.map_renderer import render_map
from metkasekor_desktop.layers.viewport import Viewport
app = QGuiApplication([])
project = Project.open({str(path)!r})
layers = LayerList()
layer = PlotLayer(project.plots.load_table(), 32648)
layers.append(layer)
view = Viewport(0, 0, 1, {SIZE[0]}, {SIZE[1]}).fitted(layer.extent())
render_map(layers, view, antialias=False)
print((time.perf_counter() - t0) * 1000)
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True)
    return float(out.stdout.strip().splitlines()[-1])


def window_open_to_first_frame(path: Path) -> float:
    """Cold, in the real window: start, open the project, wait for its first frame."""
    code = f"""
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
t0 = time.perf_counter()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from metkasekor_desktop.ui.application import create_application
from metkasekor_desktop.ui.main_window import MainWindow
from metkasekor_desktop.ui.recent import AppSettings
app = create_application()
settings = AppSettings(QSettings(os.devnull, QSettings.Format.IniFormat))
window = MainWindow(settings)
window.resize({SIZE[0]}, {SIZE[1]})
window.show()
shown = []
window.canvas.frame_shown.connect(lambda: shown.append(time.perf_counter()))
window.open_project({str(path)!r})
while not shown:
    app.processEvents()
    time.sleep(0.001)
print((shown[0] - t0) * 1000)
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = ensure_project(args.plots)

    import numpy as np
    import shapely
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPolygonF

    from metkasekor_desktop.layers.layer_list import LayerList
    from metkasekor_desktop.layers.map_renderer import render_map
    from metkasekor_desktop.layers.plot_layer import PlotLayer
    from metkasekor_desktop.layers.viewport import Viewport
    from metkasekor_desktop.storage import Project

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    results: dict[str, float] = {}
    results["open to first frame"] = statistics.median(
        open_to_first_frame(path) for _ in range(3))
    results["window: open to first frame"] = statistics.median(
        window_open_to_first_frame(path) for _ in range(3))

    project = Project.open(path)
    rss0 = rss_mb()
    table = project.plots.load_table()
    layer = PlotLayer(table, 32648)
    layers = LayerList()
    layers.append(layer)
    full = Viewport(0, 0, 1, *SIZE).fitted(layer.extent())
    render_map(layers, full, antialias=False)  # warm up
    results["full extent, no antialiasing"] = median_ms(
        lambda: render_map(layers, full, antialias=False), args.runs)
    results["full extent, antialiased"] = median_ms(
        lambda: render_map(layers, full, antialias=True), args.runs)

    districts = np.array([str(c)[:4] for c in table.village_codes])
    codes, counts = np.unique(districts, return_counts=True)
    district = codes[int(np.argmin(np.abs(counts - 4000)))]
    mask = districts == district
    b = layer.geometry.bboxes[mask]
    zoomed = full.fitted((b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()))
    n_visible = int(layer.geometry.visible(zoomed.extent).sum())
    results["district, no antialiasing"] = median_ms(
        lambda: render_map(layers, zoomed, antialias=False), args.runs)
    results["district, antialiased"] = median_ms(
        lambda: render_map(layers, zoomed, antialias=True), args.runs)

    cached = render_map(layers, full, antialias=True)
    target = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    def pan_frame() -> None:  # what the canvas paints while the user drags
        painter = QPainter(target)
        painter.fillRect(0, 0, *SIZE, QColor(246, 244, 238))
        painter.drawImage(QRectF(37.0, -21.0, SIZE[0], SIZE[1]), cached)
        painter.end()

    results["pan preview frame"] = median_ms(pan_frame, args.runs * 3)

    rng = np.random.default_rng(1)
    points = shapely.point_on_surface(layer.map_geometries()[rng.integers(0, len(table), 200)])
    xy = shapely.get_coordinates(points)
    layer.plot_at(*xy[0])  # builds the spatial index once
    t0 = time.perf_counter()
    for x, y in xy:
        layer.plot_at(x, y)
    results["identify click"] = (time.perf_counter() - t0) * 1000 / len(xy)

    # The naive way: one drawPolygon per plot (outer rings), polygons built beforehand.
    geo = layer.geometry
    polygons = []
    for i in range(len(table)):
        s, e = geo.coord_start[i], geo.coord_end[i]
        later = np.nonzero(geo.element_types[s + 1 : e] == 0)[0]  # next ring starts there
        e = s + 1 + later[0] if len(later) else e
        px, py = full.map_to_pixel(geo.coords[s:e, 0], geo.coords[s:e, 1])
        points = [QPointF(float(a), float(c)) for a, c in zip(px, py, strict=True)]
        polygons.append(QPolygonF(points))

    def naive(antialias: bool) -> None:
        image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(246, 244, 238))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        painter.setBrush(QColor(222, 210, 160))
        for polygon in polygons:
            painter.drawPolygon(polygon)
        painter.end()

    naive_ms = median_ms(lambda: naive(False), 3)
    naive_aa_ms = median_ms(lambda: naive(True), 3)
    memory = rss_mb()

    print(f"\n{len(table):,} plots, {SIZE[0]}x{SIZE[1]}, median of {args.runs} runs")
    print(f"district {district}: {int(mask.sum()):,} plots in it, {n_visible:,} visible\n")
    print(f"{'step':32} {'median ms':>10} {'target ms':>10} {'ratio':>7}")
    for name, value in results.items():
        goal = TARGETS_MS[name]
        print(f"{name:32} {value:10.3f} {goal:10.1f} {value / goal:7.2f}")
    print(f"\nnaive drawPolygon loop: {naive_ms:.0f} ms (antialiased {naive_aa_ms:.0f} ms); "
          f"ours is {naive_ms / results['full extent, no antialiasing']:.1f}x faster "
          f"({naive_aa_ms / results['full extent, antialiased']:.1f}x antialiased)")
    print(f"memory: {memory:.0f} MB resident with the plots loaded "
          f"({rss0:.0f} MB before loading; target < 600 MB)")
    project.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
