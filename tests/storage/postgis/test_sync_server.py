"""The register's side of synchronising offline copies: what changed since a snapshot
(read from the history, as the user may see it), and the receipts that make a push
commit once, with it or not at all."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, text

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.postgis import sync_server
from metkasekor_desktop.storage.postgis.local_server import LocalServer
from metkasekor_desktop.storage.postgis.register import (
    add_user_to_register,
    initialise,
    make_engine,
)
from metkasekor_desktop.storage.postgis.sync_server import Receipt

from ..conftest import make_plot

_users = itertools.count(1)


@pytest.fixture
def admin(register_url: str) -> Iterator[Engine]:
    """The register as its administrator (who ran server init)."""
    engine, _name = make_engine(register_url)
    yield engine
    engine.dispose()


@pytest.fixture
def register(register_url: str) -> Iterator[Project]:
    project = Project.connect(register_url)
    yield project
    project.close()


def _user_engine(pg_server: LocalServer, register_db: str, register_url: str, role: str,
                 provinces: list[str]) -> Engine:
    """An engine of a new user of the register (roles are the cluster's: one name each)."""
    name = f"sync_{role[:4]}_{next(_users)}"
    add_user_to_register(register_url, name, role, provinces)
    return make_engine(f"postgresql://{name}@/{register_db}?host={pg_server.socket_dir}")[0]


def _xmin(engine: Engine) -> int:
    with engine.connect() as conn:
        return sync_server.snapshot_xmin(conn)


def _changed(engine: Engine, since: int, skip: set[int] | None = None) -> dict[str, set[int]]:
    with engine.connect() as conn:
        return sync_server.changed_rows(conn, since, skip or ())


def test_install_runs_again_and_leaves_things_as_they_are(admin: Engine) -> None:
    with admin.begin() as conn:
        sync_server.install(conn)
        sync_server.install(conn)
        sync_server.write_receipt(conn, "s-1", "copy-a", 3, {"farmers": {-1: 7}})
    with admin.begin() as conn:
        sync_server.install(conn)  # the receipts stay
        assert sync_server.receipt(conn, "s-1") is not None
        assert conn.execute(text("SELECT count(*) FROM pg_policies WHERE tablename = "
                                 "'mk_sync_receipts'")).scalar() == 2


def test_rows_written_after_a_snapshot_are_changed_and_those_before_are_not(
        admin: Engine, register: Project) -> None:
    before = make_plot("S-OLD")
    register.plots.add(before)
    since = _xmin(admin)
    assert _changed(admin, since) == {}  # nothing since: nothing read
    plot = make_plot("S-NEW")
    register.plots.add(plot)
    farmer = Farmer(name_latin="Sok")
    register.farmers.add(farmer)
    old = register.plots.get(before.id)
    old.notes = "changed"
    register.plots.update(old)
    gone = Farmer(name_latin="Gone")
    register.farmers.add(gone)
    register.farmers.delete(gone.id)
    assert _changed(admin, since) == {"plots": {before.id, plot.id},
                                      "farmers": {farmer.id, gone.id}}
    assert _changed(admin, _xmin(admin)) == {}  # the next sync starts after all of them


def test_a_transaction_in_progress_at_the_snapshot_is_seen_by_the_next_sync(
        admin: Engine) -> None:
    with admin.connect() as writer:
        writer.begin()
        late = writer.execute(text("INSERT INTO farmers (name_latin) VALUES ('late') "
                                   "RETURNING id")).scalar_one()
        since = _xmin(admin)  # taken while the write is under way
        assert _changed(admin, since) == {}  # not committed yet: not seen now
        writer.commit()
    assert _changed(admin, since) == {"farmers": {late}}  # committed later: seen next time


def test_the_copys_own_push_is_left_out(admin: Engine) -> None:
    since = _xmin(admin)
    with admin.begin() as conn:  # the push and its receipt
        pushed = conn.execute(text("INSERT INTO farmers (name_latin) VALUES ('pushed') "
                                   "RETURNING id")).scalar_one()
        txid = sync_server.write_receipt(conn, "s-push", "copy-a", 5, {"farmers": {-3: pushed}})
    with admin.begin() as conn:  # someone else's
        other = conn.execute(text("INSERT INTO farmers (name_latin) VALUES ('other') "
                                  "RETURNING id")).scalar_one()
    with admin.connect() as conn:
        assert sync_server.own_txids(conn, "copy-a") == {txid}
        assert sync_server.own_txids(conn, "copy-a", since) == {txid}
        assert sync_server.own_txids(conn, "copy-a", txid + 1) == set()
        assert sync_server.own_txids(conn, "copy-b") == set()
        skip = sync_server.own_txids(conn, "copy-a", since)
        assert sync_server.changed_rows(conn, since, skip) == {"farmers": {other}}
        assert sync_server.changed_rows(conn, since) == {"farmers": {pushed, other}}


def test_a_provincial_user_learns_of_its_provinces_plots_only(
        pg_server: LocalServer, register_db: str, register_url: str,
        admin: Engine, register: Project) -> None:
    pdaff = _user_engine(pg_server, register_db, register_url, "provincial", ["02"])
    deaff = _user_engine(pg_server, register_db, register_url, "national", [])
    try:
        since = _xmin(admin)
        mine = make_plot("B-1", village_code="02070101")
        theirs = make_plot("K-1", x=103.1, village_code="03010101")
        register.plots.add(mine)
        register.plots.add(theirs)
        assert _changed(pdaff, since) == {"plots": {mine.id}}
        assert _changed(deaff, since) == {"plots": {mine.id, theirs.id}}
    finally:
        pdaff.dispose()
        deaff.dispose()


def test_a_receipt_commits_with_its_push_or_not_at_all(admin: Engine) -> None:
    with admin.connect() as conn:
        conn.begin()
        sync_server.write_receipt(conn, "s-lost", "copy-a", 1, {"farmers": {-1: 1}})
        conn.rollback()
        assert sync_server.receipt(conn, "s-lost") is None  # push it again
    with admin.begin() as conn:
        txid = sync_server.write_receipt(conn, "s-kept", "copy-a", 9,
                                         {"farmers": {-1: 11, -2: 12}, "plots": {-5: 40}})
        assert txid == conn.execute(text("SELECT txid_current()")).scalar()
    with admin.connect() as conn:
        assert sync_server.receipt(conn, "s-kept") == Receipt(
            "s-kept", "copy-a", txid, 9, {"farmers": {-1: 11, -2: 12}, "plots": {-5: 40}})


def test_a_user_reads_its_own_receipts_only(
        pg_server: LocalServer, register_db: str, register_url: str, admin: Engine) -> None:
    one = _user_engine(pg_server, register_db, register_url, "provincial", ["02"])
    two = _user_engine(pg_server, register_db, register_url, "national", [])
    viewer = _user_engine(pg_server, register_db, register_url, "viewer", [])
    try:
        with one.begin() as conn:
            txid = sync_server.write_receipt(conn, "s-one", "copy-1", 2, {})
        with one.connect() as conn:
            assert sync_server.receipt(conn, "s-one") == Receipt("s-one", "copy-1", txid, 2, {})
        for engine in (two, viewer):
            with engine.connect() as conn:
                assert sync_server.receipt(conn, "s-one") is None
                assert sync_server.own_txids(conn, "copy-1") == set()
        with admin.connect() as conn:  # the administrator sees every receipt
            assert sync_server.receipt(conn, "s-one") is not None
        user = one.url.username
        dsn = f"host={pg_server.socket_dir} user={user} dbname={register_db}"
        with psycopg.connect(dsn, autocommit=True) as con:
            for sql in ("INSERT INTO mk_sync_receipts (sync_id, copy_id, upto_seq, db_user) "
                        "VALUES ('forged', 'c', 1, 'someone_else')",
                        "INSERT INTO mk_sync_receipts (sync_id, copy_id, upto_seq, txid) "
                        "VALUES ('claimed', 'c', 1, 1)"):  # not its own transaction
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    con.execute(sql)
            for sql in ("UPDATE mk_sync_receipts SET upto_seq = 0",
                        "DELETE FROM mk_sync_receipts"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    con.execute(sql)
        with viewer.begin() as conn, pytest.raises(Exception, match="permission denied"):
            sync_server.write_receipt(conn, "s-viewer", "copy-v", 1, {})
    finally:
        for engine in (one, two, viewer):
            engine.dispose()


def test_a_register_without_history_names_server_init(
        pg_server: LocalServer, register_db: str, admin: Engine) -> None:
    pg_server.execute("DROP FUNCTION mk_history_row() CASCADE; DROP TABLE mk_history; "
                      "DROP TABLE mk_sync_receipts", register_db)
    with admin.connect() as conn:
        with pytest.raises(ProjectError, match="metkasekor-desktop server init URL"):
            sync_server.changed_rows(conn, 0)
        with pytest.raises(ProjectError, match="server init"):
            sync_server.receipt(conn, "s-1")


def test_server_init_adds_the_receipts_to_a_register_made_before_them(
        pg_server: LocalServer, register_db: str, register_url: str, admin: Engine) -> None:
    pg_server.execute("DROP TABLE mk_sync_receipts; "
                      "UPDATE mk_meta SET value = '2' WHERE key = 'history_version'", register_db)
    assert initialise(register_url)[0] == "history"
    assert initialise(register_url)[0] == "current"
    with admin.begin() as conn:
        sync_server.write_receipt(conn, "s-1", "copy-a", 1, {})
        assert sync_server.receipt(conn, "s-1") is not None
