"""The commands take a shared register's connection URL wherever they take a project
file: ``export URL``, ``stats URL`` (on a real PostgreSQL/PostGIS server)."""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from pathlib import Path

import psycopg
import pyogrio
import pytest

from metkasekor_desktop.app import _command_parser, _window_parser, main
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.storage import Project, public_url
from tests.storage.conftest import make_plot


@pytest.fixture
def register(register_url: str) -> str:
    """A register with three plots, made through the repositories."""
    with Project.connect(register_url) as project:
        for n in range(3):
            project.plots.add(make_plot(f"KCH-RG-{n:04d}", x=103.0 + n * 0.01, y=13.0))
    return register_url


def test_a_url_stays_text_and_a_path_becomes_a_path() -> None:
    url = "postgresql://sok@db.example.org/register?sslmode=require"
    assert _window_parser().parse_args([url]).project == url
    assert _window_parser().parse_args(["a.gpkg"]).project == Path("a.gpkg")
    args = _command_parser().parse_args(["export", "postgres://u@h/reg", "--out", "x"])
    assert args.project == "postgres://u@h/reg"
    assert _command_parser().parse_args(["stats", "p.gpkg"]).project == Path("p.gpkg")


def test_export_of_a_register_writes_its_plots_farmers_and_codes(register: str,
                                                                tmp_path: Path,
                                                                capsys) -> None:
    with Project.connect(register) as project:
        farmer = Farmer(name_kh="សុខ ចាន់ថា", name_latin="Sok Chantha", phone="012345678",
                        village_code="02070101")
        project.farmers.add(farmer)
        project.plots.add(make_plot("KCH-RG-0100", x=103.1, y=13.0, farmer_id=farmer.id,
                                    village_code="02070101"))
    codes = [f"KCH-RG-{n:04d}" for n in (0, 1, 2, 100)]

    gpkg_dir, csv_dir = tmp_path / "gpkg", tmp_path / "csv"
    assert main(["export", register, "--format", "gpkg", "--out", str(gpkg_dir),
                 "--personal"]) == 0
    assert main(["export", register, "--format", "csv", "--out", str(csv_dir),
                 "--personal"]) == 0
    capsys.readouterr()

    (gpkg,) = gpkg_dir.glob("*.gpkg")
    plots = pyogrio.read_dataframe(gpkg, layer="plots")
    assert plots["code"].tolist() == codes
    assert plots.geometry.notna().all() and plots.crs.to_epsg() == 4326
    assert plots.geometry.iloc[3].centroid.x == pytest.approx(103.1, abs=1e-3)
    mine = plots[plots["code"] == "KCH-RG-0100"].iloc[0]
    assert mine["farmer_name_kh"] == "សុខ ចាន់ថា" and mine["farmer_phone"] == "012345678"
    assert mine["village_code"] == "02070101" and mine["district_code"] == "0207"
    farmers = pyogrio.read_dataframe(gpkg, layer="farmers", read_geometry=False)
    assert farmers["name_latin"].tolist() == ["Sok Chantha"]

    (archive,) = csv_dir.glob("*.zip")  # the plots' CSV and one for each related table
    with zipfile.ZipFile(archive) as z:
        text = z.read("tables/plots.csv").decode("utf-8-sig")
        assert "Sok Chantha" in z.read("tables/farmers.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["code"] for r in rows] == codes
    assert rows[3]["farmer_name_latin"] == "Sok Chantha"
    assert rows[3]["village_code"] == "02070101" and rows[3]["farmer_phone"] == "012345678"


def test_render_of_a_register_by_url(register: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "map.png"
    assert main(["render", register, "--out", str(out), "--size", "320x200"]) == 0
    assert out.stat().st_size > 0
    assert "3 plots" in capsys.readouterr().out


def test_stats_of_a_register_by_url(register: str, capsys) -> None:
    assert main(["stats", register]) == 0
    assert "no trial results to compare" in capsys.readouterr().out
    assert main(["stats", register, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("trial,")


def test_an_unreachable_register_is_one_line(tmp_path: Path, capsys) -> None:
    url = f"postgresql://nobody:secret@/nothing?host={tmp_path}"
    assert main(["stats", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("metkasekor-desktop: error: ") and "cannot be reached" in err
    assert "secret" not in err
    assert "secret" not in public_url(url) and "//nobody@/nothing?" in public_url(url)


# -- server users / server remove-user ------------------------------------------------
_user_numbers = itertools.count(1)


def _user_names(prefix: str) -> str:
    return f"{prefix}_cmd_{next(_user_numbers)}"  # roles are the cluster's: one per test


def test_server_users_lists_each_user_with_role_and_provinces(register_url: str,
                                                              capsys) -> None:
    pdaff, deaff, viewer = _user_names("pdaff"), _user_names("deaff"), _user_names("view")
    assert main(["server", "add-user", register_url, pdaff, "--role", "provincial",
                 "--province", "13", "--province", "02"]) == 0
    assert main(["server", "add-user", register_url, deaff, "--role", "national"]) == 0
    assert main(["server", "add-user", register_url, viewer, "--role", "viewer"]) == 0
    capsys.readouterr()
    assert main(["server", "users", register_url]) == 0
    lines = {line.split()[0]: line.split(None, 2)[1:] for line in
             capsys.readouterr().out.splitlines()[1:]}
    assert lines[pdaff] == ["provincial", "02, 13"]
    assert lines[deaff] == ["national", "all"]
    assert lines[viewer] == ["viewer", "all"]
    assert lines["User"] == ["Role", "Provinces"]


def test_server_remove_user_revokes_and_drops_a_plain_user(pg_server, register_db: str,
                                                           register_url: str,
                                                           capsys) -> None:
    user = _user_names("pdaff")
    assert main(["server", "add-user", register_url, user, "--role", "provincial",
                 "--province", "02"]) == 0
    capsys.readouterr()
    assert main(["server", "remove-user", register_url, user]) == 0
    out = capsys.readouterr().out
    assert f"Removed the user {user} (provincial of province 02)" in out
    assert "was dropped" in out
    with psycopg.connect(pg_server.conninfo(register_db)) as con:
        assert con.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                           (user,)).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM mk_user_provinces WHERE user_name = %s",
                           (user,)).fetchone() == (0,)
    assert main(["server", "users", register_url]) == 0
    assert user not in capsys.readouterr().out
    assert main(["server", "remove-user", register_url, user]) == 1
    assert "is not a user of this register" in capsys.readouterr().err


def test_server_remove_user_keeps_a_login_role_that_owns_something(
        pg_server, register_db: str, register_url: str, capsys) -> None:
    user = _user_names("pdaff")
    assert main(["server", "add-user", register_url, user, "--role", "provincial",
                 "--province", "02"]) == 0
    pg_server.execute(f"CREATE TABLE {user}_notes (x int)", register_db)
    pg_server.execute(f"ALTER TABLE {user}_notes OWNER TO {user}", register_db)
    capsys.readouterr()
    try:
        assert main(["server", "remove-user", register_url, user]) == 0
        out = capsys.readouterr().out
        assert "was kept (it owns objects" in out and f"{user}_notes" in out
        with psycopg.connect(f"host={pg_server.socket_dir} user={user} "
                             f"dbname={register_db}") as con:  # still logs in, sees nothing
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("SELECT count(*) FROM plots")
        assert main(["server", "users", register_url]) == 0
        assert user not in capsys.readouterr().out
    finally:
        pg_server.execute(f"DROP TABLE {user}_notes", register_db)
        pg_server.execute(f"DROP ROLE {user}")


def test_server_users_and_remove_user_refuse_in_one_line(register_url: str,
                                                         capsys) -> None:
    assert main(["server", "remove-user", register_url, "mk_national"]) == 1
    assert "group roles, not a user" in capsys.readouterr().err
    user = _user_names("pdaff")
    assert main(["server", "add-user", register_url, user, "--role", "provincial",
                 "--province", "02"]) == 0
    capsys.readouterr()
    as_user = register_url.replace("postgres@", f"{user}@", 1)
    assert main(["server", "users", as_user]) == 1
    err = capsys.readouterr().err
    assert "register's administrator" in err and len(err.strip().splitlines()) == 1


def test_server_demo_starts_a_register_to_try_and_stops_it(capsys) -> None:
    """`server demo FOLDER` makes a local server holding the demo data, prints the URL to
    open; run again it says so without publishing twice; --stop stops it."""
    import shutil
    import socket
    import tempfile
    from pathlib import Path

    from metkasekor_desktop.storage import Project

    with socket.socket() as probe:  # a port nobody uses now
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    # Under /tmp itself: run as root, the server runs as 'postgres', who cannot enter
    # pytest's own folder.
    parent = Path(tempfile.mkdtemp(prefix="mk-demo-"))
    parent.chmod(0o755)
    folder = parent / "register"
    try:
        assert main(["server", "demo", str(folder), "--port", port, "--plots", "40"]) == 0
        out = capsys.readouterr().out
        url = f"postgresql://postgres@127.0.0.1:{port}/metkasekor"
        assert "40 plots" in out and f"Open it with: metkasekor-desktop {url}" in out
        assert main(["server", "demo", str(folder), "--port", port]) == 0
        assert "Published" not in capsys.readouterr().out
        with Project.connect(url) as project:
            assert len(project.plots.list()) == 40
    finally:
        stopped = main(["server", "demo", str(folder), "--port", port, "--stop"])
        shutil.rmtree(parent, ignore_errors=True)
    assert stopped == 0 and "was stopped" in capsys.readouterr().out


def test_server_init_gives_qgis_the_plots_style(pg_server, empty_db: str, capsys) -> None:
    """QGIS's PostgreSQL provider loads a layer's default style from public.layer_styles
    by database, schema, table and geometry column: server init writes the plots' one
    there, once; a second run changes nothing."""
    import psycopg

    url = pg_server.url(empty_db)
    assert main(["server", "init", url]) == 0
    with psycopg.connect(pg_server.conninfo(empty_db)) as con:
        rows = con.execute(
            "SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
            "useasdefault, xpath_exists('/qgis/renderer-v2', styleqml) FROM layer_styles"
        ).fetchall()
    assert rows == [(empty_db, "public", "plots", "geom", True, True)]
    capsys.readouterr()
    assert main(["server", "init", url]) == 0
    assert "nothing was changed" in capsys.readouterr().out


def test_server_add_user_as_a_plain_user_is_refused_in_one_line(register_url: str,
                                                                capsys) -> None:
    """A user without CREATEROLE (a provincial officer's own URL) may not add users: the
    server's refusal is worded, with whom to connect as; nobody is created."""
    user, someone = _user_names("pdaff"), _user_names("someone")
    assert main(["server", "add-user", register_url, user, "--role", "provincial",
                 "--province", "02"]) == 0
    capsys.readouterr()
    as_user = register_url.replace("postgres@", f"{user}@", 1)
    assert main(["server", "add-user", as_user, someone, "--role", "viewer"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("metkasekor-desktop: error: ") and len(err.strip().splitlines()) == 1
    assert f"The user {someone} could not be set up" in err
    assert "register's administrator (the user that ran server init) or a superuser" in err
    assert "nothing was changed" in err.lower()
    assert main(["server", "users", register_url]) == 0
    assert someone not in capsys.readouterr().out
