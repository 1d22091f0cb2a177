"""A shared register by its connection URL: looked at before it is used, initialised
once by ``metkasekor-desktop server init URL``, upgraded by the same migrations as a
project file.

Every problem found while connecting is reported before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.practice import default_catalogue
from metkasekor_desktop.storage import migrations
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.postgis.backend import PostGISBackend
from metkasekor_desktop.storage.postgis.ddl import INIT_HINT
from metkasekor_desktop.storage.postgis.naming import display_name
from metkasekor_desktop.storage.schema import SCHEMA_VERSION, T

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
CONNECT_TIMEOUT_S = 15  # unless the URL says: an unreachable server is reported then


def is_register_url(value: object) -> bool:
    """Whether ``value`` names a register on a server rather than a project file."""
    return isinstance(value, str) and value.split("://", 1)[0].lower() in SCHEMES \
        and "://" in value


def parse_url(url: str) -> URL:
    """The SQLAlchemy URL of a ``postgresql://user@host/dbname`` connection URL."""
    if not is_register_url(url):
        raise ProjectError(msg("{url!r} is not a PostgreSQL connection URL; write it as "
                               "postgresql://user@host/database.", url=url))
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise ProjectError(msg("The connection URL cannot be read ({error}); write it as "
                               "postgresql://user@host/database.", error=str(error))) from None
    if not parsed.database:
        raise ProjectError(msg("The connection URL names no database; write it as "
                               "postgresql://user@host/database."))
    return parsed.set(drivername="postgresql+psycopg")


def title_name(url: str) -> str:
    """How a title bar names a register: ``dbname @ host``, never a password."""
    parsed = parse_url(url)
    return display_name(parsed).replace(" on ", " @ ", 1)


def public_url(url: str) -> str:
    """The connection URL without its password (what may be shown and remembered)."""
    parsed = parse_url(url)
    scheme = url.split("://", 1)[0]
    return URL.create(scheme, username=parsed.username, host=parsed.host, port=parsed.port,
                      database=parsed.database, query=parsed.query).render_as_string(
        hide_password=False)


SSL_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass
class ConnectionFields:
    """What the Connect dialog asks: a register's URL in parts (never a password)."""

    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"

    def url(self) -> str:
        """``postgresql://user@host:port/database?sslmode=...``, with no password."""
        return URL.create("postgresql", username=self.user.strip() or None,
                          host=self.host.strip() or None, port=self.port or None,
                          database=self.database.strip(),
                          query={"sslmode": self.sslmode}).render_as_string(
            hide_password=False)

    @classmethod
    def of(cls, url: str) -> ConnectionFields:
        """The parts of a connection URL (its password, if any, is left out)."""
        parsed = parse_url(url)
        mode = parsed.query.get("sslmode", "prefer")
        return cls(host=parsed.host or "", port=parsed.port or 5432,
                   database=parsed.database or "", user=parsed.username or "",
                   sslmode=mode if isinstance(mode, str) else mode[0])


def make_engine(url: str, password: str | None = None) -> tuple[Engine, str]:
    """An engine on the register (nothing is connected yet) and its display name.

    ``password`` is given to libpq for this engine only (never put into the URL);
    without it libpq looks in the user's .pgpass or service file. Every query
    parameter of the URL (``sslmode``, ``sslrootcert``, ``service``...) is passed
    through to libpq."""
    parsed = parse_url(url)
    connect_args: dict[str, str | int] = {"application_name": "metkasekor-desktop"}
    if "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S  # a server that is away
    if password:
        connect_args["password"] = password
    engine = create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    return engine, display_name(parsed)


@dataclass
class RegisterState:
    version: int  # 0: no register in the database
    read_only: bool


def _unreachable(name: str, error: DBAPIError) -> ProjectError:
    detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    return ProjectError(msg("The register {name} cannot be reached ({detail}). Check the "
                            "connection URL, the network and your user name and password.",
                            name=name, detail=detail))


def inspect_register(engine: Engine, name: str) -> RegisterState:
    """Check, without writing anything, what the database holds; its schema version
    (0 when it holds no register) and whether this user may write."""
    try:
        with engine.connect() as conn:
            has_meta = conn.execute(text("SELECT to_regclass('mk_meta') IS NOT NULL")).scalar()
            if not has_meta:
                return RegisterState(0, False)
            meta: dict[str, str] = {str(k): str(v) for k, v in conn.execute(
                text("SELECT key, value FROM mk_meta")).all()}
            read_only = bool(conn.execute(text(
                "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on' "
                "OR NOT (has_table_privilege('plots', 'INSERT') AND "
                "has_table_privilege('plots', 'UPDATE') AND "
                "has_table_privilege('plots', 'DELETE'))")).scalar())
    except DBAPIError as error:
        raise _unreachable(name, error) from None
    if meta.get("application") != migrations.APPLICATION:
        raise ProjectError(msg("The database {name} holds tables that were not made by "
                               "MetKasekor Desktop; it cannot be used as a register.",
                               name=name))
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise ProjectError(msg("The register {name} has no readable schema version; it "
                               "cannot be used.", name=name)) from None
    if version > SCHEMA_VERSION:
        raise ProjectError(msg(
            "The register {name} was made by a newer version of MetKasekor Desktop "
            "(format {version}; this program knows up to {known}). Update the "
            "application to use it; nothing was changed.",
            name=name, version=version, known=SCHEMA_VERSION))
    return RegisterState(version, read_only)


def connect_backend(url: str, password: str | None = None,
                    ) -> tuple[PostGISBackend, str, RegisterState]:
    """The backend of an initialised register at the current version; refused (with
    what to do) when the database holds none or an older one."""
    engine, name = make_engine(url, password)
    try:
        state = inspect_register(engine, name)
        if state.version == 0:
            raise ProjectError(msg(
                "The database {name} holds no MetKasekor register yet. An administrator "
                "creates it once with: {command}", name=name, command=INIT_HINT))
        if state.version < SCHEMA_VERSION:
            raise ProjectError(msg(
                "The register {name} is in an older format (format {version}). An "
                "administrator upgrades it with: {command}; nothing was changed.",
                name=name, version=state.version, command=INIT_HINT))
    except Exception:
        engine.dispose()
        raise
    return PostGISBackend(engine), name, state


def initialise(url: str) -> tuple[str, int, str]:
    """Create the register in an empty database (PostGIS, every table, index and trigger,
    the practice catalogue), or upgrade an older one, in one transaction.

    Returns ("created" | "upgraded" | "current" | "roles" | "history", the version
    before, the display name); a register at the current version is left exactly as it
    is, but for its user roles when it has none yet ("roles": see :mod:`.roles`) and the
    history of its changes when it keeps none yet, or keeps it as an older version did
    ("history": see :mod:`.history`, ``HISTORY_VERSION``).
    """
    from metkasekor_desktop.storage.postgis import history, roles, sync_server
    from metkasekor_desktop.storage.repositories.practices import PracticeRepository

    engine, name = make_engine(url)
    backend = PostGISBackend(engine)
    try:
        before = inspect_register(engine, name).version
        if before == SCHEMA_VERSION and _has_roles(engine) and history.up_to_date_on(engine):
            return "current", before, name
        try:
            with backend.write_transaction(exclusive=True) as conn:  # one init at a time
                if conn.execute(text("SELECT to_regclass('mk_meta') IS NOT NULL")).scalar():
                    before = migrations.read_version(conn)
                    if before == SCHEMA_VERSION:
                        has_roles = roles.roles_installed(conn)
                        if has_roles and history.up_to_date(conn):
                            return "current", before, name
                        if not has_roles:
                            roles.install_roles(conn)  # a register made before the roles
                        # Kept from now on, or (an older history) readable by province.
                        history.install(conn)  # the groups exist now: they may read it
                        sync_server.install(conn)  # offline copies' receipts
                        return ("history" if has_roles else "roles"), before, name
                elif conn.execute(text("SELECT to_regclass(:t) IS NOT NULL"),
                                  {"t": T["plots"].name}).scalar():
                    raise ProjectError(msg("The database {name} has a table named plots but "
                                           "no MetKasekor register; use an empty database.",
                                           name=name))
                migrations.migrate(conn, backend, before)
                if before == 0:
                    PracticeRepository(backend).add_many(default_catalogue(), conn=conn)
                roles.install_roles(conn)  # who may do what: roles, privileges, RLS
                history.install(conn)  # every change kept: who, when, before, after
                sync_server.install(conn)  # offline copies' receipts
        except DBAPIError as error:
            detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            raise ProjectError(msg("The register {name} could not be set up ({detail}); "
                                   "nothing was changed.", name=name, detail=detail)) from None
        return ("created" if before == 0 else "upgraded"), before, name
    finally:
        backend.close()


def _has_roles(engine: Engine) -> bool:
    """Whether the register has its user roles (:mod:`.roles`) set up."""
    from metkasekor_desktop.storage.postgis.roles import roles_installed

    with engine.connect() as conn:
        return roles_installed(conn)


def add_user_to_register(url: str, user: str, role: str, provinces: list[str],
                         password: str | None = None) -> tuple[bool, str, list[str]]:
    """``server add-user``: create or update a user of the register (:mod:`.roles`);
    (whether it was created, the register's display name, its province codes)."""
    from metkasekor_desktop.storage.postgis import roles

    codes = roles.check_user(user, role, provinces)
    engine, name = make_engine(url)
    try:
        state = inspect_register(engine, name)
        if state.version == 0:
            raise ProjectError(msg("The database {name} holds no MetKasekor register yet; "
                                   "create it first with: {command}",
                                   name=name, command=INIT_HINT))
        try:
            with engine.begin() as conn:
                created = roles.add_user(conn, user, role, codes, password)
        except DBAPIError as error:
            detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            raise ProjectError(msg("The user {user} could not be set up on {name} "
                                   "({detail}); nothing was changed.",
                                   user=user, name=name, detail=detail)) from None

        return created, name, codes
    finally:
        engine.dispose()
