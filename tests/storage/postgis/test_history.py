"""A shared register keeps every change (who, when, values before and after) in
``mk_history``, written by the server itself, and puts a deleted plot back with its
records and their ids."""

from __future__ import annotations

import itertools

import psycopg
import pytest

from metkasekor_desktop.domain.enums import PlotRole, ProviderKind, SeasonKind, Service
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plan import PlannedPractice, PlotSeasonPlan
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.yields import YieldRecord
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.history import ADDED, CHANGED, DELETED, RestoreRefusedError
from metkasekor_desktop.storage.postgis.local_server import LocalServer
from metkasekor_desktop.storage.postgis.register import add_user_to_register, initialise
from metkasekor_desktop.storage.row_versions import editor_name

from ..conftest import make_plot


@pytest.fixture
def register(register_url: str):
    project = Project.connect(register_url)
    yield project
    project.close()


def _season(project: Project) -> Season:
    season = Season(name="2025 wet", year=2025, kind=SeasonKind.MAIN_WET)
    project.seasons.add(season)
    return season


def test_a_geopackage_keeps_no_register_history(tmp_path) -> None:
    with Project.create(tmp_path / "p.gpkg") as project:
        assert project.history is None


def test_an_update_is_kept_with_who_when_and_the_values_before_and_after(
        register: Project) -> None:
    plot = make_plot("H-1", notes="first")
    register.plots.add(plot)
    stored = register.plots.get(plot.id)
    stored.notes = "ស្រែថ្មី"
    register.plots.update(stored)

    entries = register.history.plot_entries(plot.id)
    assert [(e.table, e.action) for e in entries] == [("plots", CHANGED), ("plots", ADDED)]
    update = entries[0]
    assert update.who == editor_name()
    assert update.when >= entries[1].when
    assert [(c.column, c.before, c.after) for c in update.changes] == [
        ("notes", "first", "ស្រែថ្មី")]  # bookkeeping columns left out
    added = entries[1]
    assert added.value("code") == "H-1"
    assert {c.column for c in added.changes} >= {"fid", "code", "geom", "notes"}
    assert not {"mk_version", "mk_edited_at", "modified_at"} & {c.column for c in added.changes}


def test_a_deleted_plot_comes_back_with_its_records_and_their_ids(
        register: Project, pg_server: LocalServer, register_db: str) -> None:
    season = _season(register)
    provider = Provider(name="Seeds Co.", kind=ProviderKind.COVER_CROP_SEED_COMPANY,
                        services=(Service.COVER_CROP_SEED,))
    register.providers.add(provider)
    demo = make_plot("H-DEMO", role=PlotRole.DEMONSTRATION)
    control = make_plot("H-CTRL", x=103.01, role=PlotRole.CONTROL)
    register.plots.add(control)
    demo.paired_plot_id = control.id
    register.plots.add(demo)
    plan = PlotSeasonPlan(plot_id=control.id, season_id=season.id, notes="cover crop", practices=[
        PlannedPractice(practice_id=register.practices.by_key("cover_crop").id,
                        provider_id=provider.id)])
    register.plans.add(plan)
    record = YieldRecord(plot_id=control.id, season_id=season.id, crop="maize",
                         fresh_weight_kg=3.2, sample_area_m2=10.0)
    register.yields.add(record)
    register.plot_extras.add_many([(control.id, "survey_id", "S-17")])

    def rows() -> list[tuple]:
        with psycopg.connect(pg_server.conninfo(register_db)) as con:
            return [con.execute(sql, (control.id,)).fetchall() for sql in (
                "SELECT fid, code, ST_AsEWKB(geom), role FROM plots WHERE fid = %s",
                "SELECT id, season_id, notes FROM plot_season_plans WHERE plot_id = %s",
                "SELECT pp.id, pp.practice_id, pp.provider_id FROM plan_practices pp "
                "JOIN plot_season_plans p ON p.id = pp.plan_id WHERE p.plot_id = %s",
                "SELECT id, crop, fresh_weight_kg FROM yield_records WHERE plot_id = %s",
                "SELECT id, name, value FROM plot_extra_attributes WHERE plot_id = %s",
                "SELECT fid FROM plots WHERE paired_plot_id = %s")]

    before = rows()
    assert all(before)
    register.plots.delete(control.id)
    assert not any(rows())
    gone = register.history.deleted_plots()
    assert [(d.plot_id, d.code, d.deleted_by) for d in gone] == [
        (control.id, "H-CTRL", editor_name())]

    restored = register.history.restore_plot(control.id)
    assert (restored.plot_id, restored.code) == (control.id, "H-CTRL")
    assert restored.records == {"plot_season_plans": 1, "plan_practices": 1,
                                "yield_records": 1, "plot_extra_attributes": 1}
    assert rows() == before  # the same ids, the exact shape, paired again
    assert register.history.deleted_plots() == []
    assert register.plots.get(control.id).code == "H-CTRL"  # the repositories read it
    assert register.plans.get(plan.id).notes == "cover crop"
    # The restore is itself kept: the plot added again, newest first.
    assert register.history.plot_entries(control.id)[0].action == ADDED


def test_a_restore_is_refused_when_the_code_is_taken_or_a_provider_is_gone(
        register: Project) -> None:
    season = _season(register)
    provider = Provider(name="Machines Co.", kind=ProviderKind.MACHINERY_SERVICE,
                        services=(Service.NO_TILL_PLANTING,))
    register.providers.add(provider)
    plot = make_plot("H-2")
    register.plots.add(plot)
    register.plans.add(PlotSeasonPlan(plot_id=plot.id, season_id=season.id, practices=[
        PlannedPractice(practice_id=register.practices.by_key("no_till").id,
                        provider_id=provider.id)]))
    register.plots.delete(plot.id)
    other = make_plot("H-2", x=104.0)  # the code is free: someone takes it
    register.plots.add(other)
    with pytest.raises(RestoreRefusedError, match="another plot has the code H-2") as error:
        register.history.restore_plot(plot.id)
    assert error.value.reason == "code_taken"
    register.plots.delete(other.id)
    register.providers.delete(provider.id)  # nothing refers to it any more
    with pytest.raises(RestoreRefusedError, match="Machines Co.") as error:
        register.history.restore_plot(plot.id)
    assert (error.value.reason, error.value.params["kind"]) == ("missing", "providers")
    assert register.plots.by_code("H-2") is None  # nothing was written
    assert [d.plot_id for d in register.history.deleted_plots()] == [other.id, plot.id]
    with pytest.raises(RestoreRefusedError) as error:
        register.history.restore_plot(12345)
    assert error.value.reason == "not_deleted"


def test_a_provincial_users_plain_sql_is_kept_but_it_cannot_write_the_history(
        pg_server: LocalServer, register_db: str, register_url: str,
        register: Project) -> None:
    plot = make_plot("B-1", village_code="02070101")
    register.plots.add(plot)
    user = "pdaff_history"
    add_user_to_register(register_url, user, "provincial", ["02"])
    with psycopg.connect(f"host={pg_server.socket_dir} user={user} dbname={register_db}",
                         autocommit=True) as con:
        assert con.execute("UPDATE plots SET notes = 'by psql' WHERE fid = %s",
                           (plot.id,)).rowcount == 1
        assert con.execute("SELECT count(*) FROM mk_history").fetchone()[0] >= 2
        for sql in ("INSERT INTO mk_history (table_name, row_id, action) VALUES ('plots', 1, 'D')",
                    "UPDATE mk_history SET edited_by = 'someone else'",
                    "DELETE FROM mk_history"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(sql)
    entry = register.history.plot_entries(plot.id)[0]
    assert (entry.action, entry.who) == (CHANGED, user)  # no editor named: the login
    assert [(c.column, c.after) for c in entry.changes] == [("notes", "by psql")]


def test_server_init_adds_the_history_to_a_register_made_without_it(
        pg_server: LocalServer, register_db: str, register_url: str) -> None:
    pg_server.execute("DROP FUNCTION mk_history_row() CASCADE; DROP TABLE mk_history",
                      register_db)
    with Project.connect(register_url) as project:
        assert project.history is None  # until server init runs again
    assert initialise(register_url)[0] == "history"
    assert initialise(register_url)[0] == "current"
    with Project.connect(register_url) as project:
        plot = make_plot("H-3")
        project.plots.add(plot)
        project.plots.delete(plot.id)
        assert [(e.action, e.value("code")) for e in project.history.plot_entries(plot.id)] \
            == [(DELETED, "H-3"), (ADDED, "H-3")]


# -- who reads which entries -------------------------------------------------------------
_users = itertools.count(1)


def _user(register_url: str, role: str, provinces: list[str]) -> str:
    """A new user of the register (roles are the cluster's: one name per call)."""
    name = f"hist_{role[:4]}_{next(_users)}"
    add_user_to_register(register_url, name, role, provinces)
    return name


def _as(pg_server: LocalServer, register_db: str, user: str) -> Project:
    return Project.connect(f"postgresql://{user}@/{register_db}?host={pg_server.socket_dir}")


@pytest.fixture
def histories_of_two_provinces(register: Project) -> dict[str, int]:
    """Written by the administrator: a plot (with a plan) in each of provinces 02 and 03
    and one deleted in each; a farmer in 03, one with no village, a season."""
    season = _season(register)
    ids = {"season": season.id}
    for code, village in (("B-1", "02070101"), ("K-1", "03010101"),
                          ("B-GONE", "02070102"), ("K-GONE", "03010102")):
        plot = make_plot(code, x=103.0 + len(ids) * 0.01, village_code=village)
        register.plots.add(plot)
        register.plans.add(PlotSeasonPlan(plot_id=plot.id, season_id=season.id))
        ids[code] = plot.id
    register.plots.delete(ids["B-GONE"])
    register.plots.delete(ids["K-GONE"])
    for name, village in (("far", "03010101"), ("anywhere", None)):
        farmer = Farmer(name_latin=name, village_code=village)
        register.farmers.add(farmer)
        ids[name] = farmer.id
    return ids


def _farmers_in_history(pg_server: LocalServer, register_db: str, user: str) -> set[int]:
    """The farmers whose entries ``user`` reads with plain SQL (as in QGIS or psql)."""
    with psycopg.connect(f"host={pg_server.socket_dir} user={user} dbname={register_db}",
                         autocommit=True) as con:
        return {r[0] for r in con.execute(
            "SELECT row_id FROM mk_history WHERE table_name = 'farmers'")}


def test_a_provincial_user_reads_the_history_of_its_provinces_only(
        pg_server: LocalServer, register_db: str, register_url: str,
        histories_of_two_provinces: dict[str, int]) -> None:
    ids = histories_of_two_provinces
    pdaff = _user(register_url, "provincial", ["02"])
    with _as(pg_server, register_db, pdaff) as project:
        history = project.history
        assert [(e.table, e.action) for e in history.plot_entries(ids["B-1"])] == [
            ("plot_season_plans", ADDED), ("plots", ADDED)]
        assert history.plot_entries(ids["K-1"]) == []  # the plot and its plan
        assert history.plot_entries(ids["K-GONE"]) == []
        assert [d.code for d in history.deleted_plots()] == ["B-GONE"]
        with pytest.raises(RestoreRefusedError):  # not one of its deleted plots
            history.restore_plot(ids["K-GONE"])
        history.restore_plot(ids["B-GONE"])  # its own: the history is written as before
        assert project.plots.get(ids["B-GONE"]).code == "B-GONE"
        assert history.plot_entries(ids["B-GONE"])[0].action == ADDED
    # Records of no plot: by their own village; with none, everyone's.
    assert _farmers_in_history(pg_server, register_db, pdaff) == {ids["anywhere"]}
    deaff = _user(register_url, "national", [])
    with _as(pg_server, register_db, deaff) as project:
        assert len(project.history.plot_entries(ids["K-1"])) == 2
        assert [d.code for d in project.history.deleted_plots()] == ["K-GONE"]
    assert _farmers_in_history(pg_server, register_db, deaff) == {ids["far"], ids["anywhere"]}
    viewer = _user(register_url, "viewer", [])
    assert _farmers_in_history(pg_server, register_db, viewer) == {ids["far"], ids["anywhere"]}


def test_a_plot_moved_to_another_province_takes_its_history_along(
        pg_server: LocalServer, register_db: str, register_url: str,
        histories_of_two_provinces: dict[str, int]) -> None:
    ids = histories_of_two_provinces
    with Project.connect(register_url) as admin:
        plot = admin.plots.get(ids["K-1"])
        plot.village_code = "02070103"
        admin.plots.update(plot)
    pdaff = _user(register_url, "provincial", ["02"])
    with _as(pg_server, register_db, pdaff) as project:
        assert len(project.history.plot_entries(ids["K-1"])) == 3  # added, plan, moved
    kdaff = _user(register_url, "provincial", ["03"])
    with _as(pg_server, register_db, kdaff) as project:
        assert project.history.plot_entries(ids["K-1"]) == []
        assert [d.code for d in project.history.deleted_plots()] == ["K-GONE"]


def test_server_init_limits_the_history_of_a_register_that_kept_it_for_all(
        pg_server: LocalServer, register_db: str, register_url: str,
        histories_of_two_provinces: dict[str, int]) -> None:
    """A register whose history was installed before it was limited by province."""
    pg_server.execute("ALTER TABLE mk_history DISABLE ROW LEVEL SECURITY; "
                      "DELETE FROM mk_meta WHERE key = 'history_version'", register_db)
    pdaff = _user(register_url, "provincial", ["02"])
    with _as(pg_server, register_db, pdaff) as project:
        assert sorted(d.code for d in project.history.deleted_plots()) == ["B-GONE", "K-GONE"]
    assert initialise(register_url)[0] == "history"
    assert initialise(register_url)[0] == "current"
    with _as(pg_server, register_db, pdaff) as project:
        assert [d.code for d in project.history.deleted_plots()] == ["B-GONE"]
        assert project.history.plot_entries(histories_of_two_provinces["K-1"]) == []
