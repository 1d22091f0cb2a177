"""Selection benchmark in the real main window: select all rows of the plots table and
zoom to the selection, with the province project (100,000 plots) open offscreen.

    python benchmarks/bench_selection.py [--plots 100000] [--runs 5]

Prints the median of several runs of each step (target: under 200 ms each). Timings,
not tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_data import ensure_project  # noqa: E402

TARGET_MS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = ensure_project(args.plots)

    import shutil
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    work = Path(tempfile.mkdtemp())
    project = work / path.name
    shutil.copyfile(path, project)
    app = create_application()
    window = MainWindow(AppSettings(QSettings(str(work / "s.ini"),
                                              QSettings.Format.IniFormat)))
    window.resize(1920, 1080)
    window.show()
    assert window.open_project(project)
    deadline = time.monotonic() + 120
    while window.plots.model.rowCount() == 0 and time.monotonic() < deadline:
        app.processEvents()
    rows = window.plots.model.rowCount()
    layer = window.canvas.plot_layer
    table = window.plots.view

    def settle() -> None:
        for _ in range(3):
            QApplication.processEvents()

    def timed(step, before=None) -> float:
        times = []
        for _ in range(args.runs):
            if before is not None:
                before()
                settle()
            t0 = time.perf_counter()
            step()
            QApplication.processEvents()
            # What the officer waits for: the map and the table painted with the result.
            window.canvas.repaint()
            table.viewport().repaint()
            table.horizontalHeader().viewport().repaint()
            times.append((time.perf_counter() - t0) * 1000)
        window.canvas.wait_for_render()
        settle()
        return statistics.median(times)

    def clear() -> None:
        layer.select(())
        # A view the selection was never drawn in: nothing cached helps the next step.
        window.canvas.zoom_by(1.001)
        window.canvas.wait_for_render()

    def select_all() -> None:
        clear()
        table.selectAll()

    results = {
        "select all rows (Ctrl+A in the table)": timed(table.selectAll, clear),
        "zoom to the selection": timed(window.canvas.zoom_to_selection, select_all),
        "clear the selection": timed(lambda: layer.select(()), select_all),
    }
    window.plots.search.setText("1")
    window.plots.apply_search()
    settle()
    shown = window.plots.model.rowCount()
    results[f"select all of {shown} rows a search shows"] = timed(table.selectAll, clear)

    print(f"{rows} plots in the table, {len(layer.selected)} selected at the end")
    for name, ms in results.items():
        print(f"{name:45s} {ms:8.1f} ms  ({ms / TARGET_MS:.2f} of the {TARGET_MS} ms target)")
    window.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
