"""Randomised offline-copy synchronisation against the real register: three copies of a
province and the register edit the same records in random order, copies sync at random
moments (sometimes cut off at a random step and run again), every conflict is decided
at the end, and then every copy must hold exactly the register's rows of its province,
with no edit silently lost (DESIGN.md decisions 2 and 9).

The seeds are fixed so a failure is reproducible; ``MK_SYNC_RANDOM_ROUNDS`` raises the
number of rounds per seed for a longer run (the default keeps the file near half a
minute), ``MK_SYNC_RANDOM_SEEDS`` adds that many more seeds. The ``test_bug_...``
tests are the smallest scenarios the random run found.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shapely
from shapely import affinity
from sqlalchemy import select

from metkasekor_desktop.app import main
from metkasekor_desktop.layers.office_sync import (
    checkout,
    copy_conflicts,
    decide_conflict,
    synchronise,
)
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.gpkg.functions import register_functions
from metkasekor_desktop.storage.sync_rows import read_rows
from metkasekor_desktop.storage.sync_tables import BY_NAME, TABLES

from ..test_project_copy import office_project

SEEDS = (11, 23, 37) + tuple(range(100, 100 + int(os.environ.get("MK_SYNC_RANDOM_SEEDS",
                                                                   "0"))))
ROUNDS = int(os.environ.get("MK_SYNC_RANDOM_ROUNDS", "18"))
PROVINCE = "02"
REGISTER = "R"
COPIES = ("C0", "C1", "C2")
STEPS = ("prepared", "pushed", "settled")
PLOT_TEXT = ("notes", "name", "soil_type")
EVENT_FIELDS = ("place", "women", "men")
CATALOGUE = ("seasons", "practices", "providers")
NATURAL = {"plots": ("code",), "seasons": ("name",), "practices": ("key",),
           "providers": ("name",), "trials": ("name",), "target_populations": ("area_code",)}


class Cut(Exception):
    """The network cut in the middle of a sync."""


# -- reading a side as comparable, id-free rows ------------------------------------------
def _wkt(shape_or_wkb: Any) -> str | None:
    if shape_or_wkb is None:
        return None
    shape = (shapely.from_wkb(shape_or_wkb) if isinstance(shape_or_wkb, bytes | bytearray)
             else shape_or_wkb)
    return shapely.to_wkt(shape, rounding_precision=7)


def _read_all(project: Project) -> dict[str, dict[int, dict[str, Any]]]:
    with project.backend.reading() as conn:
        out = {}
        for table in TABLES:
            ids = conn.execute(select(table.table.c[table.pk])).scalars().all()
            out[table.name] = read_rows(project, conn, table, ids)
    return out


def _in_scope(rows: dict[str, dict[int, dict[str, Any]]]) -> dict[str, set[int]]:
    """The register's rows a copy of PROVINCE holds (the checkout's rule)."""
    plots = {i for i, r in rows["plots"].items()
             if str(r["village_code"] or "").startswith(PROVINCE)}
    keep: dict[str, set[int]] = {"plots": plots}
    keep["farmers"] = {i for i, r in rows["farmers"].items()
                       if str(r["village_code"] or "").startswith(PROVINCE)} | {
        rows["plots"][p]["farmer_id"] for p in plots} - {None}
    for table in TABLES:
        if table.refs.get("plot_id") == "plots":
            keep[table.name] = {i for i, r in rows[table.name].items()
                                if r["plot_id"] in plots}
    keep["plan_practices"] = {i for i, r in rows["plan_practices"].items()
                              if r["plan_id"] in keep["plot_season_plans"]}
    trials = {rows["trial_members"][i]["trial_id"] for i in keep["trial_members"]}
    keep["trials"] = trials
    keep["trial_seasons"] = {i for i, r in rows["trial_seasons"].items()
                             if r["trial_id"] in trials}
    keep["extension_events"] = {i for i, r in rows["extension_events"].items()
                                if str(r["village_code"] or "").startswith(PROVINCE)} | {
        rows["event_plots"][i]["event_id"] for i in keep["event_plots"]}
    keep["target_populations"] = {i for i, r in rows["target_populations"].items()
                                  if str(r["area_code"]).startswith(PROVINCE)}
    for name in CATALOGUE:
        keep[name] = set(rows[name])
    return keep


def canonical(project: Project, scoped: bool) -> dict[str, list[tuple]]:
    """Every synchronised table as a sorted list of rows without ids: references by the
    referenced record's natural key (or its whole content), shapes as WKT to 7
    decimals, bookkeeping columns left out (``SyncTable.columns``)."""
    rows = _read_all(project)
    keep = _in_scope(rows) if scoped else {n: set(r) for n, r in rows.items()}
    memo: dict[tuple[str, int], tuple] = {}

    def ident(name: str, row_id: int) -> tuple:
        row = rows[name].get(row_id)
        if row is None:
            return ("missing", name)
        if name in NATURAL:
            return tuple(row[c] for c in NATURAL[name])
        return content(name, row_id)

    def content(name: str, row_id: int) -> tuple:
        if (name, row_id) in memo:
            return memo[(name, row_id)]
        table = BY_NAME[name]
        row = rows[name][row_id]
        items = []
        for column in table.columns:
            value = row[column]
            if column in table.refs and value is not None:
                value = ident(table.refs[column], value)
            elif (name, column) == ("plots", "geom"):
                value = _wkt(value)
            elif isinstance(value, float):
                value = round(value, 9)
            elif isinstance(value, list | dict):
                value = repr(value)
            items.append((column, value))
        memo[(name, row_id)] = tuple(items)
        return memo[(name, row_id)]

    return {t.name: sorted((content(t.name, i) for i in keep[t.name]), key=repr)
            for t in TABLES}


def _diff(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> str:
    lines = []
    for name in a:
        if a[name] != b[name]:
            only_a = [r for r in a[name] if r not in b[name]]
            only_b = [r for r in b[name] if r not in a[name]]
            lines.append(f"{name}: {len(a[name])} vs {len(b[name])} rows;\n  only copy: "
                         f"{only_a[:3]}\n  only register: {only_b[:3]}")
    return "\n".join(lines)


# -- the ledger ------------------------------------------------------------------------------
@dataclass
class Edit:
    idx: int
    actor: str
    kind: str  # field, add, delete
    table: str  # plots, farmers, events
    key: Any
    column: str | None = None
    value: Any = None
    seen: frozenset[int] = frozenset()  # a delete: the edits its actor knew of


@dataclass
class World:
    url: str
    copies: dict[str, Path]
    rng: random.Random
    register: Project
    ledger: list[Edit] = field(default_factory=list)
    seen: dict[str, set[int]] = field(default_factory=dict)
    cut: dict[str, int] = field(default_factory=dict)  # a copy's sync under way carries
    counters: dict[str, int] = field(default_factory=dict)
    excused: set[int] = field(default_factory=set)
    farmer_keys: set[tuple] = field(default_factory=set)
    event_keys: set[tuple] = field(default_factory=set)
    log: list[str] = field(default_factory=list)

    def record(self, actor: str, kind: str, table: str, key: Any, column: str | None = None,
               value: Any = None) -> None:
        edit = Edit(len(self.ledger), actor, kind, table, key, column, value,
                    frozenset(self.seen[actor]) if kind == "delete" else frozenset())
        self.ledger.append(edit)
        self.seen[actor].add(edit.idx)
        self.log.append(f"{edit.idx} {actor} {kind} {table} {key} {column}={value!r}")

    # -- the sides ------------------------------------------------------------------------
    def project(self, actor: str) -> Project:
        return self.register if actor == REGISTER else Project.open(self.copies[actor])

    def done(self, actor: str, project: Project) -> None:
        if actor != REGISTER:
            project.close()

    def raw(self, actor: str) -> sqlite3.Connection:
        """The copy opened as another program (QGIS) would: plain SQLite with the
        GeoPackage functions and foreign keys enforced (deleting a plot takes its
        raster statistics with it)."""
        con = sqlite3.connect(self.copies[actor])
        register_functions(con)
        con.execute("PRAGMA foreign_keys = ON")
        self.log.append(f"  ({actor} edits with plain SQLite)")
        return con


def _farmer_key(f: Any) -> tuple:
    return (f.name_kh, f.village_code)


def _event_key(e: Any) -> tuple:
    return (str(e.stage), e.event_date.isoformat(), e.village_code)


# -- the random operations -------------------------------------------------------------------
def op_plot_text(w: World, actor: str) -> None:
    p = w.project(actor)
    try:
        plots = [x for x in p.plots.list() if x.village_code.startswith(PROVINCE)]
        if not plots:
            return
        plot = w.rng.choice(plots)
        column = w.rng.choice(PLOT_TEXT)
        value = f"{column}-{actor}-{len(w.ledger)}"
        if actor != REGISTER and w.rng.random() < 0.5:  # QGIS
            w.done(actor, p)
            with w.raw(actor) as con:
                con.execute(f"UPDATE plots SET {column} = ? WHERE code = ?", (value, plot.code))
            con.close()
        else:
            setattr(plot, column, value)
            p.plots.update(plot)
        w.record(actor, "field", "plots", plot.code, column, value)
    finally:
        w.done(actor, p)


def op_plot_shape(w: World, actor: str) -> None:
    p = w.project(actor)
    try:
        plots = [x for x in p.plots.list() if x.village_code.startswith(PROVINCE)]
        if not plots:
            return
        plot = w.rng.choice(plots)
        dx, dy = (w.rng.uniform(-4, 4) * 1e-5 for _ in range(2))  # a few metres
        shape = affinity.translate(plot.geometry, dx, dy)
        p.plots.update_geometry(plot.id, shape)
        w.record(actor, "field", "plots", plot.code, "geom", _wkt(shape))
    finally:
        w.done(actor, p)


def op_farmer_phone(w: World, actor: str) -> None:
    p = w.project(actor)
    try:
        farmers = [f for f in p.farmers.list() if _farmer_key(f) in w.farmer_keys]
        if not farmers:
            return
        farmer = w.rng.choice(farmers)
        value = f"0{w.rng.randint(10, 99)} {len(w.ledger):03d} {actor}"
        if actor != REGISTER and w.rng.random() < 0.5:
            w.done(actor, p)
            with w.raw(actor) as con:
                con.execute("UPDATE farmers SET phone = ? WHERE id = ?", (value, farmer.id))
            con.close()
        else:
            farmer.phone = value
            p.farmers.update(farmer)
        w.record(actor, "field", "farmers", _farmer_key(farmer), "phone", value)
    finally:
        w.done(actor, p)


def op_event_field(w: World, actor: str) -> None:
    p = w.project(actor)
    try:
        events = [e for e in p.events.list() if _event_key(e) in w.event_keys]
        if not events:
            return
        event = w.rng.choice(events)
        column = w.rng.choice(EVENT_FIELDS)
        value: Any = (f"place-{actor}-{len(w.ledger)}" if column == "place"
                      else w.rng.randint(0, 400))
        if actor != REGISTER and w.rng.random() < 0.5:
            w.done(actor, p)
            with w.raw(actor) as con:
                con.execute(f"UPDATE extension_events SET {column} = ? WHERE id = ?",
                            (value, event.id))
            con.close()
        else:
            setattr(event, column, value)
            p.events.update(event)  # rewrites its event_plots too
        w.record(actor, "field", "events", _event_key(event), column, value)
    finally:
        w.done(actor, p)


def op_add_plot(w: World, actor: str) -> None:
    p = w.project(actor)
    try:
        plots = [x for x in p.plots.list() if x.village_code.startswith(PROVINCE)]
        if not plots:
            return
        model = w.rng.choice(plots)
        w.counters[actor] = w.counters.get(actor, 0) + 1
        code = f"RND-{actor}-{w.counters[actor]}"
        model.id = model.version = None
        model.code, model.paired_plot_id, model.role = code, None, "farmer_field"
        model.notes = ""
        model.geometry = affinity.translate(model.geometry, 0.003, 0.003)
        p.plots.add(model)
        w.record(actor, "add", "plots", code)
    finally:
        w.done(actor, p)


def _free_plots(p: Project) -> list[Any]:
    plots = [x for x in p.plots.list() if x.village_code.startswith(PROVINCE)]
    paired = {x.paired_plot_id for x in plots} | {x.id for x in plots if x.paired_plot_id}
    return [x for x in plots if x.id not in paired
            and not any(p.plots.dependents(x.id).values())]


def op_delete_plot(w: World, actor: str) -> None:
    p = w.project(actor)
    try:
        plots = _free_plots(p)
        if not plots:
            return
        plot = w.rng.choice(plots)
        if actor != REGISTER and w.rng.random() < 0.5:
            w.done(actor, p)
            with w.raw(actor) as con:
                con.execute("DELETE FROM plots WHERE code = ?", (plot.code,))
            con.close()
        else:
            p.plots.delete(plot.id)
        w.record(actor, "delete", "plots", plot.code)
    finally:
        w.done(actor, p)


def op_delete_event(w: World, actor: str) -> None:
    p = w.project(actor)
    try:
        events = [e for e in p.events.list() if _event_key(e) in w.event_keys]
        if not events:
            return
        event = w.rng.choice(events)
        if actor != REGISTER and w.rng.random() < 0.5:
            w.done(actor, p)
            with w.raw(actor) as con:
                con.execute("DELETE FROM event_plots WHERE event_id = ?", (event.id,))
                con.execute("DELETE FROM extension_events WHERE id = ?", (event.id,))
            con.close()
        else:
            p.events.delete(event.id)
        w.record(actor, "delete", "events", _event_key(event))
    finally:
        w.done(actor, p)


OPS = ((op_plot_text, 5), (op_plot_shape, 2), (op_farmer_phone, 2), (op_event_field, 2),
       (op_add_plot, 2), (op_delete_plot, 1), (op_delete_event, 1))


# -- syncing, with the knowledge each side has ------------------------------------------------
def _pending(copy: Path) -> bool:
    con = sqlite3.connect(copy)
    try:
        row = con.execute(
            "SELECT value FROM mk_sync_state WHERE key = 'pending_sync'").fetchone()
    finally:
        con.close()
    return row is not None


def sync(w: World, actor: str, stop: str | None = None) -> Any:
    """Sync one copy (cut off at ``stop``); keeps who has seen which edit."""
    copy = w.copies[actor]
    if not _pending(copy):
        w.cut[actor] = len(w.ledger)
    carried = {i for i in w.seen[actor] if i < w.cut[actor]}
    at_exchange: set[int] = set()

    def hook(step: str) -> None:
        if step == "pushed":
            w.seen[REGISTER] |= carried
            at_exchange.update(w.seen[REGISTER])
        if step == stop:
            raise Cut(step)

    try:
        report = synchronise(copy, hook=hook)
    except Cut:
        w.log.append(f"sync {actor} cut at {stop}")
        return None
    w.seen[actor] |= at_exchange
    w.log.append(f"sync {actor}: pushed {report.pushed} pulled {report.pulled} "
                 f"deleted there {report.deleted_there} here {report.deleted_here} "
                 f"conflicts {len(report.conflicts)} open {report.open}")
    return report


def _entity_of(w: World, actor: str, conflict: Any) -> tuple[str, Any] | None:
    """The ledger's name of a conflict's record: read in the copy, else the register."""
    names = {"plots": "plots", "farmers": "farmers", "extension_events": "events"}
    if conflict.table not in names:
        return None
    for project, row_id in ((Project.open(w.copies[actor]), conflict.local_id),
                            (None, conflict.remote_id)):
        p = project or w.register
        try:
            if row_id is None:
                continue
            if conflict.table == "plots":
                plot = p.plots.get(row_id)
                if plot is not None:
                    return "plots", plot.code
            elif conflict.table == "farmers":
                farmer = p.farmers.get(row_id)
                if farmer is not None:
                    return "farmers", _farmer_key(farmer)
            else:
                event = p.events.get(row_id)
                if event is not None:
                    return "events", _event_key(event)
        finally:
            if project is not None:
                project.close()
    return None


def decide_all(w: World, actor: str) -> int:
    """Decide every open conflict of a copy at random; excuse the edits it overrules."""
    found = copy_conflicts(w.copies[actor])
    for conflict in found:
        keep = w.rng.choice(("local", "register"))
        entity = _entity_of(w, actor, conflict)
        w.log.append(f"decide {actor} {conflict.kind} {conflict.table} {entity} "
                     f"{conflict.column}: local={conflict.local!r} "
                     f"remote={conflict.remote!r} -> {keep}")
        if entity is not None:
            table, key = entity
            loser = conflict.remote if keep == "local" else conflict.local
            # The losing value, and every edit of the field it had replaced already
            # (what the officer saw in the register is the newest of them).
            lost = max((e.idx for e in w.ledger if e.table == table and e.key == key
                        and e.column == conflict.column and e.value == loser),
                       default=-1)
            for edit in w.ledger:
                if edit.table != table or edit.key != key:
                    continue
                if conflict.column is not None:
                    if edit.column == conflict.column and edit.idx <= lost and (
                            edit.value == loser or edit.actor != actor):
                        w.excused.add(edit.idx)
                else:  # a whole record: the losing side's edits of it
                    mine = edit.actor == actor
                    if (keep == "local") != mine or edit.kind == "delete":
                        w.excused.add(edit.idx)
        decide_conflict(w.copies[actor], conflict.id, keep)
    return len(found)


# -- the checks ------------------------------------------------------------------------------
def _final_values(register: Project) -> dict[tuple[str, Any], dict[str, Any]]:
    out: dict[tuple[str, Any], dict[str, Any]] = {}
    for plot in register.plots.list():
        out[("plots", plot.code)] = {"notes": plot.notes, "name": plot.name,
                                     "soil_type": plot.soil_type,
                                     "geom": _wkt(plot.geometry)}
    for farmer in register.farmers.list():
        out[("farmers", _farmer_key(farmer))] = {"phone": farmer.phone}
    for event in register.events.list():
        out[("events", _event_key(event))] = {c: getattr(event, c) for c in EVENT_FIELDS}
    return out


def check_ledger(w: World) -> list[str]:
    """No edit silently lost: a field holds its last unexcused edit's value or a later
    one; a record is gone only when its deleter knew of every edit of it (or the edit
    lost a conflict); a record is there only when no deletion of it stands."""
    final = _final_values(w.register)
    problems = []
    by_record: dict[tuple[str, Any], list[Edit]] = {}
    for edit in w.ledger:
        by_record.setdefault((edit.table, edit.key), []).append(edit)
    for record, edits in by_record.items():
        deletes = [e for e in edits if e.kind == "delete"]
        if record not in final:
            if not deletes:
                problems.append(f"{record} is gone but nobody deleted it")
                continue
            for e in edits:
                if e.kind != "delete" and e.idx not in w.excused and not any(
                        e.idx in d.seen for d in deletes):
                    problems.append(f"{record}: edit {e.idx} ({e.actor} {e.column}="
                                    f"{e.value!r}) lost to a deletion that never saw it "
                                    "and no conflict was decided")
            continue
        for d in deletes:
            if d.idx not in w.excused:
                problems.append(f"{record}: deleted by {d.actor} (edit {d.idx}) but still "
                                "there, and no conflict was decided against the deletion")
        columns = {e.column for e in edits if e.kind == "field"}
        for column in columns:
            mine = [e for e in edits if e.kind == "field" and e.column == column]
            standing = [e for e in mine if e.idx not in w.excused]
            if not standing:
                continue
            last = max(standing, key=lambda e: e.idx)
            allowed = {e.value for e in mine if e.idx >= last.idx}
            value = final[record][column]
            if value not in allowed:
                problems.append(f"{record}.{column} = {value!r}; edit {last.idx} "
                                f"({last.actor}) wrote {last.value!r}, allowed {allowed}")
    return problems


def validate(path: Path) -> str:
    result = subprocess.run([sys.executable, "-m", "osgeo_utils.samples.validate_gpkg",
                             str(path)], capture_output=True, text=True, check=False)
    out = "" if result.returncode == 0 else f"validator: {result.stdout}{result.stderr}"
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            out += f" integrity_check: {integrity}"
        fks = con.execute("PRAGMA foreign_key_check").fetchall()
        if fks:
            out += f" foreign_key_check: {fks[:5]}"
    finally:
        con.close()
    return out


# -- the run ---------------------------------------------------------------------------------
def make_world(tmp_path: Path, url: str, seed: int) -> World:
    office = office_project(tmp_path)
    assert main(["publish", str(office), url]) == 0
    copies = {}
    for name in COPIES:
        copies[name], _report = checkout(url, tmp_path / f"{name}.gpkg", area=PROVINCE)
    w = World(url, copies, random.Random(seed), Project.connect(url))
    w.seen = {a: set() for a in (REGISTER, *COPIES)}
    farmers = [_farmer_key(f) for f in w.register.farmers.list()
               if str(f.village_code or "").startswith(PROVINCE)]
    w.farmer_keys = {k for k in farmers if farmers.count(k) == 1}
    events = [_event_key(e) for e in w.register.events.list()
              if str(e.village_code or "").startswith(PROVINCE)]
    w.event_keys = {k for k in events if events.count(k) == 1}
    assert w.farmer_keys and w.event_keys
    return w


def converge(w: World, passes: int = 6) -> None:
    """Decide every conflict and sync every copy until a whole pass changes nothing."""
    for _ in range(passes):
        quiet = True
        for actor in COPIES:
            if decide_all(w, actor):
                quiet = False
            report = sync(w, actor)
            if not report.nothing or report.open:
                quiet = False
        if quiet:
            return
    raise AssertionError("the copies did not settle after "
                         f"{passes} passes:\n" + "\n".join(w.log[-40:]))


def run(tmp_path: Path, url: str, seed: int, rounds: int) -> None:
    w = make_world(tmp_path, url, seed)
    try:
        start = canonical(w.register, scoped=True)
        for name in COPIES:  # the rule of what a copy holds is the checkout's
            with Project.open(w.copies[name]) as p:
                assert canonical(p, scoped=False) == start, _diff(
                    canonical(p, scoped=False), start)
        ops, weights = zip(*OPS, strict=True)
        for _round in range(rounds):
            actor = w.rng.choice((REGISTER, *COPIES))
            for _ in range(w.rng.randint(1, 3)):
                w.rng.choices(ops, weights)[0](w, actor)
            if w.rng.random() < 0.6:
                copy = w.rng.choice(COPIES)
                if w.rng.random() < 0.35:
                    sync(w, copy, stop=w.rng.choice(STEPS))
                    if w.rng.random() < 0.5:
                        sync(w, copy)
                else:
                    sync(w, copy)
        converge(w)
        history = "\n".join(w.log)
        reference = canonical(w.register, scoped=True)
        for name in COPIES:
            with Project.open(w.copies[name]) as p:
                mine = canonical(p, scoped=False)
            assert mine == reference, f"{name} differs:\n{_diff(mine, reference)}\n{history}"
        problems = check_ledger(w)
        assert not problems, "\n".join(problems) + "\n" + history
        for name in COPIES:
            problem = validate(w.copies[name])
            assert not problem, f"{name}: {problem[-300:]}\n" + "\n".join(w.log)
    finally:
        w.register.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_random_edits_and_syncs_settle_with_nothing_lost(tmp_path: Path, register_url: str,
                                                        seed: int) -> None:
    run(tmp_path, register_url, seed, ROUNDS)


# -- the smallest failing scenarios the random run found -------------------------------------
@pytest.fixture
def one_copy(tmp_path: Path, register_url: str) -> tuple[str, Path]:
    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url]) == 0
    copy, _report = checkout(register_url, tmp_path / "p02.gpkg", area=PROVINCE)
    return register_url, copy


def _visits(project: Project, key: tuple) -> list[str]:
    codes = {p.id: p.code for p in project.plots.list()}
    event = next(e for e in project.events.list() if _event_key(e) == key)
    return sorted(codes[i] for i in event.plot_ids)


def _cut_at(stop: str | None, copy: Path) -> None:
    """Run a sync cut off at ``stop`` (none when None)."""
    if stop is None:
        return

    def cut(step: str) -> None:
        if step == stop:
            raise Cut(step)

    with pytest.raises(Cut):
        synchronise(copy, hook=cut)


@pytest.mark.parametrize("stop", [None, "pushed"])
def test_bug_event_edited_in_copy_keeps_its_plots(one_copy: tuple[str, Path],
                                                 stop: str | None) -> None:
    """The event repository writes an event's visits anew on every update (delete, then
    insert with the same (event_id, plot_id)): the sync pushes the inserts before the
    deletes, the register refuses them (unique key) and then deletes the old ones."""
    url, copy = one_copy
    with Project.open(copy) as mine:
        event = next(e for e in mine.events.list() if e.plot_ids)
        key = _event_key(event)
        before = _visits(mine, key)
        event.place = "moved"
        mine.events.update(event)  # the repository writes its event_plots anew
    _cut_at(stop, copy)
    synchronise(copy)
    with Project.connect(url) as shared:
        assert _visits(shared, key) == before
    with Project.open(copy) as mine:
        assert _visits(mine, key) == before


@pytest.mark.parametrize("stop", [None, "pushed", "settled"])
def test_bug_conflict_found_while_pushing_survives_an_interruption(
        one_copy: tuple[str, Path], stop: str | None) -> None:
    """A plot added in the copy with a code the register gave another plot meanwhile:
    a conflict. Cut off after the register's transaction, the resumed sync must still
    record it (it must not forget the copy's plot as if it had gone across)."""
    url, copy = one_copy
    with Project.open(copy) as mine:
        plot = mine.plots.list()[0]
        plot.id = plot.version = None
        plot.code, plot.paired_plot_id, plot.notes = "TWICE-1", None, "the copy's"
        plot.role = "farmer_field"
        mine.plots.add(plot)
    with Project.connect(url) as shared:
        plot.id, plot.notes = None, "the register's"
        plot.farmer_id = None
        shared.plots.add(plot)
    _cut_at(stop, copy)
    synchronise(copy)
    kinds = [(c.table, c.kind) for c in copy_conflicts(copy)]
    assert ("plots", "code_taken") in kinds


@pytest.mark.parametrize("stop", [None, "pushed", "settled"])
def test_bug_deletion_against_an_edit_survives_an_interruption(
        one_copy: tuple[str, Path], stop: str | None) -> None:
    """An event deleted in the copy and changed in the register: a conflict (as in
    test_offline_sync), also when the first sync is cut off after the register's
    transaction; never the copy without the event and the register with it."""
    url, copy = one_copy
    with Project.open(copy) as mine:
        event = mine.events.list()[0]
        key = _event_key(event)
        mine.events.delete(event.id)
    with Project.connect(url) as shared:
        theirs = next(e for e in shared.events.list() if _event_key(e) == key)
        theirs.women += 5
        shared.events.update(theirs)
    _cut_at(stop, copy)
    synchronise(copy)
    kinds = [(c.table, c.kind) for c in copy_conflicts(copy)]
    assert ("extension_events", "local_deleted") in kinds


def test_bug_resumed_sync_keeps_edits_made_after_the_interruption(
        one_copy: tuple[str, Path]) -> None:
    """A sync cut off after its first step resumes with the changes it carried then; an
    edit made in the copy in between must not be overwritten by the register's row when
    the register changed another field of the same plot."""
    url, copy = one_copy
    with Project.open(copy) as mine:
        code = sorted(mine.plots.codes())[0]
    _cut_at("prepared", copy)
    with Project.open(copy) as mine:
        plot = mine.plots.by_code(code)
        plot.notes = "the copy's, after the cut"
        mine.plots.update(plot)
    with Project.connect(url) as shared:
        plot = shared.plots.by_code(code)
        plot.name = "the register's"
        shared.plots.update(plot)
    synchronise(copy)  # the resumed sync
    synchronise(copy)  # and the next, which carries the later edit
    for project in (Project.open(copy), Project.connect(url)):
        with project:
            plot = project.plots.by_code(code)
            assert (plot.notes, plot.name) == ("the copy's, after the cut", "the register's")


def test_bug_deletion_after_an_interruption_sees_the_registers_edit(
        one_copy: tuple[str, Path]) -> None:
    """The same window for a deletion: the copy deletes an event after a sync was cut
    off, the register changes it meanwhile; the resumed sync moves the register's
    snapshot past that change, and the next one deletes the event there without a
    conflict: the register's edit is lost."""
    url, copy = one_copy
    _cut_at("prepared", copy)
    with Project.open(copy) as mine:
        event = mine.events.list()[0]
        key = _event_key(event)
        mine.events.delete(event.id)
    with Project.connect(url) as shared:
        theirs = next(e for e in shared.events.list() if _event_key(e) == key)
        theirs.women += 5
        shared.events.update(theirs)
    synchronise(copy)  # the resumed sync
    synchronise(copy)  # carries the deletion
    kinds = [(c.table, c.kind) for c in copy_conflicts(copy)]
    with Project.connect(url) as shared:
        kept = any(_event_key(e) == key for e in shared.events.list())
    assert kept or ("extension_events", "local_deleted") in kinds
