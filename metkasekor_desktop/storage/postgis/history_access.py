"""Who reads which entries of a register's history (``mk_history``): row-level security,
as for the rows themselves (:mod:`.roles`).

The history holds whole rows (a delete keeps everything the row had), so reading all of
it would show a provincial officer the plots, and the deleted plots, of every other
province. So:

- national users and viewers read every entry, as they read every row;
- a provincial user reads the entries of a plot (the plot's own and its records') when
  the plot is in one of its provinces: the plot's village code as it is now, or, for a
  plot that is gone, as its history last knew it. A plot with no village code is in no
  province (as in the plots' own policy);
- an entry of no plot (a farmer, an event, a season...) follows the same rule on its own
  village code (the entry's, else its row's now, else as last known), and one that has
  none (a season, a practice, a farmer with no village yet) is read by everyone.

The province is found by a SECURITY DEFINER function: it reads the plots the user does
not see and the history itself, which a policy on the history may not query as the
user (PostgreSQL would recurse into the same policy). It returns a province code only;
the policy compares it with the user's provinces with the user's own rights
(``mk_in_my_provinces``, :mod:`.shared_limits`), as every other policy does. The
history's trigger function writes as the table's owner, whom row-level security (not
forced) leaves alone.
"""

from __future__ import annotations

from metkasekor_desktop.storage.postgis.roles import province_filter
from metkasekor_desktop.storage.schema import METADATA

FUNCTION = "mk_history_province"
POLICIES = ("mk_history_read_all", "mk_history_read_own")
# Tables whose rows have a village, and their primary keys.
VILLAGE_TABLES = {name: next(iter(t.primary_key.columns)).name
                  for name, t in METADATA.tables.items() if "village_code" in t.c}


def _function_sql(table: str, search_path: str) -> str:
    """The province of an entry (NULL: none known), by the rule of the module's doc."""
    current = "\n".join(
        f"""  {'IF' if i == 0 else 'ELSIF'} tbl = '{name}' THEN
    SELECT left(r.village_code, 2) INTO code FROM "{name}" AS r WHERE r."{pk}" = rid;"""
        for i, (name, pk) in enumerate(sorted(VILLAGE_TABLES.items())))
    return f"""CREATE OR REPLACE FUNCTION {FUNCTION}(tbl text, rid bigint, plot bigint,
            before_j jsonb, after_j jsonb) RETURNS text
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
        DECLARE
          code text;
        BEGIN
          IF plot IS NOT NULL THEN  -- a plot's entry, or one of its records'
            tbl := 'plots';
            rid := plot;
          ELSIF after_j ? 'village_code' THEN  -- added, or its village changed
            RETURN left(after_j->>'village_code', 2);
          ELSIF after_j IS NULL AND before_j ? 'village_code' THEN  -- deleted
            RETURN left(before_j->>'village_code', 2);
          END IF;
        {current}
          ELSE
            RETURN NULL;  -- a table whose rows have no village
          END IF;
          IF FOUND THEN
            RETURN code;
          END IF;
          SELECT left(CASE WHEN h.after ? 'village_code' THEN h.after->>'village_code'
                           ELSE h.before->>'village_code' END, 2) INTO code
            FROM {table} AS h
           WHERE h.table_name = tbl AND h.row_id = rid
             AND (h.after ? 'village_code' OR (h.after IS NULL AND h.before ? 'village_code'))
           ORDER BY h.id DESC LIMIT 1;
          RETURN code;
        END $$"""


def statements(table: str, search_path: str) -> list[str]:
    """The SQL that limits who reads the history ``table`` (run again, it leaves things
    as they are); the group roles and ``mk_in_my_provinces`` must exist."""
    province = f"{FUNCTION}(table_name, row_id, plot_id, before, after)"
    arguments = "text, bigint, bigint, jsonb, jsonb"
    return [
        _function_sql(table, search_path),
        f"REVOKE ALL ON FUNCTION {FUNCTION}({arguments}) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {FUNCTION}({arguments}) TO mk_provincial",
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        *(f"DROP POLICY IF EXISTS {p} ON {table}" for p in POLICIES),
        f"CREATE POLICY mk_history_read_all ON {table} FOR SELECT TO mk_national, mk_viewer "
        "USING (true)",
        # A plot with no province is no one's; a record with none is everyone's.
        f"CREATE POLICY mk_history_read_own ON {table} FOR SELECT TO mk_provincial USING ("
        f"CASE WHEN plot_id IS NULL THEN mk_in_my_provinces({province}) "
        f"ELSE coalesce({province_filter(province)}, false) END)",
    ]
