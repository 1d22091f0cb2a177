"""The history of a shared register: every row written, by whom, when, and its values
before and after, kept by the database itself; read back as a plot's history, and used
to put a deleted plot back with its records.

Why in the database: edits made in QGIS or psql count too, and nobody can leave their
change out. One PL/pgSQL trigger function, fired AFTER each row of every register table
is inserted, updated or deleted, writes ``mk_history``:

- a DELETE keeps the whole old row, so it can be put back exactly (ids included);
  an INSERT keeps the whole new row; an UPDATE only the columns that changed, and none
  at all when only the bookkeeping (row version, times) did;
- the geometry is kept as hex EWKB (``to_jsonb`` would give GeoJSON, which rounds the
  coordinates and loses the SRID); ``jsonb_populate_record`` reads either back;
- ``plot_id`` names the plot a row belongs to (the plot itself, a record's plot, a
  plan practice's plan's plot), so a plot's history is one indexed query;
- ``txid``: the rows one transaction wrote (a plot deleted with its records) are found
  together again.

The function is SECURITY DEFINER (with a fixed search_path): users who may not write
``mk_history`` (nobody but its owner may) still get their changes recorded, as it runs
as the owner; a trigger function cannot be called directly. ``db_user`` is therefore
``session_user``, the login that made the change. MetKasekor's own connections also
name their ``user@computer`` (the ``mk.editor`` setting), which names who deleted a row.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import IntegrityError

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.history import (
    DELETED,
    Change,
    DeletedPlot,
    HistoryEntry,
    RestoredPlot,
    RestoreRefusedError,
)
from metkasekor_desktop.storage.postgis import ddl, history_access
from metkasekor_desktop.storage.postgis.backend import PostGISBackend
from metkasekor_desktop.storage.postgis.ddl import ident
from metkasekor_desktop.storage.row_versions import editor_name, now
from metkasekor_desktop.storage.schema import METADATA

TABLE = "mk_history"
FUNCTION = "mk_history_row"
# Named to sort before PostgreSQL's own "RI_ConstraintTrigger_..." (same event, triggers
# fire in name order): a plan's delete is recorded before its practices go by cascade,
# so they still find the plot their plan belonged to.
TRIGGER = "MK_history"
EDITOR_SETTING = "mk.editor"
NOT_RECORDED = ("mk_meta",)  # written by server init only
BOOKKEEPING = ("mk_version", "mk_edited_at", "mk_edited_by", "modified_at")
# A plot and its records, parents first: the order rows are put back in.
PLOT_TABLES = ("plots", "plot_season_plans", "plan_practices", "trial_members",
               "soil_samples", "yield_records", "event_plots", "plot_raster_stats",
               "plot_extra_attributes")
RESTORED_TOGETHER = {"plots", "plot_season_plans"}  # parents restored with their children
READERS = ("mk_national", "mk_provincial", "mk_viewer")
# Raised whenever install installs something new (server init then runs it again):
# 2: who reads which entries (:mod:`.history_access`).
# 3: the receipts of offline copies' syncs (:mod:`.sync_server`, installed with it).
HISTORY_VERSION = "3"
HISTORY_VERSION_KEY = "history_version"


def _function_sql(search_path: str) -> str:
    quiet = ", ".join(f"'{c}'" for c in BOOKKEEPING)
    return f"""CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {search_path} AS $$
        DECLARE
          old_j jsonb;
          new_j jsonb;
          row_j jsonb;
          before_j jsonb;
          after_j jsonb;
          plot bigint;
        BEGIN
          IF TG_OP <> 'INSERT' THEN old_j := to_jsonb(OLD); END IF;
          IF TG_OP <> 'DELETE' THEN new_j := to_jsonb(NEW); END IF;
          IF TG_TABLE_NAME = 'plots' THEN  -- exact: hex EWKB, not GeoJSON
            IF old_j IS NOT NULL THEN
              old_j := old_j || jsonb_build_object('geom', encode(ST_AsEWKB(OLD.geom), 'hex'));
            END IF;
            IF new_j IS NOT NULL THEN
              new_j := new_j || jsonb_build_object('geom', encode(ST_AsEWKB(NEW.geom), 'hex'));
            END IF;
          END IF;
          row_j := coalesce(new_j, old_j);
          IF TG_OP = 'UPDATE' THEN
            SELECT jsonb_object_agg(n.key, o.value), jsonb_object_agg(n.key, n.value)
              INTO before_j, after_j
              FROM jsonb_each(new_j) AS n JOIN jsonb_each(old_j) AS o USING (key)
             WHERE n.value IS DISTINCT FROM o.value;
            IF after_j IS NULL OR NOT EXISTS (
                SELECT 1 FROM jsonb_object_keys(after_j) AS k WHERE k NOT IN ({quiet})) THEN
              RETURN NULL;  -- nothing the officer would see changed
            END IF;
          ELSIF TG_OP = 'INSERT' THEN
            after_j := new_j;
          ELSE
            before_j := old_j;
          END IF;
          IF TG_TABLE_NAME = 'plots' THEN
            plot := (row_j->>'fid')::bigint;
          ELSIF row_j ? 'plot_id' THEN
            plot := (row_j->>'plot_id')::bigint;
          ELSIF TG_TABLE_NAME = 'plan_practices' THEN
            plot := coalesce(
              (SELECT p.plot_id FROM plot_season_plans AS p
                WHERE p.id = (row_j->>'plan_id')::bigint),
              (SELECT h.plot_id FROM {TABLE} AS h WHERE h.table_name = 'plot_season_plans'
                  AND h.row_id = (row_j->>'plan_id')::bigint ORDER BY h.id DESC LIMIT 1));
          END IF;
          INSERT INTO {TABLE} (table_name, row_id, plot_id, action, edited_by, before, after)
          VALUES (TG_TABLE_NAME,
                  (row_j->>(CASE WHEN TG_TABLE_NAME = 'plots' THEN 'fid' ELSE 'id' END))::bigint,
                  plot, left(TG_OP, 1),
                  coalesce(new_j->>'mk_edited_by',
                           nullif(current_setting('{EDITOR_SETTING}', true), '')),
                  before_j, after_j);
          RETURN NULL;
        END $$"""


def install(conn: Connection) -> None:
    """Create (or bring up to date) the history table, its trigger function and the
    triggers on every register table, in the caller's transaction; run again, it leaves
    things as they are. The group roles (``roles.install_roles``) must exist."""
    from metkasekor_desktop.storage.postgis.roles import register_tables

    schema = str(conn.execute(text("SELECT current_schema()")).scalar())
    postgis = conn.execute(text("SELECT extnamespace::regnamespace::text FROM pg_extension "
                                "WHERE extname = 'postgis'")).scalar()
    path = ", ".join(dict.fromkeys(ident(s) for s in (schema, postgis or schema)))
    statements = [
        f"""CREATE TABLE IF NOT EXISTS {TABLE} (
              id BIGSERIAL PRIMARY KEY,
              txid BIGINT NOT NULL DEFAULT txid_current(),
              table_name TEXT NOT NULL,
              row_id BIGINT NOT NULL,
              plot_id BIGINT,
              action CHAR(1) NOT NULL CHECK (action IN ('I', 'U', 'D')),
              db_user TEXT NOT NULL DEFAULT session_user,
              edited_by TEXT,
              changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
              before JSONB,
              after JSONB)""",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_row ON {TABLE} (table_name, row_id)",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_plot ON {TABLE} (plot_id) "
        "WHERE plot_id IS NOT NULL",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_txid ON {TABLE} (txid)",
        f"COMMENT ON TABLE {TABLE} IS 'MetKasekor: every change of the register "
        "(who, when, values before and after), written by triggers only'",
        f"REVOKE ALL ON {TABLE} FROM PUBLIC",
        f"REVOKE ALL ON SEQUENCE {TABLE}_id_seq FROM PUBLIC",
        f"GRANT SELECT ON {TABLE} TO {', '.join(READERS)}",
        _function_sql(path),
        f"REVOKE ALL ON FUNCTION {FUNCTION}() FROM PUBLIC",
    ]
    for table in register_tables(conn):
        if table.name in NOT_RECORDED:
            continue
        statements += [
            f'DROP TRIGGER IF EXISTS "{TRIGGER}" ON {ident(table.name)}',
            f'CREATE TRIGGER "{TRIGGER}" AFTER INSERT OR UPDATE OR DELETE ON '
            f"{ident(table.name)} FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()",
        ]
    statements += history_access.statements(TABLE, path)  # who reads which entries
    ddl.run(conn, *statements)
    conn.execute(text("INSERT INTO mk_meta (key, value) VALUES (:k, :v) ON CONFLICT (key) "
                      "DO UPDATE SET value = excluded.value"),
                 {"k": HISTORY_VERSION_KEY, "v": HISTORY_VERSION})


def installed(conn: Connection) -> bool:
    """Whether the register keeps its history (registers made before it do not)."""
    return bool(conn.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": TABLE}).scalar())


def installed_on(engine: Engine) -> bool:
    with engine.connect() as conn:
        return installed(conn)


def up_to_date(conn: Connection) -> bool:
    """Whether the history is kept as this program installs it: False when it is not
    kept at all, or by an older version (all of it readable by every user), which
    ``server init`` then brings up to date."""
    return installed(conn) and conn.execute(
        text("SELECT value FROM mk_meta WHERE key = :k"),
        {"k": HISTORY_VERSION_KEY}).scalar() == HISTORY_VERSION


def up_to_date_on(engine: Engine) -> bool:
    with engine.connect() as conn:
        return up_to_date(conn)




def _changes(table: str, before: dict[str, Any] | None,
             after: dict[str, Any] | None) -> list[Change]:
    """The columns an entry names, in the table's order (jsonb keeps its own)."""
    before, after = before or {}, after or {}
    known = METADATA.tables.get(table)
    order = {c.name: i for i, c in enumerate(known.columns)} if known is not None else {}
    columns = sorted((c for c in {*before, *after} if c not in BOOKKEEPING),
                     key=lambda c: (order.get(c, len(order)), c))
    return [Change(c, before.get(c), after.get(c)) for c in columns]


class RegisterHistory:
    """The history of one register, read and used through its backend.

    Made when a register is opened; from then on every connection of the backend names
    ``user@computer`` to the server, so that deletes say who made them."""

    def __init__(self, backend: PostGISBackend) -> None:
        self.backend = backend
        editor = editor_name()

        def name_editor(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("SELECT set_config(%s, %s, false)",
                                     (EDITOR_SETTING, editor))
            dbapi_connection.commit()

        event.listen(backend.engine, "connect", name_editor)
        backend.engine.dispose()  # connections made before (the look at the register)

    @classmethod
    def of(cls, backend: PostGISBackend) -> RegisterHistory | None:
        """The history of the register, or None when it keeps none (made before the
        history, until ``server init`` runs again)."""
        return cls(backend) if installed_on(backend.engine) else None

    # -- reading -----------------------------------------------------------------------
    def plot_entries(self, plot_id: int) -> list[HistoryEntry]:
        """Every change of the plot and of its records, newest first."""
        with self.backend.reading() as conn:
            rows = conn.execute(text(
                f"SELECT changed_at, coalesce(edited_by, db_user), table_name, row_id, "
                f"action, before, after FROM {TABLE} WHERE plot_id = :p ORDER BY id DESC"),
                {"p": int(plot_id)}).all()
        return [HistoryEntry(r[0], str(r[1]), str(r[2]), int(r[3]), str(r[4]),
                             _changes(str(r[2]), r[5], r[6])) for r in rows]

    def deleted_plots(self) -> list[DeletedPlot]:
        """The plots whose last change was their delete, newest delete first."""
        with self.backend.reading() as conn:
            rows = conn.execute(text(
                f"SELECT h.row_id, h.before->>'code', h.before->>'name', h.changed_at, "
                f"coalesce(h.edited_by, h.db_user) FROM {TABLE} AS h "
                f"WHERE h.table_name = 'plots' AND h.action = '{DELETED}' "
                f"AND NOT EXISTS (SELECT 1 FROM {TABLE} AS l WHERE l.table_name = 'plots' "
                "AND l.row_id = h.row_id AND l.id > h.id) "
                "AND NOT EXISTS (SELECT 1 FROM plots WHERE fid = h.row_id) "
                "ORDER BY h.id DESC")).all()
        return [DeletedPlot(int(r[0]), str(r[1] or ""), str(r[2] or ""), r[3], str(r[4]))
                for r in rows]

    # -- restoring ---------------------------------------------------------------------
    def restore_plot(self, plot_id: int) -> RestoredPlot:
        """Put a deleted plot back, with every record deleted with it (same ids), in one
        transaction; refused (nothing written) when its code is taken now, or a season,
        practice, provider, farmer, trial or event it refers to is gone."""
        with self.backend.write_transaction() as conn:
            last = conn.execute(text(
                f"SELECT action, txid, before FROM {TABLE} WHERE table_name = 'plots' "
                "AND row_id = :p ORDER BY id DESC LIMIT 1"), {"p": int(plot_id)}).first()
            exists = conn.execute(text("SELECT 1 FROM plots WHERE fid = :p"),
                                  {"p": int(plot_id)}).first()
            if last is None or last[0] != DELETED or exists is not None:
                raise RestoreRefusedError(
                    reason="not_deleted",
                    message=msg("The plot #{plot_id} is not a deleted plot of this "
                                "register; nothing was restored.", plot_id=plot_id),
                    plot_id=int(plot_id))
            code = str(last[2].get("code", ""))
            rows = self._deleted_rows(conn, int(last[1]), int(plot_id))
            self._check(conn, code, rows)
            try:
                for table, row in rows:
                    conn.execute(text(
                        f"INSERT INTO {ident(table)} SELECT * FROM jsonb_populate_record("
                        f"CAST(NULL AS {ident(table)}), CAST(:row AS jsonb))"),
                        {"row": json.dumps(_rewritten(row))})
            except IntegrityError as error:  # a plot the user does not see took its code
                if getattr(error.orig, "sqlstate", None) == "23505":
                    raise _code_taken(code) from None
                raise
            self._pair_again(conn, int(last[1]), int(plot_id))
        counts: dict[str, int] = {}
        for table, _row in rows[1:]:
            counts[table] = counts.get(table, 0) + 1
        return RestoredPlot(int(plot_id), code, counts)

    @staticmethod
    def _deleted_rows(conn: Connection, txid: int, plot_id: int
                      ) -> list[tuple[str, dict[str, Any]]]:
        """The plot's rows deleted by the transaction ``txid``, parents first."""
        found = conn.execute(text(
            f"SELECT table_name, before FROM {TABLE} WHERE txid = :t AND plot_id = :p "
            f"AND action = '{DELETED}' ORDER BY id"), {"t": txid, "p": plot_id}).all()
        order = {name: i for i, name in enumerate(PLOT_TABLES)}
        rows = [(str(r[0]), dict(r[1])) for r in found if str(r[0]) in order]
        return sorted(rows, key=lambda r: order[r[0]])  # stable: deleted order within

    @staticmethod
    def _check(conn: Connection, code: str, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Refuse what cannot go back as it was: the code taken, a referred record gone.
        A control plot paired with it that is gone too is simply not paired again."""
        if conn.execute(text("SELECT 1 FROM plots WHERE code = :c"), {"c": code}).first():
            raise _code_taken(code)
        restored = {(t, int(r["fid" if t == "plots" else "id"])) for t, r in rows}
        for table, row in rows:
            for fk in METADATA.tables[table].foreign_keys:
                column, target = fk.parent.name, fk.column.table.name
                value = row.get(column)
                if value is None or (target, int(value)) in restored:
                    continue
                present = conn.execute(text(
                    f"SELECT 1 FROM {ident(target)} WHERE {ident(fk.column.name)} = :v"),
                    {"v": int(value)}).first()
                if present is not None:
                    continue
                if column == "paired_plot_id":
                    row[column] = None
                    continue
                label = _label_of_deleted(conn, target, int(value))
                raise RestoreRefusedError(
                    reason="missing",
                    message=msg("The plot {code} cannot be restored: the {what} {label} it "
                                "refers to was deleted since. Nothing was restored.",
                                code=code, what=target[:-1], label=label),
                    code=code, kind=target, label=label)

    @staticmethod
    def _pair_again(conn: Connection, txid: int, plot_id: int) -> None:
        """The plot the delete unpaired is paired with it again, if it is still alone."""
        conn.execute(text(
            "UPDATE plots SET paired_plot_id = :p, mk_version = mk_version + 1, "
            "mk_edited_by = :e, mk_edited_at = now() WHERE paired_plot_id IS NULL AND fid IN "
            f"(SELECT row_id FROM {TABLE} WHERE txid = :t AND table_name = 'plots' "
            "AND action = 'U' AND (before->>'paired_plot_id')::bigint = :p)"),
            {"p": plot_id, "t": txid, "e": editor_name()})


def _rewritten(row: dict[str, Any]) -> dict[str, Any]:
    """A deleted row as it goes back: a new version, written by this user now."""
    out = dict(row)
    if "mk_version" in out:
        out["mk_version"] = int(out["mk_version"] or 0) + 1
        out["mk_edited_by"] = editor_name()
        out["mk_edited_at"] = now().isoformat()
    return out


def _code_taken(code: str) -> RestoreRefusedError:
    return RestoreRefusedError(
        reason="code_taken",
        message=msg("The plot {code} cannot be restored: another plot has the code {code} "
                    "now. Change that plot's code first. Nothing was restored.", code=code),
        code=code)



def _label_of_deleted(conn: Connection, table: str, row_id: int) -> str:
    """How the officer knew a deleted record: its name as the history kept it."""
    before = conn.execute(text(
        f"SELECT before FROM {TABLE} WHERE table_name = :t AND row_id = :r "
        f"AND action = '{DELETED}' ORDER BY id DESC LIMIT 1"), {"t": table, "r": row_id}
    ).scalar()
    for key in ("name", "name_en", "name_latin", "name_kh", "key", "stage"):
        if isinstance(before, dict) and before.get(key):
            return str(before[key])
    return f"#{row_id}"


__all__ = ["RegisterHistory", "install", "installed", "installed_on", "up_to_date",
           "up_to_date_on"]
