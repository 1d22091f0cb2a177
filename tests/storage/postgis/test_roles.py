"""Who may do what in a shared register, enforced by PostgreSQL (roles and row-level
security): national reads and writes everything, provincial only the plots (and their
records) of its provinces, viewer reads only. The test server trusts every local user,
so each test connects as the users it adds."""

from __future__ import annotations

import itertools

import psycopg
import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.domain.enums import SeasonKind
from metkasekor_desktop.domain.plan import PlotSeasonPlan
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import NotPermittedError, ReadOnlyProjectError
from metkasekor_desktop.storage.postgis.local_server import LocalServer
from metkasekor_desktop.storage.postgis.register import add_user_to_register

from ..conftest import make_plot

_numbers = itertools.count(1)


def _user_url(server: LocalServer, db: str, user: str) -> str:
    return f"postgresql://{user}@/{db}?host={server.socket_dir}"


def _name(prefix: str) -> str:
    return f"{prefix}_{next(_numbers)}"  # roles are the cluster's: one name per test


@pytest.fixture
def plots_of_two_provinces(register_url: str) -> dict[str, int]:
    """Three plots written by the administrator: one each in provinces 02 and 03, one
    with no village; a season plan on each."""
    admin = Project.connect(register_url)
    try:
        season = Season(name="2025 wet", year=2025, kind=SeasonKind.MAIN_WET)
        admin.seasons.add(season)
        ids = {}
        for code, village in (("B-1", "02070101"), ("K-1", "03010101"), ("N-1", None)):
            plot = make_plot(code, village_code=village)
            admin.plots.add(plot)
            admin.plans.add(PlotSeasonPlan(plot_id=plot.id, season_id=season.id))
            ids[code] = plot.id
        ids["season"] = season.id
        return ids
    finally:
        admin.close()


def test_a_provincial_user_sees_and_edits_only_its_provinces(
        pg_server: LocalServer, register_db: str, register_url: str,
        plots_of_two_provinces: dict[str, int]) -> None:
    user = _name("pdaff")
    created, _name_, codes = add_user_to_register(register_url, user, "provincial", ["2"])
    assert created and codes == ["02"]
    project = Project.connect(_user_url(pg_server, register_db, user))
    try:
        assert not project.read_only
        assert [p.code for p in project.plots.list()] == ["B-1"]
        assert {p.plot_id for p in project.plans.list()} == {plots_of_two_provinces["B-1"]}
        mine = project.plots.by_code("B-1")
        mine.name = "edited"
        project.plots.update(mine)
        assert project.plots.by_code("B-1").name == "edited"
        # A plot of province 03 cannot be added, nor one of its own moved there.
        with pytest.raises(NotPermittedError, match="own provinces"):
            project.plots.add(make_plot("K-2", village_code="03010101"))
        with pytest.raises(NotPermittedError, match="own provinces"):
            project.plots.add(make_plot("N-2"))  # no village: national only
        mine = project.plots.by_code("B-1")
        mine.village_code = "03010101"
        with pytest.raises(NotPermittedError):
            project.plots.update(mine)
        # A plan may not be attached to a plot it does not see.
        with pytest.raises(NotPermittedError):
            project.plans.add(PlotSeasonPlan(plot_id=plots_of_two_provinces["K-1"],
                                             season_id=plots_of_two_provinces["season"]))
        new = make_plot("B-2", village_code="02010101")
        project.plots.add(new)
        assert sorted(p.code for p in project.plots.list()) == ["B-1", "B-2"]
    finally:
        project.close()
    # Enforced by the server, whatever program connects (psql, QGIS).
    with psycopg.connect(f"host={pg_server.socket_dir} user={user} dbname={register_db}",
                         autocommit=True) as con:
        assert con.execute("SELECT code FROM plots ORDER BY code").fetchall() == [
            ("B-1",), ("B-2",)]
        assert con.execute("UPDATE plots SET name = 'x' WHERE code = 'K-1'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            con.execute("INSERT INTO plots (code, village_code) VALUES ('K-3', '03010101')")
    with psycopg.connect(pg_server.conninfo(register_db)) as con:
        assert con.execute("SELECT count(*) FROM plots").fetchone() == (4,)
        assert con.execute("SELECT village_code FROM plots WHERE code = 'K-1'"
                           ).fetchone() == ("03010101",)


def test_a_viewer_reads_everything_and_the_register_opens_read_only(
        pg_server: LocalServer, register_db: str, register_url: str,
        plots_of_two_provinces: dict[str, int]) -> None:
    user = _name("viewer")
    add_user_to_register(register_url, user, "viewer", [])
    project = Project.connect(_user_url(pg_server, register_db, user))
    try:
        assert project.read_only
        assert sorted(p.code for p in project.plots.list()) == ["B-1", "K-1", "N-1"]
        assert len(project.plans.list()) == 3
        with pytest.raises(ReadOnlyProjectError), project.transaction():
            pass
        with pytest.raises(NotPermittedError, match="may not change plots"):
            project.plots.add(make_plot("V-1", village_code="02070101"))
    finally:
        project.close()


def test_a_national_user_sees_and_writes_everything(
        pg_server: LocalServer, register_db: str, register_url: str,
        plots_of_two_provinces: dict[str, int]) -> None:
    user = _name("deaff")
    add_user_to_register(register_url, user, "national", [])
    project = Project.connect(_user_url(pg_server, register_db, user))
    try:
        assert not project.read_only
        assert sorted(p.code for p in project.plots.list()) == ["B-1", "K-1", "N-1"]
        project.plots.add(make_plot("K-9", village_code="03010101"))
        project.plots.add(make_plot("N-9"))
        assert project.plots.count() == 5
        project.plots.delete(plots_of_two_provinces["K-1"])
        assert project.plots.count() == 4
    finally:
        project.close()


def test_add_user_twice_updates_role_and_provinces(
        pg_server: LocalServer, register_db: str, register_url: str,
        plots_of_two_provinces: dict[str, int],
        capsys: pytest.CaptureFixture[str]) -> None:
    user = _name("pdaff")
    assert main(["server", "add-user", register_url, user, "--role", "provincial",
                 "--province", "02"]) == 0
    assert "Created the user" in capsys.readouterr().out
    assert main(["server", "add-user", register_url, user, "--role", "provincial",
                 "--province", "03", "--province", "02"]) == 0
    assert "Updated the user" in capsys.readouterr().out
    url = _user_url(pg_server, register_db, user)
    with Project.connect(url) as project:
        assert sorted(p.code for p in project.plots.list()) == ["B-1", "K-1"]
    assert main(["server", "add-user", register_url, user, "--role", "viewer"]) == 0
    with Project.connect(url) as project:
        assert project.read_only
        assert project.plots.count() == 3
    with psycopg.connect(pg_server.conninfo(register_db)) as con:
        assert con.execute("SELECT count(*) FROM mk_user_provinces WHERE user_name = %s",
                           (user,)).fetchone() == (0,)


@pytest.mark.parametrize(("args", "message"), [
    (["--role", "provincial"], "needs at least one province"),
    (["--role", "provincial", "--province", "99"], "Unknown province code '99'"),
    (["--role", "admin"], "Unknown role 'admin'"),
    (["--role", "viewer", "--province", "02"], "has no provinces"),
])
def test_add_user_refuses_with_one_line(register_url: str, args: list[str], message: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "add-user", register_url, _name("x"), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_server_init_sets_up_the_roles_once(pg_server: LocalServer,
                                           register_db: str) -> None:
    with psycopg.connect(pg_server.conninfo(register_db)) as con:
        groups = con.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'mk_%' "
                             "ORDER BY 1").fetchall()
        assert groups == [("mk_national",), ("mk_provincial",), ("mk_viewer",)]
        secured = {r[0] for r in con.execute(
            "SELECT relname FROM pg_class WHERE relrowsecurity").fetchall()}
        assert {"plots", "plot_season_plans", "soil_samples", "yield_records",
                "trial_members", "event_plots", "mk_user_provinces"} <= secured


def test_server_init_adds_the_roles_to_a_register_that_has_none(
        pg_server: LocalServer, register_db: str, register_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    pg_server.execute("DROP TABLE mk_user_provinces CASCADE", register_db)
    assert main(["server", "init", register_url]) == 0
    assert "its user roles were set up" in capsys.readouterr().out
    assert main(["server", "init", register_url]) == 0
    assert "nothing was changed" in capsys.readouterr().out
    user = _name("pdaff")
    add_user_to_register(register_url, user, "provincial", ["02"])


def test_a_role_outside_the_groups_sees_no_plot(pg_server: LocalServer, register_db: str,
                                               plots_of_two_provinces: dict[str, int]) -> None:
    role = _name("stranger")
    pg_server.execute(f"CREATE ROLE {role} LOGIN")
    pg_server.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}", register_db)
    try:
        with psycopg.connect(f"host={pg_server.socket_dir} user={role} "
                             f"dbname={register_db}") as con:
            assert con.execute("SELECT count(*) FROM plots").fetchone() == (0,)
            assert con.execute("SELECT count(*) FROM plot_season_plans").fetchone() == (0,)
            assert con.execute("SELECT count(*) FROM seasons").fetchone() == (1,)
    finally:
        pg_server.execute(f"DROP OWNED BY {role}", register_db)
        pg_server.execute(f"DROP ROLE {role}")


# -- the shared tables: farmers, events, providers, trials, seasons, practices ----------
@pytest.fixture
def shared_rows(register_url: str, plots_of_two_provinces: dict[str, int]) -> dict[str, int]:
    """Farmers, events and providers in provinces 02 and 03 and in none; a trial on a
    plot of each province and one with no plot yet."""
    from datetime import date

    from metkasekor_desktop.domain.enums import ProviderKind, Stage
    from metkasekor_desktop.domain.event import ExtensionEvent
    from metkasekor_desktop.domain.farmer import Farmer
    from metkasekor_desktop.domain.provider import Provider
    from metkasekor_desktop.domain.trial import Trial, TrialMember

    ids = dict(plots_of_two_provinces)
    with Project.connect(register_url) as admin:
        for key, village in (("f02", "02070101"), ("f03", "03010101"), ("fnone", None)):
            ids[key] = admin.farmers.add(Farmer(name_latin=key, village_code=village))
        for key, village in (("e02", "02070101"), ("e03", "03010101")):
            ids[key] = admin.events.add(ExtensionEvent(
                stage=Stage.IDENTIFICATION, event_date=date(2025, 5, 1), place=key,
                village_code=village))
        for key, served in (("p02", ("02", "13")), ("p03", ("03",)), ("pnone", ())):
            ids[key] = admin.providers.add(Provider(
                name=key, kind=ProviderKind.MACHINERY_SERVICE, provinces=served))
        for key, plot in (("t02", "B-1"), ("t03", "K-1"), ("tnone", None)):
            members = [] if plot is None else [TrialMember(plot_id=ids[plot], treatment="CA")]
            ids[key] = admin.trials.add(Trial(name=key, members=members,
                                              season_ids=(ids["season"],)))
    return ids


def _refused(con: psycopg.Connection, sql: str, match: str = "row-level security") -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match=match):
        con.execute(sql)


def _as(server: LocalServer, db: str, user: str) -> psycopg.Connection:
    return psycopg.connect(f"host={server.socket_dir} user={user} dbname={db}",
                           autocommit=True)


def test_a_provincial_user_writes_the_shared_rows_of_its_provinces_only(
        pg_server: LocalServer, register_db: str, register_url: str,
        shared_rows: dict[str, int]) -> None:
    user = _name("pdaff")
    add_user_to_register(register_url, user, "provincial", ["02"])
    ids = shared_rows
    with _as(pg_server, register_db, user) as con:
        # It reads everything shared: its neighbours' farmers, events, providers, trials.
        for table, count in (("farmers", 3), ("extension_events", 2), ("providers", 3),
                             ("trials", 3), ("trial_seasons", 3), ("seasons", 1)):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (count,), table
        assert con.execute("SELECT count(*) > 0 FROM practices").fetchone() == (True,)
        # Farmers: of its provinces, or with no village yet (an import makes those).
        one = "UPDATE farmers SET phone = '012' WHERE id = {}"
        assert con.execute(one.format(ids["f02"])).rowcount == 1
        assert con.execute(one.format(ids["fnone"])).rowcount == 1
        _refused(con, one.format(ids["f03"]))
        _refused(con, f"UPDATE farmers SET village_code = '02070101' WHERE id = {ids['f03']}")
        _refused(con, f"UPDATE farmers SET village_code = '03010101' WHERE id = {ids['f02']}")
        _refused(con, f"DELETE FROM farmers WHERE id = {ids['f03']}")
        _refused(con, "INSERT INTO farmers (name_latin, village_code) VALUES ('x', '03010101')")
        con.execute("INSERT INTO farmers (name_latin, village_code) VALUES ('y', '02010101')")
        con.execute("INSERT INTO farmers (name_latin) VALUES ('z')")
        # Extension events: the same rule.
        assert con.execute("UPDATE extension_events SET men = 3 WHERE id = "
                           f"{ids['e02']}").rowcount == 1
        _refused(con, f"UPDATE extension_events SET men = 3 WHERE id = {ids['e03']}")
        _refused(con, f"DELETE FROM extension_events WHERE id = {ids['e03']}")
        # Providers: those serving one of its provinces, or none yet.
        assert con.execute(f"UPDATE providers SET phone = '1' WHERE id = {ids['p02']}"
                           ).rowcount == 1
        assert con.execute(f"UPDATE providers SET provinces = '[\"02\"]' "
                           f"WHERE id = {ids['pnone']}").rowcount == 1
        _refused(con, f"UPDATE providers SET phone = '1' WHERE id = {ids['p03']}")
        _refused(con, f"DELETE FROM providers WHERE id = {ids['p03']}")
        _refused(con, "INSERT INTO providers (name, kind, services, provinces) "
                      "VALUES ('q', 'cooperative', '[]', '[\"03\"]')")
        # Trials: any new one; an existing one only when none of its plots is elsewhere.
        assert con.execute(f"UPDATE trials SET description = 'd' WHERE id = {ids['t02']}"
                           ).rowcount == 1
        _refused(con, f"UPDATE trials SET description = 'd' WHERE id = {ids['t03']}")
        _refused(con, f"DELETE FROM trials WHERE id = {ids['t03']}")
        _refused(con, f"DELETE FROM trial_seasons WHERE trial_id = {ids['t03']}")
        _refused(con, "INSERT INTO trial_seasons (trial_id, season_id) "
                      f"VALUES ({ids['t03']}, {ids['season']})")
        con.execute("INSERT INTO trials (name, design) VALUES ('new on-farm trial', 'paired')")
        assert con.execute(f"DELETE FROM trials WHERE id = {ids['tnone']}").rowcount == 1
        # Seasons and practices are the programme's: national writes them.
        _refused(con, "INSERT INTO seasons (name, year, kind) VALUES ('2026 wet', 2026, "
                      "'main_wet')", "permission denied")
        _refused(con, "UPDATE practices SET name_en = 'x'", "permission denied")
        _refused(con, f"DELETE FROM seasons WHERE id = {ids['season']}", "permission denied")
    with psycopg.connect(pg_server.conninfo(register_db)) as admin:  # nothing else moved
        assert admin.execute("SELECT village_code, phone FROM farmers WHERE id = %s",
                             (ids["f03"],)).fetchone() == ("03010101", "")
        assert admin.execute("SELECT count(*) FROM trials WHERE id = %s",
                             (ids["t03"],)).fetchone() == (1,)


def test_the_window_words_a_refused_farmer_edit(
        pg_server: LocalServer, register_db: str, register_url: str,
        shared_rows: dict[str, int]) -> None:
    """An edit of another province's farmer is refused as such, never taken for a
    farmer deleted by someone else."""
    user = _name("pdaff")
    add_user_to_register(register_url, user, "provincial", ["02"])
    with Project.connect(_user_url(pg_server, register_db, user)) as project:
        theirs = project.farmers.get(shared_rows["f03"])
        theirs.phone = "099"
        with pytest.raises(NotPermittedError, match="this farmer is not in one of them"):
            project.farmers.update(theirs)
        with pytest.raises(NotPermittedError, match="may not change seasons"):
            project.seasons.add(Season(name="2026 wet", year=2026, kind=SeasonKind.MAIN_WET))
        mine = project.farmers.get(shared_rows["f02"])
        mine.phone = "011"
        project.farmers.update(mine)
        assert project.farmers.get(shared_rows["f02"]).phone == "011"


def test_national_writes_and_viewer_reads_the_shared_tables(
        pg_server: LocalServer, register_db: str, register_url: str,
        shared_rows: dict[str, int]) -> None:
    national, viewer = _name("deaff"), _name("viewer")
    add_user_to_register(register_url, national, "national", [])
    add_user_to_register(register_url, viewer, "viewer", [])
    with _as(pg_server, register_db, national) as con:
        assert con.execute(f"UPDATE farmers SET phone = '1' WHERE id = {shared_rows['f03']}"
                           ).rowcount == 1
        assert con.execute(f"DELETE FROM trials WHERE id = {shared_rows['t03']}").rowcount == 1
        con.execute("INSERT INTO seasons (name, year, kind) VALUES ('2026 wet', 2026, "
                    "'main_wet')")
        assert con.execute("UPDATE providers SET phone = '2'").rowcount == 3
    with _as(pg_server, register_db, viewer) as con:
        for table, count in (("farmers", 3), ("extension_events", 2), ("providers", 3),
                             ("trials", 2), ("seasons", 2)):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (count,), table
        _refused(con, "UPDATE farmers SET phone = '3'", "permission denied")
        _refused(con, "INSERT INTO trials (name, design) VALUES ('v', 'paired')",
                "permission denied")


def test_server_init_brings_the_policies_of_an_older_register_up_to_date(
        pg_server: LocalServer, register_db: str, register_url: str,
        shared_rows: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    # A register whose roles were installed before the shared tables were limited.
    for table in ("farmers", "extension_events", "providers", "trials", "trial_seasons"):
        pg_server.execute(f"DROP TRIGGER mk_provincial_guard ON {table}; "
                          f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY", register_db)
    pg_server.execute("GRANT INSERT, UPDATE, DELETE ON seasons TO mk_provincial; "
                      "UPDATE mk_meta SET value = '1' WHERE key = 'roles_version'",
                      register_db)
    user = _name("pdaff")
    add_user_to_register(register_url, user, "provincial", ["02"])
    with _as(pg_server, register_db, user) as con:  # open, as it was
        assert con.execute(f"UPDATE farmers SET phone = '1' WHERE id = {shared_rows['f03']}"
                           ).rowcount == 1
    assert main(["server", "init", register_url]) == 0
    assert "its user roles were set up" in capsys.readouterr().out
    with _as(pg_server, register_db, user) as con:
        _refused(con, f"UPDATE farmers SET phone = '2' WHERE id = {shared_rows['f03']}")
        _refused(con, "DELETE FROM seasons", "permission denied")
    assert main(["server", "init", register_url]) == 0
    assert "nothing was changed" in capsys.readouterr().out
