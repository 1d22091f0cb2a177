"""The default QGIS style of the plots layer, kept in the project file's ``layer_styles``.

QGIS looks for a layer's default style in a ``layer_styles`` table of the GeoPackage
(its OGR provider's saveStyle/loadStyle), so a project file opened in QGIS shows the
plots as MetKasekor Desktop does. The table is created exactly as QGIS creates it
(through GDAL, with ``id`` as the feature id), so that QGIS can add and replace its own
styles next to ours, and it is registered in ``gpkg_contents`` as an attributes table,
as GDAL does, which keeps the file a valid GeoPackage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.gpkg import container as gpkg_container
from metkasekor_desktop.storage.gpkg.container import NOW_SQL

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

TABLE = "layer_styles"
PLOTS_TABLE = "plots"
PLOTS_GEOMETRY = "geom"
DEFAULT_STYLE_NAME = "MetKasekor roles"
DESCRIPTION = "Map styles of the layers, read by QGIS (QML) and other GIS software (SLD)"
STYLE_NAME_WIDTH = 30  # styleName TEXT(30): GDAL warns about longer values

# The DDL GDAL's GeoPackage driver writes for the table QGIS asks for (fields and widths
# from QGIS's OGR provider saveStyle; DATETIME DEFAULT CURRENT_TIMESTAMP as GDAL renders
# it in a GeoPackage).
LAYER_STYLES_DDL = (
    f'CREATE TABLE "{TABLE}" ( '
    '"id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
    '"f_table_catalog" TEXT(256), '
    '"f_table_schema" TEXT(256), '
    '"f_table_name" TEXT(256), '
    '"f_geometry_column" TEXT(256), '
    '"styleName" TEXT(30), '
    '"styleQML" TEXT, '
    '"styleSLD" TEXT, '
    '"useAsDefault" BOOLEAN, '
    '"description" TEXT, '
    '"owner" TEXT(30), '
    '"ui" TEXT(30), '
    f'"update_time" DATETIME DEFAULT ({NOW_SQL}))'
)


def _table_exists(conn: Connection) -> bool:
    row = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :t"), {"t": TABLE}
    ).first()
    return row is not None


def ensure_table(conn: Connection) -> None:
    """Create ``layer_styles`` and announce it in gpkg_contents, unless already there
    (QGIS may have created it when the officer saved a style of their own)."""
    if not _table_exists(conn):
        conn.exec_driver_sql(LAYER_STYLES_DDL)
    registered = conn.execute(
        text("SELECT 1 FROM gpkg_contents WHERE table_name = :t"), {"t": TABLE}
    ).first()
    if registered is None:
        gpkg_container.register_attributes(conn, TABLE, DESCRIPTION)


def write_plots_style(
    conn: Connection, qml: str, sld: str, name: str = DEFAULT_STYLE_NAME
) -> None:
    """Make ``qml``/``sld`` the default style of the plots layer, in the caller's
    transaction.

    As QGIS's own "save as default": any other default of the plots layer stops being
    the default, and the row named ``name`` is updated in place or added, so writing
    again (a newer style, an upgrade) leaves one default row, and styles the officer
    saved under other names stay available in QGIS.
    """
    if not name or len(name) > STYLE_NAME_WIDTH:
        raise ValueError(msg("A style name needs 1 to {width} characters: {name!r}.",
                             width=STYLE_NAME_WIDTH, name=name))

    if conn.dialect.name == "postgresql":  # a register: QGIS's PostgreSQL table
        from metkasekor_desktop.storage.postgis import styles

        styles.write_plots_style(conn, qml, sld, name, DESCRIPTION, PLOTS_TABLE,
                                 PLOTS_GEOMETRY)
        return
    ensure_table(conn)
    key = {"t": PLOTS_TABLE, "g": PLOTS_GEOMETRY, "n": name}
    # QGIS matches rows on f_table_schema = '' (not NULL), table, geometry column, name.
    where = ("coalesce(f_table_schema, '') = '' AND f_table_name = :t "
             "AND f_geometry_column = :g")
    conn.execute(
        text(f"UPDATE {TABLE} SET useAsDefault = 0 WHERE {where} AND styleName != :n "
             "AND useAsDefault"),
        key,
    )
    values = {**key, "qml": qml, "sld": sld, "d": DESCRIPTION}
    updated = conn.execute(
        text(f"UPDATE {TABLE} SET styleQML = :qml, styleSLD = :sld, useAsDefault = 1, "
             f"description = :d, update_time = {NOW_SQL} WHERE {where} AND styleName = :n"),
        values,
    )
    if updated.rowcount == 0:
        conn.execute(
            text(f"INSERT INTO {TABLE} (f_table_catalog, f_table_schema, f_table_name, "
                 "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, "
                 f"description, owner, update_time) VALUES ('', '', :t, :g, :n, :qml, :sld, "
                 f"1, :d, '', {NOW_SQL})"),
            values,
        )
    gpkg_container.touch(conn, TABLE)


def read_plots_style(conn: Connection) -> tuple[str, str] | None:
    """The (QML, SLD) QGIS would load for the plots layer, or None when there is none:
    the default row, else the most recently written one (QGIS's own order)."""
    if conn.dialect.name == "postgresql":
        from metkasekor_desktop.storage.postgis import styles

        return styles.read_plots_style(conn, PLOTS_TABLE, PLOTS_GEOMETRY)
    if not _table_exists(conn):
        return None
    row = conn.execute(
        text(f"SELECT styleQML, styleSLD FROM {TABLE} "
             "WHERE coalesce(f_table_schema, '') = '' AND f_table_name = :t "
             "AND f_geometry_column = :g "
             "ORDER BY CASE WHEN useAsDefault THEN 1 ELSE 2 END, update_time DESC LIMIT 1"),
        {"t": PLOTS_TABLE, "g": PLOTS_GEOMETRY},
    ).first()
    if row is None:
        return None
    return str(row[0] or ""), str(row[1] or "")


def stored_plots_style(project: Project) -> tuple[str, str] | None:
    """:func:`read_plots_style` of the project, read without taking the write lock (so
    also on a read-only file, or while another program writes)."""
    with project.engine.connect() as conn:
        return read_plots_style(conn)
