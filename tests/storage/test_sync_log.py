"""An offline copy logs its own changes, whoever makes them: our repositories or another
program (QGIS) writing the file with plain SQLite and none of our SQL functions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.gpkg import sync_log
from metkasekor_desktop.storage.gpkg.functions import register_functions
from metkasekor_desktop.storage.sync_tables import BY_NAME, TABLES

from .conftest import make_plot, square, validate

FARMERS, PLOTS = BY_NAME["farmers"], BY_NAME["plots"]


@pytest.fixture
def synced(tmp_path: Path) -> Iterator[tuple[Project, Farmer, Plot]]:
    """A copy with a farmer and a plot, just synchronised (nothing to carry)."""
    project = Project.create(tmp_path / "copy.gpkg")
    with project.backend.write_transaction() as conn:
        sync_log.install(conn, TABLES)
    farmer = Farmer(name_kh="សុខ", name_latin="Sok", village_code="02070101")
    project.farmers.add(farmer)
    plot = make_plot("BTB-RM-0001", farmer_id=farmer.id, name="first")
    project.plots.add(plot)
    with project.backend.write_transaction() as conn:
        assert sync_log.changes(conn) == {"farmers": {farmer.id: "I"}, "plots": {plot.id: "I"}}
        sync_log.forget_all(conn, sync_log.last_seq(conn))
    yield project, farmer, plot
    project.close()


def other_program(path: Path, sql: str, params: tuple[Any, ...] = ()) -> None:
    """One statement committed by another program: plain sqlite3, none of our functions,
    but for plots the GeoPackage ST_ functions that QGIS has (the R-tree's triggers call
    them on every write of a feature table, ours or not)."""
    con = sqlite3.connect(path, timeout=10)
    try:
        if "plots" in sql:
            register_functions(con)
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def changes(project: Project, upto: int | None = None) -> dict[str, dict[int, str]]:
    with project.backend.reading() as conn:
        return sync_log.changes(conn, upto)


def base(project: Project, table: Any, row_id: int) -> dict[str, Any] | None:
    with project.backend.reading() as conn:
        return sync_log.base_rows(conn, table, [row_id]).get(row_id)


def stored(path: Path, table: str, pk: str, row_id: int) -> dict[str, Any]:
    con = sqlite3.connect(path)
    try:
        cur = con.execute(f"SELECT * FROM {table} WHERE {pk} = ?", (row_id,))
        return dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    finally:
        con.close()


def test_our_edits_are_logged_with_the_row_as_it_was(synced) -> None:
    project, farmer, plot = synced
    before = stored(project.path, "farmers", "id", farmer.id)
    farmer = project.farmers.get(farmer.id)
    farmer.name_latin = "Sok Chantha"
    project.farmers.update(farmer)
    old_shape = stored(project.path, "plots", "fid", plot.id)["geom"]
    project.plots.update_geometry(plot.id, square(103.0, 13.0, 0.002))
    assert changes(project) == {"farmers": {farmer.id: "U"}, "plots": {plot.id: "U"}}
    assert base(project, FARMERS, farmer.id) == before
    plot_base = base(project, PLOTS, plot.id)
    assert plot_base is not None and plot_base["geom"] == old_shape
    assert isinstance(old_shape, bytes) and plot_base["code"] == "BTB-RM-0001"


def test_another_programs_edits_are_logged(synced) -> None:
    project, farmer, plot = synced
    path = project.path
    before = stored(path, "farmers", "id", farmer.id)
    other_program(path, "UPDATE farmers SET phone = '012 345 678' WHERE id = ?", (farmer.id,))
    other_program(path, "INSERT INTO farmers (name_kh, name_latin, phone, cooperative) "
                        "VALUES ('ចាន់', 'Chan', '', '')")
    new_id = farmer.id + 1  # ids are never reused
    other_program(path, "UPDATE plots SET name = 'renamed in QGIS' WHERE fid = ?", (plot.id,))
    assert changes(project) == {"farmers": {farmer.id: "U", new_id: "I"},
                                "plots": {plot.id: "U"}}
    assert base(project, FARMERS, farmer.id) == before
    assert base(project, FARMERS, new_id) is None  # the server never knew it
    assert base(project, PLOTS, plot.id)["name"] == "first"


def test_another_programs_new_shape_keeps_the_old_one_as_base(synced) -> None:
    project, _, plot = synced
    old = stored(project.path, "plots", "fid", plot.id)
    other_program(project.path, "UPDATE plots SET geom = ? WHERE fid = ?",
                  (project.backend.encode_geometries([square(104.0, 12.0)])[0], plot.id))
    assert changes(project) == {"plots": {plot.id: "U"}}
    assert base(project, PLOTS, plot.id) == old


def test_another_programs_delete_is_logged(synced) -> None:
    project, farmer, plot = synced
    old = stored(project.path, "plots", "fid", plot.id)
    other_program(project.path, "DELETE FROM plots WHERE fid = ?", (plot.id,))
    assert changes(project) == {"plots": {plot.id: "D"}}
    assert base(project, PLOTS, plot.id) == old


def test_the_base_is_the_row_before_the_first_change(synced) -> None:
    project, farmer, _ = synced
    before = stored(project.path, "farmers", "id", farmer.id)
    for phone in ("1", "2"):
        other_program(project.path, "UPDATE farmers SET phone = ? WHERE id = ?",
                      (phone, farmer.id))
    assert changes(project) == {"farmers": {farmer.id: "U"}}
    assert base(project, FARMERS, farmer.id)["phone"] == before["phone"] == ""


def test_a_new_row_stays_new_and_a_short_lived_one_vanishes(synced) -> None:
    project, farmer, _ = synced
    kept = make_plot("BTB-RM-0002", x=103.1, farmer_id=farmer.id)
    gone = make_plot("BTB-RM-0003", x=103.2)
    project.plots.add_many([kept, gone])
    kept = project.plots.get(kept.id)
    kept.name = "changed after adding"
    project.plots.update(kept)
    project.plots.delete(gone.id)
    assert changes(project) == {"plots": {kept.id: "I"}}
    assert base(project, PLOTS, kept.id) is None and base(project, PLOTS, gone.id) is None


def test_update_then_delete_is_a_delete_with_the_first_base(synced) -> None:
    project, _, plot = synced
    before = stored(project.path, "plots", "fid", plot.id)
    other_program(project.path, "UPDATE plots SET notes = 'dry' WHERE fid = ?", (plot.id,))
    project.plots.delete(plot.id)
    assert changes(project) == {"plots": {plot.id: "D"}}
    assert base(project, PLOTS, plot.id) == before


def test_what_the_sync_applies_is_not_logged(synced) -> None:
    project, farmer, plot = synced
    with project.backend.write_transaction() as conn, sync_log.applying(conn):
        other = Farmer(name_kh="ថ្មី", name_latin="New")
        project.farmers.add(other, conn=conn)
        conn.exec_driver_sql("UPDATE plots SET name = 'from the server' WHERE fid = ?",
                             (plot.id,))
        project.farmers.delete(other.id, conn=conn)
    assert changes(project) == {}
    with project.backend.reading() as conn:  # the flag went with the transaction
        assert conn.exec_driver_sql("SELECT count(*) FROM mk_sync_flags").scalar_one() == 0
    other_program(project.path, "UPDATE plots SET name = 'mine' WHERE fid = ?", (plot.id,))
    assert changes(project) == {"plots": {plot.id: "U"}}
    assert base(project, PLOTS, plot.id)["name"] == "from the server"


def test_bookkeeping_alone_is_no_change(synced) -> None:
    project, farmer, plot = synced
    other_program(project.path, "UPDATE plots SET area_ha = 9.5, mk_version = mk_version + 1 "
                                "WHERE fid = ?", (plot.id,))
    other_program(project.path, "UPDATE farmers SET mk_edited_by = 'someone' WHERE id = ?",
                  (farmer.id,))
    project.farmers.update(project.farmers.get(farmer.id))  # the same values again
    assert changes(project) == {}
    with project.backend.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM mk_sync_base").scalar_one() == 0


def test_forget_keeps_what_came_after(synced) -> None:
    project, farmer, plot = synced
    path = project.path
    other_program(path, "UPDATE farmers SET phone = '1' WHERE id = ?", (farmer.id,))
    other_program(path, "UPDATE plots SET notes = 'a' WHERE fid = ?", (plot.id,))
    with project.backend.reading() as conn:
        upto = sync_log.last_seq(conn)
        carried = sync_log.changes(conn, upto)
    other_program(path, "UPDATE plots SET notes = 'b' WHERE fid = ?", (plot.id,))  # meanwhile
    with project.backend.write_transaction() as conn:
        sync_log.forget(conn, carried, upto)
    assert changes(project) == {"plots": {plot.id: "U"}}
    assert changes(project, upto) == {}
    assert base(project, FARMERS, farmer.id) is None
    assert base(project, PLOTS, plot.id)["notes"] == ""  # changed again: kept


def test_set_base_replaces_it_with_raw_values(synced) -> None:
    project, _, plot = synced
    other_program(project.path, "UPDATE plots SET notes = 'mine' WHERE fid = ?", (plot.id,))
    agreed = stored(project.path, "plots", "fid", plot.id) | {"notes": "agreed",
                                                              "area_ha": 1.5}
    with project.backend.write_transaction() as conn:
        sync_log.set_base(conn, PLOTS, plot.id, agreed)
    assert base(project, PLOTS, plot.id) == agreed


def test_install_again_keeps_the_log_and_takes_new_columns(synced) -> None:
    project, farmer, _ = synced
    other_program(project.path, "UPDATE farmers SET phone = '1' WHERE id = ?", (farmer.id,))
    with project.backend.write_transaction() as conn:
        conn.exec_driver_sql("ALTER TABLE farmers ADD COLUMN nickname TEXT")
        sync_log.install(conn, TABLES)
    assert changes(project) == {"farmers": {farmer.id: "U"}}
    with project.backend.write_transaction() as conn:
        sync_log.forget_all(conn, sync_log.last_seq(conn))
    other_program(project.path, "UPDATE farmers SET nickname = 'S' WHERE id = ?",
                  (farmer.id,))
    assert changes(project) == {"farmers": {farmer.id: "U"}}
    assert base(project, FARMERS, farmer.id)["nickname"] is None


def test_the_copy_stays_a_valid_geopackage(synced) -> None:
    project, farmer, plot = synced
    other_program(project.path, "UPDATE plots SET name = 'x' WHERE fid = ?", (plot.id,))
    path = project.path
    project.close()
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_changes_of_ten_thousand_rows(synced) -> None:
    project, farmer, _ = synced
    con = sqlite3.connect(project.path, timeout=10)
    try:
        con.executemany("INSERT INTO farmers (name_kh, name_latin, phone, cooperative) "
                        "VALUES (?, '', '', '')", [(f"f{n}",) for n in range(10_000)])
        con.execute("UPDATE farmers SET phone = '1'")
        con.execute("DELETE FROM farmers WHERE id > ? AND id % 10 = 0", (farmer.id,))
        con.commit()
    finally:
        con.close()
    found = changes(project)["farmers"]
    assert found[farmer.id] == "U"
    assert len(found) == 1 + 10_000 - 1_000
    assert set(found.values()) == {"U", "I"}


def test_odd_values_from_another_program_come_back_exactly(synced) -> None:
    """A REAL to the last digit, an infinite one, bytes in a text column: the edit goes
    through and the base gives back what SQLite held."""
    project, _, plot = synced
    for area, notes in ((0.1 + 0.2, b"\x00\xff"), (float("inf"), "text")):
        other_program(project.path, "UPDATE plots SET area_ha = ?, notes = ? WHERE fid = ?",
                      (area, notes, plot.id))
        with project.backend.write_transaction() as conn:
            sync_log.forget_all(conn, sync_log.last_seq(conn))
        before = stored(project.path, "plots", "fid", plot.id)
        other_program(project.path, "UPDATE plots SET notes = 'again' WHERE fid = ?",
                      (plot.id,))
        kept = base(project, PLOTS, plot.id)
        assert kept == before
        assert (kept["area_ha"], kept["notes"]) == (area, notes)
        assert type(kept["area_ha"]) is float and type(kept["notes"]) is type(notes)


def test_a_row_can_be_counted_as_new_or_lose_its_base(synced) -> None:
    project, farmer, plot = synced
    other_program(project.path, "UPDATE plots SET notes = 'kept here' WHERE fid = ?",
                  (plot.id,))
    other_program(project.path, "UPDATE farmers SET phone = '1' WHERE id = ?", (farmer.id,))
    with project.backend.write_transaction() as conn:
        sync_log.mark_added(conn, "plots", plot.id)
        sync_log.drop_base(conn, FARMERS, farmer.id)
    assert changes(project) == {"plots": {plot.id: "I"}, "farmers": {farmer.id: "U"}}
    assert base(project, PLOTS, plot.id) is None and base(project, FARMERS, farmer.id) is None
