"""Who may do what in a shared register, enforced by PostgreSQL itself (roles and
row-level security), not by the application.

Three group roles (cluster-wide, made once by ``server init``; they cannot log in):

- ``mk_national`` (DEAFF) reads and writes everything;
- ``mk_provincial`` (a PDAFF) reads and writes everything but plots and the records of
  plots, of which it reads and writes only those of its provinces: a plot whose
  village code starts with one of the user's province codes (``mk_user_provinces``).
  A plot with no village code is in no province, so national users alone see it;
- ``mk_viewer`` reads everything and writes nothing (the register opens read-only).

A login role (``server add-user``) is a member of one of them; its provinces are rows of
``mk_user_provinces`` in the register's database, each user reading only its own rows.
Row-level security is enabled, not forced: the owner of the tables (the administrator
who ran ``server init``) and superusers see and write every row.

The records of a plot (every table with a ``plot_id`` that refers to plots: plans, soil
samples, yields, trial members, event plots, extra attributes, raster statistics) follow
their plot through a policy with an EXISTS on plots, which is itself filtered by the
plots' policies (the practices of a plan follow their plan). Farmers, trials, seasons,
events, practices, providers and target populations are shared: every user reads them
all; what a provincial user may write of them is in :mod:`.shared_limits`.

``server init`` run again brings the privileges and policies of an existing register up
to date: the version of them it installed is kept in ``mk_meta`` (``ROLES_VERSION``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Table, text
from sqlalchemy.exc import DBAPIError

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.errors import NotPermittedError, ProjectError
from metkasekor_desktop.storage.postgis import ddl
from metkasekor_desktop.storage.postgis.ddl import USER_PROVINCES, ident, literal
from metkasekor_desktop.storage.schema import METADATA

GROUPS = {"national": "mk_national", "provincial": "mk_provincial", "viewer": "mk_viewer"}
WRITERS = ("mk_national", "mk_provincial")
READ_ONLY_TABLES = ("mk_meta",)  # written by server init only
ADD_USER_HINT = "metkasekor-desktop server add-user URL NAME --role ROLE"
# Raised whenever install_roles installs something new (server init then runs it again).
# 3: target populations, written by a provincial user in its provinces only.
ROLES_VERSION = "3"
ROLES_VERSION_KEY = "roles_version"


def register_tables(conn: Connection) -> list[Table]:
    """The tables of the register's schema that are in this database."""
    present = {str(r[0]) for r in conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))}
    return [t for name, t in METADATA.tables.items() if name in present]


def plot_record_tables(tables: Iterable[Table]) -> list[str]:
    """The tables whose rows belong to a plot: a ``plot_id`` referring to plots."""
    return [t.name for t in tables if "plot_id" in t.c and any(
        fk.column.table.name == "plots" for fk in t.c["plot_id"].foreign_keys)]


def province_filter(column: str = "village_code") -> str:
    """A plot's province is one of the current user's (NULL: none)."""
    return (f"left({column}, 2) IN (SELECT province_code FROM {USER_PROVINCES} "
            "WHERE user_name = current_user)")


def _create_groups(conn: Connection) -> None:
    missing = [g for g in GROUPS.values() if not conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": g}).first()]
    if not missing:
        return
    allowed = conn.execute(text("SELECT rolsuper OR rolcreaterole FROM pg_roles "
                                "WHERE rolname = current_user")).scalar()
    if not allowed:
        raise ProjectError(msg(
            "The roles {roles} of the register are missing and this database "
            "user may not create roles. Run server init as a user with CREATEROLE (or as "
            "the server's administrator); nothing was changed.", roles=", ".join(missing)))
    ddl.run(conn, *(f"CREATE ROLE {ident(g)} NOLOGIN" for g in missing))


def _policy_statements(table: str, restriction: str) -> list[str]:
    t = ident(table)
    statements = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]
    for policy in ("mk_national_all", "mk_viewer_read", "mk_provincial_own"):
        statements.append(f"DROP POLICY IF EXISTS {policy} ON {t}")
    statements += [
        f"CREATE POLICY mk_national_all ON {t} FOR ALL TO mk_national "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY mk_viewer_read ON {t} FOR SELECT TO mk_viewer USING (true)",
        # FOR ALL without WITH CHECK: rows written must pass the same test as rows read.
        f"CREATE POLICY mk_provincial_own ON {t} FOR ALL TO mk_provincial "
        f"USING ({restriction})",
    ]
    return statements


def install_roles(conn: Connection) -> None:
    """Create (or bring up to date) the group roles, their privileges, the table of
    users' provinces and the row-level security policies, in the caller's transaction.
    Run again, it leaves things as they are."""
    _create_groups(conn)
    groups = ", ".join(GROUPS.values())
    writers = ", ".join(WRITERS)
    statements = [
        f"""CREATE TABLE IF NOT EXISTS {USER_PROVINCES} (
              user_name TEXT NOT NULL,
              province_code TEXT NOT NULL CHECK (province_code ~ '^[0-9]{{2}}$'),
              PRIMARY KEY (user_name, province_code))""",
        f"COMMENT ON TABLE {USER_PROVINCES} IS "
        + literal("MetKasekor: the provinces of each provincial user (server add-user)"),
        f"REVOKE ALL ON {USER_PROVINCES} FROM PUBLIC",
        f"GRANT SELECT ON {USER_PROVINCES} TO {groups}",
        f"ALTER TABLE {USER_PROVINCES} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS mk_own_rows ON {USER_PROVINCES}",
        f"CREATE POLICY mk_own_rows ON {USER_PROVINCES} FOR SELECT "
        "USING (user_name = current_user)",
    ]
    from metkasekor_desktop.storage.postgis import shared_limits

    tables = register_tables(conn)
    for table in tables:
        name = ident(table.name)
        statements.append(f"GRANT SELECT ON {name} TO {groups}")
        if table.name in shared_limits.NATIONAL_TABLES:  # read by the provinces only
            statements.append(f"REVOKE INSERT, UPDATE, DELETE ON {name} FROM mk_provincial")
        table_writers = ("mk_national" if table.name in shared_limits.NATIONAL_TABLES
                         else writers)
        if table.name not in READ_ONLY_TABLES:
            statements.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {table_writers}")
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                {"t": table.name, "c": next(iter(table.primary_key)).name}
                                ).scalar()
        if sequence is not None and table.name not in READ_ONLY_TABLES:
            if table.name in shared_limits.NATIONAL_TABLES:
                statements.append(f"REVOKE ALL ON SEQUENCE {sequence} FROM mk_provincial")
            # UPDATE: setval, when rows are written with their ids (a copy, an undo).
            statements.append(f"GRANT USAGE, SELECT, UPDATE ON SEQUENCE {sequence} "
                              f"TO {table_writers}")
    statements += _policy_statements("plots", province_filter())
    for table_name in plot_record_tables(tables):
        statements += _policy_statements(
            table_name, f"EXISTS (SELECT 1 FROM plots AS mk_p "
                        f"WHERE mk_p.fid = {ident(table_name)}.plot_id)")
    present = {t.name for t in tables}
    if "plan_practices" in present:  # a plan's practices follow their plan (and plot)
        statements += _policy_statements(
            "plan_practices", "EXISTS (SELECT 1 FROM plot_season_plans AS mk_pl "
                              "WHERE mk_pl.id = plan_practices.plan_id)")
    statements += shared_limits.statements(present)
    ddl.run(conn, *statements)
    conn.execute(text("INSERT INTO mk_meta (key, value) VALUES (:k, :v) ON CONFLICT (key) "
                      "DO UPDATE SET value = excluded.value"),
                 {"k": ROLES_VERSION_KEY, "v": ROLES_VERSION})


def has_user_table(conn: Connection) -> bool:
    """Whether the register has its table of users' provinces (any roles at all)."""
    return bool(conn.execute(text("SELECT to_regclass(:t) IS NOT NULL"),
                             {"t": USER_PROVINCES}).scalar())


def roles_installed(conn: Connection) -> bool:
    """Whether the register's roles, privileges and policies are the ones this program
    installs: False for a register without them, or with an older version of them, which
    ``server init`` then brings up to date."""
    if not has_user_table(conn):
        return False
    return conn.execute(text("SELECT value FROM mk_meta WHERE key = :k"),
                        {"k": ROLES_VERSION_KEY}).scalar() == ROLES_VERSION


# -- users -----------------------------------------------------------------------------
def check_user(name: str, role: str, provinces: Sequence[str]) -> list[str]:
    """The province codes of a user to add (two digits each, sorted), or a ProjectError
    that says in one line what is wrong."""
    from metkasekor_desktop.domain.places import provinces as known_provinces

    if not name.strip():
        raise ProjectError(msg("The user name is empty."))
    if name in GROUPS.values():
        raise ProjectError(msg("{name} is one of the register's group roles, not a user; "
                               "choose another name.", name=name))
    if role not in GROUPS:
        raise ProjectError(msg("Unknown role {role!r}: choose national, provincial or "
                               "viewer.", role=role))
    known = {u.code: u for u in known_provinces()}
    codes: list[str] = []
    for given in provinces:
        code = given.strip()
        if code.isdigit() and len(code) == 1:
            code = "0" + code
        if code not in known:
            raise ProjectError(msg("Unknown province code {code!r}: the provinces are "
                                   "{provinces} (e.g. 02 for Battambang).",
                                   code=given, provinces=", ".join(sorted(known))))
        if code not in codes:
            codes.append(code)
    if role == "provincial" and not codes:
        raise ProjectError(msg("A provincial user needs at least one province: add "
                               "--province CODE (e.g. --province 02)."))
    if role != "provincial" and codes:
        raise ProjectError(msg("A {role} user has no provinces (it sees every plot); leave "
                               "out --province, or choose --role provincial.", role=role))
    return sorted(codes)


def add_user(conn: Connection, name: str, role: str, provinces: Sequence[str],
             password: str | None = None) -> bool:
    """Create the login role ``name`` (or update it), make it a member of the group of
    ``role`` alone and record its provinces; True when the role was created.

    ``password``, when given, is sent hashed by libpq (never in clear text)."""
    codes = check_user(name, role, provinces)
    if not has_user_table(conn):
        raise ProjectError(msg("This register has no user roles yet (it was made by an "
                               "older MetKasekor Desktop). Run: metkasekor-desktop server "
                               "init URL"))
    existing = conn.execute(text("SELECT rolsuper, rolcanlogin FROM pg_roles "
                                 "WHERE rolname = :n"), {"n": name}).first()
    if existing is not None and existing[0]:
        raise ProjectError(msg("{name} is a superuser of the server: it sees everything "
                               "whatever its role; choose another user.", name=name))

    user = ident(name)
    statements = [] if existing is not None else [f"CREATE ROLE {user} LOGIN"]
    if existing is not None and not existing[1]:
        statements.append(f"ALTER ROLE {user} LOGIN")
    statements += [f"REVOKE {ident(g)} FROM {user}" for g in GROUPS.values()
                   if g != GROUPS[role] and _is_member(conn, name, g)]
    statements.append(f"GRANT {ident(GROUPS[role])} TO {user}")
    if password:
        statements.append(f"ALTER ROLE {user} PASSWORD "
                          + literal(_hashed(conn, name, password)))
    import psycopg  # the driver's errors: ddl.run runs on its cursor

    register = str(conn.execute(text("SELECT current_database()")).scalar())
    try:
        ddl.run(conn, *statements)
        conn.execute(text(f"DELETE FROM {USER_PROVINCES} WHERE user_name = :n"), {"n": name})
        if codes:
            conn.execute(text(f"INSERT INTO {USER_PROVINCES} (user_name, province_code) "
                              "VALUES (:n, :p)"), [{"n": name, "p": c} for c in codes])
    except (DBAPIError, psycopg.Error) as error:  # ddl.run raises the driver's own
        raise _not_set_up(name, register, error) from None
    return existing is None


def _not_set_up(name: str, register: str, error: BaseException) -> ProjectError:
    """One line for a user the server would not create or change: a refusal (this
    database user may not manage roles or the users' provinces) says whom to connect
    as; the transaction rolls back, so nothing of it stays."""
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    detail = lines[0] if lines else type(original).__name__
    if getattr(original, "sqlstate", None) == "42501":  # insufficient_privilege
        return NotPermittedError(msg(
            "The user {name} could not be set up in the register {register}: the server "
            "refused it ({detail}). Nothing was changed; to add or change users, connect "
            "as the register's administrator (the user that ran server init) or a "
            "superuser.", name=name, register=register, detail=detail))
    return ProjectError(msg("The user {name} could not be set up in the register "
                            "{register} ({detail}); nothing was changed.",
                            name=name, register=register, detail=detail))



def _is_member(conn: Connection, user: str, group: str) -> bool:
    return bool(conn.execute(text(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = :g AND u.rolname = :u"),
        {"g": group, "u": user}).first())


def _hashed(conn: Connection, user: str, password: str) -> str:
    """The password as the server stores it (SCRAM), hashed here by libpq."""
    pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(password.encode(), user.encode())).decode()


def user_role(conn: Connection, name: str) -> tuple[str | None, list[str]]:
    """The role (national, provincial, viewer or None) and provinces of a user."""
    role = next((r for r, g in GROUPS.items() if _is_member(conn, name, g)), None)
    codes = [str(r[0]) for r in conn.execute(text(
        f"SELECT province_code FROM {USER_PROVINCES} WHERE user_name = :n "
        "ORDER BY province_code"), {"n": name})]
    return role, codes
