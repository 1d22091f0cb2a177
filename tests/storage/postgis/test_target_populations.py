"""Target populations in the shared register: the GeoPackage tests on PostgreSQL, who may
write which rows (national all, provincial those of its provinces, viewers none), a
register of the previous version upgraded by server init, and an office project of a
province holding that province's figures."""

from __future__ import annotations

import itertools
from pathlib import Path

import psycopg
import pytest

from metkasekor_desktop.domain.target_population import TargetPopulation
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import NotPermittedError, ProjectError
from metkasekor_desktop.storage.postgis.backend import PostGISBackend
from metkasekor_desktop.storage.postgis.local_server import LocalServer
from metkasekor_desktop.storage.postgis.register import add_user_to_register, initialise
from metkasekor_desktop.storage.postgis.roles import ROLES_VERSION

from ..conftest import make_plot
from ..test_target_populations import (  # noqa: F401 - the same tests, on the register
    test_add_list_update_delete_with_versions,
    test_replace_all_joins_a_larger_transaction,
    test_replace_all_makes_the_set_the_table_in_one_transaction,
)

_numbers = itertools.count(1)
FIGURES = {"02": 90_000.0, "0207": 12_000.0, "020701": 1_800.0, "13": 40_000.0,
           "1305": 7_000.0}


def _user(register_url: str, pg_server: LocalServer, register_db: str, role: str,
          provinces: list[str]) -> str:
    name = f"tp_{role}_{next(_numbers)}"  # roles are the cluster's: one name per test
    add_user_to_register(register_url, name, role, provinces)
    return f"postgresql://{name}@/{register_db}?host={pg_server.socket_dir}"


@pytest.fixture
def figures(register_url: str) -> None:
    with Project.connect(register_url) as admin:
        admin.targets.replace_all(FIGURES, "Census 2019")


def test_the_policies_are_installed_at_this_roles_version(
        pg_server: LocalServer, register_db: str) -> None:
    with psycopg.connect(pg_server.conninfo(register_db)) as con:
        assert con.execute("SELECT value FROM mk_meta WHERE key = 'roles_version'"
                           ).fetchone() == (ROLES_VERSION,)
        assert con.execute("SELECT relrowsecurity FROM pg_class WHERE relname = "
                           "'target_populations'").fetchone() == (True,)
        policies = {r[0] for r in con.execute(
            "SELECT policyname FROM pg_policies WHERE tablename = 'target_populations'")}
        assert {"mk_national_all", "mk_viewer_read", "mk_provincial_read",
                "mk_provincial_insert", "mk_provincial_update"} <= policies


def test_a_provincial_user_writes_only_the_areas_of_its_provinces(
        pg_server: LocalServer, register_db: str, register_url: str, figures: None) -> None:
    url = _user(register_url, pg_server, register_db, "provincial", ["02"])
    with Project.connect(url) as project:
        targets = project.targets
        assert targets.as_dict() == FIGURES  # every figure is read
        mine = targets.by_code("0207")
        mine.households = 12_500
        targets.update(mine)
        targets.add(TargetPopulation(area_code="020702", households=900))
        targets.delete(targets.by_code("020701").id)
        theirs = targets.by_code("1305")
        theirs.households = 1
        with pytest.raises(NotPermittedError, match="this target population is not in"):
            targets.update(theirs)
        with pytest.raises(NotPermittedError, match="own provinces"):
            targets.add(TargetPopulation(area_code="1306", households=5))
        with pytest.raises(NotPermittedError, match="own provinces"):
            targets.delete(theirs.id)
        moved = targets.by_code("020702")
        moved.area_code = "130502"
        with pytest.raises(NotPermittedError, match="own provinces"):
            targets.update(moved)
        # An imported table for its provinces replaces only theirs...
        outcome = targets.replace_all({"02": 91_000, "0207": 12_500}, "PDAFF 2025",
                                      within=["02"])
        assert outcome.deleted == ("020702",) and outcome.updated == ("02", "0207")
        # ... and one that would remove or change another province's is refused whole.
        with pytest.raises(NotPermittedError, match="own provinces"):
            targets.replace_all({"02": 91_000, "0207": 12_500}, "PDAFF 2025")
        assert targets.as_dict() == {"02": 91_000.0, "0207": 12_500.0, "13": 40_000.0,
                                     "1305": 7_000.0}
    # Enforced by the server, whatever program connects.
    user = url.split("://", 1)[1].split("@", 1)[0]
    with psycopg.connect(f"host={pg_server.socket_dir} user={user} dbname={register_db}",
                         autocommit=True) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE target_populations SET households = 2 "
                        "WHERE area_code = '13'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO target_populations (area_code, households) "
                        "VALUES ('03', 5)")


def test_a_national_user_writes_every_row_and_a_viewer_none(
        pg_server: LocalServer, register_db: str, register_url: str, figures: None) -> None:
    with Project.connect(_user(register_url, pg_server, register_db, "national", [])
                         ) as project:
        outcome = project.targets.replace_all({"13": 41_000, "03": 5_000}, "DEAFF")
        assert outcome.deleted == ("02", "0207", "020701", "1305")
        assert project.targets.as_dict() == {"03": 5_000.0, "13": 41_000.0}
    with Project.connect(_user(register_url, pg_server, register_db, "viewer", [])
                         ) as project:
        assert project.read_only
        assert project.targets.as_dict() == {"03": 5_000.0, "13": 41_000.0}
        with pytest.raises(NotPermittedError, match="may not change target_populations"):
            project.targets.add(TargetPopulation(area_code="02", households=1))


def test_a_version_5_register_is_upgraded_by_server_init(
        pg_server: LocalServer, empty_db: str) -> None:
    from metkasekor_desktop.storage import migrations
    from metkasekor_desktop.storage.postgis.register import make_engine

    url = pg_server.url(empty_db)
    engine, _name = make_engine(url)
    backend = PostGISBackend(engine)
    try:
        with backend.write_transaction() as conn:
            migrations.migrate(conn, backend, 0, target=5)
    finally:
        backend.close()
    with pytest.raises(ProjectError, match="older format.*server init"):
        Project.connect(url)
    assert initialise(url)[:2] == ("upgraded", 5)
    with Project.connect(url) as register:
        register.targets.add(TargetPopulation(area_code="0207", households=100))
        stored = register.targets.by_code("0207")
        assert stored.version == 1
    with psycopg.connect(pg_server.conninfo(empty_db), autocommit=True) as con:
        con.execute("UPDATE target_populations SET households = 5")  # another program
        assert con.execute("SELECT mk_version, mk_edited_by FROM target_populations"
                           ).fetchone() == (2, None)
        assert con.execute("SELECT count(*) FROM mk_history WHERE table_name = "
                           "'target_populations'").fetchone() == (2,)


def test_an_office_project_of_a_province_holds_its_figures(
        tmp_path: Path, register_url: str, figures: None) -> None:
    from metkasekor_desktop.layers.register_copy import export_project, publish

    with Project.connect(register_url) as register:
        register.plots.add(make_plot("B-1", village_code="02070101"))
    out, report = export_project(register_url, tmp_path / "p02.gpkg", province="02")
    assert report.added["target_populations"] == 3
    with Project.open(out) as office:
        assert office.targets.as_dict() == {"02": 90_000.0, "0207": 12_000.0,
                                            "020701": 1_800.0}
        office.targets.add(TargetPopulation(area_code="020799", households=50,
                                            source="PDAFF"))
    report = publish(out, register_url)
    assert report.written and report.added["target_populations"] == 1
    assert report.found["target_populations"] == 3
    with Project.connect(register_url) as register:
        assert register.targets.as_dict()["020799"] == 50.0
