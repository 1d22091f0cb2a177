"""A shared register on a real PostgreSQL/PostGIS server: set up once, connected to by
URL, edited through the same repositories, and no edit overwrites another's."""

from __future__ import annotations

import inspect
import time
from datetime import UTC, datetime

import numpy as np
import psycopg
import pytest
import shapely
from shapely.geometry import MultiPolygon, box

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.geometry import areas_ha
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.storage import Project, ProjectError
from metkasekor_desktop.storage.backend import Backend
from metkasekor_desktop.storage.errors import (
    ConflictError,
    DuplicateError,
    InUseError,
    ProjectBusyError,
    ReadOnlyProjectError,
)
from metkasekor_desktop.storage.plot_import import ImportColumns, write_import_columns
from metkasekor_desktop.storage.postgis.backend import PostGISBackend
from metkasekor_desktop.storage.postgis.local_server import LocalServer
from metkasekor_desktop.storage.postgis.register import initialise
from metkasekor_desktop.storage.row_versions import DELETE_REFUSED
from metkasekor_desktop.storage.schema import SCHEMA_VERSION

from ..conftest import make_plot, square


def _sql(server: LocalServer, db: str, sql: str, params: tuple = ()) -> list[tuple]:
    """Plain SQL from another program (psql, QGIS), committed at once."""
    with psycopg.connect(server.conninfo(db), autocommit=True) as con:
        cur = con.execute(sql, params)
        return cur.fetchall() if cur.description else []


# -- setting up a register ---------------------------------------------------------------
def test_server_init_creates_the_register_once(pg_server: LocalServer,
                                               empty_db: str) -> None:
    url = pg_server.url(empty_db)
    outcome, before, name = initialise(url)
    assert (outcome, before) == ("created", 0)
    assert empty_db in name
    assert _sql(pg_server, empty_db, "SELECT value FROM mk_meta WHERE key = "
                "'schema_version'") == [(str(SCHEMA_VERSION),)]
    assert _sql(pg_server, empty_db, "SELECT type, srid, coord_dimension FROM "
                "geometry_columns WHERE f_table_name = 'plots'") == [("MULTIPOLYGON", 4326, 2)]
    indexes = _sql(pg_server, empty_db, "SELECT indexdef FROM pg_indexes "
                   "WHERE tablename = 'plots'")
    assert any("USING gist (geom)" in r[0] for r in indexes)
    types = dict(_sql(pg_server, empty_db, "SELECT column_name, data_type FROM "
                      "information_schema.columns WHERE table_name = 'plots'"))
    assert types["area_ha"] == "double precision"
    assert types["created_at"] == types["mk_edited_at"] == "timestamp with time zone"
    assert _sql(pg_server, empty_db, "SELECT count(*) FROM practices")[0][0] > 5
    # The GeoPackage's own tables are not there.
    assert _sql(pg_server, empty_db, "SELECT to_regclass('gpkg_contents')") == [(None,)]

    def state() -> list[tuple]:
        return _sql(pg_server, empty_db, """
            SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n
                    ON n.oid = c.relnamespace WHERE n.nspname = 'public'),
                   (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal),
                   (SELECT count(*) FROM practices), (SELECT count(*) FROM mk_meta),
                   (SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM mk_meta)""")

    first = state()
    assert initialise(url)[:2] == ("current", SCHEMA_VERSION)
    assert state() == first


def test_the_command_line_sets_up_a_register_and_says_so_the_second_time(
        pg_server: LocalServer, capsys: pytest.CaptureFixture[str]) -> None:
    """From a database without PostGIS: server init creates the extension too."""
    from metkasekor_desktop.app import main

    pg_server.execute("CREATE DATABASE mk_cli_blank TEMPLATE template0")
    try:
        url = pg_server.url("mk_cli_blank")
        assert main(["server", "init", url]) == 0
        out = capsys.readouterr().out
        assert "created" in out and f"format {SCHEMA_VERSION}" in out
        assert main(["server", "init", url]) == 0
        out = capsys.readouterr().out
        assert "already initialised" in out and "nothing was changed" in out
        with Project.connect(url) as register:
            assert register.practices.count() > 5
        assert main(["server", "init", "not-a-url"]) == 1
        assert "postgresql://" in capsys.readouterr().err
    finally:
        pg_server.execute("DROP DATABASE IF EXISTS mk_cli_blank WITH (FORCE)")


def test_an_uninitialised_database_is_refused_naming_server_init(
        pg_server: LocalServer, empty_db: str) -> None:
    with pytest.raises(ProjectError, match="server init"):
        Project.connect(pg_server.url(empty_db))
    with pytest.raises(ProjectError, match="cannot be reached"):
        Project.connect(pg_server.url("mk_no_such_database"))
    with pytest.raises(ProjectError, match="postgresql://"):
        Project.connect("mysql://somewhere/db")


def test_a_newer_register_is_refused_and_left_as_it_is(pg_server: LocalServer,
                                                       register_db: str) -> None:
    _sql(pg_server, register_db, "UPDATE mk_meta SET value = %s WHERE key = "
         "'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(ProjectError, match="newer version"):
        Project.connect(pg_server.url(register_db))
    with pytest.raises(ProjectError, match="newer version"):
        initialise(pg_server.url(register_db))


def test_the_backend_is_a_backend(project: Project) -> None:
    backend = project.backend
    assert isinstance(backend, PostGISBackend) and isinstance(backend, Backend)
    for name, value in vars(Backend).items():
        if not name.startswith("_") and callable(value):
            wanted = list(inspect.signature(value).parameters)
            assert list(inspect.signature(getattr(PostGISBackend, name)).parameters) == \
                wanted, name
    assert project.is_register and not project.read_only
    with pytest.raises(ProjectError, match="not a file"):
        project.backup_to("/tmp/never.gpkg")


# -- repositories on PostGIS -------------------------------------------------------------
def test_farmers_add_get_update_delete_with_versions(project: Project) -> None:
    farmer = Farmer(name_kh="សុខ ចាន់ថា", name_latin="Sok Chantha", village_code="02070101")
    fid = project.farmers.add(farmer)
    stored = project.farmers.get(fid)
    assert stored == farmer and stored.version == 1
    stale = project.farmers.get(fid)
    stored.phone = "012 345 678"
    project.farmers.update(stored)
    assert stored.version == 2 and project.farmers.get(fid).phone == "012 345 678"
    stale.cooperative = "Coop"
    with pytest.raises(ConflictError) as refused:
        project.farmers.update(stale)
    assert refused.value.conflict.theirs == {"cooperative": ""} or refused.value.conflict.editor
    assert project.farmers.get(fid).cooperative == ""
    with pytest.raises(ConflictError):
        project.farmers.delete(fid, expected_version=1)
    project.farmers.delete(fid, expected_version=2)
    assert project.farmers.get(fid) is None


def test_plots_with_geometry_area_and_load_table(project: Project, farmer: Farmer) -> None:
    shapes = [square(103.0 + 0.01 * k, 13.0, 0.001 * (k + 1)) for k in range(5)]
    plots = [Plot(code=f"BTB-{k:03d}", geometry=g, farmer_id=farmer.id,
                  village_code="02070101") for k, g in enumerate(shapes)]
    ids = project.plots.add_many(plots)
    assert ids == sorted(ids) and len(set(ids)) == 5
    table = project.plots.load_table()
    assert table.ids.tolist() == ids
    assert list(table.codes) == [p.code for p in plots]
    assert list(table.farmer_names_kh) == [farmer.name_kh] * 5
    assert all(shapely.equals_exact(a, b, 0) for a, b in zip(table.geometries, shapes,
                                                               strict=True))
    np.testing.assert_allclose(table.areas_ha, areas_ha(np.array(shapes, dtype=object)),
                               rtol=1e-12)
    assert table.versions.tolist() == [1] * 5
    plot = project.plots.get(ids[2])
    assert plot.geometry.equals(shapes[2]) and plot.version == 1
    assert plot.created_at.tzinfo is not None
    plot.name = "Rice field"
    project.plots.update(plot)
    assert plot.version == 2 and project.plots.get(ids[2]).name == "Rice field"
    project.plots.update_geometry(ids[2], square(103.5, 13.5, 0.002), expected_version=2)
    assert project.plots.area_of(ids[2]) == pytest.approx(
        float(areas_ha(np.array([square(103.5, 13.5, 0.002)], dtype=object))[0]))
    with pytest.raises(ConflictError):
        project.plots.update_geometry(ids[2], square(103.6, 13.5), expected_version=2)
    centres = project.plots.box_centres()
    assert centres[ids[0]] == pytest.approx((103.0005, 13.0005))
    project.plots.delete(ids[4], expected_version=1)
    assert project.plots.load_table().ids.tolist() == ids[:4]


def test_a_clashing_plot_code_is_a_duplicate_and_writes_nothing(project: Project) -> None:
    project.plots.add(make_plot("P-1"))
    with pytest.raises(DuplicateError, match="P-1"):
        project.plots.add_many([make_plot("P-2"), make_plot("P-1", x=104.0)])
    assert project.plots.codes() == {"P-1"}
    project.plots.add(make_plot("P-2"))  # the sequence went on: no id clash


def test_ids_given_move_the_sequence_on(project: Project) -> None:
    project.farmers.add(Farmer(id=50, name_latin="Given"))
    assert project.farmers.add(Farmer(name_latin="Next")) > 50


def test_a_second_users_update_is_a_conflict(register_url: str, project: Project) -> None:
    plot = make_plot("P-7")
    project.plots.add(plot)
    with Project.connect(register_url) as other:
        theirs = other.plots.get(plot.id)
        theirs.notes = "seen in the field"
        other.plots.update(theirs)
    plot.notes = "mine"  # read before their change
    with pytest.raises(ConflictError) as refused:
        project.plots.update(plot)
    assert refused.value.conflict.editor  # a MetKasekor user, by name
    assert project.plots.get(plot.id).notes == "seen in the field"


def test_exclusive_writes_follow_each_other_and_edits_go_on_beside_them(
        register_url: str, project: Project) -> None:
    """Two publishes follow each other (the second waits, then is refused as busy);
    an officer's edit meanwhile is not held up."""
    project.backend.wait_s = 0.3  # type: ignore[attr-defined]
    with Project.connect(register_url) as other, \
            other.backend.write_transaction(exclusive=True):
        started = time.monotonic()
        project.farmers.add(Farmer(name_latin="Beside"))  # an edit: no wait
        assert time.monotonic() - started < 0.25
        with pytest.raises(ProjectBusyError), \
                project.backend.write_transaction(exclusive=True):
            pass
        assert time.monotonic() - started >= 0.25
    with project.backend.write_transaction(exclusive=True):
        pass


def test_edits_of_different_rows_commit_side_by_side(register_url: str,
                                                      project: Project) -> None:
    """Two officers' edits do not wait for each other unless they touch one row."""
    first, second = Farmer(name_latin="One"), Farmer(name_latin="Two")
    project.farmers.add(first)
    project.farmers.add(second)
    project.backend.wait_s = 0.3  # type: ignore[attr-defined]
    with Project.connect(register_url) as other, other.transaction() as conn:
        mine = other.farmers.get(first.id)
        mine.phone = "012 345 678"
        other.farmers.update(mine, conn)  # row "One" locked until this commits
        started = time.monotonic()
        theirs = project.farmers.get(second.id)
        theirs.phone = "097 000 111"
        project.farmers.update(theirs)  # another row: no wait
        assert time.monotonic() - started < 0.25
        again = project.farmers.get(first.id)
        again.phone = "011 111 111"
        with pytest.raises(ProjectBusyError):  # the same row: waits, then busy
            project.farmers.update(again)
    assert project.farmers.get(first.id).phone == "012 345 678"


# -- other programs writing with plain SQL -------------------------------------------------
def test_plain_sql_raises_the_row_version_and_a_stale_write_is_refused(
        pg_server: LocalServer, register_db: str, project: Project) -> None:
    plot = make_plot("P-9")
    project.plots.add(plot)
    _sql(pg_server, register_db, "UPDATE plots SET name = 'from QGIS' WHERE fid = %s",
         (plot.id,))
    row = _sql(pg_server, register_db, "SELECT mk_version, mk_edited_by, area_ha "
               "FROM plots WHERE fid = %s", (plot.id,))[0]
    assert row[0] == 2 and row[1] is None and row[2] is not None  # same shape: area kept
    plot.notes = "mine"
    with pytest.raises(ConflictError, match="another program"):
        project.plots.update(plot)
    _sql(pg_server, register_db, "UPDATE plots SET geom = ST_Multi(ST_Buffer(geom, 0.001)) "
         "WHERE fid = %s", (plot.id,))
    assert _sql(pg_server, register_db, "SELECT mk_version, area_ha FROM plots "
                "WHERE fid = %s", (plot.id,))[0] == (3, None)  # measured again on opening
    # A plot drawn by another program: version 2, no editor, area measured on connect.
    _sql(pg_server, register_db, "INSERT INTO plots (code, role, geom) VALUES "
         "('QGIS-1', 'demonstration', ST_Multi(ST_MakeEnvelope(103, 13, 103.001, 13.001, "
         "4326)))")
    assert _sql(pg_server, register_db, "SELECT mk_version, mk_edited_by, area_ha FROM "
                "plots WHERE code = 'QGIS-1'") == [(2, None, None)]
    with Project.connect(project.url) as again:  # type: ignore[arg-type]
        qgis = again.plots.by_code("QGIS-1")
        assert again.plots.area_of(qgis.id) == pytest.approx(1.2006, rel=1e-3)
        assert again.plots.area_of(plot.id) is not None


def test_another_program_may_not_delete_a_plot_with_records(
        pg_server: LocalServer, register_db: str, project: Project) -> None:
    from metkasekor_desktop.domain.enums import SeasonKind
    from metkasekor_desktop.domain.plan import PlotSeasonPlan
    from metkasekor_desktop.domain.season import Season

    plot = make_plot("P-10")
    project.plots.add(plot)
    season = Season(name="2025 wet", year=2025, kind=SeasonKind.MAIN_WET)
    project.seasons.add(season)
    project.plans.add(PlotSeasonPlan(plot_id=plot.id, season_id=season.id))
    with pytest.raises(psycopg.errors.RestrictViolation, match="MetKasekor"):
        _sql(pg_server, register_db, "DELETE FROM plots WHERE fid = %s", (plot.id,))
    assert DELETE_REFUSED.startswith("MetKasekor")
    project.plots.delete(plot.id)  # ours removes the records first
    assert project.plots.count() == 0
    project.farmers.add(f := Farmer(name_latin="Has plots"))
    project.plots.add(make_plot("P-11", farmer_id=f.id))
    with pytest.raises(InUseError):
        project.farmers.delete(f.id)


def test_the_watcher_sees_other_users_commits_only(pg_server: LocalServer,
                                                  register_db: str, project: Project) -> None:
    project.plots.add_many([make_plot("W-1"), make_plot("W-2", x=103.1)])
    table = project.plots.load_table()
    watcher = project.watch_changes()
    try:
        assert watcher.poll(table.ids, table.versions) is None
        project.farmers.add(Farmer(name_latin="Ours"))
        watcher.acknowledge()
        assert watcher.poll(table.ids, table.versions) is None
        _sql(pg_server, register_db, "UPDATE plots SET notes = 'x' WHERE code = 'W-2'")
        _sql(pg_server, register_db, "DELETE FROM plots WHERE code = 'W-1'")
        _sql(pg_server, register_db, "UPDATE farmers SET phone = '1'")
        changes = watcher.poll(table.ids, table.versions)
        assert changes is not None
        assert changes.plots_changed == {int(table.ids[1])}
        assert changes.plots_removed == {int(table.ids[0])}
        assert changes.tables == {"farmers"}
        assert watcher.poll(table.ids, table.versions) is None
    finally:
        watcher.close()


def test_a_user_who_may_only_read_reads_and_is_refused_writes(
        pg_server: LocalServer, register_db: str, project: Project) -> None:
    project.plots.add(make_plot("R-1"))
    role = f"reader_{register_db}"
    _sql(pg_server, register_db, f"CREATE ROLE {role} LOGIN")
    # A reader is a member of mk_viewer (storage/postgis/roles.py): row-level security
    # shows a role outside the register's groups no plot at all.
    _sql(pg_server, register_db, f"GRANT mk_viewer TO {role}")
    try:
        url = pg_server.url(register_db).replace("postgres@", f"{role}@")
        with Project.connect(url) as reader:
            assert reader.read_only
            assert reader.plots.codes() == {"R-1"}
            with pytest.raises(ReadOnlyProjectError, match="read-only"), reader.transaction():
                pass
    finally:
        _sql(pg_server, register_db, f"DROP OWNED BY {role}")
        _sql(pg_server, register_db, f"DROP ROLE {role}")


def test_an_import_in_bulk_stores_what_the_per_plot_path_stores(project: Project) -> None:
    """The bulk path (COPY, ids from the sequence) and the per-plot one agree."""
    n = 600
    i = np.arange(n)
    shapes = shapely.multipolygons(shapely.box(104 + 1e-3 * i, 12.0, 104.0005 + 1e-3 * i,
                                               12.0005), indices=i)

    def columns(prefix: str) -> ImportColumns:
        return ImportColumns(
            codes=[f"{prefix}-{k}" for k in range(n)],
            geometries=np.asarray(shapes, dtype=object),
            names=[f"Field {k}" for k in range(n)], farmer_names=["Sok"] * n,
            village_codes=["2070101" if k % 2 else None for k in range(n)],
            roles=["control" if k % 3 else "demonstration" for k in range(n)],
            soil_types=[""] * n, notes=[""] * n, extra_names=["A"],
            extra_values=[[str(k) if k % 2 else "" for k in range(n)]],
            created_at=datetime(2025, 1, 1, tzinfo=UTC))

    bulk = write_import_columns(project, columns("b"), bulk_from=1)
    single = write_import_columns(project, columns("s"), bulk_from=10**9)
    assert bulk.extras == single.extras == n // 2
    assert len(bulk.plot_ids) == n and bulk.plot_ids == sorted(bulk.plot_ids)
    a, b = project.plots.load_rows(bulk.plot_ids), project.plots.load_rows(single.plot_ids)
    assert [c[2:] for c in a.codes] == [c[2:] for c in b.codes]
    for name in ("names", "village_codes", "roles", "farmer_ids"):
        assert list(getattr(a, name)) == list(getattr(b, name)), name
    np.testing.assert_array_equal(a.areas_ha, b.areas_ha)
    assert all(shapely.equals_exact(x, y, 0) for x, y in zip(a.geometries, b.geometries,
                                                           strict=True))
    assert project.plot_extras.names() == ["A"]
    assert project.plot_extras.of_plot(bulk.plot_ids[1]) == {"A": "1"}
    assert project.plot_extras.of_plot(single.plot_ids[1]) == {"A": "1"}
    assert project.plots.add(Plot(code="after", geometry=MultiPolygon([box(105, 12, 105.001,
                                                                           12.001)]))) > \
        max(single.plot_ids)


def test_an_older_register_is_refused_on_connect_and_upgraded_by_server_init(
        pg_server: LocalServer, empty_db: str) -> None:
    from metkasekor_desktop.storage import migrations
    from metkasekor_desktop.storage.postgis.register import make_engine

    url = pg_server.url(empty_db)
    engine, _name = make_engine(url)
    backend = PostGISBackend(engine)
    try:
        with backend.write_transaction() as conn:
            migrations.migrate(conn, backend, 0, target=4)
    finally:
        backend.close()
    with pytest.raises(ProjectError, match="older format.*server init"):
        Project.connect(url)
    assert initialise(url)[:2] == ("upgraded", 4)
    with Project.connect(url) as register:
        register.plots.add(make_plot("U-1"))
        assert register.plots.get(register.plots.by_code("U-1").id).version == 1


def test_a_database_with_other_tables_named_plots_is_refused(
        pg_server: LocalServer, empty_db: str) -> None:
    _sql(pg_server, empty_db, "CREATE TABLE plots (id integer)")
    with pytest.raises(ProjectError, match="empty database"):
        initialise(pg_server.url(empty_db))
    assert _sql(pg_server, empty_db, "SELECT to_regclass('mk_meta')") == [(None,)]


def test_a_whole_table_read_as_columns_equals_its_rows_read_one_by_one(
        project: Project, farmer: Farmer, pg_server: LocalServer, register_db: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole-table read (shapes and columns each as one bytea per chunk of ids, on two
    connections sharing one snapshot) gives what the row read gives, NULLs, Khmer text,
    gaps in the ids and several chunks included."""
    import metkasekor_desktop.storage.postgis.backend as postgis_backend

    monkeypatch.setattr(postgis_backend, "_SHAPE_CHUNK", 3)  # several chunks of ids
    other = project.farmers.add(Farmer(name_kh="ចាន់ ស្រីមុំ", name_latin=""))
    plots = [Plot(code=f"KPT-{k:03d}", name=["", "ស្រែ​ខាងកើត", "Field 😀"][k % 3],
                  geometry=square(104.0 + 0.01 * k, 12.5, 0.001 * (k + 1)),
                  farmer_id=[farmer.id, None, other][k % 3],
                  village_code=None if k % 4 == 0 else "02070101") for k in range(11)]
    ids = project.plots.add_many(plots)
    project.plots.delete(ids[5], expected_version=1)  # a gap in the ids
    _sql(pg_server, register_db, "UPDATE plots SET area_ha = NULL, notes = 'QGIS' "
         "WHERE fid = %s", (ids[7],))  # another program: the area is measured on read
    whole = project.plots.load_table()
    rows = project.plots.load_rows([int(i) for i in whole.ids])
    assert whole.ids.tolist() == [i for i in ids if i != ids[5]] == rows.ids.tolist()
    for name in ("codes", "names", "farmer_ids", "farmer_names_kh", "farmer_names_latin",
                 "village_codes", "roles", "paired_ids", "versions"):
        assert list(getattr(whole, name)) == list(getattr(rows, name)), name
    np.testing.assert_allclose(whole.areas_ha, rows.areas_ha, rtol=1e-12)
    assert not np.isnan(whole.areas_ha).any()
    assert all(shapely.equals_exact(a, b, 0) for a, b in zip(whole.geometries, rows.geometries,
                                                               strict=True))
    assert None in list(whole.farmer_ids) and None in list(whole.village_codes)


def test_the_whole_table_is_read_on_one_connection_when_a_second_cannot_be_opened(
        project: Project, farmer: Farmer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server whose connections are all taken: the shapes are read after the other
    columns, on the one connection, and the table is the same."""
    import threading

    from sqlalchemy.exc import OperationalError

    ids = project.plots.add_many([make_plot(f"KPT-{k:03d}", x=104 + 0.01 * k,
                                            farmer_id=farmer.id) for k in range(4)])
    expected = project.plots.load_rows(ids)
    engine = project.backend.engine
    connect = engine.connect
    refused = []

    def only_one(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            refused.append(True)
            raise OperationalError("connect", {}, Exception("too many clients already"))
        return connect(*args, **kwargs)

    monkeypatch.setattr(engine, "connect", only_one)
    table = project.plots.load_table()
    assert refused  # the second connection was asked for and refused
    assert table.ids.tolist() == ids and list(table.codes) == list(expected.codes)
    assert all(shapely.equals_exact(a, b, 0) for a, b in zip(table.geometries,
                                                               expected.geometries,
                                                               strict=True))
