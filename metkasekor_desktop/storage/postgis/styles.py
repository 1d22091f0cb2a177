"""The default QGIS style of the register's plots, in the database's ``layer_styles``.

QGIS's PostgreSQL provider keeps layer styles in a ``public.layer_styles`` table and
loads a layer's default style from it when the layer is added (matching the database,
schema, table and geometry column). The table is created as QGIS creates it, so that
QGIS adds and replaces its own styles next to ours; every register role may read it.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from metkasekor_desktop.storage.postgis.roles import GROUPS

TABLE = "public.layer_styles"
# QGIS's own DDL (QgsPostgresProvider's saveStyle), so that its saves fit in.
DDL = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (id SERIAL PRIMARY KEY, f_table_catalog varchar, "
    "f_table_schema varchar, f_table_name varchar, f_geometry_column varchar, "
    "stylename text, styleqml xml, stylesld xml, useasdefault boolean, description text, "
    "owner varchar(63) DEFAULT CURRENT_USER, ui xml, "
    "update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)"
)
# The plots layer as QGIS names it: this database, its schema, the table, the column.
_WHERE = ("f_table_catalog = current_database() AND f_table_schema = current_schema() "
          "AND f_table_name = :t AND f_geometry_column = :g")


def write_plots_style(conn: Connection, qml: str, sld: str, name: str, description: str,
                      table: str, geometry: str) -> None:
    """Make ``qml``/``sld`` the default style of the plots layer (as QGIS's "save as
    default": other defaults of the layer stop being it; the row ``name`` is replaced)."""
    conn.exec_driver_sql(DDL)
    for group in GROUPS.values():  # read by every register user, QGIS included
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :g"),
                        {"g": group}).first() is not None:
            conn.exec_driver_sql(f"GRANT SELECT ON {TABLE} TO {group}")
    key = {"t": table, "g": geometry, "n": name}
    conn.execute(text(f"UPDATE {TABLE} SET useasdefault = false WHERE {_WHERE} "
                      "AND stylename <> :n AND useasdefault"), key)
    values = {**key, "qml": qml, "sld": sld, "d": description}
    updated = conn.execute(text(
        f"UPDATE {TABLE} SET styleqml = XMLPARSE(DOCUMENT :qml), "
        "stylesld = XMLPARSE(DOCUMENT :sld), useasdefault = true, description = :d, "
        f"update_time = CURRENT_TIMESTAMP WHERE {_WHERE} AND stylename = :n"), values)
    if updated.rowcount == 0:
        conn.execute(text(
            f"INSERT INTO {TABLE} (f_table_catalog, f_table_schema, f_table_name, "
            "f_geometry_column, stylename, styleqml, stylesld, useasdefault, description) "
            "VALUES (current_database(), current_schema(), :t, :g, :n, "
            "XMLPARSE(DOCUMENT :qml), XMLPARSE(DOCUMENT :sld), true, :d)"), values)


def read_plots_style(conn: Connection, table: str, geometry: str) -> tuple[str, str] | None:
    """The (QML, SLD) QGIS would load for the plots layer, or None (QGIS's own order:
    the default, else the newest)."""
    if conn.execute(text("SELECT to_regclass(:t)"), {"t": TABLE}).scalar() is None:
        return None
    row = conn.execute(text(
        f"SELECT styleqml::text, stylesld::text FROM {TABLE} WHERE {_WHERE} "
        "ORDER BY CASE WHEN useasdefault THEN 1 ELSE 2 END, update_time DESC LIMIT 1"),
        {"t": table, "g": geometry}).first()
    return None if row is None else (str(row[0] or ""), str(row[1] or ""))
