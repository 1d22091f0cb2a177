"""What a register on PostgreSQL has besides the tables of ``storage/schema.py``:
PostGIS, the GiST index of the plots, the triggers that keep row versions true when
another program writes (the rules of ``storage/row_versions.py``, as ``gpkg/triggers.py``
writes them for SQLite) and the notices of changes that open windows listen for.

DDL runs on the driver's own cursor, so PL/pgSQL's ``%`` needs no escaping.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from metkasekor_desktop.storage.row_versions import (
    DELETE_REFUSED,
    FOREIGN_INSERT_TRIGGER,
    PLOT_RECORDS,
)

# The command an administrator runs to make a register or bring it up to date.
INIT_HINT = "metkasekor-desktop server init URL"

CHANGES_CHANNEL = "mk_changes"  # NOTIFY channel: the payload is the changed table's name
GEOMETRY = "geom"  # the geometry column of the feature table


def run(conn: Connection, *statements: str) -> None:
    """Run DDL in the connection's transaction, unparsed by SQLAlchemy or the driver. A
    refusal is raised as SQLAlchemy's DBAPIError, as every other statement's is, so that
    callers word it in one place."""
    import psycopg

    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for sql in statements:
            try:
                cursor.execute(sql.encode())  # bytes: no placeholders are looked for
            except psycopg.Error as error:
                raise DBAPIError.instance(sql, None, error, psycopg.Error) from None
    finally:
        cursor.close()


def ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    """A quoted SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


# The table of each provincial user's provinces (roles.py fills it; the policies read it).
USER_PROVINCES = "mk_user_provinces"


CONTAINER = (
    "CREATE EXTENSION IF NOT EXISTS postgis",
    # One notice per table and transaction (NOTIFY folds duplicates), sent at commit.
    f"""CREATE OR REPLACE FUNCTION mk_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('{CHANGES_CHANNEL}', TG_TABLE_NAME);
          RETURN NULL;
        END $$""",
    # Only statements that changed rows: a plot's delete runs a cascade on every
    # table of its records, which mostly finds none.
    f"""CREATE OR REPLACE FUNCTION mk_notify_rows() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM mk_rows) THEN
            PERFORM pg_notify('{CHANGES_CHANNEL}', TG_TABLE_NAME);
          END IF;
          RETURN NULL;
        END $$""",
)


def create_container(conn: Connection) -> None:
    run(conn, *CONTAINER)


def register_table(conn: Connection, table: str, description: str, features: bool) -> None:
    """Describe the table (QGIS shows the comment), announce its changes, and give a
    feature table its GiST index."""
    statements = [
        f'COMMENT ON TABLE "{table}" IS {literal(description)}',
        *(f'''CREATE TRIGGER "mk_notify_{table}_{event.lower()}" AFTER {event} ON "{table}"
               REFERENCING {rows} TABLE AS mk_rows
               FOR EACH STATEMENT EXECUTE FUNCTION mk_notify_rows()'''
          for event, rows in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))),
        f'''CREATE TRIGGER "mk_notify_{table}_truncate" AFTER TRUNCATE ON "{table}"
            FOR EACH STATEMENT EXECUTE FUNCTION mk_notify_change()''',
    ]
    if features:
        statements.append(f'CREATE INDEX "{table}_{GEOMETRY}_gist" ON "{table}" '
                          f'USING GIST ("{GEOMETRY}")')
    run(conn, *statements)


def _version_function(table: str) -> str:
    """The BEFORE UPDATE trigger function: a write that did not raise the version
    (another program's) raises it, names no editor and stamps the time; for plots it
    also refreshes modified_at and clears the area when the shape changed."""
    extra = ""
    if table == "plots":
        extra = """
            NEW.modified_at := now();
            IF ST_AsEWKB(NEW.geom) IS DISTINCT FROM ST_AsEWKB(OLD.geom) THEN
              NEW.area_ha := NULL;
            END IF;"""
    return f"""CREATE OR REPLACE FUNCTION "mk_version_{table}"() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.mk_version IS NOT DISTINCT FROM OLD.mk_version THEN
            NEW.mk_version := coalesce(OLD.mk_version, 0) + 1;
            NEW.mk_edited_by := NULL;
            NEW.mk_edited_at := now();{extra}
          END IF;
          RETURN NEW;
        END $$"""


def row_version_ddl(table: str, add_columns: bool = True) -> list[str]:
    """Version columns (unless the table was made with them) and triggers of one
    register table."""
    ddl = [
        f'''ALTER TABLE "{table}" ADD COLUMN mk_version INTEGER NOT NULL DEFAULT 1,
            ADD COLUMN mk_edited_by TEXT,
            ADD COLUMN mk_edited_at TIMESTAMP WITH TIME ZONE''',
    ] if add_columns else []
    ddl += [
        _version_function(table),
        f'''CREATE TRIGGER "mk_version_{table}" BEFORE UPDATE ON "{table}"
            FOR EACH ROW EXECUTE FUNCTION "mk_version_{table}"()''',
    ]
    if table == "plots":
        records = " OR ".join(f"EXISTS (SELECT 1 FROM {t} WHERE {c} = OLD.fid)"
                              for t, c in PLOT_RECORDS)
        ddl += [
            # A plot added by another program: its area is measured when next opened.
            f'''CREATE OR REPLACE FUNCTION "{FOREIGN_INSERT_TRIGGER}"() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                  NEW.area_ha := NULL;
                  NEW.mk_edited_at := now();
                  NEW.mk_version := coalesce(NEW.mk_version, 0) + 1;
                  RETURN NEW;
                END $$''',
            f'''CREATE TRIGGER "{FOREIGN_INSERT_TRIGGER}" BEFORE INSERT ON plots
                FOR EACH ROW WHEN (NEW.mk_edited_by IS NULL)
                EXECUTE FUNCTION "{FOREIGN_INSERT_TRIGGER}"()''',
            # Another program may not delete a plot that has records (they would go by
            # ON DELETE CASCADE without a word); restrict_violation: an integrity error.
            f'''CREATE OR REPLACE FUNCTION mk_keep_plot_records() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                  IF {records} THEN
                    RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
                      MESSAGE = {literal(DELETE_REFUSED)};
                  END IF;
                  RETURN OLD;
                END $$''',
            '''CREATE TRIGGER mk_keep_plot_records BEFORE DELETE ON plots
                FOR EACH ROW EXECUTE FUNCTION mk_keep_plot_records()''',
        ]
    return ddl


def install_row_versions(conn: Connection, tables: Sequence[str], *,
                         add_columns: bool = True) -> None:
    """Add the version columns (unless the tables were made with them) and triggers to
    register ``tables`` (a migration)."""
    for table in tables:
        run(conn, *row_version_ddl(table, add_columns))
