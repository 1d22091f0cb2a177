"""Benchmark: one 1920 x 1080 frame of a 10,000 x 10,000 GeoTIFF, without and with overviews.

Run from the repository root:  python benchmarks/bench_raster.py

The raster (float32, 10 m cells over Battambang in UTM 48N, tiled, DEFLATE) is made in
benchmarks/data/ the first time (a minute or so, ~150 MB). Each case is timed
7 times and the median printed:
  cold: a new layer (the file opened again, nothing in GDAL's block cache) and one
        frame, as when a project opens or the raster is added;
  warm: the same frame again on the open layer (blocks cached), as when panning back.
The target of the map issue: a cold frame with overviews under 40 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

SIZE = 10_000
CELL = 10.0
WEST, NORTH = 250_000.0, 1_500_000.0  # Battambang, UTM 48N
DATA = Path(__file__).resolve().parent / "data"
RASTER = DATA / "dem_10k.tif"
RUNS = 7
SCREEN = (1920, 1080)


def make_raster(path: Path) -> None:
    """Smooth hills plus fine relief, written in strips so memory stays small."""
    import rasterio
    from affine import Affine
    from rasterio.windows import Window

    path.parent.mkdir(parents=True, exist_ok=True)
    profile = {"driver": "GTiff", "width": SIZE, "height": SIZE, "count": 1,
               "dtype": "float32", "crs": "EPSG:32648", "nodata": -9999.0,
               "transform": Affine(CELL, 0.0, WEST, 0.0, -CELL, NORTH),
               "tiled": True, "blockxsize": 256, "blockysize": 256,
               "compress": "deflate", "predictor": 3, "BIGTIFF": "IF_SAFER"}
    x = np.arange(SIZE) * CELL
    part = path.with_name(path.name + ".part")
    with rasterio.open(part, "w", **profile) as dst:
        for row in range(0, SIZE, 1024):
            rows = min(1024, SIZE - row)
            y = (np.arange(row, row + rows) * CELL)[:, None]
            z = (40 + 30 * np.sin(x / 7000) * np.cos(y / 9000)
                 + 10 * np.sin(x / 900 + y / 1300) + 2 * np.cos(x / 97) * np.sin(y / 83))
            z[:, :150] = -9999.0  # a nodata strip on the west edge
            dst.write(z.astype(np.float32)[np.newaxis], window=Window(0, row, SIZE, rows))
    part.replace(path)


def frame_time(layer, view) -> float:
    from metkasekor_desktop.layers.layer_list import LayerList
    from metkasekor_desktop.layers.map_renderer import render_map

    layers = LayerList()
    layers.append(layer)
    start = time.perf_counter()
    image = render_map(layers, view)
    elapsed = time.perf_counter() - start
    assert image is not None
    return elapsed


def new_layer():
    from metkasekor_desktop.layers.raster_layer import RasterLayer

    layer = RasterLayer(RASTER, 32648)
    layer.update_style(vmin=0.0, vmax=90.0)  # no statistics pass inside the timing
    return layer


def measure(view) -> tuple[float, float]:
    """(cold, warm) medians in milliseconds."""
    cold = []
    for _ in range(RUNS):
        layer = new_layer()
        cold.append(frame_time(layer, view))
        layer.close()
    layer = new_layer()
    frame_time(layer, view)
    warm = [frame_time(layer, view) for _ in range(RUNS)]
    layer.close()
    return statistics.median(cold) * 1000, statistics.median(warm) * 1000


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from metkasekor_desktop.io.raster_overviews import build_overviews, external_overview_path
    from metkasekor_desktop.layers.viewport import Viewport

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if not RASTER.exists():
        print(f"Making {RASTER.name} ({SIZE} x {SIZE} float32)...", flush=True)
        start = time.perf_counter()
        make_raster(RASTER)
        print(f"  made in {time.perf_counter() - start:.1f} s")
    external_overview_path(RASTER).unlink(missing_ok=True)

    screen = Viewport(0.0, 0.0, 1.0, *SCREEN)
    full = screen.fitted((WEST, NORTH - SIZE * CELL, WEST + SIZE * CELL, NORTH))
    centre = (WEST + SIZE * CELL / 2, NORTH - SIZE * CELL / 2)
    zoomed = Viewport(*centre, 20.0, *SCREEN)  # 38 x 22 km at 20 m a pixel
    cases = {"full extent": full, "zoomed (20 m/px)": zoomed}

    results: dict[str, dict[str, tuple[float, float]]] = {"without": {}, "with": {}}
    for name, view in cases.items():
        results["without"][name] = measure(view)
    start = time.perf_counter()
    factors = build_overviews(RASTER)
    built = time.perf_counter() - start
    for name, view in cases.items():
        results["with"][name] = measure(view)

    print(f"\n{SIZE} x {SIZE} float32 GeoTIFF, {SCREEN[0]} x {SCREEN[1]} frame, "
          f"median of {RUNS}; overviews {factors} built in {built:.1f} s\n")
    print(f"{'case':<18} {'':<6} {'no overviews':>14} {'overviews':>11} {'ratio':>7}")
    for name in cases:
        for i, kind in enumerate(("cold", "warm")):
            without, with_ = results["without"][name][i], results["with"][name][i]
            print(f"{name:<18} {kind:<6} {without:>11.1f} ms {with_:>8.1f} ms "
                  f"{without / with_:>6.1f}x")
    del app


if __name__ == "__main__":
    main()
