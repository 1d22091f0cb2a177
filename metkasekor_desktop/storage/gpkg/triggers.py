"""The SQLite triggers that keep row versions true when another program writes.

What they do is the same for every database (see :mod:`..row_versions`); this is how a
GeoPackage file, which QGIS and GDAL write directly, does it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from metkasekor_desktop.storage.gpkg.container import NOW_SQL
from metkasekor_desktop.storage.row_versions import (
    DELETE_REFUSED,
    FOREIGN_INSERT_TRIGGER,
    PLOT_RECORDS,
    VERSIONED,
)


def triggers(table: str) -> list[str]:
    """DDL of the triggers that keep versions true when another program writes."""
    pk = VERSIONED[table]
    extra = ""
    if table == "plots":
        extra = (f", modified_at = {NOW_SQL}, "
                 "area_ha = CASE WHEN NEW.geom IS OLD.geom THEN NEW.area_ha ELSE NULL END")
    ddl = [
        f"""CREATE TRIGGER "mk_version_{table}" AFTER UPDATE ON "{table}"
            WHEN NEW.mk_version IS OLD.mk_version
            BEGIN
              UPDATE "{table}" SET mk_version = coalesce(OLD.mk_version, 0) + 1,
                mk_edited_by = NULL, mk_edited_at = {NOW_SQL}{extra}
              WHERE {pk} = NEW.{pk};
            END""",
    ]
    if table == "plots":
        records = " OR ".join(f"EXISTS (SELECT 1 FROM {t} WHERE {c} = OLD.fid)"
                              for t, c in PLOT_RECORDS)
        ddl += [
            # A plot added by another program: its area is measured when next opened.
            f"""CREATE TRIGGER "{FOREIGN_INSERT_TRIGGER}" AFTER INSERT ON plots
                WHEN NEW.mk_edited_by IS NULL
                BEGIN
                  UPDATE plots SET area_ha = NULL, mk_edited_at = {NOW_SQL},
                    mk_version = coalesce(NEW.mk_version, 0) + 1
                  WHERE fid = NEW.fid;
                END""",
            f"""CREATE TRIGGER "mk_keep_plot_records" BEFORE DELETE ON plots
                WHEN {records}
                BEGIN SELECT RAISE(ABORT, '{DELETE_REFUSED}'); END""",
        ]
    return ddl


def install(conn: Connection, tables: Sequence[str], *, add_columns: bool = True) -> None:
    """Add the version columns (unless the tables were made with them) and triggers to
    register ``tables`` (a migration)."""
    for table in tables:
        if add_columns:
            conn.exec_driver_sql(
                f'ALTER TABLE "{table}" ADD COLUMN mk_version INTEGER NOT NULL DEFAULT 1')
            conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN mk_edited_by TEXT')
            conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN mk_edited_at DATETIME')
        for ddl in triggers(table):
            conn.exec_driver_sql(ddl)
