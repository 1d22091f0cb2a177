"""Province limits on the register's shared tables, for provincial users.

DOMAIN.md, "who works where": DEAFF (national) manages the model for all provinces and
consolidates the data; each PDAFF edits the plots and records of its own province;
partners read. So, for a provincial user (national users and viewers are as in
:mod:`.roles`):

- ``seasons`` and ``practices`` are the programme's calendar and catalogue, the keys
  every province's data is consolidated and compared by ("the same season of the
  previous year", adoption "per practice"): national writes them; a provincial user
  reads them (no INSERT, UPDATE or DELETE privilege at all, see :mod:`.roles`);
- ``farmers`` and ``extension_events`` have a village: a provincial user reads them all
  (a plot of its province may be farmed by someone from over the border; consolidated
  counts are everyone's) and writes those in its provinces, and those with no village
  yet (an import makes farmers before anyone knows their village);
- ``providers`` serve provinces (a list of codes): identifying them is a stage of the
  model at each site, done by the PDAFF, and a company often serves several provinces.
  A provincial user reads every provider and writes those that serve one of its
  provinces, or none yet;
- ``target_populations`` are the farm households of an area code (a province's,
  district's, commune's or village's): a provincial user reads them all (the national
  figures are everyone's) and writes those whose code starts with one of its province
  codes;
- ``trials`` (and their seasons) are planned by the technical team, a PDAFF among them,
  and are made of member plots (plot records, limited with their plots): a provincial
  user reads every trial, adds trials, and changes or deletes a trial none of whose
  plots is outside its provinces.

A row policy checks rows as they are written (WITH CHECK). The row as it was before an
UPDATE or DELETE is checked by a trigger instead of a USING clause: a USING clause
would hide such rows from the write without a word (an edit of another province's
farmer would look like "deleted by someone else"), where the trigger refuses it with
PostgreSQL's insufficient_privilege, worded for the officer like any row-level refusal.
"""

from __future__ import annotations

from metkasekor_desktop.storage.postgis.ddl import USER_PROVINCES, ident

# Tables only national users write.
NATIONAL_TABLES = ("seasons", "practices")
# Shared table -> how a row of it is in the user's provinces (an SQL expression on the
# row's columns), and how the trigger reads the same of the old row (a kind).
SHARED = {
    "farmers": ("mk_in_my_provinces(village_code)", "village_code"),
    "extension_events": ("mk_in_my_provinces(village_code)", "village_code"),
    "providers": ("mk_serves_my_provinces(provinces)", "provinces"),
    "trials": ("true", "trial"),  # a new trial has no plots yet
    "trial_seasons": ("mk_trial_is_mine(trial_id, current_user)", "trial_season"),
    "target_populations": ("mk_in_my_provinces(area_code)", "area_code"),
}
POLICIES = ("mk_national_all", "mk_viewer_read", "mk_provincial_own", "mk_provincial_read",
            "mk_provincial_insert", "mk_provincial_update", "mk_provincial_delete")
GUARD = "mk_provincial_guard"


def _functions() -> list[str]:
    mine = (f"SELECT province_code FROM {USER_PROVINCES} "
            "WHERE user_name = current_user")
    return [
        # Invoker's rights: mk_user_provinces shows each user its own rows only.
        "CREATE OR REPLACE FUNCTION mk_in_my_provinces(code text) RETURNS boolean "
        "LANGUAGE sql STABLE AS "
        f"$$ SELECT code IS NULL OR left(code, 2) IN ({mine}) $$",
        "CREATE OR REPLACE FUNCTION mk_serves_my_provinces(provinces text) RETURNS boolean "
        "LANGUAGE sql STABLE AS $$ SELECT provinces IS NULL OR btrim(provinces) IN ('', '[]') "
        "OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(provinces::jsonb) AS c "
        f"WHERE c IN ({mine})) $$",
        # Definer's rights (the owner sees every plot and member): whether no plot of
        # the trial is outside the provinces of ``who``.
        "CREATE OR REPLACE FUNCTION mk_trial_is_mine(trial integer, who name) "
        "RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = pg_catalog, public AS $$ SELECT NOT EXISTS ("
        "SELECT 1 FROM trial_members AS m JOIN plots AS p ON p.fid = m.plot_id "
        "WHERE m.trial_id = trial AND (p.village_code IS NULL OR left(p.village_code, 2) "
        f"NOT IN (SELECT province_code FROM {USER_PROVINCES} WHERE user_name = who))) $$",
        f"""CREATE OR REPLACE FUNCTION {GUARD}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            old_row jsonb := to_jsonb(OLD);
            mine boolean;
        BEGIN
            IF NOT pg_has_role(current_user, 'mk_provincial', 'MEMBER')
               OR pg_has_role(current_user, 'mk_national', 'MEMBER') THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END IF;
            mine := CASE TG_ARGV[0]
                WHEN 'village_code' THEN mk_in_my_provinces(old_row ->> 'village_code')
                WHEN 'area_code' THEN mk_in_my_provinces(old_row ->> 'area_code')
                WHEN 'provinces' THEN mk_serves_my_provinces(old_row ->> 'provinces')
                WHEN 'trial' THEN mk_trial_is_mine((old_row ->> 'id')::integer, current_user)
                ELSE mk_trial_is_mine((old_row ->> 'trial_id')::integer, current_user)
            END;
            IF NOT mine THEN
                RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format(
                    'row outside the user''s provinces: refused by row-level security '
                    'for table "%s"', TG_TABLE_NAME);
            END IF;
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$""",
    ]


def statements(present: set[str]) -> list[str]:
    """The SQL that installs (or brings up to date) the limits on the shared tables in
    ``present``; run again, it leaves things as they are."""
    out = _functions()
    for table, (mine, kind) in SHARED.items():
        if table not in present:
            continue
        t = ident(table)
        out.append(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        out += [f"DROP POLICY IF EXISTS {p} ON {t}" for p in POLICIES]
        out += [
            f"CREATE POLICY mk_national_all ON {t} FOR ALL TO mk_national "
            "USING (true) WITH CHECK (true)",
            f"CREATE POLICY mk_viewer_read ON {t} FOR SELECT TO mk_viewer USING (true)",
            f"CREATE POLICY mk_provincial_read ON {t} FOR SELECT TO mk_provincial "
            "USING (true)",
            f"CREATE POLICY mk_provincial_insert ON {t} FOR INSERT TO mk_provincial "
            f"WITH CHECK ({mine})",
            f"CREATE POLICY mk_provincial_update ON {t} FOR UPDATE TO mk_provincial "
            f"USING (true) WITH CHECK ({mine})",
            f"CREATE POLICY mk_provincial_delete ON {t} FOR DELETE TO mk_provincial "
            "USING (true)",
            f"DROP TRIGGER IF EXISTS {GUARD} ON {t}",
            f"CREATE TRIGGER {GUARD} BEFORE UPDATE OR DELETE ON {t} FOR EACH ROW "
            f"EXECUTE FUNCTION {GUARD}('{kind}')",
        ]
    return out
