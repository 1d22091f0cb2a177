"""Nothing is ever lost: no edit overwrites another, and no failure loses a committed one.

Each test plays what happens on an office PC: a second window or QGIS editing the same
project, a lock held by another program, a full USB stick, a file moved or replaced while
open, a crash in the middle of a write, a read-only share, GDAL reading beside us, a Save
as cut short. Each asserts what the officer would see: a refusal that names the plot and
who changed it, the other's value kept, the file sound, the last committed edit there.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio
import pytest
import shapely
from pyproj import Transformer
from shapely.affinity import translate
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import validate_plot_geometry
from metkasekor_desktop.layers.edit_commands import (
    ChangeAttributes,
    ChangeGeometry,
    DeletePlots,
    EditContext,
)
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.record_commands import SaveRecord
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage import Project, ProjectError
from metkasekor_desktop.storage.errors import (
    ConflictError,
    DiskFullError,
    FileGoneError,
    ProjectBusyError,
    ReadOnlyProjectError,
)
from metkasekor_desktop.storage.gpkg import file as gpkg_file
from metkasekor_desktop.storage.gpkg.blob import decode_blobs, encode_blobs
from metkasekor_desktop.storage.gpkg.functions import register_functions
from metkasekor_desktop.storage.row_versions import DELETE_REFUSED, editor_name
from tests.layers.test_plot_import import LAT0, LON0, code_shapefile, ring
from tests.storage.crash_editor import dump_tables, make_demo, shape_key

ROOT = Path(__file__).resolve().parents[2]
METRIC = 32648
OTHER_OFFICER = "officer-b"  # who works in the second window
TO_UTM = Transformer.from_crs(4326, METRIC, always_xy=True)


# --- set-up -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty demo plots with every kind of record, made once; each test edits a copy."""
    path = make_demo(tmp_path_factory.mktemp("template"))
    assert not [p for p in path.parent.iterdir() if p != path]  # a closed, single file
    return path


@pytest.fixture
def demo_path(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "province.gpkg"
    shutil.copyfile(template, target)
    return target


@dataclass
class Window:
    """This MetKasekor window: the open project, its plot layer and its undo stack."""

    project: Project
    ctx: EditContext
    stack: UndoStack


def open_window(path: Path) -> Window:
    project = Project.open(path)
    ctx = EditContext(project, PlotLayer(project.plots.load_table(), METRIC), METRIC)
    return Window(project, ctx, UndoStack(ctx))


@pytest.fixture
def window(demo_path: Path) -> Iterator[Window]:
    win = open_window(demo_path)
    yield win
    win.project.close()


def first_plot_id(win: Window, n: int = 0) -> int:
    return int(win.ctx.layer.table.ids[n])


def _command(job: str, path: Path, *args: object) -> list[str]:
    return [sys.executable, "-m", "tests.storage.second_writer", job, str(path),
            *(str(a) for a in args)]


def _env() -> dict[str, str]:
    # The second window is another officer (another login), so that a refusal names them.
    return {**os.environ, "LOGNAME": OTHER_OFFICER, "USER": OTHER_OFFICER}


def _lines(stdout: str) -> dict[str, Any]:
    out = {}
    for line in stdout.splitlines():
        kind, _, payload = line.partition(" ")
        out[kind] = json.loads(payload) if payload else None
    return out


def second(job: str, path: Path, *args: object) -> dict[str, Any]:
    """Run a job of the second program to its end; its reports by kind."""
    result = subprocess.run(_command(job, path, *args), cwd=ROOT, env=_env(),
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return _lines(result.stdout)


def start(job: str, path: Path, *args: object) -> subprocess.Popen[str]:
    """Start a job of the second program that runs beside this test (stdin drives it)."""
    return subprocess.Popen(_command(job, path, *args), cwd=ROOT, env=_env(), text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def wait_for(proc: subprocess.Popen[str], kind: str) -> Any:
    assert proc.stdout is not None
    for line in proc.stdout:
        got, _, payload = line.partition(" ")
        if got == kind:
            return json.loads(payload)
    proc.wait(timeout=30)
    raise AssertionError(f"the second program ended without {kind!r}: "
                         f"{proc.stderr.read() if proc.stderr else ''}")


def finish(proc: subprocess.Popen[str]) -> None:
    """Let a started job end (its stdin closes), or stop it."""
    try:
        if proc.stdin is not None and not proc.stdin.closed:
            proc.stdin.close()
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    finally:
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def stored(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """What another program reading the file finds: committed data only."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def plain_sql(path: Path) -> sqlite3.Connection:
    """A connection as QGIS or GDAL has one: the GeoPackage ST_ functions (which any
    write to a feature table with a spatial index needs), nothing else of ours."""
    con = sqlite3.connect(path)
    register_functions(con)
    return con


def integrity(path: Path) -> str:
    return stored(path, "PRAGMA integrity_check")[0][0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def area_ha(geom: Any) -> float:
    """The area of a WGS 84 shape in hectares, measured in UTM 48N (pyproj, shapely)."""
    utm = shapely.transform(geom, lambda xy: np.column_stack(TO_UTM.transform(*xy.T)))
    return float(shapely.area(utm)) / 10_000


def run_as_root(*command: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(list(command), capture_output=True, text=True, check=False)
    except OSError as error:  # no such program here
        return subprocess.CompletedProcess(list(command), 127, "", str(error))


def mount_or_skip(*args: str) -> None:
    result = run_as_root("mount", *args)
    if result.returncode != 0:
        pytest.skip(f"needs to mount a file system (root): mount {' '.join(args)} failed: "
                    f"{result.stderr.strip()}")


def unmount(folder: Path) -> None:
    if run_as_root("umount", str(folder)).returncode != 0:
        run_as_root("umount", "-l", str(folder))


# --- 1. two windows (or QGIS) on one project: a conflict, never an overwrite -------------


def test_a_plot_renamed_in_another_window_is_not_overwritten(window: Window,
                                                              demo_path: Path) -> None:
    project, stack = window.project, window.stack
    plot = project.plots.get(first_plot_id(window))
    second("window", demo_path, json.dumps([{"plot": plot.id,
                                             "attrs": {"name": "Named in window B"}}]))

    with pytest.raises(ConflictError) as info:
        stack.push(ChangeAttributes(plot.id, {"notes": "Checked in window A"},
                                    expected_version=plot.version,
                                    read={"name": plot.name, "notes": plot.notes}))
    conflict = info.value.conflict
    assert conflict.label == plot.code and plot.code in str(info.value)
    assert conflict.editor.startswith(f"{OTHER_OFFICER}@")
    assert OTHER_OFFICER in str(info.value)
    assert conflict.theirs["name"] == "Named in window B"
    assert conflict.mine == {"notes": "Checked in window A"}
    assert stored(demo_path, "SELECT name, notes FROM plots WHERE fid = ?",
                  (plot.id,)) == [("Named in window B", plot.notes)]
    assert len(stack) == 0 and not stack.can_undo


def test_a_plot_moved_in_another_window_is_not_moved_back(window: Window,
                                                          demo_path: Path) -> None:
    project, stack = window.project, window.stack
    plot = project.plots.get(first_plot_id(window, 1))
    done = second("window", demo_path, json.dumps([{"plot": plot.id,
                                                    "move": [0.0004, 0.0002]}]))
    theirs = done["done"]["shapes"][str(plot.id)]

    mine = validate_plot_geometry(translate(plot.geometry, -0.0003, 0.0))
    with pytest.raises(ConflictError) as info:
        stack.push(ChangeGeometry(plot.id, mine, expected_version=plot.version))
    assert info.value.conflict.label == plot.code and plot.code in str(info.value)
    assert info.value.conflict.editor.startswith(f"{OTHER_OFFICER}@")
    (blob,), = stored(demo_path, "SELECT geom FROM plots WHERE fid = ?", (plot.id,))
    assert shape_key(decode_blobs([blob])[0]) == theirs != shape_key(mine)
    assert len(stack) == 0


# kind -> (table, the field the other changes, its value, how, my field, my value)
RECORD_EDITS: dict[str, tuple[str, str, Any, str, str, Any]] = {
    "farmers": ("farmers", "phone", "012 345 678", "window", "cooperative", "Coop A"),
    "providers": ("providers", "notes", "seen in QGIS", "sql", "phone", "099 000 111"),
    "seasons": ("seasons", "name", "Season renamed in QGIS", "sql", "name", "Season A"),
    "practices": ("practices", "description", "Edited in B", "window", "name_en",
                  "Practice A"),
    "plans": ("plot_season_plans", "notes", "Plan note from B", "window", "cost", 12345.0),
    "events": ("extension_events", "notes", "seen in QGIS", "sql", "place", "Place A"),
    "soil_samples": ("soil_samples", "notes", "Sample note from B", "window", "lab", "Lab A"),
    "yields": ("yield_records", "notes", "seen in QGIS", "sql", "price_per_kg", 1234.0),
    "trials": ("trials", "description", "Trial note from B", "window", "name", "Trial A"),
}


def test_no_record_of_any_kind_overwrites_another_programs_change(window: Window,
                                                                   demo_path: Path) -> None:
    project, stack = window.project, window.stack
    read = {kind: getattr(project, kind).list()[0] for kind in RECORD_EDITS}  # what A shows
    ops = [{"kind": kind, "id": read[kind].id, "set": {field: value}}
           for kind, (_t, field, value, how, _f, _v) in RECORD_EDITS.items() if how == "window"]
    second("window", demo_path, json.dumps(ops))
    statements = [[f'UPDATE "{table}" SET "{field}" = ? WHERE id = ?', [value, read[kind].id]]
                  for kind, (table, field, value, how, _f, _v) in RECORD_EDITS.items()
                  if how == "sql"]
    second("sql", demo_path, json.dumps(statements))

    for kind, (table, field, value, how, my_field, my_value) in RECORD_EDITS.items():
        entity = read[kind]
        setattr(entity, my_field, my_value)
        with pytest.raises(ConflictError) as info:
            stack.push(SaveRecord(kind, entity))
        conflict = info.value.conflict
        assert conflict.label in str(info.value), kind
        if how == "window":
            assert conflict.editor.startswith(f"{OTHER_OFFICER}@"), kind
            assert OTHER_OFFICER in str(info.value), kind
        else:
            assert conflict.editor is None and "another program" in str(info.value), kind
        assert stored(demo_path, f'SELECT "{field}", "{my_field}" FROM "{table}" WHERE id = ?',
                      (entity.id,))[0][0] == value, kind
        if my_field != field:
            mine_stored = stored(demo_path, f'SELECT "{my_field}" FROM "{table}" WHERE id = ?',
                                 (entity.id,))[0][0]
            assert mine_stored != my_value, kind
    assert len(stack) == 0


def test_undo_is_refused_once_another_window_changed_the_plot(window: Window,
                                                              demo_path: Path) -> None:
    stack = window.stack
    plot_id = first_plot_id(window, 2)
    stack.push(ChangeAttributes(plot_id, {"notes": "Checked in window A"}))
    second("window", demo_path, json.dumps([{"plot": plot_id,
                                             "attrs": {"name": "Named in window B"}}]))

    with pytest.raises(ConflictError) as info:
        stack.undo()
    assert info.value.conflict.editor.startswith(f"{OTHER_OFFICER}@")
    assert stack.index == 1 and stack.can_undo
    assert stored(demo_path, "SELECT name, notes FROM plots WHERE fid = ?",
                  (plot_id,)) == [("Named in window B", "Checked in window A")]


def test_undo_of_a_record_is_refused_once_qgis_changed_it(window: Window,
                                                          demo_path: Path) -> None:
    stack = window.stack
    farmer = window.project.farmers.list()[0]
    old_phone = farmer.phone
    farmer.phone = "012 000 111"
    stack.push(SaveRecord("farmers", farmer))
    with plain_sql(demo_path) as con:
        con.execute("UPDATE farmers SET cooperative = 'Coop from QGIS' WHERE id = ?",
                    (farmer.id,))
    with pytest.raises(ConflictError):
        stack.undo()
    assert stack.index == 1
    assert stored(demo_path, "SELECT phone, cooperative FROM farmers WHERE id = ?",
                  (farmer.id,)) == [("012 000 111", "Coop from QGIS")]
    assert old_phone != "012 000 111"


# --- 2. changes made by other programs are seen -----------------------------------------


def test_plain_sql_edits_raise_the_version_and_get_their_area_measured(
        window: Window, demo_path: Path) -> None:
    project = window.project
    plot = project.plots.get(first_plot_id(window))
    moved = project.plots.get(first_plot_id(window, 1))
    ((version, editor),) = stored(demo_path, "SELECT mk_version, mk_edited_by FROM plots "
                                  "WHERE fid = ?", (plot.id,))
    assert editor == editor_name()
    new_shape = MultiPolygon([box(LON0, LAT0, LON0 + 0.002, LAT0 + 0.001)])
    con = plain_sql(demo_path)  # QGIS: change a note, move a plot, draw a new one
    with con:
        con.execute("UPDATE plots SET notes = 'typed in QGIS' WHERE fid = ?", (plot.id,))
        con.execute("UPDATE plots SET geom = ? WHERE fid = ?",
                    (encode_blobs([new_shape], 4326)[0], moved.id))
        con.execute("INSERT INTO plots (geom, code, role) VALUES (?, 'QGIS-0001', "
                    "'farmer_field')", (encode_blobs([new_shape], 4326)[0],))
    con.close()

    assert stored(demo_path, "SELECT mk_version, mk_edited_by FROM plots WHERE fid = ?",
                  (plot.id,)) == [(version + 1, None)]
    assert stored(demo_path, "SELECT area_ha FROM plots WHERE fid = ? OR code = 'QGIS-0001'",
                  (moved.id,)) == [(None,), (None,)]
    # This window's edit, made on what it read before, is refused: QGIS's note stays.
    with pytest.raises(ConflictError) as info:
        window.stack.push(ChangeAttributes(plot.id, {"notes": "typed in MetKasekor"},
                                           expected_version=plot.version))
    assert "another program" in str(info.value)
    project.close()

    expected = area_ha(new_shape)
    with Project.open(demo_path) as again:
        assert again.plots.get(moved.id).area_ha == pytest.approx(expected, rel=1e-9)
        assert again.plots.by_code("QGIS-0001").area_ha == pytest.approx(expected, rel=1e-9)
    areas = stored(demo_path, "SELECT area_ha FROM plots WHERE fid = ? OR code = 'QGIS-0001'",
                   (moved.id,))
    assert [a for (a,) in areas] == [pytest.approx(expected, rel=1e-9)] * 2
    assert 1.5 < expected < 3.0  # 0.002 x 0.001 degrees near 11.5 N: about 2.4 ha


def test_another_program_cannot_delete_a_plot_with_season_plans(window: Window,
                                                                 demo_path: Path) -> None:
    ((plot_id, plans),) = stored(demo_path, "SELECT plot_id, count(*) FROM plot_season_plans "
                                 "GROUP BY plot_id ORDER BY plot_id LIMIT 1")
    before = stored(demo_path, "SELECT * FROM plot_season_plans WHERE plot_id = ?",
                    (plot_id,))
    con = plain_sql(demo_path)
    con.execute("PRAGMA foreign_keys=ON")  # as GDAL may: the plans would go by CASCADE
    with pytest.raises(sqlite3.IntegrityError, match="MetKasekor"):
        with con:
            con.execute("DELETE FROM plots WHERE fid = ?", (plot_id,))
    con.close()
    assert DELETE_REFUSED.startswith("MetKasekor")
    assert stored(demo_path, "SELECT count(*) FROM plots WHERE fid = ?", (plot_id,)) == [(1,)]
    assert stored(demo_path, "SELECT * FROM plot_season_plans WHERE plot_id = ?",
                  (plot_id,)) == before and len(before) == plans

    def everything() -> dict[str, list[tuple[Any, ...]]]:
        raw = sqlite3.connect(demo_path)
        try:
            return dump_tables(raw, skip=("gpkg_contents",))
        finally:
            raw.close()

    all_before = everything()
    window.stack.push(DeletePlots([plot_id]))
    assert stored(demo_path, "SELECT count(*) FROM plot_season_plans WHERE plot_id = ?",
                  (plot_id,)) == [(0,)]
    assert window.project.plots.get(plot_id) is None
    window.stack.undo()
    assert everything() == all_before


# --- 4. a lock held by another program ---------------------------------------------------


def test_a_lock_held_elsewhere_refuses_the_edit_after_a_visible_wait(window: Window,
                                                                      demo_path: Path) -> None:
    project, stack = window.project, window.stack
    plot = project.plots.get(first_plot_id(window))
    waits: list[float] = []
    project.guard.wait_s = 1.0
    project.guard.waiting = waits.append
    holder = start("hold-lock", demo_path)
    try:
        wait_for(holder, "locked")
        with pytest.raises(ProjectBusyError) as info:
            stack.push(ChangeAttributes(plot.id, {"notes": "while QGIS edits"}))
        assert isinstance(info.value, DomainError)
        assert "busy" in str(info.value)
        assert waits and all(0 <= w < 1.5 for w in waits)
        assert len(stack) == 0
        # Reading goes on while the other holds the write lock (WAL).
        assert len(project.plots.load_table()) == len(window.ctx.layer.table)
        assert project.plots.get(plot.id).notes == plot.notes
    finally:
        finish(holder)
    stack.push(ChangeAttributes(plot.id, {"notes": "once QGIS saved"}))  # trying again works
    assert stored(demo_path, "SELECT notes FROM plots WHERE fid = ?",
                  (plot.id,)) == [("once QGIS saved",)]


# --- 5. a full disk -----------------------------------------------------------------------


def test_a_full_disk_refuses_the_edit_and_keeps_the_last_one(template: Path,
                                                              tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    mount_or_skip("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(stick))
    try:
        path = stick / "province.gpkg"
        shutil.copyfile(template, path)
        win = open_window(path)
        plot_id = first_plot_id(win)
        win.stack.push(ChangeAttributes(plot_id, {"notes": "last edit before the disk filled"}))
        with (stick / "filler.bin").open("wb", buffering=0) as filler:  # the stick fills
            for size in (1 << 16, 1 << 12, 1 << 8, 1):
                try:
                    while filler.write(b"\0" * size):
                        pass
                except OSError:
                    pass
        with pytest.raises(DiskFullError) as info:
            win.stack.push(ChangeAttributes(first_plot_id(win, 1),
                                            {"notes": "x" * 200_000}))
        assert "full" in str(info.value)
        assert len(win.stack) == 1
        win.project.close()

        with Project.open(path) as again:  # still full: it opens and shows the last edit
            assert again.plots.get(plot_id).notes == "last edit before the disk filled"
            assert again.plots.get(first_plot_id(win, 1)).notes != "x" * 200_000
        assert integrity(path) == "ok"
    finally:
        unmount(stick)


# --- 6. the file moved, deleted or replaced while open ------------------------------------


def test_a_moved_file_stops_edits_and_keeps_the_committed_ones(window: Window,
                                                               demo_path: Path) -> None:
    plot_id = first_plot_id(window)
    window.stack.push(ChangeAttributes(plot_id, {"notes": "committed before the move"}))
    moved = demo_path.with_name("moved.gpkg")
    os.rename(demo_path, moved)

    with pytest.raises(FileGoneError) as info:
        window.stack.push(ChangeAttributes(plot_id, {"notes": "after the move"}))
    assert "moved" in str(info.value) and demo_path.name in str(info.value)
    assert len(window.stack) == 1
    assert not demo_path.exists()  # no empty project appears under the old name
    window.project.rescue_after_move()
    window.project.close()
    assert stored(moved, "SELECT notes FROM plots WHERE fid = ?",
                  (plot_id,)) == [("committed before the move",)]
    assert integrity(moved) == "ok"


def test_a_deleted_file_stops_edits(window: Window, demo_path: Path) -> None:
    plot_id = first_plot_id(window)
    window.stack.push(ChangeAttributes(plot_id, {"notes": "committed before the delete"}))
    demo_path.unlink()
    with pytest.raises(FileGoneError):
        window.stack.push(ChangeAttributes(plot_id, {"notes": "after the delete"}))
    assert len(window.stack) == 1
    assert not demo_path.exists()


def test_a_file_replaced_by_a_copy_stops_edits_and_the_copy_stays_as_it_is(
        window: Window, demo_path: Path, tmp_path: Path) -> None:
    plot_id = first_plot_id(window)
    window.stack.push(ChangeAttributes(plot_id, {"notes": "before save as"}))
    with window.project.save_as(tmp_path / "copy.gpkg") as copy:
        plot = copy.plots.get(plot_id)
        plot.notes = "the copy's own note"
        copy.plots.update(plot)
    window.stack.push(ChangeAttributes(plot_id, {"notes": "after save as"}))
    os.replace(tmp_path / "copy.gpkg", demo_path)  # the officer restores the copy

    with pytest.raises(FileGoneError) as info:
        window.stack.push(ChangeAttributes(plot_id, {"notes": "onto the copy?"}))
    assert "replaced" in str(info.value)
    assert len(window.stack) == 2
    # Another program opening the path finds the copy, not this window's pages.
    assert stored(demo_path, "SELECT notes FROM plots WHERE fid = ?",
                  (plot_id,)) == [("the copy's own note",)]
    window.project.close()
    assert stored(demo_path, "SELECT notes FROM plots WHERE fid = ?",
                  (plot_id,)) == [("the copy's own note",)]
    with Project.open(demo_path) as again:
        assert again.plots.get(plot_id).notes == "the copy's own note"
    assert integrity(demo_path) == "ok"


@pytest.mark.parametrize("how", ["move", "replace"])
def test_closing_after_a_move_or_a_replace_leaves_both_files_right(
        window: Window, demo_path: Path, tmp_path: Path, how: str) -> None:
    """No write is tried before the window closes: the move or replace goes unnoticed
    until then, and still the last edit goes with the moved file, never onto the copy."""
    plot_id = first_plot_id(window)
    copy = window.project.backup_to(tmp_path / "copy.gpkg")
    window.stack.push(ChangeAttributes(plot_id, {"notes": "last edit"}))
    moved = demo_path.with_name("moved.gpkg")
    os.rename(demo_path, moved)
    if how == "replace":
        os.replace(copy, demo_path)
    window.project.close()
    assert stored(moved, "SELECT notes FROM plots WHERE fid = ?",
                  (plot_id,)) == [("last edit",)]
    assert integrity(moved) == "ok"
    if how == "replace":
        assert stored(demo_path, "SELECT notes FROM plots WHERE fid = ?",
                      (plot_id,)) != [("last edit",)]
        assert integrity(demo_path) == "ok"


# --- 7. a crash in the middle of a write, rollback journal ---------------------------------


def test_a_write_killed_midway_is_rolled_back_when_the_project_opens(demo_path: Path) -> None:
    with sqlite3.connect(demo_path) as con:  # as on a network share
        assert con.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    con.close()
    with Project.open(demo_path) as project:
        plot_id = int(project.plots.load_table().ids[0])
        notes = {p.id: p.notes for p in project.plots.list()}
        yields = project.yields.count()
    assert yields > 0

    result = subprocess.run(_command("crash-in-write", demo_path, plot_id), cwd=ROOT,
                            env=_env(), capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == -signal.SIGKILL, result.stderr
    journal = demo_path.with_name(demo_path.name + "-journal")
    assert journal.stat().st_size > 0  # a hot journal is left
    assert b"lost in the crash" in demo_path.read_bytes()  # half a write is in the file

    with Project.open(demo_path) as project:  # never "damaged"
        plots = {p.id: p.notes for p in project.plots.list()}
        assert plots.pop(plot_id) == "committed before the crash"
        notes.pop(plot_id)
        assert plots == notes
        assert project.yields.count() == yields
        assert not any("lost" in (s.notes or "") for s in project.soil_samples.list())
    assert integrity(demo_path) == "ok"
    assert stored(demo_path, "PRAGMA journal_mode") == [("delete",)]
    assert not journal.exists() or journal.stat().st_size == 0


# --- 8. a read-only share -------------------------------------------------------------------


def test_a_read_only_project_reads_exports_renders_and_refuses_edits(
        template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    share, mounted, out = tmp_path / "share", tmp_path / "readonly", tmp_path / "out"
    for folder in (share, mounted, out):
        folder.mkdir()
    shutil.copyfile(template, share / "province.gpkg")
    before = digest(share / "province.gpkg")
    mount_or_skip("--bind", str(share), str(mounted))
    try:
        result = run_as_root("mount", "-o", "remount,bind,ro", str(mounted))
        if result.returncode != 0:
            pytest.skip(f"needs a read-only bind mount (root): {result.stderr.strip()}")
        path = mounted / "province.gpkg"
        win = open_window(path)
        try:
            assert win.project.read_only
            assert len(win.project.plots.load_table()) == 40
            with pytest.raises(ReadOnlyProjectError):
                win.stack.push(ChangeAttributes(first_plot_id(win), {"notes": "edit"}))
            assert len(win.stack) == 0
        finally:
            win.project.close()

        assert main(["export", str(path), "--format", "shp", "--out", str(out)]) == 0
        frame = pyogrio.read_dataframe(f"/vsizip/{out / 'province_plots.zip'}")
        assert len(frame) == 40
        assert main(["render", str(path), "--out", str(out / "map.png"),
                     "--size", "320x200"]) == 0
        assert (out / "map.png").stat().st_size > 0
        capsys.readouterr()
        assert main(["stats", str(path)]) == 0
        assert capsys.readouterr().out.strip()
        new_plots = code_shapefile(out / "new.shp", [("RO-1", ring(LON0, LAT0)),
                                                     ("RO-2", ring(LON0 + 0.01, LAT0))])
        assert main(["import", str(path), str(new_plots), "--dry-run"]) == 0
        assert sorted(p.name for p in mounted.iterdir()) == ["province.gpkg"]
    finally:
        unmount(mounted)
    assert digest(share / "province.gpkg") == before


# --- 9. GDAL beside us ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_gdal_reads_and_appends_beside_our_edits(template: Path, tmp_path: Path,
                                                 mode: str) -> None:
    path = tmp_path / "province.gpkg"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as con:
        assert con.execute(f"PRAGMA journal_mode={mode}").fetchone() == (mode,)
    con.close()
    win = open_window(path)
    plot_id, code = first_plot_id(win), str(win.ctx.layer.table.codes[0])
    reader = start("gdal-read", path, code)
    try:
        assert wait_for(reader, "ready") == {"rows": 40}
        win.stack.push(ChangeAttributes(plot_id, {"notes": "while GDAL reads"}))
        plot = win.project.plots.get(first_plot_id(win, 1))
        win.stack.push(ChangeGeometry(plot.id, translate(plot.geometry, 0.0002, 0.0)))
        second("gdal-append", path, "GDAL-0001", LON0, LAT0)
        # GDAL's row counts as another program's: a version, no editor, area to measure.
        assert stored(path, "SELECT mk_version, mk_edited_by, area_ha FROM plots "
                      "WHERE code = 'GDAL-0001'") == [(2, None, None)]
        added = win.project.plots.by_code("GDAL-0001")
        assert added is not None and added.version == 2
        win.stack.push(ChangeAttributes(added.id, {"name": "Added by GDAL"},
                                        expected_version=added.version))
        assert reader.stdin is not None
        reader.stdin.write("again\n")
        reader.stdin.flush()
        assert wait_for(reader, "done") == {"rows": 41, "notes": "while GDAL reads"}
    finally:
        finish(reader)
        win.project.close()
    assert reader.returncode == 0
    assert stored(path, "SELECT name, area_ha > 0 FROM plots WHERE code = 'GDAL-0001'") == [
        ("Added by GDAL", 1)]
    assert stored(path, "SELECT notes FROM plots WHERE fid = ?",
                  (plot_id,)) == [("while GDAL reads",)]
    assert stored(path, "PRAGMA journal_mode") == [(mode,)]
    assert integrity(path) == "ok"


# --- 10. values other programs write --------------------------------------------------------


def test_roles_typed_in_another_program_still_read(window: Window, demo_path: Path) -> None:
    first, other = first_plot_id(window), first_plot_id(window, 1)
    with plain_sql(demo_path) as con:
        con.execute("UPDATE plots SET role = 'Demonstration' WHERE fid = ?", (first,))
        con.execute("UPDATE plots SET role = 'Sovereign country' WHERE fid = ?", (other,))
    con.close()
    table = window.project.plots.load_table()
    assert len(table) == 40
    assert window.project.plots.get(first).role is PlotRole.DEMONSTRATION
    assert window.project.plots.get(other).role == "Sovereign country"
    assert {p.id: p.role for p in window.project.plots.list()}[other] == "Sovereign country"


# --- 11. Save as cut short ------------------------------------------------------------------


def test_a_save_as_cut_short_leaves_nothing_under_the_name(window: Window, tmp_path: Path,
                                                          monkeypatch) -> None:
    monkeypatch.setattr(gpkg_file, "BACKUP_PAGES", 4)
    target = tmp_path / "copies" / "province copy.gpkg"
    target.parent.mkdir()
    steps: list[int] = []

    def power_cut(done: int, total: int) -> None:
        steps.append(done)
        if len(steps) == 3:
            raise OSError("the USB stick was pulled out")

    with pytest.raises(ProjectError, match="could not be written"):
        window.project.save_as(target, progress=power_cut)
    assert len(steps) == 3
    assert list(target.parent.iterdir()) == []

    copy = window.project.save_as(target)
    copy.close()
    assert list(target.parent.iterdir()) == [target]
    with Project.open(target) as again:
        assert again.plots.count() == 40
    assert integrity(target) == "ok"


def test_a_save_as_killed_midway_leaves_nothing_under_the_name(demo_path: Path,
                                                              tmp_path: Path) -> None:
    target = tmp_path / "copies" / "province copy.gpkg"
    target.parent.mkdir()
    result = subprocess.run(_command("save-as-killed", demo_path, target), cwd=ROOT,
                            env=_env(), capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "killed" in _lines(result.stdout)
    assert not target.exists()
    with Project.open(demo_path) as project:
        project.save_as(target).close()
    assert list(target.parent.iterdir()) == [target]  # no part of the killed copy is left
    assert integrity(target) == "ok"
