"""Edit benchmark in the real main window: one attribute edit, one vertex move, and the
undo and redo of the attribute edit, with the demo project of 100,000 plots open
offscreen and one plot selected (so the Plot panel shows it).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_edit.py [--plots 100000]
        [--repeat 7] [--profile] [--project PATH]

Each step is timed twice, from the gesture (the Plot panel's field finished, the
editor's ``change_geometry`` as the vertex tool calls it, Undo, Redo):

* commit: until the call returns, i.e. the command is written to the project AND every
  listener of the undo stack has run (the table, the panels, the map's refresh request);
* until idle: until nothing is left to do: Qt's event queue is empty (0-ms timer rounds),
  no single-shot timer the views defer work with is pending (the map's 60 ms settle
  timer, the table's search timer, ...) and the map canvas has shown its re-rendered
  frame and finished the antialiased one after it (``rendered``).

The layer list's debounced save (``MapLayers._save_timer``, 400 ms after any layer
change, an edit included) is not waited for: when still pending after a step it is fired
at once and not counted; when the step outlasted its 400 ms it ran inside the step and
is counted (the "save inside" column). Its own time is printed apart.

``--profile`` prints a cProfile (top 25, cumulative) of one attribute edit from the push
until idle; the map renders on its own thread, which cProfile does not see (that wait
shows as the idle loop). Timings, not tests: nothing here asserts a time. The demo
project is copied to a temporary folder first, so the cached one (benchmarks/data) is
never edited.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_data import ensure_project  # noqa: E402

TARGETS_MS = {"attribute edit": 50.0, "geometry edit": 80.0, "undo (attribute)": 50.0,
              "redo (attribute)": 50.0}
VERTEX_STEP_M = 3.0  # how far the vertex moves (towards the plot's centre, then back)
IDLE_TIMEOUT_S = 120.0
LONG_TIMER_MS = 1000  # single-shot timers longer than this are marks, not deferred work


# --- access to the editing objects ---------------------------------------------------
# The lead is moving the editor and the undo stack into ``window.session``; these try it
# first and fall back to today's ``window.edit``.

def _session(window):
    return getattr(window, "session", None)


def _editor(window):
    session = _session(window)
    editor = getattr(session, "editor", None) if session is not None else None
    return editor if editor is not None else window.edit.editor


def _stack(window):
    session = _session(window)
    stack = getattr(session, "stack", None) if session is not None else None
    return stack if stack is not None else window.edit.stack


def _panel(window):
    """The Plot panel (the selected plot's fields)."""
    session = _session(window)
    panel = getattr(session, "plot_panel", None) if session is not None else None
    return panel if panel is not None else window.register.plot_panel


def _undo(window) -> None:
    """Undo as Ctrl+Z does."""
    session = _session(window)
    if session is not None and callable(getattr(session, "undo", None)):
        session.undo()
    elif callable(getattr(getattr(window, "edit", None), "undo", None)):
        window.edit.undo()
    else:
        _stack(window).undo()


def _redo(window) -> None:
    """Redo as Ctrl+Y does."""
    session = _session(window)
    if session is not None and callable(getattr(session, "redo", None)):
        session.redo()
    elif callable(getattr(getattr(window, "edit", None), "redo", None)):
        window.edit.redo()
    else:
        _stack(window).redo()


def _save_timer(window):
    """The layer list's debounced save (fired by hand after each step), if there is one."""
    return getattr(getattr(window, "map_layers", None), "_save_timer", None)


# --- waiting until the window is idle --------------------------------------------------

class Idle:
    """Knows when the window has nothing left to do, and when the map showed frames."""

    def __init__(self, app, window) -> None:
        from PySide6.QtCore import QTimer

        self.QTimer = QTimer
        self.app = app
        self.window = window
        self.canvas = window.canvas
        self.frames: list[float] = []  # perf_counter of every frame_shown
        self.finals: list[float] = []  # ... and of every rendered (antialiased) frame
        self.canvas.frame_shown.connect(lambda: self.frames.append(time.perf_counter()))
        self.canvas.rendered.connect(lambda: self.finals.append(time.perf_counter()))
        self.ignored = {id(t) for t in (_save_timer(window),) if t is not None}
        self.timers: list = []
        self.scan()

    def scan(self) -> None:
        """Find the window's single-shot timers that defer work (the canvas's settle
        timer, a table's search timer, ...): a walk over every object, so done once per
        wait and after its clock has stopped."""
        self.timers = [t for t in self.window.findChildren(self.QTimer)
                       if t.isSingleShot() and id(t) not in self.ignored]

    def pending_timers(self) -> list:
        return [t for t in self.timers if t.isActive() and t.interval() <= LONG_TIMER_MS]

    def rendering(self) -> bool:
        worker = getattr(self.canvas, "_worker", None)
        return bool(worker is not None and worker.busy())

    def busy(self) -> bool:
        return self.rendering() or bool(self.pending_timers())

    def _zero_timer_round(self) -> None:
        """Everything posted so far runs before a 0-ms timer fires."""
        fired: list[bool] = []
        self.QTimer.singleShot(0, lambda: fired.append(True))
        while not fired:
            self.app.processEvents()

    def wait(self, timeout_s: float = IDLE_TIMEOUT_S) -> float:
        """Process events until idle; the perf_counter at which it was (the checks that
        confirm it are not counted)."""
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline:
            self.app.processEvents()
            if self.busy():
                time.sleep(0.0005)  # the render thread or a timer is at work
                continue
            seen = (len(self.frames), len(self.finals))
            self._zero_timer_round()
            at = time.perf_counter()
            self.scan()  # a timer made during the step counts too
            if not self.busy() and seen == (len(self.frames), len(self.finals)):
                return at
        raise TimeoutError(f"the window was still busy after {timeout_s:.0f} s: "
                           f"timers {[t.objectName() or t for t in self.pending_timers()]}, "
                           f"rendering {self.rendering()}")


# --- the listeners of the undo stack, timed one by one -----------------------------------

class _Timed:
    """A listener wrapped to time it; equal to the listener, so that connecting it again
    or disconnecting it works as before."""

    def __init__(self, callback, name: str, owner: ListenerTimes) -> None:
        self.callback, self.name, self.owner = callback, name, owner

    def __call__(self, *args):
        owner = self.owner
        t0 = time.perf_counter()
        if owner.first_call is None:
            owner.first_call = t0
        try:
            return self.callback(*args)
        finally:
            owner.current[self.name] = (owner.current.get(self.name, 0.0)
                                        + (time.perf_counter() - t0) * 1000)

    def __eq__(self, other) -> bool:
        return other is self or self.callback == getattr(other, "callback", other)

    def __hash__(self) -> int:
        return hash(self.callback)


class ListenerTimes:
    """Times each callback of the events a commit, an undo or a redo announces on:
    the stack's ``applied`` (the session's ``changed``) and ``changed`` (the commit's
    breakdown)."""

    def __init__(self) -> None:
        self.times: dict[str, dict[str, list[float]]] = {}  # step -> listener -> ms
        self.current: dict[str, float] = {}
        self.first_call: float | None = None

    def start(self) -> None:
        self.current = {}
        self.first_call = None

    @staticmethod
    def events(window) -> list[tuple[str, object]]:
        stack, session = _stack(window), _session(window)
        found, seen = [], set()
        for label, event in (("stack.applied", getattr(stack, "applied", None)),
                             ("session.changed", getattr(session, "changed", None)),
                             ("stack.changed", getattr(stack, "changed", None))):
            if event is not None and hasattr(event, "_callbacks") and id(event) not in seen:
                seen.add(id(event))
                found.append((label, event))
        return found

    def wrap(self, window) -> None:
        for label, event in self.events(window):
            callbacks = event._callbacks
            for n, callback in enumerate(callbacks):
                if not isinstance(callback, _Timed):
                    callbacks[n] = _Timed(callback, f"{label}: {_name(callback)}", self)

    def unwrap(self, window) -> None:
        for _label, event in self.events(window):
            event._callbacks[:] = [c.callback if isinstance(c, _Timed) else c
                                   for c in event._callbacks]

    def keep(self, step: str) -> None:
        out = self.times.setdefault(step, {})
        for name, ms in self.current.items():
            out.setdefault(name, []).append(ms)


def _name(callback) -> str:
    owner = getattr(callback, "__self__", None)
    if owner is not None:
        return f"{type(owner).__name__}.{callback.__name__}"
    return getattr(callback, "__qualname__", repr(callback))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--profile", action="store_true",
                        help="print a cProfile (top 25, cumulative) of one attribute edit")
    parser.add_argument("--project", default="",
                        help="a demo project to copy and use instead of benchmarks/data's")
    args = parser.parse_args()
    source = Path(args.project) if args.project else ensure_project(args.plots)

    from PySide6.QtCore import QSettings

    from metkasekor_desktop.domain.vertex_edits import move_vertices, vertex_list
    from metkasekor_desktop.ui.application import create_application
    from metkasekor_desktop.ui.main_window import MainWindow
    from metkasekor_desktop.ui.recent import AppSettings

    work = Path(tempfile.mkdtemp(prefix="bench-edit-"))
    project = work / source.name
    shutil.copyfile(source, project)
    app = create_application()
    window = MainWindow(AppSettings(QSettings(str(work / "s.ini"),
                                              QSettings.Format.IniFormat)))
    window.resize(1920, 1080)
    window.show()
    idle = Idle(app, window)
    t_open = time.perf_counter()
    assert window.open_project(project), "the project did not open"
    # The first frame, then the table's deferred fill, then whatever follows.
    deadline = time.monotonic() + IDLE_TIMEOUT_S
    while (not idle.frames or window.plots.model.rowCount() == 0) \
            and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    idle.wait()
    rows = window.plots.model.rowCount()
    print(f"{source.name}: opened, table filled ({rows} rows) and idle in "
          f"{time.perf_counter() - t_open:.1f} s", flush=True)

    layer = window.canvas.plot_layer
    plot_id = int(layer.table.ids[len(layer.table) // 2])
    plot_dock = window.register.plot_dock
    plot_dock.show()
    plot_dock.raise_()
    layer.select([plot_id])
    idle.wait()
    panel = _panel(window)
    stack = _stack(window)
    editor = _editor(window)
    assert panel.plot_id == plot_id and panel.plot is not None, "the Plot panel is empty"
    print(f"plot {plot_id} ({panel.plot.code}) selected and shown in the Plot panel; "
          f"view {[round(v) for v in window.canvas.viewport.extent]}", flush=True)

    listeners = ListenerTimes()
    save_ms: list[float] = []  # every run of the layer list's debounced save

    def timed_save() -> None:
        s0 = time.perf_counter()
        window.map_layers.save()
        save_ms.append((time.perf_counter() - s0) * 1000)

    timer = _save_timer(window)
    if timer is not None:
        # Time the debounced save wherever it runs: inside a step when the step took
        # longer than its 400 ms, else fired by hand after the step.
        timer.timeout.disconnect()
        timer.timeout.connect(timed_save)
    results: dict[str, dict[str, list[float]]] = {}

    def run(step: str, action, check=None, *, record: bool = True) -> tuple[float, float]:
        """Time ``action``: until it returns (commit) and until the window is idle."""
        idle.wait()
        listeners.wrap(window)
        listeners.start()
        frames_before = len(idle.frames)
        saves_before = len(save_ms)
        c0 = time.thread_time()
        t0 = time.perf_counter()
        action()
        t_commit = time.perf_counter()
        cpu_ms = (time.thread_time() - c0) * 1000
        t_idle = idle.wait()
        if check is not None:
            check()
        frame = idle.frames[frames_before] if len(idle.frames) > frames_before else None
        saved_inside = sum(save_ms[saves_before:])
        timer = _save_timer(window)
        if timer is not None and timer.isActive():  # the debounced layer-list save, now
            timer.stop()
            timed_save()
        commit_ms, idle_ms = (t_commit - t0) * 1000, (t_idle - t0) * 1000
        if record:
            out = results.setdefault(step, {"commit": [], "idle": [], "frame": [],
                                            "do": [], "save": [], "cpu": []})
            out["cpu"].append(cpu_ms)
            out["save"].append(saved_inside)
            out["commit"].append(commit_ms)
            out["idle"].append(idle_ms)
            out["frame"].append((frame - t0) * 1000 if frame is not None else float("nan"))
            first = listeners.first_call
            out["do"].append((first - t0) * 1000 if first is not None else commit_ms)
            listeners.keep(step)
        return commit_ms, idle_ms

    counter = iter(range(1_000_000))

    def edit_name() -> str:
        value = f"bench name {next(counter)} {time.time():.6f}"

        def push() -> None:  # as the officer leaves the Name field
            panel.name.setText(value)
            panel.name.editingFinished.emit()

        def check() -> None:
            assert panel.plot is not None and panel.plot.name == value, "edit not shown"
        return push, check

    # 1 + 3: the attribute edit, its undo and its redo, once per repeat.
    for _ in range(args.repeat):
        push, check = edit_name()
        depth = stack.index
        run("attribute edit", push, check)
        assert stack.index == depth + 1, "the Plot panel pushed no command"
        run("undo (attribute)", lambda: _undo(window))
        assert stack.index == depth
        run("redo (attribute)", lambda: _redo(window), check)
        assert stack.index == depth + 1

    # 2: one vertex moved a few metres, as the vertex tool does at the end of a drag.
    window.tools.activate("vertex_edit")
    vertex_tool = window.tools.tool("vertex_edit")
    vertex_tool.edit(plot_id)
    idle.wait()

    def move_vertex(inwards: bool):
        geom = layer.map_geometries()[layer.index_of(plot_id)]
        part, ring, index, x, y = vertex_list(geom)[0]
        centre = geom.centroid
        dx, dy = centre.x - x, centre.y - y
        length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
        sign = 1.0 if inwards else -1.0
        target = (x + sign * VERTEX_STEP_M * dx / length,
                  y + sign * VERTEX_STEP_M * dy / length)
        moved = move_vertices(geom, {(part, ring, index): target})
        before = stack.index

        def check() -> None:
            assert stack.index == before + 1, "the geometry edit was not pushed"
        return lambda: editor.change_geometry(plot_id, moved), check

    for i in range(args.repeat):
        action, check = move_vertex(inwards=i % 2 == 0)
        run("geometry edit", action, check)
    window.tools.activate("pan")
    idle.wait()

    profile_text = ""
    if args.profile:
        import cProfile
        import io
        import pstats

        push, check = edit_name()
        profiler = cProfile.Profile()
        idle.wait()

        def profiled() -> None:
            profiler.enable()
            try:
                push()
                idle.wait()
            finally:
                profiler.disable()

        run("attribute edit (profiled)", profiled, check, record=False)
        text = io.StringIO()
        top = int(os.environ.get("BENCH_TOP", "25"))  # more lines: BENCH_TOP=60
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(top)
        profile_text = text.getvalue()

    listeners.unwrap(window)
    window.close()
    shutil.rmtree(work, ignore_errors=True)

    # --- report ----------------------------------------------------------------------
    def med(values: list[float]) -> float:
        values = [v for v in values if v == v]
        return statistics.median(values) if values else float("nan")

    print(f"\n{len(layer.table)} plots, {args.repeat} repeats, medians "
          f"(commit = the call returned; frame = the map's first new frame; "
          f"idle = all views updated and the map's final frame rendered)")
    header = (f"{'step':20s} {'commit ms':>10s} {'cpu ms':>7s} {'do ms':>8s} {'frame ms':>9s} "
              f"{'until idle ms':>14s} {'target ms':>10s} {'idle/target':>12s} "
              f"{'save inside':>12s}")
    print(header)
    print("-" * len(header))
    for step, out in results.items():
        target = TARGETS_MS[step]
        idle_ms = med(out["idle"])
        print(f"{step:20s} {med(out['commit']):10.1f} {med(out['cpu']):7.1f} "
              f"{med(out['do']):8.1f} "
              f"{med(out['frame']):9.1f} {idle_ms:14.1f} {target:10.0f} "
              f"{idle_ms / target:11.2f}x {med(out['save']):12.1f}")
    print("(cpu ms = the main thread's CPU time inside 'commit'; do ms = from the gesture "
          "until the first listener of the stack's events runs: the command's write and "
          "the layer's refresh; frame ms = nan: the step drew no new map frame)")
    if save_ms:
        print(f"the layer list's debounced save (400 ms after a layer change): median "
              f"{med(save_ms):.1f} ms over {len(save_ms)} saves; 'save inside' = the "
              f"median of it inside a step's 'until idle' (when the step outlasted the "
              f"400 ms), else it is fired after the step and not counted")
    for step, times in listeners.times.items():
        shown = [(name, med(values)) for name, values in times.items()]
        shown = sorted((item for item in shown if item[1] >= 0.05), key=lambda kv: -kv[1])
        if shown:
            print(f"\n{step}: the listeners of the commit's events (median ms, inside "
                  f"'commit'; 0.05 ms and more)")
            for name, ms in shown:
                print(f"  {name:70s} {ms:8.1f}")
    if profile_text:
        print(f"\ncProfile of one attribute edit, push until idle (top {top}, cumulative):")
        print(profile_text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
