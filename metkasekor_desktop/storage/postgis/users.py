"""The users of a shared register: who they are (``server users``) and taking one out
(``server remove-user``); adding one is :func:`.roles.add_user`.

A user of the register is a login role that is a member of one of the group roles of
:mod:`.roles`; its provinces are rows of ``mk_user_provinces`` in the register's
database. The group roles are the server's (cluster-wide), so a user taken out of its
group has no role in any register on that server any more: the message says so.

Removing keeps what may still be needed: the login role itself is dropped only when it
is nothing but a register user (it owns nothing and holds no other privilege or
membership anywhere on the server, and is no administrator); otherwise it stays, with
no access to the register, and the report says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.postgis.ddl import USER_PROVINCES, ident
from metkasekor_desktop.storage.postgis.register import INIT_HINT, inspect_register, make_engine
from metkasekor_desktop.storage.postgis.roles import GROUPS, _is_member, has_user_table

_ROLE_OF_GROUP = {group: role for role, group in GROUPS.items()}


@dataclass
class RegisterUser:
    """One user as ``server users`` lists it."""

    name: str
    role: str | None  # national, provincial, viewer; None: provinces but no group left
    provinces: list[str] = field(default_factory=list)
    can_login: bool = True


@dataclass
class Removal:
    """What ``server remove-user`` did."""

    name: str
    role: str | None
    provinces: list[str]
    dropped: bool  # the login role was dropped too
    kept_because: str = ""  # why the login role was kept (empty when dropped)


def _require_all_rows(conn: Connection) -> None:
    """Refuse when row-level security would hide other users' provinces from us."""
    if not has_user_table(conn):
        raise ProjectError(msg("This register has no user roles yet (it was made by an "
                               "older MetKasekor Desktop). Run: {command}",
                               command=INIT_HINT))
    if conn.execute(text("SELECT row_security_active(:t)"), {"t": USER_PROVINCES}).scalar():
        raise ProjectError(msg("Only the register's administrator (the database user that "
                               "ran server init, or a superuser) sees and changes every "
                               "user's provinces; connect with that user's URL."))


def list_users(conn: Connection) -> list[RegisterUser]:
    """Every user of the register, by name: members of the group roles, and names that
    still have provinces here but no group (shown with no role)."""
    _require_all_rows(conn)
    users: dict[str, RegisterUser] = {}
    for name, group, can_login in conn.execute(text(
            "SELECT u.rolname, g.rolname, u.rolcanlogin FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE g.rolname = ANY(:groups) ORDER BY u.rolname, g.rolname"),
            {"groups": list(GROUPS.values())}):
        users.setdefault(str(name), RegisterUser(str(name), _ROLE_OF_GROUP[str(group)],
                                                 can_login=bool(can_login)))
    for name, code, can_login in conn.execute(text(
            f"SELECT p.user_name, p.province_code, coalesce(r.rolcanlogin, false) "
            f"FROM {USER_PROVINCES} AS p LEFT JOIN pg_roles AS r ON r.rolname = p.user_name "
            "ORDER BY p.user_name, p.province_code")):
        user = users.setdefault(str(name), RegisterUser(str(name), None,
                                                        can_login=bool(can_login)))
        user.provinces.append(str(code))
    return [users[n] for n in sorted(users)]


def remove_user(conn: Connection, name: str) -> Removal:
    """Take ``name`` out of the register, in the caller's transaction: revoke its group
    roles, delete its provinces here, and drop its login role when that is all it is."""
    _require_all_rows(conn)
    if name in GROUPS.values():
        raise ProjectError(msg("{name} is one of the register's group roles, not a user; "
                               "nothing was changed.", name=name))
    found = next((u for u in list_users(conn) if u.name == name), None)
    if found is None:
        raise ProjectError(msg("{name} is not a user of this register (see: "
                               "metkasekor-desktop server users URL); nothing was changed.",
                               name=name))
    if conn.execute(text("SELECT current_user")).scalar() == name:
        raise ProjectError(msg("{name} is the user this command is connected as; connect "
                               "as another administrator to remove it. Nothing was "
                               "changed.", name=name))
    user = ident(name)
    for group in GROUPS.values():  # through SQLAlchemy: a refusal is a DBAPIError
        if _is_member(conn, name, group):
            conn.exec_driver_sql(f"REVOKE {ident(group)} FROM {user}")
    conn.execute(text(f"DELETE FROM {USER_PROVINCES} WHERE user_name = :n"), {"n": name})
    kept = _why_kept(conn, name)
    if not kept:
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f"DROP ROLE {user}")
        except DBAPIError as error:  # it owns or may use something (in any database)
            diag = getattr(error.orig, "diag", None)
            detail = getattr(diag, "message_detail", None) or ""
            kept = (msg("it owns objects or holds privileges on the server: {detail}",
                        detail=" ".join(detail.split())) if detail
                    else msg("it owns objects or holds privileges on the server"))
    return Removal(name, found.role, found.provinces, dropped=not kept, kept_because=kept)


def _why_kept(conn: Connection, name: str) -> str:
    """Why the login role must stay (empty: it is only a register user and may go)."""
    row = conn.execute(text(
        "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls, "
        "EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid OR m.roleid = r.oid) "
        "FROM pg_roles AS r WHERE rolname = :n"), {"n": name}).first()
    if row is None:
        return msg("no such login role on the server")
    if row[0]:
        return msg("it is an administrator of the server")
    if row[1]:
        return msg("it is a member of other roles of the server, or has members")
    return ""


# -- by URL, for the command line -------------------------------------------------------
def _administered(url: str) -> tuple[Engine, str]:
    engine, name = make_engine(url)
    try:
        if inspect_register(engine, name).version == 0:
            raise ProjectError(msg("The database {name} holds no MetKasekor register yet; "
                                   "create it first with: {command}",
                                   name=name, command=INIT_HINT))
    except Exception:
        engine.dispose()
        raise
    return engine, name


def register_users(url: str) -> tuple[str, list[RegisterUser]]:
    """``server users``: the register's display name and its users."""
    engine, name = _administered(url)
    try:
        with engine.connect() as conn:
            return name, list_users(conn)
    finally:
        engine.dispose()


def remove_user_from_register(url: str, user: str) -> tuple[str, Removal]:
    """``server remove-user``: the register's display name and what was done, in one
    transaction (refused as a whole when any step is)."""
    engine, name = _administered(url)
    try:
        try:
            with engine.begin() as conn:
                return name, remove_user(conn, user)
        except DBAPIError as error:
            detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            raise ProjectError(msg("The user {user} could not be removed from {name} "
                                   "({detail}); nothing was changed. server remove-user "
                                   "needs the register's administrator.",
                                   user=user, name=name, detail=detail)) from None

    finally:
        engine.dispose()
