"""Offline copies of the shared register, synchronised field by field on the real server:
both sides' changes kept, conflicts kept and decided, nothing applied twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.layers.office_sync import (
    checkout,
    copy_conflicts,
    decide_conflict,
    synchronise,
)
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.gpkg.functions import register_functions

from ..test_project_copy import office_project


@pytest.fixture
def setup(tmp_path: Path, register_url: str):
    """The demo published into the register and province 02 checked out as a copy."""
    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url]) == 0
    copy, _report = checkout(register_url, tmp_path / "p02.gpkg", area="02")
    return register_url, copy


def _plot(project: Project, code: str):
    return next(p for p in project.plots.list() if p.code == code)


def _first_code(copy: Path) -> str:
    with sqlite3.connect(copy) as con:
        return con.execute("SELECT code FROM plots ORDER BY fid LIMIT 1").fetchone()[0]


def test_nothing_changed_is_nothing_to_do(setup):
    url, copy = setup
    report = synchronise(copy)
    assert report.nothing and report.open == 0


def test_different_fields_of_one_plot_both_kept(setup):
    url, copy = setup
    code = _first_code(copy)
    with Project.open(copy) as mine:
        plot = _plot(mine, code)
        plot.notes = "seen in the field"
        mine.plots.update(plot)
    with Project.connect(url) as shared:
        plot = _plot(shared, code)
        plot.name = "renamed at the office"
        shared.plots.update(plot)
    report = synchronise(copy)
    assert report.pushed.get("plots") == 1 and report.pulled.get("plots") == 1
    assert report.open == 0
    for project in (Project.open(copy), Project.connect(url)):
        with project:
            plot = _plot(project, code)
            assert (plot.notes, plot.name) == ("seen in the field", "renamed at the office")
    assert synchronise(copy).nothing  # and nothing twice


def test_qgis_edit_on_the_copy_is_carried(setup):
    url, copy = setup
    code = _first_code(copy)
    with sqlite3.connect(copy) as con:  # another program, with the GeoPackage functions
        register_functions(con)  # QGIS has (the R-tree's triggers call them)
        con.execute("UPDATE plots SET soil_type = 'clay loam' WHERE code = ?", (code,))
    synchronise(copy)
    with Project.connect(url) as shared:
        assert _plot(shared, code).soil_type == "clay loam"


def test_same_field_two_values_is_a_conflict_each_keeps_its_own(setup):
    url, copy = setup
    code = _first_code(copy)
    with Project.open(copy) as mine:
        plot = _plot(mine, code)
        plot.notes = "copy's note"
        mine.plots.update(plot)
    with Project.connect(url) as shared:
        plot = _plot(shared, code)
        plot.notes = "register's note"
        shared.plots.update(plot)
    report = synchronise(copy)
    assert report.open == 1
    [conflict] = copy_conflicts(copy)
    assert (conflict.kind, conflict.column) == ("field", "notes")
    assert (conflict.local, conflict.remote) == ("copy's note", "register's note")
    with Project.open(copy) as mine:
        assert _plot(mine, code).notes == "copy's note"
    with Project.connect(url) as shared:
        assert _plot(shared, code).notes == "register's note"
    assert synchronise(copy).open == 1  # still open, still both kept
    with Project.connect(url) as shared:
        assert _plot(shared, code).notes == "register's note"
    decide_conflict(copy, conflict.id, "local")
    synchronise(copy)
    with Project.connect(url) as shared:
        assert _plot(shared, code).notes == "copy's note"
    assert copy_conflicts(copy) == []


def test_same_value_on_both_sides_is_no_conflict(setup):
    url, copy = setup
    code = _first_code(copy)
    for project in (Project.open(copy), Project.connect(url)):
        with project:
            plot = _plot(project, code)
            plot.notes = "the same"
            project.plots.update(plot)
    assert synchronise(copy).open == 0


def test_a_plot_added_offline_reaches_the_register_once(setup):
    url, copy = setup
    with Project.open(copy) as mine:
        plot = _plot(mine, _first_code(copy))
        plot.id = plot.version = None
        plot.code = "NEW-OFFLINE-1"
        plot.paired_plot_id = None
        mine.plots.add(plot)

    def cut(step: str) -> None:
        if step == "pushed":
            raise ConnectionError("network cut")

    with pytest.raises(ConnectionError):
        synchronise(copy, hook=cut)
    report = synchronise(copy)  # run again: it finishes, not repeats
    assert report.resumed
    with Project.connect(url) as shared:
        assert sum(p.code == "NEW-OFFLINE-1" for p in shared.plots.list()) == 1
    assert synchronise(copy).nothing


def test_an_edit_against_a_deletion_is_a_conflict(setup):
    url, copy = setup
    with Project.open(copy) as mine:
        farmer = mine.farmers.list()[0]
        name = farmer.name_kh
        farmer.phone = "012 345 678 9"
        mine.farmers.update(farmer)
    with Project.connect(url) as shared:
        theirs = next(f for f in shared.farmers.list() if f.name_kh == name)
        with shared.backend.write_transaction() as conn:  # deleted in the register
            conn.exec_driver_sql("UPDATE plots SET farmer_id = NULL WHERE farmer_id = %s",
                                 (theirs.id,))
            conn.exec_driver_sql("DELETE FROM farmers WHERE id = %s", (theirs.id,))
    report = synchronise(copy)
    [conflict] = [c for c in copy_conflicts(copy) if c.table == "farmers"]
    assert conflict.kind == "server_deleted", report
    with Project.open(copy) as mine:  # kept here until decided
        assert any(f.phone == "012 345 678 9" for f in mine.farmers.list())
    decide_conflict(copy, conflict.id, "local")  # keep it: it goes back as a new farmer
    synchronise(copy)
    with Project.connect(url) as shared:
        assert any(f.phone == "012 345 678 9" for f in shared.farmers.list())
    assert copy_conflicts(copy) == []


def test_a_deletion_against_an_edit_is_a_conflict(setup):
    url, copy = setup
    with Project.open(copy) as mine:
        event = mine.events.list()[0]
        with mine.backend.write_transaction() as conn:
            conn.exec_driver_sql("DELETE FROM event_plots WHERE event_id = ?", (event.id,))
            conn.exec_driver_sql("DELETE FROM extension_events WHERE id = ?", (event.id,))
    with Project.connect(url) as shared:
        theirs = next(e for e in shared.events.list()
                      if (e.event_date, e.place) == (event.event_date, event.place))
        theirs.women += 5
        shared.events.update(theirs)
    synchronise(copy)
    [conflict] = [c for c in copy_conflicts(copy) if c.table == "extension_events"]
    assert conflict.kind == "local_deleted"
    with Project.connect(url) as shared:  # the register keeps its edit until decided
        assert any(e.id == theirs.id for e in shared.events.list())
    decide_conflict(copy, conflict.id, "register")  # take it back
    synchronise(copy)
    with Project.open(copy) as mine:
        assert any((e.event_date, e.place, e.women) == (theirs.event_date, theirs.place,
                                                        theirs.women)
                   for e in mine.events.list())


def test_two_offices_adding_one_code_get_a_rename_proposal(setup, tmp_path: Path):
    url, copy = setup
    other, _ = checkout(url, tmp_path / "other.gpkg", area="02")
    for path in (copy, other):
        with Project.open(path) as office:
            plot = _plot(office, _first_code(path))
            plot.id = plot.version = None
            plot.code, plot.paired_plot_id = "SAME-CODE", None
            office.plots.add(plot)
    assert synchronise(copy).open == 0
    report = synchronise(other)
    found = copy_conflicts(other)
    assert len(found) == 1, [(c.kind, c.label, c.remote) for c in found]
    [conflict] = found
    assert conflict.kind == "code_taken" and report.open == 1
    assert conflict.remote == {"code": "SAME-CODE", "proposal": "SAME-CODE-2"}
    with Project.open(other) as office:  # the officer renames it, as proposed
        plot = _plot(office, "SAME-CODE")
        plot.code = "SAME-CODE-2"
        office.plots.update(plot)
    assert synchronise(other).open == 0
    with Project.connect(url) as shared:
        codes = {p.code for p in shared.plots.list()}
    assert {"SAME-CODE", "SAME-CODE-2"} <= codes
    synchronise(copy)  # each office gets the other's
    with Project.open(copy) as office:
        assert "SAME-CODE-2" in {p.code for p in office.plots.list()}


def test_a_change_outside_the_users_provinces_is_refused_and_listed(
        tmp_path: Path, register_url: str, pg_server, register_db: str):
    from metkasekor_desktop.storage.postgis.register import add_user_to_register

    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url]) == 0
    add_user_to_register(register_url, f"sync_{register_db}", "provincial", ["02"])
    url = f"postgresql://sync_{register_db}@/{register_db}?host={pg_server.socket_dir}"
    copy, _ = checkout(url, tmp_path / "mine.gpkg", area="02")
    code = _first_code(copy)
    with Project.open(copy) as mine:  # moved into another province, as in QGIS
        plot = _plot(mine, code)
        plot.village_code = "13050101"
        mine.plots.update(plot)
    report = synchronise(copy)
    [conflict] = copy_conflicts(copy)
    assert conflict.kind == "not_permitted" and conflict.label == f"plot {code}"
    assert report.open == 1 and not report.pushed
    with Project.connect(register_url) as shared:
        assert _plot(shared, code).village_code.startswith("02")


def test_the_commands_an_officer_types(tmp_path: Path, register_url: str, capsys):
    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url]) == 0
    capsys.readouterr()
    out = tmp_path / "field.gpkg"
    assert main(["checkout", register_url, str(out), "--district", "0207"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"{out}: an offline copy of area 0207: ") and "plots" in said
    with Project.open(out) as copy:
        assert {p.village_code[:4] for p in copy.plots.list()} == {"0207"}
    code = _first_code(out)
    for project in (Project.open(out), Project.connect(register_url)):
        with project:
            plot = _plot(project, code)
            plot.notes = f"from {'the copy' if project.path == out else 'the office'}"
            project.plots.update(plot)
    assert main(["sync", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"conflict 1: plot {code}: both changed notes" in said
    assert main(["conflicts", str(out)]) == 0
    listed = capsys.readouterr().out
    assert "here: 'from the copy'; in the register: 'from the office'" in listed
    assert main(["conflicts", str(out), "--id", "1", "--keep", "value", "--value",
                 "agreed on the phone"]) == 0
    assert main(["sync", str(out)]) == 0
    capsys.readouterr()
    with Project.connect(register_url) as shared:
        assert _plot(shared, code).notes == "agreed on the phone"
    assert main(["conflicts", str(out)]) == 0
    assert "no open conflict" in capsys.readouterr().out
    assert main(["checkout", register_url, str(out)]) == 1  # never over an existing file
    assert "already exists" in capsys.readouterr().err
    assert main(["sync", str(office)]) == 1  # not a copy
    assert "not an offline copy" in capsys.readouterr().err
